package checkpoint

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/proofs.json")

const vectorsPath = "testdata/proofs.json"

// Scheme names the commitment scheme the vectors follow (see the package doc).
const Scheme = "veritrain-checkpoint-v1: sha256; leaf H(0x00||leaf32); node H(0x01||l||r); " +
	"zero-leaf padding to 2^d; data leaves 8 float32 LE; header H(dtype u8||namelen u16||name||rank u8||dims u64); " +
	"tensor H(0x02||header||data); meta H(0x03||spec||step u64||cursor u64||H(rng)); " +
	"state tree [meta, tensor0..]; trace tree over state roots"

type vectors struct {
	Scheme string       `json:"scheme"`
	Proofs []FloatProof `json:"proofs"`
	Trace  []TraceProof `json:"trace"`
}

// vectorStates builds the two states of the vectors: one tensor, and five tensors of
// awkward sizes with NaN, -0, subnormals and infinities at known places.
func vectorStates() (one, five *State) {
	r := rand.New(rand.NewPCG(2026, 4))
	fill := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(r.NormFloat64() * 0.05)
		}
		return v
	}
	bits := math.Float32frombits
	one = &State{SpecHash: [32]byte{0x5e, 0xc0}, Step: 100, DataCursor: 6400, RNG: []byte("chacha8-state"),
		Tensors: []Tensor{{Name: "fc1.weight", Shape: []int{25, 40}, Data: fill(1000)}}}
	five = &State{SpecHash: [32]byte{0x5e, 0xc1}, Step: 7, DataCursor: 448,
		Tensors: []Tensor{
			{Name: "scale", Shape: []int{}, Data: []float32{bits(0x7fc00000)}},
			{Name: "b7", Shape: []int{7}, Data: fill(7)},
			{Name: "b8", Shape: []int{8}, Data: fill(8)},
			{Name: "b9", Shape: []int{9}, Data: fill(9)},
			{Name: "w.momentum", Shape: []int{10, 100}, Data: fill(1000)},
		}}
	five.Tensors[1].Data[3] = float32(math.Copysign(0, -1))
	five.Tensors[2].Data[7] = bits(0x00000001) // smallest subnormal
	five.Tensors[3].Data[8] = bits(0x807fffff) // largest negative subnormal
	five.Tensors[4].Data[0] = float32(math.Inf(1))
	five.Tensors[4].Data[999] = float32(math.Inf(-1))
	five.Tensors[4].Data[512] = bits(0x7fc00000)
	return one, five
}

func buildVectors(t *testing.T) *vectors {
	one, five := vectorStates()
	v := &vectors{Scheme: Scheme}
	add := func(s *State, ti, e int) {
		p, err := ProveFloat(s, ti, e)
		if err != nil {
			t.Fatal(err)
		}
		v.Proofs = append(v.Proofs, *p)
	}
	for _, e := range []int{0, 7, 8, 500, 999} {
		add(one, 0, e)
	}
	for ti, es := range [][]int{{0}, {0, 3, 6}, {0, 7}, {0, 8}, {0, 1, 512, 999}} {
		for _, e := range es {
			add(five, ti, e)
		}
	}
	// A run of five checkpoints: the two states and three later steps of the first.
	hashes := [][32]byte{one.Hash(), five.Hash()}
	for k := range 3 {
		s := *one
		s.Step += uint64(k+1) * 10
		hashes = append(hashes, s.Hash())
	}
	for i := range hashes {
		p, err := ProveTrace(hashes, i)
		if err != nil {
			t.Fatal(err)
		}
		v.Trace = append(v.Trace, *p)
	}
	return v
}

func TestVectors(t *testing.T) {
	want, err := json.MarshalIndent(buildVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(vectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("%v (run go test ./checkpoint -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./checkpoint -update", vectorsPath)
	}
	var v vectors
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Proofs) == 0 || len(v.Trace) == 0 {
		t.Fatal("no vectors")
	}
	for i := range v.Proofs {
		if err := v.Proofs[i].Verify(); err != nil {
			t.Errorf("proof %d: %v", i, err)
		}
	}
	for i := range v.Trace {
		if err := v.Trace[i].Verify(); err != nil {
			t.Errorf("trace %d: %v", i, err)
		}
	}
}
