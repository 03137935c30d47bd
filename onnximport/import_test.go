package onnximport

import (
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/train"
)

var sgd = train.Optimizer{Type: "sgd_momentum", LR: 0.05, Momentum: 0.9}

// readNPY reads a float32 .npy fixture.
func readNPY(t *testing.T, path string) ([]float32, []int) {
	t.Helper()
	arrays, err := dataset.DecodeFile(path, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arrays[0]
	if a.DType != dataset.Float32 {
		t.Fatalf("%s: %s, want float32", path, a.DType)
	}
	v := make([]float32, len(a.Data)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(a.Data[4*i:]))
	}
	return v, a.Shape
}

// importFixture imports testdata/NAME.onnx for MNIST with the given batch size.
func importFixture(t *testing.T, name string, opt train.Optimizer, batch int) (*train.Spec, []checkpoint.Tensor) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".onnx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, w, err := Import(f, Options{Name: name, Dataset: "mnist", Optimizer: opt, BatchSize: batch, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return s, w
}

// withWeights is tr.Init() with its weights and biases replaced by weights (PyTorch's
// layout), as a test builds it by hand.
func withWeights(t *testing.T, tr *train.Trainer, weights []checkpoint.Tensor) *checkpoint.State {
	t.Helper()
	canon, err := tr.Spec.FromTorch(weights)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	for _, w := range canon {
		i := slices.IndexFunc(st.Tensors, func(x checkpoint.Tensor) bool { return x.Name == w.Name })
		if i < 0 || !slices.Equal(st.Tensors[i].Shape, w.Shape) {
			t.Fatalf("imported %s%v is not a tensor of the trainer's state", w.Name, w.Shape)
		}
		st.Tensors[i] = w
	}
	return st
}

// TestFixturesMatchPyTorch: veritrain's forward pass of an imported PyTorch model, on
// PyTorch's inputs, gives PyTorch's logits within float32 rounding.
func TestFixturesMatchPyTorch(t *testing.T) {
	for _, tc := range []struct {
		name   string
		layers []train.Layer
	}{
		{"mlp", []train.Layer{{Type: "dense", Units: 64, Activation: "relu"}, {Type: "dense", Units: 10}}},
		{"cnn", []train.Layer{
			{Type: "conv", Filters: 8, Kernel: 5, Stride: 2, Activation: "relu"},
			{Type: "conv", Filters: 16, Kernel: 3, Stride: 2, Activation: "tanh"},
			{Type: "dense", Units: 32, Activation: "relu"},
			{Type: "dense", Units: 10}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, xs := readNPY(t, filepath.Join("testdata", tc.name+".input.npy"))
			want, _ := readNPY(t, filepath.Join("testdata", tc.name+".logits.npy"))
			n, c, h, w := xs[0], xs[1], xs[2], xs[3]
			spec, weights := importFixture(t, tc.name, sgd, n)
			if !slices.Equal(spec.Layers, tc.layers) {
				t.Fatalf("layers %+v, want %+v", spec.Layers, tc.layers)
			}
			tr, err := train.NewTrainer(spec)
			if err != nil {
				t.Fatal(err)
			}
			// PyTorch's NCHW batch in veritrain's NHWC order
			nhwc := make([]float32, len(x))
			for b := range n {
				for ch := range c {
					for y := range h {
						for xx := range w {
							nhwc[((b*h+y)*w+xx)*c+ch] = x[((b*c+ch)*h+y)*w+xx]
						}
					}
				}
			}
			labels := make([]float32, n*10)
			for b := range n {
				labels[b*10] = 1
			}
			vals, err := tr.StepValuesOn(withWeights(t, tr, weights), nhwc, labels)
			if err != nil {
				t.Fatal(err)
			}
			got := vals[tr.Graph.Logits]
			if len(got) != len(want) {
				t.Fatalf("%d logits, want %d", len(got), len(want))
			}
			var diff, scale float64
			for i := range got {
				diff = max(diff, math.Abs(float64(got[i]-want[i])))
				scale = max(scale, math.Abs(float64(want[i])))
			}
			t.Logf("%s: max |veritrain - PyTorch| = %.3g over logits up to %.3g", tc.name, diff, scale)
			if diff > 1e-4*max(1, scale) {
				t.Fatalf("logits differ from PyTorch's by %g (largest logit %g)", diff, scale)
			}
		})
	}
}

