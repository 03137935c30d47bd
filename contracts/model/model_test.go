package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

const testClock = 3600

// randomFault draws a departure at a random step, node, element and op.
func randomFault(r *rand.Rand, steps uint64) Fault {
	kinds := []FaultKind{FaultOp, FaultOp, FaultOp, FaultCarry, FaultMeta, FaultWritten}
	return Fault{Kind: kinds[r.IntN(len(kinds))], Step: r.Uint64N(steps), Node: uint32(r.IntN(7)),
		Element: r.Uint64N(64), Op: r.Uint64N(64)}
}

type scenario struct {
	name       string
	solverLies bool // else the challenger's view is the faulty one
	solver     func(truth, liar *World, r *rand.Rand) Strategy
	challenger func(truth, liar *World, r *rand.Rand) Strategy
	want       Result
}

func scenarios() []scenario {
	return []scenario{
		{"lying solver vs honest challenger", true,
			func(_, l *World, _ *rand.Rand) Strategy { return HonestSolver{V: l, Spec: l.Spec} },
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestChallenger{V: t} }, ChallengerWins},
		{"lying solver with unbacked claim vs honest challenger", true,
			func(t, l *World, _ *rand.Rand) Strategy {
				return HonestSolver{V: MixedView{View: t, Lie: l}, Spec: t.Spec}
			},
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestChallenger{V: t} }, ChallengerWins},
		{"lying solver that stalls vs honest challenger", true,
			func(_, l *World, r *rand.Rand) Strategy {
				return NewStaller(HonestSolver{V: l, Spec: l.Spec}, r.IntN(12))
			},
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestChallenger{V: t} }, ChallengerWins},
		{"honest solver vs challenger with a wrong view", false,
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestSolver{V: t, Spec: t.Spec} },
			func(_, l *World, _ *rand.Rand) Strategy { return HonestChallenger{V: l} }, SolverWins},
		{"honest solver vs random challenger", false,
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestSolver{V: t, Spec: t.Spec} },
			func(_, _ *World, r *rand.Rand) Strategy { return RandomChallenger{R: r} }, SolverWins},
		{"honest solver vs stalling challenger", false,
			func(t, _ *World, _ *rand.Rand) Strategy { return HonestSolver{V: t, Spec: t.Spec} },
			func(_, l *World, r *rand.Rand) Strategy { return NewStaller(HonestChallenger{V: l}, r.IntN(8)) }, SolverWins},
	}
}

// disputedWorlds draws faults until the lie changes the state at the end of its
// segment (a fault can vanish, e.g. under a ReLU): only then is there a dispute.
func disputedWorlds(r *rand.Rand, seed, steps, interval uint64) (Fault, *World, *World) {
	for {
		f := randomFault(r, steps)
		truth, liar := NewWorlds(seed, Dims{M: 3, K: 4, N: 5}, steps, f)
		end := f.Step/interval*interval + interval
		if truth.StateRoot(end) != liar.StateRoot(end) {
			return f, truth, liar
		}
	}
}

// TestHonestPartyAlwaysWins plays every scenario with random faults at every level,
// random fan-outs and the illegal-move tricks on.
func TestHonestPartyAlwaysWins(t *testing.T) {
	games := 30
	if testing.Short() {
		games = 8
	}
	const steps, interval = 8, 4
	for si, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(si), 1))
			for i := 0; i < games; i++ {
				f, truth, liar := disputedWorlds(r, uint64(i), steps, interval)
				solverView := truth
				if sc.solverLies {
					solverView = liar
				}
				first := f.Step / interval * interval
				g, err := New(truth.Setup(solverView, first, interval, testClock), 1+r.IntN(4), 1000)
				if err != nil {
					t.Fatal(err)
				}
				tricks := &Tricks{R: r, Replay: true, Swap: true, Outside: true}
				res, st, err := Play(Solo{g}, sc.solver(truth, liar, r), sc.challenger(truth, liar, r), tricks, 1000)
				if err != nil {
					t.Fatalf("game %d (%+v): %v", i, f, err)
				}
				if res != sc.want {
					t.Fatalf("game %d (%+v, fanout %d): %v, want %v (phase %d level %d idx %d)",
						i, f, g.FanoutBits, res, sc.want, g.Phase, g.Level, g.Idx)
				}
				if st.Refused == 0 && st.Moves > 6 {
					t.Errorf("game %d: no illegal move was tried", i)
				}
			}
		})
	}
}

// TestFaultsReachEveryLevel checks that the faults used above end games at each of
// the one-step checks (not only by timeouts).
func TestFaultsReachEveryLevel(t *testing.T) {
	seen := map[string]bool{}
	for _, kind := range []FaultKind{FaultOp, FaultCarry, FaultMeta, FaultWritten} {
		for node := uint32(0); node < 7; node++ {
			f := Fault{Kind: kind, Step: 5, Node: node, Element: 3, Op: 1}
			truth, liar := NewWorlds(7, Dims{M: 3, K: 4, N: 5}, 8, f)
			if truth.StateRoot(8) == liar.StateRoot(8) {
				continue // the fault vanished: nothing to dispute
			}
			g, _ := New(truth.Setup(liar, 4, 4, testClock), 2, 0)
			h := HonestSolver{V: liar, Spec: liar.Spec}
			var lastPhase Phase
			for g.Result == Pending {
				var m Move
				if g.SolverTurn {
					m = h.Next(g)
				} else {
					m = HonestChallenger{V: truth}.Next(g)
				}
				lastPhase = g.Phase
				if err := g.Apply(g.ToMove(), g.Moves, m, g.LastMove+1); err != nil {
					t.Fatalf("%+v: %v at phase %d", f, err, g.Phase)
				}
			}
			if g.Result != ChallengerWins {
				t.Fatalf("%+v: %v", f, g.Result)
			}
			seen[fmt.Sprint(lastPhase)] = true
		}
	}
	for _, p := range []Phase{PhaseDefendStep, PhaseDefendAssembly} {
		if !seen[fmt.Sprint(p)] {
			t.Errorf("no game ended at phase %d: %v", p, seen)
		}
	}
}

