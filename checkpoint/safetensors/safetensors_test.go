package safetensors

import (
	"bytes"
	"encoding/hex"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
)

func sample() *checkpoint.State {
	return &checkpoint.State{Step: 7, DataCursor: 448, Tensors: []checkpoint.Tensor{
		{Name: "l0.weight", Shape: []int{2, 3}, Data: []float32{1, -2, 3.5, float32(math.Inf(1)), 0, -0.25}},
		{Name: "l0.bias", Shape: []int{3}, Data: []float32{0.5, 0, -1}},
		{Name: "adam.beta1_power", Shape: []int{1}, Data: []float32{0.9}},
	}}
}

func TestRoundTrip(t *testing.T) {
	st := sample()
	b, err := Encode(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := Encode(st, nil)
	if !bytes.Equal(b, b2) {
		t.Fatal("encoding is not deterministic")
	}
	ts, meta, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	h := st.Hash()
	if meta["veritrain_state_hash"] != hex.EncodeToString(h[:]) || meta["format"] != "pt" {
		t.Fatalf("metadata %v", meta)
	}
	for i, tn := range ts {
		want := st.Tensors[i]
		if tn.Name != want.Name || len(tn.Data) != len(want.Data) {
			t.Fatalf("tensor %d: %s, want %s", i, tn.Name, want.Name)
		}
		for j := range tn.Data {
			if math.Float32bits(tn.Data[j]) != math.Float32bits(want.Data[j]) {
				t.Fatalf("%s[%d] = %v, want %v", tn.Name, j, tn.Data[j], want.Data[j])
			}
		}
	}
}

// TestPythonReadsIt reads the file back with a short Python script (standard library
// only: the format is simple enough), as a PyTorch or JAX user's loader would.
func TestPythonReadsIt(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	st := sample()
	b, err := Encode(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "model.safetensors")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import json, struct, sys
raw = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
hdr = json.loads(raw[8:8+n])
data = raw[8+n:]
for name, e in sorted(hdr.items()):
    if name == "__metadata__":
        continue
    lo, hi = e["data_offsets"]
    vals = struct.unpack("<%df" % ((hi - lo) // 4), data[lo:hi])
    print(name, e["dtype"], e["shape"], " ".join(repr(v) for v in vals))
`
	out, err := exec.Command(py, "-c", script, p).CombinedOutput()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, out)
	}
	want := "adam.beta1_power F32 [1] 0.8999999761581421\n" +
		"l0.bias F32 [3] 0.5 0.0 -1.0\n" +
		"l0.weight F32 [2, 3] 1.0 -2.0 3.5 inf 0.0 -0.25\n"
	if string(out) != want {
		t.Fatalf("python read:\n%s\nwant:\n%s", out, want)
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := Encode(sample(), nil)
	f.Add(b)
	f.Add([]byte{8, 0, 0, 0, 0, 0, 0, 0, '{', '}', ' ', ' ', ' ', ' ', ' ', ' '})
	f.Fuzz(func(t *testing.T, b []byte) {
		ts, _, err := Decode(b)
		if err != nil {
			return
		}
		st := &checkpoint.State{}
		for _, tn := range ts {
			st.Tensors = append(st.Tensors, checkpoint.Tensor{Name: tn.Name, Shape: tn.Shape, Data: tn.Data})
		}
		if _, err := Encode(st, nil); err != nil && st.Validate() == nil {
			t.Fatalf("decoded tensors do not re-encode: %v", err)
		}
	})
}

// TestSubsetNamesWholeState: a weights-only file carries the whole state's root (the
// committed value) and says it is a subset.
func TestSubsetNamesWholeState(t *testing.T) {
	st := sample()
	b, err := Encode(st, func(t checkpoint.Tensor) bool { return t.Name != "adam.beta1_power" })
	if err != nil {
		t.Fatal(err)
	}
	ts, meta, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	h := st.Hash()
	if len(ts) != 2 || meta["veritrain_state_hash"] != hex.EncodeToString(h[:]) || meta["veritrain_tensors"] != "2/3" {
		t.Fatalf("%d tensors, metadata %v", len(ts), meta)
	}
}
