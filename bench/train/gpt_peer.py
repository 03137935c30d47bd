"""Trains a veritrain transformer spec on PyTorch (CPU), the peer of veritrain's run.

The module is train/torch_model.py's GPT (dropout 0), loaded strictly from the initial
weights veritrain starts from; the optimizer is torch.optim.AdamW with veritrain's
param groups (weight decay on tensors of two or more dimensions: matrices and
embeddings; none on biases and gains), gradients clipped by global norm
(clip_grad_norm_, its 1e-6 as repops.ClipCoef's) and each step's learning rate from
veritrain's schedule (repops.LRSchedule, here in float64):

    warm = lr · min((t + 1) / W, 1)                     (W = 0: 1)
    p    = clamp((t - W) / (Total - W), 0, 1)
    rate = min(warm, min_lr + (lr - min_lr) · 0.5 · (1 + cos(π p)))

with Total = decay_steps (or, without decay, a constant lr after the warm-up).

Inputs (bench/train/peer.go writes them): the spec as JSON, the initial parameters as
safetensors in PyTorch's layout, and the token ids of every step's batch (tokens.u8:
per step, batch·context input ids then as many target ids, one byte each).

Prints "<step> <loss>" per step on stdout (the batch's mean cross-entropy before that
step's update, as veritrain's Trainer.Step returns it) and what it ran on to stderr.

Usage: gpt_peer.py --spec SPEC.json --init INIT.safetensors --tokens TOKENS.u8 --steps N [--threads 2]
"""
import argparse
import json
import math
import os
import sys

import torch
from torch.nn import functional as F

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "train"))
from torch_model import GPT, load_safetensors  # noqa: E402


def rate(o, t):
    """repops.LRSchedule's rate of step t (train/spec.go's Optimizer.schedule)."""
    lr, w = o["lr"], o.get("warmup", 0)
    total, lo = o.get("decay_steps", 0), o.get("min_lr", 0)
    if total == 0:  # no decay: constant after the warm-up
        total, lo = w + 1, lr
    warm = lr * min((t + 1) / w, 1.0) if w > 0 else lr
    p = min(max((t - w) / (total - w), 0.0), 1.0)
    return min(warm, lo + (lr - lo) * 0.5 * (1 + math.cos(math.pi * p)))


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--spec", required=True)
    a.add_argument("--init", required=True)
    a.add_argument("--tokens", required=True)
    a.add_argument("--steps", type=int, required=True)
    a.add_argument("--threads", type=int, default=2)
    args = a.parse_args()
    torch.set_num_threads(args.threads)

    spec = json.load(open(args.spec))
    o, m, batch = spec["optimizer"], spec["transformer"], spec["batch_size"]
    if o["type"] != "adamw":
        sys.exit(f"gpt_peer.py: optimizer {o['type']!r}: only adamw is compared")
    model = GPT(spec)
    model.load_state_dict(load_safetensors(args.init))  # strict: every name and shape
    model.train()

    rows = batch * m["context"]
    toks = torch.frombuffer(bytearray(open(args.tokens, "rb").read()), dtype=torch.uint8).long()
    if toks.numel() < 2 * rows * args.steps:
        sys.exit(f"gpt_peer.py: {args.tokens} holds {toks.numel()} ids, {args.steps} steps need {2 * rows * args.steps}")
    toks = toks[:2 * rows * args.steps].view(args.steps, 2, batch, m["context"])

    params = list(model.parameters())
    decay = [p for p in params if p.dim() >= 2]
    no_decay = [p for p in params if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": o.get("weight_decay", 0)},
                             {"params": no_decay, "weight_decay": 0.0}],
                            lr=o["lr"], betas=(o["beta1"], o["beta2"]), eps=o["eps"])
    clip = o.get("clip", 0)
    for t in range(args.steps):
        x, y = toks[t, 0], toks[t, 1]
        for g in opt.param_groups:
            g["lr"] = rate(o, t)
        opt.zero_grad(set_to_none=True)
        logits = model(x)
        loss = F.cross_entropy(logits.reshape(-1, m["vocab"]), y.reshape(-1))
        loss.backward()
        if clip > 0:
            torch.nn.utils.clip_grad_norm_(params, clip)
        opt.step()
        print(f"{t} {loss.item():.9g}", flush=True)
    print(f"# torch {torch.__version__}, {torch.get_num_threads()} threads", file=sys.stderr)


if __name__ == "__main__":
    main()
