package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/safetensors"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
)

// The layouts a safetensors file's metadata names (veritrain_layout).
const (
	layoutPyTorch   = "pytorch"   // nn.Linear [out, in], nn.Conv2d [out, in, kh, kw] (train.Spec.ToTorch)
	layoutVeritrain = "veritrain" // the canonical state's: [in, out], convolutions [kh*kw*in, out]
)

func newExportCmd() *cobra.Command {
	var (
		from, out string
		index     int
		all       bool
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write a stored checkpoint's weights as a .safetensors file (PyTorch, JAX, NumPy)",
		Long: `Load a checkpoint of a run folder (verified against its hash) and write its weights in
the safetensors format, in PyTorch's layout (nn.Linear weights [out, in], nn.Conv2d
weights [out, in, kh, kw]): the PyTorch module of the spec (train/torch_model.py) loads
the file with load_state_dict as it is. The file's metadata holds the checkpoint's state
hash (of the canonical state, whose layout is veritrain's own). By default only the
model's weights and biases are written; --all adds the optimizer state.`,
		Example: "  veritrain export --from run1 --out model.safetensors",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			run, st, err := openCheckpoint(cmd.Context(), from, &index)
			if err != nil {
				return err
			}
			n, err := writeSafetensors(out, st, run.Spec(), all)
			if err != nil {
				return err
			}
			h := st.Hash()
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d tensors of checkpoint %d (step %d, state %x)\n", out, n, index, st.Step, h)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "run folder written by veritrain train --out (required)")
	f.IntVar(&index, "checkpoint", -1, "checkpoint number; -1 is the last")
	f.StringVar(&out, "out", "model.safetensors", "output file")
	f.BoolVar(&all, "all", false, "include the optimizer state")
	return cmd
}

// writeSafetensors writes st's weights and biases (all: every tensor, the optimizer
// state too) to path as safetensors, in PyTorch's layout for spec's model (spec nil:
// veritrain's own, [in, out], which the metadata's veritrain_layout then says),
// atomically: a reader never sees a partial file, and a failure leaves nothing behind.
// It returns the number of tensors written.
func writeSafetensors(path string, st *checkpoint.State, spec *train.Spec, all bool) (int, error) {
	keep := func(t checkpoint.Tensor) bool {
		return all || strings.HasSuffix(t.Name, ".weight") || strings.HasSuffix(t.Name, ".bias")
	}
	layout, to := layoutVeritrain, func(ts []checkpoint.Tensor) ([]checkpoint.Tensor, error) { return ts, nil }
	if spec != nil {
		layout, to = layoutPyTorch, spec.ToTorch
	}
	b, err := safetensors.EncodeMapped(st, keep, layout, to)
	if err != nil {
		return 0, fmt.Errorf("safetensors: %w", err)
	}
	n := 0
	for _, t := range st.Tensors {
		if keep(t) {
			n++
		}
	}
	if err := atomicfile.WriteFile(path, b, 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}

// openCheckpoint opens the run folder `from` (train --out's) and loads its checkpoint
// *index (-1: the last, which *index then names), verified against its hash; a
// missing --from or a bad folder is the user's error.
func openCheckpoint(ctx context.Context, from string, index *int) (*rundir.Run, *checkpoint.State, error) {
	if from == "" {
		return nil, nil, usageError{errors.New("--from is required: the run folder veritrain train --out wrote")}
	}
	run, err := rundir.Open(from)
	if err != nil {
		return nil, nil, usageError{err}
	}
	if *index < 0 {
		*index = len(run.M.Checkpoints) - 1
	}
	st, err := run.Load(ctx, *index)
	if err != nil {
		return nil, nil, usageError{err}
	}
	return run, st, nil
}
