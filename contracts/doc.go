// Package contracts holds veritrain's Solidity sources (src/), the artifacts
// the pinned compiler makes of them (artifacts/<Contract>.abi, .bin and
// .bin-runtime, the last embedded: RuntimeCode) and the abigen v2 Go bindings
// (bindings/<contract>/), one Go package per deployable contract.
//
// Invariants: artifacts and bindings are generated, never edited by hand, and
// committed; `go generate ./contracts` rebuilds them with npm solc 0.8.37
// (install it with ./install.sh), optimizer on (200 runs), evmVersion osaka,
// and sync_test.go fails when they differ from what the sources compile to.
//
// Float32.sol is the on-chain twin of repops.Eval: IEEE-754 binary32 on
// uint32 bit patterns, canonical NaN 0x7fc00000, bit for bit the RepOps
// scalar instruction set. MerkleProof.sol checks the checkpoint commitment
// scheme of package checkpoint with the sha256 precompile.
package contracts

//go:generate go run ./gen
