package cuda

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/repops"
)

// refGPU is a fake device that runs the CPU reference itself: a card that computes
// every kernel right. With flip set, one bit of one output of that kernel is wrong (and
// with fail set, that kernel does not run at all).
type refGPU struct {
	flip   repops.KernelID
	at     func(n int) int // which output to flip; nil: the middle one
	fail   bool
	closed bool
}

const noKernel repops.KernelID = 255

func (g *refGPU) Run(k repops.Kernel, out []float32, in [][]float32) error {
	if g.closed {
		return ErrClosed
	}
	if k.ID() == g.flip && g.fail {
		return &Error{Call: "cuLaunchKernel", Code: 719, Name: "CUDA_ERROR_LAUNCH_FAILED"}
	}
	k.Run(out, in)
	if k.ID() == g.flip && len(out) > 0 {
		i := len(out) / 2
		if g.at != nil {
			i = g.at(len(out))
		}
		out[i] = math.Float32frombits(math.Float32bits(out[i]) ^ 1)
	}
	return nil
}

func (g *refGPU) String() string { return "fake:0 (CPU reference)" }
func (g *refGPU) Close() error   { g.closed = true; return nil }

// casesOf keeps the self-check's cases of one kernel.
func casesOf(id repops.KernelID) []checkCase {
	var cs []checkCase
	for _, c := range selfCheckCases() {
		if c.k.ID() == id {
			cs = append(cs, c)
		}
	}
	return cs
}

// TestSelfCheckPassesOnReference: a device that computes what repops computes passes,
// and the check has run every kernel the GPU implements.
func TestSelfCheckPassesOnReference(t *testing.T) {
	rep, err := SelfCheck(&refGPU{flip: noKernel})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kernels != len(kernelNames) || rep.Cases != len(selfCheckCases()) || rep.Outputs == 0 {
		t.Fatalf("report %+v: want all %d kernels and %d cases", rep, len(kernelNames), len(selfCheckCases()))
	}
	t.Logf("%+v", rep)
}

// TestSelfCheckCatchesEachKernel: one wrong bit in one output of any one kernel fails
// the check, and the mismatch names that kernel, its shape, the element and both bit
// patterns.
func TestSelfCheckCatchesEachKernel(t *testing.T) {
	for id := range kernelNames {
		cs := casesOf(id)
		g := &refGPU{flip: id}
		_, err := selfCheck(g, cs)
		var m *Mismatch
		if !errors.As(err, &m) || !errors.Is(err, ErrMismatch) {
			t.Fatalf("kernel %d one bit wrong: %v, want a *Mismatch", id, err)
		}
		if m.Kernel != cs[0].k || m.Index != cs[0].k.OutLen()/2 || m.Got^m.Want != 1 || m.Differ != 1 {
			t.Errorf("kernel %d: mismatch %+v, want %v output %d, one bit", id, m, cs[0].k, cs[0].k.OutLen()/2)
		}
		msg := err.Error()
		for _, want := range []string{cs[0].k.String(), "fake:0", "differs"} {
			if !strings.Contains(msg, want) {
				t.Errorf("message %q lacks %q", msg, want)
			}
		}
	}
}

// TestSelfCheckSeesEveryBit: the comparison is of bits, not of values: -0 for +0, a NaN
// payload, the last bit of a subnormal, and an output never written all count.
func TestSelfCheckSeesEveryBit(t *testing.T) {
	for _, tc := range []struct{ got, want uint32 }{
		{0x80000000, 0x00000000}, // -0 for +0
		{0x7fc00001, 0x7fc00000}, // a NaN payload
		{0xffc00000, 0x7fc00000}, // a NaN's sign
		{0x00000002, 0x00000001}, // a subnormal's last bit
		{0x7fbadbad, 0x3f800000}, // the fill: an output the kernel never stored
	} {
		got := []float32{1, math.Float32frombits(tc.got)}
		want := []float32{1, math.Float32frombits(tc.want)}
		m := compareBits(got, want)
		if m == nil || m.Index != 1 || m.Got != tc.got || m.Want != tc.want {
			t.Errorf("%08x vs %08x: %+v", tc.got, tc.want, m)
		}
	}
	same := []float32{float32(math.NaN()), float32(math.Inf(-1)), 0}
	if m := compareBits(same, same); m != nil {
		t.Errorf("equal bits reported: %+v", m)
	}
}

