package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
)

// DeployGame deploys a PinpointGame with fanoutBits and no element judge (the proof
// path is off) from account from: DeployGameJudged with the zero judge.
func DeployGame(ctx context.Context, c Chain, from int, fanoutBits uint8) (common.Address, *types.Receipt, error) {
	return DeployGameJudged(ctx, c, from, fanoutBits, common.Address{})
}

// DeployGameJudged deploys a PinpointGame with fanoutBits and element judge `judge`
// (a deployed ZkElementJudge, or zero: the proof path is off) from account from, in
// the order its constructor needs: the PinpointShapesDeriver first (the game derives
// every step shape through it: both together exceed EIP-170's contract size), then the
// game naming it. The judge is fixed for the game's life: no one can change it later.
// It returns the game's address and its deployment receipt.
func DeployGameJudged(ctx context.Context, c Chain, from int, fanoutBits uint8, judge common.Address) (common.Address, *types.Receipt, error) {
	// Deploy's errors say "chain: " and what failed; "deploy game" is the one layer added
	shapesAt, _, err := Deploy(ctx, c, from, &pinpointshapesderiver.PinpointShapesDeriverMetaData, nil)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy game: %w", err)
	}
	pg := pinpointgame.NewPinpointGame()
	at, r, err := Deploy(ctx, c, from, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(fanoutBits, shapesAt, judge))
	if err != nil {
		return common.Address{}, r, fmt.Errorf("deploy game: %w", err)
	}
	return at, r, nil
}
