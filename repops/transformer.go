package repops

import (
	"fmt"

	"github.com/veritrain/veritrain/internal/par"
)

// The transformer's kernels (ids 19 to 40): element-wise and row-wise pieces of a GPT
// block, each with one documented order. Where a definition multiplies and adds, it
// fuses when the product is what is added (fma(a, b, acc) chains, an affine x·g + b);
// a product that is divided, subtracted from a value or used twice stays a rounded mul.
//
// Token embeddings need no kernel of their own: a batch carries its tokens one-hot, so
// an embedding is MatMul(onehot, wte) (a gather: every term but one adds a zero) and its
// gradient is MatMul(onehotᵀ, dx), the scatter-add in row order, both judged as MatMul
// is. Position embeddings are BiasAdd over (batch, T·width) and their gradient ColSum.

const (
	KAdd               KernelID = 19
	KRowMul            KernelID = 20
	KRowAffine         KernelID = 21
	KColDot            KernelID = 22
	KNorm              KernelID = 23
	KNormGrad          KernelID = 24
	KGELU              KernelID = 25
	KGELUGrad          KernelID = 26
	KSiLU              KernelID = 27
	KSiLUGrad          KernelID = 28
	KCausalSoftmax     KernelID = 29
	KCausalSoftmaxGrad KernelID = 30
	KAttnScores        KernelID = 31
	KAttnApply         KernelID = 32
	KAttnGradP         KernelID = 33
	KAttnGradQKV       KernelID = 34
	KSumSq             KernelID = 35
	KClipCoef          KernelID = 36
	KScaleBy           KernelID = 37
	KLRSchedule        KernelID = 38
	KAdamPowers        KernelID = 39
	KAdamW             KernelID = 40
)

// ---------------------------------------------------------------------------------------
// Add: y = a + b (residual connections, gradients that meet). Params: n. Inputs: a, b.
type Add struct{ N int }

func (k Add) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k Add) OutLen() int      { return k.N }

func (k Add) ID() KernelID   { return KAdd }
func (k Add) InLens() []int  { return []int{k.N, k.N} }
func (k Add) String() string { return fmt.Sprintf("add(%d)", k.N) }
func (k Add) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpAdd, a.in(0, e), a.in(1, e)) })
}
func (k Add) Run(out []float32, in [][]float32) {
	x, y := in[0], in[1]
	par.For(k.N, 1<<15, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = Canon(x[e] + y[e])
		}
	})
}

// RowMul: y[i,j] = x[i,j]·g[j] (RMS norm's gain; a norm's gradient through its gain).
// Params: m, n. Inputs: x (m×n), g (n).
type RowMul struct{ M, N int }

func (k RowMul) ID() KernelID     { return KRowMul }
func (k RowMul) Params() []uint32 { return []uint32{uint32(k.M), uint32(k.N)} }
func (k RowMul) InLens() []int    { return []int{k.M * k.N, k.N} }
func (k RowMul) OutLen() int      { return k.M * k.N }
func (k RowMul) String() string   { return fmt.Sprintf("rowmul(%d,%d)", k.M, k.N) }
func (k RowMul) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpMul, a.in(0, e), a.in(1, e%k.N)) })
}
func (k RowMul) Run(out []float32, in [][]float32) {
	x, g := in[0], in[1]
	if k.M == 1 { // one long row: element by element (dropout's mask), split across cores
		par.For(k.N, 1<<14, func(lo, hi int) {
			for j := lo; j < hi; j++ {
				out[j] = Canon(x[j] * g[j])
			}
		})
		return
	}
	par.For(k.M, 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			row, o := x[i*k.N:(i+1)*k.N], out[i*k.N:(i+1)*k.N]
			for j, v := range row {
				o[j] = Canon(v * g[j])
			}
		}
	})
}

// RowAffine: y[i,j] = fma(x[i,j], g[j], b[j]), one rounding (layer norm's gain and
// bias). Params: m, n. Inputs: x (m×n), g (n), b (n).
type RowAffine struct{ M, N int }

func (k RowAffine) ID() KernelID     { return KRowAffine }
func (k RowAffine) Params() []uint32 { return []uint32{uint32(k.M), uint32(k.N)} }
func (k RowAffine) InLens() []int    { return []int{k.M * k.N, k.N, k.N} }
func (k RowAffine) OutLen() int      { return k.M * k.N }
func (k RowAffine) String() string   { return fmt.Sprintf("rowaffine(%d,%d)", k.M, k.N) }
func (k RowAffine) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.fma(a.in(0, e), a.in(1, e%k.N), a.in(2, e%k.N)) })
}
func (k RowAffine) Run(out []float32, in [][]float32) {
	x, g, b := in[0], in[1], in[2]
	par.For(k.M, 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			row, o := x[i*k.N:(i+1)*k.N], out[i*k.N:(i+1)*k.N]
			for j, v := range row {
				o[j] = FMA32(v, g[j], b[j])
			}
		}
	})
}

