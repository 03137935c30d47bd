package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
)

func newVerifierCmd() *cobra.Command {
	var cf chainFlags
	var bond string
	var solverURLs []string
	var poll time.Duration
	var checkAll, allowUnjudged bool
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
			slog.Info("verifier running", "account", m.Me().Hex())
			if err := v.Run(ctx, poll); err != nil && !errors.Is(err, ctx.Err()) {
				return err
			}
			return nil
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&bond, "bond", "1", "ether kept deposited for challenger bonds")
	cmd.Flags().StringSliceVar(&solverURLs, "solver-url", nil, "ADDRESS=URL of a solver's checkpoint server (repeatable)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to read the chain")
	cmd.Flags().BoolVar(&checkAll, "check-all", false, "re-run every segment, not only the assigned one")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", true, "check tasks whose loss gradient the contract cannot judge")
	return cmd
}
