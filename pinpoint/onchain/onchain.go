// Package onchain connects pinpoint players to a PinpointGame contract: it encodes a
// model.Move as the contract call that makes it, decodes the moves other parties sent
// (frontiers travel in calldata, not in logs), reads the game's view, and runs one
// player against the chain (Agent: read the new blocks, step the player, send its move).
// When the game has an element judge (DeployElementJudge), the agent asks the judge's
// verifier contract about every proving move before its player steps it, and, holding
// a prover (Game.Prover), proves the claims its player offers (see package pinpoint).
//
// Invariant: a player's replica only ever sees moves the chain accepted, in block and
// transaction order, with their block's timestamp: the same inputs the contract saw.
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/proofs"
)

// Sentinel errors.
var (
	// ErrNotAMove: calldata that is not a game move (or not well-formed).
	ErrNotAMove = errors.New("onchain: not a game move")
	// ErrUnknownMove: a move type this package cannot encode.
	ErrUnknownMove = errors.New("onchain: unknown move")
)

// Backend is what the daemons need from a chain client: bindings' calls and
// transactions, receipts, and whole blocks (to read other parties' calldata).
type Backend interface {
	chain.Backend
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
}

var pg = pinpointgame.NewPinpointGame()

func p32(p [][32]byte) [][32]byte {
	if p == nil {
		return [][32]byte{}
	}
	return p
}

// NodeOf converts a model node to the binding's.
func NodeOf(n model.Node) pinpointgame.PinpointShapesNode {
	return pinpointgame.PinpointShapesNode(n) // the same fields: every source slot travels
}

func nodeFrom(n pinpointgame.PinpointShapesNode) model.Node {
	return model.Node(n)
}

func openingOf(o model.Opening) pinpointgame.PinpointGameOpening {
	return pinpointgame.PinpointGameOpening{Src: o.Src, SrcProof: p32(o.SrcProof), BatchRoot: o.BatchRoot,
		NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof), Header: o.Header, DataLeaf: o.DataLeaf, DataProof: p32(o.DataProof)}
}

func openingFrom(o pinpointgame.PinpointGameOpening) model.Opening {
	return model.Opening{Src: o.Src, SrcProof: o.SrcProof, BatchRoot: o.BatchRoot, NextMeta: o.NextMeta,
		BatchProof: o.BatchProof, Header: o.Header, DataLeaf: o.DataLeaf, DataProof: o.DataProof}
}

// Pack encodes move m, numbered no, of game id as its contract call.
func Pack(id *big.Int, no uint32, m model.Move) ([]byte, error) {
	switch m := m.(type) {
	case model.CommitSteps:
		return pg.PackCommitSteps(id, no, m.Root, p32(m.LastProof), p32(m.Frontier)), nil
	case model.Reveal:
		return pg.PackReveal(id, no, p32(m.Frontier)), nil
	case model.Pick:
		return pg.PackPick(id, no, m.Node, new(big.Int).SetUint64(m.Q), p32(m.Path), m.Lane), nil
	case model.CommitGraph:
		return pg.PackCommitGraph(id, no, m.PrevState, p32(m.PrevProof), m.Root, p32(m.Frontier)), nil
	case model.DisputeAssembly:
		return pg.PackDisputeAssembly(id, no), nil
	case model.OpenNode:
		return pg.PackOpenNode(id, no, NodeOf(m.Desc), p32(m.DescProof), m.Header, m.DataRoot, p32(m.Frontier)), nil
	case model.OpenTrace:
		return pg.PackOpenTrace(id, no, m.Root, m.LastLeaf, p32(m.LastProof), p32(m.Frontier)), nil
	case model.DefendStep:
		return pg.PackDefendStep(id, no, openingOf(m.A), openingOf(m.B)), nil
	case model.DefendAssembly:
		o := m.O
		return pg.PackDefendAssembly(id, no, pinpointgame.PinpointGameAssemblyOpening{
			MapLeaf: new(big.Int).SetUint64(o.MapLeaf), MapProof: p32(o.MapProof), Src: o.Src, SrcProof: p32(o.SrcProof),
			BatchRoot: o.BatchRoot, NextMeta: o.NextMeta, BatchProof: p32(o.BatchProof)}), nil
	case model.ProveElement:
		return pg.PackProveElement(id, no, m.Operands, m.Proof), nil
	case model.RefuteElement:
		return pg.PackRefuteElement(id, no, m.Value, m.Operands, m.Proof), nil
	case model.AcceptElement:
		return pg.PackAcceptElement(id, no), nil
	case model.DisputeOperand:
		return pg.PackDisputeOperand(id, no, m.Operands, m.Q, openingOf(m.O)), nil
	case model.Timeout:
		return pg.PackTimeout(id), nil
	}
	return nil, fmt.Errorf("%w: %T", ErrUnknownMove, m)
}

var gameABI = pg.GetABI()

