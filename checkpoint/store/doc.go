// Package store keeps checkpoints on disk and moves them over HTTP.
//
// Vocabulary: a blob is one checkpoint's compressed form (see the layout in codec.go):
// the canonical encoding split into a skeleton (headers) and four byte planes of the
// float32 data, each a zstd frame; a delta blob XORs the floats with those of a base
// checkpoint named by its state root. A blob's address is the state root of the state
// it holds (checkpoint.State.Hash), not a hash of the blob's bytes.
//
// Invariants:
//   - Nothing is returned, served or stored that was not decompressed, decoded and
//     re-hashed to the root it is addressed by (ErrHashMismatch otherwise).
//   - A blob file is written atomically (temp file, fsync, rename, fsync of the
//     directory): after a crash it is either whole or absent; Open removes temp files.
//     It is written once, except that Flatten may replace a delta blob by a whole blob
//     of the same state (so that no blob names a checkpoint its owner keeps unnamed).
//   - Sizes are bounded on every path from outside (blob bytes, decoded bytes, delta
//     chain length), so a hostile peer cannot make a reader allocate without limit.
//   - The Handler serves GET/HEAD /checkpoints/<hex root> with Range support
//     (http.ServeContent); the Client resumes interrupted bodies with Range/If-Range.
package store
