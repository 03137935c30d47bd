package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/checkpoint/store"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// Accounts of the small test network.
const (
	tnSolver    = 1
	tnVerifier  = 3
	tnSubmitter = 5
	tnTreasury  = 7
)

// smallNet is a network with one honest solver and one verifier (which announces
// itself), and a submitter able to post synthetic-relu tasks of 8 steps.
type smallNet struct {
	*netsim.Network
	sub  *onchain.Market
	tk   *task.Task
	spec *train.Spec
}

func newSmallNet(t *testing.T) *smallNet {
	t.Helper()
	ctx := t.Context()
	n, err := netsim.New(ctx, netsim.Config{Treasury: tnTreasury})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	opts := task.Options{AllowUnjudged: true}
	if _, err := n.AddSolver(ctx, tnSolver, "honest", solver.Config{Specs: task.BuiltinSpecs, Stake: chain.Ether(2), Task: opts}); err != nil {
		t.Fatal(err)
	}
	v, err := n.AddVerifier(ctx, tnVerifier, "v", verifier.Config{Specs: task.BuiltinSpecs, Bond: chain.Ether(1), Task: opts})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Market.Announce(ctx, onchain.Announcement{Role: "verifier"}); err != nil {
		t.Fatal(err)
	}
	sn := &smallNet{Network: n}
	if sn.sub, err = n.MarketOf(ctx, tnSubmitter); err != nil {
		t.Fatal(err)
	}
	if sn.spec, err = train.Builtin("synthetic-relu"); err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(sn.spec)
	if err != nil {
		t.Fatal(err)
	}
	if sn.tk, err = task.Build(ctx, tr, 8, 4, opts); err != nil {
		t.Fatal(err)
	}
	return sn
}

