package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// readFlags are the flags of the commands that only read a deployed market (no key).
type readFlags struct {
	rpc    rpcFlags
	market string
	logs   logFlags
}

func (f *readFlags) add(cmd *cobra.Command) {
	f.rpc.add(cmd)
	cmd.Flags().StringVar(&f.market, "market", "", "TaskMarket contract address, as veritrain deploy prints it (or env VERITRAIN_MARKET)")
	f.logs.add(cmd)
}

// dial connects, checks that --market holds the market and returns it seen from no
// account (calls only).
func (f *readFlags) dial(ctx context.Context) (*onchain.Market, func(), error) {
	at, err := marketAddress(f.market)
	if err != nil {
		return nil, nil, err
	}
	if err := f.rpc.check(); err != nil {
		return nil, nil, err
	}
	c, err := f.rpc.dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	if err := checkMarket(ctx, c, at); err != nil {
		c.Close()
		return nil, nil, err
	}
	m := onchain.NewMarket(c, at, &bind.TransactOpts{})
	if err := f.logs.apply(ctx, m); err != nil {
		c.Close()
		return nil, nil, err
	}
	return m, c.Close, nil
}

// marketAddress reads --market.
func marketAddress(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, usageError{errors.New("--market is required (or set VERITRAIN_MARKET): the address `veritrain deploy` printed")}
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, usageError{fmt.Errorf("--market %q is not an address (0x and 40 hex digits)", s)}
	}
	return common.HexToAddress(s), nil
}

// parseTaskIDs reads task ids given as arguments.
func parseTaskIDs(args []string) ([]uint64, error) {
	ids := make([]uint64, len(args))
	for i, a := range args {
		id, err := strconv.ParseUint(a, 10, 64)
		if err != nil || id == 0 {
			return nil, usageError{fmt.Errorf("task %q: want a task number (1, 2, ...)", a)}
		}
		ids[i] = id
	}
	return ids, nil
}

// chainTime is a block timestamp as `veritrain status --json` prints it: seconds and
// the same instant in UTC.
type chainTime struct {
	Unix uint64 `json:"unix"`
	UTC  string `json:"utc"`
}

func timeAt(sec uint64) *chainTime {
	if sec == 0 {
		return nil
	}
	return &chainTime{Unix: sec, UTC: time.Unix(int64(sec), 0).UTC().Format(time.RFC3339)}
}

// gameView is a task's open (or last) dispute.
type gameView struct {
	onchain.GameView
	Deadline *chainTime `json:"deadline,omitempty"` // the mover's clock runs out then
}

// taskView is one task as `veritrain status` shows it.
type taskView struct {
	ID          uint64            `json:"id"`
	Status      string            `json:"status"`
	Submitter   string            `json:"submitter"`
	Solver      string            `json:"solver,omitempty"`
	RewardWei   string            `json:"reward_wei"`
	Reward      string            `json:"reward_ether"`
	StakeWei    string            `json:"solver_stake_wei"`
	SpecHash    string            `json:"spec_hash"`
	Steps       uint64            `json:"steps"`
	Interval    uint64            `json:"interval"`
	ClaimBy     *chainTime        `json:"claim_by,omitempty"`
	CommitBy    *chainTime        `json:"commit_by,omitempty"`
	WindowEnd   *chainTime        `json:"window_end,omitempty"` // challenges close, payment due
	TraceRoot   string            `json:"trace_root,omitempty"`
	FinalRoot   string            `json:"final_root,omitempty"`
	Seed        string            `json:"seed,omitempty"`
	Assignments map[string]uint64 `json:"assignments,omitempty"` // verifier -> segment, once the seed is drawn
	// Attestations of an audited task, once committed: the segment is the one the
	// contract stored at the commitment (drawn from the block after the attester's
	// join), never recomputed from the address
	Attestations []attestView `json:"attestations,omitempty"`
	// Coverage of an audited task's checks, once committed
	Coverage *coverageView `json:"coverage,omitempty"`
	// Games are the disputes of the task's solver, in the order they opened: they run
	// in parallel, one game per challenger
	Games []*gameView `json:"games,omitempty"`
	Next  string      `json:"next"` // what happens next, in words
}

