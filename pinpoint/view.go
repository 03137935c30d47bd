package pinpoint

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// Sentinel errors.
var (
	// ErrNoState: the computation was asked about a step before any state it holds.
	ErrNoState = errors.New("pinpoint: no state to compute from")
	// ErrUnjudged: the game reached a node the contract cannot judge; no move exists.
	ErrUnjudged = errors.New("pinpoint: node cannot be judged on chain")
	// ErrDiverged: an observed move does not apply to the local replica of the game.
	ErrDiverged = errors.New("pinpoint: replica diverged from the chain")
)

// FaultKind says how a faulty computation departs from the spec's (to test that the
// honest party wins, and to play cheating solvers in daemon tests).
type FaultKind uint8

const (
	NoFault    FaultKind = iota
	FaultOp              // one scalar result of the judged trace is one ulp off; everything after follows
	FaultBit             // one bit of one node output flips; later nodes read the flipped value
	FaultState           // one element of one state tensor after the step changes
	FaultMeta            // the next state's meta skips one batch (step and data cursor)
	FaultSkip            // the step is skipped: the tensors stay, the meta advances
	FaultLR              // from step Step on, the weight updates use learning rate LR
	FaultOrder           // step Step trains on the next step's batch (another data order; the meta is the spec's)
	FaultData            // step Step trains on its batch with input Element changed, as by one corrupted byte (corruptInput)
	FaultMask            // step Step trains with the next step's dropout masks (masks it drew itself)
)

// Fault places a departure at global step Step (the step from state Step to Step+1), on
// chain node Node, element Element (modulo the size), trace op Op (modulo the trace
// length), bit Bit, state tensor Tensor.
type Fault struct {
	Kind    FaultKind
	Step    uint64
	Node    int
	Element uint64
	Op      uint64
	Bit     uint
	Tensor  int
	LR      float32
}

// Computation is one party's version of a task's training run, computed with the real
// trainer from a checkpoint: a model.View, so the contracts/model strategies play it.
// It holds the states it computed; a step's value table (every node output) is
// recomputed from the state before it when a game asks. Not safe for concurrent use.
//
// View methods cannot return errors (model.View); the first error is kept and reported
// by Err, and the player refuses to move after one.
type Computation struct {
	tk      *task.Task
	tr      *train.Trainer
	kernels []repops.Kernel // judged kernel of each on-chain node, from tr's own graph
	fault   Fault
	states  map[uint64]*checkpoint.State
	vals    map[uint64][][]float32
	trees   map[string]*model.Tree
	err     error
	steps   uint64 // training steps computed (StateAt), for the callers' cost accounts
}

var _ model.View = (*Computation)(nil)

// NewComputation returns a computation of tk run by tr (usually tk.Trainer(); a trainer
// of another spec with the same graph, such as another learning rate, computes a
// different run) with fault, starting from the checkpoints it is given.
func NewComputation(tk *task.Task, tr *train.Trainer, fault Fault) (*Computation, error) {
	if len(tr.Graph.Nodes) != len(tk.Graph.Nodes) {
		return nil, fmt.Errorf("pinpoint: trainer graph has %d nodes, task %d", len(tr.Graph.Nodes), len(tk.Graph.Nodes))
	}
	c := &Computation{tk: tk, tr: tr, fault: fault, states: map[uint64]*checkpoint.State{},
		vals: map[uint64][][]float32{}, trees: map[string]*model.Tree{}}
	for w, n := range tk.Nodes {
		c.kernels = append(c.kernels, tk.Lower(w, tr.Graph.Nodes[n.Train].Kernel))
	}
	c.states[0] = tk.Init
	return c, nil
}

// kernelAt is the kernel the computation runs for on-chain node w in step s.
func (c *Computation) kernelAt(w int, s uint64) repops.Kernel {
	k := c.kernels[w]
	if sgd, ok := k.(repops.SGDApply); ok && c.fault.Kind == FaultLR && s >= c.fault.Step {
		return repops.SGDApply{N: sgd.N, LR: c.fault.LR}
	}
	return k
}

