// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title StakingVault
/// @notice Every wei the protocol holds and whose it is. Five buckets: free (deposited,
/// unlocked, can be locked or queued for withdrawal), locked (solver stakes, attester
/// stakes and challenger bonds held for a task or dispute), unbonding (queued for
/// withdrawal, released after unbondingDelay), escrow (task rewards, attestation fees and
/// jackpots reserved for a task's finders) and the jackpot pool (funded by task fees and
/// slashed attester stakes, paid to verifiers who catch forced errors). Invariant, after
/// every transaction: address(this).balance == totalFree + totalLocked + totalUnbonding
/// + totalEscrow + totalJackpot, each per-account total being the sum of its entries.
/// Only withdraw() sends ETH; it is guarded and follows checks-effects-interactions;
/// every payout is a credit (pull).
abstract contract StakingVault {
    error ZeroAmount();
    error InsufficientFree(uint256 have, uint256 want);
    error NothingToWithdraw();
    error StillUnbonding(uint64 releaseAt);
    error Reentrant();
    error TransferFailed();
    error BadConfig();

    event Deposited(address indexed who, uint256 amount);
    event WithdrawalRequested(address indexed who, uint256 amount, uint64 releaseAt);
    event Withdrawn(address indexed who, uint256 amount);
    event Locked(address indexed who, uint256 amount);
    event Unlocked(address indexed who, uint256 amount);
    event Slashed(address indexed who, uint256 amount, address indexed winner, uint256 paid, uint256 toTreasury);
    event Credited(address indexed who, uint256 amount);
    /// @notice amount entered the jackpot pool (a task fee or a stake slashed to it).
    event JackpotFunded(uint256 amount);

    struct Unbonding {
        uint256 amount;
        uint64 releaseAt;
    }

    /// @notice Seconds between requestWithdrawal and withdraw (a slashable stake must not
    /// leave before a dispute about it can end).
    uint64 public immutable unbondingDelay;
    /// @notice Receives the slashed remainder that is not paid to the winner (a burn
    /// address such as 0x...dEaD makes it a burn).
    address public immutable treasury;
    /// @notice Share of a slashed amount paid to the winner, in basis points. Below 100%
    /// so that a party cannot profit from disputing itself through a second address.
    uint16 public immutable winnerShareBps;

    mapping(address => uint256) public free;
    mapping(address => uint256) public locked;
    mapping(address => Unbonding) public unbonding;
    uint256 public totalFree;
    uint256 public totalLocked;
    uint256 public totalUnbonding;
    uint256 public totalEscrow;
    /// @notice The jackpot pool: not owned by any account or task until a forced error is
    /// revealed and part of it is reserved (moved to escrow) for that task's finders.
    uint256 public totalJackpot;

    uint256 private guard = 1;

    modifier nonReentrant() {
        if (guard != 1) revert Reentrant();
        guard = 2;
        _;
        guard = 1;
    }

    constructor(uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_) {
        if (treasury_ == address(0) || winnerShareBps_ > 10000) revert BadConfig();
        unbondingDelay = unbondingDelay_;
        treasury = treasury_;
        winnerShareBps = winnerShareBps_;
    }

    /// @notice Sum of every bucket; equals the contract's balance.
    function totalHeld() external view returns (uint256) {
        return totalFree + totalLocked + totalUnbonding + totalEscrow + totalJackpot;
    }

    function deposit() external payable {
        if (msg.value == 0) revert ZeroAmount();
        free[msg.sender] += msg.value;
        totalFree += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Queues amount of free balance; the whole queue's release time restarts.
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        _takeFree(msg.sender, amount);
        Unbonding storage u = unbonding[msg.sender];
        u.amount += amount;
        u.releaseAt = uint64(block.timestamp) + unbondingDelay;
        totalUnbonding += amount;
        emit WithdrawalRequested(msg.sender, amount, u.releaseAt);
    }

    /// @notice Sends the caller its released queue.
    function withdraw() external nonReentrant {
        Unbonding storage u = unbonding[msg.sender];
        uint256 amount = u.amount;
        if (amount == 0) revert NothingToWithdraw();
        if (block.timestamp < u.releaseAt) revert StillUnbonding(u.releaseAt);
        u.amount = 0;
        totalUnbonding -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    function _takeFree(address who, uint256 amount) internal {
        uint256 have = free[who];
        if (have < amount) revert InsufficientFree(have, amount);
        free[who] = have - amount;
        totalFree -= amount;
    }

    function _credit(address who, uint256 amount) internal {
        free[who] += amount;
        totalFree += amount;
        emit Credited(who, amount);
    }

    function _lock(address who, uint256 amount) internal {
        _takeFree(who, amount);
        locked[who] += amount;
        totalLocked += amount;
        emit Locked(who, amount);
    }

    function _unlock(address who, uint256 amount) internal {
        locked[who] -= amount;
        totalLocked -= amount;
        free[who] += amount;
        totalFree += amount;
        emit Unlocked(who, amount);
    }

    /// @dev Takes amount of who's locked stake: winnerShareBps of it to winner, the rest
    /// to the treasury, both as free balance.
    function _slash(address who, uint256 amount, address winner) internal {
        locked[who] -= amount;
        totalLocked -= amount;
        uint256 paid = amount * winnerShareBps / 10000;
        free[winner] += paid;
        free[treasury] += amount - paid;
        totalFree += amount;
        emit Slashed(who, amount, winner, paid, amount - paid);
    }

    function _escrowIn(uint256 amount) internal {
        totalEscrow += amount;
    }

    function _escrowOut(address to, uint256 amount) internal {
        totalEscrow -= amount;
        _credit(to, amount);
    }

    /// @dev Takes amount of who's locked stake into the jackpot pool (a slash with no
    /// single winner: a lazy or unrevealed attestation).
    function _slashToPool(address who, uint256 amount) internal {
        locked[who] -= amount;
        totalLocked -= amount;
        totalJackpot += amount;
        emit Slashed(who, amount, address(0), 0, 0);
        emit JackpotFunded(amount);
    }

    /// @dev Takes amount of who's locked stake: paid to winner, the rest into the
    /// jackpot pool (a lost attestation dispute: the challenger's bounty, then the pool).
    function _slashBounty(address who, uint256 amount, address winner, uint256 paid) internal {
        locked[who] -= amount;
        totalLocked -= amount;
        free[winner] += paid;
        totalFree += paid;
        totalJackpot += amount - paid;
        emit Slashed(who, amount, winner, paid, 0);
        emit JackpotFunded(amount - paid);
    }

    function _jackpotIn(uint256 amount) internal {
        totalJackpot += amount;
        emit JackpotFunded(amount);
    }

    /// @dev Reserves amount of the pool for one task's finders (pool -> escrow).
    function _jackpotReserve(uint256 amount) internal {
        totalJackpot -= amount;
        totalEscrow += amount;
    }

    /// @dev Returns a reserved amount that no finder will take (escrow -> pool).
    function _jackpotRelease(uint256 amount) internal {
        totalEscrow -= amount;
        totalJackpot += amount;
        emit JackpotFunded(amount);
    }
}
