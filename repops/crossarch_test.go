package repops

import (
	"testing"

	"github.com/veritrain/veritrain/internal/crossarch"
)

// TestCrossArchitecture reruns the trace-replay and exp/log tests on arm64 (under qemu)
// and with -tags noasm.
func TestCrossArchitecture(t *testing.T) {
	crossarch.Run(t, "^(TestKernelsGolden|TestTracesReplayToKernelBits|TestExpAccuracy|TestLogAccuracy|TestFrexpReconstructs)$")
}

// TestCrossArchitectureMatMul runs the matrix product's own checks in the other builds:
// on arm64 the NEON kernel against the definition (the self-check, the fma corners,
// the small shapes that cross its 8×12 tile and its blocks), with noasm the pure-Go
// path alone.
func TestCrossArchitectureMatMul(t *testing.T) {
	crossarch.Run(t, "^(TestMatMulUsesNEON|TestMatMulFMAHardCases|TestMatMulEdgeSemantics|TestMatMulMatchesDefinition)$/^(1x1x1|2x3x5|7x5x17|13x11x29|12x9x32|18x17x48|65x65x65|64x256x10)$")
}
