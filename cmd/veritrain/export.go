package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/safetensors"
	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/train/rundir"
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
the safetensors format; the file's metadata holds the checkpoint's state hash. By default
only the model's weights and biases are written; --all adds the optimizer state.`,
		Example: "  veritrain export --from run1 --out model.safetensors",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			run, err := rundir.Open(from)
			if err != nil {
				return usageError{err}
			}
			if index < 0 {
				index = len(run.M.Checkpoints) - 1
			}
			st, err := run.Load(cmd.Context(), index)
			if err != nil {
				return usageError{err}
			}
			n, err := writeSafetensors(out, st, all)
			if err != nil {
				return err
			}
			h := st.Hash()
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d tensors of checkpoint %d (step %d, state %x)\n", out, n, index, st.Step, h)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "run folder written by `veritrain train --out`")
	f.IntVar(&index, "checkpoint", -1, "checkpoint number (default: the last)")
	f.StringVar(&out, "out", "model.safetensors", "output file")
	f.BoolVar(&all, "all", false, "include the optimizer state")
	_ = cmd.MarkFlagRequired("from")
	return cmd
}

// writeSafetensors writes st's weights and biases (all: every tensor, the optimizer
// state too) to path as safetensors, atomically: a reader never sees a partial file,
// and a failure leaves nothing behind. It returns the number of tensors written.
func writeSafetensors(path string, st *checkpoint.State, all bool) (int, error) {
	keep := func(t checkpoint.Tensor) bool {
		return all || strings.HasSuffix(t.Name, ".weight") || strings.HasSuffix(t.Name, ".bias")
	}
	b, err := safetensors.Encode(st, keep)
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
