package onchain_test

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// zkTerms is the committed test verifier's size: the synthetic task's matmuls with
// at most 8 terms (the weight gradients, dX of the last layer) and every element-wise
// node are covered; its 64- and 16-term forward matmuls are not.
const zkTerms = 8

var (
	zkOnce   sync.Once
	zkProver *proofs.Prover
	zkErr    error
)

func testProver(t testing.TB) *proofs.Prover {
	t.Helper()
	zkOnce.Do(func() { zkProver, zkErr = proofs.NewInsecureProver(zkTerms, proofs.DevSeed) })
	if zkErr != nil {
		t.Fatal(zkErr)
	}
	return zkProver
}

func nodeIndex(t testing.TB, tk *task.Task, name string) int {
	t.Helper()
	for w, n := range tk.Nodes {
		if n.Name == name {
			return w
		}
	}
	t.Fatalf("no node %s", name)
	return 0
}

// zkCase is one dispute of TestZkDisputeOnChain and TestZkDisputeTanhAdam.
type zkCase struct {
	node       string
	solverLies bool
	proofs     int         // proving moves the chain accepted
	wrongKeys  bool        // the parties' keys are not the judge's: their proofs are refused
	via        model.Party // this party moves through a MoveForwarder (0: none)
}

// TestZkDisputeOnChain plays disputes whose disputed node the element circuit covers
// on the simulated chain with the element judge set: the honest side ends the trace
// level with one proof (the solver proves its element, or the challenger refutes the
// solver's), the other side checks the proof's operands against its view and accepts,
// and the honest side wins. A node the circuit does not cover is bisected as before.
func TestZkDisputeOnChain(t *testing.T) {
	playZk(t, newTask(t), []zkCase{
		{"bwd.l0.dW", true, 0, true, 0},   // the refused proof falls back to the bisection
		{"bwd.l0.dW", true, 1, false, 0},  // matmul, 8 terms: the challenger refutes
		{"bwd.l0.dW", false, 1, false, 0}, // the solver proves
		{"upd.l0.weight.momentum", true, 1, false, 0},
		{"fwd.l0.bias", false, 1, false, 0},
		{"bwd.l0.relu", true, 1, false, 0}, // relugrad
		{"upd.l1.weight", false, 1, false, 0},
		{"fwd.l0.matmul", true, 0, false, 0}, // 64 terms: beyond the circuit, bisected
		// a party whose account is a contract: the other side reads its proof (or its
		// lie) from the game's Moved logs
		{"bwd.l0.dW", true, 1, false, model.Solver},      // lying solver via forwarder: refuted
		{"bwd.l0.dW", false, 1, false, model.Solver},     // honest solver proves via forwarder
		{"bwd.l0.dW", false, 1, false, model.Challenger}, // lying challenger via forwarder: proved
	})
}

// TestZkDisputeTanhAdam is TestZkDisputeOnChain on the synthetic tanh MLP trained with
// Adam: disputes on tanh (exp, a division), its gradient, adam_apply (three divisions,
// a square root) and the softmax cross-entropy gradient (a row's max, exps and sum) end
// with one proof; a 16-row column sum is beyond the 8-term circuit and is bisected.
func TestZkDisputeTanhAdam(t *testing.T) {
	spec, err := train.Builtin("synthetic-mlp")
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
	playZk(t, tk, []zkCase{
		{"fwd.l0.tanh", true, 1, false, 0}, // the challenger refutes
		{"fwd.l0.tanh", false, 1, false, 0},
		{"bwd.l0.tanh", true, 1, false, 0},   // tanhgrad
		{"upd.l0.weight", true, 1, false, 0}, // adam_apply
		{"upd.l1.bias", false, 1, false, 0},
		{"bwd.l1.db", true, 0, false, 0},  // colsum of 16 rows: beyond the circuit, bisected
		{"bwd.logits", true, 1, false, 0}, // xentgrad: a softmax row of 4
		{"bwd.logits", false, 1, false, 0},
	})
}

func playZk(t *testing.T, tk *task.Task, cases []zkCase) {
	p := testProver(t)
	e := newEnvJudged(t, 4, zkTerms)
	var wrong *proofs.Prover
	r := rand.New(rand.NewPCG(8, 8))
	for _, c := range cases {
		e.game.Prover = p
		if c.wrongKeys {
			if wrong == nil {
				var err error
				if wrong, err = proofs.NewInsecureProver(zkTerms, "not the judge's setup"); err != nil {
					t.Fatal(err)
				}
			}
			e.game.Prover = wrong
		}
		w := nodeIndex(t, tk, c.node)
		truth, err := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
		if err != nil {
			t.Fatal(err)
		}
		var f pinpoint.Fault
		var liar *pinpoint.Computation
		for range 100 { // a fault whose segment's end differs (a relu may hide it)
			f = pinpoint.Fault{Kind: pinpoint.FaultOp, Step: r.Uint64N(steps), Node: w, Element: r.Uint64N(1 << 12), Op: r.Uint64N(1 << 10)}
			if liar, err = pinpoint.NewComputation(tk, tk.Trainer(), f); err != nil {
				t.Fatal(err)
			}
			end := f.Step/interval*interval + interval
			if truth.Segment(end-interval, interval).Leaf(interval) != liar.Segment(end-interval, interval).Leaf(interval) {
				break
			}
		}
		sv, cv := truth, liar
		want, liarRole := model.SolverWins, model.Challenger
		if c.solverLies {
			sv, cv, want, liarRole = liar, truth, model.ChallengerWins, model.Solver
		}
		first := f.Step / interval * interval
		seg := sv.Segment(first, interval)
		s := model.Setup{NodesRoot: tk.Game.NodesTree.Root(), StateMapRoot: tk.Game.StateMap.Root(), DataRoot: tk.Game.DataTree.Root(),
			Agreed: seg.Leaf(0), Disputed: seg.Leaf(interval), FirstStep: first, SegLen: interval,
			NumNodes: uint32(len(tk.Nodes)), StateDepth: tk.Game.StateDepth, Clock: clock}
		if seg.Leaf(interval) == cv.Segment(first, interval).Leaf(interval) {
			t.Fatalf("%s: fault %+v does not change its segment", c.node, f)
		}
		sol := &pinpoint.Solver{Task: tk, View: sv}
		res, sent, agents := e.playVia(s, sol, pinpoint.Challenger{View: cv}, []func() error{sv.Err, sol.Err}, []func() error{cv.Err}, liarRole, c.via)
		if res != want {
			t.Fatalf("%s (fault %+v, solver lies %v): %v, want %v", c.node, f, c.solverLies, res, want)
		}
		honest, other := agents[0], agents[1]
		if c.solverLies {
			honest, other = agents[1], agents[0]
		}
		if honest.Proofs() != c.proofs || other.Proofs() != 0 {
			t.Fatalf("%s (solver lies %v): honest side sent %d proofs, the liar %d; want %d, 0", c.node, c.solverLies, honest.Proofs(), other.Proofs(), c.proofs)
		}
		g := honest.P.Game()
		if c.proofs > 0 && g.OpsDigest == ([32]byte{}) {
			t.Fatalf("%s: no proved operands in the replica", c.node)
		}
		via := "none"
		if c.via != 0 {
			via = c.via.String()
		}
		t.Logf("%s, solver lies %v, through a forwarder: %s: %v after %d transactions (%d proof)", c.node, c.solverLies, via, res, sent, c.proofs)
	}
}
