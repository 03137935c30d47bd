package console

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
)

var (
	tm       = taskmarket.NewTaskMarket()
	marketAB = tm.GetABI()
)

// dispute is a game opened on a task, as its opening log shows it.
type dispute struct {
	onchain.Dispute
	task uint64
}

// gameLog is what the moves of one game say beyond its state: the moves, and the
// node's size once it was opened.
type gameLog struct {
	moves    []Move
	numel    uint64            // the disputed node's elements (OpenNode), 0: not opened
	assembly bool              // the state assembly was disputed
	desc     *model.Node       // the opened node
	defend   *model.DefendStep // the solver's defence of one operation, the last
	timedOut bool              // ended by a Timeout move: a clock ran out, nothing judged
}

// Reader builds snapshots of one market. It keeps what it read of the logs between
// snapshots, so each snapshot reads only the blocks after the last one. Not safe for
// concurrent use (the Server serialises refreshes).
type Reader struct {
	m      *onchain.Market
	limits Limits

	game     *onchain.Game
	deployed bool   // the market's FromBlock is known (set, or looked up once)
	next     uint64 // first block not read yet (0: start over)
	lastNum  uint64 // the block last read up to, and its hash
	lastHash common.Hash

	events   []Event              // newest last, at most limits.Events
	dropped  int                  // events read and dropped by the cap
	disputes map[uint64][]dispute // task -> disputes, in opening order
	checks   map[uint64][]Check   // task -> checks
	games    map[string]*gameLog  // game id -> its moves
	roles    map[common.Address][]string
	times    map[common.Hash]uint64    // block hash -> timestamp
	urls     map[common.Address]string // the server each account announced
	vouch    map[uint64]*vouched       // task -> what its logs vouch for (losses.go)

	budget time.Duration // the most time one snapshot spends reading logs (historyBudget)
	behind bool          // the last snapshot stopped short of its head

	curves *curves    // nil: no losses are fetched
	names  *nodeNames // the specs' node names (names.go)
}

// FetchCurves has the reader show each task's training loss, fetched with client from
// the server its solver announced (losses.go).
func (r *Reader) FetchCurves(client *http.Client) { r.curves = newCurves(client) }

// NameNodes has the reader name the nodes of the specs it knows (specs; nil: the
// built-in ones) and, with a client, of those its tasks' submitters and solvers serve
// (names.go).
func (r *Reader) NameNodes(specs task.Specs, client *http.Client) {
	r.names = newNodeNames(specs)
	r.names.client = client
}

// changed is a version of what the reader fetches off the chain (losses, specs): a
// snapshot built before it changed is out of date.
func (r *Reader) changed() uint64 { return r.curves.changed() + r.names.changed() }

// NewReader reads market m (its FromBlock and LogPage bound the log queries).
func NewReader(m *onchain.Market, l Limits) *Reader {
	r := &Reader{m: m, limits: l.withDefaults(), deployed: m.FromBlock > 0, budget: historyBudget, names: newNodeNames(nil)}
	r.reset()
	return r
}

func (r *Reader) reset() {
	r.next, r.lastNum, r.lastHash = 0, 0, common.Hash{}
	r.events, r.dropped = nil, 0
	r.disputes = map[uint64][]dispute{}
	r.checks = map[uint64][]Check{}
	r.games = map[string]*gameLog{}
	r.roles = map[common.Address][]string{}
	r.times = map[common.Hash]uint64{}
	r.urls = map[common.Address]string{}
	r.vouch = map[uint64]*vouched{}
}

// errUnreachable marks a failure to read the head: the node is down or unreachable.
var errUnreachable = errors.New("chain unreachable")

