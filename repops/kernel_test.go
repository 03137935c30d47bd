package repops

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/veritrain/veritrain/internal/fmacases"
)

// specials are the values a kernel must handle exactly like its definition.
var specials = []float32{0, float32(math.Copysign(0, -1)), 1, -1, float32(math.Inf(1)), float32(math.Inf(-1)),
	math.Float32frombits(0x7fc00000), math.Float32frombits(0xffc00001), math.Float32frombits(0x7f800001),
	math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 1e-39, math.MaxFloat32, -math.MaxFloat32, 1e20, -1e20}

// randVec fills n values: mostly ordinary numbers, some specials when wild.
func randVec(r *rand.Rand, n int, wild bool) []float32 {
	v := make([]float32, n)
	for i := range v {
		switch {
		case wild && r.IntN(10) == 0:
			v[i] = specials[r.IntN(len(specials))]
		case wild && r.IntN(20) == 0:
			v[i] = math.Float32frombits(r.Uint32())
		default:
			v[i] = float32(r.NormFloat64())
		}
	}
	return v
}

// testKernels covers every kernel at small and awkward shapes.
func testKernels() []Kernel {
	im := Im2Col{N: 2, H: 9, W: 8, C: 3, KH: 3, KW: 2, S: 2}
	return []Kernel{
		MatMulK{5, 7, 3, NN}, MatMulK{4, 9, 6, NT}, MatMulK{6, 5, 4, TN}, MatMulK{3, 0, 2, NN}, MatMulK{17, 33, 19, NN},
		BiasAdd{6, 5}, ReLU{50}, ReLUGrad{50}, Momentum{40, 0.9}, SGDApply{40, 0.05},
		Tanh{60}, TanhGrad{40}, SoftmaxXent{7, 10}, SoftmaxXentGrad{7, 10}, ColSum{9, 5}, Mean{33},
		AdamM{30, 0.9}, AdamV{30, 0.999}, AdamApply{30, 1e-3, 1e-8}, Scale{20, 0.9},
		im, Col2Im{im}, Col2Im{Im2Col{N: 1, H: 12, W: 12, C: 2, KH: 5, KW: 5, S: 2}},
	}
}

// transformerKernels covers the transformer's kernels (ids 19 on).
func transformerKernels() []Kernel {
	attn, attn2 := Attn{B: 2, T: 5, H: 3, Dh: 4}, Attn{B: 1, T: 7, H: 2, Dh: 13}
	return []Kernel{
		Add{21}, RowMul{4, 7}, RowAffine{4, 7}, ColDot{6, 5},
		Norm{5, 9, 1e-5, false}, Norm{5, 9, 1e-6, true}, Norm{2, 1, 1e-5, false},
		NormGrad{Norm{5, 9, 1e-5, false}}, NormGrad{Norm{4, 6, 1e-6, true}},
		GELU{40}, GELUGrad{40}, SiLU{40}, SiLUGrad{40},
		CausalSoftmax{12, 4, 0.35}, CausalSoftmaxGrad{CausalSoftmax{12, 4, 0.35}},
		AttnScores{attn}, AttnApply{attn}, AttnGradP{attn}, AttnGradQKV{attn},
		AttnScores{attn2}, AttnApply{attn2}, AttnGradP{attn2}, AttnGradQKV{attn2},
		SumSq{17}, SumSq{0}, ClipCoef{1}, ScaleBy{13},
		LRSchedule{10, 100, 1e-3, 1e-4}, LRSchedule{0, 5, 3e-4, 3e-4}, AdamPowers{0.9, 0.95}, AdamW{30, 1e-8, 0.1},
	}
}

func inputsFor(r *rand.Rand, k Kernel, wild bool) [][]float32 {
	var in [][]float32
	for slot, n := range k.InLens() {
		v := randVec(r, n, wild)
		switch k.(type) {
		case SoftmaxXent, SoftmaxXentGrad:
			if slot == 1 { // one-hot targets
				clear(v)
				c := k.Params()[1]
				for i := 0; i < len(v)/int(c); i++ {
					v[i*int(c)+r.IntN(int(c))] = 1
				}
			}
		case AdamW:
			if slot == 2 { // second moments are non-negative
				for i := range v {
					v[i] = float32(math.Abs(float64(v[i])))
				}
			}
			if slot == 3 { // the betas' powers
				v[0], v[1] = float32(r.Float64()), float32(r.Float64())
			}
			if slot == 4 { // [t, lr]
				v[1] = float32(r.Float64() * 1e-2)
			}
		case LRSchedule:
			v[0] = float32(r.IntN(150))
		case AdamApply:
			if slot == 2 { // second moments are non-negative
				for i := range v {
					v[i] = float32(math.Abs(float64(v[i])))
				}
			}
			if slot >= 3 {
				v[0] = float32(r.Float64())
			}
		}
		in = append(in, v)
	}
	return in
}

