package task

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
)

// Sentinel errors.
var (
	// ErrUnjudgeable: the spec's step graph has nodes the on-chain game cannot judge.
	ErrUnjudgeable = errors.New("task: spec cannot be judged on chain")
	// ErrBadTask: steps, interval or a lowered node are not what the contract accepts.
	ErrBadTask = errors.New("task: invalid task")
)

// Batch tensor numbers (model.SrcBatch indexes); dropout site k's mask (train.Graph.Drop)
// is batch tensor BatchMasks+k.
const (
	BatchX     = 0
	BatchY     = 1
	BatchOnes  = 2
	BatchMasks = 3
)

// Source is where one input of a node comes from (model.Src* kind, on-chain index).
type Source struct {
	Kind  uint8
	Index uint32
}

// Node is one node of the on-chain step graph.
type Node struct {
	Desc   model.Node
	Train  int           // index in train.Graph.Nodes
	Kernel repops.Kernel // the kernel whose traces the game judges (its inputs are Inputs)
	Inputs []Source
	Name   string
	Judged bool // the contract derives step shapes for Desc.Kernel
}

// Options tune Build.
type Options struct {
	// AllowUnjudged accepts a softmax cross-entropy gradient node that the contract
	// cannot judge, and lists it in Task.Unjudged instead of refusing the spec. The
	// contract judges kernel 10 by its scalar trace for rows of up to (2^32-17)/29
	// classes (and the zk judge by a proof for rows of up to 10), so this matters only
	// for wider rows; no judge settles a dispute at such a node and an honest solver
	// could not defend it, hence off by default. It changes nothing for the built-in
	// specs.
	AllowUnjudged bool
}

// Task is a spec lowered to what the contracts check, with the data both parties need.
type Task struct {
	Spec            *train.Spec
	Graph           *train.Graph
	Steps, Interval uint64
	Nodes           []Node
	Unjudged        []int      // on-chain indexes of nodes the contract cannot judge (only with AllowUnjudged; empty for the built-in specs)
	Game            model.Spec // trees and per-step data, as contracts/model strategies read them
	Init            *checkpoint.State
	InitRoot        [32]byte
	onChain         []int // train node index -> on-chain index, -1 when left out
	outName         []string
	outShape        [][]int
	tr              *train.Trainer
	ones            []float32
}

// describe is the descriptor of kernel k and whether the contract judges it (the
// contract's Go twin, contracts/model, says: Valid). A descriptor holds
// model.MaxSources input slots, one per input of the kernel.
func describe(k repops.Kernel, header [32]byte, in []Source) (model.Node, bool) {
	srcs := make([]model.Source, len(in))
	for i, s := range in {
		srcs[i] = model.Source{Kind: s.Kind, Index: s.Index}
	}
	d, err := model.NewNode(k, header, srcs...)
	return d, err == nil && d.Valid()
}

var kernelNames = map[repops.KernelID]string{
	repops.KMatMul: "matmul", repops.KBiasAdd: "biasadd", repops.KReLU: "relu", repops.KReLUGrad: "relu gradient",
	repops.KMomentum: "momentum", repops.KSGDApply: "sgd update", repops.KTanh: "tanh", repops.KTanhGrad: "tanh gradient", repops.KSoftmaxXent: "softmax cross-entropy",
	repops.KSoftmaxXentGrad: "softmax cross-entropy gradient", repops.KColSum: "column sum", repops.KMean: "mean",
	repops.KAdamM: "adam first moment", repops.KAdamV: "adam second moment", repops.KAdamApply: "adam update",
	repops.KScale: "scale (adam powers)", repops.KIm2Col: "im2col (conv)", repops.KCol2Im: "col2im (conv)",
	repops.KAdd: "add", repops.KRowMul: "row gain", repops.KRowAffine: "row affine", repops.KColDot: "column dot",
	repops.KNorm: "norm", repops.KNormGrad: "norm gradient", repops.KGELU: "gelu", repops.KGELUGrad: "gelu gradient",
	repops.KSiLU: "silu", repops.KSiLUGrad: "silu gradient", repops.KCausalSoftmax: "causal softmax",
	repops.KCausalSoftmaxGrad: "causal softmax gradient", repops.KAttnScores: "attention scores",
	repops.KAttnApply: "attention apply", repops.KAttnGradP: "attention probability gradient",
	repops.KAttnGradQKV: "attention qkv gradient", repops.KSumSq: "sum of squares", repops.KClipCoef: "clip factor",
	repops.KScaleBy: "scale by", repops.KLRSchedule: "learning-rate schedule", repops.KAdamPowers: "adamw powers",
	repops.KAdamW: "adamw update",
}

