package verifier_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// Audit tests: a task with attestations and a forced-error draw, played by the real
// daemons on the simulated chain. The task has two segments, so a forced task's decoy
// is always leaf 1 (segment 0's end); verifiers are started for accounts whose
// assignment (drawn from the seed, after the commit) is the segment each test needs.

const (
	auditAccounts = 40
	firstSpare    = 10 // accounts from here on are verifier candidates
)

type auditWorld struct {
	t      *testing.T
	ctx    context.Context
	sim    *chain.Sim
	market common.Address
	id     uint64
	sv     *solver.Solver
	svDir  string
	srv    *httptest.Server
	urls   func(common.Address) (string, bool)
	vfs    []*verifier.Verifier
	taken  map[int]bool
}

func (w *auditWorld) mkt(acc int) *onchain.Market {
	o, err := chain.Transactor(w.ctx, w.sim, acc)
	if err != nil {
		w.t.Fatal(err)
	}
	return onchain.NewMarket(w.sim, w.market, o)
}

// newAuditWorld posts a synthetic-relu task of 8 steps (2 segments) with the audit on
// (forced with probability bps/10000) and runs an honest solver until it has committed
// and the seed is drawn.
func newAuditWorld(t *testing.T, bps uint16) *auditWorld {
	return newAuditWorldWith(t, bps, pinpoint.Fault{})
}

// newAuditWorldCheat is newAuditWorld, unforced, with a solver cheating by fault.
func newAuditWorldCheat(t *testing.T, fault pinpoint.Fault) *auditWorld {
	return newAuditWorldWith(t, 0, fault)
}

