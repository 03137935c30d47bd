// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The verifier contract gnark exports for the element circuit (package proofs):
/// reverts unless the proof holds for the two public inputs (opsHash, fingerprint).
interface IZkElementVerifier {
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view;
}

/// @title ZkElement
/// @notice The chain's side of the one-proof settlement of a disputed element (package
/// proofs, docs/PROTOCOL.md "One proof for the trace level"). The operands travel in
/// calldata, 4 bytes each (big-endian float32 patterns, in proofs.OperandRef order).
/// The circuit commits to its private operands and to opsHash = keccak256(operands) mod r
/// before gnark's BSB22 commitment challenge z = keccak256(commitment || opsHash) mod r is
/// drawn; the contract recomputes z from the proof's commitment and passes
/// fingerprint = meta + sum operand_i * z^(i+1) mod r: equal to the circuit's only for the
/// same operands and meta (Schwartz-Zippel).
library ZkElement {
    /// @dev The BN254 scalar field.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev gnark's Solidity proof: A, B, C (256 bytes), commitment (64), its proof of knowledge (64).
    uint256 internal constant PROOF_LEN = 384;
    /// @dev proofs.XentMaxCols: the widest softmax row the circuit judges.
    uint256 internal constant XENT_MAX_COLS = 10;

    /// @notice A node descriptor's kernel and parameters in one word (what the judge reads):
    /// kernel | p0 << 8 | p1 << 40 | p2 << 72 | p3 << 104.
    function node(uint8 kernel, uint32 p0, uint32 p1, uint32 p2, uint32 p3) internal pure returns (uint256) {
        return uint256(kernel) | (uint256(p0) << 8) | (uint256(p1) << 40) | (uint256(p2) << 72) | (uint256(p3) << 104);
    }

    function kernelOf(uint256 nd) internal pure returns (uint8) {
        return uint8(nd);
    }

    /// @notice Descriptor parameter i (0-3) of a packed node.
    function param(uint256 nd, uint256 i) internal pure returns (uint256) {
        return uint32(nd >> (8 + 32 * i));
    }

    /// @notice Number of operands of output element e of a kernel the circuit judges (0: not
    /// judged); the summands of colsum, mean and col2im also count against the circuit's terms.
    function numOperands(uint256 nd, uint64 e) internal pure returns (uint256) {
        uint8 k = kernelOf(nd);
        if (k == 1) return 2 * param(nd, 1); // matmul: A(i,p), B(p,j) for p < k
        if (k == 3 || k == 7 || k == 16 || k == 17) return 1;
        if (k == 2 || (k >= 4 && k <= 6) || k == 8 || k == 13 || k == 14) return 2;
        if (k == 15) return 5; // adam_apply: w, m', v', p1', p2'
        if (k == 10) {
            // xentgrad: a row of logits and its targets, rows of up to XENT_MAX_COLS
            uint256 c = param(nd, 1);
            return c >= 1 && c <= XENT_MAX_COLS ? 2 * c : 0;
        }
        if (k == 11 || k == 12) return param(nd, 0); // colsum m, mean n
        if (k == 18) {
            (uint256 n,) = col2im(nd, e, type(uint256).max);
            return n;
        }
        return 0;
    }

    /// @notice meta = kernel | c << 8 | v << 40 | d << 72 | w << 104 | j << 112: c is the
    /// float constant p1 of momentum (mu), sgd and adam_apply (lr), adam_m/v (b1, b2),
    /// scale (s), or the integer p0 of mean (n) and xentgrad (m); d is adam_apply's eps
    /// (p2); w and j are xentgrad's row width (p1) and the element's column; else 0.
    function meta(uint256 nd, uint64 e, uint32 value) internal pure returns (uint256) {
        uint8 k = kernelOf(nd);
        uint256 c;
        uint256 d;
        if (k == 5 || k == 6 || k == 13 || k == 14 || k == 15 || k == 16) c = param(nd, 1);
        if (k == 12 || k == 10) c = param(nd, 0);
        if (k == 15) d = param(nd, 2);
        if (k == 10) d = (param(nd, 1) | ((e % param(nd, 1)) << 8)) << 32;
        return uint256(k) | (c << 8) | (uint256(value) << 40) | (d << 72);
    }

    /// @notice proofs.OperandRef: the input slot and index operand q of element e stands for.
    function operandRef(uint256 nd, uint64 e, uint64 q) internal pure returns (uint8 slot, uint32 index) {
        uint8 k = kernelOf(nd);
        if (k == 1) {
            // matmul m, k, n, layout (NN 0, NT 1, TN 2): A(i,p), B(p,j) in stored layout
            (uint256 m, uint256 kk, uint256 n, uint256 l) = (param(nd, 0), param(nd, 1), param(nd, 2), param(nd, 3));
            (uint256 i, uint256 j, uint256 p) = (e / n, e % n, q / 2);
            if (q % 2 == 0) return (0, uint32(l == 2 ? p * m + i : i * kk + p));
            return (1, uint32(l == 1 ? j * kk + p : p * n + j));
        }
        if (k == 2 && q == 1) return (1, uint32(e % param(nd, 1))); // biasadd's b[j]
        if (k == 15 && q >= 3) return (uint8(q), 0); // adam_apply's running powers
        if (k == 11) return (0, uint32(q * param(nd, 1) + e)); // colsum X[q, e]
        if (k == 12) return (0, uint32(q)); // mean x[q]
        if (k == 10) {
            // xentgrad: X[i, q] for q < C, then Y[i, q - C]
            uint256 c = param(nd, 1);
            uint256 row = (e / c) * c;
            return q < c ? (0, uint32(row + q)) : (1, uint32(row + q - c));
        }
        if (k == 17) return (0, uint32(im2colSrc(nd, e)));
        if (k == 18) {
            (, uint256 idx) = col2im(nd, e, q);
            return (0, uint32(idx));
        }
        return (uint8(q), uint32(e));
    }

    /// @dev im2col/col2im parameters: p0 n, p1 h | w << 16, p2 c, p3 kh | kw << 8 | s << 16;
    /// oh, ow the output's size, cols a patch row's width; img and ch: scratch (memory keeps
    /// the stack shallow).
    struct Conv {
        uint256 h;
        uint256 w;
        uint256 c;
        uint256 kh;
        uint256 kw;
        uint256 s;
        uint256 oh;
        uint256 ow;
        uint256 cols;
        uint256 img;
        uint256 ch;
    }

    function conv(uint256 nd) private pure returns (Conv memory v) {
        uint256 p1 = param(nd, 1);
        uint256 p3 = param(nd, 3);
        v.h = p1 & 0xffff;
        v.w = p1 >> 16;
        v.c = param(nd, 2);
        v.kh = p3 & 0xff;
        v.kw = (p3 >> 8) & 0xff;
        v.s = p3 >> 16;
        v.oh = (v.h - v.kh) / v.s + 1;
        v.ow = (v.w - v.kw) / v.s + 1;
        v.cols = v.kh * v.kw * v.c;
    }

    /// @dev repops.Im2Col: the image element patch element e copies.
    function im2colSrc(uint256 nd, uint256 e) private pure returns (uint256) {
        Conv memory v = conv(nd);
        uint256 r = e / v.cols;
        uint256 q = e % v.cols;
        // image row img·h + y·s + dy, column x·s + dx
        uint256 row = (r / (v.oh * v.ow)) * v.h + ((r / v.ow) % v.oh) * v.s + q / (v.kw * v.c);
        uint256 col = (r % v.ow) * v.s + (q / v.c) % v.kw;
        return (row * v.w + col) * v.c + q % v.c;
    }

    /// @dev repops.Col2Im: the patch elements that copied pixel e, in increasing (dy, dx):
    /// their count n, and the index of the q-th (q < n).
    function col2im(uint256 nd, uint256 e, uint256 q) private pure returns (uint256 n, uint256 idx) {
        Conv memory v = conv(nd);
        v.ch = e % v.c;
        uint256 px = (e / v.c) % v.w;
        uint256 py = (e / (v.c * v.w)) % v.h;
        v.img = e / (v.c * v.w * v.h);
        for (uint256 dy = 0; dy < v.kh && dy <= py; dy++) {
            uint256 y = py - dy;
            if (y % v.s != 0 || y / v.s >= v.oh) continue;
            for (uint256 dx = 0; dx < v.kw && dx <= px; dx++) {
                if ((px - dx) % v.s != 0 || (px - dx) / v.s >= v.ow) continue;
                if (n == q) {
                    idx = ((v.img * v.oh + y / v.s) * v.ow + (px - dx) / v.s) * v.cols + (dy * v.kw + dx) * v.c + v.ch;
                }
                n++;
            }
        }
    }

    function opsHash(bytes calldata operands) internal pure returns (uint256) {
        return uint256(keccak256(operands)) % R;
    }

    /// @notice The commitment challenge, as gnark's verifier derives it.
    function challenge(bytes calldata proof, uint256 h) internal pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(proof[256:320], h))) % R;
    }

    /// @notice meta + sum operand_i * z^(i+1) mod R (Horner from the last operand).
    function fingerprint(bytes calldata operands, uint256 z, uint256 m) internal pure returns (uint256 acc) {
        assembly ("memory-safe") {
            let off := operands.offset
            for { let i := shr(2, operands.length) } gt(i, 0) {} {
                i := sub(i, 1)
                // acc < R < 2^254 and the operand < 2^32: the add cannot overflow
                acc := mulmod(add(acc, shr(224, calldataload(add(off, shl(2, i))))), z, R)
            }
            acc := addmod(acc, m, R)
        }
    }

    /// @notice Operand q's big-endian pattern.
    function operandAt(bytes calldata operands, uint256 q) internal pure returns (uint32) {
        return uint32(bytes4(operands[4 * q:4 * q + 4]));
    }
}