// TestStateIsInitWithWeights: State is a trainer's initial state with the imported
// weights in place of the drawn ones, bit for bit (the PRNG label and the optimizer
// state included).
func TestStateIsInitWithWeights(t *testing.T) {
	for _, opt := range []train.Optimizer{sgd, {Type: "adam", LR: 0.001, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}} {
		spec, weights := importFixture(t, "cnn", opt, 4)
		tr, err := train.NewTrainer(spec)
		if err != nil {
			t.Fatal(err)
		}
		st, err := State(spec, weights)
		if err != nil {
			t.Fatal(err)
		}
		want := withWeights(t, tr, weights)
		if st.Hash() != want.Hash() {
			t.Fatalf("%s: State's hash %x, the trainer's initial state with the weights %x", opt.Type, st.Hash(), want.Hash())
		}
		if _, _, err := tr.Step(st); err != nil {
			t.Fatalf("%s: the trainer refuses State's state: %v", opt.Type, err)
		}
		if _, err := State(spec, weights[:len(weights)-1]); err == nil {
			t.Fatal("State without a bias: no error")
		}
	}
}

// TestImportTrainsBitExactly: two trainers of an imported model, from its state, reach
// the same state hash after the same steps, and the steps start from the imported
// weights (not from drawn ones).
func TestImportTrainsBitExactly(t *testing.T) {
	spec, weights := importFixture(t, "cnn", train.Optimizer{Type: "adam", LR: 0.001, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}, 8)
	st, err := State(spec, weights)
	if err != nil {
		t.Fatal(err)
	}
	var hashes [2][32]byte
	for i := range hashes {
		tr, err := train.NewTrainer(spec)
		if err != nil {
			t.Fatal(err)
		}
		end, err := tr.Run(t.Context(), st, 3, nil)
		if err != nil {
			t.Fatal(err)
		}
		hashes[i] = end.Hash()
		if i == 0 {
			drawn, err := tr.Run(t.Context(), tr.Init(), 3, nil)
			if err != nil {
				t.Fatal(err)
			}
			if drawn.Hash() == end.Hash() {
				t.Fatal("training from the imported weights and from drawn ones gives one state")
			}
		}
	}
	if hashes[0] != hashes[1] {
		t.Fatalf("two trainers: %x and %x after 3 steps", hashes[0], hashes[1])
	}
}

// TestBuiltinShapes: BuiltinShapes are train's datasets' shapes.
func TestBuiltinShapes(t *testing.T) {
	for name, s := range BuiltinShapes {
		d, err := train.LoadDataset(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := (Shape{H: d.H, W: d.W, C: d.C, Classes: d.Classes}); got != s {
			t.Errorf("%s: train's is %+v, BuiltinShapes has %+v", name, got, s)
		}
	}
}

// Building ONNX models in Go, with gonnx's types.

func dims(d ...int64) []int64 { return d }

// tensor is a FLOAT initializer with deterministic values, as raw data.
func tensor(name string, d []int64, seed uint32) *onnx.TensorProto {
	n := int64(1)
	for _, x := range d {
		n *= x
	}
	raw := make([]byte, 4*n)
	s := seed*2654435761 + 1
	for i := range n {
		s = s*1664525 + 1013904223
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(float32(int32(s>>8))/float32(1<<24)/4))
	}
	return &onnx.TensorProto{Name: name, Dims: d, DataType: int32(onnx.TensorProto_FLOAT), RawData: raw}
}

func int64Tensor(name string, v ...int64) *onnx.TensorProto {
	return &onnx.TensorProto{Name: name, Dims: []int64{int64(len(v))}, DataType: int32(onnx.TensorProto_INT64), Int64Data: v}
}

func node(op, name string, in []string, out string, attrs ...*onnx.AttributeProto) *onnx.NodeProto {
	return &onnx.NodeProto{OpType: op, Name: name, Input: in, Output: []string{out}, Attribute: attrs}
}

func aI(name string, v int64) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INT, I: v}
}

func aIs(name string, v ...int64) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_INTS, Ints: v}
}

func aF(name string, v float32) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_FLOAT, F: v}
}

func aS(name, v string) *onnx.AttributeProto {
	return &onnx.AttributeProto{Name: name, Type: onnx.AttributeProto_STRING, S: []byte(v)}
}

