package whistleblower

import (
	"context"

	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
)

// Lower lowers task id as read from the chain (t); false when it is not checkable.
func Lower(ctx context.Context, w *Whistleblower, id uint64, t taskmarket.TaskMarketTask) (bool, error) {
	x, err := w.task(ctx, id, t)
	return x != nil && !x.bad, err
}
