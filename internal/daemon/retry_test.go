package daemon_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/internal/daemon"
)

// TestRetry: an action that keeps failing is tried on ticks 1, 2, 4, 8, 16, ... (waits
// doubling up to MaxSkip), never on every tick; a success forgets its failures; other
// keys are not held back.
func TestRetry(t *testing.T) {
	r := daemon.Retry{MaxSkip: 4}
	fail := errors.New("reverted")
	var tried []int
	for tick := 1; tick <= 30; tick++ {
		r.Tick()
		ok, err := r.Try("claim 1", func() error { tried = append(tried, tick); return fail })
		if ok || (err != nil) != (tried[len(tried)-1] == tick) {
			t.Fatalf("tick %d: ok %v err %v", tick, ok, err)
		}
		if err != nil && (!errors.Is(err, fail) || !strings.Contains(err.Error(), "claim 1")) {
			t.Fatalf("tick %d: %v, want the failure named", tick, err)
		}
		if ok, err := r.Try("claim 2", func() error { return nil }); !ok || err != nil {
			t.Fatalf("tick %d: another key held back: %v %v", tick, ok, err)
		}
	}
	want := []int{1, 3, 6, 11, 16, 21, 26}
	if len(tried) != len(want) {
		t.Fatalf("tried on ticks %v, want %v", tried, want)
	}
	for i := range want {
		if tried[i] != want[i] {
			t.Fatalf("tried on ticks %v, want %v", tried, want)
		}
	}
	// success resets
	for !r.Ready("claim 1") {
		r.Tick()
	}
	if ok, err := r.Try("claim 1", func() error { return nil }); !ok || err != nil || r.Fails("claim 1") != 0 {
		t.Fatalf("success: %v %v, fails %d", ok, err, r.Fails("claim 1"))
	}
	r.Tick()
	if !r.Ready("claim 1") {
		t.Fatal("a key that succeeded is still backing off")
	}
}
