package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/train"
)

// GPT-2 small: the shape of the step the GPT-2 section disputes (a batch of 8
// sequences of 1024 tokens: 8192 rows).
const (
	gptVocab   = 50257
	gptContext = 1024
	gptWidth   = 768
	gptHeads   = 12
	gptLayers  = 12
	gptMLP     = 3072
	gptBatch   = 8
	// The step graph is laid out at trainVocab and layoutBatch: train validates a
	// transformer's vocabulary to at most 256 (tokens are bytes) and a step to at most
	// 2^32 computed values (GPT-2 small at batch 8 computes 9.0G). Neither changes the
	// graph's nodes, their order or their sources, only shapes: the section rebuilds the
	// disputed kernels and the shapes at gptVocab and gptBatch (gptShape, gptKernel).
	trainVocab  = 256
	layoutBatch = 2
)

// gptDims maps a dimension of the layout to GPT-2 small's: the rows (batch·context),
// the score rows (batch·heads·context) and the vocabulary. No other dimension of the
// layout takes these values.
var gptDims = map[int]int{
	layoutBatch * gptContext:            gptBatch * gptContext,
	layoutBatch * gptHeads * gptContext: gptBatch * gptHeads * gptContext,
	trainVocab:                          gptVocab,
}

func gptDim(n int) int {
	if m, ok := gptDims[n]; ok {
		return m
	}
	return n
}

// GPT2Segments are the segment lengths of the GPT-2 disputes.
var GPT2Segments = []uint64{1_000, 100_000}

// gptRow is one disputed node of the GPT-2 section: a node of the step graph by name,
// and how its element is picked (nil: at random).
type gptRow struct {
	Name    string
	Why     string
	Element func(k repops.Kernel) func(r *rand.Rand, n model.Node) uint64
}

// GPT2Rows are the nodes the section disputes, chosen to stress the game: the longest
// traces, the largest output trees.
var GPT2Rows = []gptRow{
	{Name: "fwd.h0.mlp.c_proj.matmul", Why: "MLP's second product, 3072-step fma chains"},
	{Name: "fwd.logits", Why: "the logits, the largest output tree"},
	{Name: "bwd.head.dW", Why: "tied output layer's weight gradient, 8192-step chains"},
	{Name: "bwd.head.dx", Why: "the output layer's input gradient, 50257-step chains"},
	{Name: "bwd.h0.ln_2.dx", Why: "layer norm gradient at d = 768"},
	{Name: "fwd.h0.attn.softmax", Why: "causal softmax, a last row (27·T steps)", Element: lastRow},
	{Name: "bwd.h0.attn.dqkv", Why: "attention's qkv gradient, a full 1024-step chain", Element: longestQKV},
	{Name: "bwd.logits", Why: "cross-entropy gradient over 50257 classes, the longest trace"},
}

// lastRow picks an element of a causal softmax's last row (row i = T-1: every column).
func lastRow(k repops.Kernel) func(r *rand.Rand, n model.Node) uint64 {
	cs := k.(repops.CausalSoftmax)
	return func(r *rand.Rand, _ model.Node) uint64 {
		t := uint64(cs.T)
		seq := r.Uint64N(uint64(cs.Rows) / t) // (sequence, head)
		return (seq*t+t-1)*t + r.Uint64N(t)
	}
}

// longestQKV picks an element of dq at the last position (its chain runs over every
// key, T steps).
func longestQKV(k repops.Kernel) func(r *rand.Rand, n model.Node) uint64 {
	a := k.(repops.AttnGradQKV).Attn
	return func(r *rand.Rand, _ model.Node) uint64 {
		b, h, d := r.Uint64N(uint64(a.B)), r.Uint64N(uint64(a.H)), r.Uint64N(uint64(a.Dh))
		return (b*uint64(a.T)+uint64(a.T)-1)*3*uint64(a.H*a.Dh) + h*uint64(a.Dh) + d
	}
}

