package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// Daemon configuration: every flag of a command that calls addConfigFlag can also come
// from the environment (VERITRAIN_<FLAG>) or from a config file (--config FILE, YAML or
// TOML, keys named as the flags). Precedence: flag > environment > file > default.

// envPrefix names the environment variables: --rpc is VERITRAIN_RPC, --max-tasks
// VERITRAIN_MAX_TASKS.
const envPrefix = "VERITRAIN"

// ErrConfigFile: a config file that cannot be used (unreadable, unknown format, a key
// that is no flag of the command, a value the flag rejects).
var ErrConfigFile = errors.New("config file")

// configHelp is appended to the help of every command that takes --config; %s is the
// examples of flags and their variables (envExamples).
const configHelp = `Every flag can also be set in a config file (--config FILE; YAML (.yaml, .yml) or TOML
(.toml); keys are the flag names, e.g. "rpc: http://127.0.0.1:8545") or in the environment
as VERITRAIN_<FLAG>, upper case with dashes as underscores (%s). A flag given on the
command line wins over the environment, which wins over the file, which wins over the
default. A key in the file that is not a flag of the command is an error.`

// envExamples names some of cmd's flags with their variables, for its help: only flags
// it has, so that no help cites a variable its command does not read.
func envExamples(cmd *cobra.Command) string {
	var examples []string
	for _, f := range []string{"rpc", "market", "key", "rpc-timeout"} {
		if cmd.Flags().Lookup(f) != nil {
			examples = append(examples, "--"+f+" is "+envName(f))
		}
	}
	return strings.Join(examples, ", ")
}

// appendHelp adds a paragraph to cmd's long help, wrapped at 90 columns.
func appendHelp(cmd *cobra.Command, para string) {
	if cmd.Long == "" {
		cmd.Long = cmd.Short + "."
	}
	var lines []string
	line := ""
	for _, w := range strings.Fields(para) {
		if line != "" && len(line)+1+len(w) > 90 {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	cmd.Long += "\n\n" + strings.Join(append(lines, line), "\n")
}

// addConfigFlag gives cmd the --config flag and says in its help where else flags
// come from (call it after --rpc and the other flags its help names). The command
// calls applyConfig first thing in its RunE.
func addConfigFlag(cmd *cobra.Command) {
	cmd.Flags().String("config", "", "YAML or TOML file of flag values (see above for precedence and VERITRAIN_<FLAG>)")
	appendHelp(cmd, fmt.Sprintf(configHelp, envExamples(cmd)))
}

// addEnv says in cmd's help that its flags also come from the environment (call it
// after the flags are defined: the help names some of them); the command calls
// applyConfig first thing in its RunE.
func addEnv(cmd *cobra.Command) {
	appendHelp(cmd, "Every flag can also be set in the environment as VERITRAIN_<FLAG>, upper case with dashes "+
		"as underscores ("+envExamples(cmd)+"). A flag given on the command line wins.")
}

// envName is the environment variable of flag name.
func envName(name string) string {
	return envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// applyConfig sets every flag of cmd that the command line left alone from the
// environment, else from the --config file (if cmd takes one); it then re-runs the root's set-up (logging)
// so that --log-format and --log-level from either take effect too.
func applyConfig(cmd *cobra.Command, args []string) error {
	fs := cmd.Flags()
	file := ""
	if fs.Lookup("config") != nil { // a command without it reads the environment only
		file, _ = fs.GetString("config")
		if file == "" {
			file = os.Getenv(envName("config"))
		}
	}
	v := viper.New()
	v.SetEnvPrefix(envPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	if file != "" {
		if err := readConfigFile(v, file, fs); err != nil {
			return usageError{err}
		}
	}
	var errs []error
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Changed || f.Name == "config" || f.Name == "help" || !v.IsSet(f.Name) {
			return
		}
		from := "config file " + file
		if _, ok := os.LookupEnv(envName(f.Name)); ok {
			from = "environment " + envName(f.Name)
		}
		if err := setFlag(fs, f, v.Get(f.Name)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %w", from, f.Name, err))
		}
	})
	if err := errors.Join(errs...); err != nil {
		return usageError{err}
	}
	if pre := cmd.Root().PersistentPreRunE; pre != nil {
		return pre(cmd, args)
	}
	return nil
}

// readConfigFile reads file into v and rejects any key that is not a flag in fs.
func readConfigFile(v *viper.Viper, file string, fs *pflag.FlagSet) error {
	switch ext := strings.ToLower(filepath.Ext(file)); ext {
	case ".yaml", ".yml":
		v.SetConfigType("yaml")
	case ".toml":
		v.SetConfigType("toml")
	default:
		return fmt.Errorf("%w %s: extension %q: want .yaml, .yml or .toml", ErrConfigFile, file, ext)
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfigFile, err)
	}
	defer f.Close()
	if err := v.ReadConfig(f); err != nil {
		return fmt.Errorf("%w %s: %w", ErrConfigFile, file, err)
	}
	// AllKeys flattens tables ("a.b"), so a nested key is unknown too; it includes the
	// environment only for keys already known, which are flags.
	for _, k := range v.AllKeys() {
		if k == "config" || fs.Lookup(k) == nil {
			return fmt.Errorf("%w %s: unknown key %q (not a flag of this command)", ErrConfigFile, file, k)
		}
	}
	return nil
}

// setFlag gives flag f the value val from a file (a string, number, bool or list) or
// the environment (a string; lists comma-separated).
func setFlag(fs *pflag.FlagSet, f *pflag.Flag, val any) error {
	if list, ok := val.([]any); ok {
		items := make([]string, len(list))
		for i, x := range list {
			items[i] = fmt.Sprint(x)
		}
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			return sv.Replace(items)
		}
		return fmt.Errorf("a list for a flag of type %s", f.Value.Type())
	}
	if _, ok := val.(map[string]any); ok {
		return fmt.Errorf("a table for a flag of type %s", f.Value.Type())
	}
	return fs.Set(f.Name, fmt.Sprint(val))
}

// logFlags are the log-query flags of the commands that read the market's history: the
// first block to read from (the market's deployment: a query from block 0 on a long
// chain spans pages of nothing) and the most blocks one query spans (public RPC
// providers cap it).
type logFlags struct {
	fromBlock int64
	logPage   uint64
}

func (f *logFlags) add(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.fromBlock, "from-block", -1,
		"first block of the market's logs to read (-1: the market's deployment block, which the market records)")
	cmd.Flags().Uint64Var(&f.logPage, "log-page", onchain.DefaultLogPage, "most blocks one log query spans (RPC providers cap it; a refused query is halved)")
}

// apply sets m's log range; the deployment block is looked up once when not given.
func (f *logFlags) apply(ctx context.Context, m *onchain.Market) error {
	if f.logPage == 0 {
		return usageError{errors.New("--log-page 0: want at least 1 block")}
	}
	m.LogPage = f.logPage
	if f.fromBlock >= 0 {
		m.FromBlock = uint64(f.fromBlock)
		return nil
	}
	b, err := onchain.DeployBlock(ctx, m.B, m.At)
	if err != nil {
		slog.Warn("market deployment block not found: logs are read from block 0 (give --from-block)", "err", err)
		return nil
	}
	m.FromBlock = b
	slog.Debug("market deployment block", "block", b)
	return nil
}

// allowPrivateHelp is the help of --allow-private-urls.
const allowPrivateHelp = "fetch from announced URLs that resolve to loopback, link-local, private or other non-public addresses " +
	"(a local demo or test network; never in production: anyone can announce any URL)"
