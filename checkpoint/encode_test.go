package checkpoint

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// randState builds a state with tensors of the given sizes (shape [n], or a scalar for
// n < 0) and random values, special bit patterns included.
func randState(r *rand.Rand, sizes ...int) *State {
	s := &State{Step: r.Uint64(), DataCursor: r.Uint64(), RNG: []byte("chacha8:0123456789abcdef")}
	for i := range s.SpecHash {
		s.SpecHash[i] = byte(r.Uint32())
	}
	specials := []uint32{0x7fc00000, 0x80000000, 0x00000001, 0x007fffff, 0x7f800000, 0xff800000, 0}
	for i, n := range sizes {
		t := Tensor{Name: "t" + string(rune('a'+i)), Shape: []int{n}}
		if n < 0 {
			t.Shape, n = []int{}, 1
		}
		t.Data = make([]float32, n)
		for j := range t.Data {
			if r.IntN(8) == 0 {
				t.Data[j] = math.Float32frombits(specials[r.IntN(len(specials))])
			} else {
				t.Data[j] = float32(r.NormFloat64())
			}
		}
		s.Tensors = append(s.Tensors, t)
	}
	return s
}

func statesEqual(a, b *State) bool {
	ea, err1 := Encode(a)
	eb, err2 := Encode(b)
	return err1 == nil && err2 == nil && bytes.Equal(ea, eb)
}

func TestEncodeRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	cases := map[string]*State{
		"no tensors":    {Step: 3},
		"scalar":        randState(r, -1),
		"empty tensor":  randState(r, 0),
		"awkward sizes": randState(r, 1, 7, 8, 9, 1000),
		"matrix": {RNG: []byte{1}, Tensors: []Tensor{
			{Name: "w", Shape: []int{3, 2}, Data: []float32{1, 2, 3, 4, 5, float32(math.Inf(-1))}},
			{Name: "empty", Shape: []int{4, 0, 5}},
		}},
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			b, err := Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) != EncodedLen(s) {
				t.Errorf("len %d, EncodedLen %d", len(b), EncodedLen(s))
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			b2, err := Encode(got)
			if err != nil || !bytes.Equal(b, b2) {
				t.Fatalf("re-encoding differs (err %v)", err)
			}
			if got.Hash() != s.Hash() {
				t.Error("decoded state hashes differently")
			}
			for i := range s.Tensors {
				for j, v := range s.Tensors[i].Data {
					if math.Float32bits(got.Tensors[i].Data[j]) != math.Float32bits(v) {
						t.Fatalf("tensor %d element %d: bits changed", i, j)
					}
				}
			}
		})
	}
}

func TestEncodeLayout(t *testing.T) {
	s := &State{SpecHash: [32]byte{0xaa}, Step: 7, DataCursor: 9, RNG: []byte{0xbb},
		Tensors: []Tensor{{Name: "w", Shape: []int{2}, Data: []float32{1, -0}}}}
	b, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	want := []byte("VTCK")
	want = append(want, 1, 0)
	want = append(want, s.SpecHash[:]...)
	want = append(want, 7, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0)
	want = append(want, 1, 0, 0, 0, 0xbb, 1, 0, 0, 0)
	want = append(want, 1, 1, 0, 'w', 1, 2, 0, 0, 0, 0, 0, 0, 0)
	want = append(want, 0, 0, 0x80, 0x3f, 0, 0, 0, 0)
	if !bytes.Equal(b, want) {
		t.Errorf("encoding\n got %x\nwant %x", b, want)
	}
	spans, err := DataSpans(b)
	if err != nil || len(spans) != 1 || spans[0] != (Span{Off: len(want) - 8, Len: 8}) {
		t.Errorf("DataSpans = %v, %v", spans, err)
	}
}

