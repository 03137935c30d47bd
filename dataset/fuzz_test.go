package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// allocBound is the most a decode of n input bytes may allocate: the data it holds (at
// most n), the reader's 64 KiB buffer, and header parsing, which is linear in the header
// (JSON tokens, shapes). A decoder that trusted a size in the file would pass it.
func allocBound(n int) uint64 { return 32*uint64(n) + 1<<20 }

// fuzzDecode decodes b as a file named name and checks what any input must give: no
// panic; allocation within allocBound; either a *DecodeError of kind ErrFormat or
// ErrUnsupported at an offset inside the input, or valid arrays holding no more bytes
// than the input, which re-encode (by reencode, if not nil) to a file decoding alike.
func fuzzDecode(t *testing.T, name string, b []byte, opts Options, reencode func(Array) (string, []byte)) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.TotalAlloc
	arrays, err := Decode(name, b, opts)
	runtime.ReadMemStats(&ms)
	if alloc := ms.TotalAlloc - before; alloc > allocBound(len(b)) {
		t.Fatalf("decoding %d bytes allocated %d (bound %d)", len(b), alloc, allocBound(len(b)))
	}
	if err != nil {
		var de *DecodeError
		if !errors.As(err, &de) || !(errors.Is(err, ErrFormat) || errors.Is(err, ErrUnsupported)) {
			t.Fatalf("error %v is not a format or support *DecodeError", err)
		}
		if de.Offset < 0 || de.Offset > int64(len(b)) || de.File != name {
			t.Fatalf("error %v: offset %d outside the %d-byte input", err, de.Offset, len(b))
		}
		return
	}
	total := 0
	for i := range arrays {
		if err := arrays[i].Validate(); err != nil {
			t.Fatalf("decoded an invalid array: %v", err)
		}
		total += len(arrays[i].Data)
	}
	if total > len(b) {
		t.Fatalf("%d data bytes from %d input bytes", total, len(b))
	}
	d, err := New(arrays)
	if err != nil {
		t.Fatalf("decoded arrays make no dataset: %v", err)
	}
	if reencode == nil {
		return
	}
	for _, a := range d.Arrays {
		n, enc := reencode(a)
		again, err := Decode(n, enc, opts)
		if err != nil || len(again) != 1 {
			t.Fatalf("re-encoded %s: %v", n, err)
		}
		if again[0].Name != a.Name || again[0].DType != a.DType || !bytes.Equal(again[0].Data, a.Data) || len(again[0].Shape) != len(a.Shape) {
			t.Fatalf("re-encoded %s decodes to %v, want %v", n, again[0].Header, a.Header)
		}
	}
}

// addSeeds adds the valid inputs and the broken ones of TestDecodeErrors whose file
// name ends in ext.
func addSeeds(f *testing.F, ext string, valid ...[]byte) {
	for _, v := range valid {
		f.Add(v)
	}
	for _, c := range decodeErrorCases() {
		if strings.HasSuffix(c.file, ext) || (ext == ".idx" && strings.HasSuffix(c.file, "-ubyte")) {
			f.Add(c.b)
		}
	}
}

func FuzzDecodeNPY(f *testing.F) {
	addSeeds(f, ".npy",
		npyFile(1, "<f4", false, []int{2, 3}, randomData(24, 1)),
		npyFile(2, "|u1", false, []int{5}, randomData(5, 2)),
		npyFile(3, "<i8", false, []int{}, randomData(8, 3)),
		npyFile(1, "<f2", false, []int{0, 7}, nil),
		[]byte("\x93NUMPY\x01\x00\x10\x00{'descr':'<u2','fortran_order':False,'shape':(1,)}  \n\x01\x02"),
	)
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzDecode(t, "f.npy", b, Options{}, func(a Array) (string, []byte) {
			order := "<"
			if a.DType.Size() == 1 {
				order = "|"
			}
			return a.Name + ".npy", npyFile(1, order+dtypes[a.DType].npy, false, a.Shape, a.Data)
		})
	})
}

func FuzzDecodeIDX(f *testing.F) {
	addSeeds(f, ".idx",
		idxFile(Uint8, []int{3, 2}, randomData(6, 1)),
		idxFile(Float64, []int{2}, randomData(16, 2)),
		idxFile(Int32, []int{}, randomData(4, 3)),
		idxFile(Int16, []int{0, 65536}, nil),
	)
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzDecode(t, "f-idx3-ubyte", b, Options{}, func(a Array) (string, []byte) {
			enc := idxFile(a.DType, a.Shape, a.Data)
			if !bytes.Equal(enc, b) { // IDX has one encoding of an array
				t.Fatalf("decoded %v re-encodes to other bytes", a.Header)
			}
			return a.Name + ".idx", enc
		})
	})
}

