package contracts_test

import (
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Attester accounts of the audit tests (the roles of game_env_test.go take 0..4 and 7).
var attesterPool = func() []int {
	out := []int{5, 6}
	for i := 8; i < 24; i++ {
		out = append(out, i)
	}
	return out
}()

const auditDeposit = 5 // ether each account deposits

func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

func auditOf(bps uint16) taskmarket.TaskMarketAudit {
	return taskmarket.TaskMarketAudit{ForcedErrorBps: bps, AttestWindow: 3600, RevealWindow: 3600, AttestStake: eth(1),
		JackpotFee: eth(1), Jackpot: eth(1), AttestFee: new(big.Int)} // fair at every bps (model.FairJackpot)
}

// audited is one audited task on a fresh chain: the solver's true checkpoints, what it
// posted, its secret.
type audited struct {
	*env
	id     *big.Int
	audit  taskmarket.TaskMarketAudit
	secret [32]byte
	hashes [][32]byte // the solver's own checkpoints
	posted [][32]byte // what it commits (the decoy in place when forced and it follows the rules)
	forced bool
	f      uint64
	decoy  *checkpoint.State      // when forced: the state it serves as checkpoint f+1 (posted[f+1] = decoy.Hash())
	open   *checkpoint.FloatProof // when forced: the opening of the decoy's float in the true state f+1
	truth  *model.World
	views  []*model.World // views an attester may hold (to play its first game move)
	used   int            // attesterPool accounts drawn so far
	slots  []int          // the accounts that joined through join, in join order (slot j: slots[j])
	filler []int          // accounts drawn joined only to move the covering draw to its next pass
}

// newAuditedAt is newAudited with the first secret seed whose draw forces segment f
// (the draw also depends on the claim block's hash, known only after the claim, so
// each try is a fresh market): tests that play one segment's decoy name it.
func newAuditedAt(t *testing.T, f uint64, audit taskmarket.TaskMarketAudit, truth, sv *model.World) *audited {
	t.Helper()
	for seed := uint64(1); seed <= 40; seed++ {
		if a := newAudited(t, seed, audit, truth, sv); a.forced && a.f == f {
			return a
		}
	}
	t.Fatalf("no secret seed in 1..40 forces segment %d", f)
	return nil
}

// newAudited deploys, funds every account with auditDeposit ether, posts an audited task
// of truth's spec (reward 2 ether), lets the solver (view sv) claim it with a secret and
// computes the posted list from the fixed claim hash. It does not commit.
func newAudited(t *testing.T, seed uint64, audit taskmarket.TaskMarketAudit, truth, sv *model.World) *audited {
	t.Helper()
	e := newEnv(t, 4, chain.WithOsakaRules(), chain.WithAccounts(24))
	for i := range e.sim.Accounts() {
		if i != accTreasury {
			e.mustSend(i, e.market, e.tm.PackDeposit(), eth(auditDeposit))
		}
	}
	value := new(big.Int).Add(eth(2), onchain.AuditCost(audit))
	e.mustSend(accSubmitter, e.market, e.tm.PackPostTask(specOf(truth), e.terms(), audit), value)
	a := &audited{env: e, id: call(e, e.market, e.tm.PackTaskCount(), e.tm.UnpackTaskCount), audit: audit,
		secret: sha256.Sum256(fmt.Appendf(nil, "secret %d", seed)), truth: truth, views: []*model.World{truth, sv}}
	e.mustSend(accSolver, e.market, e.tm.PackClaimTask(a.id, onchain.SecretHash(a.secret)), nil)
	for i := 0; i < 5; i++ {
		if err := e.sim.Mine(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	e.mustSend(accOutsider, e.market, e.tm.PackFixClaimHash(a.id), nil)
	ch := a.state().ClaimHash
	for s := uint64(0); s <= mSteps; s += mInterval {
		a.hashes = append(a.hashes, sv.StateRoot(s))
	}
	a.forced, a.f = onchain.ForcedError(a.secret, ch, a.id.Uint64(), uint64(len(a.hashes)-1), audit.ForcedErrorBps)
	var decoyRoot [32]byte
	if a.forced {
		var err error
		if a.decoy, a.open, err = onchain.NewDecoy(sv.CheckpointState((a.f+1)*mInterval), a.secret, a.id.Uint64()); err != nil {
			t.Fatal(err)
		}
		decoyRoot = a.decoy.Hash()
	}
	var err error
	if a.posted, err = onchain.PostedHashes(a.hashes, a.forced, a.f, decoyRoot); err != nil {
		t.Fatal(err)
	}
	e.checkInvariant("after claim")
	return a
}

func (a *audited) state() taskmarket.TaskMarketAuditState {
	return call(a.env, a.market, a.tm.PackGetAudit(a.id), a.tm.UnpackGetAudit)
}

func (a *audited) task() taskmarket.TaskMarketTask {
	return call(a.env, a.market, a.tm.PackGetTask(a.id), a.tm.UnpackGetTask)
}

func (a *audited) attestation(i int) taskmarket.TaskMarketAttestation {
	return call(a.env, a.market, a.tm.PackGetAttestation(a.id, a.addr(i)), a.tm.UnpackGetAttestation)
}

func (a *audited) free(i int) *big.Int {
	return call(a.env, a.market, a.tm.PackFree(a.addr(i)), a.tm.UnpackFree)
}

func (a *audited) locked(i int) *big.Int {
	return call(a.env, a.market, a.tm.PackLocked(a.addr(i)), a.tm.UnpackLocked)
}

func (a *audited) pool() *big.Int {
	return call(a.env, a.market, a.tm.PackTotalJackpot(), a.tm.UnpackTotalJackpot)
}

// do sends and checks the invariant after it, successful or not.
func (a *audited) do(i int, data []byte, what string) error {
	_, err := a.send(i, a.market, data, nil)
	a.checkInvariant(what)
	return err
}

func (a *audited) must(i int, data []byte, what string) {
	a.t.Helper()
	if err := a.do(i, data, what); err != nil {
		a.t.Fatalf("%s: %v", what, err)
	}
}

// mustOpen sends a challenge or disputeAttestation that must succeed, checks the
// invariant and returns the game it opened.
func (a *audited) mustOpen(i int, data []byte, what string) *big.Int {
	a.t.Helper()
	r, err := a.send(i, a.market, data, nil)
	a.checkInvariant(what)
	if err != nil {
		a.t.Fatalf("%s: %v", what, err)
	}
	return a.openedGame(r)
}

// commit commits list (posted or not) and draws the seed, which opens the attestations.
func (a *audited) commit(list [][32]byte) {
	a.t.Helper()
	tr := model.NewTree(list)
	a.must(accSolver, a.tm.PackCommitTrace(a.id, tr.Leaves()), "commit")
	for i := 0; i < 5; i++ {
		if err := a.sim.Mine(a.ctx); err != nil {
			a.t.Fatal(err)
		}
	}
	a.must(accOutsider, a.tm.PackDrawSeed(a.id), "drawSeed")
}

// join has attester i take an attestation slot (joinAttestation).
func (a *audited) join(i int) (*types.Receipt, error) {
	r, err := a.send(i, a.market, a.tm.PackJoinAttestation(a.id), nil)
	a.checkInvariant("joinAttestation")
	if err == nil {
		a.slots = append(a.slots, i)
	}
	return r, err
}

// segmentOf is attestSegment of attester i (joined and its next block sealed, or later).
func (a *audited) segmentOf(i int) uint64 {
	a.t.Helper()
	return call(a.env, a.market, a.tm.PackAttestSegment(a.id, a.addr(i)), a.tm.UnpackAttestSegment)
}

// canDraw says whether the next slot may still draw segment seg: covering draws take
// each segment once per pass, so not when an earlier slot of its pass drew it.
func (a *audited) canDraw(seg uint64) bool {
	a.t.Helper()
	n := uint64(len(a.hashes) - 1)
	j := uint64(len(a.slots))
	if j != uint64(a.state().Attesters) {
		a.t.Fatalf("%d joins through join, %d on chain", j, a.state().Attesters)
	}
	for s := j - j%n; s < j; s++ {
		if a.segmentOf(a.slots[s]) == seg {
			return false
		}
	}
	return true
}

// joinOn has attester i join, then seals block joinBlock+1 until its hash draws
// segment seg for i (attestSegment: the covering draw of i's slot, which must still
// hold seg: canDraw). The test plays the block producer, the one party that can still
// steer a draw (by discarding blocks it made, losing their reward), so that each test
// gets the roles it needs: a retry forks the chain back to the join block and seals
// the next block one second later (another hash). It returns the join block.
func (a *audited) joinOn(i int, seg uint64) uint64 {
	a.t.Helper()
	if !a.canDraw(seg) {
		a.t.Fatalf("segment %d is already drawn in the pass of the next slot", seg)
	}
	r, err := a.join(i)
	if err != nil {
		a.t.Fatalf("join %d: %v", i, err)
	}
	sim, ok := a.sim.(*chain.Sim)
	if !ok {
		a.t.Fatal("joinOn forks the chain: it needs the simulated backend")
	}
	for k := 1; k <= 64; k++ {
		if k > 1 {
			if err := sim.Simulated().Fork(r.BlockHash); err != nil {
				a.t.Fatal(err)
			}
		}
		if err := a.sim.Advance(a.ctx, time.Duration(k)*time.Second); err != nil {
			a.t.Fatal(err)
		}
		// one more block: calls and estimates run at the head, and attestSegment and
		// attest need block.number > joinBlock+1
		if err := a.sim.Mine(a.ctx); err != nil {
			a.t.Fatal(err)
		}
		if a.segmentOf(i) == seg {
			return r.BlockNumber.Uint64()
		}
	}
	a.t.Fatalf("64 blocks after the join of %d never drew segment %d", i, seg)
	return 0
}

// closeFillers closes the fillers' attestations (joined, never committed: after the
// reveals, each stake to the pool and each fee back to the submitter) and returns the
// stake they added to the pool.
func (a *audited) closeFillers() *big.Int {
	a.t.Helper()
	for _, i := range a.filler {
		if err := a.close(i, false); err != nil {
			a.t.Fatalf("close filler %d: %v", i, err)
		}
	}
	return new(big.Int).Mul(a.audit.AttestStake, big.NewInt(int64(len(a.filler))))
}

// drawn is k fresh attester accounts, joined and drawn to segment seg (joinOn). Where
// an earlier slot of the pass already drew seg, a fresh account joins first and takes
// the pass's next slot (a filler: it never attests, and closes Unrevealed), until a
// new pass starts.
func (a *audited) drawn(seg uint64, k int) []int {
	a.t.Helper()
	var out []int
	for len(out) < k {
		i := attesterPool[a.used]
		a.used++
		if !a.canDraw(seg) {
			if _, err := a.join(i); err != nil {
				a.t.Fatalf("join filler %d: %v", i, err)
			}
			for range 2 { // its draw readable: block.number > joinBlock+1
				if err := a.sim.Mine(a.ctx); err != nil {
					a.t.Fatal(err)
				}
			}
			a.filler = append(a.filler, i)
			continue
		}
		a.joinOn(i, seg)
		out = append(out, i)
	}
	return out
}

func salt(i int) [32]byte { return [32]byte{byte(i), 0x5a} }

func (a *audited) attest(i int, endHash [32]byte) error {
	return a.do(i, a.tm.PackAttest(a.id, onchain.AttestCommitment(a.id.Uint64(), a.addr(i), endHash, salt(i))), "attest")
}

func (a *audited) reveal(i int, endHash [32]byte) error {
	return a.do(i, a.tm.PackRevealAttestation(a.id, endHash, salt(i)), "revealAttestation")
}

// revealSecret reveals the solver's secret with the opening of its decoy's float in the
// true state f+1 when forced.
func (a *audited) revealSecret() error { return a.revealSecretWith(a.open) }

// revealSecretWith reveals the secret with open (nil: an empty opening) and the trace
// proof of leaf f+1.
func (a *audited) revealSecretWith(open *checkpoint.FloatProof) error {
	proof := [][32]byte{}
	if a.forced {
		proof = p32(model.NewTree(a.hashes).Prove(a.f + 1))
	}
	o := noOpening()
	if open != nil {
		o = onchain.DecoyOpeningOf(open)
	}
	return a.do(accSolver, a.tm.PackRevealSecret(a.id, a.secret, proof, o), "revealSecret")
}

func noOpening() taskmarket.TaskMarketDecoyOpening {
	return taskmarket.TaskMarketDecoyOpening{TensorIndex: new(big.Int), Element: new(big.Int), DataPath: [][32]byte{}, StatePath: [][32]byte{}}
}

// closeOutcome closes i's attestation and returns the outcome its event reports.
func (a *audited) closeOutcome(i int, withProof bool) (uint8, error) {
	proof := [][32]byte{}
	if withProof {
		proof = p32(model.NewTree(a.hashes).Prove(a.attestation(i).Segment + 1))
	}
	r, err := a.send(accOutsider, a.market, a.tm.PackCloseAttestation(a.id, a.addr(i), proof), nil)
	a.checkInvariant("closeAttestation")
	if err != nil {
		return 0, err
	}
	for _, l := range r.Logs {
		if ev, err := a.tm.UnpackAttestationClosedEvent(l); err == nil {
			return ev.Outcome, nil
		}
	}
	return 0, fmt.Errorf("close of %d: no AttestationClosed event", i)
}

// close closes i's attestation, with the proof of its end leaf in the final trace when
// withProof.
func (a *audited) close(i int, withProof bool) error {
	_, err := a.closeOutcome(i, withProof)
	return err
}

// probe is what a probing lazy attester of segment seg attests: it fetches the posted
// checkpoint seg+1 from the solver's checkpoint server (a real store over HTTP, serving
// every true checkpoint and, when forced, the decoy) and attests the root of what it
// gets; only a checkpoint that is not served would make it compute.
func (a *audited) probe(seg uint64) [32]byte {
	a.t.Helper()
	st, err := store.Open(a.t.(*testing.T).TempDir())
	if err != nil {
		a.t.Fatal(err)
	}
	served := []*checkpoint.State{}
	for s := uint64(0); s <= mSteps; s += mInterval {
		served = append(served, a.views[1].CheckpointState(s))
	}
	if a.forced {
		served = append(served, a.decoy)
	}
	for _, c := range served {
		if _, err := st.Put(a.ctx, c); err != nil {
			a.t.Fatal(err)
		}
	}
	srv := httptest.NewServer(store.NewHandler(st, nil))
	defer srv.Close()
	got, err := (&store.Client{BaseURL: srv.URL, Attempts: 1}).Fetch(a.ctx, a.posted[seg+1])
	if err != nil {
		a.t.Fatalf("the posted checkpoint %d is not served: %v", seg+1, err)
	}
	return got.Hash()
}

// wantRevert fails unless err is the market's custom error T.
func wantRevert[T any](t *testing.T, err error, tm *taskmarket.TaskMarket, what string) {
	t.Helper()
	if !revertsWith(err, tm, func(x any) bool { _, ok := x.(*T); return ok }) {
		var zero T
		t.Fatalf("%s: got %v, want revert %T", what, err, zero)
	}
}

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: %v, want %v", what, got, want)
	}
}

func plus(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

// TestAuditForcedErrorJackpot: an always-forced task. The solver posts the decoy (a
// real state it serves); two diligent attesters of the forced segment reveal the true
// hash and share the jackpot (capped by the pool); a probing lazy one fetches its end
// checkpoint, finds it served (the decoy), attests its root and loses its stake to the
// pool (Lazy); one never reveals and loses it too; the attester of segment f+1 (which
// started at the decoy) is Void: stake back, no fee; the trace root is restored at the
// secret reveal; the honest solver is paid. Fees: paid for a proven agreeing
// attestation only.
func TestAuditForcedErrorJackpot(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	audit := auditOf(10000)
	audit.AttestFee, audit.MaxAttesters = milli(100), 8
	a := newAuditedAt(t, 0, audit, truth, truth)
	tm := a.tm
	if !a.forced || a.f != 0 || a.posted[1] != a.decoy.Hash() || a.posted[1] == a.hashes[1] || a.posted[0] != a.hashes[0] || a.posted[2] != a.hashes[2] {
		t.Fatal("an always-forced 2-segment task must post the decoy at leaf 1 and nothing else")
	}
	a.commit(a.posted)
	ch := taskmarket.TaskMarketChallenge{Segment: 0, Start: a.posted[0], StartProof: p32(model.NewTree(a.posted).Prove(0)),
		End: a.posted[1], EndProof: p32(model.NewTree(a.posted).Prove(1))}
	wantRevert[taskmarket.TaskMarketSecretNotRevealed](t, a.do(accChallenger, tm.PackChallenge(a.id, ch), "early challenge"), tm, "challenge before the secret")
	_, err := a.join(accSolver)
	wantRevert[taskmarket.TaskMarketSolverCannotAttest](t, err, tm, "solver joins")

	seg0, seg1 := a.drawn(0, 4), a.drawn(1, 1)
	d1, d2, lazy, silent, other := seg0[0], seg0[1], seg0[2], seg0[3], seg1[0]
	probed := a.probe(0)
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{d1, a.hashes[1]}, {d2, a.hashes[1]}, {lazy, probed}, {silent, a.hashes[1]}, {other, a.hashes[2]}} {
		if err := a.attest(c.who, c.h); err != nil {
			t.Fatalf("attest %d: %v", c.who, err)
		}
	}
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.attest(d1, a.hashes[1]), tm, "second attestation")
	_, err = a.join(d1)
	wantRevert[taskmarket.TaskMarketAlreadyAttested](t, err, tm, "second join")
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.reveal(d1, a.hashes[1]), tm, "reveal in the attest window")
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	_, err = a.join(attesterPool[a.used])
	wantRevert[taskmarket.TaskMarketTooLate](t, err, tm, "join after the window")
	_ = seg1
	wantRevert[taskmarket.TaskMarketBadReveal](t, a.reveal(d1, a.hashes[2]), tm, "reveal of another hash")
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{d1, a.hashes[1]}, {d2, a.hashes[1]}, {lazy, probed}, {other, a.hashes[2]}} {
		if err := a.reveal(c.who, c.h); err != nil {
			t.Fatalf("reveal %d: %v", c.who, err)
		}
	}
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.revealSecret(), tm, "secret during the reveals")
	wantRevert[taskmarket.TaskMarketWrongStatus](t, a.close(d1, true), tm, "close before the task ends")
	a.advanceTo(st.RevealEnd + 1)
	wantRevert[taskmarket.TaskMarketBadSecret](t, a.do(accSolver, tm.PackRevealSecret(a.id, [32]byte{9}, [][32]byte{}, noOpening()), "bad secret"), tm, "wrong secret")
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	st = a.state()
	if !st.Forced || st.ForcedSegment != 0 || st.Finders != 2 || st.TrueLeaf != a.hashes[1] || st.Decoy != a.posted[1] {
		t.Fatalf("after the reveal: %+v", st)
	}
	if a.task().TraceRoot != model.NewTree(a.hashes).Root() {
		t.Fatal("the trace root is not the true one after the reveal")
	}
	// the pool held one jackpot fee: min(jackpot 2, pool 1) split between two finders
	wantEq(t, "jackpot share", st.JackpotShare, milli(500))
	wantEq(t, "pool after the reservation", a.pool(), new(big.Int))
	if err := a.close(silent, false); err != nil {
		t.Fatalf("close the unrevealed attestation: %v", err)
	}
	wantEq(t, "pool after the unrevealed stake", a.pool(), eth(1))
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	for _, c := range []struct {
		who     int
		proof   bool
		outcome uint8
	}{{d1, true, onchain.OutcomeReleased}, {d2, false, onchain.OutcomeReleased}, {lazy, true, onchain.OutcomeLazy}, {other, true, onchain.OutcomeVoid}} {
		if o, err := a.closeOutcome(c.who, c.proof); err != nil || o != c.outcome {
			t.Fatalf("close %d: outcome %d, want %d (%v)", c.who, o, c.outcome, err)
		}
	}
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.close(d1, true), tm, "second close")
	dep := eth(auditDeposit)
	wantEq(t, "diligent finder with proof", a.free(d1), plus(dep, milli(500), milli(100)))
	wantEq(t, "diligent finder without proof", a.free(d2), plus(dep, milli(500)))
	wantEq(t, "lazy attester", a.free(lazy), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "unrevealed attester", a.free(silent), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "void attester of segment f+1", a.free(other), dep)
	wantEq(t, "solver", a.free(accSolver), plus(dep, eth(2)))
	// the fillers that moved the covering draw to its next pass: their stakes to the pool
	fill := a.closeFillers()
	// the submitter paid from its wallet; back to its free balance: 3 slots' fees besides
	// the five attesters' (unused, or the fillers', unearned) and 4 unearned fees (d2
	// without proof, lazy, silent, void)
	wantEq(t, "submitter", a.free(accSubmitter), plus(dep, milli(700)))
	wantEq(t, "pool at the end", a.pool(), plus(eth(2), fill))
	for _, i := range append([]int{accSolver}, seg0...) {
		wantEq(t, fmt.Sprintf("locked %d", i), a.locked(i), new(big.Int))
	}
	if st := a.state(); st.JackpotHeld.Sign() != 0 || st.FeesHeld.Sign() != 0 {
		t.Fatalf("escrow left: jackpot %v fees %v", st.JackpotHeld, st.FeesHeld)
	}
}

