package train

import (
	"fmt"

	"github.com/veritrain/veritrain/repops"
)

// Node is one operation of a training step: a RepOps kernel applied to earlier values.
// A step's values are numbered: first the state tensors (in the state's order), then
// the batch (images, one-hot labels), then the dropout masks (if any), then every
// node's output in node order.
type Node struct {
	Name   string        // stable, e.g. "fwd.l0.matmul", "bwd.l1.dW", "upd.l0.weight"
	Kernel repops.Kernel // what it computes, and how, to the last scalar operation
	Inputs []int         // value numbers of its inputs, in the kernel's slot order
	Shape  []int         // output shape
}

// TensorSpec names one tensor of the training state and how it is initialised.
type TensorSpec struct {
	Name  string
	Shape []int
	FanIn int     // > 0: uniform in ±sqrt(6/FanIn) (He uniform)
	Limit float32 // > 0 (and FanIn 0): uniform in ±Limit
	Fill  float32 // initial value when FanIn and Limit are 0
}

// Graph is the computation of one training step (forward, loss, backward, optimizer
// update) as an ordered list of nodes. It is a pure function of the spec.
type Graph struct {
	Spec    *Spec
	Batch   int
	State   []TensorSpec
	Nodes   []Node
	Updates []int // Updates[t] is the value number of state tensor t after the step
	Grads   []int // Grads[t] is the value number of parameter t's gradient (training graphs)
	Logits  int   // value number of the logits
	Loss    int   // value number of the mean loss
	// Drop are the step's dropout sites (training graphs of a spec with dropout), in
	// forward order: each multiplies a value by a mask that is part of the step's batch.
	Drop []DropSite
}

// DropSite is one place where dropout applies: a mask of Shape is drawn for it every
// step (dropMasks), and its values are value number Graph.Mask(k) of the step.
type DropSite struct {
	Name  string // e.g. "h0.attn" (attention probabilities of block 0)
	Shape []int
}

// Fixed is the number of values that are not node outputs (state tensors, batch and
// dropout masks).
func (g *Graph) Fixed() int { return len(g.State) + 2 + len(g.Drop) }

// Mask is the value number of dropout site k's mask.
func (g *Graph) Mask(k int) int { return len(g.State) + 2 + k }

// BatchX and BatchY are the value numbers of the batch.
func (g *Graph) BatchX() int { return len(g.State) }
func (g *Graph) BatchY() int { return len(g.State) + 1 }

// ValueShape is the shape of value v.
func (g *Graph) ValueShape(v int) []int {
	switch {
	case v < len(g.State):
		return g.State[v].Shape
	case v >= g.Fixed():
		return g.Nodes[v-g.Fixed()].Shape
	case v >= g.Mask(0):
		return g.Drop[v-g.Mask(0)].Shape
	case g.Spec.Transformer != nil: // tokens and next tokens, one-hot
		return []int{g.Batch * g.Spec.Transformer.Context, g.Spec.Transformer.Vocab}
	}
	info := g.Spec.mustInput()
	if v == g.BatchX() {
		return []int{g.Batch, info.H * info.W * info.C}
	}
	return []int{g.Batch, info.Classes}
}

// Live marks the nodes some state tensor after the step depends on (the rest, such as
// the loss's, are computed but never committed: a task leaves them out).
func (g *Graph) Live() []bool {
	keep := make([]bool, len(g.Nodes))
	var visit func(v int)
	visit = func(v int) {
		j := g.NodeOf(v)
		if j < 0 || keep[j] {
			return
		}
		keep[j] = true
		for _, in := range g.Nodes[j].Inputs {
			visit(in)
		}
	}
	for _, v := range g.Updates {
		visit(v)
	}
	return keep
}

// NodeOf returns the node producing value v, or -1 for a fixed value.
func (g *Graph) NodeOf(v int) int {
	if v < g.Fixed() {
		return -1
	}
	return v - g.Fixed()
}

type builder struct {
	g *Graph
}

func (b *builder) node(name string, k repops.Kernel, shape []int, in ...int) int {
	b.g.Nodes = append(b.g.Nodes, Node{Name: name, Kernel: k, Inputs: in, Shape: shape})
	return b.g.Fixed() + len(b.g.Nodes) - 1
}

