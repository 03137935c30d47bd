package console

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Event kinds, for the timeline's colours and filters.
const (
	kindTask    = "task"
	kindDispute = "dispute"
	kindPayout  = "payout"
	kindSlash   = "slash"
	kindJackpot = "jackpot"
	kindStake   = "stake"
	kindAudit   = "audit"
	kindOther   = "other"
)

// kindOf sorts an event for the timeline's colours and filters.
func kindOf(name string) string {
	switch name {
	case "TaskPosted", "TaskClaimed", "TraceCommitted", "TraceLeaves", "TaskFinalized", "SeedDrawnEvent", "ChunksRequested", "ChunksAnswered", "ChecksAdded":
		return kindTask
	case "Challenged", "DisputeSettled", "AttestationDisputed", "AttestationSettled":
		return kindDispute
	case "Credited", "Withdrawn":
		return kindPayout
	case "JackpotFunded", "SecretRevealed":
		return kindJackpot
	case "Slashed":
		return kindSlash
	case "Deposited", "Locked", "Unlocked", "WithdrawalRequested":
		return kindStake
	case "AttestJoined", "AttestPhase", "Attested", "AttestationRevealed", "AttestationClosed":
		return kindAudit
	}
	return kindOther
}

// summary is event name with values vals in one sentence, addresses in full hex (the
// page shortens them); "" for an event it has no sentence for.
func summary(name string, task uint64, vals map[string]any) string {
	a := func(k string) string {
		x, _ := vals[k].(common.Address)
		return x.Hex()
	}
	big0 := func(k string) *big.Int {
		if x, _ := vals[k].(*big.Int); x != nil {
			return x
		}
		return new(big.Int)
	}
	eth := func(k string) string { return ether(big0(k)) + " ETH" }
	u64 := func(k string) uint64 { x, _ := vals[k].(uint64); return x }
	date := func(k string) string { return dateText(u64(k)) }
	yes := func(k string) bool { x, _ := vals[k].(bool); return x }
	game := func() string { return clip(big0("game").String()) }
	t := fmt.Sprintf("task %d", task)
	switch name {
	case "TaskPosted":
		return fmt.Sprintf("%s posted %s, paying %s", a("submitter"), t, eth("reward"))
	case "TaskClaimed":
		return fmt.Sprintf("%s claimed %s (commit by %s)", a("solver"), t, date("commitBy"))
	case "TraceCommitted":
		if u64("windowEnd") == 0 { // an audited task: its checks run first
			return fmt.Sprintf("the solver committed %s's trace (challenges open once it reveals its secret)", t)
		}
		return fmt.Sprintf("the solver committed %s's trace (challenges until %s)", t, date("windowEnd"))
	case "TraceLeaves":
		leaves, _ := vals["leaves"].([][32]byte)
		return fmt.Sprintf("the solver posted %s's %d checkpoints", t, len(leaves))
	case "TaskFinalized":
		st, _ := vals["status"].(uint8)
		return fmt.Sprintf("%s ended: %s", t, onchain.StatusName(st))
	case "SeedDrawnEvent":
		return fmt.Sprintf("%s's seed drawn: it assigns the checkers their segments", t)
	case "ChecksAdded":
		added, _ := vals["added"].(uint32)
		all, _ := vals["maxAttesters"].(uint32)
		return fmt.Sprintf("the submitter bought %d more checks of %s (%d in all)", added, t, all)
	case "ChunksRequested":
		chunks, _ := vals["chunks"].([]uint64)
		return fmt.Sprintf("the submitter asked for %d chunks of %s's final state (answer by %s)", len(chunks), t, date("answerBy"))
	case "ChunksAnswered":
		chunks, _ := vals["chunks"].([]uint64)
		return fmt.Sprintf("%s answered %d chunks of %s", a("by"), len(chunks), t)
	case "Challenged":
		return fmt.Sprintf("%s challenged segment %d of %s (game %s)", a("challenger"), u64("segment"), t, game())
	case "DisputeSettled":
		if yes("solverWon") {
			return fmt.Sprintf("game %s of %s settled: the solver won", game(), t)
		}
		return fmt.Sprintf("game %s of %s settled: the challenger won", game(), t)
	case "AttestationDisputed":
		return fmt.Sprintf("%s disputed %s's attestation of %s (game %s)", a("challenger"), a("attester"), t, game())
	case "AttestationSettled":
		if yes("attesterWon") {
			return fmt.Sprintf("game %s over %s's attestation of %s settled: the attester won", game(), a("attester"), t)
		}
		return fmt.Sprintf("game %s over %s's attestation of %s settled: the attester lost", game(), a("attester"), t)
	case "Credited":
		return fmt.Sprintf("%s was credited %s", a("who"), eth("amount"))
	case "Withdrawn":
		return fmt.Sprintf("%s withdrew %s", a("who"), eth("amount"))
	case "JackpotFunded":
		return fmt.Sprintf("%s into the jackpot pool", eth("amount"))
	case "SecretRevealed":
		if !yes("forced") {
			return fmt.Sprintf("%s's secret revealed: no forced error", t)
		}
		finders, _ := vals["finders"].(uint32)
		if finders == 0 {
			return fmt.Sprintf("%s's secret revealed: a forced error in segment %d, found by no attester (the jackpot keeps its share)", t, u64("segment"))
		}
		return fmt.Sprintf("%s's secret revealed: a forced error in segment %d, found by %d attesters, %s of the jackpot each", t, u64("segment"), finders, eth("jackpotShare"))
	case "Slashed":
		amount, paid, treasury := big0("amount"), big0("paid"), big0("toTreasury")
		var to []string
		if paid.Sign() > 0 {
			to = append(to, fmt.Sprintf("%s to %s", eth("paid"), a("winner")))
		}
		if treasury.Sign() > 0 {
			to = append(to, eth("toTreasury")+" to the treasury")
		}
		// the rest of a slash with no single winner goes to the jackpot pool
		if rest := new(big.Int).Sub(new(big.Int).Sub(amount, paid), treasury); rest.Sign() > 0 {
			to = append(to, ether(rest)+" ETH to the jackpot pool")
		}
		return fmt.Sprintf("%s was slashed %s: %s", a("who"), eth("amount"), strings.Join(to, ", "))
	case "Deposited":
		return fmt.Sprintf("%s deposited %s", a("who"), eth("amount"))
	case "Locked":
		return fmt.Sprintf("%s locked %s as stake", a("who"), eth("amount"))
	case "Unlocked":
		return fmt.Sprintf("%s's stake of %s unlocked", a("who"), eth("amount"))
	case "WithdrawalRequested":
		return fmt.Sprintf("%s asked to withdraw %s (from %s)", a("who"), eth("amount"), date("releaseAt"))
	case "AttestJoined":
		return fmt.Sprintf("%s joined %s's checks", a("attester"), t)
	case "AttestPhase":
		return fmt.Sprintf("%s's checks open: attest by %s, reveal by %s", t, date("attestEnd"), date("revealEnd"))
	case "Attested":
		return fmt.Sprintf("%s attested segment %d of %s (sealed until the reveal)", a("attester"), u64("segment"), t)
	case "AttestationRevealed":
		return fmt.Sprintf("%s revealed its attestation of segment %d of %s", a("attester"), u64("segment"), t)
	case "AttestationClosed":
		o, _ := vals["outcome"].(uint8)
		name, ok := outcomeNames[model.Outcome(o)]
		if !ok {
			name = fmt.Sprintf("closed: outcome %d", o)
		}
		s := fmt.Sprintf("%s's attestation of %s %s", a("attester"), t, name)
		if big0("paid").Sign() > 0 {
			s += ", paid " + eth("paid")
		}
		return s
	case "Announced":
		if info, ok := vals["info"].([]byte); ok {
			if an, err := onchain.DecodeAnnouncement(info); err == nil {
				return clip(fmt.Sprintf("%s announced itself as %s at %s", a("who"), an.Role, an.URL))
			}
		}
	}
	return ""
}

