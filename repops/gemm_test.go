package repops

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/internal/fmacases"
)

// gemmAt returns op(A)(i, p) and op(B)(p, j) for the layout: the definition's indexing.
func gemmAt(a, b []float32, m, k, n int, l Layout) (func(i, p int) float32, func(p, j int) float32) {
	fa := func(i, p int) float32 { return a[i*k+p] }
	fb := func(p, j int) float32 { return b[p*n+j] }
	if l == TN {
		fa = func(i, p int) float32 { return a[p*m+i] }
	}
	if l == NT {
		fb = func(p, j int) float32 { return b[j*k+p] }
	}
	return fa, fb
}

// gemmNaive is the protocol's definition, written as literally as possible.
func gemmNaive(c, a, b []float32, m, k, n int, l Layout) {
	fa, fb := gemmAt(a, b, m, k, n, l)
	for i := range m {
		for j := range n {
			acc := float32(0)
			for p := range k {
				acc = FMA32(fa(i, p), fb(p, j), acc)
			}
			c[i*n+j] = Canon(acc)
		}
	}
}

// gemmNaiveUnfused is the definition with each product rounded before its add (the
// definition before issue 15): what the kernels must no longer do.
func gemmNaiveUnfused(c, a, b []float32, m, k, n int, l Layout) {
	fa, fb := gemmAt(a, b, m, k, n, l)
	for i := range m {
		for j := range n {
			acc := float32(0)
			for p := range k {
				acc = acc + float32(fa(i, p)*fb(p, j))
			}
			c[i*n+j] = Canon(acc)
		}
	}
}

// matMulGo is MatMul on the pure-Go kernel, whatever the build and CPU.
func matMulGo(c, a, b []float32, m, k, n int, l Layout) {
	gemmMatMul(gemmGo, runtime.GOMAXPROCS(0), c, a, b, m, k, n, l)
}

// matMulAsm is MatMul on the kernel MatMul picked; false where it is the pure-Go one.
func matMulAsm(c, a, b []float32, m, k, n int, l Layout) bool {
	if gemmPick() == gemmGo {
		return false
	}
	gemmMatMul(gemmPick(), runtime.GOMAXPROCS(0), c, a, b, m, k, n, l)
	return true
}

// gemmTestKernels are every path of this build, each also with tiny cache blocks so
// that small shapes cross every k-block, row-block and column-block boundary.
func gemmTestKernels() []*gemmKernel {
	ks := append([]*gemmKernel{gemmGo4x4, gemmGo2x4}, gemmAsmKernels...)
	var out []*gemmKernel
	for _, k := range ks {
		tiny := *k
		tiny.name += "-tinyblocks"
		tiny.mc, tiny.kc, tiny.nc = 2*k.mr, 3, 2*k.nr
		out = append(out, k, &tiny)
	}
	return out
}

// Value distributions: each fills s from r.
type gemmDist struct {
	name string
	gen  func(r *rand.Rand) float32
}

var gemmSpecials = []float32{
	0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
	math.Float32frombits(0x7fc00000), math.Float32frombits(0xffc00000), // canonical, x86 default NaN
	math.Float32frombits(0x7f800001), math.Float32frombits(0xff812345), // signalling, odd payload
	math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.Float32frombits(0x007fffff),
	math.MaxFloat32, -math.MaxFloat32, 1, -1, 0x1p-126,
}

