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
//     re-hashed to the root it is addressed by (ErrHashMismatch otherwise). A Store
//     verifies each blob file once: when it writes it (Put and Flatten check that the
//     blob gives back the encoding that was hashed; PutBlob and Client re-hash what
//     they receive) or, for a file it did not write in this process, on its first read.
//     Every blob of a delta chain is recorded as it is checked (the identity of the
//     handle it was read from), bases included, so that after a restart a delta is
//     verified once even when only it is asked for. A file whose inode, size or
//     modification time changed since, or whose base chain's files did, is verified
//     again. Get and Encoding always decode.
//   - A blob file is written atomically (temp file, fsync, rename, fsync of the
//     directory): after a crash it is either whole or absent; Open removes temp files.
//     It is written once, except that Flatten may replace a delta blob by a whole blob
//     of the same state (so that no blob names a checkpoint its owner keeps unnamed).
//   - The Handler serves GET/HEAD /checkpoints/<hex root> with Range support
//     (http.ServeContent) from the verified file: no request decodes a checkpoint. The
//     Client resumes interrupted bodies with Range/If-Range.
//
// # Limits (a hostile peer cannot make a reader allocate or hold without bound)
//
// Decoding (Codec.DecompressLimit): before any frame is decoded, the decoded sizes its
// five zstd frame headers declare are summed and checked against the limit (plus the
// skeleton's span table, at most 1 MiB); each frame then decodes into a buffer of its
// declared size plus one zstd block (129 KiB), which the decoder may not grow, so a
// frame that outgrows its declaration fails (ErrCorrupt). A frame declaring no size
// (the encoder omits it only under 256 bytes) may decode to at most 1 KiB. So a blob
// costs at most the limit plus 5 × 129 KiB while it decodes, and about twice its
// encoding (frames and result) when it succeeds.
//
//   - Codec limit (NewCodec, WithMaxDecoded): DefaultMaxDecoded, 2 GiB of encoding.
//   - Blob size (WithMaxBlob, Client.MaxBytes): DefaultMaxBlob, 1 GiB.
//   - Delta chain: MaxChain (64) blobs in a Store; MaxFetchChain (4) blobs downloaded
//     by one Client.Fetch (honest chains are 2: a delta and its keyframe).
//   - Client.MaxState: the most bytes of encoding the client accepts, for the
//     checkpoint and for each base of its delta chain (0: DefaultMaxDecoded; clamped
//     to MaxClientState, 2 GiB, so that a MaxState taken from a task cannot raise what
//     a tiny blob makes the client allocate). It also
//     bounds the body read: MaxBlobFor(MaxState), the largest blob such a state makes
//     (zstd's worst case plus the span table), is checked against Content-Length
//     before reading and against the bytes as they come. Verifiers set it from the
//     task's known state size.
//   - Client delta chains: the blobs held at once while bases are fetched total at
//     most 4 of the largest blob accepted (honest chains are a delta and its keyframe).
//   - Client.FetchTimeout: one Fetch or FetchBlob in all, its chain, attempts and busy
//     waits included (0: DefaultFetchTimeout, 5 minutes plus MaxFetchChain of the
//     largest blobs accepted at 1 MiB/s: 73 minutes for DefaultMaxBlob); past it,
//     ErrFetchTimeout.
//
// Serving (NewHTTPServer, NewLimitedHTTPServer with Limits; zero fields are defaults):
//
//   - DefaultMaxInFlight (64) requests at once in all; past it, 503 and Retry-After.
//   - DefaultMaxPerClient (8) at once per client (IPv4 address, IPv6 /64); past it,
//     429 and Retry-After (DefaultRetryAfter, 2 s). One challenger cannot take the
//     slots the solver's other verifiers and the submitter need.
//   - Every response is paced: its first n bytes must be taken within
//     DefaultStallTimeout (30 s) + n / DefaultMinRate (64 KiB/s), else the write fails
//     and the slot is freed; a live client on a slow link resumes with Range. Headers
//     must arrive within 10 s, requests within 30 s; refusals are written within
//     StallTimeout (WriteTimeout).
//   - One blob verification at a time per Store (a first request after a restart),
//     bounded by Handler.Timeout (1 minute, waiting included); past it, 503 and
//     Retry-After (the blob may be fine: a 500 would be final for the Client).
//
// The Client waits out 429 and 503 (Retry-After, 1 to 10 s, at most 60 times per blob)
// without spending its Attempts, which are for broken transfers; FetchTimeout bounds
// the whole.
package store
