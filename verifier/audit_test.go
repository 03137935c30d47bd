package verifier_test

import (
	"context"
	"encoding/hex"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// Audit tests: a task with attestations and a forced-error draw, played by the real
// daemons on the simulated chain. The task has two segments, so a forced task's decoy
// is always leaf 1 (segment 0's end); verifiers are started for accounts that joined
// the attestations and were drawn (from the hash of the block after their join) the
// segment each test needs.

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
	quiet  int // rounds with no transaction since the last with one
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
	return newAuditWorldUntil(t, bps, fault, func(w *auditWorld) bool { return w.task().Seed != ([32]byte{}) })
}

// newAuditWorldUntil is newAuditWorldWith, run until stop holds (checked before each
// round of the solver, the seed drawn when due, and the clock moved on) instead of
// until the seed is drawn.
func newAuditWorldUntil(t *testing.T, bps uint16, fault pinpoint.Fault, stop func(*auditWorld) bool) *auditWorld {
	return newAuditWorldSolver(t, bps, solver.Config{Fault: fault}, stop)
}

// newAuditWorldSolver is newAuditWorldUntil with a solver cheating as cheat's Fault and
// Withhold say.
func newAuditWorldSolver(t *testing.T, bps uint16, cheat solver.Config, stop func(*auditWorld) bool) *auditWorld {
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
		Stake: eth(2), Task: opts, Fault: cheat.Fault, Withhold: cheat.Withhold}); err != nil {
		t.Fatal(err)
	}
	// the server asks the current solver: a restart test replaces w.sv
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) { w.sv.Handler().ServeHTTP(rw, r) }))
	t.Cleanup(srv.Close)
	solverAddr := sim.Accounts()[accSolver].Address
	w.urls = func(a common.Address) (string, bool) { return srv.URL, a == solverAddr }
	w.until(stop)
	if bps == 10000 && !w.forcesFirstSegment() {
		// The draw f = r mod 2 may force either segment of this 2-segment task; these
		// tests play the decoy at checkpoint 1 (segment 0 forced, segment 1 void), so a
		// market whose draw forced the last segment is thrown away and built again
		// (about half of them; TestAuditForcedLastSegment in contracts plays the other).
		return newAuditWorldSolver(t, bps, cheat, stop)
	}
	return w
}

// solverSecret is the secret the solver stored for the task before claiming it.
func (w *auditWorld) solverSecret() [32]byte {
	b, err := os.ReadFile(filepath.Join(w.svDir, "task-1", "secret.hex"))
	if err != nil {
		w.t.Fatal(err)
	}
	var secret [32]byte
	if len(b) < 64 {
		w.t.Fatalf("secret file of %d bytes", len(b))
	}
	if _, err := hex.Decode(secret[:], b[:64]); err != nil {
		w.t.Fatal(err)
	}
	return secret
}