// attestView is one committed attestation of an audited task.
type attestView struct {
	Attester string `json:"attester"`
	Segment  uint64 `json:"segment"`
	State    string `json:"state"` // committed, revealed, disputed, closed
}

// coverageView is what an audited task's checks cover: the attestations its
// submitter bought (maxAttesters), those taken and committed, and the distinct
// segments they re-ran. Caught is the share of segments covered: the probability that
// a cheat confined to one segment lies on a checked one, if every attester computed.
type coverageView struct {
	Segments uint64  `json:"segments"`
	Bought   uint32  `json:"checks_bought"` // 0: unlimited
	Joined   uint32  `json:"joined"`
	Attested int     `json:"attested"`
	Covered  int     `json:"segments_covered"`
	Caught   float64 `json:"caught"`
	// Short says why the coverage fell short of the checks bought (attestation slots
	// nobody took or committed in time, checks that overlap), once attestations close.
	Short string `json:"short,omitempty"`
	// Open: attestations are still open, so the submitter may add checks (add-checks).
	Open bool `json:"open"`
}

// coverageOf is task t's coverageView from its audit and committed attestations atts.
func coverageOf(a taskmarket.TaskMarketAuditState, t taskmarket.TaskMarketTask, atts []attestView, now uint64) *coverageView {
	c := &coverageView{Bought: a.Audit.MaxAttesters, Joined: a.Attesters, Attested: len(atts)}
	if t.Spec.Interval != 0 {
		c.Segments = t.Spec.Steps / t.Spec.Interval
	}
	seen := map[uint64]bool{}
	for _, at := range atts {
		seen[at.Segment] = true
	}
	c.Covered = len(seen)
	if c.Segments > 0 {
		c.Caught = float64(c.Covered) / float64(c.Segments)
	}
	if a.AttestEnd == 0 || now <= a.AttestEnd { // still open: nothing is short yet
		c.Open = t.Status >= onchain.StatusOpen && t.Status <= onchain.StatusDisputed
		return c
	}
	var why []string
	if c.Bought > 0 && uint32(c.Attested) < c.Bought {
		why = append(why, fmt.Sprintf("%d of the %d checks bought were not attested in time", c.Bought-uint32(c.Attested), c.Bought))
	}
	if c.Covered < c.Attested {
		why = append(why, fmt.Sprintf("%d checks landed on segments already checked (checks past a full pass of the draw repeat segments)", c.Attested-c.Covered))
	}
	c.Short = strings.Join(why, "; ")
	return c
}

// statusReport is `veritrain status --json`.
type statusReport struct {
	Market string     `json:"market"`
	Block  uint64     `json:"block"`
	Now    *chainTime `json:"chain_time"`
	Count  uint64     `json:"task_count"`
	Tasks  []taskView `json:"tasks"`
	// Warnings: what makes the report misleading (a chain whose clock stands still)
	Warnings []string `json:"warnings,omitempty"`
}

// chainLagWarn is how far the chain's latest block may lag the wall clock before
// status warns: deadlines are block times, and a chain that seals no block (a
// `geth --dev` without --dev.period) never reaches one.
const chainLagWarn = 2 * time.Minute

// wallClock is the wall clock status compares the chain's time with (tests set it).
var wallClock = time.Now

// chainLag is the warning for a head block of number and time that lags now by
// more than chainLagWarn ("" when it does not).
func chainLag(number, headTime uint64, now time.Time) string {
	lag := now.Sub(time.Unix(int64(headTime), 0))
	if lag <= chainLagWarn {
		return ""
	}
	return fmt.Sprintf("the chain's latest block (%d) is %s behind the wall clock: deadlines pass only as blocks are sealed "+
		"(a `geth --dev` node seals blocks only for transactions unless started with --dev.period 1)", number, lag.Round(time.Second))
}

func hexOrEmpty(b [32]byte) string {
	if b == ([32]byte{}) {
		return ""
	}
	return hex.EncodeToString(b[:])
}

