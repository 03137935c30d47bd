//go:build amd64 && !noasm

package repops

import "testing"

// TestGELUUsesAsm: on a CPU with AVX2 and FMA the vector GELU core passes its
// self-check (so GELU and its gradient run on it; their bits are the traces' in
// TestTracesReplayToKernelBits either way).
func TestGELUUsesAsm(t *testing.T) {
	if !hasAVX2FMA {
		t.Skip("no AVX2+FMA: the scalar GELU path runs (and is what the replay tests check here)")
	}
	if !geluAsmOK() {
		t.Fatal("the AVX2 GELU core failed its self-check against geluNative")
	}
}
