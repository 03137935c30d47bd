package dataset

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/veritrain/veritrain/internal/atomicfile"
)

// Errors of Fetch, besides ErrCorrupt (a chunk that does not hash to its address),
// ErrInvalid (a manifest that is not canonical or not of the root asked for) and
// ErrExists (the folder holds another dataset).
var (
	// ErrFetch: no mirror served a file right (wrapped in a *FetchError naming the file
	// and every mirror's reason).
	ErrFetch = errors.New("dataset: fetch failed")
	// ErrNotServed: a mirror answered 404 (it does not serve that dataset or chunk).
	ErrNotServed = errors.New("dataset: not served")
	// ErrTooLarge: a mirror announced or sent more bytes than the file may have; it
	// was refused before they were read.
	ErrTooLarge = errors.New("dataset: response too large")
	// ErrHTTP: a mirror answered with another unexpected status.
	ErrHTTP = errors.New("dataset: http")
)

// Fetch defaults.
const (
	DefaultFetchWorkers    = 4
	DefaultFetchAttempts   = 3
	DefaultBackoff         = time.Second
	DefaultChunkTimeout    = 2 * time.Minute
	DefaultManifestTimeout = 10 * time.Minute
	// maxBackoff bounds the wait between two rounds, a mirror's Retry-After included.
	maxBackoff = 10 * time.Second
	// maxMirrorFailures: a mirror that fails this many requests in a row without an
	// HTTP answer (refused, reset, timed out) is dropped for the rest of the fetch.
	maxMirrorFailures = 3
	// maxRejected bounds FetchStats.Rejected.
	maxRejected = 64
)

// FetchOptions tunes Fetch; zero fields take the defaults.
type FetchOptions struct {
	// MaxManifestBytes is the largest manifest accepted (0, or above
	// MaxManifestBytes: MaxManifestBytes). A manifest announced larger is refused
	// before its body is read; one sent larger is cut at the limit.
	MaxManifestBytes int64
	// MaxDataBytes is the most data (all arrays' bytes, as the manifest gives them) a
	// fetch accepts: a larger dataset is refused with ErrTooLarge once its manifest is
	// read, before any chunk is asked for (0: no bound but the manifest's own).
	MaxDataBytes    int64
	Workers         int           // chunks downloaded at once (0: DefaultFetchWorkers)
	Attempts        int           // rounds over the mirrors for one file (0: DefaultFetchAttempts)
	Backoff         time.Duration // wait between rounds, doubled after each, at most 10 s (0: 1 s)
	ChunkTimeout    time.Duration // one chunk request, body included (0: 2 minutes)
	ManifestTimeout time.Duration // one manifest request, body included (0: 10 minutes)
	Log             *slog.Logger  // nil: slog.Default()
}

