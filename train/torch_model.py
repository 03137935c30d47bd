"""The PyTorch module of a veritrain model spec (train/specs/*.json, `veritrain spec NAME`).

Its parameters are named and shaped as `veritrain export` and `veritrain fetch` write
them ("l0.weight", "l0.bias", ...; nn.Linear weights [out, in], nn.Conv2d weights
[out, in, kh, kw]), so a file loads with load_state_dict as it is:

    import json
    from safetensors.torch import load_file      # pip install safetensors
    from torch_model import model_of
    model = model_of(json.load(open("mnist-mlp.json")))
    model.load_state_dict(load_file("model.safetensors"))
    logits = model(images)   # (N, C, H, W) or (N, H*W*C) pixels in [0, 1], as veritrain trains on

A layer spec is a VeritrainModel: convolutions are valid (unpadded); each layer's
activation is the spec's ("relu", "tanh" or none); the last layer's outputs are the
logits. A spec with a "transformer" section is a GPT (nanoGPT's parameter names, as
train/transformer.go's gptParams names them): model(tokens) takes token ids (B, T) or
veritrain's one-hot batch (B·T rows of vocab, or (B, T·vocab)) and returns logits
(B, T, vocab). Without the safetensors package, load_safetensors below reads a file
with the standard library and torch.

Run as a script, it checks a file: torch_model.py SPEC.json MODEL.safetensors [X.f32
LOGITS.f32 N] loads the file (strict) and, given a batch of N inputs (N sequences of
one-hot rows for a transformer) and the logits veritrain computed for them (raw
little-endian float32), prints the largest difference between PyTorch's logits and
veritrain's (cmd/veritrain's TestExportLoadsInPyTorch).
"""
import json
import math
import struct
import sys

import torch
from torch import nn

# The built-in data sets' image shapes and classes (train/data.go).
DATASETS = {"mnist": (28, 28, 1, 10), "synthetic": (8, 8, 1, 4)}


def input_shape(spec):
    """(h, w, c, classes) of a spec's examples: a built-in data set's, or its data
    section's shape ([H, W, C], [H, W] or [features]; train/specdata.go)."""
    data = spec.get("data")
    if not data:
        return DATASETS[spec["dataset"]]
    shape = list(data["shape"])
    if len(shape) == 1:
        shape = [1, shape[0], 1]
    elif len(shape) == 2:
        shape = shape + [1]
    return shape[0], shape[1], shape[2], data["classes"]


class VeritrainModel(nn.Module):
    def __init__(self, spec):
        super().__init__()
        h, w, c, _ = input_shape(spec)
        self.input = (c, h, w)
        self.kinds, self.acts = [], []
        for i, layer in enumerate(spec["layers"]):
            if layer["type"] == "conv":
                k, s = layer["kernel"], layer["stride"]
                m = nn.Conv2d(c, layer["filters"], k, stride=s)
                h, w, c = (h - k) // s + 1, (w - k) // s + 1, layer["filters"]
            elif layer["type"] == "dense":
                m = nn.Linear(h * w * c, layer["units"])
                h, w, c = 1, 1, layer["units"]
            else:
                raise ValueError(f"layer {i}: unknown type {layer['type']!r}")
            setattr(self, f"l{i}", m)
            self.kinds.append(layer["type"])
            self.acts.append(layer.get("activation", ""))

    def forward(self, x):
        x = x.reshape(-1, *self.input)
        for i, (kind, act) in enumerate(zip(self.kinds, self.acts)):
            if kind == "dense":
                x = x.flatten(1)
            x = getattr(self, f"l{i}")(x)
            if act == "relu":
                x = torch.relu(x)
            elif act == "tanh":
                x = torch.tanh(x)
        return x


class RMSNorm(nn.Module):
    """x·rsqrt(mean(x²) + eps)·weight (repops.Norm with RMS: no centring, no bias)."""

    def __init__(self, d, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def norm_of(m):
    """A block's norm as the spec says: layer norm (gain and bias) or RMS norm (gain)."""
    if m["norm"] == "rms":
        return RMSNorm(m["width"], m["norm_eps"])
    return nn.LayerNorm(m["width"], eps=m["norm_eps"])


class CausalSelfAttention(nn.Module):
    """Fused qkv projection [q | k | v], each head's dh features contiguous (repops.Attn),
    softmax of the scores scaled by 1/sqrt(dh) over the past and present only."""

    def __init__(self, m):
        super().__init__()
        d = m["width"]
        self.heads = m["heads"]
        self.c_attn = nn.Linear(d, 3 * d)
        self.c_proj = nn.Linear(d, d)
        t = m["context"]
        self.register_buffer("mask", torch.ones(t, t, dtype=torch.bool).tril(), persistent=False)

    def forward(self, x):
        b, t, d = x.shape
        h, dh = self.heads, d // self.heads
        q, k, v = (z.view(b, t, h, dh).transpose(1, 2) for z in self.c_attn(x).split(d, dim=2))
        s = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(dh))
        p = torch.softmax(s.masked_fill(~self.mask[:t, :t], float("-inf")), dim=-1)
        return self.c_proj((p @ v).transpose(1, 2).reshape(b, t, d))


