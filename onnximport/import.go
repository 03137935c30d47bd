package onnximport

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/advancedclimatesystems/gonnx/onnx"
	"google.golang.org/protobuf/proto"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/train"
)

// Limits on what Import reads, checked before anything is allocated for it.
const (
	MaxModelBytes = 1 << 30 // an ONNX file (protobuf's own limit is 2 GiB)
	MaxNodes      = 1 << 12 // nodes of the graph: a sequential model has a few per layer
)

// maxModelBytes is MaxModelBytes, lowered by tests.
var maxModelBytes int64 = MaxModelBytes

var (
	// ErrFormat: the input is not a well-formed ONNX model.
	ErrFormat = errors.New("invalid ONNX model")
	// ErrUnsupported: a well-formed model that veritrain's specs cannot express.
	ErrUnsupported = errors.New("not supported by veritrain")
)

// NodeError is an error about one node of the graph.
type NodeError struct {
	Index  int    // position in the graph's node list
	Name   string // the node's name ("" if it has none)
	OpType string
	Err    error // wraps ErrUnsupported or ErrFormat
}

func (e *NodeError) Error() string {
	name := "unnamed"
	if e.Name != "" {
		name = fmt.Sprintf("%q", e.Name)
	}
	return fmt.Sprintf("onnximport: node %d %s (%s): %v", e.Index, name, e.OpType, e.Err)
}

func (e *NodeError) Unwrap() error { return e.Err }

// Options are what a spec holds that a forward graph does not: the data, the optimizer
// and the training's batch size and seed. The loss is softmax cross-entropy.
type Options struct {
	Name      string      // the spec's name
	Dataset   string      // a built-in dataset ("mnist", "synthetic"), or "" with Data
	Data      *train.Data // a dataset by root; nil with Dataset
	Optimizer train.Optimizer
	BatchSize int
	Seed      uint64
}

// Shape is one example's shape and the classes of a dataset.
type Shape struct{ H, W, C, Classes int }

// BuiltinShapes are the shapes of train's built-in datasets (train/data.go keeps them
// unexported; TestBuiltinShapes holds the two tables together).
var BuiltinShapes = map[string]Shape{
	"mnist":     {H: 28, W: 28, C: 1, Classes: 10},
	"synthetic": {H: 8, W: 8, C: 1, Classes: 4},
}

// shape is the examples' shape of the options' data, read as train.Data reads it.
func (o *Options) shape() (Shape, error) {
	if o.Data == nil {
		s, ok := BuiltinShapes[o.Dataset]
		if !ok {
			names := make([]string, 0, len(BuiltinShapes))
			for n := range BuiltinShapes {
				names = append(names, n)
			}
			sort.Strings(names)
			return Shape{}, fmt.Errorf("onnximport: dataset %q is unknown (have %s, or a dataset by root)", o.Dataset, strings.Join(names, ", "))
		}
		return s, nil
	}
	if o.Dataset != "" {
		return Shape{}, fmt.Errorf("onnximport: dataset %q and data both given: a spec trains on one", o.Dataset)
	}
	d := o.Data.Shape
	for _, v := range d {
		if v < 1 {
			return Shape{}, fmt.Errorf("onnximport: data.shape %v has a size below 1", d)
		}
	}
	switch len(d) {
	case 1:
		return Shape{H: 1, W: d[0], C: 1, Classes: o.Data.Classes}, nil
	case 2:
		return Shape{H: d[0], W: d[1], C: 1, Classes: o.Data.Classes}, nil
	case 3:
		return Shape{H: d[0], W: d[1], C: d[2], Classes: o.Data.Classes}, nil
	}
	return Shape{}, fmt.Errorf("onnximport: data.shape %v: want [H, W, C], [H, W] or [features]", d)
}

// Import reads an ONNX model of at most MaxModelBytes from r (see ImportBytes).
func Import(r io.Reader, opts Options) (*train.Spec, []checkpoint.Tensor, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("onnximport: read: %w", err)
	}
	return ImportBytes(b, opts)
}

