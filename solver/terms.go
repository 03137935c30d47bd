package solver

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/pinpoint"
	"github.com/veritrain/veritrain/task"
	"github.com/veritrain/veritrain/train"
)

// Defaults of Terms' zero fields.
const (
	DefaultMaxState = 256 << 20 // bytes of an encoded state (weights and optimizer state)
	DefaultMargin   = time.Minute
	DefaultFactor   = 2
)

// Terms are what a solver requires of a task before it claims it. A submitter chooses
// every term of a task; some are traps: a commit window shorter than the training
// (the stake is slashed when the deadline passes), a game clock shorter than one
// move's computation (the game is lost on time), a task too large to hold. Zero fields
// take the defaults above (MinReward: any reward).
type Terms struct {
	MinReward *big.Int // the least reward (wei) worth the work
	MaxSteps  uint64   // the most steps (0: daemon.DefaultMaxSteps)
	MaxState  int64    // the most bytes of an encoded state (0: DefaultMaxState)
	// StepTime is the time one training step takes here (0: measured on this machine,
	// with the solver's backend, once per spec, before the first claim of it).
	StepTime time.Duration
	// Factor multiplies the training time (0: DefaultFactor) and Margin is added to it
	// (0: DefaultMargin): the commit window must cover Factor x StepTime x (the task's
	// steps and those of the tasks queued before it) + Margin; the game clock must cover
	// Factor x StepTime x interval + Margin (a move re-runs at most a segment).
	Factor float64
	Margin time.Duration
}

func (t Terms) check() error {
	if (t.MinReward != nil && t.MinReward.Sign() < 0) || t.MaxState < 0 || t.StepTime < 0 || t.Factor < 0 || t.Margin < 0 {
		return fmt.Errorf("%w: negative terms %+v", ErrConfig, t)
	}
	if t.Factor != 0 && t.Factor < 1 {
		return fmt.Errorf("%w: factor %v below 1", ErrConfig, t.Factor)
	}
	return nil
}

// before is why the task's terms that need no lowering are not met ("" when they are).
func (t Terms) before(tk taskmarket.TaskMarketTask) string {
	if t.MinReward != nil && (tk.Reward == nil || tk.Reward.Cmp(t.MinReward) < 0) {
		return fmt.Sprintf("reward %v wei is below the minimum %v", tk.Reward, t.MinReward)
	}
	return "" // steps are bounded by daemon.CheckTask against MaxSteps
}

// specCost is what one spec costs this solver: the time of one training step here and
// the bytes of an encoded state.
type specCost struct {
	step  time.Duration
	state int64
}

// meetable is why the solver cannot meet task t's terms ("" when it can): its state
// is larger than MaxState, or its commit window or game clock is shorter than the
// solver's own measured training time (with the factor and margin). It needs no
// lowering of the task: a trap is refused before the task's per-step data is built.
func (s *Solver) meetable(ctx context.Context, t taskmarket.TaskMarketTask, spec *train.Spec) (string, error) {
	tc := s.cfg.Terms
	c, err := s.cost(ctx, spec)
	if err != nil {
		return "", err
	}
	maxState := tc.MaxState
	if maxState == 0 {
		maxState = DefaultMaxState
	}
	if c.state > maxState {
		return fmt.Sprintf("state of %d bytes is larger than the limit %d", c.state, maxState), nil
	}
	factor, margin := tc.Factor, tc.Margin
	if factor == 0 {
		factor = DefaultFactor
	}
	if margin == 0 {
		margin = DefaultMargin
	}
	queued := t.Spec.Steps
	for _, o := range s.jobList() {
		if !o.done && o.tk != nil && o.hashes == nil {
			queued += o.tk.Steps // trained before this one: the queue is in claim order
		}
	}
	need := func(steps uint64) time.Duration {
		return time.Duration(factor*float64(c.step)*float64(steps)) + margin
	}
	if w := time.Duration(t.Terms.CommitWindow) * time.Second; w < need(queued) {
		return fmt.Sprintf("commit window %v is shorter than %v: %d steps (this task's and those queued) at %v a step, x%v, plus %v",
			w, need(queued).Round(time.Second), queued, c.step, factor, margin), nil
	}
	if k := time.Duration(t.Terms.GameClock) * time.Second; k < need(t.Spec.Interval) {
		return fmt.Sprintf("game clock %v is shorter than %v: a segment of %d steps at %v a step, x%v, plus %v",
			k, need(t.Spec.Interval).Round(time.Second), t.Spec.Interval, c.step, factor, margin), nil
	}
	return "", nil
}

// cost measures a spec once, on a task of two steps lowered here (cheap, whatever the
// size of the task that asks): the state's encoded size, and the time of one training
// step on this machine with the solver's backend (Terms.StepTime when set, else the
// faster of two steps: the first may pay one-time costs).
func (s *Solver) cost(ctx context.Context, spec *train.Spec) (specCost, error) {
	key := spec.Hash()
	if c, ok := s.costs[key]; ok {
		return c, nil
	}
	tr, err := train.NewTrainerWith(spec, train.Options{Backend: s.cfg.Backend, Library: s.cfg.Library, MaxDataBytes: s.cfg.MaxData})
	if err != nil {
		return specCost{}, fmt.Errorf("solver: measuring %s: %w", spec.Name, err)
	}
	tk, err := task.Build(ctx, tr, 2, 1, s.cfg.Task)
	if err != nil {
		return specCost{}, fmt.Errorf("solver: measuring %s: %w", spec.Name, err)
	}
	c := specCost{step: s.cfg.Terms.StepTime, state: int64(checkpoint.EncodedLen(tk.Init))}
	if c.step <= 0 {
		comp, err := pinpoint.NewComputation(tk, tr, pinpoint.Fault{})
		if err != nil {
			return specCost{}, fmt.Errorf("solver: measuring %s: %w", spec.Name, err)
		}
		st := tk.Init
		for i := range uint64(2) {
			start := time.Now()
			if st, err = comp.Advance(i, st); err != nil {
				return specCost{}, fmt.Errorf("solver: measuring %s: %w", spec.Name, err)
			}
			if d := time.Since(start); c.step == 0 || d < c.step {
				c.step = d
			}
		}
		s.log.Info("measured a training step", "spec", spec.Name, "step", c.step, "state_bytes", c.state)
	}
	s.costs[key] = c
	return c, nil
}
