package netsim

import (
	"errors"
	"fmt"

	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
)

// ErrUnknownCheat: a cheat name Cheat does not know.
var ErrUnknownCheat = errors.New("netsim: unknown cheat")

// Cheats are the cheats the network benchmark draws from, "none" first (Cheat also
// knows "op", the demo's).
var Cheats = []string{"none", "bit", "lr", "skip", "state", "order", "data", "fabricate", "withhold", "stall"}

// Cheat is the solver.Config fields that make a solver dishonest in the named way on
// task tk: a bit of a backward node, another learning rate, a skipped step, wrong
// weights, another data order, a corrupted byte of the data, one scalar operation one
// ulp off (each in the middle of the task), a fabricated trace, withheld checkpoints (with wrong weights) or a
// stalled dispute. With tk nil (a daemon that does not know its tasks yet) the fault
// is at the first step, in node 0, and "lr" is refused.
func Cheat(name string, tk *task.Task) (solver.Config, error) {
	mid := uint64(1)
	if tk != nil {
		mid = tk.Steps/2 + 1
	} else if name == "lr" {
		return solver.Config{}, fmt.Errorf("%w %q without a task", ErrUnknownCheat, name)
	}
	node := func(name string) int {
		if tk == nil {
			return 0
		}
		for w, n := range tk.Nodes {
			if n.Name == name {
				return w
			}
		}
		return 0
	}
	fault := func(f pinpoint.Fault) (solver.Config, error) { return solver.Config{Fault: f}, nil }
	switch name {
	case "none":
		return solver.Config{}, nil
	case "bit": // one bit of one backward-pass node
		return fault(pinpoint.Fault{Kind: pinpoint.FaultBit, Step: mid, Node: node("bwd.l0.dW"), Element: 5, Bit: 21})
	case "lr": // another learning rate throughout
		return fault(pinpoint.Fault{Kind: pinpoint.FaultLR, LR: tk.Spec.Optimizer.LR * 1.25})
	case "skip": // a step skipped
		return fault(pinpoint.Fault{Kind: pinpoint.FaultSkip, Step: mid})
	case "state": // wrong weights after one step
		return fault(pinpoint.Fault{Kind: pinpoint.FaultState, Step: mid, Element: 11})
	case "order": // another data order: one step trains on the next step's batch
		return fault(pinpoint.Fault{Kind: pinpoint.FaultOrder, Step: mid})
	case "data": // one step trains on its batch with one input byte's bit flipped
		return fault(pinpoint.Fault{Kind: pinpoint.FaultData, Step: mid, Element: 37, Bit: 6})
	case "fabricate": // no training: a made-up trace and final model
		return solver.Config{Fabricate: true}, nil
	case "withhold": // wrong weights, and no checkpoint served
		return solver.Config{Withhold: true, Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: mid, Element: 11}}, nil
	case "op": // one scalar operation of a backward matmul one ulp off: its trace still
		// opens, so the dispute reaches the trace level and ends at the one-step check
		return fault(pinpoint.Fault{Kind: pinpoint.FaultOp, Step: mid, Node: node("bwd.l0.dW"), Element: 3, Op: 7})
	case "stall": // stops answering mid-dispute
		return solver.Config{Stall: true, Fault: pinpoint.Fault{Kind: pinpoint.FaultOp, Step: mid, Node: node("bwd.l0.dW"), Element: 3, Op: 7}}, nil
	}
	return solver.Config{}, fmt.Errorf("%w %q", ErrUnknownCheat, name)
}
