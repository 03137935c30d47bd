package model

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"slices"

	"github.com/veritrain/veritrain/repops"
)

// Where a node's input slot comes from (PinpointShapes.SRC_*).
const (
	SrcNone  uint8 = 0
	SrcState uint8 = 1 // tensor Index of state[s] (state leaf Index+1)
	SrcBatch uint8 = 2 // tensor Index of the step's batch
	SrcNode  uint8 = 3 // output of earlier node Index of the same step
)

// MaxSources is the number of input slots a descriptor holds (AdamApply reads five).
const MaxSources = 5

// Source is where one input slot of a node comes from.
type Source struct {
	Kind  uint8
	Index uint32
}

// Node is one node of a step's graph as the task's spec commits to it (the contract's
// PinpointShapes.Node, field for field). Slots a kernel does not read are SrcNone.
type Node struct {
	Kernel    uint8
	P0        uint32 // repops Kernel.Params(), packed by PackParams
	P1        uint32
	P2        uint32
	P3        uint32
	Numel     uint64
	OutHeader [32]byte
	Src0Kind  uint8
	Src0Index uint32
	Src1Kind  uint8
	Src1Index uint32
	Src2Kind  uint8 // slots 2-4: AdamApply's v', p1', p2'
	Src2Index uint32
	Src3Kind  uint8
	Src3Index uint32
	Src4Kind  uint8
	Src4Index uint32
}

const maxU32 = math.MaxUint32

// PackParams turns a kernel's Params into the descriptor's p0..p3. Every kernel has at
// most four, except Im2Col and Col2Im (n,h,w,c,kh,kw,s), packed as p0 = n,
// p1 = h | w<<16, p2 = c, p3 = kh | kw<<8 | s<<16 (so h, w < 2^16; kh, kw < 2^8; s < 2^16).
func PackParams(k repops.Kernel) ([4]uint32, error) {
	var p [4]uint32
	ps := k.Params()
	if id := k.ID(); id == repops.KIm2Col || id == repops.KCol2Im {
		n, h, w, c, kh, kw, s := ps[0], ps[1], ps[2], ps[3], ps[4], ps[5], ps[6]
		if h > 0xffff || w > 0xffff || kh > 0xff || kw > 0xff || s > 0xffff {
			return p, fmt.Errorf("%v: shape does not fit the descriptor: %w", k, ErrBadNode)
		}
		return [4]uint32{n, h | w<<16, c, kh | kw<<8 | s<<16}, nil
	}
	if len(ps) > len(p) {
		return p, fmt.Errorf("%v: %d params: %w", k, len(ps), ErrBadNode)
	}
	copy(p[:], ps)
	return p, nil
}

// NewNode describes a repops kernel with its output header and one source per input
// slot, in slot order.
func NewNode(k repops.Kernel, outHeader [32]byte, srcs ...Source) (Node, error) {
	if len(srcs) != len(k.InLens()) || len(srcs) > MaxSources {
		return Node{}, fmt.Errorf("%v: %d sources for %d inputs: %w", k, len(srcs), len(k.InLens()), ErrBadNode)
	}
	return newNode(k, outHeader, srcs)
}

func newNode(k repops.Kernel, outHeader [32]byte, srcs []Source) (Node, error) {
	p, err := PackParams(k)
	n := Node{Kernel: uint8(k.ID()), P0: p[0], P1: p[1], P2: p[2], P3: p[3], Numel: uint64(k.OutLen()), OutHeader: outHeader}
	var s [MaxSources]Source
	copy(s[:], srcs)
	n.Src0Kind, n.Src0Index, n.Src1Kind, n.Src1Index = s[0].Kind, s[0].Index, s[1].Kind, s[1].Index
	n.Src2Kind, n.Src2Index, n.Src3Kind, n.Src3Index = s[2].Kind, s[2].Index, s[3].Kind, s[3].Index
	n.Src4Kind, n.Src4Index = s[4].Kind, s[4].Index
	return n, err
}

