// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {StakingVault} from "./StakingVault.sol";
import {PinpointGame} from "./PinpointGame.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";

/// @title TaskMarket
/// @notice Training tasks: a submitter escrows a reward; a staked solver claims, trains,
/// and commits a trace root (leaf i = state root after i*interval steps, leaf 0 the
/// task's initial state) and the final state root; verifiers are assigned segments by a
/// seed drawn after the commit; anyone staked may challenge one segment at a time through
/// the PinpointGame; after the window the solver is paid. See docs/PROTOCOL.md.
contract TaskMarket is StakingVault {
    enum Status {
        None,
        Open,
        Claimed,
        Committed,
        Disputed,
        Finalized,
        Failed,
        Cancelled
    }

    /// @notice What the computation is (fixed by the spec; solvers check it before claiming).
    struct Spec {
        bytes32 specHash; // canonical hash of model, data, hyper-parameters
        bytes32 nodesRoot; // tree over the step graph's node descriptors
        bytes32 stateMapRoot; // tree over state positions: 0 carry, w+1 written by node w
        bytes32 dataRoot; // tree over per-step data leaves H(0x04||batchRoot||nextMeta)
        bytes32 initRoot; // state root at step 0
        uint64 steps;
        uint64 interval; // steps per checkpoint; divides steps
        uint32 numNodes;
        uint8 stateDepth;
    }

    /// @notice The economic terms and deadlines.
    struct Terms {
        uint256 solverStake;
        uint256 challengerBond;
        uint64 claimBy; // timestamp
        uint64 commitWindow; // seconds from claim to commit
        uint64 challengeWindow; // seconds from commit to finalization (paused by disputes)
        uint64 gameClock; // seconds each party may spend in one dispute
    }

    struct Task {
        Spec spec;
        Terms terms;
        address submitter;
        address solver;
        address challenger;
        uint256 reward;
        Status status;
        uint64 commitBy;
        uint64 windowEnd;
        uint64 windowLeft;
        uint64 commitBlock;
        uint256 game;
        bytes32 traceRoot;
        bytes32 finalRoot;
        bytes32 seed;
    }

    struct Challenge {
        uint64 segment; // disputes checkpoints segment and segment+1
        bytes32 start; // solver's checkpoint `segment` (the challenger accepts it)
        bytes32[] startProof;
        bytes32 end; // solver's checkpoint `segment+1` (the challenger disputes it)
        bytes32[] endProof;
    }

    error BadTask();
    error WrongStatus(Status have);
    error NotSolver();
    error NotSubmitter();
    error TooLate(uint64 deadline);
    error TooEarly(uint64 when);
    error BadProof();
    error SelfChallenge();
    error SeedNotReady(uint64 atBlock);
    error SeedDrawn();
    error NoSeed();
    error GamePending();
    error InfoTooLong(uint256 length);

    event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward);
    event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy);
    event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd);
    event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock);
    event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game);
    event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon);
    event TaskFinalized(uint256 indexed id, Status status);
    /// @notice A participant's self-description (JSON: checkpoint server URL, GPUs, version),
    /// so submitters can find where to fetch a task's weights and who runs on what.
    event Announced(address indexed who, bytes info);

    /// @notice Blocks between the commit block and the block whose hash seeds the
    /// verifier assignment (the solver cannot know it when committing).
    uint64 public constant SEED_DELAY = 4;

    PinpointGame public immutable game;
    uint256 public taskCount;
    mapping(uint256 => Task) internal tasks;

    constructor(PinpointGame game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_)
        StakingVault(unbondingDelay_, treasury_, winnerShareBps_)
    {
        game = game_;
    }

    /// @notice Maximum length of an announcement (readers parse it; keep it bounded).
    uint256 public constant MAX_INFO = 4096;

    /// @notice Anyone: publishes (or replaces) its self-description. The latest event per
    /// address wins; nothing is stored, the log is the record.
    function announce(bytes calldata info) external {
        if (info.length > MAX_INFO) revert InfoTooLong(info.length);
        emit Announced(msg.sender, info);
    }

    function getTask(uint256 id) external view returns (Task memory) {
        return tasks[id];
    }

    function numCheckpoints(uint256 id) public view returns (uint64) {
        Spec storage s = tasks[id].spec;
        return s.steps / s.interval;
    }

    function _task(uint256 id, Status want) private view returns (Task storage t) {
        t = tasks[id];
        if (t.status != want) revert WrongStatus(t.status);
    }

    /// @notice Posts a task; msg.value is the reward, held in escrow.
    function postTask(Spec calldata spec, Terms calldata terms) external payable returns (uint256 id) {
        if (
            msg.value == 0 || spec.steps == 0 || spec.interval == 0 || spec.steps % spec.interval != 0
                || spec.numNodes == 0 || spec.stateDepth == 0 || terms.claimBy <= block.timestamp
                || terms.commitWindow == 0 || terms.challengeWindow == 0 || terms.gameClock == 0
                || terms.solverStake == 0 || terms.challengerBond == 0
        ) revert BadTask();
        id = ++taskCount;
        Task storage t = tasks[id];
        t.spec = spec;
        t.terms = terms;
        t.submitter = msg.sender;
        t.reward = msg.value;
        t.status = Status.Open;
        _escrowIn(msg.value);
        emit TaskPosted(id, msg.sender, msg.value);
    }

    /// @notice Submitter: withdraws an unclaimed task and its reward.
    function cancelTask(uint256 id) external {
        Task storage t = _task(id, Status.Open);
        if (msg.sender != t.submitter) revert NotSubmitter();
        t.status = Status.Cancelled;
        _escrowOut(t.submitter, t.reward);
        emit TaskFinalized(id, Status.Cancelled);
    }

    /// @notice Solver: claims an open task, locking the required stake.
    function claimTask(uint256 id) external {
        Task storage t = _task(id, Status.Open);
        if (block.timestamp > t.terms.claimBy) revert TooLate(t.terms.claimBy);
        _lock(msg.sender, t.terms.solverStake);
        t.solver = msg.sender;
        t.status = Status.Claimed;
        t.commitBy = uint64(block.timestamp) + t.terms.commitWindow;
        emit TaskClaimed(id, msg.sender, t.commitBy);
    }

    /// @notice Solver: commits the trace root and the final state root, proving that the
    /// trace starts at the task's initial state and ends at the final root.
    function commitTrace(
        uint256 id,
        bytes32 traceRoot,
        bytes32 finalRoot,
        bytes32[] calldata initProof,
        bytes32[] calldata finalProof
    ) external {
        Task storage t = _task(id, Status.Claimed);
        if (msg.sender != t.solver) revert NotSolver();
        if (block.timestamp > t.commitBy) revert TooLate(t.commitBy);
        uint64 n = numCheckpoints(id);
        uint8 d = Tree.depth(uint256(n) + 1);
        if (initProof.length != d || finalProof.length != d) revert BadProof();
        if (Tree.rootOf(t.spec.initRoot, 0, initProof) != traceRoot) revert BadProof();
        if (Tree.rootOf(finalRoot, n, finalProof) != traceRoot) revert BadProof();
        t.traceRoot = traceRoot;
        t.finalRoot = finalRoot;
        t.commitBlock = uint64(block.number);
        t.windowEnd = uint64(block.timestamp) + t.terms.challengeWindow;
        t.status = Status.Committed;
        emit TraceCommitted(id, traceRoot, finalRoot, t.windowEnd);
    }

    /// @notice Anyone: fixes the verifier-assignment seed to the hash of block
    /// commitBlock+SEED_DELAY, or, if that is older than 256 blocks, of the latest block
    /// congruent to it modulo 256 (so the seed exists whenever someone asks).
    function drawSeed(uint256 id) external {
        Task storage t = tasks[id];
        if (t.commitBlock == 0) revert WrongStatus(t.status);
        if (t.seed != 0) revert SeedDrawn();
        uint256 target = uint256(t.commitBlock) + SEED_DELAY;
        if (block.number <= target) revert SeedNotReady(uint64(target + 1));
        if (block.number - target > 256) target += ((block.number - 1 - target) / 256) * 256;
        t.seed = blockhash(target);
        emit SeedDrawnEvent(id, t.seed, target);
    }

    /// @notice The segment a verifier is asked to re-run.
    function assignment(uint256 id, address verifier) external view returns (uint64) {
        Task storage t = tasks[id];
        if (t.seed == 0) revert NoSeed();
        return uint64(uint256(keccak256(abi.encode(t.seed, verifier))) % numCheckpoints(id));
    }

    /// @notice Anyone staked but the solver: disputes one segment, locking the bond and
    /// opening a pinpoint game. The challenge window pauses while it runs.
    function challenge(uint256 id, Challenge calldata c) external returns (uint256 gameId) {
        Task storage t = _task(id, Status.Committed);
        if (msg.sender == t.solver) revert SelfChallenge();
        if (block.timestamp >= t.windowEnd) revert TooLate(t.windowEnd);
        uint64 n = numCheckpoints(id);
        uint8 d = Tree.depth(uint256(n) + 1);
        if (c.segment >= n || c.startProof.length != d || c.endProof.length != d) revert BadProof();
        if (Tree.rootOf(c.start, c.segment, c.startProof) != t.traceRoot) revert BadProof();
        if (Tree.rootOf(c.end, uint256(c.segment) + 1, c.endProof) != t.traceRoot) revert BadProof();
        _lock(msg.sender, t.terms.challengerBond);
        t.challenger = msg.sender;
        t.windowLeft = t.windowEnd - uint64(block.timestamp);
        t.status = Status.Disputed;
        gameId = game.open(_setup(t, c));
        t.game = gameId;
        emit Challenged(id, msg.sender, c.segment, gameId);
    }

    function _setup(Task storage t, Challenge calldata c) private view returns (PinpointGame.Setup memory) {
        return PinpointGame.Setup({
            solver: t.solver,
            challenger: msg.sender,
            nodesRoot: t.spec.nodesRoot,
            stateMapRoot: t.spec.stateMapRoot,
            dataRoot: t.spec.dataRoot,
            agreed: c.start,
            disputed: c.end,
            firstStep: c.segment * t.spec.interval,
            segLen: t.spec.interval,
            numNodes: t.spec.numNodes,
            stateDepth: t.spec.stateDepth,
            clock: t.terms.gameClock
        });
    }

    /// @notice Anyone: applies a resolved game. The loser's stake or bond is slashed.
    function settle(uint256 id) external {
        Task storage t = _task(id, Status.Disputed);
        PinpointGame.Result r = game.result(t.game);
        if (r == PinpointGame.Result.Pending) revert GamePending();
        address ch = t.challenger;
        t.challenger = address(0);
        if (r == PinpointGame.Result.SolverWins) {
            _slash(ch, t.terms.challengerBond, t.solver);
            t.status = Status.Committed;
            t.windowEnd = uint64(block.timestamp) + t.windowLeft;
            emit DisputeSettled(id, t.game, true);
            return;
        }
        _unlock(ch, t.terms.challengerBond);
        _slash(t.solver, t.terms.solverStake, ch);
        t.status = Status.Failed;
        _escrowOut(t.submitter, t.reward);
        emit DisputeSettled(id, t.game, false);
        emit TaskFinalized(id, Status.Failed);
    }

    /// @notice Anyone: ends a task whose deadline has passed. Committed and unchallenged
    /// through the window: the solver is paid and unlocked. Claimed but not committed in
    /// time: the submitter is refunded and receives the winner's share of the stake.
    /// Open past claimBy: refunded.
    function finalize(uint256 id) external {
        Task storage t = tasks[id];
        Status st = t.status;
        if (st == Status.Committed) {
            if (block.timestamp < t.windowEnd) revert TooEarly(t.windowEnd);
            t.status = Status.Finalized;
            _unlock(t.solver, t.terms.solverStake);
            _escrowOut(t.solver, t.reward);
        } else if (st == Status.Claimed) {
            if (block.timestamp <= t.commitBy) revert TooEarly(t.commitBy);
            t.status = Status.Failed;
            _slash(t.solver, t.terms.solverStake, t.submitter);
            _escrowOut(t.submitter, t.reward);
        } else if (st == Status.Open) {
            if (block.timestamp <= t.terms.claimBy) revert TooEarly(t.terms.claimBy);
            t.status = Status.Cancelled;
            _escrowOut(t.submitter, t.reward);
        } else {
            revert WrongStatus(st);
        }
        emit TaskFinalized(id, t.status);
    }
}
