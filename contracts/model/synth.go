package model

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/merkle"
	"github.com/veritrain/veritrain/repops"
)

// SynthConfig sizes a synthetic dispute: a segment of SegLen steps, a step graph of
// Nodes nodes, and a disputed matmul node whose elements have TraceOps scalar steps
// (K = TraceOps/2) and Rows×Cols outputs, its two inputs state tensors computed in
// full.
//
// With Kernel set the disputed node is instead node Node running Kernel, any judged
// repops kernel at any size (TraceOps, Rows and Cols are ignored): Inputs are its input
// slots, OutName and OutShape its output's header, StateTensors and BatchTensors the
// numbers of tensors in a state and in a step's batch (the depths of those trees), and
// FanoutBits the game's fan-out. Nothing is computed in full: the disputed element's
// trace is computed from the values it reads, and the trees too large to build (the
// output's, the inputs' data trees) are hashed for real only along the paths a dispute
// opens (see lazyTree). Element picks the disputed element (nil: a random one with a
// nonempty trace).
type SynthConfig struct {
	SegLen     uint64
	Nodes      uint32
	TraceOps   int
	Rows, Cols int
	Seed       uint64

	Kernel       repops.Kernel
	Inputs       []SynthInput
	OutName      string
	OutShape     []int
	Node         uint32
	StateTensors uint32
	BatchTensors uint32
	FanoutBits   int
	Element      func(r *rand.Rand, n Node) uint64
}

// Synthetic is a dispute at full scale where only the disputed path is computed for
// real: the state before the disputed step (two tensors feeding a matmul), the
// disputed node and its output, and the element's trace. Every other state root, node
// output and node descriptor is a pseudo-random hash that both parties share (the
// liar's own after the point it departs). Gas and move counts depend only on the
// trees' shapes and the judged step, so this measures what a real dispute costs.
type Synthetic struct {
	Spec        *Spec
	Truth, Liar View
	Setup       Setup
	// Where the liar departs: the step (segment index p), node, element and op.
	P       uint64
	Node    uint32
	Element uint64
	Op      uint64
	// TraceLen is the disputed element's trace length.
	TraceLen uint64
	// parties are a kernel synthetic's truth and liar (Truth and Liar are then nil: a
	// View's trees are built in full).
	parties [2]*synthParty
}

type synthView struct {
	liar   bool
	sx     *Synthetic
	seg    *Tree
	graph  *Tree
	prev   *checkpoint.State
	state  *Tree
	out    []float32
	outT   *Tree
	trace  *Tree
	header [32]byte
}

func fakeHash(tag string, i uint64) [32]byte {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], i)
	return sha256.Sum256(append([]byte(tag), b[:]...))
}