// applyLR re-runs the weight updates with the fault's learning rate.
func (c *Computation) applyLR(vals [][]float32) {
	g := c.tr.Graph
	for j, nd := range g.Nodes {
		if sgd, ok := nd.Kernel.(repops.SGDApply); ok {
			in := [][]float32{vals[nd.Inputs[0]], vals[nd.Inputs[1]]}
			repops.SGDApply{N: sgd.N, LR: c.fault.LR}.Run(vals[g.Fixed()+j], in)
		}
	}
}

// Err is the first error a view method met.
func (c *Computation) Err() error { return c.err }

// AddState gives the computation the state after s steps (a checkpoint it trusts: its
// own, or the agreed one of a dispute).
func (c *Computation) AddState(s uint64, st *checkpoint.State) { c.states[s] = st }

// State returns the state after s steps, computing it from the closest earlier state.
func (c *Computation) StateAt(s uint64) (*checkpoint.State, error) {
	if st, ok := c.states[s]; ok {
		return st, nil
	}
	from, ok := uint64(0), false
	for k := range c.states {
		if k < s && (!ok || k > from) {
			from, ok = k, true
		}
	}
	if !ok {
		return nil, fmt.Errorf("%w: step %d", ErrNoState, s)
	}
	// States are indexed by position in the run, not by their Step field: a faulty
	// computation may write a wrong step number.
	st := c.states[from]
	for i := from; i < s; i++ {
		var err error
		if vals, ok := c.vals[i]; ok {
			st = c.next(i, st, vals)
		} else if st, err = c.Advance(i, st); err != nil {
			// no value table is kept: a game that asks about a step recomputes its
			// table from the state before it (values); a re-run that agrees asks nothing
			return nil, err
		}
		c.states[i+1] = st
		c.steps++
		if i+1 < s { // a game asks about the last steps only: drop earlier tables
			delete(c.vals, i)
		}
	}
	return st, nil
}

// Steps is the number of training steps StateAt has computed (each once: states are
// kept).
func (c *Computation) Steps() uint64 { return c.steps }

// Advance computes the state after step i from st (the state after i steps) without
// keeping anything: how a solver trains the whole task through its Computation.
func (c *Computation) Advance(i uint64, st *checkpoint.State) (*checkpoint.State, error) {
	next, _, err := c.AdvanceLoss(i, st)
	return next, err
}

// AdvanceLoss is Advance that also returns the step's training loss (the mean loss of
// its batch before the update, as the step computed it).
func (c *Computation) AdvanceLoss(i uint64, st *checkpoint.State) (*checkpoint.State, float32, error) {
	raw, err := c.stepValues(i, st)
	if err != nil {
		return nil, 0, err
	}
	loss := raw[c.tr.Graph.Loss][0]
	vals := raw
	if f := c.fault; (f.Step == i && f.Kind != NoFault) || (f.Kind == FaultLR && i >= f.Step) {
		vals = make([][]float32, len(raw))
		for k, v := range raw {
			vals[k] = slices.Clone(v)
		}
		if f.Step == i && (f.Kind == FaultOp || f.Kind == FaultBit) {
			c.applyNodeFault(vals)
		}
		if f.Kind == FaultLR {
			c.applyLR(vals)
		}
	}
	return c.next(i, st, vals), loss, nil // Next copies the tensors out of the trainer's buffers
}

// stepValues runs the trainer's step i on st (the state after i steps); at a
// FaultOrder step it reads the next step's batch instead, at a FaultData step its
// batch with one input corrupted, at a FaultMask step the next step's dropout masks. The table holds the batch trained on, so the node
// outputs and traces it gives are consistent with it; the game checks batch operands
// against the committed batch root, where the corruption shows.
func (c *Computation) stepValues(i uint64, st *checkpoint.State) ([][]float32, error) {
	f := c.fault
	if f.Kind == FaultOrder && f.Step == i {
		alt := *st // the trainer reads the batch at the cursor, which must match the step
		alt.Step, alt.DataCursor = st.Step+1, st.DataCursor+uint64(c.tk.Graph.Batch)
		st = &alt
	}
	var raw [][]float32
	var err error
	switch {
	case f.Kind == FaultData && f.Step == i:
		x, y := c.tr.Batch(st) // fresh slices: the table keeps x
		e := f.Element % uint64(len(x))
		x[e] = corruptInput(x[e], f.Bit)
		raw, err = c.tr.StepValuesOn(st, x, y)
	case f.Kind == FaultMask && f.Step == i:
		x, y := c.tr.Batch(st)
		raw, err = c.tr.StepValuesWith(st, x, y, c.tr.Masks(i+1))
	default:
		raw, err = c.tr.StepValues(st)
	}
	if err != nil {
		return nil, fmt.Errorf("pinpoint: step %d: %w", i, err)
	}
	return raw, nil
}

