package repops

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/veritrain/veritrain/internal/fmacases"
)

// refFMA32 is an independent reference for FMA32: specials by the IEEE 754 rules
// written out, finite operands with math/big (exact product and sum, then one rounding
// to nearest even by (*big.Float).Float32, which rounds subnormals and overflow as
// IEEE does).
func refFMA32(a, b, c float32) float32 {
	nan := math.Float32frombits(CanonicalNaN)
	isInf := func(x float32) bool { return x > math.MaxFloat32 || x < -math.MaxFloat32 }
	if a != a || b != b || c != c {
		return nan
	}
	prodNeg := math.Signbit(float64(a)) != math.Signbit(float64(b))
	if isInf(a) || isInf(b) {
		if a == 0 || b == 0 {
			return nan // ∞·0
		}
		if isInf(c) && math.Signbit(float64(c)) != prodNeg {
			return nan // ∞ - ∞
		}
		if prodNeg {
			return float32(math.Inf(-1))
		}
		return float32(math.Inf(1))
	}
	if isInf(c) {
		return c
	}
	const prec = 1024 // exact: the sum spans at most 2^256 down to 2^-298
	x := new(big.Float).SetPrec(prec).SetFloat64(float64(a))
	y := new(big.Float).SetPrec(prec).SetFloat64(float64(b))
	z := new(big.Float).SetPrec(prec).SetFloat64(float64(c))
	p := new(big.Float).SetPrec(prec).Mul(x, y)
	s := new(big.Float).SetPrec(prec).Add(p, z)
	if acc := s.Acc(); acc != big.Exact {
		panic("refFMA32: inexact big.Float sum")
	}
	if s.Sign() == 0 {
		// Exact zero: -0 only for (-0) + (-0) under round to nearest.
		if a*b == 0 && prodNeg && math.Signbit(float64(c)) {
			return float32(math.Copysign(0, -1))
		}
		return 0
	}
	r, _ := s.Float32()
	return r
}

func fbits(bits uint32) float32 { return math.Float32frombits(bits) }

// sameBits compares results bit for bit.
func sameBits(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) }

// naiveFMA32 is the tempting but wrong definition: a float64 fma (itself correctly
// rounded) rounded again to float32.
func naiveFMA32(a, b, c float32) float32 {
	return Canon(float32(math.FMA(float64(a), float64(b), float64(c))))
}

func TestFMA32Cases(t *testing.T) {
	naiveBad := 0
	for _, tc := range fmacases.Cases {
		a, b, c := fbits(tc.A), fbits(tc.B), fbits(tc.C)
		got := FMA32(a, b, c)
		if math.Float32bits(got) != tc.Want {
			t.Errorf("%s: FMA32(%#08x, %#08x, %#08x) = %#08x, want %#08x", tc.Name, tc.A, tc.B, tc.C, math.Float32bits(got), tc.Want)
		}
		if ref := refFMA32(a, b, c); math.Float32bits(ref) != tc.Want {
			t.Errorf("%s: reference gives %#08x, table %#08x", tc.Name, math.Float32bits(ref), tc.Want)
		}
		// fma is commutative in a and b.
		if got2 := FMA32(b, a, c); !sameBits(got, got2) {
			t.Errorf("%s: FMA32(b, a, c) = %#08x, FMA32(a, b, c) = %#08x", tc.Name, math.Float32bits(got2), math.Float32bits(got))
		}
		naive := naiveFMA32(a, b, c)
		if tc.NaiveBad {
			naiveBad++
			if math.Float32bits(naive) == tc.Want {
				t.Errorf("%s: float32(math.FMA) = %#08x should differ from the correct %#08x", tc.Name, math.Float32bits(naive), tc.Want)
			}
		} else if math.Float32bits(naive) != tc.Want {
			t.Errorf("%s: float32(math.FMA) = %#08x, unexpectedly wrong (want %#08x); mark the case naiveBad", tc.Name, math.Float32bits(naive), tc.Want)
		}
	}
	if naiveBad == 0 {
		t.Error("no case where the naive float32(math.FMA) is wrong")
	}
}

