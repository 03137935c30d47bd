package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// newAddChecksCmd is the submitter's purchase of more checks for an audited task whose
// coverage falls short (TaskMarket.addChecks).
func newAddChecksCmd() *cobra.Command {
	var cf chainFlags
	var n uint32
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add-checks TASK",
		Short: "As the submitter, buy more checks (attestation slots) for an audited task until its attestations close",
		Long: "An audited task buys a number of checks when it is posted (submit --max-attesters, or\n" +
			"--assurance). When `veritrain status` shows its coverage falling short (slots nobody\n" +
			"took, checks that landed on segments already checked), its submitter buys --checks more\n" +
			"at the task's attest fee each, held in escrow like the first ones (paid to attesters\n" +
			"that agree with the final trace, refunded when unused), until attestations close.",
		Example: "  veritrain add-checks 3 --checks 4 --key $KEY --rpc http://127.0.0.1:8545 --market 0x...",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ids, err := parseTaskIDs(args)
			if err != nil {
				return err
			}
			if n == 0 {
				return usageError{fmt.Errorf("--checks: want at least 1")}
			}
			ctx := cmd.Context()
			m, closeFn, err := cf.dial(ctx)
			if err != nil {
				return err
			}
			defer closeFn()
			a, err := m.Audit(ctx, ids[0])
			if err != nil {
				return err
			}
			switch {
			case !onchain.AuditOn(a.Audit):
				return usageError{fmt.Errorf("task %d has no audit: it has no checks to add to", ids[0])}
			case a.Audit.MaxAttesters == 0:
				return usageError{fmt.Errorf("task %d takes any number of attestations already (max-attesters 0)", ids[0])}
			}
			if err := m.AddChecks(ctx, ids[0], n); err != nil {
				return addChecksRevert(ids[0], err)
			}
			after, err := m.Audit(ctx, ids[0])
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"task": ids[0], "added": n, "checks": after.Audit.MaxAttesters})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "task %d: %d checks added, %d in all\n", ids[0], n, after.Audit.MaxAttesters)
			return nil
		},
	}
	cf.add(cmd)
	addEnv(cmd)
	cmd.Flags().Uint32Var(&n, "checks", 1, "checks to add")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON line")
	return cmd
}

// addChecksRevert names why the market refused add-checks, as a usage error.
func addChecksRevert(id uint64, err error) error {
	name, args := marketError(err)
	switch name {
	case "NotSubmitter":
		return usageError{fmt.Errorf("task %d: only its submitter may add checks (--key): %w", id, err)}
	case "WrongStatus":
		return usageError{fmt.Errorf("task %d is over (%v): no checks can be added: %w", id, args, err)}
	case "TooLate":
		return usageError{fmt.Errorf("task %d: attestations closed at %v: %w", id, args, err)}
	case "BadTask":
		return usageError{fmt.Errorf("task %d: --checks would pass 2^32-1 slots: %w", id, err)}
	}
	return err
}
