// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title MerkleProof: checks veritrain checkpoint commitments (checkpoint/doc.go)
/// @notice H is SHA-256 (the 0x02 precompile). Leaf hash H(0x00 || leaf32), node
/// hash H(0x01 || left || right); trees are padded with zero leaves to a power of
/// two; a proof lists sibling hashes bottom-up and bit l of the index says the
/// running hash is the right (1) or left (0) child at level l. A tensor's data
/// leaves hold 8 float32 little-endian; its root is H(0x02 || header || dataRoot);
/// a state root is the tree over [meta, tensorRoot_0, ...] (tensor t is leaf t+1).
library MerkleProof {
    /// @dev The sha256 precompile failed (out of gas inside it).
    error HashFailed();

    /// @notice Root of the tree in which `leaf` (the raw 32-byte leaf, before
    /// hashing) sits at `index` with siblings `path`. Reverts with nothing
    /// useful to say otherwise, so callers compare roots; index bits above the
    /// path length must be zero (see verify).
    function computeRoot(bytes32 leaf, uint256 index, bytes32[] calldata path) internal view returns (bytes32 h) {
        assembly ("memory-safe") {
            // Scratch at the free memory pointer, not reserved: nothing else
            // is allocated while this runs.
            let m := mload(0x40)
            mstore8(m, 0x00)
            mstore(add(m, 1), leaf)
            if iszero(staticcall(gas(), 0x02, m, 33, 0x00, 0x20)) {
                mstore(0x00, 0x832d9905) // HashFailed()
                revert(0x1c, 0x04)
            }
            h := mload(0x00)
            let p := path.offset
            let end := add(p, shl(5, path.length))
            mstore8(m, 0x01)
            for {} lt(p, end) { p := add(p, 0x20) } {
                switch and(index, 1)
                case 0 {
                    mstore(add(m, 1), h)
                    mstore(add(m, 33), calldataload(p))
                }
                default {
                    mstore(add(m, 1), calldataload(p))
                    mstore(add(m, 33), h)
                }
                if iszero(staticcall(gas(), 0x02, m, 65, 0x00, 0x20)) {
                    mstore(0x00, 0x832d9905)
                    revert(0x1c, 0x04)
                }
                h := mload(0x00)
                index := shr(1, index)
            }
        }
    }

    /// @notice Whether `path` proves `leaf` at `index` under `root`. An index
    /// with bits set above the path length is rejected: otherwise one proof
    /// would open several indices.
    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata path)
        internal
        view
        returns (bool)
    {
        if (path.length < 256 && index >> path.length != 0) return false;
        return computeRoot(leaf, index, path) == root;
    }

    /// @notice The tensor root H(0x02 || headerHash || dataRoot).
    function tensorRoot(bytes32 headerHash, bytes32 dataRoot) internal view returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0x02)
            mstore(add(m, 1), headerHash)
            mstore(add(m, 33), dataRoot)
            if iszero(staticcall(gas(), 0x02, m, 65, 0x00, 0x20)) {
                mstore(0x00, 0x832d9905)
                revert(0x1c, 0x04)
            }
            h := mload(0x00)
        }
    }

    /// @notice Float32 bits of element slot `element % 8` of a data leaf
    /// (little-endian at bytes 4*(element%8)).
    function floatInLeaf(bytes32 leaf, uint256 element) internal pure returns (uint32 bits) {
        unchecked {
            // Big-endian word at byte offset p, then a byte swap.
            uint32 w = uint32(uint256(leaf) >> (8 * (28 - 4 * (element & 7))));
            bits = (w >> 24) | ((w >> 8) & 0xff00) | ((w << 8) & 0xff0000) | (w << 24);
        }
    }

    /// @notice The state root in which `leaf` is data leaf element/8 of tensor
    /// `tensorIndex` (header hash `headerHash`), by `dataPath` and `statePath`.
    /// ok=false when an index has bits above its path's length (one proof would
    /// open several indices) or there is no leaf tensorIndex+1.
    function stateRootOf(
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath
    ) internal view returns (bool ok, bytes32 root) {
        uint256 leafIndex = element >> 3;
        if (dataPath.length < 256 && leafIndex >> dataPath.length != 0) return (false, 0);
        if (tensorIndex == type(uint256).max) return (false, 0); // no leaf t+1
        uint256 stateIndex = tensorIndex + 1;
        if (statePath.length < 256 && stateIndex >> statePath.length != 0) return (false, 0);
        bytes32 tr = tensorRoot(headerHash, computeRoot(leaf, leafIndex, dataPath));
        return (true, computeRoot(tr, stateIndex, statePath));
    }

    /// @notice The state roots of an opening (stateRootOf) and of the same opening with
    /// its float XORed with `mask`: a forced solver's true and decoy checkpoints.
    function decoyRoots(
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath,
        uint32 mask
    ) internal view returns (bool ok, bytes32 trueRoot, bytes32 decoyRoot) {
        (ok, trueRoot) = stateRootOf(tensorIndex, headerHash, element, leaf, dataPath, statePath);
        (, decoyRoot) =
            stateRootOf(tensorIndex, headerHash, element, xorFloat(leaf, element, mask), dataPath, statePath);
    }

    /// @notice `leaf` with the float32 at slot element%8 XORed with `mask`
    /// (the bits are little-endian in the leaf, as floatInLeaf reads them).
    function xorFloat(bytes32 leaf, uint256 element, uint32 mask) internal pure returns (bytes32) {
        unchecked {
            uint32 le = (mask >> 24) | ((mask >> 8) & 0xff00) | ((mask << 8) & 0xff0000) | (mask << 24);
            return leaf ^ bytes32(uint256(le) << (8 * (28 - 4 * (element & 7))));
        }
    }

    /// @notice Opens one float32 of a committed state: `leaf` is data leaf
    /// element/8 of tensor `tensorIndex`, whose header hashes to `headerHash`.
    /// Returns ok=false on any mismatch. The header is what binds the tensor's
    /// shape: a caller that needs element < numel must open the header too
    /// (a padding leaf proves zeros past the end).
    function verifyFloat(
        bytes32 stateRoot,
        uint256 tensorIndex,
        bytes32 headerHash,
        uint256 element,
        bytes32 leaf,
        bytes32[] calldata dataPath,
        bytes32[] calldata statePath
    ) internal view returns (bool ok, uint32 valueBits) {
        bytes32 root;
        (ok, root) = stateRootOf(tensorIndex, headerHash, element, leaf, dataPath, statePath);
        if (!ok || root != stateRoot) return (false, 0);
        return (true, floatInLeaf(leaf, element));
    }
}
