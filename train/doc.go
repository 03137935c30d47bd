// Package train turns a declarative model spec into a training step built from RepOps
// kernels and runs it reproducibly.
//
// Vocabulary:
//   - Spec: the model (layers), loss, optimizer, batch size, data set and seed, parsed
//     strictly from JSON; its canonical hash is what a task commits to.
//   - Data (specdata.go): a spec's dataset named by its root (package dataset's
//     commitment) with the split it trains on (rows of two arrays), the example shape,
//     the classes and the input scale, instead of a built-in data set's name. The
//     dataset is read from a dataset.Library (Options.Library), every chunk re-hashed.
//   - Transformer (transformer.go): a GPT-style decoder declared instead of Layers
//     (width, heads, blocks, MLP width, layer or RMS norm, GELU or SiLU, tied output
//     layer), trained on next-byte cross-entropy over a Text (text.go): the built-in
//     State of the Union addresses ("sotu") or any text dataset by root. Tokens are
//     bytes, one-hot in the batch, so the embedding is a matrix product (a gather whose
//     every other term adds a zero) and its gradient the scatter-add in row order.
//   - adamw: AdamW with decoupled weight decay (matrices and embeddings), a linear
//     warm-up and cosine decay computed from the step index kept in the state, and
//     gradient clipping by global norm (any optimizer): all kernels, all judged.
//   - Dropout (dropout.go): a transformer's dropout, at nanoGPT's sites (Graph.Drop),
//     multiplies by a mask of 0 and 1/(1-p) values (a RowMul over one row, forward and
//     backward); the masks of step s are drawn from ChaCha8 seeded with (seed, s) and
//     are batch values, so the task commits them with the data as it does x and y.
//   - Init (weights.go): the root of a dataset holding the initial weights, in
//     PyTorch's layout and export's names; the optimizer state starts fresh.
//   - Graph: one training step as an ordered list of named Nodes (forward, loss,
//     backward, optimizer update), each a repops.Kernel applied to earlier values. A
//     step's values are numbered: state tensors, then the batch (x, y, dropout masks),
//     then node outputs.
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
//     initialisation from the seed alone or from the weights Init names; dropout masks
//     from the seed and the step index. No clock, no
//     map order. With Data, the batch of step s is a function of (dataset root, split,
//     seed, s) and the spec hash commits to all of them.
//   - A transformer's step uses only judged kernels (ids 1-40) with at most five
//     inputs (TestGPTGraphIsJudged); tiny-gpt's state hash is golden on amd64, arm64
//     and -tags noasm like the others.
//   - MNIST named by its dataset root trains bit for bit as the built-in "mnist"
//     (TestSpecDataMatchesBuiltin); a dataset that does not hold what the spec says is
//     refused with what is wrong (TestSpecDataErrors), as are weights that are not
//     exactly the spec's parameters (TestWeightsErrors).
//   - States are immutable once returned: a step copies its results out of gorgonia's
//     reused buffers.
//   - The same state hash on every machine: golden hashes are checked on amd64, with
//     -tags noasm and on arm64 under qemu (crossarch_test.go).
package train
