// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IZkElementVerifier, ZkElement} from "./ZkElement.sol";

/// @title ZkElementJudge
/// @notice Checks one Groth16 proof that a disputed element is what its kernel gives on
/// the operands in calldata (package proofs): recomputes the public inputs from the
/// calldata (opsHash, the commitment challenge, the fingerprint) and calls the verifier
/// gnark exported. PinpointGame.proveElement and refuteElement call check, disputeOperand
/// calls operandRef (which input each operand stands for: the kernel shapes the circuit
/// knows live here, next to it); it is a contract of its own so that the game stays under
/// the code size limit and the verifier can be swapped by deploying a new game. Stateless.
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

    /// @notice Reverts unless proof shows that the node's kernel (nd: ZkElement.node of its
    /// descriptor) gives value at output element e on operands; returns keccak256(operands),
    /// which the game keeps for an operand dispute.
    function check(uint256 nd, uint64 e, uint32 value, bytes calldata operands, bytes calldata proof)
        external
        view
        returns (bytes32)
    {
        uint256 n = _numOperands(nd, e);
        if (operands.length != 4 * n || proof.length != ZkElement.PROOF_LEN) revert BadElementProof();
        uint256 h = ZkElement.opsHash(operands);
        uint256 f = ZkElement.fingerprint(operands, ZkElement.challenge(proof, h), ZkElement.meta(nd, e, value));
        try verifier.verifyProof(proof, [h, f]) {}
        catch {
            revert BadElementProof();
        }
        return keccak256(operands);
    }

    /// @dev The operand count of element e; reverts for a kernel the circuit does not judge
    /// and for more terms than it holds: a sum's summands each take an accumulator step,
    /// other operands fill the circuit's 2·maxTerms slots (a matmul's k terms, a softmax
    /// row's logits and targets).
    function _numOperands(uint256 nd, uint64 e) private view returns (uint256 n) {
        uint8 kernel = ZkElement.kernelOf(nd);
        n = ZkElement.numOperands(nd, e);
        if (n == 0) revert UnjudgedKernel(kernel);
        uint256 terms = (kernel == 11 || kernel == 12 || kernel == 18) ? n : (n + 1) / 2;
        if (terms > maxTerms) revert TooManyTerms(uint32(terms), maxTerms);
    }

    /// @notice The agreed input (slot, index) operand q of element e stands for
    /// (proofs.OperandRef), for the game's operand dispute.
    function operandRef(uint256 nd, uint64 e, uint64 q) external pure returns (uint8 slot, uint32 index) {
        return ZkElement.operandRef(nd, e, q);
    }
}
