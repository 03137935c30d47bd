package dataset

import (
	"fmt"
	"strings"
)

// DType is an element type. Its value is part of an array's canonical header, so it is
// part of the commitment: codes are never renumbered. Float32 has the code of
// checkpoint.Float32, so that the two headers agree where they overlap.
type DType uint8

// The element types. Every size divides 32, so an element never straddles two data leaves.
const (
	Float32  DType = 1
	Float16  DType = 2
	BFloat16 DType = 3
	Float64  DType = 4
	Uint8    DType = 5
	Int8     DType = 6
	Uint16   DType = 7
	Int16    DType = 8
	Uint32   DType = 9
	Int32    DType = 10
	Uint64   DType = 11
	Int64    DType = 12
)

// dtypeInfo names a DType in each format that has it ("" or 0: the format lacks it).
type dtypeInfo struct {
	name string // NumPy's and PyTorch's name, used in manifests and flags
	size int    // bytes per element
	npy  string // NumPy descr without its byte-order character
	st   string // safetensors dtype
	idx  byte   // IDX type byte
}

var dtypes = [...]dtypeInfo{
	Float32:  {"float32", 4, "f4", "F32", 0x0D},
	Float16:  {"float16", 2, "f2", "F16", 0},
	BFloat16: {"bfloat16", 2, "", "BF16", 0},
	Float64:  {"float64", 8, "f8", "F64", 0x0E},
	Uint8:    {"uint8", 1, "u1", "U8", 0x08},
	Int8:     {"int8", 1, "i1", "I8", 0x09},
	Uint16:   {"uint16", 2, "u2", "U16", 0},
	Int16:    {"int16", 2, "i2", "I16", 0x0B},
	Uint32:   {"uint32", 4, "u4", "U32", 0},
	Int32:    {"int32", 4, "i4", "I32", 0x0C},
	Uint64:   {"uint64", 8, "u8", "U64", 0},
	Int64:    {"int64", 8, "i8", "I64", 0},
}

// Valid reports whether d is one of the element types above.
func (d DType) Valid() bool { return d >= Float32 && int(d) < len(dtypes) }

// Size returns the bytes per element (0 for an invalid DType).
func (d DType) Size() int {
	if !d.Valid() {
		return 0
	}
	return dtypes[d].size
}

// String returns NumPy's name of d ("uint8", "float32", "bfloat16").
func (d DType) String() string {
	if !d.Valid() {
		return fmt.Sprintf("dtype(%d)", uint8(d))
	}
	return dtypes[d].name
}

// MarshalText writes the name String returns (manifests).
func (d DType) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("%w: dtype code %d", ErrInvalid, uint8(d))
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads a name ParseDType accepts.
func (d *DType) UnmarshalText(b []byte) error {
	v, err := ParseDType(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDType reads a dtype name as NumPy and PyTorch spell it ("uint16", "float32").
func ParseDType(s string) (DType, error) {
	for d := Float32; d.Valid(); d++ {
		if dtypes[d].name == s {
			return d, nil
		}
	}
	return 0, fmt.Errorf("%w: dtype %q (have %s)", ErrInvalid, s, dtypeNames(func(DType) bool { return true }))
}

// dtypeNames lists the names of the dtypes keep accepts, for error messages.
func dtypeNames(keep func(DType) bool) string {
	var n []string
	for d := Float32; d.Valid(); d++ {
		if keep(d) {
			n = append(n, dtypes[d].name)
		}
	}
	return strings.Join(n, ", ")
}
