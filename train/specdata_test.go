package train

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/dataset"
)

// mnistDataSpec is mnist-mlp reading MNIST as a dataset by root, as a researcher's
// own data is read.
func mnistDataSpec(t *testing.T, lib *dataset.Library) *Spec {
	t.Helper()
	d, err := dataset.MNIST()
	if err != nil {
		t.Skip(err)
	}
	if _, err := lib.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	s, err := Builtin("mnist-mlp")
	if err != nil {
		t.Fatal(err)
	}
	root := d.Root()
	s.Name, s.Dataset = "mnist-mlp-by-root", ""
	s.Data = &Data{Root: hex.EncodeToString(root[:]), Shape: []int{28, 28, 1}, Classes: 10, Scale: 255,
		Train: Split{Inputs: "train-images", Labels: "train-labels"}, Test: &Split{Inputs: "t10k-images", Labels: "t10k-labels"}}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSpecDataMatchesBuiltin: MNIST named by its dataset root gives the built-in
// MNIST's numbers bit for bit, so training from one initial state takes the same
// steps (the states differ only in the spec hash they carry).
func TestSpecDataMatchesBuiltin(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	s := mnistDataSpec(t, lib)
	tr, err := NewTrainerWith(s, Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewTrainer(mustBuiltin(t, "mnist-mlp"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f32bits(tr.Data.TrainX), f32bits(b.Data.TrainX)) || !bytes.Equal(tr.Data.TrainY, b.Data.TrainY) ||
		!slices.Equal(f32bits(tr.Data.TestX), f32bits(b.Data.TestX)) || !bytes.Equal(tr.Data.TestY, b.Data.TestY) {
		t.Fatal("MNIST by root differs from the built-in MNIST")
	}
	st, bst := tr.Init(), b.Init()
	for range 3 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
		if bst, _, err = b.Step(bst); err != nil {
			t.Fatal(err)
		}
	}
	for i := range st.Tensors {
		if !slices.Equal(f32bits(st.Tensors[i].Data), f32bits(bst.Tensors[i].Data)) {
			t.Fatalf("tensor %s differs after 3 steps", st.Tensors[i].Name)
		}
	}
	if st.Hash() == bst.Hash() {
		t.Fatal("two specs' states hash alike")
	}
}

func mustBuiltin(t *testing.T, name string) *Spec {
	t.Helper()
	s, err := Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func f32bits(x []float32) []uint32 {
	b := make([]uint32, len(x))
	for i, v := range x {
		b[i] = math.Float32bits(v)
	}
	return b
}

// tinyData is a dataset of 40 rows of 8×8×1 uint16 inputs and int32 labels in 0..3.
func tinyData(t *testing.T, lib *dataset.Library, labels func(i int) int32) *Spec {
	t.Helper()
	const rows = 40
	x := make([]byte, rows*64*2)
	for i := range rows * 64 {
		binary.LittleEndian.PutUint16(x[2*i:], uint16(i*37%1000))
	}
	y := make([]byte, rows*4)
	for i := range rows {
		binary.LittleEndian.PutUint32(y[4*i:], uint32(labels(i)))
	}
	d, err := dataset.New([]dataset.Array{
		{Header: dataset.Header{Name: "x", DType: dataset.Uint16, Shape: []int{rows, 8, 8}}, Data: x},
		{Header: dataset.Header{Name: "y", DType: dataset.Int32, Shape: []int{rows}}, Data: y},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	s := mustBuiltin(t, "synthetic-mlp")
	root := d.Root()
	s.Dataset, s.BatchSize = "", 8
	s.Data = &Data{Root: hex.EncodeToString(root[:]), Shape: []int{8, 8, 1}, Classes: 4, Scale: 1000,
		Train: Split{Inputs: "x", Labels: "y", Rows: []uint64{0, 32}}, Test: &Split{Inputs: "x", Labels: "y", Rows: []uint64{32, 40}}}
	return s
}

// TestSpecDataSplit: the rows of each split, converted and scaled as documented.
func TestSpecDataSplit(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	s := tinyData(t, lib, func(i int) int32 { return int32(i % 4) })
	tr, err := NewTrainerWith(s, Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	d := tr.Data
	if len(d.TrainY) != 32 || len(d.TestY) != 8 || len(d.TrainX) != 32*64 || len(d.TestX) != 8*64 {
		t.Fatalf("split sizes: train %d/%d, test %d/%d", len(d.TrainY), len(d.TrainX), len(d.TestY), len(d.TestX))
	}
	for i, v := range d.TrainX {
		if want := float32(uint16(i*37%1000)) / 1000; math.Float32bits(v) != math.Float32bits(want) {
			t.Fatalf("train input %d = %v, want %v", i, v, want)
		}
	}
	if want := float32(uint16((32*64)*37%1000)) / 1000; d.TestX[0] != want || d.TestY[0] != 0 || d.TestY[7] != 3 {
		t.Fatalf("test split starts at row 32: x %v y %v", d.TestX[0], d.TestY)
	}
	st := tr.Init()
	for range 5 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
	}
	if acc, _, err := tr.Evaluate(st); err != nil || acc < 0 || acc > 1 || acc*8 != float64(int(acc*8)) {
		t.Fatalf("evaluated the 8 test rows: accuracy %v, %v", acc, err)
	}
	noTest := *s
	noTest.Data = &Data{}
	*noTest.Data = *s.Data
	noTest.Data.Test = nil
	nt, err := NewTrainerWith(&noTest, Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := nt.Evaluate(nt.Init()); !errors.Is(err, ErrNoTestSet) {
		t.Fatalf("no test split: %v", err)
	}
}

// TestSpecDataErrors: a dataset that does not hold what the spec says is refused with
// an error naming what is wrong.
func TestSpecDataErrors(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	bad := &dataset.Library{Dir: t.TempDir()}
	for _, c := range []struct {
		name   string
		lib    *dataset.Library
		labels func(int) int32
		edit   func(*Data)
		want   string
	}{
		// labels of its own: loaded datasets are shared by content, whichever library held them
		{"not in the library", &dataset.Library{Dir: t.TempDir()}, func(i int) int32 { return int32(i % 3) }, nil, "not in the library"},
		{"no such array", lib, nil, func(d *Data) { d.Train.Inputs = "images" }, `no array "images" (it has x, y)`},
		{"other shape", lib, nil, func(d *Data) { d.Shape = []int{64} }, `inputs "x" are [40 8 8], want [rows][64]`},
		{"labels as inputs", lib, nil, func(d *Data) { d.Train.Inputs, d.Train.Labels = "y", "x" }, `inputs "y" are [40]`},
		{"rows past the end", lib, nil, func(d *Data) { d.Train.Rows = []uint64{0, 41} }, "rows [0 41]"},
		{"label too large", bad, func(i int) int32 { return int32(i % 5) }, nil, `labels "y" row 4 is 4, not below the 4 classes`},
		{"negative label", bad, func(i int) int32 { return -int32(i % 2) }, nil, `labels "y" row 1 is negative`},
	} {
		t.Run(c.name, func(t *testing.T) {
			labels := c.labels
			if labels == nil {
				labels = func(i int) int32 { return int32(i % 4) }
			}
			s := tinyData(t, c.lib, labels)
			if c.name == "not in the library" {
				c.lib.Dir = t.TempDir()
			}
			if c.edit != nil {
				c.edit(s.Data)
			}
			_, err := NewTrainerWith(s, Options{Library: c.lib})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}

// TestSpecDataValidate: the data section's own rules.
func TestSpecDataValidate(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	for _, c := range []struct {
		name string
		edit func(*Spec)
	}{
		{"dataset and data", func(s *Spec) { s.Dataset = "mnist" }},
		{"short root", func(s *Spec) { s.Data.Root = s.Data.Root[:62] }},
		{"upper-case root", func(s *Spec) { s.Data.Root = strings.ToUpper(s.Data.Root) }},
		{"rank 4 shape", func(s *Spec) { s.Data.Shape = []int{1, 8, 8, 1} }},
		{"zero size", func(s *Spec) { s.Data.Shape = []int{8, 0, 1} }},
		{"one class", func(s *Spec) { s.Data.Classes = 1 }},
		{"classes unlike the last layer", func(s *Spec) { s.Data.Classes = 5 }},
		{"negative scale", func(s *Spec) { s.Data.Scale = -1 }},
		{"infinite scale", func(s *Spec) { s.Data.Scale = float32(math.Inf(1)) }},
		{"empty rows", func(s *Spec) { s.Data.Train.Rows = []uint64{3, 3} }},
		{"one bound", func(s *Spec) { s.Data.Train.Rows = []uint64{3} }},
		{"no labels", func(s *Spec) { s.Data.Test.Labels = "" }},
	} {
		s := tinyData(t, lib, func(i int) int32 { return int32(i % 4) })
		c.edit(s)
		if err := s.Validate(); !errors.Is(err, ErrBadSpec) {
			t.Errorf("%s: %v, want ErrBadSpec", c.name, err)
		}
	}
	s := tinyData(t, lib, func(i int) int32 { return int32(i % 4) })
	again, err := ParseSpec(bytes.NewReader(s.Canonical()))
	if err != nil || again.Hash() != s.Hash() {
		t.Fatalf("a data spec's canonical form does not parse back: %v", err)
	}
}

// TestHalfToFloat32: every binary16 value against an independent big-float reading of
// its fields.
func TestHalfToFloat32(t *testing.T) {
	for h := range 1 << 16 {
		got := halfToFloat32(uint16(h))
		sign, exp, man := h>>15, (h>>10)&0x1f, h&0x3ff
		if exp == 0x1f {
			if man == 0 && !math.IsInf(float64(got), 1-2*sign) || man != 0 && !math.IsNaN(float64(got)) {
				t.Fatalf("%#04x: %v", h, got)
			}
			continue
		}
		v := new(big.Float).SetInt64(int64(man))
		if exp == 0 {
			v.SetMantExp(v, -24)
		} else {
			v.SetMantExp(v.Add(v, big.NewFloat(1024)), exp-25)
		}
		if sign == 1 {
			v.Neg(v)
		}
		want, acc := v.Float32()
		if acc != big.Exact || math.Float32bits(got) != math.Float32bits(want) || (want == 0 && math.Signbit(float64(got)) != (sign == 1)) {
			t.Fatalf("%#04x: %v (%#x), want %v", h, got, math.Float32bits(got), want)
		}
	}
}

// TestSpecDataBounded: the memory a spec's splits take is checked against the bound
// from the manifest, before any data is read; only the chunks covering a split's rows
// are read (a corrupt chunk outside them changes nothing, one inside is named).
func TestSpecDataBounded(t *testing.T) {
	lib := &dataset.Library{Dir: t.TempDir()}
	const rows = 40000 // 64 bytes a row: 2.4 MiB of inputs, 3 chunks
	x := make([]byte, rows*64)
	for i := range x {
		x[i] = byte(i * 7)
	}
	y := make([]byte, rows)
	for i := range y {
		y[i] = byte(i % 4)
	}
	d, err := dataset.New([]dataset.Array{
		{Header: dataset.Header{Name: "x", DType: dataset.Uint8, Shape: []int{rows, 8, 8}}, Data: x},
		{Header: dataset.Header{Name: "y", DType: dataset.Uint8, Shape: []int{rows}}, Data: y},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	root := d.Root()
	spec := func(from, to uint64) *Spec {
		s := mustBuiltin(t, "synthetic-mlp")
		s.Dataset, s.Name = "", "bounded"
		s.Data = &Data{Root: hex.EncodeToString(root[:]), Shape: []int{8, 8, 1}, Classes: 4, Scale: 255,
			Train: Split{Inputs: "x", Labels: "y", Rows: []uint64{from, to}}}
		return s
	}
	// 1000 rows of 64 float32 inputs and a byte label
	if _, err := NewTrainerWith(spec(0, 1000), Options{Library: lib, MaxDataBytes: 1000*257 - 1}); !errors.Is(err, ErrDataTooLarge) {
		t.Fatalf("over the bound: %v", err)
	}
	// the last chunk of x corrupted: rows before it still load, rows in it are refused
	m := d.Manifest()
	last := m.Arrays[m.Index("x")].Chunks[2]
	if err := os.WriteFile(dataset.ChunkPath(lib.Path(root), last), []byte("not zstd"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := NewTrainerWith(spec(0, 1000), Options{Library: lib, MaxDataBytes: 1000 * 257}); err != nil {
		t.Fatalf("rows clear of the bad chunk: %v", err)
	}
	if _, err := NewTrainerWith(spec(39000, 40000), Options{Library: lib}); !errors.Is(err, dataset.ErrCorrupt) {
		t.Fatalf("rows in the bad chunk: %v", err)
	}
}

// TestDataLRU: the cache of loaded datasets keeps the last maxLoadedData used.
func TestDataLRU(t *testing.T) {
	var c dataLRU
	sets := make([]*Dataset, maxLoadedData+1)
	for i := range sets {
		sets[i] = &Dataset{}
	}
	for i := range maxLoadedData {
		c.put(string(rune('a'+i)), sets[i])
	}
	c.get("a") // used: "b" is now the oldest
	c.put("z", sets[maxLoadedData])
	if _, ok := c.get("b"); ok {
		t.Fatal("the least recently used dataset was kept")
	}
	for _, k := range []string{"a", "c", "z"} {
		if _, ok := c.get(k); !ok {
			t.Fatalf("%s evicted", k)
		}
	}
	if len(c.sets) != maxLoadedData || len(c.keys) != maxLoadedData {
		t.Fatalf("%d sets, %d keys", len(c.sets), len(c.keys))
	}
}