// NewSynthetic builds the dispute of cfg with the liar departing at a random point.
func NewSynthetic(cfg SynthConfig, clock uint64) (*Synthetic, error) {
	if cfg.Kernel != nil {
		return newKernelSynthetic(cfg, clock)
	}
	if cfg.TraceOps < 2 || cfg.SegLen < 1 || cfg.Nodes < 1 || cfg.Rows < 1 || cfg.Cols < 1 {
		return nil, fmt.Errorf("synthetic %+v: %w", cfg, ErrBadSetup)
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5e))
	k := repops.MatMulK{M: cfg.Rows, K: cfg.TraceOps / 2, N: cfg.Cols, L: repops.NN}
	sx := &Synthetic{P: 1 + r.Uint64N(cfg.SegLen), Node: uint32(r.Uint64N(uint64(cfg.Nodes))),
		Element: r.Uint64N(uint64(k.OutLen())), Op: r.Uint64N(uint64(2 * k.K)), TraceLen: uint64(k.K)}
	prev := &checkpoint.State{SpecHash: [32]byte{9}, Step: sx.P - 1, Tensors: []checkpoint.Tensor{
		{Name: "a", Shape: []int{k.M, k.K}, Data: randVec(r, k.M*k.K, 1)},
		{Name: "b", Shape: []int{k.K, k.N}, Data: randVec(r, k.K*k.N, 1)},
	}}
	outHdr := checkpoint.HeaderHash(&checkpoint.Tensor{Name: "y", Shape: []int{k.M, k.N}})
	desc := NodeFromKernel(k, outHdr, SrcState, 0, SrcState, 1)
	spec := &Spec{Nodes: make([]Node, cfg.Nodes)}
	spec.Nodes[sx.Node] = desc
	leaves := make([][32]byte, cfg.Nodes)
	for j := range leaves {
		leaves[j] = fakeHash("node", uint64(j))
	}
	leaves[sx.Node] = desc.Leaf()
	spec.NodesTree = NewTree(leaves)
	spec.StateMap = NewTree(make([][32]byte, 3))
	spec.StateDepth = uint8(spec.StateMap.Depth())
	spec.DataTree = NewTree([][32]byte{fakeHash("data", 0)})
	sx.Spec = spec

	in := [][]float32{prev.Tensors[0].Data, prev.Tensors[1].Data}
	out := make([]float32, k.OutLen())
	k.Run(out, in)
	w := &World{kernels: []repops.Kernel{k}, fault: Fault{Kind: FaultOp, Op: sx.Op}}
	// an early error can be absorbed by the sums after it: move it until it shows
	for {
		t := w.faultyTrace(k, in, int(sx.Element))
		if t[len(t)-1].Result != out[sx.Element] {
			break
		}
		sx.Op = (sx.Op + 1) % uint64(len(t))
		w.fault.Op = sx.Op
	}
	for _, liar := range []bool{false, true} {
		v := &synthView{liar: liar, sx: sx, prev: prev, header: outHdr}
		v.state = NewTree(prev.Leaves())
		tr := k.Trace(in, int(sx.Element))
		v.out = out
		if liar {
			tr = w.faultyTrace(k, in, int(sx.Element))
			v.out = append([]float32(nil), out...)
			v.out[sx.Element] = tr[len(tr)-1].Result
		}
		tl := make([][32]byte, len(tr))
		for i, st := range tr {
			tl[i] = st.Leaf()
		}
		v.trace = NewTree(tl)
		v.outT = dataTree(v.out)
		outRoot := checkpoint.TensorRoot(&checkpoint.Tensor{Name: "y", Shape: []int{k.M, k.N}, Data: v.out})
		g := make([][32]byte, cfg.Nodes)
		for j := range g {
			g[j] = fakeHash("out", uint64(j))
			if liar && uint32(j) > sx.Node {
				g[j] = fakeHash("liar out", uint64(j))
			}
		}
		g[sx.Node] = outRoot
		v.graph = NewTree(g)
		seg := make([][32]byte, cfg.SegLen+1)
		for p := range seg {
			seg[p] = fakeHash("state", uint64(p))
			if liar && uint64(p) >= sx.P {
				seg[p] = fakeHash("liar state", uint64(p))
			}
		}
		seg[sx.P-1] = v.state.Root()
		v.seg = NewTree(seg)
		if liar {
			sx.Liar = v
		} else {
			sx.Truth = v
		}
	}
	sx.Setup = Setup{NodesRoot: spec.NodesTree.Root(), StateMapRoot: spec.StateMap.Root(), DataRoot: spec.DataTree.Root(),
		Agreed: sx.Liar.Segment(0, cfg.SegLen).Leaf(0), Disputed: sx.Liar.Segment(0, cfg.SegLen).Leaf(cfg.SegLen),
		SegLen: cfg.SegLen, NumNodes: cfg.Nodes, StateDepth: spec.StateDepth, Clock: clock}
	return sx, nil
}

func (v *synthView) Segment(first, segLen uint64) *Tree { return v.seg }
func (v *synthView) Graph(s uint64) *Tree               { return v.graph }
func (v *synthView) State(s uint64) *Tree               { return v.state }
func (v *synthView) Output(s uint64, j uint32) ([32]byte, *Tree) {
	return v.header, v.outT
}
func (v *synthView) StateTensor(s uint64, t uint32) ([32]byte, *Tree) {
	x := &v.prev.Tensors[t]
	return checkpoint.HeaderHash(x), dataTree(x.Data)
}
func (v *synthView) Trace(s uint64, j uint32, e uint64) *Tree { return v.trace }