func valueInfo(name string, d ...any) *onnx.ValueInfoProto {
	sh := &onnx.TensorShapeProto{}
	for _, x := range d {
		switch x := x.(type) {
		case int:
			sh.Dim = append(sh.Dim, &onnx.TensorShapeProto_Dimension{Value: &onnx.TensorShapeProto_Dimension_DimValue{DimValue: int64(x)}})
		case string:
			sh.Dim = append(sh.Dim, &onnx.TensorShapeProto_Dimension{Value: &onnx.TensorShapeProto_Dimension_DimParam{DimParam: x}})
		}
	}
	return &onnx.ValueInfoProto{Name: name, Type: &onnx.TypeProto{Value: &onnx.TypeProto_TensorType{
		TensorType: &onnx.TypeProto_Tensor{ElemType: int32(onnx.TensorProto_FLOAT), Shape: sh}}}}
}

// model is a graph of nodes on an input [N, 1, 8, 8] (synthetic's), whose output is the
// last node's.
func model(nodes []*onnx.NodeProto, inits ...*onnx.TensorProto) *onnx.ModelProto {
	out := nodes[len(nodes)-1].GetOutput()[0]
	return &onnx.ModelProto{IrVersion: 7, OpsetImport: []*onnx.OperatorSetIdProto{{Version: 13}},
		Graph: &onnx.GraphProto{Name: "g", Node: nodes, Initializer: inits,
			Input: []*onnx.ValueInfoProto{valueInfo("x", "N", 1, 8, 8)}, Output: []*onnx.ValueInfoProto{valueInfo(out, "N", 4)}}}
}

// mlp is synthetic's MLP as torch exports it: Flatten, Gemm 64→16, Relu, Gemm 16→4.
func mlp() *onnx.ModelProto {
	return model([]*onnx.NodeProto{
		node("Flatten", "flat", []string{"x"}, "f", aI("axis", 1)),
		node("Gemm", "fc1", []string{"f", "w1", "b1"}, "h", aF("alpha", 1), aF("beta", 1), aI("transB", 1)),
		node("Relu", "relu", []string{"h"}, "r"),
		node("Gemm", "fc2", []string{"r", "w2", "b2"}, "y", aF("alpha", 1), aF("beta", 1), aI("transB", 1)),
	}, tensor("w1", dims(16, 64), 1), tensor("b1", dims(16), 2), tensor("w2", dims(4, 16), 3), tensor("b2", dims(4), 4))
}

// cnn is a synthetic CNN: Conv 4 k3 s1, Tanh, Conv 6 k3 s2, Relu, Flatten, Gemm → 4.
func cnn() *onnx.ModelProto {
	conv := func(name, in, w, b, out string, k, s int64) *onnx.NodeProto {
		return node("Conv", name, []string{in, w, b}, out, aIs("dilations", 1, 1), aI("group", 1),
			aIs("kernel_shape", k, k), aIs("pads", 0, 0, 0, 0), aIs("strides", s, s))
	}
	return model([]*onnx.NodeProto{
		conv("c1", "x", "cw1", "cb1", "a", 3, 1),
		node("Tanh", "t", []string{"a"}, "b"),
		conv("c2", "b", "cw2", "cb2", "c", 3, 2),
		node("Relu", "r", []string{"c"}, "d"),
		node("Flatten", "flat", []string{"d"}, "e", aI("axis", 1)),
		node("Gemm", "fc", []string{"e", "w", "bias"}, "y", aI("transB", 1)),
	}, tensor("cw1", dims(4, 1, 3, 3), 1), tensor("cb1", dims(4), 2), tensor("cw2", dims(6, 4, 3, 3), 3),
		tensor("cb2", dims(6), 4), tensor("w", dims(4, 24), 5), tensor("bias", dims(4), 6))
}

func importModel(m *onnx.ModelProto, o Options) (*train.Spec, []checkpoint.Tensor, error) {
	b, err := proto.Marshal(m)
	if err != nil {
		panic(err)
	}
	return ImportBytes(b, o)
}

var synthetic = Options{Name: "m", Dataset: "synthetic", Optimizer: sgd, BatchSize: 8, Seed: 3}

