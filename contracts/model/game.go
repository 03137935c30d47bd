package model

import (
	"errors"
	"fmt"

	"github.com/veritrain/veritrain/checkpoint/merkle"
	"github.com/veritrain/veritrain/repops"
)

// Sentinel errors: a move the contract would revert.
var (
	ErrBadSetup     = errors.New("model: bad setup")
	ErrGameOver     = errors.New("model: game over")
	ErrWrongMoveNo  = errors.New("model: wrong move number")
	ErrNotYourTurn  = errors.New("model: not your turn")
	ErrWrongPhase   = errors.New("model: wrong phase")
	ErrClockExpired = errors.New("model: clock expired")
	ErrClockRunning = errors.New("model: clock still running")
	ErrBadProof     = errors.New("model: bad proof")
	ErrBadFrontier  = errors.New("model: bad frontier")
	ErrBadPick      = errors.New("model: bad pick")
	ErrBadNode      = errors.New("model: bad node")
	ErrNotFirstPick = errors.New("model: assembly dispute only as the first graph pick")
)

// Party is who sends a move.
type Party uint8

const (
	Solver Party = iota + 1
	Challenger
	Outsider
)

func (p Party) String() string {
	switch p {
	case Solver:
		return "solver"
	case Challenger:
		return "challenger"
	}
	return "outsider"
}

// Result of a game (PinpointGame.Result).
type Result uint8

const (
	Pending Result = iota
	SolverWins
	ChallengerWins
)

func (r Result) String() string { return [...]string{"pending", "solver wins", "challenger wins"}[r] }

// Phase of a game (PinpointGame.Phase, same numbering).
type Phase uint8

const (
	PhaseNone Phase = iota
	PhaseCommitSteps
	PhaseReveal
	PhasePick
	PhaseCommitGraph
	PhaseOpenNode
	PhaseOpenTrace
	PhaseDefendStep
	PhaseDefendAssembly
	PhaseDone
)

// Level is the tree being descended (PinpointGame.Level).
type Level uint8

const (
	LevelSteps Level = iota
	LevelGraph
	LevelAssembly
	LevelTensor
	LevelTrace
)

// Setup is what the client fixes when it opens a game (PinpointGame.Setup without the
// addresses).
type Setup struct {
	NodesRoot, StateMapRoot, DataRoot [32]byte
	Agreed, Disputed                  [32]byte
	FirstStep, SegLen                 uint64
	NumNodes                          uint32
	StateDepth                        uint8
	Clock                             uint64
	// KernelEpoch is the kernel registry's epoch the game is judged at (the task's,
	// fixed when it was posted): only kernels known then (KernelSet.Known). Zero: the
	// kernels the registry was deployed with.
	KernelEpoch uint16
}

// Opening opens one operand of the disputed scalar step (PinpointGame.Opening).
type Opening struct {
	Src                 [32]byte
	SrcProof            [][32]byte
	BatchRoot, NextMeta [32]byte
	BatchProof          [][32]byte
	Header, DataLeaf    [32]byte
	DataProof           [][32]byte
}

// AssemblyOpening shows where a state leaf comes from (PinpointGame.AssemblyOpening).
type AssemblyOpening struct {
	MapLeaf             uint64
	MapProof            [][32]byte
	Src                 [32]byte
	SrcProof            [][32]byte
	BatchRoot, NextMeta [32]byte
	BatchProof          [][32]byte
}

// Move is one transaction of the game.
type Move interface{ isMove() }

type (
	CommitSteps struct {
		Root                [32]byte
		LastProof, Frontier [][32]byte
	}
	Reveal struct{ Frontier [][32]byte }
	// Pick names node Q of the last frontier with its siblings up to the current root.
	Pick struct {
		Node [32]byte
		Q    uint64
		Path [][32]byte
		Lane uint8
	}
	CommitGraph struct {
		PrevState [32]byte
		PrevProof [][32]byte
		Root      [32]byte
		Frontier  [][32]byte
	}
	DisputeAssembly struct{}
	OpenNode        struct {
		Desc             Node
		DescProof        [][32]byte
		Header, DataRoot [32]byte
		Frontier         [][32]byte
	}
	OpenTrace struct {
		Root, LastLeaf      [32]byte
		LastProof, Frontier [][32]byte
	}
	// DefendStep opens the operands of the disputed scalar step: C only for an fma
	// (its addend); the others leave it empty.
	DefendStep     struct{ A, B, C Opening }
	DefendAssembly struct{ O AssemblyOpening }
	// Timeout is sent by anyone once the party to move has used its clock.
	Timeout struct{}
)

