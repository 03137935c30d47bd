#!/usr/bin/env bash
# RepOps' reproducible matrix product against PyTorch (OpenBLAS) and gonum, 2 threads.
#
#   bench/gemm/run.sh            # ROUNDS=3 BENCHTIME=0.5s by default
#   RESULTS=/tmp/gemm.txt bench/gemm/run.sh   # append raw rounds there; table over all of them
#
# Installs Debian's PyTorch and OpenBLAS if missing (as root; see KNOWN.md: without
# libopenblas0-pthread PyTorch falls back to the reference BLAS, ~6 GFLOP/s). Each round
# runs the PyTorch script and the Go benchmarks back to back; the table keeps each
# row's best round, so that a load spike on this shared machine hits both sides alike
# rather than whichever happened to run during it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${ROUNDS:-3}
benchtime=${BENCHTIME:-0.5s}
py=/usr/bin/python3
export THREADS=2 OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 GOMAXPROCS=2

if ! "$py" -c 'import torch' 2>/dev/null; then
	echo "installing python3-torch and libopenblas0-pthread" >&2
	apt-get update >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y python3-torch libopenblas0-pthread >/dev/null
fi
# Debian's torch reports BLAS_INFO=generic in torch.__config__.show(): it links the
# libblas.so.3 alternative, which libopenblas0-pthread provides. Check the library that is
# actually loaded instead.
"$py" -c 'import torch; print(torch.__config__.show())' | grep -oE 'BLAS_INFO=[^,]*|CPU capability usage: [A-Z0-9]+' >&2 || true
if ! "$py" -c '
import torch, sys
torch.ones(64, 64) @ torch.ones(64, 64)
sys.exit(0 if "openblas" in open("/proc/self/maps").read() else 1)'; then
	echo "warning: PyTorch is not using OpenBLAS; its figures are the reference BLAS" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=${RESULTS:-$tmp/results}
(cd "$root" && go test -c -o "$tmp/repops.test" ./repops)
for r in $(seq "$rounds"); do
	echo "round $r/$rounds" >&2
	WINDOWS=1 "$py" "$here/torch_gemm.py" 2>>"$tmp/torch.info" | sed 's/^/torch /' >>"$results"
	(cd "$root/repops" && "$tmp/repops.test" -test.run '^$' -test.bench '^BenchmarkMatMul$' \
		-test.benchtime "$benchtime" -test.cpu 2) |
		awk '$1 ~ /^BenchmarkMatMul\// {
			split($1, p, "/"); sub(/-[0-9]+$/, "", p[3])
			for (i = 2; i < NF; i++) if ($(i+1) == "GFLOP/s") print p[3], p[2], $i
		}' >>"$results"
done

echo "# $(tail -1 "$tmp/torch.info" | sed 's/^# //')"
echo "# CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; best of $(grep -c '^torch 64x784x256_NN ' "$results") rounds; GFLOP/s = 2mkn/time"
awk '
	{ k = $1 SUBSEP $2; if ($3 > best[k]) best[k] = $3; if (!($2 in seen)) { seen[$2] = 1; order[n++] = $2 } }
	END {
		printf "| m×k×n layout | RepOps | RepOps pure Go | gonum | PyTorch | RepOps/PyTorch | RepOps/gonum |\n"
		printf "|---|---:|---:|---:|---:|---:|---:|\n"
		for (i = 0; i < n; i++) {
			s = order[i]; r = best["repops", s]; t = best["torch", s]; g = best["gonum", s]
			name = s; sub(/_/, " ", name)
			printf "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f |\n", name, r, best["repops-go", s], g, t,
				(t > 0 ? r / t : 0), (g > 0 ? r / g : 0)
		}
	}' "$results"
