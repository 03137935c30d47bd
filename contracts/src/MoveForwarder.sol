// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title MoveForwarder
/// @notice For tests only: an account that is a contract, as a multisig, a smart wallet,
/// an EIP-7702 account or a relayer is. Its owner's exec calls `to` from this contract,
/// so a game sees the forwarder as msg.sender and the move arrives as an internal call,
/// never as a transaction sent to the game.
contract MoveForwarder {
    address public immutable owner;

    error NotOwner();

    constructor() {
        owner = msg.sender;
    }

    /// @notice Calls `to` with data; a revert comes back as it was (the caller sees the
    /// callee's custom error).
    function exec(address to, bytes calldata data) external returns (bytes memory ret) {
        if (msg.sender != owner) revert NotOwner();
        bool ok;
        (ok, ret) = to.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