// dateText is chain time sec in UTC, bounded: a hostile value stays a date.
func dateText(sec uint64) string {
	return time.Unix(int64(min(sec, 1<<40)), 0).UTC().Format(time.RFC3339)
}

// fieldText is one event value in words: amounts in ether, addresses and hashes in
// hex, byte strings by length (an announcement by its role and URL).
func fieldText(event, name string, v any) string {
	switch x := v.(type) {
	case *big.Int:
		switch name {
		case "amount", "paid", "toTreasury", "jackpotShare", "reward":
			return ether(x) + " ETH"
		}
		return clip(x.String())
	case uint64:
		switch name {
		case "commitBy", "windowEnd", "attestEnd", "revealEnd", "secretEnd", "answerBy", "releaseAt":
			return dateText(x)
		}
		return strconv.FormatUint(x, 10)
	case uint8:
		if name == "status" {
			return onchain.StatusName(x)
		}
		return strconv.Itoa(int(x))
	case common.Address:
		return x.Hex()
	case [32]byte:
		return hash(x)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []byte:
		if event == "Announced" {
			if a, err := onchain.DecodeAnnouncement(x); err == nil {
				return clip(a.Role + " " + a.URL)
			}
		}
		return fmt.Sprintf("%d bytes", len(x))
	case []uint64:
		return clip(fmt.Sprint(x))
	case [][32]byte:
		return fmt.Sprintf("%d hashes", len(x))
	case nil:
		return ""
	}
	return clip(fmt.Sprint(v))
}
