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
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
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
	// retryWait is the wait after a failed download attempt, doubled after each.
	retryWait time.Duration
	log       *slog.Logger
	// specs knows the task's spec, to write PyTorch's layout (nil: the built-in specs);
	// the command's is the store's (--data-dir), where submit keeps the specs it posts
	specs task.Specs
}

// fetchModel downloads task id's final model from its solver's checkpoint server,
// checks it is the state the market finalized (the store client re-hashes the blob
// against the committed final root: a wrong blob is an error and nothing is written)
// and writes it as safetensors.
func fetchModel(ctx context.Context, m *onchain.Market, cfg fetchConfig) (*fetchResult, error) {
	if cfg.log == nil {
		cfg.log = slog.New(slog.DiscardHandler)
	}
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
		return nil, noModelError{fmt.Errorf("task %d is %s: it has no verified model and never will", cfg.id, onchain.StatusName(t.Status))}
	default:
		return nil, notFinalError{fmt.Errorf("task %d is %s, not final yet: a model is fetched once the task is finalized (see `veritrain status %d`)",
			cfg.id, onchain.StatusName(t.Status), cfg.id)}
	}
	sources, client := []string{cfg.from}, (*http.Client)(nil)
	if cfg.from == "" {
		client = daemon.HTTPClient(cfg.allowPrivate, 0)
		if sources, err = announcedURLs(ctx, m, t.Solver); err != nil {
			return nil, fmt.Errorf("task %d: finding solver %s's checkpoint server: %w\n%s", cfg.id, t.Solver.Hex(), err, whereElse(cfg.id, t))
		}
		if len(sources) == 0 {
			return nil, fmt.Errorf("task %d: solver %s announced no checkpoint server\n%s", cfg.id, t.Solver.Hex(), whereElse(cfg.id, t))
		}
	}
	// the solver's servers, newest announcement first: any copy that hashes to the
	// final root is the model
	var st *checkpoint.State
	var base string
	var errs []error
	for _, b := range sources {
		c := &store.Client{BaseURL: strings.TrimSuffix(b, "/") + "/tasks/" + strconv.FormatUint(cfg.id, 10), HTTP: client, Log: cfg.log,
			Backoff: cfg.retryWait}
		if st, err = c.Fetch(ctx, t.FinalRoot); err == nil {
			base = b
			break
		}
		errs = append(errs, err) // the store names the URL
		if len(sources) > 1 {
			cfg.log.Warn("final model not fetched: trying the solver's other announced servers", "url", b, "err", err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if st == nil {
		return nil, fmt.Errorf("task %d: final model %x: %w\n%s", cfg.id, t.FinalRoot[:8], errors.Join(errs...), whereElse(cfg.id, t))
	}
	// Fetch verified the state against the root asked for, the committed one; the
	// step is checked too (the root binds it, so this only guards this code's wiring).
	if h := st.Hash(); h != t.FinalRoot || st.Step != t.Spec.Steps {
		return nil, fmt.Errorf("task %d: %w: state %x at step %d, committed %x after %d steps", cfg.id, store.ErrHashMismatch,
			h[:8], st.Step, t.FinalRoot[:8], t.Spec.Steps)
	}
	specs := cfg.specs
	if specs == nil {
		specs = task.BuiltinSpecs
	}
	spec, known := specs(t.Spec.SpecHash)
	if !known {
		cfg.log.Warn("the task's spec is not a built-in one nor in --data-dir: weights written in veritrain's own layout, [in, out] (export from a training run of the spec writes PyTorch's)",
			"spec_hash", hex.EncodeToString(t.Spec.SpecHash[:]))
	}
	n, err := writeSafetensors(cfg.out, st, spec, cfg.all)
	if err != nil {
		return nil, err
	}
	return &fetchResult{Task: cfg.id, Out: cfg.out, FinalRoot: hex.EncodeToString(t.FinalRoot[:]), Step: st.Step, Tensors: n,
		From: base, Solver: t.Solver.Hex()}, nil
}

// announcedURLs are the checkpoint servers solver has announced on the market, newest
// first, each once.
func announcedURLs(ctx context.Context, m *onchain.Market, solver common.Address) ([]string, error) {
	tm := taskmarket.NewTaskMarket()
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{Topics: [][]common.Hash{{tm.GetABI().Events["Announced"].ID},
		{common.BytesToHash(solver.Bytes())}}})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for i := len(logs) - 1; i >= 0; i-- {
		e, err := tm.UnpackAnnouncedEvent(&logs[i])
		if err != nil || e.Who != solver {
			continue
		}
		a, err := onchain.DecodeAnnouncement(e.Info)
		if err != nil || a.Role != "solver" || a.URL == "" || seen[a.URL] {
			continue
		}
		seen[a.URL] = true
		out = append(out, a.URL)
	}
	return out, nil
}

// whereElse says where else task id's model can come from when its solver's servers
// cannot give it: any copy that hashes to the final root (fetch checks it), or a run
// of the training itself, which lands on the same bits.
func whereElse(id uint64, t taskmarket.TaskMarketTask) string {
	root := hex.EncodeToString(t.FinalRoot[:])
	rerun := fmt.Sprintf("veritrain train --spec FILE --steps %d --checkpoint-every %d --out DIR --json (FILE: the task's spec, sha256 %x)",
		t.Spec.Steps, t.Spec.Interval, t.Spec.SpecHash)
	if s, ok := train.BuiltinByHash(t.Spec.SpecHash); ok {
		rerun = fmt.Sprintf("veritrain train --model %s --steps %d --checkpoint-every %d --out DIR --json", s.Name, t.Spec.Steps, t.Spec.Interval)
	}
	return fmt.Sprintf(`The model is whatever state hashes to the final root %s: any copy is as good as the solver's.
  - from another server that holds it (a mirror, the solver at a new address): veritrain fetch %d --from URL (checked against the root)
  - or recompute it, training is bitwise reproducible: %s
    must print "state_hash":"%s"; then veritrain export --from DIR --out model.safetensors
  - while the task is not final, its submitter can make the solver post leaves of it on chain, or lose its stake: veritrain request-chunks %d --chunk TENSOR:LEAF`, root, id, rerun, root, id)
}

func newFetchCmd() *cobra.Command {
	var rf readFlags
	var cfg fetchConfig
	var asJSON bool
	var cnt contentFlags
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
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
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
			st, err := cnt.store()
			if err != nil {
				return err
			}
			cfg.specs = st.Spec
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
	addEnv(cmd)
	cmd.Flags().StringVar(&cfg.out, "out", "model.safetensors", "output file")
	cmd.Flags().StringVar(&cfg.from, "from", "", "checkpoint server base URL (default: the solver's on-chain announcement)")
	cmd.Flags().BoolVar(&cfg.all, "all", false, "include the optimizer state")
	cmd.Flags().BoolVar(&cfg.allowPrivate, "allow-private-urls", false, allowPrivateHelp)
	cmd.Flags().DurationVar(&cfg.retryWait, "retry-wait", time.Second, "wait after a failed download attempt, doubled after each (5 attempts per server)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	cnt.add(cmd, false)
	return cmd
}
