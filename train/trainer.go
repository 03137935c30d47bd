package train

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/internal/par"
)

// ErrStateMismatch means a state does not belong to this trainer's spec.
var ErrStateMismatch = errors.New("train: state does not match the spec")

// evalBatch is the batch size of the forward-only evaluation graph.
const evalBatch = 500

// Trainer runs the training steps of one spec. A step is a pure function of
// (spec, state): the batch is determined by the state's data cursor and the spec's seed.
type Trainer struct {
	Spec  *Spec
	Graph *Graph
	Data  *Dataset
	prog  *program
	eval  *program
	egr   *Graph
	batch batcher
	x, y  []float32
	// the dropout masks of step maskStep (reused like x and y; nil until a step needs them)
	masks    [][]float32
	maskStep uint64
	// The spec's hash and PRNG label, fixed at construction: every step checks its
	// input state against them, so they are not recomputed per step.
	specHash [32]byte
	rng      []byte
	be       Backend
	weights  []checkpoint.Tensor // the spec's initial parameters (Spec.Init), canonical layout; nil: drawn
}

// NewTrainer builds the step graph for a spec and loads its data set; it runs on the CPU.
func NewTrainer(s *Spec) (*Trainer, error) { return NewTrainerWith(s, Options{}) }

// NewTrainerWith is NewTrainer with options (the backend that runs the kernels).
func NewTrainerWith(s *Spec, o Options) (*Trainer, error) {
	g, err := BuildGraph(s, s.BatchSize, false)
	if err != nil {
		return nil, err
	}
	return newTrainerWith(s, g, o)
}

// newTrainer compiles a (possibly altered, in tests) graph for the CPU.
func newTrainer(s *Spec, g *Graph) (*Trainer, error) { return newTrainerWith(s, g, Options{}) }

func newTrainerWith(s *Spec, g *Graph, o Options) (*Trainer, error) {
	be := o.backend()
	var d *Dataset
	var err error
	if s.Transformer != nil {
		d, err = loadText(s, o.Library, o.MaxDataBytes)
	} else {
		d, err = loadSpecData(s, o.Library, o.MaxDataBytes)
	}
	if err != nil {
		return nil, err
	}
	weights, err := loadWeights(s, o.Library)
	if err != nil {
		return nil, err
	}
	p, err := compile(g, be)
	if err != nil {
		return nil, err
	}
	return &Trainer{Spec: s, Graph: g, Data: d, prog: p, batch: batcher{d: d, seed: s.Seed, lm: s.Transformer},
		x: make([]float32, len1(g.ValueShape(g.BatchX()))), y: make([]float32, len1(g.ValueShape(g.BatchY()))),
		specHash: s.Hash(), rng: rngBytes(s.Seed), be: be, weights: weights}, nil
}

func rngBytes(seed uint64) []byte {
	return binary.LittleEndian.AppendUint64([]byte("chacha8:"), seed)
}

// Init is the state before the first step: the spec's initial weights (Spec.Init) if it
// names them, else weights drawn He-uniform from ChaCha8 seeded with SHA-256(seed ‖
// tensor number ‖ "init"), each value (2u - 1)·limit with u the top 24 bits of a draw
// times 2^-24 and limit = float32(sqrt(6/fanIn)); other tensors filled.
func (t *Trainer) Init() *checkpoint.State {
	return initState(t.Spec, t.Graph, t.specHash, t.rng, t.weights)
}

// initState is Init's state for graph g: params (canonical layout, state order) for
// the first tensors, then drawn or filled ones.
func initState(s *Spec, g *Graph, specHash [32]byte, rng []byte, params []checkpoint.Tensor) *checkpoint.State {
	st := &checkpoint.State{SpecHash: specHash, RNG: slices.Clone(rng)}
	for i, ts := range g.State {
		data := make([]float32, len1(ts.Shape))
		if i < len(params) {
			copy(data, params[i].Data)
		} else if ts.FanIn > 0 || ts.Limit > 0 {
			src := subRNG(s.Seed, "init", uint64(i))
			limit := ts.Limit
			if ts.FanIn > 0 {
				limit = float32(math.Sqrt(6 / float64(ts.FanIn)))
			}
			for j := range data {
				u := float32(src.Uint64()>>40) * (1.0 / (1 << 24))
				data[j] = float32(float32(u*2)-1) * limit
			}
		} else {
			for j := range data {
				data[j] = ts.Fill
			}
		}
		st.Tensors = append(st.Tensors, checkpoint.Tensor{Name: ts.Name, Shape: slices.Clone(ts.Shape), Data: data})
	}
	return st
}

