package model

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"slices"

	"github.com/veritrain/veritrain/repops"
)

// The step structure of the transformer kernels, repops ids 19 (Add) to 40 (AdamW):
// the Go twin of PinpointShapesT.sol (library PinpointShapesT, served on chain by
// PinpointShapesTDeriver). Shapes.go dispatches every id in that range here. As for
// kernels 1-18, every trace's structure is data-independent and step i of element e is
// derived in O(1) from (descriptor, e, i); the definitions are repops/transformer.go,
// attention.go and optim.go.
//
// The fixed traces (element-wise kernels, the clip coefficient, the schedule, AdamW)
// are programs like kernelPrograms, in their own operand code (the contract's
// interpreter has to know what each kind means, and these kernels read row vectors,
// single elements and derived constants that 1-18 never read):
//
//	kind 0 constant (payload: bits; on chain an index into POOL), 2 step of the program,
//	3 none, 4 the block's argument (exp), as in shapes.go;
//	kind 1 (tIn) input: payload mode<<4 | slot, mode tInE element e, tInRow element
//	  e mod p1 (a row vector's), tInAt+k element k;
//	kind 5 (tPar) a descriptor constant: payload parP0..parP3 the bits of p0..p3, parPE
//	  p0 for element 0 else p1, parFromP0 float32(p0), parSpan float32(p1 - p0),
//	  parDiff p2 - p3 rounded to float32.

// The kernels this file derives.
const (
	firstT = repops.KAdd
	lastT  = repops.KAdamW
)

// isTransformer says whether kernel id is derived here (ids 19-40).
func isTransformer(id repops.KernelID) bool { return id >= firstT && id <= lastT }

// fixedLength says whether every element of kernel id's nodes has the same trace
// length (TraceLength answers for it without an element).
func fixedLength(id repops.KernelID) bool {
	switch id {
	case repops.KCol2Im, repops.KCausalSoftmax, repops.KCausalSoftmaxGrad, repops.KAttnScores,
		repops.KAttnApply, repops.KAttnGradP, repops.KAttnGradQKV, repops.KLRSchedule:
		return false
	}
	return true
}

// Operand kinds of the transformer programs beyond shapes.go's const/step/none/x.
const (
	tIn  = uint8(repops.RefInput) // payload: mode<<4 | slot
	tPar = 5                      // payload: par*
)

// Input modes (tIn payload's high nibble).
const (
	tInE   = 0 // element e
	tInRow = 1 // element e mod p1: the row vector of a row-wise kernel
	tInAt  = 2 // tInAt + k: element k (k = 0, 1)
)

// Descriptor constants (tPar payload).
const (
	parP0     = 0 // bits of p0 (parP0+k: of pk)
	parPE     = 4 // p0 for element 0, else p1 (AdamPowers' b1, b2)
	parFromP0 = 5 // float32(p0) (LRSchedule's warm-up length W)
	parSpan   = 6 // float32(p1 - p0) (LRSchedule's Total - W, signed)
	parDiff   = 7 // p2 - p3 as a float32 sub (LRSchedule's LRMax - LRMin)
)

func tin(slot, mode uint8) bref { return bref{tIn, uint32(mode)<<4 | uint32(slot)} }
func tpar(w uint32) bref        { return bref{tPar, w} }
func bf(v float32) bref         { return bc(math.Float32bits(v)) }

// GELU's constants (repops geluK0, geluK1, geluK3) and ClipCoef's epsilon.
const (
	geluK0  = float32(0.7978845608028654)
	geluK1  = float32(0.044715)
	geluK3  = float32(3 * 0.044715)
	clipEps = float32(1e-6)
)

var (
	tx0 = tin(0, tInE) // x: element e of slot 0
	tx1 = tin(1, tInE) // dy: element e of slot 1
)

