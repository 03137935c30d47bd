package repops

import (
	"fmt"
	"math"

	"github.com/veritrain/veritrain/internal/par"
)

// KernelID numbers each kernel; the numbers are protocol constants (the contract derives
// a trace's structure from them).
type KernelID uint8

const (
	KMatMul          KernelID = 1
	KBiasAdd         KernelID = 2
	KReLU            KernelID = 3
	KReLUGrad        KernelID = 4
	KMomentum        KernelID = 5
	KSGDApply        KernelID = 6
	KTanh            KernelID = 7
	KTanhGrad        KernelID = 8
	KSoftmaxXent     KernelID = 9
	KSoftmaxXentGrad KernelID = 10
	KColSum          KernelID = 11
	KMean            KernelID = 12
	KAdamM           KernelID = 13
	KAdamV           KernelID = 14
	KAdamApply       KernelID = 15
	KScale           KernelID = 16
	KIm2Col          KernelID = 17
	KCol2Im          KernelID = 18
)

// Kernel is one reproducible operator: a fast implementation (Run) and, for every output
// element, its definition as a scalar trace (Trace). Run's outputs are, bit for bit, the
// last results of the traces; tests hold every kernel to that.
type Kernel interface {
	ID() KernelID
	// Params are the kernel's shape and constants as protocol words (float constants as
	// their bits), in the order documented on each kernel.
	Params() []uint32
	// InLens are the lengths of the input tensors, in slot order.
	InLens() []int
	// OutLen is the number of output elements.
	OutLen() int
	// Run overwrites out[:OutLen()] from the inputs.
	Run(out []float32, in [][]float32)
	// Trace is the definition of output element e.
	Trace(in [][]float32, e int) Trace
	fmt.Stringer
}

// record runs a definition over the trace algebra.
func record(in [][]float32, def func(a traceAlg) Ref) Trace {
	var t Trace
	out := def(traceAlg{ins: in, steps: &t})
	if out.Kind != RefStep || int(out.Index) != len(t)-1 {
		// every definition ends with an operation (copies are mul by 1); an empty
		// trace is the +0 of an empty sum.
		if out.Kind == RefConst && out.Index == 0 && len(t) == 0 {
			return t
		}
		panic(fmt.Sprintf("repops: definition does not end with its last step (%+v, %d steps)", out, len(t)))
	}
	return t
}

// runDef evaluates a definition for every output element (the fast path of kernels
// whose definition is cheap enough to run as written).
func runDef(out []float32, in [][]float32, minChunk int, def func(a alg[float32], e int) float32) {
	var a alg[float32] = evalAlg{ins: in} // one interface value: no allocation per call
	par.For(len(out), minChunk, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = def(a, e)
		}
	})
}

func f32(v float32) uint32 { return math.Float32bits(v) }

// Check verifies input lengths against the kernel's shape.
func Check(k Kernel, out []float32, in [][]float32) error {
	lens := k.InLens()
	if len(in) != len(lens) {
		return fmt.Errorf("%v: %d inputs, want %d", k, len(in), len(lens))
	}
	for i, n := range lens {
		if len(in[i]) != n {
			return fmt.Errorf("%v: input %d has %d elements, want %d", k, i, len(in[i]), n)
		}
	}
	if len(out) != k.OutLen() {
		return fmt.Errorf("%v: output has %d elements, want %d", k, len(out), k.OutLen())
	}
	return nil
}

// ---------------------------------------------------------------------------------------
// MatMulK: c = op(A)·op(B), see MatMul for the order of operations.
// Params: m, k, n, layout. Inputs: A (slot 0), B (slot 1).
type MatMulK struct {
	M, K, N int
	L       Layout
}

