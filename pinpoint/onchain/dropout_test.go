package onchain_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// dropoutSpec is a transformer small enough to dispute in a test, with dropout at
// every site.
const dropoutSpec = `{"name": "drop-micro", "dataset": "sotu",
 "transformer": {"vocab": 256, "context": 4, "width": 6, "heads": 2, "layers": 1, "mlp": 8,
  "norm": "layer", "norm_eps": 1e-5, "activation": "gelu", "tie_embeddings": true, "dropout": 0.5},
 "loss": "softmax_cross_entropy",
 "optimizer": {"type": "adamw", "lr": 0.01, "beta1": 0.9, "beta2": 0.99, "eps": 1e-8, "weight_decay": 0.01, "clip": 1},
 "batch_size": 2, "seed": 9}`

// TestDropoutJudgedOnChain plays disputes over a transformer task with dropout. The
// task commits each step's masks with its batch (batch tensors 3 on), so a party that
// draws other masks (FaultMask: the next step's) is caught where a dropout node reads
// one, by the one-step check opening the committed mask; and a wrong scalar at a
// forward or a backward dropout node is judged as any RowMul. Each fault is played
// with the solver lying and with the challenger lying; the honest side wins each.
func TestDropoutJudgedOnChain(t *testing.T) {
	spec, err := train.ParseSpec(strings.NewReader(dropoutSpec))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.NewTrainer(spec)
	if errors.Is(err, dataset.ErrNoSOTU) && os.Getenv("CI") == "" {
		t.Skip(err) // dataset/text/install.sh installs it (.ci/run does)
	}
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Build(context.Background(), tr, steps, interval, task.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := tk.Graph
	if bt := tk.BatchTensors(1); len(bt) != task.BatchMasks+len(g.Drop) || bt[task.BatchMasks].Name != "batch.drop.emb" {
		t.Fatalf("step 1's batch has %d tensors (first mask %q), want %d", len(bt), bt[task.BatchMasks].Name, task.BatchMasks+len(g.Drop))
	}
	// the on-chain nodes of the forward and backward dropouts of the attention
	// probabilities and of the embeddings
	at := map[string]int{}
	for w, n := range tk.Nodes {
		at[g.Nodes[n.Train].Name] = w
	}
	truth, err := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	var faults []pinpoint.Fault
	for _, name := range []string{"fwd.h0.attn.drop", "bwd.h0.attn.drop", "fwd.drop", "bwd.drop"} {
		w, ok := at[name]
		if !ok {
			t.Fatalf("no on-chain node %s", name)
		}
		faults = append(faults, pinpoint.Fault{Kind: pinpoint.FaultOp, Step: 2, Node: w, Element: 5})
	}
	faults = append(faults, pinpoint.Fault{Kind: pinpoint.FaultMask, Step: 1})
	e := newEnv(t, 4)
	for _, f := range faults {
		liar := changesSegment(t, tk, truth, &f)
		name := g.Nodes[tk.Nodes[f.Node].Train].Name
		if f.Kind == pinpoint.FaultMask {
			// the other masks first show in the first node that reads one
			w := firstDiffering(tk, truth, liar, f.Step)
			if w < 0 {
				t.Fatalf("other masks change no node at step %d", f.Step)
			}
			if name = g.Nodes[tk.Nodes[w].Train].Name; name != "fwd.drop" {
				t.Fatalf("other masks first differ at node %s, want fwd.drop", name)
			}
			name = "other masks, first at " + name
		}
		for _, solverLies := range []bool{true, false} {
			e.playTaskFault(name, tk, truth, liar, f, solverLies)
		}
	}
}

// firstDiffering is the first on-chain node whose output at step s differs between a
// and b.
func firstDiffering(tk *task.Task, a, b *pinpoint.Computation, s uint64) int {
	for w := range tk.Nodes {
		ha, da := a.Output(s, uint32(w))
		hb, db := b.Output(s, uint32(w))
		if ha != hb || da.Root() != db.Root() {
			return w
		}
	}
	return -1
}

// changesSegment is the computation of fault f, moved to the next element until the
// end state of f's segment differs from the truth's (a dropped element's one-ulp
// error can vanish in later roundings).
func changesSegment(t *testing.T, tk *task.Task, truth *pinpoint.Computation, f *pinpoint.Fault) *pinpoint.Computation {
	t.Helper()
	for range 64 {
		if liar := faultyIfSeen(t, tk, truth, *f); liar != nil {
			return liar
		}
		f.Element++
	}
	t.Fatalf("fault %+v never changes its segment's end", *f)
	return nil
}
