package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/cuda"
	"github.com/veritrain/veritrain/repops"
)

// selftestResult is the line `veritrain selftest --json` prints when the check passes.
type selftestResult struct {
	Device  string `json:"device"`
	Cases   int    `json:"cases,omitempty"`
	Kernels int    `json:"kernels,omitempty"`
	Outputs int    `json:"outputs,omitempty"`
	MatMul  string `json:"matmul,omitempty"` // --device cpu: the kernel MatMul runs
}

// selftestCPU checks every assembly matrix-product kernel this CPU can run against the
// pure-Go definition (repops.CheckKernels) and says which one MatMul uses.
func selftestCPU(cmd *cobra.Command, asJSON bool) error {
	checks := repops.CheckKernels()
	for _, c := range checks {
		if c.Err != nil {
			return mismatchError{fmt.Errorf("the %s kernel differs from the definition on this CPU: %w", c.Kernel, c.Err)}
		}
	}
	res := selftestResult{Device: "cpu", MatMul: repops.MatMulKernel(), Kernels: len(checks)}
	if asJSON {
		return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
	}
	_, err := fmt.Fprintf(cmd.OutOrStdout(), "cpu: %d assembly kernels equal to the definition, bit for bit; matrix products run on %s\n",
		len(checks), res.MatMul)
	return err
}

// newSelftestCmd runs the GPU self-check alone: the same check (cuda.SelfCheck) that
// train and solver run before they use a GPU, so an operator learns before staking
// whether this card computes every kernel bit for bit as the CPU reference does.
func newSelftestCmd() *cobra.Command {
	var device string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "selftest",
		Short: "Check every GPU kernel on this card (or the CPU's assembly kernels) against the reference, bit for bit",
		Long: `selftest runs every RepOps kernel on the GPU on generated inputs (odd sizes, tails,
subnormals, ±0, ±Inf, NaNs; the same seeded inputs on every machine) and compares each
output bit with the CPU reference. The solver and train --device auto|cuda run the same
check at start-up and use the GPU only if it passes.

With --device cpu it checks the CPU's assembly matrix-product kernels (AVX-512, AVX2+FMA
or NEON) against the pure-Go definition instead and names the one matrix products use.

Exit codes: 0 every output equal; 3 a kernel differs (named, with its shape and the first
differing element's bits on the GPU and on the CPU); 1 no GPU or a kernel failed to run.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if device == deviceCPU {
				return selftestCPU(cmd, asJSON)
			}
			if device != deviceCUDA {
				return usageError{fmt.Errorf("--device %q: want %s or %s", device, deviceCUDA, deviceCPU)}
			}
			g, err := openGPU()
			if err != nil {
				return fmt.Errorf("--device cuda: %w", err)
			}
			defer g.Close()
			rep, err := cuda.SelfCheck(g)
			if errors.Is(err, cuda.ErrMismatch) {
				return mismatchError{err}
			}
			if err != nil {
				return err
			}
			res := selftestResult{Device: g.String(), Cases: rep.Cases, Kernels: rep.Kernels, Outputs: rep.Outputs}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s: %d kernels, %d runs, %d outputs: every bit equal to the CPU reference\n",
				res.Device, res.Kernels, res.Cases, res.Outputs)
			return err
		},
	}
	cmd.Flags().StringVar(&device, "device", deviceCUDA, "the device to check: cuda (the first CUDA GPU) or cpu (the assembly kernels)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON line")
	return cmd
}
