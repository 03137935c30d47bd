package console

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// Segment is one checked segment of a task: the steps it covers, the checkpoints it
// starts and ends at (the committed trace's leaves, where the solver posted them) and
// every check of it with how it ended.
type Segment struct {
	Index uint64 `json:"index"`
	From  uint64 `json:"from"` // first step
	To    uint64 `json:"to"`   // one past the last step
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Decoy is the checkpoint the solver posted at the segment's end in End's place: the
	// audit's forced error (End is then the true one, revealed with its secret).
	Decoy string `json:"decoy,omitempty"`
	// Vouched: a check matched its end checkpoint (a revealed attestation) or the
	// solver won a dispute over it; the segment is then more than the solver's word.
	Vouched bool    `json:"vouched"`
	Checks  []Check `json:"checks"`
}

// vouched is what a task's logs say of its segments: the trace's leaves (the
// checkpoints as the solver posted them), the revealed attestations, the closed ones,
// and (read from the market) its audit's secret.
type vouched struct {
	leaves  [][32]byte
	reveals []reveal
	closed  []closed
	// attested: the task's audit has begun (its state is read from the market then)
	attested bool
	interval uint64 // the task's steps per checkpoint (set by each snapshot)
	audit    *auditInfo
}

// auditInfo is what a task's audit says of its checkpoints: a task that may carry a
// forced error posts a decoy for one checkpoint, so a revealed attestation vouches for
// nothing until the solver's secret says which (and the true checkpoint there).
type auditInfo struct {
	decoys   bool // the task may carry a forced error (forcedErrorBps > 0)
	revealed bool // the solver's secret is revealed
	forced   bool
	segment  uint64   // the forced segment: its end checkpoint was posted as a decoy
	trueLeaf [32]byte // the checkpoint the decoy stood for
}

// settled: the posted checkpoints are the solver's claims, decoys replaced.
func (v *vouched) settled() bool {
	return v.audit == nil || !v.audit.decoys || v.audit.revealed
}

// truth is the checkpoint segment seg ends at, as the solver claims it (the true one
// where it posted a decoy); false where none was posted.
func (v *vouched) truth(seg uint64) ([32]byte, bool) {
	if seg+1 >= uint64(len(v.leaves)) {
		return [32]byte{}, false
	}
	if a := v.audit; a != nil && a.forced && a.segment == seg {
		return a.trueLeaf, true
	}
	return v.leaves[seg+1], true
}

// decoy reports whether r revealed the decoy posted for a forced error: the posted
// checkpoint copied without re-running the segment.
func (v *vouched) decoy(r reveal) bool {
	a := v.audit
	return a != nil && a.forced && a.segment == r.segment && r.segment+1 < uint64(len(v.leaves)) && v.leaves[r.segment+1] == r.end
}

// reveal is one revealed attestation: who, the segment and the end state it vouches for.
type reveal struct {
	attester common.Address
	segment  uint64
	end      [32]byte
}

// closed is one closed attestation: how it ended and what it paid.
type closed struct {
	attester common.Address
	outcome  uint8
	paid     *big.Int
}

// matches: revealed attestation r is of the checkpoint the solver claims (once no
// posted checkpoint can be a decoy any more, and not of a segment whose attestations are
// void).
func (v *vouched) matches(r reveal) bool {
	end, ok := v.truth(r.segment)
	return ok && v.settled() && !v.void(r.segment) && end == r.end
}

// void: segment seg starts at a forced error's decoy, so its attestations judge nothing
// (the contract closes them void).
func (v *vouched) void(seg uint64) bool {
	a := v.audit
	return a != nil && a.forced && seg == a.segment+1
}

// Audit is a task's audit as the page shows it: whether it may carry a forced error
// and, once the solver revealed its secret, where it was and who found it.
type Audit struct {
	ForcedErrorBps uint16 `json:"forced_error_bps"`
	MaxAttesters   uint32 `json:"max_attesters"`
	Attesters      uint32 `json:"attesters"` // joined
	SecretRevealed bool   `json:"secret_revealed"`
	Forced         bool   `json:"forced"`
	ForcedSegment  uint64 `json:"forced_segment"`
	Finders        uint32 `json:"finders"`
	JackpotShare   string `json:"jackpot_share"` // ether, each finder's
}

func auditOf(a taskmarket.TaskMarketAuditState) (*Audit, *auditInfo) {
	return &Audit{ForcedErrorBps: a.Audit.ForcedErrorBps, MaxAttesters: a.Audit.MaxAttesters, Attesters: a.Attesters,
			SecretRevealed: a.SecretRevealed, Forced: a.Forced, ForcedSegment: a.ForcedSegment, Finders: a.Finders,
			JackpotShare: ether(a.JackpotShare)},
		&auditInfo{decoys: a.Audit.ForcedErrorBps > 0, revealed: a.SecretRevealed, forced: a.Forced, segment: a.ForcedSegment, trueLeaf: a.TrueLeaf}
}

// Checkpoint is the state a task's training reaches after Step steps, as the solver
// claims it (Hash), and the decoy it posted in its place for the audit's forced error.
type Checkpoint struct {
	Step  uint64 `json:"step"`
	Hash  string `json:"hash"`
	Decoy string `json:"decoy,omitempty"`
}

// Checkpoints is task id's checkpoints as last read (false: none read).
func (r *Reader) Checkpoints(id uint64) ([]Checkpoint, bool) {
	v := r.vouch[id]
	if v == nil || len(v.leaves) == 0 {
		return nil, false
	}
	out := make([]Checkpoint, len(v.leaves))
	for k, leaf := range v.leaves {
		out[k] = Checkpoint{Step: uint64(k) * v.interval, Hash: hash(leaf)}
		if k > 0 {
			if t, _ := v.truth(uint64(k - 1)); t != leaf {
				out[k].Hash, out[k].Decoy = hash(t), hash(leaf)
			}
		}
	}
	return out, true
}