// check verifies that st is a state of this trainer's spec.
func (t *Trainer) check(st *checkpoint.State) error {
	if st.SpecHash != t.specHash {
		return fmt.Errorf("%w: spec hash %x, want %x", ErrStateMismatch, st.SpecHash[:8], t.specHash)
	}
	if len(st.Tensors) != len(t.Graph.State) {
		return fmt.Errorf("%w: %d tensors, want %d", ErrStateMismatch, len(st.Tensors), len(t.Graph.State))
	}
	for i, ts := range t.Graph.State {
		tn := st.Tensors[i]
		if tn.Name != ts.Name || !slices.Equal(tn.Shape, ts.Shape) || len(tn.Data) != len1(ts.Shape) {
			return fmt.Errorf("%w: tensor %d is %s%v, want %s%v", ErrStateMismatch, i, tn.Name, tn.Shape, ts.Name, ts.Shape)
		}
	}
	if st.DataCursor != st.Step*uint64(t.Spec.BatchSize) {
		return fmt.Errorf("%w: data cursor %d at step %d with batch %d", ErrStateMismatch, st.DataCursor, st.Step, t.Spec.BatchSize)
	}
	if string(st.RNG) != string(t.rng) {
		return fmt.Errorf("%w: PRNG state %x", ErrStateMismatch, st.RNG)
	}
	return nil
}

// Batch writes the batch that the step from st uses into x and y (one-hot).
func (t *Trainer) Batch(st *checkpoint.State) (x, y []float32) {
	x, y = make([]float32, len(t.x)), make([]float32, len(t.y))
	t.batch.fill(st.DataCursor, x, y)
	return x, y
}

// Masks are the dropout masks of step (Graph.Drop's sites, in order; none without
// dropout), freshly allocated.
func (t *Trainer) Masks(step uint64) [][]float32 {
	masks := make([][]float32, len(t.Graph.Drop))
	for k, site := range t.Graph.Drop {
		masks[k] = make([]float32, len1(site.Shape))
	}
	t.fillMasks(step, masks)
	return masks
}

func (t *Trainer) fillMasks(step uint64, masks [][]float32) {
	if len(masks) > 0 {
		dropMasks(t.Spec.Seed, step, t.Spec.Transformer.Dropout, masks)
	}
}

// StepValues runs one step from st and returns the whole value table of the step (state
// tensors, batch, then every node's output in Graph.Nodes order): what two parties
// compare node by node in a dispute. The node outputs are valid until the trainer's next
// step (the machine reuses their memory).
func (t *Trainer) StepValues(st *checkpoint.State) ([][]float32, error) {
	if err := t.check(st); err != nil {
		return nil, err
	}
	t.batch.fill(st.DataCursor, t.x, t.y)
	return t.stepOn(st, t.x, t.y, nil)
}

// StepValuesOn is StepValues on the batch x (Graph.Batch × features) and y (one-hot,
// Graph.Batch × classes) instead of the spec's: what a party that trains on other data
// computes (tests of cheats), or a forward pass on chosen inputs (the logits node).
func (t *Trainer) StepValuesOn(st *checkpoint.State, x, y []float32) ([][]float32, error) {
	return t.StepValuesWith(st, x, y, nil)
}

// StepValuesWith is StepValuesOn with the dropout masks masks (one per Graph.Drop site)
// instead of the step's, or the step's when masks is nil: what a party that draws its
// own masks computes.
func (t *Trainer) StepValuesWith(st *checkpoint.State, x, y []float32, masks [][]float32) ([][]float32, error) {
	if err := t.check(st); err != nil {
		return nil, err
	}
	if len(x) != len(t.x) || len(y) != len(t.y) {
		return nil, fmt.Errorf("train: batch of %d inputs and %d labels, want %d and %d", len(x), len(y), len(t.x), len(t.y))
	}
	if masks != nil {
		if len(masks) != len(t.Graph.Drop) {
			return nil, fmt.Errorf("train: %d dropout masks, want %d", len(masks), len(t.Graph.Drop))
		}
		for k, m := range masks {
			if len(m) != len1(t.Graph.Drop[k].Shape) {
				return nil, fmt.Errorf("train: dropout mask %s of %d values, want %d", t.Graph.Drop[k].Name, len(m), len1(t.Graph.Drop[k].Shape))
			}
		}
	}
	return t.stepOn(st, x, y, masks)
}