// Solver is the strategy of the lying solver of the dispute, Challenger the honest
// challenger's: HonestSolver and HonestChallenger over Liar and Truth for the matmul
// synthetic, their twins over the partly materialised trees for a kernel synthetic
// (SynthConfig.Kernel).
func (sx *Synthetic) Solver() Strategy {
	if sx.parties[1] != nil {
		return synthSolver{sx.parties[1]}
	}
	return HonestSolver{V: sx.Liar, Spec: sx.Spec}
}

// Challenger: see Solver.
func (sx *Synthetic) Challenger() Strategy {
	if sx.parties[0] != nil {
		return synthChallenger{sx.parties[0]}
	}
	return HonestChallenger{V: sx.Truth}
}

// SynthInput is one input slot of a kernel synthetic's disputed node: where it reads
// from (a state tensor, a batch tensor or an earlier node's output), its tensor's
// header (name and shape) and its values by element index. Values are computed only
// where they are needed: the elements the disputed trace reads and the rest of their
// data leaves. Slots with the same source share one tensor (the first slot's header
// and values).
type SynthInput struct {
	Src   Source
	Name  string
	Shape []int
	Value func(i uint64) float32 // nil: pseudo-random in [-1, 1), from the seed and the source
}

// lazyTensor is an input tensor given by its values' function, with its data tree
// hashed for real only along the paths to the leaves the disputed trace reads.
type lazyTensor struct {
	hdr   [32]byte
	n     uint64
	val   func(i uint64) float32
	reads map[uint64]bool // data leaves the disputed element's trace reads
	tree  *lazyTree
	root  [32]byte // the tensor root (TensorRoot)
}

func (t *lazyTensor) at(i uint64) float32 {
	t.reads[i/checkpoint.FloatsPerLeaf] = true
	return t.val(i)
}

// leaf is data leaf i (checkpoint.DataLeaf of the whole tensor).
func (t *lazyTensor) leaf(i uint64) [32]byte {
	var l [32]byte
	for k := uint64(0); k < checkpoint.FloatsPerLeaf; k++ {
		if e := i*checkpoint.FloatsPerLeaf + k; e < t.n {
			binary.LittleEndian.PutUint32(l[4*k:], math.Float32bits(t.val(e)))
		}
	}
	return l
}

// splitmix is a 64-bit mixer (SplitMix64's finaliser).
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// uniformValues are pseudo-random values in [-1, 1) keyed by seed and source.
func uniformValues(seed uint64, src Source) func(i uint64) float32 {
	key := splitmix(seed ^ uint64(src.Kind)<<56 ^ uint64(src.Index)<<24)
	return func(i uint64) float32 {
		return float32(splitmix(key^i)>>40)/(1<<23) - 1
	}
}

// merkleTree is what a party opens of a tree: *Tree, or a lazyTree too large to build.
type merkleTree interface {
	Root() [32]byte
	Depth() int
	Leaf(i uint64) [32]byte
	Prove(i uint64) [][32]byte
	Frontier(idx uint64, rem, w int) [][32]byte
}

// lazyTree is a Merkle tree of the checkpoint scheme over n leaves (zero leaves past n,
// as Tree) that is too large to build: it is hashed for real along the paths to the
// known leaves, and every subtree that holds none of them and whose root sits at a
// height the game reveals (depth, depth-cut, depth-2·cut, ..., cut the fan-out bits)
// is a pseudo-random hash of (tag, height, index) instead of its real root. Between
// those heights, and below the lowest, nodes are hashed from their children, so that
// every frontier a descent towards a known leaf reveals hashes to its node and every
// proof of a known leaf verifies against the root. Raw leaves come from leaf.
type lazyTree struct {
	n     uint64
	depth int
	cut   int
	known []uint64 // sorted
	leaf  func(i uint64) [32]byte
	tag   [32]byte
	memo  map[[2]uint64][32]byte // nodes that hold a known leaf
}

