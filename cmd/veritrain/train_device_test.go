package main

import (
	"errors"
	"testing"

	"github.com/veritrain/veritrain/cuda"
)

// TestTrainDevice: --device auto always trains (on the GPU where one opens, else the
// CPU) and lands on the --device cpu state hash; --device cuda fails with the cuda
// sentinel on a machine without a GPU; an unknown device is a usage error.
func TestTrainDevice(t *testing.T) {
	args := []string{"train", "--model", "synthetic-mlp", "--steps", "5", "--json"}
	out, err := execute(t, append(args, "--device", "cpu")...)
	if err != nil {
		t.Fatal(err)
	}
	var cpu, auto trainResult
	lastJSON(t, out, &cpu)
	if cpu.Device != "cpu" {
		t.Fatalf("device %q, want cpu", cpu.Device)
	}
	out, err = execute(t, append(args, "--device", "auto")...)
	if err != nil {
		t.Fatal(err)
	}
	lastJSON(t, out, &auto)
	if auto.StateHash != cpu.StateHash {
		t.Fatalf("--device auto (%s) ends on %s, the CPU on %s", auto.Device, auto.StateHash, cpu.StateHash)
	}
	_, err = execute(t, append(args, "--device", "cuda")...)
	d, openErr := cuda.Open()
	if openErr == nil {
		_ = d.Close()
		if err != nil {
			t.Fatalf("--device cuda with a GPU present: %v", err)
		}
	} else if !errors.Is(err, cuda.ErrNoDriver) && !errors.Is(err, cuda.ErrNoDevice) {
		t.Fatalf("--device cuda without a GPU: %v, want ErrNoDriver or ErrNoDevice", err)
	}
	_, err = execute(t, append(args, "--device", "tpu")...)
	var ue usageError
	if !errors.As(err, &ue) {
		t.Fatalf("--device tpu: %v, want a usage error", err)
	}
}
