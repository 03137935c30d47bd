package dataset

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// PathPrefix is where a Server serves datasets and a fetcher asks for them:
//
//	GET PathPrefix + <root>/manifest.json
//	GET PathPrefix + <root>/chunks/<address>.zst
//
// root and address written as 64 lowercase hex digits.
const PathPrefix = "/datasets/"

const (
	manifestSuffix = "/" + ManifestFile
	chunkInfix     = "/" + ChunkDir + "/"
)

// ManifestURLPath returns the URL path of the manifest of the dataset root.
func ManifestURLPath(root [32]byte) string {
	return PathPrefix + hex.EncodeToString(root[:]) + manifestSuffix
}

// ChunkURLPath returns the URL path of the chunk at addr of the dataset root.
func ChunkURLPath(root, addr [32]byte) string {
	return PathPrefix + hex.EncodeToString(root[:]) + chunkInfix + hex.EncodeToString(addr[:]) + chunkExt
}

// ParseURLPath reads a URL path a Server answers: the manifest of root (chunk false) or
// the chunk at addr of root (chunk true). Exactly the two forms ManifestURLPath and
// ChunkURLPath write are accepted (64 lowercase hex digits each, nothing before, after
// or between); ok is false for anything else.
func ParseURLPath(p string) (root, addr [32]byte, chunk, ok bool) {
	rest, found := strings.CutPrefix(p, PathPrefix)
	if !found || len(rest) < 64 || !parseHex(rest[:64], &root) {
		return root, addr, false, false
	}
	rest = rest[64:]
	if rest == manifestSuffix {
		return root, addr, false, true
	}
	rest, found = strings.CutPrefix(rest, chunkInfix)
	if !found || len(rest) != 64+len(chunkExt) || !strings.HasSuffix(rest, chunkExt) || !parseHex(rest[:64], &addr) {
		return root, addr, false, false
	}
	return root, addr, true, true
}

// parseHex decodes 64 lowercase hex digits into h.
func parseHex(s string, h *[32]byte) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	_, err := hex.Decode(h[:], []byte(s))
	return err == nil
}

// Server is an http.Handler serving dataset folders read-only, each by its root, at
// the paths ParseURLPath reads (GET and HEAD; Range requests; the root or address as
// ETag; immutable caching). Anything else is 404: there is no listing, and no request
// text is ever joined into a file path: a request names a root and an address, which
// are looked up in the manifests loaded at start, and the file opened is the one
// ChunkPath names for an address the manifest lists.
//
// Every manifest is read and checked (canonical, its root following from its entries)
// when the Server is made; it is then served from memory. A chunk is checked against
// its address on its first request and again whenever its file changes (size,
// modification time); a file that fails is never served (500, logged as an error), so
// a corrupted disk does not propagate. Serve it behind checkpoint/store's
// NewHTTPServer (timeouts, per-client limits, paced writes).
type Server struct {
	log *slog.Logger
	lib *Library // nil: the folders loaded at start only

	mu   sync.Mutex
	sets map[[32]byte]*servedSet
}

var _ http.Handler = (*Server)(nil)

// servedSet is one dataset folder a Server serves.
type servedSet struct {
	dir      string
	manifest *Manifest
	encoded  []byte           // manifest.json as read (canonical: Encode's bytes)
	sizes    map[[32]byte]int // chunk address -> data bytes (the most the manifest gives it)

	mu       sync.Mutex
	verified map[[32]byte]fileStamp // chunks checked, and the file as it was then
}

// fileStamp identifies a version of a file: a changed file (other than rewritten in
// place within the clock's resolution, keeping its size) is checked again.
type fileStamp struct {
	size int64
	mod  time.Time
}

// ServedDataset describes one dataset a Server serves.
type ServedDataset struct {
	Dir      string
	Manifest *Manifest
}

// NewServer loads the dataset folders dirs: each manifest is read and checked against
// its root. A folder that is not a dataset folder, or whose manifest fails, is refused
// with an error naming it, as are two folders holding the same dataset. log nil is
// slog.Default().
func NewServer(log *slog.Logger, dirs ...string) (*Server, error) {
	if log == nil {
		log = slog.Default()
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("%w: no dataset folders to serve", ErrInvalid)
	}
	s := &Server{log: log, sets: map[[32]byte]*servedSet{}}
	for _, dir := range dirs {
		m, encoded, err := loadManifest(dir)
		if err != nil {
			return nil, fmt.Errorf("dataset folder %s: %w", dir, err)
		}
		if other, dup := s.sets[m.Root]; dup {
			return nil, fmt.Errorf("%w: %s and %s both hold dataset %x: serve one of them", ErrInvalid, other.dir, dir, m.Root)
		}
		s.sets[m.Root] = newServedSet(dir, m, encoded)
	}
	return s, nil
}

// NewLibraryServer serves every dataset of the library, those added to it later too,
// and the folders dirs as NewServer does. The library's datasets present at start are
// loaded at once (one whose manifest fails is logged and not served); a request for a
// root not loaded yet loads that root's folder (its manifest checked, and of that
// root) if the library holds it by then. Nothing of the request but the parsed root
// reaches a path.
func NewLibraryServer(log *slog.Logger, lib Library, dirs ...string) (*Server, error) {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{log: log, sets: map[[32]byte]*servedSet{}}
	if len(dirs) > 0 {
		var err error
		if s, err = NewServer(log, dirs...); err != nil {
			return nil, err
		}
	}
	s.lib = &lib
	roots, err := lib.Roots()
	if err != nil {
		return nil, err
	}
	for _, r := range roots {
		s.set(r)
	}
	return s, nil
}

