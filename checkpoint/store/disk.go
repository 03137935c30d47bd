package store

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/internal/atomicfile"
)

const (
	blobExt   = ".vtz"
	tmpPrefix = ".tmp-"
	// MaxChain bounds how many delta blobs a read follows to reach a full one.
	MaxChain = 64
	// DefaultMaxBlob is the largest blob a Store writes or reads.
	DefaultMaxBlob = 1 << 30
	// DefaultMaxDecoded is the largest encoding a Store decompresses.
	DefaultMaxDecoded = 2 << 30
)

// Store is an on-disk, content-addressed checkpoint store: one zstd blob per state,
// named by its state root. Writes are atomic (temp file, fsync, rename, fsync of the
// directory), so a crash leaves either the whole blob or none; every read is
// decompressed, decoded and re-hashed before it is returned.
type Store struct {
	dir     string
	codec   *Codec
	maxBlob int64
	log     *slog.Logger

	// The encoding of the last whole state put here, kept so that deltas against it
	// (a training run's keyframe) need not read, decompress and re-hash it each time.
	baseMu   sync.Mutex
	baseRoot [32]byte
	baseEnc  []byte

	// Blob files known to hold what they are named by, checked when written (or first
	// read) in this process; Blob and the Handler use these without decoding again.
	verMu    sync.Mutex
	verified map[[32]byte]verifiedFile
	// One verification at a time: each may hold a whole chain's encodings in memory,
	// and requests for the same unverified blob wait for the first one's result.
	verifying chan struct{}
}

// verifiedFile identifies the file that was verified, so that a file replaced or
// rewritten since (another inode, size or modification time) is verified again.
type verifiedFile struct {
	info os.FileInfo
	base [32]byte // the base's root for a delta: its file must still be the verified one
}

// Option configures a Store.
type Option func(*options)

type options struct {
	level      zstd.EncoderLevel
	maxBlob    int64
	maxDecoded int
	log        *slog.Logger
}

// WithLevel sets the zstd level of new blobs (default zstd.SpeedFastest).
func WithLevel(l zstd.EncoderLevel) Option { return func(o *options) { o.level = l } }

// WithMaxBlob sets the largest blob written or read (default DefaultMaxBlob).
func WithMaxBlob(n int64) Option { return func(o *options) { o.maxBlob = n } }

// WithMaxDecoded sets the largest encoding decompressed (default DefaultMaxDecoded).
func WithMaxDecoded(n int) Option { return func(o *options) { o.maxDecoded = n } }

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// Open opens (creating if needed) the store in dir and removes temporary files that a
// crash during a write left behind.
func Open(dir string, opts ...Option) (*Store, error) {
	o := options{level: zstd.SpeedFastest, maxBlob: DefaultMaxBlob, maxDecoded: DefaultMaxDecoded, log: slog.Default()}
	for _, f := range opts {
		f(&o)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	codec, err := NewCodec(o.level, o.maxDecoded)
	if err != nil {
		return nil, err
	}
	s := &Store{dir: dir, codec: codec, maxBlob: o.maxBlob, log: o.log,
		verified: map[[32]byte]verifiedFile{}, verifying: make(chan struct{}, 1)}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) {
			p := filepath.Join(dir, e.Name())
			if err := os.Remove(p); err != nil {
				return nil, fmt.Errorf("store: remove leftover %s: %w", p, err)
			}
			s.log.Info("removed leftover temporary file", "path", p)
		}
	}
	return s, nil
}

// Codec returns the store's codec.
func (s *Store) Codec() *Codec { return s.codec }

func (s *Store) path(root [32]byte) string {
	return filepath.Join(s.dir, hex.EncodeToString(root[:])+blobExt)
}

// Has reports whether a blob for root is stored (without verifying it).
func (s *Store) Has(root [32]byte) bool {
	_, err := os.Stat(s.path(root))
	return err == nil
}

// Put stores st as a full blob and returns its state root.
func (s *Store) Put(ctx context.Context, st *checkpoint.State) ([32]byte, error) {
	return s.put(ctx, st, nil)
}

