// Package incentives is veritrain's agent-based simulation of the audited task market:
// it plays thousands of tasks on contracts/model's Market (the pure-Go twin of
// TaskMarket's accounting, checked against the contract in
// contracts/audit_model_test.go) and measures what each strategy earns per task.
//
// Vocabulary. A task has Segments segments; re-running one costs TrainCost/Segments
// (the compute cost), every transaction costs its gas (bench/gas/README.md's figures)
// times GasPrice. Agents: the honest solver trains and posts the true trace (with the
// decoy, a served state with one perturbed value, when its secret forces an error);
// the cheating solver, with probability
// CheatProb, posts a trace that is wrong on one segment (the hardest cheat to catch)
// and saves CheatSavings of the training cost; the diligent verifier re-runs its
// assigned segment, attests, reveals and challenges a mismatch (when its start was
// the decoy its attestation is void and it re-runs from the corrected leaf first); the lazy verifier attests the posted
// leaf without computing; the colluding ring is a solver and Colluders verifiers
// with one purse, whose verifiers attest what the solver tells them (its lie, or the
// true leaf of a forced segment) and whose solver cheats with RingCheatProb; the
// griefing challenger disputes the honest solver and a correct attestation on every
// task; the probing lazy verifier attests the root of the checkpoint the solver serves
// for its segment's end and computes only when none is served (with served decoys it
// is the lazy verifier); the self-attesting solver is honest but keeps a sybil that
// takes one attestation slot on every task and attests the true leaf without computing
// (its segment drawn like anyone's; a protocol issue reported but not checked); the
// withholding solver trains honestly but serves no checkpoint (its trace is on chain
// all the same), so a diligent attester of segment s re-runs segments 0..s from the
// initial state, once (its check after the secret reveal goes on from that run, as
// verifier/ does), and its check challenges the first wrong leaf whatever segment it
// attested; the withholding cheater is the cheating solver serving nothing; the
// selectively lazy verifier knows its segment and is lazy exactly where laziness pays
// in expectation against an honest solver (LazyPays: the re-run it saves against the
// chance that its segment is the forced one times the stake, fee and jackpot share it
// then loses; the last segment is never forced, so it is always lazy there), and the
// withholding cheater "best response" faces attesters that all play that rule;
// whistleblowers re-run a Sample of the revealed attestations and dispute (or
// challenge the solver through) a wrong one. Disputes end as the pinpoint game ends
// between a true and a false claim: the true side wins (contracts/model's game tests
// establish it), so the simulation takes the verdict as given and charges its gas.
//
// Method. Each scenario changes one agent (or the ring) from honest play; all
// scenarios of a seed see the same tasks (secrets, block hashes, cheats, samples: common
// random numbers), so a deviation is judged by the paired difference between its
// profit and the profit the same accounts make playing honestly on the same tasks,
// with a 95% confidence interval. A deviation "loses" when that interval lies below
// zero.
//
// Coverage (coverage.go) asks another question, apart from the market model: how many
// checks a task must buy so that a cheat confined to one segment is caught with a
// chosen probability (the assurance), when the solver's sybils hold a share of the
// checking slots, under independent draws (the contracts' before issue 19) or covering
// draws (without replacement in join order, the contracts' now; Escape is exact for both, Coverage measures it).
//
// Invariants: Simulate is deterministic for its arguments (Evaluate runs scenarios in
// parallel but each on its own market); every run ends with the market model's
// balance invariant checked.
package incentives
