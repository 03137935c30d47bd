package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

// replayResult is the last line of `veritrain replay --json`.
type replayResult struct {
	FromCheckpoint int    `json:"from_checkpoint"`
	FromStep       uint64 `json:"from_step"`
	Steps          uint64 `json:"steps"`
	StateHash      string `json:"state_hash"`
	Checkpoint     *int   `json:"checkpoint,omitempty"` // the stored checkpoint compared against
	ExpectedHash   string `json:"expected_hash,omitempty"`
	Matches        *bool  `json:"matches"` // null when no checkpoint is stored at the end step
}

func newReplayCmd() *cobra.Command {
	var (
		from   string
		index  int
		steps  uint64
		asJSON bool
		cnt    contentFlags
	)
	cmd := &cobra.Command{
		Use:   "replay",
		Short: "Re-run steps from a stored checkpoint and compare with the stored result",
		Long: `Load checkpoint I of a run folder (verified against its hash), re-run K steps with the
run's spec, and compare the resulting state hash with the stored checkpoint at that step.
Exit code 3 when they differ.`,
		Example: "  veritrain replay --from run1 --checkpoint 2 --steps 100 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			run, st, err := openCheckpoint(ctx, from, &index)
			if err != nil {
				return err
			}
			tr, err := cnt.trainer(run.Spec())
			if err != nil {
				return err
			}
			res := replayResult{FromCheckpoint: index, FromStep: st.Step, Steps: steps}
			if st, err = tr.Run(ctx, st, st.Step+steps, nil); err != nil {
				return err
			}
			h := st.Hash()
			res.StateHash = hex.EncodeToString(h[:])
			if i, ok := run.Index(st.Step); ok && i < len(run.M.Checkpoints) {
				m := run.M.Checkpoints[i].Hash == res.StateHash
				res.Checkpoint, res.ExpectedHash, res.Matches = &i, run.M.Checkpoints[i].Hash, &m
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(out).Encode(res); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(out, "replayed steps %d..%d: state hash %s\n", res.FromStep, st.Step, res.StateHash)
				if res.Matches != nil {
					fmt.Fprintf(out, "stored checkpoint %d: %s (match: %v)\n", *res.Checkpoint, res.ExpectedHash, *res.Matches)
				} else {
					fmt.Fprintf(out, "no checkpoint is stored at step %d\n", st.Step)
				}
			}
			if res.Matches != nil && !*res.Matches {
				return mismatchError{fmt.Errorf("step %d: replay gives %s, checkpoint %d holds %s", st.Step, res.StateHash, *res.Checkpoint, res.ExpectedHash)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "run folder written by veritrain train --out (required)")
	f.IntVar(&index, "checkpoint", 0, "checkpoint number to start from (0 = the initial state)")
	f.Uint64Var(&steps, "steps", 0, "steps to re-run")
	f.BoolVar(&asJSON, "json", false, "print one JSON object as the last line")
	cnt.add(cmd, false)
	return cmd
}