func newAuditWorldWith(t *testing.T, bps uint16, fault pinpoint.Fault) *auditWorld {
	ctx := context.Background()
	sim, err := chain.NewSim(chain.WithAccounts(auditAccounts), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	w := &auditWorld{t: t, ctx: ctx, sim: sim, taken: map[int]bool{}}
	gameAt, _, err := chain.DeployGame(ctx, sim, accDeployer, 4)
	if err != nil {
		t.Fatal(err)
	}
	tm := taskmarket.NewTaskMarket()
	if w.market, _, err = chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		tm.PackConstructor(gameAt, 3*day, sim.Accounts()[accTreasury].Address, 5000)); err != nil {
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
	tk, err := task.Build(ctx, tr, 8, 4, opts)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := sim.HeaderByNumber(ctx, nil)
	terms := taskmarket.TaskMarketTerms{SolverStake: eth(2), ChallengerBond: eth(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	audit := taskmarket.TaskMarketAudit{ForcedErrorBps: bps, AttestWindow: 3600, RevealWindow: 3600,
		AttestStake: new(big.Int).Div(eth(1), big.NewInt(2)), JackpotFee: eth(1), Jackpot: eth(1),
		AttestFee: new(big.Int), MaxAttesters: 0} // unlimited
	if w.id, err = w.mkt(accSubmitter).PostAudited(ctx, tk.Roots(), terms, audit, eth(2)); err != nil {
		t.Fatal(err)
	}
	w.svDir = t.TempDir()
	if w.sv, err = solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: w.svDir,
		Stake: eth(2), Task: opts, Fault: fault}); err != nil {
		t.Fatal(err)
	}
	// the server asks the current solver: a restart test replaces w.sv
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) { w.sv.Handler().ServeHTTP(rw, r) }))
	t.Cleanup(srv.Close)
	solverAddr := sim.Accounts()[accSolver].Address
	w.urls = func(a common.Address) (string, bool) { return srv.URL, a == solverAddr }
	// the solver claims, trains and commits; the seed block is mined; the seed drawn
	for range 50 {
		tk := w.task()
		if tk.Seed != ([32]byte{}) {
			return w
		}
		if err := w.sv.Tick(ctx); err != nil {
			t.Fatalf("solver: %v", err)
		}
		// (the solver draws the seed itself when it is due: the windows start there)
		if tk = w.task(); tk.Status == onchain.StatusCommitted && tk.Seed == ([32]byte{}) {
			if n, _ := sim.BlockNumber(ctx); n > tk.CommitBlock+4 {
				if err := w.mkt(accSubmitter).DrawSeed(ctx, w.id); err != nil {
					t.Fatal(err)
				}
				continue
			}
		}
		if err := sim.Advance(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the task was not committed")
	return nil
}

func (w *auditWorld) task() taskmarket.TaskMarketTask {
	t, err := w.mkt(accSubmitter).Task(w.ctx, w.id)
	if err != nil {
		w.t.Fatal(err)
	}
	return t
}

// account is a spare account assigned segment seg (2^-30 odds that none of 30 is).
func (w *auditWorld) account(seg uint64) int {
	m := w.mkt(accSubmitter)
	for acc := firstSpare; acc < auditAccounts; acc++ {
		if w.taken[acc] {
			continue
		}
		a, err := m.Assignment(w.ctx, w.id, w.sim.Accounts()[acc].Address)
		if err != nil {
			w.t.Fatal(err)
		}
		if a == seg {
			w.taken[acc] = true
			return acc
		}
	}
	w.t.Fatalf("no spare account is assigned segment %d", seg)
	return 0
}

// verifier starts a verifier daemon on an account assigned segment seg.
func (w *auditWorld) verifier(seg uint64, cfg verifier.Config) (*verifier.Verifier, int) {
	acc := w.account(seg)
	cfg.Dir = w.t.TempDir()
	v := w.verifierAt(acc, cfg)
	w.vfs = append(w.vfs, v)
	return v, acc
}

// verifierAt is a verifier daemon on account acc (cfg.Dir as given).
func (w *auditWorld) verifierAt(acc int, cfg verifier.Config) *verifier.Verifier {
	cfg.Market, cfg.Specs, cfg.Bond = w.mkt(acc), task.BuiltinSpecs, eth(1)
	cfg.Checkpoints, cfg.Task = &verifier.HTTP{URL: w.urls}, task.Options{AllowUnjudged: true}
	v, err := verifier.New(cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// run ticks every daemon (and extra) until the task is over and every attestation is
// closed; a round with no transaction moves the clock 20 minutes on.
func (w *auditWorld) run(extra ...func(context.Context) error) taskmarket.TaskMarketTask {
	for range 600 {
		if t, over := w.round(extra...); over {
			_ = w.sv.Tick(w.ctx)
			return t
		}
	}
	w.t.Fatal("the task did not end")
	return taskmarket.TaskMarketTask{}
}

// round ticks every daemon once; over when the task and every attestation are.
func (w *auditWorld) round(extra ...func(context.Context) error) (taskmarket.TaskMarketTask, bool) {
	before, _ := w.sim.BlockNumber(w.ctx)
	if err := w.sv.Tick(w.ctx); err != nil {
		w.t.Fatalf("solver: %v", err)
	}
	for i, v := range w.vfs {
		if err := v.Tick(w.ctx); err != nil {
			w.t.Fatalf("verifier %d: %v", i, err)
		}
	}
	for _, f := range extra {
		if err := f(w.ctx); err != nil {
			w.t.Fatalf("extra daemon: %v", err)
		}
	}
	t := w.task()
	if t.Status == onchain.StatusFinalized || t.Status == onchain.StatusFailed {
		open := false
		for _, v := range w.vfs {
			open = open || v.OpenAttestations() > 0
		}
		if !open {
			return t, true
		}
	}
	if after, _ := w.sim.BlockNumber(w.ctx); after == before {
		if err := w.sim.Advance(w.ctx, 20*time.Minute); err != nil {
			w.t.Fatal(err)
		}
	}
	return t, false
}

func (w *auditWorld) free(acc int) *big.Int {
	f, err := w.mkt(acc).Free(w.ctx, w.sim.Accounts()[acc].Address)
	if err != nil {
		w.t.Fatal(err)
	}
	return f
}

func (w *auditWorld) locked(acc int) *big.Int {
	f, err := w.mkt(acc).Locked(w.ctx, w.sim.Accounts()[acc].Address)
	if err != nil {
		w.t.Fatal(err)
	}
	return f
}

func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

// TestForcedErrorCaught: the solver must post a decoy for checkpoint 1. The diligent
// verifier of segment 0 recomputes the true leaf and wins the jackpot; a lazy verifier
// of segment 0 attests the decoy and loses its stake; the verifier of segment 1 finds
// its start checkpoint missing (the decoy names no state), re-runs from the initial
// state and attests the true end. The honest solver reveals, is never challenged and
// is paid.
func TestForcedErrorCaught(t *testing.T) {
	w := newAuditWorld(t, 10000)
	diligent, accD := w.verifier(0, verifier.Config{})
	lazy, accL := w.verifier(0, verifier.Config{Lazy: true})
	after, accA := w.verifier(1, verifier.Config{})
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 || w.sv.Slashed != 0 {
		t.Fatalf("status %d, solver paid %d slashed %d; want finalized and paid", task.Status, w.sv.Paid, w.sv.Slashed)
	}
	a, err := w.mkt(accSubmitter).Audit(w.ctx, w.id)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Forced || a.ForcedSegment != 0 || a.Finders != 2-1 {
		t.Fatalf("forced %v segment %d finders %d; want forced segment 0 with one finder", a.Forced, a.ForcedSegment, a.Finders)
	}
	for _, c := range []struct {
		name              string
		v                 *verifier.Verifier
		acc               int
		jackpots, slashed int
		free              *big.Int
		challenged        int
	}{
		// bond 1 deposited; stake 0.5 locked and back; the 1-ether jackpot
		{"diligent", diligent, accD, 1, 0, eth(2), 0},
		// its 0.5 stake went to the pool
		{"lazy", lazy, accL, 0, 1, milli(500), 0},
		{"after the decoy", after, accA, 0, 0, eth(1), 0},
	} {
		if c.v.Audit.Attested != 1 || c.v.Audit.Jackpots != c.jackpots || c.v.Audit.Slashed != c.slashed || c.v.Challenged != c.challenged {
			t.Errorf("%s: %+v challenged %d; want 1 attested, %d jackpots, %d slashed", c.name, c.v.Audit, c.v.Challenged, c.jackpots, c.slashed)
		}
		if got := w.free(c.acc); got.Cmp(c.free) != 0 {
			t.Errorf("%s: free %v, want %v", c.name, got, c.free)
		}
		if got := w.locked(c.acc); got.Sign() != 0 {
			t.Errorf("%s: locked %v, want 0", c.name, got)
		}
	}
	if got := w.free(accSolver); got.Cmp(eth(4)) != 0 { // stake back + reward
		t.Errorf("solver free %v, want 4 ether", got)
	}
	pool, err := w.mkt(accSubmitter).JackpotPool(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pool.Cmp(milli(500)) != 0 { // 1 (fee) - 1 (jackpot) + 0.5 (lazy stake)
		t.Errorf("jackpot pool %v, want 0.5 ether", pool)
	}
}

// TestAuditedHonestSolverUnforced: no forced error; every attestation (the lazy one
// too: the posted leaf is true) is released, nobody is slashed, the solver is paid.
func TestAuditedHonestSolverUnforced(t *testing.T) {
	w := newAuditWorld(t, 0)
	v0, acc0 := w.verifier(0, verifier.Config{})
	lazy, accL := w.verifier(1, verifier.Config{Lazy: true})
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 || w.sv.Slashed != 0 {
		t.Fatalf("status %d, solver paid %d slashed %d; want finalized and paid", task.Status, w.sv.Paid, w.sv.Slashed)
	}
	for _, c := range []struct {
		v   *verifier.Verifier
		acc int
	}{{v0, acc0}, {lazy, accL}} {
		if c.v.Audit.Attested != 1 || c.v.Audit.Slashed != 0 || c.v.Audit.Jackpots != 0 || c.v.Challenged != 0 {
			t.Errorf("verifier %d: %+v, challenged %d", c.acc, c.v.Audit, c.v.Challenged)
		}
		if got := w.free(c.acc); got.Cmp(eth(1)) != 0 {
			t.Errorf("verifier %d: free %v, want its 1 ether back", c.acc, got)
		}
	}
	if got := w.free(accSolver); got.Cmp(eth(4)) != 0 {
		t.Errorf("solver free %v, want 4 ether", got)
	}
}

// whistleblower starts a whistleblower daemon that checks every attestation.
func (w *auditWorld) whistleblower() (*whistleblower.Whistleblower, int) {
	acc := w.account(0) // any spare account: a whistleblower has no assignment
	return w.whistleblowerAt(acc), acc
}

func (w *auditWorld) whistleblowerAt(acc int) *whistleblower.Whistleblower {
	wb, err := whistleblower.New(whistleblower.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs, Bond: eth(1),
		Checkpoints: &verifier.HTTP{URL: w.urls}, Sample: 1, Rand: rand.New(rand.NewPCG(1, 2)),
		Task: task.Options{AllowUnjudged: true}})
	if err != nil {
		w.t.Fatal(err)
	}
	return wb
}

// TestWhistleblowerCatchesWrongAttestation: a verifier whose computation is wrong in
// its segment attests a wrong end (and, after the secret reveal, challenges the honest
// solver: a game it loses). The whistleblower re-runs the attested segment, disputes
// the attestation and wins the game against the verifier, which defends it with its
// own wrong computation; it is paid from the attester's stake. The solver is paid.
func TestWhistleblowerCatchesWrongAttestation(t *testing.T) {
	w := newAuditWorld(t, 0)
	bad, accB := w.verifier(1, verifier.Config{Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11}})
	wb, accW := w.whistleblower()
	task := w.run(wb.Tick)
	for range 5 { // let the whistleblower see its game's settlement
		if err := wb.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 || w.sv.Slashed != 0 {
		t.Fatalf("status %d, solver paid %d slashed %d; want finalized and paid", task.Status, w.sv.Paid, w.sv.Slashed)
	}
	if wb.Checked != 1 || wb.Disputed != 1 || wb.Won != 1 || wb.Lost != 0 {
		t.Fatalf("whistleblower checked %d disputed %d won %d lost %d; want 1 1 1 0", wb.Checked, wb.Disputed, wb.Won, wb.Lost)
	}
	if bad.Audit.DefendedLost != 1 || bad.Audit.Slashed != 1 || bad.Challenged != 1 || bad.Lost != 1 {
		t.Fatalf("faulty verifier %+v, challenged %d lost %d", bad.Audit, bad.Challenged, bad.Lost)
	}
	// bond back + the winner's half of the 0.5-ether attester stake
	if got := w.free(accW); got.Cmp(milli(1250)) != 0 {
		t.Errorf("whistleblower free %v, want 1.25 ether", got)
	}
	if got, l := w.free(accB), w.locked(accB); got.Sign() != 0 || l.Sign() != 0 {
		t.Errorf("faulty verifier free %v locked %v, want nothing left", got, l)
	}
	// stake back + reward + the winner's half of the faulty verifier's 1-ether bond
	if got := w.free(accSolver); got.Cmp(milli(4500)) != 0 {
		t.Errorf("solver free %v, want 4.5 ether", got)
	}
}

// TestWhistleblowerChallengesVouchedCheat: a cheating solver, a lazy verifier that
// vouches for its wrong leaf, and no diligent verifier. The whistleblower finds the
// attestation wrong and equal to the solver's leaf, so it challenges the solver and
// wins; the lazy attester is slashed with it.
func TestWhistleblowerChallengesVouchedCheat(t *testing.T) {
	w := newAuditWorldCheat(t, pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11})
	lazy, accL := w.verifier(1, verifier.Config{Lazy: true})
	wb, accW := w.whistleblower()
	task := w.run(wb.Tick)
	for range 5 {
		if err := wb.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if task.Status != onchain.StatusFailed || w.sv.Slashed != 1 {
		t.Fatalf("status %d, solver slashed %d; want failed and slashed", task.Status, w.sv.Slashed)
	}
	if wb.Disputed != 1 || wb.Won != 1 {
		t.Fatalf("whistleblower disputed %d won %d; want 1 1", wb.Disputed, wb.Won)
	}
	if lazy.Audit.Slashed != 1 {
		t.Fatalf("lazy verifier %+v; want its attestation slashed", lazy.Audit)
	}
	if got := w.free(accL); got.Cmp(milli(500)) != 0 {
		t.Errorf("lazy verifier free %v, want 0.5 ether", got)
	}
	// bond back + half the 2-ether solver stake + half the lazy attester's 0.5-ether stake
	if got := w.free(accW); got.Cmp(new(big.Int).Add(eth(2), milli(250))) != 0 {
		t.Errorf("whistleblower free %v, want 2.25 ether", got)
	}
}

// TestAttestationSurvivesRestart: the verifier of the forced segment is stopped right
// after committing its attestation; a new process on the same folder reveals it from
// the stored salt, and wins the jackpot.
func TestAttestationSurvivesRestart(t *testing.T) {
	w := newAuditWorld(t, 10000)
	first, acc := w.verifier(0, verifier.Config{})
	for range 20 {
		if err := first.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
		if first.Audit.Attested == 1 {
			break
		}
	}
	if first.Audit.Attested != 1 {
		t.Fatal("the first verifier did not attest")
	}
	dir := first.Dir()
	second := w.verifierAt(acc, verifier.Config{Dir: dir})
	w.vfs = []*verifier.Verifier{second}
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d", task.Status, w.sv.Paid)
	}
	if second.Audit.Attested != 0 || second.Audit.Revealed != 1 || second.Audit.Jackpots != 1 {
		t.Fatalf("restarted verifier %+v; want no second attestation, the stored one revealed and the jackpot", second.Audit)
	}
	if got := w.free(acc); got.Cmp(eth(2)) != 0 {
		t.Fatalf("free %v, want 2 ether (bond, stake back, 1-ether jackpot)", got)
	}
}

// TestWhistleblowerRestart: the whistleblower is stopped in the middle of its dispute
// of a wrong attestation; a new process takes the open game back from the chain (the
// dispute event, the moves' calldata), plays it on and wins.
func TestWhistleblowerRestart(t *testing.T) {
	w := newAuditWorld(t, 0)
	w.verifier(1, verifier.Config{Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11}})
	first, accW := w.whistleblower()
	for range 600 {
		if _, over := w.round(first.Tick); over {
			t.Fatal("the task ended before the whistleblower disputed")
		}
		if first.Disputed == 1 {
			break
		}
	}
	for range 3 { // a few moves into the game
		w.round(first.Tick)
	}
	second := w.whistleblowerAt(accW)
	task := w.run(second.Tick)
	for range 5 {
		if err := second.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d", task.Status, w.sv.Paid)
	}
	if first.Won != 0 || second.Disputed != 0 || second.Won != 1 {
		t.Fatalf("first won %d; second disputed %d won %d; want the second to win the first's dispute", first.Won, second.Disputed, second.Won)
	}
	if got := w.free(accW); got.Cmp(milli(1250)) != 0 {
		t.Errorf("whistleblower free %v, want 1.25 ether", got)
	}
}

// TestForcedSolverRestart: the solver is restarted after committing a forced task's
// decoy: the new process computes the draw again from the secret on disk, serves the
// posted list (the verifier can check it against the committed root), reveals in its
// window and is paid; the verifier of the forced segment wins the jackpot.
func TestForcedSolverRestart(t *testing.T) {
	w := newAuditWorld(t, 10000)
	sv, err := solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: w.svDir, Stake: eth(2),
		Task: task.Options{AllowUnjudged: true}})
	if err != nil {
		t.Fatal(err)
	}
	w.sv = sv
	diligent, acc := w.verifier(0, verifier.Config{})
	task := w.run()
	if task.Status != onchain.StatusFinalized || sv.Paid != 1 || w.calls("commitTrace") != 1 {
		t.Fatalf("status %d, restarted solver paid %d; want finalized, paid, one commitment", task.Status, sv.Paid)
	}
	if diligent.Audit.Jackpots != 1 {
		t.Fatalf("verifier %+v, want the jackpot", diligent.Audit)
	}
	if got := w.free(acc); got.Cmp(eth(2)) != 0 {
		t.Fatalf("verifier free %v, want 2 ether", got)
	}
}

// calls counts the market's successful transactions calling method.
func (w *auditWorld) calls(method string) int {
	w.t.Helper()
	id := taskmarket.NewTaskMarket().GetABI().Methods[method].ID
	head, err := w.sim.BlockNumber(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	n := 0
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
				n++
			}
		}
	}
	return n
}
