package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// notFinalError: the task exists but has no verified model yet (exitNotFinal: try
// again later).
type notFinalError struct{ error }

func (e notFinalError) Unwrap() error { return e.error }

// noModelError: the task ended without a verified model (failed or cancelled;
// exitNoModel: it never will have one).
type noModelError struct{ error }

func (e noModelError) Unwrap() error { return e.error }

// fetchResult is what `veritrain fetch` prints (one JSON line with --json).
type fetchResult struct {
	Task      uint64 `json:"task"`
	Out       string `json:"out"`
	FinalRoot string `json:"final_root"`
	Step      uint64 `json:"step"`
	Tensors   int    `json:"tensors"`
	From      string `json:"from"`
	Solver    string `json:"solver"`
}

// fetchConfig is one `veritrain fetch`.
type fetchConfig struct {
	id   uint64
	out  string
	from string // checkpoint server base URL; "": the solver's announcement
	all  bool   // every tensor, the optimizer state too
	// allowPrivate: an announced URL may resolve to a non-public address (a local
	// demo); without it such a URL is refused when dialled. A --from URL is the user's
	// own choice and is not checked.
	allowPrivate bool
	log          *slog.Logger
}

// fetchModel downloads task id's final model from its solver's checkpoint server,
// checks it is the state the market finalized (the store client re-hashes the blob
// against the committed final root: a wrong blob is an error and nothing is written)
// and writes it as safetensors.
func fetchModel(ctx context.Context, m *onchain.Market, cfg fetchConfig) (*fetchResult, error) {
	count, err := m.TaskCount(ctx)
	if err != nil {
		return nil, err
	}
	if cfg.id == 0 || cfg.id > count {
		return nil, usageError{fmt.Errorf("task %d does not exist: %d task(s) posted on %s", cfg.id, count, m.At.Hex())}
	}
	t, err := m.Task(ctx, cfg.id)
	if err != nil {
		return nil, err
	}
	switch t.Status {
	case onchain.StatusFinalized:
	case onchain.StatusFailed, onchain.StatusCancelled:
		return nil, noModelError{fmt.Errorf("task %d is %s: it has no verified model and never will", cfg.id, nameOf(statusNames, t.Status))}
	default:
		return nil, notFinalError{fmt.Errorf("task %d is %s, not final yet: a model is fetched once the task is finalized (see `veritrain status %d`)",
			cfg.id, nameOf(statusNames, t.Status), cfg.id)}
	}
	base, client := cfg.from, (*http.Client)(nil)
	if base == "" {
		client = daemon.HTTPClient(cfg.allowPrivate, 0)
		a, err := m.LatestAnnouncement(ctx, t.Solver, 0)
		if err != nil {
			return nil, fmt.Errorf("task %d: finding solver %s's checkpoint server (or give --from URL): %w", cfg.id, t.Solver.Hex(), err)
		}
		if a.URL == "" {
			return nil, fmt.Errorf("task %d: solver %s announced no checkpoint server (role %q): give --from URL", cfg.id, t.Solver.Hex(), a.Role)
		}
		base = a.URL
	}
	c := &store.Client{BaseURL: strings.TrimSuffix(base, "/") + "/tasks/" + strconv.FormatUint(cfg.id, 10), HTTP: client, Log: cfg.log}
	st, err := c.Fetch(ctx, t.FinalRoot)
	if err != nil {
		return nil, fmt.Errorf("task %d: final model %x from %s: %w", cfg.id, t.FinalRoot[:8], base, err)
	}
	// Fetch verified the state against the root asked for, the committed one; the
	// step is checked too (the root binds it, so this only guards this code's wiring).
	if h := st.Hash(); h != t.FinalRoot || st.Step != t.Spec.Steps {
		return nil, fmt.Errorf("task %d: %w: state %x at step %d, committed %x after %d steps", cfg.id, store.ErrHashMismatch,
			h[:8], st.Step, t.FinalRoot[:8], t.Spec.Steps)
	}
	n, err := writeSafetensors(cfg.out, st, cfg.all)
	if err != nil {
		return nil, err
	}
	return &fetchResult{Task: cfg.id, Out: cfg.out, FinalRoot: hex.EncodeToString(t.FinalRoot[:]), Step: st.Step, Tensors: n,
		From: base, Solver: t.Solver.Hex()}, nil
}

func newFetchCmd() *cobra.Command {
	var rf readFlags
	var cfg fetchConfig
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "fetch TASK",
		Short: "Download a finalized task's model, check it against the committed root, write safetensors",
		Long: "Read the task from the market; once it is finalized, find its solver's checkpoint server\n" +
			"through the solver's on-chain announcement (or --from), download the final checkpoint,\n" +
			"check that it hashes to the final root the solver committed and the market finalized,\n" +
			"and write its weights as safetensors (PyTorch, JAX, NumPy). Nothing is written unless\n" +
			"the check passes.\n\n" +
			"Exit codes: 0 written; 1 failure (network, a wrong blob); 2 bad flags or no such task;\n" +
			"4 the task is not final yet (try again later); 5 the task failed or was cancelled\n" +
			"(it has no verified model).",
		Example: "  veritrain fetch 3 --out model.safetensors --rpc http://127.0.0.1:8545 --market 0x...",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ids, err := parseTaskIDs(args)
			if err != nil {
				return err
			}
			cfg.id, cfg.log = ids[0], slog.Default()
			if cfg.from != "" {
				if u, err := url.Parse(cfg.from); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					return usageError{fmt.Errorf("--from %q: want an http(s) URL", cfg.from)}
				}
			}
			if cfg.out == "" {
				return usageError{errors.New("--out is required")}
			}
			m, closeFn, err := rf.dial(cmd.Context())
			if err != nil {
				return err
			}
			defer closeFn()
			res, err := fetchModel(cmd.Context(), m, cfg)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d tensors of task %d's final model (step %d, state %s, verified) from %s\n",
				res.Out, res.Tensors, res.Task, res.Step, res.FinalRoot, res.From)
			return nil
		},
	}
	rf.add(cmd)
	cmd.Flags().StringVar(&cfg.out, "out", "model.safetensors", "output file")
	cmd.Flags().StringVar(&cfg.from, "from", "", "checkpoint server base URL (default: the solver's on-chain announcement)")
	cmd.Flags().BoolVar(&cfg.all, "all", false, "include the optimizer state")
	cmd.Flags().BoolVar(&cfg.allowPrivate, "allow-private-urls", false, allowPrivateHelp)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}
