// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PinpointGame} from "./PinpointGame.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";
import {TaskMarketBase} from "./TaskMarketBase.sol";
import {
    TaskMarketStatus as Status,
    TaskMarketSpec as Spec,
    TaskMarketTerms as Terms,
    TaskMarketTask as Task,
    TaskMarketAudit as Audit,
    TaskMarketAuditState as AuditState,
    TaskMarketAttState as AttState,
    TaskMarketOutcome as Outcome,
    TaskMarketAttestation as Attestation,
    TaskMarketChallenge as Challenge,
    TaskMarketDecoyOpening as DecoyOpening,
    TaskMarketChunkRequest as ChunkRequest,
    TaskMarketChunkOpening as ChunkOpening
} from "./TaskMarketTypes.sol";
import {TaskMarketAuditor} from "./TaskMarketAuditor.sol";

/// @title TaskMarket
/// @notice Training tasks: a submitter escrows a reward; a staked solver claims, trains,
/// and commits a trace root (leaf i = state root after i*interval steps, leaf 0 the
/// task's initial state) and the final state root; verifiers are assigned segments by a
/// seed drawn after the commit; anyone staked may challenge segments, in parallel, through
/// the PinpointGame; after the window the solver is paid. A task may opt into an Audit:
/// verifiers then join, draw a segment from a block hash after their join, commit and
/// reveal attestations of its end state, the solver
/// may be required (by its secret and a block hash) to post one deliberately wrong
/// checkpoint, whose finders share a jackpot and whose lazy attesters are slashed, and
/// any attestation can be disputed with the same game. The audit layer's moves run in
/// TaskMarketAuditor's code by DELEGATECALL (EIP-170: both in one contract pass 24,576
/// bytes); types, storage and shared helpers are TaskMarketBase's. See docs/PROTOCOL.md.
contract TaskMarket is TaskMarketBase {
    /// @notice The audit module, created here with this contract's own arguments (so its
    /// immutables, game and vault settings, are ours) and fixed for the contract's life:
    /// no setter, so no code registered later can reach a running task.
    address public immutable auditModule;
    /// @notice The block that deployed this market: where its logs begin (a node that
    /// keeps no old state cannot find it by bisecting the code's history).
    uint64 public immutable deployBlock;

    constructor(PinpointGame game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_)
        TaskMarketBase(game_, unbondingDelay_, treasury_, winnerShareBps_)
    {
        auditModule = address(new TaskMarketAuditor(game_, unbondingDelay_, treasury_, winnerShareBps_));
        deployBlock = uint64(block.number);
    }

    /// @dev Runs the calldata in the audit module's code in this contract's storage and
    /// returns or reverts with what it did. Only the stubs below reach it, each with its
    /// own selector, so nothing else can be forwarded.
    function _delegate() private {
        address m = auditModule;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), m, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @notice Protocol bounds on the terms a submitter chooses (contracts/model/bounds.go
    /// holds the same numbers; a test reads these and compares). Checkpoints are
    /// steps/interval; every window and clock (commit, challenge, game clock, attest,
    /// reveal) is in [MIN_WINDOW, MAX_WINDOW] seconds, claimBy at most MAX_WINDOW ahead.
    uint64 public constant MAX_CHECKPOINTS = 2048;
    uint64 public constant MAX_STEPS = 1 << 32;
    uint64 public constant MAX_INTERVAL = 1 << 21;
    uint32 public constant MAX_NODES = 1 << 20;
    uint8 public constant MAX_STATE_DEPTH = 16;
    uint64 public constant MIN_WINDOW = 60;
    uint64 public constant MAX_WINDOW = 365 days;

    /// @notice The bounded terms, named by TermOutOfBounds.
    enum Term {
        Steps,
        Interval,
        Checkpoints,
        NumNodes,
        StateDepth,
        ClaimBy,
        CommitWindow,
        ChallengeWindow,
        GameClock,
        AttestWindow,
        RevealWindow,
        JackpotFee
    }

    /// @notice postTask: `term` is outside the protocol's bounds.
    error TermOutOfBounds(Term term);

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
    /// (its leaf f+1, never the first; the final one when f = n-1, is the decoy).
    function forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps)
        public
        pure
        returns (bool forced, uint64 f)
    {
        return _forcedError(secret, claimHash, id, n, bps);
    }

    /// @notice The mask a forced solver XORs into one float of checkpoint f+1 to make its
    /// decoy: nonzero, low mantissa bits only, so the decoy is a plausible, served state.
    function decoyMask(bytes32 secret, uint256 id) public pure returns (uint32) {
        return _decoyMask(secret, id);
    }

    function numCheckpoints(uint256 id) public view returns (uint64) {
        return _numCheckpoints(id);
    }

    /// @notice Posts a task. msg.value = reward + audit.jackpotFee + audit.attestFee *
    /// audit.maxAttesters, all held in escrow (the jackpot fee joins the pool at claim).
    /// The task is judged by the kernels registered by now (kernelEpoch), and no others.
    function postTask(Spec calldata spec, Terms calldata terms, Audit calldata audit)
        external
        payable
        returns (uint256 id)
    {
        _checkBounds(spec, terms, audit);
        if (
            spec.steps % spec.interval != 0 || terms.solverStake == 0 || terms.challengerBond == 0
                || !_auditValid(audit)
        ) revert BadTask();
        uint256 fees = audit.attestFee * audit.maxAttesters;
        uint256 extra = audit.jackpotFee + fees;
        if (msg.value <= extra) revert BadTask();
        id = ++taskCount;
        Task storage t = tasks[id];
        t.spec = spec;
        t.terms = terms;
        t.submitter = msg.sender;
        // the kernels judged now judge this task for its life: a later registration never reaches it
        t.kernelEpoch = kernels.epoch();
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

    /// @dev The protocol's bounds, in Term order: the first term outside them reverts
    /// TermOutOfBounds(term). Within them every deadline sum (now + a window, the
    /// attestation phases, a game clock) stays far below 2^64 and nothing a daemon sizes
    /// from the task (checkpoints, segment length, graph, state) is unbounded.
    function _checkBounds(Spec calldata spec, Terms calldata terms, Audit calldata audit) private view {
        if (spec.steps == 0 || spec.steps > MAX_STEPS) revert TermOutOfBounds(Term.Steps);
        if (spec.interval == 0 || spec.interval > MAX_INTERVAL) revert TermOutOfBounds(Term.Interval);
        if (spec.steps / spec.interval > MAX_CHECKPOINTS) revert TermOutOfBounds(Term.Checkpoints);
        if (spec.numNodes == 0 || spec.numNodes > MAX_NODES) revert TermOutOfBounds(Term.NumNodes);
        if (spec.stateDepth == 0 || spec.stateDepth > MAX_STATE_DEPTH) revert TermOutOfBounds(Term.StateDepth);
        if (terms.claimBy <= block.timestamp || terms.claimBy - block.timestamp > MAX_WINDOW) {
            revert TermOutOfBounds(Term.ClaimBy);
        }
        _window(terms.commitWindow, Term.CommitWindow);
        _window(terms.challengeWindow, Term.ChallengeWindow);
        _window(terms.gameClock, Term.GameClock);
        if (audit.attestWindow != 0) {
            _window(audit.attestWindow, Term.AttestWindow);
            _window(audit.revealWindow, Term.RevealWindow);
            // A draw fair in expectation: the task pays into the pool at least what it can
            // expect to draw (its forced-error chance times its jackpot), even if one party
            // is its submitter, solver and every attester: such a self-dealer then takes
            // nothing from the pool others fund.
            // (bps above 10000 is a BadTask, after the bounds)
            if (
                audit.forcedErrorBps <= 10000
                    && (
                        audit.jackpot > type(uint128).max || audit.jackpotFee > type(uint128).max
                            || audit.jackpot * audit.forcedErrorBps > audit.jackpotFee * 10000
                    )
            ) revert TermOutOfBounds(Term.JackpotFee);
        }
    }

    function _window(uint64 w, Term term) private pure {
        if (w < MIN_WINDOW || w > MAX_WINDOW) revert TermOutOfBounds(term);
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

    /// @notice Anyone: fixes an audited task's claim hash, the hash of block
    /// claimBlock+SEED_DELAY, which with the solver's secret decides the forced error
    /// (commitTrace does it if nobody did). Only while that block is among the last 256:
    /// after, it reverts ClaimHashExpired rather than read a later block, else a solver
    /// that delays its commit could pick among claim hashes every 256 blocks (and the
    /// forced error with them). The solver fixes it as soon as it can; if nobody has
    /// within 256 blocks, the solver cannot commit and fails as a missed commit.
    function fixClaimHash(uint256 id) public {
        AuditState storage a = audits[id];
        if (a.claimBlock == 0) revert NoAudit();
        if (a.claimHash != 0) return;
        uint256 from = uint256(a.claimBlock) + SEED_DELAY;
        if (block.number <= from) revert SeedNotReady(uint64(from + 1));
        if (block.number - from > 256) revert ClaimHashExpired(uint64(from + 256));
        a.claimHash = blockhash(from);
    }

    /// @notice Solver: commits its trace, every checkpoint's state root: leaves[0] must be
    /// the task's initial state, leaves[n] (n = steps / interval) is the final one. The
    /// trace root is computed here and the leaves are logged (TraceLeaves), so that any
    /// segment can be named and proven from the chain alone: a solver that commits and
    /// then serves nothing cannot keep verifiers from challenging it. At most
    /// MAX_CHECKPOINTS + 1 leaves (postTask's bound): 64 KB of calldata, about 5.6M gas at
    /// the bound (calldata, hashing the padded tree, the log).
    function commitTrace(uint256 id, bytes32[] calldata leaves) external {
        Task storage t = _task(id, Status.Claimed);
        if (msg.sender != t.solver) revert NotSolver();
        if (block.timestamp > t.commitBy) revert TooLate(t.commitBy);
        uint64 n = numCheckpoints(id);
        if (leaves.length != uint256(n) + 1 || leaves[0] != t.spec.initRoot) revert BadTrace(leaves.length);
        bytes32 traceRoot = Tree.rootOfLeaves(leaves);
        bytes32 finalRoot = leaves[n];
        t.traceRoot = traceRoot;
        t.finalRoot = finalRoot;
        t.commitBlock = uint64(block.number);
        t.status = Status.Committed;
        // with an audit the challenge window opens at the secret reveal
        if (audits[id].audit.attestWindow != 0) fixClaimHash(id);
        else t.windowEnd = uint64(block.timestamp) + t.terms.challengeWindow;
        emit TraceLeaves(id, leaves);
        emit TraceCommitted(id, traceRoot, finalRoot, t.windowEnd);
    }

    /// @notice Anyone: fixes the verifier-assignment seed to the hash of block
    /// commitBlock+SEED_DELAY, and of no other block: within SEED_WINDOW blocks of it
    /// (BLOCKHASH, then EIP-2935's history contract); later it reverts SeedExpired.
    /// Before, a late draw read the latest block congruent to it mod 256, so a solver
    /// alone on its task could wait and pick among seeds.
    function drawSeed(uint256 id) external {
        Task storage t = tasks[id];
        if (t.commitBlock == 0) revert WrongStatus(t.status);
        if (t.seed != 0) revert SeedDrawn();
        uint256 target = uint256(t.commitBlock) + SEED_DELAY;
        if (block.number <= target) revert SeedNotReady(uint64(target + 1));
        bytes32 h = _hashOf(target);
        if (h == 0) revert SeedExpired(uint64(target + SEED_WINDOW));
        t.seed = h;
        emit SeedDrawnEvent(id, h, target);
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

    /// @notice Anyone staked but the solver, before windowEnd: disputes one segment,
    /// locking the bond and opening a pinpoint game of its own. Disputes run in parallel
    /// and never pause the window, so no number of sybil disputes can hold the task for
    /// an honest challenger or delay finalization past windowEnd + 2 * gameClock (each
    /// game ends within both parties' clocks; docs/PROTOCOL.md, "Bounded delay").
    function challenge(uint256 id, Challenge calldata c) external returns (uint256 gameId) {
        Task storage t = tasks[id];
        if (t.status != Status.Committed && t.status != Status.Disputed) revert WrongStatus(t.status);
        if (msg.sender == t.solver) revert SelfChallenge();
        if (audits[id].audit.attestWindow != 0 && !audits[id].secretRevealed) revert SecretNotRevealed();
        if (block.timestamp >= t.windowEnd) revert TooLate(t.windowEnd);
        _checkStart(id, t, c);
        if (c.endProof.length != c.startProof.length) revert BadProof();
        if (Tree.rootOf(c.end, uint256(c.segment) + 1, c.endProof) != t.traceRoot) revert BadProof();
        _lock(msg.sender, t.terms.challengerBond);
        t.disputes++;
        t.status = Status.Disputed;
        gameId = game.open(_setup(t, t.solver, c.segment, c.start, c.end));
        _openDispute(id, gameId, c.segment, address(0));
        emit Challenged(id, msg.sender, c.segment, gameId);
    }

    /// @notice Anyone: applies one resolved game of the task. The solver won: the
    /// challenger's bond is slashed to it (the task is Committed again once no dispute is
    /// left). The solver lost: its stake is slashed to the challenger, the reward goes
    /// back and the task fails; its other disputes are moot and settle at once, each
    /// bond unlocked (slashed to the solver where it won that game all the same).
    function settle(uint256 id, uint256 gameId) external {
        Task storage t = tasks[id];
        bool moot = t.status == Status.Failed;
        (address ch, uint64 seg, PinpointGame.Result r) = _endDispute(id, gameId, address(0), moot);
        t.disputes--;
        if (r == PinpointGame.Result.SolverWins) {
            _slash(ch, t.terms.challengerBond, t.solver);
            if (!moot && t.disputes == 0) t.status = Status.Committed;
            emit DisputeSettled(id, gameId, true);
            return;
        }
        _unlock(ch, t.terms.challengerBond);
        emit DisputeSettled(id, gameId, false);
        if (moot) return;
        _slash(t.solver, t.terms.solverStake, ch);
        t.status = Status.Failed;
        if (chunkRequests[id].answerBy != 0) _closeChunks(id, t);
        _escrowOut(t.submitter, t.reward);
        AuditState storage a = audits[id];
        if (a.audit.attestWindow != 0) {
            // The solver's loss judges no attestation (it may have thrown its own game):
            // attestations stay disputable until windowEnd, each defended by its attester.
            a.solverLost = true;
            a.challengedSegment = seg;
            _refundUnusedFees(t, a);
        }
        emit TaskFinalized(id, Status.Failed);
    }

    /// @notice Submitter: asks for up to MAX_CHUNKS data leaves of the final state the
    /// solver does not serve; finalization waits for the answer (TaskMarketAuditor).
    function requestChunks(uint256 id, uint64[] calldata chunks) external {
        (id, chunks);
        _delegate();
    }

    /// @notice Anyone holding the final state: answers the open chunk request (TaskMarketAuditor).
    function answerChunks(uint256 id, uint64[] calldata chunks, ChunkOpening[] calldata o) external {
        (id, chunks, o);
        _delegate();
    }

    /// @notice A task's open chunk request (answerBy 0: none).
    function chunkRequest(uint256 id) external view returns (ChunkRequest memory) {
        return chunkRequests[id];
    }

    /// @dev Ends an unanswered request: the requester's bond back.
    function _closeChunks(uint256 id, Task storage t) private {
        delete chunkRequests[id];
        _unlock(t.submitter, t.terms.challengerBond);
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
        uint64 answerBy = chunkRequests[id].answerBy;
        if (st == Status.Committed && answerBy != 0) {
            // the final state withheld: the submitter asked for chunks and got none
            if (block.timestamp <= answerBy) revert TooEarly(answerBy);
            _closeChunks(id, t);
            missed = true;
        } else
        if (st == Status.Committed && a.audit.attestWindow != 0 && !a.secretRevealed) {
            if (t.seed == 0) {
                // nobody drew the seed while its block could be read: the solver, who
                // may draw it as anyone may, missed a deadline of its audit
                if (block.number <= uint256(t.commitBlock) + SEED_DELAY + SEED_WINDOW) revert NoSeed();
            } else if (block.timestamp <= a.secretEnd) {
                revert TooEarly(a.secretEnd);
            }
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

    /// @notice The segment an attester re-runs. Slots are drawn in join order without
    /// replacement within each pass over the segments (covering draws: the first
    /// numCheckpoints checks cover distinct segments), each from the hash of the block
    /// after its join. Committed or later: the stored segment; joined: the pending draws
    /// up to its slot simulated on top of storage, what attest will store (reverts
    /// SeedNotReady until block joinBlock+1 is sealed).
    function attestSegment(uint256 id, address attester) public view returns (uint64) {
        return _attestSegment(id, attester);
    }

    // ------------------------------------------------------------ attestations
    // Run by TaskMarketAuditor (see there for what each does); the names only name
    // the ABI's parameters, the calldata is forwarded whole.

    /// @notice Submitter, until attestations close: buys more checks (TaskMarketAuditor).
    function addChecks(uint256 id, uint32 n) external payable {
        (id, n);
        _delegate();
    }

    /// @notice Anyone staked but the solver: takes an attestation slot (TaskMarketAuditor).
    function joinAttestation(uint256 id) external {
        id;
        _delegate();
    }

    /// @notice Joined attester: commits to its end hash (TaskMarketAuditor).
    function attest(uint256 id, bytes32 commitment) external {
        (id, commitment);
        _delegate();
    }

    /// @notice Attester: opens its commitment (TaskMarketAuditor).
    function revealAttestation(uint256 id, bytes32 endHash, bytes32 salt) external {
        (id, endHash, salt);
        _delegate();
    }

    /// @notice Solver: reveals its secret and, if forced, restores the decoyed leaf (TaskMarketAuditor).
    function revealSecret(uint256 id, bytes32 secret, bytes32[] calldata proof, DecoyOpening calldata o) external {
        (id, secret, proof, o);
        _delegate();
    }

    /// @notice Anyone staked but the attester: disputes a revealed attestation (TaskMarketAuditor).
    function disputeAttestation(uint256 id, address attester, Challenge calldata c)
        external
        returns (uint256 gameId)
    {
        (id, attester, c, gameId);
        _delegate();
    }

    /// @notice Anyone: applies one resolved dispute of an attestation (TaskMarketAuditor).
    function settleAttestation(uint256 id, address attester, uint256 gameId) external {
        (id, attester, gameId);
        _delegate();
    }

    /// @notice Anyone: closes an attestation (TaskMarketAuditor).
    function closeAttestation(uint256 id, address attester, bytes32[] calldata proof) external {
        (id, attester, proof);
        _delegate();
    }
}
