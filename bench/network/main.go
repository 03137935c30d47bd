// Command network runs the veritrain network at a larger size than the demo, in one
// process on the simulated chain (internal/netsim, the demo's wiring): a submitter
// posts the tasks, several solvers (the last of which cheats now and then, with a
// random cheat) train them, verifiers re-run their assigned segments and play the
// disputes. The same tasks then run again with no verifier. It reports the wall time
// per task with and without verification, the verifiers' CPU time as a share of the
// solvers', the time from a cheat's commitment to its slashing, and each party's
// profit. See README.md.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"runtime/pprof"
	"text/tabwriter"
	"time"
)

// Report is the benchmark's JSON output.
type Report struct {
	Config  reportConfig `json:"config"`
	With    *Run         `json:"with_verification"`
	Without *Run         `json:"without_verification"`
	Date    string       `json:"date"`
}

type reportConfig struct {
	Tasks, Solvers, Verifiers, CheatEvery int
	CheckAll                              bool
	Model                                 string
	Steps, Interval, Seed                 uint64
}

func main() {
	var cfg Config
	var asJSON, verbose bool
	var cpuProfile string
	flag.IntVar(&cfg.Tasks, "tasks", 20, "tasks posted")
	flag.IntVar(&cfg.Solvers, "solvers", 3, "solvers (the last one cheats now and then)")
	flag.IntVar(&cfg.Verifiers, "verifiers", 4, "verifiers in the verified run")
	flag.IntVar(&cfg.CheatEvery, "cheat-every", 3, "the cheater cheats on a task it claims with probability 1/N")
	flag.BoolVar(&cfg.CheckAll, "check-all", false, "verifiers re-run every segment (default: only their assigned one)")
	flag.StringVar(&cfg.Model, "model", "mnist-mlp", "built-in model of every task")
	flag.Uint64Var(&cfg.Steps, "steps", 100, "training steps per task")
	flag.Uint64Var(&cfg.Interval, "interval", 10, "steps per checkpoint (segments = steps/interval)")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed of the cheater's choices")
	flag.BoolVar(&asJSON, "json", false, "print the JSON report only")
	flag.BoolVar(&verbose, "v", false, "log the daemons' events on stderr")
	flag.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of both runs to this file; samples carry the labels role, party and "+
		"verifiers (the run's) of the party whose tick they are in (go tool pprof -tagfocus role=verifier)")
	flag.Parse()
	if cfg.Tasks < 1 || cfg.Solvers < 1 || cfg.Verifiers < 0 || cfg.CheatEvery < 1 {
		fmt.Fprintln(os.Stderr, "network: --tasks, --solvers and --cheat-every must be at least 1")
		os.Exit(2)
	}
	if verbose {
		cfg.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "network:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "network:", err)
			os.Exit(1)
		}
		cfg.Label = true
	}
	rep, err := bench(ctx, cfg)
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "network:", err)
		os.Exit(1)
	}
	if asJSON {
		json.NewEncoder(os.Stdout).Encode(rep)
		return
	}
	printReport(os.Stdout, rep)
}

// bench runs the tasks with the verifiers, then without.
func bench(ctx context.Context, cfg Config) (*Report, error) {
	rep := &Report{Config: reportConfig{cfg.Tasks, cfg.Solvers, cfg.Verifiers, cfg.CheatEvery, cfg.CheckAll, cfg.Model, cfg.Steps, cfg.Interval, cfg.Seed},
		Date: time.Now().UTC().Format(time.DateOnly)}
	var err error
	if rep.With, err = run(ctx, cfg, cfg.Verifiers); err != nil {
		return nil, fmt.Errorf("with verifiers: %w", err)
	}
	if rep.Without, err = run(ctx, cfg, 0); err != nil {
		return nil, fmt.Errorf("without verifiers: %w", err)
	}
	return rep, nil
}

func printReport(w io.Writer, rep *Report) {
	c := rep.Config
	fmt.Fprintf(w, "%d tasks of %s (%d steps, a checkpoint every %d), %d solvers (the last cheats on 1 task in %d), seed %d\n\n",
		c.Tasks, c.Model, c.Steps, c.Interval, c.Solvers, c.CheatEvery, c.Seed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\twall s\ts/task\tsolver CPU s\tverifier CPU s\tverifier/solver\tcheats\tslashed\thonest slashed\tdispute moves\tgas\t")
	for _, r := range []*Run{rep.With, rep.Without} {
		fmt.Fprintf(tw, "%d verifiers\t%.1f\t%.2f\t%.1f\t%.1f\t%.0f%%\t%d\t%d\t%d\t%d\t%d\t\n", r.Verifiers, r.WallSeconds, r.TaskSeconds,
			r.SolverCPU, r.VerifierCPU, r.VerifierPct, r.Cheats, r.Caught, r.HonestSlashed, r.DisputeMoves, r.GasUsed)
	}
	tw.Flush()
	r := rep.With
	fmt.Fprintf(w, "\ncommitment to slashing (with verifiers, mean of %d): %.0f chain s, %.2f wall s\n", r.Caught, r.SlashChainMean, r.SlashWallMean)
	for _, r := range []*Run{rep.With, rep.Without} {
		fmt.Fprintf(w, "\nparties, %d verifiers (ETH):\n", r.Verifiers)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "party\ttasks\tCPU s\trewards\twon\tlost\tgas\tgas ETH\tprofit\t")
		for _, p := range r.Parties {
			fmt.Fprintf(tw, "%s\t%d\t%.1f\t%s\t%s\t%s\t%d\t%s\t%s\t\n", p.Name, p.Tasks, p.CPUSeconds, eth6(p.Rewards), eth6(p.Won),
				eth6(p.Lost), p.Gas, eth6(p.GasETH), eth6(p.Profit))
		}
		tw.Flush()
	}
	fmt.Fprintln(w, "\ntasks (with verifiers):")
	for _, t := range rep.With.Tasks {
		cheat := t.Cheat
		if cheat == "" {
			cheat = "-"
		}
		fmt.Fprintf(w, "  task %2d  %-9s cheat %-9s %-9s commit->end %6d chain s %6.2f wall s\n", t.ID, t.Solver, cheat, t.Status,
			t.CommitToEndChain, t.CommitToEndWall)
	}
}

// eth6 shows an exact amount of ether to 6 decimals.
func eth6(s string) string {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return s
	}
	return r.FloatString(6)
}
