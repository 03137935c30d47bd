package onchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
)

// Dispute is one dispute of a task as its opening log shows it: the game, who opened it,
// the defender (Attester; zero: the task's solver), the segment (the solver's only:
// an attestation dispute is over the attestation's own segment) and the block that
// opened it. Disputes of a task run in parallel, each settled alone (TaskMarket.settle,
// settleAttestation), so a defender plays every one it is in.
type Dispute struct {
	Game       *big.Int
	Challenger common.Address
	Attester   common.Address
	Segment    uint64
	Block      uint64
}

// Disputes lists the disputes opened against task id's solver (attester zero) or against
// attester's attestation of it, from block `from` on, in the order they opened, whether
// or not they are still open (DisputeOpen says).
func (m *Market) Disputes(ctx context.Context, id uint64, attester common.Address, from uint64) ([]Dispute, error) {
	topics := [][]common.Hash{{challenged.ID}, {common.BigToHash(bid(id))}}
	if attester != (common.Address{}) {
		topics = [][]common.Hash{{attestationDisputed.ID}, {common.BigToHash(bid(id))}, {common.BytesToHash(attester[:])}}
	}
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("onchain: dispute logs of task %d: %w", id, err)
	}
	out := make([]Dispute, 0, len(logs))
	for i := range logs {
		d, ok := disputeLog(&logs[i])
		if !ok {
			return nil, fmt.Errorf("onchain: a dispute log of task %d (block %d) does not parse", id, logs[i].BlockNumber)
		}
		out = append(out, d)
	}
	return out, nil
}

// DisputeOpen says whether game is an open (unsettled) dispute of the market.
func (m *Market) DisputeOpen(ctx context.Context, game *big.Int) (bool, error) {
	d, err := call(ctx, m, tm.PackDisputeOf(game), tm.UnpackDisputeOf, "disputeOf")
	if err != nil {
		return false, err
	}
	return d.Challenger != (common.Address{}), nil
}

var (
	challenged          = tm.GetABI().Events["Challenged"]
	attestationDisputed = tm.GetABI().Events["AttestationDisputed"]
)

// disputeLog reads a Challenged or AttestationDisputed log.
func disputeLog(l *types.Log) (Dispute, bool) {
	if len(l.Topics) == 0 {
		return Dispute{}, false
	}
	switch l.Topics[0] {
	case challenged.ID:
		c, err := tm.UnpackChallengedEvent(l)
		if err != nil {
			return Dispute{}, false
		}
		return Dispute{Game: c.Game, Challenger: c.Challenger, Segment: c.Segment, Block: l.BlockNumber}, true
	case attestationDisputed.ID:
		c, err := tm.UnpackAttestationDisputedEvent(l)
		if err != nil {
			return Dispute{}, false
		}
		return Dispute{Game: c.Game, Challenger: c.Challenger, Attester: c.Attester, Block: l.BlockNumber}, true
	}
	return Dispute{}, false
}

// OpenedGame is the game a challenge's or attestation dispute's receipt opened on the
// market at market.
func OpenedGame(r *types.Receipt, market common.Address) (*big.Int, error) {
	for _, l := range r.Logs {
		if l.Address != market {
			continue
		}
		if d, ok := disputeLog(l); ok {
			return d.Game, nil
		}
	}
	return nil, fmt.Errorf("onchain: no dispute log of market %s in the receipt of tx %s", market.Hex(), r.TxHash.Hex())
}

// GameView is a dispute's game in words, as the commands and the console show it.
type GameView struct {
	ID         string `json:"id"`
	Challenger string `json:"challenger"`
	Segment    uint64 `json:"segment"`
	Open       bool   `json:"open"` // not yet settled on the market
	Phase      string `json:"phase"`
	Level      string `json:"level"`
	Result     string `json:"result"`            // pending, solver won, challenger won
	ToMove     string `json:"to_move,omitempty"` // solver or challenger, while pending
	Moves      uint32 `json:"moves"`
}

// ViewGame reads dispute d's game from g and whether the market still holds it open:
// the game in words, its raw state, and the last second of the mover's clock (0 once
// the game is over).
func (m *Market) ViewGame(ctx context.Context, g *Game, d Dispute) (GameView, pinpointgame.PinpointGameView, uint64, error) {
	gs, err := g.State(ctx, d.Game)
	if err != nil {
		return GameView{}, gs, 0, err
	}
	open, err := m.DisputeOpen(ctx, d.Game)
	if err != nil {
		return GameView{}, gs, 0, err
	}
	v := GameView{ID: d.Game.String(), Challenger: d.Challenger.Hex(), Segment: d.Segment, Open: open,
		Phase: PhaseName(gs.Phase), Level: LevelName(gs.Level), Result: ResultName(gs.Result), Moves: gs.Moves}
	var deadline uint64
	v.ToMove, deadline = Turn(gs)
	return v, gs, deadline, nil
}
