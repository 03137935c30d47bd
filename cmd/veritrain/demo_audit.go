package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/pinpoint/onchain"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/verifier"
	"github.com/veritrain/veritrain/whistleblower"
)

// The demo's audit (docs/PROTOCOL.md, "Attestations and forced errors"): every task
// carries one; every verifier joins its attestations once the seed is drawn and attests
// the segment the hash of the block after its join draws; extra verifiers attest
// (diligent ones re-run their segment, lazy ones copy the solver's posted leaf), and a
// whistleblower re-runs a sample of the revealed attestations. With the default
// --forced-error-bps every task carries a forced error, so a diligent attester of its
// segment wins the jackpot and a lazy one loses its stake, when one is drawn there
// (likely with this many attesters, not certain: the block hashes decide); attesters
// of the segment after it started from the decoy and are void (stake back, no fee).

// Demo accounts after the first ten (demoDeployer..demoTreasury).
const demoWhistleblower = 10

// demoAccounts is the number of accounts the demo's chain funds.
func demoAccounts(cfg demoConfig) int { return demoWhistleblower + 1 + cfg.attesters + cfg.lazy }

// demoAudit is the audit the demo's tasks carry: an hour to attest, an hour to reveal,
// a tenth of an ether staked per attestation, half an ether into the jackpot pool per
// task and at most that paid to a task's finders.
func demoAudit(cfg demoConfig) taskmarket.TaskMarketAudit {
	milli := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }
	return taskmarket.TaskMarketAudit{ForcedErrorBps: cfg.forcedBps, AttestWindow: 3600, RevealWindow: 3600,
		AttestStake: milli(100), JackpotFee: milli(500), Jackpot: milli(500), AttestFee: new(big.Int),
		// every verifier of the demo can attest (a bound the contract also needs for fees)
		MaxAttesters: uint32(demoAccounts(cfg))}
}

// addAuditors starts the extra attesting verifiers and the whistleblower.
func (c *demoCast) addAuditors(ctx context.Context, cfg demoConfig, market func(int) (*onchain.Market, error),
	directory func(common.Address) (string, bool), dir string, opts task.Options, log *slog.Logger) error {
	for i := range cfg.attesters + cfg.lazy {
		acc, lazy := demoWhistleblower+1+i, i >= cfg.attesters
		m, err := market(acc)
		if err != nil {
			return err
		}
		name := "attester " + strconv.Itoa(i)
		if lazy {
			name = "lazy " + strconv.Itoa(i-cfg.attesters)
		}
		vf, err := verifier.New(verifier.Config{Market: m, Specs: task.BuiltinSpecs, Bond: chain.Ether(1), Task: opts, Lazy: lazy,
			Dir: filepath.Join(dir, "verifier-"+strconv.Itoa(acc)), Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: directory, Log: log},
			Log: log.With("verifier", name)})
		if err != nil {
			return err
		}
		if lazy {
			c.lazy = append(c.lazy, vf)
		} else {
			c.attesters = append(c.attesters, vf)
		}
	}
	m, err := market(demoWhistleblower)
	if err != nil {
		return err
	}
	wb, err := whistleblower.New(whistleblower.Config{Market: m, Specs: task.BuiltinSpecs, Bond: chain.Ether(1), Task: opts,
		Checkpoints: &verifier.HTTP{AllowPrivate: true, URL: directory, Log: log}, Log: log.With("whistleblower", "w")})
	if err != nil {
		return err
	}
	c.whistleblowers = append(c.whistleblowers, wb)
	return nil
}

// tickAuditors ticks the extra verifiers and the whistleblower.
func (c *demoCast) tickAuditors(ctx context.Context) error {
	for i, vf := range append(append([]*verifier.Verifier{}, c.attesters...), c.lazy...) {
		if err := vf.Tick(ctx); err != nil {
			return fmt.Errorf("attesting verifier %d: %w", i, err)
		}
	}
	for i, wb := range c.whistleblowers {
		if err := wb.Tick(ctx); err != nil {
			return fmt.Errorf("whistleblower %d: %w", i, err)
		}
	}
	return nil
}

// auditSummary adds the attestations' outcomes to the demo's summary.
func (c *demoCast) auditSummary(res *demoResult) {
	for _, vf := range append(append(append([]*verifier.Verifier{}, c.verifiers...), c.attesters...), c.lazy...) {
		res.Attestations += vf.Audit.Attested
		res.JackpotsPaid += vf.Audit.Jackpots
		res.VoidAttestations += vf.Audit.Void
	}
	for _, vf := range c.attesters {
		res.Checked += vf.Checked
		res.Challenged += vf.Challenged
	}
	for _, vf := range c.lazy {
		res.LazySlashed += vf.Audit.Slashed
	}
	for _, wb := range c.whistleblowers {
		res.WhistleblowerChecks += wb.Checked
		res.WhistleblowerDisputes += wb.Disputed
	}
}