func (k MatMulK) ID() KernelID { return KMatMul }
func (k MatMulK) Params() []uint32 {
	return []uint32{uint32(k.M), uint32(k.K), uint32(k.N), uint32(k.L)}
}
func (k MatMulK) InLens() []int  { return []int{k.M * k.K, k.K * k.N} }
func (k MatMulK) OutLen() int    { return k.M * k.N }
func (k MatMulK) String() string { return fmt.Sprintf("matmul%v(%d,%d,%d)", k.L, k.M, k.K, k.N) }
func (k MatMulK) Run(out []float32, in [][]float32) {
	MatMul(out, in[0], in[1], k.M, k.K, k.N, k.L)
}

// aIndex and bIndex are where A(i,p) and B(p,j) live in the stored operands.
func (k MatMulK) aIndex(i, p int) int {
	if k.L == TN {
		return p*k.M + i
	}
	return i*k.K + p
}

func (k MatMulK) bIndex(p, j int) int {
	if k.L == NT {
		return j*k.K + p
	}
	return p*k.N + j
}

// matMulDef: acc = +0; for p: acc = fma(A(i,p), B(p,j), acc). Step p is term p (one
// OpFMA each, its addend the constant +0 at p = 0, else step p-1).
func matMulDef[T any](a alg[T], k MatMulK, e int) T {
	i, j := e/k.N, e%k.N
	acc := a.c(0)
	for p := 0; p < k.K; p++ {
		acc = a.fma(a.in(0, k.aIndex(i, p)), a.in(1, k.bIndex(p, j)), acc)
	}
	return acc
}

func (k MatMulK) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return matMulDef[Ref](a, k, e) })
}

// ---------------------------------------------------------------------------------------
// BiasAdd: y[i,j] = X[i,j] + b[j]. Params: m, n. Inputs: X (m×n), b (n).
type BiasAdd struct{ M, N int }

func (k BiasAdd) ID() KernelID     { return KBiasAdd }
func (k BiasAdd) Params() []uint32 { return []uint32{uint32(k.M), uint32(k.N)} }
func (k BiasAdd) InLens() []int    { return []int{k.M * k.N, k.N} }
func (k BiasAdd) OutLen() int      { return k.M * k.N }
func (k BiasAdd) String() string   { return fmt.Sprintf("biasadd(%d,%d)", k.M, k.N) }
func (k BiasAdd) Run(out []float32, in [][]float32) {
	x, b := in[0], in[1]
	par.For(k.M, 1024, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			row, o := x[i*k.N:(i+1)*k.N], out[i*k.N:(i+1)*k.N]
			for j, v := range row {
				o[j] = Canon(v + b[j])
			}
		}
	})
}
func (k BiasAdd) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpAdd, a.in(0, e), a.in(1, e%k.N)) })
}

// ---------------------------------------------------------------------------------------
// ReLU: y = max(x, +0) (OpMax: -0 becomes +0, NaN stays NaN). Params: n.
type ReLU struct{ N int }

func (k ReLU) ID() KernelID     { return KReLU }
func (k ReLU) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k ReLU) InLens() []int    { return []int{k.N} }
func (k ReLU) OutLen() int      { return k.N }
func (k ReLU) String() string   { return fmt.Sprintf("relu(%d)", k.N) }
func (k ReLU) Run(out []float32, in [][]float32) {
	x := in[0]
	par.For(k.N, 1<<15, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = Max(x[e], 0)
		}
	})
}
func (k ReLU) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpMax, a.in(0, e), a.c(0)) })
}

// ReLUGrad: dx = selp(z, dy): dy where the pre-activation z > 0, else +0. Params: n.
// Inputs: z (slot 0), dy (slot 1).
type ReLUGrad struct{ N int }

func (k ReLUGrad) ID() KernelID     { return KReLUGrad }
func (k ReLUGrad) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k ReLUGrad) InLens() []int    { return []int{k.N, k.N} }
func (k ReLUGrad) OutLen() int      { return k.N }
func (k ReLUGrad) String() string   { return fmt.Sprintf("relugrad(%d)", k.N) }
func (k ReLUGrad) Run(out []float32, in [][]float32) {
	z, dy := in[0], in[1]
	par.For(k.N, 1<<15, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = SelP(z[e], dy[e])
		}
	})
}
func (k ReLUGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpSelP, a.in(0, e), a.in(1, e)) })
}