func addrOrEmpty(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

// ether is wei in ether, six decimals.
func ether(wei *big.Int) string { return chain.FormatEther(wei, 6) }

// readStatus reads the tasks ids (all when empty), the assignments of the verifiers
// that announced themselves on the market plus extra, and the committed attestations
// of audited tasks (their segments as the chain stored them).
func readStatus(ctx context.Context, m *onchain.Market, ids []uint64, extra []common.Address) (*statusReport, error) {
	head, err := m.B.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("status: head: %w", err)
	}
	count, err := m.TaskCount(ctx)
	if err != nil {
		return nil, err
	}
	rep := &statusReport{Market: m.At.Hex(), Block: head.Number.Uint64(), Now: timeAt(head.Time), Count: count, Tasks: []taskView{}}
	if w := chainLag(head.Number.Uint64(), head.Time, wallClock()); w != "" {
		rep.Warnings = append(rep.Warnings, w)
	}
	if len(ids) == 0 {
		for id := uint64(1); id <= count; id++ {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		if id > count {
			return nil, usageError{fmt.Errorf("task %d does not exist: %d task(s) posted on %s", id, count, m.At.Hex())}
		}
	}
	verifiers, err := announcedVerifiers(ctx, m)
	if err != nil {
		return nil, err
	}
	verifiers = append(verifiers, extra...)
	var game *onchain.Game
	for _, id := range ids {
		t, err := m.Task(ctx, id)
		if err != nil {
			return nil, err
		}
		v := viewOf(id, t, head.Time)
		if t.Seed != ([32]byte{}) && len(verifiers) > 0 {
			v.Assignments = map[string]uint64{}
			for _, a := range verifiers {
				seg, err := m.Assignment(ctx, id, a)
				if err != nil {
					return nil, err
				}
				v.Assignments[a.Hex()] = seg
			}
		}
		if t.Status >= onchain.StatusCommitted {
			if v.Attestations, err = attestationsOf(ctx, m, id, t.CommitBlock); err != nil {
				return nil, err
			}
			a, err := m.Audit(ctx, id)
			if err != nil {
				return nil, err
			}
			if onchain.AuditOn(a.Audit) {
				v.Coverage = coverageOf(a, t, v.Attestations, head.Time)
			}
		}
		if t.Status >= onchain.StatusCommitted {
			if game == nil {
				if game, err = m.Game(ctx); err != nil {
					return nil, err
				}
			}
			if err := gamesOf(ctx, m, game, id, t, &v); err != nil {
				return nil, err
			}
		}
		rep.Tasks = append(rep.Tasks, v)
	}
	return rep, nil
}

// gamesOf fills v.Games with task t's disputes (and v.Next with the earliest deadline
// of an open one).
func gamesOf(ctx context.Context, m *onchain.Market, game *onchain.Game, id uint64, t taskmarket.TaskMarketTask, v *taskView) error {
	ds, err := m.Disputes(ctx, id, common.Address{}, t.CommitBlock)
	if err != nil {
		return err
	}
	for _, d := range ds {
		gv, gs, deadline, err := m.ViewGame(ctx, game, d)
		if err != nil {
			return err
		}
		g := &gameView{GameView: gv}
		if deadline != 0 {
			g.Deadline = timeAt(deadline)
		}
		v.Games = append(v.Games, g)
		if !gv.Open || t.Status != onchain.StatusDisputed {
			continue
		}
		if gs.Result != 0 {
			v.Next = fmt.Sprintf("dispute #%s is over (%s): anyone may settle it", g.ID, g.Result)
		} else if !strings.HasPrefix(v.Next, "dispute") {
			v.Next = fmt.Sprintf("dispute #%s: the %s moves by %s (%d open)", g.ID, g.ToMove, g.Deadline.UTC, t.Disputes)
		}
	}
	return nil
}

// viewOf is the task's fields in words; now is the chain's head time.
func viewOf(id uint64, t taskmarket.TaskMarketTask, now uint64) taskView {
	v := taskView{ID: id, Status: onchain.StatusName(t.Status), Submitter: t.Submitter.Hex(), Solver: addrOrEmpty(t.Solver),
		RewardWei: t.Reward.String(), Reward: ether(t.Reward),
		StakeWei: t.Terms.SolverStake.String(), SpecHash: hex.EncodeToString(t.Spec.SpecHash[:]), Steps: t.Spec.Steps,
		Interval: t.Spec.Interval, ClaimBy: timeAt(t.Terms.ClaimBy), TraceRoot: hexOrEmpty(t.TraceRoot),
		FinalRoot: hexOrEmpty(t.FinalRoot), Seed: hexOrEmpty(t.Seed)}
	if t.Status >= onchain.StatusClaimed {
		v.CommitBy = timeAt(t.CommitBy)
	}
	if t.Status >= onchain.StatusCommitted {
		v.WindowEnd = timeAt(t.WindowEnd)
	}
	due := func(what string, at uint64) string {
		if now > at {
			return fmt.Sprintf("%s was due %s (%s ago): anyone may end it", what, time.Unix(int64(at), 0).UTC().Format(time.RFC3339), time.Duration(now-at)*time.Second)
		}
		return fmt.Sprintf("%s by %s (in %s)", what, time.Unix(int64(at), 0).UTC().Format(time.RFC3339), time.Duration(at-now)*time.Second)
	}
	switch t.Status {
	case onchain.StatusOpen:
		v.Next = due("a solver claims it", t.Terms.ClaimBy)
	case onchain.StatusClaimed:
		v.Next = due("the solver commits its trace", t.CommitBy)
	case onchain.StatusCommitted:
		if t.WindowEnd == 0 { // an audited task before the secret reveal: no deadline set yet
			v.Next = "audited: attestations, then the solver reveals its secret; the challenge window (and its deadline) starts after the reveal"
			break
		}
		v.Next = due("challenges close and the solver is paid", t.WindowEnd)
	case onchain.StatusDisputed:
		v.Next = fmt.Sprintf("%d dispute(s) being played; new challenges close %s", t.Disputes,
			time.Unix(int64(t.WindowEnd), 0).UTC().Format(time.RFC3339))
	case onchain.StatusFinalized:
		v.Next = "final: `veritrain fetch " + strconv.FormatUint(id, 10) + "` downloads the model"
	case onchain.StatusFailed:
		v.Next = "failed: the solver was slashed; no verified model"
	case onchain.StatusCancelled:
		v.Next = "cancelled by the submitter"
	}
	return v
}

// attNames are TaskMarket.AttState's values in words.
var attNames = map[uint8]string{onchain.AttNone: "none", onchain.AttJoined: "joined", onchain.AttCommitted: "committed",
	onchain.AttRevealed: "revealed", onchain.AttDisputed: "disputed", onchain.AttClosed: "closed"}

// attestationsOf lists task id's committed attestations in the order of their
// Attested events (searched from the commit block: none comes before it), each with the
// segment and state the contract holds now.
func attestationsOf(ctx context.Context, m *onchain.Market, id, from uint64) ([]attestView, error) {
	tm := taskmarket.NewTaskMarket()
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Topics: [][]common.Hash{{tm.GetABI().Events["Attested"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}})
	if err != nil {
		return nil, fmt.Errorf("status: attestations of task %d: %w", id, err)
	}
	var out []attestView
	for i := range logs {
		e, err := tm.UnpackAttestedEvent(&logs[i])
		if err != nil {
			continue
		}
		a, err := m.Attestation(ctx, id, e.Attester)
		if err != nil {
			return nil, err
		}
		state, ok := attNames[a.State]
		if !ok {
			state = "#" + strconv.Itoa(int(a.State))
		}
		out = append(out, attestView{Attester: e.Attester.Hex(), Segment: a.Segment, State: state})
	}
	return out, nil
}

// announcedVerifiers are the addresses whose latest valid announcement on the market
// says they verify (anyone can announce: it only chooses whose assignment is shown).
func announcedVerifiers(ctx context.Context, m *onchain.Market) ([]common.Address, error) {
	tm := taskmarket.NewTaskMarket()
	ev := tm.GetABI().Events["Announced"]
	logs, err := m.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int),
		Topics: [][]common.Hash{{ev.ID}}})
	if err != nil {
		return nil, fmt.Errorf("status: announcements: %w", err)
	}
	role := map[common.Address]string{}
	var order []common.Address
	for i := range logs {
		e, err := tm.UnpackAnnouncedEvent(&logs[i])
		if err != nil {
			continue
		}
		a, err := onchain.DecodeAnnouncement(e.Info)
		if err != nil {
			continue
		}
		if _, seen := role[e.Who]; !seen {
			order = append(order, e.Who)
		}
		role[e.Who] = a.Role
	}
	var out []common.Address
	for _, w := range order {
		if role[w] == "verifier" {
			out = append(out, w)
		}
	}
	return out, nil
}

