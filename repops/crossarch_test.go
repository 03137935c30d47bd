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
