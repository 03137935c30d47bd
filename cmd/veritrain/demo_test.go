package main

import (
	"testing"
)

// TestDemo runs the demo end to end on the synthetic data set: an honest solver is
// paid and never challenged; a solver that flips one bit of a backward node is
// challenged, loses the game and is slashed.
func TestDemo(t *testing.T) {
	cases := []struct {
		cheat, status string
		paid, slashed bool
		challenges    int
	}{
		{"none", "finalized", true, false, 0},
		{"bit", "failed", false, true, 1},
	}
	for _, c := range cases {
		out, err := execute(t, "demo", "--model", "synthetic-relu", "--steps", "8", "--interval", "4", "--cheat", c.cheat, "--json", "--log-level", "warn")
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.cheat, err, out)
		}
		var r demoResult
		lastJSON(t, out, &r)
		if r.TaskStatus != c.status || r.SolverPaid != c.paid || r.Slashed != c.slashed || r.Challenged != c.challenges || r.Checked == 0 {
			t.Fatalf("%s: %+v", c.cheat, r)
		}
	}
	if _, err := execute(t, "demo", "--cheat", "nonsense"); err == nil {
		t.Fatal("unknown cheat accepted")
	}
}
