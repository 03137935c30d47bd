package console

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/veritrain/veritrain/content"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// TestNodeNamesFetched: the nodes of a spec that is not built in are named from the spec
// a task's party serves, fetched off the snapshot's path, once it hashes to the task's
// spec hash and lowers to its count of nodes; a server that serves another spec under
// the hash, or a task that states another count, gets no names.
func TestNodeNamesFetched(t *testing.T) {
	base, err := train.Builtin("synthetic-relu")
	if err != nil {
		t.Fatal(err)
	}
	own := *base
	own.Name, own.Optimizer.LR = "own-relu", base.Optimizer.LR*2 // not built in
	h := own.Hash()
	if _, builtin := task.BuiltinSpecs(h); builtin {
		t.Fatal("the test's spec is a built-in one")
	}
	want, err := task.NodeNames(&own, task.Options{AllowUnjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	serve := func(sp *train.Spec) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != content.SpecURLPath(h) {
				http.NotFound(w, r)
				return
			}
			w.Write(sp.Canonical())
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	good, liar, down := serve(&own), serve(base), serve(&own)
	down.Close()

	n := newNodeNames(nil)
	n.client = &http.Client{Timeout: 5 * time.Second}
	if got := n.get(h, uint32(len(want)), nil); got != nil {
		t.Fatalf("names %v with no server to ask", got)
	}
	wait := func(v uint64) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); n.changed() == v; time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("no names fetched")
			}
		}
	}
	// the liar and a dead server first: the good one still names the nodes
	if got := n.get(h, uint32(len(want)), []string{liar.URL, down.URL, good.URL}); got != nil {
		t.Fatalf("names %v before the fetch", got)
	}
	wait(0)
	if got := n.get(h, uint32(len(want)), nil); !slices.Equal(got, want) {
		t.Fatalf("names %v, want %v", got, want)
	}
	// a task that states another count of nodes under the same hash: no names (and the
	// spec's own task keeps its names)
	n.get(h, uint32(len(want))+1, []string{good.URL})
	idle(t, n)
	if got := n.get(h, uint32(len(want))+1, nil); got != nil {
		t.Fatalf("names %v for a task of another count of nodes", got)
	}
	if got := n.get(h, uint32(len(want)), nil); !slices.Equal(got, want) {
		t.Fatalf("names %v after another task's, want %v", got, want)
	}
	// only the liar: nothing
	other := newNodeNames(nil)
	other.client = n.client
	other.get(h, uint32(len(want)), []string{liar.URL})
	idle(t, other)
	if got := other.get(h, uint32(len(want)), []string{liar.URL}); got != nil || other.changed() != 0 {
		t.Fatalf("names %v from a server serving another spec", got)
	}
	// a built-in spec is named at once, without a fetch; stated with another count of
	// nodes it is not fetched either (the same hash is the same spec)
	bn, _ := task.NodeNames(base, task.Options{AllowUnjudged: true})
	builtin := newNodeNames(nil)
	builtin.client = n.client
	if got := builtin.get(base.Hash(), uint32(len(bn)), []string{good.URL}); !slices.Equal(got, bn) {
		t.Fatalf("built-in names %v, want %v", got, bn)
	}
	if got := builtin.get(base.Hash(), uint32(len(bn))+1, []string{good.URL}); got != nil || builtin.inFlight != 0 {
		t.Fatalf("built-in spec with another count: names %v, %d fetches", got, builtin.inFlight)
	}
}

// idle waits until n has no fetch in flight.
func idle(t *testing.T, n *nodeNames) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		n.mu.Lock()
		busy := n.inFlight > 0
		n.mu.Unlock()
		if !busy {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("a fetch never ended")
		}
	}
}
