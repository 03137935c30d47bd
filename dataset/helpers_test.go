package dataset

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// randomData returns n deterministic pseudo-random bytes.
func randomData(n int, seed uint64) []byte {
	r := rand.New(rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 1}))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// npyFile writes a .npy file as NumPy does: the header dict padded with spaces and a
// newline to a multiple of 64 bytes.
func npyFile(version int, descr string, fortran bool, shape []int, data []byte) []byte {
	dims := make([]string, len(shape))
	for i, d := range shape {
		dims[i] = fmt.Sprint(d)
	}
	tuple := "(" + strings.Join(dims, ", ") + ")"
	if len(shape) == 1 {
		tuple = fmt.Sprintf("(%d,)", shape[0])
	}
	f := "False"
	if fortran {
		f = "True"
	}
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': %s, 'shape': %s, }", descr, f, tuple)
	lenField := 2
	if version > 1 {
		lenField = 4
	}
	pre := 8 + lenField
	total := pre + len(dict) + 1
	pad := (64 - total%64) % 64
	hdr := dict + strings.Repeat(" ", pad) + "\n"
	b := append([]byte(npyMagic), byte(version), 0)
	if version > 1 {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(hdr)))
	} else {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(hdr)))
	}
	b = append(b, hdr...)
	return append(b, data...)
}

// idxFile writes an IDX file of little-endian data le (converted to big-endian).
func idxFile(dt DType, shape []int, le []byte) []byte {
	b := []byte{0, 0, dtypes[dt].idx, byte(len(shape))}
	for _, d := range shape {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	be := append([]byte(nil), le...)
	swap(be, dt.Size())
	return append(b, be...)
}

// stTensor is a tensor for stFile.
type stTensor struct {
	name  string
	dt    DType
	shape []int
	data  []byte
}

// stFile writes a safetensors file with the tensors' data in the order given.
func stFile(meta map[string]string, ts ...stTensor) []byte {
	var hdr bytes.Buffer
	hdr.WriteByte('{')
	if meta != nil {
		m, _ := json.Marshal(meta)
		fmt.Fprintf(&hdr, `"__metadata__":%s`, m)
	}
	off := 0
	for i, t := range ts {
		if i > 0 || meta != nil {
			hdr.WriteByte(',')
		}
		name, _ := json.Marshal(t.name)
		shape, _ := json.Marshal(append([]int{}, t.shape...))
		fmt.Fprintf(&hdr, `%s:{"dtype":"%s","shape":%s,"data_offsets":[%d,%d]}`, name, dtypes[t.dt].st, shape, off, off+len(t.data))
		off += len(t.data)
	}
	hdr.WriteByte('}')
	for hdr.Len()%8 != 0 {
		hdr.WriteByte(' ')
	}
	b := binary.LittleEndian.AppendUint64(nil, uint64(hdr.Len()))
	b = append(b, hdr.Bytes()...)
	for _, t := range ts {
		b = append(b, t.data...)
	}
	return b
}

// gz compresses b.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// writeFile writes b to dir/name and returns the path.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// mustNew builds a dataset or fails the test.
func mustNew(t testing.TB, arrays ...Array) *Dataset {
	t.Helper()
	d, err := New(arrays)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
