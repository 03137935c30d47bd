// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PinpointShapes as Shapes} from "./PinpointShapes.sol";
import {IPinpointShapes} from "./PinpointShapesDeriver.sol";

/// @notice What PinpointGame and TaskMarket ask of the kernel registry: the epoch a task
/// is posted at, and each derivation as the registry stood at that epoch.
interface IPinpointKernels {
    function epoch() external view returns (uint16);
    function validNode(uint16 at, Shapes.Node calldata d) external view returns (bool);
    function traceLength(uint16 at, Shapes.Node calldata d, uint64 e) external view returns (uint64);
    function stepShape(uint16 at, Shapes.Node calldata d, uint64 e, uint64 i)
        external
        view
        returns (Shapes.Shape memory);
}

/// @title PinpointKernels
/// @notice The judged kernels: an append-only map from kernel id to the deriver contract
/// (IPinpointShapes) that derives its step shapes, so that new kernels are judged
/// without a new or larger PinpointGame. Every registration is an epoch; a task is
/// judged by the kernels known at the epoch it was posted at (TaskMarket records it,
/// the game's Setup carries it), so nothing registered later reaches a running task: a
/// kernel registered after epoch `at` (or never) is unknown at `at`. No id is ever
/// re-registered or removed, so what a task was posted with stays what judges it.
/// The deployment's kernels (the constructor's) are epoch 0, so a Setup's zero epoch
/// means them. A deriver must be stateless (no storage reads, no DELEGATECALL): check
/// its code before trusting a task that names its kernels, as the game's own.
/// Go twin: contracts/model KernelSet.
contract PinpointKernels is IPinpointKernels {
    /// @dev One slot per kernel: its deriver and the epoch it became known at.
    struct Entry {
        IPinpointShapes deriver;
        uint16 since;
    }

    error NotOwner(address sender);
    error NoKernels();
    error AlreadyRegistered(uint8 kernel);
    error NoCode(address deriver);
    error UnknownKernel(uint8 kernel, uint16 epoch);

    event Registered(uint16 indexed epoch, address indexed deriver, uint8[] kernels);
    event Renounced(address owner);

    /// @notice Who may register (zero once renounced: the set is then final).
    address public owner;
    /// @notice The latest registration's epoch (0: only the deployment's kernels). Each
    /// registration, the deployment's too, takes at least one of the 256 ids, each id
    /// once ever: at most 255, so a uint16 holds every epoch (and fits the last free
    /// bytes of a task's storage, TaskMarketTask.kernelEpoch).
    uint16 public epoch;
    mapping(uint8 => Entry) private entries;

    /// @notice Registers the deployment's kernels, ids, with deriver, at epoch 0.
    /// @notice Registers derivers[i] for kernels ids[i], all at epoch 0 (the deployment's
    /// kernels: repops 1-18 by PinpointShapesDeriver, 19-40 by PinpointShapesTDeriver).
    constructor(uint8[][] memory ids, IPinpointShapes[] memory derivers) {
        owner = msg.sender;
        if (ids.length == 0 || ids.length != derivers.length) revert NoKernels();
        for (uint256 i; i < ids.length; ++i) {
            _register(ids[i], derivers[i], 0);
        }
    }

    /// @notice Owner: registers deriver for kernels ids (each never registered before)
    /// at the next epoch. Tasks posted before it never see them.
    function register(uint8[] calldata ids, IPinpointShapes deriver) external {
        if (msg.sender != owner) revert NotOwner(msg.sender); // never the zero owner
        uint16 at = epoch + 1;
        epoch = at;
        _register(ids, deriver, at);
    }

    /// @notice Owner: gives up registering for good.
    function renounce() external {
        if (msg.sender != owner) revert NotOwner(msg.sender); // never the zero owner
        emit Renounced(owner);
        owner = address(0);
    }

    function _register(uint8[] memory ids, IPinpointShapes deriver, uint16 at) private {
        if (ids.length == 0) revert NoKernels();
        if (address(deriver).code.length == 0) revert NoCode(address(deriver));
        for (uint256 j; j < ids.length; ++j) {
            uint8 id = ids[j];
            if (address(entries[id].deriver) != address(0)) revert AlreadyRegistered(id);
            entries[id] = Entry(deriver, at);
        }
        emit Registered(at, address(deriver), ids);
    }

    /// @notice The deriver of kernel id as the registry stood at epoch `at`; zero when it
    /// was unknown then (registered later, or never).
    function kernelOf(uint8 id, uint16 at) public view returns (address) {
        Entry memory x = entries[id];
        if (x.since > at) return address(0);
        return address(x.deriver);
    }

    /// @notice The node's deriver's validNode at epoch `at`; false for a kernel unknown then.
    function validNode(uint16 at, Shapes.Node calldata d) external view returns (bool) {
        address k = kernelOf(d.kernel, at);
        if (k == address(0)) return false;
        _forward(k, IPinpointShapes.validNode.selector);
    }

    /// @notice traceLength by the node's deriver at epoch `at` (UnknownKernel if none).
    function traceLength(uint16 at, Shapes.Node calldata d, uint64 e) external view returns (uint64) {
        (e);
        _forward(_deriver(d.kernel, at), IPinpointShapes.traceLength.selector);
    }

    /// @notice stepShape by the node's deriver at epoch `at` (UnknownKernel if none).
    function stepShape(uint16 at, Shapes.Node calldata d, uint64 e, uint64 i)
        external
        view
        returns (Shapes.Shape memory)
    {
        (e, i);
        _forward(_deriver(d.kernel, at), IPinpointShapes.stepShape.selector);
    }

    function _deriver(uint8 id, uint16 at) private view returns (address d) {
        d = kernelOf(id, at);
        if (d == address(0)) revert UnknownKernel(id, at);
    }

    /// @dev Calls deriver k's function sel with this call's arguments after the epoch
    /// (the same static words: node, e, i) and returns or reverts with what it did. The
    /// words travel as they came, not decoded and encoded again (a node is 17 words): the
    /// caller decodes the answer as the deriver's.
    function _forward(address k, bytes4 sel) private view {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, sel)
            calldatacopy(add(p, 4), 36, sub(calldatasize(), 36))
            let ok := staticcall(gas(), k, p, sub(calldatasize(), 32), 0, 0)
            returndatacopy(p, 0, returndatasize())
            if iszero(ok) { revert(p, returndatasize()) }
            return(p, returndatasize())
        }
    }
}
