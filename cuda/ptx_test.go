package cuda

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/cuda/internal/kerneltest"
	"github.com/veritrain/veritrain/repops"
)

// forbidden matches the instructions the RepOps rules exclude. rcp.rn.f32 (LLVM's form
// of 1/x) is allowed: it is IEEE-754 correctly rounded, the same bits as div.rn.f32 of 1
// by x, subnormals included (without .ftz); rcp.approx is caught by .approx. The one
// fused instruction allowed is fma.rn.f32 (fusedOK): the definitions' fma (matrix
// products, the optimizers' updates, the transformer kernels' fma chains and fused
// steps), one rounding to nearest even, as repops.FMA32;
// every other fma or mad form (other roundings, .sat, .ftz, f16, f64) is refused.
var forbidden = regexp.MustCompile(`^(@!?%p\d+\s+)?(fma\.|mad\.[a-z.]*f(16|32|64)|atom\.|red\.|shfl\.|vote\.|ex2\.|lg2\.|rsqrt\.|sin\.|cos\.|tanh\.)|\.approx|\.ftz|\.full`)

// fusedOK is the fused multiply-add the definitions name: fma.rn.f32, nothing more.
var fusedOK = regexp.MustCompile(`^(@!?%p\d+\s+)?fma\.rn\.f32\s`)

// refused reports whether the scan refuses instruction in.
func refused(in string) bool { return forbidden.MatchString(in) && !fusedOK.MatchString(in) }

// instructions returns the PTX instruction lines (no comments, directives or labels).
func instructions(t *testing.T) []string {
	t.Helper()
	var ins []string
	for _, line := range strings.Split(string(PTX), "\n") {
		line = strings.TrimSpace(line)
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, ".") || strings.HasSuffix(line, ":") || line == "{" || line == "}" || line == ")" {
			continue
		}
		ins = append(ins, line)
	}
	if len(ins) < 100 {
		t.Fatalf("only %d instructions in the embedded PTX", len(ins))
	}
	return ins
}

// TestPTXNoFusedOrAtomic holds the PTX to the RepOps rules: no fused multiply-add but
// the definitions' fma.rn.f32 (no other fma, no mad on floats), no atomics or
// reductions across threads, no approximate, flush-to-zero or transcendental hardware
// instructions, and every float add, sub, mul, fma, div, rcp and sqrt with an explicit
// .rn (without one, ptxas may contract mul+add into fma).
func TestPTXNoFusedOrAtomic(t *testing.T) {
	arith := regexp.MustCompile(`^(@!?%p\d+\s+)?(add|sub|mul|fma|div|sqrt|rcp)\.([a-z0-9]+\.)*f32\b`)
	floats := 0
	for _, in := range instructions(t) {
		if refused(in) {
			t.Errorf("forbidden instruction: %s", in)
		}
		if arith.MatchString(in) {
			floats++
			if !strings.Contains(strings.Fields(in)[0], ".rn.") && !strings.Contains(in, ".rn.f32") {
				t.Errorf("float arithmetic without an explicit .rn: %s", in)
			}
		}
	}
	if floats < 100 {
		t.Errorf("only %d float instructions found: the scan is not reading the PTX right", floats)
	}
}

// TestPTXScanCatches feeds the scan's patterns the instructions it must refuse, and
// the fused one it must allow.
func TestPTXScanCatches(t *testing.T) {
	for _, in := range []string{"fma.rz.f32 %f1, %f2, %f3, %f4;", "fma.rn.ftz.f32 %f1, %f2, %f3, %f4;",
		"fma.rn.sat.f32 %f1, %f2, %f3, %f4;", "fma.rn.f64 %fd1, %fd2, %fd3, %fd4;", "fma.rn.f16 %h1, %h2, %h3, %h4;",
		"@%p1 fma.rm.f32 %f1, %f2, %f3, %f4;", "mad.rn.f32 %f1, %f2, %f3, %f4;", "atom.global.add.f32 %f1, [%rd1], %f2;",
		"red.global.add.f32 [%rd1], %f1;", "ex2.approx.ftz.f32 %f1, %f2;", "div.full.f32 %f1, %f2, %f3;",
		"mul.ftz.rn.f32 %f1, %f2, %f3;", "rcp.approx.f32 %f1, %f2;"} {
		if !refused(in) {
			t.Errorf("scan lets through %q", in)
		}
	}
	for _, in := range []string{"mad.lo.s32 %r1, %r2, %r3, %r4;", "fma.rn.f32 %f1, %f2, %f3, %f4;", "@%p1 fma.rn.f32 %f1, %f2, %f3, %f4;"} {
		if refused(in) {
			t.Errorf("scan refuses %q", in)
		}
	}
}