// ---------------------------------------------------------------------------------------
// The optimizers' updates are multiply-adds and fuse where the update is one: Momentum
// and SGDApply are one fma each, AdamM and AdamV fuse the decayed moment (fma(b, m,
// (1-b)·g)); AdamApply divides its product before subtracting it, so nothing fuses
// there. A fused step rounds once where the unfused one rounded twice, and is one
// operation to judge.
//
// Momentum: v' = fma(mu, v, g), one step. Params: n, bits(mu). Inputs: v (slot 0),
// g (slot 1).
type Momentum struct {
	N  int
	Mu float32
}

func (k Momentum) ID() KernelID     { return KMomentum }
func (k Momentum) Params() []uint32 { return []uint32{uint32(k.N), f32(k.Mu)} }
func (k Momentum) InLens() []int    { return []int{k.N, k.N} }
func (k Momentum) OutLen() int      { return k.N }
func (k Momentum) String() string   { return fmt.Sprintf("momentum(%d,%g)", k.N, k.Mu) }
func (k Momentum) Run(out []float32, in [][]float32) {
	v, g, mu := in[0], in[1], k.Mu
	par.For(k.N, 1<<15, func(lo, hi int) { fmaScalar(out[lo:hi], mu, v[lo:hi], g[lo:hi]) })
}
func (k Momentum) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.fma(a.c(k.Mu), a.in(0, e), a.in(1, e)) })
}

// SGDApply: w' = w - lr·v = fma(-lr, v, w), one step (negating lr is exact, so this is
// w - lr·v rounded once). Params: n, bits(lr). Inputs: w (slot 0), v (slot 1, the
// updated momentum or the gradient).
type SGDApply struct {
	N  int
	LR float32
}

func (k SGDApply) ID() KernelID     { return KSGDApply }
func (k SGDApply) Params() []uint32 { return []uint32{uint32(k.N), f32(k.LR)} }
func (k SGDApply) InLens() []int    { return []int{k.N, k.N} }
func (k SGDApply) OutLen() int      { return k.N }
func (k SGDApply) String() string   { return fmt.Sprintf("sgd(%d,%g)", k.N, k.LR) }
func (k SGDApply) Run(out []float32, in [][]float32) {
	w, v, nlr := in[0], in[1], Neg(k.LR)
	par.For(k.N, 1<<15, func(lo, hi int) { fmaScalar(out[lo:hi], nlr, v[lo:hi], w[lo:hi]) })
}
func (k SGDApply) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.fma(a.c(Neg(k.LR)), a.in(1, e), a.in(0, e)) })
}

// ---------------------------------------------------------------------------------------
// Tanh: y = 1 - 2/(exp(x+x) + 1), exp by its RepOps definition. Params: n.
type Tanh struct{ N int }

func tanhDef[T any](a alg[T], x T) T {
	ex := expDef(a, a.op(OpAdd, x, x))
	return a.op(OpSub, a.c(1), a.op(OpDiv, a.c(2), a.op(OpAdd, ex, a.c(1))))
}

func (k Tanh) ID() KernelID     { return KTanh }
func (k Tanh) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k Tanh) InLens() []int    { return []int{k.N} }
func (k Tanh) OutLen() int      { return k.N }
func (k Tanh) String() string   { return fmt.Sprintf("tanh(%d)", k.N) }
func (k Tanh) Run(out []float32, in [][]float32) {
	runDef(out, in, 4096, func(a alg[float32], e int) float32 { return tanhDef[float32](a, a.in(0, e)) })
}
func (k Tanh) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return tanhDef[Ref](a, a.in(0, e)) })
}