func newLazyTree(n uint64, cut int, known []uint64, leaf func(i uint64) [32]byte, tag [32]byte) *lazyTree {
	slices.Sort(known)
	return &lazyTree{n: max(n, 1), depth: Depth(max(n, 1)), cut: cut, known: slices.Compact(known), leaf: leaf, tag: tag,
		memo: map[[2]uint64][32]byte{}}
}

// holds says whether the subtree at height h and index i holds a known leaf.
func (t *lazyTree) holds(h int, i uint64) bool {
	lo := i << h
	k, _ := slices.BinarySearch(t.known, lo)
	return k < len(t.known) && t.known[k]>>h == i
}

func (t *lazyTree) node(h int, i uint64) [32]byte {
	if i<<h >= t.n {
		return merkle.ZeroHash(h)
	}
	if h == 0 {
		return merkle.LeafHash(t.leaf(i))
	}
	held := t.holds(h, i)
	if !held && (t.depth-h)%t.cut == 0 {
		var b [32 + 1 + 8]byte
		copy(b[:], t.tag[:])
		b[32] = byte(h)
		binary.LittleEndian.PutUint64(b[33:], i)
		return sha256.Sum256(b[:])
	}
	key := [2]uint64{uint64(h), i}
	if v, ok := t.memo[key]; ok {
		return v
	}
	v := merkle.NodeHash(t.node(h-1, 2*i), t.node(h-1, 2*i+1))
	if held {
		t.memo[key] = v
	}
	return v
}

func (t *lazyTree) Root() [32]byte { return t.node(t.depth, 0) }
func (t *lazyTree) Depth() int     { return t.depth }

func (t *lazyTree) Leaf(i uint64) [32]byte {
	if i < t.n {
		return t.leaf(i)
	}
	return [32]byte{}
}

func (t *lazyTree) Prove(i uint64) [][32]byte {
	p := make([][32]byte, t.depth)
	for h := range p {
		p[h] = t.node(h, (i>>h)^1)
	}
	return p
}

func (t *lazyTree) Frontier(idx uint64, rem, w int) [][32]byte {
	return frontier(t.Leaf, t.node, idx, rem, w)
}

// synthTrace is an element's trace computed from its step shapes (StepShape, the
// contract's own derivation) and the input values the steps read: the same steps
// repops Kernel.Trace records (the tests compare them), without the whole input
// tensors that Kernel.Trace indexes.
type synthTrace struct {
	shapes []Shape
	res    []float32
}

func (t *synthTrace) operand(kind repops.RefKind, slot uint8, pay uint32, in func(uint8, uint64) float32) float32 {
	switch kind {
	case repops.RefConst:
		return math.Float32frombits(pay)
	case repops.RefInput:
		return in(slot, uint64(pay))
	case repops.RefStep:
		return t.res[pay]
	}
	return 0
}

func (t *synthTrace) eval(i uint64, in func(uint8, uint64) float32) float32 {
	s := &t.shapes[i]
	return repops.Eval3(s.Op, t.operand(s.KindA, s.SlotA, s.PayA, in), t.operand(s.KindB, s.SlotB, s.PayB, in),
		t.operand(s.KindC, s.SlotC, s.PayC, in))
}

// evalTrace is element e's trace of node n with input values in(slot, index).
func evalTrace(n Node, e uint64, in func(uint8, uint64) float32) (*synthTrace, error) {
	l, err := TraceLengthAt(n, e)
	if err != nil {
		return nil, err
	}
	t := &synthTrace{shapes: make([]Shape, l), res: make([]float32, l)}
	for i := range l {
		if t.shapes[i], err = StepShape(n, e, i); err != nil {
			return nil, err
		}
		t.res[i] = t.eval(i, in)
	}
	return t, nil
}

// faulty is t with step bad off by one ulp and every later step recomputed from it
// (World.faultyTrace).
func (t *synthTrace) faulty(bad uint64, in func(uint8, uint64) float32) *synthTrace {
	f := &synthTrace{shapes: t.shapes, res: slices.Clone(t.res)}
	for i := bad; i < uint64(len(f.res)); i++ {
		f.res[i] = f.eval(i, in)
		if i == bad {
			f.res[i] = math.Float32frombits(math.Float32bits(f.res[i]) + 1)
		}
	}
	return f
}

