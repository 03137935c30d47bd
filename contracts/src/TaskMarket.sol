// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {StakingVault} from "./StakingVault.sol";
import {PinpointGame} from "./PinpointGame.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";
import {MerkleProof} from "./MerkleProof.sol";

/// @title TaskMarket
/// @notice Training tasks: a submitter escrows a reward; a staked solver claims, trains,
/// and commits a trace root (leaf i = state root after i*interval steps, leaf 0 the
/// task's initial state) and the final state root; verifiers are assigned segments by a
/// seed drawn after the commit; anyone staked may challenge one segment at a time through
/// the PinpointGame; after the window the solver is paid. A task may opt into an Audit:
/// verifiers then join, draw a segment from a block hash after their join, commit and
/// reveal attestations of its end state, the solver
/// may be required (by its secret and a block hash) to post one deliberately wrong
/// checkpoint, whose finders share a jackpot and whose lazy attesters are slashed, and
/// any attestation can be disputed with the same game. See docs/PROTOCOL.md.
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

    /// @notice Opt-in verification incentives, chosen by the submitter. All zero: off (the
    /// task runs exactly as without it). On iff attestWindow != 0.
    struct Audit {
        uint16 forcedErrorBps; // probability (basis points) that the solver must post a decoy
        uint64 attestWindow; // seconds after the seed during which verifiers commit attestations
        uint64 revealWindow; // seconds for attestation reveals, then again for the secret reveal
        uint256 attestStake; // locked by each attester
        uint256 jackpotFee; // part of msg.value paid into the jackpot pool when the task is claimed
        uint256 jackpot; // most paid to this task's finders of a forced error (capped by the pool)
        uint256 attestFee; // paid to each attester that agreed with the final trace of a Finalized task
        uint32 maxAttesters; // attestations accepted (0: unlimited; must be set when attestFee is)
    }

    /// @notice A task's audit parameters and progress (all zero for tasks without one).
    struct AuditState {
        Audit audit;
        bytes32 secretHash; // keccak256(abi.encode(secret)), committed at claim
        bytes32 claimHash; // blockhash(claimBlock + SEED_DELAY) or its mod-256 successor
        uint64 claimBlock;
        uint64 attestEnd; // attest until here (inclusive)
        uint64 revealEnd; // attestation reveals in (attestEnd, revealEnd]
        uint64 secretEnd; // the solver's secret reveal in (revealEnd, secretEnd]
        bool secretRevealed;
        bool forced;
        bool solverLost; // the solver lost a dispute on challengedSegment
        uint64 forcedSegment; // f: leaf f+1 was the decoy
        uint64 challengedSegment; // the segment of the solver's latest dispute
        bytes32 challengedEnd; // the solver's leaf challengedSegment+1 in that dispute
        address challengeWinner; // who won that dispute: paid a share of the stakes that vouched for the wrong leaf
        bytes32 decoy; // the posted leaf f+1: the root of the decoy state (computed at the reveal)
        bytes32 trueLeaf; // leaf f+1 after the reveal
        uint32 attesters;
        uint32 finders; // revealed attesters of segment f whose endHash is trueLeaf
        uint256 jackpotShare; // reserved in escrow per finder
        uint256 jackpotHeld; // reserved shares not yet paid or released
        uint256 feesHeld; // attestation fees still in escrow
    }

    enum AttState {
        None,
        Joined,
        Committed,
        Revealed,
        Disputed,
        Closed
    }

    /// @notice How a closed attestation ended.
    enum Outcome {
        Released, // stake unlocked (fee and jackpot share, if earned, paid)
        Unrevealed, // joined and never committed, or never revealed: stake to the pool
        Lazy, // revealed the decoy: stake to the pool
        WrongClaim, // matched the solver's leaf on a segment the solver lost: the winner's share to the challenger who proved it wrong, the rest to the pool
        LostDispute, // lost an attestation dispute: stake slashed to the challenger
        Void // attested segment f+1 of a forced task, whose start was the decoy: stake unlocked, no fee
    }

    struct Attestation {
        AttState state;
        uint64 segment; // attestSegment(id, attester) when it committed
        uint64 joinBlock; // the block of joinAttestation: the hash of joinBlock+1 draws the segment
        bytes32 commitment; // keccak256(abi.encode(id, attester, endHash, salt))
        bytes32 endHash; // the attester's state root for checkpoint segment+1
        address challenger;
        uint256 game;
    }

    struct Challenge {
        uint64 segment; // disputes checkpoints segment and segment+1
        bytes32 start; // solver's checkpoint `segment` (the challenger accepts it)
        bytes32[] startProof;
        bytes32 end; // solver's checkpoint `segment+1` (the challenger disputes it)
        bytes32[] endProof;
    }

    /// @notice One float32 of the TRUE state f+1 of a forced task (MerkleProof.stateRootOf):
    /// the decoy is the same state with that float XORed with decoyMask, so both roots
    /// are computed from this one opening.
    struct DecoyOpening {
        uint256 tensorIndex;
        bytes32 headerHash;
        uint256 element;
        bytes32 leaf; // the true data leaf element/8
        bytes32[] dataPath;
        bytes32[] statePath;
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
    error NoAudit();
    error SecretNotRevealed();
    error SecretAlreadyRevealed();
    error BadSecret();
    error BadReveal();
    error SolverCannotAttest();
    error AlreadyAttested();
    error AttestersFull(uint32 max);
    error WrongAttestation(AttState have);
    error VoidAttestation();

    event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward);
    event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy);
    event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd);
    event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock);
    event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game);
    event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon);
    event TaskFinalized(uint256 indexed id, Status status);
    event AttestPhase(uint256 indexed id, uint64 attestEnd, uint64 revealEnd, uint64 secretEnd);
    event AttestJoined(uint256 indexed id, address indexed attester, uint64 joinBlock);
    event Attested(uint256 indexed id, address indexed attester, uint64 segment);
    event AttestationRevealed(uint256 indexed id, address indexed attester, uint64 segment, bytes32 endHash);
    event SecretRevealed(
        uint256 indexed id, bool forced, uint64 segment, bytes32 traceRoot, uint32 finders, uint256 jackpotShare
    );
    event AttestationDisputed(uint256 indexed id, address indexed attester, address indexed challenger, uint256 game);
    event AttestationSettled(uint256 indexed id, address indexed attester, uint256 game, bool attesterWon);
    event AttestationClosed(uint256 indexed id, address indexed attester, Outcome outcome, uint256 paid);
    /// @notice A participant's self-description (JSON: checkpoint server URL, GPUs, version),
    /// so submitters can find where to fetch a task's weights and who runs on what.
    event Announced(address indexed who, bytes info);

    /// @notice Blocks between the commit block and the block whose hash seeds the
    /// verifier assignment (the solver cannot know it when committing).
    uint64 public constant SEED_DELAY = 4;

    PinpointGame public immutable game;
    uint256 public taskCount;
    mapping(uint256 => Task) internal tasks;
    mapping(uint256 => AuditState) internal audits;
    mapping(uint256 => mapping(address => Attestation)) internal attestations;
    /// @dev Revealed attestations per (task, keccak256(abi.encode(segment, endHash))): the
    /// finders of a forced error are counted in O(1) when the secret is revealed.
    mapping(uint256 => mapping(bytes32 => uint32)) internal votes;

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

    function getAudit(uint256 id) external view returns (AuditState memory) {
        return audits[id];
    }

    function getAttestation(uint256 id, address attester) external view returns (Attestation memory) {
        return attestations[id][attester];
    }

    /// @notice Whether a task of n segments carries a forced error, and which segment f
    /// (its leaf f+1, never the first or the final one, is the decoy).
    function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps)
        public
        pure
        returns (bool forced, uint64 f)
    {
        uint256 r = uint256(keccak256(abi.encode(secret, claimHash, id)));
        if (n < 2 || r % 10000 >= bps) return (false, 0);
        return (true, uint64((r >> 128) % (n - 1)));
    }

    /// @notice The mask a forced solver XORs into one float of checkpoint f+1 to make its
    /// decoy: nonzero, low mantissa bits only, so the decoy is a plausible, served state.
    function decoyMask(bytes32 secret, uint256 id) public pure returns (uint32) {
        return (uint32(uint256(keccak256(abi.encode("veritrain.forced.mask", secret, id)))) & 0xFF) | 1;
    }

    function numCheckpoints(uint256 id) public view returns (uint64) {
        Spec storage s = tasks[id].spec;
        return s.steps / s.interval;
    }

    function _task(uint256 id, Status want) private view returns (Task storage t) {
        t = tasks[id];
        if (t.status != want) revert WrongStatus(t.status);
    }

    /// @notice Posts a task. msg.value = reward + audit.jackpotFee + audit.attestFee *
    /// audit.maxAttesters, all held in escrow (the jackpot fee joins the pool at claim).
    function postTask(Spec calldata spec, Terms calldata terms, Audit calldata audit)
        external
        payable
        returns (uint256 id)
    {
        if (
            spec.steps == 0 || spec.interval == 0 || spec.steps % spec.interval != 0 || spec.numNodes == 0
                || spec.stateDepth == 0 || terms.claimBy <= block.timestamp || terms.commitWindow == 0
                || terms.challengeWindow == 0 || terms.gameClock == 0 || terms.solverStake == 0
                || terms.challengerBond == 0 || !_auditValid(audit)
        ) revert BadTask();
        uint256 fees = audit.attestFee * audit.maxAttesters;
        uint256 extra = audit.jackpotFee + fees;
        if (msg.value <= extra) revert BadTask();
        id = ++taskCount;
        Task storage t = tasks[id];
        t.spec = spec;
        t.terms = terms;
        t.submitter = msg.sender;
        t.reward = msg.value - extra;
        t.status = Status.Open;
        if (audit.attestWindow != 0) {
            AuditState storage a = audits[id];
            a.audit = audit;
            a.feesHeld = fees;
        }
        _escrowIn(msg.value);
        emit TaskPosted(id, msg.sender, t.reward);
    }

    /// @dev Off: every field zero. On: the windows and the stake set, bps a probability,
    /// a fee budget bounded by maxAttesters.
    function _auditValid(Audit calldata a) private pure returns (bool) {
        if (a.attestWindow == 0) {
            return a.forcedErrorBps == 0 && a.revealWindow == 0 && a.attestStake == 0 && a.jackpotFee == 0
                && a.jackpot == 0 && a.attestFee == 0 && a.maxAttesters == 0;
        }
        return a.revealWindow != 0 && a.attestStake != 0 && a.forcedErrorBps <= 10000
            && (a.attestFee == 0 || a.maxAttesters != 0);
    }

    /// @notice Submitter: withdraws an unclaimed task and its reward.
    function cancelTask(uint256 id) external {
        Task storage t = _task(id, Status.Open);
        if (msg.sender != t.submitter) revert NotSubmitter();
        t.status = Status.Cancelled;
        _refundUnclaimed(t, audits[id]);
        emit TaskFinalized(id, Status.Cancelled);
    }

    /// @dev An unclaimed task's whole escrow back to the submitter.
    function _refundUnclaimed(Task storage t, AuditState storage a) private {
        uint256 back = t.reward + a.audit.jackpotFee + a.feesHeld;
        a.feesHeld = 0;
        _escrowOut(t.submitter, back);
    }

    /// @notice Solver: claims an open task, locking the required stake and committing
    /// keccak256(abi.encode(secret)) (any value when the task has no audit).
    function claimTask(uint256 id, bytes32 secretHash) external {
        Task storage t = _task(id, Status.Open);
        if (block.timestamp > t.terms.claimBy) revert TooLate(t.terms.claimBy);
        _lock(msg.sender, t.terms.solverStake);
        t.solver = msg.sender;
        t.status = Status.Claimed;
        t.commitBy = uint64(block.timestamp) + t.terms.commitWindow;
        AuditState storage a = audits[id];
        if (a.audit.attestWindow != 0) {
            a.secretHash = secretHash;
            a.claimBlock = uint64(block.number);
            if (a.audit.jackpotFee != 0) _jackpotRelease(a.audit.jackpotFee);
        }
        emit TaskClaimed(id, msg.sender, t.commitBy);
    }

    /// @dev The hash of block `from`, or, if that is older than 256 blocks, of the latest
    /// block congruent to it modulo 256 (so it exists whenever someone asks).
    function _blockHashFrom(uint256 from) private view returns (bytes32, uint256) {
        if (block.number <= from) revert SeedNotReady(uint64(from + 1));
        if (block.number - from > 256) from += ((block.number - 1 - from) / 256) * 256;
        return (blockhash(from), from);
    }

    /// @notice Anyone: fixes an audited task's claim hash, the block hash that with the
    /// solver's secret decides the forced error (commitTrace does it if nobody did).
    function fixClaimHash(uint256 id) public {
        AuditState storage a = audits[id];
        if (a.claimBlock == 0) revert NoAudit();
        if (a.claimHash != 0) return;
        (a.claimHash,) = _blockHashFrom(uint256(a.claimBlock) + SEED_DELAY);
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
        t.status = Status.Committed;
        // with an audit the challenge window opens at the secret reveal
        if (audits[id].audit.attestWindow != 0) fixClaimHash(id);
        else t.windowEnd = uint64(block.timestamp) + t.terms.challengeWindow;
        emit TraceCommitted(id, traceRoot, finalRoot, t.windowEnd);
    }

    /// @notice Anyone: fixes the verifier-assignment seed to the hash of block
    /// commitBlock+SEED_DELAY, or, if that is older than 256 blocks, of the latest block
    /// congruent to it modulo 256 (so the seed exists whenever someone asks).
    function drawSeed(uint256 id) external {
        Task storage t = tasks[id];
        if (t.commitBlock == 0) revert WrongStatus(t.status);
        if (t.seed != 0) revert SeedDrawn();
        uint256 target;
        (t.seed, target) = _blockHashFrom(uint256(t.commitBlock) + SEED_DELAY);
        emit SeedDrawnEvent(id, t.seed, target);
        AuditState storage a = audits[id];
        if (a.audit.attestWindow != 0) {
            a.attestEnd = uint64(block.timestamp) + a.audit.attestWindow;
            a.revealEnd = a.attestEnd + a.audit.revealWindow;
            a.secretEnd = a.revealEnd + a.audit.revealWindow;
            emit AttestPhase(id, a.attestEnd, a.revealEnd, a.secretEnd);
        }
    }

    /// @notice The segment a verifier is asked to re-run.
    function assignment(uint256 id, address verifier) public view returns (uint64) {
        Task storage t = tasks[id];
        if (t.seed == 0) revert NoSeed();
        return uint64(uint256(keccak256(abi.encode(t.seed, verifier))) % numCheckpoints(id));
    }

    /// @notice Anyone staked but the solver: disputes one segment, locking the bond and
    /// opening a pinpoint game. The challenge window pauses while it runs.
    function challenge(uint256 id, Challenge calldata c) external returns (uint256 gameId) {
        Task storage t = _task(id, Status.Committed);
        if (msg.sender == t.solver) revert SelfChallenge();
        AuditState storage a = audits[id];
        bool audited = a.audit.attestWindow != 0;
        if (audited && !a.secretRevealed) revert SecretNotRevealed();
        if (block.timestamp >= t.windowEnd) revert TooLate(t.windowEnd);
        _checkStart(id, t, c);
        if (c.endProof.length != c.startProof.length) revert BadProof();
        if (Tree.rootOf(c.end, uint256(c.segment) + 1, c.endProof) != t.traceRoot) revert BadProof();
        _lock(msg.sender, t.terms.challengerBond);
        t.challenger = msg.sender;
        t.windowLeft = t.windowEnd - uint64(block.timestamp);
        t.status = Status.Disputed;
        if (audited) {
            a.challengedSegment = c.segment;
            a.challengedEnd = c.end;
        }
        gameId = game.open(_setup(t, t.solver, c.segment, c.start, c.end));
        t.game = gameId;
        emit Challenged(id, msg.sender, c.segment, gameId);
    }

    /// @dev c.segment is a segment and c.start is leaf c.segment of the trace root.
    function _checkStart(uint256 id, Task storage t, Challenge calldata c) private view {
        uint64 n = numCheckpoints(id);
        if (c.segment >= n || c.startProof.length != Tree.depth(uint256(n) + 1)) revert BadProof();
        if (Tree.rootOf(c.start, c.segment, c.startProof) != t.traceRoot) revert BadProof();
    }

    function _setup(Task storage t, address solver, uint64 segment, bytes32 agreed, bytes32 disputed)
        private
        view
        returns (PinpointGame.Setup memory)
    {
        return PinpointGame.Setup({
            solver: solver,
            challenger: msg.sender,
            nodesRoot: t.spec.nodesRoot,
            stateMapRoot: t.spec.stateMapRoot,
            dataRoot: t.spec.dataRoot,
            agreed: agreed,
            disputed: disputed,
            firstStep: segment * t.spec.interval,
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
        AuditState storage a = audits[id];
        if (a.audit.attestWindow != 0) {
            a.solverLost = true;
            a.challengeWinner = ch;
            _refundUnusedFees(t, a);
        }
        emit DisputeSettled(id, t.game, false);
        emit TaskFinalized(id, Status.Failed);
    }

    /// @notice Anyone: ends a task whose deadline has passed. Committed and unchallenged
    /// through the window: the solver is paid and unlocked. Claimed but not committed in
    /// time, or (audit) committed but the secret not revealed by secretEnd: the submitter
    /// is refunded and receives the winner's share of the stake. Open past claimBy:
    /// refunded. Unused attestation fees go back to the submitter.
    function finalize(uint256 id) external {
        Task storage t = tasks[id];
        AuditState storage a = audits[id];
        Status st = t.status;
        bool missed = st == Status.Claimed;
        if (st == Status.Committed && a.audit.attestWindow != 0 && !a.secretRevealed) {
            if (t.seed == 0) revert NoSeed();
            if (block.timestamp <= a.secretEnd) revert TooEarly(a.secretEnd);
            missed = true;
        } else if (st == Status.Committed) {
            if (block.timestamp < t.windowEnd) revert TooEarly(t.windowEnd);
            t.status = Status.Finalized;
            _unlock(t.solver, t.terms.solverStake);
            _escrowOut(t.solver, t.reward);
        } else if (st == Status.Claimed) {
            if (block.timestamp <= t.commitBy) revert TooEarly(t.commitBy);
        } else if (st == Status.Open) {
            if (block.timestamp <= t.terms.claimBy) revert TooEarly(t.terms.claimBy);
            t.status = Status.Cancelled;
            _refundUnclaimed(t, a);
        } else {
            revert WrongStatus(st);
        }
        if (missed) {
            t.status = Status.Failed;
            _slash(t.solver, t.terms.solverStake, t.submitter);
            _escrowOut(t.submitter, t.reward);
        }
        if (st != Status.Open) _refundUnusedFees(t, a);
        emit TaskFinalized(id, t.status);
    }

    /// @dev At a claimed task's end: the fees of attestation slots nobody took.
    function _refundUnusedFees(Task storage t, AuditState storage a) private {
        // attestFee != 0 implies maxAttesters != 0 (postTask checks it)
        if (a.audit.attestFee == 0) return;
        uint256 unused = a.audit.attestFee * (a.audit.maxAttesters - a.attesters);
        a.feesHeld -= unused;
        _escrowOut(t.submitter, unused);
    }

    // ------------------------------------------------------------ attestations

    /// @notice Anyone staked but the solver, once per task, until attestEnd: takes an
    /// attestation slot, locking attestStake. Its segment is drawn from the hash of the
    /// next block (attestSegment), which nobody knows now: an address cannot be ground
    /// for a segment once the seed is known.
    function joinAttestation(uint256 id) external {
        Task storage t = _task(id, Status.Committed);
        AuditState storage a = audits[id];
        if (a.audit.attestWindow == 0) revert NoAudit();
        if (t.seed == 0) revert NoSeed();
        if (block.timestamp > a.attestEnd) revert TooLate(a.attestEnd);
        if (msg.sender == t.solver) revert SolverCannotAttest();
        Attestation storage att = attestations[id][msg.sender];
        if (att.state != AttState.None) revert AlreadyAttested();
        if (a.audit.maxAttesters != 0 && a.attesters >= a.audit.maxAttesters) revert AttestersFull(a.audit.maxAttesters);
        _lock(msg.sender, a.audit.attestStake);
        a.attesters++;
        att.state = AttState.Joined;
        att.joinBlock = uint64(block.number);
        emit AttestJoined(id, msg.sender, att.joinBlock);
    }

    /// @notice The segment an attester re-runs: once joined, keccak256(abi.encode(seed,
    /// attester, h)) mod numCheckpoints, h the hash of block joinBlock+1 (reverts
    /// SeedNotReady until it exists; past 256 blocks, the latest block congruent to it
    /// mod 256); once committed, the stored segment.
    function attestSegment(uint256 id, address attester) public view returns (uint64) {
        Attestation storage att = attestations[id][attester];
        if (att.state == AttState.None) revert WrongAttestation(att.state);
        if (att.state != AttState.Joined) return att.segment;
        (bytes32 h,) = _blockHashFrom(uint256(att.joinBlock) + 1);
        return uint64(uint256(keccak256(abi.encode(tasks[id].seed, attester, h))) % numCheckpoints(id));
    }

    /// @notice Joined attester, from block joinBlock+2 until attestEnd: commits to the
    /// state root it recomputed for checkpoint attestSegment+1.
    /// commitment = keccak256(abi.encode(id, msg.sender, endHash, salt)).
    function attest(uint256 id, bytes32 commitment) external {
        AuditState storage a = audits[id];
        Attestation storage att = attestations[id][msg.sender];
        if (att.state != AttState.Joined) revert WrongAttestation(att.state);
        if (block.timestamp > a.attestEnd) revert TooLate(a.attestEnd);
        uint64 s = attestSegment(id, msg.sender);
        att.state = AttState.Committed;
        att.segment = s;
        att.commitment = commitment;
        emit Attested(id, msg.sender, s);
    }

    /// @notice Attester, in (attestEnd, revealEnd]: opens its commitment.
    function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) external {
        AuditState storage a = audits[id];
        Attestation storage att = attestations[id][msg.sender];
        if (att.state != AttState.Committed) revert WrongAttestation(att.state);
        if (block.timestamp <= a.attestEnd) revert TooEarly(a.attestEnd);
        if (block.timestamp > a.revealEnd) revert TooLate(a.revealEnd);
        if (keccak256(abi.encode(id, msg.sender, endHash, salt)) != att.commitment) revert BadReveal();
        att.endHash = endHash;
        att.state = AttState.Revealed;
        votes[id][keccak256(abi.encode(att.segment, endHash))]++;
        emit AttestationRevealed(id, msg.sender, att.segment, endHash);
    }

    /// @notice Solver, in (revealEnd, secretEnd]: reveals its secret. If the task was forced,
    /// `o` opens one float of the true state f+1; the decoy root is the same opening with
    /// that float XORed with decoyMask. `proof` must show the decoy root is leaf f+1 of the
    /// posted trace, which is then replaced by the true root on the same path; the jackpot
    /// is reserved for the finders. Not forced: `o` is not read. Opens the challenge window.
    function revealSecret(uint256 id, bytes32 secret, bytes32[] calldata proof, DecoyOpening calldata o) external {
        Task storage t = _task(id, Status.Committed);
        AuditState storage a = audits[id];
        if (msg.sender != t.solver) revert NotSolver();
        if (a.audit.attestWindow == 0) revert NoAudit();
        if (a.secretRevealed) revert SecretAlreadyRevealed();
        if (t.seed == 0) revert NoSeed();
        if (block.timestamp <= a.revealEnd) revert TooEarly(a.revealEnd);
        if (block.timestamp > a.secretEnd) revert TooLate(a.secretEnd);
        if (keccak256(abi.encode(secret)) != a.secretHash) revert BadSecret();
        a.secretRevealed = true;
        (bool forced, uint64 f) = forcedError(secret, a.claimHash, id, numCheckpoints(id), a.audit.forcedErrorBps);
        if (forced) {
            _undecoy(id, secret, f, proof, o);
            uint32 k = votes[id][keccak256(abi.encode(f, a.trueLeaf))];
            a.finders = k;
            uint256 jp = a.audit.jackpot < totalJackpot ? a.audit.jackpot : totalJackpot;
            if (k != 0 && jp != 0) {
                uint256 share = jp / k;
                a.jackpotShare = share;
                a.jackpotHeld = share * k;
                _jackpotReserve(share * k);
            }
        }
        t.windowEnd = uint64(block.timestamp) + t.terms.challengeWindow;
        emit SecretRevealed(id, forced, f, t.traceRoot, a.finders, a.jackpotShare);
    }

    /// @dev Checks that the opening's decoy root is posted leaf f+1 and puts the true root
    /// in its place (a function of its own: revealSecret's stack is full).
    function _undecoy(uint256 id, bytes32 secret, uint64 f, bytes32[] calldata proof, DecoyOpening calldata o)
        private
    {
        Task storage t = tasks[id];
        AuditState storage a = audits[id];
        (bool ok, bytes32 trueLeaf, bytes32 d) = _decoyRoots(o, decoyMask(secret, id));
        uint256 leaf = uint256(f) + 1;
        if (
            !ok || proof.length != Tree.depth(uint256(numCheckpoints(id)) + 1)
                || Tree.rootOf(d, leaf, proof) != t.traceRoot
        ) {
            revert BadProof();
        }
        t.traceRoot = Tree.rootOf(trueLeaf, leaf, proof);
        a.forced = true;
        a.forcedSegment = f;
        a.decoy = d;
        a.trueLeaf = trueLeaf;
    }

    /// @dev MerkleProof.decoyRoots of an opening (a function of its own, for the stack).
    function _decoyRoots(DecoyOpening calldata o, uint32 mask) private view returns (bool, bytes32, bytes32) {
        return MerkleProof.decoyRoots(o.tensorIndex, o.headerHash, o.element, o.leaf, o.dataPath, o.statePath, mask);
    }

    /// @notice Anyone staked but the attester, after the secret reveal and before the task
    /// ends: disputes a revealed attestation. A game opens with the attester in the
    /// solver's seat: agreed = trace leaf c.segment (proven), disputed = its endHash
    /// (c.end must equal it; c.endProof is not read). The challenger's bond is locked.
    function disputeAttestation(uint256 id, address attester, Challenge calldata c) external returns (uint256 gameId) {
        Task storage t = tasks[id];
        if (t.status != Status.Committed && t.status != Status.Disputed) revert WrongStatus(t.status);
        if (!audits[id].secretRevealed) revert SecretNotRevealed();
        Attestation storage att = attestations[id][attester];
        if (att.state != AttState.Revealed) revert WrongAttestation(att.state);
        if (msg.sender == attester) revert SelfChallenge();
        if (_void(audits[id], att)) revert VoidAttestation();
        if (c.segment != att.segment || c.end != att.endHash) revert BadProof();
        _checkStart(id, t, c);
        _lock(msg.sender, t.terms.challengerBond);
        att.state = AttState.Disputed;
        att.challenger = msg.sender;
        gameId = game.open(_setup(t, attester, c.segment, c.start, c.end));
        att.game = gameId;
        emit AttestationDisputed(id, attester, msg.sender, gameId);
    }

    /// @notice Anyone: applies a resolved attestation dispute. Attester won: the
    /// challenger's bond is slashed to it and the attestation stands. Attester lost: its
    /// stake is slashed to the challenger, the bond unlocked, the attestation closed.
    function settleAttestation(uint256 id, address attester) external {
        Attestation storage att = attestations[id][attester];
        if (att.state != AttState.Disputed) revert WrongAttestation(att.state);
        PinpointGame.Result r = game.result(att.game);
        if (r == PinpointGame.Result.Pending) revert GamePending();
        Task storage t = tasks[id];
        AuditState storage a = audits[id];
        address ch = att.challenger;
        att.challenger = address(0);
        if (r == PinpointGame.Result.SolverWins) {
            _slash(ch, t.terms.challengerBond, attester);
            att.state = AttState.Revealed;
            emit AttestationSettled(id, attester, att.game, true);
            return;
        }
        _unlock(ch, t.terms.challengerBond);
        _slash(attester, a.audit.attestStake, ch);
        att.state = AttState.Closed;
        _releaseShare(a, att);
        _payFee(a, t.submitter);
        emit AttestationSettled(id, attester, att.game, false);
        emit AttestationClosed(id, attester, Outcome.LostDispute, 0);
    }

    /// @notice Anyone: closes an attestation. Joined or unrevealed after revealEnd: stake to the pool.
    /// Revealed, once the task has ended (Finalized or Failed) and no dispute on it runs:
    /// of segment f+1 of a forced task: void, stake unlocked, no fee; else the decoy (lazy) or the solver's leaf of a segment the solver lost: stake to the
    /// pool; otherwise the stake is unlocked, a finder is paid its jackpot share, and on a
    /// Finalized task the fee is paid if `proof` shows endHash is trace leaf segment+1.
    function closeAttestation(uint256 id, address attester, bytes32[] calldata proof) external {
        Task storage t = tasks[id];
        AuditState storage a = audits[id];
        Attestation storage att = attestations[id][attester];
        AttState st = att.state;
        uint256 stake = a.audit.attestStake;
        if (st == AttState.Committed || st == AttState.Joined) {
            if (block.timestamp <= a.revealEnd) revert TooEarly(a.revealEnd);
            att.state = AttState.Closed;
            _slashToPool(attester, stake);
            _payFee(a, t.submitter);
            emit AttestationClosed(id, attester, Outcome.Unrevealed, 0);
            return;
        }
        if (st != AttState.Revealed) revert WrongAttestation(st);
        if (t.status != Status.Finalized && t.status != Status.Failed) revert WrongStatus(t.status);
        att.state = AttState.Closed;
        bytes32 h = att.endHash;
        uint64 s = att.segment;
        if (_void(a, att)) {
            _unlock(attester, stake);
            _payFee(a, t.submitter);
            emit AttestationClosed(id, attester, Outcome.Void, 0);
            return;
        }
        Outcome o = Outcome.Released;
        if (a.forced && s == a.forcedSegment && h == a.decoy) o = Outcome.Lazy;
        else if (a.solverLost && s == a.challengedSegment && h == a.challengedEnd) o = Outcome.WrongClaim;
        if (o != Outcome.Released) {
            _slashToPool(attester, stake);
            if (o == Outcome.WrongClaim) {
                // whoever proved the leaf wrong is paid as if it had disputed the attestation
                uint256 share = stake * winnerShareBps / 10000;
                totalJackpot -= share;
                _credit(a.challengeWinner, share);
            }
            _releaseShare(a, att);
            _payFee(a, t.submitter);
            emit AttestationClosed(id, attester, o, 0);
            return;
        }
        _unlock(attester, stake);
        uint256 paid;
        if (a.forced && s == a.forcedSegment && h == a.trueLeaf && a.jackpotShare != 0) {
            paid = a.jackpotShare;
            a.jackpotHeld -= paid;
            _escrowOut(attester, paid);
        }
        bool agreed = t.status == Status.Finalized && proof.length == Tree.depth(uint256(numCheckpoints(id)) + 1)
            && Tree.rootOf(h, uint256(s) + 1, proof) == t.traceRoot;
        if (agreed) paid += a.audit.attestFee;
        _payFee(a, agreed ? attester : t.submitter);
        emit AttestationClosed(id, attester, o, paid);
    }

    /// @dev An attestation of segment f+1 of a forced task: its start was the decoy, so
    /// nobody could attest it from the posted trace; it is void whatever it revealed.
    function _void(AuditState storage a, Attestation storage att) private view returns (bool) {
        return a.forced && att.segment == uint256(a.forcedSegment) + 1;
    }

    /// @dev A finder's reserved jackpot share goes back to the pool (it was slashed).
    function _releaseShare(AuditState storage a, Attestation storage att) private {
        if (a.forced && att.segment == a.forcedSegment && att.endHash == a.trueLeaf && a.jackpotShare != 0) {
            a.jackpotHeld -= a.jackpotShare;
            _jackpotRelease(a.jackpotShare);
        }
    }

    /// @dev One attestation's fee, out of escrow, to `to`.
    function _payFee(AuditState storage a, address to) private {
        uint256 fee = a.audit.attestFee;
        if (fee == 0) return;
        a.feesHeld -= fee;
        _escrowOut(to, fee);
    }
}