// PutDelta stores st as a delta against the stored checkpoint base.
func (s *Store) PutDelta(ctx context.Context, st *checkpoint.State, base [32]byte) ([32]byte, error) {
	return s.put(ctx, st, &base)
}

func (s *Store) put(ctx context.Context, st *checkpoint.State, base *[32]byte) ([32]byte, error) {
	enc, err := checkpoint.Encode(st)
	if err != nil {
		return [32]byte{}, fmt.Errorf("store: put: %w", err)
	}
	root := st.Hash()
	var baseEnc []byte
	var baseRoot [32]byte
	if base != nil {
		baseRoot = *base
		s.baseMu.Lock()
		if s.baseEnc != nil && s.baseRoot == baseRoot {
			baseEnc = s.baseEnc
		}
		s.baseMu.Unlock()
		if baseEnc == nil {
			// encoding records the base's file (and its chain) as verified: the new
			// delta's record names it, and a base that predates this process (a
			// keyframe written before a restart) would otherwise have none, so that
			// every request for the delta would verify the chain again.
			if baseEnc, err = s.encoding(ctx, baseRoot, 0); err != nil {
				return [32]byte{}, fmt.Errorf("store: put delta base %x: %w", baseRoot, err)
			}
		}
	}
	blob, err := s.codec.Compress(enc, root, baseEnc, baseRoot)
	if err != nil {
		return [32]byte{}, fmt.Errorf("store: put %x: %w", root, err)
	}
	// Verified once, here: the blob must give back the very encoding that was hashed.
	if err := s.checkRoundTrip(ctx, blob, enc, baseEnc); err != nil {
		return [32]byte{}, fmt.Errorf("store: put %x: %w", root, err)
	}
	if err := s.write(ctx, root, blob); err != nil {
		return [32]byte{}, err
	}
	if base == nil {
		s.baseMu.Lock()
		s.baseRoot, s.baseEnc = root, enc
		s.baseMu.Unlock()
	}
	return root, nil
}

// PutBlob verifies a blob received from elsewhere (its base, for a delta, must already
// be stored) and stores it under root.
func (s *Store) PutBlob(ctx context.Context, root [32]byte, blob []byte) error {
	if _, _, err := s.verifyBlob(ctx, root, blob, 0); err != nil {
		return fmt.Errorf("store: put blob %x: %w", root, err)
	}
	return s.write(ctx, root, blob)
}

