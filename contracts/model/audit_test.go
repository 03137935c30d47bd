package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

var (
	aSubmitter = common.Address{19: 1}
	aSolver    = common.Address{19: 2}
	aTreasury  = common.Address{19: 3}
	aV         = [4]common.Address{{19: 10}, {19: 11}, {19: 12}, {19: 13}}
)

func eth(milli uint64) Wei {
	var w Wei
	w.Mul(uint256.NewInt(milli), uint256.NewInt(1e15))
	return w
}

func leafOf(i uint64) [32]byte { return [32]byte{0: 0xaa, 31: byte(i)} }

// decoyOf stands for the root of the decoy of checkpoint i (the model has no states:
// the contract computes it from an opening, contracts/ tests that).
func decoyOf(i uint64) [32]byte { return [32]byte{0: 0xdd, 31: byte(i)} }

// auditWorld is a market with one audited task of n segments, committed by an
// honest solver whose secret forces (or not) an error, and the seed drawn.
type auditWorld struct {
	t             *testing.T
	m             *Market
	id            uint64
	secret, claim [32]byte
	forced        bool
	f             uint64
	truth         [][32]byte
	now           uint64
	blockSalt     byte
}

func (w *auditWorld) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.m.CheckInvariant(); err != nil {
		w.t.Fatal(err)
	}
}

func testAudit() MarketAudit {
	return MarketAudit{ForcedErrorBps: 5000, AttestWindow: 100, RevealWindow: 100, AttestStake: eth(500),
		JackpotFee: eth(400), Jackpot: eth(400), AttestFee: eth(10), MaxAttesters: 4} // fair at every bps
}

func testTerms(now uint64) MarketTerms {
	return MarketTerms{SolverStake: eth(1000), ChallengerBond: eth(100), ClaimBy: now + 1000, CommitWindow: 1000,
		ChallengeWindow: 1000, GameClock: 100}
}

// newAuditWorld searches secrets until the forced flag is wantForced.
func newAuditWorld(t *testing.T, n uint64, wantForced bool) *auditWorld {
	w := &auditWorld{t: t, m: NewMarket(3*86400, aTreasury, 5000), now: 1, claim: [32]byte{7}}
	for _, a := range append([]common.Address{aSolver}, aV[:]...) {
		w.must(w.m.Deposit(a, eth(10000)))
	}
	for i := range n + 1 {
		w.truth = append(w.truth, leafOf(i))
	}
	a := testAudit()
	value := add(add(eth(150), a.JackpotFee), mulDiv(a.AttestFee, uint64(a.MaxAttesters), 1))
	// one earlier task's fee already in the pool
	id0, err := w.m.PostTask(aSubmitter, n, testTerms(w.now), a, value, w.now)
	w.must(err)
	w.must(w.m.ClaimTask(id0, aSolver, [32]byte{}, w.now))
	w.id, err = w.m.PostTask(aSubmitter, n, testTerms(w.now), a, value, w.now)
	w.must(err)
	for s := byte(0); ; s++ {
		w.secret = [32]byte{s, 1}
		if w.forced, w.f = ForcedError(w.secret, w.claim, w.id, n, a.ForcedErrorBps); w.forced == wantForced {
			break
		}
	}
	w.must(w.m.ClaimTask(w.id, aSolver, SecretHash(w.secret), w.now))
	posted := append([][32]byte(nil), w.truth...)
	if w.forced {
		posted[w.f+1] = decoyOf(w.f + 1)
	}
	w.must(w.m.CommitTrace(w.id, aSolver, posted, w.claim, w.now))
	w.must(w.m.DrawSeed(w.id, [32]byte{9}, w.now))
	return w
}

func (w *auditWorld) task() *MarketTask { return w.m.Task(w.id) }

// joinHash is the hash of the block after verifier i's join (the model has no blocks;
// blockSalt stands for the chain the blocks came from).
func (w *auditWorld) joinHash(i int) [32]byte { return [32]byte{0x10, byte(i), w.blockSalt, 31: 1} }

// hashes is the HashOf of the world's joins: verifier i joins as slot i.
func (w *auditWorld) hashes(slot uint32) [32]byte { return w.joinHash(int(slot)) }

// segment is the segment verifier i draws when it attests: the covering draw of slot i
// (verifiers join in index order).
func (w *auditWorld) segment(i int) (uint64, error) {
	return w.m.SlotDraw(w.id, uint32(i), w.hashes)
}

