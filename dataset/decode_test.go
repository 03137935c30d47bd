package dataset

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/safetensors"
)

// TestSameRootAcrossFormats: the same name, dtype, shape and values give one root
// whether they come as .npy (each version, gzipped or not), safetensors, IDX or raw.
func TestSameRootAcrossFormats(t *testing.T) {
	for _, c := range []struct {
		dt    DType
		shape []int
	}{
		{Uint8, []int{2, 3, 4}},
		{Int8, []int{7}},
		{Int16, []int{3, 5}},
		{Int32, []int{}},
		{Float32, []int{0, 3}},
		{Float64, []int{4, 4}},
		{Float32, []int{300, 1001}},   // two chunks, the second partial
		{Uint8, []int{3, 1024, 1024}}, // three whole chunks
	} {
		t.Run(fmt.Sprintf("%s%v", c.dt, c.shape), func(t *testing.T) {
			h := Header{Name: "x", DType: c.dt, Shape: c.shape}
			data := randomData(int(h.Bytes()), uint64(len(c.shape))+uint64(c.dt))
			want := mustNew(t, Array{Header: h, Data: data}).Root()
			order := "<"
			if c.dt.Size() == 1 {
				order = "|"
			}
			npy := func(v int) []byte { return npyFile(v, order+dtypes[c.dt].npy, false, c.shape, data) }
			files := map[string][]byte{
				"x.npy":               npy(1),
				"v2/x.npy":            npy(2),
				"v3/x.npy.gz":         gz(npy(3)),
				"x.safetensors":       stFile(map[string]string{"format": "pt"}, stTensor{"x", c.dt, c.shape, data}),
				"x.safetensors.gz":    gz(stFile(nil, stTensor{"x", c.dt, c.shape, data})),
				"x.idx":               idxFile(c.dt, c.shape, data),
				"x-idx3-ubyte.gz":     gz(idxFile(c.dt, c.shape, data)),
				"mirror/x.idx3-ubyte": idxFile(c.dt, c.shape, data),
			}
			if len(c.shape) == 1 {
				files["x.bin"] = data
				files["x.bin.gz"] = gz(data)
			}
			for name, b := range files {
				arrays, err := Decode(name, b, Options{RawDType: c.dt})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got := mustNew(t, arrays...).Root(); got != want {
					t.Errorf("%s: root %x, want %x", name, got, want)
				}
			}
		})
	}
}

// TestRootBindsHeader: the same bytes under another name, dtype or shape give another root.
func TestRootBindsHeader(t *testing.T) {
	data := randomData(8, 1)
	root := func(h Header) [32]byte { return mustNew(t, Array{Header: h, Data: data}).Root() }
	base := root(Header{"x", Uint8, []int{8}})
	for _, h := range []Header{{"y", Uint8, []int{8}}, {"x", Int8, []int{8}}, {"x", Uint8, []int{2, 4}}, {"x", Uint16, []int{4}}, {"x", Float64, []int{1}}} {
		if root(h) == base {
			t.Errorf("%+v: same root as uint8 [8]", h)
		}
	}
}

// TestNamesAndOrder: arrays are ordered by name, whatever order the files came in;
// a repeated name is refused, naming both sources.
func TestNamesAndOrder(t *testing.T) {
	a := Array{Header{"b", Uint8, []int{1}}, []byte{1}}
	b := Array{Header{"a", Uint8, []int{1}}, []byte{2}}
	if mustNew(t, a, b).Root() != mustNew(t, b, a).Root() {
		t.Fatal("order of arrays changed the root")
	}
	if d := mustNew(t, a, b); d.Arrays[0].Name != "a" || d.Index("b") != 1 || d.Index("c") != -1 {
		t.Fatalf("not sorted by name: %v", d.Manifest().Arrays)
	}
	if _, err := New([]Array{a, a}); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `"b"`) {
		t.Fatalf("repeated name: %v", err)
	}
	for _, name := range []string{"", "a\x00b", "a\nb", strings.Repeat("n", MaxNameLen+1), "\xff"} {
		if _, err := New([]Array{{Header{name, Uint8, []int{1}}, []byte{1}}}); !errors.Is(err, ErrInvalid) {
			t.Errorf("name %q: %v, want ErrInvalid", name, err)
		}
	}
	for _, c := range []struct {
		path, format, name string
	}{
		{"d/train.bin", "bin", "train"}, {"train-images-idx3-ubyte.gz", "idx", "train-images"},
		{"t10k-labels.idx1-ubyte", "idx", "t10k-labels"}, {"a.b.npy.gz", "npy", "a.b"}, {"m.safetensors", "safetensors", "m"},
		{"x.idx", "idx", "x"},
	} {
		f, name, _, err := FormatOf(c.path)
		if err != nil || string(f) != c.format || name != c.name {
			t.Errorf("FormatOf(%q) = %s %q %v, want %s %q", c.path, f, name, err, c.format, c.name)
		}
	}
	for _, p := range []string{"x.csv", ".npy", "x.gz", "x", "idx3-ubyte"} {
		if _, _, _, err := FormatOf(p); !errors.Is(err, ErrUnsupported) {
			t.Errorf("FormatOf(%q): %v, want ErrUnsupported", p, err)
		}
	}
}

