// Package whistleblower is the whistleblower daemon: it stakes a bond, watches the
// attestations verifiers reveal on tasks with the audit on, re-runs a random sample of
// the attested segments (Config.Sample of them) with the real trainer, and, when an
// attestation is wrong, disputes it through the same pinpoint game a solver's claim
// goes through, the attester in the solver's seat, and plays it to the end, then
// settles. When the wrong attestation vouched for the solver's own (wrong) leaf, the
// solver is wrong too: the whistleblower challenges the solver first. A solver's lost
// dispute slashes no attestation (a solver could throw its own game, its sybil
// challenging, to slash honest attesters): the task fails, and until its windowEnd its
// revealed attestations stay disputable, each defended by its attester. So once a
// solver has lost (its DisputeSettled event, whoever challenged), the whistleblower
// queues every revealed attestation of the segment lost (AuditState.challengedSegment)
// whose end is the leaf lost (that segment's end in the committed trace), sampled or
// not, re-runs the segment and disputes those its re-run finds wrong before windowEnd;
// disputes run in parallel, so it never waits on someone else's; so is any
// sampled wrong attestation of the failed task. Vouching for a cheat still costs the
// voucher its stake, to the whistleblower.
//
// Vocabulary: an attestation is (task, attester, segment, revealed end hash), all read
// from the chain (the segment is the one the contract stored at the commitment, drawn
// from the hash of the block after the attester's join: never recomputed from the
// address); a check
// is one sampled attestation re-run; a duel is one open game this account plays
// (onchain.Duel). Tick makes one round of decisions; Run ticks on a timer.
//
// Restart: the first Tick waits while the account has transactions pending (sent by an
// earlier process: daemon.PendingSent), then reads the AttestationDisputed events this
// account opened and plays on the games still open (the agent replays their moves from
// calldata); revealed attestations are read again from the start and sampled afresh,
// and the vouchers of every lost dispute still in its dispute window queued again. A challenge of the
// solver opened before a restart is not taken back (the verifiers' own resume covers
// task challenges).
//
// Hostile input: a task outside the protocol bounds is not lowered
// (daemon.CheckTask); one attestation's error is logged and counted (Errors) and the
// others go on; logs are read in pages from the market's deployment block.
//
// Invariants: nothing is disputed after the task's windowEnd, nor before the task's secret is revealed (the
// trace is then final: a forced decoy has been replaced by the true leaf), and only when the
// whistleblower's own re-run of the segment, from a start it agrees with, ends
// elsewhere than the attestation; never a void attestation (segment f+1 of a forced
// task, whose start was the decoy: the contract releases it and a dispute of it
// reverts), nor a lazy one (the decoy of the forced segment: its close takes its whole
// stake to the pool, and a dispute of it reverts); the game is played from that re-run, so an honest
// whistleblower wins every dispute it opens. Which attestations are sampled is drawn
// from Config.Rand, never from anything an attester controls.
package whistleblower
