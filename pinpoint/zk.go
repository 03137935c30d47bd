package pinpoint

import (
	"errors"
	"fmt"
	"math"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/task"
)

// The one-proof path of the trace level: the strategies state the claim of the
// element circuit from their view and answer a proof by checking its operands.

// ErrNoElements: the strategy's view cannot read element operands (it is not a
// Computation).
var ErrNoElements = errors.New("pinpoint: view cannot read element operands")

// elementSource is a view that reads the operands of an element (Computation).
type elementSource interface {
	Element(s uint64, w int, e uint64) (operands []uint32, value uint32, err error)
	Task() *task.Task
}

// Task is the task the computation runs.
func (c *Computation) Task() *task.Task { return c.tk }

// Element returns the operands (proofs.OperandRef order) and the value of output
// element e of on-chain node w in step s, as this computation has them (faults
// included).
func (c *Computation) Element(s uint64, w int, e uint64) ([]uint32, uint32, error) {
	if w < 0 || w >= len(c.tk.Nodes) {
		return nil, 0, fmt.Errorf("pinpoint: node %d of %d", w, len(c.tk.Nodes))
	}
	vals, err := c.values(s)
	if err != nil {
		return nil, 0, err
	}
	k := c.kernelAt(w, s)
	out := c.tk.Output(vals, w).Data
	if e >= uint64(len(out)) {
		return nil, 0, fmt.Errorf("pinpoint: element %d of node %d (%d)", e, w, len(out))
	}
	n := proofs.NumOperands(k, int(e))
	if n < 0 {
		return nil, 0, fmt.Errorf("pinpoint: node %d: %w", w, proofs.ErrKernel)
	}
	in := c.tk.NodeInputs(vals, w)
	ops := make([]uint32, n)
	for q := range ops {
		slot, idx, err := proofs.OperandRef(k, int(e), q)
		if err != nil {
			return nil, 0, fmt.Errorf("pinpoint: node %d: %w", w, err)
		}
		ops[q] = math.Float32bits(in[slot][idx])
	}
	return ops, math.Float32bits(out[e]), nil
}

// elementClaim is the claim of g's disputed element as view v computes it; the
// kernel and its constant come from the node descriptor both parties agreed on.
func elementClaim(v model.View, g *model.Game) (proofs.Claim, error) {
	src, ok := v.(elementSource)
	if !ok {
		return proofs.Claim{}, ErrNoElements
	}
	ops, val, err := src.Element(g.S.FirstStep+g.Step-1, int(g.Node), g.Element)
	if err != nil {
		return proofs.Claim{}, err
	}
	c, d, w, j := model.ZkConsts(g.Desc, g.Element)
	return proofs.Claim{Kernel: repops.KernelID(g.Desc.Kernel), Const: c, Const2: d, Width: w, Col: j, Operands: ops, Value: val}, nil
}

// checkOperands answers a proved element: the first operand that differs from the
// view's is disputed with its opening (tk supplies batch tensors), else the proof is
// accepted.
func checkOperands(tk *task.Task, v model.View, g *model.Game, operands []byte) model.Move {
	src, ok := v.(elementSource)
	if !ok {
		return nil
	}
	mine, _, err := src.Element(g.S.FirstStep+g.Step-1, int(g.Node), g.Element)
	if err != nil {
		return nil
	}
	theirs, err := proofs.ParseOperands(operands)
	if err != nil || len(theirs) != len(mine) {
		return nil // the contract checked the length: a replica that misread the move
	}
	for q := range mine {
		if mine[q] == theirs[q] {
			continue
		}
		slot, index, err := model.ZkOperandRef(g.Desc, g.Element, uint64(q))
		if err != nil {
			return nil
		}
		o := (&Solver{Task: tk, View: v}).open(g, g.S.FirstStep+g.Step-1, repops.RefInput, slot, index)
		return model.DisputeOperand{Operands: operands, Q: uint64(q), O: o}
	}
	return model.AcceptElement{}
}

// ElementClaim implements ElementClaimer.
func (h *Solver) ElementClaim(g *model.Game) (proofs.Claim, error) { return elementClaim(h.View, g) }

// CheckOperands implements OperandChecker (after the challenger refuted the element).
func (h *Solver) CheckOperands(g *model.Game, operands []byte) model.Move {
	return checkOperands(h.Task, h.View, g, operands)
}

// ElementClaim implements ElementClaimer.
func (h Challenger) ElementClaim(g *model.Game) (proofs.Claim, error) { return elementClaim(h.View, g) }

// CheckOperands implements OperandChecker (after the solver proved the element).
func (h Challenger) CheckOperands(g *model.Game, operands []byte) model.Move {
	src, ok := h.View.(elementSource)
	if !ok {
		return nil
	}
	return checkOperands(src.Task(), h.View, g, operands)
}

var (
	_ ElementClaimer = (*Solver)(nil)
	_ OperandChecker = (*Solver)(nil)
	_ ElementClaimer = Challenger{}
	_ OperandChecker = Challenger{}
	_ elementSource  = (*Computation)(nil)
)
