// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PinpointShapes as Shapes} from "./PinpointShapes.sol";
import {IPinpointShapes} from "./PinpointShapesDeriver.sol";

/// @title AnyKernelDeriverProbe
/// @notice Test fixture (not part of the protocol): the permissive judge a deployer could
/// register for a kernel id to decide a game it has a stake in. Every node is valid,
/// every element's trace is one step, 0 + 0, whose leaf anyone can make with any result
/// bits it likes. The kernel registry must never let it reach a task posted before its
/// registration (TestKernelRegisteredLaterJudgesNoRunningTask).
contract AnyKernelDeriverProbe is IPinpointShapes {
    function validNode(Shapes.Node calldata) external pure returns (bool) {
        return true;
    }

    function traceLength(Shapes.Node calldata, uint64) external pure returns (uint64) {
        return 1;
    }

    function stepShape(Shapes.Node calldata, uint64, uint64) external pure returns (Shapes.Shape memory s) {
        s.op = Shapes.OP_ADD; // constants 0 and 0 (kind REF_CONST, payload 0)
    }
}
