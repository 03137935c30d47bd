package dataset

import (
	"fmt"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// Opening shows one 32-byte data leaf of one array under a dataset root: what a
// dispute over an input number opens. Header is carried whole (not only its hash) so
// that the verifier knows the element type, the shape and so the size of the data tree.
type Opening struct {
	Array    uint64       // the array's index in name order: leaf Array+1 of the dataset tree
	Header   Header       // the array's name, dtype and shape
	Leaf     uint64       // the data leaf's index: bytes 32·Leaf .. 32·Leaf+31 of the array
	Data     [32]byte     // the leaf, zero past the array's end
	DataPath merkle.Proof // from the leaf to the array's data root
	RootPath merkle.Proof // from the array root to the dataset root
}

// Verify checks that o shows its leaf under root: the header is valid, the leaf is one
// of the array's (not padding) and its bytes past the array's end are zero, the data
// path has the depth the shape implies, and the array root is leaf Array+1 under root.
func (o *Opening) Verify(root [32]byte) error {
	n, err := o.Header.Validate()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	leaves := numLeaves(n)
	if o.Leaf >= uint64(leaves) {
		return fmt.Errorf("%w: leaf %d of array %q, which has %d", ErrBadProof, o.Leaf, o.Header.Name, leaves)
	}
	if d := merkle.Depth(leaves); len(o.DataPath) != d {
		return fmt.Errorf("%w: data path of %d hashes, array %q has depth %d", ErrBadProof, len(o.DataPath), o.Header.Name, d)
	}
	if end := n - int64(o.Leaf)*LeafBytes; end < LeafBytes {
		for i := max(end, 0); i < LeafBytes; i++ {
			if o.Data[i] != 0 {
				return fmt.Errorf("%w: byte %d of the last leaf is past the array's end and not zero", ErrBadProof, i)
			}
		}
	}
	if o.Array >= MaxArrays {
		return fmt.Errorf("%w: array index %d", ErrBadProof, o.Array)
	}
	dataRoot, err := merkle.RootFromProof(o.Data, o.Leaf, o.DataPath)
	if err != nil {
		return fmt.Errorf("%w: data path: %w", ErrBadProof, err)
	}
	got, err := merkle.RootFromProof(ArrayRoot(&o.Header, dataRoot), o.Array+1, o.RootPath)
	if err != nil {
		return fmt.Errorf("%w: root path: %w", ErrBadProof, err)
	}
	if got != root {
		return fmt.Errorf("%w: the opening gives root %x, want %x", ErrBadProof, got, root)
	}
	return nil
}

// Element returns the bytes (little-endian) of element e (row-major index) from the
// opened leaf, or an error if e is not in the array or not in this leaf. It does not
// verify the opening: VerifyElement does both.
func (o *Opening) Element(e uint64) ([]byte, error) {
	n, err := o.Header.Validate()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	size := uint64(o.Header.DType.Size())
	if e >= uint64(n)/size {
		return nil, fmt.Errorf("%w: element %d of array %q, which has %d", ErrBadProof, e, o.Header.Name, uint64(n)/size)
	}
	off := e * size
	if off/LeafBytes != o.Leaf {
		return nil, fmt.Errorf("%w: element %d is in leaf %d, the opening is of leaf %d", ErrBadProof, e, off/LeafBytes, o.Leaf)
	}
	at := off % LeafBytes
	return append([]byte(nil), o.Data[at:at+size]...), nil
}

// VerifyElement checks o against root and returns the bytes of element e.
func VerifyElement(root [32]byte, o *Opening, e uint64) ([]byte, error) {
	if err := o.Verify(root); err != nil {
		return nil, err
	}
	return o.Element(e)
}

// chunkFunc returns chunk c of array a (checked).
type chunkFunc func(a, c int) ([]byte, error)

// open builds the opening of leaf of array a from the manifest and the one chunk that
// holds the leaf: a path inside the chunk, then one over the chunk addresses.
func open(m *Manifest, a int, leaf uint64, chunk chunkFunc) (*Opening, error) {
	if a < 0 || a >= len(m.Arrays) {
		return nil, fmt.Errorf("%w: array %d of %d", ErrInvalid, a, len(m.Arrays))
	}
	e := &m.Arrays[a]
	n := e.Bytes()
	leaves := numLeaves(n)
	if leaf >= uint64(leaves) {
		return nil, fmt.Errorf("%w: leaf %d of array %q, which has %d", ErrInvalid, leaf, e.Name, leaves)
	}
	o := &Opening{Array: uint64(a), Header: e.Header, Leaf: leaf}
	rootPath, err := merkle.Prove(rootLeaves(m.arrayRoots()), a+1)
	if err != nil {
		return nil, fmt.Errorf("dataset: open: %w", err)
	}
	o.RootPath = rootPath
	if len(e.Chunks) == 0 { // an empty array: its one zero leaf
		o.DataPath = merkle.Proof{}
		return o, nil
	}
	c := int(leaf >> ChunkHeight)
	data, err := chunk(a, c)
	if err != nil {
		return nil, err
	}
	in := int(leaf & (1<<ChunkHeight - 1))
	fill := func(i int, dst *[32]byte) { fillLeaf(data, i, dst) }
	fillLeaf(data, in, &o.Data)
	if len(e.Chunks) == 1 {
		if o.DataPath, err = merkle.ProveFunc(leaves, fill, in); err != nil {
			return nil, fmt.Errorf("dataset: open: %w", err)
		}
		return o, nil
	}
	if o.DataPath, err = merkle.ProveFunc(1<<ChunkHeight, fill, in); err != nil {
		return nil, fmt.Errorf("dataset: open: %w", err)
	}
	// Above the chunk: at level l the sibling is the subtree of 2^l chunks next to ours.
	for l := range merkle.Depth(leaves) - ChunkHeight {
		lo := ((c >> l) ^ 1) << l
		if lo >= len(e.Chunks) {
			o.DataPath = append(o.DataPath, merkle.ZeroHash(ChunkHeight+l))
			continue
		}
		b := merkle.NewBuilder(ChunkHeight)
		for k := lo; k < min(lo+1<<l, len(e.Chunks)); k++ {
			b.Add(&e.Chunks[k])
		}
		r, err := b.RootHeight(l)
		if err != nil {
			return nil, fmt.Errorf("dataset: open: %w", err)
		}
		o.DataPath = append(o.DataPath, r)
	}
	return o, nil
}

// elementLeaf returns the leaf of element e of array a.
func elementLeaf(m *Manifest, a int, e uint64) (uint64, error) {
	if a < 0 || a >= len(m.Arrays) {
		return 0, fmt.Errorf("%w: array %d of %d", ErrInvalid, a, len(m.Arrays))
	}
	h := &m.Arrays[a].Header
	if e >= uint64(h.NumElements()) || h.Bytes() == 0 {
		return 0, fmt.Errorf("%w: element %d of array %q, which has %d", ErrInvalid, e, h.Name, h.NumElements())
	}
	return e * uint64(h.DType.Size()) / LeafBytes, nil
}

// OpenLeaf returns the opening of data leaf leaf of array a.
func (d *Dataset) OpenLeaf(a int, leaf uint64) (*Opening, error) {
	return open(d.manifest, a, leaf, d.chunk)
}

// OpenElement returns the opening of the leaf holding element e of array a.
func (d *Dataset) OpenElement(a int, e uint64) (*Opening, error) {
	leaf, err := elementLeaf(d.manifest, a, e)
	if err != nil {
		return nil, err
	}
	return d.OpenLeaf(a, leaf)
}

// OpenLeaf returns the opening of data leaf leaf of array a, reading one chunk.
func (d *Dir) OpenLeaf(a int, leaf uint64) (*Opening, error) {
	return open(d.Manifest, a, leaf, d.Chunk)
}

// OpenElement returns the opening of the leaf holding element e of array a, reading
// one chunk.
func (d *Dir) OpenElement(a int, e uint64) (*Opening, error) {
	leaf, err := elementLeaf(d.Manifest, a, e)
	if err != nil {
		return nil, err
	}
	return d.OpenLeaf(a, leaf)
}