func (t *synthTrace) result() float32 {
	if len(t.res) == 0 {
		return 0
	}
	return t.res[len(t.res)-1]
}

func (t *synthTrace) tree() *Tree {
	leaves := make([][32]byte, len(t.shapes))
	for i, s := range t.shapes {
		leaves[i] = s.Encode(math.Float32bits(t.res[i]))
	}
	return NewTree(leaves)
}

// synthParty is one side of a kernel synthetic: its trees and what it opens.
type synthParty struct {
	sx                       *Synthetic
	seg, graph, state, trace *Tree
	out                      *lazyTree
	outHdr                   [32]byte
	ins                      []*lazyTensor // by input slot
	batch, data              *Tree
	nextMeta                 [32]byte
}

// at is the tree the party commits to at the game's level (nil: the state after the
// step, which the synthetic leaves out: the assembly is never disputed).
func (p *synthParty) at(g *Game) merkleTree {
	switch g.Level {
	case LevelSteps:
		return p.seg
	case LevelGraph:
		return p.graph
	case LevelTensor:
		return p.out
	case LevelTrace:
		return p.trace
	}
	return nil
}

func topOf(t merkleTree, depth, fanout int) [][32]byte {
	return t.Frontier(0, depth, min(depth, fanout))
}

// synthSolver is HonestSolver over a synthParty.
type synthSolver struct{ p *synthParty }

// Next implements Strategy.
func (s synthSolver) Next(g *Game) Move {
	p, fb, sp := s.p, g.FanoutBits, s.p.sx.Spec
	switch g.Phase {
	case PhaseCommitSteps:
		d := Depth(g.S.SegLen + 1)
		return CommitSteps{Root: p.seg.Root(), LastProof: p.seg.Prove(g.S.SegLen), Frontier: topOf(p.seg, d, fb)}
	case PhaseReveal:
		if t := p.at(g); t != nil {
			return Reveal{Frontier: t.Frontier(g.Idx, g.Rem, g.Width())}
		}
	case PhaseCommitGraph:
		return CommitGraph{PrevState: p.seg.Leaf(g.Step - 1), PrevProof: p.seg.Prove(g.Step - 1), Root: p.graph.Root(),
			Frontier: topOf(p.graph, Depth(uint64(g.S.NumNodes)), fb)}
	case PhaseOpenNode:
		if g.Node != p.sx.Node {
			return nil // only the disputed node is described
		}
		n := sp.Nodes[g.Node]
		return OpenNode{Desc: n, DescProof: sp.NodesTree.Prove(uint64(g.Node)), Header: p.outHdr, DataRoot: p.out.Root(),
			Frontier: topOf(p.out, Depth((n.Numel+7)/8), fb)}
	case PhaseOpenTrace:
		return OpenTrace{Root: p.trace.Root(), LastLeaf: p.trace.Leaf(g.TraceLen - 1), LastProof: p.trace.Prove(g.TraceLen - 1),
			Frontier: topOf(p.trace, Depth(g.TraceLen), fb)}
	case PhaseDefendStep:
		sh, err := StepShape(g.Desc, g.Element, g.Idx)
		if err != nil {
			return nil
		}
		return DefendStep{A: p.open(g, sh.KindA, sh.SlotA, sh.PayA), B: p.open(g, sh.KindB, sh.SlotB, sh.PayB),
			C: p.open(g, sh.KindC, sh.SlotC, sh.PayC)}
	}
	return nil
}

