//go:build !faults

package faults

// Without the "faults" build tag (every production build) no crash point reads
// VERITRAIN_FAULT or kills: a stray value in a daemon's environment changes nothing.

// Enabled reports false: this build injects no faults.
func Enabled() bool { return false }

// Point does nothing in this build (see the package comment).
func Point(string) {}

// Tx does nothing in this build (see the package comment).
func Tx(string, [20]byte, []byte) {}
