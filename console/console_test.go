package console

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// played is a network whose one task a cheating solver lost: built once for the
// package's tests (playing it is most of their time).
var played struct {
	once    sync.Once
	n       *netsim.Network
	id      uint64
	cheater string
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if played.n != nil {
		played.n.Close()
	}
	os.Exit(code)
}

// playedNetwork posts one task on a simulated chain, lets a solver with one scalar
// operation one ulp off take it and a verifier challenge it, and plays the dispute to
// its end: the one-step check of that operation.
func playedNetwork(t *testing.T) (*netsim.Network, uint64, string) {
	t.Helper()
	played.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		played.err = func() error {
			n, err := netsim.New(ctx, netsim.Config{Treasury: 7})
			if err != nil {
				return err
			}
			played.n = n
			spec, err := train.Builtin("synthetic-relu")
			if err != nil {
				return err
			}
			tr, err := train.NewTrainer(spec)
			if err != nil {
				return err
			}
			opts := task.Options{AllowUnjudged: true}
			tk, err := task.Build(ctx, tr, 8, 4, opts)
			if err != nil {
				return err
			}
			cheat, err := netsim.Cheat("op", tk) // one scalar operation one ulp off: the game ends at the one-step check
			if err != nil {
				return err
			}
			cheater, err := n.AddSolver(ctx, 2, "cheater", solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2), Task: opts, Fault: cheat.Fault})
			if err != nil {
				return err
			}
			if _, err := n.AddVerifier(ctx, 3, "v", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1), CheckAll: true, Task: opts}); err != nil {
				return err
			}
			sub, err := n.MarketOf(ctx, 5)
			if err != nil {
				return err
			}
			head, err := n.Sim.HeaderByNumber(ctx, nil)
			if err != nil {
				return err
			}
			terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + 86400,
				CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600}
			id, err := sub.Post(ctx, tk.Roots(), terms, chain.Ether(2))
			if err != nil {
				return err
			}
			played.id, played.cheater = id, cheater.Market.Me().Hex()
			return n.Play(ctx, []uint64{id}, 500)
		}()
	})
	if played.err != nil {
		t.Fatal(played.err)
	}
	return played.n, played.id, played.cheater
}

// readOnly is the market seen from no account, as the console sees it.
func readOnly(n *netsim.Network) *onchain.Market {
	return onchain.NewMarket(n.Sim, n.Market, &bind.TransactOpts{})
}

