// Package verifier is the verifier daemon: it stakes a bond, watches committed tasks,
// draws the assignment seed when it is due, fetches the solver's checkpoint list and
// starting checkpoint over HTTP (the list must hash to the committed trace root, each
// checkpoint to its hash), re-runs its segment (the one it attested on an audited
// task, else the one the seed assigns it; every segment with CheckAll) with the real
// trainer, and, on a mismatch, challenges and plays the pinpoint game to the end, then
// settles. A start checkpoint the solver does not serve is replaced
// by the verifier's own re-run from the initial state (docs/PROTOCOL.md, "Withheld
// checkpoints"): it challenges the first leaf that differs from its own state.
//
// Vocabulary: a watch is one task followed; Checkpoints is where checkpoints come from
// (HTTP: solver.Handler's routes, with a directory of solvers' URLs, since the chain
// holds none). Tick makes one round of decisions; Run ticks on a timer.
//
// Restart: the chain is the record. A task first met past its commitment is looked up
// in the market's Challenged logs: a game of this account still open is rebuilt (the
// segment and hashes from the challenge transaction's calldata, the moves replayed
// from the game's calldata) and played on; a task it challenged and lost is never
// challenged again. The bond locked in a game counts toward Config.Bond.
//
// Audited tasks (docs/PROTOCOL.md, "Attestations and forced errors"; attest.go): as
// soon as the seed is drawn the verifier joins the attestations (a slot, first come;
// the stake locked), waits until the chain's head is past the block after its join,
// reads the segment the contract draws from that block's hash (AttestSegment: nobody
// knew it at the join, so no address can be ground for a segment), re-runs it and
// commits an attestation of the end hash (salt kept in Config.Dir, written atomically
// before the commitment is sent, so a restart still reveals; a restart after the join,
// with nothing on disk, goes on at the segment step), reveals it in the reveal window,
// challenges only after
// the solver's secret reveal, against the corrected trace, defends its attestation if
// disputed (the solver's seat of the same game, onchain.Duel), and closes it when the task
// ends (stake back, jackpot share, fee; void; or slashed). A forced error's decoy is a
// real state the solver serves (checkpoint f+1 with one float masked), so before the
// reveal the attester of segment f+1 re-runs from it like from any start (it cannot
// tell); the reveal puts the true leaf f+1 back, that attestation is void, and the
// verifier never judges the corrected trace from a re-run whose start leaf changed: it
// re-runs the segment from the true checkpoint f+1 first. Lazy attests the solver's
// posted leaf without computing: the behaviour forced errors punish.
//
// What it reads: the market's task events (onchain.TaskFollower) from the last block
// seen, from the market's deployment block on the first tick: a task is watched from
// its commitment on, so a tick reads the tasks in play, never every task posted. A
// task outside the protocol bounds is skipped before it is lowered (daemon.CheckTask);
// one task's error is logged and counted (Errors) and the others go on. Checkpoints
// come over HTTP from announced URLs, which anyone chooses: the client refuses
// non-public addresses at dial time (HTTP.AllowPrivate is the dev switch), and a
// checkpoint may not decode to more than the task's known state size.
//
// Invariants: nothing a solver serves is used before it is checked against the chain
// (trace root, checkpoint hashes); a challenge is made only for a segment whose re-run
// end differs from the solver's; the game is played from the verifier's own
// computation, so an honest verifier wins every challenge it makes.
package verifier
