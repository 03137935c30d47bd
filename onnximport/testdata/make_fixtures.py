"""Writes the ONNX fixtures of package onnximport's tests (run from anywhere):

    /usr/bin/python3 onnximport/testdata/make_fixtures.py

(Debian's python3-torch; torch.onnx.export needs no onnx package.) For each model, a
PyTorch module made with a fixed seed is exported as torch.onnx.export writes it
(NAME.onnx), with a fixed batch of inputs in [0, 1), NCHW (NAME.input.npy), and
PyTorch's logits for that batch (NAME.logits.npy). The Go tests import the graph, run
veritrain's forward pass on the same inputs and compare the logits: they need no PyTorch.

  mlp  nn.Flatten, 784-64 relu, 64-10       (MNIST's 28x28x1, 10 classes)
  cnn  conv 8 k5 s2 relu, conv 16 k3 s2 tanh, flatten, dense 32 relu, dense 10

The CNN is mnist-cnn's kind (train/specs/mnist-cnn.json) made smaller, so that the
fixtures stay small: convolutions with stride, a dense layer reading channel-major
flattened activations, both activations.
"""
import os

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = 4


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))


def cnn():
    return nn.Sequential(
        nn.Conv2d(1, 8, 5, stride=2), nn.ReLU(),     # 28 -> 12
        nn.Conv2d(8, 16, 3, stride=2), nn.Tanh(),    # 12 -> 5
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 32), nn.ReLU(),
        nn.Linear(32, 10))


def write(name, make, seed):
    torch.manual_seed(seed)
    model = make().eval()
    x = torch.rand(BATCH, 1, 28, 28)
    with torch.no_grad():
        logits = model(x)
    torch.onnx.export(model, x, os.path.join(HERE, name + ".onnx"),
                      input_names=["input"], output_names=["logits"], opset_version=13)
    np.save(os.path.join(HERE, name + ".input.npy"), x.numpy().astype("<f4"))
    np.save(os.path.join(HERE, name + ".logits.npy"), logits.numpy().astype("<f4"))
    print(name, tuple(x.shape), "->", tuple(logits.shape), "torch", torch.__version__)


if __name__ == "__main__":
    write("mlp", mlp, 1)
    write("cnn", cnn, 2)
