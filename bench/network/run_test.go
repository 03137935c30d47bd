package main

import (
	"math/big"
	"testing"
)

// TestBenchSmall runs the benchmark at a small size with a cheater that always cheats
// and verifiers that re-run every segment (with assigned segments only, a one-step
// fault is caught with a probability: see README.md): with verifiers every cheat is
// slashed, no honest solver is, and the money adds up
// (rewards + winnings - losses - gas = the change in holdings, for every party);
// without verifiers the cheats are paid.
func TestBenchSmall(t *testing.T) {
	cfg := Config{Tasks: 3, Solvers: 2, Verifiers: 2, CheatEvery: 1, CheckAll: true, Model: "synthetic-relu", Steps: 8, Interval: 4, Seed: 7,
		Label: true} // the profiled run's path (-cpuprofile)
	rep, err := bench(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	w, wo := rep.With, rep.Without
	if w.Cheats == 0 || w.Caught != w.Cheats || w.HonestSlashed != 0 || w.DisputeMoves == 0 || w.VerifierCPU <= 0 || w.SolverCPU <= 0 {
		t.Fatalf("with verifiers: %+v", w)
	}
	if wo.Cheats == 0 || wo.Caught != 0 || wo.DisputeMoves != 0 || wo.VerifierCPU != 0 {
		t.Fatalf("without verifiers: %+v", wo)
	}
	for _, r := range []*Run{w, wo} {
		if len(r.Tasks) != cfg.Tasks {
			t.Fatalf("%d tasks", len(r.Tasks))
		}
		for _, p := range r.Parties {
			sum := rat(t, p.Rewards)
			sum.Add(sum, rat(t, p.Won))
			sum.Sub(sum, rat(t, p.Lost))
			sum.Sub(sum, rat(t, p.GasETH))
			if p.Name == "treasury" {
				continue // its income is the slashed remainder, not a column
			}
			if sum.Cmp(rat(t, p.Profit)) != 0 {
				t.Errorf("%d verifiers, %s: rewards %s + won %s - lost %s - gas %s != profit %s", r.Verifiers, p.Name,
					p.Rewards, p.Won, p.Lost, p.GasETH, p.Profit)
			}
		}
	}
}

func rat(t *testing.T, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("%q is not a number", s)
	}
	return r
}
