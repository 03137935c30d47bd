package main

import (
	"errors"
	"testing"
)

// TestWhistleblowerFlags: bad flags are usage errors before anything is dialled. The
// daemon's work is tested on the simulated chain (verifier/audit_test.go) and in the
// demo (TestDemoAudit).
func TestWhistleblowerFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--sample", "0"},
		{"--sample", "1.5"},
		{"--sample", "0.5", "--bond", "-1"},
		{"--sample", "0.5"}, // no --rpc or --market
		{"--sample", "0.5", "--rpc", "http://127.0.0.1:1", "--market", "0x01", "--solver-url", "nonsense"},
	} {
		_, err := execute(t, append([]string{"whistleblower"}, args...)...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: err %v, want a usage error", args, err)
		}
	}
}