// attest has attester i join (as slot i), then commit to endHash.
func (w *auditWorld) attest(i int, endHash [32]byte) {
	w.t.Helper()
	w.must(w.m.JoinAttestation(w.id, aV[i], w.now))
	if s := w.task().Att[aV[i]].Slot; s != uint32(i) {
		w.t.Fatalf("verifier %d joined as slot %d", i, s)
	}
	w.must(w.m.Attest(w.id, aV[i], AttestCommitment(w.id, aV[i], endHash, [32]byte{byte(i)}), w.hashes, w.now))
}

// notSealed is the HashOf of a chain whose join blocks' successors are not sealed yet.
func notSealed(uint32) [32]byte { return [32]byte{} }

func (w *auditWorld) reveal(i int, endHash [32]byte) {
	w.t.Helper()
	w.must(w.m.RevealAttestation(w.id, aV[i], endHash, [32]byte{byte(i)}, w.now))
}

func (w *auditWorld) free(a common.Address) Wei { return w.m.Free[a] }

// TestAuditForcedError: on a forced task the attesters of the forced segment that
// reveal the true leaf share the jackpot, one that reveals the decoy loses its stake to
// the pool, an unrevealed one too, and the honest solver is paid.
func TestAuditForcedError(t *testing.T) {
	w := newAuditWorld(t, 8, true)
	tk := w.task()
	// Put every verifier on the forced segment by choosing its end hash per its
	// assignment: verifiers 0,1 diligent, 2 lazy, 3 never reveals.
	ends := make([][32]byte, 4)
	for i := range aV {
		seg, err := w.segment(i)
		w.must(err)
		ends[i] = w.truth[seg+1]
		if i == 2 {
			ends[i] = tk.Leaves[seg+1] // the posted leaf
		}
		w.attest(i, ends[i])
	}
	if err := w.m.JoinAttestation(w.id, aSolver, w.now); !errors.Is(err, ErrMarketSolverCannotAttest) {
		t.Fatalf("solver joins: %v", err)
	}
	if err := w.m.JoinAttestation(w.id, aV[0], w.now); !errors.Is(err, ErrMarketAlreadyAttested) {
		t.Fatalf("second join: %v", err)
	}
	if err := w.m.Attest(w.id, aV[0], [32]byte{}, w.hashes, w.now); !errors.Is(err, ErrMarketWrongAttestation) {
		t.Fatalf("second attest: %v", err)
	}
	if err := w.m.RevealAttestation(w.id, aV[0], ends[0], [32]byte{0}, w.now); !errors.Is(err, ErrMarketTooEarly) {
		t.Fatalf("early reveal: %v", err)
	}
	w.now = tk.A.AttestEnd + 1
	if err := w.m.JoinAttestation(w.id, common.Address{19: 99}, w.now); !errors.Is(err, ErrMarketTooLate) {
		t.Fatalf("late join: %v", err)
	}
	if err := w.m.RevealAttestation(w.id, aV[0], ends[1], [32]byte{0}, w.now); !errors.Is(err, ErrMarketBadReveal) && ends[0] != ends[1] {
		t.Fatalf("wrong reveal: %v", err)
	}
	for i := range 3 {
		w.reveal(i, ends[i])
	}
	if err := w.m.Challenge(w.id, aV[0], 0, 1, w.now); !errors.Is(err, ErrMarketSecretNotRevealed) {
		t.Fatalf("challenge before the secret: %v", err)
	}
	w.now = tk.A.RevealEnd + 1
	if err := w.m.RevealSecret(w.id, aSolver, [32]byte{1}, w.truth[w.f+1], decoyOf(w.f+1), w.now); !errors.Is(err, ErrMarketBadSecret) {
		t.Fatalf("wrong secret: %v", err)
	}
	pool := w.m.TotalJackpot
	w.must(w.m.RevealSecret(w.id, aSolver, w.secret, w.truth[w.f+1], decoyOf(w.f+1), w.now))
	if tk.Leaves[w.f+1] != w.truth[w.f+1] || !tk.A.Forced || tk.A.ForcedSegment != w.f {
		t.Fatal("the decoy was not replaced")
	}
	var finders uint32
	for i := range 3 {
		if tk.Att[aV[i]].Segment == w.f && ends[i] == w.truth[w.f+1] {
			finders++
		}
	}
	if tk.A.Finders != finders {
		t.Fatalf("finders %d, want %d", tk.A.Finders, finders)
	}
	w.now = tk.WindowEnd
	w.must(w.m.Finalize(w.id, w.now))
	before := map[common.Address]Wei{}
	for _, a := range aV {
		before[a] = w.free(a)
	}
	for i := range aV {
		w.must(w.m.CloseAttestation(w.id, aV[i], true, w.now))
	}
	for i, a := range aV {
		at := tk.Att[a]
		got := sub(w.free(a), before[a])
		onF := at.Segment == w.f
		var want Wei
		var outcome Outcome
		switch {
		case i == 3:
			outcome = OutcomeUnrevealed
		case i == 2 && onF:
			outcome = OutcomeLazy
		case at.Segment == w.f+1:
			outcome, want = OutcomeVoid, testAudit().AttestStake
		default:
			want = add(testAudit().AttestStake, testAudit().AttestFee)
			if onF {
				want = add(want, tk.A.JackpotShare)
			}
		}
		if at.Outcome != outcome || got != want {
			t.Errorf("verifier %d (segment %d, forced %d): outcome %d paid %v, want %d %v", i, at.Segment, w.f, at.Outcome, got.Dec(), outcome, want.Dec())
		}
	}
	if finders > 0 {
		// min(jackpot, fee + 10% of the pool, pool): the task's own fee plus a tenth
		jp := testAudit().Jackpot
		if c := add(testAudit().JackpotFee, mulDiv(pool, 1, 10)); c.Lt(&jp) {
			jp = c
		}
		if pool.Lt(&jp) {
			jp = pool
		}
		share := mulDiv(jp, 1, uint64(finders))
		if !tk.A.JackpotShare.Eq(&share) {
			t.Errorf("jackpot share %v of %d finders from a pool of %v, want %v", tk.A.JackpotShare.Dec(), finders, pool.Dec(), share.Dec())
		}
	}
	if !tk.A.JackpotHeld.IsZero() || !tk.A.FeesHeld.IsZero() {
		t.Errorf("held after closing: jackpot %v fees %v", tk.A.JackpotHeld.Dec(), tk.A.FeesHeld.Dec())
	}
}

