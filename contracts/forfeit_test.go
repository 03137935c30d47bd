package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Attestation disputes and forfeits (issue 14, item 7): a lazy or wrong attester cannot
// keep much of its stake by having a friend dispute it: a lazy one is not disputable,
// and every lost attestation dispute, by a move or on time, pays the challenger the
// same small bounty (ATTEST_BOUNTY_BPS of the stake) and the rest to the pool. A friend's
// dispute that stalls and forfeits shields nothing: disputes of an attestation run in
// parallel, so an honest whistleblower's runs beside it, opened any time before the
// task's windowEnd, and a forfeit extends nothing.

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
	a := newAuditedAt(t, 0, auditOf(10000), truth, truth)
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
		return a.mustOpen(by, tm.PackDisputeAttestation(a.id, a.addr(attester), c), "disputeAttestation")
	}

	// friend disputes w1, w1 forfeits
	pool, treasury := a.pool(), a.free(accTreasury)
	gid := dispute(w1, accOutsider)
	a.stallAttestationGame(gid, w1, false)
	if r := call(a.env, a.game, a.pg.PackResult(gid), a.pg.UnpackResult); r != uint8(model.ChallengerWins) || !a.forfeited(gid) {
		t.Fatalf("the attester's timeout: result %d, forfeited %v", r, a.forfeited(gid))
	}
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(w1), gid), "settleAttestation")
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
	if res, g2 := a.playAttestationDisputeGame(w2, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower vs wrong attester: %v", res)
	} else if a.forfeited(g2) {
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
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(right), gid), "settleAttestation")
	wantEq(t, "attester and friend", delta(plus(a.free(right), a.locked(right), a.free(accOutsider), a.locked(accOutsider)), pair), milli(-500))
	if s := a.attestation(right).State; s != onchain.AttRevealed {
		t.Fatalf("right attestation state %d after the challenger's forfeit, want Revealed", s)
	}
	a.checkInvariant("at the end")
}

