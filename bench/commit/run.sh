#!/usr/bin/env bash
# The cost of committing on the training loop: ms/step of mnist-mlp without checkpoints
# and with a checkpoint (state hash + zstd delta + atomic write, on a background
# goroutine) every K steps, as a percentage of the plain step time.
set -euo pipefail
cd "$(dirname "$0")/../.."
steps=${STEPS:-600}
bin=$(mktemp -d)/veritrain
go build -o "$bin" ./cmd/veritrain
ms() { "$bin" train --model mnist-mlp --steps "$steps" --json "$@" | tail -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["ms_per_step"])'; }
printf '%-8s %10s %10s\n' K ms/step overhead
base=$(ms)
printf '%-8s %10.3f %10s\n' none "$base" -
for k in 1 10 100; do
	dir=$(mktemp -d)
	t=$(ms --checkpoint-every "$k" --out "$dir/run")
	printf '%-8s %10.3f %9.1f%%\n' "$k" "$t" "$(python3 -c "print(100*($t-$base)/$base)")"
	rm -rf "$dir"
done