func (sn *smallNet) post(t *testing.T) uint64 {
	t.Helper()
	head, err := sn.Sim.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * 3600
	terms := taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	id, err := sn.sub.Post(t.Context(), sn.tk.Roots(), terms, chain.Ether(3))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// finalState trains the spec's 8 steps here, independently of the solver.
func (sn *smallNet) finalState(t *testing.T) *checkpoint.State {
	t.Helper()
	tr, err := train.NewTrainer(sn.spec)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	for range 8 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// TestStatusAndFetch follows a task through the market with `status`, then fetches
// its model: the file Python reads back holds exactly the weights an independent
// training run computes. A server that serves a wrong blob makes fetch fail and
// write nothing; fetching a task that is not final fails with notFinalError.
func TestStatusAndFetch(t *testing.T) {
	ctx := t.Context()
	sn := newSmallNet(t)
	id := sn.post(t)

	rep, err := readStatus(ctx, sn.sub, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count != 1 || len(rep.Tasks) != 1 || rep.Tasks[0].Status != "open" || rep.Tasks[0].Reward != "3.000000" ||
		!strings.Contains(rep.Tasks[0].Next, "claims it by") || rep.Tasks[0].ClaimBy == nil || rep.Tasks[0].Solver != "" {
		t.Fatalf("open task: %+v", rep.Tasks)
	}
	if _, err := fetchModel(ctx, sn.sub, fetchConfig{id: id, out: filepath.Join(t.TempDir(), "x")}); !errors.As(err, new(notFinalError)) {
		t.Fatalf("fetch of an open task: %v, want notFinalError", err)
	}

	if err := sn.Play(ctx, []uint64{id}, 200); err != nil {
		t.Fatal(err)
	}
	want := sn.finalState(t)
	wantRoot := want.Hash()
	rep, err = readStatus(ctx, sn.sub, []uint64{id}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tv := rep.Tasks[0]
	solverAddr := chain.DeterministicAccount(tnSolver).Address.Hex()
	verifierAddr := chain.DeterministicAccount(tnVerifier).Address.Hex()
	if tv.Status != "finalized" || tv.Solver != solverAddr || tv.FinalRoot != hex.EncodeToString(wantRoot[:]) || tv.TraceRoot == "" ||
		tv.Seed == "" || tv.WindowEnd == nil || tv.CommitBy == nil || len(tv.Games) != 0 {
		t.Fatalf("finalized task: %+v", tv)
	}
	if seg, ok := tv.Assignments[verifierAddr]; !ok || seg >= 2 || len(tv.Assignments) != 1 {
		t.Fatalf("assignments %v, want the announced verifier's segment of 2", tv.Assignments)
	}
	var table bytes.Buffer
	if err := printStatus(&table, rep); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"TASK", "finalized", "3.000000 ETH", "8/4", "veritrain fetch 1", "re-runs segment"} {
		if !strings.Contains(table.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, table.String())
		}
	}
	if _, err := readStatus(ctx, sn.sub, []uint64{9}, nil); !errors.As(err, new(usageError)) {
		t.Fatalf("status of task 9 of 1: %v, want a usage error", err)
	}

	// fetch through the solver's announcement, read back by Python; the announced URL
	// is on 127.0.0.1: refused (anyone can announce any URL) unless the dev flag allows it
	dir := t.TempDir()
	out := filepath.Join(dir, "model.safetensors")
	if _, err := fetchModel(ctx, sn.sub, fetchConfig{id: id, out: out}); !errors.Is(err, daemon.ErrPrivateAddress) {
		t.Fatalf("fetch from an announced loopback URL: %v, want %v", err, daemon.ErrPrivateAddress)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a refused fetch wrote %s: %v", out, err)
	}
	res, err := fetchModel(ctx, sn.sub, fetchConfig{id: id, out: out, allowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Step != 8 || res.FinalRoot != tv.FinalRoot || res.Solver != solverAddr || res.Tensors == 0 {
		t.Fatalf("fetch result %+v", res)
	}
	readBack(t, out, want)

	// a server that answers the final root with another checkpoint's blob, and one
	// that corrupts the final blob: an error, and no file
	p := sn.Parties[0]
	initRoot := sn.tk.Init.Hash()
	for name, serve := range map[string]func(w http.ResponseWriter, r *http.Request){
		"other blob": func(w http.ResponseWriter, r *http.Request) {
			r.URL.Path = strings.Replace(r.URL.Path, hex.EncodeToString(wantRoot[:]), hex.EncodeToString(initRoot[:]), 1)
			p.Solver().Handler().ServeHTTP(w, r)
		},
		"flipped byte": func(w http.ResponseWriter, r *http.Request) {
			rec := httptest.NewRecorder()
			p.Solver().Handler().ServeHTTP(rec, r)
			b := rec.Body.Bytes()
			if len(b) > 0 {
				b[len(b)-1] ^= 1
			}
			w.WriteHeader(rec.Code)
			w.Write(b)
		},
	} {
		srv := httptest.NewServer(http.HandlerFunc(serve))
		bad := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".safetensors")
		_, err := fetchModel(ctx, sn.sub, fetchConfig{id: id, out: bad, from: srv.URL})
		srv.Close()
		if err == nil || !(errors.Is(err, store.ErrHashMismatch) || errors.Is(err, store.ErrCorrupt)) {
			t.Errorf("%s: %v, want a hash mismatch", name, err)
		}
		if _, err := os.Stat(bad); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: the file exists after a failed fetch (%v)", name, err)
		}
	}
	if _, err := fetchModel(ctx, sn.sub, fetchConfig{id: 2, out: filepath.Join(dir, "y")}); !errors.As(err, new(usageError)) {
		t.Fatalf("fetch of task 2 of 1: %v, want a usage error", err)
	}
}

// readBack reads the safetensors file with a short Python script (the standard
// library only, as in checkpoint/safetensors's test) and compares every weight and
// bias of want, bit for bit, in PyTorch's layout (want's spec is a built-in one).
func readBack(t *testing.T, path string, want *checkpoint.State) {
	t.Helper()
	spec, ok := task.BuiltinSpecs(want.SpecHash)
	if !ok {
		t.Fatal("readBack: not a built-in spec's state")
	}
	torch, err := spec.ToTorch(want.Tensors)
	if err != nil {
		t.Fatal(err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: the file is read back in Go only")
		return
	}
	const script = `
import json, struct, sys
raw = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", raw[:8])[0]
hdr = json.loads(raw[8:8+n])
data = raw[8+n:]
for name, e in sorted(hdr.items()):
    if name == "__metadata__":
        continue
    lo, hi = e["data_offsets"]
    bits = struct.unpack("<%dI" % ((hi - lo) // 4), data[lo:hi])
    print(name, e["dtype"], e["shape"], " ".join("%08x" % b for b in bits))
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, out)
	}
	var exp []string
	for _, tn := range torch {
		if !strings.HasSuffix(tn.Name, ".weight") && !strings.HasSuffix(tn.Name, ".bias") {
			continue
		}
		dims := make([]string, len(tn.Shape))
		for i, d := range tn.Shape {
			dims[i] = strconv.Itoa(d)
		}
		line := fmt.Sprintf("%s F32 [%s]", tn.Name, strings.Join(dims, ", "))
		for _, v := range tn.Data {
			line += fmt.Sprintf(" %08x", math.Float32bits(v))
		}
		exp = append(exp, line)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(exp)
	if len(got) != len(exp) || len(exp) == 0 {
		t.Fatalf("python read %d tensors, want %d", len(got), len(exp))
	}
	for i := range exp {
		if got[i] != exp[i] {
			t.Fatalf("python read\n%.200s\nwant\n%.200s", got[i], exp[i])
		}
	}
}

// TestReadCommandsUsage: bad arguments of status, fetch and deploy are usage errors
// (exit 2), found before any connection is made.
func TestReadCommandsUsage(t *testing.T) {
	m := "0x" + strings.Repeat("ab", 20)
	for _, args := range [][]string{
		{"status"},
		{"status", "--rpc", "http://127.0.0.1:1", "--market", "nope"},
		{"status", "0", "--rpc", "http://127.0.0.1:1", "--market", m},
		{"status", "--verifier", "x", "--rpc", "http://127.0.0.1:1", "--market", m},
		{"fetch", "1"},
		{"fetch", "one", "--rpc", "http://127.0.0.1:1", "--market", m},
		{"fetch", "1", "--from", "ftp://x", "--rpc", "http://127.0.0.1:1", "--market", m},
		{"fetch", "1", "--out", "", "--rpc", "http://127.0.0.1:1", "--market", m},
		{"deploy"},
		{"deploy", "--rpc", "http://127.0.0.1:1", "--key", "zz"},
		{"deploy", "--rpc", "http://127.0.0.1:1", "--key", "01", "--winner-share-bps", "10001"},
		{"solver", "--cheat", "nonsense", "--rpc", "http://127.0.0.1:1", "--market", m, "--key", keyHex(1)},
	} {
		_, err := execute(t, args...)
		if !errors.As(err, new(usageError)) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}

// TestFetchElsewhere: fetch tries every checkpoint server the solver announced, newest
// first, waiting longer after each failed attempt; when none gives the model it says
// where else it can come from, and the training command it names recomputes the
// committed final state bit for bit.
func TestFetchElsewhere(t *testing.T) {
	ctx := t.Context()
	sn := newSmallNet(t)
	id := sn.post(t)
	if err := sn.Play(ctx, []uint64{id}, 200); err != nil {
		t.Fatal(err)
	}
	task, err := sn.sub.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	root := hex.EncodeToString(task.FinalRoot[:])

	// a server that drops every connection, announced after the solver's live one
	var mu sync.Mutex
	var at []time.Time
	drop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		at = append(at, time.Now())
		mu.Unlock()
		c, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			c.Close()
		}
	}))
	defer drop.Close()
	if err := sn.Parties[0].Market.Announce(ctx, onchain.Announcement{Role: "solver", URL: drop.URL}); err != nil {
		t.Fatal(err)
	}
	const wait = 40 * time.Millisecond
	res, err := fetchModel(ctx, sn.sub, fetchConfig{id: id, out: filepath.Join(t.TempDir(), "m.safetensors"), allowPrivate: true, retryWait: wait})
	if err != nil {
		t.Fatal(err)
	}
	if res.From != sn.Parties[0].URL || res.FinalRoot != root {
		t.Fatalf("fetched from %s (root %s), want the solver's older announcement %s", res.From, res.FinalRoot, sn.Parties[0].URL)
	}
	mu.Lock()
	if len(at) != 5 {
		t.Errorf("%d attempts at the dropping server, want 5", len(at))
	}
	for i := 1; i < len(at); i++ {
		if gap, min := at[i].Sub(at[i-1]), wait<<(i-1); gap < min*9/10 {
			t.Errorf("attempt %d came %v after the one before, want at least %v (doubling waits)", i+1, gap, min)
		}
	}
	mu.Unlock()

	// a server that is gone: the error says where else the model can come from
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := "http://" + ln.Addr().String()
	ln.Close()
	_, err = fetchModel(ctx, sn.sub, fetchConfig{id: id, out: filepath.Join(t.TempDir(), "x"), from: gone, retryWait: time.Millisecond})
	rerun := "veritrain train --model synthetic-relu --steps 8 --checkpoint-every 4 --out DIR --json"
	if err == nil || !strings.Contains(err.Error(), gone) || !strings.Contains(err.Error(), rerun) ||
		!strings.Contains(err.Error(), root) || !strings.Contains(err.Error(), "--from URL") {
		t.Fatalf("fetch from a server that is gone: %v\nwant the URL, the root and %q", err, rerun)
	}
	t.Log(err)
	// the command it names recomputes the model
	dir := filepath.Join(t.TempDir(), "run")
	args := strings.Fields(strings.Replace(strings.TrimPrefix(rerun, "veritrain "), "DIR", dir, 1))
	out, err := execute(t, args...)
	if err != nil {
		t.Fatal(err)
	}
	var tr trainResult
	lastJSON(t, out, &tr)
	if tr.StateHash != root {
		t.Fatalf("%s: state hash %s, want the final root %s", rerun, tr.StateHash, root)
	}
	if _, err := execute(t, "export", "--from", dir, "--out", filepath.Join(t.TempDir(), "m.safetensors")); err != nil {
		t.Fatal(err)
	}
}
