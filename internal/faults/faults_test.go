package faults

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Spec
	}{
		{"", Spec{}},
		{"tx-sent:3", Spec{Name: "tx-sent", N: 3}},
		{"tx-sent.0xABCDEF01:1", Spec{Name: "tx-sent.0xabcdef01", N: 1}},
		{"random:42:0.25", Spec{Random: true, Seed: 42, P: 0.25}},
		{"random:7:1", Spec{Random: true, Seed: 7, P: 1}},
	} {
		got, err := Parse(c.in)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"tx-sent", "tx-sent:0", "tx-sent:-1", ":3", "tx-sent:x", "random:1", "random:x:0.5",
		"random:1:0", "random:1:1.5", "random:1:NaN"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func TestReachCountsMatchingPoints(t *testing.T) {
	in := newInjector(Spec{Name: "tx-sent.0xaabbccdd", N: 2})
	to := "0x" + strings.Repeat("11", 20)
	steps := []struct {
		name    string
		details []string
		kill    bool
	}{
		{"tx-sent", []string{to, "0x00000000"}, false},  // another method
		{"tx-mined", []string{to, "0xaabbccdd"}, false}, // another point
		{"tx-sent", []string{to, "0xaabbccdd"}, false},  // the first match
		{"train-step", nil, false},                      // no details
		{"tx-sent", []string{to, "0xaabbccdd"}, true},   // the second: dies
		{"tx-sent", []string{to, "0xaabbccdd"}, false},  // (had it lived)
	}
	for i, s := range steps {
		if kill, _, _ := in.reach(s.name, s.details...); kill != s.kill {
			t.Fatalf("step %d (%s %v): kill %v, want %v", i, s.name, s.details, kill, s.kill)
		}
	}
	plain := newInjector(Spec{Name: "tx-sent", N: 3})
	for i := 1; i <= 3; i++ {
		kill, at, n := plain.reach("tx-sent", to, "0x0000000"+string(rune('0'+i)))
		if kill != (i == 3) || n != i || at != "tx-sent" {
			t.Fatalf("reach %d: %v %q %d", i, kill, at, n)
		}
	}
}

func TestRandomIsSeeded(t *testing.T) {
	run := func(seed uint64) []bool {
		in := newInjector(Spec{Random: true, Seed: seed, P: 0.3})
		var out []bool
		for range 200 {
			k, _, _ := in.reach("p")
			out = append(out, k)
		}
		return out
	}
	a, b, c := run(1), run(1), run(2)
	kills := 0
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("seed 1 drew differently at point %d", i)
		}
		if a[i] {
			kills++
		}
	}
	if kills == 0 || kills == len(a) {
		t.Fatalf("P=0.3 killed at %d of %d points", kills, len(a))
	}
	if slicesEqual(a, c) {
		t.Fatal("seeds 1 and 2 drew the same")
	}
}

func slicesEqual(a, b []bool) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
