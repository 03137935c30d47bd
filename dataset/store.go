package dataset

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/veritrain/veritrain/internal/atomicfile"
)

// Names inside a dataset folder.
const (
	ManifestFile = "manifest.json"
	ChunkDir     = "chunks"
	chunkExt     = ".zst"
)

// maxChunkFile bounds a chunk file a reader accepts: zstd's worst case for ChunkBytes
// (incompressible data stored raw, a 3-byte header per 128 KiB block) with room to spare.
const maxChunkFile = ChunkBytes + ChunkBytes/64

// codec holds the zstd coder shared by all chunk reads and writes. Both are safe for
// concurrent use; the decoder never writes past the capacity it is given
// (WithDecodeAllCapLimit), which is the chunk's size from the manifest.
var codec = sync.OnceValues(func() (*codecs, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("dataset: zstd encoder: %w", err)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(ChunkBytes+(256<<10)),
		zstd.WithDecodeAllCapLimit(true))
	if err != nil {
		return nil, fmt.Errorf("dataset: zstd decoder: %w", err)
	}
	return &codecs{enc, dec}, nil
})

type codecs struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// ChunkPath returns the file of the chunk at addr in the dataset folder dir.
func ChunkPath(dir string, addr [32]byte) string {
	return filepath.Join(dir, ChunkDir, hex.EncodeToString(addr[:])+chunkExt)
}

// encodeChunk returns a chunk's file content: one zstd frame of the chunk's bytes
// without their trailing zero bytes, so that the file is a function of the address
// (two chunks with one address differ only in trailing zeros, which the manifest's
// sizes put back).
func encodeChunk(data []byte) ([]byte, error) {
	c, err := codec()
	if err != nil {
		return nil, err
	}
	return c.enc.EncodeAll(bytes.TrimRight(data, "\x00"), nil), nil
}

// decodeChunk returns the n bytes of the chunk at addr from its file content, checking
// the canonical form and the address.
func decodeChunk(file []byte, addr [32]byte, n int) ([]byte, error) {
	if len(file) > maxChunkFile {
		return nil, fmt.Errorf("%w: chunk file of %d bytes exceeds %d", ErrCorrupt, len(file), maxChunkFile)
	}
	c, err := codec()
	if err != nil {
		return nil, err
	}
	data, err := c.dec.DecodeAll(file, make([]byte, 0, n))
	if err != nil {
		return nil, fmt.Errorf("%w: zstd: %w", ErrCorrupt, err)
	}
	if len(data) > n {
		return nil, fmt.Errorf("%w: chunk holds %d bytes, the manifest says %d", ErrCorrupt, len(data), n) // unreachable with the cap limit
	}
	if len(data) > 0 && data[len(data)-1] == 0 {
		return nil, fmt.Errorf("%w: chunk file is not canonical (trailing zero bytes stored)", ErrCorrupt)
	}
	stored := len(data)
	data = data[:n] // the capacity is n; the decoder may have used it as scratch space
	clear(data[stored:])
	if got := ChunkAddress(data); got != addr {
		return nil, fmt.Errorf("%w: chunk hashes to %x", ErrCorrupt, got)
	}
	return data, nil
}

// readChunk reads and checks the chunk file of addr, n bytes of data.
func readChunk(dir string, addr [32]byte, n int) ([]byte, error) {
	path := ChunkPath(dir, addr)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxChunkFile+1))
	if err != nil {
		return nil, err
	}
	return decodeChunk(b, addr, n)
}

// writer turns parts into manifest entries, writing each chunk into dir (none if dir
// is "": hashing only). Chunks are hashed in the reading goroutine (merkle.RootFunc
// spreads each over the cores) and compressed and written by a pool of workers, so that
// zstd does not serialize a large input; at most a few chunks are in flight.
type writer struct {
	ctx    context.Context
	dir    string
	free   chan []byte // chunk buffers not in flight
	jobs   chan job    // nil when hashing only
	closed bool        // jobs is closed (finish ran)
	wg     sync.WaitGroup

	mu      sync.Mutex
	err     error             // the first error of a worker
	created []string          // chunk files this writer created, removed by undo
	seen    map[[32]byte]bool // chunks already submitted
	stats   Stats
}

