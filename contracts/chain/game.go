package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapestderiver"
	"github.com/veritrain/veritrain/contracts/model"
)

// DeployGame deploys a PinpointGame with fanoutBits and no element judge (the proof
// path is off) from account from: DeployGameJudged with the zero judge.
func DeployGame(ctx context.Context, c Chain, from int, fanoutBits uint8) (common.Address, *types.Receipt, error) {
	return DeployGameJudged(ctx, c, from, fanoutBits, common.Address{})
}

// DeployGameJudged deploys a PinpointGame with fanoutBits and element judge `judge`
// (a deployed ZkElementJudge, or zero: the proof path is off) from account from, in
// the order its constructor needs: the derivers and the PinpointKernels registry
// naming them for model.DeployedKernels at epoch 0 (DeployKernels), owned by
// from (RegisterKernels adds kernels later; a task is judged by those known when it
// was posted), then the game naming the registry (the derivation and the game together
// exceed EIP-170's contract size). The registry and the judge are fixed for the game's
// life. It returns the game's address and its deployment receipt; GameKernels reads
// the registry's.
func DeployGameJudged(ctx context.Context, c Chain, from int, fanoutBits uint8, judge common.Address) (common.Address, *types.Receipt, error) {
	// Deploy's errors say "chain: " and what failed; "deploy game" is the one layer added
	kernelsAt, _, err := DeployKernels(ctx, c, from)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy game: %w", err)
	}
	pg := pinpointgame.NewPinpointGame()
	at, r, err := Deploy(ctx, c, from, &pinpointgame.PinpointGameMetaData, pg.PackConstructor(fanoutBits, kernelsAt, judge))
	if err != nil {
		return common.Address{}, r, fmt.Errorf("deploy game: %w", err)
	}
	return at, r, nil
}

// DeployKernels deploys the derivers of the deployment's kernels (PinpointShapesDeriver
// for 1-18, PinpointShapesTDeriver for 19-40: model.DeployedDerivers) and the
// PinpointKernels registry naming them at epoch 0, owned by from. It returns the
// registry's address and its deployment receipt.
func DeployKernels(ctx context.Context, c Chain, from int) (common.Address, *types.Receipt, error) {
	var derivers []common.Address
	for _, meta := range []*bind.MetaData{&pinpointshapesderiver.PinpointShapesDeriverMetaData, &pinpointshapestderiver.PinpointShapesTDeriverMetaData} {
		at, _, err := Deploy(ctx, c, from, meta, nil)
		if err != nil {
			return common.Address{}, nil, err
		}
		derivers = append(derivers, at)
	}
	pk := pinpointkernels.NewPinpointKernels()
	return Deploy(ctx, c, from, &pinpointkernels.PinpointKernelsMetaData, pk.PackConstructor(model.DeployedDerivers(), derivers))
}

// GameKernels is the kernel registry (PinpointKernels) of the game at `game`.
func GameKernels(ctx context.Context, c Chain, game common.Address) (common.Address, error) {
	pg := pinpointgame.NewPinpointGame()
	at, err := bind.Call(pg.Instance(c, game), &bind.CallOpts{Context: ctx}, pg.PackKernels(), pg.UnpackKernels)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: game %s: kernels: %w", game, err)
	}
	return at, nil
}

// RegisterKernels registers deriver (a deployed IPinpointShapes) for kernel ids in the
// registry at `registry`, from account from (its owner), at the registry's next epoch:
// tasks posted from then on may use them, tasks posted before never see them.
func RegisterKernels(ctx context.Context, c Chain, from int, registry, deriver common.Address, ids ...uint8) (*types.Receipt, error) {
	opts, err := Transactor(ctx, c, from)
	if err != nil {
		return nil, err
	}
	pk := pinpointkernels.NewPinpointKernels()
	tx, err := bind.Transact(pk.Instance(c, registry), opts, pk.PackRegister(ids, deriver))
	if err != nil {
		return nil, fmt.Errorf("chain: register kernels %v: %w", ids, err)
	}
	r, err := WaitMined(ctx, c, tx)
	if err != nil {
		return r, fmt.Errorf("chain: register kernels %v: %w", ids, err)
	}
	return r, nil
}
