package model

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/repops"
)

// View is one party's version of the computation: everything it commits to or opens
// in a game. States are indexed by global step (state s is the state after s steps).
type View interface {
	// Segment is the tree over the state roots first..first+segLen.
	Segment(first, segLen uint64) *Tree
	// Graph is the tree over the node output roots of step s (state s to s+1).
	Graph(s uint64) *Tree
	// State is the tree over state s's leaves (meta, tensor roots).
	State(s uint64) *Tree
	// Output is node j's output tensor in step s.
	Output(s uint64, j uint32) (header [32]byte, data *Tree)
	// StateTensor is tensor t of state s.
	StateTensor(s uint64, t uint32) (header [32]byte, data *Tree)
	// Trace is the trace of element e of node j's output in step s.
	Trace(s uint64, j uint32, e uint64) *Tree
}

// Spec is the public part of a task that the game checks against: the node
// descriptors, the state map and the per-step data (batches and next meta).
type Spec struct {
	Nodes      []Node
	NodesTree  *Tree
	StateMap   *Tree
	StateDepth uint8
	DataTree   *Tree // leaf s = StepDataLeaf(batchRoot_s, nextMeta_s)
	Batches    []*Tree
	NextMeta   [][32]byte
	batchData  [][]checkpoint.Tensor
}

// BatchTensor is tensor t of step s's batch.
func (sp *Spec) BatchTensor(s uint64, t uint32) (header [32]byte, data *Tree) {
	x := &sp.batchData[s][t]
	return checkpoint.HeaderHash(x), dataTree(x.Data)
}

func dataTree(v []float32) *Tree {
	n := max(1, (len(v)+7)/8)
	leaves := make([][32]byte, n)
	for i := range leaves {
		leaves[i] = checkpoint.DataLeaf(v, i)
	}
	return NewTree(leaves)
}

// FaultKind says how a lying party's computation departs from the truth.
type FaultKind uint8

const (
	NoFault      FaultKind = iota
	FaultOp                // one scalar op's result is off by one ulp; everything after follows
	FaultCarry             // a carried-over state tensor changes (node outputs stay right)
	FaultMeta              // the next state's meta is wrong
	FaultWritten           // a written state tensor is not the node's output
)

// Fault places a departure at step Step: for FaultOp at node Node, element Element
// (taken modulo the node's size) and op Op (modulo the trace length).
type Fault struct {
	Kind    FaultKind
	Step    uint64
	Node    uint32
	Element uint64
	Op      uint64
}

// Dims are the tiny network's sizes: a batch of M rows of K inputs, N outputs.
type Dims struct{ M, K, N int }

// World is a real training run of a tiny one-layer network with momentum SGD built
// from repops kernels (7 graph nodes per step), as one party computes it.
type World struct {
	Spec    *Spec
	D       Dims
	Steps   uint64
	kernels []repops.Kernel
	states  []*checkpoint.State
	outs    [][][]float32 // outs[s][j]
	fault   Fault
	cache   map[string]*Tree
}

const (
	mu = float32(0.9)
	lr = float32(0.01)
)

func graphKernels(d Dims) []repops.Kernel {
	m, k, n := d.M, d.K, d.N
	return []repops.Kernel{
		repops.MatMulK{M: m, K: k, N: n, L: repops.NN}, // 0: Y = X W
		repops.BiasAdd{M: m, N: n},                     // 1: Z = Y + b
		repops.ReLU{N: m * n},                          // 2: A = relu(Z)
		repops.ReLUGrad{N: m * n},                      // 3: G = relugrad(Z, A)
		repops.MatMulK{M: k, K: m, N: n, L: repops.TN}, // 4: dW = X^T G
		repops.Momentum{N: k * n, Mu: mu},              // 5: V' = mu V + dW
		repops.SGDApply{N: k * n, LR: lr},              // 6: W' = W - lr V'
	}
}

// sources of each node's two inputs.
var graphSources = [7][4]uint32{
	{uint32(SrcBatch), 0, uint32(SrcState), 0},
	{uint32(SrcNode), 0, uint32(SrcState), 1},
	{uint32(SrcNode), 1, 0, 0},
	{uint32(SrcNode), 1, uint32(SrcNode), 2},
	{uint32(SrcBatch), 0, uint32(SrcNode), 3},
	{uint32(SrcState), 2, uint32(SrcNode), 4},
	{uint32(SrcState), 0, uint32(SrcNode), 5},
}

// stateWriter[t] is the node writing state tensor t, or -1 (carried over).
var stateWriter = [3]int{6, -1, 5}

func nodeTensor(j int, d Dims, data []float32) checkpoint.Tensor {
	switch j {
	case 6:
		return checkpoint.Tensor{Name: "w", Shape: []int{d.K, d.N}, Data: data}
	case 5:
		return checkpoint.Tensor{Name: "v", Shape: []int{d.K, d.N}, Data: data}
	case 4:
		return checkpoint.Tensor{Name: "node4", Shape: []int{d.K, d.N}, Data: data}
	}
	return checkpoint.Tensor{Name: fmt.Sprintf("node%d", j), Shape: []int{d.M, d.N}, Data: data}
}