// geluCore is repops geluCore: x·x (step 0) and t = tanh(k0·fma(k1, x·x·x, x)) (step
// 30), tanh as Tanh defines it (steps 4-30).
var geluCore = slices.Concat([]bstep{
	st(repops.OpMul, tx0, tx0),          // 0: x2
	st(repops.OpMul, br(0), tx0),        // 1: x2·x
	fm(bf(geluK1), br(1), tx0),          // 2: inner
	st(repops.OpMul, bf(geluK0), br(2)), // 3
	st(repops.OpAdd, br(3), br(3)),      // 4: tanh: u+u
}, inline(expBlock, 5, br(4)), []bstep{ // 5-27: exp(u+u)
	st(repops.OpAdd, br(27), one),            // 28
	st(repops.OpDiv, bc(0x40000000), br(28)), // 29: 2/(.)
	st(repops.OpSub, one, br(29)),            // 30: t
})

// siluCore is repops siluDen: 1 + exp(+0 - x) (step 24).
var siluCore = slices.Concat([]bstep{st(repops.OpSub, zero, tx0)}, inline(expBlock, 1, br(0)),
	[]bstep{st(repops.OpAdd, one, br(23))})

var half = bf(0.5)

// tPrograms are the fixed traces, by program slot: slot k < 22 is kernel 19+k (nil:
// not a program), slot 22 LRSchedule's element 0 and slot 23 SumSq with n = 0.
var tPrograms = [24][]bstep{
	repops.KAdd - firstT:       {st(repops.OpAdd, tx0, tx1)},
	repops.KRowMul - firstT:    {st(repops.OpMul, tx0, tin(1, tInRow))},
	repops.KRowAffine - firstT: {fm(tx0, tin(1, tInRow), tin(2, tInRow))},
	repops.KGELU - firstT: slices.Concat(geluCore, []bstep{ // (0.5·x)·(1 + t)
		st(repops.OpMul, half, tx0), st(repops.OpAdd, one, br(30)), st(repops.OpMul, br(31), br(32))}),
	repops.KGELUGrad - firstT: slices.Concat(geluCore, []bstep{
		st(repops.OpAdd, one, br(30)),        // 31: 1+t
		st(repops.OpMul, half, br(31)),       // 32: ha
		st(repops.OpMul, half, tx0),          // 33: 0.5·x
		st(repops.OpMul, br(30), br(30)),     // 34: t·t
		st(repops.OpSub, one, br(34)),        // 35
		st(repops.OpMul, br(33), br(35)),     // 36: w
		fm(bf(geluK3), br(0), one),           // 37: fma(3·k1, x2, 1)
		st(repops.OpMul, bf(geluK0), br(37)), // 38: r
		st(repops.OpMul, br(36), br(38)),     // 39: w·r
		st(repops.OpAdd, br(32), br(39)),     // 40
		st(repops.OpMul, tx1, br(40)),        // 41: dy·(.)
	}),
	repops.KSiLU - firstT: slices.Concat(siluCore, []bstep{st(repops.OpDiv, tx0, br(24))}),
	repops.KSiLUGrad - firstT: slices.Concat(siluCore, []bstep{
		st(repops.OpDiv, one, br(24)),    // 25: s
		st(repops.OpSub, one, br(25)),    // 26: 1-s
		fm(tx0, br(26), one),             // 27: q
		st(repops.OpMul, br(25), br(27)), // 28: s·q
		st(repops.OpMul, tx1, br(28)),    // 29: dy·(.)
	}),
	repops.KClipCoef - firstT: { // min(clip / (sqrt(total) + 1e-6), 1)
		st(repops.OpSqrt, tin(0, tInAt), bn), st(repops.OpAdd, br(0), bf(clipEps)),
		st(repops.OpDiv, tpar(parP0), br(1)), st(repops.OpMin, br(2), one)},
	repops.KScaleBy - firstT:    {st(repops.OpMul, tx0, tin(1, tInAt))},
	repops.KLRSchedule - firstT: lrProgram(),
	repops.KAdamPowers - firstT: {st(repops.OpMul, tx0, tpar(parPE))},
	repops.KAdamW - firstT: {
		st(repops.OpSub, one, tin(3, tInAt)),             // 0: 1-p1'
		st(repops.OpDiv, tin(1, tInE), br(0)),            // 1: m̂
		st(repops.OpSub, one, tin(3, tInAt+1)),           // 2: 1-p2'
		st(repops.OpDiv, tin(2, tInE), br(2)),            // 3: v̂
		st(repops.OpMul, tin(4, tInAt+1), br(1)),         // 4: lr·m̂
		st(repops.OpSqrt, br(3), bn),                     // 5
		st(repops.OpAdd, br(5), tpar(parP0+1)),           // 6: + eps
		st(repops.OpDiv, br(4), br(6)),                   // 7: upd
		st(repops.OpMul, tin(4, tInAt+1), tpar(parP0+2)), // 8: lr·wd
		st(repops.OpSub, one, br(8)),                     // 9
		st(repops.OpMul, tx0, br(9)),                     // 10: decayed
		st(repops.OpSub, br(10), br(7)),                  // 11
	},
	22: {st(repops.OpAdd, tin(0, tInAt), one)}, // LRSchedule element 0: t + 1
	23: {st(repops.OpMul, tin(0, tInAt), one)}, // SumSq n = 0: the total passes through
}

