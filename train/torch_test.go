package train

import (
	"slices"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
)

// TestTorchLayout: ToTorch gives PyTorch's shapes (nn.Linear [out, in], nn.Conv2d
// [out, in, kh, kw], optimizer state as its weight, biases as they are), moves each
// element where PyTorch reads it, and FromTorch gives the canonical tensors back bit
// for bit; the state, its hash included, is not changed.
func TestTorchLayout(t *testing.T) {
	for _, name := range BuiltinNames() {
		s, err := Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := NewTrainer(s)
		if err != nil {
			t.Fatal(err)
		}
		st := tr.Init()
		h := st.Hash()
		torch, err := s.ToTorch(st.Tensors)
		if err != nil {
			t.Fatal(err)
		}
		back, err := s.FromTorch(torch)
		if err != nil {
			t.Fatal(err)
		}
		if st.Hash() != h {
			t.Fatalf("%s: ToTorch changed the state", name)
		}
		for i, c := range st.Tensors {
			if back[i].Name != c.Name || !slices.Equal(back[i].Shape, c.Shape) || !slices.Equal(back[i].Data, c.Data) {
				t.Fatalf("%s: %s did not come back", name, c.Name)
			}
		}
		if s.Transformer != nil {
			continue // TestGPTTorchLayout
		}
		for i, c := range st.Tensors {
			tt := torch[i]
			switch {
			case c.Name == "l0.weight" && s.Layers[0].Type == "dense": // [in, out] -> [out, in]
				in, out := c.Shape[0], c.Shape[1]
				if !slices.Equal(tt.Shape, []int{out, in}) || tt.Data[1*in+2] != c.Data[2*out+1] {
					t.Errorf("%s %s: %v", name, c.Name, tt.Shape)
				}
			case s.Layers[0].Type == "conv" && (c.Name == "l0.weight" || c.Name == "l0.weight.momentum" || c.Name == "l0.weight.adam_m"):
				k, f := s.Layers[0].Kernel, s.Layers[0].Filters
				// [out, in=1, kh, kw]: element (o, 0, dy, dx) is the patch row dy*k+dx of filter o
				if !slices.Equal(tt.Shape, []int{f, 1, k, k}) || tt.Data[(1*k+2)*k+1] != c.Data[(2*k+1)*f+1] {
					t.Errorf("%s %s: %v", name, c.Name, tt.Shape)
				}
			case len(c.Shape) == 1:
				if !slices.Equal(tt.Shape, c.Shape) || !slices.Equal(tt.Data, c.Data) {
					t.Errorf("%s %s changed", name, c.Name)
				}
			}
		}
	}
	s, _ := Builtin("mnist-mlp")
	bad := []int{3, 3}
	if _, err := s.ToTorch([]checkpoint.Tensor{{Name: "l0.weight", Shape: bad, Data: make([]float32, 9)}}); err == nil {
		t.Error("a weight of the wrong shape was mapped")
	}
}
