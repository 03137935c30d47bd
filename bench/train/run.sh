#!/usr/bin/env bash
# One training step of mnist-mlp and mnist-cnn: RepOps against gorgonia's default kernels
# and PyTorch (CPU), 2 threads, side by side. Prints a markdown table on stdout.
#
#   bash bench/train/run.sh                 # 3 rounds × 5 windows × 40 steps, 500-step accuracy check
#   bash bench/train/run.sh -rounds 5       # any trainbench flag (go run ./bench/train/cmd/trainbench -h)
#   bash bench/train/run.sh -models tiny-gpt -rounds 3 -windows 3 -steps 8 -warmup 2 -acc-steps 0
#
# Installs Debian's PyTorch and OpenBLAS if missing (as root; see KNOWN.md: without
# libopenblas0-pthread PyTorch falls back to the reference BLAS, ~25x slower).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
py=/usr/bin/python3

if ! "$py" -c 'import torch' 2>/dev/null || ! compgen -G '/usr/lib/*/openblas-pthread/libblas.so.3' >/dev/null; then
	echo "installing python3-torch and libopenblas0-pthread" >&2
	apt-get update >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y python3-torch libopenblas0-pthread >/dev/null
fi
# Debian's torch reports BLAS_INFO=generic in torch.__config__.show() whatever it loads:
# it links the libblas.so.3 alternative, which libopenblas0-pthread provides. Print the
# configuration, then check the library actually mapped after a matrix product.
"$py" -c 'import torch; print(torch.__config__.show())' >&2
if ! "$py" -c '
import torch, sys
torch.ones(64, 64) @ torch.ones(64, 64)
sys.exit(0 if "openblas" in open("/proc/self/maps").read() else 1)'; then
	echo "warning: PyTorch is not using OpenBLAS; its figures are the reference BLAS" >&2
fi

cd "$root"
go build -o "${TMPDIR:-/tmp}/trainbench.$$" ./bench/train/cmd/trainbench
trap 'rm -f "${TMPDIR:-/tmp}/trainbench.$$"' EXIT
"${TMPDIR:-/tmp}/trainbench.$$" -python "$py" -torch-script "$here/torch_step.py" "$@"
