package proofs

import (
	"math/bits"

	"github.com/consensys/gnark/frontend"
)

// Binary32 constants of the circuit (they match repops).
const (
	canonNaN uint32 = 0x7fc00000
	posInf   uint32 = 0x7f800000
	signBit  uint32 = 0x80000000
	hidden          = 1 << 23
)

// fpu is the float32 unit of a circuit: IEEE-754 binary32 with round to nearest
// even, subnormals, signed zeros and infinities, every NaN written as 0x7fc00000,
// exactly as repops.Eval. Values are 32-bit patterns; decode splits one into
// range-checked fields once, and each operation returns a pattern.
//
// The arithmetic is checked, not computed: a hint proposes each integer quotient,
// bit length or comparison and constraints pin it down (range checks through rc).
type fpu struct {
	api frontend.API
	rc  frontend.Rangechecker
}

// fp is a decoded binary32 value.
type fp struct {
	bits frontend.Variable // the 32-bit pattern
	s    frontend.Variable // sign bit
	e    frontend.Variable // biased exponent field, 0..255
	f    frontend.Variable // fraction field, 0..2^23-1
	mag  frontend.Variable // bits without the sign: e·2^23 + f

	nan, inf, zero frontend.Variable // class flags (booleans)
	m              frontend.Variable // significand: f, plus 2^23 when normal
	x              frontend.Variable // effective exponent: e, or 1 for subnormals and zeros
}

// decode range-checks a 32-bit pattern and splits it. A pattern that is not below
// 2^32 makes the circuit unsatisfiable.
func (u *fpu) decode(b frontend.Variable) fp {
	api := u.api
	h, err := api.Compiler().NewHint(splitFloatHint, 3, b)
	if err != nil {
		panic(err)
	}
	s, e, f := h[0], h[1], h[2]
	api.AssertIsBoolean(s)
	u.rc.Check(e, 8)
	u.rc.Check(f, 23)
	mag := api.Add(api.Mul(e, hidden), f)
	api.AssertIsEqual(b, api.Add(api.Mul(s, signBit), mag))
	return u.classify(b, s, e, f, mag)
}

func (u *fpu) classify(b, s, e, f, mag frontend.Variable) fp {
	api := u.api
	eZero := api.IsZero(e)
	eMax := api.IsZero(api.Sub(e, 255))
	fZero := api.IsZero(f)
	return fp{
		bits: b, s: s, e: e, f: f, mag: mag,
		nan:  api.Sub(eMax, api.Mul(eMax, fZero)),
		inf:  api.Mul(eMax, fZero),
		zero: api.Mul(eZero, fZero),
		m:    api.Add(f, api.Mul(api.Sub(1, eZero), hidden)),
		x:    api.Add(e, eZero),
	}
}