// TestFMA32Reference checks the reference itself on values computed by hand, and the
// plain float32 product, which Go rounds once (no fusion: c is zero and unused).
func TestFMA32Reference(t *testing.T) {
	for _, tc := range []struct{ a, b, c, want uint32 }{
		{0x1a000000, 0x1a000000, 0, 0}, // 2^-150: tie to 0
		{0x1ac00000, 0x1a000000, 0, 2}, // 3·2^-150 = 1.5·2^-149: tie to 2^-148
		{0x1a200000, 0x1a000000, 0, 1}, // 1.25·2^-150 = 0.625·2^-149: up
		{0x7f7fffff, 0x3f800000, 0x73000000, 0x7f800000},
		{0x3f800000, 0x3f800000, 0xbf800000, 0}, // +0
	} {
		if got := refFMA32(fbits(tc.a), fbits(tc.b), fbits(tc.c)); math.Float32bits(got) != tc.want {
			t.Errorf("refFMA32(%#08x, %#08x, %#08x) = %#08x, want %#08x", tc.a, tc.b, tc.c, math.Float32bits(got), tc.want)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		a, b := fbits(r.Uint32()), fbits(r.Uint32())
		want := Canon(float32(a * b)) // no add follows: one rounding
		if got := refFMA32(a, b, 0); !sameBits(got, want) && !(want == 0 && got == 0) {
			t.Fatalf("refFMA32(%v, %v, 0) = %#08x, float32 product %#08x", a, b, math.Float32bits(got), math.Float32bits(want))
		}
	}
}

func fmaRandomCount() int {
	if testing.Short() {
		return 30000
	}
	return 400000
}

func TestFMA32Random(t *testing.T) {
	r := rand.New(rand.NewPCG(2008, 15))
	n := fmaRandomCount()
	naiveWrong := 0
	for i := range n {
		ab, bb, cb := fmacases.Gen(r, i)
		a, b, c := fbits(ab), fbits(bb), fbits(cb)
		got, want := FMA32(a, b, c), refFMA32(a, b, c)
		if !sameBits(got, want) {
			t.Fatalf("case %d: FMA32(%#08x, %#08x, %#08x) = %#08x, reference %#08x", i, ab, bb, cb, math.Float32bits(got), math.Float32bits(want))
		}
		if !sameBits(naiveFMA32(a, b, c), want) {
			naiveWrong++
		}
	}
	t.Logf("%d random cases; float32(math.FMA) wrong on %d of them", n, naiveWrong)
	if n >= 30000 && naiveWrong == 0 {
		t.Error("the random families never hit a double-rounding case")
	}
}

func FuzzFMA32(f *testing.F) {
	for _, tc := range fmacases.Cases {
		f.Add(tc.A, tc.B, tc.C)
	}
	f.Fuzz(func(t *testing.T, ab, bb, cb uint32) {
		a, b, c := fbits(ab), fbits(bb), fbits(cb)
		if got, want := FMA32(a, b, c), refFMA32(a, b, c); !sameBits(got, want) {
			t.Fatalf("FMA32(%#08x, %#08x, %#08x) = %#08x, reference %#08x", ab, bb, cb, math.Float32bits(got), math.Float32bits(want))
		}
	})
}

var fmaSink float32

func BenchmarkFMA32(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 1024
	var xs [3 * n]float32
	for i := range xs {
		xs[i] = fbits(fmacases.RandFinite(r, 100, 154))
	}
	b.ResetTimer()
	var acc float32
	for i := 0; i < b.N; i++ {
		j := 3 * (i % n)
		acc += FMA32(xs[j], xs[j+1], xs[j+2])
	}
	fmaSink = acc
}