var (
	gemmNormal    = gemmDist{"normal", func(r *rand.Rand) float32 { return float32(r.NormFloat64()) }}
	gemmRandBits  = gemmDist{"randbits", func(r *rand.Rand) float32 { return math.Float32frombits(r.Uint32()) }}
	gemmSubnormal = gemmDist{"subnormal", func(r *rand.Rand) float32 {
		return math.Float32frombits(r.Uint32() & 0x807fffff) // sign, exponent 0, any fraction
	}}
	gemmHuge = gemmDist{"huge", func(r *rand.Rand) float32 {
		return float32(r.NormFloat64() * math.Ldexp(1, 100+r.IntN(28))) // products overflow
	}}
	gemmSpecial = gemmDist{"special", func(r *rand.Rand) float32 {
		if r.IntN(4) == 0 {
			return gemmSpecials[r.IntN(len(gemmSpecials))]
		}
		return float32(r.NormFloat64())
	}}
	gemmSignedZeros = gemmDist{"signedzeros", func(r *rand.Rand) float32 {
		if r.IntN(2) == 0 {
			return float32(math.Copysign(0, -1))
		}
		return 0
	}}
	// Large terms of both signs with small ones between: sums cancel to a few ulps.
	gemmCancel = gemmDist{"cancel", func(r *rand.Rand) float32 {
		if r.IntN(2) == 0 {
			return float32(1<<24) * float32(r.IntN(3)-1)
		}
		return float32(r.NormFloat64() * 1e-3)
	}}
	gemmScale = gemmDist{"tiny", func(r *rand.Rand) float32 { // subnormal times this stays small
		return float32(r.NormFloat64() * 1e-20)
	}}
)

type gemmCase struct {
	name string
	a, b gemmDist
}

var gemmCases = []gemmCase{
	{"normal", gemmNormal, gemmNormal},
	{"special", gemmSpecial, gemmSpecial},
	{"randbits", gemmRandBits, gemmRandBits},
	{"subnormal*huge", gemmSubnormal, gemmHuge},  // normal-range products of subnormals
	{"subnormal*tiny", gemmSubnormal, gemmScale}, // products underflow
	{"huge", gemmHuge, gemmHuge},                 // overflow to ±Inf, then Inf-Inf = NaN
	{"signedzeros*normal", gemmSignedZeros, gemmNormal},
	{"cancel", gemmCancel, gemmCancel},
}

func gemmFill(r *rand.Rand, d gemmDist, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = d.gen(r)
	}
	return s
}

func gemmSeed(parts ...int) *rand.Rand {
	var seed [32]byte
	for i, p := range parts {
		seed[i%32] ^= byte(p) + byte(i)*31
		seed[(i+7)%32] ^= byte(p >> 8)
	}
	return rand.New(rand.NewChaCha8(seed))
}

// gemmFirstDiff returns a description of the first bitwise difference, or "".
func gemmFirstDiff(got, want []float32, n int) string {
	for x := range want {
		if math.Float32bits(got[x]) != math.Float32bits(want[x]) {
			return fmt.Sprintf("c[%d,%d] = %#08x (%g), want %#08x (%g)", x/n, x%n,
				math.Float32bits(got[x]), got[x], math.Float32bits(want[x]), want[x])
		}
	}
	return ""
}

type gemmShape struct{ m, k, n int }

func (s gemmShape) String() string { return fmt.Sprintf("%dx%dx%d", s.m, s.k, s.n) }

var gemmSmallShapes = []gemmShape{
	{1, 1, 1}, {1, 7, 1}, {2, 3, 5}, {5, 1, 3}, {6, 4, 16}, {7, 5, 17}, {13, 11, 29},
	{4, 1, 4}, {3, 2, 1}, {1, 31, 37}, {37, 31, 1}, {12, 9, 32}, {18, 17, 48},
	{63, 63, 63}, {64, 64, 64}, {65, 65, 65}, {97, 3, 101}, {200, 2, 7}, {3, 300, 2},
	{150, 260, 70}, {64, 256, 10}, {64, 10, 256}, {256, 64, 10},
}

// gemmModelShapes are the MNIST MLP's products (784-256-10 at batch 64) and their
// backward partners.
var gemmModelShapes = []gemmShape{{64, 784, 256}, {64, 256, 784}, {784, 64, 256}, {256, 64, 784}}

