package model

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// shapeKernels are small random shapes of every kernel the game judges, including the
// edge cases of each definition (one class, empty sums, strides that skip pixels).
func shapeKernels(r *rand.Rand) []repops.Kernel {
	d := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	ks := []repops.Kernel{
		repops.MatMulK{M: 3, K: 4, N: 5, L: repops.NN}, repops.MatMulK{M: 3, K: 4, N: 5, L: repops.NT},
		repops.MatMulK{M: 3, K: 4, N: 5, L: repops.TN}, repops.MatMulK{M: 2, K: 0, N: 3, L: repops.NN},
		repops.BiasAdd{M: 3, N: 4}, repops.ReLU{N: 9}, repops.ReLUGrad{N: 9},
		repops.Momentum{N: 9, Mu: 0.9}, repops.SGDApply{N: 9, LR: 0.01},
		repops.Tanh{N: d(1, 9)}, repops.TanhGrad{N: d(1, 9)},
		repops.SoftmaxXent{M: d(1, 4), C: 1}, repops.SoftmaxXent{M: d(1, 4), C: d(2, 6)},
		repops.SoftmaxXentGrad{M: d(1, 4), C: 1}, repops.SoftmaxXentGrad{M: d(1, 4), C: d(2, 6)},
		repops.ColSum{M: d(1, 6), N: d(1, 6)}, repops.ColSum{M: 0, N: 3},
		repops.Mean{N: d(1, 20)}, repops.Mean{N: 0},
		repops.AdamM{N: d(1, 9), B1: 0.9}, repops.AdamV{N: d(1, 9), B2: 0.999},
		repops.Scale{N: d(1, 9), S: 0.999}, repops.AdamApply{N: d(1, 9), LR: 1e-3, Eps: 1e-8},
	}
	for range 3 {
		c := repops.Im2Col{N: d(1, 2), H: d(3, 7), W: d(3, 7), C: d(1, 3), KH: d(1, 3), KW: d(1, 3), S: d(1, 3)}
		ks = append(ks, c, repops.Col2Im{Im2Col: c})
	}
	return ks
}

func randInputs(r *rand.Rand, k repops.Kernel) [][]float32 {
	in := make([][]float32, len(k.InLens()))
	for s, n := range k.InLens() {
		in[s] = randVec(r, n, 2)
	}
	return in
}

func allSources(k repops.Kernel) []Source {
	srcs := make([]Source, len(k.InLens()))
	for i := range srcs {
		srcs[i] = Source{SrcState, uint32(i)}
	}
	return srcs
}

// TestStepShapeAllKernels holds the shape derivation to repops traces for every kernel,
// every element and every step: same op, operand kinds, slots and payloads.
func TestStepShapeAllKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	seen := map[repops.KernelID]bool{}
	for _, k := range shapeKernels(r) {
		seen[k.ID()] = true
		n, err := NewNode(k, [32]byte{}, allSources(k)...)
		if err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		if !n.Valid() {
			t.Fatalf("%v: descriptor %+v not valid", k, n)
		}
		in := randInputs(r, k)
		for e := 0; e < k.OutLen(); e++ {
			tr := k.Trace(in, e)
			l, err := TraceLengthAt(n, uint64(e))
			if err != nil || l != uint64(len(tr)) {
				t.Fatalf("%v e=%d: length %d (%v), trace %d", k, e, l, err, len(tr))
			}
			if _, err := StepShape(n, uint64(e), l); !errors.Is(err, ErrBadNode) {
				t.Fatalf("%v e=%d: step past the end: %v", k, e, err)
			}
			for i, st := range tr {
				sh, err := StepShape(n, uint64(e), uint64(i))
				if err != nil {
					t.Fatal(err)
				}
				if got, want := sh.Encode(f32bits(st.Result)), st.Leaf(); got != want {
					t.Fatalf("%v e=%d step %d: shape %+v, repops %+v", k, e, i, sh, st)
				}
			}
		}
	}
	for id := repops.KMatMul; id <= repops.KCol2Im; id++ {
		if !seen[id] {
			t.Errorf("kernel %d not covered", id)
		}
	}
}