func (p *synthParty) open(g *Game, kind repops.RefKind, slot uint8, pay uint32) Opening {
	var o Opening
	switch kind {
	case repops.RefConst, repops.RefNone:
		return o
	case repops.RefStep:
		o.Src, o.SrcProof = p.trace.Leaf(uint64(pay)), p.trace.Prove(uint64(pay))
		return o
	}
	if int(slot) >= len(p.ins) {
		return o
	}
	src, in := g.Desc.Source(slot), p.ins[slot]
	idx := uint64(src.Index)
	switch src.Kind {
	case SrcState:
		o.Src, o.SrcProof = p.state.Leaf(idx+1), p.state.Prove(idx+1)
	case SrcBatch:
		s := g.S.FirstStep + g.Step - 1
		o.BatchRoot, o.NextMeta, o.BatchProof = p.batch.Root(), p.nextMeta, p.data.Prove(s)
		o.Src, o.SrcProof = p.batch.Leaf(idx), p.batch.Prove(idx)
	case SrcNode:
		o.Src, o.SrcProof = p.graph.Leaf(idx), p.graph.Prove(idx)
	}
	o.Header = in.hdr
	o.DataLeaf, o.DataProof = in.tree.Leaf(uint64(pay/8)), in.tree.Prove(uint64(pay/8))
	return o
}

// synthChallenger is HonestChallenger over a synthParty.
type synthChallenger struct{ p *synthParty }

// Next implements Strategy.
func (c synthChallenger) Next(g *Game) Move {
	if g.Phase != PhasePick {
		return nil
	}
	f := g.Frontier()
	t := c.p.at(g)
	if t == nil {
		return pickOf(g, f, 0, 0)
	}
	return disputeFrontier(g, f, t.Frontier(g.Idx, g.Rem, g.Width()))
}

// tagOf is the tag of a lazy tree's pseudo-random subtrees.
func tagOf(seed uint64, what string, i uint64) [32]byte {
	return fakeHash(fmt.Sprintf("%s %d", what, seed), i)
}

