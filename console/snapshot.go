package console

import (
	"math/big"

	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Snapshot is what the page shows at one head block.
type Snapshot struct {
	Market string `json:"market"`
	Game   string `json:"game,omitempty"`
	Block  uint64 `json:"block"`
	Hash   string `json:"hash,omitempty"`
	Time   uint64 `json:"time"` // the head block's timestamp (chain time)
	// Error is why the chain could not be read ("chain unreachable: ..."); the rest is
	// then the last good snapshot (Stale) or empty.
	Error string `json:"error,omitempty"`
	Stale bool   `json:"stale,omitempty"`

	// History is set while the market's logs are still being read up to the head (a
	// console started on a long chain): the timeline, disputes and checks then hold
	// only blocks up to History.Read.
	History *History `json:"history,omitempty"`

	TaskCount uint64 `json:"task_count"`
	// Pools: the market's jackpot pool and escrow, ether (what forced errors pay from,
	// and what the tasks hold)
	JackpotPool string    `json:"jackpot_pool"`
	Escrow      string    `json:"escrow"`
	Tasks       []Task    `json:"tasks"`    // newest first
	Accounts    []Account `json:"accounts"` // in the order they first appear
	Events      []Event   `json:"events"`   // newest first
	// Capped says what the limits left out, in words (empty: nothing).
	Capped []string `json:"capped,omitempty"`
}

// History is how far the reader got through the market's logs: blocks From to Read of
// From to Head.
type History struct {
	From uint64 `json:"from"`
	Read uint64 `json:"read"`
	Head uint64 `json:"head"`
}

// Task is one task and its disputes.
type Task struct {
	ID        uint64 `json:"id"`
	Status    string `json:"status"`
	Submitter string `json:"submitter"`
	Solver    string `json:"solver,omitempty"`
	RewardWei string `json:"reward_wei"`
	Reward    string `json:"reward"` // ether
	Stake     string `json:"stake"`  // the solver's stake, ether
	Steps     uint64 `json:"steps"`
	Interval  uint64 `json:"interval"`
	Nodes     uint32 `json:"nodes"`
	ClaimBy   uint64 `json:"claim_by,omitempty"` // unix seconds, chain time
	CommitBy  uint64 `json:"commit_by,omitempty"`
	WindowEnd uint64 `json:"window_end,omitempty"` // challenges close, payment due
	TraceRoot string `json:"trace_root,omitempty"`
	FinalRoot string `json:"final_root,omitempty"`
	Seed      string `json:"seed,omitempty"`
	Disputes  uint32 `json:"open_disputes"`
	Games     []Game `json:"games,omitempty"`
	// Curve is the training loss by step as the solver serves it (nil: not fetched)
	Curve *Curve `json:"curve,omitempty"`
	// Checks are the segments re-run, by whom: attestations and challenges.
	Checks []Check `json:"-"`
	// Segments are the checked segments with their checkpoints and how each check
	// ended (segments.go); Checkpoints is how many checkpoints the solver posted (the
	// segments + 1; 0 until it posts them).
	Segments    []Segment `json:"segments,omitempty"`
	Checkpoints int       `json:"checkpoints,omitempty"`
	Initial     string    `json:"initial,omitempty"` // the first checkpoint: the state training starts from
	Audit       *Audit    `json:"audit,omitempty"`   // the task's checks and forced error (nil: none began)
}

// Check is one party's check of one segment of a task.
type Check struct {
	By      string `json:"by"`
	Segment uint64 `json:"segment"`
	How     string `json:"how"` // attested, challenged
	Block   uint64 `json:"block"`
	Outcome string `json:"outcome,omitempty"` // how it ended so far, in words (Task.Segments)
}

// Game is one dispute of a task as the game contract holds it (onchain.GameView: its
// id, challenger, segment, phase, level, result and whose move).
type Game struct {
	onchain.GameView
	Defender string `json:"defender"` // the solver, or the attester whose attestation is disputed
	// Attestation: the game disputes an attestation (its defender is the attester), not
	// the solver's trace.
	Attestation bool   `json:"attestation,omitempty"`
	Deadline    uint64 `json:"deadline,omitempty"` // the mover's clock runs out then
	// Forfeit: the game ended when a clock ran out (a Timeout move), judging nothing: a
	// win so is no evidence about the segment.
	Forfeit bool `json:"forfeit,omitempty"`
	// Levels is the narrowing, one entry per level of the game: what is pinned so far.
	Levels []Level `json:"levels"`
	// Log is the game's moves in chain order (at most Limits.Moves).
	Log []Move `json:"log,omitempty"`
	// Operation is the float32 operation the game ended on, as the one-step check judged
	// it (nil unless the game reached it and the solver defended it)
	Operation *Operation `json:"operation,omitempty"`
}

// Level is one level of a game's narrowing: a domain of Size items (0: unknown),
// the window [From, To) still disputed while the game descends it, or the one item
// pinned once it is past.
type Level struct {
	Name   string `json:"name"`  // steps, node, state leaf, element, operation
	State  string `json:"state"` // ahead, narrowing, pinned, skipped
	Size   uint64 `json:"size,omitempty"`
	From   uint64 `json:"from"`
	To     uint64 `json:"to"`
	Pinned uint64 `json:"pinned"`
	Label  string `json:"label,omitempty"` // what the pinned item is, where known (the node's name)
	Note   string `json:"note,omitempty"`
}

// Move is one move of a game.
type Move struct {
	No    uint32 `json:"no"`
	By    string `json:"by"` // solver, challenger or an address
	Kind  string `json:"kind"`
	Block uint64 `json:"block"`
	Time  uint64 `json:"time,omitempty"`
	Tx    string `json:"tx"`
	Gas   uint64 `json:"gas"` // the transaction's gas (a contract account may carry several moves in one)
}

// Account is one address that appears in the snapshot, with its balances in the
// market's vault: free (withdrawable), locked (stakes, bonds and attest stakes of its
// tasks, games and checks) and unbonding.
type Account struct {
	Address   string   `json:"address"`
	Roles     []string `json:"roles"`
	Free      string   `json:"free"`   // ether
	Locked    string   `json:"locked"` // ether
	FreeWei   string   `json:"free_wei"`
	LockedWei string   `json:"locked_wei"`
	// Unbonding is a withdrawal waiting out the unbonding delay (ether; "" none), free
	// to withdraw from ReleaseAt (chain time).
	Unbonding    string `json:"unbonding,omitempty"`
	UnbondingWei string `json:"unbonding_wei,omitempty"`
	ReleaseAt    uint64 `json:"release_at,omitempty"`
}

// Event is one market event.
type Event struct {
	Block  uint64  `json:"block"`
	Time   uint64  `json:"time,omitempty"`
	Tx     string  `json:"tx"`
	Index  uint    `json:"index"`
	Name   string  `json:"name"`
	Kind   string  `json:"kind"` // task, dispute, payout, slash, jackpot, stake, audit, other
	Task   uint64  `json:"task,omitempty"`
	Text   string  `json:"text,omitempty"` // the event in one sentence (addresses in full)
	Fields []Field `json:"fields"`
}

// Field is one named value of an event, in words.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Limits bound a snapshot.
type Limits struct {
	Tasks    int // latest tasks shown (default 200)
	Events   int // latest events kept (default 500)
	Accounts int // accounts with balances (default 100)
	Games    int // games whose state is read per snapshot (default 100)
	Moves    int // moves kept per game (default 200)
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.Tasks, 200)
	def(&l.Events, 500)
	def(&l.Accounts, 100)
	def(&l.Games, 100)
	def(&l.Moves, 200)
	return l
}

// maxText bounds any string taken from the chain (an announcement's URL, say).
const maxText = 200

func clip(s string) string {
	if len(s) <= maxText {
		return s
	}
	return s[:maxText] + "…"
}

// ether is wei in ether with six decimals.
func ether(wei *big.Int) string { return chain.FormatEther(wei, 6) }
