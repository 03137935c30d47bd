// Package model is a pure-Go model of veritrain's on-chain pinpoint game
// (contracts/src/PinpointGame.sol): the same phases, moves, checks and verdicts, with
// no chain, no clock of its own (time arrives as an argument) and no I/O. It also holds
// the Go twin of the contract's step-shape derivation (PinpointShapes.sol), the Merkle
// trees a party commits to, a small real training world built from repops kernels
// (and a synthetic one for gas measurements at large sizes), and strategies: the
// honest solver and challenger, and adversaries that lie, pick wrongly, stall or
// replay.
//
// Vocabulary. A game disputes the segment of SegLen steps after an agreed state root
// (checkpoint i) and ending at the solver's disputed root (checkpoint i+1). It has five
// levels, each a Merkle tree the solver commits to and the challenger descends,
// 2^FanoutBits children per round: Steps (leaf p = state root after p steps of the
// segment), Graph (leaf j = output tensor root of node j of the disputed step),
// Assembly (the disputed state's own leaves), Tensor (the disputed output's data
// leaves) and Trace (repops trace leaves of one output element). A frontier is the
// 2^w nodes w levels below the current subtree root that a reveal discloses.
//
// Invariants the game keeps (and the tests check): every leaf left of the current
// subtree was accepted by the challenger; the current subtree root is disputed; the
// structure of the judged scalar step comes from the task's node descriptor, never
// from a party; a party with a true view always has a valid move, so it wins every
// game it plays within its clock.
//
// Market (audit.go) is the Go twin of TaskMarket and StakingVault's accounting: the
// vault's buckets (free, locked, unbonding, escrow, the jackpot pool), tasks, and the
// audit layer (attestations, forced errors, jackpots, attestation disputes), with game
// verdicts, times and block hashes as arguments (and a forced task's true and decoy
// leaves, which the contract computes from an opening of one float of the true state:
// the model has no states, its caller computes them, onchain.DecoyRoot). An
// attester joins (JoinAttestation, the stake locked) and then commits (Attest), its
// segment drawn by AttestSegment from the seed, its address and the hash of the block
// after its join, which the caller passes (zero: not there yet). An attestation of
// segment f+1 of a forced task is void. contracts/audit_model_test.go plays
// random operations on it and on the contract and compares every bucket after each;
// package incentives runs thousands of tasks on it.
package model
