package model

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// transformerShapeKernels are shapes of every kernel 19-40: repops' own test shapes
// (kernel_test.go transformerKernels) and the edges of each definition: rows of one,
// d = 1, T = 1, Dh = 1 (and Dh = 0: empty score traces), rows that are not a multiple
// of T, an empty SumSq, a schedule without warm-up and one past its end.
func transformerShapeKernels() []repops.Kernel {
	attn, attn2 := repops.Attn{B: 2, T: 5, H: 3, Dh: 4}, repops.Attn{B: 1, T: 7, H: 2, Dh: 13}
	ks := []repops.Kernel{
		repops.Add{N: 21}, repops.RowMul{M: 4, N: 7}, repops.RowAffine{M: 4, N: 7}, repops.ColDot{M: 6, N: 5},
		repops.Norm{M: 5, D: 9, Eps: 1e-5}, repops.Norm{M: 5, D: 9, Eps: 1e-6, RMS: true}, repops.Norm{M: 2, D: 1, Eps: 1e-5},
		repops.NormGrad{Norm: repops.Norm{M: 5, D: 9, Eps: 1e-5}}, repops.NormGrad{Norm: repops.Norm{M: 4, D: 6, Eps: 1e-6, RMS: true}},
		repops.GELU{N: 40}, repops.GELUGrad{N: 40}, repops.SiLU{N: 40}, repops.SiLUGrad{N: 40},
		repops.CausalSoftmax{Rows: 12, T: 4, Scale: 0.35}, repops.CausalSoftmaxGrad{CausalSoftmax: repops.CausalSoftmax{Rows: 12, T: 4, Scale: 0.35}},
		repops.AttnScores{Attn: attn}, repops.AttnApply{Attn: attn}, repops.AttnGradP{Attn: attn}, repops.AttnGradQKV{Attn: attn},
		repops.AttnScores{Attn: attn2}, repops.AttnApply{Attn: attn2}, repops.AttnGradP{Attn: attn2}, repops.AttnGradQKV{Attn: attn2},
		repops.SumSq{N: 17}, repops.SumSq{N: 0}, repops.ClipCoef{Clip: 1}, repops.ScaleBy{N: 13},
		repops.LRSchedule{Warmup: 10, Total: 100, LRMax: 1e-3, LRMin: 1e-4}, repops.LRSchedule{Warmup: 0, Total: 5, LRMax: 3e-4, LRMin: 3e-4},
		repops.AdamPowers{B1: 0.9, B2: 0.95}, repops.AdamW{N: 30, Eps: 1e-8, WD: 0.1},
		// edges
		repops.Add{N: 1}, repops.RowMul{M: 1, N: 1}, repops.RowMul{M: 3, N: 1}, repops.RowAffine{M: 1, N: 5},
		repops.ColDot{M: 0, N: 3}, repops.ColDot{M: 1, N: 1},
		repops.Norm{M: 3, D: 1, Eps: 1e-5, RMS: true}, repops.Norm{M: 1, D: 4, Eps: 1e-5},
		repops.NormGrad{Norm: repops.Norm{M: 2, D: 1, Eps: 1e-5}}, repops.NormGrad{Norm: repops.Norm{M: 1, D: 1, Eps: 1e-5, RMS: true}},
		repops.GELU{N: 1}, repops.SiLUGrad{N: 1},
		repops.CausalSoftmax{Rows: 1, T: 1, Scale: 1}, repops.CausalSoftmax{Rows: 5, T: 3, Scale: 0.5},
		repops.CausalSoftmax{Rows: 2, T: 6, Scale: 0.125},
		repops.CausalSoftmaxGrad{CausalSoftmax: repops.CausalSoftmax{Rows: 1, T: 1, Scale: 1}},
		repops.CausalSoftmaxGrad{CausalSoftmax: repops.CausalSoftmax{Rows: 5, T: 3, Scale: 0.5}},
		repops.SumSq{N: 1}, repops.ClipCoef{Clip: 0.25}, repops.ScaleBy{N: 1}, repops.AdamW{N: 1, Eps: 1e-8, WD: 0},
		repops.LRSchedule{Warmup: 100, Total: 10, LRMax: 1e-3, LRMin: 0}, // Total < W: a negative span
	}
	for _, a := range []repops.Attn{{B: 1, T: 1, H: 1, Dh: 1}, {B: 2, T: 3, H: 1, Dh: 1}, {B: 1, T: 4, H: 2, Dh: 2}} {
		ks = append(ks, repops.AttnScores{Attn: a}, repops.AttnApply{Attn: a}, repops.AttnGradP{Attn: a}, repops.AttnGradQKV{Attn: a})
	}
	zero := repops.Attn{B: 1, T: 3, H: 2, Dh: 0} // every score trace empty
	return append(ks, repops.AttnScores{Attn: zero}, repops.AttnGradP{Attn: zero})
}