// newKernelSynthetic is NewSynthetic for a disputed node of any kernel (cfg.Kernel).
func newKernelSynthetic(cfg SynthConfig, clock uint64) (*Synthetic, error) {
	k := cfg.Kernel
	bad := func(why string, args ...any) error {
		return fmt.Errorf("synthetic %v: %s: %w", k, fmt.Sprintf(why, args...), ErrBadSetup)
	}
	lens := k.InLens()
	switch {
	case cfg.SegLen < 1 || cfg.Nodes < 1 || cfg.Node >= cfg.Nodes || cfg.FanoutBits < 1:
		return nil, bad("segment %d, node %d of %d, fan-out %d bits", cfg.SegLen, cfg.Node, cfg.Nodes, cfg.FanoutBits)
	case cfg.StateTensors < 1 || uint64(cfg.StateTensors)+1 > 1<<MaxStateDepth:
		return nil, bad("%d state tensors", cfg.StateTensors)
	case len(cfg.Inputs) != len(lens):
		return nil, bad("%d inputs for %d slots", len(cfg.Inputs), len(lens))
	}
	numel := func(shape []int) uint64 {
		n := uint64(1)
		for _, d := range shape {
			n *= uint64(d)
		}
		return n
	}
	if numel(cfg.OutShape) != uint64(k.OutLen()) {
		return nil, bad("output shape %v for %d elements", cfg.OutShape, k.OutLen())
	}
	srcs := make([]Source, len(cfg.Inputs))
	tensors := map[Source]*lazyTensor{}
	ins := make([]*lazyTensor, len(cfg.Inputs))
	for slot, in := range cfg.Inputs {
		srcs[slot] = in.Src
		if n := numel(in.Shape); n != uint64(lens[slot]) {
			return nil, bad("input %d: shape %v for %d elements", slot, in.Shape, lens[slot])
		}
		switch in.Src.Kind {
		case SrcState:
			if in.Src.Index >= cfg.StateTensors {
				return nil, bad("input %d: state tensor %d of %d", slot, in.Src.Index, cfg.StateTensors)
			}
		case SrcBatch:
			if in.Src.Index >= cfg.BatchTensors {
				return nil, bad("input %d: batch tensor %d of %d", slot, in.Src.Index, cfg.BatchTensors)
			}
		case SrcNode:
			if in.Src.Index >= cfg.Node {
				return nil, bad("input %d: node %d is not before node %d", slot, in.Src.Index, cfg.Node)
			}
		default:
			return nil, bad("input %d: source kind %d", slot, in.Src.Kind)
		}
		if t, ok := tensors[in.Src]; ok {
			ins[slot] = t
			continue
		}
		val := in.Value
		if val == nil {
			val = uniformValues(cfg.Seed, in.Src)
		}
		t := &lazyTensor{hdr: checkpoint.HeaderHash(&checkpoint.Tensor{Name: in.Name, Shape: in.Shape}), n: uint64(lens[slot]),
			val: val, reads: map[uint64]bool{}}
		tensors[in.Src], ins[slot] = t, t
	}
	outHdr := checkpoint.HeaderHash(&checkpoint.Tensor{Name: cfg.OutName, Shape: cfg.OutShape})
	desc, err := NewNode(k, outHdr, srcs...)
	if err != nil {
		return nil, fmt.Errorf("synthetic %v: %w", k, err)
	}
	if !desc.Valid() {
		return nil, fmt.Errorf("synthetic %v: the contract's validNode refuses the descriptor (sizes past its 32-bit bounds): %w", k, ErrBadNode)
	}

	r := rand.New(rand.NewPCG(cfg.Seed, 0x5e))
	sx := &Synthetic{P: 1 + r.Uint64N(cfg.SegLen), Node: cfg.Node}
	if cfg.Element != nil {
		sx.Element = cfg.Element(r, desc)
	} else {
		for try := 0; try < 64; try++ {
			sx.Element = r.Uint64N(desc.Numel)
			if l, err := TraceLengthAt(desc, sx.Element); err == nil && l > 0 {
				break
			}
		}
	}
	if sx.Element >= desc.Numel {
		return nil, bad("element %d of %d", sx.Element, desc.Numel)
	}
	read := func(slot uint8, i uint64) float32 { return ins[slot].at(i) }
	tr, err := evalTrace(desc, sx.Element, read)
	if err != nil {
		return nil, fmt.Errorf("synthetic %v: %w", k, err)
	}
	sx.TraceLen = uint64(len(tr.res))
	if sx.TraceLen == 0 {
		return nil, bad("element %d has an empty trace (it is +0): nothing to dispute", sx.Element)
	}
	// an early error can be absorbed by the steps after it (a max, a long sum): draw
	// again, and after 32 draws move it halfway to the end until it shows (an error in
	// the last step always does)
	sx.Op = r.Uint64N(sx.TraceLen)
	var lie *synthTrace
	for try := 1; ; try++ {
		lie = tr.faulty(sx.Op, read)
		if math.Float32bits(lie.result()) != math.Float32bits(tr.result()) {
			break
		}
		if try < 32 {
			sx.Op = r.Uint64N(sx.TraceLen)
		} else {
			sx.Op += (sx.TraceLen - sx.Op) / 2
		}
	}

	// the data leaf holding the element: its other lanes computed for real (without
	// recording their reads: their paths are not opened)
	peek := func(slot uint8, i uint64) float32 { return ins[slot].val(i) }
	leafAt := sx.Element / checkpoint.FloatsPerLeaf
	var truthLeaf [32]byte
	for lane := uint64(0); lane < checkpoint.FloatsPerLeaf; lane++ {
		e := leafAt*checkpoint.FloatsPerLeaf + lane
		v := tr.result()
		if e >= desc.Numel {
			v = 0
		} else if e != sx.Element {
			t, err := evalTrace(desc, e, peek)
			if err != nil {
				return nil, fmt.Errorf("synthetic %v: %w", k, err)
			}
			v = t.result()
		}
		binary.LittleEndian.PutUint32(truthLeaf[4*lane:], math.Float32bits(v))
	}
	liarLeaf := truthLeaf
	binary.LittleEndian.PutUint32(liarLeaf[4*(sx.Element%checkpoint.FloatsPerLeaf):], math.Float32bits(lie.result()))

	// the inputs' data trees, real along the paths to the leaves the trace reads
	for src, t := range tensors {
		known := make([]uint64, 0, len(t.reads))
		for i := range t.reads {
			known = append(known, i)
		}
		t.tree = newLazyTree((t.n+7)/8, cfg.FanoutBits, known, t.leaf, tagOf(cfg.Seed, "input", uint64(src.Kind)<<32|uint64(src.Index)))
		t.root = merkle.Hash65(merkle.TensorPrefix, t.hdr, t.tree.Root())
	}

	spec := &Spec{Nodes: make([]Node, cfg.Nodes)}
	spec.Nodes[sx.Node] = desc
	leaves := make([][32]byte, cfg.Nodes)
	for j := range leaves {
		leaves[j] = fakeHash("node", uint64(j))
	}
	leaves[sx.Node] = desc.Leaf()
	spec.NodesTree = NewTree(leaves)
	spec.StateMap = NewTree(make([][32]byte, 1+cfg.StateTensors))
	spec.StateDepth = uint8(spec.StateMap.Depth())
	// the state before the step: its meta and tensor roots, real for the node's inputs
	st := make([][32]byte, 1+cfg.StateTensors)
	for t := range st {
		st[t] = fakeHash("state tensor", uint64(t))
	}
	st[0] = fakeHash("meta", sx.P-1)
	// the step's batch and its data leaf (with the next state's meta)
	bt := make([][32]byte, max(cfg.BatchTensors, 1))
	for t := range bt {
		bt[t] = fakeHash("batch tensor", uint64(t))
	}
	for src, t := range tensors {
		switch src.Kind {
		case SrcState:
			st[src.Index+1] = t.root
		case SrcBatch:
			bt[src.Index] = t.root
		}
	}
	state, batch := NewTree(st), NewTree(bt)
	nextMeta := fakeHash("next meta", sx.P-1)
	dl := make([][32]byte, cfg.SegLen)
	for s := range dl {
		dl[s] = fakeHash("data", uint64(s))
	}
	dl[sx.P-1] = StepDataLeaf(batch.Root(), nextMeta)
	spec.DataTree = NewTree(dl)
	sx.Spec = spec

	outTag := tagOf(cfg.Seed, "output", uint64(sx.Node))
	outLeaves := (desc.Numel + 7) / 8
	for _, liar := range []bool{false, true} {
		p := &synthParty{sx: sx, outHdr: outHdr, ins: ins, state: state, batch: batch, data: spec.DataTree, nextMeta: nextMeta}
		mine, t := truthLeaf, tr
		if liar {
			mine, t = liarLeaf, lie
		}
		p.trace = t.tree()
		p.out = newLazyTree(outLeaves, cfg.FanoutBits, []uint64{leafAt}, func(i uint64) [32]byte {
			if i == leafAt {
				return mine
			}
			return fakeHash(fmt.Sprintf("output leaf %d", cfg.Seed), i)
		}, outTag)
		g := make([][32]byte, cfg.Nodes)
		for j := range g {
			g[j] = fakeHash("out", uint64(j))
			if liar && uint32(j) > sx.Node {
				g[j] = fakeHash("liar out", uint64(j))
			}
		}
		for src, t := range tensors {
			if src.Kind == SrcNode {
				g[src.Index] = t.root
			}
		}
		g[sx.Node] = merkle.Hash65(merkle.TensorPrefix, outHdr, p.out.Root())
		p.graph = NewTree(g)
		seg := make([][32]byte, cfg.SegLen+1)
		for s := range seg {
			seg[s] = fakeHash("state", uint64(s))
			if liar && uint64(s) >= sx.P {
				seg[s] = fakeHash("liar state", uint64(s))
			}
		}
		seg[sx.P-1] = state.Root()
		p.seg = NewTree(seg)
		sx.parties[btoi(liar)] = p
	}
	liarSeg := sx.parties[1].seg
	sx.Setup = Setup{NodesRoot: spec.NodesTree.Root(), StateMapRoot: spec.StateMap.Root(), DataRoot: spec.DataTree.Root(),
		Agreed: liarSeg.Leaf(0), Disputed: liarSeg.Leaf(cfg.SegLen), SegLen: cfg.SegLen, NumNodes: cfg.Nodes,
		StateDepth: spec.StateDepth, Clock: clock}
	return sx, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
