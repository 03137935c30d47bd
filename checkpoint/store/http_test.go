package store

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// cutWriter aborts the response after limit body bytes, as a dropped connection would.
type cutWriter struct {
	http.ResponseWriter
	left int
}

func (w *cutWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		w.ResponseWriter.Write(p[:w.left]) // the error is moot: the handler aborts next
		w.ResponseWriter.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}
	w.left -= len(p)
	return w.ResponseWriter.Write(p)
}

func serverWith(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestHTTPFetch(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t, WithLogger(quiet))
	r0, err := remote.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	r1, err := remote.PutDelta(ctx, toy[1], r0)
	if err != nil {
		t.Fatal(err)
	}
	// A real server on 127.0.0.1, as deployed.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := NewHTTPServer(NewHandler(remote, quiet))
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	srv := struct{ URL string }{"http://" + ln.Addr().String()}

	// Without a local store: the base is fetched too, in memory.
	c := &Client{BaseURL: srv.URL, Log: quiet}
	st, err := c.Fetch(ctx, r1)
	if err != nil {
		t.Fatal(err)
	}
	if st.Hash() != r1 {
		t.Fatal("fetched state has another root")
	}
	// With a local store: both land there, verified.
	local, _ := openStore(t, WithLogger(quiet))
	c = &Client{BaseURL: srv.URL, Local: local, Log: quiet}
	if _, err := c.Fetch(ctx, r1); err != nil {
		t.Fatal(err)
	}
	for _, r := range [][32]byte{r0, r1} {
		if _, err := local.Get(ctx, r); err != nil {
			t.Errorf("local copy of %x: %v", r[:4], err)
		}
	}
	if _, err := c.Fetch(ctx, toy[3].Hash()); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing checkpoint: %v, want ErrNotFound", err)
	}
	c.MaxBytes = 100
	if _, err := c.FetchBlob(ctx, r0); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over MaxBytes: %v, want ErrTooLarge", err)
	}
}

func TestHTTPResume(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t, WithLogger(quiet))
	r0, err := remote.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	blob, err := remote.Blob(ctx, r0)
	if err != nil {
		t.Fatal(err)
	}
	var requests, ranged atomic.Int32
	h := NewHandler(remote, quiet)
	srv := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := requests.Add(1)
		if r.Header.Get("Range") != "" {
			ranged.Add(1)
		}
		if n <= 2 { // the first two responses break off a third of the way in
			w = &cutWriter{ResponseWriter: w, left: len(blob) / 3}
		}
		h.ServeHTTP(w, r)
	}))
	c := &Client{BaseURL: srv.URL, Log: quiet}
	got, err := c.FetchBlob(ctx, r0)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, blob) {
		t.Fatal("resumed download differs from the blob")
	}
	if requests.Load() != 3 || ranged.Load() != 2 {
		t.Errorf("%d requests, %d with Range; want 3 and 2", requests.Load(), ranged.Load())
	}
	st, err := (&Client{BaseURL: srv.URL, Log: quiet}).Fetch(ctx, r0)
	if err != nil || st.Hash() != r0 {
		t.Errorf("fetch after resume: %v", err)
	}
	c.Attempts = 2
	requests.Store(0)
	if _, err := c.FetchBlob(ctx, r0); err == nil {
		t.Error("two broken responses with Attempts=2 succeeded")
	}
}

// TestHTTPHashMismatch: a server answering with another checkpoint's blob, relabelled
// or not, is caught by the client.
func TestHTTPHashMismatch(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t, WithLogger(quiet))
	r2, err := remote.Put(ctx, toy[2])
	if err != nil {
		t.Fatal(err)
	}
	blob, err := remote.Blob(ctx, r2)
	if err != nil {
		t.Fatal(err)
	}
	want := toy[3].Hash()
	relabelled := bytes.Clone(blob)
	copy(relabelled[6:38], want[:])
	for name, body := range map[string][]byte{"as is": blob, "relabelled": relabelled} {
		t.Run(name, func(t *testing.T) {
			srv := serverWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Write(body)
			}))
			local, _ := openStore(t, WithLogger(quiet))
			_, err := (&Client{BaseURL: srv.URL, Local: local, Log: quiet}).Fetch(ctx, want)
			if !errors.Is(err, ErrHashMismatch) {
				t.Errorf("error %v, want ErrHashMismatch", err)
			}
			if local.Has(want) {
				t.Error("mismatching blob stored locally")
			}
		})
	}
}

func TestHandlerProtocol(t *testing.T) {
	ctx := context.Background()
	remote, _ := openStore(t, WithLogger(quiet))
	r0, err := remote.Put(ctx, toy[0])
	if err != nil {
		t.Fatal(err)
	}
	blob, err := remote.Blob(ctx, r0)
	if err != nil {
		t.Fatal(err)
	}
	srv := serverWith(t, NewHandler(remote, quiet))
	hexRoot := hex.EncodeToString(r0[:])
	do := func(method, path string, hdr map[string]string) (*http.Response, []byte) {
		t.Helper()
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, method, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, body
	}
	cases := []struct {
		name, method, path string
		hdr                map[string]string
		status             int
		body               []byte
	}{
		{"get", "GET", PathPrefix + hexRoot, nil, 200, blob},
		{"get 0x", "GET", PathPrefix + "0x" + hexRoot, nil, 200, blob},
		{"range", "GET", PathPrefix + hexRoot, map[string]string{"Range": "bytes=10-19"}, 206, blob[10:20]},
		{"if-range stale", "GET", PathPrefix + hexRoot, map[string]string{"Range": "bytes=10-19", "If-Range": `"00"`}, 200, blob},
		{"head", "HEAD", PathPrefix + hexRoot, nil, 200, nil},
		{"bad root", "GET", PathPrefix + "xyz", nil, 400, nil},
		{"unknown", "GET", PathPrefix + hex.EncodeToString(make([]byte, 32)), nil, 404, nil},
		{"other path", "GET", "/", nil, 404, nil},
		{"post", "POST", PathPrefix + hexRoot, nil, 405, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(tc.method, tc.path, tc.hdr)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if tc.body != nil && !bytes.Equal(body, tc.body) {
				t.Errorf("body of %d bytes differs", len(body))
			}
			if tc.status == 200 && resp.Header.Get("ETag") != `"`+hexRoot+`"` {
				t.Errorf("ETag %q", resp.Header.Get("ETag"))
			}
		})
	}
}
