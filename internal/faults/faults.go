// Package faults kills its own process at named crash points when the environment
// variable VERITRAIN_FAULT asks for it: SIGKILL, so that no deferred code runs, no
// buffer is flushed and no file is closed, as in a power cut or an OOM kill. Tests
// start a daemon with it, watch it die, and start it again without it on the same
// state, to show that what it finds on disk and on chain is enough to go on.
//
// Only a binary built with the build tag "faults" (go build -tags faults) reads the
// variable; in every other build Point and Tx do nothing, whatever the environment
// says, so that a stray VERITRAIN_FAULT cannot stop or kill a production daemon. The
// fault tests build the binary they run with the tag.
//
// VERITRAIN_FAULT is one of
//
//	NAME:N         kill the N-th time (N >= 1) a point matching NAME is reached
//	random:SEED:P  kill at each point reached with probability P (0 < P <= 1), drawn
//	               from a PCG seeded with SEED, so a run is repeatable up to goroutine
//	               scheduling
//
// A point matches NAME when NAME is its name or its name followed by "." and one of
// its details: Tx's points carry the transaction's destination and method selector,
// so "tx-sent.0x<selector>:1" is the first transaction calling that method and
// "tx-sent.0x<address>:2" the second one sent to that contract.
//
// With the tag: before it dies the process writes one line to stderr, "faults: SIGKILL
// at POINT (N)", naming the point and how many matching points were reached. Unset, a
// point costs one load of a boolean: the variable is read once, at start-up. A value
// that does not parse stops the process with exit status 2 at start-up: a fault test
// that never faults would prove nothing.
package faults

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
)

// Env is the environment variable read at start-up.
const Env = "VERITRAIN_FAULT"

// Spec is a parsed VERITRAIN_FAULT.
type Spec struct {
	Name   string  // the point to kill at (NAME:N)
	N      int     // the how-many-th matching point kills
	Random bool    // random:SEED:P
	Seed   uint64  // random's seed
	P      float64 // random's probability per point
}

// Parse reads a VERITRAIN_FAULT value; "" is no fault (a zero Spec).
func Parse(s string) (Spec, error) {
	if s == "" {
		return Spec{}, nil
	}
	if rest, ok := strings.CutPrefix(s, "random:"); ok {
		seed, p, ok := strings.Cut(rest, ":")
		sd, err1 := strconv.ParseUint(seed, 10, 64)
		pr, err2 := strconv.ParseFloat(p, 64)
		if !ok || err1 != nil || err2 != nil || !(pr > 0 && pr <= 1) {
			return Spec{}, fmt.Errorf("faults: %s=%q: want random:SEED:P with 0 < P <= 1", Env, s)
		}
		return Spec{Random: true, Seed: sd, P: pr}, nil
	}
	i := strings.LastIndexByte(s, ':')
	if i <= 0 {
		return Spec{}, fmt.Errorf("faults: %s=%q: want NAME:N or random:SEED:P", Env, s)
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil || n < 1 {
		return Spec{}, fmt.Errorf("faults: %s=%q: want NAME:N with N >= 1", Env, s)
	}
	return Spec{Name: strings.ToLower(s[:i]), N: n}, nil
}

// injector decides, point by point, whether the process dies there.
type injector struct {
	spec Spec
	mu   sync.Mutex // points are reached from several goroutines
	seen int        // matching points reached
	rng  *rand.Rand
}

func newInjector(sp Spec) *injector {
	in := &injector{spec: sp}
	if sp.Random {
		in.rng = rand.New(rand.NewPCG(sp.Seed, 0x7665726974726169)) // "veritrai"
	}
	return in
}

// reach counts a point reached with its name and details and says whether to kill
// there (then also which name matched and the count).
func (in *injector) reach(name string, details ...string) (kill bool, at string, n int) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.spec.Random {
		in.seen++
		at = name
		if len(details) > 0 {
			at += "." + strings.Join(details, ".")
		}
		return in.rng.Float64() < in.spec.P, at, in.seen
	}
	match := name == in.spec.Name
	for _, d := range details {
		match = match || in.spec.Name == name+"."+d
	}
	if !match {
		return false, "", 0
	}
	in.seen++
	return in.seen == in.spec.N, in.spec.Name, in.seen
}
