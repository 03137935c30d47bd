// Package crossarch runs a package's own tests again as another build: the arm64 test
// binary under qemu-user (pure-Go kernels, a CPU that fuses x*y+z if allowed to), and the
// host binary built with -tags noasm. Bit-exactness tests then check the same golden
// values in every build, so "the same bits on every machine" is tested, not assumed.
package crossarch

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Build describes one other build of the package under test.
type Build struct {
	Name   string
	GOARCH string // "" = host
	Tags   string
	Runner string // emulator that runs the binary, "" = run directly
}

// Builds are the other builds every bit-exactness test is repeated in.
var Builds = []Build{
	{Name: "arm64", GOARCH: "arm64", Runner: "qemu-aarch64-static"},
	{Name: "noasm", Tags: "noasm"},
}

// Run compiles the test binary of the package in the current directory for each build
// and runs the tests matching pattern in it. A missing emulator skips that build with a
// message, except under CI (CI=true), where .ci/run installs it and its absence fails.
func Run(t *testing.T, pattern string) {
	if testing.Short() {
		t.Skip("cross-build checks skipped in -short mode")
	}
	if os.Getenv("VERITRAIN_CROSSARCH_CHILD") != "" {
		t.Skip("already inside a cross build")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	for _, b := range Builds {
		t.Run(b.Name, func(t *testing.T) {
			if b.GOARCH == runtime.GOARCH && b.Runner != "" {
				b.Runner = "" // already on that architecture
			}
			runner := ""
			if b.Runner != "" {
				p, err := exec.LookPath(b.Runner)
				if err != nil {
					if os.Getenv("CI") != "" {
						t.Fatalf("%s not found: .ci/run installs qemu-user-static", b.Runner)
					}
					t.Skipf("%s not found (apt-get install qemu-user-static): %s build not checked", b.Runner, b.Name)
				}
				runner = p
			}
			bin := filepath.Join(t.TempDir(), "pkg.test")
			args := []string{"test", "-c", "-o", bin}
			if b.Tags != "" {
				args = append(args, "-tags", b.Tags)
			}
			build := exec.Command(goBin, append(args, ".")...)
			build.Env = append(os.Environ(), "CGO_ENABLED=0")
			if b.GOARCH != "" {
				build.Env = append(build.Env, "GOARCH="+b.GOARCH)
			}
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("building the %s test binary: %v\n%s", b.Name, err, out)
			}
			cmdArgs := []string{"-test.run", pattern, "-test.v"}
			var cmd *exec.Cmd
			if runner != "" {
				cmd = exec.Command(runner, append([]string{bin}, cmdArgs...)...)
			} else {
				cmd = exec.Command(bin, cmdArgs...)
			}
			cmd.Env = append(os.Environ(), "VERITRAIN_CROSSARCH_CHILD=1")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s build: %v\n%s", b.Name, err, out)
			}
			// a pattern that matches nothing passes silently: count what ran
			if n := strings.Count(string(out), "--- PASS"); n == 0 {
				t.Fatalf("%s build ran no test matching %s\n%s", b.Name, pattern, out)
			}
			t.Logf("%s build passed %s (%d tests and subtests)", b.Name, pattern, strings.Count(string(out), "--- PASS"))
		})
	}
}
