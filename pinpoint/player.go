package pinpoint

import (
	"fmt"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/task"
)

// Solver is the honest solver's strategy over a Computation: contracts/model's
// HonestSolver (the strategy the contract is tested against), with the two answers it
// cannot give for a real task: batch operands (their tensors come from the task, not
// from a synthetic world) and nodes the contract cannot judge (no move exists).
type Solver struct {
	Task *task.Task
	View model.View
	err  error
}

// Next implements model.Strategy.
func (h *Solver) Next(g *model.Game) model.Move {
	inner := model.HonestSolver{V: h.View, Spec: &h.Task.Game}
	switch g.Phase {
	case model.PhaseOpenNode:
		if n := h.Task.Nodes[g.Node]; !n.Judged {
			h.err = fmt.Errorf("%w: node %d (%s)", ErrUnjudged, g.Node, n.Name)
			return nil
		}
	case model.PhaseDefendStep:
		return h.defendStep(g)
	}
	return inner.Next(g)
}

// Err is why the strategy did not move, if it knows.
func (h *Solver) Err() error { return h.err }

// defendStep opens the operands of the disputed scalar step, C too for an fma
// (HonestSolver's openings, with batch tensors taken from the task).
func (h *Solver) defendStep(g *model.Game) model.Move {
	sh, err := model.StepShape(g.Desc, g.Element, g.Idx)
	if err != nil {
		h.err = err
		return nil
	}
	s := g.S.FirstStep + g.Step - 1
	return model.DefendStep{A: h.open(g, s, sh.KindA, sh.SlotA, sh.PayA), B: h.open(g, s, sh.KindB, sh.SlotB, sh.PayB),
		C: h.open(g, s, sh.KindC, sh.SlotC, sh.PayC)}
}

func (h *Solver) open(g *model.Game, s uint64, kind repops.RefKind, slot uint8, pay uint32) model.Opening {
	var o model.Opening
	switch kind {
	case repops.RefConst, repops.RefNone:
		return o
	case repops.RefStep:
		tr := h.View.Trace(s, g.Node, g.Element)
		o.Src, o.SrcProof = tr.Leaf(uint64(pay)), tr.Prove(uint64(pay))
		return o
	}
	src := g.Desc.Source(slot)
	srcKind, idx := src.Kind, src.Index
	var data *model.Tree
	switch srcKind {
	case model.SrcState:
		st := h.View.State(s)
		o.Src, o.SrcProof = st.Leaf(uint64(idx)+1), st.Prove(uint64(idx)+1)
		o.Header, data = h.View.StateTensor(s, idx)
	case model.SrcBatch:
		sp := &h.Task.Game
		b := sp.Batches[s]
		o.BatchRoot, o.NextMeta, o.BatchProof = b.Root(), sp.NextMeta[s], sp.DataTree.Prove(s)
		o.Src, o.SrcProof = b.Leaf(uint64(idx)), b.Prove(uint64(idx))
		x := h.Task.BatchTensors(s)[idx]
		o.Header, data = checkpoint.HeaderHash(&x), dataTree(x.Data)
	case model.SrcNode:
		gt := h.View.Graph(s)
		o.Src, o.SrcProof = gt.Leaf(uint64(idx)), gt.Prove(uint64(idx))
		o.Header, data = h.View.Output(s, idx)
	}
	if data != nil {
		o.DataLeaf, o.DataProof = data.Leaf(uint64(pay/8)), data.Prove(uint64(pay/8))
	}
	return o
}

// Challenger is the honest challenger's strategy over a Computation (contracts/model's
// HonestChallenger: it disputes the first frontier node that differs from its view).
type Challenger struct {
	View model.View
}

// Next implements model.Strategy.
func (h Challenger) Next(g *model.Game) model.Move { return model.HonestChallenger{V: h.View}.Next(g) }

// Event is a move the chain accepted: who made it, its number, the move and the time
// of its block.
type Event struct {
	By   model.Party
	No   uint32
	Move model.Move
	Time uint64
}

// Ready is what a player wants done now.
type Ready struct {
	Move     model.Move // nil: nothing to send
	No       uint32     // the move number to send it with
	Deadline uint64     // last second the party to move may move
	Done     bool       // the game is over
	Result   model.Result
	// Claim, when set, is a claim of the element circuit that ends the trace level:
	// the shell proves it (outside the player: proving takes seconds) and sends
	// ProveElement (solver) or RefuteElement (challenger) with the proof instead of
	// Move; Move stays the fallback if proving fails.
	Claim *proofs.Claim
}

// Player is one party of one game as a pure state machine, in the manner of etcd
// raft: moves the chain accepted come in through Step, the move to make comes out of
// Ready; no I/O, no clock (time is an argument), no goroutines. It keeps a replica of
// the on-chain game (contracts/model, tested move by move against the contract), so a
// move it sends is one the contract accepts, and a move it observes that the replica
// rejects means it misread the chain (ErrDiverged).
type Player struct {
	Role   model.Party
	g      *model.Game
	strat  model.Strategy
	errs   []func() error
	prove  bool   // the party can prove elements (EnableZk)
	ops    []byte // operands of the last proved element, read from its move
	opened model.Game
}

