package model

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// synthKernels are small instances of the kernels a kernel synthetic disputes in the
// gas report (and a few more), with where each input slot reads from.
func synthKernels() []struct {
	k    repops.Kernel
	srcs []Source
} {
	st := func(i uint32) Source { return Source{SrcState, i} }
	nd := func(i uint32) Source { return Source{SrcNode, i} }
	attn := repops.Attn{B: 2, T: 5, H: 2, Dh: 3}
	return []struct {
		k    repops.Kernel
		srcs []Source
	}{
		{repops.MatMulK{M: 5, K: 7, N: 3, L: repops.NN}, []Source{nd(1), st(0)}},
		{repops.MatMulK{M: 5, K: 7, N: 3, L: repops.TN}, []Source{nd(1), nd(2)}},
		{repops.MatMulK{M: 5, K: 7, N: 3, L: repops.NT}, []Source{nd(1), st(3)}},
		{repops.NormGrad{Norm: repops.Norm{M: 3, D: 6, Eps: 1e-5}}, []Source{nd(1), nd(2)}},
		{repops.NormGrad{Norm: repops.Norm{M: 3, D: 6, Eps: 1e-5, RMS: true}}, []Source{nd(1), nd(2)}},
		{repops.CausalSoftmax{Rows: 8, T: 4, Scale: 0.125}, []Source{nd(2)}},
		{repops.AttnGradQKV{Attn: attn}, []Source{nd(1), nd(2), nd(3), nd(4)}},
		{repops.SoftmaxXentGrad{M: 3, C: 5}, []Source{nd(1), {SrcBatch, 1}}},
		{repops.ColDot{M: 4, N: 3}, []Source{nd(1), nd(2)}},
		{repops.AdamW{N: 9, Eps: 1e-8, WD: 0.1}, []Source{st(0), nd(1), nd(2), nd(3), nd(4)}},
	}
}

// TestSynthTraceIsRepopsTrace: the trace a kernel synthetic computes from step shapes
// and the values it reads is the trace repops Kernel.Trace records over the whole
// inputs, leaf for leaf, for every element, and its result is the kernel's output.
func TestSynthTraceIsRepopsTrace(t *testing.T) {
	for _, c := range synthKernels() {
		k := c.k
		n, err := NewNode(k, [32]byte{}, c.srcs...)
		if err != nil || !n.Valid() {
			t.Fatalf("%v: %v (valid %v)", k, err, n.Valid())
		}
		vals := make([]func(uint64) float32, len(c.srcs))
		in := make([][]float32, len(c.srcs))
		for s, l := range k.InLens() {
			vals[s] = uniformValues(7, c.srcs[s])
			in[s] = make([]float32, l)
			for i := range in[s] {
				in[s][i] = vals[s](uint64(i))
			}
		}
		if _, ok := k.(repops.AdamW); ok { // bias-correction powers and the learning rate in range
			in[3][0], in[3][1], in[4][1] = 0.9, 0.99, 0.01
			vals[3] = func(i uint64) float32 { return in[3][i] }
			vals[4] = func(i uint64) float32 { return in[4][i] }
		}
		out := make([]float32, k.OutLen())
		k.Run(out, in)
		lazy := func(slot uint8, i uint64) float32 { return vals[slot](i) }
		for e := 0; e < k.OutLen(); e++ {
			want := k.Trace(in, e)
			got, err := evalTrace(n, uint64(e), lazy)
			if err != nil {
				t.Fatalf("%v element %d: %v", k, e, err)
			}
			if len(got.res) != len(want) {
				t.Fatalf("%v element %d: %d steps, repops %d", k, e, len(got.res), len(want))
			}
			for i, s := range want {
				if l := got.shapes[i].Encode(math.Float32bits(got.res[i])); l != s.Leaf() {
					t.Fatalf("%v element %d step %d: leaf %x, repops %x", k, e, i, l, s.Leaf())
				}
			}
			if math.Float32bits(got.result()) != math.Float32bits(out[e]) {
				t.Fatalf("%v element %d: %v, Run %v", k, e, got.result(), out[e])
			}
		}
	}
}

