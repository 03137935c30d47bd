package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

func newWhistleblowerCmd() *cobra.Command {
	var cf chainFlags
	var bond string
	var solverURLs []string
	var poll time.Duration
	var sample float64
	var allowUnjudged bool
	var metricsAddr string
	var lf logFlags
	var allowPrivate bool
	var cnt contentFlags
	var maxSteps uint64
	cmd := &cobra.Command{
		Use:   "whistleblower",
		Short: "Run a whistleblower: re-run a sample of revealed attestations, dispute wrong ones, play the dispute",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ctx := cmd.Context()
			if !(sample > 0 && sample <= 1) {
				return usageError{fmt.Errorf("--sample %v: want a fraction in (0, 1]", sample)}
			}
			b, err := parseEther(bond, "bond")
			if err != nil {
				return err
			}
			urls, err := parseSolverURLs(solverURLs)
			if err != nil {
				return err
			}
			m, closeFn, err := cf.dial(ctx)
			if err != nil {
				return err
			}
			defer closeFn()
			if err := lf.apply(ctx, m); err != nil {
				return err
			}
			lookup := solverLookup(ctx, m, urls)
			specs, resolve, lib, err := cnt.resolve(m, allowPrivate)
			if err != nil {
				return err
			}
			w, err := whistleblower.New(whistleblower.Config{Market: m, Specs: specs, Resolve: resolve, Library: lib, MaxData: cnt.maxData, Bond: b, Sample: sample,
				Checkpoints: &verifier.HTTP{URL: lookup, AllowPrivate: allowPrivate, Log: slog.Default()}, Task: task.Options{AllowUnjudged: allowUnjudged},
				MaxSteps: maxSteps, Log: slog.Default()})
			if err != nil {
				return usageError{err}
			}
			return daemonRun{role: "whistleblower", addr: metricsAddr, poll: poll, tick: w.Tick,
				logAttrs: []any{"sample", sample},
				counters: map[string]string{
					"attestations_seen_total":    "attestations revealed on the market",
					"attestations_checked_total": "attestations whose segment was re-run",
					"disputes_total":             "disputes opened (of attestations, or of the solver's claim an attester vouched for)",
					"disputes_won_total":         "disputes won",
					"disputes_lost_total":        "disputes lost",
					"task_errors_total":          "errors of one attestation (logged; the others go on)",
				},
				counts: func() map[string]int {
					return map[string]int{"attestations_seen_total": w.Seen, "attestations_checked_total": w.Checked,
						"disputes_total": w.Disputed, "disputes_won_total": w.Won, "disputes_lost_total": w.Lost, "task_errors_total": w.Errors}
				}}.run(ctx, m)
		},
	}
	cf.add(cmd)
	cnt.add(cmd, true)
	cmd.Flags().StringVar(&bond, "bond", "1", "ether kept deposited for challenger bonds")
	cmd.Flags().Float64Var(&sample, "sample", whistleblower.DefaultSample, "fraction of revealed attestations to re-run, in (0, 1]")
	cmd.Flags().StringSliceVar(&solverURLs, "solver-url", nil, "ADDRESS=URL of a solver's checkpoint server (repeatable)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	addListenFlag(cmd, &metricsAddr, "127.0.0.1:9550")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "also check tasks with a node the contract cannot judge")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private-urls", false, allowPrivateHelp)
	cmd.Flags().Uint64Var(&maxSteps, "max-steps", daemon.DefaultMaxSteps, "most training steps of a task it checks (a larger one is skipped)")
	lf.add(cmd)
	addConfigFlag(cmd)
	return cmd
}