// Flatten replaces root's blob, when it is a delta, by a whole blob of the same state,
// atomically: afterwards its blob names no other checkpoint. A reader sees the old blob
// or the new one, both of the same state. A whole blob is left as it is.
func (s *Store) Flatten(ctx context.Context, root [32]byte) error {
	blob, _, err := s.readBlob(root)
	if err != nil {
		return err
	}
	enc, _, err := s.verifyBlob(ctx, root, blob, 0)
	if err != nil {
		return fmt.Errorf("store: flatten %s: %w", s.path(root), err)
	}
	if h, _ := ParseHeader(blob); !h.Delta { // parsed by verifyBlob already
		return nil
	}
	whole, err := s.codec.Compress(enc, root, nil, [32]byte{})
	if err != nil {
		return fmt.Errorf("store: flatten %x: %w", root, err)
	}
	if err := s.checkRoundTrip(ctx, whole, enc, nil); err != nil {
		return fmt.Errorf("store: flatten %x: %w", root, err)
	}
	if int64(len(whole)) > s.maxBlob {
		return fmt.Errorf("%w: blob of %d bytes, limit %d", ErrTooLarge, len(whole), s.maxBlob)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(s.path(root), whole, 0o644); err != nil {
		return fmt.Errorf("store: flatten %x: %w", root, err)
	}
	s.markVerified(root, [32]byte{})
	return nil
}

// checkRoundTrip checks that blob, just compressed, decompresses to enc.
func (s *Store) checkRoundTrip(ctx context.Context, blob, enc, base []byte) error {
	back, err := s.codec.DecompressLimit(ctx, blob, base, int64(len(enc)))
	if err != nil {
		return fmt.Errorf("round trip: %w", err)
	}
	if !bytes.Equal(back, enc) {
		return fmt.Errorf("%w: round trip changed the encoding", ErrCorrupt)
	}
	return nil
}

// markVerified records that root's file, as it is now, holds a verified blob (a delta
// against base, or whole for a zero base). For a file this process just wrote.
func (s *Store) markVerified(root, base [32]byte) {
	fi, err := os.Stat(s.path(root))
	if err != nil {
		return // verified again on the next read
	}
	s.record(root, fi, base)
}

// record records that the file identified by fi (the stat of the handle its bytes were
// read from) holds a verified blob of root, a delta against base or whole for a zero
// base. Every blob of a chain is recorded as it is checked: isVerified needs a record
// for each.
func (s *Store) record(root [32]byte, fi os.FileInfo, base [32]byte) {
	s.verMu.Lock()
	s.verified[root] = verifiedFile{info: fi, base: base}
	s.verMu.Unlock()
}

// isVerified reports whether fi is root's file as it was verified, with the files of
// its base chain unchanged too (a stat each: no reading, no decoding).
func (s *Store) isVerified(root [32]byte, fi os.FileInfo) bool {
	for range MaxChain + 1 {
		s.verMu.Lock()
		v, ok := s.verified[root]
		s.verMu.Unlock()
		if !ok || !os.SameFile(v.info, fi) || v.info.Size() != fi.Size() || !v.info.ModTime().Equal(fi.ModTime()) {
			return false
		}
		if v.base == ([32]byte{}) {
			return true
		}
		root = v.base
		var err error
		if fi, err = os.Stat(s.path(root)); err != nil {
			return false
		}
	}
	return false
}

// openVerified opens root's blob file, verifying it first unless this very file was
// verified already (when written, or by an earlier read). The file is at its start;
// the caller closes it.
func (s *Store) openVerified(ctx context.Context, root [32]byte) (*os.File, os.FileInfo, error) {
	f, err := os.Open(s.path(root))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w: %x", ErrNotFound, root)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: open %x: %w", root, err)
	}
	keep := false
	defer func() {
		if !keep {
			f.Close()
		}
	}()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("store: stat %s: %w", f.Name(), err)
	}
	if fi.Size() > s.maxBlob {
		return nil, nil, fmt.Errorf("%w: %s has %d bytes, limit %d", ErrTooLarge, f.Name(), fi.Size(), s.maxBlob)
	}
	if !s.isVerified(root, fi) {
		if err := s.verifyFile(ctx, root, f, fi); err != nil {
			return nil, nil, err
		}
	}
	keep = true
	return f, fi, nil
}

// verifyFile verifies the open file f of root (stat fi) and records it as verified.
func (s *Store) verifyFile(ctx context.Context, root [32]byte, f *os.File, fi os.FileInfo) error {
	select {
	case s.verifying <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("store: waiting to verify %x: %w", root, ctx.Err())
	}
	defer func() { <-s.verifying }()
	if s.isVerified(root, fi) { // verified by the request this one waited for
		return nil
	}
	blob, err := io.ReadAll(io.LimitReader(f, s.maxBlob+1))
	if err != nil {
		return fmt.Errorf("store: read %s: %w", f.Name(), err)
	}
	if int64(len(blob)) > s.maxBlob {
		return fmt.Errorf("%w: %s exceeds %d bytes", ErrTooLarge, f.Name(), s.maxBlob)
	}
	if _, _, err := s.verifyBlob(ctx, root, blob, 0); err != nil {
		return fmt.Errorf("store: %s: %w", f.Name(), err)
	}
	s.recordBlob(root, fi, blob) // verifyBlob recorded the bases
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("store: %s: %w", f.Name(), err)
	}
	return nil
}