// ImportBytes turns an ONNX model (a ModelProto's bytes) into a validated spec with
// opts' data, loss and optimizer, and the model's initializers into the spec's weights
// in PyTorch's layout, in layer order ("l0.weight", "l0.bias", ...).
func ImportBytes(b []byte, opts Options) (*train.Spec, []checkpoint.Tensor, error) {
	if int64(len(b)) > maxModelBytes {
		return nil, nil, fmt.Errorf("onnximport: %w: more than %d bytes", ErrFormat, maxModelBytes)
	}
	in, err := opts.shape()
	if err != nil {
		return nil, nil, err
	}
	var m onnx.ModelProto
	if err := proto.Unmarshal(b, &m); err != nil {
		return nil, nil, fmt.Errorf("onnximport: %w: %v", ErrFormat, err)
	}
	layers, err := chain(&m, in)
	if err != nil {
		return nil, nil, err
	}
	s := &train.Spec{Name: opts.Name, Dataset: opts.Dataset, Data: opts.Data, Loss: "softmax_cross_entropy",
		Optimizer: opts.Optimizer, BatchSize: opts.BatchSize, Seed: opts.Seed}
	var weights []checkpoint.Tensor
	for i, l := range layers {
		s.Layers = append(s.Layers, l.Layer)
		weights = append(weights,
			checkpoint.Tensor{Name: fmt.Sprintf("l%d.weight", i), Shape: l.wShape, Data: l.w},
			checkpoint.Tensor{Name: fmt.Sprintf("l%d.bias", i), Shape: []int{len(l.b)}, Data: l.b})
	}
	if err := s.Validate(); err != nil {
		return nil, nil, fmt.Errorf("onnximport: the imported spec: %w", err)
	}
	// The shapes were chained here; FromTorch checks them again, against the spec.
	if _, err := s.FromTorch(weights); err != nil {
		return nil, nil, fmt.Errorf("onnximport: the imported weights: %w", err)
	}
	return s, weights, nil
}

// State is the state a trainer of spec starts from with weights (in PyTorch's layout,
// as ImportBytes returns them) in place of the weights Trainer.Init draws: step 0, the
// optimizer state as Init fills it. Its hash is the one `veritrain export` of it would
// name. It builds the step graph but loads no data.
func State(spec *train.Spec, weights []checkpoint.Tensor) (*checkpoint.State, error) {
	canon, err := spec.FromTorch(weights)
	if err != nil {
		return nil, fmt.Errorf("onnximport: %w", err)
	}
	st, err := train.InitialState(spec, canon)
	if err != nil {
		return nil, fmt.Errorf("onnximport: %w", err)
	}
	return st, nil
}

// layer is one imported layer with its parameters in PyTorch's layout.
type layer struct {
	train.Layer
	wShape []int
	w, b   []float32
	open   bool // a MatMul's or a bias-less Gemm's: an Add right after it is its bias
}

// importer walks one graph.
type importer struct {
	g       *onnx.GraphProto
	static  map[string]*onnx.TensorProto // initializers and Constant outputs
	readers map[string][]int             // the nodes that read each value (-1: the graph output)
	batch   int64                        // the input's batch size; 0 if it is a symbol
	idx     int                          // the node being read
	node    *onnx.NodeProto
}

func (im *importer) fail(kind error, format string, args ...any) error {
	return &NodeError{Index: im.idx, Name: im.node.GetName(), OpType: im.node.GetOpType(),
		Err: fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))}
}

// wrap is err (wrapping its kind) about the node being read.
func (im *importer) wrap(err error, format string, args ...any) error {
	return &NodeError{Index: im.idx, Name: im.node.GetName(), OpType: im.node.GetOpType(),
		Err: fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)}
}

