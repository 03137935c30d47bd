package content

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/train"
)

// MaxSpecBytes bounds a spec file, served or read.
const MaxSpecBytes = 1 << 20

// SpecPathPrefix is where specs are served.
const SpecPathPrefix = "/specs/"

// Errors.
var (
	// ErrNoSpec: no mirror served the spec (or none was given), and the store lacks it.
	ErrNoSpec = errors.New("content: spec not found")
	// ErrBadSpec: a spec file or body is not the canonical spec of its hash.
	ErrBadSpec = errors.New("content: spec does not match its hash")
)

// Store is a folder of specs and datasets kept by hash.
type Store struct{ Dir string }

// Default is the store in dataset.DefaultHome.
func Default() (Store, error) {
	home, err := dataset.DefaultHome()
	if err != nil {
		return Store{}, err
	}
	return Store{Dir: home}, nil
}

// Library is the store's datasets folder.
func (s Store) Library() dataset.Library {
	return dataset.Library{Dir: filepath.Join(s.Dir, "datasets")}
}

// SpecPath is the file of the spec of hash.
func (s Store) SpecPath(hash [32]byte) string {
	return filepath.Join(s.Dir, "specs", hex.EncodeToString(hash[:])+".json")
}

// Spec finds the spec of hash: a built-in one, else the store's file (checked against
// the hash). It has task.Specs's signature, so daemons look specs up here.
func (s Store) Spec(hash [32]byte) (*train.Spec, bool) {
	if sp, ok := train.BuiltinByHash(hash); ok {
		return sp, true
	}
	b, err := readBounded(s.SpecPath(hash))
	if err != nil {
		return nil, false
	}
	sp, err := parseSpec(b, hash)
	if err != nil {
		slog.Error("spec file in the store does not match its name: ignored", "file", s.SpecPath(hash), "err", err)
		return nil, false
	}
	return sp, true
}

// PutSpec stores a spec's canonical bytes under its hash (atomically; idempotent).
func (s Store) PutSpec(sp *train.Spec) error {
	if err := sp.Validate(); err != nil {
		return err
	}
	path := s.SpecPath(sp.Hash())
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("content: %w", err)
	}
	if err := atomicfile.WriteFile(path, sp.Canonical(), 0o644); err != nil {
		return fmt.Errorf("content: %w", err)
	}
	return nil
}

// Has reports whether the store holds the spec of hash and all it needs; the spec is
// returned when it does.
func (s Store) Has(hash [32]byte) (*train.Spec, bool) {
	sp, ok := s.Spec(hash)
	if !ok {
		return nil, false
	}
	lib := s.Library()
	for _, r := range sp.Needs() {
		if !lib.Has(r) {
			return nil, false
		}
	}
	return sp, true
}

// parseSpec accepts b only if it is the canonical spec of hash.
func parseSpec(b []byte, hash [32]byte) (*train.Spec, error) {
	sp, err := train.ParseSpec(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	if h := sp.Hash(); h != hash || !bytes.Equal(sp.Canonical(), b) {
		return nil, fmt.Errorf("%w: the body is spec %x in %d bytes, not the canonical spec %x", ErrBadSpec, h[:8], len(b), hash[:8])
	}
	return sp, nil
}

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxSpecBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxSpecBytes {
		return nil, fmt.Errorf("content: %s exceeds %d bytes", path, MaxSpecBytes)
	}
	return b, nil
}

// Handler serves the store: GET /specs/<hash>.json and the datasets of its library
// (and the dataset folders dirs besides). Request text reaches a path only as a parsed
// hash. The dataset server is returned too (what it serves).
func (s Store) Handler(log *slog.Logger, dirs ...string) (http.Handler, *dataset.Server, error) {
	ds, err := dataset.NewLibraryServer(log, s.Library(), dirs...)
	if err != nil {
		return nil, nil, err
	}
	specs := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		hash, ok := parseSpecPath(r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		sp, ok := s.Spec(hash)
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("Content-Type", "application/json")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(sp.Canonical()))
	})
	// by prefix, not through a ServeMux: a path is served as it is asked, never
	// cleaned and redirected
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, SpecPathPrefix):
			specs(w, r)
		case strings.HasPrefix(r.URL.Path, dataset.PathPrefix):
			ds.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	}), ds, nil
}

