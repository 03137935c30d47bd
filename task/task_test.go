package task_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

func build(t *testing.T, name string, steps, interval uint64) *task.Task {
	t.Helper()
	spec, err := train.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(context.Background(), tr, steps, interval, task.Options{AllowUnjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// judgedByContract says whether the contract (its Go twin) judges kernel k.
func judgedByContract(k repops.Kernel) bool {
	return model.NodeFromKernel(k, [32]byte{}, model.SrcState, 0, model.SrcState, 1).Valid()
}

func TestJudgeable(t *testing.T) {
	xentGrad := judgedByContract(repops.SoftmaxXentGrad{M: 8, C: 4})
	cases := []struct {
		spec    string
		opts    task.Options
		wantErr bool
		names   []string // nodes the error must name
		not     []string // kernels it must not name (judged)
	}{
		{"synthetic-relu", task.Options{AllowUnjudged: true}, false, nil, nil},
		{"mnist-mlp", task.Options{AllowUnjudged: true}, false, nil, nil},
		{"synthetic-relu", task.Options{}, !xentGrad, []string{"bwd.logits", "kernel 10"}, nil},
		// Adam (its update reads five inputs) and the convolutions (im2col, col2im) are judged
		{"synthetic-mlp", task.Options{AllowUnjudged: true}, false, nil, nil},
		{"mnist-cnn", task.Options{AllowUnjudged: true}, false, nil, nil},
		{"mnist-cnn", task.Options{}, !xentGrad, []string{"kernel 10"}, []string{"im2col", "col2im", "adam"}},
	}
	for _, c := range cases {
		spec, err := train.Builtin(c.spec)
		if err != nil {
			t.Fatal(err)
		}
		err = task.Judgeable(spec, c.opts)
		if (err != nil) != c.wantErr {
			t.Fatalf("%s %+v: err %v, want error %v", c.spec, c.opts, err, c.wantErr)
		}
		if err == nil {
			continue
		}
		if !errors.Is(err, task.ErrUnjudgeable) {
			t.Fatalf("%s: %v is not ErrUnjudgeable", c.spec, err)
		}
		for _, n := range c.names {
			if !strings.Contains(err.Error(), n) {
				t.Errorf("%s: error %q does not name %q", c.spec, err, n)
			}
		}
		for _, n := range c.not {
			if strings.Contains(err.Error(), n) {
				t.Errorf("%s: error %q names %q, which the contract judges", c.spec, err, n)
			}
		}
	}
}

func TestBadSteps(t *testing.T) {
	spec, _ := train.Builtin("synthetic-relu")
	tr, err := train.NewTrainer(spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]uint64{{0, 1}, {8, 0}, {8, 3}} {
		if _, err := task.Build(context.Background(), tr, c[0], c[1], task.Options{AllowUnjudged: true}); !errors.Is(err, task.ErrBadTask) {
			t.Errorf("steps %d interval %d: %v, want ErrBadTask", c[0], c[1], err)
		}
	}
}

// TestLoweringMatchesTrainer runs real training steps and checks, for every on-chain
// node, that the judged kernel's trace of every element ends in the trainer's value
// (the column sums judged as ones·X included), that every state leaf after the step is
// what the state map says (the writer node's output root under the state's header),
// and that the data tree's leaves are the batches' roots and the next states' meta.
func TestLoweringMatchesTrainer(t *testing.T) {
	const steps = 3
	tk := build(t, "synthetic-relu", steps, 1)
	tr := tk.Trainer()
	for w, n := range tk.Nodes {
		unjudged := slices.Contains(tk.Unjudged, w)
		if n.Judged == unjudged || (unjudged && n.Name != "bwd.logits") {
			t.Fatalf("node %s: judged %v, listed unjudged %v", n.Name, n.Judged, unjudged)
		}
	}
	st := tk.Init
	for s := uint64(0); s < steps; s++ {
		vals, err := tr.StepValues(st)
		if err != nil {
			t.Fatal(err)
		}
		for w, n := range tk.Nodes {
			in := tk.NodeInputs(vals, w)
			out := tk.Output(vals, w)
			if uint64(len(out.Data)) != n.Desc.Numel {
				t.Fatalf("node %s: %d values, numel %d", n.Name, len(out.Data), n.Desc.Numel)
			}
			if checkpoint.HeaderHash(&out) != n.Desc.OutHeader {
				t.Fatalf("node %s: header differs from the descriptor's", n.Name)
			}
			for e := range out.Data {
				tr := n.Kernel.Trace(in, e)
				got := float32(0)
				if len(tr) > 0 {
					got = tr[len(tr)-1].Result
				}
				if math.Float32bits(got) != math.Float32bits(out.Data[e]) {
					t.Fatalf("step %d node %s element %d: trace ends in %x, trainer has %x", s, n.Name, e, math.Float32bits(got), math.Float32bits(out.Data[e]))
				}
				if n.Judged {
					if l, err := model.TraceLengthAt(n.Desc, uint64(e)); err != nil || l != uint64(len(tr)) {
						t.Fatalf("node %s: trace length %d, descriptor says %d (%v)", n.Name, len(tr), l, err)
					}
				}
			}
		}
		next := tr.Next(st, vals)
		leaves := next.Leaves()
		graph := make([][32]byte, len(tk.Nodes))
		for w := range tk.Nodes {
			o := tk.Output(vals, w)
			graph[w] = checkpoint.TensorRoot(&o)
		}
		for p := 1; p < len(leaves); p++ {
			ml := tk.Game.StateMap.Leaf(uint64(p))
			w := uint64(ml[31]) | uint64(ml[30])<<8
			if w == 0 {
				t.Fatalf("state leaf %d is carried over, but SGD writes every tensor", p)
			}
			if graph[w-1] != leaves[p] {
				t.Fatalf("step %d: state leaf %d is not node %d's output root", s, p, w-1)
			}
		}
		if leaves[0] != tk.Game.NextMeta[s] {
			t.Fatalf("step %d: meta leaf differs from the spec's nextMeta", s)
		}
		bt := tk.BatchTensors(s)
		for i := range bt {
			if tk.Game.Batches[s].Leaf(uint64(i)) != checkpoint.TensorRoot(&bt[i]) {
				t.Fatalf("step %d: batch tensor %d root", s, i)
			}
		}
		if model.StepDataLeaf(tk.Game.Batches[s].Root(), tk.Game.NextMeta[s]) != tk.Game.DataTree.Leaf(s) {
			t.Fatalf("step %d: data leaf", s)
		}
		st = next
	}
	if tk.InitRoot != tk.Init.Hash() || tk.Roots().InitRoot != tk.InitRoot {
		t.Fatal("initial root")
	}
	if err := tk.Check(tk.Roots()); err != nil {
		t.Fatal(err)
	}
	bad := tk.Roots()
	bad.DataRoot[0] ^= 1
	if err := tk.Check(bad); !errors.Is(err, task.ErrBadTask) || !strings.Contains(err.Error(), "dataRoot") {
		t.Fatalf("a changed data root: %v", err)
	}
}

// TestNodesOnChain checks every descriptor's leaf and trace length against the
// contract's own views on the simulated chain.
func TestNodesOnChain(t *testing.T) {
	for _, spec := range []string{"synthetic-relu", "synthetic-mlp", "mnist-cnn"} {
		t.Run(spec, func(t *testing.T) { nodesOnChain(t, spec) })
	}
}

func nodesOnChain(t *testing.T, spec string) {
	tk := build(t, spec, 1, 1)
	ctx := context.Background()
	sim, err := chain.NewSim()
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	pg := pinpointgame.NewPinpointGame()
	at, _, err := chain.DeployGame(ctx, sim, 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	c := pg.Instance(sim, at)
	kernelsAt, err := chain.GameKernels(ctx, sim, at)
	if err != nil {
		t.Fatal(err)
	}
	pk := pinpointkernels.NewPinpointKernels()
	kc := pk.Instance(sim, kernelsAt)
	for _, n := range tk.Nodes {
		d := n.Desc
		bn := pinpointgame.PinpointShapesNode(d)
		leaf, err := bind.Call(c, nil, pg.PackNodeLeaf(bn), pg.UnpackNodeLeaf)
		if err != nil || leaf != d.Leaf() {
			t.Fatalf("node %s: leaf on chain %x (%v), in Go %x", n.Name, leaf, err, d.Leaf())
		}
		l, err := bind.Call(kc, nil, pk.PackTraceLength(0, pinpointkernels.PinpointShapesNode(d), 0), pk.UnpackTraceLength)
		if n.Judged {
			want, _ := model.TraceLengthAt(d, 0)
			if err != nil || l != want {
				t.Fatalf("node %s: trace length on chain %d (%v), want %d", n.Name, l, err, want)
			}
		} else if err == nil {
			t.Fatalf("node %s is marked unjudged, but the contract gives it a trace length", n.Name)
		}
	}
}

// TestCNNFullyJudged: the CNN spec (Adam, convolutions) lowers with every node judged:
// no node is listed unjudged, and its im2col, col2im and Adam update nodes are on chain
// with five-slot descriptors where Adam reads five inputs.
func TestCNNFullyJudged(t *testing.T) {
	tk := build(t, "mnist-cnn", 1, 1)
	if len(tk.Unjudged) != 0 {
		t.Fatalf("unjudged nodes %v", tk.Unjudged)
	}
	seen := map[repops.KernelID]int{}
	for _, n := range tk.Nodes {
		if !n.Judged || !n.Desc.Valid() {
			t.Fatalf("node %s (%v) not judged", n.Name, n.Kernel)
		}
		id := n.Kernel.ID()
		seen[id]++
		if id == repops.KAdamApply && n.Desc.Source(4).Kind == model.SrcNone {
			t.Fatalf("adam update %s: slot 4 has no source: %+v", n.Name, n.Desc)
		}
	}
	for _, id := range []repops.KernelID{repops.KIm2Col, repops.KCol2Im, repops.KAdamApply} {
		if seen[id] == 0 {
			t.Errorf("no kernel %d node in the CNN", id)
		}
	}
}

// TestNodeNames: the names NodeNames gives without data are the built task's nodes'.
func TestNodeNames(t *testing.T) {
	tk := build(t, "synthetic-relu", 4, 2)
	names, err := task.NodeNames(tk.Spec, task.Options{AllowUnjudged: true})
	if err != nil || len(names) != len(tk.Nodes) {
		t.Fatalf("%d names (%v), want %d", len(names), err, len(tk.Nodes))
	}
	for w, n := range tk.Nodes {
		if names[w] != n.Name {
			t.Errorf("node %d: %q, want %q", w, names[w], n.Name)
		}
	}
}