// chain reads the graph as a sequence of layers on inputs of shape in.
func chain(m *onnx.ModelProto, in Shape) ([]*layer, error) {
	g := m.GetGraph()
	if g == nil {
		return nil, fmt.Errorf("onnximport: %w: no graph", ErrFormat)
	}
	if n := len(g.GetNode()); n > MaxNodes {
		return nil, fmt.Errorf("onnximport: %w: %d nodes, more than %d", ErrUnsupported, n, MaxNodes)
	}
	if err := checkOpset(m); err != nil {
		return nil, err
	}
	if len(g.GetSparseInitializer()) > 0 {
		return nil, fmt.Errorf("onnximport: %w: sparse initializers", ErrUnsupported)
	}
	im := &importer{g: g, static: map[string]*onnx.TensorProto{}, readers: map[string][]int{}}
	defined := map[string]bool{}
	define := func(name string) error {
		if name == "" || defined[name] {
			return fmt.Errorf("onnximport: %w: value name %q empty or defined twice", ErrFormat, name)
		}
		defined[name] = true
		return nil
	}
	for _, t := range g.GetInitializer() {
		if err := define(t.GetName()); err != nil {
			return nil, err
		}
		im.static[t.GetName()] = t
	}
	var input *onnx.ValueInfoProto
	for _, v := range g.GetInput() {
		if im.static[v.GetName()] != nil { // IR < 4 lists initializers as inputs too
			continue
		}
		if input != nil {
			return nil, fmt.Errorf("onnximport: %w: graph inputs %q and %q: veritrain's models take one input", ErrUnsupported, input.GetName(), v.GetName())
		}
		input = v
	}
	if input == nil {
		return nil, fmt.Errorf("onnximport: %w: the graph has no input", ErrFormat)
	}
	if err := define(input.GetName()); err != nil {
		return nil, err
	}
	// Constant nodes first: they are static values, outside the chain.
	var nodes []int
	for i, n := range g.GetNode() {
		im.idx, im.node = i, n
		if d := n.GetDomain(); d != "" && d != "ai.onnx" {
			return nil, im.fail(ErrUnsupported, "operator domain %q (veritrain reads the standard ai.onnx operators)", d)
		}
		for _, o := range n.GetOutput() {
			if o == "" {
				continue
			}
			if err := define(o); err != nil {
				return nil, im.fail(ErrFormat, "output %q empty or defined twice", o)
			}
		}
		for _, v := range n.GetInput() {
			if v != "" {
				im.readers[v] = append(im.readers[v], i)
			}
		}
		if n.GetOpType() == "Constant" {
			t, err := im.constant(n)
			if err != nil {
				return nil, err
			}
			im.static[n.GetOutput()[0]] = t
			continue
		}
		nodes = append(nodes, i)
	}
	for _, o := range g.GetOutput() {
		im.readers[o.GetName()] = append(im.readers[o.GetName()], -1)
	}

	shape, err := inputShape(input, in)
	if err != nil {
		return nil, err
	}
	im.batch = input.GetType().GetTensorType().GetShape().GetDim()[0].GetDimValue()
	cur := input.GetName()
	var layers []*layer
	for _, i := range nodes {
		n := g.GetNode()[i]
		im.idx, im.node = i, n
		if err := im.readOnce(cur); err != nil {
			return nil, err
		}
		if err := im.step(n, cur, &shape, &layers); err != nil {
			return nil, err
		}
		outs := n.GetOutput()
		if len(outs) == 0 || outs[0] == "" {
			return nil, im.fail(ErrFormat, "no output")
		}
		for _, o := range outs[1:] {
			if o != "" && len(im.readers[o]) > 0 {
				return nil, im.fail(ErrUnsupported, "its output %q is read: veritrain uses a node's first output only", o)
			}
		}
		cur = outs[0]
	}
	outs := g.GetOutput()
	if len(outs) != 1 || outs[0].GetName() != cur {
		names := make([]string, len(outs))
		for i, o := range outs {
			names[i] = o.GetName()
		}
		return nil, fmt.Errorf("onnximport: %w: graph outputs %q; a sequential model's one output is its last node's, %q", ErrUnsupported, names, cur)
	}
	if len(layers) == 0 {
		return nil, fmt.Errorf("onnximport: %w: no layer (Gemm, MatMul or Conv)", ErrUnsupported)
	}
	if shape.rank != 2 {
		return nil, fmt.Errorf("onnximport: %w: the graph ends in NCHW activations; veritrain's last layer is dense and gives the logits", ErrUnsupported)
	}
	if err := checkOutput(outs[0], shape.f); err != nil {
		return nil, err
	}
	return layers, nil
}

// readOnce checks that the data value cur is read by the node being read alone.
func (im *importer) readOnce(cur string) error {
	for _, r := range im.readers[cur] {
		switch {
		case r == im.idx:
		case r < 0:
			return im.fail(ErrUnsupported, "value %q is also the graph's output: veritrain reads sequential models, where each value feeds the next node only", cur)
		default:
			return im.fail(ErrUnsupported, "value %q is also read by %s: veritrain reads sequential models, where each value feeds the next node only", cur, im.describe(r))
		}
	}
	return nil
}

// describe names node i in messages.
func (im *importer) describe(i int) string {
	if i < 0 {
		return "the graph's output"
	}
	n := im.g.GetNode()[i]
	return fmt.Sprintf("node %d %q (%s)", i, n.GetName(), n.GetOpType())
}

// checkOpset requires the standard operator set, whose operators the importer reads.
func checkOpset(m *onnx.ModelProto) error {
	for _, o := range m.GetOpsetImport() {
		if d := o.GetDomain(); d == "" || d == "ai.onnx" {
			return nil
		}
	}
	return fmt.Errorf("onnximport: %w: no opset_import of the ai.onnx domain", ErrFormat)
}

// act is the shape of the current data value: NCHW (rank 4) or flat [N, f] (rank 2).
type act struct {
	rank    int
	c, h, w int // rank 4
	f       int // rank 2
}

