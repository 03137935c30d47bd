package repops

import (
	"fmt"

	"github.com/veritrain/veritrain/internal/par"
)

// Causal multi-head self-attention over a batch of B sequences of T positions, H heads
// of width Dh (D = H·Dh). Its input is the fused projection qkv (B·T rows of 3·D: q, then
// k, then v, each head's Dh values contiguous), so no kernel copies heads apart.
// Score rows are (b, h, i) for query position i; column j is the key position. Scores
// and probabilities at j > i (the future) are +0 by an empty trace: the mask is part
// of the definition, so nothing masked is computed, judged or leaks through a NaN.
//
//	AttnScores    S[(b,h,i), j]  = fma chain over d of q[b,i,h,d]·k[b,j,h,d]   (j ≤ i)
//	CausalSoftmax P[(b,h,i), j]  = softmax over j ≤ i of (S - max)·scale       (j ≤ i)
//	AttnApply     O[(b,i), h,d]  = fma chain over j ≤ i of P[(b,h,i),j]·v[b,j,h,d]
//	AttnGradP     dP[(b,h,i), j] = fma chain over d of dO[b,i,h,d]·v[b,j,h,d]  (j ≤ i)
//	CausalSoftmaxGrad dS          = (P·(dP - Σ P·dP))·scale                     (j ≤ i)
//	AttnGradQKV   dq = Σ_{j≤i} dS·k, dk = Σ_{i≥j} dS·q, dv = Σ_{i≥j} P·dO
//
// Every chain starts at +0 and runs in increasing index order; the fast paths keep
// that order and vectorise across independent outputs (fmaScalar), never across terms.
// Params of the four product kernels: b, t, h, dh.
type Attn struct{ B, T, H, Dh int }

func (k Attn) Params() []uint32 {
	return []uint32{uint32(k.B), uint32(k.T), uint32(k.H), uint32(k.Dh)}
}

func (k Attn) d() int { return k.H * k.Dh }

// qkvAt is where component part (0 q, 1 k, 2 v) of head h, position t of sequence b,
// feature d lives in qkv.
func (k Attn) qkvAt(part, b, t, h, d int) int {
	return (b*k.T+t)*3*k.d() + part*k.d() + h*k.Dh + d
}

// rowAt is the first element of score row (b, h, i).
func (k Attn) rowAt(b, h, i int) int { return ((b*k.H+h)*k.T + i) * k.T }

func (k Attn) scoresLen() int { return k.B * k.H * k.T * k.T }
func (k Attn) qkvLen() int    { return k.B * k.T * 3 * k.d() }
func (k Attn) outLen() int    { return k.B * k.T * k.d() }

// scoreIndex splits a score element into (b, h, i, j).
func (k Attn) scoreIndex(e int) (b, h, i, j int) {
	j, r := e%k.T, e/k.T
	i, r = r%k.T, r/k.T
	return r / k.H, r % k.H, i, j
}

// AttnScores: see Attn. Input: qkv. Output: B·H·T rows of T.
type AttnScores struct{ Attn }

func attnScoresDef[T any](a alg[T], k Attn, e int) T {
	b, h, i, j := k.scoreIndex(e)
	acc := a.c(0)
	if j > i {
		return acc
	}
	for d := 0; d < k.Dh; d++ {
		acc = a.fma(a.in(0, k.qkvAt(0, b, i, h, d)), a.in(0, k.qkvAt(1, b, j, h, d)), acc)
	}
	return acc
}

func (k AttnScores) ID() KernelID   { return KAttnScores }
func (k AttnScores) InLens() []int  { return []int{k.qkvLen()} }
func (k AttnScores) OutLen() int    { return k.scoresLen() }
func (k AttnScores) String() string { return fmt.Sprintf("attnscores%v", k.Params()) }
func (k AttnScores) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return attnScoresDef[Ref](a, k.Attn, e) })
}
func (k AttnScores) Run(out []float32, in [][]float32) {
	k.Attn.rowDots(out, in[0], in[0], 0, k.qkvAt, 1)
}

