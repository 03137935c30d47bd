package model

import (
	"encoding/binary"
	"math"
)

func f32bits(f float32) uint32     { return math.Float32bits(f) }
func f32frombits(b uint32) float32 { return math.Float32frombits(b) }

// putU64BE writes v as a 32-byte big-endian word (the contract's bytes32(uint256(v))).
func putU64BE(dst *[32]byte, v uint64) {
	*dst = [32]byte{}
	binary.BigEndian.PutUint64(dst[24:], v)
}

// MapLeaf is the state map leaf for a position written by node w (w+1), or 0 to carry.
func MapLeaf(v uint64) [32]byte {
	var l [32]byte
	putU64BE(&l, v)
	return l
}
