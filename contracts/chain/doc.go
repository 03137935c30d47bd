// Package chain gives contract code and tests one interface to an Ethereum
// chain (Chain): the in-process simulated backend of go-ethereum (Sim, the
// default: no setup, starts in milliseconds) or any JSON-RPC node that seals
// a block per transaction (RPC), such as the `geth --dev` process GethNode
// builds, starts and tears down.
//
// Vocabulary: an Account is a funded test key; a Transactor is the
// bind.TransactOpts that signs for it; to Mine is to seal the pending
// transactions into a block; to Advance is to move the chain clock forward
// (deadlines in the contracts are block timestamps).
//
// Invariants: account keys are a pure function of their index (the same
// addresses in every run), so tests and logs are reproducible; with
// auto-mining on (the default) every sent transaction is in a block when
// SendTransaction returns, so a receipt is available at once.
package chain
