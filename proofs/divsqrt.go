package proofs

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// Division and square root of the float unit, and the integer helpers they need.
// Both reduce to one integer quotient (or root) with a sticky remainder bit, then
// the shared round: the quotient keeps at least 27 significant bits, so the sticky bit
// sits strictly below the rounding position and stands for the exact remainder.

// pow2Wide returns 2^k for 0 <= k < 2^n, n <= 8 (factors past 2^63 as field constants).
func (u *fpu) pow2Wide(k frontend.Variable, n int) frontend.Variable {
	api := u.api
	bs := api.ToBinary(k, n)
	var p frontend.Variable = 1
	for i, b := range bs {
		f := new(big.Int).Lsh(big.NewInt(1), uint(1)<<i)
		f.Sub(f, big.NewInt(1))
		p = api.Mul(p, api.Add(1, api.Mul(b, f)))
	}
	return p
}

// divModChecked returns q, r with num = q·den + r, 0 <= r < den, q < 2^qBits, for
// 0 < den < 2^dBits (a hint proposes them; range checks pin them down).
func (u *fpu) divModChecked(num, den frontend.Variable, qBits, dBits int) (q, r frontend.Variable) {
	api := u.api
	qr, err := api.Compiler().NewHint(divModHint, 2, num, den)
	if err != nil {
		panic(err)
	}
	q, r = qr[0], qr[1]
	u.rc.Check(q, qBits)
	u.rc.Check(r, dBits)
	u.rc.Check(api.Sub(api.Sub(den, 1), r), dBits)
	api.AssertIsEqual(num, api.Add(api.Mul(q, den), r))
	return q, r
}

// divShift is K of the quotient a.m·2^K / b.m: with 1 <= m < 2^24 it is >= 2^26.
const divShift = 50

// divRound: M = 2Q+sticky < 2^75; shifts past 76 bits round to zero.
var divRound = newRoundCfg(75, 76, 76, 12)

// div is OpDiv.
func (u *fpu) div(a, b fp) frontend.Variable {
	api := u.api
	nan := u.or(u.or(a.nan, b.nan), u.or(api.Mul(a.zero, b.zero), api.Mul(a.inf, b.inf)))
	inf := u.or(a.inf, b.zero)
	s := api.Sub(api.Add(a.s, b.s), api.Mul(2, api.Mul(a.s, b.s)))
	// a divisor of zero gives ±Inf or NaN above: divide by 1 instead so the witness exists
	bm := api.Select(b.zero, 1, b.m)
	q, r := u.divModChecked(api.Mul(a.m, new(big.Int).Lsh(big.NewInt(1), divShift)), bm, divShift+24, 24)
	sticky := api.Sub(1, api.IsZero(r))
	// a/b = (Q + r/bm)·2^(ax-bx-K) = (2Q + sticky')·2^(ax-bx-K-1)
	mag, _ := u.round(api.Add(api.Mul(q, 2), sticky), api.Sub(api.Sub(a.x, b.x), divShift+1), divRound)
	mag = api.Select(b.inf, 0, mag) // finite / ±Inf = ±0
	return u.pack(nan, inf, s, s, mag)
}

// sqrtShift is K of the root of a.m·2^(K+p): the root is >= 2^26.
const sqrtShift = 52

// sqrtRound: M = 2Q+sticky < 2^40; results are normal.
var sqrtRound = newRoundCfg(40, 16, 0, 12)

// sqrt is OpSqrt: NaN for NaN and negative non-zero a; ±0 and +Inf stay.
func (u *fpu) sqrt(a fp) frontend.Variable {
	api := u.api
	neg := api.Mul(a.s, api.Sub(1, a.zero))
	nan := u.or(a.nan, neg)
	// a = m·2^(x-150); with x = 2h + p, a = (m·2^(K+p))·2^(2(h-101)), so
	// sqrt(a) = sqrt(m·2^(K+p))·2^(h-101)
	hp, err := api.Compiler().NewHint(divModHint, 2, a.x, 2)
	if err != nil {
		panic(err)
	}
	h, p := hp[0], hp[1]
	api.AssertIsBoolean(p)
	u.rc.Check(h, 8)
	api.AssertIsEqual(a.x, api.Add(api.Mul(h, 2), p))
	n := api.Mul(a.m, new(big.Int).Lsh(big.NewInt(1), sqrtShift), api.Add(1, p))
	rr, err := api.Compiler().NewHint(isqrtHint, 1, n)
	if err != nil {
		panic(err)
	}
	q := rr[0]
	u.rc.Check(q, 39) // n < 2^77
	// q² <= n < (q+1)²: 0 <= n - q² <= 2q
	rem := api.Sub(n, api.Mul(q, q))
	u.rc.Check(rem, 40)
	u.rc.Check(api.Sub(api.Mul(q, 2), rem), 40)
	sticky := api.Sub(1, api.IsZero(rem))
	mag, _ := u.round(api.Add(api.Mul(q, 2), sticky), api.Sub(h, 102), sqrtRound)
	// ±0 gives ±0 (mag is 0 for m = 0), +Inf gives +Inf
	return u.pack(nan, a.inf, 0, a.s, mag)
}

// min is OpMin: NaN if either is NaN, else a if a < b, otherwise b.
func (u *fpu) min(a, b fp) frontend.Variable {
	api := u.api
	lt := u.geZero(api.Sub(api.Sub(u.key(b), u.key(a)), 1), 33)
	return api.Select(u.or(a.nan, b.nan), canonNaN, api.Select(lt, a.bits, b.bits))
}