// TanhGrad: dx = dy·(1 - y·y) where y = tanh(x). Params: n. Inputs: y (slot 0), dy (slot 1).
// Not fused: 1 - y·y as an fma needs -y, a step of its own (the instruction set has no
// negation and y is an input), so fusing would save no step.
type TanhGrad struct{ N int }

func tanhGradDef[T any](a alg[T], e int) T {
	y := a.in(0, e)
	return a.op(OpMul, a.in(1, e), a.op(OpSub, a.c(1), a.op(OpMul, y, y)))
}

func (k TanhGrad) ID() KernelID     { return KTanhGrad }
func (k TanhGrad) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k TanhGrad) InLens() []int    { return []int{k.N, k.N} }
func (k TanhGrad) OutLen() int      { return k.N }
func (k TanhGrad) String() string   { return fmt.Sprintf("tanhgrad(%d)", k.N) }
func (k TanhGrad) Run(out []float32, in [][]float32) {
	y, dy := in[0], in[1]
	par.For(k.N, 1<<15, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			out[e] = Canon(dy[e] * (1 - float32(y[e]*y[e])))
		}
	})
}
func (k TanhGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return tanhGradDef[Ref](a, e) })
}

// ---------------------------------------------------------------------------------------
// Softmax cross-entropy over rows of logits X (m×c) against targets Y (m×c, one-hot or
// any distribution). For row i:
//
//	mx  = max(...max(max(X[i,0], X[i,1]), X[i,2])..., X[i,c-1])
//	s   = (((+0 + exp(X[i,0]-mx)) + exp(X[i,1]-mx)) + ...)
//	dot = (((+0 + Y[i,0]·(X[i,0]-mx)) + Y[i,1]·(X[i,1]-mx)) + ...)
//	loss[i] = log(s) - dot
//	grad[i,j] = (exp(X[i,j]-mx)/s - Y[i,j]) · (1/m)     with 1/m rounded to float32
type SoftmaxXent struct{ M, C int }

// rowStats is the part of the definition shared by a row's elements.
func rowStats[T any](a alg[T], c, i int) (mx, s T) {
	mx = a.in(0, i*c)
	for j := 1; j < c; j++ {
		mx = a.op(OpMax, mx, a.in(0, i*c+j))
	}
	s = a.c(0)
	for j := 0; j < c; j++ {
		s = a.op(OpAdd, s, expDef(a, a.op(OpSub, a.in(0, i*c+j), mx)))
	}
	return mx, s
}

func xentDef[T any](a alg[T], c, i int) T {
	mx, s := rowStats(a, c, i)
	dot := a.c(0)
	for j := 0; j < c; j++ {
		dot = a.op(OpAdd, dot, a.op(OpMul, a.in(1, i*c+j), a.op(OpSub, a.in(0, i*c+j), mx)))
	}
	return a.op(OpSub, logDef(a, s), dot)
}

func (k SoftmaxXent) ID() KernelID                      { return KSoftmaxXent }
func (k SoftmaxXent) Params() []uint32                  { return []uint32{uint32(k.M), uint32(k.C)} }
func (k SoftmaxXent) InLens() []int                     { return []int{k.M * k.C, k.M * k.C} }
func (k SoftmaxXent) OutLen() int                       { return k.M }
func (k SoftmaxXent) String() string                    { return fmt.Sprintf("xent(%d,%d)", k.M, k.C) }
func (k SoftmaxXent) Run(out []float32, in [][]float32) { xentRun(k, out, in) }
func (k SoftmaxXent) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return xentDef[Ref](a, k.C, e) })
}

// SoftmaxXentGrad is d(mean loss)/dX, see SoftmaxXent. Params: m, c. Inputs: X, Y.
type SoftmaxXentGrad struct{ M, C int }

func xentGradElem[T any](a alg[T], c, m, e int, mx, s T) T {
	p := a.op(OpDiv, expDef(a, a.op(OpSub, a.in(0, e), mx)), s)
	return a.op(OpMul, a.op(OpSub, p, a.in(1, e)), a.c(Eval(OpDiv, 1, float32(m))))
}