// NodeFromKernel describes a repops kernel with its output header and the sources of
// input slots 0 and 1 (see NewNode for kernels with more). A kernel whose params do not
// fit the descriptor gives a node that is not Valid.
func NodeFromKernel(k repops.Kernel, outHeader [32]byte, src0Kind uint8, src0 uint32, src1Kind uint8, src1 uint32) Node {
	n, _ := newNode(k, outHeader, []Source{{src0Kind, src0}, {src1Kind, src1}})
	return n
}

// Source is where input slot reads from; SrcNone past slot 4 (PinpointGame._source).
func (n Node) Source(slot uint8) Source {
	switch slot {
	case 0:
		return Source{n.Src0Kind, n.Src0Index}
	case 1:
		return Source{n.Src1Kind, n.Src1Index}
	case 2:
		return Source{n.Src2Kind, n.Src2Index}
	case 3:
		return Source{n.Src3Kind, n.Src3Index}
	case 4:
		return Source{n.Src4Kind, n.Src4Index}
	}
	return Source{}
}

// Leaf is sha256(abi.encode(node)): the node's leaf in the spec's nodes tree.
func (n Node) Leaf() [32]byte {
	var b [(7 + 2*MaxSources) * 32]byte
	w := func(i int, v uint64) { binary.BigEndian.PutUint64(b[32*i+24:], v) }
	w(0, uint64(n.Kernel))
	w(1, uint64(n.P0))
	w(2, uint64(n.P1))
	w(3, uint64(n.P2))
	w(4, uint64(n.P3))
	w(5, n.Numel)
	copy(b[6*32:], n.OutHeader[:])
	for s := uint8(0); s < MaxSources; s++ {
		src := n.Source(s)
		w(7+2*int(s), uint64(src.Kind))
		w(8+2*int(s), uint64(src.Index))
	}
	return sha256.Sum256(b[:])
}

// maxXentClasses keeps a softmax row's trace (29c+17 steps) addressable by 32-bit step
// payloads.
const maxXentClasses = (1<<32 - 17) / 29

// product multiplies factors, reporting whether the product stays within 32 bits (it
// stops early, so no uint64 overflow).
func product(fs ...uint64) (uint64, bool) {
	p := uint64(1)
	for _, f := range fs {
		p *= f
		if p > maxU32 {
			return p, false
		}
	}
	return p, true
}

// conv is the unpacked shape of an Im2Col/Col2Im descriptor.
type conv struct{ n, h, w, c, kh, kw, s, oh, ow uint64 }

func convOf(n Node) (conv, bool) {
	k := conv{n: uint64(n.P0), h: uint64(n.P1 & 0xffff), w: uint64(n.P1 >> 16), c: uint64(n.P2),
		kh: uint64(n.P3 & 0xff), kw: uint64(n.P3 >> 8 & 0xff), s: uint64(n.P3 >> 16)}
	if k.kh == 0 || k.kw == 0 || k.s == 0 || k.h < k.kh || k.w < k.kw {
		return k, false
	}
	k.oh, k.ow = (k.h-k.kh)/k.s+1, (k.w-k.kw)/k.s+1
	return k, true
}

