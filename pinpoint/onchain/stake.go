package onchain

import (
	"context"
	"math/big"
)

// EnsureFree deposits what the account's free balance lacks of amount (for a stake or
// bond about to be locked).
func (m *Market) EnsureFree(ctx context.Context, amount *big.Int) error {
	free, err := m.Free(ctx, m.Me())
	if err != nil {
		return err
	}
	if need := new(big.Int).Sub(amount, free); need.Sign() > 0 {
		return m.Deposit(ctx, need)
	}
	return nil
}

// EnsureHeld deposits what free plus locked lacks of amount: a daemon's standing bond,
// where a bond already locked in a game (a restart mid-dispute) counts, so a restarted
// process does not deposit it twice.
func (m *Market) EnsureHeld(ctx context.Context, amount *big.Int) error {
	free, err := m.Free(ctx, m.Me())
	if err != nil {
		return err
	}
	locked, err := m.Locked(ctx, m.Me())
	if err != nil {
		return err
	}
	if need := new(big.Int).Sub(amount, new(big.Int).Add(free, locked)); need.Sign() > 0 {
		return m.Deposit(ctx, need)
	}
	return nil
}