// TestStalledDisputeShieldsNothing: a wrong attester's friends dispute it just before
// the task's windowEnd, to hold it: one lets its own clock run out (the attester
// "wins" on time), the other leaves its game pending. Under one-dispute-at-a-time rules
// that shielded it (a whistleblower could not dispute a Disputed attestation; then
// forfeits had to reopen disputes past the task's end). Now disputes of an attestation
// run in parallel: an honest whistleblower opens its own, still before windowEnd,
// beside the friends'; it wins and takes the bounty; the friends' disputes are then
// moot (the pending one settles at once, bond back; the forfeited one pays the
// attester its share of the bond, which does not cover the stake it lost). Nothing
// reopens: past windowEnd no dispute opens, forfeit or not, and the task finalizes at
// windowEnd whatever its attestations' disputes.
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
	windowEnd := a.task().WindowEnd
	dep := eth(auditDeposit)
	forfeiter, holder := accOutsider, accDeployer
	a.advanceTo(windowEnd - 20)
	gForfeit := a.mustOpen(forfeiter, tm.PackDisputeAttestation(a.id, a.addr(w), c), "friend's disputeAttestation")
	gHold := a.mustOpen(holder, tm.PackDisputeAttestation(a.id, a.addr(w), c), "second friend's disputeAttestation")
	// the whistleblower's dispute opens beside the friends' (the attestation is Disputed)
	gHonest, openedAt := a.openAttestationDispute(w, accChallenger)
	if at := a.attestation(w); at.State != onchain.AttDisputed || at.Disputes != 3 {
		t.Fatalf("attestation after three disputes: %+v", at)
	}
	if openedAt >= windowEnd {
		t.Fatalf("the whistleblower's dispute opened at %d, windowEnd %d", openedAt, windowEnd)
	}
	a.attesterFirstMove(gForfeit, w) // the friend will not answer
	// the task is not the attestation's: it finalizes at windowEnd with every dispute open
	a.advanceTo(windowEnd)
	a.must(accOutsider, tm.PackFinalize(a.id), "finalize")
	tooLate := func(what string) {
		t.Helper()
		err := a.do(accSubmitter, tm.PackDisputeAttestation(a.id, a.addr(w), c), what)
		if !revertsWith(err, tm, func(x any) bool { e, ok := x.(*taskmarket.TaskMarketTooLate); return ok && e.Deadline == windowEnd }) {
			t.Fatalf("%s: %v, want TooLate(%d)", what, err, windowEnd)
		}
	}
	tooLate("a dispute at windowEnd")
	wantRevert[taskmarket.TaskMarketWrongAttestation](t, a.close(w, false), tm, "close of a disputed attestation")

	before := plus(a.free(accChallenger), a.locked(accChallenger)) // its bond is locked in the game
	if res := a.playAttestationGame(gHonest, openedAt, w, accChallenger, liar, truth); res != model.ChallengerWins {
		t.Fatalf("whistleblower beside the friends' disputes: %v", res)
	}
	bounty := new(big.Int).Div(new(big.Int).Mul(eth(1), big.NewInt(model.AttestBountyBps)), big.NewInt(10000))
	wantEq(t, "whistleblower: the bounty", delta(plus(a.free(accChallenger), a.locked(accChallenger)), before), bounty)
	wantEq(t, "whistleblower locked", a.locked(accChallenger), new(big.Int))
	if at := a.attestation(w); at.State != onchain.AttClosed || at.Disputes != 2 {
		t.Fatalf("wrong attestation after the whistleblower's win: %+v, want Closed with the 2 friends' disputes open", at)
	}

	// the friends' disputes are moot: the pending one settles at once, bond back
	if r := call(a.env, a.game, a.pg.PackResult(gHold), a.pg.UnpackResult); r != uint8(model.Pending) {
		t.Fatalf("the holding friend's game: result %d, want pending", r)
	}
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(w), gHold), "moot settleAttestation")
	wantEq(t, "holding friend: its bond back", plus(a.free(holder), a.locked(holder)), dep)
	wantEq(t, "holding friend locked", a.locked(holder), new(big.Int))
	// the forfeiting friend let its clock run out after the attester's first move; that
	// game resolved for the attester, so its moot settle still slashes the bond to it
	a.stallAttestationGame(gForfeit, w, false)
	if r := call(a.env, a.game, a.pg.PackResult(gForfeit), a.pg.UnpackResult); r != uint8(model.SolverWins) || !a.forfeited(gForfeit) {
		t.Fatalf("the friend's timeout: result %d, forfeited %v", r, a.forfeited(gForfeit))
	}
	a.must(accOutsider, tm.PackSettleAttestation(a.id, a.addr(w), gForfeit), "moot settleAttestation of a forfeit")
	for _, g := range []*big.Int{gForfeit, gHold, gHonest} {
		if d := a.disputeOf(g); d.Challenger != (common.Address{}) {
			t.Fatalf("dispute %v still open: %+v", g, d)
		}
	}
	// the forfeit reopened nothing
	tooLate("a dispute after the forfeit")
	if at := a.attestation(w); at.State != onchain.AttClosed || at.Disputes != 0 {
		t.Fatalf("wrong attestation at the end: %+v", at)
	}
	if s := a.task().Status; s != onchain.StatusFinalized {
		t.Fatalf("task status %d, want Finalized", s)
	}
	wantEq(t, "forfeiting friend", plus(a.free(forfeiter), a.locked(forfeiter)), new(big.Int).Sub(dep, eth(1)))
	// its stake lost; it keeps the winner's share of the forfeiting friend's bond
	wantEq(t, "wrong attester", plus(a.free(w), a.locked(w)), plus(new(big.Int).Sub(dep, eth(1)), milli(500)))
	a.checkInvariant("at the end")
}
