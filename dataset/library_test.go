package dataset

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// TestLibrary: Add lands a dataset in its root's folder (again: unchanged), Roots
// lists the complete ones only, Open refuses a folder holding another root, and a
// library server serves a dataset added after it started, by root, and nothing else.
func TestLibrary(t *testing.T) {
	ctx := context.Background()
	lib := Library{Dir: filepath.Join(t.TempDir(), "lib")}
	if roots, err := lib.Roots(); err != nil || len(roots) != 0 {
		t.Fatalf("a library not made yet: %v %v", roots, err)
	}
	srv, err := NewLibraryServer(quietLog, lib)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()

	in := writeFile(t, t.TempDir(), "x.npy", npyFile(1, "<f4", false, []int{4, 3}, randomData(48, 1)))
	res, dir, err := lib.Add(ctx, []string{in}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := res.Manifest.Root
	if dir != lib.Path(root) || !lib.Has(root) || res.Unchanged {
		t.Fatalf("added into %s (has %v, unchanged %v)", dir, lib.Has(root), res.Unchanged)
	}
	if res, _, err := lib.Add(ctx, []string{in}, Options{}); err != nil || !res.Unchanged {
		t.Fatalf("added again: %v", err)
	}
	d := mustNew(t, Array{Header: Header{Name: "y", DType: Uint8, Shape: []int{3}}, Data: []byte{1, 2, 3}})
	if _, err := lib.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	// a fetch that stopped: chunks, no manifest
	if err := os.MkdirAll(filepath.Join(lib.Path([32]byte{9}), ChunkDir), 0o755); err != nil {
		t.Fatal(err)
	}
	roots, err := lib.Roots()
	if err != nil || len(roots) != 2 {
		t.Fatalf("roots %x, %v: want the two complete datasets", roots, err)
	}
	if _, err := lib.Open([32]byte{9}); !errors.Is(err, ErrNotInLibrary) {
		t.Fatalf("open of a partial fetch: %v", err)
	}
	// a folder renamed by hand to another root
	if err := os.Rename(lib.Path(d.Root()), lib.Path([32]byte{7})); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Open([32]byte{7}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("open of a folder holding another root: %v", err)
	}
	for path, want := range map[string]int{
		ManifestURLPath(root):        200, // added after the server started
		ManifestURLPath([32]byte{7}): 404, // holds another root
		ManifestURLPath([32]byte{9}): 404, // incomplete
		ManifestURLPath(d.Root()):    404, // moved away
		"/datasets/../lib/x":         404,
	} {
		resp, err := http.Get(hs.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
	// a fetch into another library, then nothing asked again
	other := Library{Dir: t.TempDir()}
	st, err := other.Fetch(ctx, nil, []string{hs.URL}, root, fastFetch)
	if err != nil || st.ChunksWritten != 1 {
		t.Fatalf("fetch: %+v %v", st, err)
	}
	hs.Close()
	if _, err := other.Fetch(ctx, nil, []string{hs.URL}, root, fastFetch); err != nil {
		t.Fatalf("a held dataset fetched again: %v", err)
	}
}

// TestCheckMirror: a mirror is an absolute http(s) base URL with a host and nothing a
// path could not be appended to.
func TestCheckMirror(t *testing.T) {
	for u, ok := range map[string]bool{
		"http://127.0.0.1:8090": true, "https://mirror.example/data/": true,
		"https://h/?x": false, "https://h/#f": false, "ftp://h/": false, "/data": false, "http://": false, "": false,
	} {
		if err := CheckMirror(u); (err == nil) != ok || (err != nil && !errors.Is(err, ErrInvalid)) {
			t.Errorf("CheckMirror(%q) = %v, want ok %v", u, err, ok)
		}
	}
}
