"""PyTorch (CPU) throughput at the shapes of repops' BenchmarkMatMul.

Prints one line per shape: "<m>x<k>x<n>_<layout> <GFLOP/s>", the best of several timed
windows (the machine is shared, so the best window is the least disturbed one).
Run with /usr/bin/python3 (Debian's python3-torch) and 2 threads.
"""
import os
import sys
import time

import torch

SHAPES = [
    (64, 784, 256, "NN"), (64, 256, 784, "NT"), (784, 64, 256, "TN"),
    (64, 256, 10, "NN"), (64, 10, 256, "NT"), (256, 64, 10, "TN"),
    (1024, 1024, 1024, "NN"), (1024, 1024, 1024, "NT"), (1024, 1024, 1024, "TN"),
]


def blas_library():
    """The BLAS shared library actually mapped into this process."""
    with open("/proc/self/maps") as f:
        libs = {line.split()[-1] for line in f if "blas" in line.lower()}
    return ", ".join(sorted(os.path.basename(l) for l in libs)) or "none found"


def main():
    threads = int(os.environ.get("THREADS", "2"))
    windows = int(os.environ.get("WINDOWS", "5"))
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    for m, k, n, layout in SHAPES:
        a = torch.randn(k, m).t() if layout == "TN" else torch.randn(m, k)
        b = torch.randn(n, k).t() if layout == "NT" else torch.randn(k, n)
        for _ in range(3):
            torch.matmul(a, b)
        best = 0.0
        for _ in range(windows):
            reps, start = 0, time.perf_counter()
            while True:
                torch.matmul(a, b)
                reps += 1
                elapsed = time.perf_counter() - start
                if elapsed > 0.2:
                    break
            best = max(best, 2 * m * k * n * reps / elapsed / 1e9)
        print(f"{m}x{k}x{n}_{layout} {best:.2f}")
    print(f"# torch {torch.__version__}, {threads} threads, BLAS: {blas_library()}", file=sys.stderr)


if __name__ == "__main__":
    main()
