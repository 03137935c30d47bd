package console

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
)

// Operation is the one float32 operation a game ended on, as the one-step check judged
// it: the operation the node's kernel defines at that step of the element's trace (the
// game derives it, no party states it), its operands as the solver opened them against
// the agreed data, the result the solver's trace claims and the one the operation gives.
type Operation struct {
	Kernel      uint8     `json:"kernel"`  // repops kernel id
	Element     uint64    `json:"element"` // of the node's output
	Step        uint64    `json:"step"`    // the operation's index in the element's trace
	TraceLen    uint64    `json:"trace_len"`
	Op          string    `json:"op"` // add, mul, fma, ...
	Operands    []Operand `json:"operands"`
	Claimed     Operand   `json:"claimed"`  // the solver's result
	Computed    Operand   `json:"computed"` // what the operation gives
	SolverRight bool      `json:"solver_right"`
	Note        string    `json:"note,omitempty"`
}

// Operand is one float32 of an Operation.
type Operand struct {
	Name  string `json:"name"`
	Value string `json:"value"` // shortest decimal that reads back to the same float32
	Bits  string `json:"bits"`  // 0x...
	From  string `json:"from,omitempty"`
}

func operand(name string, bits uint32, from string) Operand {
	f := math.Float32frombits(bits)
	return Operand{Name: name, Value: strconv.FormatFloat(float64(f), 'g', -1, 32), Bits: fmt.Sprintf("0x%08x", bits), From: from}
}

// operationOf is the operation game state gs ended on, desc the node it opened and d
// the solver's defence (the move the one-step check judged).
func operationOf(desc model.Node, gs pinpointgame.PinpointGameView, d model.DefendStep) *Operation {
	op := &Operation{Kernel: desc.Kernel, Element: gs.Element, Step: gs.Idx, TraceLen: gs.TraceLen, Operands: []Operand{}}
	sh, err := model.StepShape(desc, gs.Element, gs.Idx)
	if err != nil {
		op.Note = "the step's shape: " + err.Error()
		return op
	}
	op.Op = sh.Op.String()
	claimed := model.ResultBits(gs.Cur)
	op.Claimed = operand("solver's result", claimed, "the solver's trace")
	if sh.Encode(claimed) != gs.Cur {
		op.Note = "the solver's trace leaf does not hold this operation: lost at once"
		return op
	}
	var v [3]uint32
	for i, x := range []struct {
		kind repops.RefKind
		slot uint8
		pay  uint32
		o    model.Opening
	}{{sh.KindA, sh.SlotA, sh.PayA, d.A}, {sh.KindB, sh.SlotB, sh.PayB, d.B}, {sh.KindC, sh.SlotC, sh.PayC, d.C}} {
		var from string
		switch x.kind {
		case repops.RefNone:
			continue
		case repops.RefConst:
			v[i], from = x.pay, "a constant"
		case repops.RefStep:
			v[i], from = model.ResultBits(x.o.Src), fmt.Sprintf("step %d of the trace", x.pay)
		default:
			v[i] = binary.LittleEndian.Uint32(x.o.DataLeaf[(x.pay%8)*4:])
			from = fmt.Sprintf("input %d, element %d", x.slot, x.pay)
		}
		op.Operands = append(op.Operands, operand(string(rune('a'+i)), v[i], from))
	}
	f := math.Float32frombits
	got := math.Float32bits(repops.Canon(repops.Eval3(sh.Op, f(v[0]), f(v[1]), f(v[2]))))
	op.Computed = operand("operation's result", got, "the contract computes it from a, b, c: the challenger's side")
	op.SolverRight = got == claimed
	return op
}
