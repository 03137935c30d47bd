package verifier_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/train/rundir"
)

// Restart tests: a daemon killed at some point (its context cancelled, its memory
// dropped) and started again as a new instance on the same run folders must end the
// task as an uninterrupted run does, with no on-chain step repeated.

// calls counts the market's successful transactions calling method.
func (w *world) calls(method string) int {
	w.t.Helper()
	return len(w.blocksOf(method))
}

// firstBlock is the first block holding a successful call of method (0: none).
func (w *world) firstBlock(method string) uint64 {
	w.t.Helper()
	if b := w.blocksOf(method); len(b) > 0 {
		return b[0]
	}
	return 0
}

// blocksOf lists the block of each successful market transaction calling method.
func (w *world) blocksOf(method string) []uint64 {
	w.t.Helper()
	id := taskmarket.NewTaskMarket().GetABI().Methods[method].ID
	head, err := w.sim.BlockNumber(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []uint64
	for b := uint64(1); b <= head; b++ {
		blk, err := w.sim.BlockByNumber(w.ctx, new(big.Int).SetUint64(b))
		if err != nil {
			w.t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != w.market || len(tx.Data()) < 4 || string(tx.Data()[:4]) != string(id) {
				continue
			}
			if r, err := w.sim.TransactionReceipt(w.ctx, tx.Hash()); err == nil && r.Status == 1 {
				out = append(out, b)
			}
		}
	}
	return out
}

// moves is the number of moves made in the task's current game.
func (w *world) moves(t taskmarket.TaskMarketTask) uint32 {
	w.t.Helper()
	g, err := w.mkt(accSubmitter).Game(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	v, err := g.State(w.ctx, t.Game)
	if err != nil {
		w.t.Fatal(err)
	}
	return v.Moves
}

// recordedIn is the number of checkpoints task 1's manifest lists.
func recordedIn(dir string) int {
	b, err := os.ReadFile(filepath.Join(dir, "task-1", "run.json"))
	if err != nil {
		return 0
	}
	var m rundir.Manifest
	if json.Unmarshal(b, &m) != nil {
		return 0
	}
	return len(m.Checkpoints)
}

// outcome is a task's end: its status and each party's gain or loss on the market
// (free plus locked balance less what it deposited: a restarted verifier deposits its
// bond again, which is no loss).
type outcome struct {
	status                      uint8
	solver, verifier, submitter string
}

func (w *world) outcome(t taskmarket.TaskMarketTask) outcome {
	return outcome{t.Status, w.net(accSolver), w.net(accVerifier), w.net(accSubmitter)}
}

func (w *world) net(acc int) string {
	w.t.Helper()
	m := w.mkt(acc)
	who := w.sim.Accounts()[acc].Address
	locked, err := m.Locked(w.ctx, who)
	if err != nil {
		w.t.Fatal(err)
	}
	n := new(big.Int).Add(w.free(acc), locked)
	tm := taskmarket.NewTaskMarket()
	logs, err := w.sim.FilterLogs(w.ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{w.market},
		Topics: [][]common.Hash{{tm.GetABI().Events["Deposited"].ID}, {common.BytesToHash(who.Bytes())}}})
	if err != nil {
		w.t.Fatal(err)
	}
	for i := range logs {
		d, err := tm.UnpackDepositedEvent(&logs[i])
		if err != nil {
			w.t.Fatal(err)
		}
		n.Sub(n, d.Amount)
	}
	return n.String()
}

func (w *world) onceEach(t *testing.T) {
	t.Helper()
	for method, want := range map[string]int{"claimTask": 1, "commitTrace": 1} {
		if got := w.calls(method); got != want {
			t.Errorf("%d %s transactions, want %d", got, method, want)
		}
	}
	if got := w.calls("challenge"); got > 1 {
		t.Errorf("%d challenge transactions, want at most 1", got)
	}
}

// TestSolverRestart kills the solver mid-training (in a Tick and on a background
// trainer), after its commitment, and mid-dispute (against a lying verifier); a new
// solver on the same run folder ends each task as an uninterrupted one does, having
// claimed and committed once, training resumed from the last checkpoint.
func TestSolverRestart(t *testing.T) {
	lie := pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11}
	cases := []struct {
		name       string
		background bool
		verifier   pinpoint.Fault // a lying verifier makes the dispute the solver must win
		kill       func(*world, taskmarket.TaskMarketTask) bool
		midTrain   bool
	}{
		{name: "mid-training", midTrain: true},
		{name: "mid-training on a background trainer", midTrain: true, background: true},
		{name: "after its commitment", kill: func(_ *world, t taskmarket.TaskMarketTask) bool { return t.Status == onchain.StatusCommitted }},
		{name: "mid-dispute", verifier: lie, kill: func(w *world, t taskmarket.TaskMarketTask) bool {
			return t.Status == onchain.StatusDisputed && w.moves(t) >= 3
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ref := newWorld(t, solver.Config{})
			ref.vf = ref.newVerifier(c.verifier)
			want := ref.outcome(ref.run())

			w := newWorld(t, solver.Config{})
			w.vf = w.newVerifier(c.verifier)
			if c.midTrain {
				ctx, kill := context.WithCancel(w.ctx)
				w.sv = w.newSolver(solver.Config{Background: c.background, Progress: func(_, done, _ uint64) {
					if done == 6 {
						// the recorder writes on its own goroutine: let checkpoint 1
						// (step 4) reach the manifest, so the restart has one to resume from
						// (read run.json only: opening the run folder clears the store's
						// temporary files, the recorder's included)
						for range 10000 {
							if recordedIn(w.dir) >= 2 {
								break
							}
							time.Sleep(10 * time.Millisecond)
						}
						kill()
					}
				}})
				_ = w.sv.Tick(ctx) // claims
				_ = w.sv.Tick(ctx) // trains until killed (or starts the trainer that is)
				w.sv.Wait()
				kill()
				recorded := uint64(recordedIn(w.dir))
				if recorded > w.tk.Steps/w.tk.Interval {
					t.Fatal("the run completed before the kill")
				}
				var first atomic.Uint64
				w.sv = w.newSolver(solver.Config{Background: c.background, Progress: func(_, done, _ uint64) {
					first.CompareAndSwap(0, done)
				}})
				got := w.outcome(w.run())
				if want := (recorded-1)*w.tk.Interval + 1; recorded < 2 || first.Load() != want {
					t.Errorf("restarted training at step %d with %d checkpoints recorded, want step %d", first.Load(), recorded, want)
				}
				if got != want {
					t.Errorf("outcome %+v, uninterrupted %+v", got, want)
				}
				w.onceEach(t)
				return
			}
			w.runUntil(func(tk taskmarket.TaskMarketTask) bool { return c.kill(w, tk) })
			w.sv = w.newSolver(solver.Config{})
			got := w.outcome(w.run())
			if got != want {
				t.Errorf("outcome %+v, uninterrupted %+v", got, want)
			}
			if got.status != onchain.StatusFinalized || w.sv.Paid != 1 {
				t.Errorf("status %d, restarted solver paid %d: want finalized and paid", got.status, w.sv.Paid)
			}
			if c.verifier.Kind != pinpoint.NoFault && w.vf.Lost != 1 {
				t.Errorf("lying verifier lost %d disputes, want 1", w.vf.Lost)
			}
			w.onceEach(t)
		})
	}
}