// lrProgram is repops lrDef (element 1 of LRSchedule), 20 steps.
func lrProgram() []bstep {
	t := tin(0, tInAt)
	p := []bstep{
		st(repops.OpAdd, t, one),                                    // 0: t+1
		st(repops.OpDiv, br(0), tpar(parFromP0)),                    // 1: /W
		st(repops.OpMin, br(1), one),                                // 2
		st(repops.OpMul, tpar(parP0+2), br(2)),                      // 3: warm
		st(repops.OpSub, t, tpar(parFromP0)),                        // 4: t-W
		st(repops.OpDiv, br(4), tpar(parSpan)),                      // 5: /(Total-W)
		st(repops.OpMax, br(5), zero),                               // 6
		st(repops.OpMin, br(6), one),                                // 7: p
		st(repops.OpSub, br(7), half),                               // 8: y
		st(repops.OpMul, br(8), br(8)),                              // 9: z
		fm(bf(repops.SinPiCoef[0]), br(9), bf(repops.SinPiCoef[1])), // 10: Horner
	}
	for k := 2; k < len(repops.SinPiCoef); k++ { // 11-14
		p = append(p, fm(br(uint32(len(p)-1)), br(9), bf(repops.SinPiCoef[k])))
	}
	return append(p,
		st(repops.OpMul, br(8), br(14)),          // 15: y·h
		st(repops.OpMul, half, br(15)),           // 16
		st(repops.OpSub, half, br(16)),           // 17: half
		fm(tpar(parDiff), br(17), tpar(parP0+3)), // 18: cos
		st(repops.OpMin, br(3), br(18)),          // 19: lr
	)
}

// tProgram is the program of element e of n (nil: n's kernel is not one).
func tProgram(n Node, e uint64) []bstep {
	id := repops.KernelID(n.Kernel)
	switch {
	case id == repops.KLRSchedule && e == 0:
		return tPrograms[22]
	case id == repops.KSumSq:
		if n.P0 == 0 {
			return tPrograms[23]
		}
		return nil
	}
	return tPrograms[id-firstT]
}

// tat resolves b in a transformer program whose first step is step base, with
// argument x, for element e of n.
func (b bref) tat(base uint64, x ref, e uint64, n Node) ref {
	switch b.kind {
	case bConst:
		return cref(b.v)
	case bStep:
		return sref(base + uint64(b.v))
	case bNone:
		return noref
	case bX:
		return x
	case tIn:
		slot, mode := uint8(b.v&15), b.v>>4
		switch mode {
		case tInE:
			return iref(slot, e)
		case tInRow:
			return iref(slot, e%uint64(n.P1))
		}
		return iref(slot, uint64(mode-tInAt))
	}
	p := [4]uint32{n.P0, n.P1, n.P2, n.P3}
	switch b.v { // tPar
	case parPE:
		return cref(p[min(e, 1)])
	case parFromP0:
		return fref(float32(n.P0))
	case parSpan:
		return fref(float32(int64(n.P1) - int64(n.P0)))
	case parDiff:
		return fref(repops.Eval(repops.OpSub, math.Float32frombits(n.P2), math.Float32frombits(n.P3)))
	}
	return cref(p[b.v])
}