// TestAuditEveryVerifierForced drives forced tasks of growing size until both a lazy
// and a diligent attester sat on the forced segment: the lazy one always loses its
// stake, the diligent one never.
func TestAuditEveryVerifierForced(t *testing.T) {
	seen := map[string]bool{}
	for n := uint64(2); n < 60 && len(seen) < 2; n++ {
		w := newAuditWorld(t, n, true)
		tk := w.task()
		for i := range aV {
			seg, _ := w.segment(i)
			end := w.truth[seg+1]
			if i%2 == 1 {
				end = tk.Leaves[seg+1]
			}
			w.attest(i, end)
		}
		w.now = tk.A.AttestEnd + 1
		for i := range aV {
			w.reveal(i, tk.Att[aV[i]].endHashFor(w, i))
		}
		w.now = tk.A.RevealEnd + 1
		w.must(w.m.RevealSecret(w.id, aSolver, w.secret, w.truth[w.f+1], decoyOf(w.f+1), w.now))
		w.now = tk.WindowEnd
		w.must(w.m.Finalize(w.id, w.now))
		for i := range aV {
			w.must(w.m.CloseAttestation(w.id, aV[i], true, w.now))
			at := tk.Att[aV[i]]
			if at.Segment != w.f {
				continue
			}
			kind := "diligent"
			if i%2 == 1 {
				kind = "lazy"
			}
			seen[kind] = true
			if (kind == "lazy") != (at.Outcome == OutcomeLazy) {
				t.Errorf("n=%d verifier %d (%s): outcome %d", n, i, kind, at.Outcome)
			}
		}
	}
	if !seen["lazy"] || !seen["diligent"] {
		t.Fatalf("outcomes seen: %v", seen)
	}
}

// endHashFor is what verifier i attested in TestAuditEveryVerifierForced (diligent:
// the truth; lazy: the posted leaf, which the reveal must repeat).
func (a *Attestation) endHashFor(w *auditWorld, i int) [32]byte {
	if i%2 == 1 {
		return w.task().Leaves[a.Segment+1]
	}
	return w.truth[a.Segment+1]
}

