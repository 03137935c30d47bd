package daemon

import (
	"fmt"
	"log/slog"
)

// DefaultMaxSkip is the most ticks Retry lets pass between two tries of a failing
// action: 16 polls (32 s at the default 2 s poll).
const DefaultMaxSkip = 16

// Retry spaces out the tries of actions that failed, each named by a key ("claim 3",
// "announce"). A daemon's tick re-reads the chain and decides again, so an action whose
// transaction fails (a revert mined or refused at estimation, a market at a wrong
// address) would be sent again on every poll, each mined revert paying gas: after a
// failure the key is skipped for 1 tick, then 2, 4, ... up to MaxSkip ticks, until it
// succeeds. Waits are counted in ticks, not wall time, so that a simulation's rounds and
// a daemon's polls space retries alike. The zero value is ready to use; it is not safe
// for concurrent use (a daemon's ticks run one at a time).
type Retry struct {
	MaxSkip int // most ticks skipped between tries (0: DefaultMaxSkip)
	Log     *slog.Logger

	tick  int
	state map[string]*retryState
}

type retryState struct {
	fails int
	next  int // first tick at which the key may be tried again
}

// Tick starts a new tick: call it once at the start of each.
func (r *Retry) Tick() { r.tick++ }

// Ready reports whether key may be tried on this tick.
func (r *Retry) Ready(key string) bool {
	st, ok := r.state[key]
	return !ok || r.tick >= st.next
}

// Fails is the number of consecutive failures of key.
func (r *Retry) Fails(key string) int {
	if st, ok := r.state[key]; ok {
		return st.fails
	}
	return 0
}

// Failed records a failure of key and returns how many ticks it is skipped.
func (r *Retry) Failed(key string) int {
	if r.state == nil {
		r.state = map[string]*retryState{}
	}
	st, ok := r.state[key]
	if !ok {
		st = &retryState{}
		r.state[key] = st
	}
	st.fails++
	maxSkip := r.MaxSkip
	if maxSkip <= 0 {
		maxSkip = DefaultMaxSkip
	}
	skip := maxSkip
	if st.fails <= 30 {
		skip = min(1<<(st.fails-1), maxSkip)
	}
	st.next = r.tick + skip + 1
	return skip
}

// Done forgets key's failures (it succeeded, or no longer needs doing).
func (r *Retry) Done(key string) { delete(r.state, key) }

// Try runs f for key unless key is backing off. It reports whether f ran and
// succeeded: false with a nil error is a skipped try (the failure was reported when it
// happened). A failure is recorded and returned with the number of ticks until the
// next try; a success forgets the key.
func (r *Retry) Try(key string, f func() error) (bool, error) {
	if !r.Ready(key) {
		if r.Log != nil {
			r.Log.Debug("backing off a failed action", "action", key, "fails", r.Fails(key))
		}
		return false, nil
	}
	if err := f(); err != nil {
		skip := r.Failed(key)
		return false, fmt.Errorf("%s failed %d time(s) in a row, next try in %d tick(s): %w", key, r.Fails(key), skip, err)
	}
	r.Done(key)
	return true, nil
}
