package dataset

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// TestOpenings: every opened element verifies against the root and reads back its
// bytes; the data path is the one merkle.ProveFunc gives over the whole array (the
// chunk-wise prover agrees with the direct one), and a folder opens as memory does.
func TestOpenings(t *testing.T) {
	arrays := []Array{
		{Header{"empty", Float32, []int{0, 4}}, []byte{}},
		{Header{"scalar", Float64, []int{}}, randomData(8, 1)},
		{Header{"small", Uint16, []int{7, 3}}, randomData(42, 2)},
		{Header{"tokens", Uint32, []int{3*ChunkBytes/4 + 5}}, randomData(3*ChunkBytes+20, 3)}, // 4 chunks, the last partial
		{Header{"pixels", Uint8, []int{5*ChunkBytes + 1}}, randomData(5*ChunkBytes+1, 4)},     // 6 chunks: padding subtrees
	}
	ds := mustNew(t, arrays...)
	dir := t.TempDir()
	if _, err := ds.Write(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	fd, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	root := ds.Root()
	for a, arr := range ds.Arrays {
		n := uint64(arr.NumElements())
		size := uint64(arr.DType.Size())
		for _, e := range []uint64{0, 1, n / 3, n / 2, n - 2, n - 1, (1<<ChunkHeight)*LeafBytes/size - 1, (1 << ChunkHeight) * LeafBytes / size} {
			if e >= n {
				continue
			}
			o, err := ds.OpenElement(a, e)
			if err != nil {
				t.Fatalf("%s[%d]: %v", arr.Name, e, err)
			}
			got, err := VerifyElement(root, o, e)
			if err != nil || !bytes.Equal(got, arr.Data[e*size:(e+1)*size]) {
				t.Fatalf("%s[%d]: %x %v, want %x", arr.Name, e, got, err, arr.Data[e*size:(e+1)*size])
			}
			want, err := merkle.ProveFunc(numLeaves(int64(len(arr.Data))), func(i int, dst *[32]byte) { fillLeaf(arr.Data, i, dst) }, int(o.Leaf))
			if err != nil || len(want) != len(o.DataPath) {
				t.Fatalf("%s[%d]: path of %d, ProveFunc %d %v", arr.Name, e, len(o.DataPath), len(want), err)
			}
			for l := range want {
				if want[l] != o.DataPath[l] {
					t.Fatalf("%s[%d]: path level %d differs from ProveFunc", arr.Name, e, l)
				}
			}
			fo, err := fd.OpenElement(a, e)
			if err != nil || fo.Data != o.Data || fo.Leaf != o.Leaf || len(fo.DataPath) != len(o.DataPath) {
				t.Fatalf("%s[%d]: folder opening %+v %v", arr.Name, e, fo, err)
			}
		}
		if n == 0 {
			if o, err := ds.OpenLeaf(a, 0); err != nil || o.Verify(root) != nil {
				t.Fatalf("empty array's zero leaf: %v", err)
			}
			if _, err := ds.OpenElement(a, 0); !errors.Is(err, ErrInvalid) {
				t.Fatalf("element of an empty array: %v", err)
			}
		}
		if _, err := ds.OpenElement(a, n); !errors.Is(err, ErrInvalid) {
			t.Fatalf("%s: element %d past the end: %v", arr.Name, n, err)
		}
	}
}

// TestOpeningTampered: changing any part of an opening makes it fail: a byte of the
// leaf (the disputed number), a path hash, the index, the header, the root.
func TestOpeningTampered(t *testing.T) {
	ds := mustNew(t,
		Array{Header{"a", Uint8, []int{100}}, randomData(100, 1)},
		Array{Header{"b", Int16, []int{3*ChunkBytes/2 + 7}}, randomData(3*ChunkBytes+14, 2)},
	)
	root := ds.Root()
	b := ds.Index("b")
	e := uint64(3*ChunkBytes/2 + 6) // the last element: the last leaf is partial
	o, err := ds.OpenElement(b, e)
	if err != nil || o.Verify(root) != nil {
		t.Fatalf("honest opening: %v", err)
	}
	clone := func() *Opening {
		c := *o
		c.Header.Shape = append([]int{}, o.Header.Shape...)
		c.DataPath = append(merkle.Proof{}, o.DataPath...)
		c.RootPath = append(merkle.Proof{}, o.RootPath...)
		return &c
	}
	for name, tamper := range map[string]func(*Opening){
		"value byte":      func(c *Opening) { c.Data[(e*2)%32] ^= 1 },
		"padding byte":    func(c *Opening) { c.Data[31] = 1 },
		"data path":       func(c *Opening) { c.DataPath[3][0] ^= 1 },
		"upper data path": func(c *Opening) { c.DataPath[len(c.DataPath)-1][0] ^= 1 },
		"root path":       func(c *Opening) { c.RootPath[0][0] ^= 1 },
		"short path":      func(c *Opening) { c.DataPath = c.DataPath[1:] },
		"leaf index":      func(c *Opening) { c.Leaf-- },
		"leaf past end":   func(c *Opening) { c.Leaf += 1 << 20 },
		"array index":     func(c *Opening) { c.Array = 0 },
		"name":            func(c *Opening) { c.Header.Name = "c" },
		"dtype":           func(c *Opening) { c.Header.DType = Uint16 },
		"shape":           func(c *Opening) { c.Header.Shape = []int{c.Header.Shape[0] - 1} },
	} {
		c := clone()
		tamper(c)
		if err := c.Verify(root); !errors.Is(err, ErrBadProof) {
			t.Errorf("%s: %v, want ErrBadProof", name, err)
		}
	}
	if err := o.Verify(mustNew(t, ds.Arrays[0]).Root()); !errors.Is(err, ErrBadProof) {
		t.Errorf("another root: %v", err)
	}
	if _, err := VerifyElement(root, o, e-16); !errors.Is(err, ErrBadProof) {
		t.Errorf("element in another leaf: %v", err)
	}
	if _, err := o.Element(e + 1); !errors.Is(err, ErrBadProof) {
		t.Errorf("element past the end: %v", err)
	}
}
