package console

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/veritrain/veritrain/solver"
)

// Curve is a task's training loss by step, as its solver serves it (solver.Losses: the
// solver's word), and the segments whose steps are vouched for: a checker re-ran the
// segment and its attestation revealed the committed end state, or the solver won a
// dispute over it.
type Curve struct {
	Steps    uint64       `json:"steps"`
	Interval uint64       `json:"interval"`
	Points   [][2]float64 `json:"points"`          // (step, loss): the mean of each of at most maxPoints runs of steps
	Verified []uint64     `json:"verified"`        // segments vouched for
	Error    string       `json:"error,omitempty"` // why the losses could not be read
}

const (
	maxPoints   = 600              // points drawn per curve
	maxCurveLen = 1 << 22          // losses read per task: more is refused
	maxCurveB   = 64 << 20         // bytes read per answer
	curveTTL    = 10 * time.Second // a live task's losses are asked for again after this
	curveFetchs = 4                // answers awaited at once
)

// curves fetches and keeps the tasks' losses off the snapshot's path: a snapshot shows
// what was fetched last and starts a fetch when that is stale, so a slow or dead solver
// server never delays the page.
type curves struct {
	client *http.Client

	mu       sync.Mutex
	byTask   map[uint64]*curveEntry
	inFlight int
	version  uint64 // bumped by each fetch that changed a curve
}

// changed is the curves' version: a snapshot built before a change is out of date.
func (c *curves) changed() uint64 {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.version
}

type curveEntry struct {
	at     time.Time
	final  bool // the task is over and its losses complete: never asked for again
	busy   bool
	points [][2]float64
	err    string
}

func newCurves(c *http.Client) *curves { return &curves{client: c, byTask: map[uint64]*curveEntry{}} }

// get is task id's curve as last fetched from solverURL (empty while none was); over
// says the task has ended, steps and interval are its own.
func (c *curves) get(id uint64, solverURL string, steps, interval uint64, over bool) *Curve {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.byTask[id]
	if e == nil {
		if len(c.byTask) >= 4*maxTasksKept {
			return &Curve{Steps: steps, Interval: interval, Points: [][2]float64{}, Error: "too many tasks followed to keep this one's losses"}
		}
		e = &curveEntry{}
		c.byTask[id] = e
	}
	if !e.final && !e.busy && time.Since(e.at) >= curveTTL && c.inFlight < curveFetchs && solverURL != "" {
		e.busy = true
		c.inFlight++
		go c.fetch(id, solverURL, steps, over)
	}
	out := &Curve{Steps: steps, Interval: interval, Points: e.points, Error: e.err}
	if out.Points == nil {
		out.Points = [][2]float64{}
	}
	if solverURL == "" && e.points == nil {
		out.Error = "the solver announced no server"
	}
	return out
}

// maxTasksKept bounds the tasks whose curves are kept (a snapshot shows at most
// Limits.Tasks of them).
const maxTasksKept = 1000

func (c *curves) fetch(id uint64, base string, steps uint64, over bool) {
	points, n, err := fetchLosses(c.client, base, id, steps)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inFlight--
	e := c.byTask[id]
	e.busy, e.at = false, time.Now()
	if err != nil {
		if e.err != err.Error() {
			e.err = err.Error()
			c.version++
		}
		return
	}
	if e.err != "" || len(points) != len(e.points) || (len(points) > 0 && points[len(points)-1] != e.points[len(e.points)-1]) {
		c.version++
	}
	e.points, e.err = points, ""
	e.final = over && n == steps
}

// fetchLosses reads task id's losses from the solver server at base and reduces them to
// at most maxPoints points; n is how many steps it served.
func fetchLosses(client *http.Client, base string, id, steps uint64) ([][2]float64, uint64, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, 0, fmt.Errorf("losses: the solver's server %q is not an http(s) URL", clip(base))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+fmt.Sprintf("/tasks/%d/losses", id), nil)
	if err != nil {
		return nil, 0, fmt.Errorf("losses: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("losses: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, 0, fmt.Errorf("losses: the solver's server answered %s", resp.Status)
	}
	var l solver.Losses
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxCurveB)).Decode(&l); err != nil {
		return nil, 0, fmt.Errorf("losses: %w", err)
	}
	if n := uint64(len(l.Losses)); n > steps || n > maxCurveLen {
		return nil, 0, fmt.Errorf("losses: %d served for a task of %d steps", n, steps)
	}
	return reduce(l.Losses), uint64(len(l.Losses)), nil
}

// reduce turns per-step losses into at most maxPoints points: each the mean of a run of
// consecutive steps (missing and non-finite values left out) at the run's middle step.
func reduce(losses []*float64) [][2]float64 {
	n := len(losses)
	per := max(1, (n+maxPoints-1)/maxPoints)
	out := [][2]float64{}
	for lo := 0; lo < n; lo += per {
		hi := min(n, lo+per)
		sum, k := 0.0, 0
		for _, v := range losses[lo:hi] {
			if v != nil && !math.IsNaN(*v) && !math.IsInf(*v, 0) {
				sum += *v
				k++
			}
		}
		if k > 0 {
			out = append(out, [2]float64{float64(lo+hi-1) / 2, sum / float64(k)})
		}
	}
	return out
}
