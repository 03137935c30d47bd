package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/dataset"
	"github.com/veritrain/veritrain/incentives"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// chainFlags are the flags of the commands that act on a deployed market from an account.
type chainFlags struct {
	rpc         rpcFlags
	key, market string
}

func (f *chainFlags) add(cmd *cobra.Command) {
	f.rpc.add(cmd)
	cmd.Flags().StringVar(&f.key, "key", "", "hex private key of the account to act from (or env VERITRAIN_KEY)")
	cmd.Flags().StringVar(&f.market, "market", "", "TaskMarket contract address, as veritrain deploy prints it (or env VERITRAIN_MARKET)")
}

// parseKey reads --key (VERITRAIN_KEY reaches it through applyConfig).
func parseKey(k string) (*ecdsa.PrivateKey, error) {
	if k == "" {
		return nil, usageError{errors.New("--key or VERITRAIN_KEY is required: the hex private key of the account to act from")}
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
	if err != nil {
		return nil, usageError{fmt.Errorf("--key (or VERITRAIN_KEY): not a hex private key (64 hex digits): %w", err)}
	}
	return key, nil
}

// dial checks the flags, connects, checks that --market holds the market and returns
// it seen from the key's account.
func (f *chainFlags) dial(ctx context.Context) (*onchain.Market, func(), error) {
	at, err := marketAddress(f.market)
	if err != nil {
		return nil, nil, err
	}
	if err := f.rpc.check(); err != nil {
		return nil, nil, err
	}
	key, err := parseKey(f.key)
	if err != nil {
		return nil, nil, err
	}
	c, err := f.rpc.dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	if err := checkMarket(ctx, c, at); err != nil {
		c.Close()
		return nil, nil, err
	}
	opts := bind.NewKeyedTransactor(key, id)
	return onchain.NewMarket(c, at, opts), c.Close, nil
}

// parseEther reads a decimal amount of ether ("1", "0.5") as wei.
func parseEther(s, flag string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, usageError{fmt.Errorf("--%s %q: want an amount of ether", flag, s)}
	}
	r.Mul(r, new(big.Rat).SetInt(big.NewInt(1e18)))
	if !r.IsInt() {
		return nil, usageError{fmt.Errorf("--%s %q: finer than one wei", flag, s)}
	}
	return r.Num(), nil
}