func mustImport(t *testing.T, m *onnx.ModelProto, o Options) (*train.Spec, []checkpoint.Tensor) {
	t.Helper()
	s, w, err := importModel(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return s, w
}

// floatsOf is a tensor's values.
func floatsOf(t *onnx.TensorProto) []float32 {
	v, _, err := floats(t)
	if err != nil {
		panic(err)
	}
	return v
}

func transpose(v []float32, rows, cols int) []float32 {
	t := make([]float32, len(v))
	for r := range rows {
		for c := range cols {
			t[c*rows+r] = v[r*cols+c]
		}
	}
	return t
}

// TestAccepted: the forms a dense layer, a flatten and a no-op take in ONNX give the
// same spec and weights as torch's own export of them.
func TestAccepted(t *testing.T) {
	wantSpec, wantW := mustImport(t, mlp(), synthetic)
	if !slices.Equal(wantSpec.Layers, []train.Layer{{Type: "dense", Units: 16, Activation: "relu"}, {Type: "dense", Units: 4}}) {
		t.Fatalf("layers %+v", wantSpec.Layers)
	}
	m := mlp()
	if names := []string{wantW[0].Name, wantW[1].Name, wantW[2].Name, wantW[3].Name}; !slices.Equal(names, []string{"l0.weight", "l0.bias", "l1.weight", "l1.bias"}) ||
		!slices.Equal(wantW[0].Data, floatsOf(m.Graph.Initializer[0])) || !slices.Equal(wantW[0].Shape, []int{16, 64}) {
		t.Fatalf("weights %s%v ...: not the initializers in layer order", wantW[0].Name, wantW[0].Shape)
	}
	for _, tc := range []struct {
		name string
		edit func(m *onnx.ModelProto)
	}{
		{"MatMul+Add", func(m *onnx.ModelProto) {
			g := m.Graph
			g.Initializer[0] = &onnx.TensorProto{Name: "w1", Dims: dims(64, 16), DataType: int32(onnx.TensorProto_FLOAT), FloatData: transpose(floatsOf(g.Initializer[0]), 16, 64)}
			g.Node = slices.Insert(g.Node, 2, node("Add", "add", []string{"b1", "mm"}, "h")) // b + x
			g.Node[1] = node("MatMul", "mm", []string{"f", "w1"}, "mm")
		}},
		{"Gemm transB 0", func(m *onnx.ModelProto) {
			g := m.Graph
			g.Initializer[2] = &onnx.TensorProto{Name: "w2", Dims: dims(16, 4), DataType: int32(onnx.TensorProto_FLOAT), FloatData: transpose(floatsOf(g.Initializer[2]), 4, 16)}
			g.Node[3].Attribute = nil
		}},
		{"bias [1, out]", func(m *onnx.ModelProto) { m.Graph.Initializer[1].Dims = dims(1, 16) }},
		{"Reshape to [-1, 64] by a Constant", func(m *onnx.ModelProto) {
			g := m.Graph
			g.Node[0] = node("Reshape", "view", []string{"x", "shape"}, "f")
			c := node("Constant", "const", nil, "shape", &onnx.AttributeProto{Name: "value", Type: onnx.AttributeProto_TENSOR, T: int64Tensor("", -1, 64)})
			g.Node = slices.Insert(g.Node, 0, c)
		}},
		{"Reshape to [0, -1]", func(m *onnx.ModelProto) {
			m.Graph.Node[0] = node("Reshape", "view", []string{"x", "shape"}, "f")
			m.Graph.Initializer = append(m.Graph.Initializer, int64Tensor("shape", 0, -1))
		}},
		{"Identity, Dropout and a no-op Flatten", func(m *onnx.ModelProto) {
			g := m.Graph
			g.Node[2].Output[0] = "r0"
			g.Node = slices.Insert(g.Node, 3,
				node("Identity", "id", []string{"r0"}, "r1"),
				&onnx.NodeProto{OpType: "Dropout", Name: "drop", Input: []string{"r1", "ratio"}, Output: []string{"r2", ""}},
				node("Flatten", "flat2", []string{"r2"}, "r", aI("axis", -1)))
			g.Initializer = append(g.Initializer, &onnx.TensorProto{Name: "ratio", DataType: int32(onnx.TensorProto_FLOAT), FloatData: []float32{0.5}})
		}},
		{"a flat input [N, 64]", func(m *onnx.ModelProto) {
			m.Graph.Input[0] = valueInfo("x", 8, 64)
		}},
		{"initializers listed as inputs (IR 3)", func(m *onnx.ModelProto) {
			for _, t := range m.Graph.Initializer {
				m.Graph.Input = append(m.Graph.Input, valueInfo(t.Name, 1))
			}
			m.IrVersion = 3
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mlp()
			tc.edit(m)
			s, w := mustImport(t, m, synthetic)
			if s.Hash() != wantSpec.Hash() {
				t.Fatalf("spec %s, want %s", s.Canonical(), wantSpec.Canonical())
			}
			for i := range w {
				if w[i].Name != wantW[i].Name || !slices.Equal(w[i].Shape, wantW[i].Shape) || !slices.Equal(w[i].Data, wantW[i].Data) {
					t.Fatalf("weight %s%v differs from torch's export's %s%v", w[i].Name, w[i].Shape, wantW[i].Name, wantW[i].Shape)
				}
			}
		})
	}
	// A layer without a bias gets a zero one.
	m = mlp()
	m.Graph.Node[3].Input = m.Graph.Node[3].Input[:2]
	_, w := mustImport(t, m, synthetic)
	if !slices.Equal(w[3].Data, make([]float32, 4)) {
		t.Fatalf("bias-less Gemm: bias %v", w[3].Data)
	}
	m = cnn()
	m.Graph.Node[0].Input = m.Graph.Node[0].Input[:2]
	s, w := mustImport(t, m, synthetic)
	if !slices.Equal(w[1].Data, make([]float32, 4)) || !slices.Equal(w[0].Shape, []int{4, 1, 3, 3}) {
		t.Fatalf("bias-less Conv: %v, bias %v", w[0].Shape, w[1].Data)
	}
	want := []train.Layer{{Type: "conv", Filters: 4, Kernel: 3, Stride: 1, Activation: "tanh"},
		{Type: "conv", Filters: 6, Kernel: 3, Stride: 2, Activation: "relu"}, {Type: "dense", Units: 4}}
	if !slices.Equal(s.Layers, want) {
		t.Fatalf("cnn: layers %+v", s.Layers)
	}
}

// TestRefused: what veritrain cannot express is an error naming the node (its name and
// operator) and what is not supported.
func TestRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		base   func() *onnx.ModelProto
		edit   func(g *onnx.GraphProto)
		node   string // the node named; "" for an error about the graph
		op     string
		want   string
		format bool // ErrFormat rather than ErrUnsupported
	}{
		{"unknown operator", mlp, func(g *onnx.GraphProto) { g.Node[2].OpType = "Sigmoid" }, "relu", "Sigmoid", "operator Sigmoid", false},
		{"padded conv", cnn, func(g *onnx.GraphProto) { g.Node[0].Attribute[3] = aIs("pads", 1, 1, 1, 1) }, "c1", "Conv", "pads [1 1 1 1]", false},
		{"same padding", cnn, func(g *onnx.GraphProto) {
			g.Node[2].Attribute = append(g.Node[2].Attribute[:3], aS("auto_pad", "SAME_UPPER"))
		}, "c2", "Conv", "auto_pad SAME_UPPER", false},
		{"grouped conv", cnn, func(g *onnx.GraphProto) { g.Node[2].Attribute[1] = aI("group", 2) }, "c2", "Conv", "group 2", false},
		{"dilated conv", cnn, func(g *onnx.GraphProto) { g.Node[0].Attribute[0] = aIs("dilations", 2, 2) }, "c1", "Conv", "dilations [2 2]", false},
		{"unequal strides", cnn, func(g *onnx.GraphProto) { g.Node[2].Attribute[4] = aIs("strides", 1, 2) }, "c2", "Conv", "strides [1 2]", false},
		{"non-square kernel", cnn, func(g *onnx.GraphProto) {
			g.Initializer[0] = tensor("cw1", dims(4, 1, 3, 2), 1)
			g.Node[0].Attribute[2] = aIs("kernel_shape", 3, 2)
		}, "c1", "Conv", "3x2 kernel", false},
		{"1-D conv", cnn, func(g *onnx.GraphProto) { g.Initializer[0] = tensor("cw1", dims(4, 1, 3), 1) }, "c1", "Conv", "2-D", false},
		{"Gemm transA", mlp, func(g *onnx.GraphProto) { g.Node[1].Attribute = append(g.Node[1].Attribute, aI("transA", 1)) }, "fc1", "Gemm", "transA 1", false},
		{"Gemm alpha", mlp, func(g *onnx.GraphProto) { g.Node[3].Attribute[0] = aF("alpha", 0.5) }, "fc2", "Gemm", "alpha 0.5", false},
		{"unknown attribute", mlp, func(g *onnx.GraphProto) { g.Node[1].Attribute = append(g.Node[1].Attribute, aI("broadcast", 1)) }, "fc1", "Gemm", "attribute broadcast", false},
		{"ends in Softmax", mlp, func(g *onnx.GraphProto) {
			g.Node = append(g.Node, node("Softmax", "sm", []string{"y"}, "p", aI("axis", 1)))
			g.Output[0].Name = "p"
		}, "sm", "Softmax", "without its Softmax", false},
		{"skip connection", mlp, func(g *onnx.GraphProto) {
			g.Node[2] = node("Add", "skip", []string{"h", "f"}, "r")
		}, "fc1", "Gemm", `value "f" is also read by node 2 "skip" (Add)`, false},
		{"branch", mlp, func(g *onnx.GraphProto) {
			g.Node = slices.Insert(g.Node, 3, node("Relu", "side", []string{"h"}, "s"))
		}, "relu", "Relu", `value "h" is also read by node 3 "side" (Relu)`, false},
		{"out of order", mlp, func(g *onnx.GraphProto) { g.Node[2], g.Node[3] = g.Node[3], g.Node[2] }, "fc2", "Gemm", `value "h" is also read by node 3 "relu"`, false},
		{"a dangling input", mlp, func(g *onnx.GraphProto) { g.Node[2].Input[0] = "nowhere" }, "relu", "Relu", `reads "nowhere", not the previous node's output "h"`, false},
		{"tied weights", mlp, func(g *onnx.GraphProto) {
			g.Initializer[2], g.Initializer[3] = tensor("w2", dims(16, 16), 3), tensor("b2", dims(16), 4)
			g.Node[3].Output[0] = "h2"
			g.Node = append(g.Node, node("Gemm", "fc3", []string{"h2", "w2"}, "h3", aI("transB", 1)),
				node("Gemm", "out", []string{"h3", "w3", "b3"}, "y", aI("transB", 1)))
			g.Initializer = append(g.Initializer, tensor("w3", dims(4, 16), 5), tensor("b3", dims(4), 6))
		}, "fc2", "Gemm", `weight "w2": not supported by veritrain: it is also read by node 4 "fc3" (Gemm) (tied weights`, false},
		{"two activations", mlp, func(g *onnx.GraphProto) {
			g.Node[2].Output[0] = "r0"
			g.Node = slices.Insert(g.Node, 3, node("Tanh", "tanh", []string{"r0"}, "r"))
		}, "tanh", "Tanh", "a second activation after relu", false},
		{"activation of the input", mlp, func(g *onnx.GraphProto) {
			g.Node[0].Input[0] = "x0"
			g.Node = slices.Insert(g.Node, 0, node("Relu", "pre", []string{"x"}, "x0"))
		}, "pre", "Relu", "activation of the input", false},
		{"custom domain", mlp, func(g *onnx.GraphProto) { g.Node[2].Domain = "com.microsoft" }, "relu", "Relu", `domain "com.microsoft"`, false},
		{"reshape elsewhere", mlp, func(g *onnx.GraphProto) {
			g.Node[0] = node("Reshape", "view", []string{"x", "shape"}, "f")
			g.Initializer = append(g.Initializer, int64Tensor("shape", 8, 2, 32))
		}, "view", "Reshape", "target shape [8 2 32]", false},
		{"reshape to a fixed batch of a symbolic input", mlp, func(g *onnx.GraphProto) {
			g.Node[0] = node("Reshape", "view", []string{"x", "shape"}, "f")
			g.Initializer = append(g.Initializer, int64Tensor("shape", 8, 64))
		}, "view", "Reshape", "target shape [8 64]", false},
		{"flatten axis 2", mlp, func(g *onnx.GraphProto) { g.Node[0].Attribute[0] = aI("axis", 2) }, "flat", "Flatten", "axis 2", false},
		{"dense on NCHW", mlp, func(g *onnx.GraphProto) {
			g.Node = g.Node[1:]
			g.Node[0].Input[0] = "x"
		}, "fc1", "Gemm", "flatten them first", false},
		{"conv after dense", cnn, func(g *onnx.GraphProto) {
			g.Node[0] = node("Flatten", "flat0", []string{"x"}, "x2")
			g.Node = slices.Insert(g.Node, 1, node("Gemm", "fc0", []string{"x2", "w0"}, "a", aI("transB", 1)))
			g.Initializer = append(g.Initializer, tensor("w0", dims(16, 64), 9))
		}, "c2", "Conv", "convolution of flat", false},
		{"double weights", mlp, func(g *onnx.GraphProto) {
			g.Initializer[2] = &onnx.TensorProto{Name: "w2", Dims: dims(4, 16), DataType: int32(onnx.TensorProto_DOUBLE), DoubleData: make([]float64, 64)}
		}, "fc2", "Gemm", "element type DOUBLE", false},
		{"external data", mlp, func(g *onnx.GraphProto) {
			g.Initializer[0] = &onnx.TensorProto{Name: "w1", Dims: dims(16, 64), DataType: int32(onnx.TensorProto_FLOAT), DataLocation: onnx.TensorProto_EXTERNAL,
				ExternalData: []*onnx.StringStringEntryProto{{Key: "location", Value: "w1.bin"}}}
		}, "fc1", "Gemm", "external file", false},
		{"NaN weight", mlp, func(g *onnx.GraphProto) {
			binary.LittleEndian.PutUint32(g.Initializer[0].RawData[40:], 0x7fc00000)
		}, "fc1", "Gemm", "element 10 is NaN", false},
		{"Add after an activation", mlp, func(g *onnx.GraphProto) {
			g.Node[2].Output[0] = "r0"
			g.Node = slices.Insert(g.Node, 3, node("Add", "shift", []string{"r0", "s"}, "r"))
			g.Initializer = append(g.Initializer, tensor("s", dims(16), 7))
		}, "shift", "Add", "not the bias", false},
		{"Dropout in training", mlp, func(g *onnx.GraphProto) {
			g.Node[2].Output[0] = "r0"
			g.Node = slices.Insert(g.Node, 3, node("Dropout", "drop", []string{"r0", "", "train"}, "r"))
			g.Initializer = append(g.Initializer, &onnx.TensorProto{Name: "train", DataType: int32(onnx.TensorProto_BOOL), RawData: []byte{1}})
		}, "drop", "Dropout", "training_mode", false},
		{"weight of the wrong size", mlp, func(g *onnx.GraphProto) { g.Initializer[2] = tensor("w2", dims(4, 15), 3) }, "fc2", "Gemm", "for 15 inputs", true},
		{"data shorter than its dims", mlp, func(g *onnx.GraphProto) { g.Initializer[0].Dims = dims(16, 65) }, "fc1", "Gemm", "dims [16 65]", true},
		{"a name defined twice", mlp, func(g *onnx.GraphProto) { g.Node[2].Output[0] = "f" }, "relu", "Relu", "defined twice", true},

		{"output not the last node's", mlp, func(g *onnx.GraphProto) { g.Output[0].Name = "h" }, "relu", "Relu", `value "h" is also the graph's output`, false},

		// errors about the graph
		{"two outputs", mlp, func(g *onnx.GraphProto) { g.Output = append(g.Output, valueInfo("extra", "N", 16)) }, "", "", "graph outputs", false},
		{"two inputs", mlp, func(g *onnx.GraphProto) { g.Input = append(g.Input, valueInfo("z", 1)) }, "", "", `graph inputs "x" and "z"`, false},
		{"wrong input shape", mlp, func(g *onnx.GraphProto) { g.Input[0] = valueInfo("x", "N", 1, 28, 28) }, "", "", "input \"x\" is [N, 1, 28, 28]", false},
		{"no shape", mlp, func(g *onnx.GraphProto) { g.Input[0].Type.GetTensorType().Shape = nil }, "", "", "no shape", false},
		{"logits of the wrong classes", mlp, func(g *onnx.GraphProto) {
			g.Initializer[2], g.Initializer[3] = tensor("w2", dims(5, 16), 3), tensor("b2", dims(5), 4)
			g.Output[0] = valueInfo("y", "N", 5)
		}, "", "", "the last layer must be dense with 4 units", false},
		{"no layer", mlp, func(g *onnx.GraphProto) { g.Node = g.Node[:1]; g.Output[0].Name = "f" }, "", "", "no layer", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.base()
			tc.edit(m.Graph)
			_, _, err := importModel(m, synthetic)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
			var ne *NodeError
			switch {
			case tc.node == "":
				if errors.As(err, &ne) {
					t.Fatalf("error %q names a node", err)
				}
			case !errors.As(err, &ne) || ne.Name != tc.node || ne.OpType != tc.op:
				t.Fatalf("error %q does not name node %q (%s)", err, tc.node, tc.op)
			case !strings.Contains(err.Error(), `"`+tc.node+`" (`+tc.op+`)`):
				t.Fatalf("error %q does not show the node", err)
			}
			kind := ErrUnsupported
			if tc.format {
				kind = ErrFormat
			}
			if !errors.Is(err, kind) && !errors.Is(err, train.ErrBadSpec) {
				t.Fatalf("error %q does not wrap %v", err, kind)
			}
		})
	}
}