// gptStep is GPT-2 small's step graph as task.Build lowers it (only the nodes some
// state tensor depends on, numbered in order), laid out at trainVocab.
type gptStep struct {
	g        *train.Graph
	onChain  []int // train node -> on-chain index, -1 when left out
	nodes    int   // on-chain nodes
	writes   map[int]int
	params   int     // parameter tensors
	numel    float64 // parameters at gptVocab
	largest  []int   // the largest state tensor's shape at gptVocab
	batchTen uint32
}

func gptSpec() *train.Spec {
	return &train.Spec{Name: "gpt2-small", Dataset: "sotu", Loss: "softmax_cross_entropy", BatchSize: layoutBatch, Seed: 1,
		Transformer: &train.Transformer{Vocab: trainVocab, Context: gptContext, Width: gptWidth, Heads: gptHeads, Layers: gptLayers,
			MLP: gptMLP, Norm: "layer", NormEps: 1e-5, Activation: "gelu", TieEmbeddings: true},
		Optimizer: train.Optimizer{Type: "adamw", LR: 6e-4, Beta1: 0.9, Beta2: 0.95, Eps: 1e-8, WeightDecay: 0.1, Clip: 1,
			Warmup: 2000, DecaySteps: 600_000, MinLR: 6e-5}}
}

// gptShape is a shape of the layout at GPT-2 small's size.
func gptShape(shape []int) []int {
	out := slices.Clone(shape)
	for i, d := range out {
		out[i] = gptDim(d)
	}
	return out
}

// gptKernel is kernel k of the layout at GPT-2 small's size: the kernels the section
// disputes, rebuilt with the rows, score rows, batch and vocabulary put back.
func gptKernel(k repops.Kernel) (repops.Kernel, error) {
	switch k := k.(type) {
	case repops.MatMulK:
		return repops.MatMulK{M: gptDim(k.M), K: gptDim(k.K), N: gptDim(k.N), L: k.L}, nil
	case repops.SoftmaxXentGrad:
		return repops.SoftmaxXentGrad{M: gptDim(k.M), C: gptDim(k.C)}, nil
	case repops.NormGrad:
		k.M = gptDim(k.M)
		return k, nil
	case repops.CausalSoftmax:
		k.Rows = gptDim(k.Rows)
		return k, nil
	case repops.AttnGradQKV:
		if k.B == layoutBatch {
			k.B = gptBatch
			return k, nil
		}
	}
	return nil, fmt.Errorf("gas: kernel %v: no GPT-2 small form", k)
}

func buildGPTStep() (*gptStep, error) {
	g, err := train.BuildGraph(gptSpec(), layoutBatch, false)
	if err != nil {
		return nil, fmt.Errorf("gas: GPT-2 small step graph: %w", err)
	}
	st := &gptStep{g: g, onChain: make([]int, len(g.Nodes)), writes: map[int]int{}, batchTen: 3} // batch x, y, ones (task.BatchTensors)
	keep := g.Live()                                                                             // the nodes task.lower keeps
	for t, v := range g.Updates {
		if j := g.NodeOf(v); j >= 0 {
			st.writes[j] = t
		}
	}
	for j := range g.Nodes {
		st.onChain[j] = -1
		if keep[j] {
			st.onChain[j] = st.nodes
			st.nodes++
		}
	}
	// the state is the parameters, then adamw's two moments of each and its powers and
	// schedule (train.optimizerState)
	st.params = (len(g.State) - 2) / 3
	if 3*st.params+2 != len(g.State) {
		return nil, fmt.Errorf("gas: GPT-2 small state of %d tensors is not adamw's", len(g.State))
	}
	for _, ts := range g.State[:st.params] {
		sh := gptShape(ts.Shape)
		st.numel += float64(prod(sh))
		if st.largest == nil || prod(sh) > prod(st.largest) {
			st.largest = sh
		}
	}
	return st, nil
}

func prod(sh []int) int {
	n := 1
	for _, d := range sh {
		n *= d
	}
	return n
}

