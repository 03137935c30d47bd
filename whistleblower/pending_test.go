package whistleblower_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// TestWaitsForPendingOnRestart: a whistleblower started while a transaction its account
// sent before (here its bond's deposit) is still pending decides nothing on its first
// tick: it sent its deposit again (the chain, read without the pending one, shows no
// bond) and waited on it. Once the first is mined it goes on, with one deposit.
func TestWaitsForPendingOnRestart(t *testing.T) {
	ctx := t.Context()
	sim, err := chain.NewSim(chain.WithAccounts(3), chain.WithOsakaRules(), chain.WithAutoMine(false))
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	mineUntil := func(done <-chan error) error {
		for {
			select {
			case err := <-done:
				return err
			case <-time.After(20 * time.Millisecond):
				if err := sim.Mine(ctx); err != nil {
					return err
				}
			}
		}
	}
	var market common.Address
	done := make(chan error, 1)
	go func() {
		gameAt, _, err := chain.DeployGame(ctx, sim, 0, 4)
		if err == nil {
			market, _, err = chain.Deploy(ctx, sim, 0, &taskmarket.TaskMarketMetaData,
				taskmarket.NewTaskMarket().PackConstructor(gameAt, 3600, sim.Accounts()[0].Address, 5000))
		}
		done <- err
	}()
	if err := mineUntil(done); err != nil {
		t.Fatal(err)
	}
	o, err := chain.Transactor(ctx, sim, 1)
	if err != nil {
		t.Fatal(err)
	}
	m := onchain.NewMarket(sim, market, o)
	// the earlier process's deposit, sent and not mined
	sent := make(chan error, 1)
	go func() { sent <- m.Deposit(ctx, chain.Ether(1)) }()
	nonces := func() (pending, mined uint64) {
		p, err := sim.PendingNonceAt(ctx, m.Me())
		if err != nil {
			t.Fatal(err)
		}
		n, err := sim.NonceAt(ctx, m.Me(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return p, n
	}
	for i := 0; ; i++ {
		if p, n := nonces(); p > n {
			break
		}
		if i == 200 {
			t.Fatal("the deposit was never sent")
		}
		time.Sleep(10 * time.Millisecond)
	}
	wb, err := whistleblower.New(whistleblower.Config{Market: m, Specs: task.BuiltinSpecs, Bond: chain.Ether(1),
		Checkpoints: &verifier.HTTP{}})
	if err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	err = wb.Tick(tctx)
	cancel()
	if err != nil {
		t.Fatalf("first tick while its deposit is pending: %v; want it to wait", err)
	}
	if p, n := nonces(); p != n+1 {
		t.Fatalf("pending nonce %d, latest %d: it sent again while its own transaction was pending", p, n)
	}
	if err := mineUntil(sent); err != nil {
		t.Fatal(err)
	}
	ticked := make(chan error, 1)
	go func() { ticked <- wb.Tick(ctx) }()
	if err := mineUntil(ticked); err != nil {
		t.Fatal(err)
	}
	if free, err := m.Free(ctx, m.Me()); err != nil || free.Cmp(chain.Ether(1)) != 0 {
		t.Fatalf("free %v (%v), want the one 1-ether deposit", free, err)
	}
}
