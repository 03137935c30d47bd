// Package fmacases holds the float32 fused multiply-add test cases shared by the Go
// reference (repops.FMA32) and the Solidity library (contracts/src/Float32.sol): a
// table of hard cases with their answers, and a generator of random cases from
// families aimed at the hard regions. It imports nothing from the module, so repops's
// own tests can use it.
package fmacases

import (
	"math"
	"math/rand/v2"
)

// canonicalNaN is repops.CanonicalNaN (not imported: repops's tests import this
// package).
const canonicalNaN uint32 = 0x7fc00000

// Case is one hand-made fma case: want = fma(A, B, C), bits of float32 values.
type Case struct {
	Name     string
	A, B, C  uint32
	Want     uint32
	NaiveBad bool // float32(math.FMA(a, b, c)) is known to round wrongly here
}

// Cases are the hard cases: ties after the product, double rounding (where
// float32(math.FMA(float64...)) is wrong), cancellation, subnormal operands and
// results, overflow, NaN and infinities, signed zeros.
var Cases = []Case{
	// Plain values.
	{"2*3+1", 0x40000000, 0x40400000, 0x3f800000, 0x40e00000, false},
	{"-1.5*2+0.5", 0xbfc00000, 0x40000000, 0x3f000000, 0xc0200000, false},
	{"1*1+0", 0x3f800000, 0x3f800000, 0x00000000, 0x3f800000, false},

	// Exact ties after the product. (1+2^-12)^2 = 1 + 2^-11 + 2^-24: halfway between
	// 0x3f801000 (even) and 0x3f801001: down to even.
	{"tie to even down", 0x3f800800, 0x3f800800, 0x00000000, 0x3f801000, false},
	// + 2^-23: 1 + 2^-11 + 2^-23 + 2^-24, halfway between 0x3f801001 and 0x3f801002 (even).
	{"tie to even up", 0x3f800800, 0x3f800800, 0x34000000, 0x3f801002, false},
	{"tie to even down, negative", 0xbf800800, 0x3f800800, 0x80000000, 0xbf801000, false},
	{"tie to even up, negative", 0xbf800800, 0x3f800800, 0xb4000000, 0xbf801002, false},

	// Double rounding: the float64 fma lands exactly on a float32 tie that the exact
	// value is not on, and float32() then rounds the tie to even, the wrong way.
	// x = 1 + 2^-11 + 2^-24 + 2^-80, just above the tie: up, to 0x3f801001.
	// float64 rounds x to the tie, float32 to even 0x3f801000.
	{"double rounding: tiny addend above tie", 0x3f800800, 0x3f800800, 0x17800000, 0x3f801001, true},
	{"double rounding: tiny addend above tie, negative", 0xbf800800, 0x3f800800, 0x97800000, 0xbf801001, true},
	// a*b = 2^-24·(1+2^-23)(1-2^-23) = 2^-24 - 2^-70, c = 1 + 2^-23 (odd):
	// x = (1 + 2^-23 + 2^-24) - 2^-70, just below the tie: down, to c = 0x3f800001;
	// float64 rounds x to the tie, float32 to even 0x3f800002.
	{"double rounding: product just below tie", 0x39800001, 0x397ffffe, 0x3f800001, 0x3f800001, true},
	// In the subnormal range: c = 2^-127 + 2^-149 (0x00400001, odd), a*b = 2^-150 - 2^-196:
	// x is just below the tie 0x00400001.5; float64 (ulp 2^-179 here) rounds to the tie.
	{"double rounding: subnormal result", 0x1a000001, 0x19fffffe, 0x00400001, 0x00400001, true},
	// At the overflow threshold: c = MaxFloat32 = 2^128 - 2^104, a*b = 2^103 - 2^57:
	// x is just below 2^128 - 2^103, the midpoint past which float32 overflows, so the
	// answer is MaxFloat32; float64 (ulp 2^75) rounds x to the midpoint, float32 to ∞.
	{"double rounding: overflow threshold", 0x59800001, 0x58fffffe, 0x7f7fffff, 0x7f7fffff, true},

	// Catastrophic cancellation. (1+2^-23)^2 - (1+2^-22) = 2^-46 exactly (float32(a*b)+c
	// would give 0).
	{"cancellation to 2^-46", 0x3f800001, 0x3f800001, 0xbf800002, 0x28800000, false},
	// (1+2^-23)(1-2^-23) - 1 = -2^-46.
	{"cancellation to -2^-46", 0x3f800001, 0x3f7ffffe, 0xbf800000, 0xa8800000, false},
	{"exact cancellation 3*5-15", 0x40400000, 0x40a00000, 0xc1700000, 0x00000000, false},
	{"exact cancellation -3*5+15", 0xc0400000, 0x40a00000, 0x41700000, 0x00000000, false},
	{"exact cancellation -Max*1+Max", 0xff7fffff, 0x3f800000, 0x7f7fffff, 0x00000000, false},
	// 2^64·2^64 overflows a float32, but 2^128 - MaxFloat32 = 2^104 does not.
	{"product past float32 range, sum inside", 0x5f800000, 0x5f800000, 0xff7fffff, 0x73800000, false},
	{"product past float32 range, sum inside, negative", 0xdf800000, 0x5f800000, 0x7f7fffff, 0xf3800000, false},

	// Subnormal results and operands.
	{"2^-100*2^-40 = 2^-140 subnormal", 0x0d800000, 0x2b800000, 0x00000000, 0x00000200, false},
	{"2^-75*2^-75 = 2^-150 tie to +0", 0x1a000000, 0x1a000000, 0x00000000, 0x00000000, false},
	{"2^-75*2^-75 - 0 = 2^-150 tie to +0", 0x1a000000, 0x1a000000, 0x80000000, 0x00000000, false},
	{"-2^-75*2^-75 = -2^-150 tie to -0", 0x9a000000, 0x1a000000, 0x00000000, 0x80000000, false},
	{"2^-150(1+2^-23) up to 2^-149", 0x1a000001, 0x1a000000, 0x00000000, 0x00000001, false},
	{"3·2^-150 tie to even 2^-148", 0x1ac00000, 0x1a000000, 0x00000000, 0x00000002, false},
	{"3·2^-150 + 2^-149 tie to even", 0x1ac00000, 0x1a000000, 0x00000001, 0x00000002, false},
	{"subnormal a: 2^-149*2^127", 0x00000001, 0x7f000000, 0x00000000, 0x34800000, false},
	{"subnormal a, b: 2^-149*2^-149 + 2^-149", 0x00000001, 0x00000001, 0x00000001, 0x00000001, false},
	{"subnormal everywhere: 2^-149*2^-149 - 2^-149", 0x00000001, 0x00000001, 0x80000001, 0x80000001, false},
	{"tiny positive product + -0 = +0", 0x00000001, 0x00000001, 0x80000000, 0x00000000, false},
	{"tiny negative product + +0 = -0", 0x00000001, 0x80000001, 0x00000000, 0x80000000, false},
	{"MinNormal*0.5 exact subnormal", 0x00800000, 0x3f000000, 0x00000000, 0x00400000, false},
	// 2^-126 (1 - 2^-24): halfway between 0x007fffff (odd) and 0x00800000 (even).
	{"MinNormal*(1-2^-24) tie up to MinNormal", 0x00800000, 0x3f7fffff, 0x00000000, 0x00800000, false},
	{"MaxSubnormal + 2^-149 = MinNormal", 0x3f800000, 0x007fffff, 0x00000001, 0x00800000, false},
	{"MinNormal - 2^-149", 0x00800000, 0x3f800000, 0x80000001, 0x007fffff, false},

	// Overflow and the largest values.
	{"Max*1+0", 0x7f7fffff, 0x3f800000, 0x00000000, 0x7f7fffff, false},
	{"Max*2 = +Inf", 0x7f7fffff, 0x40000000, 0x00000000, 0x7f800000, false},
	{"-Max*2 = -Inf", 0xff7fffff, 0x40000000, 0x00000000, 0xff800000, false},
	{"Max*1+Max = +Inf", 0x7f7fffff, 0x3f800000, 0x7f7fffff, 0x7f800000, false},
	{"Max*Max-Max = +Inf", 0x7f7fffff, 0x7f7fffff, 0xff7fffff, 0x7f800000, false},
	{"Max + 2^103 (tie, odd) = +Inf", 0x7f7fffff, 0x3f800000, 0x73000000, 0x7f800000, false},
	{"Max + (2^103 - 2^79) = Max", 0x7f7fffff, 0x3f800000, 0x72ffffff, 0x7f7fffff, false},
	{"Max*(1-2^-24)", 0x7f7fffff, 0x3f7fffff, 0x00000000, 0x7f7ffffe, false},
	{"-Max*Max + Max = -Inf", 0xff7fffff, 0x7f7fffff, 0x7f7fffff, 0xff800000, false},

	// NaN and infinity.
	{"NaN*1+0", 0x7fc00000, 0x3f800000, 0x00000000, canonicalNaN, false},
	{"1*NaN payload+0", 0x3f800000, 0x7fc12345, 0x00000000, canonicalNaN, false},
	{"1*1+negative NaN", 0x3f800000, 0x3f800000, 0xffc00000, canonicalNaN, false},
	{"signalling NaN", 0x7f800001, 0x3f800000, 0x00000000, canonicalNaN, false},
	{"0*Inf+NaN", 0x00000000, 0x7f800000, 0x7fc00001, canonicalNaN, false},
	{"Inf*0+1", 0x7f800000, 0x00000000, 0x3f800000, canonicalNaN, false},
	{"-0*Inf+Inf", 0x80000000, 0x7f800000, 0x7f800000, canonicalNaN, false},
	{"Inf*1-Inf", 0x7f800000, 0x3f800000, 0xff800000, canonicalNaN, false},
	{"-Inf*-1-Inf", 0xff800000, 0xbf800000, 0xff800000, canonicalNaN, false},
	{"Inf*1+Inf", 0x7f800000, 0x3f800000, 0x7f800000, 0x7f800000, false},
	{"Inf*-1+1", 0x7f800000, 0xbf800000, 0x3f800000, 0xff800000, false},
	{"Inf*subnormal-Max", 0x7f800000, 0x00000001, 0xff7fffff, 0x7f800000, false},
	{"1*1+Inf", 0x3f800000, 0x3f800000, 0x7f800000, 0x7f800000, false},
	{"Max*Max-Inf", 0x7f7fffff, 0x7f7fffff, 0xff800000, 0xff800000, false},
	{"0*0-Inf", 0x00000000, 0x00000000, 0xff800000, 0xff800000, false},

	// Signed zeros (round to nearest even: an exact zero sum is +0 unless both are -0).
	{"+0*-1+0 = +0", 0x00000000, 0xbf800000, 0x00000000, 0x00000000, false},
	{"-0*1-0 = -0", 0x80000000, 0x3f800000, 0x80000000, 0x80000000, false},
	{"1*-0-0 = -0", 0x3f800000, 0x80000000, 0x80000000, 0x80000000, false},
	{"-0*-0-0 = +0", 0x80000000, 0x80000000, 0x80000000, 0x00000000, false},
	{"+0*+0-0 = +0", 0x00000000, 0x00000000, 0x80000000, 0x00000000, false},
	{"-0*1+0 = +0", 0x80000000, 0x3f800000, 0x00000000, 0x00000000, false},
	{"0*Max-0 = +0", 0x00000000, 0x7f7fffff, 0x80000000, 0x00000000, false},
	{"-0*Max+5 = 5", 0x80000000, 0x7f7fffff, 0x40a00000, 0x40a00000, false},
	{"1*1-1 = +0", 0x3f800000, 0x3f800000, 0xbf800000, 0x00000000, false},
}

