package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/incentives"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// chainFlags are the flags of the commands that talk to a deployed market.
type chainFlags struct {
	rpc, key, market string
}

func (f *chainFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC endpoint (http://, ws:// or an IPC path)")
	cmd.Flags().StringVar(&f.key, "key", "", "hex private key of the account to act from (or env VERITRAIN_KEY)")
	cmd.Flags().StringVar(&f.market, "market", "", "TaskMarket contract address")
}

// dial connects and returns the market seen from the key's account.
func (f *chainFlags) dial(ctx context.Context, envKey string) (*onchain.Market, func(), error) {
	if f.rpc == "" || f.market == "" {
		return nil, nil, usageError{fmt.Errorf("--rpc and --market are required")}
	}
	if !common.IsHexAddress(f.market) {
		return nil, nil, usageError{fmt.Errorf("--market %q is not an address", f.market)}
	}
	k := f.key
	if k == "" {
		k = envKey
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
	if err != nil {
		return nil, nil, usageError{fmt.Errorf("--key: %w", err)}
	}
	c, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("--rpc %s: %w", f.rpc, err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	return onchain.NewMarket(c, common.HexToAddress(f.market), opts), c.Close, nil
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
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Post a training task to the market (reward in escrow)",
		Long: "Post a training task: the spec's on-chain roots (step graph, state map, per-step data,\n" +
			"initial state) are computed here, then posted with the reward, stakes and deadlines.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
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
			for flag, v := range map[string]string{"reward": reward, "stake": stake, "bond": bond} {
				if amounts[flag], err = parseEther(v, flag); err != nil {
					return err
				}
			}
			m, closeFn, err := cf.dial(ctx, os.Getenv("VERITRAIN_KEY"))
			if err != nil {
				return err
			}
			defer closeFn()
			tr, err := train.NewTrainer(spec)
			if err != nil {
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
				return err
			}
			roots := tk.Roots()
			return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"task": id, "model": spec.Name,
				"spec_hash": hex.EncodeToString(roots.SpecHash[:]), "steps": steps, "interval": interval,
				"nodes": roots.NumNodes, "init_root": hex.EncodeToString(roots.InitRoot[:]), "audit": onchain.AuditOn(audit)})
		},
	}
	cf.add(cmd)
	cmd.Flags().StringVar(&model, "model", "", "built-in model")
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
	au.add(cmd)
	return cmd
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
