package solver_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/solver"
	"github.com/veritrain/veritrain/task"
)

// TestAnnounceNotRepeated: a solver whose market is not a market never sends its
// announcement on every tick. At an empty address the announcement "succeeds" (a
// transaction to an account) and is sent once; at the game's address it reverts at
// estimation and is retried with waits that double, not on every poll; nothing is
// claimed meanwhile.
func TestAnnounceNotRepeated(t *testing.T) {
	ctx := t.Context()
	n, err := netsim.New(ctx, netsim.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	for _, tc := range []struct {
		name string
		at   common.Address
		acc  int
	}{{"empty address", common.HexToAddress("0x00000000000000000000000000000000000000e1"), 2}, {"the game", n.Game, 3}} {
		t.Run(tc.name, func(t *testing.T) {
			opts, err := chain.Transactor(ctx, n.Sim, tc.acc)
			if err != nil {
				t.Fatal(err)
			}
			m := onchain.NewMarket(n.Sim, tc.at, opts)
			s, err := solver.New(solver.Config{Market: m, Specs: task.BuiltinSpecs, Dir: t.TempDir(), Stake: chain.Ether(1),
				Announce: &onchain.Announcement{Role: "solver", URL: "http://solver.example.org"}})
			if err != nil {
				t.Fatal(err)
			}
			announceErrs := 0
			for range 20 {
				if err := s.Tick(ctx); err != nil && strings.Contains(err.Error(), "announce") {
					announceErrs++
					if !strings.Contains(err.Error(), "next try in") {
						t.Fatalf("announce failure without a back-off: %v", err)
					}
				}
			}
			nonce, err := n.Sim.NonceAt(ctx, opts.From, nil)
			if err != nil {
				t.Fatal(err)
			}
			if nonce > 1 {
				t.Fatalf("%d transactions sent in 20 ticks, want at most one announcement", nonce)
			}
			if announceErrs > 6 {
				t.Fatalf("the announcement failed on %d of 20 ticks: retried too often", announceErrs)
			}
			if s.InHand() != 0 {
				t.Fatalf("claimed %d task(s)", s.InHand())
			}
		})
	}
}
