package cuda

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
)

var _ train.Backend = (*Device)(nil)

// openOrSkip opens the GPU, or skips the test with the reason where there is none.
func openOrSkip(t *testing.T) *Device {
	t.Helper()
	d, err := Open()
	if err != nil {
		if errors.Is(err, ErrNoDriver) || errors.Is(err, ErrNoDevice) {
			t.Skipf("no CUDA device: %v", err)
		}
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	t.Logf("device %v", d)
	return d
}

// TestOpen: on any machine Open gives a device or one of the two sentinels, never
// another error or a panic.
func TestOpen(t *testing.T) {
	d, err := Open()
	switch {
	case err == nil:
		t.Logf("opened %v", d)
		if d.Name() == "" {
			t.Error("device without a name")
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		if err := d.Run(repops.ReLU{N: 1}, make([]float32, 1), [][]float32{{1}}); !errors.Is(err, ErrClosed) {
			t.Fatalf("Run after Close: %v, want ErrClosed", err)
		}
	case errors.Is(err, ErrNoDriver), errors.Is(err, ErrNoDevice):
		t.Logf("no GPU here: %v", err)
	default:
		t.Fatalf("Open: %v, want a device, ErrNoDriver or ErrNoDevice", err)
	}
	if _, err := OpenLibrary("/nonexistent/libcuda.so.1", 0); !errors.Is(err, ErrNoDriver) {
		t.Fatalf("missing library: %v, want ErrNoDriver", err)
	}
}

// TestKernelsOnGPU: every kernel, every shape and input regime, bit for bit the CPU
// reference's output.
func TestKernelsOnGPU(t *testing.T) {
	d := openOrSkip(t)
	testKernels(t, d, testing.Short())
}

// testKernels runs every kernel with each matrix product variant forced in turn (the
// shapes are small, so by size the tiled one would rarely run); short takes the smaller
// set of shapes.
func testKernels(t *testing.T, d *Device, short bool) {
	for _, v := range []string{"tile64", "tile16"} {
		t.Run(v, func(t *testing.T) {
			mmVariant = v
			defer func() { mmVariant = "" }()
			testKernelsVariant(t, d, short, v == "tile16")
		})
	}
}

func testKernelsVariant(t *testing.T, d *Device, short, matmulOnly bool) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, k := range kerneltest.Kernels(short) {
		if _, ok := k.(repops.MatMulK); matmulOnly && !ok {
			continue
		}
		for _, g := range kerneltest.Regimes {
			t.Run(fmt.Sprintf("%v/%v", k, g), func(t *testing.T) {
				in := kerneltest.Inputs(r, k, g)
				want := make([]float32, k.OutLen())
				k.Run(want, in)
				got := make([]float32, k.OutLen())
				for i := range got {
					got[i] = float32(i) + 0.5 // every output must be written
				}
				if err := d.Run(k, got, in); err != nil {
					t.Fatal(err)
				}
				if err := kerneltest.Compare(got, want); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}

// TestBuffersOnGPU: the device-resident path (Alloc, Upload, Launch, Sync, Download)
// gives the same bits as Run, and Launch checks shapes.
func TestBuffersOnGPU(t *testing.T) {
	d := openOrSkip(t)
	testBuffers(t, d)
}

func testBuffers(t *testing.T, d *Device) {
	r := rand.New(rand.NewPCG(13, 14))
	k := repops.MatMulK{M: 70, K: 33, N: 129, L: repops.NT}
	in := kerneltest.Inputs(r, k, kerneltest.Specials)
	want := make([]float32, k.OutLen())
	k.Run(want, in)
	a, err := d.Alloc(len(in[0]))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Free()
	b, err := d.Alloc(len(in[1]))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Free()
	c, err := d.Alloc(k.OutLen())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Free()
	if err := a.Upload(in[0]); err != nil {
		t.Fatal(err)
	}
	if err := b.Upload(in[1]); err != nil {
		t.Fatal(err)
	}
	if err := d.Launch(k, c, []*Buffer{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := d.Sync(); err != nil {
		t.Fatal(err)
	}
	got := make([]float32, k.OutLen())
	if err := c.Download(got); err != nil {
		t.Fatal(err)
	}
	if err := kerneltest.Compare(got, want); err != nil {
		t.Fatal(err)
	}
	if err := d.Launch(k, c, []*Buffer{b, a}); err == nil {
		t.Fatal("Launch with swapped input shapes succeeded")
	}
	if err := d.Launch(k, a, []*Buffer{a, b}); err == nil {
		t.Fatal("Launch with the output as an input succeeded")
	}
}

// TestMNISTOnGPU: a short MNIST run with every kernel on the GPU ends on the CPU run's
// state hash (a whole training run, forward, backward and update, bit for bit).
func TestMNISTOnGPU(t *testing.T) {
	d := openOrSkip(t)
	testTrainingMatchesCPU(t, d, "mnist-mlp", 12)
	testTrainingMatchesCPU(t, d, "mnist-cnn", 6)
}

// TestGPTOnGPU: short runs of small transformers with every kernel on the GPU end on
// the CPU run's state hash.
func TestGPTOnGPU(t *testing.T) {
	d := openOrSkip(t)
	testGPTMatchesCPU(t, d, 12)
}

func testTrainingMatchesCPU(t *testing.T, be train.Backend, model string, steps uint64) {
	s, err := train.Builtin(model)
	if err != nil {
		t.Fatal(err)
	}
	testSpecMatchesCPU(t, be, s, steps)
}

// smallGPT is a transformer small enough to train through the fake driver: every
// transformer kernel (ids 19-40) runs in its step, with layer norm and GELU, clipping
// and a warm-up (smallGPTRMS: RMS norm, SiLU, no clipping, no warm-up).
const smallGPT = `{"name": "small-gpt", "dataset": "sotu",
 "transformer": {"vocab": 256, "context": 6, "width": 12, "heads": 3, "layers": 1, "mlp": 20,
  "norm": "layer", "norm_eps": 1e-5, "activation": "gelu", "tie_embeddings": true},
 "loss": "softmax_cross_entropy",
 "optimizer": {"type": "adamw", "lr": 0.003, "beta1": 0.9, "beta2": 0.95, "eps": 1e-8,
  "weight_decay": 0.1, "clip": 1, "warmup": 2, "decay_steps": 10, "min_lr": 0.0003},
 "batch_size": 2, "seed": 3}`

const smallGPTRMS = `{"name": "small-gpt-rms", "dataset": "sotu",
 "transformer": {"vocab": 256, "context": 5, "width": 8, "heads": 2, "layers": 1, "mlp": 12,
  "norm": "rms", "norm_eps": 1e-6, "activation": "silu"},
 "loss": "softmax_cross_entropy",
 "optimizer": {"type": "adamw", "lr": 0.003, "beta1": 0.9, "beta2": 0.99, "eps": 1e-8,
  "weight_decay": 0.01, "decay_steps": 10, "min_lr": 0.0003},
 "batch_size": 2, "seed": 5}`

// testGPTMatchesCPU trains the small transformers on be and on the CPU: the same state
// hash. It skips where the text dataset is not installed.
func testGPTMatchesCPU(t *testing.T, be train.Backend, steps uint64) {
	for _, js := range []string{smallGPT, smallGPTRMS} {
		s, err := train.ParseSpec(strings.NewReader(js))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := train.NewTrainer(s); errors.Is(err, dataset.ErrNoSOTU) {
			t.Skip(err)
		}
		testSpecMatchesCPU(t, be, s, steps)
	}
}

func testSpecMatchesCPU(t *testing.T, be train.Backend, s *train.Spec, steps uint64) {
	model := s.Name
	hash := func(o train.Options) string {
		tr, err := train.NewTrainerWith(s, o)
		if err != nil {
			t.Fatal(err)
		}
		st, err := tr.Run(context.Background(), tr.Init(), steps, nil)
		if err != nil {
			t.Fatal(err)
		}
		h := st.Hash()
		return hex.EncodeToString(h[:])
	}
	cpu, dev := hash(train.Options{}), hash(train.Options{Backend: be})
	t.Logf("%s, %d steps: cpu %s, %v %s", model, steps, cpu, be, dev)
	if dev != cpu {
		t.Fatalf("%s after %d steps on %v: state hash %s, the CPU's %s", model, steps, be, dev, cpu)
	}
}
