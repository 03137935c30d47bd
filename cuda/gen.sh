#!/usr/bin/env bash
# Regenerates kernels/repops.ptx (or the file named by $1) from kernels/repops.cu with
# clang: no CUDA toolkit (-nocudainc -nocudalib; repops.h defines the few attributes and
# intrinsics it needs over clang's NVVM builtins). The compiler is pinned (CLANG, default
# clang-14 from Debian 12: `bash cuda/install.sh`) because the committed PTX is compared
# byte for byte with its output (ptx_test.go).
# sm_80 PTX (ISA 7.0) is JIT-compiled by the driver for any newer GPU (A100, H100, ...).
# -ffp-contract=off and the explicit .rn intrinsics keep multiplies and adds unfused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/kernels/repops.ptx}")"
CLANG="${CLANG:-clang-14}"
cd "$here/kernels"
"$CLANG" -x cuda --cuda-device-only --cuda-gpu-arch=sm_80 -nocudainc -nocudalib \
	-O2 -ffp-contract=off -fno-fast-math -S -o "$out.tmp" repops.cu
mv "$out.tmp" "$out"
