// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleProof} from "./MerkleProof.sol";

/// @title MerkleProofHarness: exposes MerkleProof for tests and off-chain checks
contract MerkleProofHarness {
    /// @notice A float proof did not open under the given state root.
    error BadFloatProof();

    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata path) external view returns (bool) {
        return MerkleProof.verify(root, leaf, index, path);
    }

    function computeRoot(bytes32 leaf, uint256 index, bytes32[] calldata path) external view returns (bytes32) {
        return MerkleProof.computeRoot(leaf, index, path);
    }

    /// @notice Reverts with BadFloatProof on a proof that does not open.
    function verifyFloat(
        bytes32 stateRoot,
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath
    ) external view returns (uint32 valueBits) {
        bool ok;
        (ok, valueBits) =
            MerkleProof.verifyFloat(stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath);
        if (!ok) revert BadFloatProof();
    }

    /// @notice The state root of an opening, and of the same opening with its float XORed
    /// with mask (TaskMarket.revealSecret's true and decoy roots).
    function decoyRoots(
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath,
        uint32 mask
    ) external view returns (bool ok, bytes32 trueRoot, bytes32 decoyRoot) {
        return MerkleProof.decoyRoots(tensorIndex, headerHash, element, leaf, dataPath, statePath, mask);
    }

    /// @notice Gas a verifyFloat costs inside a transaction's execution (the
    /// figure a one-step check adds to its budget), measured with gasleft().
    function verifyFloatGas(
        bytes32 stateRoot,
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath
    ) external view returns (uint32 valueBits, uint256 gasUsed) {
        uint256 g = gasleft();
        bool ok;
        (ok, valueBits) =
            MerkleProof.verifyFloat(stateRoot, tensorIndex, headerHash, element, leaf, dataPath, statePath);
        gasUsed = g - gasleft();
        if (!ok) revert BadFloatProof();
    }
}