func (CommitSteps) isMove()     {}
func (Reveal) isMove()          {}
func (Pick) isMove()            {}
func (CommitGraph) isMove()     {}
func (DisputeAssembly) isMove() {}
func (OpenNode) isMove()        {}
func (OpenTrace) isMove()       {}
func (DefendStep) isMove()      {}
func (DefendAssembly) isMove()  {}
func (Timeout) isMove()         {}

// Game is the model of one PinpointGame game. Its exported fields are what the
// contract's state() view shows, plus what a strategy needs to answer.
type Game struct {
	S          Setup
	FanoutBits int

	Phase           Phase
	Level           Level
	Result          Result
	SolverTurn      bool
	Moves           uint32
	LastMove        uint64
	ClockSolver     uint64
	ClockChallenger uint64

	Cur      [32]byte
	Idx      uint64
	Rem      int
	frontier [][32]byte

	Step, Element, TraceLen uint64
	Node                    uint32
	Value                   uint32
	StepsRoot, PrevState    [32]byte
	NextState, GraphRoot    [32]byte
	OutRoot, TraceRoot      [32]byte
	Desc                    Node

	// Verifier is the element verifier (PinpointGame.elementVerifier); nil: the
	// proof path is off. OpsDigest is keccak256 of a proved element's operands.
	Verifier  ElementVerifier
	OpsDigest [32]byte
	// Refuted: the challenger proved the element (RefuteElement); the operand check
	// is then the solver's.
	Refuted bool
	// Forfeit: the game ended by Timeout (PinpointGame.forfeited), judging nothing.
	Forfeit bool
	// Kernels is the game's kernel registry (PinpointGame.kernels); nil: a fresh
	// deployment's (DeployedKernels at epoch 0).
	Kernels *KernelSet
}

// New opens a game at time now.
func New(s Setup, fanoutBits int, now uint64) (*Game, error) {
	if fanoutBits < 1 || fanoutBits > 8 || s.SegLen == 0 || s.NumNodes == 0 || s.Clock == 0 || s.StateDepth == 0 {
		return nil, ErrBadSetup
	}
	return &Game{S: s, FanoutBits: fanoutBits, Phase: PhaseCommitSteps, SolverTurn: true,
		LastMove: now, ClockSolver: s.Clock, ClockChallenger: s.Clock}, nil
}

// ToMove is the party whose turn it is.
func (g *Game) ToMove() Party {
	if g.SolverTurn {
		return Solver
	}
	return Challenger
}

// Deadline is the last second the party to move may still move.
func (g *Game) Deadline() uint64 {
	if g.SolverTurn {
		return g.LastMove + g.ClockSolver
	}
	return g.LastMove + g.ClockChallenger
}

// Apply executes move m by party at time now, as the contract would; on error the
// game is unchanged (the transaction reverted).
func (g *Game) Apply(by Party, moveNo uint32, m Move, now uint64) error {
	if g.Result != Pending {
		return ErrGameOver
	}
	if _, ok := m.(Timeout); ok {
		if now <= g.Deadline() {
			return ErrClockRunning
		}
		g.finish(map[bool]Result{true: ChallengerWins, false: SolverWins}[g.SolverTurn])
		g.Forfeit = true
		return nil
	}
	c := *g // apply to a copy: a failed move leaves g as it was
	if err := c.apply(by, moveNo, m, now); err != nil {
		return err
	}
	*g = c
	return nil
}

