"""PyTorch on the same GPU as gpubench: each benchmark case's equivalent PyTorch call
(cuBLAS SGEMM for the matrix products, TF32 off so that it is FP32 work like ours) and
the training step of veritrain's built-in models (the models of bench/train/torch_step.py,
moved to the GPU).

Reads the cases as JSON lines (`go run ./bench/gpu/cmd/gpubench -list`) on stdin and
prints one JSON object per case and per model on stdout:
  {"name": ..., "kind": "kernel"|"step", "torch_ms": ..., "expr": ...}
Timing: CUDA events around back-to-back calls after a warm-up, at least --min-ms long.

Usage: gpubench -list | python3 torch_gpu.py [--min-ms 300] [--steps 100] [--models mnist-mlp,mnist-cnn]
"""
import argparse
import json
import os
import struct
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "train"))
import torch_step  # noqa: E402  (the CPU step benchmark's model definitions)

DEV = "cuda"


def f32(bits):
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def rand(*shape):
    return torch.randn(*shape, device=DEV, dtype=torch.float32)


def make(case):
    """Returns (expr, thunk) for a case: the PyTorch call that does the same work."""
    t, p = case["torch"], case["params"]
    if t == "matmul":
        m, k, n, layout = p
        if layout == 0:
            a, b = rand(m, k), rand(k, n)
            return "a @ b", lambda: a @ b
        if layout == 1:
            a, b = rand(m, k), rand(n, k)
            return "a @ b.T", lambda: a @ b.T
        a, b = rand(k, m), rand(k, n)
        return "a.T @ b", lambda: a.T @ b
    if t in ("relu", "tanh"):
        x = rand(p[0])
        return f"torch.{t}(x)", (lambda: torch.relu(x)) if t == "relu" else (lambda: torch.tanh(x))
    if t == "relugrad":
        z, dy = rand(p[0]), rand(p[0])
        return "torch.where(z > 0, dy, 0)", lambda: torch.where(z > 0, dy, 0.0)
    if t == "biasadd":
        x, b = rand(p[0], p[1]), rand(p[1])
        return "x + b", lambda: x + b
    if t in ("momentum", "sgd"):
        v, g = rand(p[0]), rand(p[0])
        c = f32(p[1])
        if t == "momentum":
            return "torch.add(g, v, alpha=mu)", lambda: torch.add(g, v, alpha=c)
        return "torch.add(w, v, alpha=-lr)", lambda: torch.add(v, g, alpha=-c)
    if t == "scale":
        x = rand(p[0])
        s = f32(p[1])
        return "x * s", lambda: x * s
    if t == "tanhgrad":
        y, dy = rand(p[0]), rand(p[0])
        return "dy * (1 - y * y)", lambda: dy * (1 - y * y)
    if t == "adam_m":
        m, g = rand(p[0]), rand(p[0])
        b = f32(p[1])
        return "torch.lerp(g, m, b1)", lambda: torch.lerp(g, m, b)
    if t == "adam_v":
        v, g = rand(p[0]), rand(p[0])
        b = f32(p[1])
        return "torch.addcmul(v * b2, g, g, value=1 - b2)", lambda: torch.addcmul(v * b, g, g, value=1 - b)
    if t == "adam_apply":
        w, m, v = rand(p[0]), rand(p[0]), rand(p[0]).abs()
        lr, eps = f32(p[1]), f32(p[2])
        return "torch.addcdiv(w, m / 0.1, (v / 0.001).sqrt() + eps, value=-lr)", \
            lambda: torch.addcdiv(w, m / 0.1, (v / 0.001).sqrt() + eps, value=-lr)
    if t == "colsum":
        x = rand(p[0], p[1])
        return "x.sum(0)", lambda: x.sum(0)
    if t == "mean":
        x = rand(p[0])
        return "x.mean()", lambda: x.mean()
    if t in ("xent", "xentgrad"):
        m, c = p
        x = rand(m, c)
        y = F.one_hot(torch.randint(0, c, (m,), device=DEV), c).float()
        if t == "xent":
            return "F.cross_entropy(x, y, reduction='none')", lambda: F.cross_entropy(x, y, reduction="none")
        return "(softmax(x) - y) / m", lambda: (torch.softmax(x, 1) - y) / m
    if t in ("im2col", "col2im"):
        n, h, w, c, kh, kw, s = p
        oh, ow = (h - kh) // s + 1, (w - kw) // s + 1
        if t == "im2col":
            x = rand(n, c, h, w)
            return "F.unfold(x, (kh, kw), stride=s)", lambda: F.unfold(x, (kh, kw), stride=s)
        cols = rand(n, c * kh * kw, oh * ow)
        return "F.fold(cols, (h, w), (kh, kw), stride=s)", lambda: F.fold(cols, (h, w), (kh, kw), stride=s)
    raise SystemExit(f"torch_gpu.py: no PyTorch equivalent for {t!r}")


def time_ms(fn, min_ms):
    """Mean milliseconds per call over back-to-back calls lasting at least min_ms."""
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    iters = 1
    while True:
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        for _ in range(iters):
            fn()
        end.record()
        end.synchronize()
        ms = start.elapsed_time(end)
        if ms >= min_ms or iters >= 1 << 20:
            return ms / iters, iters
        iters *= 4


def step_ms(name, steps):
    model, opt, xshape = torch_step.MODELS[name]()
    model.to(DEV)  # moves the parameters in place: the optimizer (no state yet) follows
    loss_fn = torch.nn.CrossEntropyLoss()
    xs = [torch.rand(xshape, device=DEV) for _ in range(8)]
    ys = [torch.randint(0, 10, (xshape[0],), device=DEV) for _ in range(8)]

    def step(i):
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xs[i % 8]), ys[i % 8])
        loss.backward()
        opt.step()

    for i in range(10):  # warm-up: allocator, cuBLAS handles, kernel selection
        step(i)
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for i in range(steps):
        step(i)
    end.record()
    end.synchronize()
    return start.elapsed_time(end) / steps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-ms", type=float, default=300)
    ap.add_argument("--steps", type=int, default=100)
    ap.add_argument("--models", default="mnist-mlp,mnist-cnn")
    a = ap.parse_args()
    if not torch.cuda.is_available():
        sys.exit("torch_gpu.py: PyTorch sees no CUDA device")
    torch.backends.cuda.matmul.allow_tf32 = False  # FP32 SGEMM, like the RepOps kernels
    torch.backends.cudnn.allow_tf32 = False
    torch.manual_seed(0)
    print(f"# torch {torch.__version__}, CUDA {torch.version.cuda}, {torch.cuda.get_device_name()}", file=sys.stderr)
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        expr, fn = make(case)
        ms, iters = time_ms(fn, a.min_ms)
        print(json.dumps({"name": case["name"], "kind": "kernel", "torch_ms": ms, "expr": expr, "iters": iters}), flush=True)
    for m in [m for m in a.models.split(",") if m]:
        if a.steps > 0:
            print(json.dumps({"name": "step_" + m, "kind": "step", "torch_ms": step_ms(m, a.steps)}), flush=True)


if __name__ == "__main__":
    main()