// ColDot: out[j] = fma chain over rows i in order, from +0, of a[i,j]·b[i,j] (a gain's
// gradient: the column sums of dy·x̂). Params: m, n. Inputs: a, b (m×n).
type ColDot struct{ M, N int }

func colDotDef[T any](a alg[T], k ColDot, j int) T {
	s := a.c(0)
	for i := 0; i < k.M; i++ {
		s = a.fma(a.in(0, i*k.N+j), a.in(1, i*k.N+j), s)
	}
	return s
}

func (k ColDot) ID() KernelID     { return KColDot }
func (k ColDot) Params() []uint32 { return []uint32{uint32(k.M), uint32(k.N)} }
func (k ColDot) InLens() []int    { return []int{k.M * k.N, k.M * k.N} }
func (k ColDot) OutLen() int      { return k.N }
func (k ColDot) String() string   { return fmt.Sprintf("coldot(%d,%d)", k.M, k.N) }
func (k ColDot) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return colDotDef[Ref](a, k, e) })
}
func (k ColDot) Run(out []float32, in [][]float32) {
	x, y := in[0], in[1]
	par.For(k.N, 64, func(lo, hi int) {
		for j := lo; j < hi; j++ {
			s := float32(0)
			for i := 0; i < k.M; i++ {
				s = FMA32(x[i*k.N+j], y[i*k.N+j], s)
			}
			out[j] = s
		}
	})
}

// ---------------------------------------------------------------------------------------
// Norm normalises each row of x (m×d): layer norm (RMS false) or RMS norm (RMS true),
// without gain or bias (RowAffine and RowMul apply those). For row i:
//
//	layer norm: mean = (((+0 + x0) + x1) + ...)/d; c_k = x_k - mean
//	RMS norm:   c_k = x_k (no step)
//	var  = fma chain over k of c_k·c_k from +0, then / d
//	rstd = 1 / sqrt(var + eps)
//	x̂_j  = c_j · rstd
//
// d is rounded to float32 (exact below 2^24). Params: m, d, bits(eps), rms (0 or 1).
type Norm struct {
	M, D int
	Eps  float32
	RMS  bool
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// normRow is the part of a row's definition its elements share.
type normRow[T any] struct {
	c    []T // centred values (layer norm) or the inputs (RMS norm)
	rstd T
}

func normStats[T any](a alg[T], m, d int, eps float32, rms bool, row int) normRow[T] {
	base := row * d
	c := make([]T, d)
	if rms {
		for j := range c {
			c[j] = a.in(0, base+j)
		}
	} else {
		s := a.c(0)
		for j := 0; j < d; j++ {
			s = a.op(OpAdd, s, a.in(0, base+j))
		}
		mean := a.op(OpDiv, s, a.c(float32(d)))
		for j := range c {
			c[j] = a.op(OpSub, a.in(0, base+j), mean)
		}
	}
	s2 := a.c(0)
	for _, v := range c {
		s2 = a.fma(v, v, s2)
	}
	v := a.op(OpDiv, s2, a.c(float32(d)))
	rstd := a.op(OpDiv, a.c(1), a.un(OpSqrt, a.op(OpAdd, v, a.c(eps))))
	return normRow[T]{c: c, rstd: rstd}
}

func (k Norm) ID() KernelID { return KNorm }
func (k Norm) Params() []uint32 {
	return []uint32{uint32(k.M), uint32(k.D), f32(k.Eps), b2u(k.RMS)}
}
func (k Norm) InLens() []int  { return []int{k.M * k.D} }
func (k Norm) OutLen() int    { return k.M * k.D }
func (k Norm) String() string { return fmt.Sprintf("norm(%d,%d,%g,rms=%v)", k.M, k.D, k.Eps, k.RMS) }
func (k Norm) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		st := normStats[Ref](a, k.M, k.D, k.Eps, k.RMS, e/k.D)
		return a.op(OpMul, st.c[e%k.D], st.rstd)
	})
}
func (k Norm) Run(out []float32, in [][]float32) { normRun(k, out, in) }

// NormGrad is Norm's input gradient given g = dL/dx̂ (m×d): with x̂ and rstd as Norm
// defines them (recomputed from x),
//
//	layer norm: dx_j = ((g_j - mean(g)) - x̂_j·mean(g·x̂)) · rstd
//	RMS norm:   dx_j = (g_j - x̂_j·mean(g·x̂)) · rstd
//
// where mean(g) = (((+0 + g0) + g1) + ...)/d and mean(g·x̂) = (fma chain of g_k·x̂_k
// from +0)/d, k in order. Params as Norm. Inputs: x (slot 0), g (slot 1).
type NormGrad struct{ Norm }

