package merkle

import (
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
)

// Sentinel errors.
var (
	ErrEmpty = errors.New("merkle: tree has no leaves")
	ErrIndex = errors.New("merkle: leaf index out of range")
	ErrProof = errors.New("merkle: malformed proof")
)

// MaxDepth is the deepest tree this package builds or accepts a proof for.
const MaxDepth = 62

// Proof is the sibling hashes from the leaf's level up to the root's children.
type Proof [][32]byte

// LeafFunc writes leaf i (0 <= i < n) into dst. It may be called from several goroutines
// at once, for different i.
type LeafFunc func(i int, dst *[32]byte)

var zeroHashes = func() (z [MaxDepth + 1][32]byte) {
	z[0] = LeafHash([32]byte{})
	for l := 1; l <= MaxDepth; l++ {
		z[l] = NodeHash(z[l-1], z[l-1])
	}
	return z
}()

// ZeroHash returns the root of a subtree of 2^height zero leaves.
func ZeroHash(height int) [32]byte {
	if height < 0 || height > MaxDepth {
		panic(fmt.Sprintf("merkle: ZeroHash height %d out of range", height))
	}
	return zeroHashes[height]
}

// Depth returns the depth of a tree over n >= 1 leaves: log2 of n rounded up to a power
// of two (0 for a single leaf).
func Depth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// Builder computes a root from subtree roots fed left to right with O(depth) memory.
// Its zero value takes leaf hashes; see NewBuilder for items of greater height.
type Builder struct {
	base  int
	n     uint64
	stack [MaxDepth + 1][32]byte
}

// NewBuilder returns a Builder whose items are roots of subtrees of 2^height leaves
// (height 0: leaf hashes).
func NewBuilder(height int) *Builder {
	if height < 0 || height > MaxDepth {
		panic(fmt.Sprintf("merkle: NewBuilder height %d out of range", height))
	}
	return &Builder{base: height}
}

// Len returns the number of items added.
func (b *Builder) Len() uint64 { return b.n }

// AddLeaf hashes leaf as a leaf and adds it (only for a height-0 Builder).
func (b *Builder) AddLeaf(leaf *[32]byte) {
	var h [32]byte
	hashLeaf(&h, leaf)
	b.Add(&h)
}

// Add appends one item: a leaf hash, or a subtree root of the Builder's height.
func (b *Builder) Add(h *[32]byte) {
	cur := *h
	j := 0
	for b.n>>j&1 == 1 {
		hash65(&cur, NodePrefix, &b.stack[j], &cur)
		j++
	}
	b.stack[j] = cur
	b.n++
}

// Root returns the root over the items added, padded with zero subtrees to the next
// power of two.
func (b *Builder) Root() ([32]byte, error) {
	if b.n == 0 {
		return [32]byte{}, ErrEmpty
	}
	return b.RootHeight(bits.Len64(b.n - 1))
}

// RootHeight returns the root of the subtree of 2^height items whose first Len() items
// were added and the rest are zero subtrees.
func (b *Builder) RootHeight(height int) ([32]byte, error) {
	if b.n == 0 {
		return [32]byte{}, ErrEmpty
	}
	if height < 0 || b.base+height > MaxDepth || b.n > 1<<uint(height) {
		return [32]byte{}, fmt.Errorf("%w: %d items do not fit height %d", ErrIndex, b.n, height)
	}
	// Walk up from the first empty position: at level l, a set bit l of n means a full
	// left sibling waits on the stack; the side holding position n is cur, or all zeros.
	var cur [32]byte
	have := false
	for l := 0; l < height; l++ {
		if b.n>>l&1 == 1 {
			if !have {
				cur = zeroHashes[b.base+l]
			}
			hash65(&cur, NodePrefix, &b.stack[l], &cur)
			have = true
		} else if have {
			hash65(&cur, NodePrefix, &cur, &zeroHashes[b.base+l])
		}
	}
	if !have {
		return b.stack[height], nil // n == 2^height
	}
	return cur, nil
}

// Root returns the root of the tree over leaves (each hashed as a leaf).
func Root(leaves [][32]byte) ([32]byte, error) {
	return RootFunc(len(leaves), func(i int, dst *[32]byte) { *dst = leaves[i] })
}

// RootFunc returns the root of the tree over n leaves produced by leaf. Large trees are
// hashed on all cores, split at power-of-two subtree boundaries: the root is a function
// of the leaves alone, never of the number of workers.
func RootFunc(n int, leaf LeafFunc) ([32]byte, error) {
	if n <= 0 {
		return [32]byte{}, ErrEmpty
	}
	d := Depth(n)
	if d > MaxDepth {
		return [32]byte{}, fmt.Errorf("%w: %d leaves", ErrIndex, n)
	}
	return subtreeRoot(0, d, n, leaf, runtime.GOMAXPROCS(0)), nil
}

// chunkHeight sets the unit of parallel work: 2^10 leaves (32 KiB of leaf data).
const chunkHeight = 10

