// Package trainbench measures the cost of one reproducible training step (issue 3): the
// RepOps step of veritrain's built-in models against the same model on gorgonia's default
// kernels and on PyTorch (CPU), side by side on one machine and thread count.
//
// Vocabulary:
//   - contender: one implementation of a model's step: "repops" (train.Trainer.Step),
//     "gorgonia" (GorgoniaMLP: gorgonia's own ops, symbolic gradient and momentum
//     solver) or "torch" (torch_step.py, run by /usr/bin/python3).
//   - window: a run of consecutive timed steps after warm-up; a figure is ms per step of
//     the fastest window of all rounds, because this machine is shared and the fastest
//     window is the least disturbed one. Every contender gets the same number of windows
//     and rounds, interleaved, so that a load spike hits them alike.
//
// Invariants:
//   - Same model, batch and optimizer on every side: the RepOps and gorgonia steps start
//     from the same initial weights (train.Trainer.Init) and take the same MNIST batches;
//     PyTorch, timed only, takes random tensors of the same shapes.
//   - The gorgonia baseline learns: the command reports both Go implementations' test
//     accuracy after the same training, and the package tests check that one gorgonia
//     step moves the weights where the RepOps step moves them (to float32 tolerance:
//     gorgonia's kernels sum in other orders, so the bits differ).
//   - The peer comparison (ComparePeer, cmd/gptpeer, gpt_peer.py) trains a transformer
//     spec on veritrain and on PyTorch from the same initial weights on the same batches
//     and holds the loss curves to a relative tolerance at every step (issue 17): the
//     PyTorch module of a spec (train/torch_model.py) is checked to train as veritrain
//     does, not only to load its weights.
//   - Nothing slow runs under `go test`: the timings are the command's
//     (bench/train/run.sh) and Benchmark functions; the 500-step peer run is gptpeer's.
package trainbench
