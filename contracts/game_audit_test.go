package contracts_test

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

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
		JackpotFee: eth(1), Jackpot: eth(2), AttestFee: new(big.Int)}
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
	truth  *model.World
	views  []*model.World // views an attester may hold (to play its first game move)
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
	a.posted = onchain.PostedHashes(a.hashes, a.secret, ch, a.id.Uint64(), audit.ForcedErrorBps)
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

// commit commits list (posted or not) and draws the seed, which opens the attestations.
func (a *audited) commit(list [][32]byte) {
	a.t.Helper()
	tr := model.NewTree(list)
	last := uint64(tr.Len() - 1)
	a.must(accSolver, a.tm.PackCommitTrace(a.id, tr.Root(), tr.Leaf(last), p32(tr.Prove(0)), p32(tr.Prove(last))), "commit")
	for i := 0; i < 5; i++ {
		if err := a.sim.Mine(a.ctx); err != nil {
			a.t.Fatal(err)
		}
	}
	a.must(accOutsider, a.tm.PackDrawSeed(a.id), "drawSeed")
}

// assigned is the attester accounts whose assignment is segment seg.
func (a *audited) assigned(seg uint64) []int {
	var out []int
	for _, i := range attesterPool {
		if call(a.env, a.market, a.tm.PackAssignment(a.id, a.addr(i)), a.tm.UnpackAssignment) == seg {
			out = append(out, i)
		}
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

// revealSecret reveals the solver's secret with the proof of its true leaf f+1 when forced.
func (a *audited) revealSecret() error {
	st := a.state()
	forced, f := onchain.ForcedError(a.secret, st.ClaimHash, a.id.Uint64(), uint64(len(a.hashes)-1), a.audit.ForcedErrorBps)
	var leaf [32]byte
	proof := [][32]byte{}
	if forced {
		leaf, proof = a.hashes[f+1], p32(model.NewTree(a.hashes).Prove(f+1))
	}
	return a.do(accSolver, a.tm.PackRevealSecret(a.id, a.secret, leaf, proof), "revealSecret")
}

// close closes i's attestation, with the proof of its end leaf in the final trace when
// withProof.
func (a *audited) close(i int, withProof bool) error {
	proof := [][32]byte{}
	if withProof {
		proof = p32(model.NewTree(a.hashes).Prove(a.attestation(i).Segment + 1))
	}
	return a.do(accOutsider, a.tm.PackCloseAttestation(a.id, a.addr(i), proof), "closeAttestation")
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

// TestAuditForcedErrorJackpot: an always-forced task. The solver posts the decoy; two
// diligent attesters of the forced segment reveal the true hash and share the jackpot
// (capped by the pool), a lazy one reveals the posted decoy and loses its stake to the
// pool, one never reveals and loses it too; the trace root is restored at the secret
// reveal; the honest solver is paid. Fees: paid for a proven agreeing attestation only.
func TestAuditForcedErrorJackpot(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	audit := auditOf(10000)
	audit.AttestFee, audit.MaxAttesters = milli(100), 8
	a := newAudited(t, 1, audit, truth, truth)
	tm := a.tm
	if a.posted[1] != onchain.Decoy(a.secret, a.id.Uint64()) || a.posted[0] != a.hashes[0] || a.posted[2] != a.hashes[2] {
		t.Fatal("an always-forced 2-segment task must post the decoy at leaf 1 and nothing else")
	}
	a.commit(a.posted)
	ch := taskmarket.TaskMarketChallenge{Segment: 0, Start: a.posted[0], StartProof: p32(model.NewTree(a.posted).Prove(0)),
		End: a.posted[1], EndProof: p32(model.NewTree(a.posted).Prove(1))}
	wantRevert[taskmarket.TaskMarketSecretNotRevealed](t, a.do(accChallenger, tm.PackChallenge(a.id, ch), "early challenge"), tm, "challenge before the secret")
	wantRevert[taskmarket.TaskMarketSolverCannotAttest](t, a.attest(accSolver, a.hashes[1]), tm, "solver attests")

	seg0, seg1 := a.assigned(0), a.assigned(1)
	if len(seg0) < 4 || len(seg1) < 1 {
		t.Fatalf("assignments: %d on segment 0, %d on segment 1 (need 4 and 1)", len(seg0), len(seg1))
	}
	d1, d2, lazy, silent, other := seg0[0], seg0[1], seg0[2], seg0[3], seg1[0]
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{d1, a.hashes[1]}, {d2, a.hashes[1]}, {lazy, a.posted[1]}, {silent, a.hashes[1]}, {other, a.hashes[2]}} {
		if err := a.attest(c.who, c.h); err != nil {
			t.Fatalf("attest %d: %v", c.who, err)
		}
	}
	wantRevert[taskmarket.TaskMarketAlreadyAttested](t, a.attest(d1, a.hashes[1]), tm, "second attestation")
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.reveal(d1, a.hashes[1]), tm, "reveal in the attest window")
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	wantRevert[taskmarket.TaskMarketTooLate](t, a.attest(seg1[len(seg1)-1], a.hashes[2]), tm, "attest after the window")
	wantRevert[taskmarket.TaskMarketBadReveal](t, a.reveal(d1, a.hashes[2]), tm, "reveal of another hash")
	for _, c := range []struct {
		who int
		h   [32]byte
	}{{d1, a.hashes[1]}, {d2, a.hashes[1]}, {lazy, a.posted[1]}, {other, a.hashes[2]}} {
		if err := a.reveal(c.who, c.h); err != nil {
			t.Fatalf("reveal %d: %v", c.who, err)
		}
	}
	wantRevert[taskmarket.TaskMarketTooEarly](t, a.revealSecret(), tm, "secret during the reveals")
	wantRevert[taskmarket.TaskMarketWrongStatus](t, a.close(d1, true), tm, "close before the task ends")
	a.advanceTo(st.RevealEnd + 1)
	wantRevert[taskmarket.TaskMarketBadSecret](t, a.do(accSolver, tm.PackRevealSecret(a.id, [32]byte{9}, [32]byte{}, [][32]byte{}), "bad secret"), tm, "wrong secret")
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
		who   int
		proof bool
	}{{d1, true}, {d2, false}, {lazy, true}, {other, true}} {
		if err := a.close(c.who, c.proof); err != nil {
			t.Fatalf("close %d: %v", c.who, err)
		}
	}
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.close(d1, true), tm, "second close")
	dep := eth(auditDeposit)
	wantEq(t, "diligent finder with proof", a.free(d1), plus(dep, milli(500), milli(100)))
	wantEq(t, "diligent finder without proof", a.free(d2), plus(dep, milli(500)))
	wantEq(t, "lazy attester", a.free(lazy), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "unrevealed attester", a.free(silent), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "attester of the other segment", a.free(other), plus(dep, milli(100)))
	wantEq(t, "solver", a.free(accSolver), plus(dep, eth(2)))
	// the submitter paid from its wallet; back to its free balance: 3 unused slots' fees
	// and 3 unearned fees (d2 without proof, lazy, silent)
	wantEq(t, "submitter", a.free(accSubmitter), plus(dep, milli(600)))
	wantEq(t, "pool at the end", a.pool(), eth(2))
	for _, i := range append([]int{accSolver}, seg0...) {
		wantEq(t, fmt.Sprintf("locked %d", i), a.locked(i), new(big.Int))
	}
	if st := a.state(); st.JackpotHeld.Sign() != 0 || st.FeesHeld.Sign() != 0 {
		t.Fatalf("escrow left: jackpot %v fees %v", st.JackpotHeld, st.FeesHeld)
	}
}

