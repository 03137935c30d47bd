package train

import (
	"testing"

	"github.com/veritrain/veritrain/internal/crossarch"
)

// TestCrossArchitecture reruns the golden state hashes on arm64 (under qemu) and with
// the pure-Go kernels on this machine: same bits everywhere.
func TestCrossArchitecture(t *testing.T) {
	crossarch.Run(t, "^(TestGoldenStateHashes|TestGPTGoldenStateHashes)$")
}