// TestAuditVoid: on a forced task the attestations of segment f+1 (whose start was the
// decoy) are void whatever they revealed: a dispute of one is rejected, closing it
// unlocks the stake and pays its fee to the submitter.
func TestAuditVoid(t *testing.T) {
	w := newAuditWorld(t, 2, true) // f = 0: segment 1 starts at the decoy
	tk := w.task()
	for ; ; w.blockSalt++ { // blocks that draw the mix the test needs
		onF1 := 0
		for i := range aV {
			if s, _ := w.segment(i); s == w.f+1 {
				onF1++
			}
		}
		if onF1 >= 2 && onF1 < len(aV) {
			break
		}
	}
	var void []int
	ends := make([][32]byte, len(aV))
	for i := range aV {
		seg, err := w.segment(i)
		w.must(err)
		ends[i] = w.truth[seg+1]
		if seg == w.f+1 {
			void = append(void, i)
			if len(void) == 2 {
				ends[i] = [32]byte{0xbb} // a wrong end: void all the same
			}
		}
		w.attest(i, ends[i])
	}
	if len(void) < 2 || len(void) == len(aV) {
		t.Fatalf("attesters of segment f+1: %v; the test needs two and one elsewhere", void)
	}
	w.now = tk.A.AttestEnd + 1
	for i := range aV {
		w.reveal(i, ends[i])
	}
	w.now = tk.A.RevealEnd + 1
	w.must(w.m.RevealSecret(w.id, aSolver, w.secret, w.truth[w.f+1], decoyOf(w.f+1), w.now))
	var other common.Address
	for i := range aV {
		if tk.Att[aV[i]].Segment == w.f {
			other = aV[i]
		}
	}
	for _, i := range void {
		if err := w.m.DisputeAttestation(w.id, other, aV[i], 1, w.now); !errors.Is(err, ErrMarketVoidAttestation) {
			t.Fatalf("dispute of void attestation %d: %v", i, err)
		}
	}
	w.now = tk.WindowEnd
	w.must(w.m.Finalize(w.id, w.now))
	for _, i := range void {
		v, sub0 := w.free(aV[i]), w.free(aSubmitter)
		w.must(w.m.CloseAttestation(w.id, aV[i], true, w.now))
		got, subGot := sub(w.free(aV[i]), v), sub(w.free(aSubmitter), sub0)
		if o := tk.Att[aV[i]].Outcome; o != OutcomeVoid || got != testAudit().AttestStake || subGot != testAudit().AttestFee {
			t.Fatalf("void attestation %d: outcome %d, attester got %v, submitter %v", i, o, got.Dec(), subGot.Dec())
		}
	}
}

// TestAuditSolverLoses: a lying solver loses the dispute; the attester that vouched
// for its wrong leaf is not judged by that loss but loses its own dispute (opened by the
// winner within the dispute window); the one that disagreed is released after it.
func TestAuditSolverLoses(t *testing.T) {
	w := newAuditWorld(t, 4, false)
	tk := w.task()
	seg, _ := w.segment(0)
	// the solver's leaf seg+1 is wrong (it committed truth here; pretend the truth is
	// different by having verifier 1 vouch for the posted leaf and verifier 0 disagree)
	w.attest(0, [32]byte{0xee})
	seg1, _ := w.segment(1)
	w.attest(1, tk.Leaves[seg1+1])
	w.now = tk.A.AttestEnd + 1
	w.reveal(0, [32]byte{0xee})
	w.reveal(1, tk.Leaves[seg1+1])
	w.now = tk.A.RevealEnd + 1
	w.must(w.m.RevealSecret(w.id, aSolver, w.secret, [32]byte{}, [32]byte{}, w.now))
	w.must(w.m.Challenge(w.id, aV[0], seg1, 1, w.now))
	// a second dispute runs beside the first; the solver's loss in one makes it moot
	w.must(w.m.Challenge(w.id, aV[2], seg, 2, w.now))
	if err := w.m.Settle(w.id, 2, Pending, w.now); !errors.Is(err, ErrMarketGamePending) {
		t.Fatalf("settle a pending game: %v", err)
	}
	solverFree, subFree, v2 := w.free(aSolver), w.free(aSubmitter), w.free(aV[2])
	w.must(w.m.Settle(w.id, 1, ChallengerWins, w.now))
	if tk.Status != StatusFailed || !tk.A.SolverLost || tk.A.ChallengedSegment != seg1 {
		t.Fatalf("status %v", tk.Status)
	}
	w.must(w.m.Settle(w.id, 2, Pending, w.now))
	if got, want := w.free(aV[2]), add(v2, eth(100)); got != want || tk.Disputes != 0 {
		t.Fatalf("the moot dispute's challenger has %v free, want %v (disputes %d)", got.Dec(), want.Dec(), tk.Disputes)
	}
	if w.free(aSolver) != solverFree {
		t.Fatal("the solver got something")
	}
	// submitter: the reward back and the fees of the two unused attestation slots
	want := add(subFree, add(eth(150), eth(20)))
	if got := w.free(aSubmitter); got != want {
		t.Fatalf("submitter %v, want %v", got.Dec(), want.Dec())
	}
	// The loss judges no attestation: closing waits for the dispute window, in which the
	// winner disputes the vouching attestation (a game the attester defends).
	if err := w.m.CloseAttestation(w.id, aV[1], true, w.now); !errors.Is(err, ErrMarketTooEarly) {
		t.Fatalf("close in the dispute window: %v", err)
	}
	w.must(w.m.DisputeAttestation(w.id, aV[0], aV[1], 3, w.now))
	w.must(w.m.SettleAttestation(w.id, aV[1], 3, ChallengerWins, w.now))
	w.now = tk.WindowEnd
	if err := w.m.DisputeAttestation(w.id, aV[2], aV[0], 4, w.now); !errors.Is(err, ErrMarketTooLate) {
		t.Fatalf("dispute after the window: %v", err)
	}
	w.must(w.m.CloseAttestation(w.id, aV[0], true, w.now))
	if tk.Att[aV[1]].Outcome != OutcomeLostDispute || tk.Att[aV[0]].Outcome != OutcomeReleased {
		t.Fatalf("outcomes %d %d", tk.Att[aV[0]].Outcome, tk.Att[aV[1]].Outcome)
	}
}

