package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newGenerateCmd() *cobra.Command {
	var (
		from, prompt string
		index, n     int
		temperature  float64
		seed         uint64
		cnt          contentFlags
	)
	cmd := &cobra.Command{
		Use:   "generate",
		Short: "Continue a text with a trained transformer's checkpoint",
		Long: `Load a checkpoint of a transformer's run folder (verified against its hash) and continue
--prompt by --bytes bytes, each sampled from the model's next-byte distribution at
--temperature (0: the most likely byte) with a seeded stream: the same seed gives the same
text on every machine.`,
		Example: "  veritrain generate --from run1 --prompt 'Fellow-Citizens of the Senate' --bytes 300",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || n > 1<<20 {
				return usageError{fmt.Errorf("--bytes %d is not in [1, 1048576]", n)}
			}
			run, st, err := openCheckpoint(cmd.Context(), from, &index)
			if err != nil {
				return err
			}
			if run.Spec().Transformer == nil {
				return usageError{fmt.Errorf("%s trains %s, which is not a transformer: nothing to generate", from, run.Spec().Name)}
			}
			tr, err := cnt.trainer(run.Spec())
			if err != nil {
				return err
			}
			out, err := tr.Generate(st, []byte(prompt), n, temperature, seed)
			if err != nil {
				return usageError{err}
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s%s\n", prompt, out)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "run folder written by veritrain train --out (required)")
	f.IntVar(&index, "checkpoint", -1, "checkpoint number; -1 is the last")
	f.StringVar(&prompt, "prompt", "", "the text to continue")
	f.IntVar(&n, "bytes", 200, "bytes to generate")
	f.Float64Var(&temperature, "temperature", 0.8, "sampling temperature (0: always the most likely byte)")
	f.Uint64Var(&seed, "seed", 1, "seed of the sampling stream")
	cnt.add(cmd, false)
	return cmd
}