// TestSnapshotDispute: after a cheating solver lost its game, the snapshot shows the
// failed task, the finished game narrowed down to one operation, the check that
// caught it, the slash in the timeline and the balances of everyone involved.
func TestSnapshotDispute(t *testing.T) {
	n, id, cheater := playedNetwork(t)
	ctx := t.Context()
	m := readOnly(n)
	r := NewReader(m, Limits{})
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := r.Snapshot(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if s.TaskCount != 1 || len(s.Tasks) != 1 || len(s.Capped) != 0 {
		t.Fatalf("tasks %d, %d shown, capped %v", s.TaskCount, len(s.Tasks), s.Capped)
	}
	tk := s.Tasks[0]
	if tk.ID != id || tk.Status != "failed" || tk.Solver != cheater || tk.Reward != "2.000000" {
		t.Fatalf("task %+v", tk)
	}
	if len(tk.Games) != 1 {
		t.Fatalf("%d games", len(tk.Games))
	}
	g := tk.Games[0]
	// the pinned node is named (synthetic-relu is a built-in spec): the backward matrix
	// product the cheat is in
	if l := g.Levels[model.LevelGraph]; l.State != "pinned" || l.Label != "bwd.l0.dW" {
		t.Errorf("node level %+v, want bwd.l0.dW pinned", l)
	}
	// the game ended at the one-step check of the wrong operation: a fused multiply-add
	// of the backward matrix product, whose result the solver misstated by one ulp
	if op := g.Operation; op == nil || op.Op != "fma" || op.SolverRight || len(op.Operands) != 3 || op.Claimed.Bits == op.Computed.Bits || op.Note != "" {
		t.Errorf("the pinned operation: %+v", g.Operation)
	} else {
		t.Logf("pinned: step %d of %d, %s(%v) claimed %s, computed %s", op.Step, op.TraceLen, op.Op, op.Operands, op.Claimed.Value, op.Computed.Value)
	}
	for _, mv := range g.Log {
		if mv.Gas == 0 {
			t.Errorf("move %d (%s) without its gas", mv.No, mv.Kind)
		}
	}
	if g.Result != "challenger won" || g.Open || g.ToMove != "" || g.Phase != "done" || len(g.Log) == 0 || g.Log[0].By != "solver" {
		t.Fatalf("game %+v", g)
	}
	if len(g.Levels) != 5 || g.Levels[0].State != "pinned" || g.Levels[0].Size != tk.Interval+1 {
		t.Fatalf("levels %+v", g.Levels)
	}
	pinned := 0
	for _, l := range g.Levels {
		if l.State == "pinned" {
			pinned++
		}
	}
	if pinned < 2 {
		t.Fatalf("only %d levels pinned: %+v", pinned, g.Levels)
	}
	if len(tk.Checks) == 0 || tk.Checks[0].How != "challenged" || tk.Checks[0].By != g.Challenger {
		t.Fatalf("checks %+v", tk.Checks)
	}
	names := map[string]bool{}
	for _, e := range s.Events {
		names[e.Name] = true
	}
	for _, want := range []string{"TaskPosted", "TaskClaimed", "TraceCommitted", "Challenged", "DisputeSettled", "Slashed"} {
		if !names[want] {
			t.Errorf("no %s event in the timeline (%v)", want, names)
		}
	}
	if s.Events[0].Block < s.Events[len(s.Events)-1].Block {
		t.Error("timeline is not newest first")
	}
	acc := map[string]Account{}
	for _, a := range s.Accounts {
		acc[a.Address] = a
	}
	c, ok := acc[cheater]
	if !ok || !slices.Contains(c.Roles, "slashed") || !slices.Contains(c.Roles, "solver") || c.LockedWei != "0" {
		t.Fatalf("cheater's account %+v (ok %v)", c, ok)
	}
	ch, ok := acc[g.Challenger]
	if !ok || ch.FreeWei == "0" || !slices.Contains(ch.Roles, "challenger") {
		t.Fatalf("challenger's account %+v", ch)
	}

	// a second snapshot at the same head reads no log again and says the same
	s2, err := r.Snapshot(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mustJSON(t, s), mustJSON(t, s2); a != b {
		t.Fatalf("snapshots differ:\n%s\n%s", a, b)
	}
}

// TestSnapshotCaps: limits smaller than the chain's history cut the snapshot and say so.
func TestSnapshotCaps(t *testing.T) {
	n, _, _ := playedNetwork(t)
	ctx := t.Context()
	r := NewReader(readOnly(n), Limits{Events: 3, Accounts: 2})
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := r.Snapshot(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Events) != 3 || len(s.Accounts) != 2 || len(s.Capped) != 2 ||
		!strings.Contains(s.Capped[0], "timeline") || !strings.Contains(s.Capped[1], "accounts") {
		t.Fatalf("%d events, %d accounts, capped %q", len(s.Events), len(s.Accounts), s.Capped)
	}
}

// TestServer: /api/state is the snapshot, /api/events streams it, the page and its
// assets are served with a policy that forbids loading anything from elsewhere.
func TestServer(t *testing.T) {
	n, id, _ := playedNetwork(t)
	srv := httptest.NewServer(New(Config{Market: readOnly(n), Poll: 50 * time.Millisecond}))
	defer srv.Close()
	for path, want := range map[string]string{"/": "veritrain console", "/app.js": "EventSource", "/style.css": "@media"} {
		body, resp := get(t, srv.URL+path)
		if resp.StatusCode != 200 || !strings.Contains(body, want) || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Fatalf("%s: %d, %q in the body: %v", path, resp.StatusCode, want, strings.Contains(body, want))
		}
	}
	body, _ := get(t, srv.URL+"/api/state")
	var s Snapshot
	if err := json.Unmarshal([]byte(body), &s); err != nil || s.Error != "" || len(s.Tasks) != 1 || s.Tasks[0].ID != id {
		t.Fatalf("state %v: %.300s", err, body)
	}
	// every checkpoint of the task, asked for on its own: the state after 0, 4 and 8 steps
	body, resp := get(t, fmt.Sprintf("%s/api/tasks/%d/checkpoints", srv.URL, id))
	var cps []Checkpoint
	if err := json.Unmarshal([]byte(body), &cps); err != nil || resp.StatusCode != 200 || len(cps) != 3 ||
		cps[0].Hash != s.Tasks[0].Initial || cps[2].Step != 8 || cps[1].Step != 4 {
		t.Fatalf("checkpoints %d %v: %s", resp.StatusCode, err, body)
	}
	for path, code := range map[string]int{"/api/tasks/99/checkpoints": 404, "/api/tasks/x/checkpoints": 400} {
		if body, resp := get(t, srv.URL+path); resp.StatusCode != code || strings.TrimSpace(body) == "" {
			t.Errorf("%s: %d %q, want %d with why", path, resp.StatusCode, body, code)
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: %s", ct)
	}
	buf := make([]byte, 64)
	if k, err := resp.Body.Read(buf); err != nil || !strings.HasPrefix(string(buf[:k]), "event: state\n") {
		t.Fatalf("events: %q, %v", buf[:k], err)
	}
	if _, resp := get(t, srv.URL+"/nothing"); resp.StatusCode != 404 {
		t.Fatalf("/nothing: %d", resp.StatusCode)
	}
}

// TestServerDown: a node that does not answer gives a snapshot that says so, and the
// page is still served.
func TestServerDown(t *testing.T) {
	url := closedURL(t)
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv := httptest.NewServer(New(Config{Market: onchain.NewMarket(c, [20]byte{1}, &bind.TransactOpts{}), Timeout: 2 * time.Second}))
	defer srv.Close()
	body, _ := get(t, srv.URL+"/api/state")
	var s Snapshot
	if err := json.Unmarshal([]byte(body), &s); err != nil || !strings.HasPrefix(s.Error, "chain unreachable: ") || s.Tasks == nil {
		t.Fatalf("state %v: %s", err, body)
	}
	if body, resp := get(t, srv.URL+"/"); resp.StatusCode != 200 || !strings.Contains(body, "veritrain console") {
		t.Fatalf("page: %d", resp.StatusCode)
	}
}

// closedURL is an http URL on which nothing listens.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

func get(t *testing.T, url string) (string, *http.Response) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		k, err := resp.Body.Read(buf)
		b.Write(buf[:k])
		if err != nil {
			break
		}
	}
	return b.String(), resp
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCurve: the console fetches the task's training loss from the server its solver
// announced, one point per step of the 8, none vouched for (the cheater lost its one
// dispute and nobody attested); a server that answers more losses than the task has
// steps, or no JSON, is refused with why; reduce keeps at most maxPoints points.
func TestCurve(t *testing.T) {
	n, id, _ := playedNetwork(t)
	srv := httptest.NewServer(New(Config{Market: readOnly(n), Poll: 50 * time.Millisecond, AllowPrivate: true}))
	defer srv.Close()
	var tk Task
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		r, err := http.Get(srv.URL + "/api/state")
		if err != nil {
			t.Fatal(err)
		}
		var s Snapshot
		err = json.NewDecoder(r.Body).Decode(&s)
		r.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range s.Tasks {
			if x.ID == id {
				tk = x
			}
		}
		if tk.Curve != nil && len(tk.Curve.Points) > 0 {
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("no curve after 20 s: %+v", tk.Curve)
		}
	}
	c := tk.Curve
	if len(c.Points) != 8 || c.Steps != 8 || c.Interval != 4 || c.Error != "" || len(c.Verified) != 0 {
		t.Fatalf("curve %+v", c)
	}
	for i, p := range c.Points {
		if p[0] != float64(i) || !(p[1] > 0 && p[1] < 10) {
			t.Fatalf("point %d: %v", i, p)
		}
	}

	for body, want := range map[string]string{
		`{"steps": 8, "losses": [1,1,1,1,1,1,1,1,1]}`: "9 served for a task of 8 steps",
		`not json`: "losses: invalid character",
	} {
		bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(body)) }))
		_, _, err := fetchLosses(bad.Client(), bad.URL, 1, 8)
		bad.Close()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", body, err, want)
		}
	}
	if _, _, err := fetchLosses(http.DefaultClient, "ftp://x", 1, 8); err == nil || !strings.Contains(err.Error(), "not an http(s) URL") {
		t.Errorf("ftp URL: %v", err)
	}
	one := 1.0
	many := make([]*float64, 1000)
	for i := range many {
		if i%3 > 0 {
			many[i] = &one
		}
	}
	if pts := reduce(many); len(pts) > maxPoints || len(pts) < maxPoints/2 || pts[0][1] != 1 {
		t.Errorf("reduce of 1000: %d points, first %v", len(pts), pts[0])
	}
}

