// Command veritrain is the one binary of the veritrain protocol: training, replay and
// (as the protocol grows) the submitter, solver, verifier and whistleblower roles.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes scripts can rely on.
const (
	exitOK       = 0
	exitFailure  = 1 // the command ran and failed (an I/O error, a mismatch)
	exitUsage    = 2 // bad flags or input
	exitMismatch = 3 // a replay or check found different bits
	exitNotFinal = 4 // fetch: the task is not final yet (try again later)
	exitNoModel  = 5 // fetch: the task failed or was cancelled (no verified model)
)

// usageError marks errors caused by the caller's input.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// mismatchError marks a successful run that found a disagreement.
type mismatchError struct{ error }

func (e mismatchError) Unwrap() error { return e.error }

func newRoot() *cobra.Command {
	var logFormat, logLevel string
	root := &cobra.Command{
		Use:           "veritrain",
		Short:         "Verifiable machine-learning training: reproducible kernels, checkpoints, disputes",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(logLevel)); err != nil {
				return usageError{fmt.Errorf("--log-level %q: %w", logLevel, err)}
			}
			opts := &slog.HandlerOptions{Level: lvl}
			switch logFormat {
			case "text":
				slog.SetDefault(slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), opts)))
			case "json":
				slog.SetDefault(slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), opts)))
			default:
				return usageError{fmt.Errorf("--log-format %q: want text or json", logFormat)}
			}
			return nil
		},
	}
	root.PersistentFlags().StringVar(&logFormat, "log-format", "text", "log format on stderr: text or json")
	root.PersistentFlags().StringVar(&logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.AddCommand(newTrainCmd(), newReplayCmd(), newExportCmd(), newSpecCmd(), newSubmitCmd(), newSolverCmd(),
		newVerifierCmd(), newWhistleblowerCmd(), newDemoCmd(), newStatusCmd(), newFetchCmd(), newDeployCmd(), newSimulateCmd(), newSelftestCmd(), newKeyCmd(), newRequestChunksCmd(), newDatasetCmd(), newServeCmd())
	root.AddCommand(newImportCmd(), newGenerateCmd(), newAddChecksCmd())
	root.AddCommand(newConsoleCmd())
	usageErrors(root)
	return root
}

// usageErrors makes every error of the command line itself a usageError (exit 2, as
// the README says), where cobra's would be a plain error (exit 1): an unknown flag or
// a bad flag value, a wrong number of arguments, an unknown command.
func usageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SuggestionsMinimumDistance = 2
	// the root runs (printing its help) so that an unknown command reaches its Args
	root.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += fmt.Sprintf(": did you mean %s?", strings.Join(s, " or "))
		}
		return usageError{fmt.Errorf("%s (veritrain --help lists the commands)", msg)}
	}
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	var wrap func(c *cobra.Command)
	wrap = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if args := sub.Args; args != nil {
				sub.Args = func(cmd *cobra.Command, a []string) error {
					if err := args(cmd, a); err != nil {
						return usageError{fmt.Errorf("%w (see %s --help)", err, cmd.CommandPath())}
					}
					return nil
				}
			}
			wrap(sub)
		}
	}
	wrap(root)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot().ExecuteContext(ctx)
	stop()
	if err == nil {
		os.Exit(exitOK)
	}
	fmt.Fprintln(os.Stderr, "veritrain:", err)
	var ue usageError
	var me mismatchError
	var nf notFinalError
	var nm noModelError
	switch {
	case errors.As(err, &nf):
		os.Exit(exitNotFinal)
	case errors.As(err, &nm):
		os.Exit(exitNoModel)
	case errors.As(err, &me):
		os.Exit(exitMismatch)
	case errors.As(err, &ue):
		os.Exit(exitUsage)
	}
	os.Exit(exitFailure)
}