// Valid is PinpointShapes.validNode: a judged kernel whose output size agrees with its
// shape, and every input index and trace step fits a 32-bit payload. Every repops
// kernel is judged. It does not check sources: the spec commits to them, and a read
// of a slot with no source cannot be defended on chain.
func (n Node) Valid() bool {
	if n.Numel == 0 || n.Numel > maxU32 {
		return false
	}
	if isTransformer(repops.KernelID(n.Kernel)) {
		return n.validT() // kernels 19-40: shapes_transformer.go
	}
	p0, p1 := uint64(n.P0), uint64(n.P1)
	switch repops.KernelID(n.Kernel) {
	case repops.KMatMul:
		return n.P3 <= 2 && p0*uint64(n.P2) == n.Numel
	case repops.KBiasAdd:
		return p1 != 0 && p0*p1 == n.Numel
	case repops.KReLU, repops.KReLUGrad, repops.KMomentum, repops.KSGDApply, repops.KTanh, repops.KTanhGrad,
		repops.KAdamM, repops.KAdamV, repops.KAdamApply, repops.KScale:
		return p0 == n.Numel
	case repops.KSoftmaxXent, repops.KSoftmaxXentGrad:
		want := p0
		if repops.KernelID(n.Kernel) == repops.KSoftmaxXentGrad {
			want = p0 * p1
		}
		_, ok := product(p0, p1)
		return p1 != 0 && p1 <= maxXentClasses && ok && want == n.Numel
	case repops.KColSum:
		_, ok := product(p0, p1)
		return ok && p1 == n.Numel
	case repops.KMean:
		return n.Numel == 1
	case repops.KIm2Col, repops.KCol2Im:
		k, ok := convOf(n)
		if !ok {
			return false
		}
		img, ok1 := product(k.n, k.h, k.w, k.c)
		patches, ok2 := product(k.n, k.oh, k.ow, k.kh, k.kw, k.c)
		if !ok1 || !ok2 {
			return false
		}
		if repops.KernelID(n.Kernel) == repops.KIm2Col {
			return patches == n.Numel
		}
		return img == n.Numel
	}
	return false
}

// Shape is the structure of one scalar step (a trace leaf without its result). C is
// OpFMA's addend; every other op has the zero C (kind RefConst, slot and payload 0).
type Shape struct {
	Op           repops.Op
	KindA, KindB repops.RefKind
	SlotA, SlotB uint8
	PayA, PayB   uint32
	KindC        repops.RefKind
	SlotC        uint8
	PayC         uint32
}

// TraceLength is PinpointShapes.traceLength for kernels whose trace length is the same
// for every element: every judged kernel but col2im (whose length depends on the pixel)
// and the masked, causal and schedule kernels (fixedLength): use TraceLengthAt.
func TraceLength(n Node) (uint64, error) {
	if !fixedLength(repops.KernelID(n.Kernel)) {
		return 0, fmt.Errorf("kernel %d: trace length depends on the element (TraceLengthAt): %w", n.Kernel, ErrBadNode)
	}
	return TraceLengthAt(n, 0)
}

// TraceLengthAt is PinpointShapes.traceLength: the number of scalar steps that define
// output element e (0: the element is +0).
func TraceLengthAt(n Node, e uint64) (uint64, error) {
	id := repops.KernelID(n.Kernel)
	if isTransformer(id) {
		return traceLengthT(n, e)
	}
	if p := programOf(id); p != nil {
		return uint64(len(p)), nil
	}
	p0, p1 := uint64(n.P0), uint64(n.P1)
	switch id {
	case repops.KMatMul:
		return p1, nil
	case repops.KBiasAdd, repops.KIm2Col:
		return 1, nil
	case repops.KSoftmaxXent:
		return 29*p1 + 17, nil
	case repops.KSoftmaxXentGrad:
		return 26*p1 + 26, nil
	case repops.KColSum:
		return p0, nil
	case repops.KMean:
		return p0 + 1, nil
	case repops.KCol2Im:
		k, ok := convOf(n)
		if !ok {
			return 0, fmt.Errorf("col2im %d %d %d %d: %w", n.P0, n.P1, n.P2, n.P3, ErrBadNode)
		}
		_, ny := k.taps(e/(k.c*k.w)%k.h, k.kh, k.oh)
		_, nx := k.taps(e/k.c%k.w, k.kw, k.ow)
		return ny * nx, nil
	}
	return 0, fmt.Errorf("kernel %d: %w", n.Kernel, ErrBadNode)
}

// taps are the window offsets d (first, count; then d = first + t·s) whose patch copied
// pixel coordinate p: 0 ≤ d < kd, d ≤ p, d ≡ p (mod s), (p-d)/s < out.
func (k conv) taps(p, kd, out uint64) (first, count uint64) {
	lo := uint64(0)
	if reach := (out - 1) * k.s; p > reach {
		lo = p - reach
	}
	first = lo + (p-lo)%k.s
	last := min(kd-1, p)
	if first > last {
		return first, 0
	}
	return first, (last-first)/k.s + 1
}