// forcesFirstSegment says whether the draw of the claimed task, from the secret the
// solver stored before its claim, forces segment 0. A claim hash not fixed yet is
// fixed here (as anyone may), its block mined first if need be; the solver is not
// ticked, so a test stopped before the commitment stays there.
func (w *auditWorld) forcesFirstSegment() bool {
	t, ctx := w.t, w.ctx
	a := w.audit()
	for n, _ := w.sim.BlockNumber(ctx); n <= a.ClaimBlock+model.SeedDelay; n, _ = w.sim.BlockNumber(ctx) {
		if err := w.sim.Advance(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	ch, err := w.mkt(accSubmitter).ClaimHash(ctx, w.id)
	if err != nil {
		t.Fatal(err)
	}
	secret := w.solverSecret()
	forced, f := onchain.ForcedError(secret, ch, w.id, 2, 10000)
	return forced && f == 0
}

// until ticks the solver until stop holds (checked before each round): it claims,
// trains and commits; the seed block is mined; the seed drawn (by the submitter if the
// solver has not); the clock moves on a minute a round, 20 once the seed is drawn.
func (w *auditWorld) until(stop func(*auditWorld) bool) {
	t, ctx, sim := w.t, w.ctx, w.sim
	for range 600 {
		tk := w.task()
		if tk.Status != onchain.StatusOpen && stop(w) {
			return
		}
		if err := w.sv.Tick(ctx); err != nil {
			t.Fatalf("solver: %v", err)
		}
		if tk = w.task(); tk.Status == onchain.StatusCommitted && tk.Seed == ([32]byte{}) {
			if n, _ := sim.BlockNumber(ctx); n > tk.CommitBlock+4 {
				if err := w.mkt(accSubmitter).DrawSeed(ctx, w.id); err != nil {
					t.Fatal(err)
				}
				continue
			}
		}
		step := time.Minute
		if tk.Seed != ([32]byte{}) {
			step = 20 * time.Minute
		}
		if err := sim.Advance(ctx, step); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the task never reached the state wanted")
}

func (w *auditWorld) task() taskmarket.TaskMarketTask {
	t, err := w.mkt(accSubmitter).Task(w.ctx, w.id)
	if err != nil {
		w.t.Fatal(err)
	}
	return t
}

// spare is a spare account nobody uses yet.
func (w *auditWorld) spare() int {
	for acc := firstSpare; acc < auditAccounts; acc++ {
		if !w.taken[acc] {
			w.taken[acc] = true
			return acc
		}
	}
	w.t.Fatal("no spare account left")
	return 0
}

// joined is a spare account that joined the task's attestations (its bond deposited
// as the daemon does) and was drawn segment seg. The segment comes from the hash of
// the block after the join, so accounts are tried until one is drawn seg (2^-15 odds
// that 15 are not); those drawn another stay joined, never committed (nobody closes
// them: their stakes stay locked, out of every figure the tests read).
func (w *auditWorld) joined(seg uint64) int {
	for range 15 {
		acc := w.spare()
		m := w.mkt(acc)
		if err := m.EnsureHeld(w.ctx, eth(1)); err != nil {
			w.t.Fatal(err)
		}
		if _, err := m.JoinAttestation(w.ctx, w.id); err != nil {
			w.t.Fatal(err)
		}
		for range 2 { // the block after the join, and one more to read its hash
			if err := w.sim.Mine(w.ctx); err != nil {
				w.t.Fatal(err)
			}
		}
		got, err := m.AttestSegment(w.ctx, w.id, w.sim.Accounts()[acc].Address)
		if err != nil {
			w.t.Fatal(err)
		}
		if got == seg {
			return acc
		}
	}
	w.t.Fatalf("no account joined was drawn segment %d", seg)
	return 0
}

// verifier starts a verifier daemon on an account joined and drawn segment seg.
func (w *auditWorld) verifier(seg uint64, cfg verifier.Config) (*verifier.Verifier, int) {
	acc := w.joined(seg)
	cfg.Dir = w.t.TempDir()
	v := w.verifierAt(acc, cfg)
	w.vfs = append(w.vfs, v)
	return v, acc
}

// verifierAt is a verifier daemon on account acc (cfg.Dir as given).
func (w *auditWorld) verifierAt(acc int, cfg verifier.Config) *verifier.Verifier {
	cfg.Market, cfg.Specs, cfg.Bond = w.mkt(acc), task.BuiltinSpecs, eth(1)
	cfg.Checkpoints, cfg.Task = &verifier.HTTP{AllowPrivate: true, URL: w.urls}, task.Options{AllowUnjudged: true}
	v, err := verifier.New(cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// run ticks every daemon (and extra) until the task is over and every attestation is
// closed (round says how the clock moves).
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

// round ticks every daemon once; over when the task and every attestation are. A
// round with no transaction seals an empty block: a slot on for the first two after a
// busy round, 20 minutes on after that.
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
	if after, _ := w.sim.BlockNumber(w.ctx); after != before {
		w.quiet = 0
		return t, false
	}
	// as netsim.PlayUntil: a live chain seals a block every slot, so an attester
	// waiting for the block after its join sees it before its window closes
	step := 20 * time.Minute
	if w.quiet++; w.quiet <= netsim.SlotRounds {
		step = netsim.Slot
	}
	if err := w.sim.Advance(w.ctx, step); err != nil {
		w.t.Fatal(err)
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
// its start (the decoy, a served state) and re-runs from it: its attestation is void
// (stake back), and after the reveal it re-checks its segment from the true
// checkpoint 1 (a second re-run) and does not challenge. The honest solver reveals,
// is never challenged and is paid.
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
		name                    string
		v                       *verifier.Verifier
		acc                     int
		jackpots, slashed, void int
		free                    *big.Int
		checked                 int
	}{
		// bond 1 deposited; stake 0.5 locked and back; the 1-ether jackpot
		{"diligent", diligent, accD, 1, 0, 0, eth(2), 1},
		// its 0.5 stake went to the pool
		{"lazy", lazy, accL, 0, 1, 0, milli(500), 0},
		// re-run from the decoy, then from the true checkpoint 1
		{"after the decoy", after, accA, 0, 0, 1, eth(1), 2},
	} {
		if c.v.Audit.Attested != 1 || c.v.Audit.Jackpots != c.jackpots || c.v.Audit.Slashed != c.slashed || c.v.Audit.Void != c.void ||
			c.v.Challenged != 0 || c.v.Checked != c.checked {
			t.Errorf("%s: %+v challenged %d checked %d; want 1 attested, %d jackpots, %d slashed, %d void, no challenge, %d checked",
				c.name, c.v.Audit, c.v.Challenged, c.v.Checked, c.jackpots, c.slashed, c.void, c.checked)
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
	acc := w.spare()
	return w.whistleblowerAt(acc), acc
}

func (w *auditWorld) whistleblowerAt(acc int) *whistleblower.Whistleblower {
	wb, err := whistleblower.New(whistleblower.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs, Bond: eth(1),
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: w.urls}, Sample: 1, Rand: rand.New(rand.NewPCG(1, 2)),
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
	// bond back + the bounty, a tenth of the 0.5-ether attester stake
	if got := w.free(accW); got.Cmp(milli(1050)) != 0 {
		t.Errorf("whistleblower free %v, want 1.05 ether", got)
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
// wins; the solver's loss does not slash the attester (a solver could throw its own
// game to slash honest ones), so the whistleblower then disputes the attestation
// before the task's disputeEnd and wins that game too: vouching for a cheat still costs
// the voucher. The lazy attester does not defend and loses on time: the bounty (a tenth
// of its stake) to the whistleblower, the rest to the jackpot pool.
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
	if wb.Disputed != 2 || wb.Won != 2 || wb.Lost != 0 {
		t.Fatalf("whistleblower disputed %d won %d lost %d; want 2 2 0 (the solver, then the attestation)", wb.Disputed, wb.Won, wb.Lost)
	}
	if out := attestationOutcome(w, accL); out != int(onchain.OutcomeLostDispute) {
		t.Fatalf("lazy attestation closed as %d, want %d (a lost dispute)", out, onchain.OutcomeLostDispute)
	}
	if lazy.Audit.Slashed != 1 {
		t.Fatalf("lazy verifier %+v; want its attestation slashed", lazy.Audit)
	}
	if got := w.free(accL); got.Cmp(milli(500)) != 0 {
		t.Errorf("lazy verifier free %v, want 0.5 ether", got)
	}
	// bond back + half the 2-ether solver stake + the 0.05-ether bounty
	if got := w.free(accW); got.Cmp(milli(2050)) != 0 {
		t.Errorf("whistleblower free %v, want 2.05 ether", got)
	}
	// the 1-ether jackpot fee + the lazy attester's stake less the bounty
	if got := w.pool(); got.Cmp(milli(1450)) != 0 {
		t.Errorf("jackpot pool %v, want 1.45 ether", got)
	}
}

func (w *auditWorld) pool() *big.Int {
	p, err := w.mkt(accSubmitter).JackpotPool(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

// TestWhistleblowerDisputesVouchersOfLostSegment: a cheating solver, a diligent
// verifier of the wrong segment and two that vouch for the solver's leaf there: a lazy
// one, and one that computes with the solver's own fault (a colluder: it defends its
// attestation). The whistleblower samples nothing. The diligent verifier challenges the
// solver and wins. The solver's loss does not slash the vouchers, but it names the
// leaf lost (challengedEnd): the whistleblower queues every revealed attestation of it,
// sampled or not, re-runs the segment, disputes both before disputeEnd and wins both
// games: the colluder's by a move, the lazy one's on time, each paying the same bounty
// (a tenth of the stake) to the whistleblower and the rest to the pool. The diligent
// attester, whose end is the true one, is released.
func TestWhistleblowerDisputesVouchersOfLostSegment(t *testing.T) {
	fault := pinpoint.Fault{Kind: pinpoint.FaultState, Step: 5, Tensor: 0, Element: 11}
	w := newAuditWorldCheat(t, fault)
	diligent, accD := w.verifier(1, verifier.Config{})
	lazy, accL := w.verifier(1, verifier.Config{Lazy: true})
	colluder, accC := w.verifier(1, verifier.Config{Fault: fault})
	acc := w.spare()
	wb, err := whistleblower.New(whistleblower.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs, Bond: eth(1),
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: w.urls}, Sample: 1e-12, Rand: rand.New(rand.NewPCG(1, 2)),
		Task: task.Options{AllowUnjudged: true}})
	if err != nil {
		t.Fatal(err)
	}
	task := w.run(wb.Tick)
	for range 5 {
		if err := wb.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if task.Status != onchain.StatusFailed || w.sv.Slashed != 1 || diligent.Won != 1 || colluder.Challenged != 0 {
		t.Fatalf("status %d, solver slashed %d, diligent won %d, colluder challenged %d; want failed, slashed, won, none",
			task.Status, w.sv.Slashed, diligent.Won, colluder.Challenged)
	}
	if wb.Seen != 3 || wb.Vouched != 2 || wb.Checked != 2 || wb.Disputed != 2 || wb.Won != 2 || wb.Lost != 0 {
		t.Fatalf("whistleblower seen %d vouched %d checked %d disputed %d won %d lost %d; want 3 2 2 2 2 0",
			wb.Seen, wb.Vouched, wb.Checked, wb.Disputed, wb.Won, wb.Lost)
	}
	for _, c := range []struct {
		name string
		v    *verifier.Verifier
		acc  int
	}{{"lazy", lazy, accL}, {"colluder", colluder, accC}} {
		if out := attestationOutcome(w, c.acc); out != int(onchain.OutcomeLostDispute) || c.v.Audit.Slashed != 1 {
			t.Errorf("%s: attestation closed as %d, %+v; want a lost dispute, slashed", c.name, out, c.v.Audit)
		}
	}
	if colluder.Audit.DefendedLost != 1 {
		t.Errorf("colluder %+v; want its defence lost", colluder.Audit)
	}
	if out := attestationOutcome(w, accD); out != int(onchain.OutcomeReleased) || diligent.Audit.Slashed != 0 {
		t.Fatalf("diligent attestation closed as %d, %+v; want released", out, diligent.Audit)
	}
	if got := w.free(accL); got.Cmp(milli(500)) != 0 {
		t.Errorf("lazy verifier free %v, want 0.5 ether", got)
	}
	// two bonds deposited (its two games ran at once), both back, + two bounties of
	// 0.05 (a tenth of each 0.5-ether stake)
	if got := w.free(acc); got.Cmp(milli(2100)) != 0 {
		t.Errorf("whistleblower free %v, want 2.1 ether", got)
	}
	// the 1-ether jackpot fee + both stakes less the bounties
	if got := w.pool(); got.Cmp(milli(1900)) != 0 {
		t.Errorf("jackpot pool %v, want 1.9 ether", got)
	}
	// 1.5 deposited (the bond, topped up after the stake's lock), stake back, half the
	// 2-ether solver stake
	if got := w.free(accD); got.Cmp(milli(2500)) != 0 {
		t.Errorf("diligent verifier free %v, want 2.5 ether", got)
	}
}

// TestWhistleblowerLeavesDecoyToClose: a forced task, a lazy verifier of the forced
// segment (it attests the decoy) and a whistleblower checking everything. The
// whistleblower's re-run finds the attestation wrong, but a lazy one (the decoy) is not
// disputable: its close takes its whole stake to the pool (a dispute of it reverts).
// The whistleblower disputes nothing and meets no error; the lazy attester is slashed.
func TestWhistleblowerLeavesDecoyToClose(t *testing.T) {
	w := newAuditWorld(t, 10000)
	lazy, accL := w.verifier(0, verifier.Config{Lazy: true})
	wb, _ := w.whistleblower()
	task := w.run(wb.Tick)
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	if wb.Disputed != 0 || wb.Errors != 0 {
		t.Fatalf("whistleblower disputed %d, errors %d; want none", wb.Disputed, wb.Errors)
	}
	if out := attestationOutcome(w, accL); out != int(onchain.OutcomeLazy) || lazy.Audit.Slashed != 1 {
		t.Fatalf("lazy attestation closed as %d, %+v; want lazy, slashed", out, lazy.Audit)
	}
}

// attestationOutcome is how acc's attestation of w's task was closed (its
// AttestationClosed event); -1 when it is not closed.
func attestationOutcome(w *auditWorld, acc int) int {
	m := w.mkt(acc)
	ev := taskmarket.NewTaskMarket().GetABI().Events["AttestationClosed"]
	logs, err := m.FilterLogs(w.ctx, ethereum.FilterQuery{FromBlock: new(big.Int),
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(w.id))}, {common.BytesToHash(m.Me().Bytes())}}})
	if err != nil {
		w.t.Fatal(err)
	}
	for i := range logs {
		if c, err := taskmarket.NewTaskMarket().UnpackAttestationClosedEvent(&logs[i]); err == nil {
			return int(c.Outcome)
		}
	}
	return -1
}

// TestAttestationSurvivesRestart: a verifier is stopped right after committing its
// attestation; a new process on the same folder reveals it from the stored salt. On
// the forced segment it wins the jackpot; on the next one (re-run from the decoy by
// the first process) it is void, and the new process, which holds no re-run, checks
// its segment from the true checkpoint after the reveal and challenges nothing.
func TestAttestationSurvivesRestart(t *testing.T) {
	for _, c := range []struct {
		seg            uint64
		jackpots, void int
		free           *big.Int
	}{
		{0, 1, 0, eth(2)}, // bond, stake back, 1-ether jackpot
		{1, 0, 1, eth(1)}, // bond, stake back
	} {
		w := newAuditWorld(t, 10000)
		first, acc := w.verifier(c.seg, verifier.Config{})
		for range 20 {
			if err := first.Tick(w.ctx); err != nil {
				t.Fatal(err)
			}
			if first.Audit.Attested == 1 {
				break
			}
		}
		if first.Audit.Attested != 1 {
			t.Fatalf("segment %d: the first verifier did not attest", c.seg)
		}
		dir := first.Dir()
		second := w.verifierAt(acc, verifier.Config{Dir: dir})
		w.vfs = []*verifier.Verifier{second}
		task := w.run()
		if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
			t.Fatalf("segment %d: status %d, solver paid %d", c.seg, task.Status, w.sv.Paid)
		}
		if second.Audit.Attested != 0 || second.Audit.Revealed != 1 || second.Audit.Jackpots != c.jackpots ||
			second.Audit.Void != c.void || second.Challenged != 0 {
			t.Fatalf("segment %d: restarted verifier %+v, challenged %d; want no second attestation, the stored one revealed, %d jackpots, %d void",
				c.seg, second.Audit, second.Challenged, c.jackpots, c.void)
		}
		if got := w.free(acc); got.Cmp(c.free) != 0 {
			t.Fatalf("segment %d: free %v, want %v", c.seg, got, c.free)
		}
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
	if got := w.free(accW); got.Cmp(milli(1050)) != 0 {
		t.Errorf("whistleblower free %v, want 1.05 ether", got)
	}
}

// TestForcedSolverRestart: the solver of a forced task is restarted before its
// commitment (trained; the claim hash fixed by the harness, which reads the draw), after it (before the
// reveal: the decoy's blob lost with it), and after the reveal. The new process
// computes the draw and the same decoy again from the secret and the run folder (the
// posted list still hashes to the committed root; a lost decoy blob is stored and
// served again), reveals in its window and is paid, with one commitment; the verifier
// of the forced segment wins the jackpot, the one of the next segment is void and does
// not challenge.
func TestForcedSolverRestart(t *testing.T) {
	cases := []struct {
		name string
		stop func(*auditWorld) bool
		lose bool // delete the decoy's blob before the restart
	}{
		{"before its commitment", func(w *auditWorld) bool {
			return w.task().Status == onchain.StatusClaimed && recordedIn(w.svDir) == 3 // trained
		}, false},
		{"after its commitment, the decoy lost", func(w *auditWorld) bool { return w.task().Seed != ([32]byte{}) }, true},
		{"after the reveal", func(w *auditWorld) bool { return w.audit().SecretRevealed }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newAuditWorldUntil(t, 10000, pinpoint.Fault{}, c.stop)
			var decoy [32]byte
			if c.lose {
				decoy = w.postedLeaf(1)
				blob := filepath.Join(w.svDir, "task-1", "checkpoints", hex.EncodeToString(decoy[:])+".vtz")
				if err := os.Remove(blob); err != nil {
					t.Fatalf("the decoy's blob: %v", err)
				}
			}
			sv, err := solver.New(solver.Config{Market: w.mkt(accSolver), Specs: task.BuiltinSpecs, Dir: w.svDir, Stake: eth(2),
				Task: task.Options{AllowUnjudged: true}})
			if err != nil {
				t.Fatal(err)
			}
			w.sv = sv
			if c.lose {
				if err := sv.Tick(w.ctx); err != nil {
					t.Fatal(err)
				}
				if _, err := (&verifier.HTTP{AllowPrivate: true, URL: w.urls}).Fetch(w.ctx, w.sim.Accounts()[accSolver].Address, w.id, decoy); err != nil {
					t.Fatalf("the restarted solver does not serve the decoy: %v", err)
				}
			}
			w.until(func(w *auditWorld) bool { return w.task().Seed != ([32]byte{}) }) // assignments need the seed
			var diligent, after *verifier.Verifier
			var acc int
			if !w.audit().SecretRevealed {
				diligent, acc = w.verifier(0, verifier.Config{})
				after, _ = w.verifier(1, verifier.Config{})
			}
			task := w.run()
			if task.Status != onchain.StatusFinalized || sv.Paid != 1 || w.calls("commitTrace") != 1 {
				t.Fatalf("status %d, restarted solver paid %d, %d commitments; want finalized, paid, one commitment",
					task.Status, sv.Paid, w.calls("commitTrace"))
			}
			if a := w.audit(); !a.Forced || a.TrueLeaf != w.trueLeaf(1) {
				t.Fatalf("forced %v, true leaf %x; want forced, the run's checkpoint 1 restored", a.Forced, a.TrueLeaf)
			}
			if diligent == nil {
				return
			}
			if diligent.Audit.Jackpots != 1 || after.Audit.Void != 1 || after.Challenged != 0 {
				t.Fatalf("verifier of 0 %+v, of 1 %+v challenged %d; want the jackpot, a void attestation and no challenge",
					diligent.Audit, after.Audit, after.Challenged)
			}
			if got := w.free(acc); got.Cmp(eth(2)) != 0 {
				t.Fatalf("verifier free %v, want 2 ether", got)
			}
		})
	}
}

// TestForcedDecoyServed: before the reveal the chain's trace (onchain.Market.Trace, from
// the commit's log) is the posted list, its root the committed one, and the solver
// serves at leaf 1 a real state: the true checkpoint 1 with the one float the reveal
// opens masked with DecoyMask; after the reveal the chain's trace is the true list
// (the decoy replaced by the true leaf) and the solver serves the true checkpoint 1.
func TestForcedDecoyServed(t *testing.T) {
	w := newAuditWorld(t, 10000)
	src := &verifier.HTTP{AllowPrivate: true, URL: w.urls}
	solverAddr := w.sim.Accounts()[accSolver].Address
	posted, err := w.mkt(accSubmitter).Trace(w.ctx, w.id, w.task())
	if err != nil {
		t.Fatal(err)
	}
	if model.NewTree(posted).Root() != w.task().TraceRoot || posted[1] == w.trueLeaf(1) {
		t.Fatal("the chain's trace is not the committed one with the decoy at leaf 1")
	}
	decoy, err := src.Fetch(w.ctx, solverAddr, w.id, posted[1]) // re-hashed to posted[1]
	if err != nil {
		t.Fatalf("the decoy is not served: %v", err)
	}
	truth := w.trueState(1)
	secret := w.solverSecret()
	var diffs []uint32
	for k := range truth.Tensors {
		for e, v := range truth.Tensors[k].Data {
			if x := math.Float32bits(v) ^ math.Float32bits(decoy.Tensors[k].Data[e]); x != 0 {
				diffs = append(diffs, x)
			}
		}
	}
	if len(diffs) != 1 || diffs[0] != onchain.DecoyMask(secret, w.id) {
		t.Fatalf("the decoy differs from checkpoint 1 by %#x, want one float XORed with %#x", diffs, onchain.DecoyMask(secret, w.id))
	}
	w.run()
	final, err := w.mkt(accSubmitter).Trace(w.ctx, w.id, w.task())
	if err != nil {
		t.Fatal(err)
	}
	if final[1] != w.trueLeaf(1) || model.NewTree(final).Root() != w.task().TraceRoot {
		t.Fatal("after the reveal the chain's trace is not the true one its root names")
	}
	if st, err := src.Fetch(w.ctx, solverAddr, w.id, final[1]); err != nil || st.Hash() != truth.Hash() {
		t.Fatalf("the true checkpoint 1 is not served: %v", err)
	}
}

// TestProbingLazyAttester: an attester that fetches its segment's end checkpoint and
// attests the solver's leaf whenever a state is served for it (recomputing only when
// none is) is caught: on the forced segment the decoy is a served state, so it attests
// the decoy and is slashed Lazy, while a diligent attester of the same segment wins
// the jackpot. The same strategy on the next segment is void (stake back).
func TestProbingLazyAttester(t *testing.T) {
	w := newAuditWorld(t, 10000)
	probe := func(seg uint64) (*verifier.Verifier, int) {
		acc := w.joined(seg)
		cfg := verifier.Config{Market: w.mkt(acc), Specs: task.BuiltinSpecs, Bond: eth(1), Dir: t.TempDir(),
			Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: w.urls}, Task: task.Options{AllowUnjudged: true}}
		v, err := verifier.NewProbing(cfg)
		if err != nil {
			t.Fatal(err)
		}
		w.vfs = append(w.vfs, v)
		return v, acc
	}
	p0, acc0 := probe(0)
	p1, acc1 := probe(1)
	diligent, accD := w.verifier(0, verifier.Config{})
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	for _, c := range []struct {
		name                    string
		v                       *verifier.Verifier
		acc                     int
		jackpots, slashed, void int
		free                    *big.Int
	}{
		{"probing, forced segment", p0, acc0, 0, 1, 0, milli(500)},
		{"probing, next segment", p1, acc1, 0, 0, 1, eth(1)},
		{"diligent", diligent, accD, 1, 0, 0, eth(2)},
	} {
		if c.v.Audit.Attested != 1 || c.v.Audit.Jackpots != c.jackpots || c.v.Audit.Slashed != c.slashed || c.v.Audit.Void != c.void {
			t.Errorf("%s: %+v; want %d jackpots, %d slashed, %d void", c.name, c.v.Audit, c.jackpots, c.slashed, c.void)
		}
		if got := w.free(c.acc); got.Cmp(c.free) != 0 {
			t.Errorf("%s: free %v, want %v", c.name, got, c.free)
		}
	}
	if p0.Checked != 0 || p1.Checked != 0 {
		t.Errorf("the probing attesters re-ran %d and %d segments, want none (every leaf was served)", p0.Checked, p1.Checked)
	}
}

func (w *auditWorld) audit() taskmarket.TaskMarketAuditState {
	a, err := w.mkt(accSubmitter).Audit(w.ctx, w.id)
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

// postedLeaf is leaf i of the task's trace as the chain names it now.
func (w *auditWorld) postedLeaf(i int) [32]byte {
	hashes, err := w.mkt(accSubmitter).Trace(w.ctx, w.id, w.task())
	if err != nil || i >= len(hashes) {
		w.t.Fatalf("trace: %v", err)
	}
	return hashes[i]
}

// trueState is checkpoint i of the solver's run folder.
func (w *auditWorld) trueState(i int) *checkpoint.State {
	run, err := rundir.Open(filepath.Join(w.svDir, "task-1"))
	if err != nil {
		w.t.Fatal(err)
	}
	st, err := run.Load(w.ctx, i)
	if err != nil {
		w.t.Fatal(err)
	}
	return st
}

func (w *auditWorld) trueLeaf(i int) [32]byte { return w.trueState(i).Hash() }

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

// TestWhistleblowerSkipsVoid: on a forced task, the diligent attester of segment 1
// re-ran from the decoy and attested an end that is not the true trace's; the
// whistleblower, which checks every attestation, does not dispute it (it is void: the
// contract would revert), and nobody loses anything.
func TestWhistleblowerSkipsVoid(t *testing.T) {
	w := newAuditWorld(t, 10000)
	after, accA := w.verifier(1, verifier.Config{})
	wb, accW := w.whistleblower()
	task := w.run(wb.Tick)
	for range 3 {
		if err := wb.Tick(w.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	if wb.Seen != 1 || wb.Disputed != 0 || wb.Lost != 0 {
		t.Fatalf("whistleblower saw %d, disputed %d, lost %d; want 1 seen, no dispute", wb.Seen, wb.Disputed, wb.Lost)
	}
	if after.Audit.Void != 1 || after.Challenged != 0 {
		t.Fatalf("attester of segment 1 %+v challenged %d; want void, no challenge", after.Audit, after.Challenged)
	}
	for _, acc := range []int{accA, accW} {
		if got := w.free(acc); got.Cmp(eth(1)) != 0 {
			t.Errorf("account %d free %v, want its 1 ether", acc, got)
		}
	}
}

// TestAttesterJoins: a verifier daemon on an account that has not joined takes an
// attestation slot at its first tick after the seed (slots are first come), commits
// only once the block after its join is sealed, and attests the segment the contract
// drew from that block's hash, read back from the chain: the segment its file holds
// and the one the revealed attestation names. Nothing is forced: it is released and
// the solver paid.
func TestAttesterJoins(t *testing.T) {
	w := newAuditWorld(t, 0)
	acc := w.spare()
	dir := t.TempDir()
	v := w.verifierAt(acc, verifier.Config{Dir: dir})
	w.vfs = append(w.vfs, v)
	me := w.sim.Accounts()[acc].Address
	m := w.mkt(accSubmitter)
	if err := v.Tick(w.ctx); err != nil {
		t.Fatal(err)
	}
	on, err := m.Attestation(w.ctx, w.id, me)
	if err != nil {
		t.Fatal(err)
	}
	if on.State != onchain.AttJoined || v.Audit.Attested != 0 {
		t.Fatalf("after one tick: state %d, %d attested; want joined, nothing committed", on.State, v.Audit.Attested)
	}
	if _, err := m.AttestSegment(w.ctx, w.id, me); !errors.Is(err, onchain.ErrSegmentNotReady) {
		t.Fatalf("segment before the block after the join: %v, want ErrSegmentNotReady", err)
	}
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d; want finalized and paid", task.Status, w.sv.Paid)
	}
	if v.Audit.Attested != 1 || v.Audit.Revealed != 1 || v.Audit.Slashed != 0 || w.calls("joinAttestation") != 1 {
		t.Fatalf("%+v, %d joins; want one join, one attestation revealed and released", v.Audit, w.calls("joinAttestation"))
	}
	joined := w.eventBlock("AttestJoined", me)
	h, err := w.sim.HeaderByNumber(w.ctx, new(big.Int).SetUint64(joined+1))
	if err != nil {
		t.Fatal(err)
	}
	// the task's only attester holds slot 0: nothing drawn before it, so the pool's
	// position r holds segment r (covering draws)
	want := model.DrawIndex(task.Seed, h.Hash(), 0, 2)
	if on, err = m.Attestation(w.ctx, w.id, me); err != nil {
		t.Fatal(err)
	}
	if on.Segment != want || on.Slot != 0 {
		t.Fatalf("attested segment %d, want %d (the hash of block %d)", on.Segment, want, joined+1)
	}
	if committed := w.eventBlock("Attested", me); committed <= joined+1 {
		t.Fatalf("committed in block %d, joined in %d: the segment was not drawn yet", committed, joined)
	}
	if got := w.free(acc); got.Cmp(eth(1)) != 0 {
		t.Errorf("free %v, want its 1 ether", got)
	}
}

// eventBlock is the block of the market's first event name whose second topic (the
// first indexed after the task id) is who, for this task (0: none).
func (w *auditWorld) eventBlock(name string, who common.Address) uint64 {
	w.t.Helper()
	logs, err := w.sim.FilterLogs(w.ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{w.market},
		Topics: [][]common.Hash{{taskmarket.NewTaskMarket().GetABI().Events[name].ID}, {common.BigToHash(new(big.Int).SetUint64(w.id))},
			{common.BytesToHash(who.Bytes())}}})
	if err != nil {
		w.t.Fatal(err)
	}
	if len(logs) == 0 {
		return 0
	}
	return logs[0].BlockNumber
}

// TestWithheldRunReused: against a solver that serves no checkpoint, the attester of
// segment 1 re-runs from the initial state to attest, and after the secret reveal its
// check goes on from that same run instead of a second one from step 0: the steps it
// computes from the start are the attestation's, once (8, not 16). The solver, honest,
// is paid.
func TestWithheldRunReused(t *testing.T) {
	w := newAuditWorldSolver(t, 0, solver.Config{Withhold: true}, func(w *auditWorld) bool { return w.task().Seed != ([32]byte{}) })
	v, _ := w.verifier(1, verifier.Config{})
	task := w.run()
	if task.Status != onchain.StatusFinalized || w.sv.Paid != 1 {
		t.Fatalf("status %d, solver paid %d: want finalized and paid", task.Status, w.sv.Paid)
	}
	if v.Audit.Attested != 1 || v.Challenged != 0 {
		t.Errorf("verifier %+v, challenged %d", v.Audit, v.Challenged)
	}
	if v.FromStart != 8 {
		t.Errorf("re-ran %d steps from the initial state, want 8 (segments 0 and 1, once)", v.FromStart)
	}
}
