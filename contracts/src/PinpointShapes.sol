// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PinpointTree} from "./PinpointTree.sol";

/// @title PinpointShapes
/// @notice The structure of every scalar step of the RepOps kernels the game can judge
/// (package repops, kernel.go): which operation, and where its operands come from. The
/// contract derives it here, from the node's descriptor in the task's spec, so that
/// neither party can misstate it.
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

    // Ops (repops.Op).
    uint8 internal constant OP_ADD = 1;
    uint8 internal constant OP_SUB = 2;
    uint8 internal constant OP_MUL = 3;
    uint8 internal constant OP_MAX = 6;
    uint8 internal constant OP_SELP = 8;

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

    /// @notice One node of a step's graph, as the task's spec commits to it
    /// (leaf = sha256(abi.encode(node)) in the tree nodesRoot).
    struct Node {
        uint8 kernel;
        uint32 p0; // repops Params()[0..3]: matmul m,k,n,layout; biasadd m,n;
        uint32 p1; //   relu/relugrad n; momentum n,bits(mu); sgd n,bits(lr)
        uint32 p2;
        uint32 p3;
        uint64 numel; // output elements
        bytes32 outHeader; // header hash of the output tensor (shape, dtype, name)
        uint8 src0Kind;
        uint32 src0Index;
        uint8 src1Kind;
        uint32 src1Index;
    }

    /// @notice One scalar step's structure (a trace leaf without its result).
    struct Shape {
        uint8 op;
        uint8 kindA;
        uint8 kindB;
        uint8 slotA;
        uint8 slotB;
        uint32 payA;
        uint32 payB;
    }

    function nodeLeaf(Node memory d) internal pure returns (bytes32) {
        return sha256(abi.encode(d));
    }

    /// @notice Whether the descriptor's output size agrees with its kernel's shape.
    function validNode(Node memory d) internal pure returns (bool) {
        if (d.numel == 0 || d.numel > type(uint32).max) return false;
        if (d.kernel == K_MATMUL) return d.p3 <= 2 && uint64(d.p0) * d.p2 == d.numel;
        if (d.kernel == K_BIASADD) return d.p1 != 0 && uint64(d.p0) * d.p1 == d.numel;
        if (d.kernel >= K_RELU && d.kernel <= K_SGDAPPLY) return d.p0 == d.numel;
        return false;
    }

    /// @notice Number of scalar steps that define output element e (0: the element is +0).
    function traceLength(Node memory d, uint64) internal pure returns (uint64) {
        uint8 k = d.kernel;
        if (k == K_MATMUL) return 2 * uint64(d.p1);
        if (k == K_BIASADD || k == K_RELU || k == K_RELUGRAD) return 1;
        if (k == K_MOMENTUM || k == K_SGDAPPLY) return 2;
        revert UnknownKernel(k);
    }

    /// @notice The structure of step i of output element e's trace.
    function stepShape(Node memory d, uint64 e, uint64 i) internal pure returns (Shape memory s) {
        uint64 len = traceLength(d, e);
        if (i >= len) revert StepOutOfRange(i, len);
        uint8 k = d.kernel;
        uint32 e32 = uint32(e);
        if (k == K_MATMUL) return matMulShape(d, e, i);
        if (k == K_BIASADD) return Shape(OP_ADD, REF_INPUT, REF_INPUT, 0, 1, e32, uint32(e % d.p1));
        if (k == K_RELU) return Shape(OP_MAX, REF_INPUT, REF_CONST, 0, 0, e32, 0);
        if (k == K_RELUGRAD) return Shape(OP_SELP, REF_INPUT, REF_INPUT, 0, 1, e32, e32);
        if (k == K_MOMENTUM) {
            // v' = (mu * v) + g
            if (i == 0) return Shape(OP_MUL, REF_CONST, REF_INPUT, 0, 0, d.p1, e32);
            return Shape(OP_ADD, REF_STEP, REF_INPUT, 0, 1, 0, e32);
        }
        // K_SGDAPPLY: w' = w - (lr * v)
        if (i == 0) return Shape(OP_MUL, REF_CONST, REF_INPUT, 0, 1, d.p1, e32);
        return Shape(OP_SUB, REF_INPUT, REF_STEP, 0, 0, e32, 0);
    }

    /// @dev acc = +0; for p: acc = acc + A(i,p)*B(p,j): step 2p mul, step 2p+1 add.
    function matMulShape(Node memory d, uint64 e, uint64 i) private pure returns (Shape memory) {
        uint64 m = d.p0;
        uint64 kk = d.p1;
        uint64 n = d.p2;
        uint64 row = e / n;
        uint64 col = e % n;
        uint64 p = i / 2;
        if (i % 2 == 0) {
            uint64 a = d.p3 == 2 ? p * m + row : row * kk + p; // TN stores A k x m
            uint64 b = d.p3 == 1 ? col * kk + p : p * n + col; // NT stores B n x k
            return Shape(OP_MUL, REF_INPUT, REF_INPUT, 0, 1, uint32(a), uint32(b));
        }
        if (p == 0) return Shape(OP_ADD, REF_CONST, REF_STEP, 0, 0, 0, uint32(i - 1));
        return Shape(OP_ADD, REF_STEP, REF_STEP, 0, 0, uint32(i - 2), uint32(i - 1));
    }

    /// @notice The 32-byte trace leaf of a step (repops Step.Leaf): byte 0 op, 1/2 kinds,
    /// 3/4 slots, 8..11 and 12..15 payloads (u32 LE), 16..19 result bits (u32 LE).
    function encode(Shape memory s, uint32 result) internal pure returns (bytes32) {
        uint256 w = (uint256(s.op) << 248) | (uint256(s.kindA) << 240) | (uint256(s.kindB) << 232)
            | (uint256(s.slotA) << 224) | (uint256(s.slotB) << 216)
            | (uint256(PinpointTree.bswap32(s.payA)) << 160) | (uint256(PinpointTree.bswap32(s.payB)) << 128)
            | (uint256(PinpointTree.bswap32(result)) << 96);
        return bytes32(w);
    }

    function resultBits(bytes32 leaf) internal pure returns (uint32) {
        return PinpointTree.le32(leaf, 16);
    }
}
