package contracts_test

import (
	"math/big"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Attestation disputes ended by a forfeit (issue 14, item 7): a lazy or wrong attester
// cannot keep half its stake by having a friend dispute it and letting its own clock
// run out. A forfeit judges nothing, so it pays the challenger nothing; only a game the
// attester loses by a move pays the winner's share.

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
// by the attester's friend and forfeited (the attester lets its clock run out): the
// friend gets only its bond back, the whole stake goes to the pool, the treasury gets
// nothing; the other is disputed by an honest whistleblower and lost by a move, which
// pays the whistleblower winnerShareBps as before. A right attestation disputed by a
// friend who then forfeits costs the pair half the bond (no way to extract anything).
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
	wantEq(t, "friend: its bond back, nothing more", a.free(accOutsider), dep)
	wantEq(t, "friend locked", a.locked(accOutsider), new(big.Int))
	wantEq(t, "forfeiting attester", a.free(w1), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "forfeiting attester locked", a.locked(w1), new(big.Int))
	wantEq(t, "pool gains the whole stake", delta(a.pool(), pool), eth(1))
	wantEq(t, "treasury", delta(a.free(accTreasury), treasury), new(big.Int))
	if s := a.attestation(w1).State; s != onchain.AttClosed {
		t.Fatalf("forfeited attestation state %d, want Closed", s)
	}

	// an honest whistleblower wins against w2 by a move: winnerShareBps as before
	treasury = a.free(accTreasury)
	if res := a.playAttestationDispute(w2, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower vs wrong attester: %v", res)
	}
	if a.forfeited(a.attestation(w2).Game) {
		t.Fatal("a game ended by a move reads as forfeited")
	}
	wantEq(t, "whistleblower", a.free(accChallenger), plus(dep, milli(500)))
	wantEq(t, "judged attester", a.free(w2), new(big.Int).Sub(dep, eth(1)))
	wantEq(t, "treasury after a judged win", delta(a.free(accTreasury), treasury), milli(500))

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
