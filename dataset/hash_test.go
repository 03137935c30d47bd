package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// naiveTree is the tree of doc.go written out level by level with crypto/sha256 alone.
func naiveTree(leaves [][32]byte) [32]byte {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	level := make([][32]byte, n)
	for i := range level {
		var l [32]byte
		if i < len(leaves) {
			l = leaves[i]
		}
		level[i] = sha256.Sum256(append([]byte{0}, l[:]...))
	}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = sha256.Sum256(append(append([]byte{1}, level[2*i][:]...), level[2*i+1][:]...))
		}
		level = next
	}
	return level[0]
}

// naiveRoot is the dataset root exactly as doc.go states it.
func naiveRoot(arrays []Array) [32]byte {
	meta := []byte{0x11}
	meta = binary.LittleEndian.AppendUint16(meta, 1)
	meta = binary.LittleEndian.AppendUint32(meta, uint32(len(arrays)))
	leaves := [][32]byte{sha256.Sum256(meta)}
	for _, a := range arrays {
		hdr := []byte{byte(a.DType)}
		hdr = binary.LittleEndian.AppendUint16(hdr, uint16(len(a.Name)))
		hdr = append(hdr, a.Name...)
		hdr = append(hdr, byte(len(a.Shape)))
		for _, d := range a.Shape {
			hdr = binary.LittleEndian.AppendUint64(hdr, uint64(d))
		}
		var data [][32]byte
		for i := 0; i == 0 || i < len(a.Data); i += 32 {
			var l [32]byte
			if i < len(a.Data) {
				copy(l[:], a.Data[i:])
			}
			data = append(data, l)
		}
		hh, dr := sha256.Sum256(hdr), naiveTree(data)
		leaves = append(leaves, sha256.Sum256(append(append([]byte{0x10}, hh[:]...), dr[:]...)))
	}
	return naiveTree(leaves)
}

// TestRootAsDocumented: the root is the one doc.go defines, for arrays of no, one, a
// partial and several chunks (the chunk-wise hashing changes nothing).
func TestRootAsDocumented(t *testing.T) {
	for _, arrays := range [][]Array{
		{{Header{"e", Uint8, []int{0}}, []byte{}}},
		{{Header{"s", Float64, []int{}}, randomData(8, 1)}},
		{{Header{"a", Uint16, []int{3, 5}}, randomData(30, 2)}, {Header{"b", Int64, []int{33}}, randomData(264, 3)}},
		{{Header{"one", Uint8, []int{ChunkBytes}}, randomData(ChunkBytes, 4)}},
		{{Header{"big", Uint8, []int{2*ChunkBytes + 33}}, randomData(2*ChunkBytes+33, 5)}, {Header{"z", Int32, []int{1}}, randomData(4, 6)}},
	} {
		if got, want := mustNew(t, arrays...).Root(), naiveRoot(arrays); got != want {
			t.Errorf("%v: root %x, doc.go gives %x", arrays[0].Header, got, want)
		}
	}
}

// TestCheckpointAgreement: a float32 array's data root and header are a checkpoint
// tensor's, while its array root differs from the tensor root (domain separation).
func TestCheckpointAgreement(t *testing.T) {
	vals := []float32{1, -2, float32(math.Inf(1)), math.Float32frombits(0x7fc00001), 0, 3.5, 7, 8, 9, 10, -0.0}
	data := make([]byte, 0, 4*len(vals))
	for _, v := range vals {
		data = binary.LittleEndian.AppendUint32(data, math.Float32bits(v))
	}
	tensor := checkpoint.Tensor{Name: "w", Shape: []int{11}, Data: vals}
	h := Header{Name: "w", DType: Float32, Shape: []int{11}}
	if DataRoot(data) != checkpoint.DataRoot(vals) {
		t.Fatal("float32 data root differs from checkpoint.DataRoot")
	}
	if h.HeaderHash() != checkpoint.HeaderHash(&tensor) {
		t.Fatal("float32 header hash differs from checkpoint.HeaderHash")
	}
	if ArrayRoot(&h, DataRoot(data)) == checkpoint.TensorRoot(&tensor) {
		t.Fatal("an array root equals a checkpoint tensor root")
	}
	for _, p := range []byte{merkle.LeafPrefix, merkle.NodePrefix, merkle.TensorPrefix, merkle.MetaPrefix, 0x04} {
		if p == ArrayPrefix || p == MetaPrefix {
			t.Fatalf("prefix %#x is also another scheme's", p)
		}
	}
}

// TestChunkAddress: a chunk's address is the subtree root of the data tree it covers.
func TestChunkAddress(t *testing.T) {
	data := randomData(3*ChunkBytes+100, 9)
	for c := range numChunks(int64(len(data))) {
		lo := c * ChunkBytes
		chunk := data[lo:min(len(data), lo+ChunkBytes)]
		want, err := merkle.RootFunc(1<<ChunkHeight, func(i int, dst *[32]byte) { fillLeaf(data, c<<ChunkHeight+i, dst) })
		if err != nil {
			t.Fatal(err)
		}
		if got := ChunkAddress(chunk); got != want {
			t.Errorf("chunk %d: address %x, subtree root %x", c, got, want)
		}
	}
}