// Build lowers tr's spec to a task of steps steps with a checkpoint every interval
// steps. It computes every step's batch (to build the data tree), so it costs one pass
// over the data the task trains on.
func Build(ctx context.Context, tr *train.Trainer, steps, interval uint64, opts Options) (*Task, error) {
	if steps == 0 || interval == 0 || steps%interval != 0 {
		return nil, fmt.Errorf("%w: %d steps with a checkpoint every %d (the interval must divide the steps)", ErrBadTask, steps, interval)
	}
	g := tr.Graph
	t := &Task{Spec: tr.Spec, Graph: g, Steps: steps, Interval: interval, tr: tr}
	if err := t.lower(opts); err != nil {
		return nil, err
	}
	t.Init = tr.Init()
	t.InitRoot = t.Init.Hash()
	t.ones = make([]float32, g.Batch)
	for i := range t.ones {
		t.ones[i] = 1
	}
	if err := t.buildData(ctx); err != nil {
		return nil, err
	}
	return t, nil
}

// Specs finds the spec a task's spec hash names (the chain holds only the hash).
type Specs func(hash [32]byte) (*train.Spec, bool)

// Resolve finds a task's spec with everything it needs (its dataset, its initial
// weights), fetching what the party lacks (package content); an error means the party
// cannot work on the task now. The chain gives the task: the submitter and solver whose
// servers may hold the files, and the spec hash.
type Resolve func(ctx context.Context, t taskmarket.TaskMarketTask) (*train.Spec, error)

// ErrUnknownSpec: a party does not know the spec of a task and has no way to fetch it.
var ErrUnknownSpec = errors.New("task: unknown spec")

// SpecOf is the spec of task t: from resolve when a party has one (fetching what it
// lacks), else from specs (ErrUnknownSpec when it does not know the hash).
func SpecOf(ctx context.Context, specs Specs, resolve Resolve, t taskmarket.TaskMarketTask) (*train.Spec, error) {
	if resolve != nil {
		return resolve(ctx, t)
	}
	if s, ok := specs(t.Spec.SpecHash); ok {
		return s, nil
	}
	return nil, fmt.Errorf("%w %x", ErrUnknownSpec, t.Spec.SpecHash[:8])
}

// BuiltinSpecs knows the built-in specs.
func BuiltinSpecs(hash [32]byte) (*train.Spec, bool) { return train.BuiltinByHash(hash) }

// Judgeable reports whether the on-chain game can judge spec's training step (it
// builds the step graph only: no data set is loaded).
func Judgeable(spec *train.Spec, opts Options) error {
	g, err := train.BuildGraph(spec, spec.BatchSize, false)
	if err != nil {
		return fmt.Errorf("task: %w", err)
	}
	return (&Task{Spec: spec, Graph: g}).lower(opts)
}

// NodeNames are the names of spec's on-chain step graph's nodes, in on-chain order
// (what a game's node index names), lowered as Build lowers it but without its data.
func NodeNames(spec *train.Spec, opts Options) ([]string, error) {
	g, err := train.BuildGraph(spec, spec.BatchSize, false)
	if err != nil {
		return nil, fmt.Errorf("task: %w", err)
	}
	t := &Task{Spec: spec, Graph: g}
	if err := t.lower(opts); err != nil {
		return nil, err
	}
	names := make([]string, len(t.Nodes))
	for w, n := range t.Nodes {
		names[w] = n.Name
	}
	return names, nil
}

// NodeInputs are the inputs of on-chain node w in a step's value table (as
// train.Trainer.StepValues returns it), in the judged kernel's slot order.
func (t *Task) NodeInputs(values [][]float32, w int) [][]float32 {
	n := &t.Nodes[w]
	in := make([][]float32, len(n.Inputs))
	for i, src := range n.Inputs {
		in[i] = t.SourceValues(values, src)
	}
	return in
}

// SourceValues is the tensor src names in a step's value table.
func (t *Task) SourceValues(values [][]float32, src Source) []float32 {
	g := t.Graph
	switch src.Kind {
	case model.SrcState:
		return values[src.Index]
	case model.SrcBatch:
		switch src.Index {
		case BatchX:
			return values[g.BatchX()]
		case BatchY:
			return values[g.BatchY()]
		case BatchOnes:
			return t.ones
		}
		return values[g.Mask(int(src.Index)-BatchMasks)]
	}
	return values[g.Fixed()+t.Nodes[src.Index].Train]
}

// Output is on-chain node w's output tensor (header name and shape as committed) in a
// step's value table.
func (t *Task) Output(values [][]float32, w int) checkpoint.Tensor {
	n := &t.Nodes[w]
	return checkpoint.Tensor{Name: t.outName[w], Shape: t.outShape[w], Data: values[t.Graph.Fixed()+n.Train]}
}