func TestMatMulMatchesDefinition(t *testing.T) {
	// No inline threshold: small shapes also take the parallel split (along n or m).
	defer func(w int) { gemmInlineWork = w }(gemmInlineWork)
	gemmInlineWork = 0
	kernels := gemmTestKernels()
	run := func(t *testing.T, s gemmShape, cases []gemmCase) {
		for _, l := range []Layout{NN, NT, TN} {
			for ci, cs := range cases {
				r := gemmSeed(s.m, s.k, s.n, int(l), ci)
				a := gemmFill(r, cs.a, s.m*s.k)
				b := gemmFill(r, cs.b, s.k*s.n)
				want := make([]float32, s.m*s.n)
				gemmNaive(want, a, b, s.m, s.k, s.n, l)
				for _, kern := range kernels {
					for _, workers := range []int{1, 3} {
						got := make([]float32, s.m*s.n)
						for i := range got {
							got[i] = 12345 // every output must be overwritten
						}
						gemmMatMul(kern, workers, got, a, b, s.m, s.k, s.n, l)
						if d := gemmFirstDiff(got, want, s.n); d != "" {
							t.Fatalf("%v %v %s kernel %s workers %d: %s", s, l, cs.name, kern.name, workers, d)
						}
					}
				}
			}
		}
	}
	for _, s := range gemmSmallShapes {
		t.Run(s.String(), func(t *testing.T) { run(t, s, gemmCases) })
	}
	for _, s := range gemmModelShapes {
		t.Run(s.String(), func(t *testing.T) {
			cases := gemmCases[:2]
			if testing.Short() {
				cases = cases[:1]
			}
			run(t, s, cases)
		})
	}
}

func TestMatMulPublicMatchesDefinition(t *testing.T) {
	// MatMul itself (whatever path this build and CPU pick), at the model shapes.
	for _, s := range append([]gemmShape{{64, 256, 10}, {1, 1, 1}}, gemmModelShapes...) {
		for _, l := range []Layout{NN, NT, TN} {
			r := gemmSeed(s.m, s.k, s.n, int(l), 99)
			a := gemmFill(r, gemmSpecial, s.m*s.k)
			b := gemmFill(r, gemmNormal, s.k*s.n)
			want := make([]float32, s.m*s.n)
			got := make([]float32, s.m*s.n)
			gemmNaive(want, a, b, s.m, s.k, s.n, l)
			MatMul(got, a, b, s.m, s.k, s.n, l)
			if d := gemmFirstDiff(got, want, s.n); d != "" {
				t.Errorf("MatMul %v %v: %s", s, l, d)
			}
			matMulGo(got, a, b, s.m, s.k, s.n, l)
			if d := gemmFirstDiff(got, want, s.n); d != "" {
				t.Errorf("matMulGo %v %v: %s", s, l, d)
			}
			if matMulAsm(got, a, b, s.m, s.k, s.n, l) {
				if d := gemmFirstDiff(got, want, s.n); d != "" {
					t.Errorf("matMulAsm %v %v: %s", s, l, d)
				}
			}
		}
	}
}

func TestMatMulGOMAXPROCS(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, s := range []gemmShape{{64, 784, 256}, {784, 64, 256}, {200, 100, 3}, {3, 100, 200}} {
		for _, l := range []Layout{NN, NT, TN} {
			r := gemmSeed(s.m, s.k, s.n, int(l), 7)
			a := gemmFill(r, gemmNormal, s.m*s.k)
			b := gemmFill(r, gemmSpecial, s.k*s.n)
			var outs [][]float32
			for _, procs := range []int{1, 2, 5} {
				runtime.GOMAXPROCS(procs)
				c := make([]float32, s.m*s.n)
				MatMul(c, a, b, s.m, s.k, s.n, l)
				outs = append(outs, c)
			}
			for i := 1; i < len(outs); i++ {
				if d := gemmFirstDiff(outs[i], outs[0], s.n); d != "" {
					t.Errorf("%v %v: GOMAXPROCS changes bits: %s", s, l, d)
				}
			}
		}
	}
}

// TestMatMulUnfusedHasTeeth shows the bit-equality checks can fail: a separate
// multiply and add, the mistake the kernels must not make, gives different bits on
// ordinary data.
func TestMatMulUnfusedHasTeeth(t *testing.T) {
	s := gemmShape{16, 64, 16}
	r := gemmSeed(1, 2, 3)
	a := gemmFill(r, gemmNormal, s.m*s.k)
	b := gemmFill(r, gemmNormal, s.k*s.n)
	want := make([]float32, s.m*s.n)
	unfused := make([]float32, s.m*s.n)
	gemmNaive(want, a, b, s.m, s.k, s.n, NN)
	gemmNaiveUnfused(unfused, a, b, s.m, s.k, s.n, NN)
	diffs := 0
	for i := range want {
		if math.Float32bits(want[i]) != math.Float32bits(unfused[i]) {
			diffs++
		}
	}
	if diffs < len(want)/4 {
		t.Fatalf("the unfused loop differs in only %d of %d outputs: the comparison is too weak", diffs, len(want))
	}
	got := make([]float32, s.m*s.n)
	MatMul(got, a, b, s.m, s.k, s.n, NN)
	if gemmFirstDiff(got, unfused, s.n) == "" {
		t.Fatal("MatMul equals the unfused loop")
	}
}