type normGradRow[T any] struct {
	normRow[T]
	xh       []T
	mg, mgx  T
	hasMeanG bool
}

func normGradStats[T any](a alg[T], k Norm, row int) normGradRow[T] {
	st := normGradRow[T]{normRow: normStats(a, k.M, k.D, k.Eps, k.RMS, row)}
	base := row * k.D
	st.xh = make([]T, k.D)
	for j, c := range st.c {
		st.xh[j] = a.op(OpMul, c, st.rstd)
	}
	if !k.RMS {
		s := a.c(0)
		for j := 0; j < k.D; j++ {
			s = a.op(OpAdd, s, a.in(1, base+j))
		}
		st.mg, st.hasMeanG = a.op(OpDiv, s, a.c(float32(k.D))), true
	}
	s := a.c(0)
	for j, xh := range st.xh {
		s = a.fma(a.in(1, base+j), xh, s)
	}
	st.mgx = a.op(OpDiv, s, a.c(float32(k.D)))
	return st
}

func normGradElem[T any](a alg[T], st *normGradRow[T], base, j int) T {
	t := a.in(1, base+j)
	if st.hasMeanG {
		t = a.op(OpSub, t, st.mg)
	}
	return a.op(OpMul, a.op(OpSub, t, a.op(OpMul, st.xh[j], st.mgx)), st.rstd)
}

func (k NormGrad) ID() KernelID  { return KNormGrad }
func (k NormGrad) InLens() []int { return []int{k.M * k.D, k.M * k.D} }
func (k NormGrad) String() string {
	return fmt.Sprintf("normgrad(%d,%d,%g,rms=%v)", k.M, k.D, k.Eps, k.RMS)
}
func (k NormGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		st := normGradStats[Ref](a, k.Norm, e/k.D)
		return normGradElem[Ref](a, &st, e-e%k.D, e%k.D)
	})
}
func (k NormGrad) Run(out []float32, in [][]float32) { normGradRun(k, out, in) }

// ---------------------------------------------------------------------------------------
// GELU, tanh form: y = (0.5·x)·(1 + tanh(k0·fma(k1, x·x·x, x))), k0 = √(2/π) and
// k1 = 0.044715 rounded to float32, tanh by Tanh's definition. Params: n.
type GELU struct{ N int }

func (k GELU) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k GELU) OutLen() int      { return k.N }

// GELUGrad: dx = dy·(0.5·(1+t) + ((0.5·x)·(1 - t·t))·(k0·fma(3·k1, x·x, 1))) with t as
// in GELU. Params: n. Inputs: x (slot 0), dy (slot 1).
type GELUGrad struct{ N int }

func (k GELUGrad) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k GELUGrad) OutLen() int      { return k.N }

const (
	geluK0 = float32(0.7978845608028654) // √(2/π)
	geluK1 = float32(0.044715)
	geluK3 = float32(3 * 0.044715)
)

// geluCore is the steps GELU and its gradient share: x·x, and t.
func geluCore[T any](a alg[T], x T) (x2, t T) {
	x2 = a.op(OpMul, x, x)
	inner := a.fma(a.c(geluK1), a.op(OpMul, x2, x), x)
	return x2, tanhDef(a, a.op(OpMul, a.c(geluK0), inner))
}

func geluDef[T any](a alg[T], e int) T {
	x := a.in(0, e)
	_, t := geluCore(a, x)
	return a.op(OpMul, a.op(OpMul, a.c(0.5), x), a.op(OpAdd, a.c(1), t))
}

func geluGradDef[T any](a alg[T], e int) T {
	x := a.in(0, e)
	x2, t := geluCore(a, x)
	ha := a.op(OpMul, a.c(0.5), a.op(OpAdd, a.c(1), t))
	w := a.op(OpMul, a.op(OpMul, a.c(0.5), x), a.op(OpSub, a.c(1), a.op(OpMul, t, t)))
	r := a.op(OpMul, a.c(geluK0), a.fma(a.c(geluK3), x2, a.c(1)))
	return a.op(OpMul, a.in(1, e), a.op(OpAdd, ha, a.op(OpMul, w, r)))
}

func (k GELU) ID() KernelID   { return KGELU }
func (k GELU) InLens() []int  { return []int{k.N} }
func (k GELU) String() string { return fmt.Sprintf("gelu(%d)", k.N) }

