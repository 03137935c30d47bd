package checkpoint

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
)

func TestProveFloatAll(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	s := randState(r, 1, 7, 8, 9, 100, -1)
	root := s.Hash()
	for ti := range s.Tensors {
		for e := range s.Tensors[ti].Data {
			p, err := ProveFloat(s, ti, e)
			if err != nil {
				t.Fatalf("tensor %d element %d: %v", ti, e, err)
			}
			if p.StateRoot != root || p.Value() != s.Tensors[ti].Data[e] && p.Value() == p.Value() {
				t.Fatalf("tensor %d element %d: wrong root or value", ti, e)
			}
			if err := p.Verify(); err != nil {
				t.Fatalf("tensor %d element %d: %v", ti, e, err)
			}
		}
	}
}

func TestFloatProofTampered(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	s := randState(r, 5, 1000, 3)
	p, err := ProveFloat(s, 1, 517)
	if err != nil {
		t.Fatal(err)
	}
	muts := map[string]func(p *FloatProof){
		"value":        func(p *FloatProof) { p.ValueBits ^= 1 },
		"value+leaf":   func(p *FloatProof) { p.ValueBits ^= 1; p.Leaf[4*(517%8)] ^= 1 },
		"other slot":   func(p *FloatProof) { p.Leaf[0] ^= 1 },
		"element":      func(p *FloatProof) { p.Element = 509 },
		"element slot": func(p *FloatProof) { p.Element = 516 },
		"tensor":       func(p *FloatProof) { p.TensorIndex = 0 },
		"tensor huge":  func(p *FloatProof) { p.TensorIndex = 1 << 63 },
		"header":       func(p *FloatProof) { p.HeaderHash[0] ^= 1 },
		"root":         func(p *FloatProof) { p.StateRoot[0] ^= 1 },
		"data path":    func(p *FloatProof) { p.DataPath[3][5] ^= 1 },
		"state path":   func(p *FloatProof) { p.StatePath[0][5] ^= 1 },
		"short path":   func(p *FloatProof) { p.DataPath = p.DataPath[:len(p.DataPath)-1] },
		"long path":    func(p *FloatProof) { p.StatePath = append(p.StatePath, [32]byte{}) },
	}
	for name, m := range muts {
		q := *p
		q.DataPath = append(q.DataPath[:0:0], p.DataPath...)
		q.StatePath = append(q.StatePath[:0:0], p.StatePath...)
		m(&q)
		if err := q.Verify(); !errors.Is(err, ErrBadProof) {
			t.Errorf("%s: error %v, want ErrBadProof", name, err)
		}
	}
	if err := p.Verify(); err != nil {
		t.Errorf("original proof broken by the mutations: %v", err)
	}
}

func TestProveFloatRange(t *testing.T) {
	s := randState(rand.New(rand.NewPCG(9, 9)), 3, 0)
	for _, c := range []struct{ t, e int }{{-1, 0}, {2, 0}, {0, 3}, {0, -1}, {1, 0}} {
		if _, err := ProveFloat(s, c.t, c.e); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("tensor %d element %d: %v, want ErrOutOfRange", c.t, c.e, err)
		}
	}
}

func TestFloatProofJSON(t *testing.T) {
	s := randState(rand.New(rand.NewPCG(10, 10)), 20)
	p, err := ProveFloat(s, 0, 13)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q FloatProof
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if err := q.Verify(); err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"state_root", "tensor_index", "header_hash", "element", "value_bits", "leaf", "data_path", "state_path"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	for _, bad := range []string{
		`{"state_root":"0xAB"}`,
		`{"leaf":"0x` + string(make([]byte, 0)) + `zz00000000000000000000000000000000000000000000000000000000000000"}`,
		`{"header_hash":"0X0000000000000000000000000000000000000000000000000000000000000000"}`,
	} {
		if err := json.Unmarshal([]byte(bad), &q); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// FuzzFloatProofJSON feeds outside proofs to the parser and the verifier: neither may
// panic, and a proof that verifies must survive a JSON round trip unchanged.
func FuzzFloatProofJSON(f *testing.F) {
	s := randState(rand.New(rand.NewPCG(11, 11)), 9, 1)
	p, err := ProveFloat(s, 0, 8)
	if err != nil {
		f.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"element":18446744073709551615,"tensor_index":18446744073709551615}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p FloatProof
		if json.Unmarshal(b, &p) != nil {
			return
		}
		if p.Verify() != nil {
			return
		}
		again, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q FloatProof
		if err := json.Unmarshal(again, &q); err != nil || q.Verify() != nil {
			t.Fatalf("verified proof does not round-trip: %v", err)
		}
	})
}
