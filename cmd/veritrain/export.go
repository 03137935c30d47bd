package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

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
			sel := *st
			if !all {
				sel.Tensors = nil
				for _, t := range st.Tensors {
					if strings.HasSuffix(t.Name, ".weight") || strings.HasSuffix(t.Name, ".bias") {
						sel.Tensors = append(sel.Tensors, t)
					}
				}
			}
			b, err := safetensors.Encode(&sel)
			if err != nil {
				return err
			}
			if err := atomicfile.WriteFile(out, b, 0o644); err != nil {
				return err
			}
			h := st.Hash()
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d tensors of checkpoint %d (step %d, state %x)\n", out, len(sel.Tensors), index, st.Step, h)
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
