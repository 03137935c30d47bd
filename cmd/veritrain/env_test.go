package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/internal/netsim"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
)

// TestMain points the default store (specs, datasets, weights) at a temporary folder:
// the tests never write into the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "veritrain-data-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv(dataset.LibraryEnv, dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// postOn posts tk on the simulated chain of n from sub: reward 3 ether, stake 2, bond
// 1, a day to claim and to commit, the given challenge window, an hour's game clock.
func postOn(t *testing.T, n *netsim.Network, sub *onchain.Market, tk *task.Task, challengeWindow uint64) uint64 {
	t.Helper()
	ctx := t.Context()
	head, err := n.Sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * 3600
	id, err := sub.Post(ctx, tk.Roots(), taskmarket.TaskMarketTerms{SolverStake: chain.Ether(2), ChallengerBond: chain.Ether(1),
		ClaimBy: head.Time + day, CommitWindow: day, ChallengeWindow: challengeWindow, GameClock: 3600}, chain.Ether(3))
	if err != nil {
		t.Fatal(err)
	}
	return id
}
