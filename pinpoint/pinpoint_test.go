package pinpoint_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

const (
	steps    = 4
	interval = 2
	clock    = 3600
)

func newTask(t testing.TB) *task.Task {
	t.Helper()
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(context.Background(), tr, steps, interval, task.Options{AllowUnjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// drawFault draws a fault at any level whose segment's end state differs from the
// truth; when the challenger lies, faults at nodes the contract cannot judge are
// skipped (an honest solver cannot defend those yet: see task.Options.AllowUnjudged).
func drawFault(t testing.TB, r *rand.Rand, tk *task.Task, truth *pinpoint.Computation, kind pinpoint.FaultKind, solverLies bool) (pinpoint.Fault, *pinpoint.Computation) {
	unjudged := map[int]bool{}
	for _, w := range tk.Unjudged {
		unjudged[w] = true
	}
	for range 1000 {
		f := pinpoint.Fault{Kind: kind, Step: r.Uint64N(steps), Node: r.IntN(len(tk.Nodes)),
			Element: r.Uint64N(1 << 12), Op: r.Uint64N(1 << 10), Bit: uint(r.IntN(32)), Tensor: r.IntN(len(tk.Graph.State))}
		if !solverLies && unjudged[f.Node] && (f.Kind == pinpoint.FaultOp || f.Kind == pinpoint.FaultBit) {
			continue
		}
		liar, err := pinpoint.NewComputation(tk, tk.Trainer(), f)
		if err != nil {
			t.Fatal(err)
		}
		end := f.Step/interval*interval + interval
		a, err1 := truth.StateAt(end)
		b, err2 := liar.StateAt(end)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if a.Hash() != b.Hash() {
			return f, liar
		}
	}
	t.Fatal("no fault changes its segment's end")
	return pinpoint.Fault{}, nil
}

func setupFor(tk *task.Task, solver model.View, first uint64) model.Setup {
	seg := solver.Segment(first, interval)
	return model.Setup{NodesRoot: tk.Game.NodesTree.Root(), StateMapRoot: tk.Game.StateMap.Root(), DataRoot: tk.Game.DataTree.Root(),
		Agreed: seg.Leaf(0), Disputed: seg.Leaf(interval), FirstStep: first, SegLen: interval,
		NumNodes: uint32(len(tk.Nodes)), StateDepth: tk.Game.StateDepth, Clock: clock}
}

// kinds cycles through the fault kinds, scalar and node faults twice as often.
var kinds = []pinpoint.FaultKind{pinpoint.FaultOp, pinpoint.FaultBit, pinpoint.FaultState, pinpoint.FaultOp,
	pinpoint.FaultBit, pinpoint.FaultMeta, pinpoint.FaultSkip, pinpoint.FaultOrder, pinpoint.FaultData}

// TestHonestPartyWinsInModel plays the real-trainer-backed honest party against a
// party whose computation has a random fault, on contracts/model (the contract's Go
// twin, checked against it move by move in package contracts): the honest party wins
// every game. TestHonestPartyWinsOnChain does the same against the contract.
func TestHonestPartyWinsInModel(t *testing.T) {
	tk := newTask(t)
	games := 28
	if testing.Short() {
		games = 8
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range games {
		playFault(t, tk, r, i, kinds[(i/2)%len(kinds)], i%2 == 0)
	}
}

// TestHonestPartyWinsDataFault: against a party that trained on a corrupted input
// byte, the honest party wins by judgement (no timeout), in short runs too (the kinds
// cycle reaches FaultData only in long ones), and the node judged reads the batch
// inputs: the corruption is caught where the batch is opened against the data root.
func TestHonestPartyWinsDataFault(t *testing.T) {
	tk := newTask(t)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 4 {
		for _, g := range playFault(t, tk, r, i, pinpoint.FaultData, i%2 == 0) {
			if g.Forfeit {
				t.Fatalf("game %d ended by timeout", i)
			}
			if !slices.Contains(tk.Nodes[g.Node].Inputs, task.Source{Kind: model.SrcBatch, Index: task.BatchX}) {
				t.Fatalf("game %d judged node %d (%s), which does not read the batch inputs", i, g.Node, tk.Nodes[g.Node].Name)
			}
		}
	}
}

// playFault plays game i with a random fault of kind (the solver's if solverLies,
// else the challenger's) at each fanout, checks that the honest party wins, and
// returns the games as they ended.
func playFault(t *testing.T, tk *task.Task, r *rand.Rand, i int, kind pinpoint.FaultKind, solverLies bool) []*model.Game {
	t.Helper()
	truth, err := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	f, liar := drawFault(t, r, tk, truth, kind, solverLies)
	sv, cv := truth, liar
	want := model.SolverWins
	if solverLies {
		sv, cv, want = liar, truth, model.ChallengerWins
	}
	first := f.Step / interval * interval
	var games []*model.Game
	for _, fanout := range []int{1, 4} {
		g, err := model.New(setupFor(tk, sv, first), fanout, 0)
		if err != nil {
			t.Fatal(err)
		}
		sol := &pinpoint.Solver{Task: tk, View: sv}
		res, st, err := model.Play(model.Solo{G: g}, sol, pinpoint.Challenger{View: cv}, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if res != want {
			t.Fatalf("game %d (fanout %d, fault %+v, solver lies %v): %v, want %v (solver: %v, views: %v %v)",
				i, fanout, f, solverLies, res, want, sol.Err(), sv.Err(), cv.Err())
		}
		if !solverLies && (sv.Err() != nil || sol.Err() != nil) {
			t.Fatalf("honest solver errors: %v %v", sv.Err(), sol.Err())
		}
		t.Logf("fault %+v, solver lies %v, fanout %d: %v in %d moves", f, solverLies, fanout, res, st.Moves)
		games = append(games, g)
	}
	return games
}

// TestPlayerReady: the player asks for its own moves only, claims the timeout once
// the other's clock is spent, and refuses moves the replica rejects.
func TestPlayerReady(t *testing.T) {
	tk := newTask(t)
	truth, _ := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
	s := setupFor(tk, truth, 0)
	sol := &pinpoint.Solver{Task: tk, View: truth}
	ps, err := pinpoint.NewPlayer(model.Solver, s, 4, 100, sol, truth.Err, sol.Err)
	if err != nil {
		t.Fatal(err)
	}
	pc, err := pinpoint.NewPlayer(model.Challenger, s, 4, 100, pinpoint.Challenger{View: truth}, truth.Err)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ps.Ready(101)
	if err != nil || r.Move == nil || r.No != 0 {
		t.Fatalf("solver's first move: %+v %v", r, err)
	}
	if _, ok := r.Move.(model.CommitSteps); !ok {
		t.Fatalf("first move %T", r.Move)
	}
	if rc, err := pc.Ready(101); err != nil || rc.Move != nil {
		t.Fatalf("challenger wants %T before its turn (%v)", rc.Move, err)
	}
	if rc, _ := pc.Ready(100 + clock + 1); rc.Move != (model.Timeout{}) {
		t.Fatalf("challenger does not claim the solver's timeout: %+v", rc)
	}
	ev := pinpoint.Event{By: model.Solver, No: 0, Move: r.Move, Time: 105}
	if err := pc.Step(pinpoint.Event{By: model.Challenger, No: 0, Move: r.Move, Time: 105}); err == nil {
		t.Fatal("replica accepted the solver's move in the challenger's name")
	}
	for _, p := range []*pinpoint.Player{ps, pc} {
		if err := p.Step(ev); err != nil {
			t.Fatal(err)
		}
	}
	if r, err := pc.Ready(106); err != nil || r.Move == nil || r.No != 1 {
		t.Fatalf("challenger's pick: %+v %v", r, err)
	}
	if r, err := ps.Ready(106); err != nil || r.Move != nil {
		t.Fatalf("solver wants %T out of turn (%v)", r.Move, err)
	}
}
