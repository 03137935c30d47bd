package console

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/veritrain/veritrain/content"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// nodeNames names the nodes of the tasks' step graphs (what a game's node index is:
// "bwd.l0.dW"). A spec the console knows (Config.Specs: the built-in ones, the store's)
// is named at once; another is fetched off the snapshot's path from the servers the
// task's submitter and solver announced, and used only if it hashes to the task's
// spec hash and lowers to the task's number of nodes. A spec that cannot be had is
// asked for again after nameRetry; meanwhile the page shows node indices only.
type nodeNames struct {
	specs  task.Specs
	client *http.Client // nil: nothing fetched

	mu       sync.Mutex
	byHash   map[nameKey]*nameEntry
	inFlight int
	version  uint64 // bumped when a fetch names a spec
}

// nameKey is a spec and the task's count of nodes: a task may state a spec hash with
// another count, whose names are then unknown, without spoiling the spec's for others.
type nameKey struct {
	spec  [32]byte
	nodes uint32
}

type nameEntry struct {
	names   []string  // nil: not known (yet)
	at      time.Time // made
	fetched time.Time // the last fetch ended (zero: none yet)
	busy    bool      // a fetch runs
	final   bool      // known for good: named, or a spec the console has (whose names are what they are)
}

const (
	nameRetry  = time.Minute // a spec that could not be fetched is asked for again after this
	nameFetchs = 2           // spec fetches at once
	maxSpecs   = 1000        // specs whose names are kept
)

func newNodeNames(specs task.Specs) *nodeNames {
	if specs == nil {
		specs = task.BuiltinSpecs
	}
	return &nodeNames{specs: specs, byHash: map[nameKey]*nameEntry{}}
}

func (n *nodeNames) changed() uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.version
}

// get is the node names of spec h for a task of numNodes nodes (nil while unknown),
// fetching the spec from servers when the console does not know it.
func (n *nodeNames) get(h [32]byte, numNodes uint32, servers []string) []string {
	k := nameKey{h, numNodes}
	n.mu.Lock()
	e := n.byHash[k]
	n.mu.Unlock()
	if e == nil {
		// a spec the console has is lowered once, outside the lock: a large one takes a while
		sp, known := n.specs(h)
		var names []string
		if known {
			names = namesOf(sp, numNodes)
		}
		n.mu.Lock()
		if e = n.byHash[k]; e == nil {
			e = &nameEntry{names: names, at: time.Now(), final: known}
			n.keep(k, e)
		}
		n.mu.Unlock()
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if e.names == nil && !e.final && !e.busy && n.client != nil && len(servers) > 0 && n.inFlight < nameFetchs &&
		(e.fetched.IsZero() || time.Since(e.fetched) >= nameRetry) {
		e.busy = true
		n.inFlight++
		go n.fetch(k, e, servers)
	}
	return e.names
}

// keep adds entry e, dropping the entry used least recently when full (junk tasks must
// not keep a real spec from ever being named).
func (n *nodeNames) keep(k nameKey, e *nameEntry) {
	if len(n.byHash) >= maxSpecs {
		var oldest nameKey
		var at time.Time
		for kk, x := range n.byHash {
			if !x.busy && (at.IsZero() || x.at.Before(at)) {
				oldest, at = kk, x.at
			}
		}
		delete(n.byHash, oldest)
	}
	n.byHash[k] = e
}

func (n *nodeNames) fetch(k nameKey, e *nameEntry, servers []string) {
	var names []string
	for _, base := range servers {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		sp, err := content.FetchSpec(ctx, n.client, base, k.spec)
		cancel()
		if err == nil {
			if names = namesOf(sp, k.nodes); names != nil {
				break
			}
		}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.inFlight--
	e.busy, e.fetched = false, time.Now()
	if names != nil {
		e.names, e.final = names, true
		n.version++
	}
}

// namesOf is spec's node names, nil unless it lowers to numNodes nodes (the game's
// node indices then name the same nodes).
func namesOf(sp *train.Spec, numNodes uint32) []string {
	names, err := task.NodeNames(sp, task.Options{AllowUnjudged: true})
	if err != nil || len(names) != int(numNodes) {
		return nil
	}
	for i, s := range names {
		names[i] = clip(s)
	}
	return names
}