// RandFinite returns a float32 with a random sign and significand and a biased exponent
// in [lo, hi] (0 gives a subnormal or zero).
func RandFinite(r *rand.Rand, lo, hi int) uint32 {
	lo = min(max(lo, 0), 254)
	hi = min(max(hi, lo), 254)
	e := uint32(lo + r.IntN(hi-lo+1))
	return r.Uint32()&0x807fffff | e<<23
}

// sparse returns a float32 significand 1.f with at most k random bits set in f, so
// products have long runs of zeros, which is where ties and near-ties hide.
func sparse(r *rand.Rand, k int) uint32 {
	var f uint32
	for range r.IntN(k + 1) {
		f |= 1 << r.IntN(23)
	}
	return f
}

func biasedExp(bits uint32) int { return int(bits>>23) & 0xff }

// Gen produces the i-th random case of one of five families, chosen by i mod 5:
// uniform bit patterns; exponents that interact; near cancellation; near ties
// (where double rounding bites); subnormal and near-overflow results.
func Gen(r *rand.Rand, i int) (a, b, c uint32) {
	switch i % 5 {
	case 0: // uniform bit patterns (NaNs, infinities, subnormals, everything)
		return r.Uint32(), r.Uint32(), r.Uint32()
	case 1: // exponents that interact: c within reach of a*b
		a = RandFinite(r, 64, 190)
		b = RandFinite(r, 64, 190)
		ep := biasedExp(a) + biasedExp(b) - 127
		c = RandFinite(r, ep-60, ep+30)
		return
	case 2: // near cancellation: c ≈ -a*b, a few ulps off
		a = RandFinite(r, 40, 214)
		b = RandFinite(r, 254-biasedExp(a)-80, 254-biasedExp(a)+60)
		p := -float32(float64(math.Float32frombits(a)) * float64(math.Float32frombits(b)))
		c = math.Float32bits(p)
		if c&0x7f800000 != 0x7f800000 {
			c = uint32(int32(c) + int32(r.IntN(7)-3))
		}
		return
	case 3: // near ties, where double rounding bites
		switch r.IntN(4) {
		case 0:
			// a*b within about 2^-24 of a power of two 2^q (b ≈ 2^j/a), and c's
			// half-ulp on 2^q: x is a float32 tie plus or minus a tail that is
			// often below float64's precision.
			a = RandFinite(r, 64, 190)
			b = math.Float32bits(float32(math.Ldexp(1, r.IntN(40)-20) / float64(math.Float32frombits(a))))
			b = uint32(int32(b) + int32(r.IntN(3)-1))
			_, q := math.Frexp(math.Abs(float64(math.Float32frombits(a)) * float64(math.Float32frombits(b))))
			q-- // the product is in [2^(q-1)·(1-2^-23), 2^q·(1+2^-23)]
			if math.Abs(float64(math.Float32frombits(a))*float64(math.Float32frombits(b))) >= math.Ldexp(1.5, q) {
				q++
			}
			c = RandFinite(r, q+151, q+151)
			return
		case 1:
			// a*b an exact float32 tie (a 12-bit odd significand times a 13-bit
			// one has 24 or 25 bits) and c far below it.
			ma := uint32(1<<11 | r.IntN(1<<11) | 1)
			mb := uint32(1<<12 | r.IntN(1<<12) | 1)
			ea, eb := 70+r.IntN(115), 70+r.IntN(115)
			a = r.Uint32()&0x80000000 | uint32(ea)<<23 | ma<<12&0x7fffff
			b = r.Uint32()&0x80000000 | uint32(eb)<<23 | mb<<11&0x7fffff
			q := ea + eb - 127 // the product's unbiased exponent is q-127 or q-126
			c = RandFinite(r, q-30-r.IntN(40), q-30)
			return
		}
		ea, eb := 1+r.IntN(254), 1+r.IntN(254)
		if r.IntN(2) == 0 { // keep the product in range most of the time
			ea, eb = 97+r.IntN(60), 97+r.IntN(60)
		}
		a = r.Uint32()&0x80000000 | uint32(ea)<<23 | sparse(r, 3)
		b = r.Uint32()&0x80000000 | uint32(eb)<<23 | sparse(r, 3)
		if r.IntN(2) == 0 {
			// Put c's half-ulp exactly on a set bit of the product's significand
			// ma·mb (bit k weighs 2^(k+ea+eb-300)); the product's bits below it
			// then decide between a tie, just above or just below.
			m := uint64(a&0x7fffff|1<<23) * uint64(b&0x7fffff|1<<23)
			var set []int
			for k := range 48 {
				if m>>k&1 != 0 {
					set = append(set, k)
				}
			}
			ec := set[r.IntN(len(set))] + ea + eb - 149
			c = RandFinite(r, ec, ec)
			return
		}
		// Or around the product's bits (between 2^ep and 2^(ep-46)).
		ep := ea + eb - 127
		ec := ep - 46 + 24 + r.IntN(52) - 2
		c = RandFinite(r, ec, ec)
		if r.IntN(4) == 0 {
			c &^= 0x007fffff >> r.IntN(24) // short significand: more exact ties
		}
		return
	default: // subnormal and near-overflow results: aim the product's exponent e there
		var e, lo int
		if r.IntN(2) == 0 {
			e, lo = -165+r.IntN(50), 0 // tiny c: subnormal or barely normal
		} else {
			e, lo = 120+r.IntN(10), 200 // large c
		}
		// Biased exponents: ea + eb - 254 = e, both in [1, 254].
		ea := max(1, e) + r.IntN(min(254, e+253)-max(1, e)+1)
		a = RandFinite(r, ea, ea)
		b = RandFinite(r, e+254-ea, e+254-ea)
		if r.IntN(8) == 0 {
			a &= 0x807fffff // a subnormal operand now and then
		}
		c = RandFinite(r, lo, lo+3+r.IntN(55))
		return
	}
}