class MLP(nn.Module):
    def __init__(self, m):
        super().__init__()
        self.c_fc = nn.Linear(m["width"], m["mlp"])
        self.c_proj = nn.Linear(m["mlp"], m["width"])
        self.silu = m["activation"] == "silu"

    def forward(self, x):
        x = self.c_fc(x)
        # veritrain's GELU is the tanh form (repops.GELU)
        x = nn.functional.silu(x) if self.silu else nn.functional.gelu(x, approximate="tanh")
        return self.c_proj(x)


class Block(nn.Module):
    """Pre-norm: x += attn(ln_1(x)); x += mlp(ln_2(x))."""

    def __init__(self, m):
        super().__init__()
        self.ln_1 = norm_of(m)
        self.attn = CausalSelfAttention(m)
        self.ln_2 = norm_of(m)
        self.mlp = MLP(m)

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        return x + self.mlp(self.ln_2(x))


class GPT(nn.Module):
    """A spec's transformer (train/transformer.go), dropout 0. Parameters as gptParams
    names them; lm_head exists only when the embeddings are not tied (tied: logits =
    h·wteᵀ)."""

    def __init__(self, spec):
        super().__init__()
        m = spec["transformer"]
        if m.get("dropout", 0):
            raise ValueError("transformer.dropout must be 0: the twin has no dropout (veritrain draws its masks from its own seeded stream)")
        self.vocab, self.context = m["vocab"], m["context"]
        self.transformer = nn.ModuleDict(dict(
            wte=nn.Embedding(m["vocab"], m["width"]),
            wpe=nn.Embedding(m["context"], m["width"]),
            h=nn.ModuleList(Block(m) for _ in range(m["layers"])),
            ln_f=norm_of(m)))
        self.lm_head = None if m.get("tie_embeddings") else nn.Linear(m["width"], m["vocab"], bias=False)

    def tokens(self, x):
        """Token ids (B, T) from ids, or from veritrain's one-hot rows (the argmax of each
        row of vocab)."""
        if not x.is_floating_point():
            return x.reshape(-1, x.shape[-1]) if x.dim() > 1 else x.reshape(1, -1)
        return x.reshape(-1, self.context, self.vocab).argmax(-1)

    def forward(self, x):
        idx = self.tokens(x)
        tr = self.transformer
        h = tr.wte(idx) + tr.wpe(torch.arange(idx.shape[1], device=idx.device))
        for block in tr.h:
            h = block(h)
        h = tr.ln_f(h)
        return self.lm_head(h) if self.lm_head is not None else h @ tr.wte.weight.t()


def model_of(spec):
    """The PyTorch module of a spec: GPT for a transformer, else VeritrainModel."""
    return GPT(spec) if spec.get("transformer") else VeritrainModel(spec)


def load_safetensors(path):
    """A safetensors file of F32 tensors as a state dict, with the standard library."""
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    data = raw[8 + n:]
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        if e["dtype"] != "F32":
            raise ValueError(f"{name}: dtype {e['dtype']}")
        lo, hi = e["data_offsets"]
        out[name] = torch.tensor(struct.unpack("<%df" % ((hi - lo) // 4), data[lo:hi]), dtype=torch.float32).reshape(e["shape"])
    return out


def main(argv):
    spec = json.load(open(argv[1]))
    model = model_of(spec)
    model.load_state_dict(load_safetensors(argv[2]))  # strict: every name and shape
    print("loaded", argv[2], "into", spec["name"])
    if len(argv) > 3:
        n = int(argv[5])
        x = torch.tensor(struct.unpack("<%df" % (len(open(argv[3], "rb").read()) // 4), open(argv[3], "rb").read()))
        want = torch.tensor(struct.unpack("<%df" % (len(open(argv[4], "rb").read()) // 4), open(argv[4], "rb").read()))
        with torch.no_grad():
            got = model(x.reshape(n, -1)).reshape(-1)
        print("max_abs_diff %g max_abs_logit %g" % ((got - want).abs().max().item(), want.abs().max().item()))


if __name__ == "__main__":
    main(sys.argv)
