package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/float32harness"
	"github.com/veritrain/veritrain/contracts/chain"
)

func newSim(t *testing.T, opts ...chain.Option) *chain.Sim {
	t.Helper()
	s, err := chain.NewSim(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func TestDeterministicAccounts(t *testing.T) {
	seen := map[string]bool{}
	for i := range 64 {
		a, b := chain.DeterministicAccount(i), chain.DeterministicAccount(i)
		if a.Address != b.Address {
			t.Fatalf("account %d differs between calls", i)
		}
		if seen[a.Address.Hex()] {
			t.Fatalf("account %d repeats an address", i)
		}
		seen[a.Address.Hex()] = true
	}
}

func TestSimFundsAccounts(t *testing.T) {
	ctx := context.Background()
	bal := chain.Ether(42)
	s := newSim(t, chain.WithAccounts(3), chain.WithBalance(bal))
	if n := len(s.Accounts()); n != 3 {
		t.Fatalf("got %d accounts, want 3", n)
	}
	for i, a := range s.Accounts() {
		if a.Address != chain.DeterministicAccount(i).Address {
			t.Errorf("account %d is not the deterministic one", i)
		}
		got, err := s.BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(bal) != 0 {
			t.Errorf("account %d balance %v, want %v", i, got, bal)
		}
	}
	if _, err := chain.Transactor(ctx, s, 3); !errors.Is(err, chain.ErrNoAccount) {
		t.Errorf("Transactor(3) of 3 accounts: err %v, want ErrNoAccount", err)
	}
}

// transfer sends 1 wei from account 0 to account 1.
func transfer(t *testing.T, ctx context.Context, c chain.Chain) *types.Transaction {
	t.Helper()
	from, to := c.Accounts()[0], c.Accounts()[1]
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to.Address, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestAutoMineAndManualMine(t *testing.T) {
	ctx := context.Background()
	auto := newSim(t)
	if _, err := chain.WaitMined(ctx, auto, transfer(t, ctx, auto)); err != nil {
		t.Fatalf("auto-mined transfer: %v", err)
	}

	manual := newSim(t, chain.WithAutoMine(false))
	tx := transfer(t, ctx, manual)
	if r, err := manual.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatalf("receipt before Mine: %+v", r)
	}
	if err := manual.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := chain.WaitMined(ctx, manual, tx)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockNumber.Uint64() != 1 {
		t.Errorf("mined in block %v, want 1", r.BlockNumber)
	}
}

func TestAdvance(t *testing.T) {
	ctx := context.Background()
	s := newSim(t)
	before, err := s.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const week = 7 * 24 * time.Hour
	if err := s.Advance(ctx, week); err != nil {
		t.Fatal(err)
	}
	after, err := s.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() != before.Number.Uint64()+1 {
		t.Errorf("Advance sealed block %v after %v, want one block", after.Number, before.Number)
	}
	if d := after.Time - before.Time; d < uint64(week/time.Second) {
		t.Errorf("Advance moved time by %ds, want at least %ds", d, uint64(week/time.Second))
	}
	if err := chain.MineBlocks(ctx, s, 5); err != nil {
		t.Fatal(err)
	}
	n, err := s.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != after.Number.Uint64()+5 {
		t.Errorf("after MineBlocks(5) head is %d, want %d", n, after.Number.Uint64()+5)
	}
}

// TestAdvanceRightAfterABlock plays the race that once made a contracts test fail 1
// time in 7: a block of many transactions is sealed and time is moved at once, while
// the pool may still list the sealed transactions as pending. Advance must land the
// head exactly d later, in one block, every time (sealing an extra block first put it
// a second late).
func TestAdvanceRightAfterABlock(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, chain.WithAutoMine(false))
	const d = 600
	for round := range 20 {
		from := s.Accounts()[0].Address
		first, err := s.PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		for range 20 {
			transfer(t, ctx, s)
			// the pool promotes a transaction in the background: wait for it, so
			// that the next one takes the next nonce and the block holds all 20
			for start := time.Now(); ; time.Sleep(100 * time.Microsecond) {
				if n, err := s.PendingNonceAt(ctx, from); err != nil {
					t.Fatal(err)
				} else if n > first {
					first = n
					break
				}
				if time.Since(start) > 10*time.Second {
					t.Fatal("a transfer never became pending")
				}
			}
		}
		if err := s.Mine(ctx); err != nil {
			t.Fatal(err)
		}
		before, err := s.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := s.NonceAt(ctx, from, nil); err != nil || n != first {
			t.Fatalf("round %d: the block holds transfers up to nonce %d (%v), want %d", round, n, err, first)
		}
		if err := s.Advance(ctx, d*time.Second); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		after, err := s.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if after.Time != before.Time+d || after.Number.Uint64() != before.Number.Uint64()+1 {
			t.Fatalf("round %d: Advance(%ds) from block %v at %d sealed block %v at %d, want block %v at %d",
				round, d, before.Number, before.Time, after.Number, after.Time, before.Number.Uint64()+1, before.Time+d)
		}
	}
}

func TestDeployAndCall(t *testing.T) {
	ctx := context.Background()
	s := newSim(t, chain.WithOsakaRules())
	addr, r, err := chain.Deploy(ctx, s, 0, &float32harness.Float32HarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.ContractAddress != addr {
		t.Errorf("receipt address %v, want %v", r.ContractAddress, addr)
	}
	h := float32harness.NewFloat32Harness()
	out, err := s.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: h.PackEval(1, 0x3f800000, 0x3f800000)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := h.UnpackEval(out)
	if err != nil {
		t.Fatal(err)
	}
	if got != 0x40000000 {
		t.Errorf("1+1 = %#x, want 0x40000000", got)
	}
	// A reverting call surfaces the contract's custom error.
	_, err = s.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: h.PackEval(13, 0, 0)}, nil)
	if err == nil {
		t.Fatal("eval of op 13 did not revert")
	}
}

