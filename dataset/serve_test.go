package dataset

// The serving and fetching suite: a real Server behind checkpoint/store's HTTP server
// (timeouts, limits) on loopback, real Fetch calls, and hostile mirrors written as
// handlers in front of a real Server (corrupt, oversized, endless, bomb, wrong
// manifest). The whole suite takes about 3 s on two busy cores (most of it zstd and
// SHA-256 of a 5 MiB dataset, fetched a few times); FuzzParseURLPath runs its seeds
// only unless -fuzz is given.

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/internal/atomicfile"
)

var quietLog = slog.New(slog.DiscardHandler)

// fastFetch are fetch options for tests: no waits between rounds worth the name.
var fastFetch = FetchOptions{Backoff: time.Millisecond, Log: quietLog}

// servedFixture writes a dataset of 8 chunks, 7 distinct, into a new folder: the small
// .npy and IDX fixtures of testdata/small (one chunk each) and a 5 MiB + 100 bytes
// uint16 token file whose chunks 0 and 2 are equal (stored and fetched once).
func servedFixture(t *testing.T) (dir string, m *Manifest) {
	t.Helper()
	r1, r2 := randomData(ChunkBytes, 1), randomData(ChunkBytes, 2)
	tokens := append(append(append(append([]byte{}, r1...), r2...), r1...), randomData(2*ChunkBytes+100, 3)...)
	in := t.TempDir()
	files := []string{filepath.Join("testdata", "small", "x.npy"), filepath.Join("testdata", "small", "labels-idx1-ubyte"),
		writeFile(t, in, "tokens.bin", tokens)}
	dir = filepath.Join(t.TempDir(), "src")
	res, err := Add(context.Background(), dir, files, Options{RawDType: Uint16})
	if err != nil {
		t.Fatal(err)
	}
	if i := res.Manifest.Index("tokens"); i != 1 || len(res.Manifest.Arrays[i].Chunks) != 6 || res.Stats.ChunksWritten != 7 {
		t.Fatalf("fixture: %+v", res.Stats)
	}
	return dir, res.Manifest
}

// mirror serves h over loopback behind store.NewHTTPServer and counts the requests
// by URL path.
type testMirror struct {
	URL  string
	mu   sync.Mutex
	hits map[string]int
}

func (m *testMirror) count(path string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hits[path]
}

func (m *testMirror) total() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, c := range m.hits {
		n += c
	}
	return n
}

func serveMirror(t *testing.T, h http.Handler) *testMirror {
	t.Helper()
	m := &testMirror{hits: map[string]int{}}
	ts := httptest.NewUnstartedServer(nil)
	ts.Config = store.NewHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.mu.Lock()
		m.hits[r.URL.Path]++
		m.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	ts.Start()
	t.Cleanup(ts.Close)
	m.URL = ts.URL
	return m
}

