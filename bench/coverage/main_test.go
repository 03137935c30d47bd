package main

import (
	"testing"

	"github.com/veritrain/veritrain/incentives"
)

// TestMeasureRuns: two tasks per level on 4 segments (about 2 s): every level buys the
// checks incentives.Slots names, and the share caught is a share.
func TestMeasureRuns(t *testing.T) {
	rows, err := measure(t.Context(), 2, 4, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 { // 0.5, 0.9, 0.99 at 0% and 30%; 1 at 0% only (unreachable at 30%)
		t.Fatalf("%d rows, want 7", len(rows))
	}
	for _, r := range rows {
		k, err := incentives.Slots(draw, 4, r.Assurance, r.SolverShare)
		if err != nil || r.Checks != k || r.Trials != 2 || r.Caught.Mean < 0 || r.Caught.Mean > 1 || r.Sybils > r.Checks {
			t.Errorf("row %+v (Slots %d, %v)", r, k, err)
		}
	}
}
