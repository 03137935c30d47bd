package daemon

import (
	"errors"
	"fmt"
	"time"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/model"
)

// ErrOutOfBounds: a task read from the chain whose terms are outside the protocol's
// bounds (contracts/model/bounds.go). A daemon skips it before it allocates anything
// by its size: a market deployed elsewhere, or an old one, may not enforce them.
var ErrOutOfBounds = errors.New("task outside protocol bounds")

// DefaultMaxSteps is the most steps a daemon lowers a task of by default: building a
// task keeps per-step data (batch trees, data-tree leaves: a few hundred bytes a step),
// so the protocol's 2^32 would not fit in memory.
const DefaultMaxSteps = 1 << 20

// CheckTask checks a task's size and windows, as read from the chain, against the
// protocol bounds and a daemon's own step limit (maxSteps; 0: DefaultMaxSteps). It
// reads no more than the task value: call it before lowering the task.
func CheckTask(t taskmarket.TaskMarketTask, maxSteps uint64) error {
	if maxSteps == 0 {
		maxSteps = DefaultMaxSteps
	}
	s, tm := t.Spec, t.Terms
	var bad []string
	switch {
	case s.Steps == 0 || s.Steps > model.MaxSteps:
		bad = append(bad, fmt.Sprintf("steps %d not in [1, %d]", s.Steps, uint64(model.MaxSteps)))
	case s.Interval == 0 || s.Interval > model.MaxInterval:
		bad = append(bad, fmt.Sprintf("interval %d not in [1, %d]", s.Interval, model.MaxInterval))
	case s.Steps%s.Interval != 0:
		bad = append(bad, fmt.Sprintf("interval %d does not divide steps %d", s.Interval, s.Steps))
	case s.Steps/s.Interval > model.MaxCheckpoints:
		bad = append(bad, fmt.Sprintf("%d segments, more than %d", s.Steps/s.Interval, model.MaxCheckpoints))
	case s.Steps > maxSteps:
		bad = append(bad, fmt.Sprintf("steps %d over this daemon's limit %d", s.Steps, maxSteps))
	}
	if s.NumNodes == 0 || uint64(s.NumNodes) > model.MaxNodes {
		bad = append(bad, fmt.Sprintf("nodes %d not in [1, %d]", s.NumNodes, model.MaxNodes))
	}
	if s.StateDepth == 0 || s.StateDepth > model.MaxStateDepth {
		bad = append(bad, fmt.Sprintf("state depth %d not in [1, %d]", s.StateDepth, model.MaxStateDepth))
	}
	for _, w := range []struct {
		name string
		v    uint64
	}{{"commit window", tm.CommitWindow}, {"challenge window", tm.ChallengeWindow}, {"game clock", tm.GameClock}} {
		if w.v < secs(model.MinWindow) || w.v > secs(model.MaxWindow) {
			bad = append(bad, fmt.Sprintf("%s %ds not in [%v, %v]", w.name, w.v, model.MinWindow, model.MaxWindow))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %v", ErrOutOfBounds, bad)
	}
	return nil
}

func secs(d time.Duration) uint64 { return uint64(d / time.Second) }