func (k SoftmaxXentGrad) ID() KernelID                      { return KSoftmaxXentGrad }
func (k SoftmaxXentGrad) Params() []uint32                  { return []uint32{uint32(k.M), uint32(k.C)} }
func (k SoftmaxXentGrad) InLens() []int                     { return []int{k.M * k.C, k.M * k.C} }
func (k SoftmaxXentGrad) OutLen() int                       { return k.M * k.C }
func (k SoftmaxXentGrad) String() string                    { return fmt.Sprintf("xentgrad(%d,%d)", k.M, k.C) }
func (k SoftmaxXentGrad) Run(out []float32, in [][]float32) { xentGradRun(k, out, in) }
func (k SoftmaxXentGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		mx, s := rowStats[Ref](a, k.C, e/k.C)
		return xentGradElem[Ref](a, k.C, k.M, e, mx, s)
	})
}

// ---------------------------------------------------------------------------------------
// ColSum: out[j] = (((+0 + X[0,j]) + X[1,j]) + ...) over rows in order (bias gradients).
// Params: m, n.
type ColSum struct{ M, N int }

func colSumDef[T any](a alg[T], k ColSum, j int) T {
	s := a.c(0)
	for i := 0; i < k.M; i++ {
		s = a.op(OpAdd, s, a.in(0, i*k.N+j))
	}
	return s
}

func (k ColSum) ID() KernelID     { return KColSum }
func (k ColSum) Params() []uint32 { return []uint32{uint32(k.M), uint32(k.N)} }
func (k ColSum) InLens() []int    { return []int{k.M * k.N} }
func (k ColSum) OutLen() int      { return k.N }
func (k ColSum) String() string   { return fmt.Sprintf("colsum(%d,%d)", k.M, k.N) }
func (k ColSum) Run(out []float32, in [][]float32) {
	x := in[0]
	par.For(k.N, 256, func(lo, hi int) {
		acc := out[lo:hi]
		clear(acc)
		for i := 0; i < k.M; i++ { // row by row: each column still adds in row order
			row := x[i*k.N+lo : i*k.N+hi]
			for j, v := range row {
				acc[j] += v
			}
		}
		for j := range acc {
			acc[j] = Canon(acc[j])
		}
	})
}
func (k ColSum) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return colSumDef[Ref](a, k, e) })
}

// Mean: (((+0 + x[0]) + x[1]) + ...) / n. Params: n. One output.
type Mean struct{ N int }

func meanDef[T any](a alg[T], n int) T {
	s := a.c(0)
	for i := 0; i < n; i++ {
		s = a.op(OpAdd, s, a.in(0, i))
	}
	return a.op(OpDiv, s, a.c(float32(n)))
}

func (k Mean) ID() KernelID     { return KMean }
func (k Mean) Params() []uint32 { return []uint32{uint32(k.N)} }
func (k Mean) InLens() []int    { return []int{k.N} }
func (k Mean) OutLen() int      { return 1 }
func (k Mean) String() string   { return fmt.Sprintf("mean(%d)", k.N) }
func (k Mean) Run(out []float32, in [][]float32) {
	out[0] = meanDef[float32](evalAlg{ins: in}, k.N)
}
func (k Mean) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return meanDef[Ref](a, k.N) })
}

// ---------------------------------------------------------------------------------------
// Adam, split into single-output kernels so that every node of the graph has one output:
//
//	AdamM:     m' = fma(b1, m, (1-b1)·g)            step 0: (1-b1)·g, step 1: the fma
//	AdamV:     v' = fma(b2, v, (1-b2)·(g·g))        steps: g·g, (1-b2)·that, the fma
//	Scale:     p' = p·b   (the running powers b1^t, b2^t, kept in the state)
//	AdamApply: w' = w - (lr·(m'/(1-p1'))) / (sqrt(v'/(1-p2')) + eps)
//
// with 1-b rounded to float32 once (a constant of the kernel). The moments fuse the
// decayed old moment, as Momentum does; AdamApply stays unfused: its product lr·m̂ is
// divided before it is subtracted, so there is no multiply-add to fuse.
type AdamM struct {
	N  int
	B1 float32
}

