package onchain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts"
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

// ErrUnauditedKernel means a task's kernel is served at its kernel epoch by a deriver
// whose code is not the audited deriver of that id (model.DeployedDerivers' group:
// PinpointShapesDeriver's or PinpointShapesTDeriver's runtime code; an id outside both
// has none): the chain judges its nodes by code the daemons' Go replica (the audited
// derivers' twins) does not model, so neither party can rely on its replica there. It
// wraps ErrUnknownKernel: to a daemon such a kernel is as unjudgeable as an unknown one.
var ErrUnauditedKernel = fmt.Errorf("%w: served by code other than its audited deriver", ErrUnknownKernel)

var pk = pinpointkernels.NewPinpointKernels()

// auditedDerivers names the audited deriver of each group of model.DeployedDerivers, in
// its order (chain.DeployKernels deploys them so).
var auditedDerivers = []string{"PinpointShapesDeriver", "PinpointShapesTDeriver"}

// auditedCode maps each id of model.DeployedDerivers to the keccak256 of its audited
// deriver's runtime code (the derivers have no immutables: every deployment's code is
// the artifact's).
var auditedCode = sync.OnceValues(func() (map[uint8]common.Hash, error) {
	groups := model.DeployedDerivers()
	if len(groups) != len(auditedDerivers) {
		return nil, fmt.Errorf("onchain: %d deriver groups, %d audited derivers", len(groups), len(auditedDerivers))
	}
	code := map[uint8]common.Hash{}
	for i, ids := range groups {
		b, err := contracts.RuntimeCode(auditedDerivers[i])
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			code[id] = crypto.Keccak256Hash(b)
		}
	}
	return code, nil
})

// AuditedCodeHash is the keccak256 of the runtime code of kernel id's audited deriver
// (false: id has none, being outside model.DeployedDerivers).
func AuditedCodeHash(id uint8) (common.Hash, bool) {
	code, err := auditedCode()
	if err != nil {
		panic(err) // the embedded artifacts are the build's: a broken build
	}
	h, ok := code[id]
	return h, ok
}

// kernelCache keeps the game's registry and what it answered: kernelOf(id, epoch) for
// an epoch a task was posted at never changes (the registry is append-only and
// registers only at later epochs), nor does the code at a deriver's address (only
// SELFDESTRUCT and a CREATE2 at the same address could replace it, and since Cancun,
// EIP-6780, SELFDESTRUCT deletes no contract but one created in the same transaction).
type kernelCache struct {
	mu      sync.Mutex
	at      common.Address
	known   map[[2]uint16]bool           // {kernel id, epoch} -> registered then
	deriver map[[2]uint16]common.Address // {kernel id, epoch} -> its deriver, when known
	code    map[common.Address]common.Hash
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
// Game.Nodes) is registered at task t's kernel epoch in its game's registry and served
// then by its audited deriver's code. Otherwise it is an ErrUnknownKernel naming the
// unregistered kernels and the epoch, or else an ErrUnauditedKernel (which wraps it)
// naming the kernels, their deriver and the epoch; any other error is the chain's (try
// again). The one check of this rule: the solver runs it before a claim and the
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
	unaudited := map[common.Address][]uint8{}
	var order []common.Address // unaudited's derivers, in node order
	for _, id := range ids {
		d, err := m.kernelOf(ctx, reg, id, t.KernelEpoch)
		if err != nil {
			return err
		}
		if d == (common.Address{}) {
			unknown = append(unknown, id)
			continue
		}
		ok, err := m.audited(ctx, id, d)
		if err != nil {
			return err
		}
		if !ok {
			if len(unaudited[d]) == 0 {
				order = append(order, d)
			}
			unaudited[d] = append(unaudited[d], id)
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("%w: kernels %v at epoch %d (registry %s)", ErrUnknownKernel, unknown, t.KernelEpoch, reg)
	}
	if len(order) > 0 {
		d := order[0] // one deriver named is enough to refuse
		return fmt.Errorf("%w: kernels %v at epoch %d, deriver %s (registry %s)", ErrUnauditedKernel, unaudited[d], t.KernelEpoch, d, reg)
	}
	return nil
}

// GameKernels is the market's game's kernel registry as a game at kernel epoch `at`
// over nodes (its task's graph: the only nodes a game of it can open) sees it, for the
// game's replica (pinpoint.Player.SetKernels): the kernels of nodes known at `at` and
// served by their audited derivers' code (the replica models no other deriver: a node
// of any other kernel is one it cannot judge, as an unknown one), each at epoch 0 of
// the returned set (it answers for this game's epoch, not others').
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
		d, err := m.kernelOf(ctx, reg, n.Kernel, at)
		if err != nil {
			return nil, err
		}
		if d == (common.Address{}) {
			continue
		}
		ok, err := m.audited(ctx, n.Kernel, d)
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

// kernelOf is registry reg's deriver of kernel id at epoch at (zero: unknown then).
func (m *Market) kernelOf(ctx context.Context, reg common.Address, id uint8, at uint16) (common.Address, error) {
	key := [2]uint16{uint16(id), at}
	if c := m.kernels; c != nil {
		c.mu.Lock()
		_, seen := c.known[key]
		d := c.deriver[key] // set with known
		c.mu.Unlock()
		if seen {
			return d, nil
		}
	}
	d, err := bind.Call(pk.Instance(m.B, reg), &bind.CallOpts{Context: ctx}, pk.PackKernelOf(id, at), pk.UnpackKernelOf)
	if err != nil {
		return common.Address{}, fmt.Errorf("onchain: kernelOf(%d, %d): %w", id, at, err)
	}
	if c := m.kernels; c != nil {
		c.mu.Lock()
		c.known[key] = d != (common.Address{})
		if c.deriver == nil {
			c.deriver = map[[2]uint16]common.Address{}
		}
		c.deriver[key] = d
		c.mu.Unlock()
	}
	return d, nil
}

// audited is whether the code at deriver d is kernel id's audited deriver's.
func (m *Market) audited(ctx context.Context, id uint8, d common.Address) (bool, error) {
	want, ok := AuditedCodeHash(id)
	if !ok {
		return false, nil
	}
	c := m.kernels
	if c != nil {
		c.mu.Lock()
		h, seen := c.code[d]
		c.mu.Unlock()
		if seen {
			return h == want, nil
		}
	}
	code, err := m.B.CodeAt(ctx, d, nil)
	if err != nil {
		return false, fmt.Errorf("onchain: code of deriver %s: %w", d, err)
	}
	h := crypto.Keccak256Hash(code)
	if c != nil {
		c.mu.Lock()
		if c.code == nil {
			c.code = map[common.Address]common.Hash{}
		}
		c.code[d] = h
		c.mu.Unlock()
	}
	return h == want, nil
}
