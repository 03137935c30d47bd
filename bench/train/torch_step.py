"""PyTorch (CPU) training-step time of veritrain's built-in mnist-mlp, mnist-cnn and tiny-gpt.

The same models, batch and optimizers as train/specs/*.json:
  mnist-mlp: 784-256-10, ReLU, softmax cross-entropy, SGD lr 0.05 momentum 0.9, batch 64
  mnist-cnn: conv 16x5x5/2 ReLU, conv 32x5x5/2 ReLU, dense 128 ReLU, dense 10,
             Adam lr 1e-3 (0.9, 0.999, 1e-8), batch 64 (valid, unpadded convolutions)
  tiny-gpt:  train/torch_model.py's GPT of train/specs/tiny-gpt.json (4 layers, width 128,
             4 heads, context 64, MLP 512, tied embeddings), AdamW with weight decay on
             matrices and embeddings, clip_grad_norm_ 1, batch 16 sequences of token ids
Data are random tensors of the right shape: this script times steps, it does not learn.

Prints one line per timed window on stdout, "<model> <ms/step>", WINDOWS windows of STEPS
steps each after WARMUP steps (the caller keeps the best: the machine is shared and the
best window is the least disturbed one), and what it ran on to stderr. Run it with /usr/bin/python3
(Debian's python3-torch).

Usage: torch_step.py [--threads 2] [--steps 200] [--warmup 30] [--windows 3] [--models mnist-mlp,mnist-cnn,tiny-gpt]
"""
import argparse
import json
import os
import sys
import time

import torch
from torch import nn


def blas_library():
    """The BLAS shared library actually mapped into this process.

    Debian's torch reports BLAS_INFO=generic in torch.__config__.show() whatever it
    loads: it links the libblas.so.3 alternative, which libopenblas0-pthread provides.
    """
    with open("/proc/self/maps") as f:
        libs = {line.split()[-1] for line in f if "blas" in line.lower()}
    return ", ".join(sorted(os.path.basename(l) for l in libs)) or "none found"


ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def classifier_batches(xshape):
    """A handful of distinct random batches, cycled, so no step sees a cached result."""
    xs = [torch.rand(xshape) for _ in range(8)]
    ys = [torch.randint(0, 10, (xshape[0],)) for _ in range(8)]
    return xs, ys


def mlp():
    model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    return model, opt, classifier_batches((64, 784)), nn.CrossEntropyLoss(), 0


def cnn():
    # 28 -> 12 -> 4 spatially, as veritrain's valid convolutions with stride 2.
    model = nn.Sequential(
        nn.Conv2d(1, 16, 5, stride=2), nn.ReLU(),
        nn.Conv2d(16, 32, 5, stride=2), nn.ReLU(),
        nn.Flatten(), nn.Linear(32 * 4 * 4, 128), nn.ReLU(), nn.Linear(128, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    return model, opt, classifier_batches((64, 1, 28, 28)), nn.CrossEntropyLoss(), 0


def gpt():
    # The module and hyper-parameters come from the spec itself (bench/train/gpt_peer.py
    # checks that this module trains as veritrain does).
    sys.path.insert(0, os.path.join(ROOT, "train"))
    from torch_model import GPT
    spec = json.load(open(os.path.join(ROOT, "train", "specs", "tiny-gpt.json")))
    o, m, b = spec["optimizer"], spec["transformer"], spec["batch_size"]
    model = GPT(spec)
    params = list(model.parameters())
    opt = torch.optim.AdamW([{"params": [p for p in params if p.dim() >= 2], "weight_decay": o["weight_decay"]},
                             {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}],
                            lr=o["lr"], betas=(o["beta1"], o["beta2"]), eps=o["eps"])
    xs = [torch.randint(0, m["vocab"], (b, m["context"])) for _ in range(8)]
    ys = [torch.randint(0, m["vocab"], (b * m["context"],)) for _ in range(8)]

    def loss_fn(logits, y):
        return nn.functional.cross_entropy(logits.reshape(-1, m["vocab"]), y)

    return model, opt, (xs, ys), loss_fn, o["clip"]


MODELS = {"mnist-mlp": mlp, "mnist-cnn": cnn, "tiny-gpt": gpt}


def time_model(name, steps, warmup, windows):
    """Yields the ms/step of each window."""
    model, opt, (xs, ys), loss_fn, clip = MODELS[name]()

    def step(i):
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xs[i % 8]), ys[i % 8])
        loss.backward()
        if clip > 0:  # tiny-gpt clips by global norm, as veritrain's step does
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
        opt.step()
        return loss

    for i in range(warmup):
        step(i)
    for _ in range(windows):
        start = time.perf_counter()
        for i in range(steps):
            loss = step(i)
        loss.item()  # the step is done when its loss can be read
        yield (time.perf_counter() - start) / steps * 1e3


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--steps", type=int, default=200)
    p.add_argument("--warmup", type=int, default=30)
    p.add_argument("--windows", type=int, default=3)
    p.add_argument("--models", default="mnist-mlp,mnist-cnn")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    names = [m for m in a.models.split(",") if m]
    for m in names:
        if m not in MODELS:
            sys.exit(f"torch_step.py: unknown model {m!r} (have {', '.join(MODELS)})")
    for m in names:
        for ms in time_model(m, a.steps, a.warmup, a.windows):
            print(f"{m} {ms:.4f}", flush=True)
    cap = [l.strip() for l in torch.__config__.show().splitlines() if "CPU capability" in l]
    print(f"# torch {torch.__version__}, {torch.get_num_threads()} threads, "
          f"BLAS loaded: {blas_library()}, {'; '.join(cap)}", file=sys.stderr)


if __name__ == "__main__":
    main()
