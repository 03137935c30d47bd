package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
	var metricsAddr string
	cmd := &cobra.Command{
		Use:   "verifier",
		Short: "Run a verifier: re-run assigned segments, challenge wrong ones, play the dispute",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			b, err := parseEther(bond, "bond")
			if err != nil {
				return err
			}
			urls := map[common.Address]string{}
			for _, s := range solverURLs {
				addr, url, ok := strings.Cut(s, "=")
				if !ok || !common.IsHexAddress(addr) {
					return usageError{fmt.Errorf("--solver-url %q: want ADDRESS=URL", s)}
				}
				urls[common.HexToAddress(addr)] = url
			}
			m, closeFn, err := cf.dial(ctx, os.Getenv("VERITRAIN_KEY"))
			if err != nil {
				return err
			}
			defer closeFn()
			lookup := func(a common.Address) (string, bool) { u, ok := urls[a]; return u, ok }
			v, err := verifier.New(verifier.Config{Market: m, Specs: task.BuiltinSpecs, Bond: b, CheckAll: checkAll,
				Checkpoints: &verifier.HTTP{URL: lookup, Log: slog.Default()}, Task: task.Options{AllowUnjudged: allowUnjudged},
				Log: slog.Default()})
			if err != nil {
				return usageError{err}
			}
			met := newDaemonMetrics("verifier", map[string]string{
				"segments_checked_total": "segments re-run and compared",
				"challenges_total":       "disputes opened",
				"disputes_won_total":     "disputes won",
				"disputes_lost_total":    "disputes lost",
			})
			mux := http.NewServeMux()
			mux.Handle("/metrics", met.handler())
			url, stop, err := serveHTTP(metricsAddr, mux, slog.Default(), "metrics server")
			if err != nil {
				return usageError{fmt.Errorf("--metrics: %w", err)}
			}
			defer stop()
			slog.Info("verifier running", "account", m.Me().Hex(), "metrics", url+"/metrics")
			tick := func(ctx context.Context) error {
				err := v.Tick(ctx)
				met.set("segments_checked_total", v.Checked)
				met.set("challenges_total", v.Challenged)
				met.set("disputes_won_total", v.Won)
				met.set("disputes_lost_total", v.Lost)
				return err
			}
			if err := daemon.Loop(ctx, poll, slog.Default(), tick); err != nil && !errors.Is(err, ctx.Err()) {
				return err
			}
			return nil
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&bond, "bond", "1", "ether kept deposited for challenger bonds")
	cmd.Flags().StringSliceVar(&solverURLs, "solver-url", nil, "ADDRESS=URL of a solver's checkpoint server (repeatable)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "127.0.0.1:9549", "address to serve Prometheus /metrics on")
	cmd.Flags().BoolVar(&checkAll, "check-all", false, "re-run every segment, not only the assigned one")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "also check tasks with a node the contract cannot judge")
	return cmd
}
