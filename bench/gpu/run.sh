#!/usr/bin/env bash
# The GPU benchmark: RepOps CUDA kernels and training step against PyTorch on the same GPU.
# Run on a machine with an NVIDIA GPU and driver, Go, and PyTorch with CUDA (see README.md):
#
#   bash bench/gpu/run.sh                                   # H100 SXM figures for the bounds
#   FP32_TFLOPS=51 MEM_TBS=2.0 bash bench/gpu/run.sh        # H100 PCIe
#   QUICK=1 bash bench/gpu/run.sh                           # small shapes: a smoke test
#   LIBCUDA=/path/libcuda.so.1 bash bench/gpu/run.sh        # a driver outside the loader path
#
# Writes $OUT/repops.jsonl (gpubench), $OUT/torch.jsonl (torch_gpu.py) and prints a
# markdown table joining them to stdout ($OUT defaults to a temporary folder).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
py=${PYTHON:-python3}
quick=()
[ -n "${QUICK:-}" ] && quick=(-quick)
bench=$out/gpubench
(cd "$root" && go build -o "$bench" ./bench/gpu/cmd/gpubench)
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv >&2 || true
"$bench" "${quick[@]}" -libcuda "${LIBCUDA:-libcuda.so.1}" -fp32-tflops "${FP32_TFLOPS:-67}" -mem-tbs "${MEM_TBS:-3.35}" \
	-steps "${STEPS:-100}" >"$out/repops.jsonl"
if "$py" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
	"$bench" "${quick[@]}" -list | "$py" "$here/torch_gpu.py" --steps "${STEPS:-100}" >"$out/torch.jsonl"
else
	echo "PyTorch with CUDA not found ($py): RepOps figures only" >&2
	: >"$out/torch.jsonl"
fi
"$py" - "$out/repops.jsonl" "$out/torch.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
torch = {r["name"]: r for r in (json.loads(l) for l in open(sys.argv[2]) if l.strip())}
print(f"device: {rows[0]['device'] if rows else '?'}\n")
print("| case | RepOps ms | bound ms | of bound | PyTorch ms | RepOps/PyTorch | bit-exact vs CPU |")
print("|---|---:|---:|---:|---:|---:|:-:|")
for r in rows:
    t = torch.get(r["name"], {}).get("torch_ms")
    ratio = f"{r['ms'] / t:.2f}x" if t else "-"
    bound = f"{r['bound_ms']:.4f}" if r.get("bound_ms") else (f"CPU {r['cpu_ms']:.3f}" if r.get("cpu_ms") else "-")
    eff = f"{100 * r['efficiency']:.0f}%" if r.get("efficiency") else "-"
    exact = {True: "yes", False: "**NO**"}.get(r.get("bit_exact"), "-")
    tms = f"{t:.4f}" if t else "-"
    print(f"| {r['name']} | {r['ms']:.4f} | {bound} | {eff} | {tms} | {ratio} | {exact} |")
PY
echo "raw results in $out" >&2
