//go:build !race

package repops

const gemmRace = false
