// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {StakingVault} from "./StakingVault.sol";
import {PinpointGame} from "./PinpointGame.sol";
import {IPinpointKernels} from "./PinpointKernels.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";
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
    TaskMarketDispute as Dispute
} from "./TaskMarketTypes.sol";

/// @title TaskMarketBase
/// @notice What TaskMarket and its audit module TaskMarketAuditor share: types, errors,
/// events, the storage layout and the helpers both use. TaskMarket runs the module's
/// code by DELEGATECALL in its own storage, so both must see exactly this layout:
/// neither declares a state variable of its own (immutables live in code, not storage).
abstract contract TaskMarketBase is StakingVault {
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
    error LazyAttestation();
    error AttestExpired(uint64 lastBlock);
    error ClaimHashExpired(uint64 lastBlock);
    error BadTrace(uint256 leaves);
    error BadChunks();
    error NoChunkRequest();
    error ChunksPending(uint64 answerBy);
    error NoDispute(uint256 game);
    error SeedExpired(uint64 lastBlock);

    event TaskPosted(uint256 indexed id, address indexed submitter, uint256 reward);
    event TaskClaimed(uint256 indexed id, address indexed solver, uint64 commitBy);
    event TraceCommitted(uint256 indexed id, bytes32 traceRoot, bytes32 finalRoot, uint64 windowEnd);
    /// @notice Every checkpoint's state root of a committed trace (leaves[0] the initial
    /// state, leaves[n] the final one): with it anyone can name and prove any segment from
    /// the chain alone, whatever the solver serves.
    event TraceLeaves(uint256 indexed id, bytes32[] leaves);
    /// @notice The submitter asks for these data leaves of the final state (chunk =
    /// tensorIndex << 32 | leafIndex), answered by answerBy or the solver fails.
    event ChunksRequested(uint256 indexed id, uint64[] chunks, uint64 answerBy);
    /// @notice The requested leaves, opened against the final root: the data itself.
    event ChunksAnswered(uint256 indexed id, address by, uint64[] chunks, bytes32[] leaves);
    event SeedDrawnEvent(uint256 indexed id, bytes32 seed, uint256 fromBlock);
    event Challenged(uint256 indexed id, address indexed challenger, uint64 segment, uint256 game);
    event DisputeSettled(uint256 indexed id, uint256 game, bool solverWon);
    event TaskFinalized(uint256 indexed id, Status status);
    event AttestPhase(uint256 indexed id, uint64 attestEnd, uint64 revealEnd, uint64 secretEnd);
    event AttestJoined(uint256 indexed id, address indexed attester, uint64 joinBlock);
    event ChecksAdded(uint256 indexed id, uint32 added, uint32 maxAttesters);
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

    /// @notice Blocks after commitBlock+SEED_DELAY during which its hash, the seed, can
    /// be drawn: EIP-2935's history window (BLOCKHASH reaches 256). Past it drawSeed
    /// reverts SeedExpired instead of reading a later block, which would let whoever
    /// waits choose among seeds; an audited task then fails as a missed deadline.
    uint64 public constant SEED_WINDOW = 8191;

    /// @dev EIP-2935's block-hash history contract (Prague): get(n) for the last 8191 blocks.
    address internal constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;

    PinpointGame public immutable game;
    /// @dev The game's kernel registry (fixed with the game): postTask records its epoch.
    IPinpointKernels internal immutable kernels;
    uint256 public taskCount;
    mapping(uint256 => Task) internal tasks;
    mapping(uint256 => AuditState) internal audits;
    mapping(uint256 => mapping(address => Attestation)) internal attestations;
    /// @dev Revealed attestations per (task, keccak256(abi.encode(segment, endHash))): the
    /// finders of a forced error are counted in O(1) when the secret is revealed.
    mapping(uint256 => mapping(bytes32 => uint32)) internal votes;
    /// @dev A submitter's open request for data leaves of the final state, per task.
    mapping(uint256 => ChunkRequest) internal chunkRequests;
    /// @notice Open disputes by game id (challenger zero: none, or settled).
    mapping(uint256 => Dispute) public disputeOf;
    /// @dev Per task and attestation slot (join order): joinBlock | (segment + 1) << 64,
    /// the upper part zero until the slot is drawn (_draws).
    mapping(uint256 => mapping(uint256 => uint256)) internal slotOf;
    /// @dev Per task, the covering draws' pool: a lazily initialised Fisher-Yates array of
    /// the segments per pass, key pass << 64 | position, value segment + 1 (zero: the
    /// position itself, as before any draw of the pass).
    mapping(uint256 => mapping(uint256 => uint256)) internal drawPool;

    /// @notice Most a task's finders may draw from the shared jackpot pool beyond the
    /// jackpot fee the task paid into it, in basis points of the pool at the secret
    /// reveal: min(jackpot, jackpotFee + pool * POOL_DRAW_BPS / 10000, pool). Without it
    /// one task with a huge jackpot, no fee and forced errors always on reserves the
    /// whole pool for its own sybil finders; with postTask's fair-fee rule it bounds one
    /// draw's luck. The default jackpot (0.1 ETH, fee 0.05) is paid whole from a pool of
    /// 0.5 ETH up (incentives/README.md).
    uint256 public constant POOL_DRAW_BPS = 1000;

    /// @notice Most data leaves (32 bytes, eight float32s each) one requestChunks asks for.
    uint256 public constant MAX_CHUNKS = 16;

    /// @notice The part of a losing attester's stake paid to the challenger that beat it,
    /// whether by a move or on time; the rest goes to the jackpot pool. One rule for every
    /// loss and a small share: an attester's friend who disputes it first recovers only
    /// this much, and an honest whistleblower earns the same however the liar loses.
    uint256 public constant ATTEST_BOUNTY_BPS = 1000;

    constructor(PinpointGame game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_)
        StakingVault(unbondingDelay_, treasury_, winnerShareBps_)
    {
        game = game_;
        kernels = game_.kernels();
    }

    /// @dev Ends the open dispute `gameId` of task `id` against `attester` (zero: the
    /// solver) and returns its challenger, segment and result. A pending game can be
    /// ended only once its defender has already lost another dispute (`moot`): nothing it
    /// could still decide is left at stake.
    function _endDispute(uint256 id, uint256 gameId, address attester, bool moot)
        internal
        returns (address ch, uint64 segment, PinpointGame.Result r)
    {
        Dispute memory d = disputeOf[gameId];
        if (d.challenger == address(0) || d.task != id || d.attester != attester) revert NoDispute(gameId);
        r = game.result(gameId);
        if (r == PinpointGame.Result.Pending && !moot) revert GamePending();
        delete disputeOf[gameId];
        return (d.challenger, d.segment, r);
    }

    /// @dev Records a dispute the game just opened.
    function _openDispute(uint256 id, uint256 gameId, uint64 segment, address attester) internal {
        disputeOf[gameId] = Dispute(msg.sender, segment, attester, uint64(id));
    }

    function _task(uint256 id, Status want) internal view returns (Task storage t) {
        t = tasks[id];
        if (t.status != want) revert WrongStatus(t.status);
    }

    function _numCheckpoints(uint256 id) internal view returns (uint64) {
        Spec storage s = tasks[id].spec;
        return s.steps / s.interval;
    }

    /// @dev The hash of block b once it is sealed: BLOCKHASH for the last 256 blocks,
    /// EIP-2935's history contract for the last SEED_WINDOW; zero when neither holds it.
    function _hashOf(uint256 b) internal view returns (bytes32 h) {
        if (block.number <= b) return 0;
        if (block.number - b <= 256) return blockhash(b);
        (bool ok, bytes memory r) = HISTORY.staticcall(abi.encode(b));
        if (ok && r.length == 32) h = abi.decode(r, (bytes32));
    }

    /// @notice Whether a task of n segments carries a forced error, and which segment f
    /// (its leaf f+1, never the first; the final one when f = n-1, is the decoy).
    function _forcedError(bytes32 secret, bytes32 claimHash, uint256 id, uint64 n, uint16 bps)
        internal
        pure
        returns (bool forced, uint64 f)
    {
        uint256 r = uint256(keccak256(abi.encode(secret, claimHash, id)));
        // any segment, the last included: its decoy is the final leaf (the committed
        // result), so an attester of the last segment risks a slash like any other and
        // has no segment on which laziness is free (revealSecret restores finalRoot)
        if (n == 0 || r % 10000 >= bps) return (false, 0);
        return (true, uint64((r >> 128) % n));
    }

    /// @notice The mask a forced solver XORs into one float of checkpoint f+1 to make its
    /// decoy: nonzero, low mantissa bits only, so the decoy is a plausible, served state.
    function _decoyMask(bytes32 secret, uint256 id) internal pure returns (uint32) {
        return (uint32(uint256(keccak256(abi.encode("veritrain.forced.mask", secret, id)))) & 0xFF) | 1;
    }

    /// @notice The segment an attester re-runs: the covering draw of its slot (_draws)
    /// once committed, the stored one; while joined, the draws of the pending slots up to
    /// its own simulated on top of storage, exactly what attest will store (reverts
    /// SeedNotReady until the block after its join is sealed).
    function _attestSegment(uint256 id, address attester) internal view returns (uint64) {
        Attestation storage att = attestations[id][attester];
        if (att.state == AttState.None) revert WrongAttestation(att.state);
        if (att.state != AttState.Joined) return att.segment;
        uint256 j = att.slot;
        if (j < audits[id].drawn) return uint64((slotOf[id][j] >> 64) - 1);
        (uint256[] memory segs,,) = _draws(id, j);
        return uint64(segs[segs.length - 1]);
    }

    /// @dev Covering draws: the segments of task id's pending slots drawn..through, in join
    /// order, computed in memory on top of storage. Slot j draws without replacement within
    /// its pass (j / n, n = numCheckpoints): at position pos = j % n, m = n - pos segments
    /// are left, r = keccak256(abi.encode(seed, h, j)) mod m picks pool[r], and pool[m-1]
    /// takes its place (Fisher-Yates). h is the hash of block joinBlock_j + 1 (SeedNotReady
    /// until it is sealed), nobody's to choose at the join, so join timing cannot aim a
    /// draw: the cheated segment is drawn with probability 1/n whatever the pool holds, and
    /// the first n checks cover n distinct segments (docs/PROTOCOL.md, "Covering draws").
    /// Once that block is older than EIP-2935's window (only if nobody attested for 8191
    /// blocks: every attest draws the pending slots in order) h is the fixed
    /// keccak256(abi.encode("veritrain.expired", id, j)), so whoever triggers so late a
    /// draw chooses between two values only. segs[i] is slot drawn+i's segment; keys and
    /// vals the pool entries written, in order (a later entry of a key replaces an earlier
    /// one; vals are segment + 1).
    function _draws(uint256 id, uint256 through)
        internal
        view
        returns (uint256[] memory segs, uint256[] memory keys, uint256[] memory vals)
    {
        uint256 from = audits[id].drawn;
        uint256 k = through + 1 - from;
        segs = new uint256[](k);
        keys = new uint256[](k);
        vals = new uint256[](k);
        uint256 n = _numCheckpoints(id);
        bytes32 seed = tasks[id].seed;
        for (uint256 i = 0; i < k; i++) {
            (uint256 key, uint256 last) = _drawKeys(id, from + i, n, seed);
            segs[i] = _poolAt(id, key, keys, vals, i);
            keys[i] = key;
            vals[i] = _poolAt(id, last, keys, vals, i) + 1;
        }
    }

    /// @dev Slot j's draw: the pool keys of the position it takes (pass << 64 | r) and of
    /// the pass's last position still in the pool (pass << 64 | m-1), which moves to r.
    function _drawKeys(uint256 id, uint256 j, uint256 n, bytes32 seed)
        private
        view
        returns (uint256 key, uint256 last)
    {
        uint256 b = uint64(slotOf[id][j]) + 1;
        if (block.number <= b) revert SeedNotReady(uint64(b + 1));
        bytes32 h = _hashOf(b);
        if (h == 0) h = keccak256(abi.encode("veritrain.expired", id, j));
        uint256 m = n - j % n;
        uint256 pass = (j / n) << 64;
        key = pass | (uint256(keccak256(abi.encode(seed, h, j))) % m);
        last = pass | (m - 1);
    }

    /// @dev The segment at pool key `key` of task id: the latest of the first `count`
    /// memory entries for it, else storage (zero: the position itself).
    function _poolAt(uint256 id, uint256 key, uint256[] memory keys, uint256[] memory vals, uint256 count)
        private
        view
        returns (uint256)
    {
        for (uint256 i = count; i > 0; i--) {
            if (keys[i - 1] == key) return vals[i - 1] - 1;
        }
        uint256 v = drawPool[id][key];
        return v == 0 ? uint64(key) : v - 1;
    }

    /// @dev c.segment is a segment and c.start is leaf c.segment of the trace root.
    function _checkStart(uint256 id, Task storage t, Challenge calldata c) internal view {
        uint64 n = _numCheckpoints(id);
        if (c.segment >= n || c.startProof.length != Tree.depth(uint256(n) + 1)) revert BadProof();
        if (Tree.rootOf(c.start, c.segment, c.startProof) != t.traceRoot) revert BadProof();
    }

    function _setup(Task storage t, address solver, uint64 segment, bytes32 agreed, bytes32 disputed)
        internal
        view
        returns (PinpointGame.Setup memory)
    {
        return PinpointGame.Setup({
            solver: solver,
            kernelEpoch: t.kernelEpoch,
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

    /// @dev The jackpot a forced task's finders share: its own jackpot, capped by what the
    /// task paid in plus POOL_DRAW_BPS of the pool, and by the pool.
    function _jackpotDraw(uint256 jackpot, uint256 fee) internal view returns (uint256 jp) {
        uint256 pool = totalJackpot;
        jp = fee + pool * POOL_DRAW_BPS / 10000;
        if (jackpot < jp) jp = jackpot;
        if (pool < jp) jp = pool;
    }

    /// @dev An attestation of segment f+1 of a forced task: its start was the decoy, so
    /// nobody could attest it from the posted trace; it is void whatever it revealed.
    function _void(AuditState storage a, Attestation storage att) internal view returns (bool) {
        return a.forced && att.segment == uint256(a.forcedSegment) + 1;
    }

    /// @dev Lazy: revealed the decoy as the forced segment's end (known once the secret is).
    function _lazy(AuditState storage a, Attestation storage att) internal view returns (bool) {
        return a.forced && att.segment == a.forcedSegment && att.endHash == a.decoy;
    }

    /// @dev A finder's reserved jackpot share goes back to the pool (it was slashed).
    function _releaseShare(AuditState storage a, Attestation storage att) internal {
        if (a.forced && att.segment == a.forcedSegment && att.endHash == a.trueLeaf && a.jackpotShare != 0) {
            a.jackpotHeld -= a.jackpotShare;
            _jackpotRelease(a.jackpotShare);
        }
    }

    /// @dev One attestation's fee, out of escrow, to `to`.
    function _payFee(AuditState storage a, address to) internal {
        uint256 fee = a.audit.attestFee;
        if (fee == 0) return;
        a.feesHeld -= fee;
        _escrowOut(to, fee);
    }
}
