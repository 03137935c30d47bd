//go:build amd64 && !noasm

package repops

import (
	"testing"

	"golang.org/x/sys/cpu"
)

// TestMatMulUsesAVX2 makes sure the assembly path is the one tested and used where the
// CPU has AVX2, rather than a silent fallback to pure Go.
func TestMatMulUsesAVX2(t *testing.T) {
	if !cpu.X86.HasAVX2 || !cpu.X86.HasFMA {
		t.Skip("CPU without AVX2 and FMA3: MatMul uses the pure-Go kernel")
	}
	if gemmAsm == nil || gemmAsm.name != "avx2fma-6x16" {
		t.Fatalf("gemmAsm = %v, want the AVX2 kernel", gemmAsm)
	}
}
