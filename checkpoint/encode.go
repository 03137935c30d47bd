package checkpoint

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf8"
)

// Magic opens every encoded state; Version is the layout described in the package doc.
const (
	Magic   = "VTCK"
	Version = 1
)

// fixedLen is the size of everything before the RNG bytes.
const fixedLen = 4 + 2 + 32 + 8 + 8 + 4

// appendHeader appends the tensor's canonical header: dtype u8, name length u16 LE, name
// bytes, rank u8, each dimension u64 LE. It is both the encoding's tensor header and the
// preimage of the tensor's header hash.
func appendHeader(b []byte, t *Tensor) []byte {
	b = append(b, byte(Float32))
	b = binary.LittleEndian.AppendUint16(b, uint16(len(t.Name)))
	b = append(b, t.Name...)
	b = append(b, byte(len(t.Shape)))
	for _, d := range t.Shape {
		b = binary.LittleEndian.AppendUint64(b, uint64(d))
	}
	return b
}

// HeaderBytes returns the canonical header of t (see appendHeader), after checking t.
func HeaderBytes(t *Tensor) ([]byte, error) {
	if err := validateTensor(t); err != nil {
		return nil, err
	}
	return appendHeader(nil, t), nil
}

// EncodedLen returns the length of Encode(s) for a valid s.
func EncodedLen(s *State) int {
	n := fixedLen + len(s.RNG) + 4
	for i := range s.Tensors {
		t := &s.Tensors[i]
		n += 1 + 2 + len(t.Name) + 1 + 8*len(t.Shape) + 4*len(t.Data)
	}
	return n
}

// Encode returns the canonical bytes of s. Equal states give equal bytes; the only
// freedom (none) is fixed by the layout in the package doc.
func Encode(s *State) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	b := make([]byte, 0, EncodedLen(s))
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = append(b, s.SpecHash[:]...)
	b = binary.LittleEndian.AppendUint64(b, s.Step)
	b = binary.LittleEndian.AppendUint64(b, s.DataCursor)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s.RNG)))
	b = append(b, s.RNG...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s.Tensors)))
	for i := range s.Tensors {
		t := &s.Tensors[i]
		b = appendHeader(b, t)
		off := len(b)
		b = b[:off+4*len(t.Data)]
		for j, v := range t.Data {
			binary.LittleEndian.PutUint32(b[off+4*j:], math.Float32bits(v))
		}
	}
	return b, nil
}

// decoder reads little-endian fields and names the field when the input runs out.
type decoder struct {
	b   []byte
	off int
}

func (d *decoder) take(n int, what string) ([]byte, error) {
	if n < 0 || n > len(d.b)-d.off {
		return nil, fmt.Errorf("%w: %s needs %d bytes at offset %d, %d left", ErrTruncated, what, n, d.off, len(d.b)-d.off)
	}
	p := d.b[d.off : d.off+n]
	d.off += n
	return p, nil
}

func (d *decoder) u8(what string) (uint8, error) {
	p, err := d.take(1, what)
	if err != nil {
		return 0, err
	}
	return p[0], nil
}

