package trainbench

import (
	"errors"
	"math"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/train"
)

// syntheticSGD is a small dense spec on the generated data set, with both activations,
// so the equivalence test runs in milliseconds.
func syntheticSGD(act string) *train.Spec {
	return &train.Spec{
		Name: "synthetic-sgd-" + act, Dataset: "synthetic",
		Layers: []train.Layer{
			{Type: "dense", Units: 24, Activation: act},
			{Type: "dense", Units: 16, Activation: act},
			{Type: "dense", Units: 4},
		},
		Loss:      "softmax_cross_entropy",
		Optimizer: train.Optimizer{Type: "sgd_momentum", LR: 0.1, Momentum: 0.9},
		BatchSize: 16, Seed: 11,
	}
}

func builtin(t testing.TB, name string) *train.Spec {
	t.Helper()
	s, err := train.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newPair(t testing.TB, s *train.Spec) (*train.Trainer, *checkpoint.State, *GorgoniaMLP) {
	t.Helper()
	tr, err := train.NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	gm, err := NewGorgoniaMLP(s, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = gm.Close() })
	return tr, st, gm
}

// TestGorgoniaMatchesRepOps takes the same steps on both implementations from the same
// weights and batches: the losses and every parameter must agree to float32 tolerance
// (not bits: the two sum in different orders). Three steps exercise the momentum.
func TestGorgoniaMatchesRepOps(t *testing.T) {
	cases := []struct {
		spec  *train.Spec
		steps int
	}{
		{syntheticSGD("relu"), 3},
		{syntheticSGD("tanh"), 3},
		{builtin(t, "mnist-mlp"), 2},
	}
	for _, c := range cases {
		t.Run(c.spec.Name, func(t *testing.T) {
			tr, st, gm := newPair(t, c.spec)
			for s := range c.steps {
				x, y := tr.Batch(st)
				gl, err := gm.Step(x, y)
				if err != nil {
					t.Fatal(err)
				}
				next, rl, err := tr.Step(st)
				if err != nil {
					t.Fatal(err)
				}
				st = next
				if d := math.Abs(float64(gl - rl)); d > 1e-4*math.Max(1, math.Abs(float64(rl))) {
					t.Fatalf("step %d: loss gorgonia %g, RepOps %g", s, gl, rl)
				}
			}
			for i, p := range gm.Params() {
				want := st.Tensors[i]
				if len(p) != len(want.Data) {
					t.Fatalf("%s: %d values, want %d", want.Name, len(p), len(want.Data))
				}
				scale := 0.0
				for _, v := range want.Data {
					scale = math.Max(scale, math.Abs(float64(v)))
				}
				for j, v := range p {
					if d := math.Abs(float64(v - want.Data[j])); d > 1e-4*scale+1e-6 {
						t.Fatalf("%s[%d] after %d steps: gorgonia %g, RepOps %g", want.Name, j, c.steps, v, want.Data[j])
					}
				}
			}
		})
	}
}

// TestGorgoniaLearns checks the baseline is a model that learns, on the synthetic data
// set (4 well-separated classes): well above chance after a short training.
func TestGorgoniaLearns(t *testing.T) {
	tr, st, gm := newPair(t, syntheticSGD("relu"))
	acc0, err := gm.Accuracy(tr.Data)
	if err != nil {
		t.Fatal(err)
	}
	for range 60 {
		x, y := tr.Batch(st)
		if _, err := gm.Step(x, y); err != nil {
			t.Fatal(err)
		}
		st = &checkpoint.State{DataCursor: st.DataCursor + uint64(tr.Spec.BatchSize)}
	}
	acc, err := gm.Accuracy(tr.Data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("accuracy %.3f before, %.3f after", acc0, acc)
	if acc < 0.9 {
		t.Errorf("accuracy %.3f after 60 steps (%.3f before), want ≥ 0.9", acc, acc0)
	}
}

func TestNewGorgoniaMLPRejects(t *testing.T) {
	mlp := builtin(t, "mnist-mlp")
	tr, err := train.NewTrainer(mlp)
	if err != nil {
		t.Fatal(err)
	}
	good := tr.Init()
	cnn := builtin(t, "mnist-cnn")
	adam := syntheticSGD("relu")
	adam.Optimizer = train.Optimizer{Type: "adam", LR: 0.01, Beta1: 0.9, Beta2: 0.999, Eps: 1e-7}
	mutate := func(f func(st *checkpoint.State)) *checkpoint.State {
		st := *good
		st.Tensors = append([]checkpoint.Tensor(nil), good.Tensors...)
		f(&st)
		return &st
	}
	cases := []struct {
		name string
		spec *train.Spec
		st   *checkpoint.State
		want error
	}{
		{"conv layers", cnn, good, ErrUnsupported},
		{"adam", adam, good, ErrUnsupported},
		{"no state", mlp, nil, ErrBadInit},
		{"later step", mlp, mutate(func(st *checkpoint.State) { st.Step = 3 }), ErrBadInit},
		{"too few tensors", mlp, mutate(func(st *checkpoint.State) { st.Tensors = st.Tensors[:3] }), ErrBadInit},
		{"wrong weight shape", mlp, mutate(func(st *checkpoint.State) { st.Tensors[2].Shape = []int{255, 10} }), ErrBadInit},
		{"wrong bias shape", mlp, mutate(func(st *checkpoint.State) { st.Tensors[1].Shape = []int{10} }), ErrBadInit},
		{"short data", mlp, mutate(func(st *checkpoint.State) { st.Tensors[0].Data = st.Tensors[0].Data[:7] }), ErrBadInit},
		{"momentum set", mlp, mutate(func(st *checkpoint.State) {
			st.Tensors[5] = checkpoint.Tensor{Name: "l1.bias.momentum", Shape: []int{10}, Data: []float32{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}}
		}), ErrBadInit},
		{"invalid spec", &train.Spec{Name: "x"}, good, train.ErrBadSpec},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := NewGorgoniaMLP(c.spec, c.st)
			if !errors.Is(err, c.want) {
				if m != nil {
					_ = m.Close()
				}
				t.Fatalf("err %v, want %v", err, c.want)
			}
		})
	}
}

func TestGorgoniaStepRejectsBadBatch(t *testing.T) {
	_, _, gm := newPair(t, syntheticSGD("relu"))
	if _, err := gm.Step(make([]float32, 3), make([]float32, 16*4)); err == nil {
		t.Fatal("a short batch was accepted")
	}
}