// TestAuditAttestationDispute: a wrong attestation loses its dispute (the bounty to the
// challenger, the rest of the stake to the pool); a griefer disputing a right one loses
// its bond to the attester.
func TestAuditAttestationDispute(t *testing.T) {
	w := newAuditWorld(t, 4, false)
	tk := w.task()
	s0, _ := w.segment(0)
	s1, _ := w.segment(1)
	w.attest(0, w.truth[s0+1])
	w.attest(1, [32]byte{0xbb})
	w.now = tk.A.AttestEnd + 1
	w.reveal(0, w.truth[s0+1])
	w.reveal(1, [32]byte{0xbb})
	if err := w.m.DisputeAttestation(w.id, aV[2], aV[1], 1, w.now); !errors.Is(err, ErrMarketSecretNotRevealed) {
		t.Fatalf("dispute before the secret: %v", err)
	}
	w.now = tk.A.RevealEnd + 1
	w.must(w.m.RevealSecret(w.id, aSolver, w.secret, [32]byte{}, [32]byte{}, w.now))
	if err := w.m.DisputeAttestation(w.id, aV[1], aV[1], 1, w.now); !errors.Is(err, ErrMarketSelfChallenge) {
		t.Fatalf("self dispute: %v", err)
	}
	wb, att0, pool := w.free(aV[2]), w.free(aV[0]), w.m.TotalJackpot
	w.must(w.m.DisputeAttestation(w.id, aV[2], aV[1], 1, w.now))
	w.must(w.m.DisputeAttestation(w.id, aV[3], aV[0], 2, w.now))
	if err := w.m.CloseAttestation(w.id, aV[1], true, w.now); !errors.Is(err, ErrMarketWrongAttestation) {
		t.Fatalf("close while disputed: %v", err)
	}
	w.must(w.m.SettleAttestation(w.id, aV[1], 1, ChallengerWins, w.now))
	w.must(w.m.SettleAttestation(w.id, aV[0], 2, SolverWins, w.now))
	// whistleblower: bond back + a tenth of the 0.5 stake, the rest to the pool;
	// attester 0: half the griefer's 0.1 bond
	if got, want := sub(w.free(aV[2]), wb), eth(50); got != want {
		t.Errorf("whistleblower gained %v, want %v", got.Dec(), want.Dec())
	}
	if got, want := sub(w.m.TotalJackpot, pool), eth(450); got != want {
		t.Errorf("pool gained %v, want %v", got.Dec(), want.Dec())
	}
	if got, want := sub(w.free(aV[0]), att0), eth(50); got != want {
		t.Errorf("attester gained %v, want %v", got.Dec(), want.Dec())
	}
	_ = s1
	w.now = tk.WindowEnd
	w.must(w.m.Finalize(w.id, w.now))
	w.must(w.m.CloseAttestation(w.id, aV[0], true, w.now))
	if tk.Att[aV[0]].Outcome != OutcomeReleased || tk.Att[aV[1]].Outcome != OutcomeLostDispute {
		t.Fatal("outcomes")
	}
}

