package contracts_test

import (
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Attestation disputes and forfeits (issue 14, item 7): a lazy or wrong attester cannot
// keep much of its stake by having a friend dispute it: a lazy one is not disputable,
// and every lost attestation dispute, by a move or on time, pays the challenger the
// same small bounty (ATTEST_BOUNTY_BPS of the stake) and the rest to the pool. A friend's
// dispute that stalls and forfeits shields nothing: the attestation stays disputable.

func (a *audited) forfeited(gameID *big.Int) bool {
	a.t.Helper()
	return call(a.env, a.game, a.pg.PackForfeited(gameID), a.pg.UnpackForfeited)
}

func delta(after, before *big.Int) *big.Int { return new(big.Int).Sub(after, before) }

// TestForfeitLazyNotDisputable: the lazy attester's friend cannot dispute it (the
// decoy's stake goes whole to the pool at close, which a forfeited dispute would have
// split with the friend); the lazy stake reaches the pool whole.
func TestForfeitLazyNotDisputable(t *testing.T) {
	truth, _ := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{})
	a := newAudited(t, 1, auditOf(10000), truth, truth)
	tm := a.tm
	if !a.forced || a.f != 0 {
		t.Fatal("an always-forced 2-segment task must force segment 0")
	}
	a.commit(a.posted)
	lazy := a.drawn(0, 1)[0]
	decoy := a.probe(0)
	if decoy != a.decoy.Hash() {
		t.Fatal("the probe must return the decoy")
	}
	if err := a.attest(lazy, decoy); err != nil {
		t.Fatal(err)
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	if err := a.reveal(lazy, decoy); err != nil {
		t.Fatal(err)
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	tr := model.NewTree(a.hashes)
	c := taskmarket.TaskMarketChallenge{Segment: 0, Start: a.hashes[0], StartProof: p32(tr.Prove(0)), End: decoy, EndProof: [][32]byte{}}
	wantRevert[taskmarket.TaskMarketLazyAttestation](t, a.do(accOutsider, tm.PackDisputeAttestation(a.id, a.addr(lazy), c), "friend's dispute"), tm, "dispute of a lazy attestation")
	pool := a.pool()
	a.advanceTo(a.task().WindowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	if o, err := a.closeOutcome(lazy, false); err != nil || o != onchain.OutcomeLazy {
		t.Fatalf("close lazy: outcome %d (%v)", o, err)
	}
	dep := eth(auditDeposit)
	wantEq(t, "lazy attester", a.free(lazy), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "friend", a.free(accOutsider), dep)
	wantEq(t, "pool gains the whole stake", delta(a.pool(), pool), eth(1))
}

// TestForfeitWrongAttestation: of two wrong attestations of segment 1, one is disputed
// by the attester's friend and forfeited (the attester lets its clock run out), the
// other by an honest whistleblower and lost by a move: each challenger gets its bond
// back and the same bounty, the rest of each stake goes to the pool, the treasury gets
// nothing. A right attestation disputed by a friend who then forfeits costs the pair
// half the bond (no way to extract anything).
func TestForfeitWrongAttestation(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	a := newAudited(t, 3, auditOf(0), truth, truth)
	tm := a.tm
	a.commit(a.posted)
	seg1 := a.drawn(1, 3)
	w1, w2, right := seg1[0], seg1[1], seg1[2]
	ends := map[int][32]byte{w1: liar.StateRoot(mSteps), w2: liar.StateRoot(mSteps), right: a.hashes[2]}
	for _, i := range seg1 {
		if err := a.attest(i, ends[i]); err != nil {
			t.Fatal(err)
		}
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	for _, i := range seg1 {
		if err := a.reveal(i, ends[i]); err != nil {
			t.Fatal(err)
		}
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	dep := eth(auditDeposit)
	tr := model.NewTree(a.hashes)
	dispute := func(attester, by int) *big.Int {
		t.Helper()
		att := a.attestation(attester)
		c := taskmarket.TaskMarketChallenge{Segment: att.Segment, Start: a.hashes[att.Segment], StartProof: p32(tr.Prove(att.Segment)), End: att.EndHash, EndProof: [][32]byte{}}
		a.must(by, tm.PackDisputeAttestation(a.id, a.addr(attester), c), "disputeAttestation")
		return a.attestation(attester).Game
	}

	// friend disputes w1, w1 forfeits
	pool, treasury := a.pool(), a.free(accTreasury)
	gid := dispute(w1, accOutsider)
	a.stallAttestationGame(gid, w1, false)
	if r := call(a.env, a.game, a.pg.PackResult(gid), a.pg.UnpackResult); r != uint8(model.ChallengerWins) || !a.forfeited(gid) {
		t.Fatalf("the attester's timeout: result %d, forfeited %v", r, a.forfeited(gid))
	}
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(w1)), "settleAttestation")
	bounty := new(big.Int).Div(new(big.Int).Mul(eth(1), big.NewInt(model.AttestBountyBps)), big.NewInt(10000))
	wantEq(t, "friend: its bond back and the bounty", a.free(accOutsider), plus(dep, bounty))
	wantEq(t, "friend locked", a.locked(accOutsider), new(big.Int))
	wantEq(t, "forfeiting attester", a.free(w1), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "forfeiting attester locked", a.locked(w1), new(big.Int))
	wantEq(t, "pool gains the stake less the bounty", delta(a.pool(), pool), new(big.Int).Sub(eth(1), bounty))
	wantEq(t, "treasury", delta(a.free(accTreasury), treasury), new(big.Int))
	if s := a.attestation(w1).State; s != onchain.AttClosed {
		t.Fatalf("forfeited attestation state %d, want Closed", s)
	}

	// an honest whistleblower wins against w2 by a move: the same bounty, the same pool
	pool = a.pool()
	if res := a.playAttestationDispute(w2, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower vs wrong attester: %v", res)
	}
	if a.forfeited(a.attestation(w2).Game) {
		t.Fatal("a game ended by a move reads as forfeited")
	}
	wantEq(t, "whistleblower", a.free(accChallenger), plus(dep, bounty))
	wantEq(t, "judged attester", a.free(w2), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "pool after a judged win", delta(a.pool(), pool), new(big.Int).Sub(eth(1), bounty))
	wantEq(t, "treasury after a judged win", delta(a.free(accTreasury), treasury), new(big.Int))

	// the symmetric case: a friend disputes the right attester and forfeits; the bond
	// is slashed as before (half to the attester): the pair loses half a bond
	pair := plus(a.free(right), a.locked(right), a.free(accOutsider), a.locked(accOutsider))
	gid = dispute(right, accOutsider)
	a.stallAttestationGame(gid, right, true)
	if r := call(a.env, a.game, a.pg.PackResult(gid), a.pg.UnpackResult); r != uint8(model.SolverWins) || !a.forfeited(gid) {
		t.Fatalf("the challenger's timeout: result %d, forfeited %v", r, a.forfeited(gid))
	}
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(right)), "settleAttestation")
	wantEq(t, "attester and friend", delta(plus(a.free(right), a.locked(right), a.free(accOutsider), a.locked(accOutsider)), pair), milli(-500))
	if s := a.attestation(right).State; s != onchain.AttRevealed {
		t.Fatalf("right attestation state %d after the challenger's forfeit, want Revealed", s)
	}
	a.checkInvariant("at the end")
}

// TestStalledDisputeShieldsNothing: a wrong attester's friend disputes it just before
// the task's window ends and lets its own clock run out, so the attester "wins" after
// the task has finalized. Before the fix the attestation then stood with no dispute
// possible and was closed Released (stake back, fee paid). Now the forfeit reopens
// disputes for a challengeWindow: closing is refused until then, an honest
// whistleblower disputes the finalized task's attestation, wins and the liar's stake
// is taken.
func TestStalledDisputeShieldsNothing(t *testing.T) {
	truth, liar := model.NewWorlds(5, model.Dims{M: 2, K: 3, N: 2}, mSteps, model.Fault{Kind: model.FaultOp, Step: 5, Node: 6, Element: 1, Op: 1})
	a := newAudited(t, 3, auditOf(0), truth, liar)
	tm := a.tm
	a.commit(a.posted)
	w := a.drawn(1, 1)[0]
	wrong := liar.StateRoot(mSteps)
	if err := a.attest(w, wrong); err != nil {
		t.Fatal(err)
	}
	st := a.state()
	a.advanceTo(st.AttestEnd + 1)
	if err := a.reveal(w, wrong); err != nil {
		t.Fatal(err)
	}
	a.advanceTo(st.RevealEnd + 1)
	if err := a.revealSecret(); err != nil {
		t.Fatal(err)
	}
	tr := model.NewTree(a.hashes)
	att := a.attestation(w)
	c := taskmarket.TaskMarketChallenge{Segment: att.Segment, Start: a.hashes[att.Segment], StartProof: p32(tr.Prove(att.Segment)), End: att.EndHash, EndProof: [][32]byte{}}
	a.advanceTo(a.task().WindowEnd - 10)
	a.must(accOutsider, tm.PackDisputeAttestation(a.id, a.addr(w), c), "friend's disputeAttestation")
	gid := a.attestation(w).Game
	a.stallAttestationGame(gid, w, true) // the attester moves once, the friend times out
	if r := call(a.env, a.game, a.pg.PackResult(gid), a.pg.UnpackResult); r != uint8(model.SolverWins) || !a.forfeited(gid) {
		t.Fatalf("the friend's timeout: result %d, forfeited %v", r, a.forfeited(gid))
	}
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(w)), "settleAttestation")
	if s := a.task().Status; s != onchain.StatusFinalized {
		t.Fatalf("task status %d, want Finalized", s)
	}
	end := a.state().DisputeEnd
	if now := a.head().Time; end < now+a.task().Terms.ChallengeWindow {
		t.Fatalf("disputeEnd %d after a challenger's forfeit at %d, want at least a window later", end, now)
	}
	if _, err := a.closeOutcome(w, false); err == nil {
		t.Fatal("a forfeit-shielded attestation closed before the reopened window ended")
	}
	dep := eth(auditDeposit)
	before := a.free(accChallenger)
	if res := a.playAttestationDispute(w, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower after the stalled dispute: %v", res)
	}
	bounty := new(big.Int).Div(new(big.Int).Mul(eth(1), big.NewInt(model.AttestBountyBps)), big.NewInt(10000))
	wantEq(t, "whistleblower", delta(a.free(accChallenger), before), bounty)
	// its stake lost; it keeps the winner's share of the friend's bond
	wantEq(t, "wrong attester", plus(a.free(w), a.locked(w)), plus(new(big.Int).Sub(dep, eth(1)), milli(500)))
	if o := a.attestation(w).State; o != onchain.AttClosed {
		t.Fatalf("wrong attestation state %d, want Closed", o)
	}
	a.checkInvariant("at the end")
}