type job struct {
	addr [32]byte
	data []byte
	buf  []byte // returned to free when written (nil: not the writer's)
}

// Stats counts what an Add or Write did.
type Stats struct {
	ChunksWritten int   // chunk files created
	ChunksKept    int   // chunk files found already there (and checked)
	DiskBytes     int64 // bytes of the dataset's chunk files
}

// newWriter returns a writer; finish must be called when dir is not "".
func newWriter(ctx context.Context, dir string) *writer {
	workers := runtime.GOMAXPROCS(0)
	w := &writer{ctx: ctx, dir: dir, free: make(chan []byte, workers+1), seen: map[[32]byte]bool{}}
	n := 1
	if dir != "" {
		n = workers + 1
		jobs := make(chan job)
		w.jobs = jobs
		for range workers {
			w.wg.Go(func() { w.work(jobs) })
		}
	}
	for range n {
		w.free <- make([]byte, ChunkBytes)
	}
	return w
}

func (w *writer) work(jobs <-chan job) {
	for j := range jobs {
		err := w.put(j.addr, j.data)
		if j.buf != nil {
			w.free <- j.buf
		}
		if err != nil {
			w.mu.Lock()
			w.err = cmp.Or(w.err, err)
			w.mu.Unlock()
		}
	}
}

// submit hands a chunk to the workers unless it was submitted before; buf (if not nil)
// comes back to free once the chunk is written.
func (w *writer) submit(addr [32]byte, data, buf []byte) error {
	w.mu.Lock()
	dup, err := w.seen[addr], w.err
	w.seen[addr] = true
	w.mu.Unlock()
	if err != nil {
		return err
	}
	if w.dir == "" || dup {
		if buf != nil {
			w.free <- buf
		}
		return nil
	}
	w.jobs <- job{addr, data, buf}
	return nil
}

// finish waits for the workers and returns their first error.
func (w *writer) finish() error {
	if w.jobs != nil && !w.closed {
		close(w.jobs)
		w.closed = true
		w.wg.Wait()
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// entry reads a part to its end and returns its manifest entry.
func (w *writer) entry(p *part, s *stream) (Entry, error) {
	var chunks [][32]byte
	var first [32]byte // data root of the first chunk: the array's if it is the only one
	for {
		if err := w.ctx.Err(); err != nil {
			return Entry{}, err
		}
		buf := <-w.free
		b, err := s.next(buf)
		if err != nil {
			w.free <- buf
			if errors.Is(err, io.EOF) {
				break
			}
			return Entry{}, err
		}
		root := DataRoot(b)
		addr := liftChunk(root, int64(len(b)))
		if len(chunks) == 0 {
			first = root
		}
		chunks = append(chunks, addr)
		if err := w.submit(addr, b, buf); err != nil {
			return Entry{}, err
		}
	}
	e := Entry{Header: p.Header, Chunks: chunks}
	e.Shape = append([]int{}, e.Shape...)
	switch len(chunks) {
	case 0:
		e.DataRoot = DataRoot(nil)
	case 1:
		e.DataRoot = first
	default:
		e.DataRoot = dataRootFromChunks(chunks)
	}
	return e, nil
}

// put stores one chunk unless a valid file of it is there (a worker's part).
func (w *writer) put(addr [32]byte, data []byte) error {
	path := ChunkPath(w.dir, addr)
	if st, err := os.Stat(path); err == nil {
		if _, err := readChunk(w.dir, addr, len(data)); err == nil {
			w.mu.Lock()
			w.stats.ChunksKept++
			w.stats.DiskBytes += st.Size()
			w.mu.Unlock()
			return nil
		}
	}
	file, err := encodeChunk(data)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, file, 0o644); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	w.mu.Lock()
	w.created = append(w.created, path)
	w.stats.ChunksWritten++
	w.stats.DiskBytes += int64(len(file))
	w.mu.Unlock()
	return nil
}

// undo waits for the workers and removes the chunk files this writer created.
func (w *writer) undo() {
	w.finish()
	for _, p := range w.created {
		os.Remove(p)
	}
	w.created = nil
}

// Source names the file an array came from.
type Source struct {
	Array string
	File  string
}

// Result is what Add did.
type Result struct {
	Manifest  *Manifest
	Sources   []Source // in manifest order
	Stats     Stats
	Unchanged bool // the folder already held this dataset
}

// Add reads the input files (formats by their names, see FormatOf) and writes their
// arrays into the folder dir as one dataset: the chunk files, then the manifest
// (atomically, last, so a folder with a manifest holds all its chunks). It is
// idempotent: the same inputs give the same files, and chunk files already there are
// checked and kept. It refuses a folder holding another dataset (ErrExists), and on
// any failure removes the chunk files it created, leaving dir as it found it.
func Add(ctx context.Context, dir string, paths []string, opts Options) (res *Result, err error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no input files", ErrInvalid)
	}
	old, err := readManifest(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, ChunkDir), 0o755); err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	w := newWriter(ctx, dir)
	defer func() {
		if err != nil {
			w.undo()
		}
	}()
	var entries []Entry
	var sources []Source
	for _, path := range paths {
		err := scanFile(path, opts, func(p *part, s *stream) error {
			e, err := w.entry(p, s)
			if err != nil {
				return err
			}
			entries = append(entries, e)
			sources = append(sources, Source{Array: e.Name, File: path})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if err := w.finish(); err != nil {
		return nil, err
	}
	m, order, err := newManifest(entries, func(i int) string { return sources[i].File })
	if err != nil {
		return nil, err
	}
	res = &Result{Manifest: m, Stats: w.stats, Sources: make([]Source, len(order))}
	for i, k := range order {
		res.Sources[i] = sources[k]
	}
	if old != nil {
		if old.Root != m.Root {
			return nil, fmt.Errorf("%w: %s holds dataset %x; these inputs make %x (remove the folder or choose another)", ErrExists, dir, old.Root, m.Root)
		}
		res.Unchanged = true
		return res, nil
	}
	b, err := m.Encode()
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, ManifestFile), b, 0o644); err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	return res, nil
}

