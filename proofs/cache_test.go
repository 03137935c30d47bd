package proofs

import (
	"bytes"
	"context"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"

	"github.com/veritrain/veritrain/repops"
)

// TestCachedDevProver: the first call runs the seeded setup and caches the keys; the
// next loads them (no setup) and proves what the first one's verifier accepts; a cache
// whose verifying key is another circuit's, or whose proving key is truncated, is
// regenerated, never used.
//
// It runs on a small circuit (one float addition) standing in for the element circuit,
// whose setup takes long: the cache logic does not depend on the circuit; that the
// committed verifiers are the element circuit's is contracts' TestCommittedVerifierHashes
// and TestZkVerifierMatchesSetup.
func TestCachedDevProver(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	ccs, err := smallCCS()
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := InsecureSetup(ccs, DevSeed)
	if err != nil {
		t.Fatal(err)
	}
	const terms = 8
	want, err := (&Prover{Terms: terms, CCS: ccs, PK: pk, VK: vk}).VerifierSHA256()
	if err != nil {
		t.Fatal(err)
	}
	dir := cacheDirFor(root, terms, want)
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	get := func(what string) *Prover {
		t.Helper()
		logs.Reset()
		p, err := cachedProver(ctx, dir, terms, want, ccs, log)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if h, err := p.VerifierSHA256(); err != nil || h != want {
			t.Fatalf("%s: verifier %s, want %s (%v)", what, h, want, err)
		}
		return p
	}
	generated := func() bool { return strings.Contains(logs.String(), "generating") }

	first := get("empty cache")
	if !generated() {
		t.Fatal("an empty cache did not run the setup")
	}
	loaded := get("warm cache")
	if generated() {
		t.Fatalf("a warm cache ran the setup again: %s", logs.String())
	}
	// a proof with the loaded keys passes the generated verifying key
	one, two, three := math.Float32bits(1), math.Float32bits(2), math.Float32bits(3)
	w := newOpCircuit(repops.OpAdd, 1)
	w.A[0], w.B[0], w.O[0] = one, two, three
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	pr, err := groth16.Prove(loaded.CCS, loaded.PK, wit)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := wit.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(pr, first.VK, pub); err != nil {
		t.Fatalf("a proof with the cached keys fails the generated verifying key: %v", err)
	}

	_, otherVK, err := InsecureSetup(ccs, "another seed")
	if err != nil {
		t.Fatal(err)
	}
	var vkb bytes.Buffer
	if _, err := otherVK.WriteTo(&vkb); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, cacheVK), vkb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	get("another setup's verifying key")
	if !generated() || !strings.Contains(logs.String(), "do not match") {
		t.Fatalf("a foreign verifying key was used: %s", logs.String())
	}

	pkPath := filepath.Join(dir, cachePK)
	fi, err := os.Stat(pkPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(pkPath, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	get("truncated proving key")
	if !generated() || !strings.Contains(logs.String(), "unreadable") {
		t.Fatalf("a truncated proving key was not regenerated: %s", logs.String())
	}

	// the exported entry point names the committed verifier's folder
	if d, err := CacheDir(root, terms); err != nil || d == dir {
		t.Fatalf("CacheDir(%d) = %q, %v: must key on the committed verifier, not this stand-in", terms, d, err)
	}
	if _, err := CacheDir(root, 5); err == nil {
		t.Fatal("a cache folder for a size with no committed verifier")
	}
}
