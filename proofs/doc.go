// Package proofs settles the last level of a dispute with one Groth16 proof (gnark,
// BN254): the disputed output element of a RepOps kernel is what the kernel gives on
// its operands, bit for bit as package repops defines it.
//
// Vocabulary:
//   - Claim: kernel (repops ids: 1 matmul, 2 biasadd, 3 relu, 4 relugrad, 5 momentum,
//     6 sgdapply, 7 tanh, 8 tanhgrad, 10 softmax cross-entropy gradient, 11 colsum,
//     12 mean, 13 adam_m, 14 adam_v, 15 adam_apply, 16 scale, 17 im2col, 18 col2im),
//     its constants (Const: momentum's mu, sgd's and adam_apply's lr, adam's b1 or b2,
//     scale's s as float bits, mean's n and xentgrad's batch m as integers; Const2:
//     adam_apply's eps; Width, Col: xentgrad's row width and column), the operands of
//     one output element in OperandRef order, and the claimed value (float32 patterns).
//   - ElementCircuit: checks a Claim for dot products of up to Terms terms
//     (acc = +0; acc = fma(a, b, acc), strictly in order, one rounding per term), sums
//     of up to Terms summands on the same accumulator, softmax rows of up to
//     XentMaxCols, and the element-wise kernels; fpu is its IEEE-754 binary32 unit
//     (add, sub, mul, fma, div, sqrt, max, min, selp, pow2, and exp as repops composes
//     it; round to nearest even, subnormals, ±0, ±Inf, every NaN written as 0x7fc00000).
//   - Not judged: softmax cross-entropy itself (kernel 9: its log needs expo/mant, and
//     the task graph leaves the loss out), rows wider than XentMaxCols, and col2im pixels
//     or sums past Terms; the judge reverts UnjudgedKernel / TooManyTerms and the
//     dispute is bisected. The transformer's kernels (19-40: norms, attention, GELU and
//     SiLU, the causal softmax, clipping, the schedule, AdamW) are all left to bisection
//     for now: their element traces are chains of the same operations (the one-step
//     check judges each), and their elements (a norm's row, a softmax row, a chain over
//     a context of 1024) mostly exceed the circuits' 8 and 784 terms; parties never ask
//     the judge for them (contracts/model ZkNumOperands is 0).
//   - Binding: the operands travel in the contract's calldata. The circuit commits
//     (gnark's BSB22 commitment) to its private operands and Meta and to the public
//     OpsHash = keccak256(operands) mod r; the commitment's challenge z is drawn after
//     them and the public Fingerprint = Meta + Σ operand_i·z^(i+1) mod r must match the
//     one the contract computes from calldata. Which agreed input each operand stands
//     for is checked on chain only if the challenger disputes one (PinpointGame.
//     disputeOperand), by one Merkle opening.
//   - Prover: a compiled circuit with its keys. Prove runs gnark's prover twice: the
//     first pass learns z (the commitment does not depend on the Fingerprint), the
//     second proves.
//   - InsecureSetup / DevSeed: a setup whose randomness is a public seed, so anyone can
//     re-derive the keys of the committed verifiers. It is NOT a trusted setup.
//   - Key cache: CachedDevProver keeps the DevSeed keys of a committed verifier under
//     the user cache folder (CacheDir), keyed by the verifier's SHA-256, and returns
//     cached keys only if their verifying key exports to exactly that verifier.
//
// Invariants: a Claim whose value differs from repops's has no satisfying witness
// (differential tests against repops.Eval and kernel traces); Prove never returns a
// proof the Go verifier rejects; the exported verifier accepts exactly the proofs
// the Go verifier accepts for the same public inputs.
package proofs
