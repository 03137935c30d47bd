package main

import (
	"context"
	"strings"
	"testing"
)

// TestGasGoals plays whole disputes under Osaka rules and holds the largest to the
// issue's goals: under GoalMoves moves and GoalTotalGas gas, the one-step check under
// GoalOneStepGas. With -short only the smallest size runs (same checks).
func TestGasGoals(t *testing.T) {
	sizes := Grid
	if testing.Short() {
		sizes = Grid[:1]
	}
	d, err := newDriver(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	rep, err := Measure(d, sizes, "Osaka")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Disputes {
		if r.Moves >= GoalMoves || r.Total >= GoalTotalGas || r.OneStep >= GoalOneStepGas || r.OneStep == 0 {
			t.Errorf("%+v: %d moves, %d gas, one-step %d: over the goals", r.Size, r.Moves, r.Total, r.OneStep)
		}
	}
	for _, fn := range []string{"deposit", "requestWithdrawal", "withdraw", "postTask", "cancelTask", "claimTask", "commitTrace",
		"drawSeed", "challenge", "settle", "finalize (pay solver)", "finalize (missed deadline: slash)", "commitSteps", "reveal", "pick",
		"commitGraph", "disputeAssembly", "openNode", "openTrace", "defendStep", "defendAssembly", "timeout",
		"postTask (audit)", "claimTask (audit)", "fixClaimHash", "joinAttestation", "attest", "revealAttestation", "revealSecret (forced, jackpot)", "revealSecret (forced, MLP 784-256-10 state)",
		"disputeAttestation", "settleAttestation", "closeAttestation (unrevealed)", "closeAttestation (joined, never committed)", "closeAttestation (finder: jackpot + fee)",
		"finalize (pay solver, audit)"} {
		if rep.Functions[fn] == 0 {
			t.Errorf("%s was not measured", fn)
		}
	}
	md := Markdown([]Report{rep}, "test")
	if !strings.Contains(md, "| defendStep |") {
		t.Error("report lacks the function table")
	}
}