func short(s string) string {
	if len(s) <= 12 {
		return s
	}
	if strings.HasPrefix(s, "0x") {
		return s[:6] + "…" + s[len(s)-4:]
	}
	return s[:8] + "…"
}

// printStatus writes the report as a table, then one line per task on what happens next.
func printStatus(w io.Writer, rep *statusReport) error {
	fmt.Fprintf(w, "market %s at block %d, chain time %s, %d task(s)\n", rep.Market, rep.Block, rep.Now.UTC, rep.Count)
	for _, warn := range rep.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TASK\tSTATUS\tSOLVER\tREWARD\tSTEPS\tTRACE ROOT\tFINAL ROOT\tGAME")
	for _, t := range rep.Tasks {
		game := "-"
		if n := len(t.Games); n > 0 {
			// the latest game, and how many there are
			g := t.Games[n-1]
			game = fmt.Sprintf("#%s %s, %d moves", g.ID, g.Result, g.Moves)
			if g.ToMove != "" {
				game = fmt.Sprintf("#%s %s/%s, %s to move", g.ID, g.Level, g.Phase, g.ToMove)
			}
			if n > 1 {
				game += fmt.Sprintf(" (+%d more)", n-1)
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s ETH\t%d/%d\t%s\t%s\t%s\n", t.ID, t.Status, dash(short(t.Solver)), t.Reward, t.Steps, t.Interval,
			dash(short(t.TraceRoot)), dash(short(t.FinalRoot)), game)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, t := range rep.Tasks {
		fmt.Fprintf(w, "task %d: %s\n", t.ID, t.Next)
		for a, seg := range t.Assignments {
			fmt.Fprintf(w, "  verifier %s re-runs segment %d\n", a, seg)
		}
		for _, a := range t.Attestations {
			fmt.Fprintf(w, "  attester %s attested segment %d (%s)\n", a.Attester, a.Segment, a.State)
		}
		if c := t.Coverage; c != nil {
			bought := "unlimited"
			if c.Bought > 0 {
				bought = strconv.Itoa(int(c.Bought))
			}
			fmt.Fprintf(w, "  coverage: %d joined and %d attested of %s checks bought; %d of %d segments checked: a one-segment cheat lies on a checked segment with probability %.2f\n",
				c.Joined, c.Attested, bought, c.Covered, c.Segments, c.Caught)
			if c.Short != "" {
				fmt.Fprintf(w, "  coverage SHORT: %s\n", c.Short)
			}
			if c.Open && c.Bought > 0 {
				fmt.Fprintf(w, "  attestations open: its submitter may buy more checks (veritrain add-checks %d --checks N)\n", t.ID)
			}
		}
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func newStatusCmd() *cobra.Command {
	var rf readFlags
	var asJSON bool
	var verifiers []string
	cmd := &cobra.Command{
		Use:   "status [TASK...]",
		Short: "Show where tasks are: status, solver, reward, roots, deadlines, disputes",
		Long: "Read the market and show each task (all when none is named): its status, solver and\n" +
			"reward, committed trace and final roots, its deadlines in UTC and chain time, an open\n" +
			"dispute and whose move it is, and once the verifier seed is drawn the segment each\n" +
			"announced verifier (and each --verifier) must re-run. --json prints it for scripts.",
		Example: "  veritrain status --rpc http://127.0.0.1:8545 --market 0x... 3\n" +
			"  veritrain status --rpc http://127.0.0.1:8545 --market 0x... --json",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ids, err := parseTaskIDs(args)
			if err != nil {
				return err
			}
			var extra []common.Address
			for _, v := range verifiers {
				if !common.IsHexAddress(v) {
					return usageError{fmt.Errorf("--verifier %q is not an address", v)}
				}
				extra = append(extra, common.HexToAddress(v))
			}
			m, closeFn, err := rf.dial(cmd.Context())
			if err != nil {
				return err
			}
			defer closeFn()
			rep, err := readStatus(cmd.Context(), m, ids, extra)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(rep)
			}
			return printStatus(cmd.OutOrStdout(), rep)
		},
	}
	rf.add(cmd)
	addEnv(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().StringSliceVar(&verifiers, "verifier", nil, "also show this verifier address's assignment (repeatable)")
	return cmd
}