// inputShape reads the data input's shape and checks it against the dataset's.
func inputShape(v *onnx.ValueInfoProto, in Shape) (act, error) {
	tt := v.GetType().GetTensorType()
	if tt == nil {
		return act{}, fmt.Errorf("onnximport: %w: input %q is not a tensor", ErrUnsupported, v.GetName())
	}
	if tt.GetElemType() != int32(onnx.TensorProto_FLOAT) {
		return act{}, fmt.Errorf("onnximport: %w: input %q has element type %s, want FLOAT", ErrUnsupported, v.GetName(), onnx.TensorProto_DataType(tt.GetElemType()))
	}
	if tt.GetShape() == nil {
		return act{}, fmt.Errorf("onnximport: %w: input %q has no shape (export with a fixed example shape)", ErrUnsupported, v.GetName())
	}
	dims := tt.GetShape().GetDim()
	var d []int // the dims after the batch's
	for i, dim := range dims {
		if i == 0 {
			continue // the batch: a number or a symbol
		}
		x := dim.GetDimValue()
		if x < 1 || x > math.MaxInt32 {
			return act{}, fmt.Errorf("onnximport: %w: input %q dimension %d is %q, want a fixed size", ErrUnsupported, v.GetName(), i, dimString(dim))
		}
		d = append(d, int(x))
	}
	want := fmt.Sprintf("[N, %d, %d, %d] (NCHW) or [N, %d]", in.C, in.H, in.W, in.H*in.W*in.C)
	switch {
	case len(dims) == 4 && d[0] == in.C && d[1] == in.H && d[2] == in.W:
		return act{rank: 4, c: in.C, h: in.H, w: in.W}, nil
	case len(dims) == 2 && d[0] == in.H*in.W*in.C:
		if in.C != 1 {
			return act{}, fmt.Errorf("onnximport: %w: a flat input [N, %d] of %d-channel examples (its feature order is ambiguous: export with an NCHW input)", ErrUnsupported, d[0], in.C)
		}
		return act{rank: 2, f: d[0]}, nil
	}
	s := make([]string, len(dims))
	for i, dim := range dims {
		s[i] = dimString(dim)
	}
	return act{}, fmt.Errorf("onnximport: %w: input %q is [%s]; the dataset's examples (%dx%dx%d) want %s", ErrUnsupported, v.GetName(), strings.Join(s, ", "), in.H, in.W, in.C, want)
}

func dimString(d *onnx.TensorShapeProto_Dimension) string {
	if p := d.GetDimParam(); p != "" {
		return p
	}
	if _, ok := d.GetValue().(*onnx.TensorShapeProto_Dimension_DimValue); ok {
		return fmt.Sprint(d.GetDimValue())
	}
	return "?"
}

// checkOutput checks the graph output's declared shape, if any, against the logits'.
func checkOutput(v *onnx.ValueInfoProto, classes int) error {
	dims := v.GetType().GetTensorType().GetShape().GetDim()
	if len(dims) == 0 {
		return nil
	}
	if len(dims) != 2 || (dims[1].GetDimParam() == "" && dims[1].GetDimValue() != int64(classes)) {
		return fmt.Errorf("onnximport: %w: output %q is declared with %d dimensions, last %s; the graph computes [N, %d]", ErrFormat, v.GetName(), len(dims), dimString(dims[len(dims)-1]), classes)
	}
	return nil
}

// step reads one node of the chain, whose data input is cur.
func (im *importer) step(n *onnx.NodeProto, cur string, a *act, layers *[]*layer) error {
	var last *layer
	if len(*layers) > 0 {
		last = (*layers)[len(*layers)-1]
	}
	open := last != nil && last.open
	if last != nil {
		last.open = false
	}
	op := n.GetOpType()
	switch op {
	case "Identity":
		if _, err := im.inputs(n, cur, 1, 1); err != nil {
			return err
		}
		_, err := im.attributes(n, nil)
		return err
	case "Dropout":
		return im.dropout(n, cur)
	case "Relu", "Tanh":
		if _, err := im.inputs(n, cur, 1, 1); err != nil {
			return err
		}
		if _, err := im.attributes(n, nil); err != nil {
			return err
		}
		if last == nil {
			return im.fail(ErrUnsupported, "an activation of the input: veritrain's activations follow a layer")
		}
		if last.Activation != "" {
			return im.fail(ErrUnsupported, "a second activation after %s: a veritrain layer has one", last.Activation)
		}
		last.Activation = strings.ToLower(op)
		return nil
	case "Flatten":
		return im.flatten(n, cur, a)
	case "Reshape":
		return im.reshape(n, cur, a)
	case "Gemm", "MatMul":
		l, err := im.dense(n, cur, a)
		if err != nil {
			return err
		}
		*layers = append(*layers, l)
		return nil
	case "Add":
		return im.add(n, cur, last, open)
	case "Conv":
		l, err := im.conv(n, cur, a)
		if err != nil {
			return err
		}
		*layers = append(*layers, l)
		return nil
	case "Softmax", "LogSoftmax":
		return im.fail(ErrUnsupported, "the graph's output must be the logits (the loss applies the softmax): export the model without its %s", op)
	}
	return im.fail(ErrUnsupported, "operator %s (veritrain reads Gemm, MatMul, Add, Conv, Relu, Tanh, Flatten, Reshape, Identity, Dropout and Constant)", op)
}