// source is the on-chain source and header of train value v (task.source).
func (st *gptStep) source(v int) (model.SynthInput, error) {
	g := st.g
	switch {
	case v < len(g.State):
		return model.SynthInput{Src: model.Source{Kind: model.SrcState, Index: uint32(v)}, Name: g.State[v].Name,
			Shape: gptShape(g.State[v].Shape)}, nil
	case v == g.BatchX() || v == g.BatchY():
		in := model.SynthInput{Src: model.Source{Kind: model.SrcBatch, Index: uint32(v - g.BatchX())}, Name: "batch.x",
			Shape: gptShape(g.ValueShape(v))}
		if v == g.BatchY() {
			in.Name = "batch.y"
		}
		in.Value = oneHot(uint64(v))
		return in, nil
	}
	j := g.NodeOf(v)
	if j < 0 || st.onChain[j] < 0 {
		return model.SynthInput{}, fmt.Errorf("gas: value %d is not on the on-chain graph", v)
	}
	in := model.SynthInput{Src: model.Source{Kind: model.SrcNode, Index: uint32(st.onChain[j])}, Name: g.Nodes[j].Name,
		Shape: gptShape(g.Nodes[j].Shape)}
	if t, ok := st.writes[j]; ok {
		in.Name = g.State[t].Name
	}
	return in, nil
}

// oneHot are a one-hot batch's values: row r holds a 1 at a pseudo-random token.
func oneHot(key uint64) func(i uint64) float32 {
	return func(i uint64) float32 {
		r, c := i/gptVocab, i%gptVocab
		x := (key<<40 ^ r) * 0x9e3779b97f4a7c15
		if (x>>20)%gptVocab == c {
			return 1
		}
		return 0
	}
}

// gptNode finds train node name.
func (st *gptStep) gptNode(name string) (int, error) {
	for j, n := range st.g.Nodes {
		if n.Name == name {
			if st.onChain[j] < 0 {
				return 0, fmt.Errorf("gas: node %s is not on the on-chain graph", name)
			}
			return j, nil
		}
	}
	return 0, fmt.Errorf("gas: no node %s in the step graph", name)
}

// GPT2Dispute is one row of the GPT-2 section.
type GPT2Dispute struct {
	Dispute
	Row      string
	Kernel   string
	Index    uint32 // on-chain node index
	Outputs  uint64
	Depth    int    // the output's data tree depth
	TraceLen uint64 // the disputed element's trace length
	Judged   string // the judged step
	Refused  string // why the contract refuses the node (then nothing else is set)
}

// gptSynthetic builds the dispute over row's node with a segment of steps.
func (st *gptStep) synthetic(row gptRow, steps uint64, seed uint64) (*model.Synthetic, GPT2Dispute, error) {
	res := GPT2Dispute{Row: row.Name, Dispute: Dispute{Size: Size{Steps: steps, Nodes: uint32(st.nodes)}}}
	j, err := st.gptNode(row.Name)
	if err != nil {
		return nil, res, err
	}
	nd := st.g.Nodes[j]
	k, err := gptKernel(nd.Kernel)
	if err != nil {
		return nil, res, err
	}
	res.Kernel, res.Index, res.Outputs = kernelName(k), uint32(st.onChain[j]), uint64(k.OutLen())
	res.Depth = model.Depth((res.Outputs + 7) / 8)
	var ins []model.SynthInput
	for _, v := range nd.Inputs {
		in, err := st.source(v)
		if err != nil {
			return nil, res, err
		}
		ins = append(ins, in)
	}
	out := gptShape(nd.Shape)
	name := nd.Name
	if t, ok := st.writes[j]; ok {
		name = st.g.State[t].Name
	}
	cfg := model.SynthConfig{SegLen: steps, Nodes: uint32(st.nodes), Seed: seed, Kernel: k, Inputs: ins, OutName: name,
		OutShape: out, Node: res.Index, StateTensors: uint32(len(st.g.State)), BatchTensors: st.batchTen, FanoutBits: FanoutBits}
	if row.Element != nil {
		cfg.Element = row.Element(k)
	}
	sx, err := model.NewSynthetic(cfg, gameClock)
	if errors.Is(err, model.ErrBadNode) {
		res.Refused = err.Error()
		return nil, res, nil
	}
	if err != nil {
		return nil, res, err
	}
	res.TraceLen = sx.TraceLen
	sh, err := model.StepShape(sx.Spec.Nodes[sx.Node], sx.Element, sx.Op)
	if err != nil {
		return nil, res, err
	}
	reads := 0
	for _, kind := range []repops.RefKind{sh.KindA, sh.KindB, sh.KindC} {
		if kind == repops.RefInput {
			reads++
		}
	}
	res.Judged = fmt.Sprintf("%v at step %d, reads %d input(s)", sh.Op, sx.Op, reads)
	return sx, res, nil
}