// TestStepShapeTransformerKernels holds the derivation of kernels 19-40 to repops
// traces: for every kernel, every element and every step, the same op, operand kinds,
// slots and payloads (and fma's C); the trace length (0 for a masked element); and no
// step past the end.
func TestStepShapeTransformerKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(40, 19))
	seen := map[repops.KernelID]bool{}
	for _, k := range transformerShapeKernels() {
		seen[k.ID()] = true
		n, err := NewNode(k, [32]byte{}, allSources(k)...)
		if err != nil {
			t.Fatalf("%v: %v", k, err)
		}
		if !n.Valid() {
			t.Fatalf("%v: descriptor %+v not valid", k, n)
		}
		in := randInputs(r, k)
		fixed := fixedLength(k.ID())
		first := -1
		for e := 0; e < k.OutLen(); e++ {
			tr := k.Trace(in, e)
			l, err := TraceLengthAt(n, uint64(e))
			if err != nil || l != uint64(len(tr)) {
				t.Fatalf("%v e=%d: length %d (%v), trace %d", k, e, l, err, len(tr))
			}
			if first < 0 {
				first = len(tr)
			} else if fixed && first != len(tr) {
				t.Fatalf("%v: fixedLength, yet element %d has %d steps and element 0 %d", k, e, len(tr), first)
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
		if _, err := TraceLengthAt(n, uint64(k.OutLen())); !errors.Is(err, ErrBadNode) {
			t.Errorf("%v: element past the output: %v", k, err)
		}
		l, err := TraceLength(n)
		if fixed && (err != nil || l != uint64(first)) || !fixed && !errors.Is(err, ErrBadNode) {
			t.Errorf("%v (fixed length %v): TraceLength %d, %v", k, fixed, l, err)
		}
	}
	for id := firstT; id <= lastT; id++ {
		if !seen[id] {
			t.Errorf("kernel %d not covered", id)
		}
	}
}

// TestValidRejectsBadTransformerDescriptors: a descriptor of kernels 19-40 is valid
// only when its output size agrees with its params and every input index and trace
// step fits a 32-bit payload.
func TestValidRejectsBadTransformerDescriptors(t *testing.T) {
	node := func(k repops.Kernel) Node { n, _ := NewNode(k, [32]byte{}, allSources(k)...); return n }
	with := func(k repops.Kernel, f func(*Node)) Node { n := node(k); f(&n); return n }
	attn := repops.Attn{B: 2, T: 5, H: 3, Dh: 4}
	norm := repops.Norm{M: 2, D: 3, Eps: 1e-5}
	soft := repops.CausalSoftmax{Rows: 8, T: 4, Scale: 0.5}
	cases := []struct {
		name string
		n    Node
	}{
		{"add numel", with(repops.Add{N: 4}, func(n *Node) { n.Numel = 5 })},
		{"add numel past 2^32", with(repops.Add{N: 4}, func(n *Node) { n.P0, n.Numel = 0, 1<<32 })},
		{"add numel 0", with(repops.Add{N: 4}, func(n *Node) { n.P0, n.Numel = 0, 0 })},
		{"rowmul zero row", with(repops.RowMul{M: 2, N: 3}, func(n *Node) { n.P1 = 0 })},
		{"rowmul numel", with(repops.RowMul{M: 2, N: 3}, func(n *Node) { n.Numel = 5 })},
		{"rowaffine numel", with(repops.RowAffine{M: 2, N: 3}, func(n *Node) { n.Numel = 3 })},
		{"coldot numel", with(repops.ColDot{M: 2, N: 3}, func(n *Node) { n.Numel = 6 })},
		{"coldot input past 2^32", with(repops.ColDot{M: 2, N: 3}, func(n *Node) { n.P0 = 1 << 31 })},
		{"norm rms flag 2", with(norm, func(n *Node) { n.P3 = 2 })},
		{"norm d = 0", with(norm, func(n *Node) { n.P1 = 0 })},
		{"norm numel", with(norm, func(n *Node) { n.Numel = 5 })},
		{"norm trace past 2^32", with(norm, func(n *Node) { n.P0, n.P1, n.Numel = 1, 1<<31, 1<<31 })},
		{"normgrad trace past 2^32", with(repops.NormGrad{Norm: norm}, func(n *Node) { n.P0, n.P1, n.Numel = 1, 1<<30, 1<<30 })},
		{"normgrad rms trace past 2^32", with(repops.NormGrad{Norm: norm}, func(n *Node) { n.P0, n.P1, n.P3, n.Numel = 1, 3<<30, 1, 3<<30 })},
		{"gelu numel", with(repops.GELU{N: 4}, func(n *Node) { n.Numel = 3 })},
		{"gelugrad numel", with(repops.GELUGrad{N: 4}, func(n *Node) { n.Numel = 3 })},
		{"silu numel", with(repops.SiLU{N: 4}, func(n *Node) { n.Numel = 3 })},
		{"silugrad numel", with(repops.SiLUGrad{N: 4}, func(n *Node) { n.Numel = 3 })},
		{"softmax T = 0", with(soft, func(n *Node) { n.P1 = 0 })},
		{"softmax numel", with(soft, func(n *Node) { n.Numel = 31 })},
		{"softmax row trace past 2^32", with(soft, func(n *Node) { n.P0, n.P1, n.Numel = 1, 1<<28, 1<<28 })},
		{"softmax grad numel", with(repops.CausalSoftmaxGrad{CausalSoftmax: soft}, func(n *Node) { n.Numel = 8 })},
		{"scores numel", with(repops.AttnScores{Attn: attn}, func(n *Node) { n.Numel = 2 * 5 * 12 })},
		{"scores past 2^32", with(repops.AttnScores{Attn: attn}, func(n *Node) { n.P0, n.P1, n.P2, n.P3, n.Numel = 1, 1<<16, 1, 1, 1 })},
		{"qkv past 2^32", with(repops.AttnGradP{Attn: attn}, func(n *Node) { n.P0, n.P1, n.P2, n.P3, n.Numel = 1, 2, 1<<16, 1<<15, 1<<18 })},
		{"apply numel", with(repops.AttnApply{Attn: attn}, func(n *Node) { n.Numel = 2 * 3 * 25 })},
		{"apply dh = 0", with(repops.AttnApply{Attn: attn}, func(n *Node) { n.P3 = 0 })},
		{"gradqkv numel", with(repops.AttnGradQKV{Attn: attn}, func(n *Node) { n.Numel = 2 * 5 * 12 })},
		{"gradqkv batch 0", with(repops.AttnGradQKV{Attn: attn}, func(n *Node) { n.P0 = 0 })},
		{"sumsq numel", with(repops.SumSq{N: 3}, func(n *Node) { n.Numel = 3 })},
		{"clipcoef numel", with(repops.ClipCoef{Clip: 1}, func(n *Node) { n.Numel = 2 })},
		{"scaleby numel", with(repops.ScaleBy{N: 3}, func(n *Node) { n.Numel = 1 })},
		{"lrschedule numel", with(repops.LRSchedule{Warmup: 1, Total: 2}, func(n *Node) { n.Numel = 1 })},
		{"adampowers numel", with(repops.AdamPowers{B1: 0.9, B2: 0.99}, func(n *Node) { n.Numel = 3 })},
		{"adamw numel", with(repops.AdamW{N: 3}, func(n *Node) { n.Numel = 4 })},
		{"kernel 41", Node{Kernel: uint8(lastT) + 1, P0: 1, Numel: 1}},
		{"kernel 255", Node{Kernel: 255, P0: 1, Numel: 1}},
	}
	for _, c := range cases {
		if c.n.Valid() {
			t.Errorf("%s: %+v is valid", c.name, c.n)
		}
		if c.n.Kernel <= uint8(lastT) {
			if _, err := TraceLengthAt(c.n, 0); !errors.Is(err, ErrBadNode) {
				t.Errorf("%s: TraceLengthAt of an invalid node: %v", c.name, err)
			}
		}
	}
	// The largest of each bound is still valid.
	for _, n := range []Node{
		with(norm, func(n *Node) { n.P0, n.P1, n.Numel = 1, (maxU32-6)/3, (maxU32-6)/3 }),
		with(repops.NormGrad{Norm: norm}, func(n *Node) { n.P0, n.P1, n.Numel = 1, (maxU32-11)/6, (maxU32-11)/6 }),
		with(soft, func(n *Node) { n.P0, n.P1, n.Numel = 1, maxU32/27, maxU32/27 }),
		with(repops.ColDot{M: 1, N: 1}, func(n *Node) { n.P0, n.P1, n.Numel = maxU32, 1, 1 }),
		with(repops.AttnScores{Attn: attn}, func(n *Node) { n.P0, n.P1, n.P2, n.P3, n.Numel = 1, 1<<15, 3, 1<<12, 3<<30 }),
	} {
		if !n.Valid() {
			t.Errorf("%+v: not valid at its bound", n)
		}
	}
}

// TestProgramsMatchSolidityT: PinpointShapesT.sol's PROG, POOL and KPROG are the
// encoding of tPrograms.
func TestProgramsMatchSolidityT(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "src", "PinpointShapesT.sol"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range solConst.FindAllStringSubmatch(string(src), -1) {
		got[m[1]] = m[2]
	}
	prog, pool, kprog := programHexT()
	for name, want := range map[string]string{"PROG": prog, "POOL": pool, "KPROG": kprog} {
		if got[name] != want {
			t.Errorf("PinpointShapesT.sol %s is stale; want\n%s", name, want)
		}
	}
}

// FuzzStepShapeT: arbitrary descriptors of kernels 19-40 (a task's spec is outside
// input); a valid one derives every step without panicking, and a step refers only to
// earlier steps.
func FuzzStepShapeT(f *testing.F) {
	for _, k := range transformerShapeKernels() {
		n, _ := NewNode(k, [32]byte{}, allSources(k)...)
		f.Add(n.Kernel, n.P0, n.P1, n.P2, n.P3, n.Numel, uint64(k.OutLen()-1), uint64(3))
	}
	f.Fuzz(func(t *testing.T, kernel uint8, p0, p1, p2, p3 uint32, numel, e, i uint64) {
		n := Node{Kernel: uint8(firstT) + kernel%uint8(lastT-firstT+1), P0: p0, P1: p1, P2: p2, P3: p3, Numel: numel}
		if !n.Valid() {
			return
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
		}{{sh.KindA, sh.PayA}, {sh.KindB, sh.PayB}, {sh.KindC, sh.PayC}} {
			if r.k == repops.RefStep && uint64(r.p) >= i {
				t.Fatalf("%+v e=%d step %d refers to step %d", n, e, i, r.p)
			}
		}
		noC := sh.KindC == repops.RefConst && sh.SlotC == 0 && sh.PayC == 0
		if sh.Op == repops.OpFMA && sh.KindC == repops.RefNone || sh.Op != repops.OpFMA && !noC {
			t.Fatalf("%+v e=%d step %d: %s with C %d/%d/%d", n, e, i, sh.Op, sh.KindC, sh.SlotC, sh.PayC)
		}
	})
}