// TestTracesReplayToKernelBits is the heart of the dispute game: for every kernel, the
// scalar trace of an output element replays to exactly the fast kernel's bits.
func TestTracesReplayToKernelBits(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{3}))
	// RowMul over one long row is dropout's (its fast path splits the row across cores)
	for _, k := range append(testKernels(), append(transformerKernels(), RowMul{1, 40000})...) {
		for _, wild := range []bool{false, true} {
			t.Run(fmt.Sprintf("%v/wild=%v", k, wild), func(t *testing.T) {
				in := inputsFor(r, k, wild)
				out := make([]float32, k.OutLen())
				if err := Check(k, out, in); err != nil {
					t.Fatal(err)
				}
				k.Run(out, in)
				for e := range out {
					tr := k.Trace(in, e)
					got, err := Replay(tr, in)
					if err != nil {
						t.Fatalf("element %d: %v", e, err)
					}
					if math.Float32bits(got) != math.Float32bits(out[e]) {
						t.Fatalf("element %d: trace gives %08x (%g), kernel %08x (%g)", e,
							math.Float32bits(got), got, math.Float32bits(out[e]), out[e])
					}
					if got != got && math.Float32bits(got) != CanonicalNaN {
						t.Fatalf("element %d: non-canonical NaN %08x", e, math.Float32bits(got))
					}
				}
			})
		}
	}
}

func TestReplayRejectsTamperedTrace(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{4}))
	k := MatMulK{3, 8, 2, NN}
	in := inputsFor(r, k, false)
	tr := k.Trace(in, 4)
	bad := append(Trace(nil), tr...)
	bad[5].Result = math.Float32frombits(math.Float32bits(bad[5].Result) ^ 1)
	if _, err := Replay(bad, in); err == nil {
		t.Fatal("a flipped result bit replayed cleanly")
	}
	bad = append(Trace(nil), tr...)
	bad[3].A = Ref{Kind: RefStep, Index: 3}
	if _, err := Replay(bad, in); err == nil {
		t.Fatal("a forward step reference replayed cleanly")
	}
	bad = append(Trace(nil), tr...)
	bad[0].A = Ref{Kind: RefInput, Slot: 0, Index: 999}
	if _, err := Replay(bad, in); err == nil {
		t.Fatal("an out-of-range input replayed cleanly")
	}
}

func TestKernelsIndependentOfThreads(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{5}))
	big := []Kernel{Momentum{1 << 17, 0.9}, AdamApply{1 << 16, 1e-3, 1e-8}, ColSum{64, 2000}, ReLU{1 << 17},
		Col2Im{Im2Col{N: 16, H: 28, W: 28, C: 1, KH: 5, KW: 5, S: 2}}, SoftmaxXentGrad{256, 10}}
	for _, k := range big {
		in := inputsFor(r, k, true)
		a, b := make([]float32, k.OutLen()), make([]float32, k.OutLen())
		prev := runtime.GOMAXPROCS(1)
		k.Run(a, in)
		runtime.GOMAXPROCS(4)
		k.Run(b, in)
		runtime.GOMAXPROCS(prev)
		for i := range a {
			if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
				t.Fatalf("%v: element %d differs between 1 and 4 threads", k, i)
			}
		}
	}
}

func TestLeafEncoding(t *testing.T) {
	s := Step{Op: OpMul, A: Ref{Kind: RefInput, Slot: 1, Index: 0x01020304}, B: Ref{Kind: RefConst, Index: 0x3f800000}, Result: 2}
	l := s.Leaf()
	want := [32]byte{3, 1, 0, 1, 0, 0, 0, 0, 4, 3, 2, 1, 0, 0, 0x80, 0x3f, 0, 0, 0, 0x40}
	if l != want {
		t.Fatalf("leaf %x, want %x", l, want)
	}
}

func TestLeafEncodingFMA(t *testing.T) {
	s := Step{Op: OpFMA, A: Ref{Kind: RefInput, Slot: 0, Index: 7}, B: Ref{Kind: RefInput, Slot: 1, Index: 0x0a0b0c0d},
		C: Ref{Kind: RefStep, Slot: 0, Index: 0x01020304}, Result: 2}
	l := s.Leaf()
	want := [32]byte{12, 1, 1, 0, 1, 2, 0, 0, 7, 0, 0, 0, 0x0d, 0x0c, 0x0b, 0x0a, 0, 0, 0, 0x40, 4, 3, 2, 1}
	if l != want {
		t.Fatalf("leaf %x, want %x", l, want)
	}
}