// tprogShape is step j of program prog whose first step is step base of the trace.
func tprogShape(prog []bstep, j, base uint64, x ref, e uint64, n Node) Shape {
	s := prog[j]
	if s.op == repops.OpFMA {
		return mk3(s.a.tat(base, x, e, n), s.b.tat(base, x, e, n), s.c.tat(base, x, e, n))
	}
	return mk(s.op, s.a.tat(base, x, e, n), s.b.tat(base, x, e, n))
}

// attn is an attention descriptor (p0..p3 = b, t, h, dh) with the sizes of its tensors.
type attn struct{ b, t, h, dh, scores, qkv, out uint64 }

func attnOf(n Node) (attn, bool) {
	a := attn{b: uint64(n.P0), t: uint64(n.P1), h: uint64(n.P2), dh: uint64(n.P3)}
	var ok1, ok2 bool
	a.scores, ok1 = product(a.b, a.h, a.t, a.t)
	a.qkv, ok2 = product(a.b, a.t, 3, a.h, a.dh)
	a.out = a.qkv / 3
	return a, ok1 && ok2
}

// qkvAt is repops Attn.qkvAt: component part of head h, position t of sequence b.
func (a attn) qkvAt(part, b, t, h, d uint64) uint64 {
	return (b*a.t+t)*3*a.h*a.dh + part*a.h*a.dh + h*a.dh + d
}

// rowAt is the first element of score row (b, h, i); outAt is O's element (b, t, h, d).
func (a attn) rowAt(b, h, i uint64) uint64    { return ((b*a.h+h)*a.t + i) * a.t }
func (a attn) outAt(b, t, h, d uint64) uint64 { return ((b*a.t+t)*a.h+h)*a.dh + d }

// score splits a score element into (b, h, i, j).
func (a attn) score(e uint64) (b, h, i, j uint64) {
	j, r := e%a.t, e/a.t
	i, r = r%a.t, r/a.t
	return r / a.h, r % a.h, i, j
}

// qkvIndex splits a qkv element into (b, t, part, h, d).
func (a attn) qkvIndex(e uint64) (b, t, part, h, d uint64) {
	dd := a.h * a.dh
	bt, q := e/(3*dd), e%(3*dd)
	return bt / a.t, bt % a.t, q / dd, q % dd / a.dh, q % a.dh
}

// maxLen is the longest trace a Norm/NormGrad or causal-softmax node may have: every
// step index then fits a 32-bit payload.
const maxLen = maxU32

// validT is Valid for kernels 19-40 (n.Numel is already within 1..2^32-1).
func (n Node) validT() bool {
	p0, p1, num := uint64(n.P0), uint64(n.P1), n.Numel
	switch id := repops.KernelID(n.Kernel); id {
	case repops.KAdd, repops.KGELU, repops.KGELUGrad, repops.KSiLU, repops.KSiLUGrad, repops.KScaleBy, repops.KAdamW:
		return p0 == num
	case repops.KRowMul, repops.KRowAffine:
		return p1 != 0 && p0*p1 == num
	case repops.KColDot:
		_, ok := product(p0, p1)
		return ok && p1 == num
	case repops.KNorm, repops.KNormGrad:
		l := normLen(id, p1, n.P3 == 1)
		return n.P3 <= 1 && p1 != 0 && p0*p1 == num && l <= maxLen
	case repops.KCausalSoftmax, repops.KCausalSoftmaxGrad:
		l := p1 + 3 // the grad's longest, at i = T-1
		if id == repops.KCausalSoftmax {
			l = 27 * p1
		}
		return p1 != 0 && p0*p1 == num && l <= maxLen
	case repops.KAttnScores, repops.KAttnGradP, repops.KAttnApply, repops.KAttnGradQKV:
		a, ok := attnOf(n)
		want := a.scores
		switch id {
		case repops.KAttnApply:
			want = a.out
		case repops.KAttnGradQKV:
			want = a.qkv
		}
		return ok && want == num
	case repops.KSumSq, repops.KClipCoef:
		return num == 1
	case repops.KLRSchedule, repops.KAdamPowers:
		return num == 2
	}
	return false
}