// TestCurvesBounded: past the tasks whose losses it keeps, a task's curve says why it
// has none (a snapshot must not meet a missing curve).
func TestCurvesBounded(t *testing.T) {
	c := newCurves(http.DefaultClient)
	for id := range uint64(4 * maxTasksKept) {
		c.byTask[id] = &curveEntry{final: true}
	}
	got := c.get(1<<40, "", 8, 4, false)
	if got == nil || got.Error == "" || got.Points == nil {
		t.Fatalf("curve past the bound: %+v", got)
	}
}

// wholeSnapshot is the played network, its head, and its snapshot read at once.
func wholeSnapshot(t *testing.T) (*netsim.Network, *types.Header, *Snapshot) {
	t.Helper()
	n, _, _ := playedNetwork(t)
	head, err := n.Sim.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := NewReader(readOnly(n), Limits{}).Snapshot(t.Context(), head)
	if err != nil {
		t.Fatal(err)
	}
	return n, head, whole
}

// TestSnapshotCatchesUp: a reader that may read one page of logs per snapshot (a long
// chain, a slow node) says how far it got, shows the tasks at once, and once caught up
// shows what a reader that read everything at once shows.
func TestSnapshotCatchesUp(t *testing.T) {
	n, head, whole := wholeSnapshot(t)
	ctx := t.Context()
	m := readOnly(n)
	m.LogPage = 3
	r := NewReader(m, Limits{})
	r.budget = 0 // one page per snapshot
	var s *Snapshot
	snaps := 0
	for s == nil || s.History != nil {
		var err error
		if s, err = r.Snapshot(ctx, head); err != nil {
			t.Fatal(err)
		}
		snaps++
		if h := s.History; h != nil {
			if h.Head != head.Number.Uint64() || h.Read >= h.Head || h.Read < h.From || !r.Behind() {
				t.Fatalf("snapshot %d: history %+v (head %d)", snaps, h, head.Number)
			}
			if len(s.Tasks) != len(whole.Tasks) {
				t.Fatalf("snapshot %d shows %d tasks while reading the history, want %d at once", snaps, len(s.Tasks), len(whole.Tasks))
			}
		}
		if snaps > 100 {
			t.Fatal("never caught up")
		}
	}
	if want := int(head.Number.Uint64()-m.FromBlock)/3 + 1; snaps != want {
		t.Errorf("caught up in %d snapshots, want %d (a page of 3 blocks each)", snaps, want)
	}
	if a, b := mustJSON(t, whole), mustJSON(t, s); a != b {
		t.Fatalf("caught up, the snapshot differs from one read at once:\n%s\n%s", a, b)
	}
}

