// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PinpointShapes as Shapes} from "./PinpointShapes.sol";

/// @title PinpointShapesHarness: the PinpointShapes derivation for every kernel it
/// defines, im2col and col2im included (which PinpointGame does not judge yet), for the
/// differential tests against repops traces.
contract PinpointShapesHarness {
    function _isConv(uint8 k) private pure returns (bool) {
        return k == Shapes.K_IM2COL || k == Shapes.K_COL2IM;
    }

    function validNode(Shapes.Node calldata d) external pure returns (bool) {
        return _isConv(d.kernel) ? Shapes.convValid(d) : Shapes.validNode(d);
    }

    function traceLength(Shapes.Node calldata d, uint64 e) external pure returns (uint64) {
        return _length(d, e);
    }

    function _length(Shapes.Node memory d, uint64 e) private pure returns (uint64) {
        return _isConv(d.kernel) ? Shapes.convLength(d, e) : Shapes.traceLength(d, e);
    }

    function stepShape(Shapes.Node calldata d, uint64 e, uint64 i) external pure returns (Shapes.Shape memory) {
        return _isConv(d.kernel) ? Shapes.convShape(d, e, i) : Shapes.stepShape(d, e, i);
    }

    /// @notice Every step of element e's trace, as trace leaves with result 0 (one call
    /// per element keeps the differential sweep fast).
    function traceLeaves(Shapes.Node calldata d, uint64 e) external pure returns (bytes32[] memory out) {
        Shapes.Node memory m = d;
        uint64 n = _length(m, e);
        out = new bytes32[](n);
        bool conv = _isConv(d.kernel);
        for (uint64 i; i < n; ++i) {
            out[i] = Shapes.encode(conv ? Shapes.convShape(m, e, i) : Shapes.stepShape(m, e, i), 0);
        }
    }
}
