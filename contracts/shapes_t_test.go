package contracts_test

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapestderiver"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
)

// tDeriver is PinpointShapesTDeriver deployed alone on a fresh simulated chain (it
// needs nothing else: the registry routes ids 19-40 to it).
type tDeriver struct {
	t    *testing.T
	ctx  context.Context
	sim  *chain.Sim
	b    *pinpointshapestderiver.PinpointShapesTDeriver
	c    *bind.BoundContract
	at   common.Address
	from common.Address
}

func newTDeriver(t *testing.T, opts ...chain.Option) *tDeriver {
	t.Helper()
	sim, err := chain.NewSim(append([]chain.Option{chain.WithAccounts(1)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	at, _, err := chain.Deploy(t.Context(), sim, 0, &pinpointshapestderiver.PinpointShapesTDeriverMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := pinpointshapestderiver.NewPinpointShapesTDeriver()
	return &tDeriver{t: t, ctx: t.Context(), sim: sim, b: b, c: b.Instance(sim, at), at: at, from: sim.Accounts()[0].Address}
}

func tNode(n model.Node) pinpointshapestderiver.PinpointShapesNode {
	return pinpointshapestderiver.PinpointShapesNode(n) // the same fields, in the same order
}

func fromTShape(s pinpointshapestderiver.PinpointShapesShape) model.Shape {
	return model.Shape{Op: repops.Op(s.Op), KindA: repops.RefKind(s.KindA), KindB: repops.RefKind(s.KindB),
		SlotA: s.SlotA, SlotB: s.SlotB, PayA: s.PayA, PayB: s.PayB,
		KindC: repops.RefKind(s.KindC), SlotC: s.SlotC, PayC: s.PayC}
}

func (d *tDeriver) valid(n model.Node) bool {
	v, err := bind.Call(d.c, &bind.CallOpts{Context: d.ctx}, d.b.PackValidNode(tNode(n)), d.b.UnpackValidNode)
	if err != nil {
		d.t.Fatal(err)
	}
	return v
}

func (d *tDeriver) length(n model.Node, e uint64) (uint64, error) {
	return bind.Call(d.c, &bind.CallOpts{Context: d.ctx}, d.b.PackTraceLength(tNode(n), e), d.b.UnpackTraceLength)
}

func (d *tDeriver) shape(n model.Node, e, i uint64) (model.Shape, error) {
	s, err := bind.Call(d.c, &bind.CallOpts{Context: d.ctx}, d.b.PackStepShape(tNode(n), e, i), d.b.UnpackStepShape)
	return fromTShape(s), err
}

// outOfRange and unknownKernel say whether err is the deriver's StepOutOfRange or
// UnknownKernel revert.
func (d *tDeriver) outOfRange(err error) bool {
	return revertsWith(err, d.b, func(e any) bool { _, ok := e.(*pinpointshapestderiver.PinpointShapesTDeriverStepOutOfRange); return ok })
}

func (d *tDeriver) unknownKernel(err error) bool {
	return revertsWith(err, d.b, func(e any) bool { _, ok := e.(*pinpointshapestderiver.PinpointShapesTDeriverUnknownKernel); return ok })
}

// tShapeKernels are the shapes of kernels 19-40 checked on chain: small ones (every
// step of every element is affordable; repops' test shapes and the edges: T = 1,
// Dh = 1, rows of one, d = 1, empty traces) and GPT-2-small ones (width 768, 12 heads
// of 64, context 1024, vocabulary 50257; sampled).
func tShapeKernels() (small, large []repops.Kernel) {
	attn, attn1 := repops.Attn{B: 2, T: 5, H: 3, Dh: 4}, repops.Attn{B: 2, T: 3, H: 1, Dh: 1}
	one := repops.Attn{B: 1, T: 1, H: 1, Dh: 1}
	soft := repops.CausalSoftmax{Rows: 12, T: 4, Scale: 0.35}
	small = []repops.Kernel{
		repops.Add{N: 21}, repops.RowMul{M: 4, N: 7}, repops.RowAffine{M: 4, N: 7}, repops.ColDot{M: 6, N: 5},
		repops.ColDot{M: 0, N: 2}, repops.RowMul{M: 3, N: 1},
		repops.Norm{M: 3, D: 9, Eps: 1e-5}, repops.Norm{M: 3, D: 9, Eps: 1e-6, RMS: true}, repops.Norm{M: 2, D: 1, Eps: 1e-5},
		repops.NormGrad{Norm: repops.Norm{M: 2, D: 9, Eps: 1e-5}}, repops.NormGrad{Norm: repops.Norm{M: 2, D: 6, Eps: 1e-6, RMS: true}},
		repops.NormGrad{Norm: repops.Norm{M: 2, D: 1, Eps: 1e-5}},
		repops.GELU{N: 3}, repops.GELUGrad{N: 3}, repops.SiLU{N: 3}, repops.SiLUGrad{N: 3},
		soft, repops.CausalSoftmaxGrad{CausalSoftmax: soft}, repops.CausalSoftmax{Rows: 1, T: 1, Scale: 1},
		repops.CausalSoftmax{Rows: 5, T: 3, Scale: 0.5},
		repops.AttnScores{Attn: attn}, repops.AttnApply{Attn: attn}, repops.AttnGradP{Attn: attn}, repops.AttnGradQKV{Attn: attn},
		repops.AttnScores{Attn: attn1}, repops.AttnApply{Attn: attn1}, repops.AttnGradP{Attn: attn1}, repops.AttnGradQKV{Attn: attn1},
		repops.AttnScores{Attn: one}, repops.AttnApply{Attn: one}, repops.AttnGradP{Attn: one}, repops.AttnGradQKV{Attn: one},
		repops.AttnScores{Attn: repops.Attn{B: 1, T: 3, H: 2, Dh: 0}},
		repops.SumSq{N: 17}, repops.SumSq{N: 0}, repops.ClipCoef{Clip: 1}, repops.ScaleBy{N: 5},
		repops.LRSchedule{Warmup: 10, Total: 100, LRMax: 1e-3, LRMin: 1e-4}, repops.LRSchedule{Warmup: 100, Total: 10, LRMax: 1e-3},
		repops.AdamPowers{B1: 0.9, B2: 0.95}, repops.AdamW{N: 4, Eps: 1e-8, WD: 0.1},
	}
	gpt := repops.Attn{B: 2, T: 1024, H: 12, Dh: 64}
	gsoft := repops.CausalSoftmax{Rows: 2 * 12 * 1024, T: 1024, Scale: 0.125}
	large = []repops.Kernel{
		repops.Add{N: 8 * 1024 * 768}, repops.RowMul{M: 8 * 1024, N: 768}, repops.RowAffine{M: 8 * 1024, N: 768},
		repops.ColDot{M: 8 * 1024, N: 768}, repops.ColDot{M: 50257, N: 1},
		repops.Norm{M: 8 * 1024, D: 768, Eps: 1e-5}, repops.Norm{M: 8 * 1024, D: 768, Eps: 1e-5, RMS: true},
		repops.NormGrad{Norm: repops.Norm{M: 8 * 1024, D: 768, Eps: 1e-5}},
		repops.NormGrad{Norm: repops.Norm{M: 8 * 1024, D: 768, Eps: 1e-5, RMS: true}},
		repops.GELU{N: 8 * 1024 * 3072}, repops.GELUGrad{N: 8 * 1024 * 3072},
		repops.SiLU{N: 8 * 1024 * 3072}, repops.SiLUGrad{N: 8 * 1024 * 3072},
		gsoft, repops.CausalSoftmaxGrad{CausalSoftmax: gsoft},
		repops.AttnScores{Attn: gpt}, repops.AttnApply{Attn: gpt}, repops.AttnGradP{Attn: gpt}, repops.AttnGradQKV{Attn: gpt},
		repops.SumSq{N: 50257 * 768}, repops.ScaleBy{N: 50257 * 768}, repops.AdamW{N: 50257 * 768, Eps: 1e-8, WD: 0.1},
	}
	return small, large
}

// sampleSteps are the steps of an l-step trace checked: all of a short one; else the
// first and last 8, two at each of 24 evenly spaced points (so every block of a long
// multi-part trace, rows of d or a softmax's columns, is visited) and 8 random ones.
func sampleSteps(r *rand.Rand, l uint64) []uint64 {
	if l <= 48 {
		out := make([]uint64, l)
		for i := range out {
			out[i] = uint64(i)
		}
		return out
	}
	var out []uint64
	for i := uint64(0); i < 8; i++ {
		out = append(out, i, l-1-i)
	}
	for k := uint64(1); k < 24; k++ {
		p := l * k / 24
		out = append(out, p, p+1)
	}
	for range 8 {
		out = append(out, r.Uint64N(l))
	}
	return out
}

// sampleElements are the elements checked: all of a small output; else the first and
// last, the last of the first row-ish blocks and random ones.
func sampleElements(r *rand.Rand, n uint64, all bool) []uint64 {
	if all || n <= 8 {
		out := make([]uint64, n)
		for i := range out {
			out[i] = uint64(i)
		}
		return out
	}
	out := []uint64{0, 1, n - 1, n - 2, n / 2}
	for range 5 {
		out = append(out, r.Uint64N(n))
	}
	return out
}

// TestShapesTOnChain holds PinpointShapesTDeriver to the Go model (itself held to
// repops traces by model.TestStepShapeTransformerKernels) for every kernel 19-40:
// validNode, traceLength and stepShape, every step of every element at small shapes,
// sampled at GPT-2-small shapes (the last step, steps in every block); past the end it
// reverts StepOutOfRange; invalid descriptors and every other kernel id are refused
// (validNode false, traceLength reverts UnknownKernel for ids outside 19-40). Its
// runtime code fits EIP-170.
func TestShapesTOnChain(t *testing.T) {
	d := newTDeriver(t)
	code, err := d.sim.CodeAt(d.ctx, d.at, nil)
	if err != nil {
		t.Fatal(err)
	}
	const limit = 24576
	t.Logf("PinpointShapesTDeriver: %d bytes of runtime code, %d left under EIP-170", len(code), limit-len(code))
	if len(code) == 0 || len(code) > limit {
		t.Fatalf("PinpointShapesTDeriver code is %d bytes", len(code))
	}
	start := time.Now()
	r := rand.New(rand.NewPCG(19, 40))
	small, large := tShapeKernels()
	seen := map[repops.KernelID]bool{}
	calls := 0
	for pass, ks := range [][]repops.Kernel{small, large} {
		for _, k := range ks {
			seen[k.ID()] = true
			n := stateNode(k, [32]byte{9})
			if !n.Valid() || !d.valid(n) {
				t.Fatalf("%v: Go valid %v, contract valid %v", k, n.Valid(), d.valid(n))
			}
			for _, e := range sampleElements(r, n.Numel, pass == 0) {
				want, err := model.TraceLengthAt(n, e)
				if err != nil {
					t.Fatal(err)
				}
				got, err := d.length(n, e)
				calls++
				if err != nil || got != want {
					t.Fatalf("%v element %d: traceLength %d (%v), model %d", k, e, got, err, want)
				}
				for _, i := range sampleSteps(r, want) {
					sw, err := model.StepShape(n, e, i)
					if err != nil {
						t.Fatal(err)
					}
					sh, err := d.shape(n, e, i)
					calls++
					if err != nil || sh != sw {
						t.Fatalf("%v element %d step %d of %d: contract %+v (%v), model %+v", k, e, i, want, sh, err, sw)
					}
				}
				if _, err := d.shape(n, e, want); !d.outOfRange(err) {
					t.Fatalf("%v element %d: step %d past the end: %v", k, e, want, err)
				}
			}
		}
	}
	for id := repops.KAdd; id <= repops.KAdamW; id++ {
		if !seen[id] {
			t.Errorf("kernel %d not covered", id)
		}
	}
	// Refused: invalid descriptors of 19-40 (the model agrees), kernels 1-18 (another
	// deriver's) and ids past 40.
	bad := []model.Node{
		withNode(repops.RowMul{M: 2, N: 3}, func(n *model.Node) { n.P1 = 0 }),
		withNode(repops.ColDot{M: 2, N: 3}, func(n *model.Node) { n.P0 = 1 << 31 }),
		withNode(repops.Norm{M: 2, D: 3}, func(n *model.Node) { n.P3 = 2 }),
		withNode(repops.NormGrad{Norm: repops.Norm{M: 2, D: 3}}, func(n *model.Node) { n.P0, n.P1, n.Numel = 1, 1<<30, 1<<30 }),
		withNode(soft4(), func(n *model.Node) { n.P0, n.P1, n.Numel = 1, 1<<28, 1<<28 }),
		withNode(soft4(), func(n *model.Node) { n.Numel++ }),
		withNode(repops.AttnGradP{Attn: repops.Attn{B: 1, T: 2, H: 1, Dh: 1}}, func(n *model.Node) { n.P2, n.P3, n.Numel = 1<<16, 1<<15, 1<<18 }),
		withNode(repops.AttnScores{Attn: repops.Attn{B: 1, T: 2, H: 1, Dh: 1}}, func(n *model.Node) { n.P1, n.Numel = 1<<16, 1 }),
		withNode(repops.AttnApply{Attn: repops.Attn{B: 1, T: 2, H: 1, Dh: 1}}, func(n *model.Node) { n.P3 = 0 }),
		withNode(repops.SumSq{N: 3}, func(n *model.Node) { n.Numel = 2 }),
		withNode(repops.LRSchedule{Warmup: 1, Total: 2}, func(n *model.Node) { n.Numel = 3 }),
		withNode(repops.Add{N: 3}, func(n *model.Node) { n.P0, n.Numel = 0, 1<<32 }),
	}
	for _, n := range bad {
		if n.Valid() || d.valid(n) {
			t.Errorf("%+v: Go valid %v, contract valid %v", n, n.Valid(), d.valid(n))
		}
	}
	for _, k := range []repops.Kernel{repops.MatMulK{M: 2, K: 3, N: 2}, repops.ReLU{N: 4}, repops.Col2Im{Im2Col: repops.Im2Col{N: 1, H: 3, W: 3, C: 1, KH: 2, KW: 2, S: 1}}} {
		n := stateNode(k, [32]byte{})
		if !n.Valid() || d.valid(n) {
			t.Errorf("%v: kernel 1-18 valid on the transformer deriver", k)
		}
		if _, err := d.length(n, 0); !d.unknownKernel(err) {
			t.Errorf("%v: traceLength: %v", k, err)
		}
	}
	for _, id := range []uint8{0, 41, 255} {
		n := model.Node{Kernel: id, P0: 1, Numel: 1}
		if d.valid(n) {
			t.Errorf("kernel %d valid", id)
		}
		if _, err := d.length(n, 0); !d.unknownKernel(err) {
			t.Errorf("kernel %d: traceLength: %v", id, err)
		}
		if _, err := d.shape(n, 0, 0); !d.unknownKernel(err) {
			t.Errorf("kernel %d: stepShape: %v", id, err)
		}
	}
	t.Logf("%d calls in %v", calls, time.Since(start).Round(time.Millisecond))
}

func soft4() repops.Kernel { return repops.CausalSoftmax{Rows: 8, T: 4, Scale: 0.5} }

func withNode(k repops.Kernel, f func(*model.Node)) model.Node {
	n := stateNode(k, [32]byte{})
	f(&n)
	return n
}

// TestStepShapeTGas reports what stepShape costs at GPT-2-small shapes (width 768, 12
// heads of 64, context 1024, vocabulary 50257), for the steps with the deepest
// arithmetic of each kernel (the last steps of the longest traces, steps inside the
// exp blocks and row statistics), as eth_call execution gas (EstimateGas less the
// intrinsic 21000 and calldata): the game pays it, plus the call into the deriver, in
// its one-step check. It stays under 25k.
func TestStepShapeTGas(t *testing.T) {
	d := newTDeriver(t, chain.WithOsakaRules())
	gpt := repops.Attn{B: 8, T: 1024, H: 12, Dh: 64}
	gsoft := repops.CausalSoftmax{Rows: 8 * 12 * 1024, T: 1024, Scale: 0.125}
	rows := 8 * 1024
	cases := []struct {
		k repops.Kernel
		e uint64 // the element with the longest trace
	}{
		{repops.Add{N: rows * 768}, 0}, {repops.RowAffine{M: rows, N: 768}, uint64(rows*768 - 1)},
		{repops.ColDot{M: rows, N: 768}, 767}, {repops.ColDot{M: 50257, N: 768}, 767},
		{repops.Norm{M: rows, D: 768, Eps: 1e-5}, uint64(rows*768 - 1)},
		{repops.Norm{M: rows, D: 768, Eps: 1e-5, RMS: true}, uint64(rows*768 - 1)},
		{repops.NormGrad{Norm: repops.Norm{M: rows, D: 768, Eps: 1e-5}}, uint64(rows*768 - 1)},
		{repops.NormGrad{Norm: repops.Norm{M: rows, D: 768, Eps: 1e-5, RMS: true}}, uint64(rows*768 - 1)},
		{repops.GELU{N: rows * 3072}, 0}, {repops.GELUGrad{N: rows * 3072}, 0},
		{repops.SiLU{N: rows * 3072}, 0}, {repops.SiLUGrad{N: rows * 3072}, 0},
		{gsoft, uint64(gsoft.Rows*1024 - 1)}, {repops.CausalSoftmaxGrad{CausalSoftmax: gsoft}, uint64(gsoft.Rows*1024 - 1)},
		{repops.AttnScores{Attn: gpt}, uint64(8*12*1024*1024 - 1)}, {repops.AttnGradP{Attn: gpt}, uint64(8*12*1024*1024 - 1)},
		{repops.AttnApply{Attn: gpt}, uint64(8*1024*768 - 1)},
		{repops.AttnGradQKV{Attn: gpt}, 7 * 1024 * 3 * 768},         // q part of (b 7, t 0): one term
		{repops.AttnGradQKV{Attn: gpt}, (7*1024+1023)*3*768 + 767},  // q part of the last position: 1024 terms
		{repops.AttnGradQKV{Attn: gpt}, 7*1024*3*768 + 768 + 767},   // k part of position 0: 1024 terms
		{repops.AttnGradQKV{Attn: gpt}, 7*1024*3*768 + 2*768 + 767}, // v part of position 0
		{repops.SumSq{N: 50257 * 768}, 0}, {repops.SumSq{N: 0}, 0}, {repops.ClipCoef{Clip: 1}, 0},
		{repops.ScaleBy{N: 50257 * 768}, 0}, {repops.LRSchedule{Warmup: 2000, Total: 600000, LRMax: 6e-4, LRMin: 6e-5}, 1},
		{repops.AdamPowers{B1: 0.9, B2: 0.95}, 1}, {repops.AdamW{N: 50257 * 768, Eps: 1e-8, WD: 0.1}, 50257*768 - 1},
	}
	overall, worstName := uint64(0), ""
	for _, c := range cases {
		n := stateNode(c.k, [32]byte{1})
		l, err := model.TraceLengthAt(n, c.e)
		if err != nil || l == 0 {
			t.Fatalf("%v element %d: length %d (%v)", c.k, c.e, l, err)
		}
		worst, at := uint64(0), uint64(0)
		for _, i := range []uint64{l - 1, l - 2, l - 3, l - 4, l - 5, l / 2, l / 3, 2 * l / 3, l - 30, 40, 30, 20, 2, 1, 0} {
			if i >= l {
				continue
			}
			data := d.b.PackStepShape(tNode(n), c.e, i)
			est, err := d.sim.EstimateGas(d.ctx, ethereum.CallMsg{From: d.from, To: &d.at, Data: data})
			if err != nil {
				t.Fatalf("%v element %d step %d: %v", c.k, c.e, i, err)
			}
			calldata := uint64(0)
			for _, b := range data {
				calldata += 4
				if b != 0 {
					calldata += 12
				}
			}
			if g := est - 21000 - calldata; g > worst {
				worst, at = g, i
			}
		}
		t.Logf("%v element %d (%d steps): stepShape at most %d gas (step %d)", c.k, c.e, l, worst, at)
		if worst > overall {
			overall, worstName = worst, c.k.String()
		}
		if worst > 25000 {
			t.Errorf("%v: stepShape costs %d gas", c.k, worst)
		}
	}
	t.Logf("worst: %s, %d gas", worstName, overall)
}
