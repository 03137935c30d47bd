package checkpoint

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

func TestCheckpointSteps(t *testing.T) {
	cases := []struct {
		total, k uint64
		want     []uint64
	}{
		{0, 5, []uint64{0}},
		{10, 5, []uint64{0, 5, 10}},
		{11, 5, []uint64{0, 5, 10, 11}},
		{3, 5, []uint64{0, 3}},
		{1, 1, []uint64{0, 1}},
	}
	for _, c := range cases {
		got, err := CheckpointSteps(c.total, c.k)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("CheckpointSteps(%d, %d) = %v, %v; want %v", c.total, c.k, got, err, c.want)
		}
	}
	if _, err := CheckpointSteps(10, 0); !errors.Is(err, ErrInvalid) {
		t.Errorf("k=0: %v", err)
	}
}

func TestTraceProofs(t *testing.T) {
	hashes := make([][32]byte, 11)
	for i := range hashes {
		hashes[i] = sha([]byte{byte(i)})
	}
	root, err := TraceRoot(hashes)
	if err != nil || root != refTree(hashes) {
		t.Fatalf("TraceRoot = %x, %v; want %x", root, err, refTree(hashes))
	}
	for i := range hashes {
		p, err := ProveTrace(hashes, i)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Verify(); err != nil {
			t.Fatalf("checkpoint %d: %v", i, err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q TraceProof
		if err := json.Unmarshal(b, &q); err != nil || q.Verify() != nil || q.Root != root {
			t.Fatalf("JSON round trip of checkpoint %d: %v", i, err)
		}
		q.Leaf = hashes[(i+1)%len(hashes)]
		if err := q.Verify(); !errors.Is(err, ErrBadProof) {
			t.Errorf("checkpoint %d with another hash: %v", i, err)
		}
	}
	if _, err := TraceRoot(nil); err == nil {
		t.Error("empty trace accepted")
	}
	if _, err := ProveTrace(hashes, 11); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("index 11 of 11: %v", err)
	}
}
