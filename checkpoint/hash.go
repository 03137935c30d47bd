package checkpoint

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"runtime"
	"sync"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// FloatsPerLeaf is how many float32 values one 32-byte Merkle leaf holds.
const FloatsPerLeaf = 8

// HeaderHash returns SHA-256 of the tensor's canonical header (dtype u8, name length
// u16 LE, name, rank u8, dimensions u64 LE).
func HeaderHash(t *Tensor) [32]byte {
	return sha256.Sum256(appendHeader(make([]byte, 0, 4+len(t.Name)+8*len(t.Shape)), t))
}

// numLeaves is the leaf count of a tensor's data tree: one leaf per 8 values, and one
// zero leaf for an empty tensor.
func numLeaves(n int) int {
	return max(1, (n+FloatsPerLeaf-1)/FloatsPerLeaf)
}

// DataLeaf returns data leaf i of values: elements 8i..8i+7 little-endian, zero past the end.
func DataLeaf(values []float32, i int) [32]byte {
	var leaf [32]byte
	fillLeaf(values, i, &leaf)
	return leaf
}

func fillLeaf(values []float32, i int, dst *[32]byte) {
	lo := i * FloatsPerLeaf
	if lo+FloatsPerLeaf <= len(values) {
		v := values[lo : lo+FloatsPerLeaf]
		for k := range FloatsPerLeaf {
			binary.LittleEndian.PutUint32(dst[4*k:], math.Float32bits(v[k]))
		}
		return
	}
	*dst = [32]byte{}
	for k := 0; lo+k < len(values); k++ {
		binary.LittleEndian.PutUint32(dst[4*k:], math.Float32bits(values[lo+k]))
	}
}

// DataRoot returns the root of the Merkle tree over the values' leaves.
func DataRoot(values []float32) [32]byte {
	r, err := merkle.RootFunc(numLeaves(len(values)), func(i int, dst *[32]byte) { fillLeaf(values, i, dst) })
	if err != nil {
		panic(err) // unreachable: at least one leaf, and a slice cannot reach 2^62 leaves
	}
	return r
}

// TensorRoot returns SHA-256(0x02 || HeaderHash(t) || DataRoot(t.Data)).
func TensorRoot(t *Tensor) [32]byte {
	return merkle.Hash65(merkle.TensorPrefix, HeaderHash(t), DataRoot(t.Data))
}

// MetaHash returns SHA-256(0x03 || specHash || step u64 LE || dataCursor u64 LE ||
// SHA-256(RNG)): leaf 0 of the state tree.
func (s *State) MetaHash() [32]byte {
	rng := sha256.Sum256(s.RNG)
	b := make([]byte, 0, 1+32+8+8+32)
	b = append(b, merkle.MetaPrefix)
	b = append(b, s.SpecHash[:]...)
	b = binary.LittleEndian.AppendUint64(b, s.Step)
	b = binary.LittleEndian.AppendUint64(b, s.DataCursor)
	b = append(b, rng[:]...)
	return sha256.Sum256(b)
}

// Leaves returns the state tree's leaves: MetaHash, then every tensor root in order
// (tensor t is leaf t+1). Tensors are hashed concurrently; each large one is itself
// split over the cores (merkle.RootFunc), so the result never depends on GOMAXPROCS.
func (s *State) Leaves() [][32]byte {
	leaves := make([][32]byte, 1+len(s.Tensors))
	leaves[0] = s.MetaHash()
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range s.Tensors {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			leaves[i+1] = TensorRoot(&s.Tensors[i])
		})
	}
	wg.Wait()
	return leaves
}

// Hash returns the state root, the commitment to s. It is meaningful only for a state
// that passes Validate (the one a verifier can decode).
func (s *State) Hash() [32]byte {
	r, err := merkle.Root(s.Leaves())
	if err != nil {
		panic(err) // unreachable: the meta leaf is always there
	}
	return r
}