// descend follows leaf i down t from the root as the game does (frontiers of cut
// levels) and checks every frontier against its node and the proof against the root.
func descend(t *testing.T, tr merkleTree, i uint64, cut int) {
	t.Helper()
	cur, idx, rem := tr.Root(), uint64(0), tr.Depth()
	if rem == 0 {
		if cur != leafHash(tr.Leaf(0)) {
			t.Fatal("single leaf root")
		}
		return
	}
	for rem > 0 {
		w := min(rem, cut)
		f := tr.Frontier(idx, rem, w)
		r, err := FrontierRoot(f, rem == w)
		if err != nil || r != cur {
			t.Fatalf("leaf %d: frontier at %d/%d does not hash to its node", i, rem, w)
		}
		q := (i >> (rem - w)) & (1<<w - 1)
		cur, idx, rem = f[q], idx<<w|q, rem-w
	}
	if cur != tr.Leaf(i) {
		t.Fatalf("leaf %d: descent ends elsewhere", i)
	}
	if r, ok := RootOf(tr.Leaf(i), i, tr.Prove(i)); !ok || r != tr.Root() {
		t.Fatalf("leaf %d: proof does not verify", i)
	}
}

func leafHash(l [32]byte) [32]byte { r, _ := FrontierRoot([][32]byte{l}, true); return r }

// TestLazyTree: a lazy tree whose every leaf is known is the built tree; with a few
// known leaves in a tree too large to build, every descent to one of them and every
// proof of one holds, and the other subtrees are pseudo-random but shared.
func TestLazyTree(t *testing.T) {
	leaf := func(i uint64) [32]byte { return fakeHash("leaf", i) }
	for _, n := range []uint64{1, 2, 5, 16, 17, 100, 1000} {
		leaves := make([][32]byte, n)
		all := make([]uint64, n)
		for i := range leaves {
			leaves[i], all[i] = leaf(uint64(i)), uint64(i)
		}
		want := NewTree(leaves)
		for _, cut := range []int{1, 3, 4} {
			lt := newLazyTree(n, cut, append([]uint64(nil), all...), leaf, [32]byte{1})
			if lt.Root() != want.Root() || lt.Depth() != want.Depth() {
				t.Fatalf("n %d cut %d: root or depth differs from NewTree", n, cut)
			}
			for i := range n + 1 {
				if fmt.Sprint(lt.Prove(i%n)) != fmt.Sprint(want.Prove(i%n)) || lt.Leaf(i) != want.Leaf(i) {
					t.Fatalf("n %d cut %d: leaf %d differs", n, cut, i)
				}
			}
			for rem := 1; rem <= want.Depth(); rem++ {
				w, idx := min(rem, cut), uint64(1)&(1<<(want.Depth()-rem)-1) // the second node at height rem, if any
				if fmt.Sprint(lt.Frontier(idx, rem, w)) != fmt.Sprint(want.Frontier(idx, rem, w)) {
					t.Fatalf("n %d cut %d: frontier at %d differs", n, cut, rem)
				}
			}
		}
	}
	const n = 51_400_000 // the logits' data tree at GPT-2-small size: depth 26
	known := []uint64{0, 3, 12_345_678, n - 1, 40_000_001}
	for _, cut := range []int{4, 3} {
		a := newLazyTree(n, cut, append([]uint64(nil), known...), leaf, [32]byte{2})
		b := newLazyTree(n, cut, append([]uint64(nil), known...), func(i uint64) [32]byte {
			if i == 12_345_678 {
				return [32]byte{9}
			}
			return leaf(i)
		}, [32]byte{2})
		if a.Depth() != 26 || a.Root() == b.Root() {
			t.Fatalf("cut %d: depth %d, roots equal %v", cut, a.Depth(), a.Root() == b.Root())
		}
		for _, i := range known {
			descend(t, a, i, cut)
		}
		descend(t, b, 12_345_678, cut)
		// two parties with the same known leaves, one of them different: off its path
		// they share every revealed node
		fa, fb := a.Frontier(0, 26, cut), b.Frontier(0, 26, cut)
		diff := 0
		for q := range fa {
			if fa[q] != fb[q] {
				diff++
			}
		}
		if diff != 1 {
			t.Fatalf("cut %d: top frontiers differ in %d nodes, want 1", cut, diff)
		}
	}
}

// smallSynth is a kernel synthetic of c.
func smallSynth(k repops.Kernel, srcs []Source, seed uint64) SynthConfig {
	ins := make([]SynthInput, len(srcs))
	for s, l := range k.InLens() {
		ins[s] = SynthInput{Src: srcs[s], Name: fmt.Sprintf("in%d", s), Shape: []int{l}}
	}
	if _, ok := k.(repops.AdamW); ok {
		ins[3].Value = func(i uint64) float32 { return []float32{0.9, 0.99}[i] }
		ins[4].Value = func(i uint64) float32 { return []float32{7, 0.01}[i] }
	}
	return SynthConfig{SegLen: 100, Nodes: 40, Seed: seed, Kernel: k, Inputs: ins, OutName: "out", OutShape: []int{k.OutLen()},
		Node: 30, StateTensors: 9, BatchTensors: 3, FanoutBits: 4}
}