// TestVerifierRestart kills the verifier mid-dispute (the restarted one replays the
// game from calldata and wins; with withheld checkpoints it re-runs from the initial
// state) and after a dispute it lost (the restarted one does not challenge again).
func TestVerifierRestart(t *testing.T) {
	bad := pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11}
	midDispute := func(w *world, t taskmarket.TaskMarketTask) bool {
		return t.Status == onchain.StatusDisputed && w.moves(t) >= 2
	}
	cases := []struct {
		name     string
		cheat    solver.Config
		verifier pinpoint.Fault
		kill     func(*world, taskmarket.TaskMarketTask) bool
		won      bool
	}{
		{name: "mid-dispute", cheat: solver.Config{Fault: bad}, kill: midDispute, won: true},
		{name: "mid-dispute, checkpoints withheld", cheat: solver.Config{Fault: bad, Withhold: true}, kill: midDispute, won: true},
		{name: "after losing a dispute", verifier: bad, kill: func(_ *world, t taskmarket.TaskMarketTask) bool {
			return t.Status == onchain.StatusCommitted && t.Game.Sign() != 0
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ref := newWorld(t, c.cheat)
			ref.vf = ref.newVerifier(c.verifier)
			want := ref.outcome(ref.run())

			w := newWorld(t, c.cheat)
			w.vf = w.newVerifier(c.verifier)
			w.runUntil(func(tk taskmarket.TaskMarketTask) bool { return c.kill(w, tk) })
			w.vf = w.newVerifier(c.verifier)
			got := w.outcome(w.run())
			if got != want {
				t.Errorf("outcome %+v, uninterrupted %+v", got, want)
			}
			if c.won && (got.status != onchain.StatusFailed || w.vf.Won != 1) {
				t.Errorf("status %d, restarted verifier won %d: want the solver slashed by it", got.status, w.vf.Won)
			}
			if !c.won && got.status != onchain.StatusFinalized {
				t.Errorf("status %d, want finalized", got.status)
			}
			if n := w.calls("challenge"); n != 1 {
				t.Errorf("%d challenges, want 1", n)
			}
			w.onceEach(t)
		})
	}
}