// write stores blob under root atomically and durably.
func (s *Store) write(ctx context.Context, root [32]byte, blob []byte) (err error) {
	if int64(len(blob)) > s.maxBlob {
		return fmt.Errorf("%w: blob of %d bytes, limit %d", ErrTooLarge, len(blob), s.maxBlob)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	final := s.path(root)
	if s.Has(root) {
		// Content-addressed: the same root is the same state, unless the file there rotted.
		f, _, err := s.openVerified(ctx, root)
		if err == nil {
			f.Close()
			return nil
		}
		s.log.Warn("replacing unreadable checkpoint", "path", final, "err", err)
	}
	if err := atomicfile.WriteFile(final, blob, 0o644); err != nil {
		return fmt.Errorf("store: write %x: %w", root, err)
	}
	h, _ := ParseHeader(blob) // every caller verified blob, header included
	s.markVerified(root, h.Base)
	s.log.Debug("stored checkpoint", "root", hex.EncodeToString(root[:]), "bytes", len(blob))
	return nil
}

// Blob returns the stored blob of root, verified (decompressed with its bases and
// re-hashed) once per file: when it was written or first read in this process.
func (s *Store) Blob(ctx context.Context, root [32]byte) ([]byte, error) {
	f, fi, err := s.openVerified(ctx, root)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	blob := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, blob); err != nil {
		return nil, fmt.Errorf("store: read %s: %w", f.Name(), err)
	}
	return blob, nil
}

// Get returns the verified state of root.
func (s *Store) Get(ctx context.Context, root [32]byte) (*checkpoint.State, error) {
	blob, fi, err := s.readBlob(root)
	if err != nil {
		return nil, err
	}
	_, st, err := s.verifyBlob(ctx, root, blob, 0)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", s.path(root), err)
	}
	s.recordBlob(root, fi, blob)
	return st, nil
}

// Encoding returns the verified canonical encoding of root.
func (s *Store) Encoding(ctx context.Context, root [32]byte) ([]byte, error) {
	return s.encoding(ctx, root, 0)
}

// readBlob reads root's blob file whole and returns it with the identity (stat of the
// open handle) of the file it was read from, for record.
func (s *Store) readBlob(root [32]byte) ([]byte, os.FileInfo, error) {
	f, err := os.Open(s.path(root))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w: %x", ErrNotFound, root)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: read %x: %w", root, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("store: stat %s: %w", f.Name(), err)
	}
	blob, err := io.ReadAll(io.LimitReader(f, s.maxBlob+1))
	if err != nil {
		return nil, nil, fmt.Errorf("store: read %s: %w", f.Name(), err)
	}
	if int64(len(blob)) > s.maxBlob {
		return nil, nil, fmt.Errorf("%w: %s exceeds %d bytes", ErrTooLarge, f.Name(), s.maxBlob)
	}
	return blob, fi, nil
}

// recordBlob records root's file fi, whose bytes blob verifyBlob just checked.
func (s *Store) recordBlob(root [32]byte, fi os.FileInfo, blob []byte) {
	h, _ := ParseHeader(blob) // parsed by verifyBlob already
	s.record(root, fi, h.Base)
}

// encoding reads, verifies and records root's blob (and, through verifyBlob, its base
// chain's) and returns its encoding.
func (s *Store) encoding(ctx context.Context, root [32]byte, depth int) ([]byte, error) {
	blob, fi, err := s.readBlob(root)
	if err != nil {
		return nil, err
	}
	enc, _, err := s.verifyBlob(ctx, root, blob, depth)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", s.path(root), err)
	}
	s.recordBlob(root, fi, blob)
	return enc, nil
}

// verifyBlob decompresses blob (fetching its base chain from the store) and checks that
// it is the state root; it returns the encoding and the decoded state.
func (s *Store) verifyBlob(ctx context.Context, root [32]byte, blob []byte, depth int) ([]byte, *checkpoint.State, error) {
	h, err := ParseHeader(blob)
	if err != nil {
		return nil, nil, err
	}
	if h.Root != root {
		return nil, nil, fmt.Errorf("%w: blob is labelled %x, expected %x", ErrHashMismatch, h.Root, root)
	}
	var base []byte
	if h.Delta {
		if depth >= MaxChain {
			return nil, nil, fmt.Errorf("%w: delta chain longer than %d", ErrCorrupt, MaxChain)
		}
		if base, err = s.encoding(ctx, h.Base, depth+1); err != nil {
			return nil, nil, fmt.Errorf("base %x: %w", h.Base, err)
		}
	}
	enc, err := s.codec.Decompress(ctx, blob, base)
	if err != nil {
		return nil, nil, err
	}
	st, err := Verify(enc, root)
	if err != nil {
		return nil, nil, err
	}
	return enc, st, nil
}