func (k AdamM) ID() KernelID     { return KAdamM }
func (k AdamM) Params() []uint32 { return []uint32{uint32(k.N), f32(k.B1)} }
func (k AdamM) InLens() []int    { return []int{k.N, k.N} }
func (k AdamM) OutLen() int      { return k.N }
func (k AdamM) String() string   { return fmt.Sprintf("adam_m(%d,%g)", k.N, k.B1) }
func (k AdamM) Run(out []float32, in [][]float32) {
	m, g, b, c := in[0], in[1], k.B1, Eval(OpSub, 1, k.B1)
	par.For(k.N, 1<<15, func(lo, hi int) {
		var t [256]float32 // (1-b1)·g of a block: out may be m or g itself
		for ; lo < hi; lo += len(t) {
			n := min(len(t), hi-lo)
			for e, x := range g[lo : lo+n] {
				t[e] = float32(c * x) // a NaN here becomes canonical in the fma
			}
			fmaScalar(out[lo:lo+n], b, m[lo:lo+n], t[:n])
		}
	})
}
func (k AdamM) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		return a.fma(a.c(k.B1), a.in(0, e), a.op(OpMul, a.c(Eval(OpSub, 1, k.B1)), a.in(1, e)))
	})
}

// AdamV: see AdamM. Params: n, bits(b2). Inputs: v, g.
type AdamV struct {
	N  int
	B2 float32
}

func (k AdamV) ID() KernelID     { return KAdamV }
func (k AdamV) Params() []uint32 { return []uint32{uint32(k.N), f32(k.B2)} }
func (k AdamV) InLens() []int    { return []int{k.N, k.N} }
func (k AdamV) OutLen() int      { return k.N }
func (k AdamV) String() string   { return fmt.Sprintf("adam_v(%d,%g)", k.N, k.B2) }
func (k AdamV) Run(out []float32, in [][]float32) {
	v, g, b, c := in[0], in[1], k.B2, Eval(OpSub, 1, k.B2)
	par.For(k.N, 1<<15, func(lo, hi int) {
		var t [256]float32 // (1-b2)·(g·g) of a block: out may be v or g itself
		for ; lo < hi; lo += len(t) {
			n := min(len(t), hi-lo)
			for e, x := range g[lo : lo+n] {
				t[e] = float32(c * float32(x*x))
			}
			fmaScalar(out[lo:lo+n], b, v[lo:lo+n], t[:n])
		}
	})
}
func (k AdamV) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		gg := a.op(OpMul, a.in(1, e), a.in(1, e))
		return a.fma(a.c(k.B2), a.in(0, e), a.op(OpMul, a.c(Eval(OpSub, 1, k.B2)), gg))
	})
}

// AdamApply: see AdamM. Params: n, bits(lr), bits(eps). Inputs: w, m', v', p1' (1), p2' (1).
type AdamApply struct {
	N       int
	LR, Eps float32
}

func adamApplyDef[T any](a alg[T], k AdamApply, e int) T {
	mh := a.op(OpDiv, a.in(1, e), a.op(OpSub, a.c(1), a.in(3, 0)))
	vh := a.op(OpDiv, a.in(2, e), a.op(OpSub, a.c(1), a.in(4, 0)))
	den := a.op(OpAdd, a.un(OpSqrt, vh), a.c(k.Eps))
	return a.op(OpSub, a.in(0, e), a.op(OpDiv, a.op(OpMul, a.c(k.LR), mh), den))
}

