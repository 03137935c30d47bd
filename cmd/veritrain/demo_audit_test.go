package main

import "testing"

// TestDemoAudit runs the demo's audit on the synthetic data set with two segments per
// task, so every task is forced on one of its two segments and about half of the ten
// diligent and eight lazy attesters are drawn there (from the hash of the block after
// each one's join): finders are paid the jackpot, lazy attesters of the decoy are
// slashed (the odds that no attester of either kind lands on the forced segment in both
// tasks are below 2^-16), the attesters of segment 1 are void when segment 0 was forced
// (they started from the decoy), and the honest solver is still paid. With forced errors off and no cheat, nobody is slashed,
// void or wins a jackpot.
func TestDemoAudit(t *testing.T) {
	cases := []struct {
		name, cheat, bps string
		forced           bool
		paid, slashed    int
	}{
		{"forced, a cheater", "bit", "10000", true, 1, 1},
		{"unforced, honest", "none", "0", false, 2, 0},
	}
	for _, c := range cases {
		out, err := execute(t, "demo", "--model", "synthetic-relu", "--steps", "8", "--interval", "4", "--cheat", c.cheat,
			"--forced-error-bps", c.bps, "--attesters", "8", "--lazy-verifiers", "8", "--json", "--log-level", "error")
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, out)
		}
		var r demoResult
		lastJSON(t, out, &r)
		// every verifier attests each task: a, b, 8 diligent and 8 lazy
		if r.TasksFinished != 2 || r.SolversPaid != c.paid || r.SolversSlashed != c.slashed || r.Attestations != 2*18 {
			t.Fatalf("%s: %+v", c.name, r)
		}
		// a forced error may fall on either segment; only one on segment 0 leaves a
		// segment after it (1), whose attesters are void
		voids := false
		for _, tk := range r.Tasks {
			voids = voids || (tk.ForcedSegment != nil && *tk.ForcedSegment == 0)
		}
		if c.forced && (r.JackpotsPaid == 0 || r.LazySlashed == 0 || voids != (r.VoidAttestations != 0)) {
			t.Errorf("%s: %d jackpots paid, %d lazy attesters slashed, %d void (a task forced on segment 0: %v); want jackpots, slashes, and voids exactly when one was",
				c.name, r.JackpotsPaid, r.LazySlashed, r.VoidAttestations, voids)
		}
		if !c.forced && (r.JackpotsPaid != 0 || r.LazySlashed != 0 || r.VoidAttestations != 0 || r.WhistleblowerDisputes != 0) {
			t.Errorf("%s: %d jackpots, %d lazy slashed, %d void, %d whistleblower disputes; want none", c.name, r.JackpotsPaid, r.LazySlashed,
				r.VoidAttestations, r.WhistleblowerDisputes)
		}
	}
	if _, err := execute(t, "demo", "--forced-error-bps", "10001"); err == nil {
		t.Fatal("--forced-error-bps 10001 accepted")
	}
}