var entryRE = regexp.MustCompile(`(?s)\.visible \.entry (\w+)\((.*?)\)`)
var paramRE = regexp.MustCompile(`\.param (\.\w+) `)

// ptxEntries parses the kernels' parameter types from the PTX.
func ptxEntries(t *testing.T) map[string][]string {
	t.Helper()
	ents := map[string][]string{}
	for _, m := range entryRE.FindAllStringSubmatch(string(PTX), -1) {
		var types []string
		for _, p := range paramRE.FindAllStringSubmatch(m[2], -1) {
			types = append(types, p[1])
		}
		ents[m[1]] = types
	}
	return ents
}

// TestPTXSignatures checks, without a GPU, that the argument list Run builds for every
// kernel (output, inputs, then parameters) has the types of the PTX entry's parameters,
// for both matrix product variants: a mismatch would make the GPU read garbage.
func TestPTXSignatures(t *testing.T) {
	ents := ptxEntries(t)
	if len(ents) != len(ptxFunctions()) {
		t.Errorf("%d entries in the PTX, %d functions looked up", len(ents), len(ptxFunctions()))
	}
	defer func() { mmVariant = "" }()
	seen := map[string]bool{}
	for _, variant := range []string{"tile64", "tile16"} {
		mmVariant = variant
		for _, k := range kerneltest.Kernels(true) {
			if _, ok := k.(repops.MatMulK); !ok && variant == "tile16" {
				continue
			}
			p, err := planFor(k)
			if err != nil {
				t.Fatalf("%v: %v", k, err)
			}
			want, ok := ents[p.fn]
			if !ok {
				t.Fatalf("%v: no entry %s in the PTX", k, p.fn)
			}
			seen[p.fn] = true
			got := make([]string, 0, len(want))
			for range 1 + len(k.InLens()) {
				got = append(got, argPtr.ptx())
			}
			for _, a := range p.params {
				got = append(got, a.kind.ptx())
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%v: Run passes %v, %s takes %v", k, got, p.fn, want)
			}
			if p.block[0]*p.block[1]*p.block[2] == 0 || p.grid[0]*p.grid[1]*p.grid[2] == 0 {
				t.Errorf("%v: empty launch %v×%v", k, p.grid, p.block)
			}
		}
	}
	for _, name := range ptxFunctions() {
		if !seen[name] {
			t.Errorf("kernel %s not exercised by the shapes", name)
		}
	}
}

// TestPTXInSync regenerates the PTX with the pinned clang and compares it with the
// committed (embedded) file. It skips where clang-14 is not installed
// (`bash cuda/install.sh` installs it in about 15 s).
func TestPTXInSync(t *testing.T) {
	clang := os.Getenv("CLANG")
	if clang == "" {
		clang = "clang-14"
	}
	if _, err := exec.LookPath(clang); err != nil {
		t.Skipf("%s not installed (bash cuda/install.sh): PTX sync with kernels/repops.cu not checked", clang)
	}
	out := filepath.Join(t.TempDir(), "repops.ptx")
	cmd := exec.Command("bash", "gen.sh", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		var ee *exec.ExitError
		errors.As(err, &ee)
		t.Fatalf("gen.sh: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, PTX) {
		t.Fatal("kernels/repops.ptx is stale: run `go generate ./cuda` and commit the result")
	}
}