// TestTraceLengthConstant: every kernel but col2im has one trace length, which
// TraceLength gives without an element.
func TestTraceLengthConstant(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for _, k := range shapeKernels(r) {
		n, _ := NewNode(k, [32]byte{}, allSources(k)...)
		l, err := TraceLength(n)
		if k.ID() == repops.KCol2Im {
			if !errors.Is(err, ErrBadNode) {
				t.Errorf("%v: TraceLength without element: %v", k, err)
			}
			continue
		}
		if want, _ := TraceLengthAt(n, uint64(k.OutLen()-1)); err != nil || l != want {
			t.Errorf("%v: TraceLength %d (%v), last element %d", k, l, err, want)
		}
	}
}

func TestValidRejectsBadDescriptors(t *testing.T) {
	im := repops.Im2Col{N: 1, H: 5, W: 5, C: 2, KH: 3, KW: 3, S: 2}
	node := func(k repops.Kernel) Node { n, _ := NewNode(k, [32]byte{}, allSources(k)...); return n }
	with := func(n Node, f func(*Node)) Node { f(&n); return n }
	cases := []struct {
		name string
		n    Node
	}{
		{"xent zero classes", node(repops.SoftmaxXent{M: 2, C: 0})},
		{"xent numel", with(node(repops.SoftmaxXent{M: 2, C: 3}), func(n *Node) { n.Numel = 6 })},
		{"xent too many classes", with(node(repops.SoftmaxXent{M: 1, C: 3}), func(n *Node) { n.P1 = maxXentClasses + 1 })},
		{"xentgrad numel", with(node(repops.SoftmaxXentGrad{M: 2, C: 3}), func(n *Node) { n.Numel = 2 })},
		{"xent input past 2^32", with(node(repops.SoftmaxXent{M: 1, C: 3}), func(n *Node) { n.P0, n.Numel = 1<<31, 1<<31 })},
		{"colsum numel", with(node(repops.ColSum{M: 2, N: 3}), func(n *Node) { n.Numel = 6 })},
		{"colsum input past 2^32", with(node(repops.ColSum{M: 2, N: 3}), func(n *Node) { n.P0 = 1 << 31 })},
		{"mean numel", with(node(repops.Mean{N: 4}), func(n *Node) { n.Numel = 4 })},
		{"tanh numel", with(node(repops.Tanh{N: 4}), func(n *Node) { n.Numel = 5 })},
		{"adamv numel", with(node(repops.AdamV{N: 4}), func(n *Node) { n.Numel = 3 })},
		{"adam apply numel", with(node(repops.AdamApply{N: 4}), func(n *Node) { n.Numel = 5 })},
		{"im2col numel", with(node(im), func(n *Node) { n.Numel++ })},
		{"im2col zero stride", with(node(im), func(n *Node) { n.P3 &= 0xffff })},
		{"im2col window over image", with(node(im), func(n *Node) { n.P3 = n.P3&^0xff | 6 })},
		{"col2im numel", with(node(repops.Col2Im{Im2Col: im}), func(n *Node) { n.Numel = 18 * 2 })},
		{"col2im image past 2^32", with(node(repops.Col2Im{Im2Col: im}), func(n *Node) { n.P0 = 1 << 30 })},
		{"unknown kernel", Node{Kernel: uint8(repops.KAdamW) + 1, P0: 1, Numel: 1}},
	}
	for _, c := range cases {
		if c.n.Valid() {
			t.Errorf("%s: %+v is valid", c.name, c.n)
		}
	}
	if _, err := PackParams(repops.Im2Col{N: 1, H: 1 << 16, W: 4, C: 1, KH: 1, KW: 1, S: 1}); !errors.Is(err, ErrBadNode) {
		t.Errorf("h = 2^16 packed: %v", err)
	}
	if n := NodeFromKernel(repops.Im2Col{N: 1, H: 4, W: 4, C: 1, KH: 300, KW: 1, S: 1}, [32]byte{}, SrcState, 0, 0, 0); n.Valid() {
		t.Errorf("unpackable im2col gave a valid node %+v", n)
	}
	if _, err := NewNode(repops.AdamApply{N: 2}, [32]byte{}, Source{SrcState, 0}); !errors.Is(err, ErrBadNode) {
		t.Errorf("adam with one source: %v", err)
	}
}