// rowDots writes, for every score row (b, h, i), out[j] = fma chain over d of
// x[xAt(b,i,h,d)]·y[(b,j,h,d) of qkv part yPart] for j ≤ i and +0 beyond: the scores
// (x = q in qkv) and the probabilities' gradient (x = dO).
func (k Attn) rowDots(out, x, qkv []float32, xPart int, xAt func(part, b, t, h, d int) int, yPart int) {
	par.For(k.B*k.H, 1, func(lo, hi int) {
		yt := make([]float32, k.Dh*k.T) // y transposed: yt[d·T + j]
		for bh := lo; bh < hi; bh++ {
			b, h := bh/k.H, bh%k.H
			for j := 0; j < k.T; j++ {
				for d := 0; d < k.Dh; d++ {
					yt[d*k.T+j] = qkv[k.qkvAt(yPart, b, j, h, d)]
				}
			}
			for i := 0; i < k.T; i++ {
				row := out[k.rowAt(b, h, i):][:k.T]
				clear(row)
				acc := row[:i+1]
				for d := 0; d < k.Dh; d++ {
					fmaScalar(acc, x[xAt(xPart, b, i, h, d)], yt[d*k.T:], acc)
				}
			}
		}
	})
}

// AttnApply: see Attn. Inputs: P (slot 0), qkv (slot 1). Output: B·T rows of D.
type AttnApply struct{ Attn }

func (k Attn) outIndex(e int) (b, t, h, d int) {
	d, r := e%k.Dh, e/k.Dh
	h, r = r%k.H, r/k.H
	return r / k.T, r % k.T, h, d
}

func attnApplyDef[T any](a alg[T], k Attn, e int) T {
	b, i, h, d := k.outIndex(e)
	acc := a.c(0)
	for j := 0; j <= i; j++ {
		acc = a.fma(a.in(0, k.rowAt(b, h, i)+j), a.in(1, k.qkvAt(2, b, j, h, d)), acc)
	}
	return acc
}

func (k AttnApply) ID() KernelID   { return KAttnApply }
func (k AttnApply) InLens() []int  { return []int{k.scoresLen(), k.qkvLen()} }
func (k AttnApply) OutLen() int    { return k.outLen() }
func (k AttnApply) String() string { return fmt.Sprintf("attnapply%v", k.Params()) }
func (k AttnApply) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return attnApplyDef[Ref](a, k.Attn, e) })
}
func (k AttnApply) Run(out []float32, in [][]float32) {
	p, qkv := in[0], in[1]
	par.For(k.B*k.H, 1, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			b, h := bh/k.H, bh%k.H
			for i := 0; i < k.T; i++ {
				acc := out[((b*k.T+i)*k.H+h)*k.Dh:][:k.Dh]
				clear(acc)
				prow := p[k.rowAt(b, h, i):]
				for j := 0; j <= i; j++ {
					fmaScalar(acc, prow[j], qkv[k.qkvAt(2, b, j, h, 0):], acc)
				}
			}
		}
	})
}

// AttnGradP: see Attn. Inputs: dO (slot 0, B·T rows of D), qkv (slot 1).
type AttnGradP struct{ Attn }

func attnGradPDef[T any](a alg[T], k Attn, e int) T {
	b, h, i, j := k.scoreIndex(e)
	acc := a.c(0)
	if j > i {
		return acc
	}
	for d := 0; d < k.Dh; d++ {
		acc = a.fma(a.in(0, ((b*k.T+i)*k.H+h)*k.Dh+d), a.in(1, k.qkvAt(2, b, j, h, d)), acc)
	}
	return acc
}

func (k AttnGradP) ID() KernelID   { return KAttnGradP }
func (k AttnGradP) InLens() []int  { return []int{k.outLen(), k.qkvLen()} }
func (k AttnGradP) OutLen() int    { return k.scoresLen() }
func (k AttnGradP) String() string { return fmt.Sprintf("attngradp%v", k.Params()) }
func (k AttnGradP) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return attnGradPDef[Ref](a, k.Attn, e) })
}
func (k AttnGradP) Run(out []float32, in [][]float32) {
	doAt := func(_, b, t, h, d int) int { return ((b*k.T+t)*k.H+h)*k.Dh + d }
	k.Attn.rowDots(out, in[0], in[1], 0, doAt, 2)
}

