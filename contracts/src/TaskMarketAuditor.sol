// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PinpointGame} from "./PinpointGame.sol";
import {PinpointTree as Tree} from "./PinpointTree.sol";
import {MerkleProof} from "./MerkleProof.sol";
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

/// @title TaskMarketAuditor
/// @notice TaskMarket's audit layer (attestations, forced errors, jackpots, attestation
/// disputes) and the final state's availability (chunk requests), split out of TaskMarket for EIP-170's code-size limit. TaskMarket deploys
/// it in its constructor with its own arguments and forwards these functions to it by
/// DELEGATECALL: the code runs in TaskMarket's storage, with TaskMarket's address,
/// balance and msg.sender, so there is one vault and one balance invariant, and the ABI
/// stays TaskMarket's. Called directly it sees its own empty storage, where no task
/// exists: every move reverts. See docs/PROTOCOL.md ("Contract layout").
contract TaskMarketAuditor is TaskMarketBase {
    constructor(PinpointGame game_, uint64 unbondingDelay_, address treasury_, uint16 winnerShareBps_)
        TaskMarketBase(game_, unbondingDelay_, treasury_, winnerShareBps_)
    {}

    /// @notice Anyone staked but the solver, once per task, until attestEnd: takes the
    /// next attestation slot (its join index), locking attestStake. The slot's segment is
    /// drawn, in join order and without replacement within each pass over the segments,
    /// from the hash of the next block (attestSegment), which nobody knows now: neither an
    /// address nor the moment of joining can be chosen for a segment once the seed is known.
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
        uint32 j = a.attesters;
        a.attesters = j + 1;
        att.state = AttState.Joined;
        att.joinBlock = uint64(block.number);
        att.slot = j;
        slotOf[id][j] = block.number;
        emit AttestJoined(id, msg.sender, att.joinBlock);
    }

    /// @notice Submitter, until attestations close: buys n more checks (attestation
    /// slots) for its task at attestFee each (msg.value = attestFee * n, held in escrow
    /// like the first: paid to attesters that agree with the final trace, refunded when
    /// unused). What a task whose coverage fell short does; unlimited slots
    /// (maxAttesters 0) need none.
    function addChecks(uint256 id, uint32 n) external payable {
        Task storage t = tasks[id];
        AuditState storage a = audits[id];
        if (msg.sender != t.submitter) revert NotSubmitter();
        Status st = t.status;
        if (st == Status.None || st > Status.Disputed) revert WrongStatus(st);
        if (a.audit.attestWindow == 0) revert NoAudit();
        if (a.attestEnd != 0 && block.timestamp > a.attestEnd) revert TooLate(a.attestEnd);
        uint256 max = uint256(a.audit.maxAttesters) + n;
        if (n == 0 || a.audit.maxAttesters == 0 || max > type(uint32).max || msg.value != a.audit.attestFee * n) {
            revert BadTask();
        }
        a.audit.maxAttesters = uint32(max);
        a.feesHeld += msg.value;
        _escrowIn(msg.value);
        emit ChecksAdded(id, n, uint32(max));
    }

    /// @notice Joined attester, from block joinBlock+2 until attestEnd and at most block
    /// joinBlock+1+256 (later the attester could wait to draw from a fallback hash
    /// instead, so attest reverts AttestExpired and the join can only close as Unrevealed
    /// after revealEnd): draws every pending slot up to its own, in join order (covering
    /// draws, _draws: the first numCheckpoints checks cover distinct segments), and
    /// commits to the state root it recomputed for checkpoint attestSegment+1.
    /// commitment = keccak256(abi.encode(id, msg.sender, endHash, salt)).
    function attest(uint256 id, bytes32 commitment) external {
        AuditState storage a = audits[id];
        Attestation storage att = attestations[id][msg.sender];
        if (att.state != AttState.Joined) revert WrongAttestation(att.state);
        if (block.timestamp > a.attestEnd) revert TooLate(a.attestEnd);
        if (block.number > uint256(att.joinBlock) + 1 + 256) revert AttestExpired(att.joinBlock + 1 + 256);
        uint64 s = _drawThrough(id, att.slot);
        att.state = AttState.Committed;
        att.segment = s;
        att.commitment = commitment;
        emit Attested(id, msg.sender, s);
    }

    /// @dev Draws task id's pending slots through slot j (_draws) into storage and
    /// returns slot j's segment.
    function _drawThrough(uint256 id, uint256 j) private returns (uint64) {
        AuditState storage a = audits[id];
        uint256 from = a.drawn;
        if (j < from) return uint64((slotOf[id][j] >> 64) - 1);
        (uint256[] memory segs, uint256[] memory keys, uint256[] memory vals) = _draws(id, j);
        for (uint256 i = 0; i < segs.length; i++) {
            uint256 v = vals[i];
            if (v - 1 == uint64(keys[i])) v = 0; // the position itself
            drawPool[id][keys[i]] = v;
            slotOf[id][from + i] |= (segs[i] + 1) << 64;
        }
        a.drawn = uint32(j + 1);
        return uint64(segs[segs.length - 1]);
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
        (bool forced, uint64 f) = _forcedError(secret, a.claimHash, id, _numCheckpoints(id), a.audit.forcedErrorBps);
        if (forced) {
            _undecoy(id, secret, f, proof, o);
            uint32 k = votes[id][keccak256(abi.encode(f, a.trueLeaf))];
            a.finders = k;
            uint256 jp = _jackpotDraw(a.audit.jackpot, a.audit.jackpotFee);
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
        (bool ok, bytes32 trueLeaf, bytes32 d) = _decoyRoots(o, _decoyMask(secret, id));
        uint256 leaf = uint256(f) + 1;
        if (
            !ok || proof.length != Tree.depth(uint256(_numCheckpoints(id)) + 1)
                || Tree.rootOf(d, leaf, proof) != t.traceRoot
        ) {
            revert BadProof();
        }
        t.traceRoot = Tree.rootOf(trueLeaf, leaf, proof);
        if (leaf == _numCheckpoints(id)) t.finalRoot = trueLeaf; // the last segment was forced
        a.forced = true;
        a.forcedSegment = f;
        a.decoy = d;
        a.trueLeaf = trueLeaf;
    }

    /// @dev MerkleProof.decoyRoots of an opening (a function of its own, for the stack).
    function _decoyRoots(DecoyOpening calldata o, uint32 mask) private view returns (bool, bytes32, bytes32) {
        return MerkleProof.decoyRoots(o.tensorIndex, o.headerHash, o.element, o.leaf, o.dataPath, o.statePath, mask);
    }

    /// @notice Anyone staked but the attester, after the secret reveal and before the
    /// task's windowEnd (whatever the task's status: the solver's loss judges no
    /// attestation): disputes a revealed attestation. A game opens with the attester in
    /// the solver's seat: agreed = trace leaf c.segment (proven), disputed = its endHash
    /// (c.end must equal it; c.endProof is not read). The challenger's bond is locked.
    /// Disputes of one attestation run in parallel, so a friend's dispute, thrown or
    /// stalled, shields nothing from an honest one.
    function disputeAttestation(uint256 id, address attester, Challenge calldata c) external returns (uint256 gameId) {
        Task storage t = tasks[id];
        if (!audits[id].secretRevealed) revert SecretNotRevealed();
        if (block.timestamp >= t.windowEnd) revert TooLate(t.windowEnd);
        Attestation storage att = attestations[id][attester];
        if (att.state != AttState.Revealed && att.state != AttState.Disputed) revert WrongAttestation(att.state);
        if (msg.sender == attester) revert SelfChallenge();
        if (_void(audits[id], att)) revert VoidAttestation();
        // Lazy (the decoy on the forced segment): closeAttestation already takes its whole
        // stake; a friend's dispute it forfeits would turn that into a bounty payout.
        if (_lazy(audits[id], att)) revert LazyAttestation();
        if (c.segment != att.segment || c.end != att.endHash) revert BadProof();
        _checkStart(id, t, c);
        _lock(msg.sender, t.terms.challengerBond);
        att.state = AttState.Disputed;
        att.disputes++;
        gameId = game.open(_setup(t, attester, c.segment, c.start, c.end));
        _openDispute(id, gameId, c.segment, attester);
        emit AttestationDisputed(id, attester, msg.sender, gameId);
    }

    /// @notice Anyone: applies one resolved dispute of an attestation. Attester won (by a
    /// move or on time): the challenger's bond is slashed to it and, once none is left
    /// open, the attestation is Revealed again. Attester lost (by a move or on time
    /// alike): the bond unlocked, ATTEST_BOUNTY_BPS of the stake to the challenger and
    /// the rest to the pool, closed; its other disputes are moot and settle at once.
    function settleAttestation(uint256 id, address attester, uint256 gameId) external {
        // attester zero names the solver's disputes, which settle() applies
        if (attester == address(0)) revert NoDispute(gameId);
        Attestation storage att = attestations[id][attester];
        bool moot = att.state == AttState.Closed;
        (address ch,, PinpointGame.Result r) = _endDispute(id, gameId, attester, moot);
        att.disputes--;
        Task storage t = tasks[id];
        if (r == PinpointGame.Result.SolverWins) {
            _slash(ch, t.terms.challengerBond, attester);
            if (!moot && att.disputes == 0) att.state = AttState.Revealed;
            emit AttestationSettled(id, attester, gameId, true);
            return;
        }
        _unlock(ch, t.terms.challengerBond);
        emit AttestationSettled(id, attester, gameId, false);
        if (moot) return;
        AuditState storage a = audits[id];
        uint256 stake = a.audit.attestStake;
        _slashBounty(attester, stake, ch, stake * ATTEST_BOUNTY_BPS / 10000);
        att.state = AttState.Closed;
        _releaseShare(a, att);
        _payFee(a, t.submitter);
        emit AttestationClosed(id, attester, Outcome.LostDispute, 0);
    }

    /// @notice Anyone: closes an attestation. Joined or unrevealed after revealEnd: stake to the pool.
    /// Revealed, once the task has ended (Finalized or Failed) and its windowEnd passed, and
    /// no dispute on it runs: of segment f+1 of a forced task: void, stake unlocked, no
    /// fee; else the decoy (lazy): stake to the pool; otherwise the stake is unlocked, a finder is paid its jackpot share, and on a
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
        if (block.timestamp < t.windowEnd) revert TooEarly(t.windowEnd);
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
        // Not WrongClaim for matching the leaf of a segment the solver lost: a lost game
        // judges the solver's claims in that game, which a solver can throw (its sybil
        // challenges, it times out) to slash the honest attesters of the segment. A wrong
        // attestation is slashed only by its own dispute, which it defends (above).
        if (_lazy(a, att)) o = Outcome.Lazy;
        if (o != Outcome.Released) {
            _slashToPool(attester, stake);
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
        bool agreed = t.status == Status.Finalized && proof.length == Tree.depth(uint256(_numCheckpoints(id)) + 1)
            && Tree.rootOf(h, uint256(s) + 1, proof) == t.traceRoot;
        if (agreed) paid += a.audit.attestFee;
        _payFee(a, agreed ? attester : t.submitter);
        emit AttestationClosed(id, attester, o, paid);
    }

    /// @notice Submitter: asks for up to MAX_CHUNKS data leaves of a committed task's final
    /// state (chunk = tensorIndex << 32 | leafIndex), because the solver does not serve
    /// them. Its challengerBond is locked and paid to whoever answers; one request at a
    /// time, opened before the challenge window ends. Unanswered by answerBy (now +
    /// gameClock), finalize fails the task as a missed commit: the model was withheld.
    /// Finalization waits for the answer, so a solver cannot be paid for weights it
    /// keeps; the delay is at most one gameClock past the window.
    function requestChunks(uint256 id, uint64[] calldata chunks) external {
        Task storage t = tasks[id];
        if (t.status != Status.Committed && t.status != Status.Disputed) revert WrongStatus(t.status);
        if (msg.sender != t.submitter) revert NotSubmitter();
        if (chunks.length == 0 || chunks.length > MAX_CHUNKS) revert BadChunks();
        if (t.windowEnd != 0 && block.timestamp >= t.windowEnd) revert TooLate(t.windowEnd);
        for (uint256 i = 0; i < chunks.length; i++) {
            // a slot of the state tree (whose depth the spec fixes), so every chunk named
            // has an answer (ChunkOpening's three forms)
            if ((chunks[i] >> 32) + 1 >= uint256(1) << t.spec.stateDepth) revert BadChunks();
        }
        ChunkRequest storage q = chunkRequests[id];
        if (q.answerBy != 0) revert ChunksPending(q.answerBy);
        _lock(msg.sender, t.terms.challengerBond);
        q.wanted = keccak256(abi.encode(chunks));
        q.answerBy = uint64(block.timestamp) + t.terms.gameClock;
        emit ChunksRequested(id, chunks, q.answerBy);
    }

    /// @notice Anyone holding the final state (the solver, a mirror): answers the open
    /// request with each chunk opened against the final root; the leaves are logged
    /// (ChunksAnswered) and the requester's bond pays the answerer's gas.
    function answerChunks(uint256 id, uint64[] calldata chunks, ChunkOpening[] calldata o) external {
        Task storage t = tasks[id];
        ChunkRequest storage q = chunkRequests[id];
        if (q.answerBy == 0) revert NoChunkRequest();
        if (block.timestamp > q.answerBy) revert TooLate(q.answerBy);
        if (o.length != chunks.length || keccak256(abi.encode(chunks)) != q.wanted) revert BadChunks();
        bytes32[] memory leaves = new bytes32[](chunks.length);
        for (uint256 i = 0; i < chunks.length; i++) {
            if (!_opens(t, chunks[i], o[i])) revert BadProof();
            leaves[i] = o[i].leaf;
        }
        delete chunkRequests[id];
        _slashBounty(t.submitter, t.terms.challengerBond, msg.sender, t.terms.challengerBond);
        emit ChunksAnswered(id, msg.sender, chunks, leaves);
    }

    /// @dev Whether o answers chunk c of t's final state (ChunkOpening's three forms).
    function _opens(Task storage t, uint64 c, ChunkOpening calldata o) private view returns (bool) {
        uint256 k = c >> 32;
        uint256 j = uint32(c);
        if (o.header.length != 0) {
            // past the tensor's data: its header shows numel <= 8j
            if (o.leaf != 0 || o.dataPath.length != 0 || sha256(o.header) != o.headerHash || j * 8 < _numel(o.header)) {
                return false;
            }
            return Tree.rootOf(MerkleProof.tensorRoot(o.headerHash, o.dataRoot), k + 1, o.statePath) == t.finalRoot;
        }
        if (o.headerHash == 0 && o.leaf == 0 && o.dataPath.length == 0) {
            // no tensor k: the state tree's zero padding leaf at k+1, at the spec's depth
            return o.statePath.length == t.spec.stateDepth && Tree.rootOf(0, k + 1, o.statePath) == t.finalRoot;
        }
        (bool ok, bytes32 root) = MerkleProof.stateRootOf(k, o.headerHash, j * 8, o.leaf, o.dataPath, o.statePath);
        return ok && root == t.finalRoot;
    }

    /// @dev The element count of a canonical tensor header (checkpoint.HeaderBytes:
    /// dtype, u16 name length, name, u8 rank, u64 dims, little-endian).
    function _numel(bytes calldata h) private pure returns (uint256 n) {
        if (h.length < 4) return 0;
        uint256 p = 3 + (uint256(uint8(h[1])) | uint256(uint8(h[2])) << 8);
        if (h.length <= p) return 0;
        uint256 rank = uint8(h[p]);
        p++;
        if (h.length != p + 8 * rank) return 0;
        n = 1;
        for (uint256 i = 0; i < rank; i++) {
            uint256 d;
            for (uint256 b = 0; b < 8; b++) {
                d |= uint256(uint8(h[p + 8 * i + b])) << (8 * b);
            }
            n *= d;
        }
    }
}