// onesMatMul is a column sum as the product ones(1×m)·X (see the package doc for why
// the bits are the same).
func onesMatMul(cs repops.ColSum) repops.Kernel {
	return repops.MatMulK{M: 1, K: cs.M, N: cs.N, L: repops.NN}
}

// Lower is the kernel the game judges on chain node w when a trainer runs k there
// (the task's own graph, or one with other constants, such as a cheater's): k, or
// its ones·X form where the task lowered a column sum.
func (t *Task) Lower(w int, k repops.Kernel) repops.Kernel {
	if cs, ok := k.(repops.ColSum); ok {
		if _, lowered := t.Nodes[w].Kernel.(repops.MatMulK); lowered {
			return onesMatMul(cs)
		}
	}
	return k
}

func (t *Task) lower(opts Options) error {
	g := t.Graph
	keep := g.Live()
	t.onChain = make([]int, len(g.Nodes))
	for j := range g.Nodes {
		t.onChain[j] = -1
		if keep[j] {
			t.onChain[j] = len(t.Nodes)
			t.Nodes = append(t.Nodes, Node{Train: j, Name: g.Nodes[j].Name})
		}
	}
	writes := map[int]int{} // train node -> state tensor it becomes
	for st, v := range g.Updates {
		if j := g.NodeOf(v); j >= 0 {
			writes[j] = st
		}
	}
	var refused []string
	for w := range t.Nodes {
		n := &t.Nodes[w]
		nd := g.Nodes[n.Train]
		for _, v := range nd.Inputs {
			src, err := t.source(v)
			if err != nil {
				return fmt.Errorf("node %s: %w", nd.Name, err)
			}
			n.Inputs = append(n.Inputs, src)
		}
		hdr := checkpoint.Tensor{Name: nd.Name, Shape: nd.Shape}
		if st, ok := writes[n.Train]; ok {
			hdr = checkpoint.Tensor{Name: g.State[st].Name, Shape: g.State[st].Shape}
		}
		t.outName, t.outShape = append(t.outName, hdr.Name), append(t.outShape, hdr.Shape)
		hh := checkpoint.HeaderHash(&hdr)
		n.Kernel = nd.Kernel
		n.Desc, n.Judged = describe(nd.Kernel, hh, n.Inputs)
		if cs, ok := nd.Kernel.(repops.ColSum); ok && !n.Judged {
			// a contract that cannot sum columns still multiplies: ones(1×m)·X
			k := onesMatMul(cs)
			in := []Source{{model.SrcBatch, BatchOnes}, n.Inputs[0]}
			if d, ok := describe(k, hh, in); ok {
				n.Kernel, n.Desc, n.Judged, n.Inputs = k, d, true, in
			}
		}
		if n.Judged {
			continue
		}
		id := nd.Kernel.ID()
		if id == repops.KSoftmaxXentGrad && opts.AllowUnjudged {
			t.Unjudged = append(t.Unjudged, w)
			continue
		}
		refused = append(refused, fmt.Sprintf("%s (%s, kernel %d)", nd.Name, kernelNames[id], id))
	}
	if len(refused) > 0 {
		return fmt.Errorf("%w: %q has %s, which the contract cannot judge", ErrUnjudgeable, t.Spec.Name, strings.Join(refused, ", "))
	}
	// the trees the game checks nodes and state assembly against
	leaves := make([][32]byte, len(t.Nodes))
	for w, n := range t.Nodes {
		leaves[w] = n.Desc.Leaf()
	}
	t.Game.Nodes = make([]model.Node, len(t.Nodes))
	for w, n := range t.Nodes {
		t.Game.Nodes[w] = n.Desc
	}
	t.Game.NodesTree = model.NewTree(leaves)
	mapLeaves := make([][32]byte, 1+len(g.State))
	for st, v := range g.Updates {
		if j := g.NodeOf(v); j >= 0 {
			mapLeaves[st+1] = model.MapLeaf(uint64(t.onChain[j]) + 1)
		} else if v != st {
			return fmt.Errorf("%w: state tensor %d becomes value %d, neither itself nor a node", ErrBadTask, st, v)
		}
	}
	t.Game.StateMap = model.NewTree(mapLeaves)
	t.Game.StateDepth = uint8(model.Depth(uint64(len(mapLeaves))))
	return nil
}

// source maps a train value number to its on-chain source.
func (t *Task) source(v int) (Source, error) {
	g := t.Graph
	switch {
	case v < len(g.State):
		return Source{model.SrcState, uint32(v)}, nil
	case v == g.BatchX():
		return Source{model.SrcBatch, BatchX}, nil
	case v == g.BatchY():
		return Source{model.SrcBatch, BatchY}, nil
	case v < g.Fixed():
		return Source{model.SrcBatch, uint32(BatchMasks + v - g.Mask(0))}, nil
	}
	j := g.NodeOf(v)
	if j < 0 || t.onChain[j] < 0 {
		return Source{}, fmt.Errorf("%w: value %d is not on the on-chain graph", ErrBadTask, v)
	}
	return Source{model.SrcNode, uint32(t.onChain[j])}, nil
}

