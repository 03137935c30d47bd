package onnximport

import (
	"errors"
	"runtime"
	"testing"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/veritrain/veritrain/train"
)

// FuzzImport: a model file comes from outside. No input panics; allocation stays linear
// in the input; an error is ErrFormat, ErrUnsupported or a spec's own; a success is a
// valid spec whose weights make a state.
func FuzzImport(f *testing.F) {
	// Small seeds, built as torch exports them (the fixtures, of 60 and 200 KB, would
	// have the fuzzer spend its time minimizing them).
	reshape := mlp()
	reshape.Graph.Node[0] = node("Reshape", "view", []string{"x", "shape"}, "f")
	reshape.Graph.Node = append([]*onnx.NodeProto{node("Constant", "c", nil, "shape", aIs("value_ints", -1, 64))}, reshape.Graph.Node...)
	for _, m := range []*onnx.ModelProto{mlp(), cnn(), reshape} {
		b, err := proto.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, false)
	}
	flat := mlp()
	flat.Graph.Input[0] = valueInfo("x", 1, 784)
	flat.Graph.Initializer[0] = tensor("w1", dims(2, 784), 1)
	flat.Graph.Initializer[1] = tensor("b1", dims(2), 2)
	flat.Graph.Initializer[2] = tensor("w2", dims(10, 2), 3)
	flat.Graph.Initializer[3] = tensor("b2", dims(10), 4)
	flat.Graph.Output[0] = valueInfo("y", 1, 10)
	b, err := proto.Marshal(flat)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b, true)
	f.Add([]byte{}, false)
	f.Fuzz(func(t *testing.T, b []byte, mnist bool) {
		o := synthetic
		if mnist {
			o.Dataset = "mnist"
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		s, w, err := ImportBytes(b, o)
		runtime.ReadMemStats(&ms)
		// protobuf messages cost more than the bytes that make them (a 2-byte field
		// can make a node): a generous factor, still linear
		if bound := uint64(1<<20 + 512*len(b)); ms.TotalAlloc-before > bound {
			t.Fatalf("importing %d bytes allocated %d (bound %d)", len(b), ms.TotalAlloc-before, bound)
		}
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrUnsupported) && !errors.Is(err, train.ErrBadSpec) {
				t.Fatalf("error %v is neither ErrFormat, ErrUnsupported nor a spec's", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("imported an invalid spec: %v", err)
		}
		if _, err := State(s, w); err != nil {
			t.Fatalf("the imported weights make no state: %v", err)
		}
	})
}
