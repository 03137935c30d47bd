package onchain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// ErrUnknownKernel means a task's step graph uses a kernel that its game's registry
// (PinpointKernels) did not know at the task's kernel epoch: no dispute reaching a node
// of it can be judged (the game refuses to open the node, so whoever must open it loses
// on time), so a daemon neither claims nor checks the task.
var ErrUnknownKernel = errors.New("onchain: kernel not judged at the task's kernel epoch")

var pk = pinpointkernels.NewPinpointKernels()

// kernelCache keeps the game's registry and what it answered: kernelOf(id, epoch) for
// an epoch a task was posted at never changes (the registry is append-only and
// registers only at later epochs).
type kernelCache struct {
	mu    sync.Mutex
	at    common.Address
	known map[[2]uint16]bool // {kernel id, epoch} -> registered then
}

// Kernels is the kernel registry of the market's game (PinpointGame.kernels).
func (m *Market) Kernels(ctx context.Context) (common.Address, error) {
	c := m.kernels
	if c != nil {
		c.mu.Lock()
		at := c.at
		c.mu.Unlock()
		if at != (common.Address{}) {
			return at, nil
		}
	}
	g, err := m.Game(ctx)
	if err != nil {
		return common.Address{}, err
	}
	pg := pinpointgame.NewPinpointGame()
	at, err := bind.Call(pg.Instance(m.B, g.At), &bind.CallOpts{Context: ctx}, pg.PackKernels(), pg.UnpackKernels)
	if err != nil {
		return common.Address{}, fmt.Errorf("onchain: game kernels: %w", err)
	}
	if c != nil {
		c.mu.Lock()
		c.at = at
		c.mu.Unlock()
	}
	return at, nil
}

// CheckKernels is nil when every kernel of nodes (a task's step graph, task.Task's
// Game.Nodes) is registered at task t's kernel epoch in its game's registry, else an
// ErrUnknownKernel naming the kernels and the epoch; any other error is the chain's
// (try again). The one check of this rule: the solver runs it before a claim and the
// verifier before checking a task.
func (m *Market) CheckKernels(ctx context.Context, t taskmarket.TaskMarketTask, nodes []model.Node) error {
	var ids []uint8
	for _, n := range nodes {
		if !slices.Contains(ids, n.Kernel) {
			ids = append(ids, n.Kernel)
		}
	}
	reg, err := m.Kernels(ctx)
	if err != nil {
		return err
	}
	var unknown []uint8
	for _, id := range ids {
		ok, err := m.kernelKnown(ctx, reg, id, t.KernelEpoch)
		if err != nil {
			return err
		}
		if !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("%w: kernels %v at epoch %d (registry %s)", ErrUnknownKernel, unknown, t.KernelEpoch, reg)
	}
	return nil
}

// GameKernels is the market's game's kernel registry as a game at kernel epoch `at`
// over nodes (its task's graph: the only nodes a game of it can open) sees it, for the
// game's replica (pinpoint.Player.SetKernels): the kernels of nodes known at `at`, each
// at epoch 0 of the returned set (it answers for this game's epoch, not others').
func (m *Market) GameKernels(ctx context.Context, at uint16, nodes []model.Node) (*model.KernelSet, error) {
	reg, err := m.Kernels(ctx)
	if err != nil {
		return nil, err
	}
	var known []uint8
	for _, n := range nodes {
		if slices.Contains(known, n.Kernel) {
			continue
		}
		ok, err := m.kernelKnown(ctx, reg, n.Kernel, at)
		if err != nil {
			return nil, err
		}
		if ok {
			known = append(known, n.Kernel)
		}
	}
	if len(known) == 0 {
		return &model.KernelSet{}, nil
	}
	return model.NewKernelSet(known)
}

// kernelKnown is whether registry reg had kernel id at epoch at (kernelOf nonzero).
func (m *Market) kernelKnown(ctx context.Context, reg common.Address, id uint8, at uint16) (bool, error) {
	key := [2]uint16{uint16(id), at}
	if c := m.kernels; c != nil {
		c.mu.Lock()
		ok, seen := c.known[key]
		c.mu.Unlock()
		if seen {
			return ok, nil
		}
	}
	d, err := bind.Call(pk.Instance(m.B, reg), &bind.CallOpts{Context: ctx}, pk.PackKernelOf(id, at), pk.UnpackKernelOf)
	if err != nil {
		return false, fmt.Errorf("onchain: kernelOf(%d, %d): %w", id, at, err)
	}
	ok := d != (common.Address{})
	if c := m.kernels; c != nil {
		c.mu.Lock()
		c.known[key] = ok
		c.mu.Unlock()
	}
	return ok, nil
}