// Run is geluDef in native float32 (each operation rounded alone, as defined; the
// traces' replay test holds it to the definition), x² and t eight lanes at a time where
// the CPU has AVX2 (geluCoreBlock).
func (k GELU) Run(out []float32, in [][]float32) {
	geluBlocks(in[0][:k.N], func(lo int, xs, _, t []float32) {
		for i, v := range xs {
			out[lo+i] = Canon(float32(0.5*v) * (1 + t[i]))
		}
	})
}

// geluBlocks hands each block of up to 256 elements of x, from offset lo, to f with its
// x² and t (geluCoreBlock), on every core: GELU's and its gradient's walk.
func geluBlocks(x []float32, f func(lo int, xs, x2, t []float32)) {
	par.For(len(x), 4096, func(lo, hi int) {
		var x2, t [256]float32
		for ; lo < hi; lo += len(t) {
			xs := x[lo:min(hi, lo+len(t))]
			geluCoreBlock(xs, x2[:len(xs)], t[:len(xs)])
			f(lo, xs, x2[:len(xs)], t[:len(xs)])
		}
	})
}

// geluCoreBlock is geluNative over x into x2 and t: the vector path where it can.
func geluCoreBlock(x, x2, t []float32) {
	for i := geluCoreArch(x, x2, t); i < len(x); i++ {
		x2[i], t[i] = geluNative(x[i])
	}
}

// geluNative is geluCore natively.
func geluNative(x float32) (x2, t float32) {
	x2 = float32(x * x)
	return x2, tanhNative(float32(geluK0 * FMA32(geluK1, float32(x2*x), x)))
}
func (k GELU) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return geluDef[Ref](a, e) })
}
func (k GELUGrad) ID() KernelID   { return KGELUGrad }
func (k GELUGrad) InLens() []int  { return []int{k.N, k.N} }
func (k GELUGrad) String() string { return fmt.Sprintf("gelugrad(%d)", k.N) }
func (k GELUGrad) Run(out []float32, in [][]float32) {
	dy := in[1]
	geluBlocks(in[0][:k.N], func(lo int, xs, x2, t []float32) {
		for i, v := range xs {
			ti := t[i]
			ha := float32(0.5 * (1 + ti))
			w := float32(float32(0.5*v) * (1 - float32(ti*ti)))
			r := float32(geluK0 * FMA32(geluK3, x2[i], 1))
			out[lo+i] = Canon(dy[lo+i] * (ha + float32(w*r)))
		}
	})
}
func (k GELUGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return geluGradDef[Ref](a, e) })
}

// SiLU: y = x / (1 + exp(+0 - x)). Params: n.
type SiLU struct{ N int }

func (k SiLU) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k SiLU) OutLen() int      { return k.N }

// SiLUGrad: with s = 1/(1 + exp(+0 - x)), dx = dy·(s·fma(x, 1 - s, 1)). Params: n.
// Inputs: x (slot 0), dy (slot 1).
type SiLUGrad struct{ N int }

func (k SiLUGrad) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k SiLUGrad) OutLen() int      { return k.N }

func siluDen[T any](a alg[T], x T) T {
	return a.op(OpAdd, a.c(1), expDef(a, a.op(OpSub, a.c(0), x)))
}

func siluDef[T any](a alg[T], e int) T {
	x := a.in(0, e)
	return a.op(OpDiv, x, siluDen(a, x))
}

func siluGradDef[T any](a alg[T], e int) T {
	x := a.in(0, e)
	s := a.op(OpDiv, a.c(1), siluDen(a, x))
	q := a.fma(x, a.op(OpSub, a.c(1), s), a.c(1))
	return a.op(OpMul, a.in(1, e), a.op(OpMul, s, q))
}

func (k SiLU) ID() KernelID   { return KSiLU }
func (k SiLU) InLens() []int  { return []int{k.N} }
func (k SiLU) String() string { return fmt.Sprintf("silu(%d)", k.N) }
func (k SiLU) Run(out []float32, in [][]float32) {
	x := in[0]
	par.For(k.N, 4096, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = Canon(x[e] / (1 + expNative(0-x[e])))
		}
	})
}
func (k SiLU) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return siluDef[Ref](a, e) })
}
func (k SiLUGrad) ID() KernelID   { return KSiLUGrad }
func (k SiLUGrad) InLens() []int  { return []int{k.N, k.N} }
func (k SiLUGrad) String() string { return fmt.Sprintf("silugrad(%d)", k.N) }
func (k SiLUGrad) Run(out []float32, in [][]float32) {
	x, dy := in[0], in[1]
	par.For(k.N, 4096, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			s := 1 / (1 + expNative(0-x[e]))
			out[e] = Canon(dy[e] * float32(s*FMA32(x[e], 1-s, 1)))
		}
	})
}
func (k SiLUGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return siluGradDef[Ref](a, e) })
}