func newSubmitCmd() *cobra.Command {
	var cf chainFlags
	var model, specPath, reward, stake, bond string
	var steps, interval, claimWindow, commitWindow, challengeWindow, clock uint64
	var allowUnjudged bool
	var au auditFlags
	var cnt contentFlags
	var initPath, serveURL string
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Post a training task to the market (reward in escrow)",
		Long: "Post a training task: the spec's on-chain roots (step graph, state map, per-step data,\n" +
			"initial state) are computed here, then posted with the reward, stakes and deadlines.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			ctx := cmd.Context()
			spec, err := loadSpec(model, specPath, -1)
			if err != nil {
				return err
			}
			audit, err := au.audit()
			if err != nil {
				return err
			}
			amounts := map[string]*big.Int{}
			for _, a := range []struct{ flag, v string }{{"reward", reward}, {"stake", stake}, {"bond", bond}} {
				if amounts[a.flag], err = parseEther(a.v, a.flag); err != nil {
					return err
				}
				if amounts[a.flag].Sign() == 0 { // the market refuses it (BadTask): say which
					return usageError{fmt.Errorf("--%s %s: must be more than 0", a.flag, a.v)}
				}
			}
			if interval == 0 || steps%interval != 0 {
				return usageError{fmt.Errorf("--interval %d must divide --steps %d", interval, steps)}
			}
			q, err := au.assure(cmd, &audit, steps/interval, amounts["reward"])
			if err != nil {
				return err
			}
			if au.on || au.quote {
				fmt.Fprint(cmd.ErrOrStderr(), q)
			}
			if au.quote {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"quote": q})
			}
			if spec, err = cnt.withInit(ctx, spec, initPath); err != nil {
				return err
			}
			store, err := cnt.store()
			if err != nil {
				return err
			}
			lib := store.Library()
			// solvers fetch the spec, its dataset and weights from this store (veritrain serve)
			if err := store.PutSpec(spec); err != nil {
				return err
			}
			for _, r := range spec.Needs() {
				if !lib.Has(r) {
					return usageError{fmt.Errorf("spec %s names dataset %x, which %s lacks: add it with veritrain dataset add", spec.Name, r, lib.Dir)}
				}
			}
			m, closeFn, err := cf.dial(ctx)
			if err != nil {
				return err
			}
			defer closeFn()
			tr, err := train.NewTrainerWith(spec, train.Options{Library: &lib})
			if err != nil {
				return err
			}
			if err := announceSubmitter(ctx, cmd, m, spec, serveURL); err != nil {
				return err
			}
			tk, err := task.Build(ctx, tr, steps, interval, task.Options{AllowUnjudged: allowUnjudged})
			if err != nil {
				return usageError{err}
			}
			head, err := m.B.HeaderByNumber(ctx, nil)
			if err != nil {
				return fmt.Errorf("head: %w", err)
			}
			terms := taskmarket.TaskMarketTerms{SolverStake: amounts["stake"], ChallengerBond: amounts["bond"],
				ClaimBy: head.Time + claimWindow, CommitWindow: commitWindow, ChallengeWindow: challengeWindow, GameClock: clock}
			id, err := m.PostAudited(ctx, tk.Roots(), terms, audit, amounts["reward"])
			if err != nil {
				return submitRevert(err)
			}
			roots := tk.Roots()
			out := map[string]any{"task": id, "model": spec.Name,
				"spec_hash": hex.EncodeToString(roots.SpecHash[:]), "steps": steps, "interval": interval,
				"nodes": roots.NumNodes, "init_root": hex.EncodeToString(roots.InitRoot[:]), "audit": onchain.AuditOn(audit)}
			if au.on {
				out["quote"] = q
			}
			if spec.Data != nil {
				out["dataset"] = spec.Data.Root
			}
			if spec.Init != "" {
				out["init_weights"] = spec.Init
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(out)
		},
	}
	cf.add(cmd)
	addEnv(cmd)
	cmd.Flags().StringVar(&model, "model", "", "built-in model: "+strings.Join(train.BuiltinNames(), ", "))
	cmd.Flags().StringVar(&specPath, "spec", "", "model spec JSON file")
	cmd.Flags().Uint64Var(&steps, "steps", 100, "training steps")
	cmd.Flags().Uint64Var(&interval, "interval", 10, "steps per checkpoint (divides --steps)")
	cmd.Flags().StringVar(&reward, "reward", "1", "reward in ether")
	cmd.Flags().StringVar(&stake, "stake", "2", "solver stake in ether")
	cmd.Flags().StringVar(&bond, "bond", "1", "challenger bond in ether")
	cmd.Flags().Uint64Var(&claimWindow, "claim-window", 24*3600, "seconds to claim")
	cmd.Flags().Uint64Var(&commitWindow, "commit-window", 24*3600, "seconds from claim to commit")
	cmd.Flags().Uint64Var(&challengeWindow, "challenge-window", 24*3600, "seconds from commit to payment")
	cmd.Flags().Uint64Var(&clock, "game-clock", 3600, "seconds each party may spend in a dispute")
	cmd.Flags().BoolVar(&allowUnjudged, "allow-unjudged", false, "post even if the contract cannot judge a node of the spec")
	cmd.Flags().StringVar(&initPath, "init", "", "initial weights: a safetensors file in PyTorch's layout (as export writes it), added to --data-dir")
	cmd.Flags().StringVar(&serveURL, "serve-url", "", "base URL where this account serves --data-dir (veritrain serve), announced on chain for solvers to fetch the spec and data from")
	cnt.add(cmd, false)
	au.add(cmd)
	return cmd
}

// announceSubmitter announces url as where the submitter serves its specs and data,
// unless its latest announcement says so already. Without url, a spec that is not
// built in is fetchable only from a server the account announced before or from the
// solvers' own mirrors: said on stderr.
func announceSubmitter(ctx context.Context, cmd *cobra.Command, m *onchain.Market, spec *train.Spec, url string) error {
	have, err := m.LatestAnnouncement(ctx, m.Me(), 0)
	if url == "" {
		if _, builtin := task.BuiltinSpecs(spec.Hash()); !builtin && (err != nil || have.URL == "") {
			fmt.Fprintln(cmd.ErrOrStderr(), "note: solvers fetch this spec and its data from the server you announce: run veritrain serve and pass --serve-url")
		}
		return nil
	}
	an := onchain.Announcement{Role: "submitter", URL: url, Version: buildVersion()}
	if err == nil && sameAnnouncement(have, an) {
		return nil
	}
	if err == nil && have.Role == "solver" {
		// one announcement an account: this one would hide its checkpoint server
		return usageError{fmt.Errorf("--serve-url: this account runs a solver, whose announcement names its checkpoint server (which serves its store too); submit from another account")}
	}
	if err := dataset.CheckMirror(url); err != nil { // what solvers fetch from
		return usageError{fmt.Errorf("--serve-url: %w", err)}
	}
	return m.Announce(ctx, an)
}

