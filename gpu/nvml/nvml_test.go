package nvml

import (
	"errors"
	"testing"

	"github.com/veritrain/veritrain/gpu"
)

// TestDetect runs on machines with and without GPUs: either devices with names and
// memory, or ErrNoNVML (no panic, no other error).
func TestDetect(t *testing.T) {
	devs, err := Detect()
	if err != nil {
		if !errors.Is(err, gpu.ErrNoNVML) {
			t.Fatalf("Detect: %v, want devices or ErrNoNVML", err)
		}
		t.Logf("no GPU: %v", err)
		return
	}
	for _, d := range devs {
		if d.Name == "" || d.MemoryBytes == 0 {
			t.Errorf("device %+v lacks a name or memory", d)
		}
	}
}
