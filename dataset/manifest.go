package dataset

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ManifestFormat names the manifest's format in its "format" field.
const ManifestFormat = "veritrain-dataset"

// MaxManifestBytes bounds a manifest a reader accepts (about 3.5 million chunks: 3.5 TiB
// of data).
const MaxManifestBytes = 256 << 20

// Entry is one array of a manifest: its header, its data root and its chunks' addresses.
type Entry struct {
	Header
	DataRoot [32]byte
	Chunks   [][32]byte // numChunks(Bytes()) addresses, in data order
}

// Manifest lists a dataset's arrays in name order; Root commits to all of it.
type Manifest struct {
	Root   [32]byte
	Arrays []Entry
}

// Bytes returns the data bytes of all arrays.
func (m *Manifest) Bytes() int64 {
	var n int64
	for i := range m.Arrays {
		n += m.Arrays[i].Bytes()
	}
	return n
}

// Index returns the index of the array named name, or -1.
func (m *Manifest) Index(name string) int {
	i, ok := slices.BinarySearchFunc(m.Arrays, name, func(e Entry, n string) int { return strings.Compare(e.Name, n) })
	if !ok {
		return -1
	}
	return i
}

// check validates one entry against the rules and its own chunks: the number of chunks
// fits its size, and the data root follows from the chunk addresses (several chunks:
// the tree over them; one chunk: the address is the data root lifted to the chunk's
// height; none, for an empty array: the root of one zero leaf).
func (e *Entry) check() error {
	n, err := e.Validate()
	if err != nil {
		return err
	}
	if want := numChunks(n); len(e.Chunks) != want {
		return fmt.Errorf("%w: array %q of %d bytes has %d chunks, want %d", ErrInvalid, e.Name, n, len(e.Chunks), want)
	}
	switch len(e.Chunks) {
	case 0:
		if e.DataRoot != DataRoot(nil) {
			return fmt.Errorf("%w: empty array %q has data root %x, want %x", ErrInvalid, e.Name, e.DataRoot, DataRoot(nil))
		}
	case 1:
		if got := liftChunk(e.DataRoot, n); got != e.Chunks[0] {
			return fmt.Errorf("%w: array %q: its one chunk %x does not extend its data root %x", ErrInvalid, e.Name, e.Chunks[0], e.DataRoot)
		}
	default:
		if got := dataRootFromChunks(e.Chunks); got != e.DataRoot {
			return fmt.Errorf("%w: array %q: its chunks give data root %x, the manifest says %x", ErrInvalid, e.Name, got, e.DataRoot)
		}
	}
	return nil
}

// arrayRoots returns each entry's array root.
func (m *Manifest) arrayRoots() [][32]byte {
	roots := make([][32]byte, len(m.Arrays))
	for i := range m.Arrays {
		roots[i] = ArrayRoot(&m.Arrays[i].Header, m.Arrays[i].DataRoot)
	}
	return roots
}

// Check validates m: 1..MaxArrays arrays with names in strictly increasing byte order,
// each entry consistent, and Root the root they give.
func (m *Manifest) Check() error {
	if len(m.Arrays) == 0 || len(m.Arrays) > MaxArrays {
		return fmt.Errorf("%w: %d arrays (want 1..%d)", ErrInvalid, len(m.Arrays), MaxArrays)
	}
	for i := range m.Arrays {
		if err := m.Arrays[i].check(); err != nil {
			return err
		}
		if i > 0 && m.Arrays[i-1].Name >= m.Arrays[i].Name {
			return fmt.Errorf("%w: array %q follows %q (names must be unique and sorted)", ErrInvalid, m.Arrays[i].Name, m.Arrays[i-1].Name)
		}
	}
	if got := rootOf(m.arrayRoots()); got != m.Root {
		return fmt.Errorf("%w: the arrays give root %x, the manifest says %x", ErrInvalid, got, m.Root)
	}
	return nil
}

// hexHash is a hash in a manifest: 64 lowercase hex digits (also a chunk's file name).
type hexHash [32]byte

func (h hexHash) MarshalText() ([]byte, error) { return []byte(hex.EncodeToString(h[:])), nil }