// flaky is a node whose every third receipt and header fails, six times in all.
type flaky struct {
	onchain.Backend
	mu    sync.Mutex
	calls int
	fails int
}

func (f *flaky) fail() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.calls++; f.calls%3 == 0 && f.fails < 6 {
		f.fails++
		return errors.New("429 too many requests")
	}
	return nil
}

func (f *flaky) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Backend.TransactionReceipt(ctx, h)
}

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Backend.HeaderByNumber(ctx, n)
}

// TestSnapshotFlakyNode: a node that fails now and then (a rate limit) costs the reader
// the page it was reading, not what it read before: it goes on from there, counts no
// log twice, and ends where a reader on a sound node ends.
func TestSnapshotFlakyNode(t *testing.T) {
	n, head, whole := wholeSnapshot(t)
	ctx := t.Context()
	m := readOnly(n)
	f := &flaky{Backend: m.B}
	m.B, m.LogPage = f, 4
	r := NewReader(m, Limits{})
	r.budget = 0
	var s *Snapshot
	for tries := 0; s == nil || s.History != nil; tries++ {
		if tries > 500 {
			t.Fatal("never caught up")
		}
		before := r.next
		if got, err := r.Snapshot(ctx, head); err == nil {
			s = got
		}
		if r.next < before {
			t.Fatalf("a failure took the reader back from block %d to %d", before, r.next)
		}
	}
	if f.fails == 0 {
		t.Fatal("the node never failed")
	}
	if a, b := mustJSON(t, whole), mustJSON(t, s); a != b {
		t.Fatalf("after %d failures, the snapshot differs from a sound node's:\n%s\n%s", f.fails, a, b)
	}
}

