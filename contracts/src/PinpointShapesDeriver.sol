// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PinpointShapes as Shapes} from "./PinpointShapes.sol";

/// @notice What the kernel registry (PinpointKernels) asks of a contract that derives
/// step shapes, for the kernel ids registered to it.
interface IPinpointShapes {
    function validNode(Shapes.Node calldata d) external pure returns (bool);
    function traceLength(Shapes.Node calldata d, uint64 e) external pure returns (uint64);
    function stepShape(Shapes.Node calldata d, uint64 e, uint64 i) external pure returns (Shapes.Shape memory);
}

/// @title PinpointShapesDeriver
/// @notice The PinpointShapes derivation (kernels 1-18) as a contract of its own,
/// registered for those ids in the PinpointKernels registry the game is deployed with:
/// the derivation of every judged kernel and the game's protocol do not fit one
/// contract under EIP-170's 24576 bytes. Stateless and pure, so what it answers is fixed
/// by its code (check its code hash like the game's before trusting a game).
contract PinpointShapesDeriver is IPinpointShapes {
    function validNode(Shapes.Node calldata d) external pure returns (bool) {
        return Shapes.validNode(d);
    }

    function traceLength(Shapes.Node calldata d, uint64 e) external pure returns (uint64) {
        return Shapes.traceLength(d, e);
    }

    function stepShape(Shapes.Node calldata d, uint64 e, uint64 i) external pure returns (Shapes.Shape memory) {
        return Shapes.stepShape(d, e, i);
    }
}
