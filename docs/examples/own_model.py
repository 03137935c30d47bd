"""A PyTorch model through veritrain, end to end (README: "A PyTorch model, end to end").

    python3 own_model.py export model.onnx          # the model, exported by torch.onnx.export
    python3 own_model.py check model.safetensors    # the verified weights, loaded back into it

The module names its layers l0, l1, ... as veritrain names a spec's parameters, so the
safetensors file that `veritrain fetch` writes loads into it with load_state_dict as it
is (strict: every tensor, no other). Needs PyTorch only (Debian: python3-torch).
"""
import json
import struct
import sys

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.flat = nn.Flatten()
        self.l0 = nn.Linear(28 * 28, 128)
        self.l1 = nn.Linear(128, 10)

    def forward(self, x):
        return self.l1(torch.relu(self.l0(self.flat(x))))


def load_safetensors(path):
    """A safetensors file of float32 tensors (the stdlib's reading of the format)."""
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        if t["dtype"] != "F32":
            raise ValueError(f"{name}: dtype {t['dtype']}, want F32")
        lo, hi = t["data_offsets"]
        values = struct.unpack(f"<{(hi - lo) // 4}f", data[lo:hi])
        out[name] = torch.tensor(values, dtype=torch.float32).reshape(t["shape"])
    return out, header.get("__metadata__", {})


def main():
    mode, path = sys.argv[1], sys.argv[2]
    torch.manual_seed(0)
    model = Net().eval()
    if mode == "export":
        torch.onnx.export(model, torch.zeros(1, 1, 28, 28), path, input_names=["x"],
                          output_names=["logits"], dynamic_axes={"x": {0: "n"}})
        print(f"exported {path}")
    elif mode == "check":
        state, meta = load_safetensors(path)
        model.load_state_dict(state, strict=True)
        x = torch.arange(28 * 28, dtype=torch.float32).reshape(1, 1, 28, 28) / (28 * 28)
        with torch.no_grad():
            logits = model(x)[0]
        print(f"loaded {len(state)} tensors into Net (veritrain state {meta.get('veritrain_state_hash', '?')[:16]}); "
              f"class {int(logits.argmax())} for a test image")
    else:
        raise SystemExit(f"mode {mode!r}: want export or check")


if __name__ == "__main__":
    main()
