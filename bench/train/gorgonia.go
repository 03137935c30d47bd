package trainbench

import (
	"errors"
	"fmt"
	"slices"

	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/train"
)

// ErrUnsupported means a spec is outside what the gorgonia baseline builds: dense layers
// and SGD with momentum only.
var ErrUnsupported = errors.New("trainbench: spec not supported by the gorgonia baseline")

// ErrBadInit means an initial state does not fit the spec's layers.
var ErrBadInit = errors.New("trainbench: initial state does not fit the spec")

// GorgoniaMLP is a dense spec trained on gorgonia's own kernels: its matrix products,
// broadcasts, activations, log-softmax and reductions, its symbolic gradient
// (gorgonia.Grad) and its momentum solver, run by a TapeMachine. It is the baseline that
// shows what RepOps costs against an ordinary Go framework; its bits are whatever
// gorgonia's kernels give, and nothing in veritrain depends on them.
type GorgoniaMLP struct {
	spec    *train.Spec
	batch   int
	in      int // features of one example
	classes int

	g      *gorgonia.ExprGraph
	x, y   *gorgonia.Node
	params gorgonia.Nodes // l0.weight, l0.bias, l1.weight, ... as in train.Graph.State
	loss   *gorgonia.Node
	vm     gorgonia.VM
	solver gorgonia.Solver
	xt, yt *tensor.Dense // batch tensors, refilled in place every step

	eval *gorgoniaEval // forward-only graph, built on first use
}

// NewGorgoniaMLP builds the step graph of s (dense layers, softmax cross-entropy, SGD
// with momentum) starting from the parameters of init, a state of s at step 0 such as
// train.Trainer.Init returns: both implementations then start from the same weights.
// init is not modified.
func NewGorgoniaMLP(s *train.Spec, init *checkpoint.State) (*GorgoniaMLP, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if s.Optimizer.Type != "sgd_momentum" {
		return nil, fmt.Errorf("%w: optimizer %s", ErrUnsupported, s.Optimizer.Type)
	}
	for i, l := range s.Layers {
		if l.Type != "dense" {
			return nil, fmt.Errorf("%w: layer %d is %s", ErrUnsupported, i, l.Type)
		}
	}
	shapes, err := paramShapes(s, init)
	if err != nil {
		return nil, err
	}
	m := &GorgoniaMLP{spec: s, batch: s.BatchSize, in: shapes[0][0], classes: s.Layers[len(s.Layers)-1].Units}
	m.g = gorgonia.NewGraph()
	m.xt = tensor.New(tensor.WithShape(m.batch, m.in), tensor.Of(tensor.Float32))
	m.yt = tensor.New(tensor.WithShape(m.batch, m.classes), tensor.Of(tensor.Float32))
	m.x = gorgonia.NewMatrix(m.g, tensor.Float32, gorgonia.WithShape(m.batch, m.in), gorgonia.WithName("x"), gorgonia.WithValue(m.xt))
	m.y = gorgonia.NewMatrix(m.g, tensor.Float32, gorgonia.WithShape(m.batch, m.classes), gorgonia.WithName("y"), gorgonia.WithValue(m.yt))
	for i, sh := range shapes {
		// Copies: gorgonia's solver updates its parameters in place.
		v := tensor.New(tensor.WithShape(sh...), tensor.WithBacking(slices.Clone(init.Tensors[i].Data)))
		name := init.Tensors[i].Name
		if len(sh) == 2 {
			m.params = append(m.params, gorgonia.NewMatrix(m.g, tensor.Float32, gorgonia.WithShape(sh...), gorgonia.WithName(name), gorgonia.WithValue(v)))
		} else {
			m.params = append(m.params, gorgonia.NewVector(m.g, tensor.Float32, gorgonia.WithShape(sh...), gorgonia.WithName(name), gorgonia.WithValue(v)))
		}
	}
	logits, err := forward(s, m.x, m.params)
	if err != nil {
		return nil, err
	}
	if m.loss, err = xentLoss(logits, m.y); err != nil {
		return nil, err
	}
	if _, err := gorgonia.Grad(m.loss, m.params...); err != nil {
		return nil, fmt.Errorf("trainbench: gorgonia.Grad: %w", err)
	}
	m.vm = gorgonia.NewTapeMachine(m.g, gorgonia.BindDualValues(m.params...))
	// Gorgonia's rule, c = μc − η·g then w = w + c, is PyTorch's and RepOps' v = μv + g,
	// w = w − η·v with c = −η·v (η is constant); batch size 1 leaves the mean-loss
	// gradient unscaled.
	m.solver = gorgonia.NewMomentum(gorgonia.WithLearnRate(float64(s.Optimizer.LR)),
		gorgonia.WithMomentum(float64(s.Optimizer.Momentum)), gorgonia.WithBatchSize(1))
	return m, nil
}