// Snapshot reads the market at head (the head block's header).
func (r *Reader) Snapshot(ctx context.Context, head *types.Header) (*Snapshot, error) {
	if r.game == nil {
		g, err := r.m.Game(ctx)
		if err != nil {
			return nil, fmt.Errorf("console: the market's game: %w", err)
		}
		r.game = g
	}
	if !r.deployed {
		// a console started while its node was down could not look it up: nothing of
		// the market precedes its deployment, so its logs are read from there
		if b, err := onchain.DeployBlock(ctx, r.m.B, r.m.At); err == nil {
			r.m.FromBlock = b
		}
		r.deployed = true
	}
	if err := r.follow(ctx, head); err != nil {
		return nil, err // the pages read stay read: a failed page changed nothing (readLogs)
	}
	s := &Snapshot{Market: r.m.At.Hex(), Game: r.game.At.Hex(), Block: head.Number.Uint64(), Hash: head.Hash().Hex(),
		Time: head.Time, Tasks: []Task{}, Accounts: []Account{}, Events: []Event{}}
	if r.behind = max(r.next, r.m.FromBlock) <= head.Number.Uint64(); r.behind {
		s.History = &History{From: r.m.FromBlock, Read: max(r.lastNum, r.m.FromBlock), Head: head.Number.Uint64()}
	}
	for i := len(r.events) - 1; i >= 0; i-- {
		s.Events = append(s.Events, r.events[i])
	}
	if r.dropped > 0 {
		s.Capped = append(s.Capped, fmt.Sprintf("timeline: the latest %d events of %d", len(r.events), len(r.events)+r.dropped))
	}
	count, err := r.m.TaskCount(ctx)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	s.TaskCount = count
	pool, err := r.m.JackpotPool(ctx)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	esc, err := r.m.TotalEscrow(ctx)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	s.JackpotPool, s.Escrow = ether(pool), ether(esc)
	first := uint64(1)
	if count > uint64(r.limits.Tasks) {
		first = count - uint64(r.limits.Tasks) + 1
		s.Capped = append(s.Capped, fmt.Sprintf("tasks: the latest %d of %d", r.limits.Tasks, count))
	}
	games := 0
	for id := count; id >= first && id > 0; id-- {
		t, err := r.m.Task(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("console: %w", err)
		}
		v := taskOf(id, t)
		v.Checks = r.checks[id]
		if vc := r.vouch[id]; vc != nil {
			vc.interval = t.Spec.Interval
			if len(vc.leaves) > 0 {
				v.Checkpoints, v.Initial = len(vc.leaves), hash(vc.leaves[0])
			}
			if vc.attested {
				a, err := r.m.Audit(ctx, id)
				if err != nil {
					return nil, fmt.Errorf("console: %w", err)
				}
				v.Audit, vc.audit = auditOf(a)
			}
		}
		for _, d := range r.disputes[id] {
			if games == r.limits.Games {
				s.Capped = append(s.Capped, fmt.Sprintf("games: the state of the latest %d", r.limits.Games))
				break
			}
			games++
			g, err := r.gameOf(ctx, t, d)
			if err != nil {
				return nil, err
			}
			v.Games = append(v.Games, g)
		}
		v.Segments = segments(t.Spec.Interval, t.Spec.Steps, v.Checks, r.vouch[id], v.Games)
		if r.curves != nil && t.Solver != (common.Address{}) {
			over := t.Status == onchain.StatusFinalized || t.Status == onchain.StatusFailed || t.Status == onchain.StatusCancelled
			v.Curve = r.curves.get(id, r.urls[t.Solver], t.Spec.Steps, t.Spec.Interval, over)
			v.Curve.Verified = []uint64{}
			for _, sg := range v.Segments {
				if sg.Vouched {
					v.Curve.Verified = append(v.Curve.Verified, sg.Index)
				}
			}
		}
		s.Tasks = append(s.Tasks, v)
	}
	if err := r.accounts(ctx, s); err != nil {
		return nil, err
	}
	return s, nil
}

// historyBudget bounds the time one snapshot spends reading logs: a console started on
// a long chain shows what it read so far (Snapshot.History) and reads on at the next
// refresh, instead of running past its timeout and showing nothing.
const historyBudget = 3 * time.Second

// follow reads the market's and the game's logs of the blocks up to head that it has
// not read yet, a page at a time for at most r.budget, starting over on a
// reorganisation.
func (r *Reader) follow(ctx context.Context, head *types.Header) error {
	if r.next > 0 {
		h, err := r.m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(r.lastNum))
		if err != nil {
			return fmt.Errorf("console: block %d: %w", r.lastNum, err)
		}
		if h.Hash() != r.lastHash {
			r.reset() // the blocks read were reorganised away: read them again
		}
	}
	to := head.Number.Uint64()
	page := r.m.LogPage
	if page == 0 {
		page = onchain.DefaultLogPage
	}
	start := time.Now()
	for from := max(r.next, r.m.FromBlock); from <= to; from = r.next {
		end := to
		if to-from >= page {
			end = from + page - 1
		}
		// the page's last block is named before its logs are read: a reorganisation
		// after that shows as a changed hash at the next refresh
		endHash := head.Hash()
		if end < to {
			h, err := r.m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(end))
			if err != nil {
				return fmt.Errorf("console: block %d: %w", end, err)
			}
			endHash = h.Hash()
		}
		if err := r.readLogs(ctx, from, end); err != nil {
			return err
		}
		r.next, r.lastNum, r.lastHash = end+1, end, endHash
		if end < to && time.Since(start) >= r.budget {
			break // the rest at the next refresh
		}
	}
	return nil
}

