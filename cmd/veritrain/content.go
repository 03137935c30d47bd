package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/content"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// defaultMaxData bounds the dataset (or weights) a daemon fetches for one task.
const defaultMaxData = 8 << 30

// contentFlags are a command's store of specs, datasets and weights (package content)
// and, for the daemons, where they fetch what they lack.
type contentFlags struct {
	dir     string
	mirrors []string
	maxData int64
}

// add gives cmd --data-dir, and with fetch --mirror and --max-data.
func (c *contentFlags) add(cmd *cobra.Command, fetch bool) {
	cmd.Flags().StringVar(&c.dir, "data-dir", "", "folder of specs, datasets and initial weights kept by hash (default $"+dataset.LibraryEnv+", else the user cache folder's veritrain)")
	if fetch {
		cmd.Flags().StringArrayVar(&c.mirrors, "mirror", nil, "base URL of a server of specs and datasets (veritrain serve) asked before the task's submitter and solver (repeatable)")
		cmd.Flags().Int64Var(&c.maxData, "max-data", defaultMaxData, "most bytes of one dataset (or weights file) a task may name, as its manifest states them, and most bytes its splits may take in memory once read; a larger task is not taken")
	}
}

func (c *contentFlags) store() (content.Store, error) {
	if c.dir != "" {
		return content.Store{Dir: c.dir}, nil
	}
	return content.Default()
}

// library is the store's datasets folder, for trainers.
func (c *contentFlags) library() (*dataset.Library, error) {
	st, err := c.store()
	if err != nil {
		return nil, err
	}
	lib := st.Library()
	return &lib, nil
}

// trainer is a CPU trainer of spec reading its data and weights from the store.
func (c *contentFlags) trainer(spec *train.Spec) (*train.Trainer, error) {
	lib, err := c.library()
	if err != nil {
		return nil, err
	}
	return train.NewTrainerWith(spec, train.Options{Library: lib})
}

// resolve is a daemon's task.Resolve: the spec of a task with its dataset and weights,
// from the store, else fetched (every file re-hashed) from the --mirror servers and
// the servers the task's submitter and solver announced on chain. With no server at
// all to ask, the spec is unknown (task.ErrUnknownSpec): nothing to wait for.
// The specs it returns are the store's (built-in ones, and those fetched before), for a
// daemon that takes back its tasks after a restart.
func (c *contentFlags) resolve(m *onchain.Market, allowPrivate bool) (task.Specs, task.Resolve, *dataset.Library, error) {
	st, err := c.store()
	if err != nil {
		return nil, nil, nil, err
	}
	lib := st.Library()
	client := daemon.HTTPClient(allowPrivate, 0)
	return st.Spec, func(ctx context.Context, t taskmarket.TaskMarketTask) (*train.Spec, error) {
		if sp, ok := st.Has(t.Spec.SpecHash); ok {
			return sp, nil
		}
		mirrors := append([]string(nil), c.mirrors...)
		for _, a := range []common.Address{t.Submitter, t.Solver} {
			if a == (common.Address{}) {
				continue
			}
			// anyone may announce anything: a URL no mirror can have is skipped, never
			// allowed to spoil the fetch from the others
			if an, err := m.LatestAnnouncement(ctx, a, 0); err == nil && an.URL != "" && dataset.CheckMirror(an.URL) == nil {
				mirrors = append(mirrors, an.URL)
			}
		}
		if len(mirrors) == 0 {
			return nil, fmt.Errorf("%w %x: not in %s, and no server to fetch it from (the submitter announced none; add --mirror)",
				task.ErrUnknownSpec, t.Spec.SpecHash[:8], st.Dir)
		}
		ctx, cancel := context.WithTimeout(ctx, 6*time.Hour)
		defer cancel()
		start := time.Now()
		sp, err := st.Fetch(ctx, mirrors, t.Spec.SpecHash, content.FetchOptions{Client: client, MaxDataBytes: c.maxData, Log: slog.Default()})
		if err != nil {
			return nil, err
		}
		slog.Info("fetched a task's spec and data", "spec_hash", fmt.Sprintf("%x", t.Spec.SpecHash[:8]), "spec", sp.Name,
			"took", time.Since(start).Round(time.Millisecond))
		return sp, nil
	}, &lib, nil
}

// withText makes a transformer spec train on the UTF-8 files at paths instead of its
// text: a byte-level text dataset (dataset.Text, the last tenth held out) put into the
// store, named by its root. No paths: spec as it is.
func (c *contentFlags) withText(ctx context.Context, spec *train.Spec, paths []string) (*train.Spec, error) {
	if len(paths) == 0 {
		return spec, nil
	}
	if spec.Transformer == nil {
		return nil, usageError{fmt.Errorf("--text: %s is not a transformer (it trains on its own data)", spec.Name)}
	}
	d, err := dataset.Text("text", paths, 0.1)
	if err != nil {
		return nil, usageError{fmt.Errorf("--text: %w", err)}
	}
	st, err := c.store()
	if err != nil {
		return nil, err
	}
	if _, err := st.Library().Put(ctx, d); err != nil {
		return nil, fmt.Errorf("--text: %w", err)
	}
	out := *spec
	out.Dataset, out.Text = "", &train.Text{Root: fmt.Sprintf("%x", d.Root()), Train: "text-train", Val: "text-val"}
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return &out, nil
}

// withInit makes spec start from the weights in the file at path (safetensors as
// export and PyTorch's save_file write them, or any format dataset add reads): they
// are checked against the spec's parameters (names, float32, PyTorch's shapes), added
// to the store as a dataset, and named by its root in the spec's Init. path "" leaves
// spec as it is.
func (c *contentFlags) withInit(ctx context.Context, spec *train.Spec, path string) (*train.Spec, error) {
	if path == "" {
		return spec, nil
	}
	arrays, err := dataset.DecodeFile(path, dataset.Options{})
	if err != nil {
		return nil, usageError{fmt.Errorf("--init: %w", err)}
	}
	if _, err := spec.WeightsFromArrays(arrays); err != nil {
		return nil, usageError{fmt.Errorf("--init %s: %w", path, err)}
	}
	st, err := c.store()
	if err != nil {
		return nil, err
	}
	res, _, err := st.Library().Add(ctx, []string{path}, dataset.Options{})
	if err != nil {
		return nil, fmt.Errorf("--init: %w", err)
	}
	out := *spec
	out.Init = fmt.Sprintf("%x", res.Manifest.Root)
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return &out, nil
}
