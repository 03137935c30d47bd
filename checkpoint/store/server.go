package store

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// PathPrefix is where the HTTP handler serves blobs: GET PathPrefix + 64 hex digits.
const PathPrefix = "/checkpoints/"

// ParseRoot parses a state root written as 64 hex digits, with or without "0x".
func ParseRoot(s string) ([32]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	var r [32]byte
	if len(s) != 64 {
		return r, fmt.Errorf("store: root %q is not 64 hex digits", s)
	}
	if _, err := hex.Decode(r[:], []byte(s)); err != nil {
		return r, fmt.Errorf("store: root %q: %w", s, err)
	}
	return r, nil
}

// Handler serves a Store's blobs over HTTP: GET and HEAD on PathPrefix+root, with Range
// requests (resumable downloads), an ETag of the root and immutable caching. Each blob
// is verified before it is served, so a corrupted disk never propagates.
type Handler struct {
	Store *Store
	Log   *slog.Logger
	// Timeout bounds the verification of one blob (default 1 minute).
	Timeout time.Duration
}

var _ http.Handler = (*Handler)(nil)

// NewHandler returns a Handler for st.
func NewHandler(st *Store, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.Default()
	}
	return &Handler{Store: st, Log: log, Timeout: time.Minute}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, PathPrefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	root, err := ParseRoot(name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.Timeout)
	defer cancel()
	blob, err := h.Store.Blob(ctx, root)
	switch {
	case errors.Is(err, ErrNotFound):
		http.NotFound(w, r)
		return
	case err != nil:
		h.Log.Error("serving checkpoint", "root", name, "err", err)
		http.Error(w, "checkpoint unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("ETag", `"`+hex.EncodeToString(root[:])+`"`)
	w.Header().Set("Content-Type", "application/vnd.veritrain.checkpoint+zstd")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(blob))
}

// NewHTTPServer wraps h in an http.Server with the timeouts and header limit a public
// checkpoint endpoint needs. There is no write timeout: a large blob over a slow link
// may take long, and the client resumes with Range if it gives up.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}
