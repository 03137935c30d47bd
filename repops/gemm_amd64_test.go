//go:build amd64 && !noasm

package repops

import (
	"testing"

	"golang.org/x/sys/cpu"
)

// TestMatMulUsesAsm makes sure the fastest assembly kernel this CPU has is the one
// tested and used, rather than a silent fallback: AVX-512 where the CPU has it (and
// says so here, so that a run on a CPU without it shows it was not tested), else AVX2.
func TestMatMulUsesAsm(t *testing.T) {
	want := ""
	switch {
	case cpu.X86.HasAVX512F && cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		want = "avx512-12x32"
	case cpu.X86.HasAVX2 && cpu.X86.HasFMA:
		want = "avx2fma-6x16"
		t.Log("CPU without AVX-512: the AVX-512 kernel is not tested on this machine")
	default:
		t.Skip("CPU without AVX2 and FMA3: MatMul uses the pure-Go kernel")
	}
	if got := MatMulKernel(); got != want {
		t.Fatalf("MatMul runs %s, want %s", got, want)
	}
	for _, k := range gemmAsmKernels {
		if err := gemmSelfCheck(k); err != nil {
			t.Errorf("self-check: %v", err)
		}
	}
}

// TestSelfCheckHasTeeth: a kernel that rounds one term differently (the unfused
// baseline) is refused by the self-check.
func TestSelfCheckHasTeeth(t *testing.T) {
	if gemmUnfusedRef == nil {
		t.Skip("no AVX2 baseline on this CPU")
	}
	if err := gemmSelfCheck(gemmUnfusedRef); err == nil {
		t.Fatal("the self-check passed the unfused kernel")
	}
}