// layerPlan is a layer with its resolved shapes.
type layerPlan struct {
	Layer
	in, out      int           // features in and out of the matrix product
	rows         int           // rows of the matrix product (batch, or batch·positions for conv)
	im           repops.Im2Col // conv only
	weight, bias int           // state numbers
}

// BuildGraph lays out the state and the step's nodes for a spec and batch size. With
// forwardOnly the graph stops at the logits and mean loss (used for evaluation). The
// state is the parameters, then the optimizer's state; node value numbers follow it.
func BuildGraph(s *Spec, batch int, forwardOnly bool) (*Graph, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	g := &Graph{Spec: s, Batch: batch}
	var plans []layerPlan
	if s.Transformer != nil {
		g.State = gptParams(s.Transformer)
	} else {
		plans = planLayers(g)
	}
	nParams := len(g.State)
	g.State = append(g.State, optimizerState(s.Optimizer, g.State)...)
	b := &builder{g: g}
	var grads []int
	if s.Transformer != nil {
		grads = buildGPT(g, b, nParams, forwardOnly)
	} else {
		grads = buildLayers(g, b, plans, nParams, forwardOnly)
	}
	if !forwardOnly {
		g.Grads = grads
		buildUpdate(g, b, nParams, grads)
	}
	var values int64
	for _, n := range g.Nodes {
		values += int64(n.Kernel.OutLen())
	}
	if values > maxStepValues {
		return nil, badSpec("%s: a step of batch %d computes %d values, more than the %d allowed (16 GiB)", s.Name, batch, values, int64(maxStepValues))
	}
	return g, nil
}

// maxStepValues bounds the float32 values one step computes (its nodes' outputs, all
// held at once): a spec is hostile until bounded, and a step that cannot fit a
// machine would stop every party that builds it.
const maxStepValues = 1 << 32

// planLayers resolves a layer spec's shapes and appends its parameters to g.State.
func planLayers(g *Graph) []layerPlan {
	s, batch := g.Spec, g.Batch
	info := s.mustInput()
	h, w, c := info.H, info.W, info.C
	plans := make([]layerPlan, len(s.Layers))
	for i, l := range s.Layers {
		p := layerPlan{Layer: l}
		switch l.Type {
		case "dense":
			p.in, p.out, p.rows = h*w*c, l.Units, batch
			h, w, c = 1, 1, l.Units
		case "conv":
			p.im = repops.Im2Col{N: batch, H: h, W: w, C: c, KH: l.Kernel, KW: l.Kernel, S: l.Stride}
			p.in, p.out, p.rows = p.im.Cols(), l.Filters, p.im.Rows()
			h, w = p.im.OutHW()
			c = l.Filters
		}
		p.weight = len(g.State)
		g.State = append(g.State,
			TensorSpec{Name: fmt.Sprintf("l%d.weight", i), Shape: []int{p.in, p.out}, FanIn: p.in},
			TensorSpec{Name: fmt.Sprintf("l%d.bias", i), Shape: []int{p.out}})
		p.bias = p.weight + 1
		plans[i] = p
	}
	return plans
}

// optimizerState is the state the optimizer keeps beside the parameters.
func optimizerState(o Optimizer, params []TensorSpec) []TensorSpec {
	var st []TensorSpec
	switch o.Type {
	case "sgd_momentum":
		for _, p := range params {
			st = append(st, TensorSpec{Name: p.Name + ".momentum", Shape: p.Shape})
		}
	case "adam", "adamw":
		for _, p := range params {
			st = append(st, TensorSpec{Name: p.Name + ".adam_m", Shape: p.Shape},
				TensorSpec{Name: p.Name + ".adam_v", Shape: p.Shape})
		}
		if o.Type == "adam" {
			st = append(st, TensorSpec{Name: "adam.beta1_power", Shape: []int{1}, Fill: 1},
				TensorSpec{Name: "adam.beta2_power", Shape: []int{1}, Fill: 1})
		} else {
			// [b1^t, b2^t] and [t, lr]: AdamPowers's and LRSchedule's state
			st = append(st, TensorSpec{Name: "adamw.powers", Shape: []int{2}, Fill: 1},
				TensorSpec{Name: "adamw.schedule", Shape: []int{2}})
		}
	}
	return st
}

