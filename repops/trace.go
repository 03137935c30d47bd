package repops

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// RefKind says where a scalar operand comes from.
type RefKind uint8

const (
	RefConst RefKind = 0 // a constant: Index holds its float32 bits
	RefInput RefKind = 1 // element Index of the kernel's input tensor number Slot
	RefStep  RefKind = 2 // the result of an earlier step (Index) of the same trace
	RefNone  RefKind = 3 // no operand (the second operand of a unary op); Index is 0
)

// Ref names one operand of a scalar step.
type Ref struct {
	Kind  RefKind
	Slot  uint8
	Index uint32
}

// Step is one scalar operation of a trace with its result. C is OpFMA's addend; every
// other op leaves it the zero Ref (so its leaf is what it was before fma existed).
type Step struct {
	Op      Op
	A, B, C Ref
	Result  float32
}

// Trace is the exact sequence of scalar operations that defines one output element of a
// kernel; its last step's result is the element (an empty trace means +0).
type Trace []Step

// Errors returned by Replay.
var (
	ErrBadRef    = errors.New("repops: trace operand out of range")
	ErrBadOp     = errors.New("repops: trace holds an invalid op")
	ErrMismatch  = errors.New("repops: trace step result differs from recomputation")
	ErrUnaryArgB = errors.New("repops: unary op has a second operand")
	ErrArgC      = errors.New("repops: third operand on an op other than fma, or fma without one")
)

func isUnary(op Op) bool { return op.Operands() == 1 }

// Leaf is the 32-byte encoding of a step that the dispute game commits to:
// byte 0 op; 1 kind of A; 2 kind of B; 3 slot of A; 4 slot of B; 5 kind of C; 6 slot
// of C; 7 zero; 8..11 payload of A (u32 LE); 12..15 payload of B; 16..19 result bits;
// 20..23 payload of C; 24..31 zero. C is fma's addend; for every other op bytes 5, 6
// and 20..23 are zero (C is the zero Ref), as before fma joined the instruction set.
func (s Step) Leaf() [32]byte {
	var l [32]byte
	l[0] = byte(s.Op)
	l[1], l[2] = byte(s.A.Kind), byte(s.B.Kind)
	l[3], l[4] = s.A.Slot, s.B.Slot
	l[5], l[6] = byte(s.C.Kind), s.C.Slot
	binary.LittleEndian.PutUint32(l[8:], s.A.Index)
	binary.LittleEndian.PutUint32(l[12:], s.B.Index)
	binary.LittleEndian.PutUint32(l[16:], math.Float32bits(s.Result))
	binary.LittleEndian.PutUint32(l[20:], s.C.Index)
	return l
}

// operand resolves r against the inputs and the steps before step i.
func operand(r Ref, i int, in [][]float32, steps Trace) (float32, error) {
	switch r.Kind {
	case RefConst:
		return math.Float32frombits(r.Index), nil
	case RefInput:
		if int(r.Slot) >= len(in) || int(r.Index) >= len(in[r.Slot]) {
			return 0, fmt.Errorf("step %d: input %d[%d]: %w", i, r.Slot, r.Index, ErrBadRef)
		}
		return in[r.Slot][r.Index], nil
	case RefStep:
		if int(r.Index) >= i {
			return 0, fmt.Errorf("step %d: refers to step %d: %w", i, r.Index, ErrBadRef)
		}
		return steps[r.Index].Result, nil
	case RefNone:
		return 0, nil
	}
	return 0, fmt.Errorf("step %d: operand kind %d: %w", i, r.Kind, ErrBadRef)
}

// Operand is the value of operand r of a step of t: a constant, an input element, or an
// earlier step's recorded result. It trusts the trace's shape (as Kernel.Trace makes
// it) and gives 0 for an operand out of range; Replay is the checking version. Tests
// and fault injectors use it to recompute a trace after changing one step.
func Operand(r Ref, in [][]float32, t Trace) float32 {
	v, _ := operand(r, len(t), in, t)
	return v
}

// Recompute executes step i of t again from its operands (inputs, constants, t's
// earlier recorded results), whatever its recorded result: Eval3 of its op on them.
// Like Operand it trusts the trace's shape; fault injectors use it.
func Recompute(t Trace, i int, in [][]float32) float32 {
	s := t[i]
	return Eval3(s.Op, Operand(s.A, in, t[:i]), Operand(s.B, in, t[:i]), Operand(s.C, in, t[:i]))
}

