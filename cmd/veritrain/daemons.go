package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/daemon"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// What the daemon commands (verifier, whistleblower; the solver serves checkpoints on
// its metrics server and keeps its own) share once their daemon is built.

// parseSolverURLs reads --solver-url ADDRESS=URL flags.
func parseSolverURLs(flags []string) (map[common.Address]string, error) {
	urls := map[common.Address]string{}
	for _, s := range flags {
		addr, url, ok := strings.Cut(s, "=")
		if !ok || !common.IsHexAddress(addr) {
			return nil, usageError{fmt.Errorf("--solver-url %q: want ADDRESS=URL", s)}
		}
		urls[common.HexToAddress(addr)] = url
	}
	return urls, nil
}

// solverLookup finds a solver's checkpoint server: the --solver-url given for it, else
// the URL of its latest announcement on chain.
func solverLookup(ctx context.Context, m *onchain.Market, urls map[common.Address]string) func(common.Address) (string, bool) {
	return func(a common.Address) (string, bool) {
		if u, ok := urls[a]; ok {
			return u, true
		}
		an, err := m.LatestAnnouncement(ctx, a, 0)
		if err != nil || an.Role != "solver" || an.URL == "" {
			return "", false
		}
		return an.URL, true
	}
}

// addListenFlag gives a verifier or whistleblower its --listen flag: the address its
// HTTP server (Prometheus /metrics) listens on, named as the solver's (which serves its
// checkpoints there too). The old name, --metrics, is kept as a hidden, deprecated alias.
func addListenFlag(cmd *cobra.Command, addr *string, def string) {
	cmd.Flags().StringVar(addr, "listen", def, "address to serve Prometheus /metrics on")
	cmd.Flags().StringVar(addr, "metrics", def, "old name of --listen")
	_ = cmd.Flags().MarkDeprecated("metrics", "use --listen")
}

// daemonRun is a daemon command's loop: metrics served on addr, an announcement made
// once per account and version, then tick every poll with the counters and stake
// gauges refreshed after each.
type daemonRun struct {
	role     string
	addr     string            // metrics listen address
	counters map[string]string // counter name -> help
	counts   func() map[string]int
	tick     func(context.Context) error
	poll     time.Duration
	logAttrs []any
}

func (d daemonRun) run(ctx context.Context, m *onchain.Market) error {
	met := newDaemonMetrics(d.role, d.counters)
	mux := http.NewServeMux()
	mux.Handle("/metrics", met.handler())
	url, stop, err := serveHTTP(d.addr, mux, slog.Default(), "metrics server")
	if err != nil {
		return usageError{fmt.Errorf("--listen: %w", err)}
	}
	defer stop()
	slog.Info(d.role+" running", append([]any{"account", m.Me().Hex(), "metrics", url + "/metrics"}, d.logAttrs...)...)
	an := onchain.Announcement{Role: d.role, Version: buildVersion()}
	if have, err := m.LatestAnnouncement(ctx, m.Me(), 0); err != nil || !sameAnnouncement(have, an) {
		if err := m.Announce(ctx, an); err != nil {
			return err
		}
	}
	tick := func(ctx context.Context) error {
		err := d.tick(ctx)
		for name, v := range d.counts() {
			met.set(name, v)
		}
		if serr := met.updateStake(ctx, m); serr != nil {
			slog.Debug("stake gauges", "err", serr)
		}
		return err
	}
	err = daemon.Loop(ctx, d.poll, slog.Default(), tick)
	var attrs []any
	for name, v := range d.counts() {
		attrs = append(attrs, name, v)
	}
	return logStopped(ctx, d.role, err, attrs...)
}

// logStopped logs the one line a daemon writes when it stops (a signal, or the error
// that ended it) and returns the error, if it is not the signal's.
func logStopped(ctx context.Context, role string, err error, attrs ...any) error {
	if err != nil && !errors.Is(err, ctx.Err()) {
		slog.Error(role+" stopped", append([]any{"err", err}, attrs...)...)
		return err
	}
	slog.Info(role+" stopped", append([]any{"reason", "signal"}, attrs...)...)
	return nil
}

// sameAnnouncement compares announcements as they are read back (an empty GPU list
// decodes as empty, not nil).
func sameAnnouncement(a, b onchain.Announcement) bool {
	if len(a.GPUs) == 0 && len(b.GPUs) == 0 {
		a.GPUs, b.GPUs = nil, nil
	}
	return reflect.DeepEqual(a, b)
}
