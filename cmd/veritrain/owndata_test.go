package main

import (
	"context"
	"encoding/hex"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/content"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
	"github.com/veritrain/veritrain/verifier"
)

// ownDataSpec writes into the store dir a dataset of its own (48 rows of 8×8 uint8
// images, 4 classes: 40 to train on, 8 held out) and initial weights from a
// safetensors file as export writes them (through withInit, as submit --init reads
// them), and returns the spec that trains on them, stored in the store.
func ownDataSpec(t *testing.T, dir string, seed uint64) *train.Spec {
	t.Helper()
	ctx := context.Background()
	cnt := contentFlags{dir: dir}
	lib, err := cnt.library()
	if err != nil {
		t.Fatal(err)
	}
	const rows = 48
	x, y := make([]byte, rows*64), make([]byte, rows)
	for i := range x {
		x[i] = byte(i*31 + int(seed))
	}
	for i := range y {
		y[i] = byte((i*7 + int(seed)) % 4)
	}
	d, err := dataset.New([]dataset.Array{
		{Header: dataset.Header{Name: "images", DType: dataset.Uint8, Shape: []int{rows, 8, 8}}, Data: x},
		{Header: dataset.Header{Name: "labels", DType: dataset.Uint8, Shape: []int{rows}}, Data: y},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	sp, err := train.Builtin("synthetic-mlp")
	if err != nil {
		t.Fatal(err)
	}
	root := d.Root()
	sp.Name, sp.Dataset, sp.BatchSize, sp.Seed = "own-data", "", 8, seed
	sp.Data = &train.Data{Root: hex.EncodeToString(root[:]), Shape: []int{8, 8, 1}, Classes: 4, Scale: 255,
		Train: train.Split{Inputs: "images", Labels: "labels", Rows: []uint64{0, 40}},
		Test:  &train.Split{Inputs: "images", Labels: "labels", Rows: []uint64{40, 48}}}
	// "pretrained" weights: two steps from the seed's draw, exported for PyTorch
	tr, err := train.NewTrainerWith(sp, train.Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Init()
	for range 2 {
		if st, _, err = tr.Step(st); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "pretrained.safetensors")
	if _, err := writeSafetensors(file, st, sp, false); err != nil {
		t.Fatal(err)
	}
	if sp, err = cnt.withInit(ctx, sp, file); err != nil {
		t.Fatal(err)
	}
	st0, err := cnt.store()
	if err != nil {
		t.Fatal(err)
	}
	if err := st0.PutSpec(sp); err != nil {
		t.Fatal(err)
	}
	return sp
}

// ownNet is a simulated network whose submitter serves a task of its own data and
// weights (ownDataSpec) from its store, announced on chain, and whose solver fetches
// what it lacks and serves what it fetched.
type ownNet struct {
	n        *netsim.Network
	sub      *onchain.Market
	srv      *httptest.Server
	subStore content.Store
	spec     *train.Spec
	solver   *netsim.Party
	lib      *dataset.Library // the solver's
}

func newOwnNet(t *testing.T, cheat solver.Config) *ownNet {
	t.Helper()
	ctx := t.Context()
	n, err := netsim.New(ctx, netsim.Config{Treasury: tnTreasury})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	o := &ownNet{n: n}
	subDir := t.TempDir()
	o.spec = ownDataSpec(t, subDir, 7)
	o.subStore, _ = (&contentFlags{dir: subDir}).store()
	h, _, err := o.subStore.Handler(nil)
	if err != nil {
		t.Fatal(err)
	}
	o.srv = httptest.NewServer(h)
	t.Cleanup(o.srv.Close)
	if o.sub, err = n.MarketOf(ctx, tnSubmitter); err != nil {
		t.Fatal(err)
	}
	if err := o.sub.Announce(ctx, onchain.Announcement{Role: "submitter", URL: o.srv.URL}); err != nil {
		t.Fatal(err)
	}
	solverFlags := contentFlags{dir: t.TempDir()}
	sm, err := n.MarketOf(ctx, tnSolver)
	if err != nil {
		t.Fatal(err)
	}
	specs, resolve, lib, err := solverFlags.resolve(sm, true)
	if err != nil {
		t.Fatal(err)
	}
	solverStore, _ := solverFlags.store()
	served, _, err := solverStore.Handler(nil)
	if err != nil {
		t.Fatal(err)
	}
	cheat.Market, cheat.Specs, cheat.Resolve, cheat.Library, cheat.Content, cheat.Stake = sm, specs, resolve, lib, served, chain.Ether(2)
	if o.solver, err = n.AddSolver(ctx, tnSolver, "solver", cheat); err != nil {
		t.Fatal(err)
	}
	o.lib = lib
	return o
}

// addVerifier adds a verifier with a store of its own, fetching in its ticks.
func (o *ownNet) addVerifier(t *testing.T) (*netsim.Party, *dataset.Library) {
	t.Helper()
	vm, err := o.n.MarketOf(t.Context(), tnVerifier)
	if err != nil {
		t.Fatal(err)
	}
	specs, resolve, lib, err := (&contentFlags{dir: t.TempDir()}).resolve(vm, true)
	if err != nil {
		t.Fatal(err)
	}
	vp, err := o.n.AddVerifier(t.Context(), tnVerifier, "v", verifier.Config{Market: vm, Specs: specs, Resolve: resolve, Library: lib,
		Bond: chain.Ether(1), CheckAll: true, FetchInTick: true})
	if err != nil {
		t.Fatal(err)
	}
	return vp, lib
}

// post posts a task of sp (its data in lib) and ticks until it is claimed.
func (o *ownNet) post(t *testing.T, sp *train.Spec, lib dataset.Library) uint64 {
	t.Helper()
	tr, err := train.NewTrainerWith(sp, train.Options{Library: &lib})
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(t.Context(), tr, 8, 4, task.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return postOn(t, o.n, o.sub, tk, 24*3600)
}

// claimed ticks the network until task id is claimed (or 20 rounds passed).
func (o *ownNet) claimed(t *testing.T, id uint64) {
	t.Helper()
	ctx := t.Context()
	for range 20 {
		if err := o.n.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if got, err := o.sub.Task(ctx, id); err != nil {
			t.Fatal(err)
		} else if got.Status != onchain.StatusOpen {
			break
		}
		if err := o.n.Sim.Mine(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := o.sub.Task(ctx, id); got.Status != onchain.StatusClaimed {
		t.Fatalf("task status %d after the solver's ticks, want claimed", got.Status)
	}
}

// TestOwnDataSubmitterStopsServing plays a task on a researcher's own dataset and
// initial weights, both committed by root in the spec, whose submitter stops serving
// them the moment the task is claimed (hoping the solver cannot train, misses its
// commit deadline and forfeits its stake). The solver fetched and re-hashed the spec,
// the dataset and the weights before it claimed, so it trains, commits and is paid;
// a verifier that starts only after the submitter went away fetches them from the
// solver's server instead, re-hashed all the same, and checks every segment. A second
// task whose spec nobody serves is never claimed: no stake is ever at risk on data the
// solver does not hold.
func TestOwnDataSubmitterStopsServing(t *testing.T) {
	ctx := t.Context()
	o := newOwnNet(t, solver.Config{})
	sp := o.spec
	id := o.post(t, sp, o.subStore.Library())
	o.claimed(t, id)
	o.srv.Close() // the submitter stops serving
	vp, vlib := o.addVerifier(t)
	if err := o.n.Play(ctx, []uint64{id}, 300); err != nil {
		t.Fatal(err)
	}
	got, err := o.sub.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	s := o.solver.Solver()
	if got.Status != onchain.StatusFinalized || s.Paid != 1 || s.Slashed != 0 {
		t.Fatalf("status %d, paid %d, slashed %d: want the solver paid", got.Status, s.Paid, s.Slashed)
	}
	if free, err := o.sub.Free(ctx, o.sub.Me()); err != nil || free.Sign() != 0 {
		t.Fatalf("submitter's free balance %v (%v), want nothing of the solver's stake", free, err)
	}
	if v := vp.Verifier; v.Checked == 0 || v.Challenged != 0 {
		t.Fatalf("verifier checked %d tasks, challenged %d, missed %d", v.Checked, v.Challenged, v.Missed)
	}
	for _, r := range [][32]byte{sp.Data.RootBytes(), mustInitRoot(t, sp)} {
		if !vlib.Has(r) || !o.lib.Has(r) {
			t.Fatalf("dataset %x: in the solver's store %v, the verifier's %v", r[:8], o.lib.Has(r), vlib.Has(r))
		}
	}

	// nobody serves this one: it stays open, unclaimed
	elsewhere := t.TempDir()
	id2 := o.post(t, ownDataSpec(t, elsewhere, 8), (&contentFlags{dir: elsewhere}).mustLibrary(t))
	for range 6 {
		if err := o.n.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if err := o.n.Sim.Mine(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := o.sub.Task(ctx, id2); err != nil || got.Status != onchain.StatusOpen {
		t.Fatalf("a task whose data nobody serves: status %d (%v), want open", got.Status, err)
	}
}

// TestOwnDataWithheldAfterClaim: the worst case for the checkers' data. The solver
// cheats (wrong weights after one step) and serves nothing (no checkpoint, no spec, no
// data), and the submitter stops serving at the claim. A verifier watching the market
// fetches a task's spec, data and weights as soon as it is claimed, while the
// submitter still serves them, so it re-runs the task from its initial state, catches
// the lie and the solver is slashed.
func TestOwnDataWithheldAfterClaim(t *testing.T) {
	ctx := t.Context()
	o := newOwnNet(t, solver.Config{Withhold: true, Fault: pinpoint.Fault{Kind: pinpoint.FaultState, Step: 6, Tensor: 0, Element: 11}})
	vp, vlib := o.addVerifier(t)
	if err := o.n.Tick(ctx); err != nil { // the verifier's first look at the market
		t.Fatal(err)
	}
	id := o.post(t, o.spec, o.subStore.Library())
	o.claimed(t, id)
	o.srv.Close()
	if !vlib.Has(o.spec.Data.RootBytes()) {
		t.Fatal("the verifier did not fetch the data at the claim")
	}
	if err := o.n.Play(ctx, []uint64{id}, 300); err != nil {
		t.Fatal(err)
	}
	got, err := o.sub.Task(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != onchain.StatusFailed || o.solver.Solver().Slashed != 1 || vp.Verifier.Won != 1 {
		t.Fatalf("status %d, slashed %d, verifier won %d: want the withholding cheat slashed", got.Status, o.solver.Solver().Slashed, vp.Verifier.Won)
	}
}

func mustInitRoot(t *testing.T, sp *train.Spec) [32]byte {
	t.Helper()
	r, ok := sp.InitRoot()
	if !ok {
		t.Fatal("spec has no initial weights")
	}
	return r
}

func (c *contentFlags) mustLibrary(t *testing.T) dataset.Library {
	t.Helper()
	lib, err := c.library()
	if err != nil {
		t.Fatal(err)
	}
	return *lib
}

// TestExampleSpecByRoot: the README's example (docs/examples/mnist-by-root.json: MNIST
// named by its dataset root, 55,000 rows trained on, 5,000 held out) trains from the
// store that dataset add --mnist filled, to a golden state hash; without the dataset
// in the store it fails saying how to get it (asked first: a process keeps the
// datasets it loaded, by content).
func TestExampleSpecByRoot(t *testing.T) {
	const example = "../../docs/examples/mnist-by-root.json"
	if _, err := execute(t, "train", "--spec", example, "--steps", "1", "--data-dir", t.TempDir()); err == nil ||
		!strings.Contains(err.Error(), "not in the library") || !strings.Contains(err.Error(), "veritrain dataset add") {
		t.Fatalf("a spec whose dataset is missing: %v", err)
	}
	dir := t.TempDir()
	if _, err := execute(t, "dataset", "add", "--mnist", "--data-dir", dir); err != nil {
		t.Skip(err) // no MNIST files in the module cache
	}
	out, err := execute(t, "train", "--spec", example, "--steps", "20", "--data-dir", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var r trainResult
	lastJSON(t, out, &r)
	const golden = "6ee549551d3d23fafbb29193653cdcf6979e5cff6c8a85aa725fd0dc576b8b3c"
	if r.StateHash != golden || r.TestRows != 5000 || r.TestAccuracy < 0.8 {
		t.Fatalf("state hash %s (want %s), %d test rows, accuracy %v", r.StateHash, golden, r.TestRows, r.TestAccuracy)
	}
}