func randVec(r *rand.Rand, n int, scale float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = (r.Float32()*2 - 1) * scale
	}
	return v
}

// NewWorlds builds the truth and, with fault, a lying party's view of the same task
// of steps steps (seeded, so both share the spec, the initial state and the data).
func NewWorlds(seed uint64, d Dims, steps uint64, fault Fault) (truth, liar *World) {
	truth = build(seed, d, steps, Fault{})
	if fault.Kind == NoFault {
		return truth, truth
	}
	return truth, build(seed, d, steps, fault)
}

func build(seed uint64, d Dims, steps uint64, f Fault) *World {
	r := rand.New(rand.NewPCG(seed, 0x7ea))
	w := &World{D: d, Steps: steps, kernels: graphKernels(d), fault: f, cache: map[string]*Tree{}}
	spec := &Spec{}
	var specHash [32]byte
	specHash[0] = byte(seed)
	s0 := &checkpoint.State{SpecHash: specHash, Tensors: []checkpoint.Tensor{
		{Name: "w", Shape: []int{d.K, d.N}, Data: randVec(r, d.K*d.N, 1)},
		{Name: "b", Shape: []int{d.N}, Data: randVec(r, d.N, 0.5)},
		{Name: "v", Shape: []int{d.K, d.N}, Data: make([]float32, d.K*d.N)},
	}}
	w.states = []*checkpoint.State{s0}
	var dataLeaves [][32]byte
	for s := uint64(0); s < steps; s++ {
		x := checkpoint.Tensor{Name: "x", Shape: []int{d.M, d.K}, Data: randVec(r, d.M*d.K, 1)}
		spec.batchData = append(spec.batchData, []checkpoint.Tensor{x})
		bt := NewTree([][32]byte{checkpoint.TensorRoot(&x)})
		spec.Batches = append(spec.Batches, bt)
		prev := w.states[s]
		outs := w.runStep(s, prev, x.Data)
		w.outs = append(w.outs, outs)
		next := &checkpoint.State{SpecHash: specHash, Step: s + 1, DataCursor: (s + 1) * uint64(d.M),
			Tensors: []checkpoint.Tensor{
				{Name: "w", Shape: []int{d.K, d.N}, Data: outs[6]},
				{Name: "b", Shape: []int{d.N}, Data: prev.Tensors[1].Data},
				{Name: "v", Shape: []int{d.K, d.N}, Data: outs[5]},
			}}
		trueMeta := next.MetaHash() // the spec's meta; a liar may store another
		w.applyStateFault(s, next)
		w.states = append(w.states, next)
		spec.NextMeta = append(spec.NextMeta, trueMeta)
		dataLeaves = append(dataLeaves, StepDataLeaf(bt.Root(), trueMeta))
	}
	spec.DataTree = NewTree(dataLeaves)
	for j, k := range w.kernels {
		src := graphSources[j]
		hdr := checkpoint.HeaderHash(ptr(nodeTensor(j, d, nil)))
		spec.Nodes = append(spec.Nodes, NodeFromKernel(k, hdr, uint8(src[0]), src[1], uint8(src[2]), src[3]))
	}
	leaves := make([][32]byte, len(spec.Nodes))
	for j, n := range spec.Nodes {
		leaves[j] = n.Leaf()
	}
	spec.NodesTree = NewTree(leaves)
	mapLeaves := make([][32]byte, 1+len(stateWriter))
	for t, wr := range stateWriter {
		mapLeaves[t+1] = MapLeaf(uint64(wr + 1))
	}
	spec.StateMap = NewTree(mapLeaves)
	spec.StateDepth = uint8(Depth(uint64(len(mapLeaves))))
	w.Spec = spec
	return w
}

func ptr[T any](v T) *T { return &v }

func (w *World) applyStateFault(s uint64, next *checkpoint.State) {
	f := w.fault
	if f.Step != s {
		return
	}
	switch f.Kind {
	case FaultCarry:
		b := append([]float32(nil), next.Tensors[1].Data...)
		b[int(f.Element%uint64(len(b)))] += 1
		next.Tensors[1].Data = b
	case FaultMeta:
		next.DataCursor++
	case FaultWritten:
		v := append([]float32(nil), next.Tensors[0].Data...)
		v[int(f.Element%uint64(len(v)))] += 1
		next.Tensors[0].Data = v
	}
}

// inputs gathers node j's inputs in a step.
func (w *World) inputs(j int, prev *checkpoint.State, x []float32, outs [][]float32) [][]float32 {
	src := graphSources[j]
	var in [][]float32
	for slot := 0; slot < 2; slot++ {
		kind, idx := uint8(src[2*slot]), src[2*slot+1]
		switch kind {
		case SrcState:
			in = append(in, prev.Tensors[idx].Data)
		case SrcBatch:
			in = append(in, x)
		case SrcNode:
			in = append(in, outs[idx])
		}
	}
	return in
}

