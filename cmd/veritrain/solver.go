package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
)

func newSolverCmd() *cobra.Command {
	var cf chainFlags
	var dir, listen, stake string
	var poll time.Duration
	var allowUnjudged bool
	cmd := &cobra.Command{
		Use:   "solver",
		Short: "Run a solver: claim tasks, train, commit, serve checkpoints, defend disputes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			st, err := parseEther(stake, "stake")
			if err != nil {
				return err
			}
			m, closeFn, err := cf.dial(ctx, os.Getenv("VERITRAIN_KEY"))
			if err != nil {
				return err
			}
			defer closeFn()
			met := newDaemonMetrics("solver", map[string]string{
				"tasks_paid_total":    "tasks finalized and paid",
				"tasks_slashed_total": "tasks failed with the stake slashed",
			})
			steps := met.counter("solver", "steps_trained_total", "training steps run")
			s, err := solver.New(solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: dir, Stake: st,
				Task: task.Options{AllowUnjudged: allowUnjudged}, Log: slog.Default(),
				Progress: func(uint64, uint64, uint64) { steps.Inc() }})
			if err != nil {
				return usageError{err}
			}
			mux := http.NewServeMux()
			mux.Handle("/metrics", met.handler())
			mux.Handle("/", met.instrument("solver", "checkpoint_requests_total", "checkpoint server responses by status code", s.Handler()))
			url, stop, err := serveHTTP(listen, mux, slog.Default(), "checkpoint server")
			if err != nil {
				return usageError{fmt.Errorf("--listen: %w", err)}
			}
			defer stop()
			slog.Info("solver running", "account", m.Me().Hex(), "checkpoints", url+"/tasks/", "metrics", url+"/metrics")
			tick := func(ctx context.Context) error {
				err := s.Tick(ctx)
				met.set("tasks_paid_total", s.Paid)
				met.set("tasks_slashed_total", s.Slashed)
				return err
			}
			if err := daemon.Loop(ctx, poll, slog.Default(), tick); err != nil && !errors.Is(err, ctx.Err()) {
				return err
			}
			return nil
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&dir, "dir", "veritrain-solver", "folder for the run folders of claimed tasks")
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8547", "address to serve checkpoints (and /metrics) on")
	cmd.Flags().StringVar(&stake, "stake", "2", "largest solver stake (ether) to accept a task for")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "also claim tasks with a node the contract cannot judge (an honest solver could not defend it)")
	return cmd
}
