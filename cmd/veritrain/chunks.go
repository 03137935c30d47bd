package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// newRequestChunksCmd is the submitter's on-chain request for data leaves of a task's
// final state (TaskMarket.requestChunks): the solver, or anyone holding the state,
// must answer them on chain before the deadline, or the task fails and the solver
// loses its stake.
func newRequestChunksCmd() *cobra.Command {
	var cf chainFlags
	var chunkArgs []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "request-chunks TASK",
		Short: "As the submitter, ask on chain for data leaves of a task's final model (a solver that withholds it is not paid)",
		Long: "When a committed task's solver does not serve the final checkpoint, its submitter asks\n" +
			"on chain for up to 16 data leaves of it (8 float32 each), naming each as TENSOR:LEAF (the\n" +
			"tensor's index in the checkpoint, the leaf's index in that tensor's data). The request\n" +
			"locks the task's challenger bond, paid to whoever answers. The solver's daemon answers\n" +
			"on its next poll, with each leaf proven against the committed final root and logged on\n" +
			"chain; if nobody answers within the task's game clock, finalize fails the task: the\n" +
			"reward and the bond come back and the solver's stake is slashed to the submitter.\n" +
			"Requests are accepted until the challenge window ends, one at a time.",
		Example: "  veritrain request-chunks 3 --chunk 0:0 --chunk 2:17 --key $KEY --rpc http://127.0.0.1:8545 --market 0x...",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ids, err := parseTaskIDs(args)
			if err != nil {
				return err
			}
			chunks, err := parseChunks(chunkArgs)
			if err != nil {
				return err
			}
			m, closeFn, err := cf.dial(cmd.Context())
			if err != nil {
				return err
			}
			defer closeFn()
			t, err := m.Task(cmd.Context(), ids[0])
			if err != nil {
				return err
			}
			if err := m.EnsureHeld(cmd.Context(), t.Terms.ChallengerBond); err != nil {
				return fmt.Errorf("the request's bond: %w", err)
			}
			if err := m.RequestChunks(cmd.Context(), ids[0], chunks); err != nil {
				return err
			}
			_, answerBy, err := m.OpenChunks(cmd.Context(), ids[0], t.CommitBlock)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"task": ids[0], "chunks": chunks, "answer_by": answerBy})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "requested %d chunks of task %d's final state; to be answered by %d (unix time)\n", len(chunks), ids[0], answerBy)
			return nil
		},
	}
	cf.add(cmd)
	addEnv(cmd)
	cmd.Flags().StringArrayVar(&chunkArgs, "chunk", nil, "a data leaf as TENSOR:LEAF (repeat, at most 16)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}

// parseChunks reads TENSOR:LEAF pairs into requestChunks' encoding.
func parseChunks(args []string) ([]uint64, error) {
	if len(args) == 0 || len(args) > onchain.MaxChunks {
		return nil, usageError{fmt.Errorf("--chunk: give 1 to %d chunks, got %d", onchain.MaxChunks, len(args))}
	}
	out := make([]uint64, len(args))
	for i, a := range args {
		k, j, ok := strings.Cut(a, ":")
		tk, err1 := strconv.ParseUint(k, 10, 32)
		lj, err2 := strconv.ParseUint(j, 10, 32)
		if !ok || err1 != nil || err2 != nil {
			return nil, usageError{fmt.Errorf("--chunk %q: want TENSOR:LEAF, two unsigned 32-bit numbers", a)}
		}
		out[i] = onchain.Chunk(uint32(tk), uint32(lj))
	}
	return out, nil
}
