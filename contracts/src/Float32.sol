// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Float32: IEEE-754 binary32 arithmetic on uint32 bit patterns
/// @notice The on-chain twin of repops.Eval (repops/scalar.go): every operation
/// of the RepOps scalar instruction set, bit for bit, with integers only.
/// Round to nearest, ties to even; subnormals kept (no flush to zero); every
/// NaN result is the canonical NaN 0x7fc00000.
/// @dev Method (after Go's runtime/softfloat64.go): an operand is unpacked to
/// an integer significand m and the exponent e of its lowest bit, value m*2^e;
/// add, mul, div and sqrt compute the exact result (or a wide quotient/root
/// with a sticky bit below it) and _pack rounds it once. Uses the Osaka CLZ
/// opcode (EIP-7939) to find leading bits. All arithmetic is unchecked: the
/// bounds are stated where they matter (significands below 2^106, shifts
/// below 256).
library Float32 {
    uint32 internal constant NAN = 0x7fc00000;
    uint32 internal constant POS_INF = 0x7f800000;
    uint32 internal constant NEG_INF = 0xff800000;
    uint32 internal constant ONE = 0x3f800000;
    uint32 internal constant SIGN = 0x80000000;
    uint32 private constant ABS = 0x7fffffff;
    /// @dev The float32 below sqrt(2) (repops sqrt2Bits): mantissas at or
    /// above it are halved by Expo/Mant.
    uint32 private constant SQRT2 = 0x3fb504f3;

    // Op codes: part of the protocol (repops.Op).
    uint8 internal constant OP_ADD = 1;
    uint8 internal constant OP_SUB = 2;
    uint8 internal constant OP_MUL = 3;
    uint8 internal constant OP_DIV = 4;
    uint8 internal constant OP_SQRT = 5;
    uint8 internal constant OP_MAX = 6;
    uint8 internal constant OP_MIN = 7;
    uint8 internal constant OP_SELP = 8;
    uint8 internal constant OP_POW2 = 9;
    uint8 internal constant OP_EXPO = 10;
    uint8 internal constant OP_MANT = 11;
    uint8 internal constant OP_FMA = 12;

    /// @notice op is not an operation of the instruction set (repops.Eval panics).
    error InvalidOp(uint8 op);

    /// @notice repops.Eval(op, a, b): eval3 with c = +0. Reverts with InvalidOp
    /// outside 1..12.
    function eval(uint8 op, uint32 a, uint32 b) internal pure returns (uint32) {
        return eval3(op, a, b, 0);
    }

    /// @notice repops.Eval3(op, a, b, c): c is read by OP_FMA only (a*b + c rounded
    /// once). Reverts with InvalidOp outside 1..12.
    function eval3(uint8 op, uint32 a, uint32 b, uint32 c) internal pure returns (uint32) {
        // Ordered by how often kernels use them (every matmul step is an fma).
        if (op == OP_FMA) return fma(a, b, c);
        if (op == OP_ADD) return add(a, b);
        if (op == OP_MUL) return mul(a, b);
        if (op == OP_SUB) return sub(a, b);
        if (op == OP_MAX) return max(a, b);
        if (op == OP_DIV) return div(a, b);
        if (op == OP_SELP) return selp(a, b);
        if (op == OP_MIN) return min(a, b);
        if (op == OP_SQRT) return sqrt(a);
        if (op == OP_POW2) return pow2(a);
        if (op == OP_EXPO) return expo(a);
        if (op == OP_MANT) return mant(a);
        revert InvalidOp(op);
    }

    function isNaN(uint32 x) internal pure returns (bool) {
        return x & ABS > POS_INF;
    }

    /// @notice x, or the canonical NaN if x is any NaN (repops.Canon).
    function canon(uint32 x) internal pure returns (uint32) {
        return x & ABS > POS_INF ? NAN : x;
    }

    // ---------------------------------------------------------------- core

    /// @dev Significand and lowest-bit exponent of a finite x: x = m * 2^e.
    function _unpack(uint32 x) private pure returns (uint256 m, int256 e) {
        unchecked {
            uint256 ex = (x >> 23) & 0xff;
            m = x & 0x7fffff;
            if (ex == 0) {
                e = -149;
            } else {
                m |= 0x800000;
                e = int256(ex) - 150;
            }
        }
    }

    /// @dev Rounds sign * m * 2^e to binary32 (ties to even), giving ±0,
    /// subnormals, normals or ±Inf. sign is 0 or SIGN. m is exact, or carries
    /// a sticky bit at least two places below the 24 bits kept. Callers keep
    /// the shift below 256 (every op's bounds are far inside).
    function _pack(uint256 sign, int256 e, uint256 m) private pure returns (uint32) {
        unchecked {
            if (m == 0) return uint32(sign);
            uint256 lz;
            assembly {
                lz := clz(m)
            }
            // Bits to drop: down to 24 significant bits, or down to the
            // subnormal quantum 2^-149, whichever drops more.
            int256 shift = int256(232 - lz); // bit length - 24
            if (-149 - e > shift) shift = -149 - e;
            uint256 q;
            if (shift > 0) {
                uint256 sh = uint256(shift);
                q = m >> sh;
                uint256 rem = m & ((1 << sh) - 1);
                uint256 half = 1 << (sh - 1);
                if (rem > half || (rem == half && q & 1 == 1)) ++q;
            } else {
                q = m << uint256(-shift);
            }
            // q's lowest bit weighs 2^(e+shift); for a normal result q holds
            // the implicit bit, which adds one to the exponent field, and a
            // rounding carry to 2^24 moves into the exponent by itself.
            uint256 bits = (uint256(e + shift + 149) << 23) + q;
            if (bits >= POS_INF) bits = POS_INF;
            return uint32(sign | bits);
        }
    }

    // ---------------------------------------------------------- arithmetic

    /// @notice a + b (OpAdd).
    function add(uint32 a, uint32 b) internal pure returns (uint32) {
        unchecked {
            uint32 aa = a & ABS;
            uint32 ab = b & ABS;
            if (aa >= POS_INF || ab >= POS_INF) {
                if (aa > POS_INF || ab > POS_INF) return NAN;
                if (aa == POS_INF) return (ab == POS_INF && a != b) ? NAN : a;
                return b;
            }
            if (ab == 0) return aa == 0 ? a & b : a; // -0 + -0 = -0; +0 otherwise
            if (aa == 0) return b;
            (uint256 ma, int256 ea) = _unpack(aa);
            (uint256 mb, int256 eb) = _unpack(ab);
            int256 e;
            // Align on the smaller exponent; beyond 64 places the smaller
            // operand (below 2^-63 of the larger) only matters as a sticky
            // bit, and 1 in its place rounds identically.
            if (ea >= eb) {
                uint256 d = uint256(ea - eb);
                if (d > 64) {
                    ma <<= 64;
                    mb = 1;
                    e = ea - 64;
                } else {
                    ma <<= d;
                    e = eb;
                }
            } else {
                uint256 d = uint256(eb - ea);
                if (d > 64) {
                    mb <<= 64;
                    ma = 1;
                    e = eb - 64;
                } else {
                    mb <<= d;
                    e = ea;
                }
            }
            uint256 sa = a & SIGN;
            if (sa == b & SIGN) return _pack(sa, e, ma + mb);
            if (ma > mb) return _pack(sa, e, ma - mb);
            if (mb > ma) return _pack(b & SIGN, e, mb - ma);
            return 0; // exact cancellation is +0 under round to nearest
        }
    }

    /// @notice a - b (OpSub): a + (-b); a NaN b stays NaN whatever its sign.
    function sub(uint32 a, uint32 b) internal pure returns (uint32) {
        return add(a, b ^ SIGN);
    }

    /// @notice a * b (OpMul).
    function mul(uint32 a, uint32 b) internal pure returns (uint32) {
        unchecked {
            uint32 s = (a ^ b) & SIGN;
            uint32 aa = a & ABS;
            uint32 ab = b & ABS;
            if (aa > POS_INF || ab > POS_INF) return NAN;
            if (aa == POS_INF) return ab == 0 ? NAN : s | POS_INF;
            if (ab == POS_INF) return aa == 0 ? NAN : s | POS_INF;
            if (aa == 0 || ab == 0) return s;
            (uint256 ma, int256 ea) = _unpack(aa);
            (uint256 mb, int256 eb) = _unpack(ab);
            return _pack(s, ea + eb, ma * mb); // exact: 48 bits
        }
    }

    /// @notice fma(a, b, c): a*b + c computed exactly and rounded once to
    /// nearest even (IEEE 754-2008 fusedMultiplyAdd; repops.FMA32), any NaN
    /// result canonical. ∞·0 + c (whatever c is, NaN included) and ∞ - ∞ are
    /// NaN; an exact zero sum is +0 unless a*b and c are both -0; a nonzero sum
    /// keeps its sign when it rounds to zero; past the largest float32 it is ±∞,
    /// also when a*b alone would overflow but a*b + c does not.
    /// @dev The product mp*2^ep is exact (mp < 2^48, ep in [-298, 208]) and c
    /// is mc*2^ec (mc < 2^24, ec in [-149, 104]). Both are put on the grid of
    /// the smaller exponent, added or subtracted exactly and rounded once by
    /// _pack. That grid can need ~450 bits (exponent gaps up to 402), so when
    /// one operand lies far below the other's lowest bit it is collapsed to a
    /// sticky bit: X = mX*2^eX (mX ≥ 1) the far larger, Y the other with
    /// 0 < |Y| < 2^(eX-25). Then |X + Y| > |X|/2 ≥ 2^(eX-1), so every point
    /// where the rounding changes near X + Y (float32s, midpoints, at the
    /// subnormal end multiples of 2^-150, the overflow threshold 2^128 - 2^103
    /// unless X + Y overflows anyway) is a multiple of 2^(eX-25), as X is. No
    /// such point lies strictly between X and the next multiple of 2^(eX-25)
    /// on Y's side, where both X + Y and X + sign(Y)*2^(eX-64) lie, so the two
    /// round alike, ties included (neither is a tie). |c| < 2^(ec+24), so c
    /// qualifies once ep - ec ≥ 49 (collapsed past 64); |a*b| < 2^(ep+48), so
    /// the product qualifies once ec - ep ≥ 73 (collapsed past 80). So the
    /// sum has at most 113 bits (mp < 2^48 shifted by up to 64, or mc < 2^24
    /// by up to 80, plus a carry) and e ≥ -298 - 64: _pack's shift stays
    /// below 214.
    function fma(uint32 a, uint32 b, uint32 c) internal pure returns (uint32) {
        unchecked {
            uint256 s = (a ^ b) & SIGN; // the product's sign
            uint32 aa = a & ABS;
            uint32 ab = b & ABS;
            uint32 ac = c & ABS;
            if (aa > POS_INF || ab > POS_INF || ac > POS_INF) return NAN;
            if (aa == POS_INF || ab == POS_INF) {
                if (aa == 0 || ab == 0) return NAN; // ∞·0
                if (ac == POS_INF && c & SIGN != s) return NAN; // ∞ - ∞
                return uint32(s) | POS_INF;
            }
            if (ac == POS_INF) return c;
            if (aa == 0 || ab == 0) {
                // a*b is an exact ±0: the sum is c, or a zero of either sign.
                if (ac == 0) return uint32(s) & c; // -0 only for -0 + -0
                return c;
            }
            (uint256 ma, int256 ea) = _unpack(aa);
            (uint256 mb, int256 eb) = _unpack(ab);
            // a*b = ma*mb * 2^(ea+eb) exactly: ma*mb < 2^48 and nonzero.
            if (ac == 0) return _pack(s, ea + eb, ma * mb); // a*b + ±0 = a*b
            return _fmaSum(s, ma * mb, ea + eb, c);
        }
    }

    /// @dev Rounds sp*mp*2^ep + c for nonzero finite c and mp in [1, 2^48),
    /// as fma's comment explains (a separate function for the stack's sake).
    function _fmaSum(uint256 sp, uint256 mp, int256 ep, uint32 c) private pure returns (uint32) {
        unchecked {
            (uint256 mc, int256 ec) = _unpack(c & ABS);
            int256 e;
            if (ep >= ec) {
                uint256 d = uint256(ep - ec);
                if (d > 64) {
                    mp <<= 64; // c below 2^(ep-25): a sticky bit
                    mc = 1;
                    e = ep - 64;
                } else {
                    mp <<= d;
                    e = ec;
                }
            } else {
                uint256 d = uint256(ec - ep);
                if (d > 80) {
                    mc <<= 64; // a*b below 2^(ec-25): a sticky bit
                    mp = 1;
                    e = ec - 64;
                } else {
                    mc <<= d;
                    e = ep;
                }
            }
            uint256 sc = c & SIGN;
            if (sp == sc) return _pack(sp, e, mp + mc);
            if (mp > mc) return _pack(sp, e, mp - mc);
            if (mc > mp) return _pack(sc, e, mc - mp);
            return 0; // exact cancellation is +0 under round to nearest
        }
    }

    /// @notice a / b (OpDiv).
    function div(uint32 a, uint32 b) internal pure returns (uint32) {
        unchecked {
            uint32 s = (a ^ b) & SIGN;
            uint32 aa = a & ABS;
            uint32 ab = b & ABS;
            if (aa > POS_INF || ab > POS_INF) return NAN;
            if (aa == POS_INF) return ab == POS_INF ? NAN : s | POS_INF;
            if (ab == POS_INF) return s;
            if (ab == 0) return aa == 0 ? NAN : s | POS_INF;
            if (aa == 0) return s;
            (uint256 ma, int256 ea) = _unpack(aa);
            (uint256 mb, int256 eb) = _unpack(ab);
            // ma*2^64 / mb has at least 41 bits (mb < 2^24), far more than
            // the 26 rounding needs; the remainder becomes a sticky bit.
            uint256 n = ma << 64;
            uint256 q = n / mb;
            uint256 sticky = n % mb == 0 ? 0 : 1;
            return _pack(s, ea - eb - 65, (q << 1) | sticky);
        }
    }

    /// @notice Correctly rounded square root (OpSqrt): sqrt(-0) = -0,
    /// NaN for a < 0.
    function sqrt(uint32 a) internal pure returns (uint32) {
        unchecked {
            if (a & ABS == 0) return a;
            if (a > POS_INF) return NAN; // NaN, or negative
            if (a == POS_INF) return a;
            (uint256 m, int256 e) = _unpack(a);
            if (e & 1 != 0) {
                m <<= 1;
                e -= 1;
            }
            // m < 2^25; scaled by 2^80 the root has at least 41 bits.
            uint256 n = m << 80;
            uint256 r = _isqrt(n);
            uint256 sticky = r * r == n ? 0 : 1;
            return _pack(0, (e - 80) / 2 - 1, (r << 1) | sticky);
        }
    }

    /// @dev floor(sqrt(n)) for 0 < n < 2^106, Newton from above.
    function _isqrt(uint256 n) private pure returns (uint256 x) {
        unchecked {
            uint256 lz;
            assembly {
                lz := clz(n)
            }
            x = 1 << ((257 - lz) >> 1); // 2^ceil(bitlen/2) > sqrt(n)
            uint256 y = (x + n / x) >> 1;
            while (y < x) {
                x = y;
                y = (x + n / x) >> 1;
            }
        }
    }

    // ---------------------------------------------------------- comparison

    /// @dev Order key of a non-NaN x: monotone in the value, ±0 equal.
    function _key(uint32 x) private pure returns (uint256) {
        unchecked {
            return x & SIGN == 0 ? uint256(SIGN) + x : uint256(SIGN) - (x & ABS);
        }
    }

    /// @notice a < b; false if either is NaN.
    function lt(uint32 a, uint32 b) internal pure returns (bool) {
        return !isNaN(a) && !isNaN(b) && _key(a) < _key(b);
    }

    /// @notice a <= b; false if either is NaN.
    function le(uint32 a, uint32 b) internal pure returns (bool) {
        return !isNaN(a) && !isNaN(b) && _key(a) <= _key(b);
    }

    /// @notice a == b as floats: +0 == -0, NaN equals nothing.
    function eq(uint32 a, uint32 b) internal pure returns (bool) {
        return !isNaN(a) && !isNaN(b) && _key(a) == _key(b);
    }

    /// @notice OpMax: NaN if either is NaN; a if a > b, else b (ties: b).
    function max(uint32 a, uint32 b) internal pure returns (uint32) {
        if (isNaN(a) || isNaN(b)) return NAN;
        return _key(a) > _key(b) ? a : b;
    }

    /// @notice OpMin: NaN if either is NaN; a if a < b, else b (ties: b).
    function min(uint32 a, uint32 b) internal pure returns (uint32) {
        if (isNaN(a) || isNaN(b)) return NAN;
        return _key(a) < _key(b) ? a : b;
    }

    /// @notice OpSelP: NaN if a is NaN; canon(b) if a > 0; else +0.
    function selp(uint32 a, uint32 b) internal pure returns (uint32) {
        if (isNaN(a)) return NAN;
        if (a & SIGN == 0 && a != 0) return canon(b);
        return 0;
    }

    // -------------------------------------------------- exponent and mantissa

    /// @notice OpPow2: 2^n exactly, n = trunc(a) clamped to [-126, 127];
    /// NaN for NaN.
    function pow2(uint32 a) internal pure returns (uint32) {
        unchecked {
            if (isNaN(a)) return NAN;
            int256 n;
            if (a & SIGN == 0) {
                n = a >= 0x42fe0000 ? int256(127) : int256(_truncSmall(a)); // 127.0
            } else {
                n = a & ABS >= 0x42fc0000 ? int256(-126) : -int256(_truncSmall(a & ABS)); // 126.0
            }
            return uint32(uint256(n + 127) << 23);
        }
    }

    /// @dev trunc(x) for 0 <= x < 128 (x finite, sign clear).
    function _truncSmall(uint32 x) private pure returns (uint256) {
        unchecked {
            uint256 ex = x >> 23;
            if (ex < 127) return 0;
            return ((x & 0x7fffff) | 0x800000) >> (150 - ex);
        }
    }

    /// @dev repops frexp for finite a > 0: mantissa bits of m in [√½, √2)
    /// and the exponent e, a = m * 2^e.
    function _frexp(uint32 a) private pure returns (uint32 mb, int256 e) {
        unchecked {
            uint256 frac = a & 0x7fffff;
            if (a >> 23 == 0) {
                uint256 lz;
                assembly {
                    lz := clz(frac)
                }
                // leading bit at 255-lz (<= 22): shift it to bit 23, then drop it
                uint256 shift = lz - 232;
                frac = (frac << shift) & 0x7fffff;
                e = -126 - int256(shift);
            } else {
                e = int256(uint256(a >> 23)) - 127;
            }
            mb = uint32(frac) | (127 << 23);
            if (mb >= SQRT2) {
                mb = uint32(frac) | (126 << 23);
                ++e;
            }
        }
    }

    /// @notice OpExpo: e of a = m*2^e, m in [√½, √2), as a float; -Inf for
    /// ±0, +Inf for +Inf, NaN for NaN or a < 0.
    function expo(uint32 a) internal pure returns (uint32) {
        if (a & ABS == 0) return NEG_INF;
        if (a > POS_INF) return NAN;
        if (a == POS_INF) return POS_INF;
        (, int256 e) = _frexp(a);
        return fromInt(e);
    }

    /// @notice OpMant: m of a = m*2^e, m in [√½, √2); 1 for ±0 and +Inf,
    /// NaN for NaN or a < 0.
    function mant(uint32 a) internal pure returns (uint32) {
        if (a & ABS == 0 || a == POS_INF) return ONE;
        if (a > POS_INF) return NAN;
        (uint32 mb,) = _frexp(a);
        return mb;
    }

    // ---------------------------------------------------------- conversion

    /// @notice The float32 nearest x (ties to even); ±Inf beyond the range.
    function fromInt(int256 x) internal pure returns (uint32) {
        unchecked {
            // Two's complement negation is right even for type(int256).min.
            if (x < 0) return _pack(SIGN, 0, uint256(-x));
            return _pack(0, 0, uint256(x));
        }
    }

    /// @notice trunc(x) as an integer (every finite float32 fits an int256);
    /// ok is false for NaN and ±Inf.
    function toInt(uint32 x) internal pure returns (bool ok, int256 v) {
        unchecked {
            uint32 ax = x & ABS;
            if (ax >= POS_INF) return (false, 0);
            (uint256 m, int256 e) = _unpack(ax);
            // e in [-149, 104]: m*2^104 < 2^128.
            uint256 u = e >= 0 ? m << uint256(e) : m >> uint256(-e);
            v = x & SIGN == 0 ? int256(u) : -int256(u);
            ok = true;
        }
    }
}
