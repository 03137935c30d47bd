package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate: generate continues a prompt from a transformer's checkpoint, the same
// bytes for the same seed (another seed, other bytes), and refuses a run of a model
// that is not a transformer. About 5 s.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	gpt, mlp := filepath.Join(dir, "gpt"), filepath.Join(dir, "mlp")
	if _, err := execute(t, "train", "--model", "tiny-gpt", "--steps", "2", "--checkpoint-every", "1", "--out", gpt); err != nil {
		t.Fatal(err)
	}
	gen := func(seed string) string {
		t.Helper()
		out, err := execute(t, "generate", "--from", gpt, "--prompt", "We the People", "--bytes", "24", "--seed", seed)
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(out, "\n") // the bytes may hold newlines of their own
	}
	a, b, c := gen("7"), gen("7"), gen("8")
	if a != b || !strings.HasPrefix(a, "We the People") || len(a) != len("We the People")+24 {
		t.Fatalf("seed 7 gave %q, then %q", a, b)
	}
	if a == c {
		t.Errorf("seeds 7 and 8 gave the same %q", a)
	}
	if _, err := execute(t, "train", "--model", "synthetic-mlp", "--steps", "1", "--out", mlp); err != nil {
		t.Fatal(err)
	}
	if _, err := execute(t, "generate", "--from", mlp, "--prompt", "x"); err == nil || !strings.Contains(err.Error(), "not a transformer") {
		t.Errorf("generate from an MLP's run: %v", err)
	}
}