// TestUnfusedBaselineIsUnfused holds the benchmarks' baseline kernel to what it
// claims to be (the unfused definition), so that fused-against-unfused figures compare
// the two definitions and nothing else.
func TestUnfusedBaselineIsUnfused(t *testing.T) {
	if gemmUnfusedRef == nil {
		t.Skip("no assembly baseline in this build or on this CPU")
	}
	for _, s := range []gemmShape{{7, 5, 17}, {64, 784, 32}, {13, 300, 37}} {
		r := gemmSeed(s.m, s.k, s.n, 15)
		a := gemmFill(r, gemmNormal, s.m*s.k)
		b := gemmFill(r, gemmNormal, s.k*s.n)
		want := make([]float32, s.m*s.n)
		got := make([]float32, s.m*s.n)
		gemmNaiveUnfused(want, a, b, s.m, s.k, s.n, NN)
		gemmMatMul(gemmUnfusedRef, 2, got, a, b, s.m, s.k, s.n, NN)
		if d := gemmFirstDiff(got, want, s.n); d != "" {
			t.Fatalf("%v: %s", s, d)
		}
	}
}

// TestMatMulFMAHardCases runs the hard fma cases (ties, double rounding, cancellation,
// subnormal results, overflow, specials) through every kernel as the second term of a
// 1×2×1 product whose first term is c·1 (so acc = c, then fma(a, b, c)), and a whole
// tile of random hard cases against FMA32: the micro-kernels' fma is the definition's,
// also where float32(math.FMA(...)) on float64 would round twice.
func TestMatMulFMAHardCases(t *testing.T) {
	for _, cs := range fmacases.Cases {
		if cs.C == 0x80000000 {
			continue // the accumulator starts at +0: fma(-0, 1, +0) is +0, not -0
		}
		a := []float32{fbits(cs.C), fbits(cs.A)}
		b := []float32{1, fbits(cs.B)}
		for _, kern := range gemmTestKernels() {
			c := []float32{7}
			gemmMatMul(kern, 1, c, a, b, 1, 2, 1, NN)
			if got := math.Float32bits(c[0]); got != cs.Want {
				t.Errorf("%s (%s): got %#08x, want %#08x", cs.Name, kern.name, got, cs.Want)
			}
		}
	}
	// m×2×n with A's first column c and B's first row 1: output (i, j) is fma(A(i,1),
	// B(1,j), A(i,0)), random operands from the hard families, whole tiles and edges.
	r := rand.New(rand.NewPCG(15, 1))
	const m, n = 13, 37
	for _, kern := range gemmTestKernels() {
		a := make([]float32, m*2)
		b := make([]float32, 2*n)
		for j := range n {
			b[j] = 1
		}
		for trial := range 20 {
			for i := range m {
				x, _, z := fmacases.Gen(r, trial*m+i)
				a[2*i], a[2*i+1] = fbits(z), fbits(x)
			}
			for j := range n {
				_, y, _ := fmacases.Gen(r, trial*n+j)
				b[n+j] = fbits(y)
			}
			got := make([]float32, m*n)
			gemmMatMul(kern, 2, got, a, b, m, 2, n, NN)
			for i := range m {
				for j := range n {
					want := FMA32(a[2*i+1], b[n+j], FMA32(a[2*i], 1, 0))
					if !sameBits(got[i*n+j], want) {
						t.Fatalf("%s: (%d,%d) = fma(%08x, %08x, %08x): got %08x, want %08x", kern.name, i, j,
							math.Float32bits(a[2*i+1]), math.Float32bits(b[n+j]), math.Float32bits(a[2*i]),
							math.Float32bits(got[i*n+j]), math.Float32bits(want))
					}
				}
			}
		}
	}
}