func (g *Game) apply(by Party, moveNo uint32, m Move, now uint64) error {
	if g.Moves != moveNo {
		return fmt.Errorf("%w: want %d, got %d", ErrWrongMoveNo, g.Moves, moveNo)
	}
	bySolver := by == Solver
	if by == Outsider || g.SolverTurn != bySolver {
		return ErrNotYourTurn
	}
	phase := phaseOf(m)
	if _, ok := m.(ProveElement); ok {
		phase = g.proofPhase()
	}
	if g.Phase != phase {
		return fmt.Errorf("%w: want %d, have %d", ErrWrongPhase, phase, g.Phase)
	}
	if phase == PhaseOperandCheck {
		// the party that did not prove: SolverTurn, checked above, says which
	} else if phase == PhaseReveal || phase == PhaseCommitSteps || phase == PhaseCommitGraph ||
		phase == PhaseOpenNode || phase == PhaseOpenTrace || phase == PhaseDefendStep || phase == PhaseDefendAssembly {
		if !bySolver {
			return ErrNotYourTurn
		}
	} else if bySolver {
		return ErrNotYourTurn
	}
	elapsed := now - g.LastMove
	clock := &g.ClockChallenger
	if bySolver {
		clock = &g.ClockSolver
	}
	if elapsed > *clock {
		return ErrClockExpired
	}
	*clock -= elapsed
	g.LastMove = now
	g.Moves = moveNo + 1
	switch m := m.(type) {
	case CommitSteps:
		return g.commitSteps(m)
	case Reveal:
		return g.reveal(m.Frontier)
	case Pick:
		return g.pick(m)
	case CommitGraph:
		return g.commitGraph(m)
	case DisputeAssembly:
		if g.Level != LevelGraph || g.Idx != 0 || g.Rem != Depth(uint64(g.S.NumNodes)) {
			return ErrNotFirstPick
		}
		g.startDescent(LevelAssembly, g.NextState, int(g.S.StateDepth))
		g.SolverTurn = true
		return nil
	case OpenNode:
		return g.openNode(m)
	case OpenTrace:
		return g.openTrace(m)
	case DefendStep:
		return g.defendStep(m)
	case DefendAssembly:
		return g.defendAssembly(m.O)
	case ProveElement:
		return g.proveElement(m)
	case RefuteElement:
		return g.refuteElement(m)
	case AcceptElement:
		g.verdict(!g.Refuted)
		return nil
	case DisputeOperand:
		return g.disputeOperand(m)
	}
	return ErrWrongPhase
}

func phaseOf(m Move) Phase {
	switch m.(type) {
	case CommitSteps:
		return PhaseCommitSteps
	case Reveal:
		return PhaseReveal
	case Pick, DisputeAssembly, RefuteElement:
		return PhasePick
	case CommitGraph:
		return PhaseCommitGraph
	case OpenNode:
		return PhaseOpenNode
	case OpenTrace:
		return PhaseOpenTrace
	case DefendStep:
		return PhaseDefendStep
	case DefendAssembly:
		return PhaseDefendAssembly
	case AcceptElement, DisputeOperand:
		return PhaseOperandCheck
	}
	return PhaseNone
}

func (g *Game) finish(r Result) {
	g.Result = r
	g.Phase = PhaseDone
}

func (g *Game) verdict(solverRight bool) {
	if solverRight {
		g.finish(SolverWins)
	} else {
		g.finish(ChallengerWins)
	}
}

func (g *Game) startDescent(l Level, root [32]byte, depth int) {
	g.Level, g.Cur, g.Idx, g.Rem, g.Phase = l, root, 0, depth, PhaseReveal
}

// Width is log2 of the size of the next frontier.
func (g *Game) Width() int { return min(g.Rem, g.FanoutBits) }

func (g *Game) reveal(f [][32]byte) error {
	w := g.Width()
	if len(f) != 1<<w {
		return ErrBadFrontier
	}
	r, err := FrontierRoot(f, g.Rem == w)
	if err != nil || r != g.Cur {
		return ErrBadFrontier
	}
	g.frontier = append([][32]byte(nil), f...)
	g.Phase, g.SolverTurn = PhasePick, false
	return nil
}

// Frontier is the last revealed frontier.
func (g *Game) Frontier() [][32]byte { return g.frontier }

func (g *Game) pick(m Pick) error {
	w := g.Width()
	if len(m.Path) != w || m.Q>>w != 0 {
		return ErrBadPick
	}
	if SubtreeRoot(m.Node, m.Q, m.Path, g.Rem == w) != g.Cur {
		return ErrBadPick
	}
	g.Cur = m.Node
	g.Idx = g.Idx<<w | m.Q
	g.Rem -= w
	if g.Rem > 0 {
		g.Phase, g.SolverTurn = PhaseReveal, true
		return nil
	}
	return g.onLeaf(m.Lane)
}