// stepOn runs the step from st on x, y and masks (the step's own when nil).
func (t *Trainer) stepOn(st *checkpoint.State, x, y []float32, masks [][]float32) ([][]float32, error) {
	fixed := make([][]float32, 0, t.Graph.Fixed())
	for _, tn := range st.Tensors {
		fixed = append(fixed, tn.Data)
	}
	fixed = append(fixed, x, y)
	if masks == nil && len(t.Graph.Drop) > 0 {
		if t.masks == nil {
			t.masks = t.Masks(st.Step)
		} else if t.maskStep != st.Step {
			t.fillMasks(st.Step, t.masks)
		}
		t.maskStep, masks = st.Step, t.masks
	}
	fixed = append(fixed, masks...)
	out, err := t.prog.run(fixed)
	if err != nil {
		return nil, err
	}
	return append(fixed, out...), nil
}

// Next builds the state after a step from the step's values. The tensors are copied:
// gorgonia's tape machine reuses its node buffers on the next run, and a state must stay
// immutable (a background writer may still be hashing it).
func (t *Trainer) Next(st *checkpoint.State, values [][]float32) *checkpoint.State {
	next := &checkpoint.State{SpecHash: st.SpecHash, Step: st.Step + 1,
		DataCursor: st.DataCursor + uint64(t.Spec.BatchSize), RNG: st.RNG}
	next.Tensors = make([]checkpoint.Tensor, len(st.Tensors))
	// fresh memory, faulted in and filled on every core (a transformer's state is
	// megabytes: one core copying it was a tenth of the step)
	par.For(len(st.Tensors), 1, func(lo, hi int) {
		for i, ts := range st.Tensors[lo:hi] {
			next.Tensors[lo+i] = checkpoint.Tensor{Name: ts.Name, Shape: ts.Shape, Data: slices.Clone(values[t.Graph.Updates[lo+i]])}
		}
	})
	return next
}

// Step applies one training step to st and returns the new state and the batch's mean
// loss; st is not modified.
func (t *Trainer) Step(st *checkpoint.State) (*checkpoint.State, float32, error) {
	vals, err := t.StepValues(st)
	if err != nil {
		return nil, 0, err
	}
	return t.Next(st, vals), vals[t.Graph.Loss][0], nil
}

// Run takes steps from st until it reaches step `until`, calling each (if not nil) after
// every step; it stops early, returning the last state, when ctx is done.
func (t *Trainer) Run(ctx context.Context, st *checkpoint.State, until uint64, each func(*checkpoint.State, float32) error) (*checkpoint.State, error) {
	for st.Step < until {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		next, loss, err := t.Step(st)
		if err != nil {
			return st, fmt.Errorf("step %d: %w", st.Step, err)
		}
		st = next
		if each != nil {
			if err := each(st, loss); err != nil {
				return st, err
			}
		}
	}
	return st, nil
}

// Backend is what runs the trainer's kernels.
func (t *Trainer) Backend() Backend { return t.be }

// ErrNoTestSet: the spec's data has no held-out split to evaluate on.
var ErrNoTestSet = errors.New("train: no test split")