// readLogs reads the market's and the game's logs of blocks [from, to]: everything it
// asks the node for first (the logs, their blocks' times, the moves' receipts), then
// what they tell, so a page that fails half way changes nothing and is read again.
func (r *Reader) readLogs(ctx context.Context, from, to uint64) error {
	logs, err := r.m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
	if err != nil {
		return fmt.Errorf("console: market logs: %w", err)
	}
	moves, err := onchain.MoveLogs(ctx, r.m.B, r.game.At, nil, from, to)
	if err != nil {
		return fmt.Errorf("console: game logs: %w", err)
	}
	pg := page{times: map[common.Hash]uint64{}, gas: map[common.Hash]uint64{}}
	for i := range logs {
		if err := r.fetchTime(ctx, &logs[i], &pg); err != nil {
			return err
		}
	}
	kept := map[string]int{} // moves kept per game, this page's included
	var decoded []move
	for i := range moves {
		ml, err := onchain.DecodeMoveLog(&moves[i])
		if err != nil {
			continue // a log that does not decode as a move: the game's state still shows it
		}
		decoded = append(decoded, move{&moves[i], ml})
		id := ml.ID.String()
		if gl := r.games[id]; gl != nil && kept[id] == 0 {
			kept[id] = len(gl.moves)
		}
		if kept[id] >= r.limits.Moves {
			continue // not shown: neither its time nor its gas is asked for
		}
		kept[id]++
		if err := r.fetchTime(ctx, &moves[i], &pg); err != nil {
			return err
		}
		if _, ok := pg.gas[moves[i].TxHash]; !ok {
			rc, err := r.m.B.TransactionReceipt(ctx, moves[i].TxHash)
			if err != nil {
				return fmt.Errorf("console: receipt of move %d: %w", ml.No, err)
			}
			pg.gas[moves[i].TxHash] = rc.GasUsed
		}
	}
	for i := range logs {
		r.marketLog(&logs[i], &pg)
	}
	for _, mv := range decoded {
		r.moveLog(mv, &pg)
	}
	return nil
}

// move is one Moved log of the game and what it says.
type move struct {
	l  *types.Log
	ml onchain.MoveLog
}

// page is what one page of logs needs from the node beyond its logs.
type page struct {
	times map[common.Hash]uint64 // block hash -> timestamp
	gas   map[common.Hash]uint64 // a move's transaction -> its gas
}

// Behind reports whether the last snapshot left logs unread up to its head.
func (r *Reader) Behind() bool { return r.behind }

// fetchTime puts the timestamp of l's block in pg (from the reader's cache of block
// times, else the node).
func (r *Reader) fetchTime(ctx context.Context, l *types.Log, pg *page) error {
	if _, ok := pg.times[l.BlockHash]; ok {
		return nil
	}
	if t, ok := r.times[l.BlockHash]; ok {
		pg.times[l.BlockHash] = t
		return nil
	}
	h, err := r.m.B.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
	if err != nil {
		return fmt.Errorf("console: block %d: %w", l.BlockNumber, err)
	}
	if len(r.times) > 4*r.limits.Events { // bounded: old blocks are not asked again
		clear(r.times)
	}
	r.times[l.BlockHash] = h.Time
	pg.times[l.BlockHash] = h.Time
	return nil
}