func (o FetchOptions) withDefaults() FetchOptions {
	if o.MaxManifestBytes <= 0 || o.MaxManifestBytes > MaxManifestBytes {
		o.MaxManifestBytes = MaxManifestBytes
	}
	if o.Workers <= 0 {
		o.Workers = DefaultFetchWorkers
	}
	if o.Attempts <= 0 {
		o.Attempts = DefaultFetchAttempts
	}
	if o.Backoff <= 0 {
		o.Backoff = DefaultBackoff
	}
	if o.ChunkTimeout <= 0 {
		o.ChunkTimeout = DefaultChunkTimeout
	}
	if o.ManifestTimeout <= 0 {
		o.ManifestTimeout = DefaultManifestTimeout
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	return o
}

// FetchStats is what a Fetch did. Stats.ChunksWritten counts the chunks downloaded,
// Stats.ChunksKept those found valid in the folder already (each distinct chunk once).
type FetchStats struct {
	Stats
	Manifest        *Manifest     // nil if the fetch failed before it had one
	ManifestFrom    string        // the base URL that served the manifest; "": the folder had it
	Requests        int           // HTTP requests made
	BytesDownloaded int64         // response body bytes read
	Rejected        []MirrorError // mirrors skipped for a file they served wrong or not at all (not 404s), and why: the first 64
}

// MirrorError is one mirror's failure to serve one file.
type MirrorError struct {
	URL string // the file's URL on that mirror
	Err error
}

func (e MirrorError) Error() string { return e.URL + ": " + e.Err.Error() }

func (e MirrorError) Unwrap() error { return e.Err }

// FetchError names a file no mirror served right, with every mirror's reason.
type FetchError struct {
	What    string // "manifest of dataset <root>" or `array "x" chunk 2 of 5 (<address>)`
	Mirrors []MirrorError
}

func (e *FetchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v: %s: no mirror served it right", ErrFetch, e.What)
	for i, m := range e.Mirrors {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(m.Error())
	}
	return b.String()
}

// Unwrap returns ErrFetch and every mirror's error.
func (e *FetchError) Unwrap() []error {
	errs := []error{ErrFetch}
	for _, m := range e.Mirrors {
		errs = append(errs, m)
	}
	return errs
}

var fetchHTTP = &http.Client{Transport: &http.Transport{
	Proxy:                 http.ProxyFromEnvironment,
	DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
	TLSHandshakeTimeout:   10 * time.Second,
	ResponseHeaderTimeout: 30 * time.Second,
	IdleConnTimeout:       90 * time.Second,
	MaxIdleConnsPerHost:   DefaultFetchWorkers * 2,
	DisableCompression:    true, // chunks are zstd; a manifest is read as sent, bounded
}}

// mirror is one base URL of a fetch.
type mirror struct {
	base  string // without a trailing slash
	fails atomic.Int32
}

func (m *mirror) down() bool { return m.fails.Load() >= maxMirrorFailures }

// fetcher is one Fetch in progress.
type fetcher struct {
	client  *http.Client
	mirrors []*mirror
	root    [32]byte
	opts    FetchOptions

	requests atomic.Int64
	bytes    atomic.Int64
	mu       sync.Mutex
	rejected []MirrorError
	stats    Stats
}

// Fetch downloads the dataset root into the folder dir from the mirrors baseURLs (each
// serving PathPrefix, as a Server does; tried in the order given), checking everything
// it receives: the manifest against root before any chunk is asked for, each chunk
// against its address. A mirror that serves a wrong, malformed or oversized file is
// skipped for that file (the reason logged and kept in FetchStats.Rejected) and the next
// one tried; a file no mirror serves right fails the fetch with a *FetchError naming it
// and every mirror's reason. Responses are bounded before they are read: the manifest
// by opts.MaxManifestBytes, a chunk by what zstd can make of its size in the manifest;
// chunks decompress into exactly that size, no more.
//
// Each chunk is written on its own (stored canonically, as Add writes it: a temporary
// file renamed into chunks/), the manifest last, so a folder with a manifest holds the
// whole dataset and passes Dir.Verify. Fetch is resumable: after a failure or a
// cancellation, the chunks already in dir are checked and kept, and only the others are
// downloaded. A folder holding another dataset is refused (ErrExists). client nil is a
// client with dial, TLS and header timeouts. The stats are returned on failure too.
func Fetch(ctx context.Context, client *http.Client, baseURLs []string, root [32]byte, dir string, opts FetchOptions) (FetchStats, error) {
	if client == nil {
		client = fetchHTTP
	}
	f := &fetcher{client: client, root: root, opts: opts.withDefaults()}
	if len(baseURLs) == 0 {
		return FetchStats{}, fmt.Errorf("%w: no mirror to fetch dataset %x from", ErrInvalid, root)
	}
	for _, b := range baseURLs {
		if err := CheckMirror(b); err != nil {
			return FetchStats{}, err
		}
		f.mirrors = append(f.mirrors, &mirror{base: strings.TrimSuffix(b, "/")})
	}
	st, err := f.run(ctx, dir)
	st.Stats, st.Requests, st.BytesDownloaded = f.stats, int(f.requests.Load()), f.bytes.Load()
	f.mu.Lock()
	st.Rejected = f.rejected
	f.mu.Unlock()
	return st, err
}

// CheckMirror says whether b can be a mirror's base URL: absolute http(s), a host, no
// query or fragment (paths are appended to it).
func CheckMirror(b string) error {
	u, err := neturl.Parse(b)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("%w: mirror %q is not an http(s) base URL", ErrInvalid, b)
	}
	return nil
}