// TestAuditMissedSecret: a solver that never reveals its secret is slashed as for a
// missed commit; the attesters are released, their fees go back to the submitter.
func TestAuditMissedSecret(t *testing.T) {
	w := newAuditWorld(t, 4, true)
	tk := w.task()
	s0, _ := w.segment(0)
	w.attest(0, w.truth[s0+1])
	w.now = tk.A.AttestEnd + 1
	w.reveal(0, w.truth[s0+1])
	if err := w.m.Finalize(w.id, tk.A.SecretEnd); !errors.Is(err, ErrMarketTooEarly) {
		t.Fatalf("finalize at secretEnd: %v", err)
	}
	w.now = tk.A.SecretEnd + 1
	if err := w.m.RevealSecret(w.id, aSolver, w.secret, w.truth[w.f+1], decoyOf(w.f+1), w.now); !errors.Is(err, ErrMarketTooLate) {
		t.Fatalf("late secret: %v", err)
	}
	sub0 := w.free(aSubmitter)
	w.must(w.m.Finalize(w.id, w.now))
	// reward 150 + half the 1000 stake + fees of 3 unused slots
	if got, want := sub(w.free(aSubmitter), sub0), eth(150+500+30); tk.Status != StatusFailed || got != want {
		t.Fatalf("status %v, submitter got %v, want %v", tk.Status, got.Dec(), want.Dec())
	}
	v0 := w.free(aV[0])
	w.must(w.m.CloseAttestation(w.id, aV[0], true, w.now))
	if got, want := sub(w.free(aV[0]), v0), testAudit().AttestStake; got != want {
		t.Fatalf("attester got %v, want its stake %v", got.Dec(), want.Dec())
	}
}

// TestAuditHashLayouts pins the abi.encode layouts against values computed by hand
// from the Solidity definitions (the lockstep test in contracts/ checks them against
// the contract itself).
func TestAuditHashLayouts(t *testing.T) {
	secret := [32]byte{31: 1}
	if got := fmt.Sprintf("%x", SecretHash(secret)); got != "b10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6" {
		t.Errorf("secret hash %s", got)
	}
	for n := uint64(0); n < 50; n++ {
		forced, f := ForcedError([32]byte{byte(n)}, [32]byte{2}, n, n, 10000)
		if forced != (n >= 1) || (forced && f >= n) {
			t.Fatalf("n=%d: forced %v f %d", n, forced, f)
		}
	}
	if forced, _ := ForcedError(secret, secret, 1, 10, 0); forced {
		t.Fatal("forced at 0 bps")
	}
	if AssignmentOf([32]byte{1}, aV[0], 7) >= 7 {
		t.Fatal("assignment out of range")
	}
}

// TestMarketRandomOpsAtomic plays random operations on the model: the invariant holds
// after each, and an operation that fails changes nothing (as a revert).
func TestMarketRandomOpsAtomic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := NewMarket(100, aTreasury, 5000)
	accts := append([]common.Address{aSubmitter, aSolver}, aV[:]...)
	now := uint64(1)
	secrets := map[uint64][32]byte{}
	ops := 3000
	if testing.Short() {
		ops = 500
	}
	failed := 0
	var games uint64 // game ids handed out: the next dispute opens games+1
	const recent = 6
	for i := range ops {
		who := accts[r.IntN(len(accts))]
		// the latest tasks only: the snapshot below covers them
		id := uint64(max(0, len(m.Tasks)-recent) + 1 + r.IntN(max(1, min(recent, len(m.Tasks)))))
		before := snapshot(m)
		var err error
		switch op := r.IntN(16); op {
		case 0:
			err = m.Deposit(who, eth(uint64(r.IntN(3000))))
		case 1:
			err = m.RequestWithdrawal(who, eth(uint64(r.IntN(500))), now)
		case 2:
			_, err = m.Withdraw(who, now)
		case 3:
			now += uint64(r.IntN(300))
		case 4:
			a := testAudit()
			if r.IntN(3) == 0 {
				a = MarketAudit{}
			}
			_, err = m.PostTask(who, uint64(1+r.IntN(6)), testTerms(now), a, eth(uint64(r.IntN(400))), now)
		case 5:
			s := [32]byte{byte(i), byte(i >> 8)}
			if err = m.ClaimTask(id, who, SecretHash(s), now); err == nil {
				secrets[id] = s
			}
		case 6:
			if tk := m.Task(id); tk != nil {
				leaves := make([][32]byte, tk.N+1)
				for j := range leaves {
					leaves[j] = leafOf(uint64(j))
				}
				if f, k := ForcedError(secrets[id], [32]byte{3}, id, tk.N, tk.Audit.ForcedErrorBps); f && r.IntN(4) > 0 {
					leaves[k+1] = decoyOf(k + 1)
				}
				err = m.CommitTrace(id, tk.Solver, leaves, [32]byte{3}, now)
			}
		case 7:
			err = m.DrawSeed(id, [32]byte{byte(i)}, now)
		case 8:
			end := leafOf(uint64(r.IntN(4)))
			var h [32]byte // zero: the block after the join is not there yet
			if r.IntN(4) > 0 {
				h = [32]byte{byte(i), 1}
			}
			if r.IntN(2) == 0 {
				err = m.JoinAttestation(id, who, now)
			} else {
				err = m.Attest(id, who, AttestCommitment(id, who, end, end), func(uint32) [32]byte { return h }, now)
			}
		case 9:
			end := leafOf(uint64(r.IntN(4)))
			err = m.RevealAttestation(id, who, end, end, now)
		case 10:
			if tk := m.Task(id); tk != nil {
				err = m.RevealSecret(id, tk.Solver, secrets[id], leafOf(uint64(r.IntN(4))), decoyOf(uint64(r.IntN(4))), now)
			}
		case 11:
			if err = m.Challenge(id, who, uint64(r.IntN(4)), games+1, now); err == nil {
				games++
			}
		case 12:
			err = m.Settle(id, uint64(r.IntN(int(games)+1)), Result(r.IntN(3)), now)
		case 13:
			err = m.Finalize(id, now)
		case 14:
			if r.IntN(2) == 0 {
				if err = m.DisputeAttestation(id, who, accts[r.IntN(len(accts))], games+1, now); err == nil {
					games++
				}
			} else {
				err = m.SettleAttestation(id, accts[r.IntN(len(accts))], uint64(r.IntN(int(games)+1)), Result(r.IntN(3)), now)
			}
		case 15:
			err = m.CloseAttestation(id, accts[r.IntN(len(accts))], r.IntN(2) == 0, now)
		}
		if err != nil {
			failed++
			if after := snapshot(m); !reflect.DeepEqual(before, after) {
				t.Fatalf("op %d failed (%v) but changed the market", i, err)
			}
		}
		if err := m.CheckInvariant(); err != nil {
			t.Fatalf("after op %d: %v", i, err)
		}
	}
	if failed == ops {
		t.Fatal("every operation failed")
	}
}

