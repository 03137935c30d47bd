package merkle

import (
	"crypto/sha256"
	"encoding/binary"
)

// Domain-separation prefixes (the first byte of every hashed message). Leaves and inner
// nodes differ so that no inner node can be passed off as a leaf (RFC 6962, section 2.1).
// TensorPrefix and MetaPrefix are used by package checkpoint; they live here so that every
// prefix of the scheme is defined in one place.
const (
	LeafPrefix   byte = 0x00
	NodePrefix   byte = 0x01
	TensorPrefix byte = 0x02
	MetaPrefix   byte = 0x03
)

var iv = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

func putState(dst *[32]byte, h *[8]uint32) {
	for i, w := range h {
		binary.BigEndian.PutUint32(dst[4*i:], w)
	}
}

// hashLeaf sets dst = SHA-256(0x00 || leaf).
func hashLeaf(dst, leaf *[32]byte) {
	// 33 bytes fit one block: message, 0x80, zeros, then the bit length (264) big-endian.
	var blk [64]byte
	blk[0] = LeafPrefix
	copy(blk[1:33], leaf[:])
	blk[33] = 0x80
	binary.BigEndian.PutUint64(blk[56:], 33*8)
	h := iv
	if compress(&h, blk[:]) {
		putState(dst, &h)
		return
	}
	*dst = sha256.Sum256(blk[:33])
}

// hash65 sets dst = SHA-256(prefix || a || b).
func hash65(dst *[32]byte, prefix byte, a, b *[32]byte) {
	// 65 bytes take two blocks; the second holds b's last byte, 0x80 and the length (520).
	var blk [128]byte
	blk[0] = prefix
	copy(blk[1:33], a[:])
	copy(blk[33:65], b[:])
	blk[65] = 0x80
	binary.BigEndian.PutUint64(blk[120:], 65*8)
	h := iv
	if compress(&h, blk[:]) {
		putState(dst, &h)
		return
	}
	*dst = sha256.Sum256(blk[:65])
}

// hashLeaf2 is two hashLeaf calls, computed together.
func hashLeaf2(d0, d1, l0, l1 *[32]byte) {
	var b0, b1 [64]byte
	b0[0], b1[0] = LeafPrefix, LeafPrefix
	copy(b0[1:33], l0[:])
	copy(b1[1:33], l1[:])
	b0[33], b1[33] = 0x80, 0x80
	binary.BigEndian.PutUint64(b0[56:], 33*8)
	binary.BigEndian.PutUint64(b1[56:], 33*8)
	h0, h1 := iv, iv
	if compress2(&h0, &h1, b0[:], b1[:]) {
		putState(d0, &h0)
		putState(d1, &h1)
		return
	}
	*d0 = sha256.Sum256(b0[:33])
	*d1 = sha256.Sum256(b1[:33])
}

// hashNode2 is two node hashes, computed together: d0 = H(0x01||a0||b0), d1 likewise.
func hashNode2(d0, d1, a0, b0, a1, b1 *[32]byte) {
	var m0, m1 [128]byte
	m0[0], m1[0] = NodePrefix, NodePrefix
	copy(m0[1:33], a0[:])
	copy(m0[33:65], b0[:])
	copy(m1[1:33], a1[:])
	copy(m1[33:65], b1[:])
	m0[65], m1[65] = 0x80, 0x80
	binary.BigEndian.PutUint64(m0[120:], 65*8)
	binary.BigEndian.PutUint64(m1[120:], 65*8)
	h0, h1 := iv, iv
	if compress2(&h0, &h1, m0[:], m1[:]) {
		putState(d0, &h0)
		putState(d1, &h1)
		return
	}
	*d0 = sha256.Sum256(m0[:65])
	*d1 = sha256.Sum256(m1[:65])
}

// LeafHash returns SHA-256(0x00 || leaf).
func LeafHash(leaf [32]byte) [32]byte {
	var h [32]byte
	hashLeaf(&h, &leaf)
	return h
}

// NodeHash returns SHA-256(0x01 || left || right).
func NodeHash(left, right [32]byte) [32]byte {
	var h [32]byte
	hash65(&h, NodePrefix, &left, &right)
	return h
}

// Hash65 returns SHA-256(prefix || a || b): the node hash with another domain prefix
// (package checkpoint's tensor root uses TensorPrefix).
func Hash65(prefix byte, a, b [32]byte) [32]byte {
	var h [32]byte
	hash65(&h, prefix, &a, &b)
	return h
}
