// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Float32} from "./Float32.sol";
import {PinpointTree} from "./PinpointTree.sol";

/// @title PinpointShapes
/// @notice The structure of every scalar step of the RepOps kernels the game judges
/// (package repops, kernel.go and transcendental.go): which operation, and where its
/// operands come from. The contract derives it here, from the node's descriptor in the
/// task's spec, so that neither party can misstate it. Every kernel's trace structure is
/// data-independent, so step i of element e is computed in O(1) from (descriptor, e, i).
/// Judged: kernels 1-18 (every repops kernel). PinpointGame does not link this library:
/// it calls the separately deployed PinpointShapesDeriver through the kernel registry
/// PinpointKernels (EIP-170 keeps each contract under 24576 bytes).
/// Go twin: contracts/model/shapes.go.
/// @dev Written for bytecode size: the fixed sequences (exp, log, and the whole trace of
/// each elementwise kernel) are data, run by one small interpreter (_prog).
library PinpointShapes {
    error UnknownKernel(uint8 kernel);
    error StepOutOfRange(uint64 step, uint64 length);

    // Kernel ids (repops.KernelID).
    uint8 internal constant K_MATMUL = 1;
    uint8 internal constant K_BIASADD = 2;
    uint8 internal constant K_RELU = 3;
    uint8 internal constant K_RELUGRAD = 4;
    uint8 internal constant K_MOMENTUM = 5;
    uint8 internal constant K_SGDAPPLY = 6;
    uint8 internal constant K_TANH = 7;
    uint8 internal constant K_TANHGRAD = 8;
    uint8 internal constant K_XENT = 9;
    uint8 internal constant K_XENTGRAD = 10;
    uint8 internal constant K_COLSUM = 11;
    uint8 internal constant K_MEAN = 12;
    uint8 internal constant K_ADAMM = 13;
    uint8 internal constant K_ADAMV = 14;
    uint8 internal constant K_ADAMAPPLY = 15;
    uint8 internal constant K_SCALE = 16;
    uint8 internal constant K_IM2COL = 17;
    uint8 internal constant K_COL2IM = 18;

    // Ops (repops.Op).
    uint8 internal constant OP_ADD = 1;
    uint8 internal constant OP_SUB = 2;
    uint8 internal constant OP_MUL = 3;
    uint8 internal constant OP_DIV = 4;
    uint8 internal constant OP_MAX = 6;
    uint8 internal constant OP_FMA = 12;

    // Operand kinds (repops.RefKind).
    uint8 internal constant REF_CONST = 0;
    uint8 internal constant REF_INPUT = 1;
    uint8 internal constant REF_STEP = 2;
    uint8 internal constant REF_NONE = 3;

    // Where a node's input slot comes from.
    uint8 internal constant SRC_NONE = 0;
    uint8 internal constant SRC_STATE = 1; // tensor t of state[s] (state leaf t+1)
    uint8 internal constant SRC_BATCH = 2; // tensor t of the step's batch
    uint8 internal constant SRC_NODE = 3; // output of an earlier node of the same step

    uint32 private constant ONE = 0x3f800000;
    /// @dev A softmax row's trace (29c+17 steps) stays addressable by u32 payloads.
    uint256 private constant MAX_XENT_CLASSES = ((uint256(1) << 32) - 17) / 29;
    uint256 private constant EXP_LEN = 23;
    uint256 private constant LOG_AT = 23; // first step of the log block in PROG
    uint256 private constant LOG_LEN = 17;

    /// @dev Programs (model.programHex): PROG holds exp (steps 0..22), log (23..39) and
    /// the trace of each elementwise kernel, 5 bytes a step: kind c << 4 | op,
    /// kind a << 4 | kind b, payload a, payload b, payload c (c: an fma's addend; zero
    /// for other ops). Kinds: 0 constant (payload: index in POOL, u32 BE each),
    /// 2 step of the program (payload: index within it), 3 none, 4 the block's argument,
    /// 5/6 element e of input slot 0/1, 7 the constant p1, 8 the constant 1 - p1, 9 element
    /// e of input slot 2, 10/11 element 0 of input slot 3/4, 12 the constant p2, 13 the
    /// constant -p1. KPROG: per kernel id, the first step of its program and its length
    /// (0: none).
    bytes private constant PROG =
        hex"0640000000072000010003200102000120020300022003030003200404000222010500032004050002220607000302060800012009070003220a080001200b080003220c080001200d090003220e080001200f0a0003221008000120110b0003221208000120130b00092304000003221415000a430000000b430000000220010b000120010b000422020300032204040003020c05000120060d0003220705000120080e00032209050001200a0f0003220b050001200c1000032000110003220d040001220e0f00065000120008560000006c750000005cd60000000155000000062000000007200101000320020200012003030002200403000320050400022202060003200505000222070800030206090001200a070003220b090001200c080003220d090001200e090003220f09000120100a0003221109000120120b0003221309000120140b00092305000003221516000120170b00040210180002020b1900035500000002020b0000036200010003860000002c75000000036600000003820000002c75000001020a0b00000462000000020b0b000004920002000523030000012c0400000372000100042206050002520007000357000000";
    bytes private constant POOL =
        hex"c2ae000042b000003fb8aa3b4b4000003f318000b95e80833ab60b613c0888893d2aaaab3e2aaaab3f0000003f8000003e638e393e9249253ecccccd3f2aaaab400000003f31721800000000";
    bytes private constant KPROG = hex"000000000000280129012a012b012c1b470300000000000000004a024c034f09580100000000";

    /// @notice One node of a step's graph, as the task's spec commits to it
    /// (leaf = sha256(abi.encode(node)) in the tree nodesRoot).
    struct Node {
        uint8 kernel;
        uint32 p0; // repops Params() in order (matmul m,k,n,layout; biasadd m,n; relu n;
        uint32 p1; //   momentum n,bits(mu); xent m,c; colsum m,n; mean n; adam_m n,bits(b1);
        uint32 p2; //   scale n,bits(s); adam n,bits(lr),bits(eps)), except im2col and col2im (n,h,w,c,kh,kw,s):
        uint32 p3; //   p0 n, p1 h | w<<16, p2 c, p3 kh | kw<<8 | s<<16
        uint64 numel; // output elements
        bytes32 outHeader; // header hash of the output tensor (shape, dtype, name)
        uint8 src0Kind;
        uint32 src0Index;
        uint8 src1Kind;
        uint32 src1Index;
        uint8 src2Kind; // slots 2-4: AdamApply's v', p1', p2'
        uint32 src2Index;
        uint8 src3Kind;
        uint32 src3Index;
        uint8 src4Kind;
        uint32 src4Index;
    }

    /// @notice One scalar step's structure (a trace leaf without its result). C is an
    /// fma's addend; every other op has kindC, slotC and payC zero.
    struct Shape {
        uint8 op;
        uint8 kindA;
        uint8 kindB;
        uint8 slotA;
        uint8 slotB;
        uint32 payA;
        uint32 payB;
        uint8 kindC;
        uint8 slotC;
        uint32 payC;
    }

    /// @dev An im2col/col2im descriptor unpacked, with the output's spatial size.
    struct Conv {
        uint256 n;
        uint256 h;
        uint256 w;
        uint256 c;
        uint256 kh;
        uint256 kw;
        uint256 s;
        uint256 oh;
        uint256 ow;
    }

    function nodeLeaf(Node memory d) internal pure returns (bytes32) {
        return sha256(abi.encode(d));
    }

    /// @notice Whether the descriptor's output size agrees with its kernel's shape, and
    /// every input index and trace step fits a 32-bit payload.
    function validNode(Node memory d) internal pure returns (bool) {
        uint256 n = d.numel;
        uint256 max32 = type(uint32).max;
        if (n == 0 || n > max32) return false;
        uint8 k = d.kernel;
        uint256 p0 = d.p0;
        uint256 p1 = d.p1;
        if (k == K_MATMUL) return d.p3 <= 2 && p0 * d.p2 == n;
        if (k == K_BIASADD) return p1 != 0 && p0 * p1 == n;
        if (_kprog(k) != 0) return p0 == n;
        if (k == K_XENT || k == K_XENTGRAD) {
            return p1 != 0 && p1 <= MAX_XENT_CLASSES && p0 * p1 <= max32 && (k == K_XENT ? p0 : p0 * p1) == n;
        }
        if (k == K_COLSUM) return p0 * p1 <= max32 && p1 == n;
        if (k == K_MEAN) return n == 1;
        if (k == K_IM2COL || k == K_COL2IM) return convValid(d);
        return false;
    }

    /// @notice Number of scalar steps that define output element e (0: the element is +0).
    function traceLength(Node memory d, uint64 e) internal pure returns (uint64) {
        uint8 k = d.kernel;
        uint256 p = _kprog(k);
        if (p != 0) return uint64(p & 0xff);
        if (k == K_MATMUL) return d.p1;
        if (k == K_BIASADD) return 1;
        if (k == K_XENT) return 29 * uint64(d.p1) + 17;
        if (k == K_XENTGRAD) return 26 * uint64(d.p1) + 26;
        if (k == K_COLSUM) return d.p0;
        if (k == K_MEAN) return uint64(d.p0) + 1;
        if (k == K_IM2COL || k == K_COL2IM) return convLength(d, e);
        revert UnknownKernel(k);
    }

    /// @notice The structure of step i of output element e's trace.
    function stepShape(Node memory d, uint64 e, uint64 i) internal pure returns (Shape memory) {
        uint64 len = traceLength(d, e);
        if (i >= len) revert StepOutOfRange(i, len);
        uint8 k = d.kernel;
        uint256 p = _kprog(k);
        if (p != 0) return _prog((p >> 8) + i, 0, 0, e, uint256(d.p2) << 32 | d.p1);
        if (k == K_MATMUL) return matMulShape(d, e, i);
        if (k == K_BIASADD) return _mk(OP_ADD, _in(0, e), _in(1, e % d.p1));
        if (k == K_XENT || k == K_XENTGRAD) return xentShape(d, e, i);
        if (k == K_COLSUM) return _mk(OP_ADD, _sum(i, 0), _in(0, i * d.p1 + e));
        if (k == K_IM2COL || k == K_COL2IM) return convShape(d, e, i);
        // K_MEAN
        if (i < d.p0) return _mk(OP_ADD, _sum(i, 0), _in(0, i));
        return _mk(OP_DIV, _sum(i, 0), Float32.fromInt(int256(uint256(d.p0))));
    }

    // ------------------------------------------------------------------ operands

    /// @dev An operand packed as kind << 40 | slot << 32 | payload (constants: kind 0).
    uint256 private constant NONE = uint256(REF_NONE) << 40;

    function _in(uint256 slot, uint256 idx) private pure returns (uint256) {
        return uint256(REF_INPUT) << 40 | slot << 32 | uint32(idx);
    }

    function _st(uint256 i) private pure returns (uint256) {
        return uint256(REF_STEP) << 40 | uint32(i);
    }

    /// @dev The running sum before step i of a chain of adds from +0 starting at first.
    function _sum(uint256 i, uint256 first) private pure returns (uint256) {
        return i == first ? 0 : _st(i - 1);
    }

    function _mk(uint8 op, uint256 a, uint256 b) private pure returns (Shape memory) {
        return Shape(op, uint8(a >> 40), uint8(b >> 40), uint8(a >> 32), uint8(b >> 32), uint32(a), uint32(b), 0, 0, 0);
    }

    /// @dev An fma step: a*b + c.
    function _fma(uint256 a, uint256 b, uint256 c) private pure returns (Shape memory) {
        return Shape(
            OP_FMA, uint8(a >> 40), uint8(b >> 40), uint8(a >> 32), uint8(b >> 32), uint32(a), uint32(b),
            uint8(c >> 40), uint8(c >> 32), uint32(c)
        );
    }

    /// @dev Kernel k's program as first step << 8 | length, 0 if it has none.
    function _kprog(uint8 k) private pure returns (uint256 w) {
        if (k > K_COL2IM) return 0;
        bytes memory t = KPROG;
        assembly {
            w := shr(240, mload(add(add(t, 32), mul(k, 2))))
        }
    }

    /// @dev Step j of PROG, in a program whose first step is step base of the trace, with
    /// argument x, for element e and constants p = p1 | p2 << 32.
    function _prog(uint256 j, uint256 base, uint256 x, uint256 e, uint256 p) private pure returns (Shape memory) {
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
        if (kind == REF_CONST) {
            bytes memory pool = POOL;
            assembly {
                r := shr(224, mload(add(add(pool, 32), mul(v, 4))))
            }
            return r;
        }
        if (kind == REF_STEP) return _st(base + v);
        if (kind == REF_NONE) return NONE;
        if (kind == 4) return x;
        if (kind < 7) return _in(kind - 5, e);
        if (kind == 7) return uint32(p);
        if (kind == 8) return Float32.sub(ONE, uint32(p));
        if (kind == 9) return _in(2, e);
        if (kind < 12) return _in(kind - 7, 0);
        if (kind == 12) return p >> 32;
        return uint32(p) ^ 0x80000000; // 13: -p1
    }

    // ------------------------------------------------------------------ kernels

    /// @dev acc = +0; for p: acc = fma(A(i,p), B(p,j), acc): step p is term p, its
    /// addend +0 at p = 0, else step p-1.
    function matMulShape(Node memory d, uint64 e, uint64 p) private pure returns (Shape memory) {
        uint64 m = d.p0;
        uint64 kk = d.p1;
        uint64 n = d.p2;
        uint64 row = e / n;
        uint64 col = e % n;
        uint64 a = d.p3 == 2 ? p * m + row : row * kk + p; // TN stores A k x m
        uint64 b = d.p3 == 1 ? col * kk + p : p * n + col; // NT stores B n x k
        return _fma(_in(0, a), _in(1, b), _sum(p, 0));
    }

    /// @dev Softmax cross-entropy and its gradient over rows of c classes. Both start with
    /// the row statistics (26c-1 steps): c-1 max steps, then per class j a sub, an exp
    /// block and the add into the sum s. Then xent: per class sub, mul, add (the dot), a
    /// log block on s, log - dot; xentgrad: sub, exp block, div by s, sub y, mul 1/m.
    function xentShape(Node memory d, uint256 e, uint256 i) private pure returns (Shape memory) {
        uint256 c = d.p1;
        bool grad = d.kernel == K_XENTGRAD;
        uint256 x0 = grad ? e - e % c : e * c; // the row's first input
        uint256 mx = c == 1 ? _in(0, x0) : _st(c - 2);
        if (i + 1 < c) return _mk(OP_MAX, i == 0 ? _in(0, x0) : _st(i - 1), _in(0, x0 + i + 1));
        uint256 d0 = (EXP_LEN + 3) * c - 1; // first step after the row statistics
        if (i < d0) {
            uint256 t = (i + 1 - c) % (EXP_LEN + 2);
            uint256 b = i - t; // this class's sub
            if (t == 0) return _mk(OP_SUB, _in(0, x0 + (i + 1 - c) / (EXP_LEN + 2)), mx);
            if (t <= EXP_LEN) return _prog(t - 1, b + 1, _st(b), 0, 0);
            return _mk(OP_ADD, _sum(b, c - 1), _st(b + EXP_LEN));
        }
        uint256 u = i - d0;
        if (grad) {
            if (u == 0) return _mk(OP_SUB, _in(0, e), mx);
            if (u <= EXP_LEN) return _prog(u - 1, d0 + 1, _st(d0), 0, 0);
            if (u == EXP_LEN + 1) return _mk(OP_DIV, _st(i - 1), _st(d0 - 1));
            if (u == EXP_LEN + 2) return _mk(OP_SUB, _st(i - 1), _in(1, e));
            return _mk(OP_MUL, _st(i - 1), Float32.div(ONE, Float32.fromInt(int256(uint256(d.p0)))));
        }
        if (u < 3 * c) {
            uint256 b = i - u % 3;
            if (u % 3 == 0) return _mk(OP_SUB, _in(0, x0 + u / 3), mx);
            if (u % 3 == 1) return _mk(OP_MUL, _in(1, x0 + u / 3), _st(b));
            return _mk(OP_ADD, _sum(b, d0), _st(b + 1));
        }
        u -= 3 * c;
        if (u < LOG_LEN) return _prog(LOG_AT + u, i - u, _st(d0 - 1), 0, 0);
        return _mk(OP_SUB, _st(i - 1), _st(d0 + 3 * c - 1));
    }

    // ------------------------------------------------------------------ im2col, col2im

    /// @notice validNode for im2col and col2im.
    function convValid(Node memory d) private pure returns (bool) {
        uint256 max32 = type(uint32).max;
        (Conv memory c, bool ok) = _conv(d);
        // below 2^112: no overflow
        uint256 img = c.n * c.h * c.w * c.c;
        uint256 patches = c.n * c.oh * c.ow * c.kh * c.kw * c.c;
        uint256 n = d.numel;
        return ok && n != 0 && img <= max32 && patches <= max32 && (d.kernel == K_IM2COL ? patches : img) == n;
    }

    /// @notice traceLength for im2col (1) and col2im (the taps of pixel e).
    function convLength(Node memory d, uint64 e) private pure returns (uint64) {
        if (d.kernel == K_IM2COL) return 1;
        (Conv memory c, bool ok) = _conv(d);
        if (!ok) revert UnknownKernel(d.kernel);
        (, uint256 ny) = _taps(c, (e / (c.c * c.w)) % c.h, c.kh, c.oh);
        (, uint256 nx) = _taps(c, (e / c.c) % c.w, c.kw, c.ow);
        return uint64(ny * nx);
    }

    /// @notice stepShape for im2col (a copy, x * 1) and col2im (a sum, from +0, of the
    /// patch elements that copied pixel e, in increasing (dy, dx) order).
    function convShape(Node memory d, uint64 e, uint64 i) private pure returns (Shape memory) {
        (Conv memory k,) = _conv(d); // stepShape checked i against convLength
        if (d.kernel == K_IM2COL) return _mk(OP_MUL, _in(0, _im2colSrc(k, e)), ONE);
        (uint256 dy, uint256 dx) = _col2imTap(k, e, i);
        return _mk(OP_ADD, _sum(i, 0), _in(0, _col2imSrc(k, e, dy, dx)));
    }

    /// @dev The input element that im2col output e copies: patch row r = (img*oh + y)*ow + x,
    /// column q = (dy*kw + dx)*c + ch.
    function _im2colSrc(Conv memory k, uint256 e) private pure returns (uint256) {
        uint256 cols = k.kh * k.kw * k.c;
        uint256 r = e / cols;
        uint256 q = e % cols;
        uint256 y = (r / k.ow) % k.oh * k.s + q / (k.kw * k.c);
        uint256 x = r % k.ow * k.s + (q / k.c) % k.kw;
        return ((r / (k.oh * k.ow) * k.h + y) * k.w + x) * k.c + q % k.c;
    }

    /// @dev The window offset (dy, dx) of step i of col2im pixel e.
    function _col2imTap(Conv memory k, uint256 e, uint256 i) private pure returns (uint256 dy, uint256 dx) {
        (uint256 fy,) = _taps(k, (e / (k.c * k.w)) % k.h, k.kh, k.oh);
        (uint256 fx, uint256 nx) = _taps(k, (e / k.c) % k.w, k.kw, k.ow);
        return (fy + i / nx * k.s, fx + i % nx * k.s);
    }

    /// @dev The patch element of offset (dy, dx) that copied pixel e.
    function _col2imSrc(Conv memory k, uint256 e, uint256 dy, uint256 dx) private pure returns (uint256) {
        uint256 y = ((e / (k.c * k.w)) % k.h - dy) / k.s;
        uint256 x = ((e / k.c) % k.w - dx) / k.s;
        uint256 r = (e / (k.c * k.w * k.h) * k.oh + y) * k.ow + x;
        return r * k.kh * k.kw * k.c + (dy * k.kw + dx) * k.c + e % k.c;
    }

    function _conv(Node memory d) private pure returns (Conv memory k, bool ok) {
        k = Conv(d.p0, d.p1 & 0xffff, d.p1 >> 16, d.p2, d.p3 & 0xff, (d.p3 >> 8) & 0xff, d.p3 >> 16, 0, 0);
        if (k.kh == 0 || k.kw == 0 || k.s == 0 || k.h < k.kh || k.w < k.kw) return (k, false);
        k.oh = (k.h - k.kh) / k.s + 1;
        k.ow = (k.w - k.kw) / k.s + 1;
        return (k, true);
    }

    /// @dev The window offsets d = first + t*s (t < count) whose patch copied pixel
    /// coordinate p: 0 <= d < kd, d <= p, d = p (mod s), (p-d)/s < out.
    function _taps(Conv memory k, uint256 p, uint256 kd, uint256 out)
        private
        pure
        returns (uint256 first, uint256 count)
    {
        uint256 reach = (out - 1) * k.s;
        uint256 lo = p > reach ? p - reach : 0;
        first = lo + (p - lo) % k.s;
        uint256 last = kd - 1 < p ? kd - 1 : p;
        if (first > last) return (first, 0);
        return (first, (last - first) / k.s + 1);
    }

    // ------------------------------------------------------------------ leaves

    /// @notice The 32-byte trace leaf of a step (repops Step.Leaf): byte 0 op, 1/2 kinds
    /// of a and b, 3/4 their slots, 5/6 kind and slot of c, 8..11 and 12..15 payloads of
    /// a and b (u32 LE), 16..19 result bits (u32 LE), 20..23 payload of c (u32 LE).
    function encode(Shape memory s, uint32 result) internal pure returns (bytes32) {
        uint256 w = (uint256(s.op) << 248) | (uint256(s.kindA) << 240) | (uint256(s.kindB) << 232)
            | (uint256(s.slotA) << 224) | (uint256(s.slotB) << 216) | (uint256(s.kindC) << 208)
            | (uint256(s.slotC) << 200) | (uint256(PinpointTree.bswap32(s.payA)) << 160)
            | (uint256(PinpointTree.bswap32(s.payB)) << 128) | (uint256(PinpointTree.bswap32(result)) << 96)
            | (uint256(PinpointTree.bswap32(s.payC)) << 64);
        return bytes32(w);
    }

    function resultBits(bytes32 leaf) internal pure returns (uint32) {
        return PinpointTree.le32(leaf, 16);
    }
}