// snapshot is every number of the market and of its six latest tasks.
func snapshot(m *Market) string {
	s := fmt.Sprintf("%v %v %v %v %v %v %d|", m.TotalFree.Dec(), m.TotalLocked.Dec(), m.TotalUnbonding.Dec(), m.TotalEscrow.Dec(),
		m.TotalJackpot.Dec(), m.Balance.Dec(), len(m.Disputes))
	for _, mp := range []map[common.Address]Wei{m.Free, m.Locked} {
		for _, a := range []common.Address{aSubmitter, aSolver, aTreasury, aV[0], aV[1], aV[2], aV[3]} {
			v := mp[a]
			s += v.Dec() + ","
		}
	}
	for _, t := range m.Tasks[max(0, len(m.Tasks)-6):] {
		s += fmt.Sprintf("%d %v %d %d %d %+v|", t.Status, t.SeedDrawn, t.WindowEnd, t.Disputes, len(t.Attesters), t.A)
		for _, a := range t.Attesters {
			s += fmt.Sprintf("%+v", *t.Att[a])
		}
	}
	return s
}

// TestAuditJoin: attesting takes a join first; the segment waits for the next block's
// hash (zero: not there yet); a joined attester that never commits loses its stake to
// the pool at close, like one that never reveals.
func TestAuditJoin(t *testing.T) {
	w := newAuditWorld(t, 8, false)
	tk := w.task()
	c := AttestCommitment(w.id, aV[0], w.truth[1], [32]byte{})
	if err := w.m.Attest(w.id, aV[0], c, w.hashes, w.now); !errors.Is(err, ErrMarketWrongAttestation) {
		t.Fatalf("attest without a join: %v", err)
	}
	w.must(w.m.JoinAttestation(w.id, aV[0], w.now))
	w.must(w.m.JoinAttestation(w.id, aV[1], w.now))
	if err := w.m.Attest(w.id, aV[0], c, notSealed, w.now); !errors.Is(err, ErrMarketSeedNotReady) {
		t.Fatalf("attest before the join's next block: %v", err)
	}
	if st := tk.Att[aV[0]].State; st != AttJoined || tk.A.Attesters != 2 {
		t.Fatalf("after joins: state %d, attesters %d", st, tk.A.Attesters)
	}
	w.must(w.m.Attest(w.id, aV[0], c, w.hashes, w.now))
	if s, _ := w.segment(0); tk.Att[aV[0]].Segment != s || tk.Att[aV[0]].State != AttCommitted {
		t.Fatalf("committed %+v, want segment %d", *tk.Att[aV[0]], s)
	}
	w.now = tk.A.AttestEnd + 1
	if err := w.m.Attest(w.id, aV[1], c, w.hashes, w.now); !errors.Is(err, ErrMarketTooLate) {
		t.Fatalf("late attest: %v", err)
	}
	if err := w.m.CloseAttestation(w.id, aV[1], false, tk.A.RevealEnd); !errors.Is(err, ErrMarketTooEarly) {
		t.Fatalf("close of a joined attestation before revealEnd: %v", err)
	}
	pool, v1, sub0 := w.m.TotalJackpot, w.free(aV[1]), w.free(aSubmitter)
	w.now = tk.A.RevealEnd + 1
	w.must(w.m.CloseAttestation(w.id, aV[1], false, w.now))
	a := tk.Att[aV[1]]
	grown := sub(w.m.TotalJackpot, pool)
	if a.State != AttClosed || a.Outcome != OutcomeUnrevealed || grown != testAudit().AttestStake ||
		w.free(aV[1]) != v1 || sub(w.free(aSubmitter), sub0) != testAudit().AttestFee {
		t.Fatalf("joined, never committed: %+v; pool grew %v", *a, grown.Dec())
	}
}