// TestStepShapeMatchesRepops compares the contract's shape derivation (Go twin) with
// repops traces for every kernel the game judges, all layouts, every element and step.
func TestStepShapeMatchesRepops(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kernels := []repops.Kernel{
		repops.MatMulK{M: 3, K: 4, N: 5, L: repops.NN}, repops.MatMulK{M: 3, K: 4, N: 5, L: repops.NT},
		repops.MatMulK{M: 3, K: 4, N: 5, L: repops.TN}, repops.MatMulK{M: 2, K: 0, N: 3, L: repops.NN},
		repops.BiasAdd{M: 3, N: 4}, repops.ReLU{N: 9}, repops.ReLUGrad{N: 9},
		repops.Momentum{N: 9, Mu: 0.9}, repops.SGDApply{N: 9, LR: 0.01},
	}
	for _, k := range kernels {
		in := make([][]float32, len(k.InLens()))
		for s, n := range k.InLens() {
			in[s] = randVec(r, n, 2)
		}
		n := NodeFromKernel(k, [32]byte{}, SrcState, 0, SrcState, 1)
		if !n.Valid() {
			t.Fatalf("%v: descriptor not valid", k)
		}
		for e := 0; e < k.OutLen(); e++ {
			tr := k.Trace(in, e)
			l, err := TraceLength(n)
			if err != nil || l != uint64(len(tr)) {
				t.Fatalf("%v e=%d: length %d (%v), trace %d", k, e, l, err, len(tr))
			}
			for i, st := range tr {
				sh, err := StepShape(n, uint64(e), uint64(i))
				if err != nil {
					t.Fatal(err)
				}
				if got, want := sh.Encode(f32bits(st.Result)), st.Leaf(); got != want {
					t.Fatalf("%v e=%d step %d: shape %x, repops %x", k, e, i, got, want)
				}
			}
		}
	}
}

func TestRejectsBadMoves(t *testing.T) {
	truth, liar := NewWorlds(3, Dims{M: 2, K: 3, N: 2}, 4, Fault{Kind: FaultOp, Step: 1, Node: 4})
	g, _ := New(truth.Setup(liar, 0, 4, 100), 2, 0)
	h := HonestSolver{V: liar, Spec: liar.Spec}
	m := h.Next(g).(CommitSteps)
	bad := m
	bad.Frontier = append([][32]byte(nil), m.Frontier...)
	bad.Frontier[0][0] ^= 1
	cases := []struct {
		name string
		by   Party
		no   uint32
		m    Move
		now  uint64
		want error
	}{
		{"challenger moves for solver", Challenger, 0, m, 1, ErrNotYourTurn},
		{"wrong move number", Solver, 1, m, 1, ErrWrongMoveNo},
		{"wrong phase", Solver, 0, Reveal{Frontier: m.Frontier}, 1, ErrWrongPhase},
		{"forged frontier", Solver, 0, bad, 1, ErrBadFrontier},
		{"after the clock", Solver, 0, m, 101, ErrClockExpired},
		{"early timeout", Outsider, 0, Timeout{}, 100, ErrClockRunning},
	}
	for _, c := range cases {
		if err := g.Apply(c.by, c.no, c.m, c.now); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if err := g.Apply(Solver, 0, m, 1); err != nil {
		t.Fatal(err)
	}
	if err := g.Apply(Solver, 0, m, 2); !errors.Is(err, ErrWrongMoveNo) {
		t.Errorf("replay: %v", err)
	}
}

// TestSyntheticDispute plays a synthetic full-size-shaped dispute: the honest
// challenger must reach the liar's op and win at the one-step check.
func TestSyntheticDispute(t *testing.T) {
	sx, err := NewSynthetic(SynthConfig{SegLen: 1000, Nodes: 100, TraceOps: 40, Rows: 8, Cols: 16, Seed: 3}, 3600)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := New(sx.Setup, 4, 0)
	res, st, err := Play(Solo{g}, HonestSolver{V: sx.Liar, Spec: sx.Spec}, HonestChallenger{V: sx.Truth}, nil, 0)
	if err != nil || res != ChallengerWins {
		t.Fatalf("%v %v", res, err)
	}
	if g.Step != sx.P || g.Node != sx.Node || g.Element != sx.Element || g.Idx != sx.Op {
		t.Fatalf("ended at step %d node %d element %d op %d, lie at %d %d %d %d", g.Step, g.Node, g.Element, g.Idx, sx.P, sx.Node, sx.Element, sx.Op)
	}
	t.Logf("%d moves", st.Moves)
}
