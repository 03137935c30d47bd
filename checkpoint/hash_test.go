package checkpoint

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

func sha(parts ...[]byte) [32]byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	return [32]byte(h.Sum(nil))
}

// refTree is the tree of the package doc written out with crypto/sha256 alone.
func refTree(leaves [][32]byte) [32]byte {
	p := 1
	for p < len(leaves) {
		p *= 2
	}
	level := make([][32]byte, p)
	for i := range level {
		var l [32]byte
		if i < len(leaves) {
			l = leaves[i]
		}
		level[i] = sha([]byte{0}, l[:])
	}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = sha([]byte{1}, level[2*i][:], level[2*i+1][:])
		}
		level = next
	}
	return level[0]
}

// refStateRoot recomputes the state root from the package doc, independently of hash.go.
func refStateRoot(s *State) [32]byte {
	var u8 [8]byte
	rng := sha(s.RNG)
	var meta []byte
	meta = append(meta, 3)
	meta = append(meta, s.SpecHash[:]...)
	binary.LittleEndian.PutUint64(u8[:], s.Step)
	meta = append(meta, u8[:]...)
	binary.LittleEndian.PutUint64(u8[:], s.DataCursor)
	meta = append(meta, u8[:]...)
	meta = append(meta, rng[:]...)
	leaves := [][32]byte{sha(meta)}
	for _, t := range s.Tensors {
		hdr := []byte{1, byte(len(t.Name)), byte(len(t.Name) >> 8)}
		hdr = append(hdr, t.Name...)
		hdr = append(hdr, byte(len(t.Shape)))
		for _, d := range t.Shape {
			hdr = binary.LittleEndian.AppendUint64(hdr, uint64(d))
		}
		raw := make([]byte, 0, 4*len(t.Data)+32)
		for _, v := range t.Data {
			raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(v))
		}
		for len(raw) == 0 || len(raw)%32 != 0 {
			raw = append(raw, 0)
		}
		var data [][32]byte
		for i := 0; i < len(raw); i += 32 {
			data = append(data, [32]byte(raw[i:i+32]))
		}
		h, d := sha(hdr), refTree(data)
		leaves = append(leaves, sha([]byte{2}, h[:], d[:]))
	}
	return refTree(leaves)
}

func TestHashMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, sizes := range [][]int{{}, {0}, {-1}, {1}, {7, 8, 9}, {1, 7, 8, 9, 1000}, {8193, 9000, 70000}} {
		s := randState(r, sizes...)
		if got, want := s.Hash(), refStateRoot(s); got != want {
			t.Errorf("sizes %v: Hash %x, reference %x", sizes, got, want)
		}
	}
}

func TestHashIndependentOfGOMAXPROCS(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	n := 300_000
	if testing.Short() {
		n = 40_000
	}
	s := randState(r, n, 17, n/3, 1)
	want := refStateRoot(s)
	for _, p := range []int{1, 2, 3, runtime.NumCPU(), 16} {
		old := runtime.GOMAXPROCS(p)
		got := s.Hash()
		runtime.GOMAXPROCS(old)
		if got != want {
			t.Errorf("GOMAXPROCS=%d: %x, want %x", p, got, want)
		}
	}
}

// TestHashCommitsToEverything flips each kind of field and expects a new root.
func TestHashCommitsToEverything(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	base := randState(r, 9, 3)
	root := base.Hash()
	clone := func() *State {
		b, err := Encode(base)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	muts := map[string]func(s *State){
		"spec":       func(s *State) { s.SpecHash[31] ^= 1 },
		"step":       func(s *State) { s.Step++ },
		"cursor":     func(s *State) { s.DataCursor++ },
		"rng":        func(s *State) { s.RNG = append(s.RNG, 0) },
		"name":       func(s *State) { s.Tensors[0].Name = "zz" },
		"shape":      func(s *State) { s.Tensors[0].Shape = []int{3, 3} },
		"order":      func(s *State) { s.Tensors[0], s.Tensors[1] = s.Tensors[1], s.Tensors[0] },
		"value":      func(s *State) { s.Tensors[0].Data[8] = math.Nextafter32(s.Tensors[0].Data[8], 10) },
		"zero sign":  func(s *State) { s.Tensors[1].Data[0] = 0; s.Tensors[1].Data[0] = float32(math.Copysign(0, -1)) },
		"nan bits":   func(s *State) { s.Tensors[1].Data[1] = math.Float32frombits(0x7fc00001) },
		"drop empty": func(s *State) { s.Tensors = append(s.Tensors, Tensor{Name: "e", Shape: []int{0}}) },
	}
	for name, m := range muts {
		s := clone()
		m(s)
		if s.Hash() == root {
			t.Errorf("%s: root unchanged", name)
		}
	}
	if clone().Hash() != root {
		t.Error("an identical copy hashes differently")
	}
}

func TestEmptyTensorIsOneZeroLeaf(t *testing.T) {
	tn := &Tensor{Name: "e", Shape: []int{0}}
	zero := refTree([][32]byte{{}})
	if DataRoot(nil) != zero {
		t.Error("empty data root is not the zero-leaf root")
	}
	h := HeaderHash(tn)
	if TensorRoot(tn) != sha([]byte{2}, h[:], zero[:]) {
		t.Error("empty tensor root")
	}
}

func BenchmarkStateHash(b *testing.B) {
	// The MNIST MLP with momentum: 2 x (784*256 + 256 + 256*10 + 10) floats, ~1.6 MB.
	r := rand.New(rand.NewPCG(6, 6))
	s := randState(r, 784*256, 256, 256*10, 10, 784*256, 256, 256*10, 10)
	b.SetBytes(int64(EncodedLen(s)))
	for b.Loop() {
		s.Hash()
	}
}
