package pinpoint

import (
	"math"
	"testing"
)

// TestCorruptInput: a corrupted input is the byte it was read from with one bit
// flipped (so a value the data set could hold), never the input itself.
func TestCorruptInput(t *testing.T) {
	for p := range 256 {
		v := float32(p) / 255
		for bit := range uint(10) {
			if got, want := corruptInput(v, bit), float32(p^1<<(bit%8))/255; got != want {
				t.Fatalf("byte %d, bit %d: %v, want %v", p, bit, got, want)
			}
		}
	}
	for _, v := range []float32{-1, 0.3, 2, float32(math.Inf(1))} { // not read from a byte
		if got := corruptInput(v, 3); got == v || got < 0 || got > 1 {
			t.Fatalf("%v: %v", v, got)
		}
	}
}
