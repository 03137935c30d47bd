package train

import (
	"encoding/hex"
	"errors"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// countingBackend runs the CPU kernels and counts the calls: a stand-in for a device
// backend that must be used for every node.
type countingBackend struct{ calls map[repops.KernelID]int }

func (b *countingBackend) Run(k repops.Kernel, out []float32, in [][]float32) error {
	b.calls[k.ID()]++
	k.Run(out, in)
	return nil
}
func (b *countingBackend) String() string { return "counting" }

// TestBackendRunsEveryNode: with a backend, every node of the step and of the
// evaluation graph goes through it, and the state hash is the CPU's golden one.
func TestBackendRunsEveryNode(t *testing.T) {
	s, err := Builtin("synthetic-mlp")
	if err != nil {
		t.Fatal(err)
	}
	be := &countingBackend{calls: map[repops.KernelID]int{}}
	tr, err := NewTrainerWith(s, Options{Backend: be})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Backend() != be {
		t.Fatalf("Backend() = %v", tr.Backend())
	}
	const steps = 60
	h := runSteps(t, tr, steps).Hash()
	if got := hex.EncodeToString(h[:]); got != golden[0].want || golden[0].steps != steps || golden[0].model != s.Name {
		t.Fatalf("state hash through the backend %s, want the golden %s", got, golden[0].want)
	}
	total := 0
	for _, n := range be.calls {
		total += n
	}
	if want := steps * len(tr.Graph.Nodes); total != want {
		t.Fatalf("backend ran %d kernels, want %d (%d steps × %d nodes)", total, want, steps, len(tr.Graph.Nodes))
	}
	if _, _, err := tr.Evaluate(tr.Init()); err != nil {
		t.Fatal(err)
	}
	if total2 := func() (n int) {
		for _, c := range be.calls {
			n += c
		}
		return n
	}(); total2 == total {
		t.Fatal("evaluation did not run on the backend")
	}
}

type failingBackend struct{}

var errDevice = errors.New("device lost")

func (failingBackend) Run(repops.Kernel, []float32, [][]float32) error { return errDevice }
func (failingBackend) String() string                                  { return "failing" }

// TestBackendErrorStopsTheStep: a backend failure is the step's error, not a state.
func TestBackendErrorStopsTheStep(t *testing.T) {
	s, err := Builtin("synthetic-mlp")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewTrainerWith(s, Options{Backend: failingBackend{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tr.Step(tr.Init()); !errors.Is(err, errDevice) {
		t.Fatalf("Step on a failing backend: %v, want %v", err, errDevice)
	}
}

func TestDefaultBackendIsCPU(t *testing.T) {
	tr := mustTrainer(t, "synthetic-mlp")
	if tr.Backend() != CPU || CPU.String() != "cpu" {
		t.Fatalf("default backend %v", tr.Backend())
	}
}
