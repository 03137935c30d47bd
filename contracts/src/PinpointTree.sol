// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MerkleProof} from "./MerkleProof.sol";

/// @title PinpointTree
/// @notice The checkpoint Merkle scheme (package checkpoint/merkle) as the pinpoint game
/// needs it: SHA-256 with domain prefixes, leaf H(0x00||leaf32), node H(0x01||l||r),
/// tensor root H(0x02||header||dataRoot), padding with zero leaves to a power of two.
/// It also hashes a whole frontier (2^w nodes of one level) up to the subtree it spans,
/// which is what one bisection move reveals.
library PinpointTree {
    error ProofIndexTooLarge(uint256 index, uint256 pathLength);
    error BadFrontierSize(uint256 size);

    /// Prefix of a per-step data leaf: H(0x04 || batchRoot || nextMeta).
    bytes1 internal constant STEP_DATA_PREFIX = 0x04;

    function leafHash(bytes32 leaf) internal view returns (bytes32 h) {
        assembly ("memory-safe") {
            // scratch at the free memory pointer, not reserved (nothing else allocates here)
            let m := mload(0x40)
            mstore8(m, 0x00)
            mstore(add(m, 1), leaf)
            if iszero(staticcall(gas(), 0x02, m, 33, 0x00, 0x20)) { revert(0, 0) }
            h := mload(0x00)
        }
    }

    function nodeHash(bytes32 l, bytes32 r) internal view returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0x01)
            mstore(add(m, 1), l)
            mstore(add(m, 33), r)
            if iszero(staticcall(gas(), 0x02, m, 65, 0x00, 0x20)) { revert(0, 0) }
            h := mload(0x00)
        }
    }

    function tensorRoot(bytes32 header, bytes32 dataRoot) internal view returns (bytes32) {
        return MerkleProof.tensorRoot(header, dataRoot);
    }

    function stepDataLeaf(bytes32 batchRoot, bytes32 nextMeta) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(STEP_DATA_PREFIX, batchRoot, nextMeta));
    }

    /// @notice The root implied by leaf at index with the bottom-up sibling path. The index
    /// must fit the path (no aliasing of high bits); domain separation makes a path of the
    /// wrong length fail to reach a real root.
    function rootOf(bytes32 leaf, uint256 index, bytes32[] calldata path) internal view returns (bytes32) {
        if (path.length < 256 && index >> path.length != 0) revert ProofIndexTooLarge(index, path.length);
        return MerkleProof.computeRoot(leaf, index, path);
    }

    /// @notice The root of the subtree whose 2^w nodes at one level are frontier; when
    /// leaves is set they are raw leaves and are leaf-hashed first.
    function frontierRoot(bytes32[] calldata frontier, bool leaves) internal view returns (bytes32) {
        uint256 n = frontier.length;
        if (n == 0 || n & (n - 1) != 0) revert BadFrontierSize(n);
        bytes32[] memory level = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            level[i] = leaves ? leafHash(frontier[i]) : frontier[i];
        }
        while (n > 1) {
            n >>= 1;
            for (uint256 i = 0; i < n; i++) {
                level[i] = nodeHash(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }

    /// @notice The root of the subtree w = path.length levels above node, node being
    /// child q of it at that depth (bit i of q: right child at level i); a leaf is
    /// leaf-hashed first.
    function subtreeRoot(bytes32 node, uint256 q, bytes32[] calldata path, bool leaf) internal view returns (bytes32 h) {
        if (leaf) return MerkleProof.computeRoot(node, q, path);
        h = node;
        for (uint256 i = 0; i < path.length; i++) {
            h = (q >> i) & 1 == 1 ? nodeHash(path[i], h) : nodeHash(h, path[i]);
        }
    }

    /// @notice The root of the tree over raw leaves (leaf-hashed, padded with zero leaves
    /// to a power of two): package checkpoint/merkle's Root, model.NewTree(leaves).Root().
    function rootOfLeaves(bytes32[] calldata leaves) internal view returns (bytes32) {
        uint256 n = leaves.length;
        uint256 size = uint256(1) << depth(n);
        bytes32[] memory level = new bytes32[](size);
        bytes32 zero = leafHash(bytes32(0));
        for (uint256 i = 0; i < size; i++) {
            level[i] = i < n ? leafHash(leaves[i]) : zero;
        }
        while (size > 1) {
            size >>= 1;
            for (uint256 i = 0; i < size; i++) {
                level[i] = nodeHash(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }

    /// @notice Depth of a tree over n leaves: ceil(log2 n), 0 for n <= 1.
    function depth(uint256 n) internal pure returns (uint8 d) {
        while ((uint256(1) << d) < n) d++;
    }

    /// @notice bits of the little-endian u32 at byte offset off (0..28) of a 32-byte word.
    function le32(bytes32 word, uint256 off) internal pure returns (uint32) {
        uint32 be = uint32(uint256(word) >> ((28 - off) * 8));
        return bswap32(be);
    }

    function bswap32(uint32 x) internal pure returns (uint32) {
        return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24);
    }
}
