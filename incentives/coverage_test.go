package incentives

import (
	"errors"
	"math"
	"testing"
)

// TestSlots: the checks a task buys for an assurance, by draw and solver share.
func TestSlots(t *testing.T) {
	for _, c := range []struct {
		d       Draw
		s       int
		p, c    float64
		want    int
		unreach bool
	}{
		{Covering, 16, 0.5, 0, 8, false},
		{Covering, 16, 0.9, 0, 15, false},    // 15/16 ≥ 0.9 > 14/16
		{Covering, 16, 1, 0, 16, false},      // every segment once
		{Covering, 10, 0.9, 0.1, 10, false},  // one sybil slot of 10: escape 1/10
		{Covering, 10, 0.99, 0.1, 20, false}, // two passes, one sybil slot each: 1/10·1/10
		{Covering, 10, 0.99, 0.3, 40, false}, // 0.3^4 = 0.0081; three passes leave 0.027
		{Covering, 16, 1, 0.1, 0, true},      // c^passes is never 0
		{Independent, 16, 0.5, 0, 11, false},
		{Independent, 10, 0.99, 0, 44, false}, // (0.9)^44 = 0.0097
		{Independent, 16, 1, 0, 0, true},
	} {
		got, err := Slots(c.d, c.s, c.p, c.c)
		if c.unreach {
			if !errors.Is(err, ErrUnreachable) {
				t.Errorf("%s %d segments, assurance %g, share %g: %d, %v; want unreachable", c.d, c.s, c.p, c.c, got, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s %d segments, assurance %g, share %g: %d, %v; want %d", c.d, c.s, c.p, c.c, got, err, c.want)
		}
		if e := Escape(c.d, c.s, got, c.c); !reaches(e, c.p) || got > 1 && reaches(Escape(c.d, c.s, got-1, c.c), c.p) {
			t.Errorf("%s %d checks: caught %g, not the fewest for %g", c.d, got, 1-e, c.p)
		}
	}
	for _, bad := range [][3]float64{{0, 0.5, 0}, {16, 0, 0}, {16, 1.1, 0}, {16, 0.5, 1}, {16, math.NaN(), 0}} {
		if _, err := Slots(Covering, int(bad[0]), bad[1], bad[2]); err == nil || errors.Is(err, ErrUnreachable) {
			t.Errorf("Slots(%v): %v, want an error naming the bad argument", bad, err)
		}
	}
}

// TestCoverageMatchesPrediction: the measured share of cheats caught lies within its
// 95% interval of the prediction in every row, and at assurance 1 with no sybils every
// cheat is caught; covering draws need fewer checks than independent ones.
func TestCoverageMatchesPrediction(t *testing.T) {
	const trials = 4000
	rows, err := Coverage(16, []float64{0.5, 0.9, 1}, []float64{0, 0.3}, []Draw{Independent, Covering}, trials, 7)
	if err != nil {
		t.Fatal(err)
	}
	slots := map[[2]float64]map[string]int{}
	for _, r := range rows {
		if r.Unreachable != "" {
			continue
		}
		if r.Predicted < r.Caught.Lo-1e-9 || r.Predicted > r.Caught.Hi+1e-9 {
			t.Errorf("%s, assurance %g, share %g: caught %.4f [%.4f, %.4f], predicted %.4f", r.Draw, r.Assurance, r.SolverShare, r.Caught.Mean, r.Caught.Lo, r.Caught.Hi, r.Predicted)
		}
		if r.Predicted < r.Assurance-1e-12 {
			t.Errorf("%s, assurance %g, share %g: %d checks predict %.4f", r.Draw, r.Assurance, r.SolverShare, r.Slots, r.Predicted)
		}
		if r.Draw == "covering" && r.Assurance == 1 && r.SolverShare == 0 && r.Caught.Mean != 1 {
			t.Errorf("full coverage caught %.4f of the cheats", r.Caught.Mean)
		}
		key := [2]float64{r.Assurance, r.SolverShare}
		if slots[key] == nil {
			slots[key] = map[string]int{}
		}
		slots[key][r.Draw] = r.Slots
	}
	for key, m := range slots {
		if ind, ok := m["independent"]; ok && m["covering"] >= ind {
			t.Errorf("assurance %g, share %g: covering buys %d checks, independent %d", key[0], key[1], m["covering"], ind)
		}
	}
}