// paramShapes checks that init holds, first, each layer's weight [in, out] and bias
// [out] (train.Graph's order and layout) and, after them, zero momenta.
func paramShapes(s *train.Spec, init *checkpoint.State) ([][]int, error) {
	if init == nil {
		return nil, fmt.Errorf("%w: no state", ErrBadInit)
	}
	if init.Step != 0 {
		// Gorgonia's solver starts with zero momentum; it cannot take a later state's.
		return nil, fmt.Errorf("%w: state is at step %d, want 0", ErrBadInit, init.Step)
	}
	n := 2 * len(s.Layers)
	if len(init.Tensors) < n {
		return nil, fmt.Errorf("%w: %d tensors for %d layers", ErrBadInit, len(init.Tensors), len(s.Layers))
	}
	var shapes [][]int
	in := 0
	for i, l := range s.Layers {
		w, b := init.Tensors[2*i], init.Tensors[2*i+1]
		if len(w.Shape) != 2 || w.Shape[1] != l.Units || (i > 0 && w.Shape[0] != in) || w.Shape[0] < 1 {
			return nil, fmt.Errorf("%w: layer %d weight %s is %v", ErrBadInit, i, w.Name, w.Shape)
		}
		if len(b.Shape) != 1 || b.Shape[0] != l.Units {
			return nil, fmt.Errorf("%w: layer %d bias %s is %v", ErrBadInit, i, b.Name, b.Shape)
		}
		for _, t := range []checkpoint.Tensor{w, b} {
			if len(t.Data) != t.Shape[0]*max(1, shapeAt(t.Shape, 1)) {
				return nil, fmt.Errorf("%w: %s has %d values for shape %v", ErrBadInit, t.Name, len(t.Data), t.Shape)
			}
		}
		shapes = append(shapes, slices.Clone(w.Shape), slices.Clone(b.Shape))
		in = l.Units
	}
	for _, t := range init.Tensors[n:] {
		for _, v := range t.Data {
			if v != 0 {
				return nil, fmt.Errorf("%w: optimizer tensor %s is not zero", ErrBadInit, t.Name)
			}
		}
	}
	return shapes, nil
}

func shapeAt(sh []int, i int) int {
	if i < len(sh) {
		return sh[i]
	}
	return 0
}

// forward builds the layers on input x (batch × features) and returns the logits.
func forward(s *train.Spec, x *gorgonia.Node, params gorgonia.Nodes) (*gorgonia.Node, error) {
	act := x
	for i, l := range s.Layers {
		z, err := gorgonia.Mul(act, params[2*i])
		if err != nil {
			return nil, fmt.Errorf("trainbench: layer %d matmul: %w", i, err)
		}
		// The bias is a vector broadcast along the batch axis (axis 0 of z).
		if z, err = gorgonia.BroadcastAdd(z, params[2*i+1], nil, []byte{0}); err != nil {
			return nil, fmt.Errorf("trainbench: layer %d bias: %w", i, err)
		}
		switch l.Activation {
		case "relu":
			z, err = gorgonia.Rectify(z)
		case "tanh":
			z, err = gorgonia.Tanh(z)
		}
		if err != nil {
			return nil, fmt.Errorf("trainbench: layer %d %s: %w", i, l.Activation, err)
		}
		act = z
	}
	return act, nil
}

// xentLoss is the batch mean of −Σ_c y·log softmax(logits), y one-hot.
func xentLoss(logits, y *gorgonia.Node) (*gorgonia.Node, error) {
	logp, err := gorgonia.LogSoftMax(logits)
	if err != nil {
		return nil, fmt.Errorf("trainbench: log-softmax: %w", err)
	}
	picked, err := gorgonia.HadamardProd(y, logp)
	if err != nil {
		return nil, fmt.Errorf("trainbench: loss product: %w", err)
	}
	rows, err := gorgonia.Sum(picked, 1)
	if err != nil {
		return nil, fmt.Errorf("trainbench: loss rows: %w", err)
	}
	mean, err := gorgonia.Mean(rows)
	if err != nil {
		return nil, fmt.Errorf("trainbench: loss mean: %w", err)
	}
	loss, err := gorgonia.Neg(mean)
	if err != nil {
		return nil, fmt.Errorf("trainbench: loss: %w", err)
	}
	return loss, nil
}

