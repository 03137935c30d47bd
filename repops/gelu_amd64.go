//go:build amd64 && !noasm

package repops

import (
	"fmt"
	"log/slog"
	"math"
	"sync"
)

// geluCoreArch is geluCore's vector part over the longest multiple of 8 of x: x2 and t
// for each element (NaN lanes with any payload: callers canonicalise); it returns how
// many elements it did. Used only after geluSelfCheck passed.
func geluCoreArch(x, x2, t []float32) int {
	n := len(x) &^ 7
	if !hasAVX2FMA || n == 0 || !geluAsmOK() {
		return 0
	}
	_, _ = x2[n-1], t[n-1]
	geluCoreAVX2(&x[0], &x2[0], &t[0], n)
	return n
}

//go:noescape
func geluCoreAVX2(x, x2, t *float32, n int)

// geluAsmOK is the start-up self-check of the vector GELU core against geluNative (the
// definition, natively), on the values where a difference would show: specials, the
// ends of exp's clamp, and a sweep of bit patterns. A CPU where it differs keeps the
// scalar path, saying so once.
var geluAsmOK = sync.OnceValue(func() bool {
	in := append([]float32(nil), geluCheckValues()...)
	for len(in)%8 != 0 {
		in = append(in, 1)
	}
	x2, t := make([]float32, len(in)), make([]float32, len(in))
	geluCoreAVX2(&in[0], &x2[0], &t[0], len(in))
	for i, v := range in {
		w2, wt := geluNative(v)
		if !sameOrNaN(x2[i], w2) || !sameOrNaN(t[i], wt) {
			slog.Warn("repops: the AVX2 GELU differs from its definition on this CPU: using the scalar path",
				"x", fmt.Sprintf("%08x", math.Float32bits(v)), "tanh", fmt.Sprintf("%08x", math.Float32bits(t[i])), "want", fmt.Sprintf("%08x", math.Float32bits(wt)))
			return false
		}
	}
	return true
})