func (f *fetcher) run(ctx context.Context, dir string) (FetchStats, error) {
	var st FetchStats
	m, err := readManifest(dir)
	switch {
	case err == nil && m.Root != f.root:
		return st, fmt.Errorf("%w: %s holds dataset %x, not %x (remove the folder or choose another)", ErrExists, dir, m.Root, f.root)
	case err == nil:
		st.Manifest = m
	case errors.Is(err, fs.ErrNotExist):
		if m, st.ManifestFrom, err = f.manifest(ctx); err != nil {
			return st, err
		}
		st.Manifest = m
	default:
		return st, err
	}
	if max := f.opts.MaxDataBytes; max > 0 && m.Bytes() > max {
		return st, fmt.Errorf("%w: dataset %x holds %d bytes of data, more than the %d accepted", ErrTooLarge, f.root, m.Bytes(), max)
	}
	if err := os.MkdirAll(filepath.Join(dir, ChunkDir), 0o755); err != nil {
		return st, fmt.Errorf("dataset: %w", err)
	}

	// The distinct chunks, in manifest order, each with the most bytes it is given
	// and where it first appears (for errors).
	type want struct {
		addr  [32]byte
		n     int
		where string
	}
	var wants []want
	index := map[[32]byte]int{}
	for _, e := range m.Arrays {
		for c, addr := range e.Chunks {
			n := chunkLen(e.Bytes(), c)
			if i, dup := index[addr]; dup {
				wants[i].n = max(wants[i].n, n)
				continue
			}
			index[addr] = len(wants)
			wants = append(wants, want{addr, n, fmt.Sprintf("array %q chunk %d of %d (%x)", e.Name, c, len(e.Chunks), addr)})
		}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan want)
	var wg sync.WaitGroup
	for range min(f.opts.Workers, max(1, len(wants))) {
		wg.Go(func() {
			for w := range jobs {
				if err := f.chunk(ctx, dir, w.addr, w.n, w.where); err != nil {
					cancel(err)
				}
			}
		})
	}
feed:
	for _, w := range wants {
		select {
		case jobs <- w:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		done := f.stats.ChunksWritten + f.stats.ChunksKept
		return st, fmt.Errorf("dataset: fetch of %x stopped with %d of %d chunks in %s: %w", f.root, done, len(wants), dir, err)
	}

	path := filepath.Join(dir, ManifestFile)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		b, err := m.Encode()
		if err != nil {
			return st, err
		}
		if err := atomicfile.WriteFile(path, b, 0o644); err != nil {
			return st, fmt.Errorf("dataset: %w", err)
		}
	}
	return st, nil
}

// manifest downloads the manifest of f.root from the first mirror that serves it right.
func (f *fetcher) manifest(ctx context.Context) (*Manifest, string, error) {
	var m *Manifest
	from, err := f.each(ctx, "manifest of dataset "+hex.EncodeToString(f.root[:]), ManifestURLPath(f.root), f.opts.ManifestTimeout,
		func() int64 { return f.opts.MaxManifestBytes },
		func(b []byte) error {
			got, err := DecodeManifest(b)
			if err != nil {
				return err
			}
			if got.Root != f.root {
				return fmt.Errorf("%w: the manifest is of dataset %x, not %x", ErrCorrupt, got.Root, f.root)
			}
			m = got
			return nil
		})
	return m, from, err
}

// chunk makes sure dir holds the chunk at addr (n bytes of data): kept if a valid
// file is there, else downloaded from the first mirror that serves it right.
func (f *fetcher) chunk(ctx context.Context, dir string, addr [32]byte, n int, where string) error {
	if _, err := readChunk(dir, addr, n); err == nil {
		st, err := os.Stat(ChunkPath(dir, addr))
		if err != nil {
			return fmt.Errorf("dataset: %w", err)
		}
		f.mu.Lock()
		f.stats.ChunksKept++
		f.stats.DiskBytes += st.Size()
		f.mu.Unlock()
		return nil
	}
	var file []byte
	_, err := f.each(ctx, where, ChunkURLPath(f.root, addr), f.opts.ChunkTimeout,
		func() int64 { return int64(chunkFileLimit(n)) },
		func(b []byte) error {
			data, err := decodeChunk(b, addr, n)
			if err != nil {
				return err
			}
			// Stored as Add stores it, whatever zstd frame the mirror sent.
			file, err = encodeChunk(data)
			return err
		})
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(ChunkPath(dir, addr), file, 0o644); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	f.mu.Lock()
	f.stats.ChunksWritten++
	f.stats.DiskBytes += int64(len(file))
	f.mu.Unlock()
	return nil
}

// fetchErr is one failed request; permanent failures are not asked again of the
// same mirror in this fetch of the file.
type fetchErr struct {
	err       error
	permanent bool
	transport bool          // no HTTP answer at all
	wait      time.Duration // the mirror's Retry-After, if it sent one
}