// inputs checks the node's inputs: the first is the data value cur, the others (from
// min to max in all) static values or absent (""), which it returns (nil if absent).
func (im *importer) inputs(n *onnx.NodeProto, cur string, min, max int) ([]*onnx.TensorProto, error) {
	ins := n.GetInput()
	if len(ins) < min || len(ins) > max {
		return nil, im.fail(ErrFormat, "%d inputs, want %d to %d", len(ins), min, max)
	}
	if ins[0] != cur {
		return nil, im.fail(ErrUnsupported, "it reads %q, not the previous node's output %q: veritrain reads sequential models (a chain of nodes)", ins[0], cur)
	}
	out := make([]*onnx.TensorProto, len(ins))
	for i, v := range ins[1:] {
		if v == "" {
			continue
		}
		t := im.static[v]
		if t == nil {
			return nil, im.fail(ErrUnsupported, "input %d %q is neither an initializer nor a constant: veritrain reads sequential models (a chain of nodes)", i+1, v)
		}
		out[i+1] = t
	}
	return out, nil
}

// attrs are a node's attributes by name.
type attrs map[string]*onnx.AttributeProto

// attributes checks that every attribute of n is one of allowed, of its type.
func (im *importer) attributes(n *onnx.NodeProto, allowed map[string]onnx.AttributeProto_AttributeType) (attrs, error) {
	got := attrs{}
	for _, at := range n.GetAttribute() {
		name := at.GetName()
		want, ok := allowed[name]
		if !ok {
			return nil, im.fail(ErrUnsupported, "attribute %s", name)
		}
		if at.GetRefAttrName() != "" {
			return nil, im.fail(ErrUnsupported, "attribute %s refers to a function's attribute", name)
		}
		if at.GetType() != want {
			return nil, im.fail(ErrFormat, "attribute %s is of type %s, want %s", name, at.GetType(), want)
		}
		if got[name] != nil {
			return nil, im.fail(ErrFormat, "attribute %s given twice", name)
		}
		got[name] = at
	}
	return got, nil
}

func (a attrs) int(name string, def int64) int64 {
	if at := a[name]; at != nil {
		return at.GetI()
	}
	return def
}

func (a attrs) float(name string, def float32) float32 {
	if at := a[name]; at != nil {
		return at.GetF()
	}
	return def
}

// ints is an INTS attribute, or def if absent.
func (a attrs) ints(name string, def []int64) []int64 {
	if at := a[name]; at != nil {
		return at.GetInts()
	}
	return def
}

const (
	aInt    = onnx.AttributeProto_INT
	aInts   = onnx.AttributeProto_INTS
	aFloat  = onnx.AttributeProto_FLOAT
	aString = onnx.AttributeProto_STRING
	aTensor = onnx.AttributeProto_TENSOR
)

func (im *importer) dropout(n *onnx.NodeProto, cur string) error {
	ins, err := im.inputs(n, cur, 1, 3)
	if err != nil {
		return err
	}
	if _, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{"ratio": aFloat, "seed": aInt, "is_test": aInt}); err != nil {
		return err
	}
	if len(ins) == 3 && ins[2] != nil { // training_mode: only a constant false is a no-op
		t := ins[2]
		if t.GetDataType() != int32(onnx.TensorProto_BOOL) || len(t.GetDims()) != 0 ||
			!(len(t.GetRawData()) == 1 && t.GetRawData()[0] == 0 || len(t.GetInt32Data()) == 1 && t.GetInt32Data()[0] == 0) {
			return im.fail(ErrUnsupported, "training_mode other than a constant false (veritrain trains without dropout)")
		}
	}
	return nil
}

func (im *importer) flatten(n *onnx.NodeProto, cur string, a *act) error {
	if _, err := im.inputs(n, cur, 1, 1); err != nil {
		return err
	}
	at, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{"axis": aInt})
	if err != nil {
		return err
	}
	axis := at.int("axis", 1)
	if axis < 0 {
		axis += int64(a.rank)
	}
	if axis != 1 {
		return im.fail(ErrUnsupported, "axis %d: veritrain flattens [N, C, H, W] into [N, C·H·W] only (axis 1)", at.int("axis", 1))
	}
	if a.rank == 4 {
		*a = act{rank: 2, f: a.c * a.h * a.w}
	}
	return nil
}