// corruptInput is input v as read from a byte with bit `bit` (mod 8) of the byte
// flipped: v is pixel/255 in the built-in data sets, so the result is an input the
// data set could hold (a plausible corruption, not an out-of-range value). The byte is
// clamped first (Go leaves out-of-range float-to-int conversions undefined); should
// the result still equal v, the next bit is flipped.
func corruptInput(v float32, bit uint) float32 {
	b := uint8(min(max(math.Round(float64(v)*255), 0), 255))
	for k := uint(0); k < 8; k++ {
		if w := float32(b^(1<<((bit+k)%8))) / 255; w != v {
			return w
		}
	}
	return v // unreachable: two of the eight flips give distinct values
}

// values is step s's value table (state, batch, node outputs), faults applied.
func (c *Computation) values(s uint64) ([][]float32, error) {
	if v, ok := c.vals[s]; ok {
		return v, nil
	}
	st, err := c.StateAt(s)
	if err != nil {
		return nil, err
	}
	raw, err := c.stepValues(s, st)
	if err != nil {
		return nil, err
	}
	vals := make([][]float32, len(raw))
	for i, v := range raw {
		vals[i] = slices.Clone(v) // the trainer reuses its buffers
	}
	if f := c.fault; f.Step == s && (f.Kind == FaultOp || f.Kind == FaultBit) {
		c.applyNodeFault(vals)
	}
	if f := c.fault; f.Kind == FaultLR && s >= f.Step {
		c.applyLR(vals)
	}
	c.vals[s] = vals
	return vals, nil
}

func (c *Computation) applyNodeFault(vals [][]float32) {
	f := c.fault
	tk := c.tk
	w := f.Node % len(tk.Nodes)
	out := vals[tk.Graph.Fixed()+tk.Nodes[w].Train]
	e := int(f.Element % uint64(len(out)))
	if f.Kind == FaultOp {
		t := c.faultyTrace(w, tk.NodeInputs(vals, w), e)
		if len(t) == 0 {
			return
		}
		out[e] = t[len(t)-1].Result
	} else {
		out[e] = math.Float32frombits(math.Float32bits(out[e]) ^ 1<<(f.Bit%32))
	}
	// later nodes read the changed value: re-run them with the trainer's kernels
	g := c.tr.Graph
	for j := tk.Nodes[w].Train + 1; j < len(g.Nodes); j++ {
		nd := g.Nodes[j]
		in := make([][]float32, len(nd.Inputs))
		for i, v := range nd.Inputs {
			in[i] = vals[v]
		}
		nd.Kernel.Run(vals[g.Fixed()+j], in)
	}
}

// faultyTrace is element e's judged trace with op f.Op one ulp off and every later
// step recomputed from it.
func (c *Computation) faultyTrace(w int, in [][]float32, e int) repops.Trace {
	t := c.kernels[w].Trace(in, e)
	if len(t) == 0 {
		return t
	}
	bad := int(c.fault.Op % uint64(len(t)))
	for i := bad; i < len(t); i++ {
		st := &t[i]
		st.Result = repops.Recompute(t, i, in)
		if i == bad {
			st.Result = math.Float32frombits(math.Float32bits(st.Result) + 1)
		}
	}
	return t
}

// next builds the state after a step, state faults applied.
func (c *Computation) next(i uint64, st *checkpoint.State, vals [][]float32) *checkpoint.State {
	next := c.tr.Next(st, vals)
	f := c.fault
	if f.Step != i {
		return next
	}
	switch f.Kind {
	case FaultState:
		t := &next.Tensors[f.Tensor%len(next.Tensors)]
		e := int(f.Element % uint64(len(t.Data)))
		t.Data[e] = math.Float32frombits(math.Float32bits(t.Data[e]) + 1)
	case FaultMeta: // skips a batch: still a state the trainer accepts
		next.Step++
		next.DataCursor += uint64(c.tk.Graph.Batch)
	case FaultSkip:
		for i := range next.Tensors {
			next.Tensors[i].Data = st.Tensors[i].Data
		}
	}
	return next
}

