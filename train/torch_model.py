"""The PyTorch module of a veritrain model spec (train/specs/*.json, `veritrain spec NAME`).

Its parameters are named and shaped as `veritrain export` and `veritrain fetch` write
them ("l0.weight", "l0.bias", ...; nn.Linear weights [out, in], nn.Conv2d weights
[out, in, kh, kw]), so a file loads with load_state_dict as it is:

    import json
    from safetensors.torch import load_file      # pip install safetensors
    from torch_model import VeritrainModel
    model = VeritrainModel(json.load(open("mnist-mlp.json")))
    model.load_state_dict(load_file("model.safetensors"))
    logits = model(images)   # (N, C, H, W) or (N, H*W*C) pixels in [0, 1], as veritrain trains on

Convolutions are valid (unpadded); each layer's activation is the spec's ("relu",
"tanh" or none); the last layer's outputs are the logits. Without the safetensors
package, load_safetensors below reads a file with the standard library and torch.

Run as a script, it checks a file: torch_model.py SPEC.json MODEL.safetensors [X.f32
LOGITS.f32 N] loads the file (strict) and, given a batch of N inputs and the logits
veritrain computed for them (raw little-endian float32), prints the largest difference
between PyTorch's logits and veritrain's (cmd/veritrain's TestExportLoadsInPyTorch).
"""
import json
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
    model = VeritrainModel(spec)
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