// ref is one operand of a step.
type ref struct {
	kind repops.RefKind
	slot uint8
	pay  uint32
}

func cref(bits uint32) ref            { return ref{repops.RefConst, 0, bits} }
func fref(v float32) ref              { return cref(math.Float32bits(v)) }
func iref(slot uint8, idx uint64) ref { return ref{repops.RefInput, slot, uint32(idx)} }
func sref(i uint64) ref               { return ref{repops.RefStep, 0, uint32(i)} }

var noref = ref{kind: repops.RefNone}

func mk(op repops.Op, a, b ref) Shape {
	return Shape{Op: op, KindA: a.kind, KindB: b.kind, SlotA: a.slot, SlotB: b.slot, PayA: a.pay, PayB: b.pay}
}

// mk3 is an fma step: a*b + c.
func mk3(a, b, c ref) Shape {
	sh := mk(repops.OpFMA, a, b)
	sh.KindC, sh.SlotC, sh.PayC = c.kind, c.slot, c.pay
	return sh
}

// sumRef is the running sum before step i of a chain of adds from +0 that starts at
// step first.
func sumRef(i, first uint64) ref {
	if i == first {
		return cref(0)
	}
	return sref(i - 1)
}

// A program is a fixed sequence of steps: the exp and log blocks that definitions
// inline, and the whole trace of each elementwise kernel. A step's operands are
// constants, earlier steps of the program (relative index), the block's argument x,
// element e of input slot 0, 1 or 2, element 0 of slot 3 or 4, or the descriptor's float
// constants p1 (or 1-p1, or -p1) and p2. An fma step has a third operand, c.
// PinpointShapes holds the same programs in PROG/POOL/KPROG (see programHex).
const (
	bConst = uint8(repops.RefConst) // payload: constant bits
	bStep  = uint8(repops.RefStep)  // payload: index within the program
	bNone  = uint8(repops.RefNone)
	bX     = 4  // the block's argument
	bIn0   = 5  // input slot 0, element e
	bIn1   = 6  // input slot 1, element e
	bP1    = 7  // constant p1 (momentum mu, sgd lr, adam b1/b2, scale s)
	bP1c   = 8  // constant 1-p1, rounded to float32
	bIn2   = 9  // input slot 2, element e
	bIn3z  = 10 // input slot 3, element 0
	bIn4z  = 11 // input slot 4, element 0
	bP2    = 12 // constant p2 (adam eps)
	bP1n   = 13 // constant -p1 (sign flipped, exact: sgd's -lr)
)

type bref struct {
	kind uint8
	v    uint32
}

// bstep is one program step; c is read only when op is OpFMA (st leaves it zero).
type bstep struct {
	op      repops.Op
	a, b, c bref
}

func st(op repops.Op, a, b bref) bstep { return bstep{op: op, a: a, b: b} }
func fm(a, b, c bref) bstep            { return bstep{op: repops.OpFMA, a: a, b: b, c: c} }

func bc(bits uint32) bref { return bref{bConst, bits} }
func br(j uint32) bref    { return bref{bStep, j} }

var (
	bx   = bref{kind: bX}
	bn   = bref{kind: bNone}
	in0  = bref{kind: bIn0}
	in1  = bref{kind: bIn1}
	p1   = bref{kind: bP1}
	p1c  = bref{kind: bP1c}
	in2  = bref{kind: bIn2}
	in3z = bref{kind: bIn3z}
	in4z = bref{kind: bIn4z}
	p2   = bref{kind: bP2}
	p1n  = bref{kind: bP1n}
	one  = bc(0x3f800000)
	zero = bc(0)
)