// Replay re-executes every step of t from the inputs with Eval3, checks each recorded
// result bit for bit, and returns the output element the trace defines.
func Replay(t Trace, in [][]float32) (float32, error) {
	for i, s := range t {
		if !s.Op.Valid() {
			return 0, fmt.Errorf("step %d: %w", i, ErrBadOp)
		}
		if isUnary(s.Op) != (s.B.Kind == RefNone) {
			return 0, fmt.Errorf("step %d (%v): %w", i, s.Op, ErrUnaryArgB)
		}
		// fma's addend may be any operand but none (the constant +0 is the zero Ref);
		// other ops have no third operand.
		if s.Op == OpFMA && s.C.Kind == RefNone || s.Op != OpFMA && s.C != (Ref{}) {
			return 0, fmt.Errorf("step %d (%v): %w", i, s.Op, ErrArgC)
		}
		a, err := operand(s.A, i, in, t)
		if err != nil {
			return 0, err
		}
		b, err := operand(s.B, i, in, t)
		if err != nil {
			return 0, err
		}
		c, err := operand(s.C, i, in, t)
		if err != nil {
			return 0, err
		}
		if got := Eval3(s.Op, a, b, c); math.Float32bits(got) != math.Float32bits(s.Result) {
			return 0, fmt.Errorf("step %d (%v %08x %08x %08x): recorded %08x, computed %08x: %w",
				i, s.Op, math.Float32bits(a), math.Float32bits(b), math.Float32bits(c),
				math.Float32bits(s.Result), math.Float32bits(got), ErrMismatch)
		}
	}
	if len(t) == 0 {
		return 0, nil
	}
	return t[len(t)-1].Result, nil
}

// alg is the algebra a kernel's definition is written in, once: over float32 values it
// is the kernel (evaluation), over Refs it records the trace. This keeps one definition
// of each computation for both.
type alg[T any] interface {
	in(slot int, idx int) T
	c(v float32) T
	op(o Op, a, b T) T
	un(o Op, a T) T
	fma(a, b, c T) T // a*b + c rounded once (OpFMA)
}

// evalAlg evaluates a definition on concrete inputs.
type evalAlg struct{ ins [][]float32 }

func (e evalAlg) in(slot, idx int) float32    { return e.ins[slot][idx] }
func (evalAlg) c(v float32) float32           { return v }
func (evalAlg) op(o Op, a, b float32) float32 { return Eval(o, a, b) }
func (evalAlg) un(o Op, a float32) float32    { return Eval(o, a, 0) }
func (evalAlg) fma(a, b, c float32) float32   { return FMA32(a, b, c) }

// traceAlg records a definition as a trace.
type traceAlg struct {
	ins   [][]float32
	steps *Trace
}

func (t traceAlg) in(slot, idx int) Ref {
	return Ref{Kind: RefInput, Slot: uint8(slot), Index: uint32(idx)}
}
func (traceAlg) c(v float32) Ref { return Ref{Kind: RefConst, Index: math.Float32bits(v)} }

func (t traceAlg) value(r Ref) float32 {
	v, err := operand(r, len(*t.steps), t.ins, *t.steps)
	if err != nil {
		panic(err) // a kernel definition bug, not bad input
	}
	return v
}

func (t traceAlg) op(o Op, a, b Ref) Ref {
	*t.steps = append(*t.steps, Step{Op: o, A: a, B: b, Result: Eval(o, t.value(a), t.value(b))})
	return Ref{Kind: RefStep, Index: uint32(len(*t.steps) - 1)}
}

func (t traceAlg) fma(a, b, c Ref) Ref {
	r := FMA32(t.value(a), t.value(b), t.value(c))
	*t.steps = append(*t.steps, Step{Op: OpFMA, A: a, B: b, C: c, Result: r})
	return Ref{Kind: RefStep, Index: uint32(len(*t.steps) - 1)}
}

func (t traceAlg) un(o Op, a Ref) Ref {
	*t.steps = append(*t.steps, Step{Op: o, A: a, B: Ref{Kind: RefNone}, Result: Eval(o, t.value(a), 0)})
	return Ref{Kind: RefStep, Index: uint32(len(*t.steps) - 1)}
}