func (g *Game) onLeaf(lane uint8) error {
	g.SolverTurn = true
	switch g.Level {
	case LevelSteps:
		p := g.Idx
		switch {
		case p == 0:
			g.verdict(g.Cur == g.S.Agreed)
		case p > g.S.SegLen:
			g.verdict(g.Cur == [32]byte{})
		default:
			g.Step, g.NextState, g.Phase = p, g.Cur, PhaseCommitGraph
		}
	case LevelGraph:
		if g.Idx >= uint64(g.S.NumNodes) {
			g.verdict(g.Cur == [32]byte{})
			return nil
		}
		g.Node, g.OutRoot, g.Phase = uint32(g.Idx), g.Cur, PhaseOpenNode
	case LevelAssembly:
		g.Phase = PhaseDefendAssembly
	case LevelTensor:
		if lane >= 8 {
			return ErrBadPick
		}
		e := g.Idx*8 + uint64(lane)
		v := Lane(g.Cur, int(lane))
		g.Element, g.Value = e, v
		if e >= g.Desc.Numel {
			g.verdict(v == 0)
			return nil
		}
		l, err := TraceLengthAt(g.Desc, e)
		if err != nil {
			return err
		}
		if l == 0 {
			g.verdict(v == 0)
			return nil
		}
		g.TraceLen, g.Phase = l, PhaseOpenTrace
	default:
		if g.Idx >= g.TraceLen {
			g.verdict(g.Cur == [32]byte{})
			return nil
		}
		g.Phase = PhaseDefendStep
	}
	return nil
}

func proves(leaf [32]byte, idx uint64, path [][32]byte, wantLen int, root [32]byte) bool {
	if wantLen >= 0 && len(path) != wantLen {
		return false
	}
	r, ok := RootOf(leaf, idx, path)
	return ok && r == root
}

func (g *Game) commitSteps(m CommitSteps) error {
	d := Depth(g.S.SegLen + 1)
	if !proves(g.S.Disputed, g.S.SegLen, m.LastProof, d, m.Root) {
		return ErrBadProof
	}
	g.StepsRoot = m.Root
	g.startDescent(LevelSteps, m.Root, d)
	return g.reveal(m.Frontier)
}

func (g *Game) commitGraph(m CommitGraph) error {
	if !proves(m.PrevState, g.Step-1, m.PrevProof, Depth(g.S.SegLen+1), g.StepsRoot) {
		return ErrBadProof
	}
	g.PrevState, g.GraphRoot = m.PrevState, m.Root
	g.startDescent(LevelGraph, m.Root, Depth(uint64(g.S.NumNodes)))
	return g.reveal(m.Frontier)
}

func (g *Game) openNode(m OpenNode) error {
	if !proves(m.Desc.Leaf(), uint64(g.Node), m.DescProof, Depth(uint64(g.S.NumNodes)), g.S.NodesRoot) {
		return ErrBadProof
	}
	if !g.kernels().Valid(m.Desc, g.S.KernelEpoch) {
		return ErrBadNode
	}
	if m.Header != m.Desc.OutHeader || merkle.Hash65(merkle.TensorPrefix, m.Header, m.DataRoot) != g.OutRoot {
		return ErrBadProof
	}
	g.Desc = m.Desc
	g.startDescent(LevelTensor, m.DataRoot, Depth((m.Desc.Numel+7)/8))
	return g.reveal(m.Frontier)
}

// kernels is the registry the game derives by (Game.Kernels).
func (g *Game) kernels() *KernelSet {
	if g.Kernels == nil {
		return deployedKernels
	}
	return g.Kernels
}

func (g *Game) openTrace(m OpenTrace) error {
	d := Depth(g.TraceLen)
	if !proves(m.LastLeaf, g.TraceLen-1, m.LastProof, d, m.Root) || ResultBits(m.LastLeaf) != g.Value {
		return ErrBadProof
	}
	g.TraceRoot = m.Root
	g.startDescent(LevelTrace, m.Root, d)
	return g.reveal(m.Frontier)
}

