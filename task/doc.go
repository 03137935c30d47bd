// Package task turns a training spec into the task an Ethereum contract judges: the
// on-chain step graph (node descriptors), the state map, the per-step data tree and the
// initial state root that TaskMarket.postTask takes, and the off-chain data a party
// needs to answer a dispute (the batch tensors of every step).
//
// Vocabulary.
//   - Node: one node of the on-chain step graph, a PinpointShapes descriptor (kernel,
//     params, numel, outHeader, two input sources) plus the train.Graph node it stands
//     for and the repops kernel whose scalar traces the game judges for it.
//   - Source: where an input of a node comes from: a tensor of the state before the
//     step (model.SrcState), of the step's batch (model.SrcBatch) or an earlier node's
//     output (model.SrcNode), indexed in the on-chain numbering.
//   - Batch: the tensors of one step that the spec (not the solver) determines:
//     x (examples), y (one-hot labels), ones (a vector of 1s, see below), then a
//     transformer's dropout masks (BatchMasks on, one per train.Graph.Drop site): the
//     seeded stream draws them, so a party that draws its own disagrees with the
//     committed batch where a dropout node reads one. batchRoot_s is the tree over
//     their tensor roots.
//   - nextMeta_s: the meta leaf of the state after step s (spec hash, step, data cursor,
//     PRNG state), which the spec determines.
//
// Lowering. The train graph is lowered onto the kernels the contract judges, as its Go
// twin (contracts/model: Node.Valid) says, so the task follows the
// contract as it learns kernels:
//   - nodes whose outputs no state tensor depends on (the loss and its mean) are left
//     out: a dispute about them could not change a state root;
//   - a column sum (bias gradient) the contract cannot judge is judged as the matrix
//     product ones(1×m)·X, whose trace (acc + 1·x, in row order) gives the same bits
//     (1·x is exact and keeps -0; a NaN stays a NaN and ends canonical either way),
//     with ones a batch tensor;
//   - a softmax cross-entropy gradient (kernel 10) is judged like the other kernels:
//     by its scalar trace (26c+26 steps an element, c classes) and, in a game with a zk
//     judge, by an element proof for rows of up to 10 classes (package proofs). Only a
//     row too wide for the trace's 32-bit step payloads (over (2^32-17)/29 classes:
//     contracts/model.Node.Valid) cannot be judged; such a node is refused unless
//     Options.AllowUnjudged is set, and then listed in Task.Unjudged, where a dispute
//     has no judge and an honest solver could not defend it;
//   - any other node the contract cannot judge, or with more inputs than a descriptor's
//     model.MaxSources slots (five: Adam's update), is refused with ErrUnjudgeable,
//     naming the nodes. Every kernel of the built-in specs is judged today, the CNN's
//     convolutions (im2col, col2im), the softmax gradient and Adam included, so
//     AllowUnjudged changes nothing for them (Task.Unjudged stays empty).
//
// Invariants: node j of the on-chain graph only reads sources of lower index; a node
// that writes state tensor t has that tensor's header as its outHeader and map leaf
// t+1 = j+1; every tree is the checkpoint Merkle scheme (model.NewTree), so the roots
// are what the contract recomputes.
package task
