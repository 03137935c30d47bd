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
	names []string // nil: not known (yet)
	at    time.Time
	busy  bool
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
	n.mu.Lock()
	defer n.mu.Unlock()
	k := nameKey{h, numNodes}
	e := n.byHash[k]
	if e == nil {
		if len(n.byHash) >= maxSpecs {
			return nil
		}
		e = &nameEntry{}
		n.byHash[k] = e
		if sp, ok := n.specs(h); ok {
			e.names = namesOf(sp, numNodes)
			e.at = time.Now()
			return e.names
		}
	}
	if e.names == nil && !e.busy && n.client != nil && len(servers) > 0 && n.inFlight < nameFetchs &&
		(e.at.IsZero() || time.Since(e.at) >= nameRetry) {
		e.busy = true
		n.inFlight++
		go n.fetch(h, numNodes, servers)
	}
	return e.names
}

func (n *nodeNames) fetch(h [32]byte, numNodes uint32, servers []string) {
	var names []string
	for _, base := range servers {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		sp, err := content.FetchSpec(ctx, n.client, base, h)
		cancel()
		if err == nil {
			if names = namesOf(sp, numNodes); names != nil {
				break
			}
		}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.inFlight--
	e := n.byHash[nameKey{h, numNodes}]
	e.busy, e.at = false, time.Now()
	if names != nil {
		e.names = names
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
