// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PinpointShapes as Shapes} from "./PinpointShapes.sol";

/// @title PinpointShapesHarness: the PinpointShapes derivation with a whole-trace view,
/// for the differential tests against repops traces.
contract PinpointShapesHarness {
    function validNode(Shapes.Node calldata d) external pure returns (bool) {
        return Shapes.validNode(d);
    }

    function traceLength(Shapes.Node calldata d, uint64 e) external pure returns (uint64) {
        return Shapes.traceLength(d, e);
    }

    function stepShape(Shapes.Node calldata d, uint64 e, uint64 i) external pure returns (Shapes.Shape memory) {
        return Shapes.stepShape(d, e, i);
    }

    /// @notice Every step of element e's trace, as trace leaves with result 0 (one call
    /// per element keeps the differential sweep fast).
    function traceLeaves(Shapes.Node calldata d, uint64 e) external pure returns (bytes32[] memory out) {
        Shapes.Node memory m = d;
        uint64 n = Shapes.traceLength(m, e);
        out = new bytes32[](n);
        for (uint64 i; i < n; ++i) {
            out[i] = Shapes.encode(Shapes.stepShape(m, e, i), 0);
        }
    }
}