// Evaluate returns the accuracy and mean loss of st's model on the test set (the first
// multiple of the evaluation batch size of it: 500, or the whole test set when it is
// smaller), with the same kernels.
func (t *Trainer) Evaluate(st *checkpoint.State) (accuracy float64, loss float64, err error) {
	if err := t.check(st); err != nil {
		return 0, 0, err
	}
	if t.Spec.Transformer != nil {
		return t.evaluateText(st)
	}
	d, f, c := t.Data, t.Data.Features(), t.Data.Classes
	evalBatch := min(evalBatch, len(d.TestY))
	if evalBatch == 0 {
		return 0, 0, fmt.Errorf("%w in %s", ErrNoTestSet, t.Spec.dataName())
	}
	if t.eval == nil {
		if t.egr, err = BuildGraph(t.Spec, evalBatch, true); err != nil {
			return 0, 0, err
		}
		if t.eval, err = compile(t.egr, t.be); err != nil {
			return 0, 0, err
		}
	}
	n := len(d.TestY) / evalBatch * evalBatch
	fixed := make([][]float32, 0, t.egr.Fixed())
	for _, tn := range st.Tensors[:len(t.egr.State)] {
		fixed = append(fixed, tn.Data)
	}
	x, y := make([]float32, evalBatch*f), make([]float32, evalBatch*c)
	fixed = append(fixed, x, y)
	correct := 0
	for lo := 0; lo < n; lo += evalBatch {
		copy(x, d.TestX[lo*f:(lo+evalBatch)*f])
		clear(y)
		for i := range evalBatch {
			y[i*c+int(d.TestY[lo+i])] = 1
		}
		out, err := t.eval.run(fixed)
		if err != nil {
			return 0, 0, err
		}
		logits := out[t.egr.NodeOf(t.egr.Logits)]
		for i := range evalBatch {
			row := logits[i*c : (i+1)*c]
			best := 0
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
			if best == int(d.TestY[lo+i]) {
				correct++
			}
		}
		loss += float64(out[t.egr.NodeOf(t.egr.Loss)][0])
	}
	return float64(correct) / float64(n), loss / float64(n/evalBatch), nil
}

// maxEvalSequences bounds a text evaluation: the first held-out sequences, in order.
const maxEvalSequences = 256

// evaluateText is Evaluate for a transformer: next-byte accuracy and mean loss over the
// held-out text's first sequences (at most maxEvalSequences, whole batches of the
// spec's size, or one smaller batch when the text holds fewer).
func (t *Trainer) evaluateText(st *checkpoint.State) (accuracy, loss float64, err error) {
	m := t.Spec.Transformer
	n := min(sequences(len(t.Data.ValTokens), m.Context), maxEvalSequences)
	if n < 1 {
		return 0, 0, fmt.Errorf("%w in %s", ErrNoTestSet, t.Spec.dataName())
	}
	batch := min(t.Spec.BatchSize, n)
	n = n / batch * batch
	if t.eval == nil {
		if t.egr, err = BuildGraph(t.Spec, batch, true); err != nil {
			return 0, 0, err
		}
		if t.eval, err = compile(t.egr, t.be); err != nil {
			return 0, 0, err
		}
	}
	fixed := make([][]float32, 0, t.egr.Fixed())
	for _, tn := range st.Tensors[:len(t.egr.State)] {
		fixed = append(fixed, tn.Data)
	}
	per, v := m.Context*m.Vocab, m.Vocab
	x, y := make([]float32, batch*per), make([]float32, batch*per)
	fixed = append(fixed, x, y)
	correct := 0
	for lo := 0; lo < n; lo += batch {
		for i := range batch {
			fillText(t.Data.ValTokens, lo+i, m.Context, v, x[i*per:(i+1)*per], y[i*per:(i+1)*per])
		}
		out, err := t.eval.run(fixed)
		if err != nil {
			return 0, 0, err
		}
		logits := out[t.egr.NodeOf(t.egr.Logits)]
		for r := range batch * m.Context {
			row, target := logits[r*v:(r+1)*v], y[r*v:(r+1)*v]
			best := 0
			for j, l := range row {
				if l > row[best] {
					best = j
				}
			}
			if target[best] == 1 {
				correct++
			}
		}
		loss += float64(out[t.egr.NodeOf(t.egr.Loss)][0])
	}
	return float64(correct) / float64(n*m.Context), loss / float64(n/batch), nil
}

// EvalRows is the number of held-out examples Evaluate reads: rows of the test split,
// or a text's held-out sequences.
func (t *Trainer) EvalRows() int {
	if m := t.Spec.Transformer; m != nil {
		return min(sequences(len(t.Data.ValTokens), m.Context), maxEvalSequences)
	}
	return len(t.Data.TestY)
}