// newManifest sorts entries by name and computes the root; from(i) names the source of
// entry i in the error about a repeated name. It returns the sorted order.
func newManifest(entries []Entry, from func(int) string) (*Manifest, []int, error) {
	if len(entries) > MaxArrays {
		return nil, nil, fmt.Errorf("%w: %d arrays exceed %d", ErrInvalid, len(entries), MaxArrays)
	}
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return entries[order[a]].Name < entries[order[b]].Name })
	m := &Manifest{Arrays: make([]Entry, len(entries))}
	for i, k := range order {
		m.Arrays[i] = entries[k]
		if i > 0 && m.Arrays[i-1].Name == m.Arrays[i].Name {
			return nil, nil, fmt.Errorf("%w: two arrays named %q (from %s and %s): rename a file or a tensor",
				ErrInvalid, m.Arrays[i].Name, from(order[i-1]), from(k))
		}
	}
	m.Root = rootOf(m.arrayRoots())
	if err := m.Check(); err != nil {
		return nil, nil, err
	}
	return m, order, nil
}

// scanFile opens path and scans it.
func scanFile(path string, opts Options, visit visitFunc) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%w: %s is not a regular file", ErrUnsupported, path)
	}
	return scan(f, st.Size(), path, opts, visit)
}

// readManifest reads and checks dir's manifest.
func readManifest(dir string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxManifestBytes+1))
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: %w", path, err)
	}
	m, err := DecodeManifest(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Dir is a dataset folder whose manifest was read and checked (its chunks are checked
// as they are read).
type Dir struct {
	Path     string
	Manifest *Manifest
}

// Open reads the manifest of the dataset folder dir.
func Open(dir string) (*Dir, error) {
	m, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	return &Dir{Path: dir, Manifest: m}, nil
}

// ChunkError names a chunk that is missing or does not match its address.
type ChunkError struct {
	Array string
	Index int // the chunk's index in the array
	Count int // the array's chunks
	Path  string
	Err   error
}

func (e *ChunkError) Error() string {
	return fmt.Sprintf("array %q chunk %d of %d (%s): %v", e.Array, e.Index, e.Count, e.Path, e.Err)
}

// Unwrap returns ErrCorrupt and the cause.
func (e *ChunkError) Unwrap() []error { return []error{ErrCorrupt, e.Err} }

// chunkLen is the data size of chunk c of an array of nbytes.
func chunkLen(nbytes int64, c int) int {
	return int(min(ChunkBytes, nbytes-int64(c)*ChunkBytes))
}

// Chunk returns chunk c of array a, checked against its address.
func (d *Dir) Chunk(a, c int) ([]byte, error) {
	if a < 0 || a >= len(d.Manifest.Arrays) || c < 0 || c >= len(d.Manifest.Arrays[a].Chunks) {
		return nil, fmt.Errorf("%w: chunk %d of array %d: out of range", ErrInvalid, c, a)
	}
	e := &d.Manifest.Arrays[a]
	addr := e.Chunks[c]
	b, err := readChunk(d.Path, addr, chunkLen(e.Bytes(), c))
	if err != nil {
		return nil, &ChunkError{Array: e.Name, Index: c, Count: len(e.Chunks), Path: ChunkPath(d.Path, addr), Err: err}
	}
	return b, nil
}

// Verify reads every chunk and checks it against its address; with the manifest
// checked by Open, that is the whole dataset re-hashed to its root. It returns the
// first bad chunk as a *ChunkError.
func (d *Dir) Verify(ctx context.Context) error {
	for a := range d.Manifest.Arrays {
		for c := range d.Manifest.Arrays[a].Chunks {
			if err := ctx.Err(); err != nil {
				return err
			}
			if _, err := d.Chunk(a, c); err != nil {
				return err
			}
		}
	}
	return nil
}

// Array returns array a (in name order) with all its data, every chunk checked.
func (d *Dir) Array(a int) (Array, error) {
	if a < 0 || a >= len(d.Manifest.Arrays) {
		return Array{}, fmt.Errorf("%w: array %d of %d", ErrInvalid, a, len(d.Manifest.Arrays))
	}
	e := &d.Manifest.Arrays[a]
	data := make([]byte, 0, e.Bytes())
	for c := range e.Chunks {
		b, err := d.Chunk(a, c)
		if err != nil {
			return Array{}, err
		}
		data = append(data, b...)
	}
	return Array{Header: e.Header, Data: data}, nil
}

// ReadRange returns bytes [off, off+n) of array a's data, reading (and checking) only
// the chunks that cover them.
func (d *Dir) ReadRange(a int, off, n int64) ([]byte, error) {
	if a < 0 || a >= len(d.Manifest.Arrays) {
		return nil, fmt.Errorf("%w: array %d of %d", ErrInvalid, a, len(d.Manifest.Arrays))
	}
	e := &d.Manifest.Arrays[a]
	if off < 0 || n < 0 || off > e.Bytes()-n {
		return nil, fmt.Errorf("%w: bytes [%d, %d+%d) of array %q, which has %d", ErrInvalid, off, off, n, e.Name, e.Bytes())
	}
	out := make([]byte, 0, n)
	for c := int(off / ChunkBytes); int64(len(out)) < n; c++ {
		b, err := d.Chunk(a, c)
		if err != nil {
			return nil, err
		}
		lo := max(off-int64(c)*ChunkBytes, 0)
		hi := min(int64(len(b)), off+n-int64(c)*ChunkBytes)
		out = append(out, b[lo:hi]...)
	}
	return out, nil
}

// Load reads the whole dataset into memory, every chunk checked.
func (d *Dir) Load() (*Dataset, error) {
	arrays := make([]Array, len(d.Manifest.Arrays))
	for a := range arrays {
		var err error
		if arrays[a], err = d.Array(a); err != nil {
			return nil, err
		}
	}
	return &Dataset{Arrays: arrays, manifest: d.Manifest}, nil
}

// DiskBytes returns the bytes of the dataset's chunk files (each distinct chunk once).
func (d *Dir) DiskBytes() (int64, error) {
	seen := map[[32]byte]bool{}
	var n int64
	for _, e := range d.Manifest.Arrays {
		for _, c := range e.Chunks {
			if seen[c] {
				continue
			}
			seen[c] = true
			st, err := os.Stat(ChunkPath(d.Path, c))
			if err != nil {
				return 0, fmt.Errorf("dataset: %w", err)
			}
			n += st.Size()
		}
	}
	return n, nil
}
