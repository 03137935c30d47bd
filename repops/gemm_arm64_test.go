//go:build arm64 && !noasm

package repops

import "testing"

// TestMatMulUsesNEON makes sure MatMul runs the NEON kernel (its self-check passed)
// rather than a silent fallback to pure Go.
func TestMatMulUsesNEON(t *testing.T) {
	if got := MatMulKernel(); got != "neon-8x12" {
		t.Fatalf("MatMul runs %s, want neon-8x12", got)
	}
	if err := gemmSelfCheck(gemmAsmKernels[0]); err != nil {
		t.Fatal(err)
	}
}
