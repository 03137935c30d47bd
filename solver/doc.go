// Package solver is the solver daemon: it stakes, claims a task whose spec it knows
// (after checking the submitter's on-chain roots against its own lowering of the
// spec), trains it with a checkpoint every interval steps in a run folder, commits the
// trace root, serves its checkpoints over HTTP (Handler), answers a dispute move by
// move before its clock runs out, settles, and collects the reward after the window.
//
// Vocabulary: a job is one claimed task (its task.Task, run folder, checkpoint hashes
// and, in a dispute, its pinpoint player). Tick makes one round of decisions and
// returns; Run ticks on a timer. The chain (onchain.Market), the clock (block time)
// and the checkpoint store (rundir) are what it is handed; decisions read the task's
// on-chain status and act on it, so a restarted tick resumes where the chain is.
//
// Invariants: it commits only hashes of states it recorded; it defends a dispute with
// the same computation it trained; at most one task is in hand at a time. Config's
// Fault, Stall, Fabricate and Withhold break the first two on purpose: dishonest
// solvers for tests and the demo, which the verifier must catch.
package solver
