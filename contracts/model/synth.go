package model

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/repops"
)

// SynthConfig sizes a synthetic dispute: a segment of SegLen steps, a step graph of
// Nodes nodes, and a disputed matmul node whose elements have TraceOps scalar steps
// (K = TraceOps/2) and Rows×Cols outputs.
type SynthConfig struct {
	SegLen     uint64
	Nodes      uint32
	TraceOps   int
	Rows, Cols int
	Seed       uint64
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
	if cfg.TraceOps < 2 || cfg.SegLen < 1 || cfg.Nodes < 1 || cfg.Rows < 1 || cfg.Cols < 1 {
		return nil, fmt.Errorf("synthetic %+v: %w", cfg, ErrBadSetup)
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5e))
	k := repops.MatMulK{M: cfg.Rows, K: cfg.TraceOps / 2, N: cfg.Cols, L: repops.NN}
	sx := &Synthetic{P: 1 + r.Uint64N(cfg.SegLen), Node: uint32(r.Uint64N(uint64(cfg.Nodes))),
		Element: r.Uint64N(uint64(k.OutLen())), Op: r.Uint64N(uint64(2 * k.K))}
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