// playSynth plays sx's dispute with the liar as solver (the challenger must win at
// the liar's op) and with the truth as solver against a challenger who believes the
// lie (the solver must defend that step).
func playSynth(t *testing.T, sx *Synthetic) {
	t.Helper()
	g, _ := New(sx.Setup, 4, 0)
	res, _, err := Play(Solo{g}, sx.Solver(), sx.Challenger(), nil, 0)
	if err != nil || res != ChallengerWins || g.Forfeit {
		t.Fatalf("liar as solver: %v %v (forfeit %v, phase %d level %d)", res, err, g.Forfeit, g.Phase, g.Level)
	}
	if g.Step != sx.P || g.Node != sx.Node || g.Element != sx.Element || g.Idx != sx.Op || g.TraceLen != sx.TraceLen {
		t.Fatalf("ended at step %d node %d element %d op %d, lie at %d %d %d %d", g.Step, g.Node, g.Element, g.Idx, sx.P, sx.Node, sx.Element, sx.Op)
	}
	s := sx.Setup
	s.Disputed = sx.parties[0].seg.Leaf(s.SegLen)
	g, _ = New(s, 4, 0)
	res, _, err = Play(Solo{g}, synthSolver{sx.parties[0]}, synthChallenger{sx.parties[1]}, nil, 0)
	if err != nil || res != SolverWins || g.Forfeit || g.Idx != sx.Op {
		t.Fatalf("truth as solver: %v %v (forfeit %v, op %d)", res, err, g.Forfeit, g.Idx)
	}
}

// TestKernelSynthetic plays kernel synthetics of every kernel above in the model.
func TestKernelSynthetic(t *testing.T) {
	for i, c := range synthKernels() {
		for seed := uint64(1); seed <= 3; seed++ {
			sx, err := NewSynthetic(smallSynth(c.k, c.srcs, seed+uint64(10*i)), 3600)
			if err != nil {
				t.Fatalf("%v: %v", c.k, err)
			}
			playSynth(t, sx)
		}
	}
}

// TestKernelSyntheticGPT2: disputes at GPT-2-small shapes (a batch of 8 sequences of
// 1024): the logits (411M outputs, a data tree of depth 26) and the layer norm's
// gradient at width 768.
func TestKernelSyntheticGPT2(t *testing.T) {
	const n, d, v = 8192, 768, 50257
	for _, c := range []struct {
		k    repops.Kernel
		srcs []Source
	}{
		{repops.MatMulK{M: n, K: d, N: v, L: repops.NT}, []Source{{SrcNode, 200}, {SrcState, 0}}},
		{repops.NormGrad{Norm: repops.Norm{M: n, D: d, Eps: 1e-5}}, []Source{{SrcNode, 20}, {SrcNode, 300}}},
	} {
		cfg := smallSynth(c.k, c.srcs, 5)
		cfg.SegLen, cfg.Nodes, cfg.Node, cfg.StateTensors = 1000, 1300, 400, 446
		sx, err := NewSynthetic(cfg, 3600)
		if err != nil {
			t.Fatalf("%v: %v", c.k, err)
		}
		playSynth(t, sx)
	}
}

// TestKernelSyntheticRefused: a node the contract's validNode refuses is reported, not
// shrunk.
func TestKernelSyntheticRefused(t *testing.T) {
	k := repops.MatMulK{M: 1 << 17, K: 2, N: 1 << 16, L: repops.NN} // 2^33 outputs
	_, err := NewSynthetic(smallSynth(k, []Source{{SrcState, 0}, {SrcState, 1}}, 1), 3600)
	if !errors.Is(err, ErrBadNode) {
		t.Fatalf("got %v, want ErrBadNode", err)
	}
	cfg := smallSynth(repops.MatMulK{M: 4, K: 2, N: 3, L: repops.NN}, []Source{{SrcNode, 35}, {SrcState, 1}}, 1)
	if _, err := NewSynthetic(cfg, 3600); !errors.Is(err, ErrBadSetup) {
		t.Fatalf("an input from a later node: %v, want ErrBadSetup", err)
	}
}
