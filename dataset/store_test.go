package dataset

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// listDir returns the names under dir, recursively, with sizes and contents hashed by
// the test's own comparison (names and bytes).
func listDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(dir, p)
			out[rel] = b
		}
		return nil
	})
	return out
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !bytes.Equal(b[k], v) {
			return false
		}
	}
	return true
}

// inputs writes a few input files of every format and returns their paths.
func inputs(t *testing.T) []string {
	t.Helper()
	in := t.TempDir()
	return []string{
		writeFile(t, in, "train.bin", randomData(2*ChunkBytes+6, 1)), // uint16 tokens, three chunks
		writeFile(t, in, "x.npy", npyFile(1, "<f4", false, []int{10, 3}, randomData(120, 2))),
		writeFile(t, in, "w.safetensors.gz", gz(stFile(nil, stTensor{"w1", Float32, []int{2, 2}, randomData(16, 3)}, stTensor{"b1", Int64, []int{2}, randomData(16, 4)}))),
		writeFile(t, in, "labels-idx1-ubyte", idxFile(Uint8, []int{5}, []byte{1, 2, 3, 4, 5})),
		writeFile(t, in, "zeros.npy", npyFile(1, "|u1", false, []int{ChunkBytes + 1}, make([]byte, ChunkBytes+1))),
	}
}

// TestAddIdempotentAndVerified: Add writes a folder that Open and Verify accept with the
// in-memory root; a second Add of the same inputs (in another order) changes no byte; a
// different dataset is refused and leaves the folder as it was.
func TestAddIdempotentAndVerified(t *testing.T) {
	ctx := context.Background()
	paths := inputs(t)
	dir := filepath.Join(t.TempDir(), "ds")
	res, err := Add(ctx, dir, paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged || res.Stats.ChunksWritten == 0 || len(res.Manifest.Arrays) != 6 {
		t.Fatalf("first add: %+v", res)
	}
	var arrays []Array
	for _, p := range paths {
		a, err := DecodeFile(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		arrays = append(arrays, a...)
	}
	if want := mustNew(t, arrays...).Root(); res.Manifest.Root != want {
		t.Fatalf("Add root %x, New root %x", res.Manifest.Root, want)
	}
	before := listDir(t, dir)
	rev := slices.Clone(paths)
	slices.Reverse(rev)
	res2, err := Add(ctx, dir, rev, Options{})
	if err != nil || !res2.Unchanged || res2.Manifest.Root != res.Manifest.Root || res2.Stats.ChunksWritten != 0 {
		t.Fatalf("second add: %+v %v", res2, err)
	}
	if !sameFiles(before, listDir(t, dir)) {
		t.Fatal("a second add changed the folder")
	}
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(ctx); err != nil || d.Manifest.Root != res.Manifest.Root {
		t.Fatalf("verify: %v", err)
	}
	loaded, err := d.Load()
	if err != nil || loaded.Root() != res.Manifest.Root {
		t.Fatalf("load: %v", err)
	}
	for i, a := range loaded.Arrays {
		if !bytes.Equal(a.Data, mustNew(t, arrays...).Arrays[i].Data) {
			t.Fatalf("array %s read back differs", a.Name)
		}
	}
	if n, err := d.DiskBytes(); err != nil || n != res.Stats.DiskBytes {
		t.Fatalf("disk bytes %d %v, add said %d", n, err, res.Stats.DiskBytes)
	}
	// Another dataset into the same folder: refused, nothing left behind.
	other := writeFile(t, t.TempDir(), "o.npy", npyFile(1, "<i4", false, []int{3}, randomData(12, 7)))
	if _, err := Add(ctx, dir, []string{other}, Options{}); !errors.Is(err, ErrExists) {
		t.Fatalf("add of another dataset: %v, want ErrExists", err)
	}
	if !sameFiles(before, listDir(t, dir)) {
		t.Fatal("a refused add changed the folder")
	}
	// Dataset.Write of the same dataset is the same folder.
	dir2 := t.TempDir()
	if _, err := mustNew(t, arrays...).Write(ctx, dir2); err != nil {
		t.Fatal(err)
	}
	if !sameFiles(before, listDir(t, dir2)) {
		t.Fatal("Dataset.Write and Add wrote different folders")
	}
}

// TestAddFailureLeavesNothing: a bad input (first or last) or a canceled context fails
// the add, naming the file, and removes the chunk files already written; a repeated
// name is refused.
func TestAddFailureLeavesNothing(t *testing.T) {
	paths := inputs(t)
	bad := writeFile(t, t.TempDir(), "bad.npy", npyFile(1, ">f4", false, []int{2}, make([]byte, 8)))
	dir := t.TempDir()
	// First: before any chunk (the workers must still wind down); then after several.
	if _, err := Add(context.Background(), dir, []string{bad}, Options{}); !errors.Is(err, ErrUnsupported) {
		t.Fatalf("bad first file: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Add(ctx, dir, paths, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled add: %v", err)
	}
	_, err := Add(context.Background(), dir, append(paths, bad), Options{})
	var de *DecodeError
	if !errors.As(err, &de) || de.File != bad || !errors.Is(err, ErrUnsupported) {
		t.Fatalf("got %v, want a decode error naming %s", err, bad)
	}
	if files := listDir(t, dir); len(files) != 0 {
		t.Fatalf("failed add left %d files", len(files))
	}
	again := writeFile(t, t.TempDir(), "x.npy", npyFile(1, "<f4", false, []int{1}, make([]byte, 4)))
	_, err = Add(context.Background(), dir, append(paths, again), Options{})
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), paths[1]) || !strings.Contains(err.Error(), again) {
		t.Fatalf("repeated name: %v", err)
	}
	if files := listDir(t, dir); len(files) != 0 {
		t.Fatalf("failed add left %d files", len(files))
	}
}