// TestOsakaRules checks the option changes the gas schedule: a storage
// write costs less under Osaka than under the dev config's newer forks, whose
// state-gas repricing charges new state more.
func TestOsakaRules(t *testing.T) {
	ctx := context.Background()
	// Init code PUSH1 1 PUSH1 0 SSTORE STOP: one new storage slot, no code.
	sstore := &bind.MetaData{ID: "sstore", Bin: "0x600160005500"}
	gas := func(opts ...chain.Option) uint64 {
		s := newSim(t, opts...)
		_, r, err := chain.Deploy(ctx, s, 0, sstore, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	osaka, dev := gas(chain.WithOsakaRules()), gas()
	t.Logf("creation with one SSTORE: %d gas under Osaka, %d under the dev config", osaka, dev)
	if osaka >= dev {
		t.Errorf("Osaka: %d gas, not below the dev config's %d", osaka, dev)
	}
}

func TestClosed(t *testing.T) {
	s, err := chain.NewSim()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Mine(context.Background()); !errors.Is(err, chain.ErrClosed) {
		t.Errorf("Mine after Close: %v, want ErrClosed", err)
	}
}

func TestFormatEther(t *testing.T) {
	for _, c := range []struct {
		wei  *big.Int
		dec  int
		want string
	}{
		{nil, 6, "0"}, {nil, -1, "0"},
		{chain.Ether(2), 6, "2.000000"}, {chain.Ether(2), -1, "2"},
		{big.NewInt(1), -1, "0.000000000000000001"}, {big.NewInt(15e16), -1, "0.15"},
		{big.NewInt(1234567e12), 6, "1.234567"}, {big.NewInt(0), -1, "0"},
	} {
		if got := chain.FormatEther(c.wei, c.dec); got != c.want {
			t.Errorf("FormatEther(%v, %d) = %q, want %q", c.wei, c.dec, got, c.want)
		}
	}
}
