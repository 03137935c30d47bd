package repops

import "math"

// FMA32 returns the IEEE-754 binary32 fused multiply-add a*b + c, computed exactly and
// rounded once to nearest even, with any NaN result written as the canonical NaN
// (CanonicalNaN). It never uses a hardware fma, so it gives the same bits on every
// GOARCH, with or without fma hardware; it is the software fma that DESIGN.md's float32
// rules call for where a kernel's definition says fused.
//
// Specials follow IEEE 754-2008: any NaN operand, ∞·0 + c (whatever c is) and
// ∞ + (-∞) give NaN; an exact zero sum is +0 unless the product and c are both -0;
// a nonzero result too small for a float32 rounds to a zero of its own sign; a result
// past the largest float32 rounds to ±∞ (also when a*b alone would overflow a float32
// but a*b + c does not, e.g. 2^64·2^64 - MaxFloat32 = 2^104).
//
// Method: rounding to odd (Boldo & Melquiond, "Emulation of FMA and correctly rounded
// sums: proved algorithms using rounding to odd", IEEE Transactions on Computers 57(4),
// 2008).
//
//  1. p = a*b in float64 is exact: a float32 significand has 24 bits, so the product
//     has at most 48 ≤ 53, and its magnitude lies in [2^-298, 2^256), inside float64's
//     normal range. It is written float64(x*y) so that Go cannot fuse it with the add
//     that follows (the spec forbids fusion across an explicit conversion; otherwise
//     Go fuses x*y+z on arm64, ppc64, ppc64le, s390x, riscv64, loong64, and amd64 built
//     with GOAMD64=v3 or later).
//  2. s = RN53(p + c), and TwoSum (Knuth; six float64 adds, no multiplication, exact
//     for any finite operands that do not overflow) gives the exact error e with
//     p + c = s + e.
//  3. Rounding to odd: if e ≠ 0 and s's last significand bit is even, s moves one ulp
//     toward p + c. Now s = RO53(p + c): the exact sum if it is a float64, else the one
//     of the two float64s enclosing it whose last bit is odd.
//  4. float32(s) rounds once more, to nearest even.
//
// Why 4 gives RN24(a*b + c) (the paper's theorem with p = 53 ≥ q + 2 = 26, argued here
// with the subnormal and overflow ends included). Let x = a*b + c ≠ 0 be inexact in
// float64, lying strictly between consecutive float64s f < x < g in one binade
// [2^k, 2^(k+1)) (or its mirror); their spacing is 2^(k-52), and one of them is odd,
// s = RO53(x). The points where RN24 changes its answer are the float32 midpoints (and
// the float32s themselves, where it is exact): in that binade they are multiples of
// 2^(k-24) if x is a normal float32 magnitude, and of 2^-150 if x < 2^-126 (the
// subnormal grid is coarser there, 2^-150 ≥ 2^(k-24)); the overflow threshold
// 2^128 - 2^103 is one of them too. All of them are multiples of 2^(k-51), i.e. even
// float64s of that binade (even across the binade's ends: 2^k and 2^(k+1) have a zero
// significand). So none lies strictly between f and g, and none equals s, which is
// odd; x and s therefore lie strictly on the same side of every decision point, and
// RN24(s) = RN24(x), ties included (x is never a tie: a tie would be an even float64,
// i.e. exact). If x is a float64, s = x and there is only one rounding. Every nonzero
// x is at least 2^-298 in magnitude (a multiple of 2^-298), far above float64's
// subnormals, so the binade argument always applies; and s = 0 only when x = 0, since
// a float64 sum that rounds to zero is exact.
func FMA32(a, b, c float32) float32 {
	x, y, z := float64(a), float64(b), float64(c)
	p := float64(x * y) // exact for finite a, b; the conversion forbids fusion
	s := p + z
	// The common case, without step 3: when s = RN53(p + z) is a normal float32
	// magnitude and not a float32 midpoint (its low 29 significand bits are not
	// 1000...0), no decision point of RN24 lies between s and the exact sum (one would
	// be a float64 nearer the sum than s, or as near and even), so float32(s) is already
	// RN24(a*b + c). Midpoints, zeros, subnormal and overflowing magnitudes, ∞ and NaN
	// take the full method.
	sb := math.Float64bits(s)
	if e := sb >> 52 & 0x7ff; e >= 1023-126 && e < 1023+128 && sb&0x1fffffff != 0x10000000 {
		return float32(s)
	}
	return fma32Odd(p, z, s)
}

// fma32Odd is FMA32's steps 2-4 for s = p + z: rounding to odd, then to float32.
func fma32Odd(p, z, s float64) float32 {
	sb := math.Float64bits(s)
	if sb&0x7ff0000000000000 == 0x7ff0000000000000 {
		// ±∞ or NaN: only reachable with a non-finite operand (finite ones cannot
		// overflow float64), and then p + z is already the IEEE result: ∞·0 and
		// ∞ - ∞ are NaN, ∞ with finite or like-signed ∞ stays ∞.
		return Canon(float32(s))
	}
	// TwoSum: p + z = s + e exactly.
	bv := s - p
	av := s - bv
	e := (p - av) + (z - bv)
	if e != 0 && sb&1 == 0 {
		// Round to odd: step one ulp toward the exact sum. s ≠ 0 here (see above).
		if (e > 0) == (s > 0) {
			sb++ // away from zero
		} else {
			sb-- // toward zero; from a power of two this is the largest float64 below it
		}
		s = math.Float64frombits(sb)
	}
	return float32(s)
}