// Decode reads a game move from calldata (outside input: any bytes). A timeout has no
// move number (no is 0).
func Decode(input []byte) (id *big.Int, no uint32, m model.Move, err error) {
	if len(input) < 4 {
		return nil, 0, nil, fmt.Errorf("%w: %d bytes", ErrNotAMove, len(input))
	}
	meth, err := gameABI.MethodById(input[:4])
	if err != nil {
		return nil, 0, nil, fmt.Errorf("%w: %v", ErrNotAMove, err)
	}
	args, err := meth.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, 0, nil, fmt.Errorf("%w: %s: %v", ErrNotAMove, meth.Name, err)
	}
	d := decoder{args: args}
	id = d.bigInt(0)
	if meth.Name == "timeout" {
		if d.err != nil || len(args) != 1 {
			return nil, 0, nil, fmt.Errorf("%w: timeout: %v", ErrNotAMove, d.err)
		}
		return id, 0, model.Timeout{}, nil
	}
	no = d.u32(1)
	switch meth.Name {
	case "commitSteps":
		m = model.CommitSteps{Root: d.b32(2), LastProof: d.path(3), Frontier: d.path(4)}
	case "reveal":
		m = model.Reveal{Frontier: d.path(2)}
	case "pick":
		q := d.bigInt(3)
		if d.err == nil && !q.IsUint64() {
			d.err = errors.New("q out of range")
		}
		m = model.Pick{Node: d.b32(2), Q: q.Uint64(), Path: d.path(4), Lane: d.u8(5)}
	case "commitGraph":
		m = model.CommitGraph{PrevState: d.b32(2), PrevProof: d.path(3), Root: d.b32(4), Frontier: d.path(5)}
	case "disputeAssembly":
		m = model.DisputeAssembly{}
	case "openNode":
		var n pinpointgame.PinpointShapesNode
		d.convert(2, &n)
		m = model.OpenNode{Desc: nodeFrom(n), DescProof: d.path(3), Header: d.b32(4), DataRoot: d.b32(5), Frontier: d.path(6)}
	case "openTrace":
		m = model.OpenTrace{Root: d.b32(2), LastLeaf: d.b32(3), LastProof: d.path(4), Frontier: d.path(5)}
	case "defendStep":
		var a, b pinpointgame.PinpointGameOpening
		d.convert(2, &a)
		d.convert(3, &b)
		m = model.DefendStep{A: openingFrom(a), B: openingFrom(b)}
	case "defendAssembly":
		var o pinpointgame.PinpointGameAssemblyOpening
		d.convert(2, &o)
		if d.err == nil && (o.MapLeaf == nil || !o.MapLeaf.IsUint64()) {
			d.err = errors.New("map leaf out of range")
		}
		if d.err == nil {
			m = model.DefendAssembly{O: model.AssemblyOpening{MapLeaf: o.MapLeaf.Uint64(), MapProof: o.MapProof, Src: o.Src,
				SrcProof: o.SrcProof, BatchRoot: o.BatchRoot, NextMeta: o.NextMeta, BatchProof: o.BatchProof}}
		}
	case "proveElement":
		m = model.ProveElement{Operands: d.bytes(2), Proof: d.bytes(3)}
	case "refuteElement":
		m = model.RefuteElement{Value: d.u32(2), Operands: d.bytes(3), Proof: d.bytes(4)}
	case "acceptElement":
		m = model.AcceptElement{}
	case "disputeOperand":
		var o pinpointgame.PinpointGameOpening
		q := d.u64(3)
		d.convert(4, &o)
		m = model.DisputeOperand{Operands: d.bytes(2), Q: q, O: openingFrom(o)}
	default:
		return nil, 0, nil, fmt.Errorf("%w: %s", ErrNotAMove, meth.Name)
	}
	if d.err != nil {
		return nil, 0, nil, fmt.Errorf("%w: %s: %v", ErrNotAMove, meth.Name, d.err)
	}
	return id, no, m, nil
}

// decoder reads typed arguments, keeping the first error.
type decoder struct {
	args []any
	err  error
}

func get[T any](d *decoder, i int) T {
	var zero T
	if d.err != nil {
		return zero
	}
	if i >= len(d.args) {
		d.err = fmt.Errorf("argument %d missing", i)
		return zero
	}
	v, ok := d.args[i].(T)
	if !ok {
		d.err = fmt.Errorf("argument %d is %T", i, d.args[i])
	}
	return v
}