// normLen is a Norm (or NormGrad) trace's length for rows of d: layer norm 3d+6
// (6d+11), RMS norm d+5 (3d+8).
func normLen(id repops.KernelID, d uint64, rms bool) uint64 {
	switch {
	case id == repops.KNorm && rms:
		return d + 5
	case id == repops.KNorm:
		return 3*d + 6
	case rms:
		return 3*d + 8
	}
	return 6*d + 11
}

// traceLengthT is TraceLengthAt for kernels 19-40 (0: element e is +0, masked).
func traceLengthT(n Node, e uint64) (uint64, error) {
	if !n.Valid() || e >= n.Numel {
		return 0, fmt.Errorf("kernel %d element %d of %+v: %w", n.Kernel, e, n, ErrBadNode)
	}
	if p := tProgram(n, e); p != nil {
		return uint64(len(p)), nil
	}
	p0, p1 := uint64(n.P0), uint64(n.P1)
	switch id := repops.KernelID(n.Kernel); id {
	case repops.KColDot, repops.KSumSq:
		return p0, nil
	case repops.KNorm, repops.KNormGrad:
		return normLen(id, p1, n.P3 == 1), nil
	case repops.KCausalSoftmax, repops.KCausalSoftmaxGrad:
		i, j := e/p1%p1, e%p1
		switch {
		case j > i:
			return 0, nil
		case id == repops.KCausalSoftmax:
			return 27*i + 27, nil
		}
		return i + 4, nil
	}
	a, _ := attnOf(n)
	switch repops.KernelID(n.Kernel) {
	case repops.KAttnScores, repops.KAttnGradP:
		if _, _, i, j := a.score(e); j > i {
			return 0, nil
		}
		return a.dh, nil
	case repops.KAttnApply: // over j ≤ t
		return e/(a.h*a.dh)%a.t + 1, nil
	}
	// KAttnGradQKV: q sums over j ≤ t, k and v over i ≥ t.
	_, t, part, _, _ := a.qkvIndex(e)
	if part == 0 {
		return t + 1, nil
	}
	return a.t - t, nil
}

// stepShapeT is StepShape for kernels 19-40; i is below the element's trace length.
func stepShapeT(n Node, e, i uint64) Shape {
	if p := tProgram(n, e); p != nil {
		return tprogShape(p, i, 0, ref{}, e, n)
	}
	p1 := uint64(n.P1)
	switch id := repops.KernelID(n.Kernel); id {
	case repops.KColDot: // fma chain over rows of a[i,e]·b[i,e] from +0
		return mk3(iref(0, i*p1+e), iref(1, i*p1+e), sumRef(i, 0))
	case repops.KSumSq: // fma chain of x_i·x_i from the running total
		acc := iref(0, 0)
		if i > 0 {
			acc = sref(i - 1)
		}
		return mk3(iref(1, i), iref(1, i), acc)
	case repops.KNorm, repops.KNormGrad:
		return normShape(n, e, i)
	case repops.KCausalSoftmax:
		return causalShape(n, e, i)
	case repops.KCausalSoftmaxGrad: // dot = fma chain of p·dp; (p_j·(dp_j - dot))·scale
		base, r := e-e%p1, e/p1%p1
		switch {
		case i <= r:
			return mk3(iref(0, base+i), iref(1, base+i), sumRef(i, 0))
		case i == r+1:
			return mk(repops.OpSub, iref(1, e), sref(r))
		case i == r+2:
			return mk(repops.OpMul, iref(0, e), sref(i-1))
		}
		return mk(repops.OpMul, sref(i-1), cref(n.P2))
	}
	return attnShape(n, e, i)
}