// TestVerifyNamesBadChunk: a flipped byte, a missing file, a non-canonical file or a
// stray trailing byte in a chunk is reported as that chunk; a changed manifest fails Open.
func TestVerifyNamesBadChunk(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	res, err := Add(ctx, dir, inputs(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Manifest.Index("train")
	path := ChunkPath(dir, res.Manifest.Arrays[a].Chunks[1])
	good, _ := os.ReadFile(path)
	for _, c := range []struct {
		name  string
		write func() error
	}{
		{"flipped", func() error { b := bytes.Clone(good); b[len(b)/2] ^= 1; return os.WriteFile(path, b, 0o644) }},
		{"missing", func() error { return os.Remove(path) }},
		{"garbage", func() error { return os.WriteFile(path, []byte("not zstd"), 0o644) }},
		{"too long", func() error {
			c, _ := codec()
			return os.WriteFile(path, c.enc.EncodeAll(append(randomData(ChunkBytes, 1), 1), nil), 0o644)
		}},
		{"wrong chunk", func() error {
			return os.WriteFile(path, mustRead(t, ChunkPath(dir, res.Manifest.Arrays[a].Chunks[0])), 0o644)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer os.WriteFile(path, good, 0o644)
			if err := c.write(); err != nil {
				t.Fatal(err)
			}
			d, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			err = d.Verify(ctx)
			var ce *ChunkError
			if !errors.As(err, &ce) || ce.Array != "train" || ce.Index != 1 || ce.Path != path || !errors.Is(err, ErrCorrupt) {
				t.Fatalf("got %v, want chunk 1 of train", err)
			}
		})
	}
	// The all-zero chunks of "zeros" are stored as empty frames; five zero bytes stored
	// instead decode to the same data but are not the canonical file.
	z := res.Manifest.Index("zeros")
	zpath := ChunkPath(dir, res.Manifest.Arrays[z].Chunks[0])
	c, _ := codec()
	os.WriteFile(zpath, c.enc.EncodeAll(make([]byte, 5), nil), 0o644)
	d, _ := Open(dir)
	if err := d.Verify(ctx); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "not canonical") || !strings.Contains(err.Error(), `"zeros" chunk 0 of 2`) {
		t.Fatalf("non-canonical chunk: %v", err)
	}
	os.WriteFile(zpath, c.enc.EncodeAll(nil, nil), 0o644)
	if err := d.Verify(ctx); err != nil {
		t.Fatal(err)
	}
	mpath := filepath.Join(dir, ManifestFile)
	m, _ := os.ReadFile(mpath)
	for _, edit := range []func([]byte) []byte{
		func(b []byte) []byte { return bytes.Replace(b, []byte(`"shape": [`), []byte(`"shape":[`), 1) }, // not canonical
		func(b []byte) []byte { return bytes.Replace(b, []byte(`"train"`), []byte(`"trains"`), 1) },     // root no longer follows
		func(b []byte) []byte { return b[:len(b)-2] },
	} {
		os.WriteFile(mpath, edit(bytes.Clone(m)), 0o644)
		if _, err := Open(dir); !errors.Is(err, ErrInvalid) {
			t.Errorf("edited manifest opened: %v", err)
		}
	}
	os.WriteFile(mpath, m, 0o644)
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