func (k AdamApply) ID() KernelID     { return KAdamApply }
func (k AdamApply) Params() []uint32 { return []uint32{uint32(k.N), f32(k.LR), f32(k.Eps)} }
func (k AdamApply) InLens() []int    { return []int{k.N, k.N, k.N, 1, 1} }
func (k AdamApply) OutLen() int      { return k.N }
func (k AdamApply) String() string   { return fmt.Sprintf("adam(%d,%g,%g)", k.N, k.LR, k.Eps) }
func (k AdamApply) Run(out []float32, in [][]float32) {
	w, m, v := in[0], in[1], in[2]
	c1, c2 := Eval(OpSub, 1, in[3][0]), Eval(OpSub, 1, in[4][0])
	lr, eps := k.LR, k.Eps
	par.For(k.N, 1<<14, func(lo, hi int) {
		for e := lo; e < hi; e++ {
			mh := m[e] / c1
			vh := v[e] / c2
			den := float32(math.Sqrt(float64(vh))) + eps
			out[e] = Canon(w[e] - float32(lr*mh)/den)
		}
	})
}
func (k AdamApply) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return adamApplyDef[Ref](a, k, e) })
}

// Scale: y = x·s (also a copy, with s = 1: exact, keeps -0, canonicalises NaN).
// Params: n, bits(s).
type Scale struct {
	N int
	S float32
}

func (k Scale) ID() KernelID     { return KScale }
func (k Scale) Params() []uint32 { return []uint32{uint32(k.N), f32(k.S)} }
func (k Scale) InLens() []int    { return []int{k.N} }
func (k Scale) OutLen() int      { return k.N }
func (k Scale) String() string   { return fmt.Sprintf("scale(%d,%g)", k.N, k.S) }
func (k Scale) Run(out []float32, in [][]float32) {
	x, s := in[0], k.S
	for e := range out[:k.N] {
		out[e] = Canon(x[e] * s)
	}
}
func (k Scale) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpMul, a.in(0, e), a.c(k.S)) })
}

// ---------------------------------------------------------------------------------------
// Im2Col unfolds an NHWC image batch (n×h×w×c) into patches for a valid (unpadded)
// convolution with a kh×kw window and stride s: row r = (img·oh + y)·ow + x, column
// q = (dy·kw + dx)·c + ch; each element is x·1 (a copy). Params: n,h,w,c,kh,kw,s.
// A convolution is Im2Col then MatMul, so its multiply-adds are MatMul's fused ones;
// Im2Col copies and Col2Im only adds, so neither has anything to fuse.
type Im2Col struct{ N, H, W, C, KH, KW, S int }

// OutHW is the spatial size of the convolution's output.
func (k Im2Col) OutHW() (int, int) { return (k.H-k.KH)/k.S + 1, (k.W-k.KW)/k.S + 1 }

// Cols is the width of a patch row.
func (k Im2Col) Cols() int { return k.KH * k.KW * k.C }

// Rows is the number of patches.
func (k Im2Col) Rows() int { oh, ow := k.OutHW(); return k.N * oh * ow }

// Source is the input (image) element that output (patch) element e copies.
func (k Im2Col) Source(e int) int {
	oh, ow := k.OutHW()
	r, q := e/k.Cols(), e%k.Cols()
	img, y, x := r/(oh*ow), (r/ow)%oh, r%ow
	dy, dx, ch := q/(k.KW*k.C), (q/k.C)%k.KW, q%k.C
	return ((img*k.H+y*k.S+dy)*k.W+x*k.S+dx)*k.C + ch
}

