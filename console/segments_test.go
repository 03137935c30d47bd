package console

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// TestSegments: checks are grouped by segment with the checkpoints they start and end
// at; an attestation is vouched for only when what it revealed is the committed
// checkpoint, and says how it closed; a challenge says how its game ended.
func TestSegments(t *testing.T) {
	a, b, c := common.Address{0xa}, common.Address{0xb}, common.Address{0xc}
	leaves := [][32]byte{{0}, {1}, {2}, {3}, {4}} // 4 segments of 10 steps
	v := &vouched{
		leaves:  leaves,
		reveals: []reveal{{a, 2, leaves[3]}, {b, 2, [32]byte{9}}},
		closed:  []closed{{a, uint8(model.OutcomeReleased), chain.Ether(1)}, {b, uint8(model.OutcomeLazy), new(big.Int)}},
	}
	checks := []Check{
		{By: c.Hex(), Segment: 3, How: "challenged"},
		{By: a.Hex(), Segment: 2, How: "attested"},
		{By: b.Hex(), Segment: 2, How: "attested"},
		{By: c.Hex(), Segment: 0, How: "attested"}, // committed, never revealed
	}
	games := []Game{{GameView: onchain.GameView{Challenger: c.Hex(), Segment: 3, Result: "attester won"}, Defender: b.Hex(), Attestation: true}, // another dispute
		{GameView: onchain.GameView{Challenger: c.Hex(), Segment: 3, Result: "challenger won"}, Defender: a.Hex()}}
	got := segments(10, 40, checks, v, games)
	if len(got) != 3 || got[0].Index != 0 || got[1].Index != 2 || got[2].Index != 3 {
		t.Fatalf("segments %+v", got)
	}
	s2 := got[1]
	if s2.From != 20 || s2.To != 30 || s2.Start != hash(leaves[2]) || s2.End != hash(leaves[3]) || !s2.Vouched || len(s2.Checks) != 2 {
		t.Fatalf("segment 2: %+v", s2)
	}
	for i, want := range []string{"revealed: matches the checkpoint; closed: stake released, paid 1.000000 ETH",
		"revealed: differs from the checkpoint; closed: revealed the decoy, stake lost"} {
		if s2.Checks[i].Outcome != want {
			t.Errorf("segment 2, check %d: %q, want %q", i, s2.Checks[i].Outcome, want)
		}
	}
	if got[0].Vouched || got[0].Checks[0].Outcome != "committed, not revealed yet" {
		t.Errorf("segment 0: %+v", got[0])
	}
	if got[2].Vouched || got[2].Checks[0].Outcome != "dispute: challenger won" {
		t.Errorf("segment 3: %+v", got[2])
	}
	// the solver won the challenge by its moves: the segment is vouched for; on time
	// (the challenger's clock ran out, which a thrown game's does) it is not
	games[1].Result = "solver won"
	if s3 := segments(10, 40, checks, v, games)[2]; !s3.Vouched || s3.Checks[0].Outcome != "dispute: solver won" {
		t.Errorf("segment 3 won: %+v", s3)
	}
	games[1].Forfeit = true
	if s3 := segments(10, 40, checks, v, games)[2]; s3.Vouched || s3.Checks[0].Outcome != "dispute: solver won on time" {
		t.Errorf("segment 3 won on time: %+v", s3)
	}
	// an attestation under dispute, or that lost one, vouches for nothing
	disputed := append(games, Game{GameView: onchain.GameView{Challenger: c.Hex(), Segment: 2, Result: "pending"}, Defender: a.Hex(), Attestation: true})
	if s2 := segments(10, 40, checks, v, disputed)[1]; s2.Vouched {
		t.Errorf("segment 2 with its matching attestation disputed: %+v", s2)
	}
	disputed[len(disputed)-1].Result = "attester won"
	if s2 := segments(10, 40, checks, v, disputed)[1]; !s2.Vouched {
		t.Errorf("segment 2 with its matching attestation's dispute won: %+v", s2)
	}
	v.closed[0].outcome = uint8(model.OutcomeLostDispute)
	if s2 := segments(10, 40, checks, v, games)[1]; s2.Vouched {
		t.Errorf("segment 2 with its matching attestation lost in a dispute: %+v", s2)
	}

	// a task that may carry a forced error: nothing is vouched for until the secret is
	// out; then the decoy's copiers are told from the finders
	v = &vouched{leaves: leaves, reveals: []reveal{{a, 1, leaves[2]}, {b, 1, [32]byte{7}}, {c, 2, leaves[3]}}, audit: &auditInfo{decoys: true}}
	checks = []Check{{By: a.Hex(), Segment: 1, How: "attested"}, {By: b.Hex(), Segment: 1, How: "attested"}, {By: c.Hex(), Segment: 2, How: "attested"}}
	for _, sg := range segments(10, 40, checks, v, nil) {
		if sg.Vouched || !strings.Contains(sg.Checks[0].Outcome, "not out yet") {
			t.Errorf("before the secret: %+v", sg)
		}
	}
	v.audit = &auditInfo{decoys: true, revealed: true, forced: true, segment: 1, trueLeaf: [32]byte{7}}
	got = segments(10, 40, checks, v, nil)
	if s1 := got[0]; !s1.Vouched || s1.End != hash([32]byte{7}) || s1.Decoy != hash(leaves[2]) ||
		!strings.HasPrefix(s1.Checks[0].Outcome, "revealed the decoy") || !strings.HasPrefix(s1.Checks[1].Outcome, "revealed the true checkpoint") {
		t.Errorf("forced segment 1: %+v", s1)
	}
	if s2 := got[1]; s2.Vouched || s2.Start != hash([32]byte{7}) || s2.Decoy != "" || !strings.Contains(s2.Checks[0].Outcome, "void") {
		t.Errorf("segment 2, after the forced one (its attestations are void): %+v", s2)
	}

	// no checkpoints posted: nothing to compare, nothing vouched by an attestation
	if s := segments(10, 40, checks[1:2], &vouched{reveals: v.reveals}, nil)[0]; s.Vouched || s.Start != "" || !strings.HasPrefix(s.Checks[0].Outcome, "revealed (no checkpoints") {
		t.Errorf("without checkpoints: %+v", s)
	}
}

