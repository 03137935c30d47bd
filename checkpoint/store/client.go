package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	neturl "net/url"
	"strconv"
	"strings"
	"time"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
)

// ErrHTTP reports an unexpected HTTP status or malformed response.
var ErrHTTP = errors.New("store: http")

// ErrFetchTimeout reports a Fetch or FetchBlob that outlasted Client.FetchTimeout.
var ErrFetchTimeout = errors.New("store: fetch timeout exceeded")

const (
	// MaxClientState is the ceiling of Client.MaxState: a larger value is taken as
	// this, so that a MaxState read from a task's terms cannot make the client accept
	// (and allocate for) more than a Store decodes by default.
	MaxClientState = DefaultMaxDecoded
	// MaxFetchChain bounds the blobs one Fetch downloads along a delta chain, the
	// checkpoint's own included. Honest chains are 2 deep (a delta and its keyframe);
	// each blob costs a hostile server up to maxBusy waits and Attempts attempts.
	MaxFetchChain = 4
	// fetchTimeoutBase and fetchMinRate make the default FetchTimeout: fetchTimeoutBase
	// plus MaxFetchChain of the largest blobs accepted at fetchMinRate (1 MiB/s).
	fetchTimeoutBase = 5 * time.Minute
	fetchMinRate     = 1 << 20
	// maxBackoff is the longest wait between two attempts (Client.Backoff).
	maxBackoff = 30 * time.Second
)

// Client downloads checkpoints from a Handler, resuming interrupted transfers with
// Range requests, and re-hashes everything it receives.
type Client struct {
	BaseURL  string       // e.g. "http://127.0.0.1:8545"; PathPrefix is appended
	HTTP     *http.Client // nil: a client with dial and header timeouts
	MaxBytes int64        // largest blob accepted (0: DefaultMaxBlob)
	// MaxState is the most bytes of a decoded state (its canonical encoding) accepted,
	// for the checkpoint asked for and for each base of a delta chain alike (0, or
	// above MaxClientState: MaxClientState). It is enforced before anything is
	// allocated: blob bodies larger than such a state compresses to (MaxBlobFor) are
	// refused unread, and frames declaring more are refused undecoded. A verifier sets
	// it from the task's known state size. A Codec or Local given lowers it further to
	// that codec's own limit.
	MaxState int64
	Attempts int // requests per blob before giving up (0: 5)
	// AttemptTimeout bounds one request, body included (0: 2 minutes).
	AttemptTimeout time.Duration
	// Backoff is the wait after a failed attempt before the next, doubled after each
	// (at most maxBackoff); 0: none (a daemon's next tick is its back-off).
	Backoff time.Duration
	// FetchTimeout bounds one Fetch or FetchBlob in all: every blob of the delta chain,
	// every attempt and every busy wait (0: DefaultFetchTimeout of the largest blob
	// accepted). Past it the fetch fails with ErrFetchTimeout.
	FetchTimeout time.Duration
	// Local, when set, is consulted for delta bases first, and receives every verified
	// blob fetched.
	Local *Store
	// Codec decompresses blobs when Local is nil (nil: level-default codec).
	Codec *Codec
	Log   *slog.Logger
}

var defaultHTTP = &http.Client{Transport: &http.Transport{
	DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
	ResponseHeaderTimeout: 30 * time.Second,
	IdleConnTimeout:       90 * time.Second,
	MaxIdleConnsPerHost:   4,
}}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return defaultHTTP
}

func (c *Client) log() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.Default()
}

func (c *Client) codec() (*Codec, error) {
	if c.Codec != nil {
		return c.Codec, nil
	}
	if c.Local != nil {
		return c.Local.codec, nil
	}
	// The ceiling, not MaxState: what one fetch may decode is c.maxState(), passed to
	// DecompressLimit, and MaxState may change between fetches.
	codec, err := NewCodec(zstd.SpeedFastest, MaxClientState)
	if err != nil {
		return nil, err
	}
	c.Codec = codec
	return codec, nil
}

// maxState is the effective MaxState: clamped to MaxClientState.
func (c *Client) maxState() int64 {
	if c.MaxState > 0 {
		return min(c.MaxState, MaxClientState)
	}
	return MaxClientState
}

