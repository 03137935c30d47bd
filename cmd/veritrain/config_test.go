package main

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// configCmd is a daemon-like command under a root with a persistent flag, as the real
// commands are; run records what the flags held when RunE ran.
type configSeen struct {
	rpc, logFormat string
	maxTasks       int
	poll           time.Duration
	urls           []string
	check          bool
}

func configCmd(seen *configSeen) *cobra.Command {
	root := &cobra.Command{Use: "veritrain", SilenceErrors: true, SilenceUsage: true,
		PersistentPreRunE: func(*cobra.Command, []string) error { return nil }}
	root.PersistentFlags().StringVar(&seen.logFormat, "log-format", "text", "")
	cmd := &cobra.Command{Use: "daemon", RunE: func(cmd *cobra.Command, args []string) error {
		return applyConfig(cmd, args)
	}}
	cmd.Flags().StringVar(&seen.rpc, "rpc", "default-rpc", "")
	cmd.Flags().IntVar(&seen.maxTasks, "max-tasks", 1, "")
	cmd.Flags().DurationVar(&seen.poll, "poll", 2*time.Second, "")
	cmd.Flags().StringSliceVar(&seen.urls, "solver-url", nil, "")
	cmd.Flags().BoolVar(&seen.check, "check-all", false, "")
	addConfigFlag(cmd)
	root.AddCommand(cmd)
	root.SetOut(io.Discard)
	return root
}

