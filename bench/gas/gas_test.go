package main

import (
	"context"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/contracts/model"
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

// TestGPT2Disputes plays the GPT-2 small section's disputes under Osaka rules (with
// -short only two rows and the shorter segment): the liar must lose each at the
// one-step check, and the report must render them.
func TestGPT2Disputes(t *testing.T) {
	rows, segs := GPT2Rows, GPT2Segments
	if testing.Short() {
		rows, segs = []gptRow{GPT2Rows[1], GPT2Rows[4]}, GPT2Segments[:1]
	}
	step, cases, err := GPT2Cases(segs, rows)
	if err != nil {
		t.Fatal(err)
	}
	if step.nodes < 1000 || len(step.g.State) != 3*148+2 {
		t.Fatalf("GPT-2 small: %d nodes, %d state tensors", step.nodes, len(step.g.State))
	}
	d, err := newDriver(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	res, err := MeasureGPT2(d, cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Refused != "" || r.Winner != model.ChallengerWins || r.OneStep == 0 {
			t.Errorf("%s over %d steps: %+v", r.Row, r.Steps, r)
		}
		t.Logf("%s over %d steps: %d moves, %d gas, worst %s %d, one-step %d (%s), trace %d", r.Row, r.Steps, r.Moves, r.Total,
			r.Worst.Name, r.Worst.Gas, r.OneStep, r.Judged, r.TraceLen)
	}
	md := MarkdownGPT2([]Report{{Rules: "Osaka", GPT2: res}}, step)
	if !strings.Contains(md, "### GPT-2 small disputes (Osaka)") {
		t.Error("report lacks the GPT-2 table")
	}
}
