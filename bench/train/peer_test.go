package trainbench

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/train"
)

func TestParsePeerOutput(t *testing.T) {
	got, err := ParsePeerOutput(strings.NewReader("# start\n0 5.5\n\n1 5.25\n2 4.125\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []float32{5.5, 5.25, 4.125}) {
		t.Fatalf("got %v", got)
	}
	for _, bad := range []string{"0 5.5\n2 5\n", "1 5\n", "0\n", "0 x\n", "0 5 6\n"} {
		if _, err := ParsePeerOutput(strings.NewReader(bad)); !errors.Is(err, ErrBadPeerOutput) {
			t.Errorf("%q: err %v, want ErrBadPeerOutput", bad, err)
		}
	}
}

func TestOneHotID(t *testing.T) {
	if id, err := oneHotID([]float32{0, 0, 1, 0}); err != nil || id != 2 {
		t.Fatalf("got %d, %v", id, err)
	}
	for _, bad := range [][]float32{{0, 0}, {1, 1}, {0, 0.5}} {
		if _, err := oneHotID(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// smallGPT is a transformer small enough for a test's steps (tiny-gpt's hyper-parameters
// otherwise), or a skip without the State of the Union texts.
func smallGPT(t *testing.T) *train.Spec {
	t.Helper()
	s := builtin(t, "tiny-gpt")
	m := *s.Transformer
	m.Layers, m.Width, m.Heads, m.Context, m.MLP = 1, 16, 2, 8, 32
	s.Name, s.Transformer, s.BatchSize = "small-gpt", &m, 2
	if _, err := train.NewTrainer(s); errors.Is(err, dataset.ErrNoSOTU) {
		t.Skip(err)
	} else if err != nil {
		t.Fatal(err)
	}
	return s
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// TestComparePeerFake: the inputs written for PyTorch are the trainer's (weights in
// PyTorch's layout, every step's token ids), and a curve that is not veritrain's fails.
func TestComparePeerFake(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	s := smallGPT(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "peer.sh")
	if err := os.WriteFile(script, []byte(`echo "0 1"; echo "1 1"; echo "2 1"`), 0o644); err != nil {
		t.Fatal(err)
	}
	o := PeerOptions{Steps: 3, Threads: 1, Tol: 0.01, Python: "/bin/sh", Script: script, Dir: filepath.Join(dir, "in")}
	r, err := ComparePeer(context.Background(), s, o, discard())
	if !errors.Is(err, ErrPeerDisagree) || r == nil || len(r.RepOps) != 3 || r.WorstStep < 0 {
		t.Fatalf("got %+v, %v; want ErrPeerDisagree", r, err)
	}
	toks, err := os.ReadFile(filepath.Join(o.Dir, "tokens.u8"))
	if err != nil {
		t.Fatal(err)
	}
	rows := s.BatchSize * s.Transformer.Context
	if len(toks) != 2*rows*o.Steps {
		t.Fatalf("%d token ids, want %d", len(toks), 2*rows*o.Steps)
	}
	// step 1's targets are its inputs shifted by one within each sequence
	tr, err := train.NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	_, y := tr.Batch(&checkpoint.State{DataCursor: uint64(s.BatchSize)})
	for r := range rows {
		if id, _ := oneHotID(y[r*256 : (r+1)*256]); byte(id) != toks[3*rows+r] {
			t.Fatalf("target row %d: id %d, file %d", r, id, toks[3*rows+r])
		}
	}
	if _, err := ComparePeer(context.Background(), builtin(t, "mnist-mlp"), o, discard()); !errors.Is(err, ErrNotTransformer) {
		t.Fatalf("a layer spec: %v, want ErrNotTransformer", err)
	}
}

// TestComparePeerTorch runs the real gpt_peer.py for a few steps of a small transformer:
// PyTorch's curve is veritrain's to float32 rounding. It skips without PyTorch.
func TestComparePeerTorch(t *testing.T) {
	const python = "/usr/bin/python3"
	if out, err := exec.Command(python, "-c", "import torch").CombinedOutput(); err != nil {
		t.Skipf("PyTorch not found (%v; %.200s)", err, out)
	}
	s := smallGPT(t)
	o := PeerOptions{Steps: 4, Threads: 1, Tol: 1e-4, Python: python, Script: "gpt_peer.py"}
	r, err := ComparePeer(t.Context(), s, o, discard())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("worst relative difference %.3g at step %d", r.Worst, r.WorstStep)
}

// BenchmarkStepGPT is veritrain's tiny-gpt step (Trainer.Step from its initial state
// on), for `go test -bench StepGPT -cpuprofile` (train's own benchmarks cover the MNIST
// models only).
func BenchmarkStepGPT(b *testing.B) {
	tr, err := train.NewTrainer(builtin(b, "tiny-gpt"))
	if errors.Is(err, dataset.ErrNoSOTU) {
		b.Skip(err)
	} else if err != nil {
		b.Fatal(err)
	}
	st := tr.Init()
	for b.Loop() {
		if st, _, err = tr.Step(st); err != nil {
			b.Fatal(err)
		}
	}
}