// buildLayers appends a layer spec's forward pass, loss and (unless forwardOnly)
// backward pass, and returns the parameters' gradients in state order.
func buildLayers(g *Graph, b *builder, plans []layerPlan, nParams int, forwardOnly bool) []int {
	batch, classes := g.Batch, g.Spec.mustInput().Classes
	act := g.BatchX()
	inputs := make([]int, len(plans)) // matrix-product input of each layer (patches for conv)
	pre := make([]int, len(plans))    // pre-activation (after bias)
	post := make([]int, len(plans))   // layer output
	for i, p := range plans {
		pfx := fmt.Sprintf("fwd.l%d.", i)
		x := act
		if p.Type == "conv" {
			x = b.node(pfx+"im2col", p.im, []int{p.rows, p.in}, act)
		}
		inputs[i] = x
		z := b.node(pfx+"matmul", repops.MatMulK{M: p.rows, K: p.in, N: p.out, L: repops.NN}, []int{p.rows, p.out}, x, p.weight)
		pre[i] = b.node(pfx+"bias", repops.BiasAdd{M: p.rows, N: p.out}, []int{p.rows, p.out}, z, p.bias)
		n := p.rows * p.out
		switch p.Activation {
		case "relu":
			post[i] = b.node(pfx+"relu", repops.ReLU{N: n}, []int{p.rows, p.out}, pre[i])
		case "tanh":
			post[i] = b.node(pfx+"tanh", repops.Tanh{N: n}, []int{p.rows, p.out}, pre[i])
		default:
			post[i] = pre[i]
		}
		act = post[i]
	}
	g.Logits = act
	rowLoss := b.node("loss.rows", repops.SoftmaxXent{M: batch, C: classes}, []int{batch}, g.Logits, g.BatchY())
	g.Loss = b.node("loss.mean", repops.Mean{N: batch}, []int{1}, rowLoss)
	if forwardOnly {
		return nil
	}

	grads := make([]int, nParams)
	d := b.node("bwd.logits", repops.SoftmaxXentGrad{M: batch, C: classes}, []int{batch, classes}, g.Logits, g.BatchY())
	for i := len(plans) - 1; i >= 0; i-- {
		p := plans[i]
		pfx := fmt.Sprintf("bwd.l%d.", i)
		n := p.rows * p.out
		switch p.Activation {
		case "relu":
			d = b.node(pfx+"relu", repops.ReLUGrad{N: n}, []int{p.rows, p.out}, pre[i], d)
		case "tanh":
			d = b.node(pfx+"tanh", repops.TanhGrad{N: n}, []int{p.rows, p.out}, post[i], d)
		}
		grads[p.weight] = b.node(pfx+"dW", repops.MatMulK{M: p.in, K: p.rows, N: p.out, L: repops.TN}, []int{p.in, p.out}, inputs[i], d)
		grads[p.bias] = b.node(pfx+"db", repops.ColSum{M: p.rows, N: p.out}, []int{p.out}, d)
		if i == 0 {
			break
		}
		dx := b.node(pfx+"dX", repops.MatMulK{M: p.rows, K: p.out, N: p.in, L: repops.NT}, []int{p.rows, p.in}, d, p.weight)
		if p.Type == "conv" {
			dx = b.node(pfx+"col2im", repops.Col2Im{Im2Col: p.im}, []int{p.im.N * p.im.H * p.im.W, p.im.C}, dx)
		}
		d = dx
	}
	return grads
}

