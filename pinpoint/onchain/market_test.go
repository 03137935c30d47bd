package onchain_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/internal/chaintest"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

var tmABI = taskmarket.NewTaskMarket()

// logWorld is a market with some empty blocks before it and n tasks posted (one block
// each), seen by account 1 through a backend that refuses log queries over maxRange
// blocks, as public RPC providers do.
type logWorld struct {
	sim    *chain.Sim
	cb     *chaintest.Backend
	m      *onchain.Market
	deploy uint64 // the market's deployment block
	ids    []uint64
}

func newLogWorld(t *testing.T, empty, n int, maxRange uint64) *logWorld {
	t.Helper()
	ctx := t.Context()
	sim, err := chain.NewSim(chain.WithAccounts(3), chain.WithOsakaRules())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	for range empty {
		if err := sim.Mine(ctx); err != nil {
			t.Fatal(err)
		}
	}
	game, _, err := chain.DeployGame(ctx, sim, 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	at, r, err := chain.Deploy(ctx, sim, 0, &taskmarket.TaskMarketMetaData,
		tmABI.PackConstructor(game, 3*86400, sim.Accounts()[2].Address, 5000))
	if err != nil {
		t.Fatal(err)
	}
	w := &logWorld{sim: sim, deploy: r.BlockNumber.Uint64()}
	o, err := chain.Transactor(ctx, sim, 0)
	if err != nil {
		t.Fatal(err)
	}
	sub := onchain.NewMarket(sim, at, o)
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: [32]byte{5}, Steps: 8, Interval: 4, NumNodes: 1, StateDepth: 1}
	terms := taskmarket.TaskMarketTerms{SolverStake: big.NewInt(1e18), ChallengerBond: big.NewInt(1e18), ClaimBy: head.Time + 86400,
		CommitWindow: 86400, ChallengeWindow: 86400, GameClock: 3600}
	for range n {
		id, err := sub.Post(ctx, spec, terms, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		w.ids = append(w.ids, id)
	}
	o1, err := chain.Transactor(ctx, sim, 1)
	if err != nil {
		t.Fatal(err)
	}
	w.cb = chaintest.New(sim, at)
	w.cb.MaxRange = maxRange
	w.m = onchain.NewMarket(w.cb, at, o1)
	return w
}

func posted(ctx context.Context, t *testing.T, m *onchain.Market) []uint64 {
	t.Helper()
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int),
		Topics: [][]common.Hash{{tmABI.GetABI().Events["TaskPosted"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for i := range logs {
		ids = append(ids, logs[i].Topics[1].Big().Uint64())
	}
	return ids
}

// TestFilterLogsPages: a log query over the market's history is read in pages, so
// that a provider capping a query's range (here at 4 blocks) still answers all of it:
// with the default page (larger than the cap) the refused page is halved until it
// passes; with a page of 2 blocks every query passes at once; from the deployment
// block on, the blocks before it are not read. (One query from block 0 was refused:
// a restarted daemon found none of its games.)
func TestFilterLogsPages(t *testing.T) {
	ctx := t.Context()
	w := newLogWorld(t, 20, 6, 4)
	head, err := w.sim.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		page      uint64
		from      uint64
		wantCalls int64 // the log queries and the head read
	}{
		{"default page, halved", 0, 0, -1},
		{"pages of 2 blocks", 2, 0, int64((head+1+1)/2) + 1},
		{"from the deployment", 2, w.deploy, int64((head-w.deploy+1+1)/2) + 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			w.m.LogPage, w.m.FromBlock = c.page, c.from
			before := w.cb.Calls()
			if got := posted(ctx, t, w.m); !slices.Equal(got, w.ids) {
				t.Fatalf("found tasks %v, want %v", got, w.ids)
			}
			if calls := w.cb.Calls() - before; c.wantCalls >= 0 && calls != c.wantCalls {
				t.Fatalf("%d calls, want %d", calls, c.wantCalls)
			}
		})
	}
}

// noHistory is a node that keeps no old state (geth --dev past 128 blocks, any
// non-archive node): code at a past block is an error.
type noHistory struct{ onchain.Backend }

func (n noHistory) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	if block != nil {
		return nil, errors.New("missing trie node")
	}
	return n.Backend.CodeAt(ctx, a, nil)
}

// TestDeployBlock: the market's deployment block is its deployBlock(), which a node
// without old state answers too (bisecting the code's history failed there, and the
// daemons read logs from block 0 with a warning).
func TestDeployBlock(t *testing.T) {
	w := newLogWorld(t, 9, 2, 0)
	for _, b := range []onchain.Backend{w.m.B, noHistory{w.m.B}} {
		got, err := onchain.DeployBlock(t.Context(), b, w.m.At)
		if err != nil || got != w.deploy {
			t.Fatalf("deployment block %d (%v), want %d", got, err, w.deploy)
		}
	}
	if _, err := onchain.DeployBlock(t.Context(), w.m.B, common.Address{9}); err == nil {
		t.Fatal("found a deployment of an address without code")
	}
}

// TestTaskFollower: the first poll reads every task event from the market's first
// block, in pages under the provider's cap; a later poll only the new blocks'.
func TestTaskFollower(t *testing.T) {
	ctx := t.Context()
	w := newLogWorld(t, 12, 3, 4)
	w.m.FromBlock = w.deploy
	f := onchain.TaskFollower{M: w.m}
	evs, err := f.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, e := range evs {
		if e.Kind != onchain.EvPosted || e.Who != w.sim.Accounts()[0].Address {
			t.Fatalf("event %+v, want TaskPosted by the submitter", e)
		}
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, w.ids) {
		t.Fatalf("posted %v, want %v", ids, w.ids)
	}
	if evs, err = f.Poll(ctx); err != nil || len(evs) != 0 {
		t.Fatalf("second poll: %v, %v: want nothing new", evs, err)
	}
	if err := w.m.Deposit(ctx, big.NewInt(2e18)); err != nil {
		t.Fatal(err)
	}
	if err := w.m.Claim(ctx, w.ids[1]); err != nil {
		t.Fatal(err)
	}
	evs, err = f.Poll(ctx)
	if err != nil || len(evs) != 1 || evs[0].Kind != onchain.EvClaimed || evs[0].ID != w.ids[1] || evs[0].Who != w.m.Me() {
		t.Fatalf("after a claim: %+v, %v: want one TaskClaimed of task %d by the claimer", evs, err, w.ids[1])
	}
}