// subtreeRoot returns the root of the subtree of height h whose first leaf is lo
// (a multiple of 2^h); leaves at n and beyond are zero.
func subtreeRoot(lo, h, n int, leaf LeafFunc, workers int) [32]byte {
	if lo >= n {
		return zeroHashes[h]
	}
	m := min(1<<uint(h), n-lo)
	if h <= chunkHeight || m <= 1<<chunkHeight {
		return seqRoot(lo, m, h, leaf)
	}
	workers = max(workers, 1)
	chunks := (m + 1<<chunkHeight - 1) >> chunkHeight
	roots := make([][32]byte, chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, chunks) {
		wg.Go(func() {
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				start := lo + c<<chunkHeight
				roots[c] = seqRoot(start, min(1<<chunkHeight, n-start), chunkHeight, leaf)
			}
		})
	}
	wg.Wait()
	b := Builder{base: chunkHeight}
	for i := range roots {
		b.Add(&roots[i])
	}
	r, err := b.RootHeight(h - chunkHeight)
	if err != nil {
		panic(err) // unreachable: chunks <= 2^(h-chunkHeight) by construction
	}
	return r
}

// seqRoot hashes leaves lo..lo+m-1 into a subtree of height h on this goroutine. It
// works level by level so that hashes come in independent pairs (hashLeaf2, hashNode2).
func seqRoot(lo, m, h int, leaf LeafFunc) [32]byte {
	if m > 1<<chunkHeight {
		panic("merkle: seqRoot chunk too large") // unreachable: callers split larger ranges
	}
	var scratch [2][32]byte
	level := make([][32]byte, m)
	i := 0
	for ; i+2 <= m; i += 2 {
		leaf(lo+i, &scratch[0])
		leaf(lo+i+1, &scratch[1])
		hashLeaf2(&level[i], &level[i+1], &scratch[0], &scratch[1])
	}
	if i < m {
		leaf(lo+i, &scratch[0])
		hashLeaf(&level[i], &scratch[0])
	}
	for l := 0; l < h; l++ {
		n := len(level)
		if n == 1 {
			// Only zero subtrees remain to the right: fold them in.
			r := level[0]
			for ; l < h; l++ {
				hash65(&r, NodePrefix, &r, &zeroHashes[l])
			}
			return r
		}
		half := n / 2
		j := 0
		for ; j+2 <= half; j += 2 {
			hashNode2(&level[j], &level[j+1], &level[2*j], &level[2*j+1], &level[2*j+2], &level[2*j+3])
		}
		if j < half {
			hash65(&level[j], NodePrefix, &level[2*j], &level[2*j+1])
			j++
		}
		if n%2 == 1 {
			hash65(&level[j], NodePrefix, &level[n-1], &zeroHashes[l])
			j++
		}
		level = level[:j]
	}
	return level[0]
}

// Prove returns the inclusion proof of leaf i in the tree over leaves.
func Prove(leaves [][32]byte, i int) (Proof, error) {
	return ProveFunc(len(leaves), func(j int, dst *[32]byte) { *dst = leaves[j] }, i)
}

// ProveFunc returns the inclusion proof of leaf i in the tree over n leaves produced by
// leaf. It hashes each leaf once (siblings are disjoint subtrees).
func ProveFunc(n int, leaf LeafFunc, i int) (Proof, error) {
	if n <= 0 {
		return nil, ErrEmpty
	}
	if i < 0 || i >= n {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrIndex, i, n)
	}
	d := Depth(n)
	if d > MaxDepth {
		return nil, fmt.Errorf("%w: %d leaves", ErrIndex, n)
	}
	workers := runtime.GOMAXPROCS(0)
	p := make(Proof, d)
	for l := range d {
		sib := (i >> uint(l)) ^ 1
		p[l] = subtreeRoot(sib<<uint(l), l, n, leaf, workers)
	}
	return p, nil
}

// RootFromProof recomputes the root from a leaf, its index and its proof. The depth is
// len(proof); index must be below 2^depth.
func RootFromProof(leaf [32]byte, index uint64, proof Proof) ([32]byte, error) {
	if len(proof) > MaxDepth {
		return [32]byte{}, fmt.Errorf("%w: depth %d exceeds %d", ErrProof, len(proof), MaxDepth)
	}
	if index>>uint(len(proof)) != 0 {
		return [32]byte{}, fmt.Errorf("%w: leaf %d in a tree of depth %d", ErrIndex, index, len(proof))
	}
	var h [32]byte
	hashLeaf(&h, &leaf)
	for l := range proof {
		if index>>uint(l)&1 == 1 {
			hash65(&h, NodePrefix, &proof[l], &h)
		} else {
			hash65(&h, NodePrefix, &h, &proof[l])
		}
	}
	return h, nil
}

// Verify reports whether proof shows leaf at index under root.
func Verify(root, leaf [32]byte, index uint64, proof Proof) bool {
	h, err := RootFromProof(leaf, index, proof)
	return err == nil && h == root
}