func (im *importer) reshape(n *onnx.NodeProto, cur string, a *act) error {
	ins, err := im.inputs(n, cur, 2, 2)
	if err != nil {
		return err
	}
	at, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{"allowzero": aInt})
	if err != nil {
		return err
	}
	if ins[1] == nil {
		return im.fail(ErrFormat, "no shape input")
	}
	target, err := int64s(ins[1])
	if err != nil {
		return im.wrap(err, "shape %q", ins[1].GetName())
	}
	f := a.f
	if a.rank == 4 {
		f = a.c * a.h * a.w
	}
	// The target must be [N, f]: its batch entry copies N (0, unless allowzero), is
	// inferred (-1) or is the input's fixed batch size; its other entry is f or -1.
	ok := len(target) == 2 && (target[1] == int64(f) || target[1] == -1 && target[0] != -1) &&
		(target[0] == -1 || target[0] == 0 && at.int("allowzero", 0) == 0 || target[0] > 0 && target[0] == im.batch)
	if !ok {
		return im.fail(ErrUnsupported, "target shape %v: veritrain reshapes only to flatten its activations into [N, %d]", target, f)
	}
	*a = act{rank: 2, f: f}
	return nil
}

// dense reads a Gemm or a MatMul: a dense layer.
func (im *importer) dense(n *onnx.NodeProto, cur string, a *act) (*layer, error) {
	op := n.GetOpType()
	max := 3
	if op == "MatMul" {
		max = 2
	}
	ins, err := im.inputs(n, cur, 2, max)
	if err != nil {
		return nil, err
	}
	transB := int64(0)
	if op == "Gemm" {
		at, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{"alpha": aFloat, "beta": aFloat, "transA": aInt, "transB": aInt})
		if err != nil {
			return nil, err
		}
		if al, be, ta := at.float("alpha", 1), at.float("beta", 1), at.int("transA", 0); al != 1 || be != 1 || ta != 0 {
			return nil, im.fail(ErrUnsupported, "alpha %g, beta %g, transA %d (veritrain's dense layer is x·W + b: alpha 1, beta 1, transA 0)", al, be, ta)
		}
		if transB = at.int("transB", 0); transB != 0 && transB != 1 {
			return nil, im.fail(ErrFormat, "transB %d", transB)
		}
	} else if _, err := im.attributes(n, nil); err != nil {
		return nil, err
	}
	if a.rank != 2 {
		return nil, im.fail(ErrUnsupported, "a dense layer on [N, %d, %d, %d] activations: flatten them first (Flatten or a Reshape to [N, %d])", a.c, a.h, a.w, a.c*a.h*a.w)
	}
	if ins[1] == nil {
		return nil, im.fail(ErrFormat, "no weight input")
	}
	w, dims, err := im.param(ins[1])
	if err != nil {
		return nil, im.wrap(err, "weight %q", ins[1].GetName())
	}
	if len(dims) != 2 {
		return nil, im.fail(ErrUnsupported, "weight %q is %v, want 2 dimensions", ins[1].GetName(), dims)
	}
	in, out := dims[0], dims[1]
	if transB == 1 {
		in, out = out, in
	}
	if in != a.f {
		return nil, im.fail(ErrFormat, "weight %q is %v for %d inputs (transB %d), the layer has %d", ins[1].GetName(), dims, in, transB, a.f)
	}
	if transB == 0 { // [in, out] → nn.Linear's [out, in]
		t := make([]float32, len(w))
		for i := range in {
			for o := range out {
				t[o*in+i] = w[i*out+o]
			}
		}
		w = t
	}
	l := &layer{Layer: train.Layer{Type: "dense", Units: out}, wShape: []int{out, in}, w: w}
	if len(ins) == 3 && ins[2] != nil {
		if l.b, err = im.bias(ins[2], out); err != nil {
			return nil, err
		}
	} else {
		l.b, l.open = make([]float32, out), true
	}
	*a = act{rank: 2, f: out}
	return l, nil
}

// bias reads a dense layer's bias: [out] or [1, out].
func (im *importer) bias(t *onnx.TensorProto, out int) ([]float32, error) {
	b, dims, err := im.param(t)
	if err != nil {
		return nil, im.wrap(err, "bias %q", t.GetName())
	}
	if !slices.Equal(dims, []int{out}) && !slices.Equal(dims, []int{1, out}) {
		return nil, im.fail(ErrUnsupported, "bias %q is %v, want [%d] or [1, %d] (one a unit)", t.GetName(), dims, out, out)
	}
	return b, nil
}