func newServer(t *testing.T, dirs ...string) *Server {
	t.Helper()
	s, err := NewServer(quietLog, dirs...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// distinct returns the manifest's distinct chunk addresses, in order.
func distinct(m *Manifest) [][32]byte {
	seen := map[[32]byte]bool{}
	var out [][32]byte
	for _, e := range m.Arrays {
		for _, c := range e.Chunks {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// verified opens and verifies a fetched folder and checks its root.
func verified(t *testing.T, dir string, root [32]byte) {
	t.Helper()
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(context.Background()); err != nil || d.Manifest.Root != root {
		t.Fatalf("fetched folder: %v, root %x want %x", err, d.Manifest.Root, root)
	}
}

// TestServeFetchRoundTrip: add → serve → fetch gives the same root, a folder that
// verifies and is byte for byte the source folder (chunks are stored canonically);
// every distinct chunk is asked for once; a second fetch into it asks for nothing.
func TestServeFetchRoundTrip(t *testing.T) {
	src, m := servedFixture(t)
	mir := serveMirror(t, newServer(t, src))
	dst := filepath.Join(t.TempDir(), "dst")
	st, err := Fetch(context.Background(), nil, []string{mir.URL + "/"}, m.Root, dst, fastFetch)
	if err != nil {
		t.Fatal(err)
	}
	verified(t, dst, m.Root)
	if !sameFiles(listDir(t, src), listDir(t, dst)) {
		t.Error("the fetched folder differs from the served one")
	}
	if st.ChunksWritten != 7 || st.ChunksKept != 0 || st.Requests != 8 || st.ManifestFrom != mir.URL || len(st.Rejected) != 0 || st.Manifest.Root != m.Root {
		t.Errorf("stats %+v", st)
	}
	for _, a := range distinct(m) {
		if n := mir.count(ChunkURLPath(m.Root, a)); n != 1 {
			t.Errorf("chunk %x asked for %d times", a, n)
		}
	}
	before := mir.total()
	st, err = Fetch(context.Background(), nil, []string{mir.URL}, m.Root, dst, fastFetch)
	if err != nil || st.Requests != 0 || st.ChunksKept != 7 || st.ChunksWritten != 0 || mir.total() != before {
		t.Fatalf("second fetch: %v %+v", err, st)
	}
}

// TestServePaths: the server answers exactly its two forms of path for a root it
// serves (GET and HEAD, Range, ETag); everything else is 404 (405 for other methods),
// with no listing and nothing outside the manifests reachable; a chunk file that went
// bad on disk is not served (500) until it is right again.
func TestServePaths(t *testing.T) {
	src, m := servedFixture(t)
	os.WriteFile(filepath.Join(src, "secret"), []byte("not served"), 0o644)
	mir := serveMirror(t, newServer(t, src))
	root := hex.EncodeToString(m.Root[:])
	addr := hex.EncodeToString(m.Arrays[0].Chunks[0][:])
	other := strings.Repeat("ab", 32)
	do := func(method, path string, hdr ...string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(method, mir.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	manifest, _ := os.ReadFile(filepath.Join(src, ManifestFile))
	chunk, _ := os.ReadFile(ChunkPath(src, m.Arrays[0].Chunks[0]))
	for _, c := range []struct {
		method, path string
		status       int
		body         []byte
	}{
		{"GET", "/datasets/" + root + "/manifest.json", 200, manifest},
		{"GET", "/datasets/" + root + "/chunks/" + addr + ".zst", 200, chunk},
		{"HEAD", "/datasets/" + root + "/manifest.json", 200, nil},
		{"GET", "/datasets/" + root + "/manifest.json?x=1", 200, manifest},
		{"POST", "/datasets/" + root + "/manifest.json", 405, nil},
		{"GET", "/datasets/" + other + "/manifest.json", 404, nil},                 // unknown root
		{"GET", "/datasets/" + other + "/chunks/" + addr + ".zst", 404, nil},       // chunk under an unknown root
		{"GET", "/datasets/" + root + "/chunks/" + other + ".zst", 404, nil},       // address not in the manifest
		{"GET", "/datasets/" + strings.ToUpper(root) + "/manifest.json", 404, nil}, // uppercase
		{"GET", "/datasets/" + root + "/chunks/" + strings.ToUpper(addr) + ".zst", 404, nil},
		{"GET", "/datasets/" + root[:63] + "/manifest.json", 404, nil},
		{"GET", "/datasets/" + root + "0/manifest.json", 404, nil},
		{"GET", "/datasets/" + root + "/manifest.json/", 404, nil},
		{"GET", "/datasets/" + root + "//manifest.json", 404, nil},
		{"GET", "/datasets/" + root + "/chunks/" + addr, 404, nil},
		{"GET", "/datasets/" + root + "/chunks/" + addr + ".zst/", 404, nil},
		{"GET", "/datasets/" + root + "/chunks/" + addr + ".zstd", 404, nil},
		{"GET", "/datasets/" + root + "/", 404, nil},
		{"GET", "/datasets/" + root, 404, nil},
		{"GET", "/datasets/" + root + "/chunks/", 404, nil}, // no listing
		{"GET", "/datasets/" + root + "/chunks", 404, nil},
		{"GET", "/datasets/", 404, nil},
		{"GET", "/datasets", 404, nil},
		{"GET", "/", 404, nil},
		{"GET", "/datasets/" + root + "/secret", 404, nil},
		{"GET", "/datasets/" + root + "/chunks/../secret", 404, nil},
		{"GET", "/datasets/" + root + "/chunks/%2e%2e/secret", 404, nil},
		{"GET", "/datasets/" + root + "/chunks/..%2fmanifest.json", 404, nil},
		{"GET", "/checkpoints/" + root, 404, nil},
	} {
		resp, b := do(c.method, c.path)
		if resp.StatusCode != c.status || (c.body != nil && !bytes.Equal(b, c.body)) {
			t.Errorf("%s %s: %s, %d bytes; want %d", c.method, c.path, resp.Status, len(b), c.status)
		}
	}
	resp, b := do("GET", "/datasets/"+root+"/chunks/"+addr+".zst", "Range", "bytes=2-5")
	if resp.StatusCode != 206 || !bytes.Equal(b, chunk[2:6]) || resp.Header.Get("ETag") != `"`+addr+`"` {
		t.Errorf("range: %s %q", resp.Status, resp.Header.Get("ETag"))
	}
	resp, _ = do("GET", "/datasets/"+root+"/manifest.json", "If-None-Match", `"`+root+`"`)
	if resp.StatusCode != 304 {
		t.Errorf("If-None-Match on the root: %s", resp.Status)
	}

	// A chunk changed on disk after it was served: checked again, refused, then
	// served again once it is right.
	path := ChunkPath(src, m.Arrays[1].Chunks[1])
	good, _ := os.ReadFile(path)
	p := "/datasets/" + root + "/chunks/" + hex.EncodeToString(m.Arrays[1].Chunks[1][:]) + ".zst"
	if resp, _ := do("GET", p); resp.StatusCode != 200 {
		t.Fatalf("good chunk: %s", resp.Status)
	}
	bad := append([]byte{}, good...)
	bad[len(bad)/2] ^= 1
	atomicfile.WriteFile(path, bad, 0o644)
	if resp, b := do("GET", p); resp.StatusCode != 500 || bytes.Equal(b, bad) {
		t.Errorf("corrupted chunk: %s", resp.Status)
	}
	atomicfile.WriteFile(path, good, 0o644)
	if resp, b := do("GET", p); resp.StatusCode != 200 || !bytes.Equal(b, good) {
		t.Errorf("repaired chunk: %s", resp.Status)
	}
}

// TestNewServerRefuses: a folder that is not a dataset, whose manifest does not give
// its root, or that repeats another's dataset is refused at start, named.
func TestNewServerRefuses(t *testing.T) {
	src, _ := servedFixture(t)
	tampered := filepath.Join(t.TempDir(), "tampered")
	os.MkdirAll(tampered, 0o755)
	b, _ := os.ReadFile(filepath.Join(src, ManifestFile))
	i := bytes.Index(b, []byte(`"root": "`)) + len(`"root": "`)
	b[i] ^= 1 // another hex digit: a manifest whose entries do not give its root
	os.WriteFile(filepath.Join(tampered, ManifestFile), b, 0o644)
	empty := t.TempDir()
	for _, c := range []struct {
		dirs []string
		msg  string
	}{
		{[]string{src, empty}, "dataset folder " + empty + ": dataset: invalid: not a dataset folder"},
		{[]string{tampered}, "dataset folder " + tampered},
		{[]string{src, src}, "both hold dataset"},
		{nil, "no dataset folders"},
	} {
		_, err := NewServer(quietLog, c.dirs...)
		if err == nil || !strings.Contains(err.Error(), c.msg) || !errors.Is(err, ErrInvalid) {
			t.Errorf("%v: %v, want an error containing %q", c.dirs, err, c.msg)
		}
	}
}

// hostile serves the dataset of s, except the files bad says otherwise for.
func hostile(s *Server, bad map[string]http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h, ok := bad[r.URL.Path]; ok {
			h(w, r)
			return
		}
		if s == nil {
			http.NotFound(w, r)
			return
		}
		s.ServeHTTP(w, r)
	})
}

// endless writes garbage without a length until the client goes away, and records
// how much it got out.
func endless(sent *atomic.Int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		buf := bytes.Repeat([]byte{'{'}, 32<<10)
		for r.Context().Err() == nil {
			n, err := w.Write(buf)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}
}

// announcing announces n bytes and sends none, waiting for the client to give up.
func announcing(n int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(n))
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}
}

// TestFetchSkipsBadMirror: the first mirror serves a chunk in the place of another, a
// flipped one, an oversized one
// (announced), an endless one (no length), a zstd bomb and a short one; the second
// serves them right. The fetch takes each of those from the second mirror, every other
// chunk from the first, records each rejection with its reason, and ends with the
// dataset. Against the bad mirror alone, the fetch fails naming the chunk and why.
func TestFetchSkipsBadMirror(t *testing.T) {
	src, m := servedFixture(t)
	s := newServer(t, src)
	tok := m.Arrays[m.Index("tokens")]
	path := func(c int) string { return ChunkURLPath(m.Root, tok.Chunks[c]) }
	good := func(c int) []byte { b, _ := os.ReadFile(ChunkPath(src, tok.Chunks[c])); return b }
	swapped := good(3) // a valid chunk file, of another chunk
	flipped := good(1) // a changed byte: zstd's checksum fails
	flipped[len(flipped)/2] ^= 0x40
	enc, _ := zstd.NewWriter(nil)
	bomb := enc.EncodeAll(bytes.Repeat([]byte{1}, 64<<20), nil) // 64 MiB of ones in a few KiB
	var sent atomic.Int64
	bad := serveMirror(t, hostile(s, map[string]http.HandlerFunc{
		path(1): func(w http.ResponseWriter, _ *http.Request) { w.Write(swapped) },
		path(2): func(w http.ResponseWriter, _ *http.Request) { w.Write(flipped) },
		path(3): announcing(1 << 40),
		path(4): func(w http.ResponseWriter, _ *http.Request) { w.Write(bomb) },
		path(5): endless(&sent), // the last chunk: 100 bytes of data
		ChunkURLPath(m.Root, m.Arrays[0].Chunks[0]): func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Length", "100")
			w.Write([]byte("short"))
		},
	}))
	honest := serveMirror(t, s)

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	dst := t.TempDir()
	st, err := Fetch(context.Background(), nil, []string{bad.URL, honest.URL}, m.Root, dst, fastFetch)
	if err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	verified(t, dst, m.Root)
	if got := after.TotalAlloc - before.TotalAlloc; got > 256<<20 {
		t.Errorf("the fetch allocated %d MiB: a bound did not hold", got>>20)
	}
	if n := sent.Load(); n > 64<<20 {
		t.Errorf("the endless chunk got %d MiB out before the fetcher stopped reading", n>>20)
	}
	want := map[string]string{ // the reason each rejection gives
		path(1): "chunk hashes to",
		path(2): "zstd: CRC check failed",
		path(3): "1099511627776 bytes announced, the limit is",
		path(4): "zstd",
		path(5): fmt.Sprintf("more than %d bytes sent", chunkFileLimit(100)),
		ChunkURLPath(m.Root, m.Arrays[0].Chunks[0]): "body",
	}
	if len(st.Rejected) != len(want) {
		t.Errorf("%d rejections, want %d: %v", len(st.Rejected), len(want), st.Rejected)
	}
	for _, r := range st.Rejected {
		p := strings.TrimPrefix(r.URL, bad.URL)
		if msg, ok := want[p]; !ok || !strings.Contains(r.Err.Error(), msg) {
			t.Errorf("rejected %s: %v; want a reason containing %q", r.URL, r.Err, msg)
		}
	}
	for _, a := range distinct(m) {
		p := ChunkURLPath(m.Root, a)
		_, skipped := want[p]
		if skipped && honest.count(p) == 0 || !skipped && honest.count(p) != 0 {
			t.Errorf("chunk %s: %d requests to the honest mirror (skipped by the bad one: %v)", p, honest.count(p), skipped)
		}
	}
	if st.ChunksWritten != 7 || st.ManifestFrom != bad.URL {
		t.Errorf("stats %+v", st)
	}

	// A mirror whose only fault is the swapped chunk, alone: the fetch fails naming
	// the chunk, the mirror's URL of it and the mismatch; the other chunks are kept.
	swappedOnly := serveMirror(t, hostile(s, map[string]http.HandlerFunc{path(1): func(w http.ResponseWriter, _ *http.Request) { w.Write(swapped) }}))
	st, err = Fetch(context.Background(), nil, []string{swappedOnly.URL}, m.Root, t.TempDir(), FetchOptions{Backoff: time.Millisecond, Workers: 1, Log: quietLog})
	var fe *FetchError
	if !errors.As(err, &fe) || !errors.Is(err, ErrFetch) || !errors.Is(err, ErrCorrupt) || fe.What != fmt.Sprintf(`array "tokens" chunk 1 of 6 (%x)`, tok.Chunks[1]) ||
		!strings.Contains(err.Error(), swappedOnly.URL+path(1)+": dataset: corrupt: chunk hashes to") {
		t.Fatalf("bad mirror alone: %v", err)
	}
	if swappedOnly.count(path(1)) != 1 || st.ChunksWritten != 2 {
		t.Errorf("a corrupt chunk asked for %d times (want once: the answer is final); %+v", swappedOnly.count(path(1)), st)
	}
}

// TestFetchManifestBounds: a mirror announcing a huge manifest is refused before its
// body is read; one streaming an endless manifest is cut at the limit; one serving
// another dataset's manifest under this root is refused as corrupt; allocation stays
// within a few limits.
func TestFetchManifestBounds(t *testing.T) {
	src, m := servedFixture(t)
	other := t.TempDir()
	if _, err := Add(context.Background(), other, []string{filepath.Join("testdata", "small", "x.npy")}, Options{}); err != nil {
		t.Fatal(err)
	}
	otherManifest, _ := os.ReadFile(filepath.Join(other, ManifestFile))
	mp := ManifestURLPath(m.Root)
	var sent atomic.Int64
	huge := serveMirror(t, hostile(nil, map[string]http.HandlerFunc{mp: announcing(1 << 40)}))
	stream := serveMirror(t, hostile(nil, map[string]http.HandlerFunc{mp: endless(&sent)}))
	wrong := serveMirror(t, hostile(nil, map[string]http.HandlerFunc{mp: func(w http.ResponseWriter, _ *http.Request) { w.Write(otherManifest) }}))
	opts := fastFetch
	opts.MaxManifestBytes = 64 << 10

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Fetch(context.Background(), nil, []string{huge.URL, stream.URL, wrong.URL}, m.Root, t.TempDir(), opts)
	runtime.ReadMemStats(&after)
	var fe *FetchError
	if !errors.As(err, &fe) || len(fe.Mirrors) != 3 || !errors.Is(fe.Mirrors[0], ErrTooLarge) || !errors.Is(fe.Mirrors[1], ErrTooLarge) ||
		!errors.Is(fe.Mirrors[2], ErrCorrupt) || !strings.Contains(err.Error(), "manifest of dataset "+hex.EncodeToString(m.Root[:])) {
		t.Fatalf("hostile manifests: %v", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 8<<20 {
		t.Errorf("refusing the manifests allocated %d KiB", got>>10)
	}
	if n := sent.Load(); n > 32<<20 {
		t.Errorf("the endless manifest got %d MiB out", n>>20)
	}
	if huge.count(mp) != 1 || stream.count(mp) != 1 || wrong.count(mp) != 1 {
		t.Errorf("permanent refusals asked again: %d %d %d", huge.count(mp), stream.count(mp), wrong.count(mp))
	}

	// With an honest mirror last, the fetch goes through.
	honest := serveMirror(t, newServer(t, src))
	dst := t.TempDir()
	st, err := Fetch(context.Background(), nil, []string{huge.URL, stream.URL, wrong.URL, honest.URL}, m.Root, dst, opts)
	if err != nil || st.ManifestFrom != honest.URL || len(st.Rejected) != 3 {
		t.Fatalf("with an honest mirror: %v %+v", err, st)
	}
	verified(t, dst, m.Root)
}

// TestFetchResume: a fetch cancelled after 3 chunks leaves those chunks (each whole,
// no manifest, no temporary files); the next fetch asks only for the manifest and the
// chunks it lacks, and replaces a chunk file that went bad meanwhile.
func TestFetchResume(t *testing.T) {
	src, m := servedFixture(t)
	s := newServer(t, src)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var served atomic.Int32
	mir := serveMirror(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.ServeHTTP(w, r)
		if _, _, chunk, _ := ParseURLPath(r.URL.Path); chunk && served.Add(1) == 3 {
			cancel()
		}
	}))
	dst := t.TempDir()
	opts := fastFetch
	opts.Workers = 1
	st1, err := Fetch(ctx, nil, []string{mir.URL}, m.Root, dst, opts)
	if !errors.Is(err, context.Canceled) || st1.ChunksWritten < 2 || st1.ChunksWritten > 3 {
		t.Fatalf("cancelled fetch: %v %+v", err, st1)
	}
	if _, err := os.Stat(filepath.Join(dst, ManifestFile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a cancelled fetch wrote the manifest")
	}
	names, _ := os.ReadDir(filepath.Join(dst, ChunkDir))
	for _, n := range names {
		if atomicfile.IsTemp(n.Name()) {
			t.Errorf("temporary file left: %s", n.Name())
		}
	}
	if len(names) != st1.ChunksWritten {
		t.Errorf("%d chunk files for %d chunks written", len(names), st1.ChunksWritten)
	}

	// Damage one of the chunks already there: it is fetched again, not kept.
	damaged := filepath.Join(dst, ChunkDir, names[0].Name())
	os.WriteFile(damaged, []byte("garbage"), 0o644)
	before := mir.total()
	st2, err := Fetch(context.Background(), nil, []string{mir.URL}, m.Root, dst, opts)
	if err != nil {
		t.Fatal(err)
	}
	verified(t, dst, m.Root)
	missing := 7 - (st1.ChunksWritten - 1)
	if st2.ChunksKept != st1.ChunksWritten-1 || st2.ChunksWritten != missing || st2.Requests != 1+missing || mir.total()-before != 1+missing {
		t.Errorf("resumed: %+v (first run %+v); want %d chunks fetched, %d requests", st2, st1, missing, 1+missing)
	}
}

// TestFetchErrors: an unknown root, a folder holding another dataset, a bad mirror
// URL, and a dead mirror (dropped after a few refused connections, the next used).
func TestFetchErrors(t *testing.T) {
	src, m := servedFixture(t)
	mir := serveMirror(t, newServer(t, src))
	var unknown [32]byte
	unknown[0] = 1
	_, err := Fetch(context.Background(), nil, []string{mir.URL}, unknown, t.TempDir(), fastFetch)
	if !errors.Is(err, ErrNotServed) || !errors.Is(err, ErrFetch) || !strings.Contains(err.Error(), "manifest of dataset 0100") {
		t.Errorf("unknown root: %v", err)
	}
	if _, err := Fetch(context.Background(), nil, []string{mir.URL}, unknown, src, fastFetch); !errors.Is(err, ErrExists) {
		t.Errorf("folder of another dataset: %v", err)
	}
	for _, u := range []string{"ftp://x", "localhost:8090", "http://", "http://x/?q=1"} {
		if _, err := Fetch(context.Background(), nil, []string{u}, m.Root, t.TempDir(), fastFetch); !errors.Is(err, ErrInvalid) {
			t.Errorf("mirror %q: %v", u, err)
		}
	}
	if _, err := Fetch(context.Background(), nil, nil, m.Root, t.TempDir(), fastFetch); !errors.Is(err, ErrInvalid) {
		t.Errorf("no mirror: %v", err)
	}

	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	live := serveMirror(t, newServer(t, src))
	dst := t.TempDir()
	st, err := Fetch(context.Background(), nil, []string{deadURL, live.URL}, m.Root, dst, fastFetch)
	if err != nil {
		t.Fatal(err)
	}
	verified(t, dst, m.Root)
	if n := st.Requests - live.total(); n > maxMirrorFailures+DefaultFetchWorkers {
		t.Errorf("%d requests to a dead mirror", n)
	}
}

// FuzzParseURLPath: the path parser never panics, and accepts exactly the paths
// ManifestURLPath and ChunkURLPath write.
func FuzzParseURLPath(f *testing.F) {
	var r, a [32]byte
	r[0], a[31] = 0xab, 0x01
	f.Add(ManifestURLPath(r))
	f.Add(ChunkURLPath(r, a))
	f.Add(ChunkURLPath(r, a) + "/")
	f.Add(strings.ToUpper(ManifestURLPath(r)))
	f.Add("/datasets/../manifest.json")
	f.Add("")
	f.Fuzz(func(t *testing.T, p string) {
		root, addr, chunk, ok := ParseURLPath(p)
		if !ok {
			return
		}
		want := ManifestURLPath(root)
		if chunk {
			want = ChunkURLPath(root, addr)
		}
		if p != want {
			t.Fatalf("accepted %q, which writes as %q", p, want)
		}
	})
}