// each asks the mirrors in turn for the file at path until one serves bytes that check
// accepts, in at most Attempts rounds; it returns that mirror's base URL.
func (f *fetcher) each(ctx context.Context, what, path string, timeout time.Duration, limit func() int64, check func([]byte) error) (string, error) {
	failed := make([]error, len(f.mirrors)) // a permanent failure, per mirror
	var last []MirrorError
	wait := f.opts.Backoff
	for round := 0; round < f.opts.Attempts; round++ {
		if round > 0 {
			left := false
			for i, m := range f.mirrors {
				left = left || (failed[i] == nil && !m.down())
			}
			if !left {
				break
			}
			select {
			case <-time.After(min(wait, maxBackoff)):
			case <-ctx.Done():
				return "", context.Cause(ctx)
			}
			wait *= 2
		}
		last = last[:0]
		for i, m := range f.mirrors {
			if failed[i] != nil {
				last = append(last, MirrorError{m.base + path, failed[i]})
				continue
			}
			if m.down() {
				last = append(last, MirrorError{m.base + path, fmt.Errorf("dropped after %d failed requests in a row", maxMirrorFailures)})
				continue
			}
			url := m.base + path
			b, fe := f.get(ctx, url, timeout, limit())
			if fe == nil {
				if err := check(b); err != nil {
					fe = &fetchErr{err: err, permanent: true}
				}
			}
			if fe == nil {
				m.fails.Store(0)
				return m.base, nil
			}
			if ctx.Err() != nil {
				return "", context.Cause(ctx)
			}
			if fe.transport {
				m.fails.Add(1)
			} else {
				m.fails.Store(0)
			}
			if fe.permanent {
				failed[i] = fe.err
			}
			wait = max(wait, fe.wait)
			me := MirrorError{url, fe.err}
			last = append(last, me)
			if errors.Is(fe.err, ErrNotServed) {
				f.opts.Log.Debug("dataset mirror does not serve a file", "file", what, "url", url)
			} else {
				f.reject(what, me)
			}
		}
	}
	return "", &FetchError{What: what, Mirrors: append([]MirrorError(nil), last...)}
}

// reject logs and records a mirror skipped for a file.
func (f *fetcher) reject(what string, me MirrorError) {
	f.opts.Log.Warn("dataset mirror skipped", "file", what, "url", me.URL, "err", me.Err)
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.rejected) < maxRejected {
		f.rejected = append(f.rejected, me)
	}
}

// get downloads url, refusing a body of more than limit bytes before reading it when
// its length is announced, and cutting it at limit+1 bytes when not.
func (f *fetcher) get(ctx context.Context, url string, timeout time.Duration, limit int64) ([]byte, *fetchErr) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, &fetchErr{err: fmt.Errorf("%w: request: %w", ErrInvalid, err), permanent: true}
	}
	f.requests.Add(1)
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *neturl.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by MirrorError
		}
		return nil, &fetchErr{err: fmt.Errorf("%w: %w", ErrHTTP, err), transport: true}
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusNotFound:
		return nil, &fetchErr{err: fmt.Errorf("%w (404)", ErrNotServed), permanent: true}
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		return nil, &fetchErr{err: fmt.Errorf("%w: busy: %s", ErrHTTP, resp.Status), wait: retryAfter(resp.Header.Get("Retry-After"))}
	case resp.StatusCode >= 500:
		return nil, &fetchErr{err: fmt.Errorf("%w: %s", ErrHTTP, resp.Status)}
	default:
		return nil, &fetchErr{err: fmt.Errorf("%w: %s", ErrHTTP, resp.Status), permanent: true}
	}
	if resp.ContentLength > limit {
		return nil, &fetchErr{err: fmt.Errorf("%w: %d bytes announced, the limit is %d (not read)", ErrTooLarge, resp.ContentLength, limit), permanent: true}
	}
	var buf []byte
	if resp.ContentLength >= 0 {
		buf = make([]byte, 0, resp.ContentLength+1) // bounded by limit above; +1 sees a longer body
	}
	w := &boundedBuffer{b: buf, limit: limit + 1}
	n, err := io.Copy(w, io.LimitReader(resp.Body, limit+1))
	f.bytes.Add(n)
	if n > limit {
		return nil, &fetchErr{err: fmt.Errorf("%w: more than %d bytes sent (cut there)", ErrTooLarge, limit), permanent: true}
	}
	if err != nil {
		return nil, &fetchErr{err: fmt.Errorf("%w: body after %d bytes: %w", ErrHTTP, n, err)}
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return nil, &fetchErr{err: fmt.Errorf("%w: body of %d bytes, %d announced", ErrHTTP, n, resp.ContentLength)}
	}
	return w.b, nil
}

// boundedBuffer appends what is written to b, growing it by doubling but never past
// limit bytes of capacity: a body of unknown length costs at most about twice the
// limit in allocations.
type boundedBuffer struct {
	b     []byte
	limit int64
}

func (w *boundedBuffer) Write(p []byte) (int, error) {
	if need := len(w.b) + len(p); need > cap(w.b) {
		grown := make([]byte, len(w.b), max(min(2*cap(w.b), int(w.limit)), need, 4096))
		copy(grown, w.b)
		w.b = grown
	}
	w.b = append(w.b, p...)
	return len(p), nil
}

// retryAfter reads a Retry-After header (seconds or an HTTP date), within 1 to 10 s.
func retryAfter(h string) time.Duration {
	d := time.Second
	if secs, err := strconv.Atoi(strings.TrimSpace(h)); err == nil {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = time.Until(t)
	}
	return min(max(d, time.Second), maxBackoff)
}
