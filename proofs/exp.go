package proofs

import (
	"math"

	"github.com/consensys/gnark/frontend"
)

// OpPow2 and e^x as repops defines them (repops/transcendental.go): e^x is a fixed
// sequence of the basic operations, so the circuit runs the same sequence.

// Patterns of OpPow2's clamps.
const (
	pow2Hi = 0x42fe0000 // 127
	pow2Lo = 0xc2fc0000 // -126
)

// pow2 is OpPow2: 2^n, n = trunc(a) clamped to [-126, 127]; NaN for NaN a.
func (u *fpu) pow2Op(a fp) frontend.Variable {
	api := u.api
	k := u.key(a)
	hi := u.geZero(api.Sub(k, pow2Hi), 33)                    // a >= 127 (and +Inf)
	lo := u.geZero(api.Sub(-int64(pow2Lo&0x7fffffff), k), 33) // a <= -126 (and -Inf)
	mid := api.Sub(1, u.or(hi, lo))
	// |a| < 127: trunc(|a|) = floor(m / 2^(150-x)), 150-x >= 17; shifts past 31
	// leave nothing of a 24-bit significand
	sh := api.Sub(150, a.x)
	big := u.geZero(api.Sub(sh, 32), 9)
	shc := api.Select(mid, api.Select(big, 31, sh), 31)
	t, _ := u.divModChecked(a.m, u.pow2(shc, 5), 24, 32)
	n := api.Select(hi, 127, api.Select(lo, -126, api.Select(a.s, api.Neg(t), t)))
	return api.Select(a.nan, canonNaN, api.Mul(api.Add(n, 127), hidden))
}

// Constants of repops's exp, as float32 patterns.
var (
	expLoBits    = math.Float32bits(-87)
	expHiBits    = math.Float32bits(88)
	log2eBits    = math.Float32bits(1.44269504088896341)
	roundMagBits = math.Float32bits(12582912)
	ln2HiBits    = math.Float32bits(0.693359375)
	ln2LoBits    = math.Float32bits(-2.12194440e-4)
	expCoefBits  = [...]uint32{
		math.Float32bits(1.0 / 720), math.Float32bits(1.0 / 120), math.Float32bits(1.0 / 24),
		math.Float32bits(1.0 / 6), math.Float32bits(0.5), math.Float32bits(1), math.Float32bits(1),
	}
)

// exp is repops.Exp:
//
//	x = min(max(x, -87), 88); n = (x·log2e + 1.5·2^23) - 1.5·2^23
//	r = (x - n·ln2Hi) - n·ln2Lo; p = Horner(expCoef, r); result = p · pow2(n)
func (u *fpu) exp(x fp) frontend.Variable {
	d := u.decode
	c := u.constant
	x = d(u.max(x, c(expLoBits)))
	x = d(u.min(x, c(expHiBits)))
	n := d(u.sub(d(u.add(d(u.mul(x, c(log2eBits))), c(roundMagBits))), c(roundMagBits)))
	r := d(u.sub(x, d(u.mul(n, c(ln2HiBits)))))
	r = d(u.sub(r, d(u.mul(n, c(ln2LoBits)))))
	p := c(expCoefBits[0])
	for _, k := range expCoefBits[1:] {
		p = d(u.add(d(u.mul(p, r)), c(k)))
	}
	return u.mul(p, d(u.pow2Op(n)))
}
