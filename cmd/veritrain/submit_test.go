package main

import (
	"errors"
	"math/big"
	"testing"

	"github.com/spf13/cobra"
)

// TestAuditFlags: --audit turns the simulation's defaults into the Audit struct; without
// it the audit is all zero; inconsistent terms are usage errors naming the flag.
func TestAuditFlags(t *testing.T) {
	eth := func(s string) *big.Int { v, _ := parseEther(s, "x"); return v }
	for _, tc := range []struct {
		name string
		args []string
		ok   bool
		on   bool
	}{
		{"off", nil, true, false},
		{"defaults", []string{"--audit"}, true, true},
		{"custom", []string{"--audit", "--forced-error-bps", "10000", "--jackpot", "2", "--attest-fee", "0"}, true, true},
		{"bps", []string{"--audit", "--forced-error-bps", "10001"}, false, false},
		{"window", []string{"--audit", "--reveal-window", "0"}, false, false},
		{"stake", []string{"--audit", "--attest-stake", "0"}, false, false},
		{"fee without slots", []string{"--audit", "--max-attesters", "0"}, false, false},
		{"amount", []string{"--audit", "--jackpot", "lots"}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f auditFlags
			cmd := &cobra.Command{}
			f.add(cmd)
			if err := cmd.ParseFlags(tc.args); err != nil {
				t.Fatal(err)
			}
			a, err := f.audit()
			if !tc.ok {
				var ue usageError
				if !errors.As(err, &ue) {
					t.Fatalf("err %v, want a usage error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if on := a.AttestWindow != 0; on != tc.on {
				t.Fatalf("audit on = %v, want %v (%+v)", on, tc.on, a)
			}
			if !tc.on && (a.AttestStake.Sign() != 0 || a.Jackpot.Sign() != 0 || a.ForcedErrorBps != 0) {
				t.Fatalf("audit off but not zero: %+v", a)
			}
			if tc.name == "custom" && (a.ForcedErrorBps != 10000 || a.Jackpot.Cmp(eth("2")) != 0 || a.AttestFee.Sign() != 0) {
				t.Fatalf("custom audit %+v", a)
			}
		})
	}
}
