//go:build amd64 && !purego

package merkle

import (
	"math/rand/v2"
	"testing"
)

// TestFallbackAgrees runs the crypto/sha256 fallback against the SHA-NI path on the
// same inputs (on a CPU without SHA-NI both sides take the fallback).
func TestFallbackAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	leaves := randLeaves(r, 3000)
	fast, err := Root(leaves)
	if err != nil {
		t.Fatal(err)
	}
	old := useSHANI
	useSHANI = false
	defer func() { useSHANI = old }()
	slow, err := Root(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if fast != slow || fast != refRoot(leaves) {
		t.Errorf("SHA-NI root %x, fallback %x, reference %x", fast, slow, refRoot(leaves))
	}
	t.Logf("SHA-NI available: %v", old)
}
