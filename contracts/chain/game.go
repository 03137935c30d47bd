package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
)

// DeployGame deploys a PinpointGame with fanoutBits from account from, in the order
// its constructor needs: the PinpointShapesDeriver first (the game derives every step
// shape through it: both together exceed EIP-170's contract size), then the game
// naming it. It returns the game's address and its deployment receipt.
func DeployGame(ctx context.Context, c Chain, from int, fanoutBits uint8) (common.Address, *types.Receipt, error) {
	shapesAt, _, err := Deploy(ctx, c, from, &pinpointshapesderiver.PinpointShapesDeriverMetaData, nil)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy game: %w", err)
	}
	pg := pinpointgame.NewPinpointGame()
	at, r, err := Deploy(ctx, c, from, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(fanoutBits, shapesAt))
	if err != nil {
		return common.Address{}, r, fmt.Errorf("chain: deploy game: %w", err)
	}
	return at, r, nil
}
