//go:build race

package repops

// gemmRace: the race detector makes sync.Pool drop items on purpose, so pooled code
// allocates.
const gemmRace = true
