package chain_test

import (
	"context"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/veritrain/veritrain/contracts/bindings/float32harness"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/repops"
)

// gethCache is where BuildGeth keeps its binary between runs (git-ignored).
const gethCache = "../.geth"

// startGeth starts a geth --dev node for the test. The binary is built into
// contracts/.geth only when VERITRAIN_GETH=1 (a cold build takes minutes, more
// than a test run should spend unasked); once cached, the test always runs.
func startGeth(t *testing.T) *chain.GethNode {
	t.Helper()
	if os.Getenv("VERITRAIN_GETH") != "1" {
		if _, err := os.Stat(filepath.Join(gethCache, chain.GethVersion, "geth")); err != nil {
			t.Skip("geth not built: VERITRAIN_GETH=1 builds it into contracts/.geth (minutes, once) and runs this test")
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	bin, err := chain.BuildGeth(ctx, gethCache)
	if err != nil {
		t.Fatal(err)
	}
	startCtx, cancelStart := context.WithTimeout(context.Background(), time.Minute)
	defer cancelStart()
	n, err := chain.StartGeth(startCtx, bin, chain.GethConfig{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Error(err)
		}
	})
	return n
}

// TestGethDev runs the Float32 harness on a real geth --dev node through the
// same Chain interface as the simulated backend.
func TestGethDev(t *testing.T) {
	start := time.Now()
	n := startGeth(t)
	t.Logf("geth --dev at %s, started and funded in %v", n.URL, time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	for i, a := range n.Accounts() {
		bal, err := n.BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(chain.Ether(1000)) != 0 {
			t.Errorf("account %d balance %v, want 1000 ether", i, bal)
		}
	}

	addr, _, err := chain.Deploy(ctx, n, 1, &float32harness.Float32HarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := float32harness.NewFloat32Harness()
	r := rand.New(rand.NewPCG(5, 5))
	const cases = 600
	recs := make([]byte, 9*cases)
	for i := range cases {
		rec := recs[9*i:]
		rec[0] = uint8(1 + r.IntN(repops.NumOps-1))
		binary.BigEndian.PutUint32(rec[1:], r.Uint32())
		binary.BigEndian.PutUint32(rec[5:], r.Uint32())
	}
	out, err := n.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: h.PackEvalPacked(recs)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := h.UnpackEvalPacked(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 4*cases {
		t.Fatalf("%d result bytes for %d cases", len(res), cases)
	}
	for i := range cases {
		rec := recs[9*i:]
		op, a, b := repops.Op(rec[0]), binary.BigEndian.Uint32(rec[1:]), binary.BigEndian.Uint32(rec[5:])
		want := math.Float32bits(repops.Eval(op, math.Float32frombits(a), math.Float32frombits(b)))
		if got := binary.BigEndian.Uint32(res[4*i:]); got != want {
			t.Errorf("%v(%#08x, %#08x) = %#08x on geth, repops %#08x", op, a, b, got, want)
		}
	}

	t.Logf("deployed and checked %d ops at %v", cases, time.Since(start).Round(time.Millisecond))
	before, err := n.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.Advance(ctx, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	after, err := n.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() <= before.Number.Uint64() {
		t.Errorf("Mine/Advance sealed no block: head %v, was %v", after.Number, before.Number)
	}
	t.Logf("mined and advanced to block %v at %v", after.Number, time.Since(start).Round(time.Millisecond))
	if after.Time < before.Time+5 {
		t.Errorf("Advance(5s) moved the clock from %d to %d", before.Time, after.Time)
	}
}
