package verifier_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/verifier"
)

func TestParseTrace(t *testing.T) {
	h := [][32]byte{{1}, {2}, {3}}
	good, _ := json.Marshal(solver.TraceJSON(h))
	got, err := verifier.ParseTrace(good)
	if err != nil || len(got) != 3 || got[1] != h[1] {
		t.Fatalf("%v %v", got, err)
	}
	bad := []string{
		``, `{}`, `{"hashes": []}`, `{"hashes": ["00"]}`,
		`{"hashes": ["` + strings.Repeat("0", 64) + `", "zz` + strings.Repeat("0", 62) + `"]}`,
		string(good) + `{}`, `{"hashes": [], "x": 1}`,
	}
	for _, b := range bad {
		if _, err := verifier.ParseTrace([]byte(b)); !errors.Is(err, verifier.ErrBadTrace) {
			t.Errorf("%q: %v, want ErrBadTrace", b, err)
		}
	}
}

// FuzzParseTrace: any body parses to hashes that re-encode to the same list, or to
// ErrBadTrace; never a panic.
func FuzzParseTrace(f *testing.F) {
	good, _ := json.Marshal(solver.TraceJSON([][32]byte{{1}, {2}}))
	f.Add(good)
	f.Add([]byte(`{"hashes": ["00"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		hs, err := verifier.ParseTrace(b)
		if err != nil {
			if !errors.Is(err, verifier.ErrBadTrace) {
				t.Fatalf("error %v is not ErrBadTrace", err)
			}
			return
		}
		again, _ := json.Marshal(solver.TraceJSON(hs))
		hs2, err := verifier.ParseTrace(again)
		if err != nil || len(hs2) != len(hs) {
			t.Fatalf("re-encoded trace: %v", err)
		}
		for i := range hs {
			if hs[i] != hs2[i] {
				t.Fatalf("hash %d changed", i)
			}
		}
	})
}