// AttnGradQKV: the gradient of qkv, element (b, t, part, h, d):
//
//	q: fma chain over j = 0..t   of dS[(b,h,t), j]·k[b,j,h,d]
//	k: fma chain over i = t..T-1 of dS[(b,h,i), t]·q[b,i,h,d]
//	v: fma chain over i = t..T-1 of  P[(b,h,i), t]·dO[b,i,h,d]
//
// Inputs: dS (slot 0), P (slot 1), dO (slot 2), qkv (slot 3).
type AttnGradQKV struct{ Attn }

func attnGradQKVDef[T any](a alg[T], k Attn, e int) T {
	d3 := 3 * k.d()
	bt, q := e/d3, e%d3
	b, t := bt/k.T, bt%k.T
	part, h, d := q/k.d(), (q%k.d())/k.Dh, q%k.Dh
	acc := a.c(0)
	switch part {
	case 0:
		for j := 0; j <= t; j++ {
			acc = a.fma(a.in(0, k.rowAt(b, h, t)+j), a.in(3, k.qkvAt(1, b, j, h, d)), acc)
		}
	case 1:
		for i := t; i < k.T; i++ {
			acc = a.fma(a.in(0, k.rowAt(b, h, i)+t), a.in(3, k.qkvAt(0, b, i, h, d)), acc)
		}
	default:
		for i := t; i < k.T; i++ {
			acc = a.fma(a.in(1, k.rowAt(b, h, i)+t), a.in(2, ((b*k.T+i)*k.H+h)*k.Dh+d), acc)
		}
	}
	return acc
}

func (k AttnGradQKV) ID() KernelID { return KAttnGradQKV }
func (k AttnGradQKV) InLens() []int {
	return []int{k.scoresLen(), k.scoresLen(), k.outLen(), k.qkvLen()}
}
func (k AttnGradQKV) OutLen() int    { return k.qkvLen() }
func (k AttnGradQKV) String() string { return fmt.Sprintf("attngradqkv%v", k.Params()) }
func (k AttnGradQKV) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref { return attnGradQKVDef[Ref](a, k.Attn, e) })
}
func (k AttnGradQKV) Run(out []float32, in [][]float32) {
	ds, p, dO, qkv := in[0], in[1], in[2], in[3]
	par.For(k.B*k.H, 1, func(lo, hi int) {
		for bh := lo; bh < hi; bh++ {
			b, h := bh/k.H, bh%k.H
			for t := 0; t < k.T; t++ {
				dq := out[k.qkvAt(0, b, t, h, 0):][:k.Dh]
				dk := out[k.qkvAt(1, b, t, h, 0):][:k.Dh]
				dv := out[k.qkvAt(2, b, t, h, 0):][:k.Dh]
				clear(dq)
				clear(dk)
				clear(dv)
				for j := 0; j <= t; j++ {
					fmaScalar(dq, ds[k.rowAt(b, h, t)+j], qkv[k.qkvAt(1, b, j, h, 0):], dq)
				}
				for i := t; i < k.T; i++ {
					fmaScalar(dk, ds[k.rowAt(b, h, i)+t], qkv[k.qkvAt(0, b, i, h, 0):], dk)
					fmaScalar(dv, p[k.rowAt(b, h, i)+t], dO[((b*k.T+i)*k.H+h)*k.Dh:], dv)
				}
			}
		}
	})
}

// ---------------------------------------------------------------------------------------
// CausalSoftmax over rows of T scores, row r being query position i = r mod T: for
// j ≤ i, with mx = max(...max(x0, x1)..., x_i) and e_k = exp((x_k - mx)·scale),
// s = (((+0 + e_0) + e_1) + ... + e_i) and p_j = e_j / s; p_j = +0 (an empty trace)
// for j > i. Params: rows, t, bits(scale).
type CausalSoftmax struct {
	Rows, T int
	Scale   float32
}

func (k CausalSoftmax) Params() []uint32 {
	return []uint32{uint32(k.Rows), uint32(k.T), f32(k.Scale)}
}

type softRow[T any] struct {
	e []T
	s T
}

