package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/incentives"
)

func newSimulateCmd() *cobra.Command {
	p := incentives.Default()
	var rounds int
	var seed uint64
	var asJSON, check, search, coverage bool
	cmd := &cobra.Command{
		Use:   "simulate",
		Short: "Simulate the audited market's incentives: each strategy's profit per task, and whether any deviation pays",
		Long: `Plays --rounds tasks per scenario on the Go model of the task market (honest world,
cheating solver, lazy and probing verifiers, colluding ring, griefing challenger,
self-attesting solver, a solver that withholds its checkpoints, honest or cheating,
and the verifiers facing it) and prints each
strategy's expected profit per task in ETH with a 95% confidence interval, its
difference with honest play on the same tasks, and the probability that a cheat goes
undetected. --check fails (exit 1) unless every deviation loses (rows marked as known
issues are reported, not checked); --search tries a grid
of stakes, forced-error rates, jackpots and fees and lists the cheapest that pass.
--coverage instead plays --rounds tasks per row of how many checks a task buys for an
assurance (0.5, 0.9, 0.99, 1: the probability that a cheat confined to one segment is
caught) when the solver holds 0%, 10% or 30% of the checking slots, under today's
independent draws and under covering draws, and the share of cheats caught.`,
		Example: "  veritrain simulate\n  veritrain simulate --attest-stake 0.1 --rounds 20000 --json\n  veritrain simulate --search --rounds 1500\n  veritrain simulate --coverage --rounds 10000",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := p.Validate(); err != nil {
				return usageError{err}
			}
			if rounds < 2 {
				return usageError{fmt.Errorf("--rounds %d: want at least 2", rounds)}
			}
			out := cmd.OutOrStdout()
			if coverage {
				return writeCoverage(out, int(p.Segments), rounds, seed, asJSON)
			}
			if search {
				cs, err := incentives.Search(cmd.Context(), p, incentives.DefaultGrid(), rounds, seed)
				if err != nil {
					return err
				}
				return writeCandidates(out, cs, asJSON)
			}
			rep, err := incentives.Evaluate(cmd.Context(), p, rounds, seed)
			if err != nil {
				return err
			}
			if asJSON {
				err = json.NewEncoder(out).Encode(rep)
			} else {
				err = rep.WriteText(out)
			}
			if err != nil {
				return fmt.Errorf("write report: %w", err)
			}
			if check {
				return rep.Check()
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&rounds, "rounds", 4000, "tasks simulated per scenario")
	f.Uint64Var(&seed, "seed", 1, "seed of the tasks' randomness (the same seed gives the same report)")
	f.BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	f.BoolVar(&check, "check", false, "fail unless every deviation loses and honest play pays")
	f.BoolVar(&search, "search", false, "search a grid of parameters around the others given and list the cheapest that pass")
	f.BoolVar(&coverage, "coverage", false, "report the checks each assurance needs and the share of one-segment cheats they catch, by draw and solver-held share of the slots")
	f.Uint64Var(&p.Segments, "segments", p.Segments, "segments per task")
	f.Float64Var(&p.TrainCost, "train-cost", p.TrainCost, "the solver's training cost per task, ETH")
	f.Float64Var(&p.Reward, "reward", p.Reward, "reward per task, ETH")
	f.Float64Var(&p.SolverStake, "solver-stake", p.SolverStake, "solver stake, ETH")
	f.Float64Var(&p.ChallengerBond, "bond", p.ChallengerBond, "challenger bond (task and attestation disputes), ETH")
	f.Uint16Var(&p.WinnerShareBps, "winner-share-bps", p.WinnerShareBps, "share of a slashed stake paid to the winner, basis points")
	f.Uint16Var(&p.ForcedErrorBps, "forced-error-bps", p.ForcedErrorBps, "probability of a forced error per task, basis points")
	f.Float64Var(&p.AttestStake, "attest-stake", p.AttestStake, "stake locked per attestation, ETH")
	f.Float64Var(&p.Jackpot, "jackpot", p.Jackpot, "jackpot per forced error, ETH (capped by the pool)")
	f.Float64Var(&p.JackpotFee, "jackpot-fee", p.JackpotFee, "fee per task paid into the jackpot pool, ETH")
	f.Float64Var(&p.AttestFee, "attest-fee", p.AttestFee, "fee per attestation that agrees with the final trace, ETH")
	f.IntVar(&p.Verifiers, "verifiers", p.Verifiers, "attesting verifiers per task")
	f.IntVar(&p.Whistleblowers, "whistleblowers", p.Whistleblowers, "whistleblowers")
	f.Float64Var(&p.Sample, "sample", p.Sample, "fraction of attestations each whistleblower re-runs")
	f.IntVar(&p.Colluders, "colluders", p.Colluders, "verifiers in the colluding ring")
	f.Float64Var(&p.CheatProb, "cheat-prob", p.CheatProb, "probability that the cheating solver cheats on a task")
	f.Float64Var(&p.RingCheatProb, "ring-cheat-prob", p.RingCheatProb, "probability that the ring's solver cheats on a task")
	f.Float64Var(&p.CheatSavings, "cheat-savings", p.CheatSavings, "fraction of the training cost a cheat saves")
	f.Float64Var(&p.CheatBonus, "cheat-bonus", p.CheatBonus, "value to the cheater of an accepted wrong result, ETH")
	f.Float64Var(&p.InitialJackpot, "initial-jackpot", p.InitialJackpot, "jackpot pool before the first task, ETH")
	f.Float64Var(&p.GasPriceGwei, "gas-price-gwei", p.GasPriceGwei, "gas price, gwei")
	return cmd
}

// writeCoverage prints incentives.Coverage's table for the assurances and solver
// shares issue 19 names, both draws, over segments.
func writeCoverage(w io.Writer, segments, trials int, seed uint64, asJSON bool) error {
	rows, err := incentives.Coverage(segments, []float64{0.5, 0.9, 0.99, 1}, []float64{0, 0.1, 0.3},
		[]incentives.Draw{incentives.Independent, incentives.Covering}, trials, seed)
	if err != nil {
		return usageError{err}
	}
	if asJSON {
		if err := json.NewEncoder(w).Encode(rows); err != nil {
			return fmt.Errorf("write coverage: %w", err)
		}
		return nil
	}
	if _, err := fmt.Fprintf(w, "%d segments\n", segments); err != nil {
		return fmt.Errorf("write coverage: %w", err)
	}
	return incentives.WriteCoverage(w, rows, trials)
}

func writeCandidates(w io.Writer, cs []incentives.Candidate, asJSON bool) error {
	if asJSON {
		if err := json.NewEncoder(w).Encode(cs); err != nil {
			return fmt.Errorf("write candidates: %w", err)
		}
		return nil
	}
	if _, err := fmt.Fprintf(w, "%-6s %-9s %-8s %-6s %-8s %-8s %-8s %-8s %-8s\n", "passes", "cost/task", "capital", "bps", "attest", "jackpot", "jp fee", "att fee", "solver"); err != nil {
		return fmt.Errorf("write candidates: %w", err)
	}
	for _, c := range cs {
		p := c.Params
		if _, err := fmt.Fprintf(w, "%-6v %-9.4f %-8.3f %-6d %-8.3g %-8.3g %-8.3g %-8.3g %-8.3g %s\n", c.Passes, c.SubmitterCost, c.Capital,
			p.ForcedErrorBps, p.AttestStake, p.Jackpot, p.JackpotFee, p.AttestFee, p.SolverStake, c.Why); err != nil {
			return fmt.Errorf("write candidates: %w", err)
		}
	}
	return nil
}
