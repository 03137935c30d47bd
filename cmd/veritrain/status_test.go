package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
)

// TestStatusAttestations: on an audited task two attesting verifiers join, commit,
// reveal; `status` lists each attestation with the segment the contract stored at its
// commitment, which is the one drawn from the hash of the block after its join (not
// the seed's assignment of the address), and prints it.
func TestStatusAttestations(t *testing.T) {
	ctx := t.Context()
	sn := newSmallNet(t)
	attesters := []int{4, 6}
	for _, acc := range attesters {
		if _, err := sn.AddVerifier(ctx, acc, "attester", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1),
			Task: task.Options{AllowUnjudged: true}, Dir: t.TempDir()}); err != nil {
			t.Fatal(err)
		}
	}
	head, err := sn.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * 3600
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	tenth := new(big.Int).Div(chain.Ether(1), big.NewInt(10))
	audit := taskmarket.TaskMarketAudit{AttestWindow: 3600, RevealWindow: 3600, AttestStake: tenth, JackpotFee: tenth,
		Jackpot: tenth, AttestFee: new(big.Int)}
	id, err := sn.sub.PostAudited(ctx, sn.tk.Roots(), terms, audit, chain.Ether(3))
	if err != nil {
		t.Fatal(err)
	}
	if err := sn.Play(ctx, []uint64{id}, 300); err != nil {
		t.Fatal(err)
	}
	rep, err := readStatus(ctx, sn.sub, []uint64{id}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tv := rep.Tasks[0]
	if tv.Status != "finalized" || len(tv.Attestations) != len(attesters) {
		t.Fatalf("task %s, attestations %+v; want finalized with %d", tv.Status, tv.Attestations, len(attesters))
	}
	var table bytes.Buffer
	if err := printStatus(&table, rep); err != nil {
		t.Fatal(err)
	}
	for i, a := range tv.Attestations {
		who := common.HexToAddress(a.Attester)
		if who != chain.DeterministicAccount(attesters[i]).Address {
			t.Errorf("attestation %d by %s, want account %d", i, a.Attester, attesters[i])
		}
		on, err := sn.sub.Attestation(ctx, id, who)
		if err != nil {
			t.Fatal(err)
		}
		if want := on.Segment; a.Segment != want || (a.State != "revealed" && a.State != "closed") {
			t.Errorf("attestation %+v; want segment %d (the contract's), revealed or closed", a, want)
		}
		if line := "attester " + a.Attester + " attested segment "; !strings.Contains(table.String(), line) {
			t.Errorf("table lacks %q:\n%s", line, table.String())
		}
	}
	// the coverage the two checks reached: distinct segments of 2, overlaps called short
	c := tv.Coverage
	covered := map[uint64]bool{}
	for _, a := range tv.Attestations {
		covered[a.Segment] = true
	}
	if len(covered) != len(tv.Attestations) { // covering draws: 2 checks of 2 segments never overlap
		t.Errorf("attestations %+v overlap: covering draws repeat no segment within a pass", tv.Attestations)
	}
	if c == nil || c.Segments != 2 || c.Joined != 2 || c.Attested != 2 || c.Covered != len(covered) || c.Caught != float64(len(covered))/2 ||
		(c.Covered < 2) != strings.Contains(c.Short, "already checked") || !strings.Contains(table.String(), "coverage: 2 joined and 2 attested") {
		t.Errorf("coverage %+v of attestations %+v:\n%s", c, tv.Attestations, table.String())
	}
}

// TestCoverageShort: once attestations close, a task whose bought checks were not all
// attested, or whose checks overlap, is flagged short with why; before, never.
func TestCoverageShort(t *testing.T) {
	tk := taskmarket.TaskMarketTask{Spec: taskmarket.TaskMarketSpec{Steps: 40, Interval: 10}}
	atts := []attestView{{Segment: 1}, {Segment: 3}, {Segment: 3}}
	for _, c := range []struct {
		bought uint32
		now    uint64
		want   []string
	}{
		{5, 100, nil}, // attestations still open
		{5, 201, []string{"2 of the 5 checks bought were not attested", "1 checks landed on segments already checked"}},
		{3, 201, []string{"1 checks landed on segments already checked"}},
	} {
		a := taskmarket.TaskMarketAuditState{Audit: taskmarket.TaskMarketAudit{MaxAttesters: c.bought}, AttestEnd: 200, Attesters: 3}
		got := coverageOf(a, tk, atts, c.now)
		if got.Segments != 4 || got.Covered != 2 || got.Caught != 0.5 {
			t.Errorf("bought %d at %d: %+v", c.bought, c.now, got)
		}
		for _, w := range c.want {
			if !strings.Contains(got.Short, w) {
				t.Errorf("bought %d at %d: short %q, want it to say %q", c.bought, c.now, got.Short, w)
			}
		}
		if len(c.want) == 0 && got.Short != "" {
			t.Errorf("bought %d at %d: short %q before attestations close", c.bought, c.now, got.Short)
		}
	}
}

// joinBlockOf is the block of who's AttestJoined event on task id.
func joinBlockOf(t *testing.T, sn *smallNet, id uint64, who common.Address) uint64 {
	t.Helper()
	tm := taskmarket.NewTaskMarket()
	logs, err := sn.Sim.FilterLogs(t.Context(), ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{sn.Market},
		Topics: [][]common.Hash{{tm.GetABI().Events["AttestJoined"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))},
			{common.BytesToHash(who.Bytes())}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%s's joins of task %d: %d (%v), want 1", who.Hex(), id, len(logs), err)
	}
	return logs[0].BlockNumber
}

// lastGame is the latest dispute status shows for a task (nil: none).
func lastGame(tv taskView) *gameView {
	if len(tv.Games) == 0 {
		return nil
	}
	return tv.Games[len(tv.Games)-1]
}
