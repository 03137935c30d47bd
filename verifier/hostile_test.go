package verifier_test

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/chaintest"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// wrapped is the market of account acc seen through a counting, rewriting backend.
func (w *world) wrapped(acc int) (*onchain.Market, *chaintest.Backend) {
	w.t.Helper()
	o, err := chain.Transactor(w.ctx, w.sim, acc)
	if err != nil {
		w.t.Fatal(err)
	}
	cb := chaintest.New(w.sim, w.market)
	return onchain.NewMarket(cb, w.market, o), cb
}

func (w *world) verifierOn(m *onchain.Market) *verifier.Verifier {
	w.t.Helper()
	solverAddr := w.sim.Accounts()[accSolver].Address
	vf, err := verifier.New(verifier.Config{Market: m, Specs: task.BuiltinSpecs, Bond: eth(1), CheckAll: true, Task: w.opts,
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: func(a common.Address) (string, bool) { return w.url, a == solverAddr }}})
	if err != nil {
		w.t.Fatal(err)
	}
	return vf
}

// TestPoisonedTaskDoesNotStopDisputes: the verifier's node fails every read of task 1
// (a poisoned task); task 2's solver cheats. The verifier still challenges task 2,
// plays the game and wins it: one task's error is counted, not a stop. (Before, the
// tick returned at task 1's error every time and task 2's window closed unchallenged.)
func TestPoisonedTaskDoesNotStopDisputes(t *testing.T) {
	w := newWorld(t, solver.Config{Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11}})
	ids := w.post(1)
	w.sv = w.newSolver(solver.Config{MaxTasks: 2, Stake: eth(4)})
	m, cb := w.wrapped(accVerifier)
	cb.Poison(ids[0])
	w.vf = w.verifierOn(m)
	sub := w.mkt(accSubmitter)
	for range 300 {
		before, _ := w.sim.BlockNumber(w.ctx)
		if err := w.sv.Tick(w.ctx); err != nil {
			t.Fatalf("solver: %v", err)
		}
		_ = w.vf.Tick(w.ctx) // task 1's error every tick, by design
		t2, err := sub.Task(w.ctx, ids[1])
		if err != nil {
			t.Fatal(err)
		}
		if over(t2) {
			break
		}
		if after, _ := w.sim.BlockNumber(w.ctx); after == before {
			if err := w.sim.Advance(w.ctx, time.Hour); err != nil {
				t.Fatal(err)
			}
		}
	}
	_ = w.vf.Tick(w.ctx)
	if st := w.statuses(ids); st[1] != onchain.StatusFailed {
		t.Fatalf("statuses %v: want task 2 failed (the cheat caught)", st)
	}
	if w.vf.Challenged != 1 || w.vf.Won != 1 {
		t.Fatalf("verifier challenged %d, won %d: want 1, 1", w.vf.Challenged, w.vf.Won)
	}
	if w.vf.Errors == 0 {
		t.Fatal("the poisoned task's errors were not counted")
	}
}

// huge is task 1 as a hostile market would answer it: 2^62 steps (a checkpoint every
// step), which once made every daemon that lowered it allocate 2^62 entries and crash,
// again on every restart.
func huge(t taskmarket.TaskMarketTask, status uint8) taskmarket.TaskMarketTask {
	t.Spec.Steps, t.Spec.Interval, t.Status = 1<<62, 1<<42, status
	return t
}