func TestEncodeRejects(t *testing.T) {
	cases := []struct {
		name string
		s    State
	}{
		{"empty name", State{Tensors: []Tensor{{Name: "", Shape: []int{1}, Data: []float32{1}}}}},
		{"long name", State{Tensors: []Tensor{{Name: string(make([]byte, MaxNameLen+1)), Shape: []int{}, Data: []float32{1}}}}},
		{"bad utf8", State{Tensors: []Tensor{{Name: "\xff", Shape: []int{}, Data: []float32{1}}}}},
		{"shape mismatch", State{Tensors: []Tensor{{Name: "a", Shape: []int{2}, Data: []float32{1}}}}},
		{"negative dim", State{Tensors: []Tensor{{Name: "a", Shape: []int{-1}}}}},
		{"rank", State{Tensors: []Tensor{{Name: "a", Shape: make([]int, MaxRank+1)}}}},
		{"huge", State{Tensors: []Tensor{{Name: "a", Shape: []int{0, MaxElements + 1}}}}},
		{"duplicate", State{Tensors: []Tensor{{Name: "a", Shape: []int{}, Data: []float32{1}}, {Name: "a", Shape: []int{}, Data: []float32{1}}}}},
		{"rng", State{RNG: make([]byte, MaxRNGLen+1)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Encode(&c.s); !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v, want ErrInvalid", err)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	s := &State{RNG: []byte{1, 2}, Tensors: []Tensor{
		{Name: "a", Shape: []int{3}, Data: []float32{1, 2, 3}},
		{Name: "b", Shape: []int{}, Data: []float32{4}},
	}}
	good, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	// Offsets in good: fixed part 58, rng 2, count 4 -> tensor a's dtype at 64.
	const ta = fixedLen + 2 + 4
	mod := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"magic", mod(func(b []byte) []byte { b[0] = 'X'; return b }), ErrBadMagic},
		{"version", mod(func(b []byte) []byte { b[4] = 2; return b }), ErrVersion},
		{"trailing", append(append([]byte(nil), good...), 0), ErrTrailing},
		{"rng too long", mod(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[fixedLen-4:], MaxRNGLen+1); return b }), ErrInvalid},
		{"rng past end", mod(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[fixedLen-4:], 4000); return b }), ErrTruncated},
		{"tensor count", mod(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[ta-4:], 3); return b }), ErrTruncated},
		{"tensor count huge", mod(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[ta-4:], 1<<31); return b }), ErrInvalid},
		{"dtype", mod(func(b []byte) []byte { b[ta] = 2; return b }), ErrInvalid},
		{"name length 0", mod(func(b []byte) []byte { b[ta+1] = 0; return b }), ErrInvalid},
		{"name utf8", mod(func(b []byte) []byte { b[ta+3] = 0xff; return b }), ErrInvalid},
		{"duplicate", mod(func(b []byte) []byte { b[ta+3] = 'b'; return b }), ErrInvalid},
		{"rank", mod(func(b []byte) []byte { b[ta+4] = MaxRank + 1; return b }), ErrInvalid},
		{"dim too big", mod(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[ta+5:], 1<<40); return b }), ErrInvalid},
		{"dim past data", mod(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[ta+5:], 1000); return b }), ErrTruncated},
		{"dim short", mod(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[ta+5:], 2); return b }), ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Decode(c.in); !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
	for n := range len(good) {
		if _, err := Decode(good[:n]); !errors.Is(err, ErrTruncated) {
			t.Fatalf("prefix of %d bytes: error %v, want ErrTruncated", n, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	r := rand.New(rand.NewPCG(2, 2))
	for _, s := range []*State{{}, randState(r, 1, 9), randState(r, -1, 0, 3)} {
		b, err := Encode(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err != nil {
			if s != nil {
				t.Fatal("state returned with an error")
			}
			return
		}
		// Strictness: whatever decodes is the one encoding of its state.
		again, err := Encode(s)
		if err != nil {
			t.Fatalf("decoded state does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("decode/encode changed the bytes")
		}
		spans, err := DataSpans(b)
		if err != nil || len(spans) != len(s.Tensors) {
			t.Fatalf("DataSpans: %v", err)
		}
	})
}