func (c *Computation) fail(err error) *model.Tree {
	if c.err == nil {
		c.err = err
	}
	return model.NewTree(nil)
}

func (c *Computation) cached(key string, f func() (*model.Tree, error)) *model.Tree {
	if t, ok := c.trees[key]; ok {
		return t
	}
	t, err := f()
	if err != nil {
		return c.fail(err)
	}
	c.trees[key] = t
	return t
}

func dataTree(v []float32) *model.Tree {
	leaves := make([][32]byte, max(1, (len(v)+7)/8))
	for i := range leaves {
		leaves[i] = checkpoint.DataLeaf(v, i)
	}
	return model.NewTree(leaves)
}

// Segment implements model.View.
func (c *Computation) Segment(first, segLen uint64) *model.Tree {
	return c.cached(fmt.Sprint("seg", first, segLen), func() (*model.Tree, error) {
		leaves := make([][32]byte, segLen+1)
		for p := range leaves {
			st, err := c.StateAt(first + uint64(p))
			if err != nil {
				return nil, err
			}
			leaves[p] = st.Hash()
		}
		return model.NewTree(leaves), nil
	})
}

// Graph implements model.View.
func (c *Computation) Graph(s uint64) *model.Tree {
	return c.cached(fmt.Sprint("graph", s), func() (*model.Tree, error) {
		vals, err := c.values(s)
		if err != nil {
			return nil, err
		}
		leaves := make([][32]byte, len(c.tk.Nodes))
		for w := range leaves {
			o := c.tk.Output(vals, w)
			leaves[w] = checkpoint.TensorRoot(&o)
		}
		return model.NewTree(leaves), nil
	})
}

// State implements model.View.
func (c *Computation) State(s uint64) *model.Tree {
	return c.cached(fmt.Sprint("state", s), func() (*model.Tree, error) {
		st, err := c.StateAt(s)
		if err != nil {
			return nil, err
		}
		return model.NewTree(st.Leaves()), nil
	})
}

// Output implements model.View.
func (c *Computation) Output(s uint64, j uint32) ([32]byte, *model.Tree) {
	w := int(j)
	if w >= len(c.tk.Nodes) {
		return [32]byte{}, c.fail(fmt.Errorf("pinpoint: node %d of %d", j, len(c.tk.Nodes)))
	}
	return c.tk.Nodes[w].Desc.OutHeader, c.cached(fmt.Sprint("out", s, j), func() (*model.Tree, error) {
		vals, err := c.values(s)
		if err != nil {
			return nil, err
		}
		return dataTree(c.tk.Output(vals, w).Data), nil
	})
}

// StateTensor implements model.View.
func (c *Computation) StateTensor(s uint64, t uint32) ([32]byte, *model.Tree) {
	st, err := c.StateAt(s)
	if err != nil || int(t) >= len(st.Tensors) {
		return [32]byte{}, c.fail(fmt.Errorf("pinpoint: tensor %d of state %d: %w", t, s, err))
	}
	x := &st.Tensors[t]
	return checkpoint.HeaderHash(x), c.cached(fmt.Sprint("st", s, t), func() (*model.Tree, error) { return dataTree(x.Data), nil })
}

// Trace implements model.View: element e's judged trace of node j in step s.
func (c *Computation) Trace(s uint64, j uint32, e uint64) *model.Tree {
	return c.cached(fmt.Sprint("trace", s, j, e), func() (*model.Tree, error) {
		w := int(j)
		vals, err := c.values(s)
		if err != nil {
			return nil, err
		}
		in := c.tk.NodeInputs(vals, w)
		k := c.kernelAt(w, s)
		if int(e) >= k.OutLen() {
			return nil, fmt.Errorf("pinpoint: element %d of node %d", e, j)
		}
		var t repops.Trace
		f := c.fault
		if f.Kind == FaultOp && f.Step == s && f.Node%len(c.tk.Nodes) == w && f.Element%uint64(k.OutLen()) == e {
			t = c.faultyTrace(w, in, int(e))
		} else {
			t = k.Trace(in, int(e))
		}
		leaves := make([][32]byte, len(t))
		for i, st := range t {
			leaves[i] = st.Leaf()
		}
		return model.NewTree(leaves), nil
	})
}
