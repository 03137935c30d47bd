package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Limits of a valid dataset. Every decoder checks the sizes it reads against them
// before it allocates, so a hostile file cannot make a reader allocate without bound.
const (
	MaxNameLen    = 256     // bytes of an array name
	MaxRank       = 8       // dimensions of an array
	MaxArrays     = 1 << 16 // arrays in a dataset
	MaxArrayBytes = 1 << 40 // bytes of one array's data (1 TiB)
)

// Sentinel errors; every error of this package wraps one of them.
var (
	// ErrFormat: an input file breaks the rules of its own format (truncated, bad magic,
	// sizes that disagree). Wrapped in a *DecodeError naming the file and the offset.
	ErrFormat = errors.New("dataset: malformed input")
	// ErrUnsupported: an input is valid in its format but outside what a dataset holds
	// (big-endian, Fortran order, an element type with no canonical form).
	ErrUnsupported = errors.New("dataset: unsupported input")
	// ErrInvalid: a dataset, header or manifest breaks a rule of the canonical form.
	ErrInvalid = errors.New("dataset: invalid")
	// ErrCorrupt: stored data does not hash to what its manifest commits to.
	ErrCorrupt = errors.New("dataset: corrupt")
	// ErrBadProof: an opening does not show its value under the root.
	ErrBadProof = errors.New("dataset: bad proof")
	// ErrExists: the output folder already holds a different dataset.
	ErrExists = errors.New("dataset: folder holds another dataset")
)

// Header is what the commitment says about an array besides its data: name, element
// type and shape (row-major, C order).
type Header struct {
	Name  string
	DType DType
	Shape []int
}

// Array is one named array: its header and its elements, little-endian, row-major.
type Array struct {
	Header
	Data []byte
}

// checkName enforces the name rules: 1..MaxNameLen bytes of UTF-8, no control
// characters (names are printed and stored in a JSON manifest).
func checkName(name string) error {
	if name == "" {
		return fmt.Errorf("%w: empty array name", ErrInvalid)
	}
	if len(name) > MaxNameLen {
		return fmt.Errorf("%w: array name of %d bytes exceeds %d", ErrInvalid, len(name), MaxNameLen)
	}
	if !utf8.ValidString(name) {
		return fmt.Errorf("%w: array name %q is not UTF-8", ErrInvalid, name)
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return fmt.Errorf("%w: array name %q holds a control character", ErrInvalid, name)
		}
	}
	return nil
}

// shapeBytes returns the data size of shape at elemSize bytes per element, or an error
// if a dimension is negative or the size or any dimension exceeds MaxArrayBytes
// (checked without overflow, so that a header's sizes are bounded before any use).
func shapeBytes(shape []int, elemSize int) (int64, error) {
	if len(shape) > MaxRank {
		return 0, fmt.Errorf("%w: rank %d exceeds %d", ErrInvalid, len(shape), MaxRank)
	}
	n := int64(elemSize)
	zero := false
	for i, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("%w: dimension %d is negative (%d)", ErrInvalid, i, d)
		}
		if int64(d) > MaxArrayBytes {
			return 0, fmt.Errorf("%w: dimension %d (%d) exceeds %d", ErrInvalid, i, d, int64(MaxArrayBytes))
		}
		if d == 0 {
			zero = true
			continue
		}
		if int64(d) > MaxArrayBytes/n {
			return 0, fmt.Errorf("%w: shape %v of %d-byte elements exceeds %d bytes", ErrInvalid, shape, elemSize, int64(MaxArrayBytes))
		}
		n *= int64(d)
	}
	if zero {
		return 0, nil
	}
	return n, nil
}

// Validate checks h against the rules of the canonical form and returns its data size
// in bytes.
func (h *Header) Validate() (int64, error) {
	if err := checkName(h.Name); err != nil {
		return 0, err
	}
	if !h.DType.Valid() {
		return 0, fmt.Errorf("%w: array %q has dtype code %d", ErrInvalid, h.Name, uint8(h.DType))
	}
	n, err := shapeBytes(h.Shape, h.DType.Size())
	if err != nil {
		return 0, fmt.Errorf("array %q: %w", h.Name, err)
	}
	return n, nil
}

// NumElements returns the product of the shape (1 for a scalar) of a valid header.
func (h *Header) NumElements() int64 {
	n := int64(1)
	for _, d := range h.Shape {
		n *= int64(d)
	}
	return n
}

// Bytes returns the data size of a valid header.
func (h *Header) Bytes() int64 { return h.NumElements() * int64(h.DType.Size()) }

// HeaderBytes returns h's canonical header: dtype u8, name length u16 LE, name, rank
// u8, dimensions u64 LE (checkpoint.HeaderBytes's layout, with this package's dtypes).
func (h *Header) HeaderBytes() ([]byte, error) {
	if _, err := h.Validate(); err != nil {
		return nil, err
	}
	return h.appendHeader(make([]byte, 0, 4+len(h.Name)+8*len(h.Shape))), nil
}

func (h *Header) appendHeader(b []byte) []byte {
	b = append(b, byte(h.DType))
	b = binary.LittleEndian.AppendUint16(b, uint16(len(h.Name)))
	b = append(b, h.Name...)
	b = append(b, byte(len(h.Shape)))
	for _, d := range h.Shape {
		b = binary.LittleEndian.AppendUint64(b, uint64(d))
	}
	return b
}

// HeaderHash returns SHA-256 of the canonical header of a valid h.
func (h *Header) HeaderHash() [32]byte {
	return sha256.Sum256(h.appendHeader(make([]byte, 0, 4+len(h.Name)+8*len(h.Shape))))
}

// Validate checks the header and that Data holds exactly its bytes.
func (a *Array) Validate() error {
	n, err := a.Header.Validate()
	if err != nil {
		return err
	}
	if int64(len(a.Data)) != n {
		return fmt.Errorf("%w: array %q is %s %v (%d bytes) but holds %d bytes", ErrInvalid, a.Name, a.DType, a.Shape, n, len(a.Data))
	}
	return nil
}