// normShape is step i of a Norm or NormGrad element (repops normStats, normGradStats,
// normGradElem): the row statistics (layer norm: the sum from +0 and its mean over d,
// the centred values c_k, then for both the fma chain of c_k·c_k, var, + eps, sqrt,
// rstd = 1/sqrt), then Norm's c_j·rstd, or NormGrad's x̂_k = c_k·rstd, (layer norm:
// the sum of g and its mean), the fma chain of g_k·x̂_k and its mean, and
// ((g_j [- mean g]) - x̂_j·mean(g·x̂))·rstd.
func normShape(n Node, e, i uint64) Shape {
	d, rms := uint64(n.P1), n.P3 == 1
	base, j := e-e%d, e%d
	fd := fref(float32(d))
	c := func(k uint64) ref { // c_k: the centred value (layer norm) or the input
		if rms {
			return iref(0, base+k)
		}
		return sref(d + 1 + k)
	}
	v := uint64(0) // the first step of the square sum
	if !rms {
		v = 2*d + 1
		switch {
		case i < d:
			return mk(repops.OpAdd, sumRef(i, 0), iref(0, base+i))
		case i == d:
			return mk(repops.OpDiv, sref(d-1), fd)
		case i < v:
			return mk(repops.OpSub, iref(0, base+i-d-1), sref(d))
		}
	}
	x := v + d + 4 // x̂ (NormGrad) or the output (Norm); rstd is step x-1
	switch {
	case i < v+d:
		return mk3(c(i-v), c(i-v), sumRef(i, v))
	case i == v+d:
		return mk(repops.OpDiv, sref(i-1), fd)
	case i == v+d+1:
		return mk(repops.OpAdd, sref(i-1), cref(n.P2))
	case i == v+d+2:
		return mk(repops.OpSqrt, sref(i-1), noref)
	case i == v+d+3:
		return mk(repops.OpDiv, fref(1), sref(i-1))
	case repops.KernelID(n.Kernel) == repops.KNorm:
		return mk(repops.OpMul, c(j), sref(x-1))
	case i < x+d:
		return mk(repops.OpMul, c(i-x), sref(x-1))
	}
	f := x + d // the g·x̂ chain; layer norm first sums g (from +0) and divides by d
	if !rms {
		f = x + 2*d + 1
		switch {
		case i < x+2*d:
			return mk(repops.OpAdd, sumRef(i, x+d), iref(1, base+i-x-d))
		case i == x+2*d:
			return mk(repops.OpDiv, sref(i-1), fd)
		}
	}
	g := f + d + 1 // x̂_j·mean(g·x̂); layer norm first takes g_j - mean(g)
	t := iref(1, base+j)
	if !rms {
		g, t = g+1, sref(f+d+1)
	}
	switch {
	case i < f+d:
		return mk3(iref(1, base+i-f), sref(x+i-f), sumRef(i, f))
	case i == f+d:
		return mk(repops.OpDiv, sref(i-1), fd)
	case i < g: // layer norm only
		return mk(repops.OpSub, iref(1, base+j), sref(f-1))
	case i == g:
		return mk(repops.OpMul, sref(x+j), sref(f+d))
	case i == g+1:
		return mk(repops.OpSub, t, sref(g))
	}
	return mk(repops.OpMul, sref(g+1), sref(x-1))
}

// causalShape is step i of a CausalSoftmax element (b·T + i_row, j), j ≤ i_row: the
// running max over the row's first i_row+1 scores (i_row steps), then per column k ≤
// i_row a block of 26 (x_k - mx, ·scale, an exp block, the add into the sum from +0),
// then e_j / s.
func causalShape(n Node, e, i uint64) Shape {
	t := uint64(n.P1)
	base, r, j := e-e%t, e/t%t, e%t
	if i < r {
		a := iref(0, base)
		if i > 0 {
			a = sref(i - 1)
		}
		return mk(repops.OpMax, a, iref(0, base+i+1))
	}
	u := i - r
	k, s := u/(expLen+3), u%(expLen+3)
	b := r + (expLen+3)*k // column k's block
	if k > r {            // the last step
		return mk(repops.OpDiv, sref(r+(expLen+3)*j+expLen+1), sref(i-1))
	}
	switch {
	case s == 0:
		mx := iref(0, base)
		if r > 0 {
			mx = sref(r - 1)
		}
		return mk(repops.OpSub, iref(0, base+k), mx)
	case s == 1:
		return mk(repops.OpMul, sref(b), cref(n.P2))
	case s <= expLen+1:
		return blockShape(expBlock, s-2, b+2, sref(b+1))
	}
	return mk(repops.OpAdd, sumRef(b, r), sref(i-1))
}

