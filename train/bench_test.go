package train

import "testing"

func benchStep(b *testing.B, model string) {
	tr := mustTrainer(b, model)
	st := tr.Init()
	b.ResetTimer()
	for b.Loop() {
		next, _, err := tr.Step(st)
		if err != nil {
			b.Fatal(err)
		}
		st = next
	}
}

func BenchmarkStepMLP(b *testing.B) { benchStep(b, "mnist-mlp") }
func BenchmarkStepCNN(b *testing.B) { benchStep(b, "mnist-cnn") }