func (g *Game) defendStep(m DefendStep) error {
	sh, err := StepShape(g.Desc, g.Element, g.Idx)
	if err != nil {
		return err
	}
	claimed := ResultBits(g.Cur)
	if sh.Encode(claimed) != g.Cur {
		g.finish(ChallengerWins)
		return nil
	}
	a, err := g.operand(sh.KindA, sh.SlotA, sh.PayA, m.A)
	if err != nil {
		return err
	}
	b, err := g.operand(sh.KindB, sh.SlotB, sh.PayB, m.B)
	if err != nil {
		return err
	}
	c, err := g.operand(sh.KindC, sh.SlotC, sh.PayC, m.C) // the zero C of a non-fma op is the constant 0
	if err != nil {
		return err
	}
	got := f32bits(repops.Eval3(sh.Op, f32frombits(a), f32frombits(b), f32frombits(c)))
	g.verdict(got == claimed)
	return nil
}

func (g *Game) operand(kind repops.RefKind, slot uint8, pay uint32, o Opening) (uint32, error) {
	switch kind {
	case repops.RefConst:
		return pay, nil
	case repops.RefNone:
		return 0, nil
	case repops.RefStep:
		if uint64(pay) >= g.Idx || !proves(o.Src, uint64(pay), o.SrcProof, Depth(g.TraceLen), g.TraceRoot) {
			return 0, ErrBadProof
		}
		return ResultBits(o.Src), nil
	}
	root, err := g.inputRoot(slot, o)
	if err != nil {
		return 0, err
	}
	data, ok := RootOf(o.DataLeaf, uint64(pay/8), o.DataProof)
	if !ok || merkle.Hash65(merkle.TensorPrefix, o.Header, data) != root {
		return 0, ErrBadProof
	}
	return Lane(o.DataLeaf, int(pay%8)), nil
}

func (g *Game) inputRoot(slot uint8, o Opening) ([32]byte, error) {
	src := g.Desc.Source(slot)
	kind, index := src.Kind, src.Index
	switch kind {
	case SrcState:
		if !proves(o.Src, uint64(index)+1, o.SrcProof, int(g.S.StateDepth), g.PrevState) {
			return [32]byte{}, ErrBadProof
		}
	case SrcBatch:
		if !g.stepData(o.BatchRoot, o.NextMeta, o.BatchProof) || !proves(o.Src, uint64(index), o.SrcProof, -1, o.BatchRoot) {
			return [32]byte{}, ErrBadProof
		}
	case SrcNode:
		if index >= g.Node || !proves(o.Src, uint64(index), o.SrcProof, Depth(uint64(g.S.NumNodes)), g.GraphRoot) {
			return [32]byte{}, ErrBadProof
		}
	default:
		return [32]byte{}, ErrBadNode
	}
	return o.Src, nil
}

// StepDataLeaf is H(0x04 || batchRoot || nextMeta), leaf s of a task's data tree.
func StepDataLeaf(batchRoot, nextMeta [32]byte) [32]byte {
	return merkle.Hash65(0x04, batchRoot, nextMeta)
}

func (g *Game) stepData(batchRoot, nextMeta [32]byte, proof [][32]byte) bool {
	return proves(StepDataLeaf(batchRoot, nextMeta), g.S.FirstStep+g.Step-1, proof, -1, g.S.DataRoot)
}

func (g *Game) defendAssembly(o AssemblyOpening) error {
	t := g.Idx
	var want [32]byte
	if t == 0 {
		if !g.stepData(o.BatchRoot, o.NextMeta, o.BatchProof) {
			return ErrBadProof
		}
		want = o.NextMeta
	} else {
		var ml [32]byte
		putU64BE(&ml, o.MapLeaf)
		if !proves(ml, t, o.MapProof, int(g.S.StateDepth), g.S.StateMapRoot) {
			return ErrBadProof
		}
		if o.MapLeaf == 0 {
			if !proves(o.Src, t, o.SrcProof, int(g.S.StateDepth), g.PrevState) {
				return ErrBadProof
			}
		} else {
			w := o.MapLeaf - 1
			if w >= uint64(g.S.NumNodes) || !proves(o.Src, w, o.SrcProof, Depth(uint64(g.S.NumNodes)), g.GraphRoot) {
				return ErrBadProof
			}
		}
		want = o.Src
	}
	g.verdict(want == g.Cur)
	return nil
}
