package contracts_test

import (
	"crypto/sha256"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesharness"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
)

// shapeKernels are random small shapes of every kernel PinpointShapes defines, with each
// definition's edge cases: one class, empty sums, strides that
// skip pixels.
func shapeKernels(r *rand.Rand) []repops.Kernel {
	d := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	ks := []repops.Kernel{
		repops.MatMulK{M: d(1, 3), K: d(1, 4), N: d(1, 3), L: repops.NN}, repops.BiasAdd{M: d(1, 3), N: d(1, 4)},
		repops.ReLU{N: d(1, 9)}, repops.ReLUGrad{N: d(1, 9)},
		repops.Momentum{N: d(1, 9), Mu: 0.9}, repops.SGDApply{N: d(1, 9), LR: 0.01},
		repops.Tanh{N: d(1, 9)}, repops.TanhGrad{N: d(1, 9)},
		repops.SoftmaxXent{M: d(1, 3), C: 1}, repops.SoftmaxXent{M: d(1, 3), C: d(2, 5)},
		repops.SoftmaxXentGrad{M: d(1, 3), C: 1}, repops.SoftmaxXentGrad{M: d(1, 3), C: d(2, 5)},
		repops.ColSum{M: d(1, 6), N: d(1, 5)}, repops.ColSum{M: 0, N: 2},
		repops.Mean{N: d(1, 20)}, repops.Mean{N: 0},
		repops.AdamM{N: d(1, 9), B1: 0.9}, repops.AdamV{N: d(1, 9), B2: 0.999}, repops.Scale{N: d(1, 9), S: 0.999},
		repops.AdamApply{N: d(1, 9), LR: 1e-3, Eps: 1e-8},
	}
	for range 2 {
		c := repops.Im2Col{N: d(1, 2), H: d(3, 6), W: d(3, 6), C: d(1, 2), KH: d(1, 3), KW: d(1, 3), S: d(1, 3)}
		ks = append(ks, c, repops.Col2Im{Im2Col: c})
	}
	return ks
}

func randInputs(r *rand.Rand, k repops.Kernel) [][]float32 {
	in := make([][]float32, len(k.InLens()))
	for s, n := range k.InLens() {
		in[s] = make([]float32, n)
		for i := range in[s] {
			in[s][i] = (r.Float32()*2 - 1) * 2
		}
	}
	return in
}

// stateNode describes k reading input slot t from state tensor t.
func stateNode(k repops.Kernel, hdr [32]byte) model.Node {
	srcs := make([]model.Source, len(k.InLens()))
	for t := range srcs {
		srcs[t] = model.Source{Kind: model.SrcState, Index: uint32(t)}
	}
	n, err := model.NewNode(k, hdr, srcs...)
	if err != nil {
		panic(fmt.Sprintf("%v: %v", k, err))
	}
	return n
}

// adamInputs are AdamApply inputs as training has them (v' > 0, powers in (0, 1)), so
// that no NaN absorbs a lie.
func adamInputs(r *rand.Rand, n int) [][]float32 {
	in := randInputs(r, repops.AdamApply{N: n})
	for i := range in[2] {
		in[2][i] = in[2][i]*in[2][i] + 1e-6
	}
	in[3][0], in[4][0] = 0.9*0.9*0.9, 0.999*0.999*0.999
	return in
}

func toHarnessNode(n model.Node) pinpointshapesharness.PinpointShapesNode {
	return pinpointshapesharness.PinpointShapesNode(n) // the same fields, in the same order
}

