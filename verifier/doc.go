// Package verifier is the verifier daemon: it stakes a bond, watches committed tasks,
// draws the assignment seed when it is due, fetches the solver's checkpoint list and
// starting checkpoint over HTTP (the list must hash to the committed trace root, each
// checkpoint to its hash), re-runs its assigned segment (or every segment, CheckAll)
// with the real trainer, and, on a mismatch, challenges and plays the pinpoint game
// to the end, then settles. A start checkpoint the solver does not serve is replaced
// by the verifier's own re-run from the initial state (docs/PROTOCOL.md, "Withheld
// checkpoints"): it challenges the first leaf that differs from its own state.
//
// Vocabulary: a watch is one task followed; Checkpoints is where checkpoints come from
// (HTTP: solver.Handler's routes, with a directory of solvers' URLs, since the chain
// holds none). Tick makes one round of decisions; Run ticks on a timer.
//
// Invariants: nothing a solver serves is used before it is checked against the chain
// (trace root, checkpoint hashes); a challenge is made only for a segment whose re-run
// end differs from the solver's; the game is played from the verifier's own
// computation, so an honest verifier wins every challenge it makes.
package verifier
