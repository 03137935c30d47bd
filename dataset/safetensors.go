package dataset

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"unicode/utf8"
)

// maxSTHeader is the safetensors format's own limit on the JSON header (100 MB).
const maxSTHeader = 100 << 20

// stEntry is one tensor of a safetensors header. Pointers tell a missing field.
type stEntry struct {
	DType   *string
	Shape   *[]int64
	Offsets *[]int64
}

// parseSafetensors reads a safetensors header: an 8-byte little-endian length, then a
// JSON object mapping each tensor's name to its dtype, shape and data_offsets (relative
// to the data section that follows), with an optional "__metadata__" of strings. As the
// format requires, the byte ranges tile the data section with no gap or overlap. Each
// tensor becomes an array named by its key; parts come in data order. It is stricter
// than checkpoint/safetensors.Decode (which reads only float32 into []float32): keys
// may not repeat, and every problem is reported with its offset.
func parseSafetensors(r *reader) ([]part, error) {
	b, err := r.read(8, "the header length")
	if err != nil {
		return nil, err
	}
	n := binary.LittleEndian.Uint64(b)
	if n > maxSTHeader {
		return nil, r.fail(0, ErrFormat, "header length %d exceeds the format's limit of %d", n, maxSTHeader)
	}
	if n < 2 {
		return nil, r.fail(0, ErrFormat, "header length %d is too short for a JSON object", n)
	}
	const base = 8 // the header's offset in the file
	hdr, err := r.read(int64(n), "the JSON header")
	if err != nil {
		return nil, err
	}
	if hdr[0] != '{' {
		return nil, r.fail(base, ErrFormat, "the header does not start with '{'")
	}
	if !utf8.Valid(hdr) {
		// encoding/json would turn invalid bytes into U+FFFD: a name is read exactly or not at all.
		i := 0
		for i < len(hdr) {
			c, size := utf8.DecodeRune(hdr[i:])
			if c == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return nil, r.fail(base+int64(i), ErrFormat, "the header is not UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(hdr))
	syntax := func(err error) error {
		return r.fail(base+dec.InputOffset(), ErrFormat, "JSON header: %v", err)
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntax(err)
	}
	type raw struct {
		name  string
		at    int64 // offset of the value in the file
		value json.RawMessage
	}
	var entries []raw
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntax(err)
		}
		key, ok := tok.(string)
		if !ok { // unreachable: the decoder only yields strings as object keys
			return nil, syntax(fmt.Errorf("key %v is not a string", tok))
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, syntax(err)
		}
		at := base + dec.InputOffset() - int64(len(v))
		if seen[key] {
			return nil, r.fail(at, ErrFormat, "key %q repeated", key)
		}
		seen[key] = true
		entries = append(entries, raw{key, at, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntax(err)
	}
	end := dec.InputOffset()
	for i, c := range hdr[end:] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return nil, r.fail(base+end+int64(i), ErrFormat, "%q after the JSON header (only spaces may pad it)", c)
		}
	}
	dataStart := int64(base) + int64(n)
	var parts []part
	var entryAt []int64 // where each part's entry is in the header, for errors
	for _, e := range entries {
		if e.name == "__metadata__" {
			var meta map[string]string
			if err := json.Unmarshal(e.value, &meta); err != nil {
				return nil, r.fail(e.at, ErrFormat, "__metadata__ is not an object of strings: %v", err)
			}
			continue
		}
		p, pr := stPart(e.name, e.value)
		if pr != nil {
			return nil, r.fail(e.at, pr.kind, "tensor %q: %s", e.name, pr.msg)
		}
		parts = append(parts, p)
		entryAt = append(entryAt, e.at)
	}
	if len(parts) == 0 {
		return nil, r.fail(base, ErrFormat, "the header names no tensors")
	}
	order := make([]int, len(parts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &parts[order[i]], &parts[order[j]]
		if a.off != b.off {
			return a.off < b.off
		}
		return a.nbytes < b.nbytes
	})
	sorted := make([]part, len(parts))
	at := int64(0)
	for k, i := range order {
		p := parts[i]
		if p.off != at {
			return nil, r.fail(entryAt[i], ErrFormat, "tensor %q starts at data offset %d, expected %d (the tensors must tile the data with no gap or overlap)",
				p.Name, p.off, at)
		}
		at += p.nbytes
		p.off += dataStart
		sorted[k] = p
	}
	parts = sorted
	if left := r.remaining(); left >= 0 && left != at {
		if left < at {
			return nil, r.fail(dataStart+left, ErrFormat, "the tensors need %d bytes of data, the file has %d", at, left)
		}
		return nil, r.fail(dataStart+at, ErrFormat, "%d trailing bytes after the tensors' data", left-at)
	}
	return parts, nil
}

// stPart checks one tensor entry and returns its part, whose off is for now relative to
// the data section.
func stPart(name string, value json.RawMessage) (part, *problem) {
	// encoding/json matches field names case-insensitively and keeps the last of two
	// equal keys: read the object's keys exactly, each once.
	fields, pr := objectFields(value)
	if pr != nil {
		return part{}, pr
	}
	var e stEntry
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		v := fields[k]
		var dst any
		switch k {
		case "dtype":
			e.DType = new(string)
			dst = e.DType
		case "shape":
			e.Shape = new([]int64)
			dst = e.Shape
		case "data_offsets":
			e.Offsets = new([]int64)
			dst = e.Offsets
		default:
			return part{}, &problem{ErrFormat, fmt.Sprintf("unknown field %q (an entry has dtype, shape, data_offsets)", k)}
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return part{}, &problem{ErrFormat, fmt.Sprintf("%s: %v", k, err)}
		}
	}
	switch {
	case e.DType == nil:
		return part{}, &problem{ErrFormat, "no dtype"}
	case e.Shape == nil || *e.Shape == nil:
		return part{}, &problem{ErrFormat, "no shape"}
	case e.Offsets == nil:
		return part{}, &problem{ErrFormat, "no data_offsets"}
	case len(*e.Offsets) != 2:
		return part{}, &problem{ErrFormat, fmt.Sprintf("data_offsets has %d numbers, want 2", len(*e.Offsets))}
	}
	if err := checkName(name); err != nil {
		return part{}, &problem{ErrUnsupported, err.Error()}
	}
	var dt DType
	for k := Float32; k.Valid(); k++ {
		if dtypes[k].st == *e.DType {
			dt = k
		}
	}
	if dt == 0 {
		return part{}, &problem{ErrUnsupported, fmt.Sprintf("dtype %s is not supported (have %s)", *e.DType,
			dtypeNames(func(k DType) bool { return dtypes[k].st != "" }))}
	}
	if len(*e.Shape) > MaxRank {
		return part{}, &problem{ErrUnsupported, fmt.Sprintf("%d dimensions (at most %d)", len(*e.Shape), MaxRank)}
	}
	shape := make([]int, len(*e.Shape))
	for i, s := range *e.Shape {
		if s < 0 || s > MaxArrayBytes {
			return part{}, &problem{ErrFormat, fmt.Sprintf("dimension %d is %d", i, s)}
		}
		shape[i] = int(s)
	}
	nbytes, err := shapeBytes(shape, dt.Size())
	if err != nil {
		return part{}, &problem{ErrUnsupported, err.Error()}
	}
	lo, hi := (*e.Offsets)[0], (*e.Offsets)[1]
	if lo < 0 || hi < lo || hi-lo != nbytes {
		return part{}, &problem{ErrFormat, fmt.Sprintf("data_offsets [%d, %d] for %s %v (%d bytes)", lo, hi, dt, shape, nbytes)}
	}
	return part{Header: Header{Name: name, DType: dt, Shape: shape}, nbytes: nbytes, off: lo}, nil
}

// objectFields returns the members of a JSON object, keys exactly as written (escapes
// decoded), refusing a repeated key.
func objectFields(value json.RawMessage) (map[string]json.RawMessage, *problem) {
	dec := json.NewDecoder(bytes.NewReader(value))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, &problem{ErrFormat, "entry is not a JSON object"}
	}
	fields := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, &problem{ErrFormat, fmt.Sprintf("entry: %v", err)}
		}
		k, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, &problem{ErrFormat, fmt.Sprintf("entry: %v", err)}
		}
		if _, dup := fields[k]; dup {
			return nil, &problem{ErrFormat, fmt.Sprintf("field %q repeated", k)}
		}
		fields[k] = v
	}
	return fields, nil
}
