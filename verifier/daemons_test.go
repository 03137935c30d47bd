package verifier_test

import (
	"cmp"
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
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
	url    string // the solver's checkpoint server
	dir    string // the solver's run folders
	opts   task.Options
	cheat  solver.Config
	srv    atomic.Pointer[solver.Solver] // the solver the checkpoint server serves
}

func (w *world) mkt(acc int) *onchain.Market {
	o, err := chain.Transactor(w.ctx, w.sim, acc)
	if err != nil {
		w.t.Fatal(err)
	}
	return onchain.NewMarket(w.sim, w.market, o)
}

// newWorld deploys the contracts, posts a synthetic-relu task of 8 steps (2 segments)
// and starts a solver (cheating as cheat's Fault, Stall, Fabricate and Withhold say)
// serving its checkpoints over HTTP, and a verifier that checks every segment.
func newWorld(t *testing.T, cheat solver.Config) *world {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	w := &world{t: t, ctx: ctx, sim: sim}
	gameAt, _, err := chain.DeployGame(ctx, sim, accDeployer, 4)
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
	w.dir, w.opts, w.cheat = t.TempDir(), opts, cheat
	w.sv = w.newSolver(solver.Config{})
	// the server asks for the current solver on each request: a restarted solver
	// serves at the same address, as a restarted process would
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.srv.Load().Handler().ServeHTTP(rw, r)
	}))
	t.Cleanup(srv.Close)
	w.url = srv.URL
	w.vf = w.newVerifier(pinpoint.Fault{})
	return w
}

// newSolver starts a solver of the world's cheat on the world's run folders (a new
// process after a restart), with extra's Progress, Background, MaxTasks and Announce, and makes
// it the one the checkpoint server serves.
func (w *world) newSolver(extra solver.Config) *solver.Solver {
	c := w.cheat
	sv, err := solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: w.dir,
		Stake: cmp.Or(extra.Stake, eth(2)), MaxTasks: extra.MaxTasks, Background: extra.Background, Progress: extra.Progress, Announce: extra.Announce,
		Task: w.opts, Fault: c.Fault, Stall: c.Stall, Fabricate: c.Fabricate, Withhold: c.Withhold})
	if err != nil {
		w.t.Fatal(err)
	}
	w.srv.Store(sv)
	return sv
}

// newVerifier starts a verifier that checks every segment (lying as fault says).
func (w *world) newVerifier(fault pinpoint.Fault) *verifier.Verifier {
	return w.newVerifierAs(accVerifier, fault)
}

// newVerifierAs starts a verifier of account acc that checks every segment (lying as
// fault says).
func (w *world) newVerifierAs(acc int, fault pinpoint.Fault) *verifier.Verifier {
	solverAddr := w.sim.Accounts()[accSolver].Address
	urls := func(a common.Address) (string, bool) { return w.url, a == solverAddr }
	vf, err := verifier.New(verifier.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs,
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: urls}, Bond: eth(1), CheckAll: true, Task: w.opts, Fault: fault})
	if err != nil {
		w.t.Fatal(err)
	}
	return vf
}

func over(t taskmarket.TaskMarketTask) bool {
	return t.Status == onchain.StatusFinalized || t.Status == onchain.StatusFailed
}

// run ticks both daemons until the task is over; a round in which nobody sent a
// transaction moves the chain's clock an hour on (a deadline, a window, the seed block).
func (w *world) run() taskmarket.TaskMarketTask {
	t := w.runUntil(over)
	// one more round each, so both record the outcome
	_ = w.sv.Tick(w.ctx)
	_ = w.vf.Tick(w.ctx)
	return t
}

// runUntil ticks both daemons until stop holds for the task after a round.
func (w *world) runUntil(stop func(taskmarket.TaskMarketTask) bool) taskmarket.TaskMarketTask {
	w.t.Helper()
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
		if stop(t) {
			return t
		}
		if after, _ := w.sim.BlockNumber(w.ctx); after == before {
			w.sv.Wait() // background training is not a round without news
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
	w := newWorld(t, solver.Config{})
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
	tk0 := newWorld(t, solver.Config{}).tk
	dW := -1
	for w, n := range tk0.Nodes {
		if n.Name == "bwd.l0.dW" {
			dW = w
		}
	}
	if dW < 0 {
		t.Fatal("no bwd.l0.dW node")
	}
	f := func(f pinpoint.Fault) solver.Config { return solver.Config{Fault: f} }
	cases := []struct {
		name  string
		cheat solver.Config
	}{
		{"one bit of a backward node", f(pinpoint.Fault{Kind: pinpoint.FaultBit, Step: 5, Node: dW, Element: 7, Bit: 22})},
		{"another learning rate", f(pinpoint.Fault{Kind: pinpoint.FaultLR, Step: 0, LR: 0.07})},
		{"skipped steps", f(pinpoint.Fault{Kind: pinpoint.FaultSkip, Step: 6})},
		{"wrong weights at one step", f(pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11})},
		// step 5 trains on step 6's batch: the data order is not the spec's
		{"a different data order", f(pinpoint.Fault{Kind: pinpoint.FaultOrder, Step: 5})},
		// step 5 trains on its batch with one input byte's bit flipped: the data is not
		// the committed data
		{"a corrupted byte of the data", f(pinpoint.Fault{Kind: pinpoint.FaultData, Step: 5, Element: 37, Bit: 6})},
		// the step counter and data cursor jump a batch
		{"a batch skipped", f(pinpoint.Fault{Kind: pinpoint.FaultMeta, Step: 1})},
		// no training: made-up middle checkpoints and final model; nothing to defend with
		{"a fabricated final model with a made-up trace", solver.Config{Fabricate: true}},
		// wrong in the second segment and serves no checkpoint: the verifier re-runs
		// segment 0 from the initial state to hold the agreed start of segment 1
		{"commits and never serves its checkpoints", solver.Config{Withhold: true,
			Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11}}},
		{"stops answering", solver.Config{Stall: true, Fault: pinpoint.Fault{Kind: pinpoint.FaultOp, Step: 2, Node: dW, Element: 3, Op: 5}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, c.cheat)
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
			if c.cheat.Withhold || c.cheat.Fabricate { // the trace is on chain, no checkpoint is served
				hs, err := w.mkt(accSubmitter).Trace(w.ctx, w.id, task)
				if err != nil {
					t.Fatal(err)
				}
				resp, err := http.Get(w.url + "/tasks/1/checkpoints/" + hex.EncodeToString(hs[0][:]))
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusNotFound {
					t.Fatalf("checkpoint 0: HTTP %d, want 404", resp.StatusCode)
				}
			}
		})
	}
}

