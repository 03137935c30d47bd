package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
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
// requests (resumable downloads), an ETag of the root and immutable caching. A blob is
// verified once per file (when the store wrote it, or on its first request), so a
// corrupted disk never propagates and no request decodes a checkpoint again: requests
// are served from the file as it is (http.ServeContent).
type Handler struct {
	Store *Store
	Log   *slog.Logger
	// Timeout bounds the verification of one blob, waiting for others included
	// (default 1 minute); past it the request is answered 503 with Retry-After.
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
	timeout := h.Timeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	f, _, err := h.Store.openVerified(ctx, root)
	switch {
	case errors.Is(err, ErrNotFound):
		http.NotFound(w, r)
		return
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		// Verification, or the wait for another request's, outlasted Timeout: the blob
		// may be fine, so the client is told to come back (the Client waits out 503)
		// rather than that it failed (500, which the Client does not retry).
		h.log().Warn("checkpoint verification timed out", "root", name, "err", err)
		w.Header().Set("Retry-After", strconv.Itoa(int(DefaultRetryAfter/time.Second)))
		http.Error(w, "checkpoint being verified, retry later", http.StatusServiceUnavailable)
		return
	case err != nil:
		h.log().Error("serving checkpoint", "root", name, "err", err)
		http.Error(w, "checkpoint unavailable", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	w.Header().Set("ETag", `"`+hex.EncodeToString(root[:])+`"`)
	w.Header().Set("Content-Type", "application/vnd.veritrain.checkpoint+zstd")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeContent(w, r, "", time.Time{}, f)
}

func (h *Handler) log() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.Default()
}

// Default Limits.
const (
	// DefaultMaxInFlight: a solver serves its verifiers and the submitter; 64 transfers
	// at once is far more than honest parties need and bounds open files and buffers.
	DefaultMaxInFlight = 64
	// DefaultMaxPerClient: a verifier fetches a few checkpoints at a time (a delta and
	// its bases); 8 leaves room for that and for a few parties behind one address.
	DefaultMaxPerClient = 8
	// DefaultRetryAfter is what a refused client is told to wait.
	DefaultRetryAfter = 2 * time.Second
	// DefaultMinRate (64 KiB/s, 512 kbit/s) is the slowest a client may read a
	// response on average; a slower one is cut off and may resume with Range.
	DefaultMinRate = 64 << 10
	// DefaultStallTimeout is the grace before DefaultMinRate counts (connection set-up,
	// a first stall).
	DefaultStallTimeout = 30 * time.Second
)

// Limits bounds what clients can take of a checkpoint server at once, so that one
// client (a challenger, say) cannot starve the others (the solver's other verifiers, the
// submitter) by opening many transfers or by reading them slowly. Zero fields take the
// defaults.
type Limits struct {
	// MaxInFlight bounds the requests served at once over all clients; past it a
	// request is refused with 503 and Retry-After.
	MaxInFlight int
	// MaxPerClient bounds the requests served at once for one client (an IPv4 address,
	// or an IPv6 /64, which one host can hold whole); past it, 429 and Retry-After.
	// Clients behind one proxy or NAT share it: forwarded headers are not trusted.
	MaxPerClient int
	// RetryAfter is the wait refused requests are told (whole seconds, at least 1).
	RetryAfter time.Duration
	// MinRate (bytes per second) and StallTimeout pace every response: the first n
	// bytes must be taken within StallTimeout + n/MinRate of the request, else the
	// write fails and the request's slot is freed.
	MinRate      int64
	StallTimeout time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.MaxInFlight <= 0 {
		l.MaxInFlight = DefaultMaxInFlight
	}
	if l.MaxPerClient <= 0 {
		l.MaxPerClient = DefaultMaxPerClient
	}
	if l.RetryAfter <= 0 {
		l.RetryAfter = DefaultRetryAfter
	}
	if l.MinRate <= 0 {
		l.MinRate = DefaultMinRate
	}
	if l.StallTimeout <= 0 {
		l.StallTimeout = DefaultStallTimeout
	}
	return l
}

// Limiter is an http.Handler enforcing Limits in front of another.
type Limiter struct {
	next   http.Handler
	limits Limits
	log    *slog.Logger

	mu        sync.Mutex
	total     int
	perClient map[string]int // entries removed at zero: the map holds only live clients
}

var _ http.Handler = (*Limiter)(nil)

// NewLimiter returns h behind l (zero fields: defaults); log nil is slog.Default().
func NewLimiter(h http.Handler, l Limits, log *slog.Logger) *Limiter {
	if log == nil {
		log = slog.Default()
	}
	return &Limiter{next: h, limits: l.withDefaults(), log: log, perClient: map[string]int{}}
}

// clientKey names the client a request counts against: its IPv4 address, or the /64
// of its IPv6 address.
func clientKey(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	a = a.Unmap()
	if a.Is6() {
		if p, err := a.WithZone("").Prefix(64); err == nil {
			return p.String()
		}
	}
	return a.String()
}

// acquire takes a slot for client, or returns the status refusing it.
func (l *Limiter) acquire(client string) (int, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.perClient[client] >= l.limits.MaxPerClient {
		return http.StatusTooManyRequests, false
	}
	if l.total >= l.limits.MaxInFlight {
		return http.StatusServiceUnavailable, false
	}
	l.perClient[client]++
	l.total++
	return 0, true
}

func (l *Limiter) release(client string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total--
	if l.perClient[client]--; l.perClient[client] <= 0 {
		delete(l.perClient, client)
	}
}

// InFlight returns the requests being served, in all and for the client at remoteAddr
// (host:port or host).
func (l *Limiter) InFlight(remoteAddr string) (total, client int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.total, l.perClient[clientKey(remoteAddr)]
}

func (l *Limiter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	client := clientKey(r.RemoteAddr)
	if status, ok := l.acquire(client); !ok {
		secs := max(1, int((l.limits.RetryAfter+time.Second-1)/time.Second))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		l.log.Debug("checkpoint server busy", "client", client, "status", status, "path", r.URL.Path)
		http.Error(w, http.StatusText(status), status)
		return
	}
	defer l.release(client)
	pw := &pacedWriter{ResponseWriter: w, rc: http.NewResponseController(w), start: time.Now(), limits: l.limits}
	_ = pw.rc.SetWriteDeadline(pw.deadline(0)) // unsupported: the server's WriteTimeout holds
	l.next.ServeHTTP(pw, r)
}

// pacedWriter moves the connection's write deadline along a minimum-rate schedule, so
// that a large response to a live client may take long while a client that stops
// reading loses its slot.
type pacedWriter struct {
	http.ResponseWriter
	rc     *http.ResponseController
	start  time.Time
	limits Limits
	sent   int64
}

func (p *pacedWriter) deadline(n int64) time.Time {
	return p.start.Add(p.limits.StallTimeout + time.Duration(float64(n)/float64(p.limits.MinRate)*float64(time.Second)))
}

func (p *pacedWriter) Write(b []byte) (int, error) {
	_ = p.rc.SetWriteDeadline(p.deadline(p.sent + int64(len(b))))
	n, err := p.ResponseWriter.Write(b)
	p.sent += int64(n)
	return n, err
}

// Flush keeps http.Flusher working through the wrapper.
func (p *pacedWriter) Flush() { _ = p.rc.Flush() }

// Unwrap lets http.ResponseController reach the connection.
func (p *pacedWriter) Unwrap() http.ResponseWriter { return p.ResponseWriter }

// NewHTTPServer is NewLimitedHTTPServer with the default Limits.
func NewHTTPServer(h http.Handler) *http.Server { return NewLimitedHTTPServer(h, Limits{}) }

// NewLimitedHTTPServer wraps h in a Limiter (l, zero fields: defaults) and an
// http.Server with the timeouts and header limit a public checkpoint endpoint needs.
// Large responses are not cut by a fixed write timeout: the Limiter paces each one
// (MinRate), and the client resumes with Range if it gives up.
func NewLimitedHTTPServer(h http.Handler, l Limits) *http.Server {
	l = l.withDefaults()
	return &http.Server{
		Handler:           NewLimiter(h, l, nil),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// For what the Limiter does not pace (its refusals): it sets its own deadline
		// on every response it serves.
		WriteTimeout:   l.StallTimeout,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 16 << 10,
	}
}