// TestAuditUnrevealedSecret: a solver that does not reveal its secret (forced but it did
// not post the decoy, so it cannot; or it just does not) fails the task at secretEnd and
// is slashed as for a missed commit; attesters get their stakes back.
func TestAuditUnrevealedSecret(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	for _, bps := range []uint16{10000, 0} {
		t.Run(fmt.Sprint("bps ", bps), func(t *testing.T) {
			a := newAudited(t, 2, auditOf(bps), truth, truth)
			tm := a.tm
			a.commit(a.hashes) // no decoy
			w := a.assigned(1)[0]
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

// playAttestationDispute opens a dispute of attester's attestation by challenger and
// plays it to the end with the model strategies: the attester plays from view av (its
// endHash is av's checkpoint), the challenger from cv; then it settles.
func (a *audited) playAttestationDispute(attester, challenger int, av, cv *model.World) model.Result {
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
	att = a.attestation(attester)
	g, err := model.New(cv.Setup(av, seg*mInterval, mInterval, 3600), 4, a.blockTime(r))
	if err != nil {
		a.t.Fatal(err)
	}
	if g.S.Disputed != att.EndHash || g.S.Agreed != a.hashes[seg] {
		a.t.Fatal("the model's setup is not the attestation's")
	}
	ls := &lockstep{e: a.env, id: att.Game, g: g, seats: &[2]int{attester, challenger}}
	wantRevert[taskmarket.TaskMarketGamePending](a.t.(*testing.T), a.do(accOutsider, a.tm.PackSettleAttestation(a.id, a.addr(attester)), "early settle"), a.tm, "settle a pending game")
	res, _, err := model.Play(ls, model.HonestSolver{V: av, Spec: av.Spec}, model.HonestChallenger{V: cv}, nil, 0)
	if err != nil || len(ls.diverged) > 0 {
		a.t.Fatalf("play: %v %v", err, ls.diverged)
	}
	a.must(accOutsider, a.tm.PackSettleAttestation(a.id, a.addr(attester)), "settleAttestation")
	return res
}

// TestAttestationDisputes: a whistleblower disputes a wrong attestation through the
// pinpoint game (the attester in the solver's seat) and takes the winner's share of its
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
	seg1 := a.assigned(1)
	if len(seg1) < 2 {
		t.Fatalf("%d attesters on segment 1, need 2", len(seg1))
	}
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
	wantEq(t, "whistleblower", a.free(accChallenger), plus(dep, milli(500)))
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
	g, err := model.New(liar.Setup(truth, mInterval, mInterval, 3600), 4, a.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ls := &lockstep{e: a.env, id: a.task().Game, g: g, seats: &[2]int{accSolver, accOutsider}}
	res, _, err := model.Play(ls, model.HonestSolver{V: truth, Spec: truth.Spec}, model.HonestChallenger{V: liar}, nil, 0)
	if err != nil || len(ls.diverged) > 0 || res != model.SolverWins {
		t.Fatalf("griefer vs honest solver: %v %v %v", res, err, ls.diverged)
	}
	a.must(accOutsider, tm.PackSettle(a.id), "settle")
	wantEq(t, "griefer after both", a.free(accOutsider), new(big.Int).Sub(dep, eth(2)))
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if err := a.close(right, true); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "right attester at the end", a.free(right), plus(dep, milli(500)))
	wantEq(t, "solver", a.free(accSolver), plus(dep, eth(2), milli(500)))
	wantEq(t, "treasury", a.free(accTreasury), plus(eth(1), milli(500)))
}

// TestAuditWrongClaimSlashed: a lying solver loses a dispute on segment 1; the attester
// that vouched for its wrong checkpoint is slashed to the pool, the one that attested
// the truth gets its stake back; on a Failed task every fee returns to the submitter.
func TestAuditWrongClaimSlashed(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	audit := auditOf(0)
	audit.AttestFee, audit.MaxAttesters = milli(100), 4
	a := newAudited(t, 4, audit, truth, liar)
	tm := a.tm
	a.commit(a.posted)
	seg1 := a.assigned(1)
	if len(seg1) < 2 {
		t.Fatalf("%d attesters on segment 1, need 2", len(seg1))
	}
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
	g, err := model.New(truth.Setup(liar, mInterval, mInterval, 3600), 4, a.blockTime(r))
	if err != nil {
		t.Fatal(err)
	}
	ls := &lockstep{e: a.env, id: a.task().Game, g: g}
	res, _, err := model.Play(ls, model.HonestSolver{V: liar, Spec: liar.Spec}, model.HonestChallenger{V: truth}, nil, 0)
	if err != nil || len(ls.diverged) > 0 || res != model.ChallengerWins {
		t.Fatalf("play: %v %v %v", res, err, ls.diverged)
	}
	a.must(accOutsider, tm.PackSettle(a.id), "settle")
	if st := a.state(); !st.SolverLost || st.ChallengedSegment != 1 || st.ChallengedEnd != liar.StateRoot(mSteps) {
		t.Fatalf("after the lost dispute: %+v", st)
	}
	if err := a.close(vouch, true); err != nil {
		t.Fatal(err)
	}
	if err := a.close(right, true); err != nil {
		t.Fatal(err)
	}
	dep := eth(auditDeposit)
	wantEq(t, "vouching attester", a.free(vouch), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "right attester", a.free(right), dep)
	// the vouching stake: the winner's share to the challenger that proved the leaf wrong, the rest to the pool
	wantEq(t, "pool", a.pool(), plus(eth(1), milli(500)))
	// paid from its wallet; back: the reward and every fee (2 unused, 2 unearned on a Failed task)
	wantEq(t, "submitter", a.free(accSubmitter), plus(dep, eth(2), milli(400)))
	wantEq(t, "challenger", a.free(accChallenger), plus(dep, eth(1), milli(500)))
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
			for _, i := range attesterPool {
				if r.IntN(3) == 0 {
					continue
				}
				seg := call(a.env, a.market, tm.PackAssignment(a.id, a.addr(i)), tm.UnpackAssignment)
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
					if a.do(who, tm.PackChallenge(a.id, c), "challenge") != nil {
						continue
					}
					if err := a.playFirstMoveThenTimeout(a.task(), truth, true); err != nil {
						t.Fatal(err)
					}
					a.checkInvariant("after the game")
					a.must(accOutsider, tm.PackSettle(a.id), "settle")
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
				if a.do(who, tm.PackDisputeAttestation(a.id, a.addr(target), c), "disputeAttestation") != nil {
					continue
				}
				gid := a.attestation(target).Game
				a.stallAttestationGame(gid, target, r.IntN(2) == 0)
				if a.do(accOutsider, tm.PackSettleAttestation(a.id, a.addr(target)), "settleAttestation") != nil {
					t.Fatal("settling a timed-out attestation game failed")
				}
				res := call(a.env, a.game, a.pg.PackState(gid), a.pg.UnpackState).Result
				counts[fmt.Sprintf("attestation dispute, result %d", res)]++
				if who == accSolver {
					if res == uint8(model.ChallengerWins) {
						extra.Add(extra, milli(500))
					} else {
						extra.Sub(extra, eth(1))
					}
				}
			}
			a.advanceTo(a.task().WindowEnd)
			a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
			for i := range planned {
				if s := a.attestation(i).State; s == onchain.AttCommitted || s == onchain.AttRevealed {
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
	st := call(a.env, a.game, pg.PackState(gameID), pg.UnpackState)
	if attesterMoves {
		att := a.attestation(attester)
		seg := att.Segment
		sp := a.truth.Spec
		s := model.Setup{NodesRoot: sp.NodesTree.Root(), StateMapRoot: sp.StateMap.Root(), DataRoot: sp.DataTree.Root(),
			Agreed: a.hashes[seg], Disputed: att.EndHash, FirstStep: seg * mInterval, SegLen: mInterval,
			NumNodes: uint32(len(sp.Nodes)), StateDepth: sp.StateDepth, Clock: 3600}
		if g, err := model.New(s, 4, 0); err == nil {
			for _, v := range a.views {
				if v.StateRoot((seg+1)*mInterval) != att.EndHash {
					continue
				}
				m := model.HonestSolver{V: v, Spec: v.Spec}.Next(g)
				_, _ = a.send(attester, a.game, a.pack(gameID, 0, m), nil)
				break
			}
		}
		st = call(a.env, a.game, pg.PackState(gameID), pg.UnpackState)
	}
	left := st.ClockChallenger
	if st.SolverTurn {
		left = st.ClockSolver
	}
	a.advanceTo(st.LastMove + left + 1)
	a.mustSend(accOutsider, a.game, pg.PackTimeout(gameID), nil)
	a.checkInvariant("after a timeout")
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
		if !c.ok {
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
	a := newAudited(t, 6, auditOf(10000), truth, truth)
	tm := a.tm
	a.commit(a.posted)
	seg0 := a.assigned(0)
	if len(seg0) < 2 {
		t.Fatalf("%d attesters on segment 0, need 2", len(seg0))
	}
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
	a.must(accChallenger, tm.PackDisputeAttestation(a.id, a.addr(f2), c), "disputeAttestation")
	a.stallAttestationGame(a.attestation(f2).Game, f2, false)
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(f2)), "settleAttestation")
	dep := eth(auditDeposit)
	wantEq(t, "slashed finder", a.free(f2), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "challenger", a.free(accChallenger), plus(dep, milli(500)))
	wantEq(t, "pool after the release", a.pool(), milli(500))
	wantEq(t, "reserved after the release", a.state().JackpotHeld, milli(500))
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if err := a.close(f1, false); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "paid finder", a.free(f1), plus(dep, milli(500)))
	wantEq(t, "reserved at the end", a.state().JackpotHeld, new(big.Int))
}