// TestNodeSources: NodeFromKernel and NewNode agree, NewNode fills all five slots
// (AdamApply) and refuses a source count other than the kernel's inputs.
func TestNodeSources(t *testing.T) {
	k := repops.Momentum{N: 3, Mu: 0.9}
	a := NodeFromKernel(k, [32]byte{1}, SrcState, 2, SrcNode, 4)
	b, err := NewNode(k, [32]byte{1}, Source{SrcState, 2}, Source{SrcNode, 4})
	if err != nil || a != b {
		t.Fatalf("%+v != %+v (%v)", a, b, err)
	}
	if a.Source(0) != (Source{SrcState, 2}) || a.Source(1) != (Source{SrcNode, 4}) || a.Source(2) != (Source{}) {
		t.Errorf("sources %+v %+v %+v", a.Source(0), a.Source(1), a.Source(2))
	}
	srcs := []Source{{SrcState, 0}, {SrcNode, 1}, {SrcNode, 2}, {SrcState, 3}, {SrcBatch, 4}}
	adam := repops.AdamApply{N: 3, LR: 1e-3, Eps: 1e-8}
	n, err := NewNode(adam, [32]byte{}, srcs...)
	if err != nil || !n.Valid() {
		t.Fatalf("adam apply with five sources: %+v (%v)", n, err)
	}
	for s, want := range srcs {
		if got := n.Source(uint8(s)); got != want {
			t.Errorf("adam slot %d: %+v, want %+v", s, got, want)
		}
	}
	if n.Source(MaxSources) != (Source{}) {
		t.Errorf("slot past the last: %+v", n.Source(MaxSources))
	}
	if _, err := NewNode(adam, [32]byte{}, append(srcs, Source{SrcState, 5})...); !errors.Is(err, ErrBadNode) {
		t.Errorf("adam apply with six sources: %v", err)
	}
	m := n
	m.Src4Index++
	if m.Leaf() == n.Leaf() {
		t.Error("the leaf does not bind slot 4")
	}
}

var solConst = regexp.MustCompile(`bytes private constant (\w+) =\s*hex"([0-9a-f]*)";`)

// TestProgramsMatchSolidity: PinpointShapes.sol's PROG, POOL and KPROG are the encoding
// of this file's programs (the differential tests then hold both to repops).
func TestProgramsMatchSolidity(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "src", "PinpointShapes.sol"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range solConst.FindAllStringSubmatch(string(src), -1) {
		got[m[1]] = m[2]
	}
	prog, pool, kprog := programHex()
	for name, want := range map[string]string{"PROG": prog, "POOL": pool, "KPROG": kprog} {
		if got[name] != want {
			t.Errorf("PinpointShapes.sol %s is stale; want\n%s", name, want)
		}
	}
}

// FuzzStepShape feeds arbitrary descriptors (outside input: a task's spec): a valid one
// derives every step without panicking, and every step refers only to earlier steps.
func FuzzStepShape(f *testing.F) {
	for _, k := range shapeKernels(rand.New(rand.NewPCG(1, 1))) {
		n, _ := NewNode(k, [32]byte{}, allSources(k)...)
		f.Add(n.Kernel, n.P0, n.P1, n.P2, n.P3, n.Numel, uint64(k.OutLen()-1), uint64(3))
	}
	f.Fuzz(func(t *testing.T, kernel uint8, p0, p1, p2, p3 uint32, numel, e, i uint64) {
		n := Node{Kernel: kernel, P0: p0, P1: p1, P2: p2, P3: p3, Numel: numel}
		if !n.Valid() {
			return // the game derives steps only for descriptors it accepted
		}
		e %= n.Numel
		l, err := TraceLengthAt(n, e)
		if err != nil {
			t.Fatalf("%+v: %v", n, err)
		}
		if l == 0 {
			return
		}
		i %= l
		sh, err := StepShape(n, e, i)
		if err != nil {
			t.Fatalf("%+v e=%d i=%d: %v", n, e, i, err)
		}
		for _, r := range []struct {
			k repops.RefKind
			p uint32
		}{{sh.KindA, sh.PayA}, {sh.KindB, sh.PayB}} {
			if r.k == repops.RefStep && uint64(r.p) >= i {
				t.Fatalf("%+v e=%d step %d refers to step %d", n, e, i, r.p)
			}
		}
	})
}
