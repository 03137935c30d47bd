// Package daemon holds the loop every role's daemon runs: decide, act, wait, repeat.
package daemon

import (
	"context"
	"log/slog"
	"time"
)

// Loop calls tick at once and then every interval until ctx is done. A tick's error is
// logged, not fatal: the next tick retries from the chain's state, which is the truth.
func Loop(ctx context.Context, every time.Duration, log *slog.Logger, tick func(context.Context) error) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := tick(ctx); err != nil {
			log.Error("tick", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