// NewPlayer starts a player of role for the game opened with setup s at time openedAt
// on a contract with fanoutBits, answering with strat (Solver or Challenger). Errs
// are asked why when strat has no move (a Computation's Err, a Solver's Err).
func NewPlayer(role model.Party, s model.Setup, fanoutBits int, openedAt uint64, strat model.Strategy, errs ...func() error) (*Player, error) {
	g, err := model.New(s, fanoutBits, openedAt)
	if err != nil {
		return nil, fmt.Errorf("pinpoint: %w", err)
	}
	return &Player{Role: role, g: g, strat: strat, errs: errs, opened: *g}, nil
}

// Reset puts the replica back as the game was opened (keeping the verifier EnableZk
// set), for a caller that must replay the moves anew: after a reorg the chain's moves
// may differ from those applied.
func (p *Player) Reset() {
	v := p.g.Verifier
	*p.g = p.opened
	p.g.Verifier, p.ops = v, nil
}

// SetKernels makes the replica judge nodes by the kernels k (model.Game.Kernels; nil:
// the registry's deployment kernels), as the game's registry does at the game's kernel
// epoch (onchain.Market.GameKernels); kept across Reset.
func (p *Player) SetKernels(k *model.KernelSet) { p.g.Kernels, p.opened.Kernels = k, k }

// Game is the replica (read-only for callers).
func (p *Player) Game() *model.Game { return p.g }

// EnableZk turns on the one-proof path of the trace level: the game has an element
// judge, whose verifier v the replica asks about proofs (as the contract does), and,
// if prove, this party can prove elements (Ready then offers a Claim).
func (p *Player) EnableZk(v model.ElementVerifier, prove bool) {
	p.g.Verifier, p.prove = v, prove
}

// Step applies a move the chain accepted.
func (p *Player) Step(ev Event) error {
	if err := p.g.Apply(ev.By, ev.No, ev.Move, ev.Time); err != nil {
		return fmt.Errorf("%w: move %d (%T by %v): %v", ErrDiverged, ev.No, ev.Move, ev.By, err)
	}
	switch m := ev.Move.(type) {
	case model.ProveElement:
		p.ops = m.Operands
	case model.RefuteElement:
		p.ops = m.Operands
	}
	return nil
}

// ElementClaimer is a strategy that can state the claim of the element circuit for
// the disputed element as its view computes it (operands and value).
type ElementClaimer interface {
	ElementClaim(g *model.Game) (proofs.Claim, error)
}

// OperandChecker is a strategy that answers a proved element: AcceptElement if the
// proof's operands are the agreed inputs, else DisputeOperand on one that is not.
type OperandChecker interface {
	CheckOperands(g *model.Game, operands []byte) model.Move
}

// zkClaim is the claim this party would prove now, if the one-proof path is open to
// it: the solver at its trace-level turns proves the value it committed, the challenger
// at its trace-level pick proves another value (the one its view computes).
func (p *Player) zkClaim() *proofs.Claim {
	g := p.g
	if !p.prove || g.Verifier == nil || model.ZkNumOperands(g.Desc, g.Element) == 0 {
		return nil
	}
	if model.ZkTerms(g.Desc, g.Element) > uint64(g.Verifier.MaxTerms()) {
		return nil
	}
	atTrace := g.Level == model.LevelTrace
	switch {
	case p.Role == model.Solver && (g.Phase == model.PhaseOpenTrace || (atTrace && (g.Phase == model.PhaseReveal || g.Phase == model.PhaseDefendStep))):
	case p.Role == model.Challenger && atTrace && g.Phase == model.PhasePick:
	default:
		return nil
	}
	cl, ok := p.strat.(ElementClaimer)
	if !ok {
		return nil
	}
	c, err := cl.ElementClaim(g)
	if err != nil || c.Check() != nil || (c.Value == g.Value) != (p.Role == model.Solver) {
		return nil // no true claim to prove: play the bisection
	}
	return &c
}

// Ready says what to send at time now: this party's move when it is its turn, the
// timeout claim once the other party's clock has run out, nothing otherwise. An error
// means it is this party's turn and it has no move (it will lose on time).
func (p *Player) Ready(now uint64) (Ready, error) {
	g := p.g
	r := Ready{No: g.Moves, Deadline: g.Deadline(), Result: g.Result}
	if g.Result != model.Pending {
		r.Done = true
		return r, nil
	}
	if g.ToMove() != p.Role {
		if now > g.Deadline() {
			r.Move = model.Timeout{}
		}
		return r, nil
	}
	if g.Phase == model.PhaseOperandCheck {
		if oc, ok := p.strat.(OperandChecker); ok {
			r.Move = oc.CheckOperands(g, p.ops)
		}
	} else {
		r.Move = p.strat.Next(g)
		r.Claim = p.zkClaim()
	}
	if r.Move == nil {
		for _, e := range p.errs {
			if err := e(); err != nil {
				return r, err
			}
		}
		return r, fmt.Errorf("pinpoint: %v has no move in phase %d", p.Role, g.Phase)
	}
	for _, e := range p.errs {
		if err := e(); err != nil { // a view that failed gave a meaningless move
			r.Move, r.Claim = nil, nil
			return r, err
		}
	}
	return r, nil
}