// buildUpdate appends the optimizer's update of every parameter from its gradient
// (after clipping by global norm, when the optimizer says so).
func buildUpdate(g *Graph, b *builder, nParams int, grads []int) {
	o := g.Spec.Optimizer
	if o.Clip > 0 {
		grads = clipGrads(g, b, nParams, grads, o.Clip)
	}
	g.Updates = make([]int, len(g.State))
	switch o.Type {
	case "sgd_momentum":
		for t := range nParams {
			n, sh, name := len1(g.State[t].Shape), g.State[t].Shape, g.State[t].Name
			v := b.node("upd."+name+".momentum", repops.Momentum{N: n, Mu: o.Momentum}, sh, nParams+t, grads[t])
			g.Updates[nParams+t] = v
			g.Updates[t] = b.node("upd."+name, repops.SGDApply{N: n, LR: o.LR}, sh, t, v)
		}
	case "adam":
		p1s, p2s := len(g.State)-2, len(g.State)-1
		p1 := b.node("upd.adam.beta1_power", repops.Scale{N: 1, S: o.Beta1}, []int{1}, p1s)
		p2 := b.node("upd.adam.beta2_power", repops.Scale{N: 1, S: o.Beta2}, []int{1}, p2s)
		g.Updates[p1s], g.Updates[p2s] = p1, p2
		for t := range nParams {
			m, v := adamMoments(g, b, o, nParams, t, grads[t])
			n, sh := len1(g.State[t].Shape), g.State[t].Shape
			g.Updates[t] = b.node("upd."+g.State[t].Name, repops.AdamApply{N: n, LR: o.LR, Eps: o.Eps}, sh, t, m, v, p1, p2)
		}
	case "adamw":
		pws, sch := len(g.State)-2, len(g.State)-1
		pw := b.node("upd.adamw.powers", repops.AdamPowers{B1: o.Beta1, B2: o.Beta2}, []int{2}, pws)
		lr := b.node("upd.adamw.schedule", o.schedule(), []int{2}, sch)
		g.Updates[pws], g.Updates[sch] = pw, lr
		for t := range nParams {
			m, v := adamMoments(g, b, o, nParams, t, grads[t])
			n, sh, name := len1(g.State[t].Shape), g.State[t].Shape, g.State[t].Name
			wd := o.WeightDecay
			if len(sh) < 2 {
				wd = 0 // biases and gains are not decayed (GPT-2's and nanoGPT's rule)
			}
			g.Updates[t] = b.node("upd."+name, repops.AdamW{N: n, Eps: o.Eps, WD: wd}, sh, t, m, v, pw, lr)
		}
	}
}

// adamMoments appends the updates of parameter t's two moments (Adam's and AdamW's,
// state tensors nParams+2t and nParams+2t+1) from its gradient and returns them.
func adamMoments(g *Graph, b *builder, o Optimizer, nParams, t, grad int) (m, v int) {
	n, sh, name := len1(g.State[t].Shape), g.State[t].Shape, g.State[t].Name
	ms, vs := nParams+2*t, nParams+2*t+1
	m = b.node("upd."+name+".adam_m", repops.AdamM{N: n, B1: o.Beta1}, sh, ms, grad)
	v = b.node("upd."+name+".adam_v", repops.AdamV{N: n, B2: o.Beta2}, sh, vs, grad)
	g.Updates[ms], g.Updates[vs] = m, v
	return m, v
}

// clipGrads scales every gradient by min(clip / (‖g‖ + 1e-6), 1), ‖g‖ the norm of all
// of them: the squares summed in one chain over the parameters in state order (the
// first from +0 as a column dot, the rest carrying the total).
func clipGrads(g *Graph, b *builder, nParams int, grads []int, clip float32) []int {
	total := -1
	for t := range nParams {
		n, name := len1(g.State[t].Shape), g.State[t].Name
		if total < 0 {
			total = b.node("clip.sumsq."+name, repops.ColDot{M: n, N: 1}, []int{1}, grads[t], grads[t])
		} else {
			total = b.node("clip.sumsq."+name, repops.SumSq{N: n}, []int{1}, total, grads[t])
		}
	}
	coef := b.node("clip.coef", repops.ClipCoef{Clip: clip}, []int{1}, total)
	out := make([]int, nParams)
	for t := range nParams {
		out[t] = b.node("clip."+g.State[t].Name, repops.ScaleBy{N: len1(g.State[t].Shape)}, g.State[t].Shape, grads[t], coef)
	}
	return out
}

func len1(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}