// auditFlags are submit's audit terms (docs/PROTOCOL.md, "Attestations and forced
// errors"). Their defaults are `veritrain simulate`'s (incentives.Default), chosen for a
// task whose reward is 0.15 ether and training cost 0.1 (incentives/README.md): scale
// the amounts with the task.
type auditFlags struct {
	on                                       bool
	forcedBps                                uint16
	attestWindow, revealWindow               uint64
	attestStake, jackpot, jackpotFee, attFee string
	maxAttesters                             uint32
	assurance, solverShare                   float64
	quote                                    bool
}

func (f *auditFlags) add(cmd *cobra.Command) {
	d := incentives.Default()
	eth := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	cmd.Flags().BoolVar(&f.on, "audit", false, "audit the task: verifiers attest (commit-reveal), forced errors with a jackpot")
	cmd.Flags().Uint16Var(&f.forcedBps, "forced-error-bps", d.ForcedErrorBps, "with --audit: probability of a forced error, in basis points")
	cmd.Flags().Uint64Var(&f.attestWindow, "attest-window", d.AttestWindow, "with --audit: seconds after the seed for attestations")
	cmd.Flags().Uint64Var(&f.revealWindow, "reveal-window", d.RevealWindow, "with --audit: seconds for reveals (attestations, then the solver's secret)")
	cmd.Flags().StringVar(&f.attestStake, "attest-stake", eth(d.AttestStake), "with --audit: ether each attester locks")
	cmd.Flags().StringVar(&f.jackpot, "jackpot", eth(d.Jackpot), "with --audit: most ether paid for finding the forced error")
	cmd.Flags().StringVar(&f.jackpotFee, "jackpot-fee", eth(d.JackpotFee), "with --audit: ether paid into the jackpot pool (on top of the reward)")
	cmd.Flags().StringVar(&f.attFee, "attest-fee", eth(d.AttestFee), "with --audit: ether paid to each attester that agreed with the final trace")
	cmd.Flags().Uint32Var(&f.maxAttesters, "max-attesters", uint32(d.Verifiers), "with --audit: attestations accepted (the attest fee budget is fee × this)")
	cmd.Flags().Float64Var(&f.assurance, "assurance", 0, "with --audit: buy the checks (--max-attesters) that catch a cheat confined to one segment with this probability, in (0, 1]; the price is printed first")
	cmd.Flags().Float64Var(&f.solverShare, "solver-share", 0, "with --assurance: the largest share of the checking slots the solver may hold through its own accounts, in [0, 1)")
	cmd.Flags().BoolVar(&f.quote, "quote", false, "print the task's price (and with --assurance its checks) and post nothing")
}

// marketDraw is how TaskMarket draws attesters' segments: covering draws, without
// replacement in join order (TaskMarketAuditor's attestSegment; docs/PROTOCOL.md,
// "Covering draws").
const marketDraw = incentives.Covering

// quote is the price of a task's checks: what --assurance buys and what it costs.
type quote struct {
	Assurance   float64 `json:"assurance,omitempty"`
	SolverShare float64 `json:"solver_share,omitempty"`
	Draw        string  `json:"draw"`
	Segments    uint64  `json:"segments"`
	Checks      uint32  `json:"checks"`       // attestation slots (maxAttesters)
	Caught      float64 `json:"caught"`       // predicted share of one-segment cheats caught
	AttestFees  string  `json:"attest_fees"`  // ether: checks × attest fee, held in escrow
	JackpotFee  string  `json:"jackpot_fee"`  // ether, into the pool
	Reward      string  `json:"reward"`       // ether
	CheckGas    uint64  `json:"check_gas"`    // the checkers' gas (join, attest, reveal), which the fees must cover
	ComputeCost float64 `json:"compute_cost"` // the checks' re-runs as a share of the training
}