// MaxBlobFor is the largest blob of a state whose encoding has at most state bytes:
// the header, the frame lengths and the five frames at zstd's worst case (incompressible
// data in raw blocks, 3 bytes per 128 KiB block, plus a frame header and checksum),
// with room to spare, the skeleton's span table included.
func MaxBlobFor(state int64) int64 {
	n := state + spanTableMax
	return headerLen + numFrames*(8+64) + n + n/1024 + 4096
}

// maxBlob is the largest blob body the client reads.
func (c *Client) maxBlob() int64 {
	maxBytes := c.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBlob
	}
	return min(maxBytes, MaxBlobFor(c.maxState()))
}

// DefaultFetchTimeout is the FetchTimeout of a client accepting blobs of at most
// maxBlob bytes: 5 minutes plus MaxFetchChain such blobs at 1 MiB/s (73 minutes for
// DefaultMaxBlob), generous for an honest server, while a hostile one can hold a fetch
// no longer.
func DefaultFetchTimeout(maxBlob int64) time.Duration {
	return fetchTimeoutBase + time.Duration(MaxFetchChain*maxBlob/fetchMinRate)*time.Second
}

func (c *Client) fetchTimeout() time.Duration {
	if c.FetchTimeout > 0 {
		return c.FetchTimeout
	}
	return DefaultFetchTimeout(c.maxBlob())
}

// withDeadline runs f under FetchTimeout and says, when f fails because it ran out,
// that the fetch of root exceeded it.
func withDeadline[T any](ctx context.Context, c *Client, root [32]byte, f func(context.Context) (T, error)) (T, error) {
	d := c.fetchTimeout()
	cause := fmt.Errorf("%w: fetch of %x took more than FetchTimeout %v", ErrFetchTimeout, root, d)
	dctx, cancel := context.WithTimeoutCause(ctx, d, cause)
	defer cancel()
	v, err := f(dctx)
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(dctx), ErrFetchTimeout) {
		return v, fmt.Errorf("%w (%w)", cause, err)
	}
	return v, err
}

// maxBusy bounds how many busy answers (429, 503) FetchBlob waits out for one blob, on
// top of Attempts: a busy server is not a broken transfer.
const maxBusy = 60

// FetchBlob downloads the blob of root without verifying it. An interrupted body is
// resumed from where it stopped (Range, If-Range on the ETag); a busy server (429,
// 503) is asked again after its Retry-After (at most 10 s, maxBusy times). The whole
// call is bounded by FetchTimeout (ErrFetchTimeout).
func (c *Client) FetchBlob(ctx context.Context, root [32]byte) ([]byte, error) {
	return withDeadline(ctx, c, root, func(ctx context.Context) ([]byte, error) { return c.fetchBlob(ctx, root, c.maxBlob()) })
}

func (c *Client) fetchBlob(ctx context.Context, root [32]byte, maxBytes int64) ([]byte, error) {
	attempts := c.Attempts
	if attempts <= 0 {
		attempts = 5
	}
	url := strings.TrimSuffix(c.BaseURL, "/") + PathPrefix + hex.EncodeToString(root[:])
	var buf []byte
	var etag string
	var lastErr error
	busy := 0
	for attempt := 0; attempt < attempts; {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		done, err := c.fetchOnce(ctx, url, &buf, &etag, maxBytes)
		if done {
			return buf, nil
		}
		var perm permanentError
		if errors.As(err, &perm) {
			return nil, perm.err
		}
		var b busyError
		if errors.As(err, &b) && busy < maxBusy {
			busy++
			c.log().Debug("checkpoint server busy", "url", url, "retry_after", b.wait)
			select {
			case <-time.After(b.wait):
			case <-ctx.Done():
				return nil, fmt.Errorf("store: fetch %s: %w (server busy)", url, ctx.Err())
			}
			continue
		}
		attempt++
		lastErr = err
		c.log().Warn("checkpoint download interrupted", "url", url, "attempt", attempt, "have", len(buf), "err", err)
		if c.Backoff > 0 && attempt < attempts {
			wait := min(c.Backoff<<min(attempt-1, 16), maxBackoff)
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				return nil, fmt.Errorf("store: fetch %s: %w (after %d attempts: %w)", url, ctx.Err(), attempt, lastErr)
			}
		}
	}
	return nil, fmt.Errorf("store: fetch %s: %d attempts, the last: %w", url, attempts, lastErr)
}