// expBlock is repops expDef (transcendental.go), 23 steps.
var expBlock = []bstep{
	st(repops.OpMax, bx, bc(0xc2ae0000)),     // 0: x = max(x, -87)
	st(repops.OpMin, br(0), bc(0x42b00000)),  // 1: x = min(x, 88)
	st(repops.OpMul, br(1), bc(0x3fb8aa3b)),  // 2: x·log2e
	st(repops.OpAdd, br(2), bc(0x4b400000)),  // 3: + 1.5·2^23
	st(repops.OpSub, br(3), bc(0x4b400000)),  // 4: n
	st(repops.OpMul, br(4), bc(0x3f318000)),  // 5: n·ln2Hi
	st(repops.OpSub, br(1), br(5)),           // 6: r
	st(repops.OpMul, br(4), bc(0xb95e8083)),  // 7: n·ln2Lo
	st(repops.OpSub, br(6), br(7)),           // 8: r
	st(repops.OpMul, bc(0x3ab60b61), br(8)),  // 9: Horner: 1/720·r
	st(repops.OpAdd, br(9), bc(0x3c088889)),  // 10: + 1/120
	st(repops.OpMul, br(10), br(8)),          // 11
	st(repops.OpAdd, br(11), bc(0x3d2aaaab)), // 12: + 1/24
	st(repops.OpMul, br(12), br(8)),          // 13
	st(repops.OpAdd, br(13), bc(0x3e2aaaab)), // 14: + 1/6
	st(repops.OpMul, br(14), br(8)),          // 15
	st(repops.OpAdd, br(15), bc(0x3f000000)), // 16: + 1/2
	st(repops.OpMul, br(16), br(8)),          // 17
	st(repops.OpAdd, br(17), one),            // 18: + 1
	st(repops.OpMul, br(18), br(8)),          // 19
	st(repops.OpAdd, br(19), one),            // 20: + 1
	st(repops.OpPow2, br(4), bn),             // 21: 2^n
	st(repops.OpMul, br(20), br(21)),         // 22: p·2^n
}

// logBlock is repops logDef, 17 steps.
var logBlock = []bstep{
	st(repops.OpExpo, bx, bn),                // 0: e
	st(repops.OpMant, bx, bn),                // 1: m
	st(repops.OpSub, br(1), one),             // 2: m-1
	st(repops.OpAdd, br(1), one),             // 3: m+1
	st(repops.OpDiv, br(2), br(3)),           // 4: s
	st(repops.OpMul, br(4), br(4)),           // 5: z
	st(repops.OpMul, bc(0x3e638e39), br(5)),  // 6: Horner: 2/9·z
	st(repops.OpAdd, br(6), bc(0x3e924925)),  // 7: + 2/7
	st(repops.OpMul, br(7), br(5)),           // 8
	st(repops.OpAdd, br(8), bc(0x3ecccccd)),  // 9: + 2/5
	st(repops.OpMul, br(9), br(5)),           // 10
	st(repops.OpAdd, br(10), bc(0x3f2aaaab)), // 11: + 2/3
	st(repops.OpMul, br(11), br(5)),          // 12
	st(repops.OpAdd, br(12), bc(0x40000000)), // 13: + 2
	st(repops.OpMul, br(0), bc(0x3f317218)),  // 14: e·ln2
	st(repops.OpMul, br(13), br(4)),          // 15: P·s
	st(repops.OpAdd, br(14), br(15)),         // 16
}

// inline is block b as steps base.. of a program, with argument x.
func inline(b []bstep, base uint32, x bref) []bstep {
	out := make([]bstep, len(b))
	for j, s := range b {
		for _, r := range []*bref{&s.a, &s.b, &s.c} {
			switch r.kind {
			case bStep:
				r.v += base
			case bX:
				*r = x
			}
		}
		out[j] = s
	}
	return out
}