// marketLog adds one market log to the timeline and to the disputes, checks and roles
// it tells of. A log that does not decode is shown by name only.
func (r *Reader) marketLog(l *types.Log, pg *page) {
	if l.Removed || len(l.Topics) == 0 {
		return
	}
	ev, err := marketAB.EventByID(l.Topics[0])
	if err != nil {
		return // not one of the market's events: nothing to show
	}
	vals := map[string]any{}
	var indexed abi.Arguments
	for _, a := range ev.Inputs {
		if a.Indexed {
			indexed = append(indexed, a)
		}
	}
	decoded := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]) == nil &&
		ev.Inputs.NonIndexed().UnpackIntoMap(vals, l.Data) == nil
	e := Event{Block: l.BlockNumber, Time: pg.times[l.BlockHash], Tx: l.TxHash.Hex(), Index: l.Index, Name: ev.Name, Kind: kindOf(ev.Name), Fields: []Field{}}
	if !decoded {
		e.Fields = append(e.Fields, Field{"error", "does not decode"})
		r.addEvent(e)
		return
	}
	if id, ok := vals["id"].(*big.Int); ok && id.IsUint64() {
		e.Task = id.Uint64()
	}
	for _, a := range ev.Inputs {
		if a.Name == "id" {
			continue
		}
		e.Fields = append(e.Fields, Field{a.Name, fieldText(ev.Name, a.Name, vals[a.Name])})
	}
	e.Text = summary(ev.Name, e.Task, vals)
	if paid, _ := vals["paid"].(*big.Int); ev.Name == "AttestationClosed" && paid != nil && paid.Sign() > 0 {
		e.Kind = kindPayout // a checker paid its fee or its share of the jackpot
	}
	r.addEvent(e)
	r.learn(ev.Name, e.Task, vals, l)
}

func (r *Reader) addEvent(e Event) {
	r.events = append(r.events, e)
	if n := len(r.events) - r.limits.Events; n > 0 {
		r.events = append(r.events[:0], r.events[n:]...)
		r.dropped += n
	}
}

// learn records the disputes, checks and roles an event tells of.
func (r *Reader) learn(name string, task uint64, vals map[string]any, l *types.Log) {
	addr := func(k string) common.Address { a, _ := vals[k].(common.Address); return a }
	u64 := func(k string) uint64 { v, _ := vals[k].(uint64); return v }
	switch name {
	case "TaskPosted":
		r.role(addr("submitter"), "submitter")
	case "TaskClaimed":
		r.role(addr("solver"), "solver")
	case "Challenged":
		g, _ := vals["game"].(*big.Int)
		if g == nil {
			return
		}
		r.addDispute(task, dispute{onchain.Dispute{Game: g, Challenger: addr("challenger"), Segment: u64("segment"), Block: l.BlockNumber}, task})
		r.addCheck(task, Check{By: addr("challenger").Hex(), Segment: u64("segment"), How: "challenged", Block: l.BlockNumber})
		r.role(addr("challenger"), "challenger")
	case "AttestationDisputed":
		g, _ := vals["game"].(*big.Int)
		if g == nil {
			return
		}
		// the log names no segment: the attestation's own, as its Attested log said
		seg := uint64(0)
		for _, c := range r.checks[task] {
			if c.How == "attested" && c.By == addr("attester").Hex() {
				seg = c.Segment
			}
		}
		r.addDispute(task, dispute{onchain.Dispute{Game: g, Challenger: addr("challenger"), Attester: addr("attester"), Segment: seg, Block: l.BlockNumber}, task})
		r.role(addr("challenger"), "whistleblower")
	case "AttestJoined", "AttestPhase":
		if v := r.vouchOf(task); v != nil {
			v.attested = true
		}
	case "Attested":
		r.addCheck(task, Check{By: addr("attester").Hex(), Segment: u64("segment"), How: "attested", Block: l.BlockNumber})
		r.role(addr("attester"), "attester")
	case "Announced":
		if info, ok := vals["info"].([]byte); ok {
			if a, err := onchain.DecodeAnnouncement(info); err == nil {
				r.role(addr("who"), clip(a.Role))
				if len(a.URL) <= maxText && (len(r.urls) < 4*r.limits.Accounts || r.urls[addr("who")] != "") {
					r.urls[addr("who")] = a.URL
				}
			}
		}
	case "TraceLeaves":
		if leaves, ok := vals["leaves"].([][32]byte); ok && len(leaves) <= maxCheckpoints {
			if v := r.vouchOf(task); v != nil {
				v.leaves = leaves
			}
		}
	case "AttestationRevealed":
		if v := r.vouchOf(task); v != nil && len(v.reveals) < perTask {
			end, _ := vals["endHash"].([32]byte)
			v.reveals = append(v.reveals, reveal{addr("attester"), u64("segment"), end})
		}
	case "AttestationClosed":
		if v := r.vouchOf(task); v != nil && len(v.closed) < perTask {
			o, _ := vals["outcome"].(uint8)
			paid, _ := vals["paid"].(*big.Int)
			v.closed = append(v.closed, closed{addr("attester"), o, paid})
		}
	case "Slashed":
		r.role(addr("who"), "slashed")
	}
}

