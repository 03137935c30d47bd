// Package onchain connects pinpoint players to a PinpointGame contract: it encodes a
// model.Move as the contract call that makes it, decodes the moves other parties made
// from the game's Moved logs (each carries its call: a move sent through a contract
// account is seen as well as one sent directly), reads the game's view, and runs one
// player against the chain (Agent: read the new logs, step the player, send its move).
// When the game has an element judge (DeployElementJudge), the agent asks the judge's
// verifier contract about every proving move before its player steps it, and, holding
// a prover (Game.Prover), proves the claims its player offers (see package pinpoint).
//
// Invariant: a player's replica only ever sees moves the chain accepted, in block and
// transaction order, with their block's timestamp: the same inputs the contract saw.
package onchain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
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
	"github.com/veritrain/veritrain/internal/faults"
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

// Backend is what the daemons need from a chain client: bindings' calls, transactions
// and logs, receipts, and whole blocks (a daemon reading its own past transactions).
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
		return pg.PackDefendStep(id, no, openingOf(m.A), openingOf(m.B), openingOf(m.C)), nil
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
// move number (no is 0). It accepts exactly the calls the contract's ABI decoder
// accepts: Go's abi Unpack for the moves whose every argument Solidity validates on
// entry, and decodeLazy's reader for the moves with a calldata struct, whose members
// Solidity validates only when the contract reads them.
func Decode(input []byte) (id *big.Int, no uint32, m model.Move, err error) {
	if len(input) < 4 {
		return nil, 0, nil, fmt.Errorf("%w: %d bytes", ErrNotAMove, len(input))
	}
	meth, err := gameABI.MethodById(input[:4])
	if err != nil {
		return nil, 0, nil, fmt.Errorf("%w: %v", ErrNotAMove, err)
	}
	if lazy := lazyMoves[meth.Name]; lazy != nil {
		id, no, m, err := lazy(calldata(input))
		if err != nil {
			return nil, 0, nil, fmt.Errorf("%w: %s: %v", ErrNotAMove, meth.Name, err)
		}
		return id, no, m, nil
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
	case "proveElement":
		m = model.ProveElement{Operands: d.bytes(2), Proof: d.bytes(3)}
	case "refuteElement":
		m = model.RefuteElement{Value: d.u32(2), Operands: d.bytes(3), Proof: d.bytes(4)}
	case "acceptElement":
		m = model.AcceptElement{}
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
	faults.Tx("tx-sent", to, data) // crash tests: sent, its receipt not yet seen
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

// customError is the name and arguments of the game's, the market's or the kernel
// registry's custom error err reverted with, or "" if it is none of theirs.
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
	for _, a := range []abi.ABI{gameABI, tm.GetABI(), pk.GetABI()} {
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

// StateAt is the contract's view of game id at block number (nil: the latest).
func (g *Game) StateAt(ctx context.Context, id, block *big.Int) (pinpointgame.PinpointGameView, error) {
	v, err := bind.Call(g.c, &bind.CallOpts{Context: ctx, BlockNumber: block}, pg.PackState(id), pg.UnpackState)
	if err != nil {
		return v, fmt.Errorf("onchain: state of game %v at block %v: %w", id, block, err)
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

// Moves returns the accepted moves of game id in blocks [from, to], in order, read from
// the game's Moved logs: the chain's own record of every move, however it was sent (a
// transaction to the game, or an internal call from a multisig, smart wallet or
// forwarder). Parties are told apart by the address the game saw move (the log's
// `by`), never by who signed the transaction: solver, challenger, anyone else
// (model.Outsider, who may only claim a timeout).
func (g *Game) Moves(ctx context.Context, id *big.Int, from, to uint64, solver, challenger common.Address) ([]pinpoint.Event, error) {
	logs, err := MoveLogs(ctx, g.B, g.At, id, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]pinpoint.Event, 0, len(logs))
	times := map[uint64]uint64{} // block number -> timestamp, for logs without one
	for i := range logs {
		mv, err := DecodeMoveLog(&logs[i])
		if err != nil {
			// The game emits Moved only with a call it accepted: a log that does not
			// decode means this package and the contract disagree.
			return nil, fmt.Errorf("onchain: game %v: %w", id, err)
		}
		if mv.ID.Cmp(id) != 0 {
			return nil, fmt.Errorf("onchain: game %v: a Moved log of game %v under its topic", id, mv.ID)
		}
		t := logs[i].BlockTimestamp
		if t == 0 {
			if t = times[logs[i].BlockNumber]; t == 0 {
				h, err := g.B.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
				if err != nil {
					return nil, fmt.Errorf("onchain: header %d: %w", logs[i].BlockNumber, err)
				}
				t, times[logs[i].BlockNumber] = h.Time, h.Time
			}
		}
		by := model.Outsider
		switch mv.By {
		case solver:
			by = model.Solver
		case challenger:
			by = model.Challenger
		}
		out = append(out, pinpoint.Event{By: by, No: mv.No, Move: mv.Move, Time: t})
	}
	return out, nil
}

// LogRange is the most blocks one log query spans: public RPC providers cap eth_getLogs
// ranges (commonly at 1,000 to 10,000 blocks), so longer spans are read in pages.
const LogRange = 1000

var movedEvent = gameABI.Events["Moved"]

// MoveLogs returns the Moved logs of game contract `at` in blocks [from, to], in chain
// order, paging through ranges of at most LogRange blocks (halved where a provider
// refuses a range, as Market.FilterLogs does); id nil: every game's. Logs
// of blocks reorganised away during the read (Removed) are left out.
func MoveLogs(ctx context.Context, b ethereum.LogFilterer, at common.Address, id *big.Int, from, to uint64) ([]types.Log, error) {
	topics := [][]common.Hash{{movedEvent.ID}}
	if id != nil {
		topics = append(topics, []common.Hash{common.BigToHash(id)})
	}
	logs, err := pageLogs(ctx, b, ethereum.FilterQuery{Addresses: []common.Address{at}, Topics: topics}, from, to, LogRange)
	if err != nil {
		return nil, fmt.Errorf("onchain: moves: %w", err)
	}
	out := logs[:0]
	for _, l := range logs {
		if !l.Removed {
			out = append(out, l)
		}
	}
	return out, nil
}

// MoveLog is one decoded Moved log.
type MoveLog struct {
	ID   *big.Int
	By   common.Address // msg.sender as the game saw it
	No   uint32         // 0 for a timeout
	Move model.Move
}

// DecodeMoveLog decodes a PinpointGame Moved log (outside input: the log's data is the
// move's call, decoded by Decode; its topics name the game and the mover).
func DecodeMoveLog(l *types.Log) (MoveLog, error) {
	if len(l.Topics) != 3 || l.Topics[0] != movedEvent.ID {
		return MoveLog{}, fmt.Errorf("%w: not a Moved log (%d topics)", ErrNotAMove, len(l.Topics))
	}
	id, no, m, err := Decode(l.Data)
	if err != nil {
		return MoveLog{}, err
	}
	if common.BigToHash(id) != l.Topics[1] {
		return MoveLog{}, fmt.Errorf("%w: call of game %v in a log of game %s", ErrNotAMove, id, l.Topics[1])
	}
	return MoveLog{ID: id, By: common.BytesToAddress(l.Topics[2][12:]), No: no, Move: m}, nil
}

// The final moves (defendStep, defendAssembly, disputeOperand) take calldata structs.
// Solidity's ABI decoder checks such a struct's head on entry but each dynamic member
// (a proof) only when the contract reads it, and the contract reads only the members
// the disputed operand needs: it accepts a call whose unread member has any offset at
// all. Go's abi Unpack checks every member, so the honest party could not read such a
// move (and never settle the game it ended). These moves are read here as Solidity
// reads them: a member Solidity could read is what it would read (negative offsets
// included: Solidity compares them signed), one it could not read is empty, which is
// what the contract's verdict rests on since it never read it. contracts/model reads
// the same members under the same conditions (operand, inputRoot, defendAssembly
// mirror _operand, _inputRoot, defendAssembly), so the replica's verdict on the move
// is the contract's.
var lazyMoves = map[string]func(calldata) (*big.Int, uint32, model.Move, error){
	"defendStep": func(c calldata) (*big.Int, uint32, model.Move, error) {
		id, no, err := c.idNo(5)
		if err != nil {
			return nil, 0, nil, err
		}
		a, err := c.opening(2)
		if err != nil {
			return nil, 0, nil, err
		}
		b, err := c.opening(3)
		if err != nil {
			return nil, 0, nil, err
		}
		cc, err := c.opening(4)
		if err != nil {
			return nil, 0, nil, err
		}
		return id, no, model.DefendStep{A: a, B: b, C: cc}, nil
	},
	"defendAssembly": func(c calldata) (*big.Int, uint32, model.Move, error) {
		id, no, err := c.idNo(3)
		if err != nil {
			return nil, 0, nil, err
		}
		base, err := c.structArg(2, 7)
		if err != nil {
			return nil, 0, nil, err
		}
		// mapLeaf is a uint256 the contract reads only at t > 0, where one of 2^64 or
		// more reverts (w >= numNodes); at t = 0 it is ignored. The model's uint64
		// saturates: the model then rejects it at t > 0 as well.
		ml := c.word(base)
		leaf, ok := u64(ml)
		if !ok {
			leaf = math.MaxUint64
		}
		o := model.AssemblyOpening{MapLeaf: leaf, MapProof: c.member(base, 1), Src: c.word(base + 2*32),
			SrcProof: c.member(base, 3), BatchRoot: c.word(base + 4*32), NextMeta: c.word(base + 5*32), BatchProof: c.member(base, 6)}
		return id, no, model.DefendAssembly{O: o}, nil
	},
	"disputeOperand": func(c calldata) (*big.Int, uint32, model.Move, error) {
		id, no, err := c.idNo(5)
		if err != nil {
			return nil, 0, nil, err
		}
		ops, err := c.bytesArg(2)
		if err != nil {
			return nil, 0, nil, err
		}
		q, ok := u64(c.word(4 + 3*32))
		if !ok {
			return nil, 0, nil, errors.New("q out of range")
		}
		o, err := c.opening(4)
		if err != nil {
			return nil, 0, nil, err
		}
		return id, no, model.DisputeOperand{Operands: ops, Q: q, O: o}, nil
	},
}

// calldata is a whole call, selector included: positions are absolute, as
// calldataload's, and a member's offset is relative to its struct's position.
type calldata []byte

// word is calldataload(pos): bytes past the end read as zeros.
func (c calldata) word(pos uint64) [32]byte {
	var w [32]byte
	if pos < uint64(len(c)) {
		copy(w[:], c[pos:])
	}
	return w
}

// u64 is w if it fits 64 bits.
func u64(w [32]byte) (uint64, bool) {
	for _, b := range w[:24] {
		if b != 0 {
			return 0, false
		}
	}
	return binary.BigEndian.Uint64(w[24:]), true
}

// idNo checks the head of n arguments is there (Solidity reverts on a shorter call)
// and reads arguments 0 (uint256 id) and 1 (uint32 move number, no dirty bits).
func (c calldata) idNo(n int) (*big.Int, uint32, error) {
	if len(c) < 4+32*n {
		return nil, 0, fmt.Errorf("%d bytes, want a head of %d words", len(c), n)
	}
	id := c.word(4)
	no, ok := u64(c.word(4 + 32))
	if !ok || no > math.MaxUint32 {
		return nil, 0, errors.New("move number out of range")
	}
	return new(big.Int).SetBytes(id[:]), uint32(no), nil
}

// structArg is the position of calldata struct argument i of `words` head words, as
// Solidity's entry check reads it: an offset of at most 2^64-1 whose head fits.
func (c calldata) structArg(i int, words uint64) (uint64, error) {
	off, ok := u64(c.word(4 + 32*uint64(i)))
	if !ok || uint64(len(c)) < 4+32*words || off > uint64(len(c))-4-32*words {
		return 0, fmt.Errorf("argument %d: struct head out of range", i)
	}
	return 4 + off, nil
}

// bytesArg is top-level `bytes` argument i, checked on entry as Solidity does (and
// as Go's abi does).
func (c calldata) bytesArg(i int) ([]byte, error) {
	n := uint64(len(c))
	off, ok := u64(c.word(4 + 32*uint64(i)))
	if !ok || n < 4+32 || off > n-4-32 {
		return nil, fmt.Errorf("argument %d: offset out of range", i)
	}
	pos := 4 + off + 32
	l, ok := u64(c.word(pos - 32))
	if !ok || l > n-pos {
		return nil, fmt.Errorf("argument %d: length out of range", i)
	}
	return append([]byte{}, c[pos:pos+l]...), nil
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// member is the bytes32[] member k of the struct at base as Solidity's
// access_calldata_tail reads it, or nil where that reverts. Its checks, on words
// modulo 2^256: rel < calldatasize-base-31 compared signed (a negative rel passes and
// points before the struct, or wraps to a position past any calldata, which reads a
// zero length); length <= 2^64-1; the elements end within the calldata.
func (c calldata) member(base uint64, k uint64) [][32]byte {
	n := uint64(len(c)) // the struct head fits: base+31 < n
	rel := c.word(base + 32*k)
	var at uint64
	if rel[0]&0x80 == 0 {
		r, ok := u64(rel)
		if !ok || r >= n-base-31 {
			return nil
		}
		at = base + r
	} else {
		back := new(big.Int).Sub(two256, new(big.Int).SetBytes(rel[:])) // -rel, in 1..2^255
		if !back.IsUint64() || back.Uint64() > base {
			return [][32]byte{} // wraps below zero: calldataload there is 0, an empty array
		}
		at = base - back.Uint64()
	}
	l, ok := u64(c.word(at)) // at+32 <= n
	if !ok || l > (n-at-32)/32 {
		return nil
	}
	out := make([][32]byte, l)
	for i := range out {
		out[i] = c.word(at + 32 + 32*uint64(i))
	}
	return out
}

// opening is Opening argument i (8 head words: src, srcProof, batchRoot, nextMeta,
// batchProof, header, dataLeaf, dataProof).
func (c calldata) opening(i int) (model.Opening, error) {
	base, err := c.structArg(i, 8)
	if err != nil {
		return model.Opening{}, err
	}
	return model.Opening{Src: c.word(base), SrcProof: c.member(base, 1), BatchRoot: c.word(base + 2*32),
		NextMeta: c.word(base + 3*32), BatchProof: c.member(base, 4), Header: c.word(base + 5*32),
		DataLeaf: c.word(base + 6*32), DataProof: c.member(base, 7)}, nil
}