// TestInputShape: the input is checked against the dataset's examples, NCHW or flat.
func TestInputShape(t *testing.T) {
	root := strings.Repeat("ab", 32)
	data := func(shape ...int) Options {
		return Options{Name: "m", Data: &train.Data{Root: root, Shape: shape, Classes: 4, Train: train.Split{Inputs: "x", Labels: "y"}},
			Optimizer: sgd, BatchSize: 8, Seed: 1}
	}
	for _, tc := range []struct {
		input []any
		opts  Options
		want  string // "" for success
	}{
		{[]any{"N", 1, 8, 8}, synthetic, ""},
		{[]any{8, 64}, synthetic, ""},
		{[]any{"N", 64}, data(64), ""},
		{[]any{"N", 1, 1, 64}, data(64), ""},
		{[]any{"N", 1, 8, 8}, data(8, 8), ""},
		{[]any{"N", 4, 4, 4}, data(4, 4, 4), ""},
		{[]any{"N", 64}, data(4, 4, 4), "ambiguous"},
		{[]any{"N", 4, 4, 4}, data(4, 4, 1), "want [N, 1, 4, 4]"},
		{[]any{"N", 1, 8, 8}, data(8, 8, 2), "want [N, 2, 8, 8]"},
		{[]any{"N", 1, 8}, synthetic, "want [N, 1, 8, 8]"},
		{[]any{"N", 1, "H", 8}, synthetic, "dimension 2 is \"H\""},
		{[]any{"N", 1, 8, 8}, Options{Name: "m", Dataset: "cifar", Optimizer: sgd, BatchSize: 8}, `dataset "cifar" is unknown`},
	} {
		m := mlp()
		m.Graph.Input[0] = valueInfo("x", tc.input...)
		_, _, err := importModel(m, tc.opts)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("input %v, data %v: %v", tc.input, tc.opts.Data, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("input %v, data %+v: error %v, want %q", tc.input, tc.opts.Data, err, tc.want)
		}
	}
}

// TestLimits: sizes are checked before anything is read or allocated.
func TestLimits(t *testing.T) {
	defer func(m int64) { maxModelBytes = m }(maxModelBytes)
	maxModelBytes = 1 << 20
	if _, _, err := Import(&endless{}, synthetic); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), "more than 1048576 bytes") {
		t.Fatalf("an endless reader: %v", err)
	}
	maxModelBytes = MaxModelBytes
	m := mlp()
	for range MaxNodes {
		m.Graph.Node = append(m.Graph.Node, &onnx.NodeProto{OpType: "Identity"})
	}
	if _, _, err := importModel(m, synthetic); !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "nodes, more than") {
		t.Fatalf("too many nodes: %v", err)
	}
	m = mlp()
	m.Graph.Initializer[0].Dims = dims(1<<40, 1<<40) // claims far more than it holds
	if _, _, err := importModel(m, synthetic); !errors.Is(err, ErrFormat) {
		t.Fatalf("huge dims: %v", err)
	}
}

// endless is a reader of zero bytes that never ends.
type endless struct{}

func (*endless) Read(p []byte) (int, error) { clear(p); return len(p), nil }