func TestApplyConfig(t *testing.T) {
	cases := []struct {
		name    string
		file    string // name and content, "name\n..." (empty: no --config)
		env     map[string]string
		args    []string
		want    configSeen
		wantErr string // a part of the error, which must be ErrConfigFile or name the source
	}{
		{name: "defaults", want: configSeen{rpc: "default-rpc", maxTasks: 1, poll: 2 * time.Second, logFormat: "text"}},
		{name: "file", file: "c.yaml\nrpc: http://file\nmax-tasks: 3\npoll: 5s\nsolver-url: [a=1, b=2]\ncheck-all: true\nlog-format: json\n",
			want: configSeen{rpc: "http://file", maxTasks: 3, poll: 5 * time.Second, urls: []string{"a=1", "b=2"}, check: true, logFormat: "json"}},
		{name: "toml file", file: "c.toml\nrpc = \"http://toml\"\nmax-tasks = 2\nsolver-url = [\"x=1\"]\n",
			want: configSeen{rpc: "http://toml", maxTasks: 2, poll: 2 * time.Second, urls: []string{"x=1"}, logFormat: "text"}},
		{name: "env over file", file: "c.yaml\nrpc: http://file\nmax-tasks: 3\n", env: map[string]string{"VERITRAIN_RPC": "http://env", "VERITRAIN_LOG_FORMAT": "json"},
			want: configSeen{rpc: "http://env", maxTasks: 3, poll: 2 * time.Second, logFormat: "json"}},
		{name: "flag over env over file", file: "c.yaml\nrpc: http://file\nmax-tasks: 3\n",
			env: map[string]string{"VERITRAIN_RPC": "http://env", "VERITRAIN_MAX_TASKS": "4"}, args: []string{"--rpc", "http://flag"},
			want: configSeen{rpc: "http://flag", maxTasks: 4, poll: 2 * time.Second, logFormat: "text"}},
		{name: "env list", env: map[string]string{"VERITRAIN_SOLVER_URL": "a=1,b=2"},
			want: configSeen{rpc: "default-rpc", maxTasks: 1, poll: 2 * time.Second, urls: []string{"a=1", "b=2"}, logFormat: "text"}},
		{name: "file named by the environment", env: map[string]string{"VERITRAIN_CONFIG": "@c.yaml"}, file: "c.yaml\nrpc: http://viaenv\n",
			want: configSeen{rpc: "http://viaenv", maxTasks: 1, poll: 2 * time.Second, logFormat: "text"}},
		{name: "unknown key", file: "c.yaml\nrpc: x\nmax-task: 3\n", wantErr: `unknown key "max-task"`},
		{name: "nested key", file: "c.yaml\nrpc:\n  url: x\n", wantErr: `unknown key "rpc.url"`},
		{name: "config key in file", file: "c.yaml\nconfig: other.yaml\n", wantErr: `unknown key "config"`},
		{name: "bad value in file", file: "c.yaml\nmax-tasks: many\n", wantErr: "c.yaml: max-tasks"},
		{name: "bad value in env", env: map[string]string{"VERITRAIN_POLL": "soon"}, wantErr: "environment VERITRAIN_POLL: poll"},
		{name: "list for a scalar", file: "c.yaml\nrpc: [a, b]\n", wantErr: "rpc: a list"},
		{name: "bad extension", file: "c.json\n{}\n", wantErr: `extension ".json"`},
		{name: "bad syntax", file: "c.yaml\nrpc: [\n", wantErr: "config file"},
		{name: "missing file", args: []string{"--config", "/nonexistent/c.yaml"}, wantErr: "no such file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			args := []string{"daemon"}
			if c.file != "" {
				name, body, _ := strings.Cut(c.file, "\n")
				path := filepath.Join(dir, name)
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				if c.env["VERITRAIN_CONFIG"] == "" {
					args = append(args, "--config", path)
				}
			}
			for k, v := range c.env {
				t.Setenv(k, strings.Replace(v, "@", dir+"/", 1))
			}
			var seen configSeen
			root := configCmd(&seen)
			root.SetArgs(append(args, c.args...))
			err := root.Execute()
			if c.wantErr != "" {
				var ue usageError
				if err == nil || !strings.Contains(err.Error(), c.wantErr) || !errors.As(err, &ue) {
					t.Fatalf("error %v, want a usage error containing %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if seen.rpc != c.want.rpc || seen.maxTasks != c.want.maxTasks || seen.poll != c.want.poll || seen.check != c.want.check ||
				seen.logFormat != c.want.logFormat || !slices.Equal(seen.urls, c.want.urls) {
				t.Fatalf("flags %+v, want %+v", seen, c.want)
			}
		})
	}
}

// TestExampleConfigs: the example files load into the real commands, every key a flag.
func TestExampleConfigs(t *testing.T) {
	defer slog.SetDefault(slog.Default())
	for _, c := range []struct {
		cmd, file string
		want      map[string]string
	}{
		{"solver", "testdata/solver.example.yaml", map[string]string{"max-tasks": "3", "stake": "6", "public-url": "https://solver.example.org",
			"poll": "2s", "log-format": "json", "rpc": "http://127.0.0.1:8545"}},
		{"verifier", "testdata/verifier.example.toml", map[string]string{"check-all": "true", "poll": "5s",
			"solver-url": "[0x70997970C51812dc3A010C7d01b50e0d17dc79C8=http://127.0.0.1:8547]"}},
	} {
		root := newRoot()
		root.SetErr(io.Discard)
		cmd, _, err := root.Find([]string{c.cmd})
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.ParseFlags([]string{"--config", c.file}); err != nil {
			t.Fatal(err)
		}
		if err := applyConfig(cmd, nil); err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		for flag, want := range c.want {
			if got := cmd.Flags().Lookup(flag).Value.String(); got != want {
				t.Errorf("%s: --%s = %q, want %q", c.file, flag, got, want)
			}
		}
	}
}

// TestDaemonHelpMentionsConfig: --help tells where else flags come from.
func TestDaemonHelpMentionsConfig(t *testing.T) {
	for _, name := range []string{"solver", "verifier"} {
		root := newRoot()
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetArgs([]string{name, "--help"})
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"--config", "VERITRAIN_RPC", "VERITRAIN_<FLAG>", "precedence"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s --help lacks %q", name, want)
			}
		}
	}
}