// attnShape is step i of an attention product element: every one is an fma chain from
// +0 (see repops/attention.go).
func attnShape(n Node, e, i uint64) Shape {
	a, _ := attnOf(n)
	acc := sumRef(i, 0)
	switch repops.KernelID(n.Kernel) {
	case repops.KAttnScores: // q[b,i,h,d]·k[b,j,h,d] over d
		b, h, qi, kj := a.score(e)
		return mk3(iref(0, a.qkvAt(0, b, qi, h, i)), iref(0, a.qkvAt(1, b, kj, h, i)), acc)
	case repops.KAttnGradP: // dO[b,i,h,d]·v[b,j,h,d] over d
		b, h, qi, kj := a.score(e)
		return mk3(iref(0, a.outAt(b, qi, h, i)), iref(1, a.qkvAt(2, b, kj, h, i)), acc)
	case repops.KAttnApply: // P[(b,h,t), j]·v[b,j,h,d] over j ≤ t
		d, r := e%a.dh, e/a.dh
		h, r := r%a.h, r/a.h
		b, t := r/a.t, r%a.t
		return mk3(iref(0, a.rowAt(b, h, t)+i), iref(1, a.qkvAt(2, b, i, h, d)), acc)
	}
	b, t, part, h, d := a.qkvIndex(e)
	switch part {
	case 0: // dq: dS[(b,h,t), j]·k[b,j,h,d] over j ≤ t
		return mk3(iref(0, a.rowAt(b, h, t)+i), iref(3, a.qkvAt(1, b, i, h, d)), acc)
	case 1: // dk: dS[(b,h,q), t]·q[b,q,h,d] over q ≥ t
		return mk3(iref(0, a.rowAt(b, h, t+i)+t), iref(3, a.qkvAt(0, b, t+i, h, d)), acc)
	}
	// dv: P[(b,h,q), t]·dO[b,q,h,d] over q ≥ t
	return mk3(iref(1, a.rowAt(b, h, t+i)+t), iref(2, a.outAt(b, t+i, h, d)), acc)
}

// programHexT is the on-chain encoding of tPrograms (PinpointShapesT PROG, POOL,
// KPROG), as programHex's: PROG holds exp (steps 0..22), then each program in slot
// order, 5 bytes a step (kind c << 4 | op, kind a << 4 | kind b, payload a, b, c; a
// constant's payload its index in POOL); KPROG per slot its first step and length.
func programHexT() (prog, pool, kprog string) {
	var p, c []byte
	idx := map[uint32]byte{}
	pay := func(r bref) byte {
		if r.kind == bConst {
			i, ok := idx[r.v]
			if !ok {
				i = byte(len(idx))
				idx[r.v] = i
				c = binary.BigEndian.AppendUint32(c, r.v)
			}
			return i
		}
		return byte(r.v)
	}
	add := func(steps []bstep) {
		for _, s := range steps {
			pa, pb := pay(s.a), pay(s.b)
			var kc, pc byte
			if s.op == repops.OpFMA {
				kc, pc = s.c.kind, pay(s.c)
			}
			p = append(p, kc<<4|byte(s.op), s.a.kind<<4|s.b.kind, pa, pb, pc)
		}
	}
	add(expBlock)
	k := make([]byte, 2*len(tPrograms))
	for s, prog := range tPrograms {
		if prog != nil {
			k[2*s], k[2*s+1] = byte(len(p)/5), byte(len(prog))
			add(prog)
		}
	}
	return hex.EncodeToString(p), hex.EncodeToString(c), hex.EncodeToString(k)
}
