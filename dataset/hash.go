package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/veritrain/veritrain/checkpoint/merkle"
)

// Domain-separation prefixes of the dataset commitment. They differ from every prefix
// of package merkle (0x00 leaf, 0x01 node, 0x02 checkpoint tensor, 0x03 checkpoint meta)
// and from the contracts' step-data prefix 0x04, so that an array root or a dataset
// meta leaf can never be presented as a checkpoint's tensor root or meta leaf (or the
// other way round). 0x05..0x0f are left to the checkpoint and game schemes.
const (
	ArrayPrefix byte = 0x10 // array root: H(0x10 || header hash || data root)
	MetaPrefix  byte = 0x11 // meta leaf: H(0x11 || version u16 || array count u32)
)

// Version is the version of the canonical form, committed in the meta leaf.
const Version = 1

// Sizes of the data tree and of its storage chunks.
const (
	LeafBytes   = 32                       // bytes of one data leaf
	ChunkHeight = 15                       // a chunk is a subtree of 2^15 leaves
	ChunkBytes  = LeafBytes << ChunkHeight // 1 MiB of data per chunk
)

// numLeaves is the leaf count of an array's data tree: one leaf per 32 bytes, and one
// zero leaf for an empty array.
func numLeaves(nbytes int64) int {
	return int(max(1, (nbytes+LeafBytes-1)/LeafBytes))
}

// fillLeaf writes data leaf i of data into dst: bytes 32i..32i+31, zero past the end.
func fillLeaf(data []byte, i int, dst *[32]byte) {
	lo := i * LeafBytes
	if lo+LeafBytes <= len(data) {
		copy(dst[:], data[lo:])
		return
	}
	*dst = [32]byte{}
	if lo < len(data) {
		copy(dst[:], data[lo:])
	}
}

// DataLeaf returns data leaf i of data.
func DataLeaf(data []byte, i int) [32]byte {
	var l [32]byte
	fillLeaf(data, i, &l)
	return l
}

// DataRoot returns the root of the Merkle tree over data's 32-byte leaves. For float32
// data it equals checkpoint.DataRoot of the same values.
func DataRoot(data []byte) [32]byte {
	r, err := merkle.RootFunc(numLeaves(int64(len(data))), func(i int, dst *[32]byte) { fillLeaf(data, i, dst) })
	if err != nil {
		panic(err) // unreachable: at least one leaf, and MaxArrayBytes is far below 2^62 leaves
	}
	return r
}

// foldZeros lifts r, the root of a subtree of height from, to height to by hashing it
// with zero subtrees on its right: the root of the larger subtree whose leaves past r's
// are all zero leaves.
func foldZeros(r [32]byte, from, to int) [32]byte {
	for l := from; l < to; l++ {
		r = merkle.NodeHash(r, merkle.ZeroHash(l))
	}
	return r
}

// ChunkAddress returns the address of a chunk of at most ChunkBytes: the root of the
// data tree's subtree of 2^ChunkHeight leaves that the chunk covers, zero leaves past
// its end. It is a node of the data tree, so that a chunk is checked against the
// manifest on its own and an opening starts from the one chunk that holds the leaf.
func ChunkAddress(chunk []byte) [32]byte {
	if len(chunk) > ChunkBytes {
		panic(fmt.Sprintf("dataset: chunk of %d bytes exceeds %d", len(chunk), ChunkBytes))
	}
	return liftChunk(DataRoot(chunk), int64(len(chunk)))
}

// liftChunk returns the address of a chunk of nbytes whose own data root is root.
func liftChunk(root [32]byte, nbytes int64) [32]byte {
	return foldZeros(root, merkle.Depth(numLeaves(nbytes)), ChunkHeight)
}

// ArrayRoot returns H(0x10 || h.HeaderHash() || dataRoot): leaf a+1 of the dataset tree.
func ArrayRoot(h *Header, dataRoot [32]byte) [32]byte {
	return merkle.Hash65(ArrayPrefix, h.HeaderHash(), dataRoot)
}

// MetaLeaf returns H(0x11 || Version u16 LE || count u32 LE): leaf 0 of the dataset
// tree. It commits to the number of arrays, so no padding leaf passes for an array.
func MetaLeaf(count int) [32]byte {
	var m [7]byte
	m[0] = MetaPrefix
	binary.LittleEndian.PutUint16(m[1:], Version)
	binary.LittleEndian.PutUint32(m[3:], uint32(count))
	return sha256.Sum256(m[:])
}

// rootLeaves returns the dataset tree's leaves: the meta leaf, then the array roots.
func rootLeaves(arrayRoots [][32]byte) [][32]byte {
	leaves := make([][32]byte, 0, 1+len(arrayRoots))
	leaves = append(leaves, MetaLeaf(len(arrayRoots)))
	return append(leaves, arrayRoots...)
}

// rootOf returns the dataset root over the array roots (in name order).
func rootOf(arrayRoots [][32]byte) [32]byte {
	r, err := merkle.Root(rootLeaves(arrayRoots))
	if err != nil {
		panic(err) // unreachable: the meta leaf is always there
	}
	return r
}

// dataRootFromChunks returns the data root of an array of more than one chunk from its
// chunk addresses (subtrees of height ChunkHeight, in order).
func dataRootFromChunks(chunks [][32]byte) [32]byte {
	b := merkle.NewBuilder(ChunkHeight)
	for i := range chunks {
		b.Add(&chunks[i])
	}
	r, err := b.Root()
	if err != nil {
		panic(err) // unreachable: callers pass at least two chunks
	}
	return r
}

// numChunks is the number of storage chunks of nbytes of data.
func numChunks(nbytes int64) int {
	return int((nbytes + ChunkBytes - 1) / ChunkBytes)
}
