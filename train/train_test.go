package train

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
)

func mustTrainer(t testing.TB, name string) *Trainer {
	t.Helper()
	s, err := Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewTrainer(s)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func runSteps(t testing.TB, tr *Trainer, steps uint64) *checkpoint.State {
	t.Helper()
	st, err := tr.Run(context.Background(), tr.Init(), steps, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestSyntheticLearns(t *testing.T) {
	tr := mustTrainer(t, "synthetic-mlp")
	st := runSteps(t, tr, 300)
	acc, loss, err := tr.Evaluate(st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("synthetic-mlp: accuracy %.3f loss %.4f hash %x", acc, loss, st.Hash())
	if acc < 0.95 {
		t.Fatalf("accuracy %.3f after 300 steps", acc)
	}
}

func TestMNISTQuick(t *testing.T) {
	for _, name := range []string{"mnist-mlp", "mnist-cnn"} {
		tr := mustTrainer(t, name)
		st := runSteps(t, tr, 20)
		fmt.Println(name, st.Hash(), runtime.GOMAXPROCS(0))
	}
}