// kernelName describes k for the table.
func kernelName(k repops.Kernel) string {
	switch k := k.(type) {
	case repops.MatMulK:
		return fmt.Sprintf("matmul %v, %d×%d·%d×%d", k.L, k.M, k.K, k.K, k.N)
	case repops.NormGrad:
		if k.RMS {
			return fmt.Sprintf("RMS norm gradient, %d rows of %d", k.M, k.D)
		}
		return fmt.Sprintf("layer norm gradient, %d rows of %d", k.M, k.D)
	case repops.CausalSoftmax:
		return fmt.Sprintf("causal softmax, %d rows, T = %d", k.Rows, k.T)
	case repops.AttnGradQKV:
		return fmt.Sprintf("attention qkv gradient, B %d, T %d, %d heads of %d", k.B, k.T, k.H, k.Dh)
	case repops.SoftmaxXentGrad:
		return fmt.Sprintf("softmax cross-entropy gradient, %d rows of %d", k.M, k.C)
	}
	return k.String()
}

// gptCase is a built dispute, shared by the runs under each set of rules.
type gptCase struct {
	sx  *model.Synthetic
	row GPT2Dispute
}

// GPT2Cases builds the section's disputes (once: they do not depend on the rules).
func GPT2Cases(segments []uint64, rows []gptRow) (*gptStep, []gptCase, error) {
	st, err := buildGPTStep()
	if err != nil {
		return nil, nil, err
	}
	var cases []gptCase
	for i, row := range rows {
		for s, steps := range segments {
			sx, r, err := st.synthetic(row, steps, uint64(100+10*i+s))
			if err != nil {
				return nil, nil, fmt.Errorf("gas: GPT-2 %s: %w", row.Name, err)
			}
			cases = append(cases, gptCase{sx: sx, row: r})
		}
	}
	return st, cases, nil
}

// MeasureGPT2 plays the section's disputes; the liar must lose each at the one-step
// check.
func MeasureGPT2(d *driver, cases []gptCase) ([]GPT2Dispute, error) {
	var out []GPT2Dispute
	for _, c := range cases {
		r := c.row
		if c.sx != nil {
			res, err := playDispute(d, c.sx, r.Size)
			if err != nil {
				return out, fmt.Errorf("gas: GPT-2 %s over %d steps: %w", r.Row, r.Steps, err)
			}
			if res.Winner != model.ChallengerWins || res.OneStep == 0 {
				return out, fmt.Errorf("gas: GPT-2 %s over %d steps: the liar did not lose at the one-step check (%v)", r.Row, r.Steps, res.Winner)
			}
			r.Dispute = res
		}
		out = append(out, r)
	}
	return out, nil
}

// maxSequences is the largest batch (in sequences of gptContext) whose logits stay
// within validNode's 32-bit element count.
func maxSequences() uint64 { return math.MaxUint32 / (gptContext * gptVocab) }