func newServedSet(dir string, m *Manifest, encoded []byte) *servedSet {
	set := &servedSet{dir: dir, manifest: m, encoded: encoded, sizes: map[[32]byte]int{}, verified: map[[32]byte]fileStamp{}}
	for _, e := range m.Arrays {
		for c, addr := range e.Chunks {
			set.sizes[addr] = max(set.sizes[addr], chunkLen(e.Bytes(), c))
		}
	}
	return set
}

// set returns the served dataset of root, loading it from the library on first use.
func (s *Server) set(root [32]byte) *servedSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	if set := s.sets[root]; set != nil || s.lib == nil {
		return set
	}
	if !s.lib.Has(root) {
		return nil
	}
	dir := s.lib.Path(root)
	m, encoded, err := loadManifest(dir)
	if err == nil && m.Root != root {
		err = fmt.Errorf("%w: manifest of %x in the folder of %x", ErrCorrupt, m.Root, root)
	}
	if err != nil {
		s.log.Error("library dataset not served", "root", hex.EncodeToString(root[:]), "dir", dir, "err", err)
		return nil
	}
	set := newServedSet(dir, m, encoded)
	s.sets[root] = set
	return set
}

// loadManifest reads and checks dir's manifest and returns it with its bytes.
func loadManifest(dir string) (*Manifest, []byte, error) {
	path := filepath.Join(dir, ManifestFile)
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("%w: not a dataset folder (no %s): %w", ErrInvalid, ManifestFile, err)
		}
		return nil, nil, fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxManifestBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("dataset: %s: %w", path, err)
	}
	m, err := DecodeManifest(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, b, nil
}

// Datasets returns the datasets served, by root (byte order).
func (s *Server) Datasets() []ServedDataset {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]ServedDataset, 0, len(s.sets))
	for _, set := range s.sets {
		out = append(out, ServedDataset{Dir: set.dir, Manifest: set.manifest})
	}
	slices.SortFunc(out, func(a, b ServedDataset) int { return bytes.Compare(a.Manifest.Root[:], b.Manifest.Root[:]) })
	return out
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	root, addr, isChunk, ok := ParseURLPath(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	set := s.set(root)
	if set == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	if !isChunk {
		w.Header().Set("ETag", `"`+hex.EncodeToString(root[:])+`"`)
		w.Header().Set("Content-Type", "application/json")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(set.encoded))
		return
	}
	n, listed := set.sizes[addr]
	if !listed {
		http.NotFound(w, r)
		return
	}
	content, closeFn, err := set.chunk(addr, n)
	if err != nil {
		w.Header().Del("Cache-Control")
		s.log.Error("dataset chunk not served", "root", hex.EncodeToString(root[:]), "chunk", hex.EncodeToString(addr[:]),
			"file", ChunkPath(set.dir, addr), "err", err)
		http.Error(w, "chunk unavailable", http.StatusInternalServerError)
		return
	}
	defer closeFn()
	w.Header().Set("ETag", `"`+hex.EncodeToString(addr[:])+`"`)
	w.Header().Set("Content-Type", "application/zstd")
	http.ServeContent(w, r, "", time.Time{}, content)
}

// chunk opens the file of the chunk at addr (n bytes of data), checking it against the
// address unless this version of the file was checked before; the content is the
// bytes checked, or the open file when they were checked before.
func (set *servedSet) chunk(addr [32]byte, n int) (io.ReadSeeker, func() error, error) {
	f, err := os.Open(ChunkPath(set.dir, addr))
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	stamp := fileStamp{size: st.Size(), mod: st.ModTime()}
	set.mu.Lock()
	seen, checked := set.verified[addr]
	set.mu.Unlock()
	if checked && seen.size == stamp.size && seen.mod.Equal(stamp.mod) {
		return f, f.Close, nil
	}
	defer f.Close()
	if !st.Mode().IsRegular() || st.Size() > int64(chunkFileLimit(n)) {
		return nil, nil, fmt.Errorf("%w: chunk file of %d bytes exceeds %d", ErrCorrupt, st.Size(), chunkFileLimit(n))
	}
	b, err := io.ReadAll(io.LimitReader(f, int64(chunkFileLimit(n))+1))
	if err != nil {
		return nil, nil, err
	}
	if _, err := decodeChunk(b, addr, n); err != nil {
		return nil, nil, err
	}
	set.mu.Lock()
	set.verified[addr] = stamp
	set.mu.Unlock()
	// Serve the bytes checked, not the file: it may have changed since.
	return bytes.NewReader(b), func() error { return nil }, nil
}

// chunkFileLimit bounds the file of a chunk of n bytes of data: zstd's worst case
// (incompressible data in raw blocks: a frame header, 3 bytes per 128 KiB block, a
// checksum) with room to spare, and never more than any chunk's (maxChunkFile).
func chunkFileLimit(n int) int {
	return min(maxChunkFile, n+n/64+512)
}