// perTask bounds the disputes and checks kept per task.
const perTask = 256

// maxCheckpoints bounds the trace leaves kept per task (TaskMarket.MAX_CHECKPOINTS + 1):
// a longer list is no market's.
const maxCheckpoints = 2048 + 1

// vouchOf is task's vouched record, made on first use (nil: task is older than every
// task kept).
func (r *Reader) vouchOf(task uint64) *vouched {
	if !r.track(task) {
		return nil
	}
	return r.vouch[task]
}

// track makes room for task's records (its vouched record, disputes and checks): the
// newest maxTasksKept tasks are kept, as the page shows the latest; false: task is
// older than every task kept.
func (r *Reader) track(task uint64) bool {
	if _, ok := r.vouch[task]; ok {
		return true
	}
	if len(r.vouch) >= maxTasksKept {
		oldest := task
		for id := range r.vouch {
			oldest = min(oldest, id)
		}
		if oldest == task {
			return false
		}
		delete(r.vouch, oldest)
		delete(r.disputes, oldest)
		delete(r.checks, oldest)
	}
	r.vouch[task] = &vouched{}
	return true
}

func (r *Reader) addDispute(task uint64, d dispute) {
	if r.track(task) && len(r.disputes[task]) < perTask {
		r.disputes[task] = append(r.disputes[task], d)
	}
}

func (r *Reader) addCheck(task uint64, c Check) {
	if r.track(task) && len(r.checks[task]) < perTask {
		r.checks[task] = append(r.checks[task], c)
	}
}

func (r *Reader) role(a common.Address, role string) {
	if a == (common.Address{}) || role == "" {
		return
	}
	rs, seen := r.roles[a]
	if !seen && len(r.roles) >= 4*r.limits.Accounts {
		return // bounded: a flood of new addresses is not followed
	}
	if !slices.Contains(rs, role) && len(rs) < 8 {
		r.roles[a] = append(rs, role)
	}
}

// moveLog adds one move of the game to its game's log.
func (r *Reader) moveLog(mv move, pg *page) {
	l, ml := mv.l, mv.ml
	id := ml.ID.String()
	gl := r.games[id]
	if gl == nil {
		if len(r.games) >= 4*r.limits.Games && !evictGame(r.games, ml.ID) {
			return // older than every game kept
		}
		gl = &gameLog{}
		r.games[id] = gl
	}
	switch mv := ml.Move.(type) {
	case model.OpenNode:
		gl.numel = mv.Desc.Numel
		desc := mv.Desc
		gl.desc = &desc
	case model.DefendStep:
		gl.defend = &mv
	case model.DisputeAssembly, model.DefendAssembly:
		gl.assembly = true
	case model.Timeout:
		gl.timedOut = true
	}
	if len(gl.moves) >= r.limits.Moves {
		return
	}
	gl.moves = append(gl.moves, Move{No: ml.No, By: ml.By.Hex(), Kind: moveKind(ml.Move), Block: l.BlockNumber, Time: pg.times[l.BlockHash],
		Tx: l.TxHash.Hex(), Gas: pg.gas[l.TxHash]})
}

// evictGame makes room in games for game id by dropping the oldest game (the lowest
// id) when id is newer; false: id is the oldest, and is not kept.
func evictGame(games map[string]*gameLog, id *big.Int) bool {
	var oldest *big.Int
	var key string
	for k := range games {
		g, ok := new(big.Int).SetString(k, 10)
		if ok && (oldest == nil || g.Cmp(oldest) < 0) {
			oldest, key = g, k
		}
	}
	if oldest == nil || id.Cmp(oldest) <= 0 {
		return false
	}
	delete(games, key)
	return true
}

// moveKind is a move's name in words: "CommitSteps" is "commit steps".
func moveKind(m model.Move) string {
	n := fmt.Sprintf("%T", m)
	n = n[strings.LastIndexByte(n, '.')+1:]
	var b strings.Builder
	for i, c := range n {
		if i > 0 && c >= 'A' && c <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(string(c)))
	}
	return b.String()
}

