// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// TaskMarket's types, at file level so that TaskMarket and its audit module share them
// and the ABI names them as before the split ("struct TaskMarketSpec" is what abigen made
// of "struct TaskMarket.Spec": the Go bindings keep their type names). The contracts
// import them under their short names (Spec, Terms, ...).

enum TaskMarketStatus {
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
struct TaskMarketSpec {
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
struct TaskMarketTerms {
    uint256 solverStake;
    uint256 challengerBond;
    uint64 claimBy; // timestamp
    uint64 commitWindow; // seconds from claim to commit
    uint64 challengeWindow; // seconds from commit (audit: the secret reveal) in which disputes open; never paused
    uint64 gameClock; // seconds each party may spend in one dispute
}

struct TaskMarketTask {
    TaskMarketSpec spec;
    TaskMarketTerms terms;
    address submitter;
    address solver;
    uint256 reward;
    TaskMarketStatus status; // Disputed while disputes != 0 (and the solver has not lost)
    uint64 commitBy;
    uint64 windowEnd; // disputes open before it; fixed once set
    uint32 disputes; // the solver's games not yet settled (TaskMarket.disputeOf)
    // the kernel registry's epoch at posting (PinpointKernels.epoch, at most 255): the
    // kernels that judge the task's disputes, none registered later; in this slot's
    // last free bytes, which postTask writes and challenge reads anyway
    uint16 kernelEpoch;
    uint64 commitBlock;
    bytes32 traceRoot;
    bytes32 finalRoot;
    bytes32 seed;
}

/// @notice Opt-in verification incentives, chosen by the submitter. All zero: off (the
/// task runs exactly as without it). On iff attestWindow != 0.
struct TaskMarketAudit {
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
struct TaskMarketAuditState {
    TaskMarketAudit audit;
    bytes32 secretHash; // keccak256(abi.encode(secret)), committed at claim
    bytes32 claimHash; // blockhash(claimBlock + SEED_DELAY) or its mod-256 successor
    uint64 claimBlock;
    uint64 attestEnd; // attest until here (inclusive)
    uint64 revealEnd; // attestation reveals in (attestEnd, revealEnd]
    uint64 secretEnd; // the solver's secret reveal in (revealEnd, secretEnd]
    bool secretRevealed;
    bool forced;
    bool solverLost; // the solver lost its dispute over challengedSegment
    uint64 forcedSegment; // f: leaf f+1 was the decoy
    uint64 challengedSegment; // the segment of the dispute the solver lost (its leaf challengedSegment+1 was wrong)
    bytes32 decoy; // the posted leaf f+1: the root of the decoy state (computed at the reveal)
    bytes32 trueLeaf; // leaf f+1 after the reveal
    uint32 attesters;
    uint32 finders; // revealed attesters of segment f whose endHash is trueLeaf
    uint32 drawn; // attestation slots whose segment is drawn (slots 0..drawn-1, in join order)
    uint256 jackpotShare; // reserved in escrow per finder
    uint256 jackpotHeld; // reserved shares not yet paid or released
    uint256 feesHeld; // attestation fees still in escrow
}

enum TaskMarketAttState {
    None,
    Joined,
    Committed,
    Revealed,
    Disputed, // revealed, with disputes != 0
    Closed
}

/// @notice How a closed attestation ended.
enum TaskMarketOutcome {
    Released, // stake unlocked (fee and jackpot share, if earned, paid)
    Unrevealed, // joined and never committed, or never revealed: stake to the pool
    Lazy, // revealed the decoy: stake to the pool
    WrongClaim, // no longer produced (kept for the numbering): a solver's lost game judges no attestation, only its own disputes do
    LostDispute, // lost an attestation dispute: ATTEST_BOUNTY_BPS of the stake to the challenger, the rest to the pool
    Void // attested segment f+1 of a forced task, whose start was the decoy: stake unlocked, no fee
}

struct TaskMarketAttestation {
    TaskMarketAttState state;
    uint64 segment; // attestSegment(id, attester) when it committed
    uint64 joinBlock; // the block of joinAttestation: the hash of joinBlock+1 draws the segment
    uint32 slot; // its join index (0-based): slots are drawn in this order (covering draws)
    bytes32 commitment; // keccak256(abi.encode(id, attester, endHash, salt))
    bytes32 endHash; // the attester's state root for checkpoint segment+1
    uint32 disputes; // its games not yet settled (TaskMarket.disputeOf)
}

/// @notice One open dispute, by game id: who challenged which defender (attester zero:
/// the task's solver; else that attester) over which segment of task `task`. Disputes run
/// in parallel and each is settled alone, so none can hold a task or an attestation
/// for others: every one opens before the task's windowEnd and ends within two game
/// clocks of its opening.
struct TaskMarketDispute {
    address challenger;
    uint64 segment;
    address attester;
    uint64 task;
}

struct TaskMarketChallenge {
    uint64 segment; // disputes checkpoints segment and segment+1
    bytes32 start; // solver's checkpoint `segment` (the challenger accepts it)
    bytes32[] startProof;
    bytes32 end; // solver's checkpoint `segment+1` (the challenger disputes it)
    bytes32[] endProof;
}

/// @notice One float32 of the TRUE state f+1 of a forced task (MerkleProof.stateRootOf):
/// the decoy is the same state with that float XORed with decoyMask, so both roots
/// are computed from this one opening.
struct TaskMarketDecoyOpening {
    uint256 tensorIndex;
    bytes32 headerHash;
    uint256 element;
    bytes32 leaf; // the true data leaf element/8
    bytes32[] dataPath;
    bytes32[] statePath;
}

/// @notice A submitter's open request for data leaves of a task's final state
/// (TaskMarket.requestChunks): the hash of the requested list and the answer deadline.
struct TaskMarketChunkRequest {
    bytes32 wanted; // keccak256(abi.encode(chunks))
    uint64 answerBy; // 0: none open
}

/// @notice One data leaf of a task's final state, opened against its final root. Three
/// forms, so that every chunk a request may name has an answer: a leaf of a tensor
/// (MerkleProof.stateRootOf with element = leaf index * 8; header empty); a leaf past a
/// tensor's data (header: the tensor's header bytes, whose shape shows it, dataRoot: its
/// data root; leaf zero, dataPath empty); a tensor the state does not have (every field
/// zero or empty but statePath, which opens the state tree's zero padding leaf there).
struct TaskMarketChunkOpening {
    bytes32 headerHash; // the tensor's header hash (binds its name and shape)
    bytes32 leaf; // the 32-byte data leaf: eight float32s, little-endian
    bytes32[] dataPath;
    bytes32[] statePath;
    bytes header; // past the data: the canonical header (checkpoint.HeaderBytes)
    bytes32 dataRoot; // past the data: the tensor's data root
}