func TestMatMulEdgeSemantics(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	inf := float32(math.Inf(1))
	nan := math.Float32frombits(0xffc00000)
	tests := []struct {
		name    string
		a, b    []float32
		k       int
		wantBit uint32
	}{
		{"k=0 gives +0", nil, nil, 0, 0},
		{"-0 product gives +0", []float32{-1}, []float32{0}, 1, 0},
		{"-0 products give +0", []float32{negZero, 2}, []float32{3, negZero}, 2, 0},
		{"0*Inf is canonical NaN", []float32{0}, []float32{inf}, 1, CanonicalNaN},
		{"NaN payload canonicalised", []float32{nan, 1}, []float32{1, 1}, 2, CanonicalNaN},
		{"Inf-Inf", []float32{inf, inf}, []float32{1, -1}, 2, CanonicalNaN},
		{"overflow", []float32{math.MaxFloat32, math.MaxFloat32}, []float32{1, 1}, 2, math.Float32bits(inf)},
		{"fused: -(1+2^-22) + (1+2^-23)^2 is 2^-46 (unfused: 0)", []float32{-1, 1 + 0x1p-23}, []float32{1 + 0x1p-22, 1 + 0x1p-23}, 2, math.Float32bits(0x1p-46)},
		{"the first term's addend is +0: its product is rounded", []float32{1 + 0x1p-23, -1}, []float32{1 + 0x1p-23, 1 + 0x1p-22}, 2, 0},
		{"subnormal product", []float32{0x1p-140}, []float32{0x1p-5}, 1, math.Float32bits(0x1p-145)},
	}
	for _, tt := range tests {
		for _, kern := range gemmTestKernels() {
			for _, l := range []Layout{NN, NT, TN} {
				// A 1×k row times a k×1 column: every layout stores it the same way.
				c := []float32{float32(math.NaN())}
				gemmMatMul(kern, 1, c, tt.a, tt.b, 1, tt.k, 1, l)
				if got := math.Float32bits(c[0]); got != tt.wantBit {
					t.Errorf("%s (%s, %v): got %#08x, want %#08x", tt.name, kern.name, l, got, tt.wantBit)
				}
			}
		}
	}
}

func TestMatMulZeroK(t *testing.T) {
	for _, kern := range gemmTestKernels() {
		c := []float32{1, 2, 3, 4, 5, 6, 99}
		gemmMatMul(kern, 2, c, nil, nil, 2, 0, 3, NN)
		for i, v := range c[:6] {
			if math.Float32bits(v) != 0 {
				t.Errorf("%s: c[%d] = %g, want +0", kern.name, i, v)
			}
		}
		if c[6] != 99 {
			t.Errorf("%s: wrote past m*n", kern.name)
		}
	}
}

func TestMatMulPanics(t *testing.T) {
	tests := []struct {
		name    string
		c, a, b int
		m, k, n int
		l       Layout
		want    string
	}{
		{"short c", 5, 6, 6, 2, 2, 3, NN, "needs len(c)>=6"},
		{"short a", 6, 3, 6, 2, 2, 3, NN, "len(a)>=4"},
		{"short b", 6, 4, 5, 2, 2, 3, NT, "len(b)>=6"},
		{"negative", 6, 4, 6, -2, 2, 3, NN, "negative size"},
		{"layout", 6, 4, 6, 2, 2, 3, Layout(7), "unknown layout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), tt.want) {
					t.Fatalf("panic %v, want one containing %q", r, tt.want)
				}
			}()
			MatMul(make([]float32, tt.c), make([]float32, tt.a), make([]float32, tt.b), tt.m, tt.k, tt.n, tt.l)
		})
	}
}

func TestLayoutString(t *testing.T) {
	for l, want := range map[Layout]string{NN: "NN", NT: "NT", TN: "TN", 9: "Layout(9)"} {
		if got := l.String(); got != want {
			t.Errorf("Layout(%d).String() = %q, want %q", uint8(l), got, want)
		}
	}
}

