// Package netsim runs a whole veritrain network in one process on the embedded
// simulated chain: the contracts deployed, funded accounts, a submitter, solver and
// verifier daemons ticked in turn, and the chain clock moved on when nobody acts. It
// is the wiring `veritrain demo`, the network benchmark (bench/network) and the
// command tests share.
//
// Vocabulary: a Network is the chain plus the deployed game and market; a Party is
// one daemon (a solver or a verifier) on one account, with a name for logs and
// reports; a round ticks every party once; an idle round (no block sealed) seals an
// empty block: one Slot on for the first SlotRounds idle rounds after a busy one (a
// live chain keeps sealing blocks: parties waiting on a block hash see it), Idle on
// after that. Cheat names the dishonest solver configurations.
//
// Invariants: parties tick one at a time, in the order they were added, so a run is
// reproducible and the CPU time measured around a party's Tick (Party.CPU) is that
// party's work (training for solvers, re-runs for verifiers); every solver serves its
// checkpoints on 127.0.0.1 and announces that URL on the market at its first tick,
// before it claims anything; Close stops every server and the chain.
package netsim