// decodeErrorCase is a broken or unsupported input and the error it must give.
type decodeErrorCase struct {
	name, file string
	b          []byte
	opts       Options
	kind       error
	off        int64
	msg        string
}

// TestDecodeErrors: each broken or unsupported input fails with a *DecodeError of the
// right kind, naming the file and the byte offset of the problem.
func TestDecodeErrors(t *testing.T) {
	for _, c := range decodeErrorCases() {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode(c.file, c.b, c.opts)
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("got %v, want a *DecodeError", err)
			}
			if !errors.Is(err, c.kind) || de.Offset != c.off || de.File != c.file || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v (offset %d), want %v at offset %d containing %q", err, de.Offset, c.kind, c.off, c.msg)
			}
			if !strings.Contains(err.Error(), c.file) || !strings.Contains(err.Error(), fmt.Sprintf("byte %d", c.off)) {
				t.Fatalf("message %q does not name the file and offset", err)
			}
		})
	}
}

// decodeErrorCases returns the cases of TestDecodeErrors (also the fuzzers' seeds).
func decodeErrorCases() []decodeErrorCase {
	f4 := randomData(24, 3)
	npy := npyFile(1, "<f4", false, []int{2, 3}, f4)
	npyData := int64(len(npy) - 24)                    // where the data starts
	npyWith := func(dict string, data []byte) []byte { // a v1 header holding dict as is
		b := append([]byte(npyMagic), 1, 0)
		b = binary.LittleEndian.AppendUint16(b, uint16(len(dict)))
		return append(append(b, dict...), data...)
	}
	dictAt := func(dict, sub string) int64 { return 10 + int64(strings.Index(dict, sub)) }
	bigEndian := "{'descr': '>f4', 'fortran_order': False, 'shape': (6,), }\n"
	fortran := "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }\n"
	notTuple := "{'descr': '<f4', 'fortran_order': False, 'shape': (6), }\n"
	unknownKey := "{'descr': '<f4', 'fortran_order': False, 'shape': (6,), 'x': 1}\n"
	repeated := "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (6,)}\n"
	missing := "{'descr': '<f4', 'shape': (6,)}\n"
	structured := "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (6,)}\n"
	complexType := "{'descr': '<c8', 'fortran_order': False, 'shape': (3,)}\n"
	leadingZero := "{'descr': '<f4', 'fortran_order': False, 'shape': (06,)}\n"
	huge := "{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627777,)}\n"
	overflow := "{'descr': '<f4', 'fortran_order': False, 'shape': (1048576, 1048576, 2)}\n"
	junk := "{'descr': '<f4', 'fortran_order': False, 'shape': (6,)} x\n"

	idx := idxFile(Int16, []int{2, 3}, randomData(12, 4))
	st := stFile(nil, stTensor{"a", Float32, []int{2}, f4[:8]}, stTensor{"b", Uint8, []int{4}, f4[8:12]})
	stHeader := func(hdr string, data []byte) []byte {
		b := binary.LittleEndian.AppendUint64(nil, uint64(len(hdr)))
		return append(append(b, hdr...), data...)
	}
	stLen := int64(8 + binary.LittleEndian.Uint64(st))
	tileGap := `{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[3,5]}}`
	repeatedKey := `{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{}}`
	padded := `{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}  x`
	tileOverlap := `{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[1,3]}}`

	return []decodeErrorCase{
		{"npy magic", "x.npy", append([]byte("\x93NUMPZ"), npy[6:]...), Options{}, ErrFormat, 0, "magic"},
		{"npy version", "x.npy", append(append([]byte(npyMagic), 4, 0), npy[8:]...), Options{}, ErrUnsupported, 6, "version 4.0"},
		{"npy header length", "x.npy", append(append([]byte(npyMagic), 2, 0), binary.LittleEndian.AppendUint32(nil, 1<<20)...), Options{}, ErrFormat, 8, "exceeds"},
		{"npy header truncated", "x.npy", npy[:40], Options{}, ErrFormat, 10, "the file has 30 left"},
		{"npy short", "x.npy", npy[:5], Options{}, ErrFormat, 0, "needs 8 bytes"},
		{"npy big-endian", "x.npy", npyWith(bigEndian, f4), Options{}, ErrUnsupported, dictAt(bigEndian, "'>f4'"), "big-endian"},
		{"npy fortran", "x.npy", npyWith(fortran, f4), Options{}, ErrUnsupported, dictAt(fortran, "True"), "fortran_order"},
		{"npy (n)", "x.npy", npyWith(notTuple, f4), Options{}, ErrFormat, dictAt(notTuple, ")"), "not a tuple"},
		{"npy unknown key", "x.npy", npyWith(unknownKey, f4), Options{}, ErrFormat, dictAt(unknownKey, "'x'"), "unknown key"},
		{"npy repeated key", "x.npy", npyWith(repeated, f4), Options{}, ErrFormat, dictAt(repeated, "'descr': '<f4', 'f"), "repeated"},
		{"npy missing key", "x.npy", npyWith(missing, f4), Options{}, ErrFormat, int64(10 + len(missing) - 1), "fortran_order"},
		{"npy structured", "x.npy", npyWith(structured, f4), Options{}, ErrUnsupported, dictAt(structured, "["), "structured"},
		{"npy complex", "x.npy", npyWith(complexType, f4), Options{}, ErrUnsupported, dictAt(complexType, "'<c8'"), "not supported"},
		{"npy leading zero", "x.npy", npyWith(leadingZero, f4), Options{}, ErrFormat, dictAt(leadingZero, "06"), "leading zero"},
		{"npy huge dimension", "x.npy", npyWith(huge, nil), Options{}, ErrUnsupported, dictAt(huge, "1099511627777"), "exceeds"},
		{"npy size overflow", "x.npy", npyWith(overflow, nil), Options{}, ErrUnsupported, dictAt(overflow, "(1048576"), "exceeds"},
		{"npy junk after dict", "x.npy", npyWith(junk, f4), Options{}, ErrFormat, dictAt(junk, "x\n"), "after the dict"},
		{"npy data short", "x.npy", npy[:len(npy)-1], Options{}, ErrFormat, npyData, "needs 24 bytes of data, the file has 23"},
		{"npy trailing", "x.npy", append(bytes.Clone(npy), 0), Options{}, ErrFormat, npyData + 24, "trailing"},
		{"npy.gz data short", "x.npy.gz", gz(npy[:len(npy)-1]), Options{}, ErrFormat, int64(len(npy) - 1), "ends while reading array"},
		{"npy.gz trailing", "x.npy.gz", gz(append(bytes.Clone(npy), 0)), Options{}, ErrFormat, int64(len(npy)), "trailing"},
		{"gzip broken", "x.npy.gz", gz(npy)[:30], Options{}, ErrFormat, 10, "ends while reading the header"},
		{"not gzip", "x.npy.gz", npy, Options{}, ErrFormat, 0, "not a gzip stream"},

		{"idx magic", "x.idx", append([]byte{1}, idx[1:]...), Options{}, ErrFormat, 0, "not an IDX file"},
		{"idx type", "x.idx", append([]byte{0, 0, 0x0a}, idx[3:]...), Options{}, ErrFormat, 2, "type byte 0x0a"},
		{"idx rank", "x.idx", append([]byte{0, 0, 8, 9}, make([]byte, 36)...), Options{}, ErrUnsupported, 3, "9 dimensions"},
		{"idx dims truncated", "x.idx", idx[:9], Options{}, ErrFormat, 4, "needs 8 bytes"},
		{"idx data short", "x.idx", idx[:len(idx)-2], Options{}, ErrFormat, 12, "needs 12 bytes of data, the file has 10"},
		{"idx trailing", "x-idx2-ubyte", append(bytes.Clone(idx), 1, 2), Options{}, ErrFormat, 24, "2 trailing bytes"},
		{"idx too large", "x.idx", []byte{0, 0, 0x0e, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 2}, Options{}, ErrUnsupported, 4, "exceeds"},

		{"bin odd", "t.bin", []byte{1, 2, 3, 4, 5}, Options{}, ErrFormat, 4, "1 bytes left over"},
		{"bin uint32", "t.bin", make([]byte, 6), Options{RawDType: Uint32}, ErrFormat, 4, "uint32"},
		{"bin.gz odd", "t.bin.gz", gz([]byte{1, 2, 3, 4, 5}), Options{}, ErrFormat, 4, "left over"},

		{"st header too long", "m.safetensors", binary.LittleEndian.AppendUint64(nil, 200<<20), Options{}, ErrFormat, 0, "limit"},
		{"st header past end", "m.safetensors", st[:20], Options{}, ErrFormat, 8, "needs"},
		{"st not object", "m.safetensors", stHeader(`[1]`, nil), Options{}, ErrFormat, 8, "start with '{'"},
		{"st bad JSON", "m.safetensors", stHeader(`{"a":}`, nil), Options{}, ErrFormat, 13, "JSON"},
		{"st not UTF-8", "m.safetensors", stHeader("{\"a\xff\":1}", nil), Options{}, ErrFormat, 11, "UTF-8"},
		{"st repeated", "m.safetensors", stHeader(repeatedKey, []byte{1}), Options{}, ErrFormat, 8 + int64(strings.LastIndex(repeatedKey, "{")), "repeated"},
		{"st unknown field", "m.safetensors", stHeader(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"x":1}}`, []byte{1}), Options{}, ErrFormat, 13, "unknown field"},
		{"st missing shape", "m.safetensors", stHeader(`{"a":{"dtype":"U8","data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrFormat, 13, "no shape"},
		{"st dtype", "m.safetensors", stHeader(`{"a":{"dtype":"BOOL","shape":[1],"data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrUnsupported, 13, "BOOL"},
		{"st offsets size", "m.safetensors", stHeader(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, make([]byte, 4)), Options{}, ErrFormat, 13, "data_offsets [0, 4]"},
		{"st three offsets", "m.safetensors", stHeader(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}}`, []byte{1}), Options{}, ErrFormat, 13, "3 numbers"},
		{"st negative dim", "m.safetensors", stHeader(`{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrFormat, 13, "dimension 0 is -1"},
		{"st gap", "m.safetensors", stHeader(tileGap, make([]byte, 5)), Options{}, ErrFormat, 8 + int64(strings.LastIndex(tileGap, "{")), "tile"},
		{"st overlap", "m.safetensors", stHeader(tileOverlap, make([]byte, 3)), Options{}, ErrFormat, 8 + int64(strings.LastIndex(tileOverlap, "{")), "tile"},
		{"st field case", "m.safetensors", stHeader(`{"a":{"dtYpe":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrFormat, 13, "unknown field \"dtYpe\""},
		{"st field repeated", "m.safetensors", stHeader(`{"a":{"dtype":"U8","dtype":"F32","shape":[1],"data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrFormat, 13, "repeated"},
		{"st trailing", "m.safetensors", append(bytes.Clone(st), 9), Options{}, ErrFormat, stLen + 12, "1 trailing bytes"},
		{"st short", "m.safetensors", st[:len(st)-1], Options{}, ErrFormat, stLen + 11, "need 12 bytes of data, the file has 11"},
		{"st no tensors", "m.safetensors", stHeader(`{"__metadata__":{"a":"b"}}`, nil), Options{}, ErrFormat, 8, "no tensors"},
		{"st metadata", "m.safetensors", stHeader(`{"__metadata__":{"a":1}}`, nil), Options{}, ErrFormat, 24, "__metadata__"},
		{"st padding", "m.safetensors", stHeader(padded, []byte{1}), Options{}, ErrFormat, 8 + int64(strings.Index(padded, "x")), "after the JSON header"},
		{"st bad name", "m.safetensors", stHeader(`{"a\n":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{1}), Options{}, ErrUnsupported, 15, "control character"},
		{"st.gz short", "m.safetensors.gz", gz(st[:len(st)-1]), Options{}, ErrFormat, stLen + 11, "ends while reading array \"b\""},
	}
}

// TestDecodeValues: decoders put each element where the canonical form says, converting
// IDX's big-endian, keeping NaN bits and -0; safetensors tensors come out whatever
// their order in the header and data.
func TestDecodeValues(t *testing.T) {
	idx := []byte{0, 0, 0x0b, 1, 0, 0, 0, 2, 0x12, 0x34, 0xff, 0xfe}
	a, err := Decode("v.idx", idx, Options{})
	if err != nil || !bytes.Equal(a[0].Data, []byte{0x34, 0x12, 0xfe, 0xff}) || a[0].DType != Int16 || a[0].Name != "v" {
		t.Fatalf("IDX int16: %+v %v", a, err)
	}
	nan := []byte{0x01, 0x00, 0xc0, 0x7f, 0, 0, 0, 0x80} // a NaN with a payload, then -0
	for _, f := range []struct {
		name string
		b    []byte
	}{{"n.npy", npyFile(1, "<f4", false, []int{2}, nan)}, {"n.safetensors", stFile(nil, stTensor{"n", Float32, []int{2}, nan})}} {
		a, err := Decode(f.name, f.b, Options{})
		if err != nil || !bytes.Equal(a[0].Data, nan) {
			t.Fatalf("%s: %+v %v", f.name, a, err)
		}
	}
	// "b" first in the header, "a" first in the data, one empty tensor.
	hdr := `{"b":{"dtype":"I64","shape":[1],"data_offsets":[2,10]},"e":{"dtype":"F16","shape":[0,5],"data_offsets":[10,10]},"a":{"dtype":"BF16","shape":[1],"data_offsets":[0,2]}}`
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(hdr)))
	b = append(append(b, hdr...), 0xaa, 0xbb, 1, 2, 3, 4, 5, 6, 7, 8)
	a, err = Decode("m.safetensors", b, Options{})
	if err != nil || len(a) != 3 {
		t.Fatalf("safetensors: %v %v", a, err)
	}
	d := mustNew(t, a...)
	got := fmt.Sprint(d.Arrays[0].Header, d.Arrays[0].Data, d.Arrays[1].Header, d.Arrays[1].Data, d.Arrays[2].Header, d.Arrays[2].Data)
	if want := "{a bfloat16 [1]} [170 187] {b int64 [1]} [1 2 3 4 5 6 7 8] {e float16 [0 5]} []"; got != want {
		t.Fatalf("safetensors arrays:\n got %s\nwant %s", got, want)
	}
	// One-byte types take any byte-order character NumPy may write.
	for _, descr := range []string{"|u1", "<u1", ">u1"} {
		if _, err := Decode("x.npy", npyFile(1, descr, false, []int{1}, []byte{7}), Options{}); err != nil {
			t.Errorf("%s: %v", descr, err)
		}
	}
}

// TestCheckpointSafetensors: a file written by checkpoint/safetensors (veritrain's own
// export) decodes to its tensors, float32 bits as they are, with their data roots.
func TestCheckpointSafetensors(t *testing.T) {
	st := &checkpoint.State{Tensors: []checkpoint.Tensor{
		{Name: "fc1.weight", Shape: []int{3, 4}, Data: []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -0.5}},
		{Name: "fc1.bias", Shape: []int{3}, Data: []float32{float32(math.NaN()), 0, 1e-40}},
	}}
	b, err := safetensors.Encode(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	arrays, err := Decode("model.safetensors", b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := mustNew(t, arrays...)
	for _, tn := range st.Tensors {
		a := d.Arrays[d.Index(tn.Name)]
		if a.DType != Float32 || fmt.Sprint(a.Shape) != fmt.Sprint(tn.Shape) || DataRoot(a.Data) != checkpoint.DataRoot(tn.Data) {
			t.Fatalf("%s: %v, data root differs from the checkpoint's", tn.Name, a.Header)
		}
	}
}
