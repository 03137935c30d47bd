package repops

import (
	"math"

	"github.com/veritrain/veritrain/internal/par"
)

// Native fast paths of the row-wise kernels (softmax cross-entropy and its gradient,
// the norms and their gradient): each evaluates its kernel's definition in native
// float32, every operation rounded on its own as the definition rounds it (products
// converted before they are added, so never fused), with exp by expNative, and makes
// the result canonical at the end (a NaN stays NaN through every operation here). The
// trace replay test (TestTracesReplayToKernelBits, specials included) holds each to its
// definition bit for bit.

// rowStatsNative is rowStats: the row's max, then the sum from +0 of exp(x - max).
func rowStatsNative(x []float32) (mx, s float32) {
	mx = x[0]
	for _, v := range x[1:] {
		mx = Max(mx, v)
	}
	for _, v := range x {
		s += expNative(v - mx)
	}
	return mx, s
}

func xentRun(k SoftmaxXent, out []float32, in [][]float32) {
	x, y := in[0], in[1]
	par.For(k.M, 16, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			xs, ys := x[i*k.C:(i+1)*k.C], y[i*k.C:(i+1)*k.C]
			mx, s := rowStatsNative(xs)
			var dot float32
			for j, v := range xs {
				dot += float32(ys[j] * (v - mx))
			}
			out[i] = Canon(Log(s) - dot)
		}
	})
}

func xentGradRun(k SoftmaxXentGrad, out []float32, in [][]float32) {
	x, y := in[0], in[1]
	inv := Eval(OpDiv, 1, float32(k.M))
	par.For(k.M, 16, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			xs, ys, o := x[i*k.C:(i+1)*k.C], y[i*k.C:(i+1)*k.C], out[i*k.C:(i+1)*k.C]
			mx, s := rowStatsNative(xs)
			for j, v := range xs {
				o[j] = Canon(float32((expNative(v-mx)/s)-ys[j]) * inv)
			}
		}
	})
}

// normRowNative is normStats for row x: the centred values (layer norm) or the inputs
// (RMS norm) into c, and rstd.
func normRowNative(x, c []float32, eps float32, rms bool) (rstd float32) {
	d := float32(len(x))
	if rms {
		copy(c, x)
	} else {
		var s float32
		for _, v := range x {
			s += v
		}
		mean := s / d
		for j, v := range x {
			c[j] = v - mean
		}
	}
	var s2 float32
	for _, v := range c {
		s2 = FMA32(v, v, s2)
	}
	return 1 / float32(math.Sqrt(float64(s2/d+eps)))
}

func normRun(k Norm, out []float32, in [][]float32) {
	x := in[0]
	par.For(k.M, 8, func(lo, hi int) {
		c := make([]float32, k.D)
		for i := lo; i < hi; i++ {
			rstd := normRowNative(x[i*k.D:(i+1)*k.D], c, k.Eps, k.RMS)
			o := out[i*k.D : (i+1)*k.D]
			for j, v := range c {
				o[j] = Canon(v * rstd)
			}
		}
	})
}

func normGradRun(k NormGrad, out []float32, in [][]float32) {
	x, g := in[0], in[1]
	d := float32(k.D)
	par.For(k.M, 8, func(lo, hi int) {
		xh := make([]float32, k.D)
		for i := lo; i < hi; i++ {
			rstd := normRowNative(x[i*k.D:(i+1)*k.D], xh, k.Eps, k.RMS)
			gs, o := g[i*k.D:(i+1)*k.D], out[i*k.D:(i+1)*k.D]
			for j, c := range xh {
				xh[j] = c * rstd
			}
			var mg float32
			if !k.RMS {
				var s float32
				for _, v := range gs {
					s += v
				}
				mg = s / d
			}
			var sgx float32
			for j, v := range gs {
				sgx = FMA32(v, xh[j], sgx)
			}
			mgx := sgx / d
			for j, v := range gs {
				t := v
				if !k.RMS {
					t = v - mg
				}
				o[j] = Canon((t - float32(xh[j]*mgx)) * rstd)
			}
		}
	})
}