// kernelPrograms are the whole traces of the elementwise kernels, in kernel order.
var kernelPrograms = []struct {
	id   repops.KernelID
	prog []bstep
}{
	{repops.KReLU, []bstep{st(repops.OpMax, in0, zero)}},
	{repops.KReLUGrad, []bstep{st(repops.OpSelP, in0, in1)}},
	{repops.KMomentum, []bstep{fm(p1, in0, in1)}},  // fma(mu, v, g)
	{repops.KSGDApply, []bstep{fm(p1n, in1, in0)}}, // fma(-lr, v, w)
	{repops.KTanh, slices.Concat([]bstep{st(repops.OpAdd, in0, in0)}, inline(expBlock, 1, br(0)), []bstep{ // 1 - 2/(exp(x+x) + 1)
		st(repops.OpAdd, br(23), one), st(repops.OpDiv, bc(0x40000000), br(24)), st(repops.OpSub, one, br(25))})},
	{repops.KTanhGrad, []bstep{st(repops.OpMul, in0, in0), st(repops.OpSub, one, br(0)), st(repops.OpMul, in1, br(1))}}, // dy·(1 - y·y)
	{repops.KAdamM, []bstep{st(repops.OpMul, p1c, in1), fm(p1, in0, br(0))}},                                            // fma(b1, m, (1-b1)·g)
	{repops.KAdamV, []bstep{st(repops.OpMul, in1, in1), st(repops.OpMul, p1c, br(0)), fm(p1, in0, br(1))}},              // fma(b2, v, (1-b2)·(g·g))
	// w - lr·(m'/(1-p1')) / (sqrt(v'/(1-p2')) + eps)
	{repops.KAdamApply, []bstep{st(repops.OpSub, one, in3z), st(repops.OpDiv, in1, br(0)), st(repops.OpSub, one, in4z),
		st(repops.OpDiv, in2, br(2)), st(repops.OpSqrt, br(3), bn), st(repops.OpAdd, br(4), p2), st(repops.OpMul, p1, br(1)),
		st(repops.OpDiv, br(6), br(5)), st(repops.OpSub, in0, br(7))}},
	{repops.KScale, []bstep{st(repops.OpMul, in0, p1)}},
}

func programOf(id repops.KernelID) []bstep {
	for _, p := range kernelPrograms {
		if p.id == id {
			return p.prog
		}
	}
	return nil
}

const (
	expLen = uint64(23)
	logLen = uint64(17)
	// xentClass is the steps per class of a row's exp sum: sub, exp, add.
	xentClass = expLen + 2
)

// at resolves b in a program whose first step is step base, with argument x, for
// element e and the descriptor's constants p = (p1, p2).
func (b bref) at(base uint64, x ref, e uint64, p [2]uint32) ref {
	switch b.kind {
	case bConst:
		return cref(b.v)
	case bStep:
		return sref(base + uint64(b.v))
	case bNone:
		return noref
	case bIn0:
		return iref(0, e)
	case bIn1:
		return iref(1, e)
	case bP1:
		return cref(p[0])
	case bP1c:
		return fref(repops.Eval(repops.OpSub, 1, math.Float32frombits(p[0])))
	case bIn2:
		return iref(2, e)
	case bIn3z:
		return iref(3, 0)
	case bIn4z:
		return iref(4, 0)
	case bP2:
		return cref(p[1])
	case bP1n:
		return cref(p[0] ^ 0x80000000)
	}
	return x
}

// progShape is step j of program prog whose first step is step base of the trace.
func progShape(prog []bstep, j, base uint64, x ref, e uint64, p [2]uint32) Shape {
	s := prog[j]
	if s.op == repops.OpFMA {
		return mk3(s.a.at(base, x, e, p), s.b.at(base, x, e, p), s.c.at(base, x, e, p))
	}
	return mk(s.op, s.a.at(base, x, e, p), s.b.at(base, x, e, p))
}

func blockShape(b []bstep, j, base uint64, x ref) Shape {
	return progShape(b, j, base, x, 0, [2]uint32{})
}