// FuzzMatMul checks every path against the definition on arbitrary bit patterns.
func FuzzMatMul(f *testing.F) {
	f.Add(uint8(3), uint8(5), uint8(17), uint8(0), []byte("\x00\x00\xc0\x7f\x00\x00\x80\x80\x01\x00\x00\x00"))
	f.Add(uint8(7), uint8(1), uint8(33), uint8(1), []byte{0xff, 0xff, 0x7f, 0x7f, 0, 0, 0x80, 0xff})
	f.Add(uint8(13), uint8(9), uint8(2), uint8(2), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	kernels := gemmTestKernels()
	f.Fuzz(func(t *testing.T, m8, k8, n8, l8 uint8, data []byte) {
		m, k, n, l := int(m8%40), int(k8%40), int(n8%40), Layout(l8%3)
		vals := func(count, salt int) []float32 {
			s := make([]float32, count)
			for i := range s {
				var w uint32
				for j := range 4 {
					if len(data) > 0 {
						w |= uint32(data[(4*(i+salt)+j)%len(data)]) << (8 * j)
					}
				}
				s[i] = math.Float32frombits(w ^ uint32(i)*0x9e3779b9)
			}
			return s
		}
		a, b := vals(m*k, 0), vals(k*n, 7)
		want := make([]float32, m*n)
		gemmNaive(want, a, b, m, k, n, l)
		for _, kern := range kernels {
			got := make([]float32, m*n)
			gemmMatMul(kern, 2, got, a, b, m, k, n, l)
			if d := gemmFirstDiff(got, want, max(n, 1)); d != "" {
				t.Fatalf("%dx%dx%d %v %s: %s", m, k, n, l, kern.name, d)
			}
		}
	})
}

// TestGemmPackArchMatchesGo checks the architecture's packing routines (AVX2 on amd64)
// against the Go loops, on full and partial panels and every k remainder mod 8.
func TestGemmPackArchMatchesGo(t *testing.T) {
	if !gemmPackAsm {
		t.Skip("no architecture packers in this build")
	}
	defer func() { gemmPackAsm = true }()
	for _, w := range []int{6, 16, 4, 12, 32, 64} {
		for _, kb := range []int{1, 7, 8, 9, 17, 64} {
			for _, cnt := range []int{w, w - 1, 1, 2*w + 3} {
				for _, l := range []Layout{NN, NT, TN} {
					r := gemmSeed(w, kb, cnt, int(l))
					ld := kb + cnt + 3 // room for the 1- and 2-element offsets below
					src := gemmFill(r, gemmRandBits, ld*(ld+kb))
					pack := func() ([]float32, []float32) {
						size := (cnt + w - 1) / w * w * kb
						pa := gemmFill(r, gemmNormal, size) // garbage to overwrite
						pb := gemmFill(r, gemmNormal, size)
						gemmPackA(pa, src, l, ld, ld, 1, cnt, 2, kb, w)
						gemmPackB(pb, src, l, ld, ld, 2, kb, 1, cnt, w)
						return pa, pb
					}
					gemmPackAsm = true
					fa, fb := pack()
					gemmPackAsm = false
					ga, gb := pack()
					if d := gemmFirstDiff(fa, ga, w); d != "" {
						t.Fatalf("packA w=%d kb=%d cnt=%d %v: %s", w, kb, cnt, l, d)
					}
					if d := gemmFirstDiff(fb, gb, w); d != "" {
						t.Fatalf("packB w=%d kb=%d cnt=%d %v: %s", w, kb, cnt, l, d)
					}
				}
			}
		}
	}
}

// TestMatMulSmallDoesNotAllocate: the training loop calls MatMul thousands of times a
// second; small products reuse pooled buffers and start no goroutine.
func TestMatMulSmallDoesNotAllocate(t *testing.T) {
	if gemmRace {
		t.Skip("sync.Pool drops items under the race detector")
	}
	s := gemmShape{64, 256, 10}
	r := gemmSeed(5)
	a, b := gemmFill(r, gemmNormal, s.m*s.k), gemmFill(r, gemmNormal, s.k*s.n)
	c := make([]float32, s.m*s.n)
	for _, l := range []Layout{NN, NT, TN} {
		if n := testing.AllocsPerRun(50, func() { MatMul(c, a, b, s.m, s.k, s.n, l) }); n != 0 {
			t.Errorf("%v: %v allocations per call", l, n)
		}
	}
}