func (d *decoder) u16(what string) (uint16, error) {
	p, err := d.take(2, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint16(p), nil
}

func (d *decoder) u32(what string) (uint32, error) {
	p, err := d.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(p), nil
}

func (d *decoder) u64(what string) (uint64, error) {
	p, err := d.take(8, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(p), nil
}

// Decode parses canonical bytes strictly: wrong magic or version, a field running past
// the end, a limit exceeded, a shape whose size disagrees with the bytes present,
// duplicate or malformed names and bytes after the last tensor are all errors. A nil
// error means Encode(result) == b.
func Decode(b []byte) (*State, error) {
	s, err := decode(b, true)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return s, nil
}

// decode parses b; without withData it checks everything but leaves Data nil (and the
// spans must then be computed from the shapes).
func decode(b []byte, withData bool) (*State, error) {
	d := &decoder{b: b}
	magic, err := d.take(len(Magic), "magic")
	if err != nil {
		return nil, err
	}
	if string(magic) != Magic {
		return nil, fmt.Errorf("%w: magic %q", ErrBadMagic, magic)
	}
	ver, err := d.u16("version")
	if err != nil {
		return nil, err
	}
	if ver != Version {
		return nil, fmt.Errorf("%w: %d (this build reads %d)", ErrVersion, ver, Version)
	}
	s := new(State)
	spec, err := d.take(32, "spec hash")
	if err != nil {
		return nil, err
	}
	copy(s.SpecHash[:], spec)
	if s.Step, err = d.u64("step"); err != nil {
		return nil, err
	}
	if s.DataCursor, err = d.u64("data cursor"); err != nil {
		return nil, err
	}
	rngLen, err := d.u32("RNG length")
	if err != nil {
		return nil, err
	}
	if rngLen > MaxRNGLen {
		return nil, fmt.Errorf("%w: RNG length %d exceeds %d", ErrInvalid, rngLen, MaxRNGLen)
	}
	rng, err := d.take(int(rngLen), "RNG state")
	if err != nil {
		return nil, err
	}
	if rngLen > 0 {
		s.RNG = append([]byte(nil), rng...)
	}
	count, err := d.u32("tensor count")
	if err != nil {
		return nil, err
	}
	if count > MaxTensors {
		return nil, fmt.Errorf("%w: tensor count %d exceeds %d", ErrInvalid, count, MaxTensors)
	}
	// Every tensor takes at least 4 header bytes: a count the input cannot hold is
	// rejected before anything is allocated for it.
	if int(count) > (len(b)-d.off)/4 {
		return nil, fmt.Errorf("%w: %d tensors cannot fit in %d bytes", ErrTruncated, count, len(b)-d.off)
	}
	s.Tensors = make([]Tensor, count)
	seen := make(map[string]int, count)
	for i := range s.Tensors {
		if err := decodeTensor(d, &s.Tensors[i], withData); err != nil {
			return nil, fmt.Errorf("tensor %d: %w", i, err)
		}
		name := s.Tensors[i].Name
		if j, dup := seen[name]; dup {
			return nil, fmt.Errorf("%w: tensors %d and %d are both named %q", ErrInvalid, j, i, name)
		}
		seen[name] = i
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("%w: %d bytes at offset %d", ErrTrailing, len(b)-d.off, d.off)
	}
	return s, nil
}

func decodeTensor(d *decoder, t *Tensor, withData bool) error {
	dt, err := d.u8("dtype")
	if err != nil {
		return err
	}
	if DType(dt) != Float32 {
		return fmt.Errorf("%w: dtype %d", ErrInvalid, dt)
	}
	nameLen, err := d.u16("name length")
	if err != nil {
		return err
	}
	if nameLen == 0 || nameLen > MaxNameLen {
		return fmt.Errorf("%w: name length %d not in [1, %d]", ErrInvalid, nameLen, MaxNameLen)
	}
	name, err := d.take(int(nameLen), "name")
	if err != nil {
		return err
	}
	if !utf8.Valid(name) {
		return fmt.Errorf("%w: name %q is not UTF-8", ErrInvalid, name)
	}
	t.Name = string(name)
	rank, err := d.u8("rank")
	if err != nil {
		return err
	}
	if rank > MaxRank {
		return fmt.Errorf("%w: tensor %q has rank %d, more than %d", ErrInvalid, t.Name, rank, MaxRank)
	}
	t.Shape = make([]int, rank)
	n := uint64(1)
	for k := range t.Shape {
		dim, err := d.u64("dimension")
		if err != nil {
			return err
		}
		if dim > MaxElements || (dim != 0 && n > MaxElements/dim) {
			return fmt.Errorf("%w: tensor %q: dimension %d = %d makes more than %d elements", ErrInvalid, t.Name, k, dim, MaxElements)
		}
		n *= dim
		t.Shape[k] = int(dim)
	}
	if n > uint64(len(d.b)-d.off)/4 {
		return fmt.Errorf("%w: tensor %q of shape %v needs %d data bytes at offset %d, %d left", ErrTruncated, t.Name, t.Shape, 4*n, d.off, len(d.b)-d.off)
	}
	raw, err := d.take(int(4*n), "data")
	if err != nil {
		return err
	}
	if !withData {
		return nil
	}
	t.Data = make([]float32, n)
	for j := range t.Data {
		t.Data[j] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*j:]))
	}
	return nil
}

// Span is a byte range [Off, Off+Len) of an encoding.
type Span struct{ Off, Len int }

// DataSpans parses b strictly (as Decode) and returns where each tensor's float32 data
// lies in it, in tensor order. Codecs use it to treat the float bytes apart from the
// headers without decoding the values.
func DataSpans(b []byte) ([]Span, error) {
	s, err := decode(b, false)
	if err != nil {
		return nil, fmt.Errorf("data spans: %w", err)
	}
	spans := make([]Span, len(s.Tensors))
	off := fixedLen + len(s.RNG) + 4
	for i := range s.Tensors {
		t := &s.Tensors[i]
		off += 1 + 2 + len(t.Name) + 1 + 8*len(t.Shape)
		n, err := NumElements(t.Shape)
		if err != nil {
			return nil, fmt.Errorf("data spans: %w", err) // unreachable: decode checked
		}
		spans[i] = Span{Off: off, Len: 4 * n}
		off += spans[i].Len
	}
	return spans, nil
}
