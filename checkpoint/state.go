package checkpoint

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// DType identifies a tensor element type. Its value is part of the encoding and of the
// tensor header hash.
type DType uint8

// Float32 is IEEE-754 binary32, stored little-endian. It is the only type so far.
const Float32 DType = 1

// Limits of a valid state. They bound what a decoder allocates for outside input.
const (
	MaxNameLen  = 256     // bytes of a tensor name
	MaxRank     = 8       // dimensions of a tensor
	MaxRNGLen   = 4096    // bytes of opaque PRNG state
	MaxTensors  = 1 << 16 // tensors in a state
	MaxElements = 1 << 32 // elements of one tensor (16 GiB of float32)
)

// Sentinel errors; every error of this package wraps one of them.
var (
	ErrInvalid      = errors.New("checkpoint: invalid state")
	ErrTruncated    = errors.New("checkpoint: truncated input")
	ErrTrailing     = errors.New("checkpoint: trailing bytes after state")
	ErrBadMagic     = errors.New("checkpoint: not a veritrain checkpoint")
	ErrVersion      = errors.New("checkpoint: unsupported encoding version")
	ErrBadProof     = errors.New("checkpoint: bad proof")
	ErrOutOfRange   = errors.New("checkpoint: index out of range")
	ErrHashMismatch = errors.New("checkpoint: hash mismatch")
)

// Tensor is one named array of the training state.
type Tensor struct {
	Name  string    // e.g. "fc1.weight", "fc1.weight.momentum"; unique within a state
	Shape []int     // row-major; product == len(Data)
	Data  []float32 // the values; their bits are committed as they are
}

// State is everything a verifier needs to resume a run and land on the same bits.
type State struct {
	SpecHash   [32]byte // canonical hash of the model/training spec this state belongs to
	Step       uint64   // number of optimizer steps already applied
	DataCursor uint64   // position in the data stream (next example index)
	RNG        []byte   // opaque PRNG state (e.g. ChaCha8 MarshalBinary), may be empty
	Tensors    []Tensor // in the model's canonical order (the order is part of the commitment)
}

// NumElements returns the product of shape, or an error if a dimension is negative or
// the product exceeds MaxElements.
func NumElements(shape []int) (int, error) {
	n := 1
	for i, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("%w: dimension %d is negative (%d)", ErrInvalid, i, d)
		}
		if d > MaxElements || (d != 0 && n > MaxElements/d) {
			return 0, fmt.Errorf("%w: shape %v has more than %d elements", ErrInvalid, shape, MaxElements)
		}
		n *= d
	}
	return n, nil
}

// validateTensor checks one tensor against the limits and its own shape.
func validateTensor(t *Tensor) error {
	if t.Name == "" {
		return fmt.Errorf("%w: empty tensor name", ErrInvalid)
	}
	if len(t.Name) > MaxNameLen {
		return fmt.Errorf("%w: tensor name of %d bytes exceeds %d", ErrInvalid, len(t.Name), MaxNameLen)
	}
	if !utf8.ValidString(t.Name) {
		return fmt.Errorf("%w: tensor name %q is not UTF-8", ErrInvalid, t.Name)
	}
	if len(t.Shape) > MaxRank {
		return fmt.Errorf("%w: tensor %q has rank %d, more than %d", ErrInvalid, t.Name, len(t.Shape), MaxRank)
	}
	n, err := NumElements(t.Shape)
	if err != nil {
		return fmt.Errorf("tensor %q: %w", t.Name, err)
	}
	if n != len(t.Data) {
		return fmt.Errorf("%w: tensor %q has shape %v (%d elements) but %d values", ErrInvalid, t.Name, t.Shape, n, len(t.Data))
	}
	return nil
}

// Validate reports whether s can be encoded: names non-empty, UTF-8, unique and within
// MaxNameLen; shapes match the data; every limit above respected.
func (s *State) Validate() error {
	if len(s.RNG) > MaxRNGLen {
		return fmt.Errorf("%w: RNG state of %d bytes exceeds %d", ErrInvalid, len(s.RNG), MaxRNGLen)
	}
	if len(s.Tensors) > MaxTensors {
		return fmt.Errorf("%w: %d tensors exceed %d", ErrInvalid, len(s.Tensors), MaxTensors)
	}
	seen := make(map[string]int, len(s.Tensors))
	for i := range s.Tensors {
		t := &s.Tensors[i]
		if err := validateTensor(t); err != nil {
			return fmt.Errorf("tensor %d: %w", i, err)
		}
		if j, dup := seen[t.Name]; dup {
			return fmt.Errorf("%w: tensors %d and %d are both named %q", ErrInvalid, j, i, t.Name)
		}
		seen[t.Name] = i
	}
	return nil
}

// Tensor returns the index of the tensor named name, or -1.
func (s *State) Tensor(name string) int {
	for i := range s.Tensors {
		if s.Tensors[i].Name == name {
			return i
		}
	}
	return -1
}
