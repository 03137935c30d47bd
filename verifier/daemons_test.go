package verifier_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

const (
	accDeployer  = 0
	accSolver    = 1
	accVerifier  = 2
	accSubmitter = 3
	accTreasury  = 7
	day          = 24 * 3600
)

func eth(n int64) *big.Int { return chain.Ether(n) }

type world struct {
	t      *testing.T
	ctx    context.Context
	sim    *chain.Sim
	tk     *task.Task
	market common.Address
	id     uint64
	sv     *solver.Solver
	vf     *verifier.Verifier
}

func (w *world) mkt(acc int) *onchain.Market {
	o, err := chain.Transactor(w.ctx, w.sim, acc)
	if err != nil {
		w.t.Fatal(err)
	}
	return onchain.NewMarket(w.sim, w.market, o)
}

// newWorld deploys the contracts, posts a synthetic-relu task of 8 steps (2 segments)
// and starts a solver (with fault, stalling if stall) serving its checkpoints over
// HTTP, and a verifier that checks every segment.
func newWorld(t *testing.T, fault pinpoint.Fault, stall bool) *world {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	w := &world{t: t, ctx: ctx, sim: sim}
	pg := pinpointgame.NewPinpointGame()
	gameAt, _, err := chain.Deploy(ctx, sim, accDeployer, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(4))
	if err != nil {
		t.Fatal(err)
	}
	tm := taskmarket.NewTaskMarket()
	w.market, _, err = chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*day, sim.Accounts()[accTreasury].Address, 5000))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	opts := task.Options{AllowUnjudged: true}
	if w.tk, err = task.Build(ctx, tr, 8, 4, opts); err != nil {
		t.Fatal(err)
	}
	head, _ := sim.HeaderByNumber(ctx, nil)
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	if w.id, err = w.mkt(accSubmitter).Post(ctx, w.tk.Roots(), terms, eth(2)); err != nil {
		t.Fatal(err)
	}
	if w.sv, err = solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: t.TempDir(),
		Stake: eth(2), Task: opts, Fault: fault, Stall: stall}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(w.sv.Handler())
	t.Cleanup(srv.Close)
	solverAddr := sim.Accounts()[accSolver].Address
	urls := func(a common.Address) (string, bool) { return srv.URL, a == solverAddr }
	if w.vf, err = verifier.New(verifier.Config{Market: w.mkt(accVerifier), Specs: task.BuiltinSpecs,
		Checkpoints: &verifier.HTTP{URL: urls}, Bond: eth(1), CheckAll: true, Task: opts}); err != nil {
		t.Fatal(err)
	}
	return w
}

// run ticks both daemons until the task is over; a round in which nobody sent a
// transaction moves the chain's clock an hour on (a deadline, a window, the seed block).
func (w *world) run() taskmarket.TaskMarketTask {
	m := w.mkt(accSubmitter)
	for range 300 {
		before, _ := w.sim.BlockNumber(w.ctx)
		if err := w.sv.Tick(w.ctx); err != nil {
			w.t.Fatalf("solver: %v", err)
		}
		if err := w.vf.Tick(w.ctx); err != nil {
			w.t.Fatalf("verifier: %v", err)
		}
		t, err := m.Task(w.ctx, w.id)
		if err != nil {
			w.t.Fatal(err)
		}
		if t.Status == onchain.StatusFinalized || t.Status == onchain.StatusFailed {
			// one more round each, so both record the outcome
			_ = w.sv.Tick(w.ctx)
			_ = w.vf.Tick(w.ctx)
			return t
		}
		if after, _ := w.sim.BlockNumber(w.ctx); after == before {
			if err := w.sim.Advance(w.ctx, time.Hour); err != nil {
				w.t.Fatal(err)
			}
		}
	}
	w.t.Fatal("the task did not end")
	return taskmarket.TaskMarketTask{}
}

func (w *world) free(acc int) *big.Int {
	f, err := w.mkt(acc).Free(w.ctx, w.sim.Accounts()[acc].Address)
	if err != nil {
		w.t.Fatal(err)
	}
	return f
}

// TestHonestSolverIsPaid: the solver trains, commits and serves its checkpoints; the
// verifier re-runs both segments, finds them right and never challenges; after the
// window the solver is paid.
func TestHonestSolverIsPaid(t *testing.T) {
	w := newWorld(t, pinpoint.Fault{}, false)
	task := w.run()
	if task.Status != onchain.StatusFinalized {
		t.Fatalf("status %d, want finalized", task.Status)
	}
	if w.vf.Checked != 2 || w.vf.Challenged != 0 || w.sv.Paid != 1 {
		t.Fatalf("verifier checked %d, challenged %d; solver paid %d", w.vf.Checked, w.vf.Challenged, w.sv.Paid)
	}
	if got := w.free(accSolver); got.Cmp(eth(4)) != 0 { // stake back + reward
		t.Fatalf("solver free %v, want 4 ether", got)
	}
	if got := w.free(accVerifier); got.Cmp(eth(1)) != 0 {
		t.Fatalf("verifier free %v, want its 1-ether bond untouched", got)
	}
}

// TestCheatingSolverIsSlashed: a solver that departs from the spec in one place is
// caught by the verifier, loses the game (played move by move on the contract, both
// sides reading each other's calldata) and is slashed; the verifier gets its bond back
// and half the stake. The last case stops answering and loses on time.
func TestCheatingSolverIsSlashed(t *testing.T) {
	tk0 := newWorld(t, pinpoint.Fault{}, false).tk
	dW := -1
	for w, n := range tk0.Nodes {
		if n.Name == "bwd.l0.dW" {
			dW = w
		}
	}
	if dW < 0 {
		t.Fatal("no bwd.l0.dW node")
	}
	cases := []struct {
		name  string
		fault pinpoint.Fault
		stall bool
	}{
		{"one bit of a backward node", pinpoint.Fault{Kind: pinpoint.FaultBit, Step: 5, Node: dW, Element: 7, Bit: 22}, false},
		{"another learning rate", pinpoint.Fault{Kind: pinpoint.FaultLR, Step: 0, LR: 0.07}, false},
		{"skipped steps", pinpoint.Fault{Kind: pinpoint.FaultSkip, Step: 6}, false},
		{"stops answering", pinpoint.Fault{Kind: pinpoint.FaultOp, Step: 2, Node: dW, Element: 3, Op: 5}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, c.fault, c.stall)
			task := w.run()
			if task.Status != onchain.StatusFailed {
				t.Fatalf("status %d, want failed", task.Status)
			}
			if w.vf.Challenged != 1 || w.vf.Won != 1 || w.sv.Slashed != 1 {
				t.Fatalf("verifier challenged %d won %d; solver slashed %d", w.vf.Challenged, w.vf.Won, w.sv.Slashed)
			}
			if got := w.free(accVerifier); got.Cmp(eth(2)) != 0 { // bond back + half the 2-ether stake
				t.Fatalf("verifier free %v, want 2 ether", got)
			}
			if got := w.free(accSolver); got.Sign() != 0 {
				t.Fatalf("solver free %v, want 0", got)
			}
			if got := w.free(accSubmitter); got.Cmp(eth(2)) != 0 {
				t.Fatalf("submitter free %v, want the 2-ether reward refunded", got)
			}
		})
	}
}