func (k Im2Col) ID() KernelID { return KIm2Col }
func (k Im2Col) Params() []uint32 {
	return []uint32{uint32(k.N), uint32(k.H), uint32(k.W), uint32(k.C), uint32(k.KH), uint32(k.KW), uint32(k.S)}
}
func (k Im2Col) InLens() []int  { return []int{k.N * k.H * k.W * k.C} }
func (k Im2Col) OutLen() int    { return k.Rows() * k.Cols() }
func (k Im2Col) String() string { return fmt.Sprintf("im2col%v", k.Params()) }
func (k Im2Col) Run(out []float32, in [][]float32) {
	x, cols := in[0], k.Cols()
	oh, ow := k.OutHW()
	seg := k.KW * k.C // one window row is contiguous in NHWC
	par.For(k.Rows(), 256, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			img, y, xx := r/(oh*ow), (r/ow)%oh, r%ow
			for dy := 0; dy < k.KH; dy++ {
				src := x[((img*k.H+y*k.S+dy)*k.W+xx*k.S)*k.C:][:seg]
				dst := out[r*cols+dy*seg:][:seg]
				for i, v := range src {
					dst[i] = Canon(v)
				}
			}
		}
	})
}
func (k Im2Col) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return a.op(OpMul, a.in(0, k.Source(e)), a.c(1)) })
}

// Col2Im is the adjoint of Im2Col (the gradient of a convolution's input): each input
// element sums, from +0, the patch elements that copied it, in increasing (dy, dx) order
// (for a fixed pixel and channel the patches are determined by dy and dx). Params as
// Im2Col. Input: the patch gradients (rows×cols); output n×h×w×c.
type Col2Im struct{ Im2Col }

func (k Col2Im) ID() KernelID   { return KCol2Im }
func (k Col2Im) InLens() []int  { return []int{k.Rows() * k.Cols()} }
func (k Col2Im) OutLen() int    { return k.N * k.H * k.W * k.C }
func (k Col2Im) String() string { return fmt.Sprintf("col2im%v", k.Params()) }

// Terms are the indexes, in the patch matrix, of the elements that copied pixel e, in
// the order the definition adds them: increasing dy, then dx.
func (k Col2Im) Terms(e int) []int {
	oh, ow := k.OutHW()
	ch, px, py, img := e%k.C, (e/k.C)%k.W, (e/(k.C*k.W))%k.H, e/(k.C*k.W*k.H)
	var idx []int
	for dy := 0; dy < k.KH; dy++ {
		y := py - dy
		if y < 0 || y%k.S != 0 || y/k.S >= oh {
			continue
		}
		for dx := 0; dx < k.KW; dx++ {
			x := px - dx
			if x < 0 || x%k.S != 0 || x/k.S >= ow {
				continue
			}
			r := (img*oh+y/k.S)*ow + x/k.S
			idx = append(idx, r*k.Cols()+(dy*k.KW+dx)*k.C+ch)
		}
	}
	return idx
}

func col2imDef[T any](a alg[T], k Col2Im, e int) T {
	s := a.c(0)
	for _, i := range k.Terms(e) {
		s = a.op(OpAdd, s, a.in(0, i))
	}
	return s
}

// Run scatters patch by patch, (dy, dx) in the outer loops, so that each input element
// still receives its terms from +0 in increasing (dy, dx) order, as defined.
func (k Col2Im) Run(out []float32, in [][]float32) {
	d, cols := in[0], k.Cols()
	oh, ow := k.OutHW()
	img := k.H * k.W * k.C
	par.For(k.N, 1, func(lo, hi int) {
		o := out[lo*img : hi*img]
		clear(o)
		for n := lo; n < hi; n++ {
			for dy := 0; dy < k.KH; dy++ {
				for dx := 0; dx < k.KW; dx++ {
					for y := 0; y < oh; y++ {
						for x := 0; x < ow; x++ {
							r := (n*oh+y)*ow + x
							src := d[r*cols+(dy*k.KW+dx)*k.C:][:k.C]
							dst := out[((n*k.H+y*k.S+dy)*k.W+x*k.S+dx)*k.C:][:k.C]
							for ch, v := range src {
								dst[ch] += v
							}
						}
					}
				}
			}
		}
		for i, v := range o {
			o[i] = Canon(v)
		}
	})
}

func (k Col2Im) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return col2imDef[Ref](a, k, e) })
}
