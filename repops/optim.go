package repops

import (
	"fmt"
	"math"

	"github.com/veritrain/veritrain/internal/par"
)

// Gradient clipping by global norm, a learning-rate schedule and AdamW, as kernels.
//
// Clipping: the squared norm is one chain over every parameter's gradient in the
// state's order, a SumSq node per parameter carrying the running total (so the order
// of all the terms is fixed, whatever the number of tensors); ClipCoef turns it into
// the factor min(clip / (sqrt(total) + 1e-6), 1) and ScaleBy applies it to each
// gradient (PyTorch's clip_grad_norm_ with its 1e-6).
//
// The schedule lives in the state as sched = [t, lr]: the step count and the last
// learning rate. LRSchedule maps it to [t+1, lr(t)] (lr of the step being taken), so a
// step's learning rate is a pure function of its index, judged like any value.

// SumSq: out = fma chain over i of x_i·x_i starting from acc (not from +0). Params: n.
// Inputs: acc (slot 0, one element), x (slot 1, n).
type SumSq struct{ N int }

func sumSqDef[T any](a alg[T], n int) T {
	s := a.in(0, 0)
	for i := 0; i < n; i++ {
		s = a.fma(a.in(1, i), a.in(1, i), s)
	}
	return s
}

func (k SumSq) ID() KernelID     { return KSumSq }
func (k SumSq) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k SumSq) InLens() []int    { return []int{1, k.N} }
func (k SumSq) OutLen() int      { return 1 }
func (k SumSq) String() string   { return fmt.Sprintf("sumsq(%d)", k.N) }
func (k SumSq) Run(out []float32, in [][]float32) {
	s := in[0][0]
	for _, v := range in[1][:k.N] {
		s = FMA32(v, v, s)
	}
	out[0] = Canon(s) // n = 0: the total passes through, canonical like any result
}
func (k SumSq) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		if k.N == 0 {
			return a.op(OpMul, a.in(0, 0), a.c(1))
		}
		return sumSqDef[Ref](a, k.N)
	})
}

// ClipCoef: c = min(clip / (sqrt(total) + 1e-6), 1). Params: bits(clip). Input: the
// total (one element). One output.
type ClipCoef struct{ Clip float32 }

const clipEps = float32(1e-6)

func clipDef[T any](a alg[T], clip float32) T {
	n := a.op(OpAdd, a.un(OpSqrt, a.in(0, 0)), a.c(clipEps))
	return a.op(OpMin, a.op(OpDiv, a.c(clip), n), a.c(1))
}

func (k ClipCoef) ID() KernelID     { return KClipCoef }
func (k ClipCoef) Params() []uint32 { return []uint32{f32(k.Clip)} }
func (k ClipCoef) InLens() []int    { return []int{1} }
func (k ClipCoef) OutLen() int      { return 1 }
func (k ClipCoef) String() string   { return fmt.Sprintf("clipcoef(%g)", k.Clip) }
func (k ClipCoef) Run(out []float32, in [][]float32) {
	out[0] = clipDef[float32](evalAlg{ins: in}, k.Clip)
}
func (k ClipCoef) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return clipDef[Ref](a, k.Clip) })
}

// ScaleBy: y = x·s[0]. Params: n. Inputs: x (n), s (one element).
type ScaleBy struct{ N int }

func (k ScaleBy) ID() KernelID     { return KScaleBy }
func (k ScaleBy) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k ScaleBy) InLens() []int    { return []int{k.N, 1} }
func (k ScaleBy) OutLen() int      { return k.N }
func (k ScaleBy) String() string   { return fmt.Sprintf("scaleby(%d)", k.N) }
func (k ScaleBy) Run(out []float32, in [][]float32) {
	x, s := in[0], in[1][0]
	par.For(k.N, 1<<15, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = Canon(x[e] * s)
		}
	})
}
func (k ScaleBy) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpMul, a.in(0, e), a.in(1, 0)) })
}