func FuzzDecodeSafetensors(f *testing.F) {
	addSeeds(f, ".safetensors",
		stFile(map[string]string{"format": "pt"}, stTensor{"w", Float32, []int{2, 2}, randomData(16, 1)}, stTensor{"b", BFloat16, []int{2}, randomData(4, 2)}),
		stFile(nil, stTensor{"e", Uint64, []int{0}, nil}, stTensor{"s", Int8, []int{}, []byte{7}}),
	)
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzDecode(t, "f.safetensors", b, Options{}, func(a Array) (string, []byte) {
			return "g.safetensors", stFile(nil, stTensor{a.Name, a.DType, a.Shape, a.Data})
		})
	})
}

func FuzzDecodeRaw(f *testing.F) {
	addSeeds(f, ".bin", []byte{}, []byte{1, 2}, randomData(1000, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, dt := range []DType{Uint16, Uint32} {
			fuzzDecode(t, "t.bin", b, Options{RawDType: dt}, func(a Array) (string, []byte) {
				if !bytes.Equal(a.Data, b) {
					t.Fatal("raw data differs from the file")
				}
				return "t.bin", a.Data
			})
		}
	})
}

// FuzzManifest: DecodeManifest never panics, stays within its bound, and accepts only
// manifests that Check passes and that re-encode to the same bytes.
func FuzzManifest(f *testing.F) {
	d, err := New([]Array{
		{Header{"a", Uint8, []int{3}}, []byte{1, 2, 3}},
		{Header{"b", Float32, []int{0}}, []byte{}},
		{Header{"c", Uint8, []int{ChunkBytes + 5}}, randomData(ChunkBytes+5, 1)},
	})
	if err != nil {
		f.Fatal(err)
	}
	valid, err := d.Manifest().Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add(bytes.Replace(valid, []byte(`"a"`), []byte(`"d"`), 1))
	f.Add([]byte(`{"format":"veritrain-dataset","version":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		m, err := DecodeManifest(b)
		runtime.ReadMemStats(&ms)
		if alloc := ms.TotalAlloc - before; alloc > allocBound(len(b)) {
			t.Fatalf("decoding %d bytes allocated %d", len(b), alloc)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			return
		}
		if err := m.Check(); err != nil {
			t.Fatal(err)
		}
		if enc, err := m.Encode(); err != nil || !bytes.Equal(enc, b) {
			t.Fatalf("accepted a manifest that does not re-encode to itself: %v", err)
		}
	})
}

// FuzzDecodeGzip: a gzipped file decodes (streaming, its size unknown) exactly as the
// same bytes do unzipped: both fail, or both give the same arrays.
func FuzzDecodeGzip(f *testing.F) {
	f.Add(byte(0), npyFile(1, "<f4", false, []int{2, 3}, randomData(24, 1)))
	f.Add(byte(1), idxFile(Int16, []int{3, 2}, randomData(12, 2)))
	f.Add(byte(2), stFile(nil, stTensor{"w", Float32, []int{2}, randomData(8, 3)}, stTensor{"b", Uint8, []int{3}, randomData(3, 4)}))
	f.Add(byte(3), randomData(101, 5))
	for _, c := range decodeErrorCases() {
		if !strings.HasSuffix(c.file, ".gz") {
			f.Add(byte(0), c.b)
		}
	}
	names := []string{"f.npy", "f.idx", "f.safetensors", "f.bin"}
	f.Fuzz(func(t *testing.T, format byte, b []byte) {
		name := names[int(format)%len(names)]
		want, werr := Decode(name, b, Options{})
		z := gz(b)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		got, gerr := Decode(name+".gz", z, Options{})
		runtime.ReadMemStats(&ms)
		if alloc := ms.TotalAlloc - before; alloc > allocBound(len(b))+1<<20 { // + the gzip reader's state
			t.Fatalf("decoding %d bytes (gzipped) allocated %d", len(b), alloc)
		}
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("plain: %v; gzipped: %v", werr, gerr)
		}
		if gerr != nil {
			var de *DecodeError
			if !errors.As(gerr, &de) || !de.Gzip || de.Offset > int64(len(b)) {
				t.Fatalf("gzipped error %v: not a *DecodeError within the data", gerr)
			}
			return
		}
		if len(got) != len(want) {
			t.Fatalf("%d arrays plain, %d gzipped", len(want), len(got))
		}
		for i := range got {
			if got[i].Name != want[i].Name || got[i].DType != want[i].DType || fmt.Sprint(got[i].Shape) != fmt.Sprint(want[i].Shape) || !bytes.Equal(got[i].Data, want[i].Data) {
				t.Fatalf("array %d: plain %v, gzipped %v", i, want[i].Header, got[i].Header)
			}
		}
	})
}