// Step runs one training step on a batch (x: batch × features, y: one-hot batch ×
// classes) and returns the batch's mean loss before the update.
func (m *GorgoniaMLP) Step(x, y []float32) (float32, error) {
	if len(x) != m.batch*m.in || len(y) != m.batch*m.classes {
		return 0, fmt.Errorf("trainbench: batch of %d and %d values, want %d×%d and %d×%d",
			len(x), len(y), m.batch, m.in, m.batch, m.classes)
	}
	copy(m.xt.Float32s(), x)
	copy(m.yt.Float32s(), y)
	defer m.vm.Reset()
	if err := m.vm.RunAll(); err != nil {
		return 0, fmt.Errorf("trainbench: gorgonia step: %w", err)
	}
	loss, err := scalarOf(m.loss.Value())
	if err != nil {
		return 0, err
	}
	if err := m.solver.Step(gorgonia.NodesToValueGrads(m.params)); err != nil {
		return 0, fmt.Errorf("trainbench: gorgonia solver: %w", err)
	}
	return loss, nil
}

func scalarOf(v gorgonia.Value) (float32, error) {
	if v == nil {
		return 0, errors.New("trainbench: gorgonia loss has no value")
	}
	switch d := v.Data().(type) {
	case float32:
		return d, nil
	case []float32:
		if len(d) == 1 {
			return d[0], nil
		}
	}
	return 0, fmt.Errorf("trainbench: gorgonia loss holds %T", v.Data())
}

// Params returns copies of the current parameters, in train.Graph.State order.
func (m *GorgoniaMLP) Params() [][]float32 {
	out := make([][]float32, len(m.params))
	for i, p := range m.params {
		out[i] = slices.Clone(p.Value().Data().([]float32))
	}
	return out
}

// Close releases the tape machines.
func (m *GorgoniaMLP) Close() error {
	err := m.vm.Close()
	if m.eval != nil {
		err = errors.Join(err, m.eval.vm.Close())
	}
	return err
}

// evalBatch is the batch of the forward-only graph; test sets are cut to a multiple.
const evalBatch = 500

// gorgoniaEval is the forward pass at evalBatch, its parameters bound to the training
// graph's values before each run.
type gorgoniaEval struct {
	g      *gorgonia.ExprGraph
	x      *gorgonia.Node
	xt     *tensor.Dense
	params gorgonia.Nodes
	logits *gorgonia.Node
	vm     gorgonia.VM
}

// Accuracy is the fraction of d's test examples (the first multiple of 500 of them)
// whose largest logit is their label, with gorgonia's kernels.
func (m *GorgoniaMLP) Accuracy(d *train.Dataset) (float64, error) {
	if d.Features() != m.in || d.Classes != m.classes {
		return 0, fmt.Errorf("trainbench: data set %s has %d features and %d classes, model %d and %d",
			d.Name, d.Features(), d.Classes, m.in, m.classes)
	}
	n := len(d.TestY) / evalBatch * evalBatch
	if n == 0 {
		return 0, fmt.Errorf("trainbench: test set of %d examples is smaller than %d", len(d.TestY), evalBatch)
	}
	if m.eval == nil {
		e := &gorgoniaEval{g: gorgonia.NewGraph(), xt: tensor.New(tensor.WithShape(evalBatch, m.in), tensor.Of(tensor.Float32))}
		e.x = gorgonia.NewMatrix(e.g, tensor.Float32, gorgonia.WithShape(evalBatch, m.in), gorgonia.WithName("x"), gorgonia.WithValue(e.xt))
		for _, p := range m.params {
			e.params = append(e.params, gorgonia.NewTensor(e.g, tensor.Float32, p.Dims(), gorgonia.WithShape(p.Shape()...), gorgonia.WithName(p.Name())))
		}
		var err error
		if e.logits, err = forward(m.spec, e.x, e.params); err != nil {
			return 0, err
		}
		e.vm = gorgonia.NewTapeMachine(e.g)
		m.eval = e
	}
	e := m.eval
	for i, p := range e.params {
		if err := gorgonia.Let(p, m.params[i].Value()); err != nil {
			return 0, fmt.Errorf("trainbench: binding %s: %w", p.Name(), err)
		}
	}
	f, c := m.in, m.classes
	correct := 0
	for lo := 0; lo < n; lo += evalBatch {
		copy(e.xt.Float32s(), d.TestX[lo*f:(lo+evalBatch)*f])
		if err := e.vm.RunAll(); err != nil {
			return 0, fmt.Errorf("trainbench: gorgonia evaluation: %w", err)
		}
		logits, ok := e.logits.Value().Data().([]float32)
		if !ok || len(logits) != evalBatch*c {
			e.vm.Reset()
			return 0, fmt.Errorf("trainbench: gorgonia logits hold %T", e.logits.Value().Data())
		}
		for i := range evalBatch {
			if argmax(logits[i*c:(i+1)*c]) == int(d.TestY[lo+i]) {
				correct++
			}
		}
		e.vm.Reset()
	}
	return float64(correct) / float64(n), nil
}

func argmax(row []float32) int {
	best := 0
	for j, v := range row {
		if v > row[best] {
			best = j
		}
	}
	return best
}