// assure sets a's MaxAttesters for --assurance over segments (a usage error when the
// market's draw cannot reach it) and returns the quote.
func (f *auditFlags) assure(cmd *cobra.Command, a *taskmarket.TaskMarketAudit, segments uint64, reward *big.Int) (*quote, error) {
	q := &quote{Draw: marketDraw.String(), Segments: segments, Checks: a.MaxAttesters}
	if f.assurance != 0 || cmd.Flags().Changed("solver-share") {
		if !f.on {
			return nil, usageError{fmt.Errorf("--assurance: needs --audit (the checks it buys are attestations)")}
		}
		if cmd.Flags().Changed("max-attesters") {
			return nil, usageError{fmt.Errorf("--assurance sets --max-attesters: give one of them")}
		}
		k, err := incentives.Slots(marketDraw, int(min(segments, 1<<20)), f.assurance, f.solverShare)
		if errors.Is(err, incentives.ErrUnreachable) {
			return nil, usageError{fmt.Errorf("--assurance %g: no number of checks of %d segments reaches it while the solver may hold %g of the slots (each pass of the draw lets a cheat through with that share: only --solver-share 0 makes 1 reachable)", f.assurance, segments, f.solverShare)}
		}
		if err != nil {
			return nil, usageError{fmt.Errorf("--assurance %g --solver-share %g: %w", f.assurance, f.solverShare, err)}
		}
		a.MaxAttesters, q.Checks = uint32(k), uint32(k)
		q.Assurance, q.SolverShare = f.assurance, f.solverShare
	}
	fees := new(big.Int).Mul(a.AttestFee, big.NewInt(int64(q.Checks)))
	q.AttestFees, q.JackpotFee, q.Reward = chain.FormatEther(fees, -1), chain.FormatEther(a.JackpotFee, -1), chain.FormatEther(reward, -1)
	if f.on && segments > 0 {
		q.Caught = 1 - incentives.Escape(marketDraw, int(min(segments, 1<<20)), int(q.Checks), f.solverShare)
		g := incentives.DefaultGas()
		q.CheckGas = uint64(q.Checks) * (g.JoinAttestation + g.Attest + g.RevealAttestation)
		q.ComputeCost = float64(q.Checks) / float64(segments)
	}
	return q, nil
}

// String is the quote in one paragraph.
func (q *quote) String() string {
	var b strings.Builder
	if q.Assurance != 0 {
		fmt.Fprintf(&b, "assurance %g against a solver holding up to %g%% of the checking slots: ", q.Assurance, 100*q.SolverShare)
	}
	fmt.Fprintf(&b, "%d checks of %d segments (%s draws) catch a one-segment cheat with probability %.4f; they re-run %.2fx the training.\n",
		q.Checks, q.Segments, q.Draw, q.Caught, q.ComputeCost)
	fmt.Fprintf(&b, "price: reward %s ETH + attest fees %s ETH (%d × the fee, to checkers that agree with the final trace) + jackpot fee %s ETH; the checkers' own gas about %d (the fee should cover it)\n",
		q.Reward, q.AttestFees, q.Checks, q.JackpotFee, q.CheckGas)
	return b.String()
}

// audit is the Audit struct to post: all zero without --audit.
func (f *auditFlags) audit() (taskmarket.TaskMarketAudit, error) {
	if !f.on {
		return onchain.NoAudit(), nil
	}
	a := taskmarket.TaskMarketAudit{ForcedErrorBps: f.forcedBps, AttestWindow: f.attestWindow, RevealWindow: f.revealWindow,
		MaxAttesters: f.maxAttesters}
	if f.forcedBps > 10000 || f.attestWindow == 0 || f.revealWindow == 0 {
		return a, usageError{fmt.Errorf("--audit: --forced-error-bps %d must be at most 10000 and the windows (%d s, %d s) positive",
			f.forcedBps, f.attestWindow, f.revealWindow)}
	}
	var err error
	for _, x := range []struct {
		dst  **big.Int
		v    string
		flag string
	}{{&a.AttestStake, f.attestStake, "attest-stake"}, {&a.Jackpot, f.jackpot, "jackpot"},
		{&a.JackpotFee, f.jackpotFee, "jackpot-fee"}, {&a.AttestFee, f.attFee, "attest-fee"}} {
		if *x.dst, err = parseEther(x.v, x.flag); err != nil {
			return a, err
		}
	}
	if a.AttestStake.Sign() == 0 {
		return a, usageError{fmt.Errorf("--audit: --attest-stake must be positive")}
	}
	if a.AttestFee.Sign() > 0 && a.MaxAttesters == 0 {
		return a, usageError{fmt.Errorf("--audit: an --attest-fee needs --max-attesters above 0")}
	}
	return a, nil
}