func (w *World) runStep(s uint64, prev *checkpoint.State, x []float32) [][]float32 {
	outs := make([][]float32, len(w.kernels))
	for j, k := range w.kernels {
		in := w.inputs(j, prev, x, outs)
		out := make([]float32, k.OutLen())
		k.Run(out, in)
		if f := w.fault; f.Kind == FaultOp && f.Step == s && int(f.Node) == j {
			e := int(f.Element % uint64(k.OutLen()))
			t := w.faultyTrace(k, in, e)
			if len(t) > 0 {
				out[e] = t[len(t)-1].Result
			}
		}
		outs[j] = out
	}
	return outs
}

// faultyTrace is the trace of element e with the fault's op off by one ulp and every
// later step recomputed from it.
func (w *World) faultyTrace(k repops.Kernel, in [][]float32, e int) repops.Trace {
	t := k.Trace(in, e)
	if len(t) == 0 {
		return t
	}
	bad := int(w.fault.Op % uint64(len(t)))
	for i := bad; i < len(t); i++ {
		st := &t[i]
		st.Result = repops.Recompute(t, i, in)
		if i == bad {
			st.Result = math.Float32frombits(math.Float32bits(st.Result) + 1)
		}
	}
	return t
}

func (w *World) cached(key string, f func() *Tree) *Tree {
	if t, ok := w.cache[key]; ok {
		return t
	}
	t := f()
	w.cache[key] = t
	return t
}

// Segment implements View.
func (w *World) Segment(first, segLen uint64) *Tree {
	return w.cached(fmt.Sprint("seg", first, segLen), func() *Tree {
		leaves := make([][32]byte, segLen+1)
		for p := range leaves {
			leaves[p] = w.states[first+uint64(p)].Hash()
		}
		return NewTree(leaves)
	})
}

// StateRoot is state s's root.
func (w *World) StateRoot(s uint64) [32]byte { return w.states[s].Hash() }

// CheckpointState is state s itself (after s steps), shared: the caller must not
// modify it (a forced solver's decoy is a copy, onchain.NewDecoy).
func (w *World) CheckpointState(s uint64) *checkpoint.State { return w.states[s] }

// Graph implements View.
func (w *World) Graph(s uint64) *Tree {
	return w.cached(fmt.Sprint("graph", s), func() *Tree {
		leaves := make([][32]byte, len(w.kernels))
		for j := range leaves {
			leaves[j] = checkpoint.TensorRoot(ptr(nodeTensor(j, w.D, w.outs[s][j])))
		}
		return NewTree(leaves)
	})
}

// State implements View.
func (w *World) State(s uint64) *Tree {
	return w.cached(fmt.Sprint("state", s), func() *Tree { return NewTree(w.states[s].Leaves()) })
}

// Output implements View.
func (w *World) Output(s uint64, j uint32) ([32]byte, *Tree) {
	t := nodeTensor(int(j), w.D, w.outs[s][j])
	return checkpoint.HeaderHash(&t), w.cached(fmt.Sprint("out", s, j), func() *Tree { return dataTree(t.Data) })
}

// StateTensor implements View.
func (w *World) StateTensor(s uint64, t uint32) ([32]byte, *Tree) {
	x := &w.states[s].Tensors[t]
	return checkpoint.HeaderHash(x), w.cached(fmt.Sprint("st", s, t), func() *Tree { return dataTree(x.Data) })
}

// Trace implements View.
func (w *World) Trace(s uint64, j uint32, e uint64) *Tree {
	return w.cached(fmt.Sprint("trace", s, j, e), func() *Tree {
		k := w.kernels[j]
		in := w.inputs(int(j), w.states[s], w.Spec.batchData[s][0].Data, w.outs[s])
		var t repops.Trace
		if f := w.fault; f.Kind == FaultOp && f.Step == s && f.Node == j && f.Element%uint64(k.OutLen()) == e {
			t = w.faultyTrace(k, in, int(e))
		} else {
			t = k.Trace(in, int(e))
		}
		leaves := make([][32]byte, len(t))
		for i, st := range t {
			leaves[i] = st.Leaf()
		}
		return NewTree(leaves)
	})
}

// Setup is the game setup for segment [first, first+segLen] with the solver's view.
func (w *World) Setup(solver View, first, segLen uint64, clock uint64) Setup {
	seg := solver.Segment(first, segLen)
	return Setup{
		NodesRoot: w.Spec.NodesTree.Root(), StateMapRoot: w.Spec.StateMap.Root(), DataRoot: w.Spec.DataTree.Root(),
		Agreed: seg.Leaf(0), Disputed: seg.Leaf(segLen), FirstStep: first, SegLen: segLen,
		NumNodes: uint32(len(w.Spec.Nodes)), StateDepth: w.Spec.StateDepth, Clock: clock,
	}
}

var _ View = (*World)(nil)