// add reads an Add: the bias of the MatMul right before it.
func (im *importer) add(n *onnx.NodeProto, cur string, last *layer, open bool) error {
	ins := n.GetInput()
	if len(ins) == 2 && ins[1] == cur { // b + x
		ins = []string{ins[1], ins[0]}
	}
	sorted := &onnx.NodeProto{Input: ins}
	ts, err := im.inputs(sorted, cur, 2, 2)
	if err != nil {
		return err
	}
	if _, err := im.attributes(n, nil); err != nil {
		return err
	}
	if !open || last.Type != "dense" {
		return im.fail(ErrUnsupported, "an Add that is not the bias of the MatMul (or bias-less Gemm) right before it")
	}
	if ts[1] == nil {
		return im.fail(ErrFormat, "no second input")
	}
	b, err := im.bias(ts[1], last.Units)
	if err != nil {
		return err
	}
	last.b = b
	return nil
}

func (im *importer) conv(n *onnx.NodeProto, cur string, a *act) (*layer, error) {
	ins, err := im.inputs(n, cur, 2, 3)
	if err != nil {
		return nil, err
	}
	at, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{
		"auto_pad": aString, "dilations": aInts, "group": aInt, "kernel_shape": aInts, "pads": aInts, "strides": aInts})
	if err != nil {
		return nil, err
	}
	if a.rank != 4 {
		return nil, im.fail(ErrUnsupported, "a convolution of flat [N, %d] activations (veritrain's convolutions read NCHW ones, before any dense layer)", a.f)
	}
	if ins[1] == nil {
		return nil, im.fail(ErrFormat, "no weight input")
	}
	w, dims, err := im.param(ins[1])
	if err != nil {
		return nil, im.wrap(err, "weight %q", ins[1].GetName())
	}
	if len(dims) != 4 {
		return nil, im.fail(ErrUnsupported, "weight %q is %v: veritrain's convolutions are 2-D ([out, in, kh, kw])", ins[1].GetName(), dims)
	}
	f, c, kh, kw := dims[0], dims[1], dims[2], dims[3]
	if g := at.int("group", 1); g != 1 {
		return nil, im.fail(ErrUnsupported, "group %d (veritrain's convolutions have one group)", g)
	}
	if c != a.c {
		return nil, im.fail(ErrFormat, "weight %q is %v for %d input channels, the input has %d", ins[1].GetName(), dims, c, a.c)
	}
	if kh != kw {
		return nil, im.fail(ErrUnsupported, "a %dx%d kernel (veritrain's kernels are square)", kh, kw)
	}
	if ks := at.ints("kernel_shape", nil); ks != nil && !slices.Equal(ks, []int64{int64(kh), int64(kw)}) {
		return nil, im.fail(ErrFormat, "kernel_shape %v, the weight's is [%d %d]", ks, kh, kw)
	}
	if p := at.str("auto_pad"); p != "" && p != "NOTSET" && p != "VALID" {
		return nil, im.fail(ErrUnsupported, "auto_pad %s (veritrain's convolutions are valid, unpadded)", p)
	}
	for _, p := range at.ints("pads", nil) {
		if p != 0 {
			return nil, im.fail(ErrUnsupported, "pads %v (veritrain's convolutions are valid, unpadded)", at.ints("pads", nil))
		}
	}
	if d := at.ints("dilations", nil); d != nil && !slices.Equal(d, []int64{1, 1}) {
		return nil, im.fail(ErrUnsupported, "dilations %v (veritrain's convolutions are not dilated)", d)
	}
	s := at.ints("strides", []int64{1, 1})
	if len(s) != 2 || s[0] != s[1] || s[0] < 1 || s[0] > math.MaxInt32 {
		return nil, im.fail(ErrUnsupported, "strides %v (veritrain's strides are equal, at least 1)", s)
	}
	if kh > a.h || kw > a.w {
		return nil, im.fail(ErrFormat, "a %dx%d kernel on a %dx%d input", kh, kw, a.h, a.w)
	}
	stride := int(s[0])
	l := &layer{Layer: train.Layer{Type: "conv", Filters: f, Kernel: kh, Stride: stride}, wShape: dims, w: w}
	if len(ins) == 3 && ins[2] != nil {
		b, bd, err := im.param(ins[2])
		if err != nil {
			return nil, im.wrap(err, "bias %q", ins[2].GetName())
		}
		if !slices.Equal(bd, []int{f}) {
			return nil, im.fail(ErrFormat, "bias %q is %v, want [%d]", ins[2].GetName(), bd, f)
		}
		l.b = b
	} else {
		l.b = make([]float32, f)
	}
	*a = act{rank: 4, c: f, h: (a.h-kh)/stride + 1, w: (a.w-kw)/stride + 1}
	return l, nil
}

// str is a STRING attribute, or "" if absent.
func (a attrs) str(name string) string {
	if at := a[name]; at != nil {
		return string(at.GetS())
	}
	return ""
}