// TestAuditForcedLastSegment: the forced segment may be the last one, whose decoy is
// the final leaf (the committed result). Before, it never was, so an attester of the
// last segment could attest the posted final root without computing at no risk
// (incentives: the selectively lazy attester was lazy there at any stake), and a lie
// confined to the last segment went unchecked by rational attesters. Now the lazy
// attester of the last segment reveals the decoy and is slashed; the diligent one
// finds the jackpot; the reveal restores the final root, and the solver is paid.
func TestAuditForcedLastSegment(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	audit := auditOf(10000)
	audit.AttestFee, audit.MaxAttesters = milli(100), 8
	a := newAuditedAt(t, 1, audit, truth, truth)
	n := len(a.hashes) - 1
	if a.posted[n] != a.decoy.Hash() || a.posted[n] == a.hashes[n] {
		t.Fatal("forced on the last segment: the final leaf must be the decoy")
	}
	a.commit(a.posted)
	if a.task().FinalRoot != a.decoy.Hash() {
		t.Fatal("until the reveal the final root is the decoy")
	}
	seg := a.drawn(1, 2)
	diligent, lazy := seg[0], seg[1]
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{diligent, a.hashes[n]}, {lazy, a.posted[n]}} {
		if err := a.attest(c.who, c.h); err != nil {
			t.Fatalf("attest %d: %v", c.who, err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{diligent, a.hashes[n]}, {lazy, a.posted[n]}} {
		if err := a.reveal(c.who, c.h); err != nil {
			t.Fatalf("reveal %d: %v", c.who, err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	if st := a.state(); !st.Forced || st.ForcedSegment != 1 || st.Finders != 1 || st.TrueLeaf != a.hashes[n] {
		t.Fatalf("after the reveal: %+v", st)
	}
	if tk := a.task(); tk.FinalRoot != a.hashes[n] || tk.TraceRoot != model.NewTree(a.hashes).Root() {
		t.Fatal("the reveal must restore the true final root and trace root")
	}
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, a.tm.PackFinalize(a.id), "finalize")
	for _, c := range []struct {
		who     int
		outcome uint8
	}{{diligent, onchain.OutcomeReleased}, {lazy, onchain.OutcomeLazy}} {
		if o, err := a.closeOutcome(c.who, true); err != nil || o != c.outcome {
			t.Fatalf("close %d: outcome %d, want %d (%v)", c.who, o, c.outcome, err)
		}
	}
	dep := eth(auditDeposit)
	wantEq(t, "lazy attester of the last segment", a.free(lazy), new(big.Int).Sub(dep, eth(1)))
	if a.free(diligent).Cmp(plus(dep, milli(100))) <= 0 {
		t.Fatalf("the diligent attester of the last segment earned %v over its deposit, want the fee and a jackpot share", delta(a.free(diligent), dep))
	}
	wantEq(t, "solver", a.free(accSolver), plus(dep, eth(2)))
}

// TestAuditUnrevealedSecret: a solver that does not reveal its secret (forced but it did
// not post the decoy, or posted one made with another mask, so it cannot; or it just
// does not) fails the task at secretEnd and is slashed as for a missed commit;
// attesters get their stakes back.
func TestAuditUnrevealedSecret(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	for _, c := range []struct {
		name      string
		bps       uint16
		wrongMask bool
	}{{"forced, true leaf posted", 10000, false}, {"forced, decoy of another mask", 10000, true}, {"not forced", 0, false}} {
		t.Run(c.name, func(t *testing.T) {
			bps := c.bps
			a := newAudited(t, 2, auditOf(bps), truth, truth)
			tm := a.tm
			list := a.hashes // no decoy
			if c.wrongMask {
				// the right element, flipped with a mask that is not decoyMask(secret, id)
				d := truth.CheckpointState((a.f + 1) * mInterval)
				list = append([][32]byte(nil), a.hashes...)
				tn := &d.Tensors[a.open.TensorIndex]
				keep := tn.Data[a.open.Element]
				tn.Data[a.open.Element] = math.Float32frombits(a.open.ValueBits ^ onchain.DecoyMask(a.secret, a.id.Uint64()) ^ 2)
				list[a.f+1] = d.Hash()
				tn.Data[a.open.Element] = keep // the world's state is shared
				if d.Hash() != a.hashes[a.f+1] {
					t.Fatal("the world's state was not restored")
				}
			}
			a.commit(list)
			w := a.drawn(1, 1)[0]
			if err := a.attest(w, a.hashes[2]); err != nil {
				t.Fatal(err)
			}
			st := a.state()
			a.advanceTo(st.AttestEnd + 1)
			if err := a.reveal(w, a.hashes[2]); err != nil {
				t.Fatal(err)
			}
			a.advanceTo(st.RevealEnd + 1)
			if bps == 10000 {
				wantRevert[taskmarket.TaskMarketBadProof](t, a.revealSecret(), tm, "forced reveal without the decoy posted")
			}
			wantRevert[taskmarket.TaskMarketTooEarly](t, a.do(accOutsider, tm.PackFinalize(a.id), "early finalize"), tm, "finalize before secretEnd")
			a.advanceTo(st.SecretEnd + 1)
			wantRevert[taskmarket.TaskMarketTooLate](t, a.revealSecret(), tm, "secret after secretEnd")
			a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
			if a.task().Status != 6 {
				t.Fatalf("status %d, want Failed", a.task().Status)
			}
			dep := eth(auditDeposit)
			wantEq(t, "solver", a.free(accSolver), new(big.Int).Sub(dep, eth(2)))
			wantEq(t, "solver locked", a.locked(accSolver), new(big.Int))
			// paid from its wallet; back: the reward and half the stake
			wantEq(t, "submitter", a.free(accSubmitter), plus(dep, eth(3)))
			if err := a.close(w, true); err != nil {
				t.Fatal(err)
			}
			wantEq(t, "attester", a.free(w), dep)
			wantEq(t, "pool", a.pool(), eth(1))
		})
	}
}

// TestAuditDecoyOpenings: the forced solver's decoy is a real state whose root is the
// posted leaf f+1; revealSecret recomputes the true and the decoy roots from one
// opening of the true state and refuses (BadProof) an opening of another element, of
// another state, of the decoy itself, with a wrong data or state path, header or an
// index beyond its path; the right opening restores the true root.
func TestAuditDecoyOpenings(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	a := newAudited(t, 7, auditOf(10000), truth, truth)
	tm := a.tm
	if err := a.decoy.Validate(); err != nil || a.posted[a.f+1] != a.decoy.Hash() {
		t.Fatalf("the decoy is not a valid state at the posted leaf: %v", err)
	}
	a.commit(a.posted)
	st := a.state()
	a.advanceTo(st.RevealEnd + 1)
	trueState := truth.CheckpointState((a.f + 1) * mInterval)
	ti, e := int(a.open.TensorIndex), int(a.open.Element)
	prove := func(s *checkpoint.State, ti, e int) *checkpoint.FloatProof {
		p, err := checkpoint.ProveFloat(s, ti, e)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tamper := func(f func(p *checkpoint.FloatProof)) *checkpoint.FloatProof {
		p := *a.open
		p.DataPath = append(p.DataPath[:0:0], p.DataPath...)
		p.StatePath = append(p.StatePath[:0:0], p.StatePath...)
		f(&p)
		return &p
	}
	n := len(trueState.Tensors[ti].Data)
	for _, c := range []struct {
		name string
		open *checkpoint.FloatProof
	}{
		{"no opening", nil},
		{"next element", prove(trueState, ti, (e+1)%n)},
		{"same leaf, next slot", tamper(func(p *checkpoint.FloatProof) { p.Element ^= 1 })},
		{"another tensor", prove(trueState, (ti+1)%len(trueState.Tensors), 0)},
		{"checkpoint f", prove(truth.CheckpointState(a.f*mInterval), ti, e)},
		{"the decoy itself", prove(a.decoy, ti, e)},
		{"wrong data path", tamper(func(p *checkpoint.FloatProof) {
			if len(p.DataPath) == 0 {
				p.DataPath = append(p.DataPath, [32]byte{1})
			} else {
				p.DataPath[0][0] ^= 1
			}
		})},
		{"wrong state path", tamper(func(p *checkpoint.FloatProof) { p.StatePath[len(p.StatePath)-1][0] ^= 1 })},
		{"wrong header", tamper(func(p *checkpoint.FloatProof) { p.HeaderHash[0] ^= 1 })},
		{"index beyond the data path", tamper(func(p *checkpoint.FloatProof) {
			p.Element += uint64(checkpoint.FloatsPerLeaf) << len(p.DataPath)
		})},
		{"tensor index beyond the state path", tamper(func(p *checkpoint.FloatProof) { p.TensorIndex += 1 << len(p.StatePath) })},
	} {
		wantRevert[taskmarket.TaskMarketBadProof](t, a.revealSecretWith(c.open), tm, c.name)
	}
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	st = a.state()
	if !st.Forced || st.Decoy != a.posted[a.f+1] || st.TrueLeaf != a.hashes[a.f+1] || a.task().TraceRoot != model.NewTree(a.hashes).Root() {
		t.Fatalf("after the reveal: decoy %x (posted %x), true leaf %x (want %x)", st.Decoy, a.posted[a.f+1], st.TrueLeaf, a.hashes[a.f+1])
	}
}

// TestAuditVoidSegment: on a forced task the attestations of segment f+1 (whose start
// was the decoy) are void whatever they revealed (the truth, the liar's checkpoint,
// garbage): disputing one reverts VoidAttestation; closing unlocks the stake and pays
// no fee (it returns to the submitter). An unrevealed one is still slashed.
func TestAuditVoidSegment(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	audit := auditOf(10000)
	audit.AttestFee, audit.MaxAttesters = milli(100), 8
	a := newAuditedAt(t, 0, audit, truth, truth) // segment f+1 = 1 exists
	tm := a.tm
	a.commit(a.posted)
	seg1 := a.drawn(a.f+1, 4)
	ends := [][32]byte{a.hashes[2], liar.StateRoot(mSteps), {0xbb}, a.hashes[2]}
	for k, i := range seg1[:4] {
		if err := a.attest(i, ends[k]); err != nil {
			t.Fatal(err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for k, i := range seg1[:3] { // the fourth never reveals
		if err := a.reveal(i, ends[k]); err != nil {
			t.Fatal(err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	tr := model.NewTree(a.hashes)
	for k, i := range seg1[:3] {
		c := taskmarket.TaskMarketChallenge{Segment: a.f + 1, Start: a.hashes[a.f+1], StartProof: p32(tr.Prove(a.f + 1)), End: ends[k], EndProof: [][32]byte{}}
		wantRevert[taskmarket.TaskMarketVoidAttestation](t, a.do(accChallenger, tm.PackDisputeAttestation(a.id, a.addr(i), c), "dispute void"), tm, fmt.Sprintf("dispute of void attestation %d", k))
	}
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	sub0 := a.free(accSubmitter)
	dep := eth(auditDeposit)
	for k, i := range seg1[:4] {
		want, wantFree := onchain.OutcomeVoid, dep
		if k == 3 {
			want, wantFree = onchain.OutcomeUnrevealed, new(big.Int).Sub(dep, eth(1))
		}
		if o, err := a.closeOutcome(i, true); err != nil || o != want {
			t.Fatalf("close of attester %d: outcome %d, want %d (%v)", k, o, want, err)
		}
		wantEq(t, fmt.Sprintf("attester %d", k), a.free(i), wantFree)
		wantEq(t, fmt.Sprintf("attester %d locked", k), a.locked(i), new(big.Int))
	}
	// every fee of the four returns to the submitter
	wantEq(t, "submitter", new(big.Int).Sub(a.free(accSubmitter), sub0), milli(400))
}

// playAttestationDispute opens a dispute of attester's attestation by challenger and
// plays it to the end with the model strategies: the attester plays from view av (its
// endHash is av's checkpoint), the challenger from cv; then it settles.
func (a *audited) playAttestationDispute(attester, challenger int, av, cv *model.World) model.Result {
	a.t.Helper()
	res, _ := a.playAttestationDisputeGame(attester, challenger, av, cv)
	return res
}

// playAttestationDisputeGame is playAttestationDispute that also returns the game.
func (a *audited) playAttestationDisputeGame(attester, challenger int, av, cv *model.World) (model.Result, *big.Int) {
	a.t.Helper()
	game, at := a.openAttestationDispute(attester, challenger)
	return a.playAttestationGame(game, at, attester, challenger, av, cv), game
}

// openAttestationDispute has challenger dispute attester's attestation (over its own
// segment and end hash) and returns the game and the time it opened.
func (a *audited) openAttestationDispute(attester, challenger int) (*big.Int, uint64) {
	a.t.Helper()
	att := a.attestation(attester)
	seg := att.Segment
	tr := model.NewTree(a.hashes)
	c := taskmarket.TaskMarketChallenge{Segment: seg, Start: a.hashes[seg], StartProof: p32(tr.Prove(seg)), End: att.EndHash, EndProof: [][32]byte{}}
	r, err := a.send(challenger, a.market, a.tm.PackDisputeAttestation(a.id, a.addr(attester), c), nil)
	if err != nil {
		a.t.Fatalf("disputeAttestation: %v", err)
	}
	a.checkInvariant("after disputeAttestation")
	game := a.openedGame(r)
	if d := a.disputeOf(game); d.Challenger != a.addr(challenger) || d.Attester != a.addr(attester) || d.Segment != seg || d.Task != a.id.Uint64() {
		a.t.Fatalf("disputeOf(%v): %+v", game, d)
	}
	if now := a.attestation(attester); now.State != onchain.AttDisputed || now.Disputes != att.Disputes+1 {
		a.t.Fatalf("disputed attestation: %+v, had %d disputes", now, att.Disputes)
	}
	return game, a.blockTime(r)
}

// playAttestationGame plays game, a dispute of attester's attestation by challenger
// opened at openedAt, to the end with the model strategies (the attester from view av,
// the challenger from cv), then settles it.
func (a *audited) playAttestationGame(game *big.Int, openedAt uint64, attester, challenger int, av, cv *model.World) model.Result {
	a.t.Helper()
	att := a.attestation(attester)
	seg := att.Segment
	g, err := model.New(cv.Setup(av, seg*mInterval, mInterval, 3600), 4, openedAt)
	if err != nil {
		a.t.Fatal(err)
	}
	if g.S.Disputed != att.EndHash || g.S.Agreed != a.hashes[seg] {
		a.t.Fatal("the model's setup is not the attestation's")
	}
	ls := &lockstep{e: a.env, id: game, g: g, seats: &[2]int{attester, challenger}}
	wantRevert[taskmarket.TaskMarketGamePending](a.t.(*testing.T), a.do(accOutsider, a.tm.PackSettleAttestation(a.id, a.addr(attester), game), "early settle"), a.tm, "settle a pending game")
	res, _, err := model.Play(ls, model.HonestSolver{V: av, Spec: av.Spec}, model.HonestChallenger{V: cv}, nil, 0)
	if err != nil || len(ls.diverged) > 0 {
		a.t.Fatalf("play: %v %v", err, ls.diverged)
	}
	a.must(accOutsider, a.tm.PackSettleAttestation(a.id, a.addr(attester), game), "settleAttestation")
	return res
}

// TestAttestationDisputes: a whistleblower disputes a wrong attestation through the
// pinpoint game (the attester in the solver's seat) and takes the bounty of its
// stake; a griefer disputes a correct attestation and loses its bond to the attester,
// whose attestation stands and is released at the end, then challenges the honest
// solver and loses a second bond.
func TestAttestationDisputes(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	if truth.StateRoot(mInterval) != liar.StateRoot(mInterval) || truth.StateRoot(mSteps) == liar.StateRoot(mSteps) {
		t.Fatal("the fault must leave checkpoint 1 and change checkpoint 2")
	}
	a := newAudited(t, 3, auditOf(0), truth, truth)
	tm := a.tm
	a.commit(a.posted)
	seg1 := a.drawn(1, 2)
	wrong, right := seg1[0], seg1[1]
	if err := a.attest(wrong, liar.StateRoot(mSteps)); err != nil {
		t.Fatal(err)
	}
	if err := a.attest(right, a.hashes[2]); err != nil {
		t.Fatal(err)
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{wrong, liar.StateRoot(mSteps)}, {right, a.hashes[2]}} {
		if err := a.reveal(c.who, c.h); err != nil {
			t.Fatal(err)
		}
	}
	tr := model.NewTree(a.hashes)
	early := taskmarket.TaskMarketChallenge{Segment: 1, Start: a.hashes[1], StartProof: p32(tr.Prove(1)), End: liar.StateRoot(mSteps), EndProof: [][32]byte{}}
	wantRevert[taskmarket.TaskMarketSecretNotRevealed](t, a.do(accChallenger, tm.PackDisputeAttestation(a.id, a.addr(wrong), early), "early dispute"), tm, "dispute before the secret")
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	wantRevert[taskmarket.TaskMarketSelfChallenge](t, a.do(wrong, tm.PackDisputeAttestation(a.id, a.addr(wrong), early), "self dispute"), tm, "self dispute")
	bad := early
	bad.End = a.hashes[2]
	wantRevert[taskmarket.TaskMarketBadProof](t, a.do(accChallenger, tm.PackDisputeAttestation(a.id, a.addr(wrong), bad), "other end"), tm, "dispute naming another end hash")

	dep := eth(auditDeposit)
	if res := a.playAttestationDispute(wrong, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower vs wrong attester: %v", res)
	}
	wantEq(t, "whistleblower", a.free(accChallenger), plus(dep, milli(100)))
	wantEq(t, "wrong attester", a.free(wrong), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "wrong attester locked", a.locked(wrong), new(big.Int))
	if s := a.attestation(wrong).State; s != onchain.AttClosed {
		t.Fatalf("wrong attestation state %d, want Closed", s)
	}

	if res := a.playAttestationDispute(right, accOutsider, truth, liar); res != model.SolverWins {
		t.Fatalf("griefer vs right attester: %v", res)
	}
	wantEq(t, "griefer", a.free(accOutsider), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "right attester", a.free(right), plus(new(big.Int).Sub(dep, eth(1)), milli(500)))
	if s := a.attestation(right).State; s != onchain.AttRevealed {
		t.Fatalf("right attestation state %d after winning, want Revealed", s)
	}
	// the griefer also challenges the honest solver on segment 1, believing the liar
	c := taskmarket.TaskMarketChallenge{Segment: 1, Start: a.hashes[1], StartProof: p32(tr.Prove(1)), End: a.hashes[2], EndProof: p32(tr.Prove(2))}
	r := a.mustSend(accOutsider, a.market, tm.PackChallenge(a.id, c), nil)
	game := a.openedGame(r)
	g, err := model.New(liar.Setup(truth, mInterval, mInterval, 3600), 4, a.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ls := &lockstep{e: a.env, id: game, g: g, seats: &[2]int{accSolver, accOutsider}}
	res, _, err := model.Play(ls, model.HonestSolver{V: truth, Spec: truth.Spec}, model.HonestChallenger{V: liar}, nil, 0)
	if err != nil || len(ls.diverged) > 0 || res != model.SolverWins {
		t.Fatalf("griefer vs honest solver: %v %v %v", res, err, ls.diverged)
	}
	a.must(accOutsider, tm.PackSettle(a.id, game), "settle")
	wantEq(t, "griefer after both", a.free(accOutsider), new(big.Int).Sub(dep, eth(2)))
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if err := a.close(right, true); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "right attester at the end", a.free(right), plus(dep, milli(500)))
	wantEq(t, "solver", a.free(accSolver), plus(dep, eth(2), milli(500)))
	// the griefer's two bonds' remainders; the wrong stake went to the pool, less the bounty
	wantEq(t, "treasury", a.free(accTreasury), eth(1))
}

// TestAuditVouchingAttesterDisputed: a lying solver loses a dispute on segment 1; the
// attester that vouched for its wrong checkpoint is not judged by that loss but by its
// own dispute, which the winner opens on the Failed task before windowEnd and wins;
// the one that attested the truth gets its stake back at windowEnd; on a Failed task
// every fee returns to the submitter.
func TestAuditVouchingAttesterDisputed(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	audit := auditOf(0)
	audit.AttestFee, audit.MaxAttesters = milli(100), 4
	a := newAudited(t, 4, audit, truth, liar)
	tm := a.tm
	a.commit(a.posted)
	seg1 := a.drawn(1, 2)
	vouch, right := seg1[0], seg1[1]
	if err := a.attest(vouch, liar.StateRoot(mSteps)); err != nil {
		t.Fatal(err)
	}
	if err := a.attest(right, truth.StateRoot(mSteps)); err != nil {
		t.Fatal(err)
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	if err := a.reveal(vouch, liar.StateRoot(mSteps)); err != nil {
		t.Fatal(err)
	}
	if err := a.reveal(right, truth.StateRoot(mSteps)); err != nil {
		t.Fatal(err)
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	tr := model.NewTree(a.hashes)
	c := taskmarket.TaskMarketChallenge{Segment: 1, Start: a.hashes[1], StartProof: p32(tr.Prove(1)), End: a.hashes[2], EndProof: p32(tr.Prove(2))}
	r := a.mustSend(accChallenger, a.market, tm.PackChallenge(a.id, c), nil)
	game := a.openedGame(r)
	g, err := model.New(truth.Setup(liar, mInterval, mInterval, 3600), 4, a.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ls := &lockstep{e: a.env, id: game, g: g}
	res, _, err := model.Play(ls, model.HonestSolver{V: liar, Spec: liar.Spec}, model.HonestChallenger{V: truth}, nil, 0)
	if err != nil || len(ls.diverged) > 0 || res != model.ChallengerWins {
		t.Fatalf("play: %v %v %v", res, err, ls.diverged)
	}
	a.must(accOutsider, tm.PackSettle(a.id, game), "settle")
	if st, tk := a.state(), a.task(); !st.SolverLost || st.ChallengedSegment != 1 || tk.Status != onchain.StatusFailed || tk.Disputes != 0 {
		t.Fatalf("after the lost dispute: %+v, task status %d, disputes %d", st, tk.Status, tk.Disputes)
	}
	// The loss judges no attestation: closing waits for windowEnd, before which the
	// winner disputes the vouching attestation, a game the attester defends and loses.
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.close(vouch, true), tm, "close before windowEnd")
	if res := a.playAttestationDispute(vouch, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("winner vs vouching attester: %v", res)
	}
	a.advanceTo(a.task().WindowEnd)
	if err := a.close(right, true); err != nil {
		t.Fatal(err)
	}
	dep := eth(auditDeposit)
	wantEq(t, "vouching attester", a.free(vouch), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "right attester", a.free(right), dep)
	// the vouching stake: the bounty to the challenger, the rest to the pool (and the
	// stakes of the fillers that moved the covering draw to its next pass)
	fill := a.closeFillers()
	wantEq(t, "pool", a.pool(), plus(eth(1), milli(900), fill))
	// paid from its wallet; back: the reward and every fee (2 unused, 2 unearned on a Failed task)
	wantEq(t, "submitter", a.free(accSubmitter), plus(dep, eth(2), milli(400)))
	wantEq(t, "challenger", a.free(accChallenger), plus(dep, eth(1), milli(100)))
}

// TestThrownDisputeHonestAttestersKeep plays the thrown dispute: a solver with a true
// trace has its own sybil challenge a segment and lets its defence time out, so that
// the honest attesters of that segment would be judged wrong and pay the sybil. The
// solver's lost game judges no attestation: the sybil can only dispute each honest
// attestation in a game its attester defends, and loses its bond there; the honest
// attesters keep their stakes, and the coalition (solver + sybil) loses money.
func TestThrownDisputeHonestAttestersKeep(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	a := newAudited(t, 4, auditOf(0), truth, truth)
	tm := a.tm
	sybil := accChallenger
	coalition := func() *big.Int { return plus(a.free(accSolver), a.locked(accSolver), a.free(sybil), a.locked(sybil)) }
	before := coalition()
	a.commit(a.posted)
	honest := a.drawn(1, 2)
	for _, i := range honest {
		if err := a.attest(i, truth.StateRoot(mSteps)); err != nil {
			t.Fatal(err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, i := range honest {
		if err := a.reveal(i, truth.StateRoot(mSteps)); err != nil {
			t.Fatal(err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	// The sybil challenges the true segment 1; the solver lets its clock run out.
	tr := model.NewTree(a.hashes)
	c := taskmarket.TaskMarketChallenge{Segment: 1, Start: a.hashes[1], StartProof: p32(tr.Prove(1)), End: a.hashes[2], EndProof: p32(tr.Prove(2))}
	game := a.mustOpen(sybil, tm.PackChallenge(a.id, c), "sybil challenge")
	a.advanceTo(a.head().Time + 3601)
	a.mustSend(accOutsider, a.game, a.pg.PackTimeout(game), nil)
	a.must(accOutsider, tm.PackSettle(a.id, game), "settle")
	if !a.state().SolverLost {
		t.Fatal("the thrown dispute did not fail the task")
	}
	// The sybil disputes the first honest attestation: the attester defends its true leaf.
	if res := a.playAttestationDispute(honest[0], sybil, truth, liar); res != model.SolverWins {
		t.Fatalf("sybil vs honest attester: %v", res)
	}
	a.advanceTo(a.task().WindowEnd)
	dep := eth(auditDeposit)
	for k, i := range honest {
		o, err := a.closeOutcome(i, true)
		if err != nil || o != onchain.OutcomeReleased {
			t.Fatalf("honest attester %d: outcome %d (%v)", k, o, err)
		}
		want := dep
		if k == 0 { // it won the sybil's bond share
			want = plus(dep, milli(500))
		}
		wantEq(t, fmt.Sprintf("honest attester %d", k), a.free(i), want)
	}
	if after := coalition(); after.Cmp(before) >= 0 {
		t.Fatalf("the coalition has %v, had %v: it must lose", after, before)
	}
}

// TestAuditHonestSolverNeverSlashed: random others (attesting true, posted, wrong or
// random hashes, revealing or not, disputing attestations, challenging the solver,
// stalling or playing) never cost an honest solver that follows the audit rules
// anything: it ends with its deposit, the reward and the bonds it won. The balance
// invariant is checked after every transaction.
func TestAuditHonestSolverNeverSlashed(t *testing.T) {
	seeds := 6
	if testing.Short() {
		seeds = 2
	}
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	counts := map[string]int{}
	for seed := 1; seed <= seeds; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(seed), 11))
			audit := auditOf([]uint16{0, 5000, 10000}[seed%3])
			if r.IntN(2) == 0 {
				audit.AttestFee, audit.MaxAttesters = milli(10), uint32(4+r.IntN(8))
			}
			a := newAudited(t, uint64(seed), audit, truth, truth)
			a.views = []*model.World{truth, liar}
			tm := a.tm
			a.commit(a.posted)
			// attest phase
			revealed := map[int][32]byte{}
			planned := map[int][32]byte{}
			var joined []int
			for _, i := range attesterPool {
				if r.IntN(3) > 0 && a.do(i, tm.PackJoinAttestation(a.id), "join") == nil {
					joined = append(joined, i)
				}
			}
			if err := a.sim.Mine(a.ctx); err != nil { // the last join's block+1: every segment drawn
				t.Fatal(err)
			}
			for _, i := range joined {
				if r.IntN(8) == 0 {
					continue // joined, never commits: Unrevealed at close
				}
				seg := call(a.env, a.market, tm.PackAttestSegment(a.id, a.addr(i)), tm.UnpackAttestSegment)
				h := [][32]byte{a.hashes[seg+1], a.posted[seg+1], liar.StateRoot((seg + 1) * mInterval), {byte(r.Uint32())}}[r.IntN(4)]
				if a.attest(i, h) == nil {
					planned[i] = h
				}
			}
			st := a.state()
			a.advanceTo(st.AttestEnd + 1)
			for i, h := range planned {
				if r.IntN(5) > 0 {
					if err := a.reveal(i, h); err != nil {
						t.Fatal(err)
					}
					revealed[i] = h
				}
			}
			a.advanceTo(st.RevealEnd + 1)
			if err := a.revealSecret(); err != nil {
				t.Fatal(err)
			}
			// what the solver is owed beyond deposit and reward: half the bond of each
			// challenger it beat, and the results of its own attestation disputes
			extra := new(big.Int)
			// challenge phase: random challenges of the solver and disputes of attestations
			for k := 0; k < 4; k++ {
				if r.IntN(2) == 0 {
					seg := r.Uint64N(2)
					tr := model.NewTree(a.hashes)
					c := taskmarket.TaskMarketChallenge{Segment: seg, Start: a.hashes[seg], StartProof: p32(tr.Prove(seg)), End: a.hashes[seg+1], EndProof: p32(tr.Prove(seg + 1))}
					who := []int{accChallenger, accOutsider, attesterPool[r.IntN(len(attesterPool))]}[r.IntN(3)]
					rc, err := a.send(who, a.market, tm.PackChallenge(a.id, c), nil)
					a.checkInvariant("challenge")
					if err != nil {
						continue
					}
					game := a.openedGame(rc)
					if err := a.playFirstMoveThenTimeout(game, accSolver, truth, true); err != nil {
						t.Fatal(err)
					}
					a.checkInvariant("after the game")
					a.must(accOutsider, tm.PackSettle(a.id, game), "settle")
					extra.Add(extra, milli(500))
					counts["solver challenged"]++
					continue
				}
				var targets []int
				for i := range revealed {
					if a.attestation(i).State == onchain.AttRevealed {
						targets = append(targets, i)
					}
				}
				if len(targets) == 0 {
					continue
				}
				target := targets[r.IntN(len(targets))]
				att := a.attestation(target)
				tr := model.NewTree(a.hashes)
				c := taskmarket.TaskMarketChallenge{Segment: att.Segment, Start: a.hashes[att.Segment], StartProof: p32(tr.Prove(att.Segment)), End: att.EndHash, EndProof: [][32]byte{}}
				who := []int{accChallenger, accOutsider, accSolver}[r.IntN(3)]
				rc, err := a.send(who, a.market, tm.PackDisputeAttestation(a.id, a.addr(target), c), nil)
				a.checkInvariant("disputeAttestation")
				if err != nil {
					continue
				}
				gid := a.openedGame(rc)
				a.stallAttestationGame(gid, target, r.IntN(2) == 0)
				if a.do(accOutsider, tm.PackSettleAttestation(a.id, a.addr(target), gid), "settleAttestation") != nil {
					t.Fatal("settling a timed-out attestation game failed")
				}
				res := call(a.env, a.game, a.pg.PackState(gid), a.pg.UnpackState).Result
				counts[fmt.Sprintf("attestation dispute, result %d", res)]++
				if who == accSolver {
					// every game here ends by timeout: a lost bond, or the attester's
					// forfeit pays its challenger the bounty (the rest to the pool)
					if res != uint8(model.ChallengerWins) {
						extra.Sub(extra, eth(1))
					} else {
						extra.Add(extra, milli(100))
					}
				}
			}
			a.advanceTo(a.task().WindowEnd)
			a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
			for _, i := range joined {
				if s := a.attestation(i).State; s == onchain.AttJoined || s == onchain.AttCommitted || s == onchain.AttRevealed {
					if err := a.close(i, r.IntN(2) == 0); err != nil {
						t.Fatalf("close %d: %v", i, err)
					}
				}
			}
			wantEq(t, "solver free", a.free(accSolver), plus(eth(auditDeposit), eth(2), extra))
			wantEq(t, "solver locked", a.locked(accSolver), new(big.Int))
			if a.task().Status != 5 {
				t.Fatalf("task status %d, want Finalized", a.task().Status)
			}
			if st := a.state(); st.JackpotHeld.Sign() != 0 || st.FeesHeld.Sign() != 0 {
				t.Fatalf("escrow left after every close: jackpot %v fees %v", st.JackpotHeld, st.FeesHeld)
			}
			if a.state().Forced {
				counts["forced"]++
			}
		})
	}
	t.Logf("events over %d seeds: %v", seeds, counts)
	if !testing.Short() && (counts["solver challenged"] == 0 || counts["forced"] == 0 ||
		counts[fmt.Sprintf("attestation dispute, result %d", model.SolverWins)] == 0 ||
		counts[fmt.Sprintf("attestation dispute, result %d", model.ChallengerWins)] == 0) {
		t.Errorf("the random runs missed a case: %v", counts)
	}
}

// stallAttestationGame ends an attestation game by a timeout: the attester (solver
// seat, first to move) stalls, or it makes its first move honestly when it can and the
// challenger stalls.
func (a *audited) stallAttestationGame(gameID *big.Int, attester int, attesterMoves bool) {
	a.t.Helper()
	pg := a.pg
	if attesterMoves {
		a.attesterFirstMove(gameID, attester)
	}
	st := call(a.env, a.game, pg.PackState(gameID), pg.UnpackState)
	left := st.ClockChallenger
	if st.SolverTurn {
		left = st.ClockSolver
	}
	a.advanceTo(st.LastMove + left + 1)
	a.mustSend(accOutsider, a.game, pg.PackTimeout(gameID), nil)
	a.checkInvariant("after a timeout")
}

// attesterFirstMove has the attester (solver seat) make its first move in its game, from
// the view its end hash is a checkpoint of, when it has one (a random end hash has none:
// it makes no move).
func (a *audited) attesterFirstMove(gameID *big.Int, attester int) {
	a.t.Helper()
	att := a.attestation(attester)
	seg := att.Segment
	sp := a.truth.Spec
	s := model.Setup{NodesRoot: sp.NodesTree.Root(), StateMapRoot: sp.StateMap.Root(), DataRoot: sp.DataTree.Root(),
		Agreed: a.hashes[seg], Disputed: att.EndHash, FirstStep: seg * mInterval, SegLen: mInterval,
		NumNodes: uint32(len(sp.Nodes)), StateDepth: sp.StateDepth, Clock: 3600}
	g, err := model.New(s, 4, 0)
	if err != nil {
		return
	}
	for _, v := range a.views {
		if v.StateRoot((seg+1)*mInterval) != att.EndHash {
			continue
		}
		m := model.HonestSolver{V: v, Spec: v.Spec}.Next(g)
		_, _ = a.send(attester, a.game, a.pack(gameID, 0, m), nil)
		return
	}
}

// TestAuditPostValidation: postTask accepts an all-zero audit or a complete one, and
// rejects the rest; cancelling or letting an audited task expire refunds its whole value
// (the jackpot fee has not joined the pool before a claim).
func TestAuditPostValidation(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	e := newEnv(t, 4, chain.WithOsakaRules())
	tm := e.tm
	good := auditOf(100)
	good.AttestFee, good.MaxAttesters = milli(1), 2
	with := func(f func(*taskmarket.TaskMarketAudit)) taskmarket.TaskMarketAudit {
		a := good
		a.AttestStake, a.JackpotFee, a.Jackpot, a.AttestFee = new(big.Int).Set(a.AttestStake), new(big.Int).Set(a.JackpotFee),
			new(big.Int).Set(a.Jackpot), new(big.Int).Set(a.AttestFee)
		f(&a)
		return a
	}
	cost := onchain.AuditCost(good) // 1 ether + 2 milli
	for _, c := range []struct {
		name  string
		audit taskmarket.TaskMarketAudit
		value *big.Int
		ok    bool
	}{
		{"no audit", noAudit(), eth(1), true},
		{"no audit, no reward", noAudit(), new(big.Int), false},
		{"complete", good, plus(eth(1), cost), true},
		{"value covers only the audit", good, cost, false},
		{"bps over 10000", with(func(a *taskmarket.TaskMarketAudit) { a.ForcedErrorBps = 10001 }), plus(eth(1), cost), false},
		{"no reveal window", with(func(a *taskmarket.TaskMarketAudit) { a.RevealWindow = 0 }), plus(eth(1), cost), false},
		{"no stake", with(func(a *taskmarket.TaskMarketAudit) { a.AttestStake = new(big.Int) }), plus(eth(1), cost), false},
		{"fee without a cap", with(func(a *taskmarket.TaskMarketAudit) { a.MaxAttesters = 0 }), plus(eth(1), cost), false},
		{"off but a jackpot set", with(func(a *taskmarket.TaskMarketAudit) { *a = noAudit(); a.Jackpot = eth(1) }), eth(1), false},
		{"off but bps set", with(func(a *taskmarket.TaskMarketAudit) { *a = noAudit(); a.ForcedErrorBps = 1 }), eth(1), false},
	} {
		_, err := e.send(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), c.audit), c.value)
		if (err == nil) != c.ok {
			t.Errorf("%s: accepted %v, want %v (%v)", c.name, err == nil, c.ok, err)
		}
		if !c.ok && c.name == "no reveal window" {
			wantRevert[taskmarket.TaskMarketTermOutOfBounds](t, err, tm, c.name) // bounds: TestPostTaskTermTraps
		} else if !c.ok {
			wantRevert[taskmarket.TaskMarketBadTask](t, err, tm, c.name)
		}
		e.checkInvariant(c.name)
	}
	free := func() *big.Int { return call(e, e.market, tm.PackFree(e.addr(accSubmitter)), tm.UnpackFree) }
	before := free()
	e.mustSend(accSubmitter, e.market, tm.PackCancelTask(big.NewInt(2)), nil) // task 2: the complete audit's
	wantEq(t, "refund of a cancelled audited task", new(big.Int).Sub(free(), before), plus(eth(1), cost))
	e.mustSend(accSubmitter, e.market, tm.PackPostTask(specOf(truth), e.terms(), good), plus(eth(1), cost))
	e.advanceTo(e.head().Time + day + 1)
	before = free()
	e.mustSend(accOutsider, e.market, tm.PackFinalize(call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)), nil)
	wantEq(t, "refund of an expired audited task", new(big.Int).Sub(free(), before), plus(eth(1), cost))
	wantEq(t, "pool", call(e, e.market, tm.PackTotalJackpot(), tm.UnpackTotalJackpot), new(big.Int))
	e.checkInvariant("after the refunds")
}

// TestAuditFinderSlashedReleasesShare: a finder of a forced error that then loses an
// attestation dispute (here on time) is slashed to its challenger, and its reserved
// jackpot share goes back to the pool; the other finder is paid its share.
func TestAuditFinderSlashedReleasesShare(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	a := newAuditedAt(t, 0, auditOf(10000), truth, truth)
	tm := a.tm
	a.commit(a.posted)
	seg0 := a.drawn(0, 2)
	f1, f2 := seg0[0], seg0[1]
	for _, i := range []int{f1, f2} {
		if err := a.attest(i, a.hashes[1]); err != nil {
			t.Fatal(err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, i := range []int{f1, f2} {
		if err := a.reveal(i, a.hashes[1]); err != nil {
			t.Fatal(err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "reserved", a.state().JackpotHeld, eth(1))
	tr := model.NewTree(a.hashes)
	c := taskmarket.TaskMarketChallenge{Segment: 0, Start: a.hashes[0], StartProof: p32(tr.Prove(0)), End: a.hashes[1], EndProof: [][32]byte{}}
	gid := a.mustOpen(accChallenger, tm.PackDisputeAttestation(a.id, a.addr(f2), c), "disputeAttestation")
	a.stallAttestationGame(gid, f2, false)
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(f2), gid), "settleAttestation")
	dep := eth(auditDeposit)
	wantEq(t, "slashed finder", a.free(f2), new(big.Int).Sub(dep, eth(1)))
	// it lost (on time): the bounty to the challenger, the rest of the stake to the pool with the share
	wantEq(t, "challenger", a.free(accChallenger), plus(dep, milli(100)))
	wantEq(t, "pool after the release", a.pool(), plus(milli(500), milli(900)))
	wantEq(t, "reserved after the release", a.state().JackpotHeld, milli(500))
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if err := a.close(f1, false); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "paid finder", a.free(f1), plus(dep, milli(500)))
	wantEq(t, "reserved at the end", a.state().JackpotHeld, new(big.Int))
}

// TestAuditJoinThenAttest: attesting is two transactions. attest before block
// joinBlock+2 reverts (SeedNotReady), whether estimated or mined in block
// joinBlock+1; from then on the segment is the one attestSegment announced (the Go
// twin's covering draw of slot 0, from the hash of block joinBlock+1) and attest stores it; a joined attester
// that never commits is slashed Unrevealed after revealEnd, its fee back to the
// submitter. The balance invariant is checked after every transaction.
func TestAuditJoinThenAttest(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	audit := auditOf(0)
	audit.AttestFee, audit.MaxAttesters = milli(100), 2
	a := newAudited(t, 9, audit, truth, truth)
	tm := a.tm
	a.commit(a.posted)
	x, y := attesterPool[0], attesterPool[1]
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.attest(x, a.hashes[1]), tm, "attest without a join")
	r, err := a.join(x)
	if err != nil {
		t.Fatal(err)
	}
	j := r.BlockNumber.Uint64()
	joined := false
	for _, l := range r.Logs {
		if ev, err := tm.UnpackAttestJoinedEvent(l); err == nil && ev.Attester == a.addr(x) && ev.JoinBlock == j {
			joined = true
		}
	}
	if at := a.attestation(x); !joined || at.State != onchain.AttJoined || at.JoinBlock != j {
		t.Fatalf("after the join: %+v, AttestJoined event %v", at, joined)
	}
	notReady := func(err error) bool {
		return revertsWith(err, tm, func(x any) bool { e, ok := x.(*taskmarket.TaskMarketSeedNotReady); return ok && e.AtBlock == j+2 })
	}
	// estimated at the join block, then mined in block joinBlock+1: refused both times
	if err := a.attest(x, a.hashes[1]); !notReady(err) {
		t.Fatalf("attest estimated at the join block: %v", err)
	}
	if _, err := bind.Call(tm.Instance(a.sim, a.market.Address()), &bind.CallOpts{Context: a.ctx}, tm.PackAttestSegment(a.id, a.addr(x)), tm.UnpackAttestSegment); !notReady(err) {
		t.Fatalf("attestSegment at the join block: %v", err)
	}
	c := onchain.AttestCommitment(a.id.Uint64(), a.addr(x), a.hashes[1], salt(x))
	rc, err := a.sendMined(x, a.market, tm.PackAttest(a.id, c), nil)
	if err == nil || rc == nil || rc.BlockNumber.Uint64() != j+1 {
		t.Fatalf("attest mined in block joinBlock+1: receipt %v, %v", rc, err)
	}
	a.checkInvariant("early attest")
	h, err := a.sim.HeaderByNumber(a.ctx, new(big.Int).SetUint64(j+1))
	if err != nil {
		t.Fatal(err)
	}
	// slot 0, nothing drawn yet: the pool's position r holds segment r
	want := model.DrawIndex(a.task().Seed, h.Hash(), 0, uint64(len(a.hashes)-1))
	if err := a.sim.Mine(a.ctx); err != nil { // head joinBlock+2: the segment is drawn
		t.Fatal(err)
	}
	if got := call(a.env, a.market, tm.PackAttestSegment(a.id, a.addr(x)), tm.UnpackAttestSegment); got != want {
		t.Fatalf("attestSegment %d, Go twin %d", got, want)
	}
	end := a.hashes[want+1]
	r, err = a.send(x, a.market, tm.PackAttest(a.id, onchain.AttestCommitment(a.id.Uint64(), a.addr(x), end, salt(x))), nil)
	a.checkInvariant("attest")
	if err != nil {
		t.Fatal(err)
	}
	var evSeg int64 = -1
	for _, l := range r.Logs {
		if ev, err := tm.UnpackAttestedEvent(l); err == nil {
			evSeg = int64(ev.Segment)
		}
	}
	if at := a.attestation(x); at.State != onchain.AttCommitted || at.Segment != want || evSeg != int64(want) {
		t.Fatalf("committed: %+v, event segment %d, want %d", at, evSeg, want)
	}
	if got := call(a.env, a.market, tm.PackAttestSegment(a.id, a.addr(x)), tm.UnpackAttestSegment); got != want {
		t.Fatalf("attestSegment after the commit %d, want %d", got, want)
	}
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.attest(x, end), tm, "second attest")

	// y joins and never commits
	if _, err := a.join(y); err != nil {
		t.Fatal(err)
	}
	_, err = a.join(attesterPool[2])
	wantRevert[taskmarket.TaskMarketAttestersFull](t, err, tm, "join past maxAttesters")
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	wantRevert[taskmarket.TaskMarketTooLate](t, a.attest(y, a.hashes[1]), tm, "attest after the window")
	if err := a.reveal(x, end); err != nil {
		t.Fatal(err)
	}
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.reveal(y, a.hashes[1]), tm, "reveal of a joined attestation")
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.close(y, false), tm, "close of a joined attestation before revealEnd")
	a.advanceTo(st.RevealEnd + 1)
	pool, sub0 := a.pool(), a.free(accSubmitter)
	if o, err := a.closeOutcome(y, false); err != nil || o != onchain.OutcomeUnrevealed {
		t.Fatalf("close of the joined attestation: outcome %d, %v", o, err)
	}
	dep := eth(auditDeposit)
	wantEq(t, "joined, never committed", a.free(y), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "its lock", a.locked(y), new(big.Int))
	wantEq(t, "pool", new(big.Int).Sub(a.pool(), pool), eth(1))
	wantEq(t, "submitter: the unearned fee", new(big.Int).Sub(a.free(accSubmitter), sub0), milli(100))
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if o, err := a.closeOutcome(x, true); err != nil || o != onchain.OutcomeReleased {
		t.Fatalf("close of the committed attestation: outcome %d, %v", o, err)
	}
	wantEq(t, "attester with its fee", a.free(x), plus(dep, milli(100)))
	if st := a.state(); st.FeesHeld.Sign() != 0 || st.JackpotHeld.Sign() != 0 {
		t.Fatalf("escrow left: fees %v jackpot %v", st.FeesHeld, st.JackpotHeld)
	}
}

// TestAuditAttestExpiresAfter256Blocks: the re-roll attack. Past block joinBlock+1+256
// the hash of block joinBlock+1 is gone, and drawing from the latest block congruent
// to it mod 256 would give a sybil that joined early a fresh segment every 256 blocks
// of a long attest window, to attest only once it draws the forced segment. So attest
// refuses (AttestExpired) after block joinBlock+257: the sybil that waits 300 blocks
// is refused and stays joined, and closes Unrevealed after revealEnd (its stake to the
// pool); a prompt attester still attests, up to block joinBlock+257 itself.
func TestAuditAttestExpiresAfter256Blocks(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	audit := auditOf(0)
	audit.AttestWindow, audit.RevealWindow = 86400, 3600
	a := newAudited(t, 9, audit, truth, truth)
	tm := a.tm
	a.commit(a.posted)
	sybil, x := attesterPool[0], attesterPool[1]
	r, err := a.join(sybil)
	if err != nil {
		t.Fatal(err)
	}
	js := r.BlockNumber.Uint64()
	if err := chain.MineBlocks(a.ctx, a.sim, 300); err != nil {
		t.Fatal(err)
	}
	expired := func(err error) bool {
		return revertsWith(err, tm, func(x any) bool { e, ok := x.(*taskmarket.TaskMarketAttestExpired); return ok && e.LastBlock == js+257 })
	}
	if err := a.attest(sybil, a.hashes[1]); !expired(err) {
		t.Fatalf("attest %d blocks after the join: %v, want AttestExpired", a.head().Number.Uint64()-js, err)
	}
	rc, err := a.sendMined(sybil, a.market, tm.PackAttest(a.id, onchain.AttestCommitment(a.id.Uint64(), a.addr(sybil), a.hashes[1], salt(sybil))), nil)
	if err == nil || rc == nil {
		t.Fatalf("attest mined %d blocks after the join: receipt %v, %v", a.head().Number.Uint64()-js, rc, err)
	}
	a.checkInvariant("expired attest")
	if at := a.attestation(sybil); at.State != onchain.AttJoined {
		t.Fatalf("sybil after the refused attest: %+v", at)
	}

	// a prompt attester: attest mined in block joinBlock+257, the last one allowed
	r, err = a.join(x)
	if err != nil {
		t.Fatal(err)
	}
	jx := r.BlockNumber.Uint64()
	if err := chain.MineBlocks(a.ctx, a.sim, int(jx+256-a.head().Number.Uint64())); err != nil {
		t.Fatal(err)
	}
	seg := call(a.env, a.market, tm.PackAttestSegment(a.id, a.addr(x)), tm.UnpackAttestSegment)
	end := a.hashes[seg+1]
	rc, err = a.sendMined(x, a.market, tm.PackAttest(a.id, onchain.AttestCommitment(a.id.Uint64(), a.addr(x), end, salt(x))), nil)
	if err != nil || rc.BlockNumber.Uint64() != jx+257 {
		t.Fatalf("prompt attest: receipt %v, %v (join %d)", rc, err, jx)
	}
	a.checkInvariant("prompt attest")
	if at := a.attestation(x); at.State != onchain.AttCommitted || at.Segment != seg {
		t.Fatalf("prompt attester: %+v, want committed on segment %d", at, seg)
	}

	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	if err := a.reveal(x, end); err != nil {
		t.Fatal(err)
	}
	a.advanceTo(st.RevealEnd + 1)
	pool := a.pool()
	if o, err := a.closeOutcome(sybil, false); err != nil || o != onchain.OutcomeUnrevealed {
		t.Fatalf("close of the sybil's join: outcome %d, %v", o, err)
	}
	wantEq(t, "pool: the sybil's stake", new(big.Int).Sub(a.pool(), pool), eth(1))
	wantEq(t, "sybil's lock", a.locked(sybil), new(big.Int))
}

// TestAuditSegmentNotGrindable: the attack the join closes. Knowing the seed, a
// solver's sybil can find an address whose assignment is the forced segment f; but
// its attestation segment comes from the hash of the block after its join, which did
// not exist when it joined. Re-sealing that block in 200 ways (fork, one second later
// each time) for each of two addresses joined in fixed blocks spreads the first over
// all n = 8 segments and the second (covering draws) over the 7 the first left; the
// ground address lands on f in a minority of draws (1/8 expected; all of them was the
// attack). Each draw is also read from the contract (attestSegment) and matches the
// Go twin.
func TestAuditSegmentNotGrindable(t *testing.T) {
	const n, tries = 8, 200
	e := newEnv(t, 4, chain.WithOsakaRules(), chain.WithAccounts(24))
	sim := e.sim.(*chain.Sim)
	tm := e.tm
	for _, i := range append([]int{accSubmitter, accSolver}, attesterPool...) {
		e.mustSend(i, e.market, tm.PackDeposit(), eth(auditDeposit))
	}
	hashes := make([][32]byte, n+1)
	for i := range hashes {
		hashes[i] = [32]byte{byte(i), 0xaa}
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: hashes[0], Steps: n, Interval: 1, NumNodes: 1, StateDepth: 1}
	audit := auditOf(0)
	audit.AttestWindow = 10 * day // room for every re-sealed block's second
	e.mustSend(accSubmitter, e.market, tm.PackPostTask(spec, e.terms(), audit), plus(eth(2), onchain.AuditCost(audit)))
	id := call(e, e.market, tm.PackTaskCount(), tm.UnpackTaskCount)
	e.mustSend(accSolver, e.market, tm.PackClaimTask(id, [32]byte{}), nil)
	if err := chain.MineBlocks(e.ctx, sim, 5); err != nil {
		t.Fatal(err)
	}
	tr := model.NewTree(hashes)
	e.mustSend(accSolver, e.market, tm.PackCommitTrace(id, tr.Leaves()), nil)
	if err := chain.MineBlocks(e.ctx, sim, 5); err != nil {
		t.Fatal(err)
	}
	e.mustSend(accOutsider, e.market, tm.PackDrawSeed(id), nil)
	seed := call(e, e.market, tm.PackGetTask(id), tm.UnpackGetTask).Seed
	// the grinding sybil: the first pool address whose seed-only assignment is f
	f := call(e, e.market, tm.PackAssignment(id, e.addr(attesterPool[0])), tm.UnpackAssignment)
	sybil := attesterPool[0]
	honest := attesterPool[1]
	// the Go twin of the covering draws: slot j's segment from the join hashes of slots
	// 0..j (one pass: n > 2)
	cover := func(hs ...[32]byte) uint64 {
		pool := map[uint64]uint64{}
		at := func(p uint64) uint64 {
			if v, ok := pool[p]; ok {
				return v
			}
			return p
		}
		var seg uint64
		for j, h := range hs {
			m := uint64(n - j)
			r := model.DrawIndex(seed, h, uint32(j), m)
			seg, pool[r] = at(r), at(m-1)
		}
		return seg
	}
	var hs [][32]byte   // the join hashes of the slots before who's
	var sybilSeg uint64 // the segment the sybil keeps (its last re-sealed block)
	for _, who := range []int{sybil, honest} {
		reach := n - len(hs) // covering draws: the second slot draws among the n-1 the first left
		r := e.mustSend(who, e.market, tm.PackJoinAttestation(id), nil)
		e.checkInvariant("join")
		seen, onF := map[uint64]int{}, 0
		for k := 1; k <= tries; k++ {
			if err := sim.Simulated().Fork(r.BlockHash); err != nil {
				t.Fatal(err)
			}
			if err := sim.Advance(e.ctx, time.Duration(k)*time.Second); err != nil {
				t.Fatal(err)
			}
			next := e.head()
			if next.Number.Uint64() != r.BlockNumber.Uint64()+1 {
				t.Fatalf("re-sealed block %v, want %d", next.Number, r.BlockNumber.Uint64()+1)
			}
			if err := sim.Mine(e.ctx); err != nil {
				t.Fatal(err)
			}
			seg := call(e, e.market, tm.PackAttestSegment(id, e.addr(who)), tm.UnpackAttestSegment)
			if twin := cover(append(hs, next.Hash())...); seg != twin {
				t.Fatalf("draw %d: attestSegment %d, Go twin %d", k, seg, twin)
			}
			if who == honest && seg == sybilSeg {
				t.Fatalf("draw %d: the second slot drew the first slot's segment %d", k, seg)
			}
			if k == tries {
				hs, sybilSeg = append(hs, next.Hash()), seg
			}
			seen[seg]++
			if seg == f {
				onF++
			}
		}
		if len(seen) != reach {
			t.Errorf("account %d: %d draws of the next block reached %d of %d segments: %v", who, tries, len(seen), reach, seen)
		}
		if who == sybil && onF > tries/2 {
			t.Errorf("the ground address drew f=%d in %d of %d draws", f, onF, tries)
		}
		t.Logf("account %d: segments %v (f=%d: %d of %d)", who, seen, f, onF, tries)
	}
}

// TestJackpotPoolNotDrained plays the pool-draining attacks: a victim's task pays its
// jackpot fee into the shared pool; then an attacker who is submitter, solver and every
// attester of its own task tries to take it. A greedy task (a huge jackpot, no fee,
// forced errors always on, a 1-wei attest stake) is refused at postTask
// (TermOutOfBounds(jackpotFee): not fair in expectation). A fair one (its fee covers
// its forced-error chance times its jackpot) has its sybils find its forced error: its
// finders reserve at most its fee plus POOL_DRAW_BPS of the pool, and its draw, its own
// fee, leaves the victim's contribution in the pool.
func TestJackpotPoolNotDrained(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	attack := auditOf(10000)
	attack.AttestStake = big.NewInt(1)
	a := newAudited(t, 1, attack, truth, truth)
	tm := a.tm
	if !a.forced {
		t.Fatal("the attacker's task must be forced")
	}
	greedy := auditOf(10000)
	greedy.JackpotFee, greedy.Jackpot, greedy.AttestStake = new(big.Int), eth(100), big.NewInt(1)
	err := a.do(accSolver, tm.PackPostTask(specOf(truth), a.terms(), greedy), "greedy postTask")
	wantRevert[taskmarket.TaskMarketTermOutOfBounds](t, err, tm, "a jackpot its fee does not cover")
	greedy.JackpotFee = new(big.Int).Sub(greedy.Jackpot, big.NewInt(1)) // one wei short at 100% forced
	err = a.do(accSolver, tm.PackPostTask(specOf(truth), a.terms(), greedy), "greedy postTask")
	wantRevert[taskmarket.TaskMarketTermOutOfBounds](t, err, tm, "a jackpot its fee covers but for a wei")
	if model.FairJackpot(model.MarketAudit{ForcedErrorBps: 10000, Jackpot: u256(greedy.Jackpot), JackpotFee: u256(greedy.JackpotFee)}) {
		t.Fatal("the model calls a one-wei-short fee fair")
	}
	// The victim: an ordinary audited task whose fee joins the pool at its claim.
	victim := auditOf(5000)
	a.mustSend(accSubmitter, a.market, tm.PackPostTask(specOf(truth), a.terms(), victim), plus(eth(2), onchain.AuditCost(victim)))
	vid := call(a.env, a.market, tm.PackTaskCount(), tm.UnpackTaskCount)
	a.must(accChallenger, tm.PackClaimTask(vid, onchain.SecretHash([32]byte{3})), "victim claim")
	pool := a.pool()
	wantEq(t, "pool after both claims", pool, plus(victim.JackpotFee, attack.JackpotFee))

	a.commit(a.posted)
	sybils := a.drawn(a.f, 2)
	for _, i := range sybils {
		if err := a.attest(i, a.hashes[a.f+1]); err != nil {
			t.Fatal(err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, i := range sybils {
		if err := a.reveal(i, a.hashes[a.f+1]); err != nil {
			t.Fatal(err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	st = a.state()
	wantEq(t, "reserved for the attacker's finders: its jackpot, which its fee paid", st.JackpotHeld, attack.Jackpot)
	wantEq(t, "pool after the attacker's reveal: the victim's fee", a.pool(), victim.JackpotFee)
	a.checkInvariant("after the attack")
}