// constant decodes a known pattern without constraints.
func (u *fpu) constant(b uint32) fp {
	e, f := b>>23&0xff, b&0x7fffff
	eZero, eMax, fZero := e == 0, e == 255, f == 0
	m, x := f, e
	if !eZero {
		m |= hidden
	} else {
		x = 1
	}
	return fp{
		bits: b, s: b >> 31, e: e, f: f, mag: b & 0x7fffffff,
		nan: b2i(eMax && !fZero), inf: b2i(eMax && fZero), zero: b2i(eZero && fZero),
		m: m, x: x,
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// neg flips the sign (exact, NaN stays NaN: the caller canonicalises results).
func (u *fpu) neg(a fp) fp {
	api := u.api
	n := a
	n.s = api.Sub(1, a.s)
	n.bits = api.Add(a.mag, api.Mul(n.s, signBit))
	return n
}

// or is the boolean OR of flags.
func (u *fpu) or(a, b frontend.Variable) frontend.Variable {
	return u.api.Sub(u.api.Add(a, b), u.api.Mul(a, b))
}

// geZero returns 1 if x >= 0 and 0 if x < 0, for an integer x with |x| < 2^n.
func (u *fpu) geZero(x frontend.Variable, n int) frontend.Variable {
	api := u.api
	h, err := api.Compiler().NewHint(geZeroHint, 1, x)
	if err != nil {
		panic(err)
	}
	g := h[0]
	api.AssertIsBoolean(g)
	// g = 1: x in [0, 2^n); g = 0: -x-1 in [0, 2^n)
	u.rc.Check(api.Select(g, x, api.Sub(-1, x)), n)
	return g
}

// pow2 returns 2^k for 0 <= k < 2^n (and makes the circuit unsatisfiable otherwise).
func (u *fpu) pow2(k frontend.Variable, n int) frontend.Variable {
	if n > 6 {
		return u.pow2Wide(k, n)
	}
	api := u.api
	bs := api.ToBinary(k, n)
	var p frontend.Variable = 1
	for i, b := range bs {
		f := uint64(1) << (uint64(1) << i)
		if i >= 6 {
			panic("proofs: pow2 exponent too wide")
		}
		// 1 + b·(2^(2^i) - 1)
		p = api.Mul(p, api.Add(1, api.Mul(b, f-1)))
	}
	return p
}

// roundCfg bounds the inputs of round for one operation.
type roundCfg struct {
	mBits  int // M < 2^mBits
	lBits  int // bit length of mBits fits in lBits bits
	pBits  int // right shifts are < 2^pBits
	clamp  int // if > 0, right shifts are clamped to this (every larger shift rounds to 0)
	xRange int // |X| + mBits + 150 < 2^xRange
}

func newRoundCfg(mBits, maxRight, clamp, xRange int) roundCfg {
	return roundCfg{mBits: mBits, lBits: bits.Len(uint(mBits)), pBits: bits.Len(uint(maxRight)), clamp: clamp, xRange: xRange}
}

// round returns the magnitude bits (exponent and fraction fields, no sign) of the
// float32 nearest to M·2^X, ties to even, +Inf's pattern on overflow; and whether M
// is zero. M is a non-negative integer below 2^mBits, X an integer.
//
// With L the bit length of M, the leading bit has biased exponent Eb = X+L-1+127.
// A normal result keeps 24 bits: shift = L-24; a subnormal one (Eb < 1) keeps the
// multiples of 2^-149: shift = -149-X. Then q = M/2^shift rounded, and the pattern is
// max(Eb-1, 0)·2^23 + q: a rounding carry into 2^24 (or 2^23 for subnormals) moves
// into the exponent field by itself.
func (u *fpu) round(M, X frontend.Variable, c roundCfg) (mag, zero frontend.Variable) {
	api := u.api
	zero = api.IsZero(M)
	lh, err := api.Compiler().NewHint(bitLenHint, 1, M)
	if err != nil {
		panic(err)
	}
	L := lh[0]
	pL := u.pow2(L, c.lBits)
	api.AssertIsEqual(api.Mul(zero, L), 0)
	// 2^(L-1) <= M < 2^L (the lower bound only for M != 0)
	u.rc.Check(api.Select(zero, 0, api.Sub(api.Mul(M, 2), pL)), c.mBits+1)
	u.rc.Check(api.Sub(api.Sub(pL, 1), M), c.mBits+1)

	eb := api.Add(X, L, 126)
	normal := u.geZero(api.Sub(eb, 1), c.xRange)
	shift := api.Select(normal, api.Sub(L, 24), api.Sub(-149, X))
	if c.clamp > 0 {
		big := u.geZero(api.Sub(shift, c.clamp+1), c.xRange)
		shift = api.Select(big, c.clamp, shift)
	}
	right := u.geZero(shift, c.xRange)
	shP := api.Mul(right, shift)
	shN := api.Sub(shP, shift)
	pP := u.pow2(shP, c.pBits)
	pN := u.pow2(shN, 5) // left shifts are at most 23

	// M·2^shN = q0·2^shP + r, 0 <= r < 2^shP
	num := api.Mul(M, pN)
	qr, err := api.Compiler().NewHint(divModHint, 2, num, pP)
	if err != nil {
		panic(err)
	}
	q0, r := qr[0], qr[1]
	u.rc.Check(r, c.mBits+1)
	u.rc.Check(api.Sub(api.Sub(pP, 1), r), c.mBits+1)
	// q0 = 2h + lsb, q0 < 2^24
	hl, err := api.Compiler().NewHint(divModHint, 2, q0, 2)
	if err != nil {
		panic(err)
	}
	h, lsb := hl[0], hl[1]
	api.AssertIsBoolean(lsb)
	u.rc.Check(h, 23)
	api.AssertIsEqual(q0, api.Add(api.Mul(h, 2), lsb))
	api.AssertIsEqual(num, api.Add(api.Mul(q0, pP), r))

	// round half to even: compare 2r with 2^shP
	d := api.Sub(api.Mul(r, 2), pP)
	tie := api.IsZero(d)
	above := u.geZero(api.Sub(d, 1), c.mBits+2)
	q := api.Add(q0, above, api.Mul(tie, lsb))

	mag = api.Add(api.Mul(normal, api.Sub(eb, 1), hidden), q)
	ov := u.geZero(api.Sub(mag, posInf), c.xRange+24)
	mag = api.Select(ov, posInf, mag)
	mag = api.Select(zero, 0, mag)
	return mag, zero
}

// pack builds the pattern of a result: NaN wins, then infinity, then the finite one.
func (u *fpu) pack(nan, inf, infSign, s, mag frontend.Variable) frontend.Variable {
	api := u.api
	fin := api.Add(api.Mul(s, signBit), mag)
	in := api.Add(api.Mul(infSign, signBit), posInf)
	return api.Select(nan, canonNaN, api.Select(inf, in, fin))
}

var (
	addRound = newRoundCfg(29, 5, 0, 12)
	mulRound = newRoundCfg(48, 49, 49, 12)
)

// alignCfg sizes alignSticky for one operand width: shifts are clamped at max (past it
// only the sticky bit is left), farBits bounds the test d > max, powBits the clamped
// shift, and quotient, remainder and gap (2^d - 1 - remainder) are range-checked to
// qBits, qBits and gapBits.
type alignCfg struct{ max, farBits, powBits, qBits, gapBits int }

var (
	alignAdd = alignCfg{max: 27, farBits: 9, powBits: 5, qBits: 27, gapBits: 27}
	alignFMA = alignCfg{max: 51, farBits: 11, powBits: 6, qBits: 51, gapBits: 52}
)

// alignSticky is the smaller operand of a sum aligned to the larger one: m·8 (three
// guard bits) shifted right by min(d, c.max), times two, plus a sticky bit set when
// anything fell off. add and fma share it.
func (u *fpu) alignSticky(m, d frontend.Variable, c alignCfg) frontend.Variable {
	api := u.api
	far := u.geZero(api.Sub(d, c.max+1), c.farBits)
	dc := api.Select(far, c.max, d)
	pd := u.pow2(dc, c.powBits)
	qr, err := api.Compiler().NewHint(divModHint, 2, api.Mul(m, 8), pd)
	if err != nil {
		panic(err)
	}
	qs, rs := qr[0], qr[1]
	u.rc.Check(qs, c.qBits)
	u.rc.Check(rs, c.qBits)
	u.rc.Check(api.Sub(api.Sub(pd, 1), rs), c.gapBits)
	api.AssertIsEqual(api.Mul(m, 8), api.Add(api.Mul(qs, pd), rs))
	sticky := api.Sub(1, api.IsZero(rs))
	return api.Add(api.Mul(qs, 2), sticky)
}

// add is OpAdd.
func (u *fpu) add(a, b fp) frontend.Variable {
	api := u.api
	opp := api.Sub(api.Add(a.s, b.s), api.Mul(2, api.Mul(a.s, b.s))) // signs differ
	nan := u.or(u.or(a.nan, b.nan), api.Mul(api.Mul(a.inf, b.inf), opp))
	inf := u.or(a.inf, b.inf)
	infSign := api.Select(a.inf, a.s, b.s)

	// big has the larger magnitude (patterns order magnitudes)
	swap := api.Sub(1, u.geZero(api.Sub(a.mag, b.mag), 33))
	bs, bm, bx := api.Select(swap, b.s, a.s), api.Select(swap, b.m, a.m), api.Select(swap, b.x, a.x)
	sm, sx := api.Select(swap, a.m, b.m), api.Select(swap, a.x, b.x)

	// align: small·8 / 2^min(d, 27), plus a sticky bit for what falls off
	small := u.alignSticky(sm, api.Sub(bx, sx), alignAdd)
	// in units of 2^(bx-154): big·16 ± small; exact up to the sticky bit, which
	// lies strictly between the same even integers as the exact sum, so rounding
	// to 24 bits (at least 3 bits above it) cannot tell them apart
	sum := api.Add(api.Mul(bm, 16), api.Mul(api.Sub(1, api.Mul(2, opp)), small))
	mag, zero := u.round(sum, api.Sub(bx, 154), addRound)
	// exact zero: -0 only for (-0) + (-0); x + (-x) = +0
	s := api.Select(zero, api.Mul(a.s, b.s), bs)
	return u.pack(nan, inf, infSign, s, mag)
}

// sub is OpSub: a + (-b) exactly.
func (u *fpu) sub(a, b fp) frontend.Variable { return u.add(a, u.neg(b)) }

// mul is OpMul (never fused with anything).
func (u *fpu) mul(a, b fp) frontend.Variable {
	api := u.api
	nan := u.or(u.or(a.nan, b.nan), u.or(api.Mul(a.inf, b.zero), api.Mul(a.zero, b.inf)))
	inf := u.or(a.inf, b.inf)
	s := api.Sub(api.Add(a.s, b.s), api.Mul(2, api.Mul(a.s, b.s)))
	mag, _ := u.round(api.Mul(a.m, b.m), api.Sub(api.Add(a.x, b.x), 300), mulRound)
	return u.pack(nan, inf, s, s, mag)
}

// fmaRound: the aligned sum of fma is below 2^53; right shifts past 54 round to 0.
var fmaRound = newRoundCfg(53, 54, 54, 12)

// norm returns N = M·2^(w-L), L the bit length of M (N in [2^(w-1), 2^w) for M != 0,
// N = L = 0 for M = 0), and whether M is zero, for an integer 0 <= M < 2^w (w <= 63).
// L is pinned down by 2^(L-1) <= M < 2^L.
func (u *fpu) norm(M frontend.Variable, w int) (N, L, zero frontend.Variable) {
	api := u.api
	zero = api.IsZero(M)
	lh, err := api.Compiler().NewHint(bitLenHint, 1, M)
	if err != nil {
		panic(err)
	}
	L = lh[0]
	n := bits.Len(uint(w))
	pL := u.pow2(L, n)
	api.AssertIsEqual(api.Mul(zero, L), 0)
	u.rc.Check(api.Select(zero, 0, api.Sub(api.Mul(M, 2), pL)), w+1) // 2^(L-1) <= M
	u.rc.Check(api.Sub(api.Sub(pL, 1), M), w+1)                      // M < 2^L
	return api.Mul(M, u.pow2(api.Sub(w, L), n)), L, zero
}

// fma is OpFMA: a·b + c rounded once (repops.FMA32).
//
// The product P = ma·mb < 2^48 is exact, value P·2^(xa+xb-300); it is normalised to
// NP = P·2^(48-L) in [2^47, 2^48) with its top exponent TP (the product lies in
// [2^(TP-1), 2^TP)). c is mc·2^24 (48 bits) with the top TC = xc-126, exact for a
// normal c and an upper bound for a subnormal one. The operand with the higher top,
// big, keeps N·16; the other is shifted right by d = Tbig - Tsmall (clamped at 52,
// past which it is only a sticky bit) in units of 2^(Tbig-52), with three guard bits
// and a sticky bit, as add does: whenever the sticky bit is set (d >= 4) the aligned
// sum lies strictly between the same even integers as the exact one and keeps at
// least 24 + 2 bits above it (big is normalised, or a subnormal c whose results round
// on the fixed 2^-149 grid, far above), so round gives RN(a·b + c). Only equal tops
// (d = 0, exact) or a subnormal c can leave the sum negative: its magnitude is rounded
// and the sign flipped. A zero operand is never big unless both are. Specials as IEEE
// 754: NaN operands, ∞·0 and ∞ - ∞ are NaN; an exact zero sum is -0 only when the
// product and c are both negative (zeros).
func (u *fpu) fma(a, b, c fp) frontend.Variable {
	api := u.api
	sp := api.Sub(api.Add(a.s, b.s), api.Mul(2, api.Mul(a.s, b.s))) // the product's sign
	pinf := u.or(a.inf, b.inf)
	opp := api.Sub(api.Add(sp, c.s), api.Mul(2, api.Mul(sp, c.s)))
	nan := u.or(u.or(u.or(a.nan, b.nan), c.nan), u.or(u.or(api.Mul(a.inf, b.zero), api.Mul(a.zero, b.inf)),
		api.Mul(api.Mul(pinf, c.inf), opp)))
	inf := u.or(pinf, c.inf)
	infSign := api.Select(pinf, sp, c.s)

	np, lp, pz := u.norm(api.Mul(a.m, b.m), 48)
	nc := api.Mul(c.m, 1<<24)
	tp := api.Add(a.x, b.x, lp) // TP + 300, in [2, 558]
	tc := api.Add(c.x, 174)     // TC + 300, in [175, 429]
	// c is big if the product is zero, or c is not zero and its top is higher
	swap := api.Select(pz, 1, api.Select(c.zero, 0, api.Sub(1, u.geZero(api.Sub(tp, tc), 11))))
	bn, bt, bs := api.Select(swap, nc, np), api.Select(swap, tc, tp), api.Select(swap, c.s, sp)
	sn, st, sz := api.Select(swap, np, nc), api.Select(swap, tp, tc), api.Select(swap, pz, c.zero)

	d := api.Mul(api.Sub(bt, st), api.Sub(1, sz)) // >= 0; a zero small adds nothing
	small := u.alignSticky(sn, d, alignFMA)
	sum := api.Add(api.Mul(bn, 16), api.Mul(api.Sub(1, api.Mul(2, opp)), small))
	neg := api.Sub(1, u.geZero(sum, 54))
	mag, zero := u.round(api.Select(neg, api.Neg(sum), sum), api.Sub(bt, 352), fmaRound)
	bs = api.Sub(api.Add(bs, neg), api.Mul(2, api.Mul(bs, neg)))
	s := api.Select(zero, api.Mul(sp, c.s), bs)
	return u.pack(nan, inf, infSign, s, mag)
}

// key maps a non-NaN pattern to an integer with the order of the values (±0 equal).
func (u *fpu) key(a fp) frontend.Variable {
	return u.api.Select(a.s, u.api.Neg(a.mag), a.mag)
}

// max is OpMax: NaN if either is NaN, else a if a > b, otherwise b.
func (u *fpu) max(a, b fp) frontend.Variable {
	api := u.api
	gt := u.geZero(api.Sub(api.Sub(u.key(a), u.key(b)), 1), 33)
	return api.Select(u.or(a.nan, b.nan), canonNaN, api.Select(gt, a.bits, b.bits))
}

// canon is b with any NaN replaced by the canonical NaN.
func (u *fpu) canon(b fp) frontend.Variable {
	return u.api.Select(b.nan, canonNaN, b.bits)
}

// selp is OpSelP: NaN if a is NaN; b (canonical) where a > 0; else +0.
func (u *fpu) selp(a, b fp) frontend.Variable {
	api := u.api
	pos := api.Mul(api.Sub(1, a.s), api.Sub(1, api.IsZero(a.mag)))
	return api.Select(a.nan, canonNaN, api.Select(pos, u.canon(b), 0))
}