// outcomeNames are model.Outcome in words, as the page says how an attestation closed.
var outcomeNames = map[model.Outcome]string{
	model.OutcomeReleased:    "closed: stake released",
	model.OutcomeUnrevealed:  "closed: never revealed, stake lost",
	model.OutcomeLazy:        "closed: revealed the decoy, stake lost",
	model.OutcomeWrongClaim:  "closed: wrong claim",
	model.OutcomeLostDispute: "closed: lost a dispute, stake slashed",
	model.OutcomeVoid:        "closed: void (the segment after a forced error)",
}

// segments groups task's checks by segment, in segment order, each with its
// checkpoints (v's leaves) and how each check ended: an attestation by what it revealed
// against the checkpoint and how it closed, a challenge by the result of its game
// (games, read at this snapshot). A segment is vouched for, more than the solver's word,
// when a check stands behind the checkpoint it ends at: an attestation that revealed it
// and neither lost a dispute over it nor is being disputed, or a challenge whose game
// the solver won by its moves (a win on time judges nothing: a challenger can throw its
// game).
func segments(interval, steps uint64, checks []Check, v *vouched, games []Game) []Segment {
	if v == nil {
		v = &vouched{}
	}
	bySeg := map[uint64]*Segment{}
	var order []uint64
	for _, c := range checks {
		sg := bySeg[c.Segment]
		if sg == nil {
			sg = &Segment{Index: c.Segment, From: c.Segment * interval, To: min((c.Segment+1)*interval, steps), Checks: []Check{}}
			if c.Segment == 0 && len(v.leaves) > 0 {
				sg.Start = hash(v.leaves[0])
			} else if start, ok := v.truth(c.Segment - 1); c.Segment > 0 && ok {
				sg.Start = hash(start)
			}
			if end, ok := v.truth(c.Segment); ok {
				sg.End = hash(end)
				if posted := v.leaves[c.Segment+1]; posted != end {
					sg.Decoy = hash(posted)
				}
			}
			bySeg[c.Segment] = sg
			order = append(order, c.Segment)
		}
		c.Outcome = checkOutcome(c, v, games)
		sg.Vouched = sg.Vouched || vouches(c, v, games)
		sg.Checks = append(sg.Checks, c)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	out := make([]Segment, 0, len(order))
	for _, s := range order {
		out = append(out, *bySeg[s])
	}
	return out
}

// vouches reports whether check c stands behind the checkpoint its segment ends at.
func vouches(c Check, v *vouched, games []Game) bool {
	if c.How == "challenged" {
		g := challengeOf(c, games)
		return g != nil && g.Result == "solver won" && !g.Forfeit
	}
	by := common.HexToAddress(c.By)
	for _, g := range games {
		if g.Attestation && common.HexToAddress(g.Defender) == by && g.Result != "attester won" {
			return false // disputed, and not (yet) won
		}
	}
	for _, cl := range v.closed {
		if cl.attester == by && model.Outcome(cl.outcome) == model.OutcomeLostDispute {
			return false
		}
	}
	for _, r := range v.reveals {
		if r.attester == by && r.segment == c.Segment && v.matches(r) {
			return true
		}
	}
	return false
}

// challengeOf is the game challenge c opened (nil: not read at this snapshot).
func challengeOf(c Check, games []Game) *Game {
	for i, g := range games {
		if g.Challenger == c.By && g.Segment == c.Segment && !g.Attestation {
			return &games[i]
		}
	}
	return nil
}

// checkOutcome says how check c ended so far.
func checkOutcome(c Check, v *vouched, games []Game) string {
	if c.How == "challenged" {
		switch g := challengeOf(c, games); {
		case g == nil:
			return "dispute"
		case g.Result == "pending":
			return "dispute under way"
		case g.Forfeit:
			return "dispute: " + g.Result + " on time"
		default:
			return "dispute: " + g.Result
		}
	}
	by := common.HexToAddress(c.By)
	out := "committed, not revealed yet"
	for _, r := range v.reveals {
		if r.attester != by || r.segment != c.Segment {
			continue
		}
		end, posted := v.truth(r.segment)
		switch {
		case !posted:
			out = "revealed (no checkpoints posted to compare)"
		case !v.settled():
			out = "revealed; the solver's secret is not out yet (a posted checkpoint may be a decoy)"
		case v.void(r.segment):
			out = "revealed; void: the segment starts at the forced error's decoy"
		case v.decoy(r):
			out = "revealed the decoy: the posted checkpoint, copied without re-running"
		case end == r.end && v.audit != nil && v.audit.forced && v.audit.segment == r.segment:
			out = "revealed the true checkpoint: found the forced error"
		case end == r.end:
			out = "revealed: matches the checkpoint"
		default:
			out = "revealed: differs from the checkpoint"
		}
	}
	for _, cl := range v.closed {
		if cl.attester == by {
			name, ok := outcomeNames[model.Outcome(cl.outcome)]
			if !ok {
				name = fmt.Sprintf("closed: outcome %d", cl.outcome)
			}
			out += "; " + name
			if cl.paid != nil && cl.paid.Sign() > 0 {
				out += ", paid " + ether(cl.paid) + " ETH"
			}
		}
	}
	return out
}

// hash is a 32-byte value in 0x-prefixed hex.
func hash(b [32]byte) string { return common.Hash(b).Hex() }
