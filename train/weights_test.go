package train

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/dataset"
)

// torchArrays are a state's parameters as export writes them (PyTorch's layout).
func torchArrays(t *testing.T, s *Spec, st *checkpoint.State) []dataset.Array {
	t.Helper()
	ts, err := s.ToTorch(st.Tensors[:len(s.ParamNames())])
	if err != nil {
		t.Fatal(err)
	}
	var arrays []dataset.Array
	for _, tn := range ts {
		b := make([]byte, 4*len(tn.Data))
		for i, v := range tn.Data {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		arrays = append(arrays, dataset.Array{Header: dataset.Header{Name: tn.Name, DType: dataset.Float32, Shape: tn.Shape}, Data: b})
	}
	return arrays
}

// TestInitFromWeights: a spec whose Init names a dataset of weights (a state after a few
// steps of the CNN, in PyTorch's layout) starts from exactly those parameters, with the
// optimizer's state fresh, and trains on from them.
func TestInitFromWeights(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	s := mustBuiltin(t, "synthetic-mlp")
	tr, err := NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	for range 4 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
	}
	d, err := dataset.New(torchArrays(t, s, st))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	ft := *s
	root := d.Root()
	ft.Name, ft.Init = "synthetic-mlp-finetune", hex.EncodeToString(root[:])
	if err := ft.Validate(); err != nil {
		t.Fatal(err)
	}
	ftr, err := NewTrainerWith(&ft, Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	init := ftr.Init()
	fresh := tr.Init()
	for i, tn := range init.Tensors {
		want := fresh.Tensors[i].Data // optimizer state: as a fresh run's
		if i < len(ft.ParamNames()) {
			want = st.Tensors[i].Data
		}
		if !slices.Equal(f32bits(tn.Data), f32bits(want)) {
			t.Fatalf("initial %s is not the file's", tn.Name)
		}
	}
	if _, _, err := ftr.Step(init); err != nil {
		t.Fatal(err)
	}
}

// TestWeightsErrors: a weights file that is not exactly the spec's parameters is
// refused, naming each problem.
func TestWeightsErrors(t *testing.T) {
	s := mustBuiltin(t, "synthetic-mlp")
	tr, err := NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	good := torchArrays(t, s, tr.Init())
	for _, c := range []struct {
		name string
		edit func([]dataset.Array) []dataset.Array
		want string
	}{
		{"missing", func(a []dataset.Array) []dataset.Array { return a[1:] }, "l0.weight missing (want float32 [32 64])"},
		{"extra", func(a []dataset.Array) []dataset.Array {
			return append(a, dataset.Array{Header: dataset.Header{Name: "l9.weight", DType: dataset.Float32, Shape: []int{1}}, Data: make([]byte, 4)})
		}, "l9.weight is not a parameter of synthetic-mlp"},
		{"canonical layout", func(a []dataset.Array) []dataset.Array {
			a[0].Shape = []int{a[0].Shape[1], a[0].Shape[0]}
			return a
		}, "l0.weight is float32 [64 32], want float32 [32 64]"},
		{"float64", func(a []dataset.Array) []dataset.Array {
			a[1].DType, a[1].Data = dataset.Float64, append(a[1].Data, a[1].Data...)
			return a
		}, "l0.bias is float64"},
	} {
		arrays := make([]dataset.Array, len(good))
		copy(arrays, good)
		_, err := s.WeightsFromArrays(c.edit(arrays))
		if !errors.Is(err, ErrBadWeights) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrBadWeights saying %q", c.name, err, c.want)
		}
	}
	if _, err := s.WeightsFromArrays(good); err != nil {
		t.Fatal(err)
	}
}