// LRSchedule: linear warm-up over W steps, then cosine decay from LRMax to LRMin at
// step Total, from the step index t = sched[0] (a float32 count, exact below 2^24):
//
//	warm = LRMax · min((t + 1) / W, 1)                      (W = 0: no warm-up)
//	p    = min(max((t - W) / (Total - W), +0), 1)
//	y    = p - 0.5;  z = y·y
//	sinπy = y · Horner_fma(z; s5..s0)   (Taylor of sin(πy)/y, |y| ≤ 0.5: error < 6e-8)
//	cos  = fma(LRMax - LRMin, 0.5 - 0.5·sinπy, LRMin)     (0.5·(1 + cos πp) = 0.5 - 0.5·sin πy)
//	lr   = min(warm, cos)
//
// Output [t + 1, lr]. Params: W, Total, bits(LRMax), bits(LRMin). Input: sched (2).
// A constant rate is LRMax = LRMin.
type LRSchedule struct {
	Warmup, Total int
	LRMax, LRMin  float32
}

// SinPiCoef are the Taylor coefficients of sin(πy)/y in z = y², highest first:
// (-1)^n π^(2n+1)/(2n+1)!, n = 5..0, rounded to float32, written as their bits (a
// constant computed with math.Pow at start-up could round differently on another
// GOARCH). TestSinPiCoef checks them against the formula; the contract's deriver and
// the CUDA source hold the same bits.
var SinPiCoef = [6]float32{
	math.Float32frombits(0xbbf183a8), // -π^11/11!
	math.Float32frombits(0x3da83c1a), // π^9/9!
	math.Float32frombits(0xbf196966), // -π^7/7!
	math.Float32frombits(0x402335e3), // π^5/5!
	math.Float32frombits(0xc0a55de7), // -π^3/3!
	math.Float32frombits(0x40490fdb), // π
}

func lrDef[T any](a alg[T], k LRSchedule) T {
	t := a.in(0, 0)
	warm := a.op(OpMul, a.c(k.LRMax),
		a.op(OpMin, a.op(OpDiv, a.op(OpAdd, t, a.c(1)), a.c(float32(k.Warmup))), a.c(1)))
	p := a.op(OpDiv, a.op(OpSub, t, a.c(float32(k.Warmup))), a.c(float32(k.Total-k.Warmup)))
	p = a.op(OpMin, a.op(OpMax, p, a.c(0)), a.c(1))
	y := a.op(OpSub, p, a.c(0.5))
	z := a.op(OpMul, y, y)
	h := a.c(SinPiCoef[0])
	for _, c := range SinPiCoef[1:] {
		h = a.fma(h, z, a.c(c))
	}
	half := a.op(OpSub, a.c(0.5), a.op(OpMul, a.c(0.5), a.op(OpMul, y, h)))
	cos := a.fma(a.c(Eval(OpSub, k.LRMax, k.LRMin)), half, a.c(k.LRMin))
	return a.op(OpMin, warm, cos)
}

func (k LRSchedule) ID() KernelID { return KLRSchedule }
func (k LRSchedule) Params() []uint32 {
	return []uint32{uint32(k.Warmup), uint32(k.Total), f32(k.LRMax), f32(k.LRMin)}
}
func (k LRSchedule) InLens() []int  { return []int{2} }
func (k LRSchedule) OutLen() int    { return 2 }
func (k LRSchedule) String() string { return fmt.Sprintf("lrschedule%v", k.Params()) }
func (k LRSchedule) Run(out []float32, in [][]float32) {
	var a alg[float32] = evalAlg{ins: in} // one interface value: no allocation per call
	lr := lrDef[float32](a, k)
	out[0], out[1] = Eval(OpAdd, in[0][0], 1), lr
}
func (k LRSchedule) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		if e == 0 {
			return a.op(OpAdd, a.in(0, 0), a.c(1))
		}
		return lrDef[Ref](a, k)
	})
}

