package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/train/rundir"
)

// torchPython is the Python with PyTorch the test uses (Debian's python3-torch).
const torchPython = "/usr/bin/python3"

// TestExportLoadsInPyTorch: for every built-in model, a run trained and exported with
// the commands (`train --out`, `spec NAME`, `export`) loads into the spec's PyTorch
// module (train/torch_model.py, nn.Linear and nn.Conv2d layers) with a strict
// load_state_dict and no transposing, and PyTorch's logits on a batch are veritrain's:
// a weight loaded in the wrong order (a convolution's, or a dense layer's after a
// convolution, which PyTorch flattens channel-major) would give other logits. The
// canonical layout, [in, out], is what PyTorch refused before. It needs PyTorch
// (apt-get install python3-torch) and skips, saying so, without it.
func TestExportLoadsInPyTorch(t *testing.T) {
	if out, err := exec.Command(torchPython, "-c", "import torch").CombinedOutput(); err != nil {
		t.Skipf("PyTorch not found (%s -c 'import torch': %v; %.200s): apt-get install python3-torch runs this test", torchPython, err, out)
	}
	script, err := filepath.Abs("../../train/torch_model.py")
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	for _, name := range train.BuiltinNames() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := execute(t, "train", "--model", name, "--steps", "4", "--checkpoint-every", "2", "--out", filepath.Join(dir, "run"), "--json"); err != nil {
				t.Fatal(err)
			}
			specJSON, err := execute(t, "spec", name) // as `veritrain spec NAME > spec.json`
			if err != nil {
				t.Fatal(err)
			}
			specFile, model := filepath.Join(dir, "spec.json"), filepath.Join(dir, "model.safetensors")
			if err := os.WriteFile(specFile, []byte(specJSON), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := execute(t, "export", "--from", filepath.Join(dir, "run"), "--out", model); err != nil {
				t.Fatal(err)
			}
			// veritrain's logits on the next batch, from the last checkpoint
			run, err := rundir.Open(filepath.Join(dir, "run"))
			if err != nil {
				t.Fatal(err)
			}
			st, err := run.Load(ctx, len(run.M.Checkpoints)-1)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := train.NewTrainer(run.Spec())
			if err != nil {
				t.Fatal(err)
			}
			x, _ := tr.Batch(st)
			vals, err := tr.StepValues(st)
			if err != nil {
				t.Fatal(err)
			}
			xf, lf := filepath.Join(dir, "x.f32"), filepath.Join(dir, "logits.f32")
			writeF32(t, xf, x)
			writeF32(t, lf, vals[tr.Graph.Logits])
			out, err := exec.CommandContext(ctx, torchPython, script, specFile, model, xf, lf, fmt.Sprint(tr.Graph.Batch)).CombinedOutput()
			if err != nil {
				t.Fatalf("PyTorch: %v\n%s", err, out)
			}
			var diff, scale float64
			if _, err := fmt.Sscanf(lastLine(string(out)), "max_abs_diff %g max_abs_logit %g", &diff, &scale); err != nil {
				t.Fatalf("PyTorch printed %q: %v", out, err)
			}
			if diff > 1e-4*(1+scale) || scale == 0 {
				t.Fatalf("PyTorch's logits differ from veritrain's by up to %g (logits up to %g)", diff, scale)
			}
			t.Logf("PyTorch's logits within %g of veritrain's (logits up to %g)", diff, scale)
			if name != "mnist-cnn" {
				return
			}
			// the canonical layout is not what PyTorch's modules hold
			canon := filepath.Join(dir, "canonical.safetensors")
			if _, err := writeSafetensors(canon, st, nil, false); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.CommandContext(ctx, torchPython, script, specFile, canon).CombinedOutput(); err == nil || !strings.Contains(string(out), "size mismatch") {
				t.Fatalf("the canonical layout loaded into PyTorch (%v):\n%s", err, out)
			}
		})
	}
}

func writeF32(t *testing.T, path string, v []float32) {
	t.Helper()
	b := make([]byte, 0, 4*len(v))
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
