// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Float32} from "./Float32.sol";
import {PinpointShapes as Shapes} from "./PinpointShapes.sol";
import {IPinpointShapes} from "./PinpointShapesDeriver.sol";

/// @title PinpointShapesT
/// @notice The structure of every scalar step of the transformer kernels, repops ids 19
/// (Add) to 40 (AdamW): repops/transformer.go (Add, RowMul, RowAffine, ColDot, Norm,
/// NormGrad, GELU, GELUGrad, SiLU, SiLUGrad), attention.go (CausalSoftmax,
/// CausalSoftmaxGrad, AttnScores, AttnApply, AttnGradP, AttnGradQKV) and optim.go
/// (SumSq, ClipCoef, ScaleBy, LRSchedule, AdamPowers, AdamW). As in PinpointShapes (ids
/// 1-18, whose Node and Shape it uses), every trace's structure is data-independent, so
/// step i of element e is derived in O(1) from (descriptor, e, i). Served on chain by
/// PinpointShapesTDeriver, which a kernel registry routes ids 19-40 to.
/// Go twin: contracts/model/shapes_transformer.go.
/// @dev traceLength and stepShape are defined for descriptors validNode accepts (the
/// game checks a node before it derives a step of it); elsewhere they may revert.
/// The fixed traces (element-wise kernels, ClipCoef, LRSchedule, AdamW) are data run by
/// one interpreter (_prog), in an operand code of their own (model.programHexT).
library PinpointShapesT {
    error UnknownKernel(uint8 kernel);
    error StepOutOfRange(uint64 step, uint64 length);

    // Kernel ids (repops.KernelID).
    uint8 internal constant K_ADD = 19;
    uint8 internal constant K_ROWMUL = 20;
    uint8 internal constant K_ROWAFFINE = 21;
    uint8 internal constant K_COLDOT = 22;
    uint8 internal constant K_NORM = 23;
    uint8 internal constant K_NORMGRAD = 24;
    uint8 internal constant K_GELU = 25;
    uint8 internal constant K_GELUGRAD = 26;
    uint8 internal constant K_SILU = 27;
    uint8 internal constant K_SILUGRAD = 28;
    uint8 internal constant K_SOFTMAX = 29;
    uint8 internal constant K_SOFTMAXGRAD = 30;
    uint8 internal constant K_SCORES = 31;
    uint8 internal constant K_APPLY = 32;
    uint8 internal constant K_GRADP = 33;
    uint8 internal constant K_GRADQKV = 34;
    uint8 internal constant K_SUMSQ = 35;
    uint8 internal constant K_CLIPCOEF = 36;
    uint8 internal constant K_SCALEBY = 37;
    uint8 internal constant K_LRSCHEDULE = 38;
    uint8 internal constant K_ADAMPOWERS = 39;
    uint8 internal constant K_ADAMW = 40;

    // Ops (repops.Op) and operand kinds (repops.RefKind).
    uint8 private constant OP_ADD = 1;
    uint8 private constant OP_SUB = 2;
    uint8 private constant OP_MUL = 3;
    uint8 private constant OP_DIV = 4;
    uint8 private constant OP_SQRT = 5;
    uint8 private constant OP_MAX = 6;
    uint8 private constant OP_FMA = 12;
    uint256 private constant REF_INPUT = 1;
    uint256 private constant REF_STEP = 2;
    uint256 private constant REF_NONE = 3;

    uint256 private constant MAX32 = type(uint32).max;
    uint32 private constant ONE = 0x3f800000;
    /// @dev A causal softmax column's block: x_k - mx, times scale, exp (23), add.
    uint256 private constant SOFT_BLOCK = 26;

    /// @dev Kernels whose validity is numel == p0 (one output per element of slot 0).
    uint256 private constant ELEMENTWISE = (uint256(1) << K_ADD) | (uint256(1) << K_GELU) | (uint256(1) << K_GELUGRAD) | (uint256(1) << K_SILU)
        | (uint256(1) << K_SILUGRAD) | (uint256(1) << K_SCALEBY) | (uint256(1) << K_ADAMW);
    uint256 private constant ATTN = (uint256(1) << K_SCORES) | (uint256(1) << K_APPLY) | (uint256(1) << K_GRADP) | (uint256(1) << K_GRADQKV);

    /// @dev Programs (model.programHexT): PROG holds exp (steps 0..22), then each fixed
    /// trace, 5 bytes a step: kind c << 4 | op, kind a << 4 | kind b, payload a, payload
    /// b, payload c (c: an fma's addend; zero for other ops). Kinds: 0 constant
    /// (payload: index in POOL, u32 BE each), 1 input (payload mode << 4 | slot; mode 0
    /// element e, 1 element e mod p1, 2 + k element k), 2 step of the program (payload:
    /// index within it), 3 none, 4 the block's argument, 5 a descriptor constant
    /// (payload 0..3 the bits of p0..p3, 4 p0 for element 0 else p1, 5 float32(p0),
    /// 6 float32(p1 - p0), 7 p2 - p3). KPROG: per slot, the first step of its program and
    /// its length (0: none); slot k < 22 is kernel 19 + k, slot 22 LRSchedule's element 0,
    /// slot 23 SumSq with n = 0.
    bytes private constant PROG =
        hex"0640000000072000010003200102000120020300022003030003200404000222010500032004050002220607000302060800012009070003220a080001200b080003220c080001200d090003220e080001200f0a0003221008000120110b0003221208000120130b0009230400000322141500011100010003110011001c11001112031100000003210000001c020c010003020d020001220303000620040000072005010003200602000120070300022008030003200904000222060a00032009050002220b0c000302060d0001200e070003220f0d0001201008000322110d0001201209000322130d000120140a000322150d000120160b000322170d000120180b0009230900000322191a0001201b0b0004020e1c0002020b1d0003010a000001020b1e0003221f2000031100000003210000001c020c010003020d020001220303000620040000072005010003200602000120070300022008030003200904000222060a00032009050002220b0c000302060d0001200e070003220f0d0001201008000322110d0001201209000322130d000120140a000322150d000120160b000322170d000120180b0009230900000322191a0001201b0b0004020e1c0002020b1d0001020b1e0003020a1f0003010a000003221e1e0002020b220003222123000c020f000b03020d25000322242600012220270003120128000201100000062000000007200101000320020200012003030002200403000320050400022202060003200505000222070800030206090001200a070003220b090001200c080003220d090001200e090003220f09000120100a0003221109000120120b0003221309000120140b000923050000032215160001020b170004120018000201100000062000000007200101000320020200012003030002200403000320050400022202060003200505000222070800030206090001200a070003220b090001200c080003220d090001200e090003220f09000120100a0003221109000120120b0003221309000120140b000923050000032215160001020b170004020b180002020b19000c12001a0b0322191b000312011c000513200000012000110004520001000720020b0003110021000110200b0004250005000720010b0003520202000215200500042504060006200510000720060b000220070a0003220808000c021209130c220a09140c220b09150c220c09160c220d09170322080e0003020a0f0002020a10005c520711030722031200031500040002010b2300041201000002010b330004120202000312340100052303000001250501000422040600031534020002020b0800031200090002220a07000110200b000310200b00";
    bytes private constant POOL =
        hex"c2ae000042b000003fb8aa3b4b4000003f318000b95e80833ab60b613c0888893d2aaaab3e2aaaab3f0000003f8000003d3727133f4c422a400000003e095d4f00000000358637bdbbf183a83da83c1abf196966402335e3c0a55de740490fdb";
    bytes private constant KPROG = hex"1701180119010000000000001a223c2a661a801e00000000000000000000000000009e04a201a314b701b80cc401c501";

    /// @dev An attention descriptor: batch, sequence length, heads, head width.
    struct Attn {
        uint256 b;
        uint256 t;
        uint256 h;
        uint256 dh;
    }

    /// @notice Whether the descriptor is a kernel 19-40 whose output size agrees with its
    /// params, and every input index and trace step fits a 32-bit payload.
    function validNode(Shapes.Node memory d) internal pure returns (bool) {
        uint256 n = d.numel;
        uint8 k = d.kernel;
        if (n == 0 || n > MAX32 || k < K_ADD || k > K_ADAMW) return false;
        uint256 bit = uint256(1) << k;
        uint256 p0 = d.p0;
        uint256 p1 = d.p1; // p0 * p1 < 2^64: no overflow
        if (bit & ELEMENTWISE != 0) return p0 == n;
        if (k == K_ROWMUL || k == K_ROWAFFINE) return p1 != 0 && p0 * p1 == n;
        if (k == K_COLDOT) return p0 * p1 <= MAX32 && p1 == n;
        if (k == K_NORM || k == K_NORMGRAD) {
            return d.p3 <= 1 && p1 != 0 && p0 * p1 == n && _normLen(k, p1, d.p3 == 1) <= MAX32;
        }
        if (k == K_SOFTMAX || k == K_SOFTMAXGRAD) {
            return p1 != 0 && p0 * p1 == n && (k == K_SOFTMAX ? 27 * p1 : p1 + 3) <= MAX32;
        }
        if (bit & ATTN != 0) {
            Attn memory a = _attn(d);
            uint256 scores = a.b * a.h * a.t * a.t; // < 2^128
            uint256 qkv = a.b * a.t * 3 * a.h * a.dh;
            uint256 want = k == K_APPLY ? qkv / 3 : k == K_GRADQKV ? qkv : scores;
            return scores <= MAX32 && qkv <= MAX32 && want == n;
        }
        if (k == K_SUMSQ || k == K_CLIPCOEF) return n == 1;
        return n == 2; // LRSchedule, AdamPowers
    }

    /// @notice Number of scalar steps that define output element e (0: the element is +0,
    /// masked).
    function traceLength(Shapes.Node memory d, uint64 e) internal pure returns (uint64) {
        uint8 k = d.kernel;
        if (k < K_ADD || k > K_ADAMW) revert UnknownKernel(k);
        uint256 w = _kprog(d, e);
        if (w != 0) return uint64(w & 0xff);
        uint256 p1 = d.p1;
        if (k == K_COLDOT || k == K_SUMSQ) return d.p0;
        if (k == K_NORM || k == K_NORMGRAD) return uint64(_normLen(k, p1, d.p3 == 1));
        if (k == K_SOFTMAX || k == K_SOFTMAXGRAD) {
            uint256 r = e / p1 % p1;
            if (e % p1 > r) return 0;
            return uint64(k == K_SOFTMAX ? (SOFT_BLOCK + 1) * (r + 1) : r + 4);
        }
        Attn memory a = _attn(d);
        if (k == K_SCORES || k == K_GRADP) {
            uint256 j = e % a.t;
            return j > e / a.t % a.t ? 0 : uint64(a.dh);
        }
        uint256 dd = a.h * a.dh;
        if (k == K_APPLY) return uint64(e / dd % a.t + 1);
        // K_GRADQKV: q sums over j <= t, k and v over i >= t
        uint256 t = e / (3 * dd) % a.t;
        return uint64(e % (3 * dd) < dd ? t + 1 : a.t - t);
    }

    /// @notice The structure of step i of output element e's trace.
    function stepShape(Shapes.Node memory d, uint64 e, uint64 i) internal pure returns (Shapes.Shape memory) {
        uint64 len = traceLength(d, e);
        if (i >= len) revert StepOutOfRange(i, len);
        uint256 w = _kprog(d, e);
        uint256 p1 = d.p1;
        if (w != 0) return _prog((w >> 8) + i, 0, 0, e, uint256(d.p3) << 96 | uint256(d.p2) << 64 | p1 << 32 | d.p0);
        uint8 k = d.kernel;
        // ColDot: fma chain over rows of a[i,e]·b[i,e] from +0
        if (k == K_COLDOT) return _chain(0, i * p1 + e, 1, i * p1 + e, i);
        // SumSq: fma chain of x_i·x_i from the running total (slot 0)
        if (k == K_SUMSQ) return _fma(_in(1, i), _in(1, i), i == 0 ? _in(0, 0) : _st(i - 1));
        if (k == K_NORM || k == K_NORMGRAD) return _norm(d, e, i);
        if (k == K_SOFTMAX) return _softmax(d, e, i);
        if (k == K_SOFTMAXGRAD) return _softmaxGrad(d, e, i);
        if (k == K_SCORES || k == K_GRADP) return _scores(d, e, i);
        if (k == K_APPLY) return _apply(d, e, i);
        return _gradQkv(d, e, i);
    }

    // ------------------------------------------------------------------ operands

    /// @dev An operand packed as kind << 40 | slot << 32 | payload (constants: kind 0).
    uint256 private constant NONE = REF_NONE << 40;

    function _in(uint256 slot, uint256 idx) private pure returns (uint256) {
        return REF_INPUT << 40 | slot << 32 | uint32(idx);
    }

    function _st(uint256 i) private pure returns (uint256) {
        return REF_STEP << 40 | uint32(i);
    }

    /// @dev The running sum before step i of a chain from +0 starting at first.
    function _sum(uint256 i, uint256 first) private pure returns (uint256) {
        return i == first ? 0 : _st(i - 1);
    }

    function _mk(uint8 op, uint256 a, uint256 b) private pure returns (Shapes.Shape memory) {
        return Shapes.Shape(op, uint8(a >> 40), uint8(b >> 40), uint8(a >> 32), uint8(b >> 32), uint32(a), uint32(b), 0, 0, 0);
    }

    /// @dev An fma step: a*b + c.
    function _fma(uint256 a, uint256 b, uint256 c) private pure returns (Shapes.Shape memory) {
        return Shapes.Shape(
            OP_FMA, uint8(a >> 40), uint8(b >> 40), uint8(a >> 32), uint8(b >> 32), uint32(a), uint32(b),
            uint8(c >> 40), uint8(c >> 32), uint32(c)
        );
    }

    /// @dev Element e's program as first step << 8 | length, 0 if it has none.
    function _kprog(Shapes.Node memory d, uint256 e) private pure returns (uint256 w) {
        uint256 s = d.kernel - K_ADD;
        if (d.kernel == K_LRSCHEDULE && e == 0) s = 22;
        if (d.kernel == K_SUMSQ && d.p0 == 0) s = 23;
        bytes memory t = KPROG;
        assembly {
            w := shr(240, mload(add(add(t, 32), mul(s, 2))))
        }
    }

    /// @dev Step j of PROG, in a program whose first step is step base of the trace, with
    /// argument x, for element e and descriptor constants p = p0 | p1 << 32 | p2 << 64 |
    /// p3 << 96.
    function _prog(uint256 j, uint256 base, uint256 x, uint256 e, uint256 p) private pure returns (Shapes.Shape memory) {
        bytes memory t = PROG;
        uint256 w;
        assembly {
            w := mload(add(add(t, 32), mul(j, 5)))
        }
        uint256 a = _op(w >> 244, w >> 232, base, x, e, p);
        uint256 b = _op(w >> 240, w >> 224, base, x, e, p);
        uint8 op = uint8(w >> 248) & 15;
        if (op == OP_FMA) return _fma(a, b, _op(w >> 252, w >> 216, base, x, e, p));
        return _mk(op, a, b);
    }

    function _op(uint256 kind, uint256 v, uint256 base, uint256 x, uint256 e, uint256 p)
        private
        pure
        returns (uint256 r)
    {
        kind &= 15;
        v &= 0xff;
        if (kind == 0) {
            bytes memory pool = POOL;
            assembly {
                r := shr(224, mload(add(add(pool, 32), mul(v, 4))))
            }
            return r;
        }
        if (kind == REF_INPUT) {
            uint256 mode = v >> 4;
            return _in(v & 15, mode == 0 ? e : mode == 1 ? e % uint32(p >> 32) : mode - 2);
        }
        if (kind == REF_STEP) return _st(base + v);
        if (kind == REF_NONE) return NONE;
        if (kind == 4) return x;
        // kind 5: a descriptor constant
        if (v < 4) return uint32(p >> (32 * v));
        if (v == 4) return uint32(e == 0 ? p : p >> 32);
        if (v == 5) return Float32.fromInt(int256(uint256(uint32(p))));
        if (v == 6) return Float32.fromInt(int256(uint256(uint32(p >> 32))) - int256(uint256(uint32(p))));
        return Float32.sub(uint32(p >> 64), uint32(p >> 96));
    }

    // ------------------------------------------------------------------ norms

    /// @dev A Norm (NormGrad) trace's length for rows of d: layer norm 3d+6 (6d+11), RMS
    /// norm d+5 (3d+8).
    function _normLen(uint8 k, uint256 d, bool rms) private pure returns (uint256) {
        if (k == K_NORM) return rms ? d + 5 : 3 * d + 6;
        return rms ? 3 * d + 8 : 6 * d + 11;
    }

    /// @dev c_k of a norm row starting at base: the centred value (layer norm, step
    /// d+1+k) or the input (RMS norm).
    function _c(bool rms, uint256 base, uint256 d, uint256 k) private pure returns (uint256) {
        return rms ? _in(0, base + k) : _st(d + 1 + k);
    }

    /// @dev Norm and NormGrad (repops normStats): layer norm first sums the row from +0
    /// (d steps), divides by d and centres each value (d steps); then the fma chain of
    /// c_k·c_k from +0, / d, + eps, sqrt, 1/sqrt = rstd (step x-1); Norm ends with
    /// c_j·rstd, NormGrad goes on (_normGrad).
    function _norm(Shapes.Node memory nd, uint256 e, uint256 i) private pure returns (Shapes.Shape memory) {
        uint256 d = nd.p1;
        bool rms = nd.p3 == 1;
        uint256 base = e - e % d;
        uint32 fd = Float32.fromInt(int256(d));
        uint256 v; // the first step of the square sum
        if (!rms) {
            v = 2 * d + 1;
            if (i < d) return _mk(OP_ADD, _sum(i, 0), _in(0, base + i));
            if (i == d) return _mk(OP_DIV, _st(d - 1), fd);
            if (i < v) return _mk(OP_SUB, _in(0, base + i - d - 1), _st(d));
        }
        uint256 x = v + d + 4; // Norm's output or NormGrad's first x̂
        if (i < v + d) {
            uint256 c = _c(rms, base, d, i - v);
            return _fma(c, c, _sum(i, v));
        }
        if (i == v + d) return _mk(OP_DIV, _st(i - 1), fd);
        if (i == v + d + 1) return _mk(OP_ADD, _st(i - 1), nd.p2);
        if (i == v + d + 2) return _mk(OP_SQRT, _st(i - 1), NONE);
        if (i == v + d + 3) return _mk(OP_DIV, ONE, _st(i - 1));
        if (nd.kernel == K_NORM) return _mk(OP_MUL, _c(rms, base, d, e - base), _st(x - 1));
        if (i < x + d) return _mk(OP_MUL, _c(rms, base, d, i - x), _st(x - 1));
        return _normGrad(i, x, base, d, e - base, rms, fd);
    }

    /// @dev NormGrad after x̂ (steps x..x+d-1; rstd is step x-1) (repops normGradStats,
    /// normGradElem): layer norm sums g from +0 and divides by d (mean g, step f-1); the
    /// fma chain of g_k·x̂_k from +0 and its mean (step f+d); layer norm takes g_j -
    /// mean g; then x̂_j·mean(g·x̂), the difference, times rstd.
    function _normGrad(uint256 i, uint256 x, uint256 base, uint256 d, uint256 j, bool rms, uint32 fd)
        private
        pure
        returns (Shapes.Shape memory)
    {
        uint256 f = x + d; // the g·x̂ chain
        if (!rms) {
            f = x + 2 * d + 1;
            if (i < f - 1) return _mk(OP_ADD, _sum(i, x + d), _in(1, base + i - x - d));
            if (i == f - 1) return _mk(OP_DIV, _st(i - 1), fd);
        }
        if (i < f + d) return _fma(_in(1, base + i - f), _st(x + i - f), _sum(i, f));
        if (i == f + d) return _mk(OP_DIV, _st(i - 1), fd);
        uint256 g = rms ? f + d + 1 : f + d + 2;
        if (i < g) return _mk(OP_SUB, _in(1, base + j), _st(f - 1));
        if (i == g) return _mk(OP_MUL, _st(x + j), _st(f + d));
        if (i == g + 1) return _mk(OP_SUB, rms ? _in(1, base + j) : _st(g - 1), _st(g));
        return _mk(OP_MUL, _st(g + 1), _st(x - 1));
    }

    // ------------------------------------------------------------------ causal softmax

    /// @dev CausalSoftmax element (row r of query position i, column j <= i): the running
    /// max of the row's first i+1 scores (i steps), per column k <= i a block of 26
    /// (x_k - mx, times scale, exp, the add into the sum from +0), then e_j / s.
    function _softmax(Shapes.Node memory d, uint256 e, uint256 i) private pure returns (Shapes.Shape memory) {
        uint256 t = d.p1;
        uint256 base = e - e % t;
        uint256 r = e / t % t;
        if (i < r) return _mk(OP_MAX, i == 0 ? _in(0, base) : _st(i - 1), _in(0, base + i + 1));
        uint256 k = (i - r) / SOFT_BLOCK;
        uint256 s = (i - r) % SOFT_BLOCK;
        uint256 b = r + SOFT_BLOCK * k; // column k's block
        if (k > r) return _mk(OP_DIV, _st(r + SOFT_BLOCK * (e % t) + 24), _st(i - 1));
        if (s == 0) return _mk(OP_SUB, _in(0, base + k), r == 0 ? _in(0, base) : _st(r - 1));
        if (s == 1) return _mk(OP_MUL, _st(b), d.p2);
        if (s < SOFT_BLOCK - 1) return _prog(s - 2, b + 2, _st(b + 1), 0, 0);
        return _mk(OP_ADD, _sum(b, r), _st(i - 1));
    }

    /// @dev CausalSoftmaxGrad element: dot = fma chain over k <= i of p_k·dp_k from +0,
    /// then dp_j - dot, p_j·(.), (.)·scale.
    function _softmaxGrad(Shapes.Node memory d, uint256 e, uint256 i) private pure returns (Shapes.Shape memory) {
        uint256 t = d.p1;
        uint256 base = e - e % t;
        uint256 r = e / t % t;
        if (i <= r) return _fma(_in(0, base + i), _in(1, base + i), _sum(i, 0));
        if (i == r + 1) return _mk(OP_SUB, _in(1, e), _st(r));
        if (i == r + 2) return _mk(OP_MUL, _in(0, e), _st(i - 1));
        return _mk(OP_MUL, _st(i - 1), d.p2);
    }

    // ------------------------------------------------------------------ attention

    function _attn(Shapes.Node memory d) private pure returns (Attn memory) {
        return Attn(d.p0, d.p1, d.p2, d.p3);
    }

    /// @dev Where component part (0 q, 1 k, 2 v) of column hx = h·Dh + x (head h,
    /// feature x) of qkv row bt = b·T + t (position t of sequence b; rows of 3·H·Dh) lives.
    function _qkvAt(Attn memory a, uint256 part, uint256 bt, uint256 hx) private pure returns (uint256) {
        return (bt * 3 + part) * a.h * a.dh + hx;
    }

    /// @dev The first element of score row (bh, i), bh = b·H + h.
    function _rowAt(Attn memory a, uint256 bh, uint256 i) private pure returns (uint256) {
        return (bh * a.t + i) * a.t;
    }

    /// @dev Element (bt, hx) of an attention output (or its gradient dO), rows of H·Dh.
    function _outAt(Attn memory a, uint256 bt, uint256 hx) private pure returns (uint256) {
        return bt * a.h * a.dh + hx;
    }

    /// @dev Step i of an fma chain from +0 of input sa[ia]·sb[ib].
    function _chain(uint256 sa, uint256 ia, uint256 sb, uint256 ib, uint256 i)
        private
        pure
        returns (Shapes.Shape memory)
    {
        return _fma(_in(sa, ia), _in(sb, ib), _sum(i, 0));
    }

    /// @dev AttnScores (q[b,i,h,d]·k[b,j,h,d]) and AttnGradP (dO[b,i,h,d]·v[b,j,h,d]):
    /// fma chains over d from +0 for score element (b, h, i, j), j <= i.
    function _scores(Shapes.Node memory nd, uint256 e, uint256 d) private pure returns (Shapes.Shape memory) {
        Attn memory a = _attn(nd);
        uint256 j = e % a.t;
        uint256 i = e / a.t % a.t;
        e /= a.t * a.t; // b·H + h
        uint256 hx = e % a.h * a.dh + d;
        e = e / a.h * a.t; // qkv row of (b, 0)
        if (nd.kernel == K_SCORES) return _chain(0, _qkvAt(a, 0, e + i, hx), 0, _qkvAt(a, 1, e + j, hx), d);
        return _chain(0, _outAt(a, e + i, hx), 1, _qkvAt(a, 2, e + j, hx), d);
    }

    /// @dev AttnApply element (b, t, h, x): fma chain over j <= t of P[(b,h,t), j]·v[b,j,h,x].
    function _apply(Shapes.Node memory nd, uint256 e, uint256 j) private pure returns (Shapes.Shape memory) {
        Attn memory a = _attn(nd);
        uint256 hx = e % (a.h * a.dh);
        e /= a.h * a.dh; // b·T + t
        uint256 t = e % a.t;
        return _chain(0, _rowAt(a, e / a.t * a.h + hx / a.dh, t) + j, 1, _qkvAt(a, 2, e - t + j, hx), j);
    }

    /// @dev AttnGradQKV element (b, t, part, h, x): dq = fma chain over j <= t of
    /// dS[(b,h,t), j]·k[b,j,h,x]; dk over q >= t of dS[(b,h,q), t]·q[b,q,h,x]; dv over
    /// q >= t of P[(b,h,q), t]·dO[b,q,h,x]; each from +0.
    function _gradQkv(Shapes.Node memory nd, uint256 e, uint256 i) private pure returns (Shapes.Shape memory) {
        Attn memory a = _attn(nd);
        uint256 part;
        uint256 hx;
        {
            uint256 dd = a.h * a.dh;
            part = e % (3 * dd) / dd;
            hx = e % dd;
            e /= 3 * dd; // b·T + t
        }
        uint256 ia;
        uint256 ib;
        {
            uint256 t = e % a.t;
            uint256 rb = (e / a.t * a.h + hx / a.dh) * a.t; // score row (b, h, 0)
            if (part == 0) {
                ia = (rb + t) * a.t + i;
                ib = _qkvAt(a, 1, e - t + i, hx);
            } else {
                ia = (rb + t + i) * a.t + t;
                ib = part == 1 ? _qkvAt(a, 0, e + i, hx) : _outAt(a, e + i, hx);
            }
        }
        return _chain(part == 2 ? 1 : 0, ia, part == 2 ? 2 : 3, ib, i);
    }
}

/// @title PinpointShapesTDeriver
/// @notice The PinpointShapesT derivation (kernels 19-40) as a contract of its own, for
/// the kernel registry to route those ids to. It answers for ids 19-40 only: validNode
/// is false and traceLength/stepShape revert UnknownKernel for any other. Stateless and
/// pure, no constructor arguments: check its code hash before trusting a registration.
contract PinpointShapesTDeriver is IPinpointShapes {
    function validNode(Shapes.Node calldata d) external pure returns (bool) {
        return PinpointShapesT.validNode(d);
    }

    function traceLength(Shapes.Node calldata d, uint64 e) external pure returns (uint64) {
        return PinpointShapesT.traceLength(d, e);
    }

    function stepShape(Shapes.Node calldata d, uint64 e, uint64 i) external pure returns (Shapes.Shape memory) {
        return PinpointShapesT.stepShape(d, e, i);
    }
}
