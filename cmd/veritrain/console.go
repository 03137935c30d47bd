package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/console"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// consoleShutdown bounds how long the console waits for its requests to end once it
// is told to stop (its event streams end with the command's context).
const consoleShutdown = 5 * time.Second

func newConsoleCmd() *cobra.Command {
	var rf readFlags
	var listen string
	var poll time.Duration
	var allowPrivate bool
	var cnt contentFlags
	cmd := &cobra.Command{
		Use:   "console",
		Short: "Serve a live web page of the market: tasks, disputes, stakes and events",
		Long: "Serve one web page (embedded in the binary, nothing loaded from elsewhere) that shows the\n" +
			"market's latest tasks with their deadlines, games and the segments checked, each\n" +
			"dispute narrowing level by level, the free and locked balances of every address that\n" +
			"appears, and the market's events as a timeline, updated as blocks arrive. A node that\n" +
			"cannot be reached is said so on the page, which keeps retrying. A dispute's node is\n" +
			"named from the task's spec: a built-in one, one in --data-dir, or one fetched from the\n" +
			"server its submitter or solver announced (checked against the spec hash).",
		Example: "  veritrain console --rpc http://127.0.0.1:8545 --market 0x... --listen 127.0.0.1:8080",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyConfig(cmd, args); err != nil {
				return err
			}
			if poll <= 0 {
				return usageError{fmt.Errorf("--poll %v: want a positive duration such as 1s", poll)}
			}
			at, err := marketAddress(rf.market)
			if err != nil {
				return err
			}
			st, err := cnt.store()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := rf.rpc.dial(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			// a --market that holds no market is a mistake to say now; a node that does
			// not answer yet is what the page is for: it says so and retries
			if err := checkMarket(ctx, c, at); err != nil {
				if !isEndpointFailure(err) {
					return err
				}
				slog.Warn("console: chain unreachable; serving the page, which retries", "err", err)
			}
			m := onchain.NewMarket(c, at, &bind.TransactOpts{})
			if err := rf.logs.apply(ctx, m); err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return usageError{fmt.Errorf("--listen %s: %w", listen, err)}
			}
			srv := &http.Server{
				Handler: console.New(console.Config{Market: m, Poll: poll, Timeout: rf.rpc.timeout, Log: slog.Default(), AllowPrivate: allowPrivate,
					Specs: st.Spec}),
				ReadHeaderTimeout: 10 * time.Second,
				BaseContext:       func(net.Listener) context.Context { return ctx }, // streams end when the command stops
			}
			slog.Info("console serving", "url", "http://"+ln.Addr().String()+"/", "market", at.Hex())
			fmt.Fprintf(cmd.OutOrStdout(), "console: http://%s/\n", ln.Addr())
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
			select {
			case err := <-done:
				return fmt.Errorf("console: %w", err)
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), consoleShutdown)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil {
				return fmt.Errorf("console: shutdown: %w", err)
			}
			if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("console: %w", err)
			}
			slog.Info("console stopped")
			return nil
		},
	}
	rf.add(cmd)
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8080", "address the page is served on (or env VERITRAIN_LISTEN)")
	cmd.Flags().DurationVar(&poll, "poll", time.Second, "how often the head block is asked for (or env VERITRAIN_POLL)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private", false, "fetch training losses and specs from servers on private and loopback addresses too (a URL announced on chain is anyone's choice)")
	cnt.add(cmd, false)
	addEnv(cmd)
	return cmd
}