// SpecURLPath is the path a spec is served at.
func SpecURLPath(hash [32]byte) string { return SpecPathPrefix + hex.EncodeToString(hash[:]) + ".json" }

func parseSpecPath(p string) ([32]byte, bool) {
	var h [32]byte
	name, ok := strings.CutPrefix(p, SpecPathPrefix)
	if !ok {
		return h, false
	}
	hx, ok := strings.CutSuffix(name, ".json")
	if !ok || len(hx) != 64 || strings.ToLower(hx) != hx {
		return h, false
	}
	if _, err := hex.Decode(h[:], []byte(hx)); err != nil {
		return h, false
	}
	return h, true
}

// FetchOptions bound a Fetch.
type FetchOptions struct {
	Client       *http.Client // nil: dataset's default client
	MaxDataBytes int64        // the most bytes one dataset may hold (0: no bound but the manifest's)
	Log          *slog.Logger
}

// Fetch makes the store hold the spec of hash and everything it needs, asking the
// mirrors (in order, each file checked) for what it lacks. It returns the spec once all
// of it is in the store.
func (s Store) Fetch(ctx context.Context, mirrors []string, hash [32]byte, opts FetchOptions) (*train.Spec, error) {
	sp, ok := s.Spec(hash)
	if !ok {
		var err error
		if sp, err = s.fetchSpec(ctx, mirrors, hash, opts); err != nil {
			return nil, err
		}
	}
	lib := s.Library()
	for _, root := range sp.Needs() {
		if lib.Has(root) {
			continue
		}
		if len(mirrors) == 0 {
			return nil, fmt.Errorf("content: spec %x needs dataset %x, which the store lacks, and no mirror is known", hash[:8], root[:8])
		}
		if _, err := lib.Fetch(ctx, opts.Client, mirrors, root, dataset.FetchOptions{MaxDataBytes: opts.MaxDataBytes, Log: opts.Log}); err != nil {
			return nil, fmt.Errorf("content: spec %x: %w", hash[:8], err)
		}
	}
	return sp, nil
}

func (s Store) fetchSpec(ctx context.Context, mirrors []string, hash [32]byte, opts FetchOptions) (*train.Spec, error) {
	client := opts.Client
	if client == nil {
		client = &http.Client{Timeout: time.Minute}
	}
	var why []string
	for _, base := range mirrors {
		sp, err := FetchSpec(ctx, client, base, hash)
		if err != nil {
			why = append(why, err.Error())
			continue
		}
		if err := s.PutSpec(sp); err != nil {
			return nil, err
		}
		return sp, nil
	}
	if len(mirrors) == 0 {
		why = append(why, "no mirror known")
	}
	return nil, fmt.Errorf("%w: %x: %s", ErrNoSpec, hash, strings.Join(why, "; "))
}

// FetchSpec is the spec of hash from the server at base (a veritrain serve, a daemon's
// announced URL), read bounded (MaxSpecBytes) and refused unless it hashes to hash.
func FetchSpec(ctx context.Context, client *http.Client, base string, hash [32]byte) (*train.Spec, error) {
	u, err := neturl.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("mirror %q is not an http(s) base URL", base)
	}
	url := strings.TrimSuffix(base, "/") + SpecURLPath(hash)
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %d", url, resp.StatusCode)
	}
	if resp.ContentLength > MaxSpecBytes {
		return nil, fmt.Errorf("%s: %d bytes exceed %d", url, resp.ContentLength, MaxSpecBytes)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	if len(b) > MaxSpecBytes {
		return nil, fmt.Errorf("%s: more than %d bytes", url, MaxSpecBytes)
	}
	sp, err := parseSpec(b, hash)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	return sp, nil
}
