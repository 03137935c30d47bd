package train

import (
	"errors"
	"fmt"
	"hash"
	"hash/fnv"

	"github.com/chewxy/hm"
	"gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/veritrain/veritrain/repops"
)

// The step runs as a gorgonia ExprGraph whose every operation is a RepOps kernel wrapped
// as a custom gorgonia Op. We build the backward pass and the optimizer update as
// explicit nodes rather than use gorgonia's symbolic differentiation: the protocol needs
// every node of the step (forward, backward, update) named, ordered and made of kernels
// whose order of operations is specified, and gorgonia's own gradient ops use its
// vector kernels, whose bits differ between builds (see KNOWN.md).

// kernelOp adapts a repops.Kernel to gorgonia.Op.
type kernelOp struct {
	name   string
	k      repops.Kernel
	be     Backend
	inDims []int
	shape  tensor.Shape
	// failed keeps the backend's error for program.run: gorgonia's machine reports
	// failures as text, which would lose errors.Is on the backend's sentinel.
	failed *error
	// out is the node's output, allocated once and overwritten by every step (the
	// kernels write every element): no allocation, zeroing or copy per step. The
	// machine runs without TraceExec, which would copy each value again to keep it;
	// program.run reads the values from here instead.
	out []float32
}

var _ gorgonia.Op = (*kernelOp)(nil)

func (op *kernelOp) Arity() int { return len(op.inDims) }

func (op *kernelOp) Type() hm.Type {
	ts := make([]hm.Type, 0, len(op.inDims)+1)
	for _, d := range op.inDims {
		ts = append(ts, gorgonia.TensorType{Dims: d, Of: tensor.Float32})
	}
	ts = append(ts, gorgonia.TensorType{Dims: len(op.shape), Of: tensor.Float32})
	return hm.NewFnType(ts...)
}

func (op *kernelOp) InferShape(...gorgonia.DimSizer) (tensor.Shape, error) {
	return op.shape.Clone(), nil
}

func (op *kernelOp) Do(vals ...gorgonia.Value) (gorgonia.Value, error) {
	in := make([][]float32, len(vals))
	for i, v := range vals {
		d, ok := v.Data().([]float32)
		if !ok {
			return nil, fmt.Errorf("node %s: input %d is %T, want float32 data", op.name, i, v.Data())
		}
		in[i] = d
	}
	if op.out == nil {
		op.out = make([]float32, op.k.OutLen())
	}
	out := op.out
	if err := repops.Check(op.k, out, in); err != nil {
		return nil, fmt.Errorf("node %s: %w", op.name, err)
	}
	if err := op.be.Run(op.k, out, in); err != nil {
		err = fmt.Errorf("node %s on %v: %w", op.name, op.be, err)
		*op.failed = err
		return nil, err
	}
	return tensor.New(tensor.WithShape(op.shape.Clone()...), tensor.WithBacking(out)), nil
}

func (op *kernelOp) ReturnsPtr() bool     { return false }
func (op *kernelOp) CallsExtern() bool    { return false }
func (op *kernelOp) OverwritesInput() int { return -1 }
func (op *kernelOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "repops:%s:%v", op.name, op.k)
}
func (op *kernelOp) Hashcode() uint32 {
	h := fnv.New32a()
	op.WriteHash(h)
	return h.Sum32()
}
func (op *kernelOp) String() string { return op.name }

// program is a Graph compiled to a gorgonia tape machine.
type program struct {
	g      *Graph
	eg     *gorgonia.ExprGraph
	fixed  []*gorgonia.Node
	vm     gorgonia.VM
	ops    []*kernelOp // the nodes' ops, whose out buffers hold the values of a run
	shapes [][]int
	failed error // the backend error of the current run, if any
}

func compile(g *Graph, be Backend) (*program, error) {
	p := &program{g: g, eg: gorgonia.NewGraph()}
	p.ops = make([]*kernelOp, 0, len(g.Nodes))
	all := make([]*gorgonia.Node, 0, g.Fixed()+len(g.Nodes))
	for v := range g.Fixed() {
		sh := g.ValueShape(v)
		name := fmt.Sprintf("in.%d", v)
		if v < len(g.State) {
			name = "state." + g.State[v].Name
		} else if v == g.BatchX() {
			name = "batch.x"
		} else if v == g.BatchY() {
			name = "batch.y"
		} else {
			name = "batch.drop." + g.Drop[v-g.Mask(0)].Name
		}
		n := gorgonia.NewTensor(p.eg, tensor.Float32, len(sh), gorgonia.WithShape(sh...), gorgonia.WithName(name))
		p.fixed = append(p.fixed, n)
		p.shapes = append(p.shapes, sh)
		all = append(all, n)
	}
	for _, nd := range g.Nodes {
		op := &kernelOp{name: nd.Name, k: nd.Kernel, be: be, shape: tensor.Shape(nd.Shape), failed: &p.failed}
		p.ops = append(p.ops, op)
		children := make([]*gorgonia.Node, len(nd.Inputs))
		for i, v := range nd.Inputs {
			children[i] = all[v]
			op.inDims = append(op.inDims, len(g.ValueShape(v)))
		}
		n, err := gorgonia.ApplyOp(op, children...)
		if err != nil {
			return nil, fmt.Errorf("train: building node %s: %w", nd.Name, err)
		}
		all = append(all, n)
	}
	p.vm = gorgonia.NewTapeMachine(p.eg)
	return p, nil
}

// run executes the step on the fixed values and returns every node's output, in order.
func (p *program) run(fixed [][]float32) ([][]float32, error) {
	if len(fixed) != len(p.fixed) {
		return nil, fmt.Errorf("train: %d fixed values, want %d", len(fixed), len(p.fixed))
	}
	for i, n := range p.fixed {
		if len(fixed[i]) != len1(p.shapes[i]) {
			return nil, fmt.Errorf("train: value %s has %d elements, want %v", n.Name(), len(fixed[i]), p.shapes[i])
		}
		t := tensor.New(tensor.WithShape(p.shapes[i]...), tensor.WithBacking(fixed[i]))
		if err := gorgonia.Let(n, t); err != nil {
			return nil, fmt.Errorf("train: binding %s: %w", n.Name(), err)
		}
	}
	defer p.vm.Reset()
	p.failed = nil
	if err := p.vm.RunAll(); err != nil {
		if p.failed != nil {
			return nil, fmt.Errorf("train: running the step: %w", p.failed)
		}
		return nil, fmt.Errorf("train: running the step: %w", err)
	}
	out := make([][]float32, len(p.ops))
	for i, op := range p.ops {
		if op.out == nil {
			return nil, errors.New("train: node " + p.g.Nodes[i].Name + " has no value")
		}
		out[i] = op.out
	}
	return out, nil
}
