package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func execute(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func lastJSON(t *testing.T, out string, v any) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), v); err != nil {
		t.Fatalf("last line is not JSON: %v\n%s", err, out)
	}
}

func TestTrainCheckpointReplay(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "run")
	out, err := execute(t, "train", "--model", "synthetic-mlp", "--steps", "40", "--checkpoint-every", "10", "--out", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var tr trainResult
	lastJSON(t, out, &tr)
	if tr.Steps != 40 || tr.Checkpoints != 5 || len(tr.StateHash) != 64 || tr.TraceRoot == "" || tr.TestAccuracy <= 0.25 {
		t.Fatalf("train result %+v", tr)
	}
	// Same command, same bits, even without checkpoints.
	out2, err := execute(t, "train", "--model", "synthetic-mlp", "--steps", "40", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var tr2 trainResult
	lastJSON(t, out2, &tr2)
	if tr2.StateHash != tr.StateHash {
		t.Fatalf("state hash %s with checkpoints, %s without", tr.StateHash, tr2.StateHash)
	}

	out, err = execute(t, "replay", "--from", dir, "--checkpoint", "1", "--steps", "20", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rr replayResult
	lastJSON(t, out, &rr)
	if rr.Matches == nil || !*rr.Matches || *rr.Checkpoint != 3 {
		t.Fatalf("replay result %+v", rr)
	}

	// The weights export as safetensors.
	model := filepath.Join(t.TempDir(), "m.safetensors")
	if _, err := execute(t, "export", "--from", dir, "--out", model); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(model); err != nil || len(b) < 4*(64*32+32+32*4+4) {
		t.Fatalf("exported %d bytes, %v", len(b), err)
	}

	// A tampered run is caught: swap the stored hash of checkpoint 3 for checkpoint 4's.
	b, _ := os.ReadFile(filepath.Join(dir, "run.json"))
	var m map[string]any
	json.Unmarshal(b, &m)
	cps := m["checkpoints"].([]any)
	cps[3].(map[string]any)["hash"] = cps[4].(map[string]any)["hash"]
	b, _ = json.Marshal(m)
	os.WriteFile(filepath.Join(dir, "run.json"), b, 0o644)
	_, err = execute(t, "replay", "--from", dir, "--checkpoint", "1", "--steps", "20", "--json")
	var me mismatchError
	if !errors.As(err, &me) {
		t.Fatalf("replay against a wrong stored hash: %v, want a mismatch", err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"train"},
		{"train", "--model", "nope"},
		{"train", "--model", "synthetic-mlp", "--checkpoint-every", "5"},
		{"replay", "--from", "/nonexistent"},
		{"train", "--model", "synthetic-mlp", "--log-format", "xml"},
	} {
		_, err := execute(t, args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}