// rowShape is step i of the statistics of row `row` of a c-class softmax (shared by
// SoftmaxXent and SoftmaxXentGrad), if i is one of them: c-1 max steps, then per class
// j a sub, an exp block and the add into the sum. They take 26c-1 steps.
func rowShape(c, row, i uint64) (Shape, bool) {
	x0 := row * c
	if i < c-1 {
		a := sref(i - 1)
		if i == 0 {
			a = iref(0, x0)
		}
		return mk(repops.OpMax, a, iref(0, x0+i+1)), true
	}
	t := i - (c - 1)
	j, u := t/xentClass, t%xentClass
	if j >= c {
		return Shape{}, false
	}
	b := c - 1 + xentClass*j
	switch {
	case u == 0:
		return mk(repops.OpSub, iref(0, x0+j), rowMax(c, row)), true
	case u <= expLen:
		return blockShape(expBlock, u-1, b+1, sref(b)), true
	}
	return mk(repops.OpAdd, sumRef(b, c-1), sref(b+expLen)), true
}

// rowMax is the operand holding a row's max; rowSum (step 26c-2) holds its exp sum.
func rowMax(c, row uint64) ref {
	if c == 1 {
		return iref(0, row*c)
	}
	return sref(c - 2)
}

func rowSum(c uint64) ref { return sref((xentClass+1)*c - 2) }

// StepShape is PinpointShapes.stepShape: the structure of step i of element e's trace.
func StepShape(n Node, e, i uint64) (Shape, error) {
	l, err := TraceLengthAt(n, e)
	if err != nil {
		return Shape{}, err
	}
	if i >= l {
		return Shape{}, fmt.Errorf("step %d of %d: %w", i, l, ErrBadNode)
	}
	id := repops.KernelID(n.Kernel)
	if isTransformer(id) {
		return stepShapeT(n, e, i), nil
	}
	if p := programOf(id); p != nil {
		return progShape(p, i, 0, ref{}, e, [2]uint32{n.P1, n.P2}), nil
	}
	switch id {
	case repops.KMatMul: // step p: acc = fma(A(i,p), B(p,j), acc), acc from +0
		m, k, nn := uint64(n.P0), uint64(n.P1), uint64(n.P2)
		row, col, p := e/nn, e%nn, i
		a, b := row*k+p, p*nn+col
		if n.P3 == uint32(repops.TN) {
			a = p*m + row
		}
		if n.P3 == uint32(repops.NT) {
			b = col*k + p
		}
		return mk3(iref(0, a), iref(1, b), sumRef(i, 0)), nil
	case repops.KBiasAdd:
		return mk(repops.OpAdd, iref(0, e), iref(1, e%uint64(n.P1))), nil
	case repops.KSoftmaxXent:
		c := uint64(n.P1)
		if sh, ok := rowShape(c, e, i); ok {
			return sh, nil
		}
		d0 := (xentClass+1)*c - 1 // dot: per class sub, mul, add
		if t := i - d0; t < 3*c {
			j, b := t/3, d0+t/3*3
			switch t % 3 {
			case 0:
				return mk(repops.OpSub, iref(0, e*c+j), rowMax(c, e)), nil
			case 1:
				return mk(repops.OpMul, iref(1, e*c+j), sref(b)), nil
			}
			return mk(repops.OpAdd, sumRef(b, d0), sref(b+1)), nil
		}
		l0 := d0 + 3*c // log(s), then log - dot
		if t := i - l0; t < logLen {
			return blockShape(logBlock, t, l0, rowSum(c)), nil
		}
		return mk(repops.OpSub, sref(l0+logLen-1), sref(l0-1)), nil
	case repops.KSoftmaxXentGrad: // (exp(x-mx)/s - y)·(1/m)
		c := uint64(n.P1)
		if sh, ok := rowShape(c, e/c, i); ok {
			return sh, nil
		}
		d0 := (xentClass+1)*c - 1
		switch t := i - d0; {
		case t == 0:
			return mk(repops.OpSub, iref(0, e), rowMax(c, e/c)), nil
		case t <= expLen:
			return blockShape(expBlock, t-1, d0+1, sref(d0)), nil
		case t == expLen+1:
			return mk(repops.OpDiv, sref(d0+expLen), rowSum(c)), nil
		case t == expLen+2:
			return mk(repops.OpSub, sref(d0+expLen+1), iref(1, e)), nil
		}
		inv := repops.Eval(repops.OpDiv, 1, float32(n.P0))
		return mk(repops.OpMul, sref(d0+expLen+2), fref(inv)), nil
	case repops.KColSum:
		return mk(repops.OpAdd, sumRef(i, 0), iref(0, i*uint64(n.P1)+e)), nil
	case repops.KMean:
		if i < uint64(n.P0) {
			return mk(repops.OpAdd, sumRef(i, 0), iref(0, i)), nil
		}
		return mk(repops.OpDiv, sumRef(i, 0), fref(float32(n.P0))), nil
	case repops.KIm2Col:
		k, _ := convOf(n)
		cols := k.kh * k.kw * k.c
		r, q := e/cols, e%cols
		img, y, x := r/(k.oh*k.ow), r/k.ow%k.oh, r%k.ow
		dy, dx, ch := q/(k.kw*k.c), q/k.c%k.kw, q%k.c
		return mk(repops.OpMul, iref(0, ((img*k.h+y*k.s+dy)*k.w+x*k.s+dx)*k.c+ch), fref(1)), nil
	}
	// KCol2Im: pixel e sums its taps in increasing (dy, dx) order.
	k, _ := convOf(n)
	ch, px, py, img := e%k.c, e/k.c%k.w, e/(k.c*k.w)%k.h, e/(k.c*k.w*k.h)
	fy, _ := k.taps(py, k.kh, k.oh)
	fx, nx := k.taps(px, k.kw, k.ow)
	dy, dx := fy+i/nx*k.s, fx+i%nx*k.s
	r := (img*k.oh+(py-dy)/k.s)*k.ow + (px-dx)/k.s
	return mk(repops.OpAdd, sumRef(i, 0), iref(0, r*k.kh*k.kw*k.c+(dy*k.kw+dx)*k.c+ch)), nil
}

