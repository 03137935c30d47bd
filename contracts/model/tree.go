package model

import (
	"fmt"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// Tree is a Merkle tree of the checkpoint scheme with every level kept, so that a
// party can answer any frontier or proof request of a descent. Leaves past Len are
// zero leaves.
type Tree struct {
	leaves [][32]byte   // raw leaves, len n
	levels [][][32]byte // levels[0] = leaf hashes (padded), levels[d] = {root}
}

// NewTree builds the tree over leaves (at least one).
func NewTree(leaves [][32]byte) *Tree {
	if len(leaves) == 0 {
		leaves = [][32]byte{{}}
	}
	d := merkle.Depth(len(leaves))
	t := &Tree{leaves: leaves, levels: make([][][32]byte, d+1)}
	lvl := make([][32]byte, 1<<d)
	zero := merkle.LeafHash([32]byte{})
	for i := range lvl {
		if i < len(leaves) {
			lvl[i] = merkle.LeafHash(leaves[i])
		} else {
			lvl[i] = zero
		}
	}
	t.levels[0] = lvl
	for h := 1; h <= d; h++ {
		prev := t.levels[h-1]
		cur := make([][32]byte, len(prev)/2)
		for i := range cur {
			cur[i] = merkle.NodeHash(prev[2*i], prev[2*i+1])
		}
		t.levels[h] = cur
	}
	return t
}

// Leaves are the real leaves (not a copy).
func (t *Tree) Leaves() [][32]byte { return t.leaves }

// Depth is the tree's depth (0 for one leaf).
func (t *Tree) Depth() int { return len(t.levels) - 1 }

// Len is the number of real leaves.
func (t *Tree) Len() int { return len(t.leaves) }

// Root is the tree's root.
func (t *Tree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Leaf returns raw leaf i (zero past Len).
func (t *Tree) Leaf(i uint64) [32]byte {
	if i < uint64(len(t.leaves)) {
		return t.leaves[i]
	}
	return [32]byte{}
}

// Node returns the node at height h (0 = leaf hash) and index i.
func (t *Tree) Node(h int, i uint64) [32]byte { return t.levels[h][i] }

// Prove returns leaf i's bottom-up sibling path.
func (t *Tree) Prove(i uint64) [][32]byte {
	p := make([][32]byte, t.Depth())
	for h := range p {
		p[h] = t.levels[h][(i>>h)^1]
	}
	return p
}

// Frontier returns the 2^w nodes w levels below the subtree at height rem and index
// idx; at the bottom (w == rem) they are raw leaves, as a reveal sends them.
func (t *Tree) Frontier(idx uint64, rem, w int) [][32]byte {
	return frontier(t.Leaf, func(h int, i uint64) [32]byte { return t.levels[h][i] }, idx, rem, w)
}

// frontier is Frontier over any tree given its raw leaves and its nodes by height.
func frontier(leaf func(uint64) [32]byte, node func(h int, i uint64) [32]byte, idx uint64, rem, w int) [][32]byte {
	out := make([][32]byte, 1<<w)
	base := idx << w
	for k := range out {
		if w == rem {
			out[k] = leaf(base + uint64(k))
		} else {
			out[k] = node(rem-w, base+uint64(k))
		}
	}
	return out
}

// FrontierRoot is the contract's PinpointTree.frontierRoot.
func FrontierRoot(frontier [][32]byte, leaves bool) ([32]byte, error) {
	n := len(frontier)
	if n == 0 || n&(n-1) != 0 {
		return [32]byte{}, fmt.Errorf("frontier of %d nodes: %w", n, ErrBadFrontier)
	}
	lvl := make([][32]byte, n)
	for i, f := range frontier {
		if leaves {
			lvl[i] = merkle.LeafHash(f)
		} else {
			lvl[i] = f
		}
	}
	for n > 1 {
		n >>= 1
		for i := 0; i < n; i++ {
			lvl[i] = merkle.NodeHash(lvl[2*i], lvl[2*i+1])
		}
	}
	return lvl[0], nil
}

// RootOf is the contract's PinpointTree.rootOf: the root leaf at index implies with
// path; false when the index does not fit the path.
func RootOf(leaf [32]byte, index uint64, path [][32]byte) ([32]byte, bool) {
	if len(path) < 64 && index>>len(path) != 0 {
		return [32]byte{}, false
	}
	h := merkle.LeafHash(leaf)
	for i, s := range path {
		if (index>>i)&1 == 1 {
			h = merkle.NodeHash(s, h)
		} else {
			h = merkle.NodeHash(h, s)
		}
	}
	return h, true
}

// Depth is the contract's PinpointTree.depth: ceil(log2 n), 0 for n <= 1.
func Depth(n uint64) int {
	d := 0
	for uint64(1)<<d < n {
		d++
	}
	return d
}

// SubtreeRoot is the contract's PinpointTree.subtreeRoot: the root len(path) levels
// above node, node being child q at that depth (leaf-hashed first when leaf).
func SubtreeRoot(node [32]byte, q uint64, path [][32]byte, leaf bool) [32]byte {
	h := node
	if leaf {
		h = merkle.LeafHash(node)
	}
	for i, s := range path {
		if (q>>i)&1 == 1 {
			h = merkle.NodeHash(s, h)
		} else {
			h = merkle.NodeHash(h, s)
		}
	}
	return h
}

// FrontierPath returns the siblings of frontier[q] up to the frontier's root.
func FrontierPath(frontier [][32]byte, q uint64, leaves bool) [][32]byte {
	lvl := make([][32]byte, len(frontier))
	for i, f := range frontier {
		if leaves {
			lvl[i] = merkle.LeafHash(f)
		} else {
			lvl[i] = f
		}
	}
	var path [][32]byte
	for len(lvl) > 1 {
		path = append(path, lvl[q^1])
		next := make([][32]byte, len(lvl)/2)
		for i := range next {
			next[i] = merkle.NodeHash(lvl[2*i], lvl[2*i+1])
		}
		lvl, q = next, q/2
	}
	return path
}
