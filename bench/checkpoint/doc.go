// Package checkpointbench measures the checkpoint layer against the standard tools on
// the same bytes: Merkle commitment throughput against `sha256sum`, and the blob codec
// (byte planes, XOR delta against the previous checkpoint, zstd) against the `zstd`
// command. The checkpoints come from a real SGD run of the MNIST-sized MLP on synthetic
// images (package checkpointtest). Figures go to README.md.
package checkpointbench
