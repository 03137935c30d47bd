// Package checkpoint defines the canonical encoding of a training state and the
// commitments a solver posts for it: a Merkle root per state, and a root over a run's
// checkpoints. A contract checks any single float32 of a state with the sha256
// precompile and a logarithmic proof.
//
// # Vocabulary
//
//   - State: everything needed to resume a run bit for bit: spec hash, step, data
//     cursor, opaque PRNG state and the tensors (weights and optimizer state) in the
//     model's canonical order.
//   - Encoding: the one byte string of a state (Encode, Decode). Same state, same bytes.
//   - State root (State.Hash): the commitment to a state; a checkpoint's address.
//   - Trace root (TraceRoot): the commitment to a run, over its checkpoints' state roots.
//
// # Encoding, version 1 (all integers little-endian)
//
//	magic        4 bytes  "VTCK"
//	version      u16      1
//	spec hash    32 bytes
//	step         u64
//	data cursor  u64
//	rng length   u32      <= MaxRNGLen
//	rng          bytes
//	tensor count u32      <= MaxTensors
//	per tensor, in order:
//	  dtype      u8       1 (Float32)
//	  name len   u16      1..MaxNameLen; the name is UTF-8, unique in the state
//	  name       bytes
//	  rank       u8       <= MaxRank (0: a scalar of one element)
//	  dims       u64 each product <= MaxElements
//	  data       4*product bytes, float32 bits as they are (NaN bits included)
//
// Nothing follows the last tensor. The per-tensor fields from dtype to dims are the
// tensor's canonical header (HeaderBytes). Decode rejects anything Encode cannot
// produce, so a decoded state re-encodes to the same bytes.
//
// # Commitment (package merkle holds the tree; H is SHA-256)
//
//	leaf hash     H(0x00 || leaf32)
//	node hash     H(0x01 || left || right)
//	tree          over n >= 1 leaves, padded with zero leaves (32 zero bytes, hashed as
//	              leaves) to the next power of two; depth log2 of that; one leaf is its
//	              own leaf hash
//	data leaves   8 float32 little-endian per leaf, the last zero-padded; element e is
//	              leaf e/8, bytes 4*(e%8)..+4; an empty tensor has one zero leaf
//	header hash   H(dtype u8 || name len u16 || name || rank u8 || dims u64...)
//	tensor root   H(0x02 || header hash || data root)
//	meta hash     H(0x03 || spec hash || step u64 || data cursor u64 || H(rng))
//	state root    tree over [meta hash, tensor root 0, ..., tensor root T-1]
//	trace root    tree over the checkpoints' state roots in order (checkpoint 0 is the
//	              initial state, then one every k steps, the last the final state)
//
// A proof for leaf i is its d sibling hashes from the bottom up; at level l, bit l of i
// says whether the running hash is the right (1) or left (0) child. FloatProof carries a
// data path (element/8 to the data root) and a state path (leaf t+1 to the state root).
// testdata/proofs.json holds vectors that the Solidity tests share
// (go test ./checkpoint -update rewrites it).
//
// # Invariants
//
//   - Hashing is parallel (tensors concurrently, large tensors split at power-of-two
//     subtree boundaries) and its result never depends on the number of cores.
//   - Values are committed as bits: kernels canonicalise NaN (0x7fc00000) before a state
//     is built; this package neither rewrites nor rejects NaN payloads.
package checkpoint
