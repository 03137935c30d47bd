// Package safetensors writes and reads a checkpoint's tensors in the safetensors format
// (8-byte little-endian header length, a JSON header naming each tensor's dtype, shape
// and byte range, then the raw little-endian data), which PyTorch, JAX and NumPy users
// load directly. The writer is canonical: tensors in the state's order, no padding
// beyond the header's alignment to 8 bytes, metadata holding the state hash.
package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/veritrain/veritrain/checkpoint"
)

// ErrFormat is wrapped by every decoding error.
var ErrFormat = errors.New("safetensors: invalid file")

// maxHeader bounds the JSON header a reader accepts (the format's own limit is 100 MB).
const maxHeader = 100 << 20

type entry struct {
	DType   string   `json:"dtype"`
	Shape   []int    `json:"shape"`
	Offsets [2]int64 `json:"data_offsets"`
}

// Encode writes the tensors of st for which keep returns true (nil keeps all: weights
// and optimizer state alike) with metadata {"format": "pt", "veritrain_state_hash": hex,
// "veritrain_step": n, "veritrain_tensors": "kept/total"}. The hash is always the whole
// state's root, the value a task commits, so that a weights-only file still names the
// checkpoint it came from; "veritrain_tensors" says whether the file is all of it.
func Encode(st *checkpoint.State, keep func(checkpoint.Tensor) bool) ([]byte, error) {
	return EncodeMapped(st, keep, "", nil)
}

// EncodeMapped is Encode with the kept tensors written as to returns them: in the layout
// another framework expects (PyTorch's: train.Spec.ToTorch), which the metadata's
// "veritrain_layout" names. The metadata's hash stays st's, the committed state's, whose
// tensors are in the canonical layout (to maps them back in: train.Spec.FromTorch).
func EncodeMapped(st *checkpoint.State, keep func(checkpoint.Tensor) bool, layout string,
	to func([]checkpoint.Tensor) ([]checkpoint.Tensor, error)) ([]byte, error) {
	h := st.Hash()
	tensors := st.Tensors
	if keep != nil {
		tensors = nil
		for _, t := range st.Tensors {
			if keep(t) {
				tensors = append(tensors, t)
			}
		}
	}
	meta := map[string]string{
		"format":               "pt",
		"veritrain_state_hash": hex.EncodeToString(h[:]),
		"veritrain_step":       fmt.Sprint(st.Step),
		"veritrain_tensors":    fmt.Sprintf("%d/%d", len(tensors), len(st.Tensors)),
	}
	if to != nil {
		var err error
		if tensors, err = to(tensors); err != nil {
			return nil, fmt.Errorf("safetensors: %w", err)
		}
		meta["veritrain_layout"] = layout
	}
	header := map[string]any{"__metadata__": meta}
	var off int64
	for _, t := range tensors {
		if _, dup := header[t.Name]; dup || t.Name == "__metadata__" {
			return nil, fmt.Errorf("safetensors: tensor name %q repeated or reserved", t.Name)
		}
		n := int64(len(t.Data)) * 4
		header[t.Name] = entry{DType: "F32", Shape: slices.Clone(t.Shape), Offsets: [2]int64{off, off + n}}
		off += n
	}
	hj, err := json.Marshal(header) // map keys sorted: one encoding
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	for len(hj)%8 != 0 {
		hj = append(hj, ' ')
	}
	out := make([]byte, 8, 8+len(hj)+int(off))
	binary.LittleEndian.PutUint64(out, uint64(len(hj)))
	out = append(out, hj...)
	for _, t := range tensors {
		for _, v := range t.Data {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
		}
	}
	return out, nil
}

// Tensor is one decoded tensor.
type Tensor struct {
	Name  string
	Shape []int
	Data  []float32
}

// Decode reads a safetensors file of F32 tensors, checking that the byte ranges tile the
// data section exactly; tensors are returned in data order with the metadata.
func Decode(b []byte) ([]Tensor, map[string]string, error) {
	if len(b) < 8 {
		return nil, nil, fmt.Errorf("%w: %d bytes, shorter than the header length", ErrFormat, len(b))
	}
	n := binary.LittleEndian.Uint64(b)
	if n > maxHeader || n > uint64(len(b)-8) {
		return nil, nil, fmt.Errorf("%w: header of %d bytes in a file of %d", ErrFormat, n, len(b))
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b[8 : 8+n]))
	if err := dec.Decode(&raw); err != nil {
		return nil, nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	data := b[8+n:]
	var meta map[string]string
	var ts []Tensor
	var ranges [][2]int64
	for name, r := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(r, &meta); err != nil {
				return nil, nil, fmt.Errorf("%w: metadata: %v", ErrFormat, err)
			}
			continue
		}
		var e entry
		d := json.NewDecoder(bytes.NewReader(r))
		d.DisallowUnknownFields()
		if err := d.Decode(&e); err != nil {
			return nil, nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		if e.DType != "F32" {
			return nil, nil, fmt.Errorf("%w: tensor %q has dtype %s, only F32 is supported", ErrFormat, name, e.DType)
		}
		count := int64(1)
		for _, s := range e.Shape {
			if s < 0 || (s > 0 && count > math.MaxInt32/int64(s)) {
				return nil, nil, fmt.Errorf("%w: tensor %q has shape %v", ErrFormat, name, e.Shape)
			}
			count *= int64(s)
		}
		lo, hi := e.Offsets[0], e.Offsets[1]
		if lo < 0 || hi < lo || hi > int64(len(data)) || hi-lo != 4*count {
			return nil, nil, fmt.Errorf("%w: tensor %q: offsets [%d, %d) for shape %v in %d data bytes", ErrFormat, name, lo, hi, e.Shape, len(data))
		}
		t := Tensor{Name: name, Shape: e.Shape, Data: make([]float32, count)}
		for i := range t.Data {
			t.Data[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[lo+4*int64(i):]))
		}
		ts = append(ts, t)
		ranges = append(ranges, e.Offsets)
	}
	idx := make([]int, len(ts))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return ranges[idx[a]][0] < ranges[idx[b]][0] })
	var at int64
	sorted := make([]Tensor, len(ts))
	for k, i := range idx {
		if ranges[i][0] != at {
			return nil, nil, fmt.Errorf("%w: tensor %q starts at %d, expected %d (gap or overlap)", ErrFormat, ts[i].Name, ranges[i][0], at)
		}
		at = ranges[i][1]
		sorted[k] = ts[i]
	}
	if at != int64(len(data)) {
		return nil, nil, fmt.Errorf("%w: %d data bytes, tensors cover %d", ErrFormat, len(data), at)
	}
	return sorted, meta, nil
}
