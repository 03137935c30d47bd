package dataset

import "encoding/binary"

// parseIDX reads an IDX header (the format of MNIST's files): two zero bytes, the type
// byte (0x08 uint8, 0x09 int8, 0x0B int16, 0x0C int32, 0x0D float32, 0x0E float64), the
// number of dimensions, then each dimension as a big-endian u32; the data follows,
// big-endian, row-major.
func parseIDX(r *reader, name string) ([]part, error) {
	magic, err := r.read(4, "the magic number")
	if err != nil {
		return nil, err
	}
	if magic[0] != 0 || magic[1] != 0 {
		return nil, r.fail(0, ErrFormat, "not an IDX file: magic starts %#02x %#02x, want 0x00 0x00", magic[0], magic[1])
	}
	var dt DType
	for d := Float32; d.Valid(); d++ {
		if dtypes[d].idx == magic[2] && dtypes[d].idx != 0 {
			dt = d
		}
	}
	if dt == 0 {
		return nil, r.fail(2, ErrFormat, "type byte %#02x (IDX has 0x08 uint8, 0x09 int8, 0x0b int16, 0x0c int32, 0x0d float32, 0x0e float64)", magic[2])
	}
	rank := int(magic[3])
	if rank > MaxRank {
		return nil, r.fail(3, ErrUnsupported, "%d dimensions (at most %d)", rank, MaxRank)
	}
	dims, err := r.read(int64(4*rank), "the dimensions")
	if err != nil {
		return nil, err
	}
	shape := make([]int, rank)
	for i := range shape {
		shape[i] = int(binary.BigEndian.Uint32(dims[4*i:]))
	}
	if err := checkName(name); err != nil {
		return nil, r.fail(0, ErrUnsupported, "array name from the file name: %v", err)
	}
	p := part{Header: Header{Name: name, DType: dt, Shape: shape}, off: r.off, bigEndian: dt.Size() > 1}
	if p.nbytes, err = shapeBytes(shape, dt.Size()); err != nil {
		return nil, r.fail(4, ErrUnsupported, "shape %v: %v", shape, err)
	}
	if left := r.remaining(); left >= 0 && left != p.nbytes {
		if left < p.nbytes {
			return nil, r.fail(r.off, ErrFormat, "%s %v needs %d bytes of data, the file has %d", dt, shape, p.nbytes, left)
		}
		return nil, r.fail(r.off+p.nbytes, ErrFormat, "%d trailing bytes after the data of %s %v", left-p.nbytes, dt, shape)
	}
	return []part{p}, nil
}

// parseRaw describes a headerless file of little-endian elements (nanoGPT's train.bin:
// uint16 tokens) as one 1-D array. With the size unknown (gzip) the length is found at
// the end of the stream.
func parseRaw(r *reader, name string, dt DType) ([]part, error) {
	if !dt.Valid() {
		return nil, r.fail(0, ErrUnsupported, "raw element type code %d", uint8(dt))
	}
	if err := checkName(name); err != nil {
		return nil, r.fail(0, ErrUnsupported, "array name from the file name: %v", err)
	}
	p := part{Header: Header{Name: name, DType: dt}, nbytes: -1}
	if r.size >= 0 {
		size := int64(dt.Size())
		if rem := r.size % size; rem != 0 {
			return nil, r.fail(r.size-rem, ErrFormat, "%d bytes are not a whole number of %s elements (%d bytes each): %d bytes left over (is the element type right?)",
				r.size, dt, size, rem)
		}
		if r.size > MaxArrayBytes {
			return nil, r.fail(0, ErrUnsupported, "%d bytes exceed %d", r.size, int64(MaxArrayBytes))
		}
		p.nbytes, p.Shape = r.size, []int{int(r.size / size)}
	}
	return []part{p}, nil
}