// TestShapesOnChainAllKernels holds the contract's step-shape derivation to repops
// traces for every kernel it defines, every element and every step (through the
// harness, one call per element), and the game's own views through its deriver
// (traceLength for every element, stepShape for the first, last and a random step of
// each): the game judges every kernel the library defines.
func TestShapesOnChainAllKernels(t *testing.T) {
	e := newEnv(t, 4)
	hAt, _, err := chain.Deploy(e.ctx, e.sim, accDeployer, &pinpointshapesharness.PinpointShapesHarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	hb := pinpointshapesharness.NewPinpointShapesHarness()
	h := hb.Instance(e.sim, hAt)
	r := rand.New(rand.NewPCG(11, 12))
	for _, k := range shapeKernels(r) {
		n := stateNode(k, [32]byte{7})
		hn := toHarnessNode(n)
		if !call(e, h, hb.PackValidNode(hn), hb.UnpackValidNode) {
			t.Fatalf("%v: harness says %+v is not valid", k, n)
		}
		in := randInputs(r, k)
		for el := 0; el < k.OutLen(); el++ {
			tr := k.Trace(in, el)
			want := make([][32]byte, len(tr))
			for i, st := range tr {
				st.Result = 0
				want[i] = st.Leaf()
			}
			got := call(e, h, hb.PackTraceLeaves(hn, uint64(el)), hb.UnpackTraceLeaves)
			if len(got) != len(want) {
				t.Fatalf("%v element %d: %d steps on chain, repops %d", k, el, len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%v element %d step %d: contract %x, repops %+v", k, el, i, got[i], tr[i])
				}
			}
			l := call(e, e.kernels, e.pk.PackTraceLength(0, toKernelsNode(n), uint64(el)), e.pk.UnpackTraceLength)
			if l != uint64(len(tr)) {
				t.Fatalf("%v element %d: game traceLength %d, repops %d", k, el, l, len(tr))
			}
			if len(tr) == 0 {
				continue
			}
			for _, i := range []int{0, len(tr) - 1, r.IntN(len(tr))} {
				sh := call(e, e.kernels, e.pk.PackStepShape(0, toKernelsNode(n), uint64(el), uint64(i)), e.pk.UnpackStepShape)
				s := model.Shape{Op: repops.Op(sh.Op), KindA: repops.RefKind(sh.KindA), KindB: repops.RefKind(sh.KindB),
					SlotA: sh.SlotA, SlotB: sh.SlotB, PayA: sh.PayA, PayB: sh.PayB,
					KindC: repops.RefKind(sh.KindC), SlotC: sh.SlotC, PayC: sh.PayC}
				if s.Encode(0) != want[i] {
					t.Fatalf("%v element %d step %d: game %+v, repops %+v", k, el, i, s, tr[i])
				}
			}
		}
	}
}

// nodeDispute is one party's view of a one-step dispute whose step graph is a single
// real node (kernel k reading its inputs from state tensors) followed by a stand-in;
// only the disputed path is real, as in model.Synthetic. A lying view computes element
// fe with step fo wrong (faultyTrace).
type nodeDispute struct {
	k      repops.Kernel
	in     [][]float32
	prev   *checkpoint.State
	state  *model.Tree
	seg    *model.Tree
	graph  *model.Tree
	hdr    [32]byte
	out    []float32
	outT   *model.Tree
	fe, fo int
	liar   bool
	traces map[uint64]*model.Tree
}

func fakeHash(tag string, i int) [32]byte { return sha256.Sum256(fmt.Appendf(nil, "%s %d", tag, i)) }

func dataTree(v []float32) *model.Tree {
	leaves := make([][32]byte, max(1, (len(v)+7)/8))
	for i := range leaves {
		leaves[i] = checkpoint.DataLeaf(v, i)
	}
	return model.NewTree(leaves)
}

// faultyTrace is k's trace of element e with step o's result off by half its scale (bit
// 22 of the significand flipped, so that the error rarely rounds away) and every later
// step recomputed from it.
func faultyTrace(k repops.Kernel, in [][]float32, e, o int) repops.Trace {
	t := k.Trace(in, e)
	for i := o; i < len(t); i++ {
		t[i].Result = repops.Eval(t[i].Op, repops.Operand(t[i].A, in, t), repops.Operand(t[i].B, in, t))
		if i == o {
			t[i].Result = math.Float32frombits(math.Float32bits(t[i].Result) ^ 1<<22)
		}
	}
	return t
}

// newNodeDispute builds the spec and both views; the fault moves to the first step at
// or after fo whose error reaches the element (an early error can be absorbed).
func newNodeDispute(k repops.Kernel, in [][]float32, fe, fo int) (spec *model.Spec, truth, liar *nodeDispute, setup model.Setup) {
	n := len(k.Trace(in, fe))
	out := make([]float32, k.OutLen())
	k.Run(out, in)
	for ; fo < n; fo++ {
		if t := faultyTrace(k, in, fe, fo); t[n-1].Result != out[fe] {
			break
		}
	}
	if fo == n {
		panic(fmt.Sprintf("%v element %d: no step changes the element", k, fe))
	}
	prev := &checkpoint.State{SpecHash: [32]byte{3}}
	for s, v := range in {
		prev.Tensors = append(prev.Tensors, checkpoint.Tensor{Name: fmt.Sprintf("in%d", s), Shape: []int{len(v)}, Data: v})
	}
	hdr := checkpoint.HeaderHash(&checkpoint.Tensor{Name: "y", Shape: []int{k.OutLen()}})
	desc := stateNode(k, hdr)
	spec = &model.Spec{Nodes: []model.Node{desc, {}}}
	spec.NodesTree = model.NewTree([][32]byte{desc.Leaf(), fakeHash("node", 1)})
	spec.StateMap = model.NewTree(make([][32]byte, len(prev.Leaves())))
	spec.StateDepth = uint8(spec.StateMap.Depth())
	spec.DataTree = model.NewTree([][32]byte{fakeHash("data", 0)})
	for _, lie := range []bool{false, true} {
		v := &nodeDispute{k: k, in: in, prev: prev, state: model.NewTree(prev.Leaves()), hdr: hdr, out: out,
			fe: fe, fo: fo, liar: lie, traces: map[uint64]*model.Tree{}}
		tag := "truth"
		if lie {
			tag = "liar"
			v.out = append([]float32(nil), out...)
			t := faultyTrace(k, in, fe, fo)
			v.out[fe] = t[len(t)-1].Result
		}
		v.outT = dataTree(v.out)
		outRoot := checkpoint.TensorRoot(&checkpoint.Tensor{Name: "y", Shape: []int{k.OutLen()}, Data: v.out})
		v.graph = model.NewTree([][32]byte{outRoot, fakeHash(tag+" out", 1)})
		v.seg = model.NewTree([][32]byte{prev.Hash(), fakeHash(tag+" state", 1)})
		if lie {
			liar = v
		} else {
			truth = v
		}
	}
	setup = model.Setup{NodesRoot: spec.NodesTree.Root(), StateMapRoot: spec.StateMap.Root(), DataRoot: spec.DataTree.Root(),
		Agreed: truth.seg.Leaf(0), SegLen: 1, NumNodes: 2, StateDepth: spec.StateDepth, Clock: gameClock}
	return spec, truth, liar, setup
}

func (v *nodeDispute) Segment(first, segLen uint64) *model.Tree { return v.seg }
func (v *nodeDispute) Graph(s uint64) *model.Tree               { return v.graph }
func (v *nodeDispute) State(s uint64) *model.Tree               { return v.state }
func (v *nodeDispute) Output(s uint64, j uint32) ([32]byte, *model.Tree) {
	return v.hdr, v.outT
}
func (v *nodeDispute) StateTensor(s uint64, t uint32) ([32]byte, *model.Tree) {
	x := &v.prev.Tensors[t]
	return checkpoint.HeaderHash(x), dataTree(x.Data)
}
func (v *nodeDispute) Trace(s uint64, j uint32, e uint64) *model.Tree {
	if t, ok := v.traces[e]; ok {
		return t
	}
	tr := v.k.Trace(v.in, int(e))
	if v.liar && int(e) == v.fe {
		tr = faultyTrace(v.k, v.in, v.fe, v.fo)
	}
	leaves := make([][32]byte, len(tr))
	for i, st := range tr {
		leaves[i] = st.Leaf()
	}
	v.traces[e] = model.NewTree(leaves)
	return v.traces[e]
}

var _ model.View = (*nodeDispute)(nil)

// TestNewKernelFaultsJudgedOnChain: a lie at a chosen step inside each kernel
// beyond matmul..sgd (inside exp and log blocks, row statistics, dot products, reads of
// the second input, constants derived on chain) is found by the honest challenger and
// judged by the one-step check on chain, in lockstep with the model; and an honest
// solver wins the same game against a challenger holding the lie.
func TestNewKernelFaultsJudgedOnChain(t *testing.T) {
	const c = 4
	d0 := 26*c - 1 // first step after a softmax row's statistics
	cases := []struct {
		name   string
		k      repops.Kernel
		fe, fo int
		in     [][]float32 // nil: random
	}{
		{"xentgrad: own exp block", repops.SoftmaxXentGrad{M: 3, C: c}, 5, d0 + 1 + 9, nil},
		{"xentgrad: row sum, class 2 exp", repops.SoftmaxXentGrad{M: 3, C: c}, 9, c - 1 + 25*2 + 20, nil},
		{"xentgrad: row max", repops.SoftmaxXentGrad{M: 3, C: c}, 2, 1, nil},
		{"xentgrad: 1/m scaling", repops.SoftmaxXentGrad{M: 3, C: c}, 7, d0 + 26, nil},
		{"xent: log block", repops.SoftmaxXent{M: 3, C: c}, 1, d0 + 3*c + 4, nil},
		{"xent: dot reads targets", repops.SoftmaxXent{M: 3, C: c}, 2, d0 + 3*2 + 1, nil},
		{"colsum", repops.ColSum{M: 5, N: 3}, 1, 2, nil},
		{"mean: sum", repops.Mean{N: 20}, 0, 7, nil},
		{"mean: division by n", repops.Mean{N: 20}, 0, 20, nil},
		{"tanh: exp block", repops.Tanh{N: 6}, 4, 12, nil},
		{"tanhgrad", repops.TanhGrad{N: 6}, 3, 2, nil},
		{"adam m: 1-b1", repops.AdamM{N: 5, B1: 0.9}, 2, 1, nil},
		{"adam v: 1-b2", repops.AdamV{N: 5, B2: 0.999}, 4, 2, nil},
		{"scale", repops.Scale{N: 5, S: 0.5}, 3, 0, nil},
		// AdamApply reads slots 3 and 4 (the powers) at element 0 and eps from p2
		{"adam apply: 1-p1' reads slot 3", repops.AdamApply{N: 6, LR: 1e-3, Eps: 1e-8}, 4, 0, adamInputs(rand.New(rand.NewPCG(5, 6)), 6)},
		{"adam apply: v'/(1-p2') reads slot 2", repops.AdamApply{N: 6, LR: 1e-3, Eps: 1e-8}, 2, 3, adamInputs(rand.New(rand.NewPCG(5, 7)), 6)},
		{"adam apply: + eps", repops.AdamApply{N: 6, LR: 1e-3, Eps: 1e-8}, 5, 5, adamInputs(rand.New(rand.NewPCG(5, 8)), 6)},
		{"adam apply: w - update", repops.AdamApply{N: 6, LR: 1e-3, Eps: 1e-8}, 0, 8, adamInputs(rand.New(rand.NewPCG(5, 9)), 6)},
		{"im2col: strided copy", repops.Im2Col{N: 2, H: 5, W: 5, C: 2, KH: 3, KW: 3, S: 2}, 2*3*3*2 + 5, 0, nil},
		// pixel (2,2) channel 1 of a stride-1 3x3 conv: nine taps; a lie in the sixth
		{"col2im: sum over taps", repops.Col2Im{Im2Col: repops.Im2Col{N: 1, H: 5, W: 5, C: 2, KH: 3, KW: 3, S: 1}}, (2*5+2)*2 + 1, 5, nil},
		// a border pixel whose trace is shorter than the centre's
		{"col2im: border pixel", repops.Col2Im{Im2Col: repops.Im2Col{N: 2, H: 4, W: 5, C: 1, KH: 2, KW: 3, S: 1}}, 20 + 5 + 4, 1, nil},
	}
	e := newEnv(t, 2, chain.WithOsakaRules())
	r := rand.New(rand.NewPCG(21, 22))
	for _, tc := range cases {
		in := tc.in
		if in == nil {
			in = randInputs(r, tc.k)
		}
		playNodeFault(t, e, tc.name, tc.k, in, tc.fe, tc.fo)
	}
}

// playNodeFault plays a lie at step fo (or the first later step that changes the
// element) of element fe of kernel k on inputs in, in lockstep with the Go model:
// the honest challenger wins against the lying solver at that very step by the one-step
// check on chain, and the honest solver wins against a challenger holding the lie.
func playNodeFault(t *testing.T, e *env, name string, k repops.Kernel, in [][]float32, fe, fo int) {
	t.Helper()
	spec, truth, liar, setup := newNodeDispute(k, in, fe, fo)
	for _, solverLies := range []bool{true, false} {
		sv, cv, want := liar, truth, model.ChallengerWins
		if !solverLies {
			sv, cv, want = truth, liar, model.SolverWins
		}
		s := setup
		s.Disputed = sv.seg.Leaf(1)
		ls := e.openGame(s, 2)
		res, _, err := model.Play(ls, model.HonestSolver{V: sv, Spec: spec}, model.HonestChallenger{V: cv}, nil, 0)
		for _, d := range ls.diverged {
			t.Errorf("%s (solver lies %v): %s", name, solverLies, d)
		}
		if err != nil {
			t.Fatalf("%s (solver lies %v): %v", name, solverLies, err)
		}
		g := ls.Game()
		onChain := model.Result(call(e, e.game, e.pg.PackResult(ls.id), e.pg.UnpackResult))
		if res != want || onChain != want {
			t.Fatalf("%s (solver lies %v): model %v, contract %v, want %v", name, solverLies, res, onChain, want)
		}
		if g.Level != model.LevelTrace || g.Element != uint64(fe) || g.Idx != uint64(liar.fo) {
			t.Fatalf("%s (solver lies %v): judged level %d element %d step %d, lie at element %d step %d",
				name, solverLies, g.Level, g.Element, g.Idx, fe, liar.fo)
		}
		if solverLies {
			sh, _ := model.StepShape(spec.Nodes[0], g.Element, g.Idx)
			last := ls.gas[len(ls.gas)-1]
			t.Logf("%s: step %d (asked %d, %v) judged on chain, %s gas %d", name, liar.fo, fo, sh, last.name, last.gas)
		}
	}
}

// TestStepShapeGas bounds what the one-step check pays to derive the disputed step's
// structure: the kernel registry's stepShape (what the game calls), for the last step of
// the last class of wide softmax rows, of long sums and of a col2im pixel's taps (the
// deepest arithmetic), stays under 25k gas of execution, the registry's lookup (a cold
// slot, 2100) and its call into the deriver (a cold account, 2600) included; the game's
// own call into the registry adds one more cold account.
func TestStepShapeGas(t *testing.T) {
	e := newEnv(t, 4, chain.WithOsakaRules())
	cases := []struct {
		k repops.Kernel
		e uint64
	}{
		{repops.SoftmaxXent{M: 64, C: 10}, 63}, {repops.SoftmaxXent{M: 4, C: 100000}, 3},
		{repops.SoftmaxXentGrad{M: 64, C: 10}, 639}, {repops.SoftmaxXentGrad{M: 2, C: 100000}, 199999},
		{repops.Mean{N: 1 << 20}, 0}, {repops.ColSum{M: 60000, N: 10}, 9},
		{repops.Tanh{N: 1000}, 999}, {repops.AdamV{N: 1000, B2: 0.999}, 999},
		{repops.MatMulK{M: 256, K: 784, N: 256}, 65535},
		{repops.Im2Col{N: 64, H: 28, W: 28, C: 16, KH: 5, KW: 5, S: 1}, 64*24*24*5*5*16 - 1},
		{repops.Col2Im{Im2Col: repops.Im2Col{N: 64, H: 28, W: 28, C: 16, KH: 5, KW: 5, S: 1}}, 64*28*28*16/2 + 14*28*16 + 13*16},
	}
	for _, c := range cases {
		n := stateNode(c.k, [32]byte{1})
		l, err := model.TraceLengthAt(n, c.e)
		if err != nil {
			t.Fatal(err)
		}
		worst := uint64(0)
		for _, back := range []uint64{l, l / 2, 30, 20, 2, 1} {
			i := l - max(1, min(back, l)) // back 0 (l/2 of a one-step trace) would name step l
			data := e.pk.PackStepShape(0, toKernelsNode(n), c.e, i)
			est, err := e.sim.EstimateGas(e.ctx, ethereum.CallMsg{From: e.addr(accOutsider), To: &e.kernelsAt, Data: data})
			if err != nil {
				t.Fatalf("%v step %d: %v", c.k, i, err)
			}
			calldata := uint64(0)
			for _, b := range data {
				calldata += 4
				if b != 0 {
					calldata += 12
				}
			}
			worst = max(worst, est-21000-calldata)
		}
		t.Logf("%v element %d (%d steps): stepShape at most %d gas", c.k, c.e, l, worst)
		if worst > 25000 {
			t.Errorf("%v: stepShape costs %d gas", c.k, worst)
		}
	}
}
