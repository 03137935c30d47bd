package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/gpu"
)

func newDevicesCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "devices",
		Short: "List the NVIDIA GPUs found (through NVML); training uses the CPU kernels without one",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			devs, err := gpu.Detect()
			if err != nil && !errors.Is(err, gpu.ErrNoNVML) {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if devs == nil {
					devs = []gpu.Device{}
				}
				return json.NewEncoder(out).Encode(map[string]any{"gpus": devs, "cpu_only": len(devs) == 0})
			}
			if len(devs) == 0 {
				fmt.Fprintf(out, "no NVIDIA GPU (%v): training uses the CPU kernels\n", err)
			}
			for _, d := range devs {
				fmt.Fprintf(out, "gpu %d: %s %s, %.1f GiB, %d%% busy, %d°C\n", d.Index, d.Name, d.UUID,
					float64(d.MemoryBytes)/(1<<30), d.UtilizationPct, d.TemperatureC)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
