package proofs

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/repops"
)

// TestCachedDevProver: the first call runs the seeded setup and caches the keys; the
// next loads them (no setup) and proves what the first one's verifier accepts; a cache
// whose verifying key is another circuit's, or whose proving key is truncated, is
// regenerated, never used.
func TestCachedDevProver(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	get := func(what string) *Prover {
		t.Helper()
		logs.Reset()
		p, err := CachedDevProver(ctx, root, 8, log)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		h, err := p.VerifierSHA256()
		want, _ := CommittedVerifierSHA256(8)
		if err != nil || h != want {
			t.Fatalf("%s: verifier %s, want the committed %s (%v)", what, h, want, err)
		}
		return p
	}
	generated := func() bool { return strings.Contains(logs.String(), "generating") }

	first := get("empty cache")
	if !generated() {
		t.Fatal("an empty cache did not run the setup")
	}
	dir, err := CacheDir(root, 8)
	if err != nil {
		t.Fatal(err)
	}
	loaded := get("warm cache")
	if generated() {
		t.Fatalf("a warm cache ran the setup again: %s", logs.String())
	}
	c, err := ClaimOf(repops.MatMulK{M: 1, K: 3, N: 1}, [][]float32{{1, 2, 3}, {0.5, -0.25, 1e-3}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	pr, err := loaded.Prove(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.VerifyBytes(pr.Solidity(), pr.OpsHash, pr.Fingerprint); err != nil {
		t.Fatalf("a proof with the cached keys fails the generated verifying key: %v", err)
	}

	other, err := NewInsecureProver(1, "another seed")
	if err != nil {
		t.Fatal(err)
	}
	var vk bytes.Buffer
	if _, err := other.VK.WriteTo(&vk); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, cacheVK), vk.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	get("another circuit's verifying key")
	if !generated() || !strings.Contains(logs.String(), "do not match") {
		t.Fatalf("a foreign verifying key was used: %s", logs.String())
	}

	pk := filepath.Join(dir, cachePK)
	fi, err := os.Stat(pk)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(pk, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	get("truncated proving key")
	if !generated() || !strings.Contains(logs.String(), "unreadable") {
		t.Fatalf("a truncated proving key was not regenerated: %s", logs.String())
	}
}