// Encode is the trace leaf of a step with the given result bits (repops Step.Leaf).
func (s Shape) Encode(result uint32) [32]byte {
	var l [32]byte
	l[0], l[1], l[2], l[3], l[4] = byte(s.Op), byte(s.KindA), byte(s.KindB), s.SlotA, s.SlotB
	l[5], l[6] = byte(s.KindC), s.SlotC
	binary.LittleEndian.PutUint32(l[8:], s.PayA)
	binary.LittleEndian.PutUint32(l[12:], s.PayB)
	binary.LittleEndian.PutUint32(l[16:], result)
	binary.LittleEndian.PutUint32(l[20:], s.PayC)
	return l
}

// ResultBits reads a trace leaf's result.
func ResultBits(leaf [32]byte) uint32 { return binary.LittleEndian.Uint32(leaf[16:]) }

// Lane reads element lane (0..7) of a data leaf.
func Lane(leaf [32]byte, lane int) uint32 { return binary.LittleEndian.Uint32(leaf[4*lane:]) }

// programHex is the on-chain encoding of the programs (PinpointShapes PROG, POOL,
// KPROG): PROG holds exp (steps 0..22), log (23..39), then kernelPrograms, 5 bytes a
// step: kind c << 4 | op, kind a << 4 | kind b, payload a, payload b, payload c (a
// constant's index in POOL, a step's index within its program; c only for fma, else
// 0); POOL the constants (u32 BE); KPROG per kernel id its program's first step and
// length (0: not a program).
func programHex() (prog, pool, kprog string) {
	var p, c []byte
	idx := map[uint32]byte{}
	pay := func(r bref) byte {
		switch r.kind {
		case bConst:
			i, ok := idx[r.v]
			if !ok {
				i = byte(len(idx))
				idx[r.v] = i
				c = binary.BigEndian.AppendUint32(c, r.v)
			}
			return i
		case bStep:
			return byte(r.v)
		}
		return 0
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
	add(logBlock)
	k := make([]byte, 2*(repops.KCol2Im+1))
	for _, kp := range kernelPrograms {
		k[2*kp.id], k[2*kp.id+1] = byte(len(p)/5), byte(len(kp.prog))
		add(kp.prog)
	}
	return hex.EncodeToString(p), hex.EncodeToString(c), hex.EncodeToString(k)
}