// TestCoveringDraws: slots drawn in join order without replacement: every pass of n
// slots draws each segment once, whatever the hashes; any slot's segment spreads over
// every segment; the view (SlotDraw, AttestSegment) is what Attest stores, whichever
// attester draws the pending slots; a slot whose hash expired draws from
// ExpiredDrawHash.
func TestCoveringDraws(t *testing.T) {
	const n, passes = 5, 3
	first := map[uint64]int{}
	for trial := range 200 {
		w := newAuditWorld(t, n, false)
		// room for three passes
		w.must(w.m.AddChecks(w.id, aSubmitter, n*passes-4, mulDiv(testAudit().AttestFee, n*passes-4, 1), w.now))
		w.blockSalt = byte(trial)
		tk := w.task()
		k := int(tk.Audit.MaxAttesters)
		who := make([]common.Address, k)
		for i := range who {
			who[i] = common.Address{19: byte(i + 1), 18: 0xa7}
			w.must(w.m.Deposit(who[i], eth(1000)))
			w.must(w.m.JoinAttestation(w.id, who[i], w.now))
		}
		hashOf := func(slot uint32) [32]byte { return [32]byte{0x10, byte(slot), byte(trial), 31: 1} }
		// views first (nothing drawn), then attests in a shuffled order
		want := make([]uint64, k)
		for i := range who {
			s, err := w.m.AttestSegment(w.id, who[i], hashOf)
			w.must(err)
			want[i] = s
		}
		first[want[0]]++
		order := rand.New(rand.NewPCG(uint64(trial), 1)).Perm(k)
		for _, i := range order {
			w.must(w.m.Attest(w.id, who[i], [32]byte{1}, hashOf, w.now))
			if got := tk.Att[who[i]].Segment; got != want[i] {
				t.Fatalf("trial %d slot %d: attest stored %d, the view said %d", trial, i, got, want[i])
			}
		}
		for p := 0; p+n <= k; p += n {
			seen := map[uint64]bool{}
			for _, s := range want[p : p+n] {
				seen[s] = true
			}
			if len(seen) != n {
				t.Fatalf("trial %d: pass %d drew %v, not every segment once", trial, p/n, want[p:p+n])
			}
		}
	}
	if len(first) != n {
		t.Fatalf("200 tasks' first slots drew %d of %d segments", len(first), n)
	}

	// an expired earlier slot draws from the fixed fallback hash
	w := newAuditWorld(t, n, false)
	w.attest(0, [32]byte{}) // slot 0 drawn from joinHash(0)
	w.must(w.m.JoinAttestation(w.id, aV[1], w.now))
	w.must(w.m.JoinAttestation(w.id, aV[2], w.now))
	expired := func(slot uint32) [32]byte {
		if slot == 1 {
			return JoinHashExpired
		}
		return w.joinHash(int(slot))
	}
	fallback := func(slot uint32) [32]byte {
		if slot == 1 {
			return ExpiredDrawHash(w.id, 1)
		}
		return w.joinHash(int(slot))
	}
	s2, err := w.m.AttestSegment(w.id, aV[2], fallback)
	w.must(err)
	w.must(w.m.Attest(w.id, aV[2], [32]byte{1}, expired, w.now))
	if got := w.task().Att[aV[2]].Segment; got != s2 || w.task().A.Drawn != 3 {
		t.Fatalf("after an expired slot: segment %d, want %d (drawn %d)", got, s2, w.task().A.Drawn)
	}
	if err := w.m.Attest(w.id, aV[1], [32]byte{1}, expired, w.now); !errors.Is(err, ErrMarketAttestExpired) {
		t.Fatalf("attest of the expired slot itself: %v", err)
	}
}