// gameOf reads dispute d's game of task t.
func (r *Reader) gameOf(ctx context.Context, t taskmarket.TaskMarketTask, d dispute) (Game, error) {
	gv, gs, deadline, err := r.m.ViewGame(ctx, r.game, d.Dispute)
	if err != nil {
		return Game{}, fmt.Errorf("console: %w", err)
	}
	g := Game{GameView: gv, Defender: t.Solver.Hex(), Deadline: deadline}
	if int(gs.Level) < len(levelWords) {
		g.Level = levelWords[gs.Level] // the words the narrowing's bars use
	}
	if d.Attester != (common.Address{}) { // the game's defending side is the attester here
		g.Defender, g.Attestation = d.Attester.Hex(), true
		g.ToMove = strings.Replace(g.ToMove, "solver", "attester", 1)
		g.Result = strings.Replace(g.Result, "solver", "attester", 1)
	}
	gl := r.games[g.ID]
	if gl == nil {
		gl = &gameLog{}
	}
	g.Forfeit = gl.timedOut
	for _, mv := range gl.moves {
		m := mv
		switch common.HexToAddress(mv.By) {
		case d.Challenger:
			m.By = "challenger"
		case common.HexToAddress(g.Defender):
			m.By = "solver"
			if d.Attester != (common.Address{}) {
				m.By = "attester"
			}
		}
		g.Log = append(g.Log, m)
	}
	done := gs.Phase == 9 || gs.Result != 0
	g.Levels = narrowing(gs.Level, done, t, gs.Step, gs.Node, gs.Element, gs.TraceLen, gs.Idx, gs.Rem, gl)
	if names := r.names.get(t.Spec.SpecHash, t.Spec.NumNodes, r.servers(t)); gs.Level > uint8(model.LevelGraph) && int(gs.Node) < len(names) {
		g.Levels[model.LevelGraph].Label = names[gs.Node]
	}
	if done && model.Level(gs.Level) == model.LevelTrace && gl.desc != nil && gl.defend != nil {
		g.Operation = operationOf(*gl.desc, gs, *gl.defend)
	}
	return g, nil
}

// servers are the servers task t's submitter and solver announced.
func (r *Reader) servers(t taskmarket.TaskMarketTask) []string {
	var out []string
	for _, a := range []common.Address{t.Submitter, t.Solver} {
		if u := r.urls[a]; u != "" && a != (common.Address{}) {
			out = append(out, u)
		}
	}
	return out
}

// levelWords are the game's levels (model.Level) as the page names what each pins.
var levelWords = []string{"step", "node", "state leaf", "element", "operation"}

// narrowing draws the game's descent: levels before the current one are pinned (the
// state assembly only when it was disputed), the current one narrows to the window of
// leaves [idx << rem, (idx+1) << rem), later ones are ahead. done: the game is over,
// and its current level is as far as it went.
func narrowing(cur uint8, done bool, t taskmarket.TaskMarketTask, step uint64, node uint32, element, traceLen, idx uint64, rem uint8,
	gl *gameLog) []Level {
	seg := t.Spec.Interval
	out := []Level{
		{Name: levelWords[model.LevelSteps], Size: seg + 1, Pinned: step, Note: "state after p steps of the segment"},
		{Name: levelWords[model.LevelGraph], Size: uint64(t.Spec.NumNodes), Pinned: uint64(node), Note: "node of the step's graph"},
		{Name: levelWords[model.LevelAssembly], Size: uint64(1) << min(t.Spec.StateDepth, 63), Note: "the state's own leaves (only when its assembly is disputed)"},
		{Name: levelWords[model.LevelTensor], Size: gl.numel, Pinned: element, Note: "element of the node's output"},
		{Name: levelWords[model.LevelTrace], Size: traceLen, Pinned: idx, Note: "scalar float32 operation of the element's trace"},
	}
	for i := range out {
		l := &out[i]
		switch {
		case uint8(i) < cur:
			l.State = "pinned"
			if model.Level(i) == model.LevelAssembly && !gl.assembly {
				l.State = "skipped"
			}
		case uint8(i) == cur:
			l.State = "narrowing"
			if rem < 64 {
				l.From, l.To = idx<<rem, (idx+1)<<rem
			}
			if model.Level(i) == model.LevelTensor { // a leaf holds 8 elements
				l.From, l.To = l.From*8, l.To*8
			}
			switch {
			case done && rem == 0:
				l.State, l.Pinned = "pinned", idx
				if model.Level(i) == model.LevelTensor {
					l.Pinned = element
				}
			case done:
				l.State = "stopped" // the game ended (a clock ran out) before this level pinned anything
			}
		default:
			l.State = "ahead"
		}
		if l.Size > 0 && l.To > l.Size {
			l.To = l.Size
		}
	}
	return out
}