// OnChain is the on-chain index of train node j, or -1 when the game leaves it out.
func (t *Task) OnChain(j int) int { return t.onChain[j] }

// BatchTensors are step s's batch tensors in their on-chain order (x, y, ones, then the
// dropout masks): the task commits them all with the data (Game.DataTree), so a mask is
// as agreed as an input, and a party that draws other masks disagrees with the roots.
func (t *Task) BatchTensors(s uint64) []checkpoint.Tensor {
	g := t.Graph
	x, y := t.tr.Batch(&checkpoint.State{DataCursor: s * uint64(g.Batch)})
	out := []checkpoint.Tensor{
		{Name: "batch.x", Shape: g.ValueShape(g.BatchX()), Data: x},
		{Name: "batch.y", Shape: g.ValueShape(g.BatchY()), Data: y},
		{Name: "batch.ones", Shape: []int{g.Batch}, Data: t.ones},
	}
	for k, m := range t.tr.Masks(s) {
		out = append(out, checkpoint.Tensor{Name: "batch.drop." + g.Drop[k].Name, Shape: g.Drop[k].Shape, Data: m})
	}
	return out
}

// Ones is the batch's vector of ones (shared: do not modify).
func (t *Task) Ones() []float32 { return t.ones }

// NextMeta is the meta leaf of the state after step s.
func (t *Task) NextMeta(s uint64) [32]byte {
	st := checkpoint.State{SpecHash: t.Init.SpecHash, Step: s + 1, DataCursor: (s + 1) * uint64(t.Graph.Batch), RNG: t.Init.RNG}
	return st.MetaHash()
}

func (t *Task) buildData(ctx context.Context) error {
	leaves := make([][32]byte, t.Steps)
	t.Game.Batches = make([]*model.Tree, t.Steps)
	t.Game.NextMeta = make([][32]byte, t.Steps)
	for s := range t.Steps {
		if s%256 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("task: data tree: %w", err)
			}
		}
		bt := t.BatchTensors(s)
		roots := make([][32]byte, len(bt))
		for i := range bt {
			roots[i] = checkpoint.TensorRoot(&bt[i])
		}
		t.Game.Batches[s] = model.NewTree(roots)
		t.Game.NextMeta[s] = t.NextMeta(s)
		leaves[s] = model.StepDataLeaf(t.Game.Batches[s].Root(), t.Game.NextMeta[s])
	}
	t.Game.DataTree = model.NewTree(leaves)
	return nil
}

// Roots is the task's on-chain spec (TaskMarket.Spec).
func (t *Task) Roots() taskmarket.TaskMarketSpec {
	return taskmarket.TaskMarketSpec{SpecHash: t.Spec.Hash(), NodesRoot: t.Game.NodesTree.Root(),
		StateMapRoot: t.Game.StateMap.Root(), DataRoot: t.Game.DataTree.Root(), InitRoot: t.InitRoot,
		Steps: t.Steps, Interval: t.Interval, NumNodes: uint32(len(t.Nodes)), StateDepth: t.Game.StateDepth}
}

// Check compares an on-chain spec with this task's (what a solver does before claiming
// and a verifier before re-running): a mismatch is the submitter's lie.
func (t *Task) Check(on taskmarket.TaskMarketSpec) error {
	want := t.Roots()
	var bad []string
	if on.SpecHash != want.SpecHash {
		bad = append(bad, "specHash")
	}
	if on.NodesRoot != want.NodesRoot {
		bad = append(bad, "nodesRoot")
	}
	if on.StateMapRoot != want.StateMapRoot {
		bad = append(bad, "stateMapRoot")
	}
	if on.DataRoot != want.DataRoot {
		bad = append(bad, "dataRoot")
	}
	if on.InitRoot != want.InitRoot {
		bad = append(bad, "initRoot")
	}
	if on.Steps != want.Steps || on.Interval != want.Interval {
		bad = append(bad, "steps/interval")
	}
	if on.NumNodes != want.NumNodes || on.StateDepth != want.StateDepth {
		bad = append(bad, "numNodes/stateDepth")
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: on-chain spec differs in %s", ErrBadTask, strings.Join(bad, ", "))
	}
	return nil
}

// Segments is the number of checkpoint segments (steps / interval).
func (t *Task) Segments() uint64 { return t.Steps / t.Interval }

// Trainer is the trainer the task was built from.
func (t *Task) Trainer() *train.Trainer { return t.tr }
