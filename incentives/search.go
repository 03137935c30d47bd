package incentives

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Grid is the set of parameter values Search tries; every combination is one
// candidate (the other parameters come from the base).
type Grid struct {
	ForcedErrorBps []uint16
	AttestStake    []float64
	Jackpot        []float64
	AttestFee      []float64
	SolverStake    []float64
	Sample         []float64
}

// DefaultGrid is the search that chose Default's values (incentives/README.md). The
// values an earlier search showed never pass are left out: forced errors of 1000 and
// 2500 bps, attest stakes of 0.1 and 0.25, no attest fee, a solver stake of 0.25.
func DefaultGrid() Grid {
	return Grid{
		ForcedErrorBps: []uint16{5000, 10000},
		AttestStake:    []float64{0.5, 1, 1.5, 1.6, 2, 2.5, 3, 3.2, 4},
		Jackpot:        []float64{0.1, 0.2, 0.4},
		AttestFee:      []float64{0.01},
		SolverStake:    []float64{0.5, 1},
		Sample:         []float64{0.1},
	}
}

// Candidate is one parameter set the search evaluated.
type Candidate struct {
	Params Params `json:"params"`
	// SubmitterCost is what the audit adds to a task's price: the jackpot fee and the
	// attestation fees (ether per task).
	SubmitterCost float64 `json:"submitter_cost"`
	// Capital is the stake locked per task while it runs (solver and attesters).
	Capital float64 `json:"capital"`
	// Passes: every deviation loses, honest solving and verifying pay, the pool lasts,
	// all with twice the 95% interval's half-width as margin (Report.CheckMargin(2)).
	Passes bool   `json:"passes"`
	Why    string `json:"why,omitempty"`
}

// FairJackpotFee is the least jackpot fee postTask accepts (model.FairJackpot): the
// chance of a forced error times the jackpot, rounded up to 0.001 ETH. It assumes a
// finder on every forced task, as a self-dealing task (its submitter, solver and
// attesters one party) always has one, so that no task draws from the pool in
// expectation more than it paid in; with honest verifiers the pool grows by the
// draws of forced tasks no verifier sat on.
func FairJackpotFee(p Params) float64 {
	return math.Ceil(float64(p.ForcedErrorBps)/1e4*p.Jackpot*1000) / 1000
}

// Search evaluates every combination of grid over base (the jackpot fee set by
// FairJackpotFee) with tasks tasks per scenario and returns the candidates, passing
// ones (with margin: Report.CheckMargin(2)) first, cheapest for the submitter first,
// then least capital locked.
func Search(ctx context.Context, base Params, g Grid, tasks int, seed uint64) ([]Candidate, error) {
	var out []Candidate
	for _, bps := range g.ForcedErrorBps {
		for _, as := range g.AttestStake {
			for _, jp := range g.Jackpot {
				for _, fee := range g.AttestFee {
					for _, ss := range g.SolverStake {
						for _, smp := range g.Sample {
							p := base
							p.ForcedErrorBps, p.AttestStake, p.Jackpot, p.AttestFee, p.SolverStake, p.Sample = bps, as, jp, fee, ss, smp
							p.JackpotFee = FairJackpotFee(p)
							rep, err := Evaluate(ctx, p, tasks, seed)
							if err != nil {
								return nil, fmt.Errorf("search: %w", err)
							}
							c := Candidate{Params: p, SubmitterCost: p.JackpotFee + p.AttestFee*float64(p.Verifiers),
								Capital: p.SolverStake + p.AttestStake*float64(p.Verifiers)}
							err = rep.CheckMargin(2)
							c.Passes = err == nil
							if err != nil {
								if !errors.Is(err, ErrDeviationPays) {
									return nil, err
								}
								c.Why = err.Error()
							}
							out = append(out, c)
						}
					}
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Candidate) int {
		switch {
		case a.Passes != b.Passes:
			if a.Passes {
				return -1
			}
			return 1
		case a.SubmitterCost != b.SubmitterCost:
			return cmpFloat(a.SubmitterCost, b.SubmitterCost)
		}
		return cmpFloat(a.Capital, b.Capital)
	})
	return out, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