func (d *decoder) bigInt(i int) *big.Int {
	v := get[*big.Int](d, i)
	if v == nil && d.err == nil {
		d.err = fmt.Errorf("argument %d is nil", i)
	}
	if v == nil {
		return new(big.Int)
	}
	return v
}
func (d *decoder) u32(i int) uint32      { return get[uint32](d, i) }
func (d *decoder) u8(i int) uint8        { return get[uint8](d, i) }
func (d *decoder) u64(i int) uint64      { return get[uint64](d, i) }
func (d *decoder) bytes(i int) []byte    { return get[[]byte](d, i) }
func (d *decoder) b32(i int) [32]byte    { return get[[32]byte](d, i) }
func (d *decoder) path(i int) [][32]byte { return get[[][32]byte](d, i) }
func (d *decoder) convert(i int, dst any) {
	if d.err != nil {
		return
	}
	if i >= len(d.args) {
		d.err = fmt.Errorf("argument %d missing", i)
		return
	}
	defer func() { // abi.ConvertType panics on a shape it cannot convert
		if r := recover(); r != nil {
			d.err = fmt.Errorf("argument %d: %v", i, r)
		}
	}()
	abi.ConvertType(d.args[i], dst)
}

// Transact sends data to `to` from opts' account and waits for the receipt. Gas is the
// estimate plus 20% plus 20k: estimation runs at the head's timestamp, and a game move
// mined later changes a clock slot that cost less at estimation (contracts tests).
func Transact(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	est, err := b.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("onchain: estimate%s: %w", revertReason(err), err)
	}
	o := *opts
	o.Context, o.Value, o.GasLimit = ctx, value, est+est/5+20_000
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, b, b, b), &o, data)
	if err != nil {
		return nil, fmt.Errorf("onchain: send: %w", err)
	}
	r, err := chain.WaitMined(ctx, b, tx)
	if err != nil {
		return r, fmt.Errorf("onchain: %w", err)
	}
	return r, nil
}

// revertReason names the contracts' custom error in a revert, if it is one of theirs.
func revertReason(err error) string {
	name, args := customError(err)
	if name == "" {
		return ""
	}
	return fmt.Sprintf(" (%s%v)", name, args)
}

// customError is the name and arguments of the game's or the market's custom error err
// reverted with, or "" if it is none of theirs.
func customError(err error) (string, []any) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", nil
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return "", nil
	}
	raw := common.FromHex(hexData)
	if len(raw) < 4 {
		return "", nil
	}
	for _, a := range []abi.ABI{gameABI, tm.GetABI()} {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) == [4]byte(raw[:4]) {
				args, _ := e.Inputs.Unpack(raw[4:])
				return name, args
			}
		}
	}
	return "", nil
}

// Game is a PinpointGame contract.
type Game struct {
	B  Backend
	At common.Address
	// Prover, if set, proves disputed elements when the game has an element judge
	// (its keys must be those of the judge's verifier); nil: this party only checks
	// the other's proofs.
	Prover *proofs.Prover
	c      *bind.BoundContract
}

// NewGame binds the game contract at `at`.
func NewGame(b Backend, at common.Address) *Game {
	return &Game{B: b, At: at, c: pg.Instance(b, at)}
}

// State is the contract's view of game id.
func (g *Game) State(ctx context.Context, id *big.Int) (pinpointgame.PinpointGameView, error) {
	v, err := bind.Call(g.c, &bind.CallOpts{Context: ctx}, pg.PackState(id), pg.UnpackState)
	if err != nil {
		return v, fmt.Errorf("onchain: state of game %v: %w", id, err)
	}
	return v, nil
}

// FanoutBits is the contract's fan-out.
func (g *Game) FanoutBits(ctx context.Context) (int, error) {
	v, err := bind.Call(g.c, &bind.CallOpts{Context: ctx}, pg.PackFanoutBits(), pg.UnpackFanoutBits)
	if err != nil {
		return 0, fmt.Errorf("onchain: fanoutBits: %w", err)
	}
	return int(v), nil
}

// Moves returns the accepted moves of game id in blocks [from, to], in order. Parties
// are told apart by sender: solver, challenger, anyone else (model.Outsider).
func (g *Game) Moves(ctx context.Context, id *big.Int, from, to uint64, solver, challenger common.Address) ([]pinpoint.Event, error) {
	chainID, err := g.B.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("onchain: chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)
	var out []pinpoint.Event
	for n := from; n <= to; n++ {
		blk, err := g.B.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("onchain: block %d: %w", n, err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != g.At {
				continue
			}
			gid, no, m, err := Decode(tx.Data())
			if err != nil || gid.Cmp(id) != 0 {
				continue // another game, or a view call sent as a transaction
			}
			r, err := g.B.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("onchain: receipt of %s: %w", tx.Hash(), err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				continue
			}
			from, err := types.Sender(signer, tx)
			if err != nil {
				return nil, fmt.Errorf("onchain: sender of %s: %w", tx.Hash(), err)
			}
			by := model.Outsider
			switch from {
			case solver:
				by = model.Solver
			case challenger:
				by = model.Challenger
			}
			out = append(out, pinpoint.Event{By: by, No: no, Move: m, Time: blk.Time()})
		}
	}
	return out, nil
}
