package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapestderiver"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
)

// Account roles.
const (
	accDeployer   = 0
	accSolver     = 1
	accChallenger = 2
	accSubmitter  = 3
	accOutsider   = 4
	accTreasury   = 7
)

// numAccounts: the roles above plus attesters (runAudit).
const numAccounts = 24

// FanoutBits is the deployed game's fan-out (16 children per round).
const FanoutBits = 4

var (
	errDiverged = errors.New("gas: contract and model diverged")
	errRejected = errors.New("gas: move rejected")
)

// driver is a chain with the protocol deployed; it records the gas of every call.
type driver struct {
	ctx    context.Context
	sim    *chain.Sim
	pg     *pinpointgame.PinpointGame
	tm     *taskmarket.TaskMarket
	game   *bind.BoundContract
	market *bind.BoundContract
	gas    map[string]uint64 // most gas seen per function
}

func newDriver(ctx context.Context, osaka bool) (*driver, error) {
	opts := []chain.Option{chain.WithAccounts(numAccounts), chain.WithBlockGasLimit(60_000_000)}
	if osaka {
		opts = append(opts, chain.WithOsakaRules())
	}
	sim, err := chain.NewSim(opts...)
	if err != nil {
		return nil, fmt.Errorf("gas: chain: %w", err)
	}
	d := &driver{ctx: ctx, sim: sim, pg: pinpointgame.NewPinpointGame(), tm: taskmarket.NewTaskMarket(), gas: map[string]uint64{}}
	var derivers []common.Address
	for _, c := range []struct {
		name string
		meta *bind.MetaData
	}{{"PinpointShapesDeriver", &pinpointshapesderiver.PinpointShapesDeriverMetaData}, {"PinpointShapesTDeriver", &pinpointshapestderiver.PinpointShapesTDeriverMetaData}} {
		at, r, err := chain.Deploy(ctx, sim, accDeployer, c.meta, nil)
		if err != nil {
			sim.Close()
			return nil, fmt.Errorf("gas: deploy %s: %w", c.name, err)
		}
		d.note(c.name+" deployment", r.GasUsed)
		derivers = append(derivers, at)
	}
	pk := pinpointkernels.NewPinpointKernels()
	kernelsAt, r, err := chain.Deploy(ctx, sim, accDeployer, &pinpointkernels.PinpointKernelsMetaData, pk.PackConstructor(model.DeployedDerivers(), derivers))
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("gas: deploy kernels: %w", err)
	}
	d.note("PinpointKernels deployment", r.GasUsed)
	gameAt, r, err := chain.Deploy(ctx, sim, accDeployer, &pinpointgame.PinpointGameMetaData, d.pg.PackConstructor(FanoutBits, kernelsAt, common.Address{})) // no judge: the bisected game
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("gas: deploy game: %w", err)
	}
	d.note("PinpointGame deployment", r.GasUsed)
	mktAt, r, err := chain.Deploy(ctx, sim, accDeployer, &taskmarket.TaskMarketMetaData,
		d.tm.PackConstructor(gameAt, 3*24*3600, sim.Accounts()[accTreasury].Address, 5000))
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("gas: deploy market: %w", err)
	}
	d.note("TaskMarket deployment", r.GasUsed)
	d.game, d.market = d.pg.Instance(sim, gameAt), d.tm.Instance(sim, mktAt)
	return d, nil
}

func (d *driver) close() { d.sim.Close() }

func (d *driver) note(name string, gas uint64) {
	if gas > d.gas[name] {
		d.gas[name] = gas
	}
}

func (d *driver) addr(i int) common.Address { return d.sim.Accounts()[i].Address }

// send makes a call from account i and records its gas under name.
func (d *driver) send(name string, i int, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	opts, err := chain.Transactor(d.ctx, d.sim, i)
	if err != nil {
		return nil, err
	}
	opts.Value = value
	to := c.Address()
	est, err := d.sim.EstimateGas(d.ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, errRejected, err)
	}
	opts.GasLimit = est + est/5 + 20_000 // estimation runs at the head's time: see contracts tests
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	r, err := chain.WaitMined(d.ctx, d.sim, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.note(name, r.GasUsed)
	return r, nil
}

func (d *driver) now(r *types.Receipt) (uint64, error) {
	h, err := d.sim.HeaderByHash(d.ctx, r.BlockHash)
	if err != nil {
		return 0, fmt.Errorf("gas: header: %w", err)
	}
	return h.Time, nil
}