func TestReplayChecksThirdOperand(t *testing.T) {
	in := [][]float32{{2, 3}, {5}}
	fma := Step{Op: OpFMA, A: Ref{Kind: RefInput, Index: 0}, B: Ref{Kind: RefInput, Slot: 1}, C: Ref{Kind: RefInput, Index: 1}, Result: 13}
	if v, err := Replay(Trace{fma}, in); err != nil || v != 13 {
		t.Fatalf("fma step: %v, %v", v, err)
	}
	bad := fma
	bad.C = Ref{Kind: RefNone}
	if _, err := Replay(Trace{bad}, in); !errors.Is(err, ErrArgC) {
		t.Fatalf("fma without an addend: %v", err)
	}
	add := Step{Op: OpAdd, A: Ref{Kind: RefInput, Index: 0}, B: Ref{Kind: RefInput, Index: 1}, C: Ref{Kind: RefInput, Slot: 1}, Result: 5}
	if _, err := Replay(Trace{add}, in); !errors.Is(err, ErrArgC) {
		t.Fatalf("add with a third operand: %v", err)
	}
	add.C = Ref{}
	if _, err := Replay(Trace{add}, in); err != nil {
		t.Fatal(err)
	}
	if got := Recompute(Trace{fma}, 0, in); got != 13 {
		t.Fatalf("Recompute: %v", got)
	}
}

// TestFMAScalarMatchesFMA32 holds the optimizers' vector fma (assembly where the CPU
// has it) to FMA32 on the hard cases and the random hard families, at every length
// around the vector width, with the addend read from the output slice too.
func TestFMAScalarMatchesFMA32(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 2))
	var xs, ys []float32
	var ss []float32
	for _, cs := range fmacases.Cases {
		ss, xs, ys = append(ss, fbits(cs.A)), append(xs, fbits(cs.B)), append(ys, fbits(cs.C))
	}
	for i := range 4000 {
		a, b, c := fmacases.Gen(r, i)
		ss, xs, ys = append(ss, fbits(a)), append(xs, fbits(b)), append(ys, fbits(c))
	}
	check := func(name string, out []float32, s float32, x, y []float32) {
		t.Helper()
		for i := range out {
			if want := FMA32(s, x[i], y[i]); !sameBits(out[i], want) {
				t.Fatalf("%s: fma(%08x, %08x, %08x) = %08x, want %08x", name, math.Float32bits(s),
					math.Float32bits(x[i]), math.Float32bits(y[i]), math.Float32bits(out[i]), math.Float32bits(want))
			}
		}
	}
	for k, s := range ss {
		for _, n := range []int{1, 7, 8, 9, 31, 64, 100} {
			x, y := make([]float32, n), make([]float32, n)
			for i := range n {
				x[i], y[i] = xs[(k+i)%len(xs)], ys[(k+i)%len(ys)]
			}
			if k < len(fmacases.Cases) {
				x[n/2], y[n/2] = xs[k], ys[k]
			}
			out := make([]float32, n)
			fmaScalar(out, s, x, y)
			check("fmaScalar", out, s, x, y)
			alias := append([]float32(nil), y...)
			fmaScalar(alias, s, x, alias)
			check("fmaScalar, y = out", alias, s, x, y)
		}
	}
}

// TestFusedUpdatesInPlace: the fused optimizer kernels give the same bits when the
// output is one of their inputs (an in-place update).
func TestFusedUpdatesInPlace(t *testing.T) {
	r := rand.New(rand.NewChaCha8([32]byte{15}))
	for _, k := range []Kernel{Momentum{1000, 0.9}, SGDApply{1000, 0.05}, AdamM{1000, 0.9}, AdamV{1000, 0.999}} {
		in := inputsFor(r, k, true)
		want := make([]float32, k.OutLen())
		k.Run(want, in)
		for slot := range in {
			alias := make([][]float32, len(in))
			for i := range in {
				alias[i] = append([]float32(nil), in[i]...)
			}
			k.Run(alias[slot], alias)
			for e := range want {
				if !sameBits(alias[slot][e], want[e]) {
					t.Fatalf("%v with output = input %d: element %d is %08x, want %08x", k, slot, e,
						math.Float32bits(alias[slot][e]), math.Float32bits(want[e]))
				}
			}
		}
	}
}