// permanentError marks failures that retrying cannot fix.
type permanentError struct{ err error }

func (p permanentError) Error() string { return p.err.Error() }

// busyError is a 429 or 503 answer: ask again after wait.
type busyError struct {
	status string
	wait   time.Duration
}

func (b busyError) Error() string { return fmt.Sprintf("%v: server busy: %s", ErrHTTP, b.status) }

// retryAfter reads a Retry-After header (seconds or an HTTP date), within 1 to 10 s.
func retryAfter(h string) time.Duration {
	d := time.Second
	if secs, err := strconv.Atoi(strings.TrimSpace(h)); err == nil {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = time.Until(t)
	}
	return min(max(d, time.Second), 10*time.Second)
}

func (c *Client) fetchOnce(ctx context.Context, url string, buf *[]byte, etag *string, maxBytes int64) (bool, error) {
	timeout := c.AttemptTimeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false, permanentError{fmt.Errorf("store: request %s: %w", url, err)}
	}
	have := int64(len(*buf))
	if have > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(have, 10)+"-")
		req.Header.Set("If-Range", *etag)
	}
	resp, err := c.httpClient().Do(req)
	if err != nil {
		// a retryable error: fetchBlob names the URL, once
		var ue *neturl.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return false, fmt.Errorf("store: get: %w", err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		*buf, have = (*buf)[:0], 0 // a full body: start over
		*etag = resp.Header.Get("ETag")
	case http.StatusPartialContent:
		start, err := rangeStart(resp.Header.Get("Content-Range"))
		if err != nil || start != have {
			return false, permanentError{fmt.Errorf("%w: %s: Content-Range %q for a request from %d", ErrHTTP, url, resp.Header.Get("Content-Range"), have)}
		}
	case http.StatusNotFound:
		return false, permanentError{fmt.Errorf("%w: %s", ErrNotFound, url)}
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		return false, busyError{resp.Status, retryAfter(resp.Header.Get("Retry-After"))}
	default:
		return false, permanentError{fmt.Errorf("%w: %s: status %s", ErrHTTP, url, resp.Status)}
	}
	if resp.ContentLength >= 0 && have+resp.ContentLength > maxBytes {
		return false, permanentError{fmt.Errorf("%w: %s: %d bytes, limit %d", ErrTooLarge, url, have+resp.ContentLength, maxBytes)}
	}
	if resp.ContentLength > 0 && cap(*buf) < int(have+resp.ContentLength) {
		// Sized once from the announced length (checked above), not grown by doubling.
		grown := make([]byte, have, have+resp.ContentLength)
		copy(grown, *buf)
		*buf = grown
	}
	n, err := io.Copy(&sliceWriter{buf, maxBytes + 1}, io.LimitReader(resp.Body, maxBytes-have+1))
	if int64(len(*buf)) > maxBytes {
		return false, permanentError{fmt.Errorf("%w: %s: more than %d bytes", ErrTooLarge, url, maxBytes)}
	}
	if err != nil {
		return false, fmt.Errorf("store: body after %d bytes: %w", n, err)
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return false, fmt.Errorf("store: body: %d of %d bytes", n, resp.ContentLength)
	}
	return true, nil
}

// sliceWriter appends to *b, growing it by doubling but never past limit bytes of
// capacity (unless a write needs more), so that a body of unknown length costs at most
// about twice the limit in allocations.
type sliceWriter struct {
	b     *[]byte
	limit int64
}

func (w *sliceWriter) Write(p []byte) (int, error) {
	if need := len(*w.b) + len(p); need > cap(*w.b) {
		grown := make([]byte, len(*w.b), max(min(2*cap(*w.b), int(w.limit)), need))
		copy(grown, *w.b)
		*w.b = grown
	}
	*w.b = append(*w.b, p...)
	return len(p), nil
}

