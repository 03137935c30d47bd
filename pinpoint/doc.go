// Package pinpoint is the dispute game off-chain: what a solver defending its trace
// and a challenger attacking it answer in each phase of PinpointGame, computed from
// the real trainer.
//
// Vocabulary.
//   - Computation: one party's version of a task's run (states, each step's node
//     outputs, each element's scalar trace), computed with train.Trainer from the
//     checkpoints it holds; it is a contracts/model View, so the model's strategies
//     play it, and it can carry a Fault (a party that departs from the spec, for tests
//     and simulations).
//   - Solver, Challenger: the honest strategies. They are contracts/model's
//     HonestSolver and HonestChallenger (the strategies the contract is tested against
//     move by move), with what a real task adds: batch operands opened from the task's
//     batch tensors, and no move at a node the contract cannot judge (ErrUnjudged).
//   - Player: one party of one game as a pure state machine in the manner of etcd
//     raft. Moves the chain accepted come in through Step (with their block time); the
//     move to make comes out of Ready(now). It keeps a replica of the on-chain game
//     (model.Game) and never does I/O; package pinpoint/onchain is the shell that
//     reads blocks and sends transactions.
//   - The one-proof path (EnableZk): when the game has an element judge, Ready offers
//     a Claim (package proofs) at this party's first trace-level turn if its view
//     proves its side (the solver its committed value, the challenger another one);
//     the shell proves it and sends ProveElement / RefuteElement, the bisection move
//     staying the fallback. The other side answers OperandCheck from its view
//     (OperandChecker: dispute the first operand that differs, else accept).
//
// Invariants. A Computation without a fault computes the spec's run bit for bit (the
// trainer's values, the judged kernels' traces ending in them: package task tests
// that); a Player's replica applies exactly the moves the chain accepted, in order, so
// it shows what the contract shows; a party whose Computation has no fault always has a
// move the contract accepts (tests play random faults at every level, in the model and
// on the simulated chain), except at a node listed in task.Task.Unjudged.
package pinpoint