// TestWithheldTraceChallenged plays the withheld trace (issue 14, item 8): a solver
// commits a wrong trace and then serves nothing at all, neither its checkpoints nor
// the list of their hashes (the verifier knows no address for it). Before, the chain
// held only the trace root and two proof paths: no segment past the proven ones could
// be named, the verifier reported the checkpoints unavailable, nobody challenged and
// the solver was paid. Now commitTrace logs every leaf: the verifier reads the trace
// from the chain, re-runs the task from the spec's initial state, challenges the first
// wrong leaf and wins.
func TestWithheldTraceChallenged(t *testing.T) {
	w := newWorld(t, solver.Config{Withhold: true, Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11}})
	var err error
	w.vf, err = verifier.New(verifier.Config{Market: w.mkt(accVerifier), Specs: task.BuiltinSpecs,
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: func(common.Address) (string, bool) { return "", false }},
		Bond:        eth(1), CheckAll: true, Task: w.opts})
	if err != nil {
		t.Fatal(err)
	}
	task := w.run()
	if task.Status != onchain.StatusFailed || w.vf.Challenged != 1 || w.vf.Won != 1 || w.sv.Slashed != 1 {
		t.Fatalf("status %d, verifier challenged %d won %d, solver slashed %d; want failed, challenged, won, slashed",
			task.Status, w.vf.Challenged, w.vf.Won, w.sv.Slashed)
	}
}

// TestChunkRequestsAnswered: the submitter of a committed task asks on chain for chunks
// of the final state (a leaf of a tensor, a leaf past a tensor's data, a tensor slot
// the state does not fill). The honest solver's daemon answers on its next tick (the
// leaves are logged: the first one is the final state's) and is paid; a withholding
// solver does not answer, and the task fails when the answer's deadline passes: the
// solver loses its stake instead of being paid for weights it keeps.
func TestChunkRequestsAnswered(t *testing.T) {
	for _, withhold := range []bool{false, true} {
		t.Run(fmt.Sprintf("withhold=%v", withhold), func(t *testing.T) {
			w := newWorld(t, solver.Config{Withhold: withhold})
			task := w.runUntil(func(t taskmarket.TaskMarketTask) bool { return t.Status == onchain.StatusCommitted })
			final, err := w.sv.FinalState(w.ctx, w.id)
			if err != nil {
				t.Fatal(err)
			}
			chunks := []uint64{onchain.Chunk(0, 0), onchain.Chunk(0, 1<<20), onchain.Chunk(uint32(len(final.Tensors)), 0)}
			if err := w.mkt(accSubmitter).EnsureHeld(w.ctx, eth(1)); err != nil { // the request's bond
				t.Fatal(err)
			}
			if err := w.mkt(accSubmitter).RequestChunks(w.ctx, w.id, chunks); err != nil {
				t.Fatal(err)
			}
			task = w.run()
			if withhold {
				if task.Status != onchain.StatusFailed || w.sv.Slashed != 1 {
					t.Fatalf("status %d, solver slashed %d; want failed and slashed for the withheld model", task.Status, w.sv.Slashed)
				}
				return
			}
			if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
				t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
			}
			logs, err := w.mkt(accSubmitter).FilterLogs(w.ctx, ethereum.FilterQuery{})
			if err != nil {
				t.Fatal(err)
			}
			answered := 0
			for i := range logs {
				if ev, err := taskmarket.NewTaskMarket().UnpackChunksAnsweredEvent(&logs[i]); err == nil {
					answered++
					if len(ev.Leaves) != 3 || ev.Leaves[0] != checkpoint.DataLeaf(final.Tensors[0].Data, 0) || ev.Leaves[1] != ([32]byte{}) {
						t.Fatalf("answered leaves %x", ev.Leaves)
					}
				}
			}
			if answered != 1 {
				t.Fatalf("%d answers logged, want 1", answered)
			}
		})
	}
}