func (d *driver) advance(dt uint64) error { return d.sim.Advance(d.ctx, time.Duration(dt)*time.Second) }

func p32(p [][32]byte) [][32]byte {
	if p == nil {
		return [][32]byte{}
	}
	return p
}

func toOpening(o model.Opening) pinpointgame.PinpointGameOpening {
	return pinpointgame.PinpointGameOpening{Src: o.Src, SrcProof: p32(o.SrcProof), BatchRoot: o.BatchRoot,
		NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof), Header: o.Header, DataLeaf: o.DataLeaf, DataProof: p32(o.DataProof)}
}

// pack encodes a model move as its contract call and names it.
func (d *driver) pack(id *big.Int, no uint32, m model.Move) (string, []byte) {
	pg := d.pg
	switch m := m.(type) {
	case model.CommitSteps:
		return "commitSteps", pg.PackCommitSteps(id, no, m.Root, p32(m.LastProof), p32(m.Frontier))
	case model.Reveal:
		return "reveal", pg.PackReveal(id, no, p32(m.Frontier))
	case model.Pick:
		return "pick", pg.PackPick(id, no, m.Node, new(big.Int).SetUint64(m.Q), p32(m.Path), m.Lane)
	case model.CommitGraph:
		return "commitGraph", pg.PackCommitGraph(id, no, m.PrevState, p32(m.PrevProof), m.Root, p32(m.Frontier))
	case model.DisputeAssembly:
		return "disputeAssembly", pg.PackDisputeAssembly(id, no)
	case model.OpenNode:
		n := m.Desc
		return "openNode", pg.PackOpenNode(id, no, pinpointgame.PinpointShapesNode(n), p32(m.DescProof), m.Header, m.DataRoot,
			p32(m.Frontier))
	case model.OpenTrace:
		return "openTrace", pg.PackOpenTrace(id, no, m.Root, m.LastLeaf, p32(m.LastProof), p32(m.Frontier))
	case model.DefendStep:
		return "defendStep", pg.PackDefendStep(id, no, toOpening(m.A), toOpening(m.B), toOpening(m.C))
	case model.DefendAssembly:
		o := m.O
		return "defendAssembly", pg.PackDefendAssembly(id, no, pinpointgame.PinpointGameAssemblyOpening{
			MapLeaf: new(big.Int).SetUint64(o.MapLeaf), MapProof: p32(o.MapProof), Src: o.Src, SrcProof: p32(o.SrcProof),
			BatchRoot: o.BatchRoot, NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof)})
	case model.Timeout:
		return "timeout", pg.PackTimeout(id)
	}
	panic(fmt.Sprintf("gas: unknown move %T", m))
}

// chainRef plays moves on the contract and the model together (model.Referee).
type chainRef struct {
	d     *driver
	id    *big.Int
	g     *model.Game
	moves []moveGas
}

type moveGas struct {
	Name string
	Gas  uint64
}

func (c *chainRef) Game() *model.Game { return c.g }

func (c *chainRef) Apply(by model.Party, no uint32, m model.Move, _ uint64) error {
	acc := map[model.Party]int{model.Solver: accSolver, model.Challenger: accChallenger, model.Outsider: accOutsider}[by]
	if _, ok := m.(model.Timeout); ok {
		h, err := c.d.sim.HeaderByNumber(c.d.ctx, nil)
		if err != nil {
			return err
		}
		if dl := c.g.Deadline() + 1; dl > h.Time {
			if err := c.d.advance(dl - h.Time); err != nil {
				return err
			}
		}
	}
	name, data := c.d.pack(c.id, no, m)
	r, err := c.d.send(name, acc, c.d.game, data, nil)
	if err != nil {
		if c.g.Apply(by, no, m, c.g.LastMove+1) == nil {
			return fmt.Errorf("%w: %s accepted by the model, refused on chain: %w", errDiverged, name, err)
		}
		return err
	}
	now, err := c.d.now(r)
	if err != nil {
		return err
	}
	if err := c.g.Apply(by, no, m, now); err != nil {
		return fmt.Errorf("%w: %s accepted on chain, refused by the model: %w", errDiverged, name, err)
	}
	c.moves = append(c.moves, moveGas{name, r.GasUsed})
	return nil
}