// TestReaderKeepsNewestTasks: past maxTasksKept tasks, the reader keeps the newest
// tasks' records (the page shows the latest) and drops the oldest, and a log of a task
// older than all of them is ignored, not a crash.
func TestReaderKeepsNewestTasks(t *testing.T) {
	r := NewReader(readOnly(must(playedNetwork(t))), Limits{})
	for id := uint64(10); id < 10+maxTasksKept+5; id++ {
		r.addCheck(id, Check{By: common.Address{1}.Hex(), Segment: 1, How: "attested"})
		r.learn("TraceLeaves", id, map[string]any{"leaves": [][32]byte{{1}, {2}}}, &types.Log{})
	}
	if len(r.vouch) != maxTasksKept || len(r.checks) != maxTasksKept || r.vouch[14] != nil || r.vouch[15] == nil || r.checks[14] != nil {
		t.Fatalf("%d records, %d checks kept; task 14 kept: %v, task 15: %v", len(r.vouch), len(r.checks), r.vouch[14] != nil, r.vouch[15] != nil)
	}
	r.learn("TraceLeaves", 3, map[string]any{"leaves": [][32]byte{{1}}}, &types.Log{})
	r.addCheck(3, Check{})
	if r.vouch[3] != nil || r.checks[3] != nil || len(r.vouch) != maxTasksKept {
		t.Fatal("a task older than every task kept was recorded")
	}
	// a list of checkpoints longer than any market posts is not kept
	r.learn("TraceLeaves", 2000, map[string]any{"leaves": make([][32]byte, maxCheckpoints+1)}, &types.Log{})
	if v := r.vouch[2000]; v != nil && v.leaves != nil {
		t.Fatal("kept more checkpoints than a market posts")
	}
}

func must(n *netsim.Network, _ uint64, _ string) *netsim.Network { return n }
