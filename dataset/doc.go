// Package dataset turns data in the formats people already have into a canonical,
// content-addressed dataset with one Merkle root: the commitment a task makes to its
// data, against which a dispute opens any input number with a logarithmic proof.
//
// # Vocabulary
//
//   - Array: a named block of numbers: name, element type (DType), shape (row-major, C
//     order) and data (the elements little-endian, nothing else).
//   - Dataset: 1..MaxArrays arrays, ordered by name (byte-wise, names unique). The order
//     is the names', never the command line's, so the same arrays give the same root
//     whatever order the files were given in.
//   - Input formats (Decode, Add; the format is told by the file name, FormatOf):
//     NumPy .npy (versions 1.0, 2.0, 3.0; little-endian or one-byte numeric dtypes, C
//     order), safetensors (each tensor an array named by its key), IDX as MNIST ships it
//     (".idx" or "-idxN-ubyte"; big-endian, converted), and raw headerless .bin files of
//     one element type (nanoGPT's token files: uint16 unless Options.RawDType says
//     otherwise; the length must be a whole number of elements). Any of them may be
//     gzipped (".gz", decompressed as it is read). A single-array file's array is named
//     by its base name without ".gz" and the format's suffix: "train.bin" gives
//     "train", "train-images-idx3-ubyte.gz" gives "train-images".
//   - Text (text.go): UTF-8 files joined in order by a blank line, as two uint8 arrays,
//     <name>-train and <name>-val (the end held out from a character boundary): a
//     byte-level language model's tokens. SOTU is the State of the Union addresses that
//     text/install.sh installs from npm (pinned by hash): TestSOTU pins its root.
//   - Chunk: ChunkBytes (1 MiB) of one array's data, the last one shorter; its address
//     is the root of the data tree's subtree (2^15 leaves) that it covers.
//   - Manifest: the dataset's table of contents (manifest.json): per array its name,
//     dtype, shape, size, data root and chunk addresses, and the root.
//
// # Canonical form and commitment
//
// H is SHA-256; trees are package merkle's, as checkpoints use them: leaf hash
// H(0x00 || leaf), node hash H(0x01 || left || right), padded with zero leaves to a
// power of two.
//
//	dtype codes    1 float32, 2 float16, 3 bfloat16, 4 float64, 5 uint8, 6 int8,
//	               7 uint16, 8 int16, 9 uint32, 10 int32, 11 uint64, 12 int64
//	header         dtype u8 || name length u16 LE || name || rank u8 || dims u64 LE...
//	               (checkpoint.HeaderBytes's layout; float32 has checkpoint's code)
//	header hash    H(header)
//	data leaves    32 bytes of data each, the last zero-padded; element e of a d-byte
//	               type starts at byte e·d mod 32 of leaf ⌊e·d/32⌋ (d divides 32: no
//	               element straddles two leaves); an empty array has one zero leaf
//	data root      tree over the data leaves (for float32: checkpoint.DataRoot)
//	array root     H(0x10 || header hash || data root)
//	meta leaf      H(0x11 || Version u16 LE || array count u32 LE)
//	dataset root   tree over [meta leaf, array root 0, ..., array root n-1]
//
// The prefixes 0x10 and 0x11 are this package's alone (checkpoints use 0x02 and 0x03,
// the game 0x04): an array root or a dataset meta leaf is never a checkpoint's tensor
// root or meta leaf, so no opening of one commitment passes for the other. The data
// leaves themselves are plain 32-byte leaves (as a checkpoint's), which is what lets a
// contract check them with the same sha256-precompile code.
//
// An Opening carries one data leaf, its path to the data root, the array's header and
// the array root's path to the dataset root; Verify also checks that the leaf is inside
// the array and the path has the depth its shape implies. Element reads one number out.
//
// # Storage (a dataset folder)
//
//	manifest.json            canonical JSON (Manifest.Encode): fields in a fixed order,
//	                         hashes as 64 lowercase hex digits; written last, atomically
//	chunks/<address>.zst     one zstd frame of the chunk's bytes without their trailing
//	                         zero bytes (so the file is a function of its address)
//
// The root depends on the data only, not on ChunkBytes or on zstd. For an array of one
// chunk the data root is the tree over its own leaves and the chunk's address is that
// root lifted to height 15 with zero subtrees; for more chunks the data root is the tree
// over the chunk addresses. So the manifest alone is checked against the root (Check),
// and each chunk alone against its address: a fetcher can take chunks from any mirror,
// in any order, and resume.
//
// A Library is a folder of dataset folders named by their roots (<dir>/<root>/): where a
// spec that names a dataset by root finds it (package train), what Library.Add and
// Library.Fetch write into (a temporary folder renamed, or a resumable fetch whose
// manifest comes last) and what NewLibraryServer serves, datasets added later included.
// package content keeps a Library beside the specs in one store.
//
// # Serving and fetching
//
// Datasets travel as their folders' files, by root (Server, Fetch):
//
//	GET /datasets/<root>/manifest.json            the manifest, as stored
//	GET /datasets/<root>/chunks/<address>.zst     one chunk file, as stored
//
// A Server answers those two forms only (ParseURLPath), for the roots it loaded at
// start, and looks every name up in the manifests: no request text becomes a file path.
// Fetch asks its mirrors in order for each file and keeps the first that checks: the
// manifest against the root, each chunk against its address; bodies are bounded before
// they are read (the manifest by MaxManifestBytes or less, a chunk by zstd's worst case
// for its size), a dataset whose manifest says it holds more than
// FetchOptions.MaxDataBytes is refused before any chunk is asked for, and chunks
// decompress into their manifest size only. Chunks are written
// one by one (stored canonically, whatever frame the mirror sent) and the manifest last,
// so an interrupted fetch resumes where it stopped.
//
// # Invariants (and the tests that hold them)
//
//   - The root is the one defined above (TestRootAsDocumented, against a plain
//     crypto/sha256 rewrite of it; TestCheckpointAgreement for the parts shared with
//     checkpoints and the prefixes that are not) and never depends on the number of cores.
//   - Same name, dtype, shape and values, same root, whichever format (or gzip) they came
//     in (TestSameRootAcrossFormats; TestMNIST: GoMNIST's IDX files through Add and
//     through MNIST give the golden root, and GoMNIST's reader the same values).
//   - Decoders are strict and bounded: every size read from a file is checked against the
//     limits (MaxArrayBytes, MaxRank, the format's header limit) and against the bytes the
//     file has before anything is allocated for it; trailing bytes, gaps and overlaps are
//     errors; every error is a *DecodeError naming the file and the byte offset
//     (TestDecodeErrors; FuzzDecodeNPY, FuzzDecodeIDX, FuzzDecodeSafetensors,
//     FuzzDecodeRaw: no panic, allocation linear in the input, re-encoding round trips).
//   - DecodeManifest accepts only what Encode writes and only a manifest whose root
//     follows from its entries; a chunk is accepted only if it hashes to its address and
//     is stored canonically (FuzzManifest, TestVerifyNamesBadChunk).
//   - Add is idempotent (same inputs in any order, same files), refuses a folder holding
//     another dataset (ErrExists), and on failure or cancellation removes the chunk files
//     it created (TestAddIdempotentAndVerified, TestAddFailureLeavesNothing).
//   - An Opening verifies exactly when it is honest: any changed byte of the leaf, path,
//     index, header or root fails (TestOpenings, TestOpeningTampered).
//   - Values are committed as bits: NaN payloads, -0 and subnormals are kept as they are
//     (TestDecodeValues).
//   - Serve → Fetch gives the served folder byte for byte, each distinct chunk asked for
//     once, nothing asked again when it is all there (TestServeFetchRoundTrip); the
//     server answers its two path forms only, refuses a folder whose manifest fails at
//     start and never serves a chunk file that does not hash to its address
//     (TestServePaths, TestNewServerRefuses, FuzzParseURLPath).
//   - A mirror serving a wrong, flipped, oversized, endless, bomb or short file is
//     skipped for it, with the reason, and the next one used; allocation stays bounded;
//     no mirror serving it right is an error naming the file and every mirror's reason
//     (TestFetchSkipsBadMirror, TestFetchManifestBounds, TestFetchErrors).
//   - A cancelled fetch leaves whole chunks and no manifest; the next one downloads only
//     the chunks missing or bad (TestFetchResume).
package dataset