// TestOutOfBoundsTaskSkipped: a task whose on-chain size is outside the protocol
// bounds is skipped by the solver (open) and the verifier (committed), with no
// allocation by its size and no error (the whistleblower: whistleblower_test.go).
func TestOutOfBoundsTaskSkipped(t *testing.T) {
	w := newWorld(t, solver.Config{})
	real, err := w.mkt(accSubmitter).Task(w.ctx, w.id)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("solver", func(t *testing.T) {
		m, cb := w.wrapped(accSolver)
		cb.Craft(w.id, huge(real, onchain.StatusOpen))
		sv, err := solver.New(solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(2), Task: w.opts})
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if err := sv.Tick(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if sv.InHand() != 0 {
			t.Fatalf("%d tasks in hand, want 0", sv.InHand())
		}
		if got := w.statuses([]uint64{w.id}); got[0] != onchain.StatusOpen {
			t.Fatalf("status %d: the task was claimed", got[0])
		}
	})
	// the real solver claims and commits task 1 and its seed is drawn, so that a
	// verifier watches it and goes on to check it
	w.runUntil(func(t taskmarket.TaskMarketTask) bool {
		return t.Status == onchain.StatusCommitted && t.Seed != [32]byte{}
	})
	real, err = w.mkt(accSubmitter).Task(w.ctx, w.id)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("verifier", func(t *testing.T) {
		m, cb := w.wrapped(accVerifier)
		cb.Craft(w.id, huge(real, onchain.StatusCommitted))
		vf := w.verifierOn(m)
		for range 3 {
			if err := vf.Tick(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if vf.Checked != 0 || vf.Errors != 0 {
			t.Fatalf("checked %d, errors %d: want 0, 0", vf.Checked, vf.Errors)
		}
	})
}

// postIrrelevant posts n tasks of a spec no daemon knows (open, or with cancel
// withdrawn: finished), thousands of transactions a block (auto-mining off, raw
// transactions with fixed gas: no estimate, no receipt wait), so that a chain with
// 10,000 tasks is quick to build.
func postIrrelevant(t *testing.T, sim *chain.Sim, market common.Address, acc, n int, cancel bool) {
	t.Helper()
	ctx := t.Context()
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var spec taskmarket.TaskMarketSpec
	_, _ = rand.Read(spec.SpecHash[:])
	spec.Steps, spec.Interval, spec.NumNodes, spec.StateDepth = 8, 4, 1, 1
	for _, r := range []*[32]byte{&spec.NodesRoot, &spec.StateMapRoot, &spec.DataRoot, &spec.InitRoot} {
		_, _ = rand.Read(r[:])
	}
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(1), ChallengerBond: eth(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	if err := chaintest.PostMany(ctx, sim, market, acc, n, spec, terms, cancel); err != nil {
		t.Fatal(err)
	}
}

// TestTickCostFlatInHistory: a daemon's tick reads the tasks it cares about, not every
// task ever posted (it read them all, every tick). On a chain with 10 and with 10,000
// finished tasks (posted and cancelled), beside 10 open ones of a spec nobody knows,
// the solver's, the verifier's and the whistleblower's ticks make the same number of
// RPC calls: the first reads the history in pages (and the solver the 10 open tasks,
// once), the later ones only the new blocks' events.
func TestTickCostFlatInHistory(t *testing.T) {
	if testing.Short() {
		t.Skip("posts 10,000 tasks")
	}
	type costs struct{ first, steady [3]int64 }
	measure := func(n int) costs {
		sim, err := chain.NewSim(chain.WithAccounts(10), chain.WithOsakaRules(), chain.WithAutoMine(false),
			chain.WithBlockGasLimit(1<<31))
		if err != nil {
			t.Fatal(err)
		}
		defer sim.Close()
		ctx := t.Context()
		market := deployMarket(t, sim)
		postIrrelevant(t, sim, market, accSubmitter, n, true)
		postIrrelevant(t, sim, market, accSubmitter, 10, false)
		var out costs
		mk := func(acc int) (*onchain.Market, *chaintest.Backend) {
			o, err := chain.Transactor(ctx, sim, acc)
			if err != nil {
				t.Fatal(err)
			}
			cb := chaintest.New(sim, market)
			return onchain.NewMarket(cb, market, o), cb
		}
		none := func(common.Address) (string, bool) { return "", false }
		ms, cs := mk(accSolver)
		sv, err := solver.New(solver.Config{Market: ms, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: eth(2)})
		if err != nil {
			t.Fatal(err)
		}
		mv, cv := mk(accVerifier)
		vf, err := verifier.New(verifier.Config{Market: mv, Specs: task.BuiltinSpecs, Bond: eth(1),
			Checkpoints: &verifier.HTTP{URL: none}})
		if err != nil {
			t.Fatal(err)
		}
		mw, cw := mk(4)
		wb, err := whistleblower.New(whistleblower.Config{Market: mw, Specs: task.BuiltinSpecs, Bond: eth(1),
			Checkpoints: &verifier.HTTP{URL: none}})
		if err != nil {
			t.Fatal(err)
		}
		// bonds deposited beforehand: a first tick's deposit polls for its receipt a
		// number of times that depends on timing, not on the chain
		for _, m := range []*onchain.Market{mv, mw} {
			done := make(chan error, 1)
			go func() { done <- m.EnsureHeld(ctx, eth(1)) }()
			if err := waitMining(ctx, sim, done); err != nil {
				t.Fatal(err)
			}
		}
		ticks := []func() error{func() error { return sv.Tick(ctx) }, func() error { return vf.Tick(ctx) }, func() error { return wb.Tick(ctx) }}
		cbs := []*chaintest.Backend{cs, cv, cw}
		for round := range 3 {
			for i, tick := range ticks {
				before := cbs[i].Calls()
				done := make(chan error, 1)
				go func() { done <- tick() }()
				err := waitMining(ctx, sim, done)
				if err != nil {
					t.Fatalf("round %d daemon %d: %v", round, i, err)
				}
				switch round {
				case 0:
					out.first[i] = cbs[i].Calls() - before
				case 2:
					out.steady[i] = cbs[i].Calls() - before
				}
			}
			if err := sim.Mine(ctx); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	start := time.Now()
	small := measure(10)
	large := measure(10_000)
	t.Logf("RPC calls per tick (solver, verifier, whistleblower): first tick %v with 10 tasks, %v with 10,000; later ticks %v and %v (%v)",
		small.first, large.first, small.steady, large.steady, time.Since(start).Round(time.Second))
	if small != large {
		t.Fatalf("ticks cost %+v calls with 10,000 finished tasks, %+v with 10", large, small)
	}
}

// waitMining waits for a daemon's tick while mining what it sends (auto-mining is off).
func waitMining(ctx context.Context, sim *chain.Sim, done <-chan error) error {
	for {
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Millisecond):
			if err := sim.Mine(ctx); err != nil {
				return err
			}
		}
	}
}

// deployMarket deploys the game and the market as newWorld does.
func deployMarket(t *testing.T, sim *chain.Sim) common.Address {
	t.Helper()
	ctx := t.Context()
	done := make(chan error, 1)
	var market common.Address
	go func() {
		gameAt, _, err := chain.DeployGame(ctx, sim, accDeployer, 4)
		if err == nil {
			market, _, err = chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
				taskmarket.NewTaskMarket().PackConstructor(gameAt, 3*day, sim.Accounts()[accTreasury].Address, 5000))
		}
		done <- err
	}()
	if err := waitMining(ctx, sim, done); err != nil {
		t.Fatal(err)
	}
	return market
}

// TestHTTPRefusesPrivateURLs: a solver's announced URL that resolves to a loopback
// address is refused when dialled (its checkpoints), unless the dev flag
// allows it: anyone can announce any URL, and a verifier must not become a probe of
// its own host or network.
func TestHTTPRefusesPrivateURLs(t *testing.T) {
	w := newWorld(t, solver.Config{})
	task := w.run()
	solverAddr := w.sim.Accounts()[accSolver].Address
	hashes, err := w.mkt(accSubmitter).Trace(w.ctx, w.id, task)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		allow bool
		url   string
	}{
		{"loopback address", false, w.url},
		{"a name resolving to loopback", false, strings.Replace(w.url, "127.0.0.1", "localhost", 1)},
		{"loopback with the dev flag", true, w.url},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := &verifier.HTTP{AllowPrivate: c.allow, URL: func(common.Address) (string, bool) { return c.url, true }}
			_, err := h.Fetch(w.ctx, solverAddr, w.id, hashes[0])
			if !c.allow {
				if !errors.Is(err, verifier.ErrUnavailable) || !strings.Contains(err.Error(), "not public") {
					t.Fatalf("fetch: %v, want refused as not public", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// a task's known state size bounds what a checkpoint of it may decode to
			h.SetStateSize(w.id, 64)
			if _, err := h.Fetch(w.ctx, solverAddr, w.id, hashes[1]); !errors.Is(err, verifier.ErrUnavailable) {
				t.Fatalf("a checkpoint larger than the task's state size: %v, want refused", err)
			}
		})
	}
}

// TestVerifierRestartCappedLogs: a verifier restarted mid-dispute, 1,100 blocks after
// the game opened, behind an RPC provider that caps log queries at 1,000 blocks, still
// finds its game (its task events and the challenge that opened the game are read in
// pages) and wins it. (One query over the whole range was refused: the restarted
// verifier lost on time.)
func TestVerifierRestartCappedLogs(t *testing.T) {
	w := newWorld(t, solver.Config{Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11}})
	w.runUntil(func(tk taskmarket.TaskMarketTask) bool {
		return tk.Status == onchain.StatusDisputed && w.moves(tk) >= 2
	})
	for range 1100 {
		if err := w.sim.Mine(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	m, cb := w.wrapped(accVerifier)
	cb.MaxRange = onchain.LogRange // the game's moves are read in pages of this
	w.vf = w.verifierOn(m)
	if got := w.run(); got.Status != onchain.StatusFailed || w.vf.Won != 1 {
		t.Fatalf("status %d, restarted verifier won %d: want the solver slashed by it", got.Status, w.vf.Won)
	}
	if n := w.calls("challenge"); n != 1 {
		t.Fatalf("%d challenges, want 1", n)
	}
}
