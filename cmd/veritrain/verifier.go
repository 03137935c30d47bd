package main

import (
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
)

func newVerifierCmd() *cobra.Command {
	var cf chainFlags
	var bond string
	var solverURLs []string
	var poll time.Duration
	var checkAll, allowUnjudged bool
	var attestDir string // attestation salts (verifier/attest.go)
	var lazy bool
	var metricsAddr string
	var lf logFlags
	var allowPrivate bool
	var cnt contentFlags
	var maxSteps uint64
	cmd := &cobra.Command{
		Use:   "verifier",
		Short: "Run a verifier: re-run assigned segments, challenge wrong ones, play the dispute",
		Long: `Run a verifier: announce itself on the market, re-run the segments assigned to it (or
all, --check-all) from the solvers' checkpoints, challenge a wrong one and play the dispute
to the end. A solver's checkpoint server is the --solver-url given for it, else the URL of
its latest announcement on chain. On a task with an audit it joins the attestations as
soon as the seed is drawn, then attests the segment drawn from the hash of the block after
its join (salts kept in --attest-dir). Killed and started again on the same account, it
takes back its open games and attestations from the chain and never challenges a task twice.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ctx := cmd.Context()
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
			v, err := verifier.New(verifier.Config{Market: m, Specs: specs, Resolve: resolve, Library: lib, MaxData: cnt.maxData, Bond: b, CheckAll: checkAll, Dir: attestDir, Lazy: lazy,
				Checkpoints: &verifier.HTTP{URL: lookup, AllowPrivate: allowPrivate, Log: slog.Default()}, Task: task.Options{AllowUnjudged: allowUnjudged},
				MaxSteps: maxSteps, Log: slog.Default()})
			if err != nil {
				return usageError{err}
			}
			counters, counts := verifierCounters(v)
			return daemonRun{role: "verifier", addr: metricsAddr, poll: poll, tick: v.Tick, counters: counters, counts: counts}.run(ctx, m)
		},
	}
	cf.add(cmd)
	cnt.add(cmd, true)
	addConfigFlag(cmd)
	cmd.Flags().StringVar(&bond, "bond", "1", "ether kept deposited for challenger bonds")
	cmd.Flags().StringSliceVar(&solverURLs, "solver-url", nil, "ADDRESS=URL of a solver's checkpoint server (repeatable)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	addListenFlag(cmd, &metricsAddr, "127.0.0.1:9549")
	cmd.Flags().BoolVar(&checkAll, "check-all", false, "re-run every segment, not only the assigned one")
	cmd.Flags().StringVar(&attestDir, "attest-dir", "veritrain-verifier", "folder keeping attestation salts (audited tasks; a restart reveals from it)")
	cmd.Flags().BoolVar(&lazy, "lazy", false, "attest the solver's posted hashes without computing (tests and demos: it is slashed)")
	_ = cmd.Flags().MarkHidden("lazy")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "also check tasks with a node the contract cannot judge")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private-urls", false, allowPrivateHelp)
	cmd.Flags().Uint64Var(&maxSteps, "max-steps", daemon.DefaultMaxSteps, "most training steps of a task it checks (a larger one is skipped)")
	lf.add(cmd)
	return cmd
}

// verifierCounters are the verifier daemon's Prometheus counters (name -> help) and
// their values read from v after each tick.
func verifierCounters(v *verifier.Verifier) (map[string]string, func() map[string]int) {
	return map[string]string{
			"segments_checked_total":     "segments re-run and compared",
			"challenges_total":           "disputes opened",
			"disputes_won_total":         "disputes won",
			"disputes_lost_total":        "disputes lost",
			"attestations_total":         "attestations committed (audited tasks)",
			"jackpots_total":             "forced errors found (jackpot shares won)",
			"attestations_slashed_total": "attestations whose stake was lost",
			"attestations_void_total":    "attestations void (their start was a forced error's decoy): stake back, no fee",
			"task_errors_total":          "errors of one task (logged; the other tasks go on)",
			"windows_missed_total": "tasks whose challenge window closed before this verifier checked their segment " +
				"or challenged the wrong one it found (each logged as an error)",
		}, func() map[string]int {
			return map[string]int{"segments_checked_total": v.Checked, "challenges_total": v.Challenged,
				"disputes_won_total": v.Won, "disputes_lost_total": v.Lost, "attestations_total": v.Audit.Attested,
				"jackpots_total": v.Audit.Jackpots, "attestations_slashed_total": v.Audit.Slashed,
				"attestations_void_total": v.Audit.Void, "task_errors_total": v.Errors, "windows_missed_total": v.Missed}
		}
}