// constant reads a Constant node's value: a tensor, or a list of ints.
func (im *importer) constant(n *onnx.NodeProto) (*onnx.TensorProto, error) {
	if len(n.GetInput()) != 0 || len(n.GetOutput()) != 1 || n.GetOutput()[0] == "" {
		return nil, im.fail(ErrFormat, "a Constant takes no input and has one output")
	}
	at, err := im.attributes(n, map[string]onnx.AttributeProto_AttributeType{"value": aTensor, "value_ints": aInts})
	if err != nil {
		return nil, err
	}
	switch {
	case len(at) != 1:
		return nil, im.fail(ErrFormat, "a Constant has one value attribute")
	case at["value"] != nil:
		if at["value"].GetT() == nil {
			return nil, im.fail(ErrFormat, "value holds no tensor")
		}
		return at["value"].GetT(), nil
	}
	v := at.ints("value_ints", nil)
	return &onnx.TensorProto{Dims: []int64{int64(len(v))}, DataType: int32(onnx.TensorProto_INT64), Int64Data: v}, nil
}

// elements checks a tensor's storage and returns its dims and element count; size is
// the bytes of one element in raw_data, typed the count of typed elements it holds.
func elements(t *onnx.TensorProto, size, typed int) ([]int, int, error) {
	if t.GetDataLocation() == onnx.TensorProto_EXTERNAL || len(t.GetExternalData()) > 0 {
		return nil, 0, fmt.Errorf("%w: its data is in an external file (export it inside the model)", ErrUnsupported)
	}
	if t.GetSegment() != nil {
		return nil, 0, fmt.Errorf("%w: a segment of a tensor", ErrUnsupported)
	}
	raw := len(t.GetRawData())
	// The count is bounded by the bytes the tensor holds before it is multiplied out.
	have := max(raw/size, typed)
	dims := make([]int, len(t.GetDims()))
	n := 1
	for i, d := range t.GetDims() {
		if d < 1 || d > int64(have) || n > have/int(d) {
			return nil, 0, fmt.Errorf("%w: dims %v for %d elements of data", ErrFormat, t.GetDims(), have)
		}
		dims[i] = int(d)
		n *= int(d)
	}
	switch {
	case raw > 0 && typed > 0:
		return nil, 0, fmt.Errorf("%w: data both raw and typed", ErrFormat)
	case raw > 0 && raw != n*size, raw == 0 && typed != n:
		return nil, 0, fmt.Errorf("%w: dims %v for %d bytes of raw data and %d typed elements", ErrFormat, t.GetDims(), raw, typed)
	}
	return dims, n, nil
}

// param reads a layer's weight or bias, which no other node may read: tied weights
// would be trained apart by veritrain, whose layers each own their parameters.
func (im *importer) param(t *onnx.TensorProto) ([]float32, []int, error) {
	for _, r := range im.readers[t.GetName()] {
		if r != im.idx {
			return nil, nil, fmt.Errorf("%w: it is also read by %s (tied weights: veritrain's layers each own their parameters)", ErrUnsupported, im.describe(r))
		}
	}
	return floats(t)
}

// floats reads a FLOAT tensor: its values (all finite) and dims.
func floats(t *onnx.TensorProto) ([]float32, []int, error) {
	if dt := onnx.TensorProto_DataType(t.GetDataType()); dt != onnx.TensorProto_FLOAT {
		return nil, nil, fmt.Errorf("%w: element type %s, want FLOAT (float32)", ErrUnsupported, dt)
	}
	dims, n, err := elements(t, 4, len(t.GetFloatData()))
	if err != nil {
		return nil, nil, err
	}
	v := t.GetFloatData()
	if raw := t.GetRawData(); len(raw) > 0 {
		v = make([]float32, n)
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
	} else {
		v = slices.Clone(v) // the weights outlive the message
	}
	for i, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, nil, fmt.Errorf("%w: element %d is %g", ErrUnsupported, i, x)
		}
	}
	return v, dims, nil
}

// int64s reads a one-dimensional INT64 tensor.
func int64s(t *onnx.TensorProto) ([]int64, error) {
	if dt := onnx.TensorProto_DataType(t.GetDataType()); dt != onnx.TensorProto_INT64 {
		return nil, fmt.Errorf("%w: element type %s, want INT64", ErrUnsupported, dt)
	}
	dims, n, err := elements(t, 8, len(t.GetInt64Data()))
	if err != nil {
		return nil, err
	}
	if len(dims) != 1 {
		return nil, fmt.Errorf("%w: dims %v, want one dimension", ErrUnsupported, dims)
	}
	raw := t.GetRawData()
	if len(raw) == 0 {
		return t.GetInt64Data(), nil
	}
	v := make([]int64, n)
	for i := range v {
		v[i] = int64(binary.LittleEndian.Uint64(raw[8*i:]))
	}
	return v, nil
}
