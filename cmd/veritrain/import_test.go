package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint/safetensors"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/onnximport"
	"github.com/veritrain/veritrain/train"
)

// importFixture is onnximport's testdata/NAME.onnx, and the files of its PyTorch batch.
func importFixture(name string) (model, input, logits string) {
	dir := filepath.Join("..", "..", "onnximport", "testdata")
	return filepath.Join(dir, name+".onnx"), filepath.Join(dir, name+".input.npy"), filepath.Join(dir, name+".logits.npy")
}

// TestImportCommand: `import` writes the spec and, with --init-out, the weights as
// export writes them (PyTorch's layout and names, the metadata naming the step-0
// state), both as the onnximport package makes them.
func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	model, _, _ := importFixture("cnn")
	specFile, weightsFile := filepath.Join(dir, "spec.json"), filepath.Join(dir, "init.safetensors")
	out, err := execute(t, "import", model, "--dataset", "mnist", "--optimizer", "adam", "--batch-size", "4",
		"--seed", "5", "--out", specFile, "--init-out", weightsFile)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(model)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	adam := train.Optimizer{Type: "adam", LR: 0.001, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}
	wantSpec, weights, err := onnximport.Import(f, onnximport.Options{Name: "cnn", Dataset: "mnist", Optimizer: adam, BatchSize: 4, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	spec, err := readSpecFile("spec", specFile)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Hash() != wantSpec.Hash() {
		t.Fatalf("spec %s, want %s", spec.Canonical(), wantSpec.Canonical())
	}
	st, err := onnximport.State(spec, weights)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("wrote %s: 8 tensors of the initial state %x", weightsFile, st.Hash()); !strings.Contains(out, want) {
		t.Fatalf("output %q does not say %q", out, want)
	}
	b, err := os.ReadFile(weightsFile)
	if err != nil {
		t.Fatal(err)
	}
	ts, meta, err := safetensors.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if meta["veritrain_layout"] != layoutPyTorch || meta["veritrain_state_hash"] != fmt.Sprintf("%x", st.Hash()) {
		t.Fatalf("metadata %v", meta)
	}
	if len(ts) != len(weights) {
		t.Fatalf("%d tensors, want %d", len(ts), len(weights))
	}
	for i, w := range weights {
		if ts[i].Name != w.Name || !slices.Equal(ts[i].Shape, w.Shape) || !slices.Equal(ts[i].Data, w.Data) {
			t.Fatalf("tensor %d is %s%v, want the imported %s%v", i, ts[i].Name, ts[i].Shape, w.Name, w.Shape)
		}
	}
	// the same file as export writes for that state
	again := filepath.Join(dir, "again.safetensors")
	if _, err := writeSafetensors(again, st, spec, false); err != nil {
		t.Fatal(err)
	}
	if b2, _ := os.ReadFile(again); !slices.Equal(b, b2) {
		t.Fatal("import's file is not export's")
	}

	// without --out, stdout is the spec alone
	out, err = execute(t, "import", model, "--dataset", "mnist", "--name", "c", "--lr", "0.01", "--momentum", "0.5")
	if err != nil {
		t.Fatal(err)
	}
	s2, err := train.ParseSpec(strings.NewReader(out))
	if err != nil {
		t.Fatalf("stdout %q: %v", out, err)
	}
	if s2.Name != "c" || s2.BatchSize != 64 || s2.Seed != 1 || s2.Optimizer != (train.Optimizer{Type: "sgd_momentum", LR: 0.01, Momentum: 0.5}) {
		t.Fatalf("spec %s", s2.Canonical())
	}

	// --data: a spec's data section
	dataFile := filepath.Join(dir, "data.json")
	root := strings.Repeat("0f", 32)
	if err := os.WriteFile(dataFile, []byte(`{"root": "`+root+`", "shape": [28, 28, 1], "classes": 10, "scale": 255, "train": {"inputs": "x", "labels": "y"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = execute(t, "import", model, "--data", dataFile)
	if err != nil {
		t.Fatal(err)
	}
	if s3, err := train.ParseSpec(strings.NewReader(out)); err != nil || s3.Data == nil || s3.Data.Root != root {
		t.Fatalf("spec %q: %v", out, err)
	}
}

// TestImportUsageErrors: bad flags and a model veritrain cannot read are usage errors
// that say what is wrong.
func TestImportUsageErrors(t *testing.T) {
	model, _, _ := importFixture("mlp")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"root": "x", "extra": 1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import", model}, "give --dataset NAME or --data FILE"},
		{[]string{"import", model, "--dataset", "mnist", "--data", bad}, "give --dataset NAME or --data FILE"},
		{[]string{"import", model, "--data", bad}, `unknown field "extra"`},
		{[]string{"import", model, "--dataset", "mnist", "--optimizer", "adam", "--momentum", "0.5"}, "--momentum is sgd_momentum's, not adam's"},
		{[]string{"import", model, "--dataset", "mnist", "--beta1", "0.5"}, "--beta1 is adam's"},
		{[]string{"import", model, "--dataset", "mnist", "--optimizer", "rmsprop"}, `--optimizer "rmsprop"`},
		{[]string{"import", model, "--dataset", "synthetic"}, "the dataset's examples (8x8x1)"},
		{[]string{"import", model, "--dataset", "mnist", "--batch-size", "0"}, "batch_size 0"},
		{[]string{"import", filepath.Join(dir, "none.onnx"), "--dataset", "mnist"}, "no such file"},
		{[]string{"import", bad, "--dataset", "mnist"}, "invalid ONNX model"},
	} {
		_, err := execute(t, tc.args...)
		if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want a usage error saying %q", tc.args[1:], err, tc.want)
		}
	}
}

// TestImportLoadsInPyTorch: the spec and weights import writes load into the spec's
// PyTorch module (train/torch_model.py, strict load_state_dict), which then gives the
// original PyTorch model's logits on its batch. It needs PyTorch and skips without it.
func TestImportLoadsInPyTorch(t *testing.T) {
	if out, err := exec.Command(torchPython, "-c", "import torch").CombinedOutput(); err != nil {
		t.Skipf("PyTorch not found (%s -c 'import torch': %v; %.200s): apt-get install python3-torch runs this test", torchPython, err, out)
	}
	script, err := filepath.Abs("../../train/torch_model.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"mlp", "cnn"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			model, input, logits := importFixture(name)
			specFile, weights := filepath.Join(dir, "spec.json"), filepath.Join(dir, "init.safetensors")
			if _, err := execute(t, "import", model, "--dataset", "mnist", "--out", specFile, "--init-out", weights); err != nil {
				t.Fatal(err)
			}
			x, n := readNPYFloats(t, input)
			y, _ := readNPYFloats(t, logits)
			xf, lf := filepath.Join(dir, "x.f32"), filepath.Join(dir, "logits.f32")
			writeF32(t, xf, x) // NCHW of one channel: veritrain's NHWC order too
			writeF32(t, lf, y)
			out, err := exec.CommandContext(t.Context(), torchPython, script, specFile, weights, xf, lf, fmt.Sprint(n)).CombinedOutput()
			if err != nil {
				t.Fatalf("PyTorch: %v\n%s", err, out)
			}
			var diff, scale float64
			if _, err := fmt.Sscanf(lastLine(string(out)), "max_abs_diff %g max_abs_logit %g", &diff, &scale); err != nil {
				t.Fatalf("PyTorch's output %q: %v", out, err)
			}
			t.Logf("%s: the imported weights in torch_model.py: max |difference| %.3g over logits up to %.3g", name, diff, scale)
			if diff > 1e-5*max(1, scale) {
				t.Fatalf("logits differ by %g", diff)
			}
		})
	}
}

// readNPYFloats reads a float32 .npy file's values and its first dimension.
func readNPYFloats(t *testing.T, path string) ([]float32, int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	arrays, err := dataset.Decode(path, b, dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arrays[0]
	v := make([]float32, len(a.Data)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(a.Data[4*i:]))
	}
	return v, a.Shape[0]
}
