package verifier_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train/rundir"
	"github.com/veritrain/veritrain/verifier"
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

// lastGame is the task's latest dispute (nil: none yet).
func (w *world) lastGame(t taskmarket.TaskMarketTask) *onchain.Dispute {
	w.t.Helper()
	if t.CommitBlock == 0 {
		return nil
	}
	ds, err := w.mkt(accSubmitter).Disputes(w.ctx, w.id, common.Address{}, t.CommitBlock)
	if err != nil {
		w.t.Fatal(err)
	}
	if len(ds) == 0 {
		return nil
	}
	return &ds[len(ds)-1]
}

// moves is the number of moves made in the task's latest game.
func (w *world) moves(t taskmarket.TaskMarketTask) uint32 {
	w.t.Helper()
	d := w.lastGame(t)
	if d == nil {
		return 0
	}
	g, err := w.mkt(accSubmitter).Game(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	v, err := g.State(w.ctx, d.Game)
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

// losses is what the world's solver serves at /tasks/<id>/losses: the training loss of
// every step, each a number.
func (w *world) losses() []float64 {
	w.t.Helper()
	r, err := http.Get(fmt.Sprintf("%s/tasks/%d/losses", w.url, w.id))
	if err != nil {
		w.t.Fatal(err)
	}
	defer r.Body.Close()
	var l solver.Losses
	if err := json.NewDecoder(r.Body).Decode(&l); err != nil || r.StatusCode != http.StatusOK {
		w.t.Fatalf("losses: %d %v", r.StatusCode, err)
	}
	out := make([]float64, len(l.Losses))
	for i, v := range l.Losses {
		if v == nil {
			w.t.Fatalf("step %d's loss missing (of %d)", i, len(l.Losses))
		}
		out[i] = *v
	}
	if l.Steps != w.tk.Steps || uint64(len(out)) != l.Steps {
		w.t.Fatalf("%d losses of %d steps, want %d", len(out), l.Steps, w.tk.Steps)
	}
	return out
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
			// the restarted solver serves every step's loss, as the uninterrupted one does
			// (the losses before its last checkpoint from the run folder)
			wantLosses := ref.losses()
			var w *world
			defer func() {
				if got := w.losses(); !slices.Equal(got, wantLosses) {
					t.Errorf("losses after the restart %v, uninterrupted %v", got, wantLosses)
				}
			}()

			w = newWorld(t, solver.Config{})
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
		{name: "after losing a dispute", verifier: bad, kill: func(w *world, t taskmarket.TaskMarketTask) bool {
			return t.Status == onchain.StatusCommitted && w.lastGame(t) != nil
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

// TestVerifierRestartAfterJoin: an attesting verifier stopped right after its join
// (joined on chain, nothing on disk yet) is replaced by a new process on the same
// folder: it does not join again, reads its segment from the chain, re-runs it,
// commits, reveals and closes. The task is forced, so the segment the block hash drew
// decides the outcome: segment 0 finds the forced error (the jackpot), segment 1
// started from the decoy (void, stake back).
func TestVerifierRestartAfterJoin(t *testing.T) {
	w := newAuditWorld(t, 10000)
	acc := w.spare()
	dir := t.TempDir()
	first := w.verifierAt(acc, verifier.Config{Dir: dir})
	me := w.sim.Accounts()[acc].Address
	m := w.mkt(accSubmitter)
	if err := first.Tick(w.ctx); err != nil {
		t.Fatal(err)
	}
	if on, err := m.Attestation(w.ctx, w.id, me); err != nil || on.State != onchain.AttJoined {
		t.Fatalf("after the first tick: state %d (%v), want joined", on.State, err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "attest-*")); len(files) != 0 {
		t.Fatalf("files %v written before the segment is known", files)
	}
	second := w.verifierAt(acc, verifier.Config{Dir: dir})
	w.vfs = []*verifier.Verifier{second}
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	on, err := m.Attestation(w.ctx, w.id, me)
	if err != nil {
		t.Fatal(err)
	}
	jackpots, void, free := 1, 0, eth(2) // bond, stake back, the 1-ether jackpot
	if on.Segment == 1 {
		jackpots, void, free = 0, 1, eth(1)
	}
	if n := w.calls("joinAttestation"); n != 1 || second.Audit.Attested != 1 || second.Audit.Revealed != 1 ||
		second.Audit.Jackpots != jackpots || second.Audit.Void != void || second.Challenged != 0 {
		t.Fatalf("segment %d: %d joins, restarted verifier %+v challenged %d; want one join, its attestation committed and revealed, %d jackpots, %d void",
			on.Segment, n, second.Audit, second.Challenged, jackpots, void)
	}
	if got := w.free(acc); got.Cmp(free) != 0 {
		t.Fatalf("segment %d: free %v, want %v", on.Segment, got, free)
	}
}

// TestVerifierRestartBeforeCommit: an attesting verifier stopped after storing its
// attestation (joined on chain, end and salt on disk) but before sending the
// commitment is replaced by a new process on the same folder: it sends the stored
// commitment (once) and reveals it from the stored salt; the attestation is released.
func TestVerifierRestartBeforeCommit(t *testing.T) {
	w := newAuditWorld(t, 0)
	acc := w.joined(0)
	dir := t.TempDir()
	first, err := verifier.NewStoppingBeforeCommit(verifier.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs, Bond: eth(1), Dir: dir,
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: w.urls}, Task: task.Options{AllowUnjudged: true}})
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Tick(w.ctx); !errors.Is(err, verifier.ErrStopped) {
		t.Fatalf("first tick: %v, want it stopped before the commitment", err)
	}
	me := w.sim.Accounts()[acc].Address
	if on, err := w.mkt(accSubmitter).Attestation(w.ctx, w.id, me); err != nil || on.State != onchain.AttJoined {
		t.Fatalf("after the stop: state %d (%v), want joined", on.State, err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "attest-*.json")); len(files) != 1 {
		t.Fatalf("files %v, want the stored attestation", files)
	}
	second := w.verifierAt(acc, verifier.Config{Dir: dir})
	w.vfs = []*verifier.Verifier{second}
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	if n := w.calls("attest"); n != 1 || second.Audit.Attested != 1 || second.Audit.Revealed != 1 || second.Audit.Slashed != 0 {
		t.Fatalf("%d commitments, restarted verifier %+v; want the stored one sent once and revealed", n, second.Audit)
	}
	if got := w.free(acc); got.Cmp(eth(1)) != 0 {
		t.Errorf("free %v, want its 1 ether", got)
	}
}