func causalRow[T any](a alg[T], k CausalSoftmax, r int) softRow[T] {
	base, i := r*k.T, r%k.T
	mx := a.in(0, base)
	for j := 1; j <= i; j++ {
		mx = a.op(OpMax, mx, a.in(0, base+j))
	}
	st := softRow[T]{e: make([]T, i+1), s: a.c(0)}
	for j := 0; j <= i; j++ {
		st.e[j] = expDef(a, a.op(OpMul, a.op(OpSub, a.in(0, base+j), mx), a.c(k.Scale)))
		st.s = a.op(OpAdd, st.s, st.e[j])
	}
	return st
}

func (k CausalSoftmax) ID() KernelID   { return KCausalSoftmax }
func (k CausalSoftmax) InLens() []int  { return []int{k.Rows * k.T} }
func (k CausalSoftmax) OutLen() int    { return k.Rows * k.T }
func (k CausalSoftmax) String() string { return fmt.Sprintf("causalsoftmax%v", k.Params()) }
func (k CausalSoftmax) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		r, j := e/k.T, e%k.T
		if j > r%k.T {
			return a.c(0)
		}
		st := causalRow[Ref](a, k, r)
		return a.op(OpDiv, st.e[j], st.s)
	})
}

// Run is causalRow in native float32 (each operation rounded alone, as defined).
func (k CausalSoftmax) Run(out []float32, in [][]float32) {
	x := in[0]
	par.For(k.Rows, 16, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			row, xs := out[r*k.T:(r+1)*k.T], x[r*k.T:(r+1)*k.T]
			i := r % k.T
			mx := xs[0]
			for _, v := range xs[1 : i+1] {
				mx = Max(mx, v)
			}
			s := float32(0)
			for j, v := range xs[:i+1] {
				row[j] = expNative(float32((v - mx) * k.Scale))
				s += row[j]
			}
			for j := range row[:i+1] {
				row[j] = Canon(row[j] / s)
			}
			clear(row[i+1:])
		}
	})
}

// CausalSoftmaxGrad is the gradient of CausalSoftmax's input given P and dP: for j ≤ i,
// dot = fma chain over k ≤ i of p_k·dp_k from +0 and dx_j = (p_j·(dp_j - dot))·scale;
// +0 for j > i. Params as CausalSoftmax. Inputs: P (slot 0), dP (slot 1).
type CausalSoftmaxGrad struct{ CausalSoftmax }

func causalGradDot[T any](a alg[T], t, r int) T {
	base, i := r*t, r%t
	dot := a.c(0)
	for j := 0; j <= i; j++ {
		dot = a.fma(a.in(0, base+j), a.in(1, base+j), dot)
	}
	return dot
}

func causalGradElem[T any](a alg[T], scale float32, e int, dot T) T {
	return a.op(OpMul, a.op(OpMul, a.in(0, e), a.op(OpSub, a.in(1, e), dot)), a.c(scale))
}

func (k CausalSoftmaxGrad) ID() KernelID   { return KCausalSoftmaxGrad }
func (k CausalSoftmaxGrad) InLens() []int  { return []int{k.Rows * k.T, k.Rows * k.T} }
func (k CausalSoftmaxGrad) String() string { return fmt.Sprintf("causalsoftmaxgrad%v", k.Params()) }
func (k CausalSoftmaxGrad) Trace(in [][]float32, e int) Trace {
	return record(in, func(a traceAlg) Ref {
		r, j := e/k.T, e%k.T
		if j > r%k.T {
			return a.c(0)
		}
		return causalGradElem(a, k.Scale, e, causalGradDot[Ref](a, k.T, r))
	})
}
func (k CausalSoftmaxGrad) Run(out []float32, in [][]float32) {
	var a alg[float32] = evalAlg{ins: in} // one interface value: no allocation per call
	par.For(k.Rows, 64, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			dot := causalGradDot[float32](a, k.T, r)
			row := out[r*k.T : (r+1)*k.T]
			clear(row)
			for j := 0; j <= r%k.T; j++ {
				row[j] = causalGradElem(a, k.Scale, r*k.T+j, dot)
			}
		}
	})
}