// accounts adds the balances of the addresses that appear in s (and in the events
// read), at most limits.Accounts of them.
func (r *Reader) accounts(ctx context.Context, s *Snapshot) error {
	seen := map[common.Address]bool{}
	var order []common.Address
	add := func(h string) {
		if !common.IsHexAddress(h) {
			return
		}
		a := common.HexToAddress(h)
		if a == (common.Address{}) || seen[a] {
			return
		}
		seen[a] = true
		order = append(order, a)
	}
	for _, t := range s.Tasks {
		add(t.Submitter)
		add(t.Solver)
		for _, g := range t.Games {
			add(g.Challenger)
			add(g.Defender)
		}
		for _, c := range t.Checks {
			add(c.By)
		}
	}
	for i := len(r.events) - 1; i >= 0; i-- {
		for _, f := range r.events[i].Fields {
			if len(f.Value) == 42 {
				add(f.Value)
			}
		}
	}
	if len(order) > r.limits.Accounts {
		s.Capped = append(s.Capped, fmt.Sprintf("accounts: the first %d of %d", r.limits.Accounts, len(order)))
		order = order[:r.limits.Accounts]
	}
	// the tasks' parties by what the tasks say (their logs may not be read yet), and
	// every role the logs told of
	roles := map[common.Address][]string{}
	for _, t := range s.Tasks {
		a := common.HexToAddress(t.Submitter)
		roles[a] = append(roles[a], "submitter")
		if t.Solver != "" {
			a := common.HexToAddress(t.Solver)
			roles[a] = append(roles[a], "solver")
		}
	}
	for _, a := range order {
		free, err := r.m.Free(ctx, a)
		if err != nil {
			return fmt.Errorf("console: %w", err)
		}
		locked, err := r.m.Locked(ctx, a)
		if err != nil {
			return fmt.Errorf("console: %w", err)
		}
		unb, release, err := r.m.Unbonding(ctx, a)
		if err != nil {
			return fmt.Errorf("console: %w", err)
		}
		rs := append(append([]string{}, roles[a]...), r.roles[a]...)
		sort.Strings(rs)
		rs = slices.Compact(rs)
		acc := Account{Address: a.Hex(), Roles: rs, Free: ether(free), Locked: ether(locked), FreeWei: free.String(), LockedWei: locked.String()}
		if unb != nil && unb.Sign() > 0 {
			acc.Unbonding, acc.UnbondingWei, acc.ReleaseAt = ether(unb), unb.String(), release
		}
		s.Accounts = append(s.Accounts, acc)
	}
	return nil
}

// taskOf is task id's fields in words.
func taskOf(id uint64, t taskmarket.TaskMarketTask) Task {
	v := Task{ID: id, Status: onchain.StatusName(t.Status), Submitter: t.Submitter.Hex(), RewardWei: t.Reward.String(),
		Reward: ether(t.Reward), Stake: ether(t.Terms.SolverStake), Steps: t.Spec.Steps, Interval: t.Spec.Interval,
		Nodes: t.Spec.NumNodes, ClaimBy: t.Terms.ClaimBy, TraceRoot: hexOrEmpty(t.TraceRoot), FinalRoot: hexOrEmpty(t.FinalRoot),
		Seed: hexOrEmpty(t.Seed), Disputes: t.Disputes}
	if t.Solver != (common.Address{}) {
		v.Solver = t.Solver.Hex()
	}
	if t.Status >= onchain.StatusClaimed {
		v.CommitBy = t.CommitBy
	}
	if t.Status >= onchain.StatusCommitted {
		v.WindowEnd = t.WindowEnd
	}
	return v
}

func hexOrEmpty(b [32]byte) string {
	if b == ([32]byte{}) {
		return ""
	}
	return hash(b)
}
