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

    /// @notice Number of operands of one output element of a kernel the circuit judges
    /// (0: not judged). k is the matmul inner dimension (descriptor p1).
    function numOperands(uint8 kernel, uint32 k) internal pure returns (uint256) {
        if (kernel == 1) return 2 * uint256(k);
        if (kernel == 3 || kernel == 16) return 1;
        if (kernel == 2 || (kernel >= 4 && kernel <= 6) || kernel == 13 || kernel == 14) return 2;
        return 0;
    }

    /// @notice meta = kernel | c << 8 | v << 40 (c: the float constant in descriptor p1 of
    /// momentum's mu, sgd's lr, adam's b1 or b2, scale's s; else 0).
    function meta(uint8 kernel, uint32 p1, uint32 value) internal pure returns (uint256) {
        uint256 c = (kernel == 5 || kernel == 6 || kernel == 13 || kernel == 14 || kernel == 16) ? p1 : 0;
        return uint256(kernel) | (c << 8) | (uint256(value) << 40);
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