// TestSummary: the timeline says who moved how much where in one sentence.
func TestSummary(t *testing.T) {
	who, win := common.Address{0x11}, common.Address{0x22}
	for _, c := range []struct {
		name string
		vals map[string]any
		want string
	}{
		{"Slashed", map[string]any{"who": who, "amount": chain.Ether(2), "winner": win, "paid": chain.Ether(1), "toTreasury": chain.Ether(1)},
			who.Hex() + " was slashed 2.000000 ETH: 1.000000 ETH to " + win.Hex() + ", 1.000000 ETH to the treasury"},
		{"Slashed", map[string]any{"who": who, "amount": chain.Ether(1), "winner": common.Address{}, "paid": new(big.Int), "toTreasury": new(big.Int)},
			who.Hex() + " was slashed 1.000000 ETH: 1.000000 ETH to the jackpot pool"},
		{"SecretRevealed", map[string]any{"forced": true, "segment": uint64(3), "finders": uint32(2), "jackpotShare": chain.Ether(1)},
			"task 7's secret revealed: a forced error in segment 3, found by 2 attesters, 1.000000 ETH of the jackpot each"},
		{"AttestationClosed", map[string]any{"attester": who, "outcome": uint8(model.OutcomeUnrevealed), "paid": new(big.Int)},
			who.Hex() + "'s attestation of task 7 closed: never revealed, stake lost"},
		{"DisputeSettled", map[string]any{"game": big.NewInt(4), "solverWon": false}, "game 4 of task 7 settled: the challenger won"},
		{"JackpotFunded", map[string]any{"amount": chain.Ether(3)}, "3.000000 ETH into the jackpot pool"},
		{"Unknown", map[string]any{}, ""},
	} {
		if got := summary(c.name, 7, c.vals); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	// every market event has a kind and a sentence (an announcement's needs its info)
	for name := range marketAB.Events {
		if kindOf(name) == kindOther && name != "Announced" {
			t.Errorf("event %s has no kind", name)
		}
		if summary(name, 1, map[string]any{}) == "" && name != "Announced" {
			t.Errorf("event %s has no sentence", name)
		}
	}
}
