// Package console is `veritrain console`: one web page, served by the binary, that
// shows a market's tasks, disputes, stakes and events, updated live as blocks arrive.
//
// Vocabulary. A Snapshot is everything the page shows at one head block: the latest
// tasks (each with its games, the segments checked and by whom), the accounts that
// appear in them with their free and locked balances in the market's vault, and the
// timeline (the market's latest events, newest first, each in one sentence). A task's
// Segments are its checked segments with their checkpoints (the trace leaves the solver
// posted) and every check's outcome; a check vouches for its segment when it matched the
// checkpoint the solver claims, which a task that may carry a forced error only settles
// once the solver's secret says which posted checkpoint was the decoy (segments.go). A
// Reader builds snapshots: it reads the market's and the game's logs incrementally (from
// the block after the last one it read, a page at a time for at most historyBudget per
// snapshot, so a long chain shows its tasks at once and its History as it is read) and
// the tasks, games, audits and balances afresh at each new head. Off the snapshot's
// path it fetches what the chain does not hold: the solvers' losses (losses.go) and the
// specs that name a game's nodes (names.go), each checked and bounded. A Server is
// the http.Handler: the embedded page (web/), /api/state (the latest snapshot as JSON),
// /api/events (server-sent events: a snapshot each time it changes) and
// /api/tasks/{id}/checkpoints (one task's every checkpoint, asked for on demand: a
// snapshot carries only the checked segments'). The page
// falls back to polling /api/state when server-sent events fail.
//
// Invariants. Everything read from the chain is hostile until bounded: a snapshot holds
// at most Limits.Tasks tasks, Limits.Events events, Limits.Accounts accounts and
// Limits.Games games, and says so (Capped) when it left any out; every string taken
// from the chain is cut to a bounded length, and the page writes chain data only as
// text (never as HTML). The server never stops serving the page: a chain that cannot
// be read gives a snapshot whose Error says why ("chain unreachable: ..."), with the
// last good data marked Stale, and the next poll tries again. One refresh runs at a
// time and the head is asked at most once per poll interval however many pages watch,
// so the number of clients does not multiply the load on the node. A reorganisation
// (the block last read changed its hash) makes the reader start over from the market's
// deployment block. No asset comes from the network at run time (go:embed, no CDN).
package console
