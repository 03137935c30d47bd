// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

interface IVaultForProbe {
    function deposit() external payable;
    function requestWithdrawal(uint256 amount) external;
    function withdraw() external;
}

/// @title StakingReentrancyProbe
/// @notice Test fixture (not part of the protocol): a malicious receiver that re-enters
/// the vault from its receive hook, to show withdraw pays once and keeps the invariant.
contract StakingReentrancyProbe {
    IVaultForProbe public immutable vault;
    uint256 public reentries; // re-entrant withdraw calls that succeeded
    uint256 public blocked; // re-entrant calls the vault refused
    uint256 public received;
    bool public active;

    constructor(IVaultForProbe vault_) {
        vault = vault_;
    }

    function stake() external payable {
        vault.deposit{value: msg.value}();
    }

    function queue(uint256 amount) external {
        vault.requestWithdrawal(amount);
    }

    function attack() external {
        active = true;
        vault.withdraw();
        active = false;
    }

    receive() external payable {
        received += msg.value;
        if (!active) return;
        try vault.withdraw() {
            reentries++;
        } catch {
            blocked++;
        }
        // also try to queue more from inside the call: must find nothing extra to take
        try vault.requestWithdrawal(msg.value) {
            reentries++;
        } catch {
            blocked++;
        }
    }
}
