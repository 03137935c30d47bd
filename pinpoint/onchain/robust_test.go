package onchain_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// setWord sets the 32-byte word at absolute position pos of call to w.
func setWord(call []byte, pos uint64, w *big.Int) []byte {
	c := append([]byte(nil), call...)
	b := make([]byte, 32)
	new(big.Int).And(w, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))).FillBytes(b)
	copy(c[pos:], b)
	return c
}

func wordAt(call []byte, pos uint64) uint64 {
	return new(big.Int).SetBytes(call[pos : pos+32]).Uint64()
}

var max256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// TestDecodeReadsStructsAsSolidity: the final moves' calldata structs are read as the
// contract's ABI decoder reads them: a member whose offset Solidity would reject on
// reading (the contract accepts the call if it never reads it) decodes empty, the rest
// unchanged; a negative offset reads what Solidity reads (calldata before the struct);
// mapLeaf may be any uint256; the struct heads and top-level arguments stay strict.
func TestDecodeReadsStructsAsSolidity(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var ds model.DefendStep
	var da model.DefendAssembly
	var do model.DisputeOperand
	for _, m := range sampleMoves(r) {
		switch m := m.(type) {
		case model.DefendStep:
			ds = m
		case model.DefendAssembly:
			da = m
		case model.DisputeOperand:
			do = m
		}
	}
	ds.A.SrcProof, ds.B.BatchProof = [][32]byte{{1}, {2}, {3}}, [][32]byte{{4}}
	id := big.NewInt(9)
	decode := func(call []byte) model.Move {
		t.Helper()
		gid, no, m, err := onchain.Decode(call)
		if err != nil {
			t.Fatal(err)
		}
		if gid.Cmp(id) != 0 || no != 7 {
			t.Fatalf("decoded game %v move %d", gid, no)
		}
		return normalize(m)
	}
	pack := func(m model.Move) []byte {
		c, err := onchain.Pack(id, 7, m)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	call := pack(ds)
	offA, offB := 4+wordAt(call, 4+64), 4+wordAt(call, 4+96)
	// each proof of a, its offset beyond the calldata (2^256-1, 2^64, past the end)
	for k, clear := range map[uint64]func(*model.Opening){1: func(o *model.Opening) { o.SrcProof = nil },
		4: func(o *model.Opening) { o.BatchProof = nil }, 7: func(o *model.Opening) { o.DataProof = nil }} {
		for _, bad := range []*big.Int{max256, new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(int64(len(call)))} {
			want := ds
			clear(&want.A)
			if got := decode(setWord(call, offA+32*k, bad)); !reflect.DeepEqual(got, normalize(want)) {
				t.Fatalf("a's member %d at offset %v: decoded %+v, want %+v", k, bad, got, want)
			}
		}
	}
	// b's srcProof offset pointing back at a's srcProof: Solidity compares the offset
	// signed and reads a's proof there
	back := new(big.Int).Sub(big.NewInt(int64(offA+wordAt(call, offA+32))), big.NewInt(int64(offB)))
	want := ds
	want.B.SrcProof = ds.A.SrcProof
	if got := decode(setWord(call, offB+32, back)); !reflect.DeepEqual(got, normalize(want)) {
		t.Fatalf("negative offset: decoded %+v, want %+v", got, want)
	}
	// an offset so negative it wraps below zero: a zero length there, an empty proof
	want.B.SrcProof = nil
	if got := decode(setWord(call, offB+32, big.NewInt(-int64(offB)-64))); !reflect.DeepEqual(got, normalize(want)) {
		t.Fatalf("wrapping offset: decoded %+v, want %+v", got, want)
	}

	// defendAssembly: mapLeaf of 2^64 or more (the contract ignores it at t = 0, and
	// reverts at t > 0), an unread batchProof
	call = pack(da)
	offO := 4 + wordAt(call, 4+64)
	wantA := da
	wantA.O.MapLeaf = math.MaxUint64
	for _, leaf := range []*big.Int{new(big.Int).Lsh(big.NewInt(1), 64), max256} {
		if got := decode(setWord(call, offO, leaf)); !reflect.DeepEqual(got, normalize(wantA)) {
			t.Fatalf("map leaf %v: decoded %+v, want %+v", leaf, got, wantA)
		}
	}
	wantA = da
	wantA.O.BatchProof = nil
	if got := decode(setWord(call, offO+6*32, max256)); !reflect.DeepEqual(got, normalize(wantA)) {
		t.Fatalf("defendAssembly batchProof: decoded %+v, want %+v", got, wantA)
	}

	// disputeOperand: the opening's dataProof unreadable
	do.Q = 3
	call = pack(do)
	offO = 4 + wordAt(call, 4+128)
	wantO := do
	wantO.O.DataProof = nil
	if got := decode(setWord(call, offO+7*32, max256)); !reflect.DeepEqual(got, normalize(wantO)) {
		t.Fatalf("disputeOperand dataProof: decoded %+v, want %+v", got, wantO)
	}

	// what Solidity rejects on entry stays an error
	for name, c := range map[string][]byte{
		"struct offset 2^64":         setWord(pack(ds), 4+64, new(big.Int).Lsh(big.NewInt(1), 64)),
		"struct head past the end":   setWord(pack(ds), 4+96, big.NewInt(int64(len(pack(ds))-4-255))),
		"dirty move number":          setWord(pack(ds), 4+32, new(big.Int).Lsh(big.NewInt(1), 32)),
		"short head":                 pack(ds)[:4+3*32],
		"q of 2^64":                  setWord(pack(do), 4+96, new(big.Int).Lsh(big.NewInt(1), 64)),
		"operands past the end":      setWord(pack(do), 4+64, big.NewInt(int64(len(pack(do))))),
		"operands length too large":  setWord(pack(do), 4+wordAt(pack(do), 4+64), big.NewInt(int64(len(pack(do))))),
		"assembly head past the end": setWord(pack(da), 4+64, big.NewInt(int64(len(pack(da))-4-223))),
	} {
		if _, _, _, err := onchain.Decode(c); !errors.Is(err, onchain.ErrNotAMove) {
			t.Errorf("%s: decoded (err %v)", name, err)
		}
	}
}

// duel opens a game in which the solver's computation has a wrong scalar operation and
// the challenger is honest, and returns its agents (the challenger's on backend cb,
// nil: the chain itself) and setup.
func duel(t *testing.T, e *env, cb onchain.Backend) (solver, challenger *onchain.Agent) {
	t.Helper()
	tk := newTask(t)
	r := rand.New(rand.NewPCG(11, 12))
	truth, err := pinpoint.NewComputation(tk, tk.Trainer(), pinpoint.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	f, liar := drawFault(t, r, tk, truth, pinpoint.FaultOp, true)
	first := f.Step / interval * interval
	seg := liar.Segment(first, interval)
	s := model.Setup{NodesRoot: tk.Game.NodesTree.Root(), StateMapRoot: tk.Game.StateMap.Root(), DataRoot: tk.Game.DataTree.Root(),
		Agreed: seg.Leaf(0), Disputed: seg.Leaf(interval), FirstStep: first, SegLen: interval,
		NumNodes: uint32(len(tk.Nodes)), StateDepth: tk.Game.StateDepth, Clock: clock}
	pg := pinpointgame.NewPinpointGame()
	rcp, err := onchain.Transact(e.ctx, e.sim, e.opts(accClient), e.game.At, pg.PackOpen(pinpointgame.PinpointGameSetup{
		Solver: e.addr(accSolver), Challenger: e.addr(accChallenger), NodesRoot: s.NodesRoot, StateMapRoot: s.StateMapRoot,
		DataRoot: s.DataRoot, Agreed: s.Agreed, Disputed: s.Disputed, FirstStep: s.FirstStep, SegLen: s.SegLen,
		NumNodes: s.NumNodes, StateDepth: s.StateDepth, Clock: s.Clock, KernelEpoch: s.KernelEpoch}), nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := bind.Call(pg.Instance(e.sim, e.game.At), nil, pg.PackGameCount(), pg.UnpackGameCount)
	if err != nil {
		t.Fatal(err)
	}
	hdr, _ := e.sim.HeaderByNumber(e.ctx, rcp.BlockNumber)
	fanout, _ := e.game.FanoutBits(e.ctx)
	sol := &pinpoint.Solver{Task: tk, View: liar}
	ps, err := pinpoint.NewPlayer(model.Solver, s, fanout, hdr.Time, sol, liar.Err, sol.Err)
	if err != nil {
		t.Fatal(err)
	}
	pc, err := pinpoint.NewPlayer(model.Challenger, s, fanout, hdr.Time, pinpoint.Challenger{View: truth}, truth.Err)
	if err != nil {
		t.Fatal(err)
	}
	gc := e.game
	if cb != nil {
		gc = onchain.NewGame(cb, e.game.At)
	}
	from := rcp.BlockNumber.Uint64()
	solver = onchain.NewAgent(e.game, id, ps, e.opts(accSolver), e.addr(accSolver), e.addr(accChallenger), from, nil)
	challenger = onchain.NewAgent(gc, id, pc, e.opts(accChallenger), e.addr(accSolver), e.addr(accChallenger), from, nil)
	return solver, challenger
}

// finish polls both agents until the honest challenger's reports the game over; the
// challenger's agent must never fail (except for having no move on the solver's turn).
// after, if set, runs after each challenger poll.
func finish(t *testing.T, e *env, as, ac *onchain.Agent, after func()) pinpoint.Ready {
	t.Helper()
	for range 300 {
		if _, err := as.Poll(e.ctx); err != nil && !isNoMove(err) && !errors.Is(err, onchain.ErrRejected) {
			t.Logf("lying solver: %v", err)
		}
		rd, err := ac.Poll(e.ctx)
		if err != nil && !isNoMove(err) {
			t.Fatalf("honest challenger halted: %v", err)
		}
		if rd.Done {
			return rd
		}
		if after != nil {
			after()
		}
	}
	t.Fatal("game did not end")
	return pinpoint.Ready{}
}

// TestCraftedFinalMoveRead is the reviewer's attack: the lying solver's (losing)
// defendStep carries an Opening member the contract never reads, with offset
// 2^256-1. The contract accepts it and ends the game; the honest challenger's agent
// reads it as the contract did and its replica reaches the contract's result.
func TestCraftedFinalMoveRead(t *testing.T) {
	e := newEnv(t, 4)
	as, ac := duel(t, e, nil)
	pg := pinpointgame.NewPinpointGame()
	sel := pg.PackDefendStep(big.NewInt(0), 0, pinpointgame.PinpointGameOpening{}, pinpointgame.PinpointGameOpening{}, pinpointgame.PinpointGameOpening{})[:4]
	crafted := false
	as.Send = func(ctx context.Context, call []byte) error {
		if bytes.Equal(call[:4], sel) {
			offA := 4 + wordAt(call, 4+64)
			for _, k := range []uint64{4, 7, 1} { // batchProof, dataProof, srcProof
				if _, err := onchain.Transact(ctx, e.sim, e.opts(accSolver), e.game.At, setWord(call, offA+32*k, max256), nil); err == nil {
					crafted = true
					return nil
				}
			}
		}
		_, err := onchain.Transact(ctx, e.sim, e.opts(accSolver), e.game.At, call, nil)
		return err
	}
	rd := finish(t, e, as, ac, nil)
	if !crafted {
		t.Fatal("the contract refused every crafted defendStep: the test attacks nothing")
	}
	if rd.Result != model.ChallengerWins || ac.P.Game().Result != model.ChallengerWins {
		t.Fatalf("result %v, replica %v; want ChallengerWins", rd.Result, ac.P.Game().Result)
	}
}

// unreadableEnd is a backend whose Moved logs of blocks where the game is already over
// do not decode (a final move this package cannot read, whatever the reason).
type unreadableEnd struct {
	onchain.Backend
	g  *onchain.Game
	id *big.Int
}

func (u unreadableEnd) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := u.Backend.FilterLogs(ctx, q)
	for i := range logs {
		v, serr := u.g.StateAt(ctx, u.id, new(big.Int).SetUint64(logs[i].BlockNumber))
		if serr != nil {
			return nil, serr
		}
		if v.Result != uint8(model.Pending) {
			logs[i].Data = logs[i].Data[:4+32]
		}
	}
	return logs, err
}

// TestUnreadableFinalMoveSettles: when the move that ended the game does not decode,
// the agent reports the game over with the contract's result (so the daemon settles)
// instead of failing at every poll.
func TestUnreadableFinalMoveSettles(t *testing.T) {
	e := newEnv(t, 4)
	ub := &unreadableEnd{Backend: e.sim, g: e.game}
	as, ac := duel(t, e, ub)
	ub.id = ac.ID
	rd := finish(t, e, as, ac, nil)
	if rd.Result != model.ChallengerWins {
		t.Fatalf("result %v, want the contract's ChallengerWins", rd.Result)
	}
	if ac.P.Game().Result != model.Pending {
		t.Fatal("the replica read the final move: the test exercised nothing")
	}
}

// rereading is a log source that returns every log from the game's opening block on,
// whatever range is asked (a provider's overlapping pages, a poll retried after a
// partial failure): moves already applied come again and must be skipped.
type rereading struct {
	onchain.Backend
	from *big.Int
}

func (r rereading) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	q.FromBlock = r.from
	return r.Backend.FilterLogs(ctx, q)
}

func TestMovesReadAgainSkipped(t *testing.T) {
	e := newEnv(t, 4)
	head, _ := e.sim.HeaderByNumber(e.ctx, nil)
	as, ac := duel(t, e, rereading{Backend: e.sim, from: new(big.Int).Add(head.Number, big.NewInt(1))})
	if rd := finish(t, e, as, ac, nil); rd.Result != model.ChallengerWins || ac.P.Game().Result != model.ChallengerWins {
		t.Fatalf("result %v, replica %v; want ChallengerWins", rd.Result, ac.P.Game().Result)
	}
}

// TestReorgedMoves: the honest challenger's move, read back by its agent, is dropped by
// a reorg. The first time the agent polls before the move is mined again (the chain
// shows one move fewer than the replica): it follows the chain and makes its move
// again. The second time the move is mined again one block later and read again with
// a number the replica has passed. Either way the agent follows the chain and wins.
func TestReorgedMoves(t *testing.T) {
	e := newEnv(t, 4)
	as, ac := duel(t, e, nil)
	var last []byte // the challenger's last move call
	var lastRcp *types.Receipt
	ac.Send = func(ctx context.Context, call []byte) error {
		r, err := onchain.Transact(ctx, e.sim, e.opts(accChallenger), e.game.At, call, nil)
		last, lastRcp = call, r
		return err
	}
	// reorg drops the block of the challenger's last move (read back by its agent
	// first): its transaction returns to the pool, where a transfer with its nonce
	// replaces it, mined at the move's height. If poll, the agent polls then (and
	// sends its move again); else the move is sent again here. Either way it is mined
	// one block later.
	reorg := func(poll bool) {
		call, rcp := last, lastRcp
		if _, err := ac.Poll(e.ctx); err != nil {
			t.Fatal(err)
		}
		tx, _, err := e.sim.TransactionByHash(e.ctx, rcp.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		hdr, err := e.sim.HeaderByNumber(e.ctx, rcp.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.sim.Simulated().Fork(hdr.ParentHash); err != nil {
			t.Fatal(err)
		}
		id, _ := e.sim.ChainID(e.ctx)
		price := new(big.Int).Mul(tx.GasFeeCap(), big.NewInt(2))
		repl, err := types.SignTx(types.NewTransaction(tx.Nonce(), e.addr(accChallenger), big.NewInt(0), 21000, price, nil),
			types.LatestSignerForChainID(id), chain.DeterministicAccount(accChallenger).Key)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.sim.SendTransaction(e.ctx, repl); err != nil {
			t.Fatal(err)
		}
		if b, _ := e.sim.BlockByNumber(e.ctx, nil); b.Number().Cmp(rcp.BlockNumber) != 0 || len(b.Transactions()) != 1 || b.Transactions()[0].Hash() != repl.Hash() {
			t.Fatalf("block %v after the reorg, want %v with the transfer only", b.Number(), rcp.BlockNumber)
		}
		last = nil
		if poll {
			if _, err := ac.Poll(e.ctx); err != nil {
				t.Fatalf("poll with the move dropped: %v", err)
			}
			if last == nil || !bytes.Equal(last, call) {
				t.Fatal("the agent did not make its dropped move again")
			}
		} else if lastRcp, err = onchain.Transact(e.ctx, e.sim, e.opts(accChallenger), e.game.At, call, nil); err != nil {
			t.Fatal(err)
		}
		if lastRcp.BlockNumber.Uint64() != rcp.BlockNumber.Uint64()+1 {
			t.Fatalf("move mined again in block %v, want %v", lastRcp.BlockNumber, rcp.BlockNumber.Uint64()+1)
		}
	}
	done := false
	rd := finish(t, e, as, ac, func() {
		if last != nil && !done {
			reorg(true)
			reorg(false)
			done = true
		}
	})
	if !done {
		t.Fatal("no reorg")
	}
	if rd.Result != model.ChallengerWins || ac.P.Game().Result != model.ChallengerWins {
		t.Fatalf("result %v, replica %v; want ChallengerWins", rd.Result, ac.P.Game().Result)
	}
}