// Rate is the learning rate LRSchedule gives step t (for logs and tests).
func (k LRSchedule) Rate(t int) float32 {
	return lrDef[float32](evalAlg{ins: [][]float32{{float32(t), 0}}}, k)
}

// AdamPowers: [p1, p2] -> [p1·b1, p2·b2], the running powers of AdamW's betas in one
// tensor. Params: bits(b1), bits(b2). Input: powers (2).
type AdamPowers struct{ B1, B2 float32 }

func (k AdamPowers) ID() KernelID     { return KAdamPowers }
func (k AdamPowers) Params() []uint32 { return []uint32{f32(k.B1), f32(k.B2)} }
func (k AdamPowers) InLens() []int    { return []int{2} }
func (k AdamPowers) OutLen() int      { return 2 }
func (k AdamPowers) String() string   { return fmt.Sprintf("adampowers(%g,%g)", k.B1, k.B2) }
func (k AdamPowers) Run(out []float32, in [][]float32) {
	out[0], out[1] = Eval(OpMul, in[0][0], k.B1), Eval(OpMul, in[0][1], k.B2)
}
func (k AdamPowers) Trace(in [][]float32, e int) Trace {
	b := [2]float32{k.B1, k.B2}
	return record(in, func(a traceAlg) Ref { return a.op(OpMul, a.in(0, e), a.c(b[e])) })
}

// AdamW: Adam with decoupled weight decay, its rate from the schedule:
//
//	m̂ = m' / (1 - p1');  v̂ = v' / (1 - p2');  lr = sched'[1]
//	w' = w·(1 - lr·wd) - (lr·m̂) / (sqrt(v̂) + eps)
//
// (PyTorch's AdamW decays before the update, as here.) Params: n, bits(eps), bits(wd).
// Inputs: w, m', v' (n each), powers' (2, AdamPowers), sched' (2, LRSchedule).
type AdamW struct {
	N       int
	Eps, WD float32
}

func adamWDef[T any](a alg[T], k AdamW, e int) T {
	lr := a.in(4, 1)
	mh := a.op(OpDiv, a.in(1, e), a.op(OpSub, a.c(1), a.in(3, 0)))
	vh := a.op(OpDiv, a.in(2, e), a.op(OpSub, a.c(1), a.in(3, 1)))
	upd := a.op(OpDiv, a.op(OpMul, lr, mh), a.op(OpAdd, a.un(OpSqrt, vh), a.c(k.Eps)))
	decayed := a.op(OpMul, a.in(0, e), a.op(OpSub, a.c(1), a.op(OpMul, lr, a.c(k.WD))))
	return a.op(OpSub, decayed, upd)
}

func (k AdamW) ID() KernelID     { return KAdamW }
func (k AdamW) Params() []uint32 { return []uint32{uint32(k.N), f32(k.Eps), f32(k.WD)} }
func (k AdamW) InLens() []int    { return []int{k.N, k.N, k.N, 2, 2} }
func (k AdamW) OutLen() int      { return k.N }
func (k AdamW) String() string   { return fmt.Sprintf("adamw(%d,%g,%g)", k.N, k.Eps, k.WD) }
func (k AdamW) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return adamWDef[Ref](a, k, e) })
}

// Run computes the definition's per-tensor constants once (the same operations on the
// same operands) and the rest per element in native float32, each product rounded
// before it is added or divided, NaN made canonical at the end (an intermediate NaN
// stays NaN through every op here).
func (k AdamW) Run(out []float32, in [][]float32) {
	w, m, v := in[0], in[1], in[2]
	c1, c2 := Eval(OpSub, 1, in[3][0]), Eval(OpSub, 1, in[3][1])
	lr := in[4][1]
	f := Eval(OpSub, 1, Eval(OpMul, lr, k.WD))
	eps := k.Eps
	par.For(k.N, 1<<14, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			mh := m[e] / c1
			vh := v[e] / c2
			den := float32(math.Sqrt(float64(vh))) + eps
			upd := float32(lr*mh) / den
			out[e] = Canon(float32(w[e]*f) - upd)
		}
	})
}
