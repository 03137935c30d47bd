package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Nonces is what PendingSent reads of the chain (an onchain.Backend, an ethclient).
type Nonces interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// PendingSent reports whether account me has transactions the node holds unmined: sent
// by an earlier process killed before their receipts. Every daemon (solver, verifier,
// whistleblower) decides nothing on its first tick until they are mined: reading the
// chain without them, it would send them again (deposit its bond twice, claim or
// challenge a task it already claimed or challenged: the second send reverts and the
// task or game the first one opened is abandoned, lost on time).
func PendingSent(ctx context.Context, b Nonces, me common.Address, log *slog.Logger) (bool, error) {
	pending, err := b.PendingNonceAt(ctx, me)
	if err != nil {
		return false, fmt.Errorf("pending nonce: %w", err)
	}
	mined, err := b.NonceAt(ctx, me, nil)
	if err != nil {
		return false, fmt.Errorf("nonce: %w", err)
	}
	if pending > mined {
		if log != nil {
			log.Info("waiting for transactions sent before a restart", "pending", pending-mined)
		}
		return true, nil
	}
	return false, nil
}