// termFlags names the submit flag behind each term TaskMarket bounds.
var termFlags = map[model.Term]string{
	model.TermSteps:           "--steps",
	model.TermInterval:        "--interval",
	model.TermCheckpoints:     "--steps / --interval (checkpoints)",
	model.TermNumNodes:        "--model / --spec (its step graph's nodes)",
	model.TermStateDepth:      "--model / --spec (its state's tensors)",
	model.TermClaimBy:         "--claim-window",
	model.TermCommitWindow:    "--commit-window",
	model.TermChallengeWindow: "--challenge-window",
	model.TermGameClock:       "--game-clock",
	model.TermAttestWindow:    "--attest-window",
	model.TermRevealWindow:    "--reveal-window",
}

// termFlag is the flag behind term t: termFlags', else the term's name as a flag
// (jackpotFee is --jackpot-fee).
func termFlag(t model.Term) string {
	if f, ok := termFlags[t]; ok {
		return f
	}
	name := t.String()
	if strings.HasPrefix(name, "term(") {
		return name
	}
	var b strings.Builder
	b.WriteString("--")
	for _, r := range name {
		if unicode.IsUpper(r) {
			b.WriteByte('-')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// termBounds says what the protocol allows of a term, where it is one number's range.
func termBounds(t model.Term) string {
	window := fmt.Sprintf("in [%d, %d] seconds", model.MinWindowSeconds, model.MaxWindowSeconds)
	switch t {
	case model.TermSteps:
		return fmt.Sprintf("in [1, %d]", uint64(model.MaxSteps))
	case model.TermInterval:
		return fmt.Sprintf("in [1, %d]", model.MaxInterval)
	case model.TermCheckpoints:
		return fmt.Sprintf("at most %d checkpoints (steps / interval)", model.MaxCheckpoints)
	case model.TermNumNodes:
		return fmt.Sprintf("at most %d nodes", model.MaxNodes)
	case model.TermStateDepth:
		return fmt.Sprintf("a state tree at most %d deep", model.MaxStateDepth)
	case model.TermClaimBy:
		return fmt.Sprintf("in [1, %d] seconds from now", model.MaxWindowSeconds)
	case model.TermCommitWindow, model.TermChallengeWindow, model.TermGameClock, model.TermAttestWindow, model.TermRevealWindow:
		return window
	}
	return "within the protocol's bounds"
}

// submitRevert translates the market's refusal of a task (TermOutOfBounds, BadTask)
// into the flag that is wrong, as a usage error; any other error is returned as is.
func submitRevert(err error) error {
	name, args := marketError(err)
	switch name {
	case "TermOutOfBounds":
		if len(args) != 1 {
			break
		}
		v, ok := args[0].(uint8)
		if !ok {
			break
		}
		t := model.Term(v)
		return usageError{fmt.Errorf("%s: the market refuses the task: %s must be %s (TermOutOfBounds)", termFlag(t), t, termBounds(t))}
	case "BadTask":
		return usageError{errors.New("the market refuses the task (BadTask): --interval must divide --steps, --reward, --stake and " +
			"--bond must be positive, and with --audit the windows and --attest-stake positive, --forced-error-bps at most 10000, " +
			"--max-attesters above 0 if --attest-fee is")}
	}
	return err
}

// marketError is the name and arguments of the TaskMarket custom error err reverted
// with ("" if none).
func marketError(err error) (string, []any) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return "", nil
	}
	raw := common.FromHex(s)
	if len(raw) < 4 {
		return "", nil
	}
	for name, e := range taskmarket.NewTaskMarket().GetABI().Errors {
		if bytes.Equal(e.ID[:4], raw[:4]) {
			args, _ := e.Inputs.Unpack(raw[4:])
			return name, args
		}
	}
	return "", nil
}