// TestSelfCheckCases: the generated inputs reach each kernel's paths: every kernel in
// every regime, every special value in every input slot of the larger Edges inputs,
// all three matrix layouts with k = 0 and k = 784, tails around the block size, and one
// count past the grid cap.
func TestSelfCheckCases(t *testing.T) {
	cs := selfCheckCases()
	seen := map[repops.KernelID]map[kerneltest.Regime]bool{}
	layouts := map[repops.Layout]bool{}
	var k0, k784, tail, strideLoop bool
	for _, c := range cs {
		if seen[c.k.ID()] == nil {
			seen[c.k.ID()] = map[kerneltest.Regime]bool{}
		}
		seen[c.k.ID()][c.g] = true
		switch k := c.k.(type) {
		case repops.MatMulK:
			layouts[k.L] = true
			k0 = k0 || k.K == 0
			k784 = k784 || k.K == 784
		case repops.ReLU:
			tail = tail || k.N == blockSize+1
		case repops.Scale:
			strideLoop = strideLoop || k.N > blockSize*maxGridSize
		}
	}
	for id := range kernelNames {
		if len(seen[id]) != 4 {
			t.Errorf("kernel %d (%s) checked on %d regimes, want 4", id, kernelNames[id], len(seen[id]))
		}
	}
	if len(layouts) != 3 || !k0 || !k784 || !tail || !strideLoop {
		t.Errorf("layouts %v, k=0 %v, k=784 %v, tail %v, grid-stride %v", layouts, k0, k784, tail, strideLoop)
	}
	// Every special in every slot of an Edges input twice the list's length.
	sp := kerneltest.SpecialBits()
	k := repops.AdamApply{N: 2 * len(sp), LR: 1e-3, Eps: 1e-8}
	in := kerneltest.Inputs(rand.New(rand.NewPCG(1, 2)), k, kerneltest.Edges)
	for s, x := range in {
		if len(x) < 2*len(sp) {
			continue // AdamApply's scalar slots
		}
		have := map[uint32]bool{}
		for _, v := range x {
			have[math.Float32bits(v)] = true
		}
		for _, b := range sp {
			if !have[b] {
				t.Errorf("slot %d lacks %08x", s, b)
			}
		}
	}
}

// TestOpenChecked: a GPU that passes is returned open; one that fails is closed and its
// mismatch (or its failure to run a kernel) returned; a missing device is open's error.
func TestOpenChecked(t *testing.T) {
	good := &refGPU{flip: noKernel}
	g, rep, err := OpenChecked(func() (GPU, error) { return good, nil })
	if err != nil || g != good || good.closed || rep.Kernels != len(kernelNames) {
		t.Fatalf("good device: %v, %v, closed %v, %+v", g, err, good.closed, rep)
	}
	bad := &refGPU{flip: repops.KTanhGrad}
	g, _, err = OpenChecked(func() (GPU, error) { return bad, nil })
	if g != nil || !errors.Is(err, ErrMismatch) || !bad.closed || !strings.Contains(err.Error(), "tanhgrad(") {
		t.Fatalf("one bit wrong in tanhgrad: %v, %v, closed %v", g, err, bad.closed)
	}
	broken := &refGPU{flip: repops.KColSum, fail: true}
	g, _, err = OpenChecked(func() (GPU, error) { return broken, nil })
	var e *Error
	if g != nil || errors.Is(err, ErrMismatch) || !errors.As(err, &e) || !broken.closed || !strings.Contains(err.Error(), "colsum(") {
		t.Fatalf("colsum fails to run: %v, %v, closed %v", g, err, broken.closed)
	}
	g, _, err = OpenChecked(func() (GPU, error) { return nil, ErrNoDevice })
	if g != nil || !errors.Is(err, ErrNoDevice) {
		t.Fatalf("no device: %v, %v", g, err)
	}
}

// TestSelfCheckOnGPU: the start-up self-check passes on this machine's GPU (what
// `veritrain selftest --device cuda` runs), and OpenChecked returns it.
func TestSelfCheckOnGPU(t *testing.T) {
	d := openOrSkip(t)
	rep, err := SelfCheck(d)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Kernels != len(kernelNames) {
		t.Fatalf("report %+v: want %d kernels", rep, len(kernelNames))
	}
	t.Logf("%v: %+v", d, rep)
}