func (h *hexHash) UnmarshalText(b []byte) error {
	if len(b) != 64 || strings.ToLower(string(b)) != string(b) {
		return fmt.Errorf("%w: hash %q is not 64 lowercase hex digits", ErrInvalid, b)
	}
	if _, err := hex.Decode(h[:], b); err != nil {
		return fmt.Errorf("%w: hash %q: %w", ErrInvalid, b, err)
	}
	return nil
}

type manifestJSON struct {
	Format     string      `json:"format"`
	Version    int         `json:"version"`
	Root       hexHash     `json:"root"`
	ChunkBytes int         `json:"chunk_bytes"`
	Arrays     []entryJSON `json:"arrays"`
}

type entryJSON struct {
	Name     string    `json:"name"`
	DType    DType     `json:"dtype"`
	Shape    []int     `json:"shape"`
	Bytes    int64     `json:"bytes"`
	DataRoot hexHash   `json:"data_root"`
	Chunks   []hexHash `json:"chunks"`
}

// Encode returns the manifest's canonical bytes: indented JSON, fields in a fixed
// order, a final newline. It checks m first.
func (m *Manifest) Encode() ([]byte, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	return m.encode()
}

func (m *Manifest) encode() ([]byte, error) {
	j := manifestJSON{Format: ManifestFormat, Version: Version, Root: m.Root, ChunkBytes: ChunkBytes, Arrays: make([]entryJSON, len(m.Arrays))}
	for i, e := range m.Arrays {
		c := make([]hexHash, len(e.Chunks))
		for k := range e.Chunks {
			c[k] = e.Chunks[k]
		}
		j.Arrays[i] = entryJSON{Name: e.Name, DType: e.DType, Shape: append([]int{}, e.Shape...), Bytes: e.Bytes(), DataRoot: e.DataRoot, Chunks: c}
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("dataset: manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// DecodeManifest reads a manifest and checks it (Check: the root follows from its
// entries). It accepts only the canonical bytes Encode writes.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) > MaxManifestBytes {
		return nil, fmt.Errorf("%w: manifest of %d bytes exceeds %d", ErrInvalid, len(b), MaxManifestBytes)
	}
	var j manifestJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%w: manifest: %w", ErrInvalid, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: manifest: data after the JSON object", ErrInvalid)
	}
	switch {
	case j.Format != ManifestFormat:
		return nil, fmt.Errorf("%w: manifest format %q, want %q", ErrInvalid, j.Format, ManifestFormat)
	case j.Version != Version:
		return nil, fmt.Errorf("%w: manifest version %d, want %d", ErrInvalid, j.Version, Version)
	case j.ChunkBytes != ChunkBytes:
		return nil, fmt.Errorf("%w: manifest chunk_bytes %d, want %d", ErrInvalid, j.ChunkBytes, ChunkBytes)
	case len(j.Arrays) > MaxArrays:
		return nil, fmt.Errorf("%w: %d arrays exceed %d", ErrInvalid, len(j.Arrays), MaxArrays)
	}
	m := &Manifest{Root: j.Root, Arrays: make([]Entry, len(j.Arrays))}
	for i, a := range j.Arrays {
		e := Entry{Header: Header{Name: a.Name, DType: a.DType, Shape: a.Shape}, DataRoot: a.DataRoot, Chunks: make([][32]byte, len(a.Chunks))}
		for k := range a.Chunks {
			e.Chunks[k] = a.Chunks[k]
		}
		if _, err := e.Validate(); err != nil {
			return nil, fmt.Errorf("manifest: %w", err)
		}
		if a.Bytes != e.Bytes() {
			return nil, fmt.Errorf("%w: manifest: array %q is %s %v (%d bytes) but says %d bytes", ErrInvalid, a.Name, a.DType, a.Shape, e.Bytes(), a.Bytes)
		}
		m.Arrays[i] = e
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	canon, err := m.encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(canon, b) {
		return nil, fmt.Errorf("%w: manifest is not in canonical form (as Encode writes it)", ErrInvalid)
	}
	return m, nil
}
