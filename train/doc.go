// Package train turns a declarative model spec into a training step built from RepOps
// kernels and runs it reproducibly.
//
// Vocabulary:
//   - Spec: the model (layers), loss, optimizer, batch size, data set and seed, parsed
//     strictly from JSON; its canonical hash is what a task commits to.
//   - Graph: one training step as an ordered list of named Nodes (forward, loss,
//     backward, optimizer update), each a repops.Kernel applied to earlier values. A
//     step's values are numbered: state tensors, then the batch, then node outputs.
//   - Trainer: the graph compiled to a gorgonia ExprGraph of custom ops (one per node)
//     run by a tape machine, plus the data set.
//   - Backend: what runs each node's kernel: CPU (repops, the reference and the default)
//     or a device handed in through Options (package cuda's Device); train imports no
//     device package, so it builds and cross-compiles everywhere.
//
// Invariants:
//   - A step is a pure function of (spec, state): the batch comes from the state's data
//     cursor and the spec's seed (ChaCha8 streams derived with SHA-256, a Fisher–Yates
//     shuffle per epoch written out here, never math/rand's unspecified helpers), and
//     initialisation from the seed alone. No clock, no map order.
//   - States are immutable once returned: a step copies its results out of gorgonia's
//     reused buffers.
//   - The same state hash on every machine: golden hashes are checked on amd64, with
//     -tags noasm and on arm64 under qemu (crossarch_test.go).
package train
