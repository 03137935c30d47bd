package train

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestParseSpecRejects(t *testing.T) {
	good, err := builtinFS.ReadFile("specs/mnist-mlp.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(string) string{
		"unknown field":  func(s string) string { return strings.Replace(s, `"seed"`, `"sed"`, 1) },
		"trailing data":  func(s string) string { return s + "{}" },
		"bad dataset":    func(s string) string { return strings.Replace(s, `"mnist"`, `"cifar"`, 1) },
		"wrong classes":  func(s string) string { return strings.Replace(s, `"units": 10`, `"units": 9`, 1) },
		"bad activation": func(s string) string { return strings.Replace(s, `"relu"`, `"gelu"`, 1) },
		"zero batch":     func(s string) string { return strings.Replace(s, `"batch_size": 64`, `"batch_size": 0`, 1) },
		"negative lr":    func(s string) string { return strings.Replace(s, `"lr": 0.05`, `"lr": -1`, 1) },
		"adam field": func(s string) string {
			return strings.Replace(s, `"momentum": 0.9`, `"momentum": 0.9, "beta1": 0.9`, 1)
		},
		"not json": func(string) string { return "{" },
		"conv after dense": func(s string) string {
			return strings.Replace(s, `{"type": "dense", "units": 10}`, `{"type": "conv", "filters": 2, "kernel": 1, "stride": 1}, {"type": "dense", "units": 10}`, 1)
		},
	} {
		if _, err := ParseSpec(strings.NewReader(edit(string(good)))); !errors.Is(err, ErrBadSpec) {
			t.Errorf("%s: %v, want ErrBadSpec", name, err)
		}
	}
	if _, err := ParseSpec(bytes.NewReader(good)); err != nil {
		t.Fatal(err)
	}
}

func TestCanonicalHashStable(t *testing.T) {
	for _, n := range BuiltinNames() {
		s, err := Builtin(n)
		if err != nil {
			t.Fatal(err)
		}
		if s.Name != n { // BuiltinByHash's callers name the model by its spec
			t.Fatalf("built-in %s is named %q", n, s.Name)
		}
		again, err := ParseSpec(bytes.NewReader(s.Canonical()))
		if err != nil {
			t.Fatalf("%s: canonical form does not parse: %v", n, err)
		}
		if again.Hash() != s.Hash() || !bytes.Equal(again.Canonical(), s.Canonical()) {
			t.Fatalf("%s: canonical form is not a fixed point", n)
		}
	}
}

func FuzzParseSpec(f *testing.F) {
	for _, n := range BuiltinNames() {
		b, _ := builtinFS.ReadFile("specs/" + n + ".json")
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseSpec(bytes.NewReader(b))
		if err != nil {
			return
		}
		again, err := ParseSpec(bytes.NewReader(s.Canonical()))
		if err != nil || again.Hash() != s.Hash() {
			t.Fatalf("accepted spec's canonical form does not round-trip: %v", err)
		}
		if _, err := BuildGraph(s, 2, false); err != nil {
			t.Fatalf("accepted spec does not build: %v", err)
		}
	})
}
