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
// Each task's life is a state machine driven by its on-chain status: claimed ->
// trained (the run folder holds every checkpoint; training is a queue, one task at a
// time, in the Tick or on a background trainer) -> committed -> finalized, or
// disputed -> settled. Restart: the first Tick adopts the tasks the account holds on
// chain (Claimed, Committed, Disputed); training resumes from the run folder's last
// checkpoint, a committed list is reloaded and checked against the committed root, an
// open game is replayed from its moves' calldata.
//
// Audited tasks (forced.go): a random secret per task is stored in its run folder
// before the claim that commits its hash; at commit time the secret and the claim
// block's hash decide whether the task carries a forced error, and if so the solver
// makes the decoy, a real state: the true checkpoint f+1 with one float XORed with a
// mask from the secret (onchain.NewDecoy). It stores it in the run's checkpoint store
// (an extra blob: the manifest still lists the run's own checkpoints) before the
// commitment names its root, so it is served like any checkpoint; the committed (and
// served) list has its root in place of leaf f+1. The true checkpoint f+1 is served
// too, but nothing names its root (no other blob is a delta against it) until the
// solver reveals the secret, with the opening of the masked float, in its window;
// then it serves the true list and the challenge window opens. The decoy follows from
// the secret and the run folder, so a restarted solver makes the same one again.
//
// What it reads: the market's task events (onchain.TaskFollower) from the last block
// seen (from the market's deployment block on the first tick), never every task
// posted: posted tasks are claim candidates until claimed or ended, its own claims
// are adopted on the first tick. A task it will not claim is read once, logged once
// and dropped: one outside the protocol bounds (daemon.CheckTask, before anything is
// allocated by its size), of an unknown spec, or whose terms it cannot meet (Terms,
// terms.go: a minimum reward, the most steps and state bytes, and a commit window and
// game clock no shorter than its own measured training time, doubled, plus a margin;
// a trap claimed is a stake lost), or whose graph uses a kernel the game's registry
// did not judge when the task was posted (onchain.Market.CheckKernels: a node of it
// could not be opened in a dispute, so the solver would lose). One task's error is logged and counted (Errors);
// the others go on.
//
// Invariants: it commits only hashes of states it recorded (and the decoy, a state it
// made and stored, when the draw forces one), once per task (a commit
// the chain already holds is recognised by its root); it defends a dispute with the
// same computation it trained; at most MaxTasks tasks are in hand and at most
// Config.Stake is locked as stake; it claims only what its free balance and wallet can
// stake. Config's
// Fault, Stall, Fabricate and Withhold break the first two on purpose: dishonest
// solvers for tests and the demo, which the verifier must catch.
package solver