// rangeStart parses the first byte position of "bytes first-last/total".
func rangeStart(cr string) (int64, error) {
	rest, ok := strings.CutPrefix(cr, "bytes ")
	if !ok {
		return 0, fmt.Errorf("%w: Content-Range %q", ErrHTTP, cr)
	}
	first, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0, fmt.Errorf("%w: Content-Range %q", ErrHTTP, cr)
	}
	return strconv.ParseInt(first, 10, 64)
}

// Fetch downloads, verifies and returns the state of root. Delta bases come from Local
// when it has them, else are fetched the same way (at most MaxFetchChain blobs in all,
// ErrTooLarge past it). A blob that does not hash to root fails with ErrHashMismatch.
// The whole call is bounded by FetchTimeout (ErrFetchTimeout).
func (c *Client) Fetch(ctx context.Context, root [32]byte) (*checkpoint.State, error) {
	return withDeadline(ctx, c, root, func(ctx context.Context) (*checkpoint.State, error) {
		_, st, err := c.fetch(ctx, root, 0, 0)
		return st, err
	})
}

// chainBlobs bounds the blob bytes Fetch holds at once along a delta chain, in blobs
// of the largest size accepted: each blob waits for its base to be fetched. With
// MaxFetchChain blobs a chain cannot pass it; it also bounds the total should that
// limit grow. Honest chains are a delta and its keyframe.
const chainBlobs = 4

// fetch fetches root at depth in a delta chain whose blobs above it hold held bytes.
func (c *Client) fetch(ctx context.Context, root [32]byte, depth int, held int64) ([]byte, *checkpoint.State, error) {
	if c.Local != nil && c.Local.Has(root) {
		enc, err := c.Local.Encoding(ctx, root)
		if err == nil {
			st, err := checkpoint.Decode(enc)
			if err != nil {
				return nil, nil, fmt.Errorf("store: fetch %x: %w", root, err)
			}
			return enc, st, nil
		}
		c.log().Warn("local checkpoint unusable, fetching", "root", hex.EncodeToString(root[:]), "err", err)
	}
	maxBytes := c.maxBlob()
	left := chainBlobs*maxBytes - held
	if left <= 0 {
		return nil, nil, fmt.Errorf("store: fetch %x: %w: delta chain holds %d bytes of blobs above it, limit %d", root, ErrTooLarge, held, chainBlobs*maxBytes)
	}
	blob, err := c.fetchBlob(ctx, root, min(maxBytes, left))
	if err != nil {
		return nil, nil, err
	}
	h, err := ParseHeader(blob)
	if err != nil {
		return nil, nil, fmt.Errorf("store: fetch %x: %w", root, err)
	}
	if h.Root != root {
		return nil, nil, fmt.Errorf("store: fetch %x: %w: blob is labelled %x", root, ErrHashMismatch, h.Root)
	}
	var base []byte
	if h.Delta {
		if depth+1 >= MaxFetchChain {
			return nil, nil, fmt.Errorf("store: fetch %x: %w: delta chain of more than MaxFetchChain (%d) blobs", root, ErrTooLarge, MaxFetchChain)
		}
		if base, _, err = c.fetch(ctx, h.Base, depth+1, held+int64(len(blob))); err != nil {
			return nil, nil, fmt.Errorf("store: fetch %x: base: %w", root, err)
		}
	}
	codec, err := c.codec()
	if err != nil {
		return nil, nil, err
	}
	enc, err := codec.DecompressLimit(ctx, blob, base, c.maxState())
	if err != nil {
		return nil, nil, fmt.Errorf("store: fetch %x: %w", root, err)
	}
	st, err := Verify(enc, root)
	if err != nil {
		return nil, nil, fmt.Errorf("store: fetch %x: %w", root, err)
	}
	if c.Local != nil {
		// Verified above: write directly rather than decompress and hash it again.
		if err := c.Local.write(ctx, root, blob); err != nil {
			return nil, nil, fmt.Errorf("store: fetch %x: keep locally: %w", root, err)
		}
	}
	return enc, st, nil
}