// MarkdownGPT2 renders the GPT-2 small section of reps (empty when none has one).
func MarkdownGPT2(reps []Report, st *gptStep) string {
	if st == nil || len(reps) == 0 || len(reps[0].GPT2) == 0 {
		return ""
	}
	var b strings.Builder
	nState := len(st.g.State)
	ls := st.largest
	fmt.Fprintf(&b, "\n## GPT-2 small: disputes over one step of a real layer\n\n"+
		"One training step of GPT-2 small: width %d, MLP %d, context %d, vocabulary %d, %d heads of %d, %d layers, tied "+
		"embeddings, layer norm, GELU, AdamW with gradient clipping; a batch of %d sequences (%d rows). "+
		"The step graph is train.BuildGraph's, lowered as task.Build lowers it (the nodes some state tensor depends on): "+
		"%d nodes (laid out at vocabulary %d and a batch of %d sequences, the most train validates: tokens are bytes and a step computes "+
		"at most 2^32 values; neither changes the nodes, their order or their sources, only shapes, which the section puts back at "+
		"GPT-2 small's). "+
		"The state is %d tensors (%d parameter tensors, %.1fM parameters, and AdamW's two moments of each, its powers and its schedule: "+
		"a state tree of depth %d); the largest tensor is %d×%d (a data tree of depth %d). "+
		"Each row disputes the named node (block 0's where a block's: every block's node has the same shape and tree depths) at its "+
		"on-chain index, with its real sources and kernel at GPT-2 small shape; the element "+
		"is random (seeded) unless the row says otherwise, and so is the liar's op (moved until it changes the element). "+
		"Clock, fan-out and market setup as above; these moves are not in the function table above.\n\n",
		gptWidth, gptMLP, gptContext, gptVocab, gptHeads, gptWidth/gptHeads, gptLayers, gptBatch, gptBatch*gptContext,
		st.nodes, trainVocab, layoutBatch, nState, st.params, st.numel/1e6, model.Depth(uint64(nState)+1), ls[0], ls[1],
		model.Depth(uint64(prod(ls)+7)/8))
	b.WriteString("Only the disputed path is computed (model.NewSynthetic with a kernel): the element's trace from the input values it " +
		"reads (its steps are the contract's own derivation, model.StepShape, evaluated with repops.Eval3; the model's tests check " +
		"them against repops Kernel.Trace leaf for leaf), the input values pseudo-random (one-hot batches one-hot) and generated " +
		"only where read. Trees too large to build (the output's, the inputs' data trees, up to 2^26 leaves) are hashed for real " +
		"along the paths to the leaves the dispute opens (the element's, every leaf its trace reads); a subtree off those paths " +
		"whose root sits at a height the game reveals is a pseudo-random hash both parties share, so every frontier and proof " +
		"the game checks is consistent and of the real depth. The segment, graph, state and trace trees are built in full.\n\n")
	fmt.Fprintf(&b, "validNode refuses none of these nodes: every element count and input index fits its 32-bit payloads. The "+
		"largest tensors, the logits and their gradient (%d×%d = %d elements), would pass 2^32 at %d sequences of %d per batch.\n\n",
		gptBatch*gptContext, gptVocab, gptBatch*gptContext*gptVocab, maxSequences()+1, gptContext)
	for _, rep := range reps {
		fmt.Fprintf(&b, "### GPT-2 small disputes (%s)\n\n| node (on-chain index) | kernel | outputs (tree depth) | element's trace steps | steps | moves | "+
			"total gas | worst move | one-step check (judged step) | challenge | settle |\n|---|---|---|---|---|---|---|---|---|---|---|\n", rep.Rules)
		for _, r := range rep.GPT2 {
			if r.Refused != "" {
				fmt.Fprintf(&b, "| %s | %s | %d | refused: %s | %d | | | | | | |\n", r.Row, r.Kernel, r.Outputs, r.Refused, r.Steps)
				continue
			}
			fmt.Fprintf(&b, "| %s (%d) | %s | %d (%d) | %d | %d | %d | %d | %s %d | %d (%s) | %d | %d |\n", r.Row, r.Index, r.Kernel,
				r.Outputs, r.Depth, r.TraceLen, r.Steps, r.Moves, r.Total, r.Worst.Name, r.Worst.Gas, r.OneStep, r.Judged,
				r.Challenge, r.Settle)
		}
		b.WriteString("\n")
	}
	b.WriteString("Why these nodes: ")
	for i, row := range GPT2Rows {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s, %s", row.Name, row.Why)
	}
	b.WriteString(". Every dispute ends at the one-step check, which the liar loses.\n")
	return b.String()
}
