package store

import (
	"encoding/binary"
	"sync"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/internal/par"
)

// planeChunk is the unit of parallel plane work, in words (a multiple of 4).
const planeChunk = 1 << 16

// parallelWords runs f over disjoint word ranges covering n words, on all cores: the
// output does not depend on how many run at once.
func parallelWords(n int, f func(lo, hi int)) { par.For(n, planeChunk, f) }

// split writes byte j of word w of floats (XORed with base's word w where base has
// one) to planes[j][w]; each plane holds len(floats)/4 bytes.
func split(planes [4][]byte, floats, base []byte) {
	words := len(floats) / 4
	parallelWords(words, func(lo, hi int) {
		p0, p1, p2, p3 := planes[0][lo:hi], planes[1][lo:hi], planes[2][lo:hi], planes[3][lo:hi]
		src := floats[4*lo : 4*hi]
		var b []byte
		if 4*lo < len(base) {
			b = base[4*lo : min(len(base), 4*hi)]
		}
		w := splitArch([4][]byte{p0, p1, p2, p3}, src, b)
		// Four words at a time: one 32-bit store per plane.
		for ; w+4 <= len(p0) && 4*w+16 <= len(b); w += 4 {
			a0 := binary.LittleEndian.Uint32(src[4*w:]) ^ binary.LittleEndian.Uint32(b[4*w:])
			a1 := binary.LittleEndian.Uint32(src[4*w+4:]) ^ binary.LittleEndian.Uint32(b[4*w+4:])
			a2 := binary.LittleEndian.Uint32(src[4*w+8:]) ^ binary.LittleEndian.Uint32(b[4*w+8:])
			a3 := binary.LittleEndian.Uint32(src[4*w+12:]) ^ binary.LittleEndian.Uint32(b[4*w+12:])
			put4(p0[w:], p1[w:], p2[w:], p3[w:], a0, a1, a2, a3)
		}
		for ; w+4 <= len(p0) && len(b) == 0; w += 4 {
			a0 := binary.LittleEndian.Uint32(src[4*w:])
			a1 := binary.LittleEndian.Uint32(src[4*w+4:])
			a2 := binary.LittleEndian.Uint32(src[4*w+8:])
			a3 := binary.LittleEndian.Uint32(src[4*w+12:])
			put4(p0[w:], p1[w:], p2[w:], p3[w:], a0, a1, a2, a3)
		}
		for ; w < len(p0); w++ {
			v := binary.LittleEndian.Uint32(src[4*w:])
			if 4*w+4 <= len(b) {
				v ^= binary.LittleEndian.Uint32(b[4*w:])
			}
			p0[w], p1[w], p2[w], p3[w] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		}
	})
}

// put4 transposes four words into four planes.
func put4(p0, p1, p2, p3 []byte, a0, a1, a2, a3 uint32) {
	binary.LittleEndian.PutUint32(p0, a0&0xff|(a1&0xff)<<8|(a2&0xff)<<16|(a3&0xff)<<24)
	binary.LittleEndian.PutUint32(p1, a0>>8&0xff|(a1>>8&0xff)<<8|(a2>>8&0xff)<<16|(a3>>8&0xff)<<24)
	binary.LittleEndian.PutUint32(p2, a0>>16&0xff|(a1>>16&0xff)<<8|(a2>>16&0xff)<<16|(a3>>16&0xff)<<24)
	binary.LittleEndian.PutUint32(p3, a0>>24|(a1>>24)<<8|(a2>>24)<<16|(a3>>24)<<24)
}

// get4 reads four words back from four planes.
func get4(p0, p1, p2, p3 []byte) (a0, a1, a2, a3 uint32) {
	q0, q1 := binary.LittleEndian.Uint32(p0), binary.LittleEndian.Uint32(p1)
	q2, q3 := binary.LittleEndian.Uint32(p2), binary.LittleEndian.Uint32(p3)
	a0 = q0&0xff | (q1&0xff)<<8 | (q2&0xff)<<16 | (q3&0xff)<<24
	a1 = q0>>8&0xff | (q1>>8&0xff)<<8 | (q2>>8&0xff)<<16 | (q3>>8&0xff)<<24
	a2 = q0>>16&0xff | (q1>>16&0xff)<<8 | (q2>>16&0xff)<<16 | (q3>>16&0xff)<<24
	a3 = q0>>24 | (q1>>24)<<8 | (q2>>24)<<16 | (q3>>24)<<24
	return
}

// merge is the inverse of split: floats (len 4*words) from planes, XORed with base.
func merge(floats []byte, planes [4][]byte, base []byte) {
	words := len(floats) / 4
	parallelWords(words, func(lo, hi int) {
		p0, p1, p2, p3 := planes[0][lo:hi], planes[1][lo:hi], planes[2][lo:hi], planes[3][lo:hi]
		dst := floats[4*lo : 4*hi]
		var b []byte
		if 4*lo < len(base) {
			b = base[4*lo : min(len(base), 4*hi)]
		}
		w := mergeArch(dst, [4][]byte{p0, p1, p2, p3}, b)
		for ; w+4 <= len(p0); w += 4 {
			a0, a1, a2, a3 := get4(p0[w:], p1[w:], p2[w:], p3[w:])
			if 4*w+16 <= len(b) {
				a0 ^= binary.LittleEndian.Uint32(b[4*w:])
				a1 ^= binary.LittleEndian.Uint32(b[4*w+4:])
				a2 ^= binary.LittleEndian.Uint32(b[4*w+8:])
				a3 ^= binary.LittleEndian.Uint32(b[4*w+12:])
			} else if 4*w < len(b) {
				break // the base ends inside this group: finish word by word
			}
			binary.LittleEndian.PutUint32(dst[4*w:], a0)
			binary.LittleEndian.PutUint32(dst[4*w+4:], a1)
			binary.LittleEndian.PutUint32(dst[4*w+8:], a2)
			binary.LittleEndian.PutUint32(dst[4*w+12:], a3)
		}
		for ; w < len(p0); w++ {
			v := uint32(p0[w]) | uint32(p1[w])<<8 | uint32(p2[w])<<16 | uint32(p3[w])<<24
			if 4*w+4 <= len(b) {
				v ^= binary.LittleEndian.Uint32(b[4*w:])
			}
			binary.LittleEndian.PutUint32(dst[4*w:], v)
		}
	})
}

// bufPool recycles the large scratch buffers of Compress and Decompress: fresh
// multi-megabyte allocations cost more in page faults and zeroing than the transform.
var bufPool sync.Pool

// getBuf returns a buffer of length n with unspecified contents.
func getBuf(n int) []byte {
	if b, ok := bufPool.Get().(*[]byte); ok && cap(*b) >= n {
		return (*b)[:n]
	}
	return make([]byte, n)
}

func putBuf(b []byte) {
	if cap(b) > 0 {
		bufPool.Put(&b)
	}
}

// floatStreamInto is floatStream with a pooled result (release it with putBuf).
func floatStreamInto(enc []byte) ([]byte, error) {
	spans, err := checkpoint.DataSpans(enc)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, s := range spans {
		n += s.Len
	}
	out := getBuf(n)[:0]
	for _, s := range spans {
		out = append(out, enc[s.Off:s.Off+s.Len]...)
	}
	return out, nil
}
