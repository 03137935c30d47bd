// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IZkElementVerifier, ZkElement} from "./ZkElement.sol";

/// @title ZkElementJudge
/// @notice Checks one Groth16 proof that a disputed element is what its kernel gives on
/// the operands in calldata (package proofs): recomputes the public inputs from the
/// calldata (opsHash, the commitment challenge, the fingerprint) and calls the verifier
/// gnark exported. PinpointGame.proveElement calls it; it is a contract of its own so
/// that the game stays under the code size limit and the verifier can be swapped by
/// deploying a new game. Stateless.
contract ZkElementJudge {
    error BadElementProof();
    error UnjudgedKernel(uint8 kernel);
    error TooManyTerms(uint32 terms, uint32 max);

    IZkElementVerifier public immutable verifier;
    /// @notice The most dot-product terms the verifier's circuit holds.
    uint32 public immutable maxTerms;

    constructor(IZkElementVerifier verifier_, uint32 maxTerms_) {
        verifier = verifier_;
        maxTerms = maxTerms_;
    }

    /// @notice Reverts unless proof shows that kernel (descriptor p1: matmul inner dimension
    /// or the float constant of momentum and sgd) gives value on operands; returns
    /// keccak256(operands), which the game keeps for an operand dispute.
    function check(uint8 kernel, uint32 p1, uint32 value, bytes calldata operands, bytes calldata proof)
        external
        view
        returns (bytes32)
    {
        uint256 n = ZkElement.numOperands(kernel, p1);
        if (n == 0) revert UnjudgedKernel(kernel);
        if (kernel == 1 && p1 > maxTerms) revert TooManyTerms(p1, maxTerms);
        if (operands.length != 4 * n || proof.length != ZkElement.PROOF_LEN) revert BadElementProof();
        uint256 h = ZkElement.opsHash(operands);
        uint256 f = ZkElement.fingerprint(operands, ZkElement.challenge(proof, h), ZkElement.meta(kernel, p1, value));
        try verifier.verifyProof(proof, [h, f]) {}
        catch {
            revert BadElementProof();
        }
        return keccak256(operands);
    }
}
