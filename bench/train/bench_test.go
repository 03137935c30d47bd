package trainbench

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/veritrain/veritrain/checkpoint"
	"github.com/veritrain/veritrain/train"
)

func TestParseTorchOutput(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[string][]float64
		err      bool
	}{
		{"windows", "mnist-mlp 1.5\nmnist-mlp 1.25\nmnist-cnn 4\n", map[string][]float64{"mnist-mlp": {1.5, 1.25}, "mnist-cnn": {4}}, false},
		{"comments and blanks", "# torch 1.13\n\n  mnist-mlp 2.0  \n", map[string][]float64{"mnist-mlp": {2}}, false},
		{"empty", "", map[string][]float64{}, false},
		{"three fields", "mnist-mlp 1 2\n", nil, true},
		{"one field", "mnist-mlp\n", nil, true},
		{"not a number", "mnist-mlp fast\n", nil, true},
		{"zero", "mnist-mlp 0\n", nil, true},
		{"negative", "mnist-mlp -1\n", nil, true},
		{"nan", "mnist-mlp NaN\n", nil, true},
		{"inf", "mnist-mlp +Inf\n", nil, true},
		{"line too long", "mnist-mlp " + strings.Repeat("1", 1<<17) + "\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseTorchOutput(strings.NewReader(c.in))
			if c.err {
				if !errors.Is(err, ErrBadTorchOutput) {
					t.Fatalf("err %v, want ErrBadTorchOutput", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
}

func FuzzParseTorchOutput(f *testing.F) {
	f.Add("mnist-mlp 1.5\nmnist-cnn 4\n# torch\n")
	f.Add("x 1e309\n")
	f.Add("a 0x1p-3\n\n#\n")
	f.Fuzz(func(t *testing.T, in string) {
		res, err := ParseTorchOutput(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, ErrBadTorchOutput) {
				t.Fatalf("error %v does not wrap ErrBadTorchOutput", err)
			}
			return
		}
		for m, ms := range res {
			if m == "" || strings.ContainsAny(m, " \t\n") || len(ms) == 0 {
				t.Fatalf("model %q with %v", m, ms)
			}
			for _, v := range ms {
				if !(v > 0) || math.IsInf(v, 0) {
					t.Fatalf("model %q: accepted time %v", m, v)
				}
			}
		}
	})
}

func TestTimeWindows(t *testing.T) {
	calls := 0
	step := func() error { calls++; return nil }
	ms, err := TimeWindows(context.Background(), step, 3, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 3+4*5 || len(ms) != 4 {
		t.Fatalf("%d calls and %d windows, want 23 and 4", calls, len(ms))
	}
	for _, v := range ms {
		if v < 0 || math.IsNaN(v) {
			t.Fatalf("window time %v", v)
		}
	}

	boom := errors.New("boom")
	calls = 0
	failing := func() error {
		if calls++; calls == 7 {
			return boom
		}
		return nil
	}
	if _, err := TimeWindows(context.Background(), failing, 2, 3, 4); !errors.Is(err, boom) {
		t.Fatalf("err %v, want the step's error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := TimeWindows(ctx, step, 0, 2, 1); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if _, err := TimeWindows(context.Background(), step, 0, 0, 1); err == nil {
		t.Fatal("zero windows accepted")
	}
}

func TestCell(t *testing.T) {
	cases := []struct {
		w            []float64
		best, median float64
	}{
		{nil, 0, 0},
		{[]float64{3}, 3, 3},
		{[]float64{5, 1, 3}, 1, 3},
		{[]float64{4, 1, 3, 2}, 1, 2.5},
	}
	for _, c := range cases {
		cell := Cell{Windows: c.w}
		if b, m := cell.Best(), cell.Median(); b != c.best || m != c.median {
			t.Errorf("%v: best %v median %v, want %v %v", c.w, b, m, c.best, c.median)
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	r := &Report{CPU: "Test CPU", Cores: 2, Threads: 2, GoVersion: "go1.x", TorchInfo: "torch 9",
		Options: Options{Rounds: 1, Windows: 2, Steps: 3, TorchEnv: []string{"A=B"}},
		Models:  []string{"mnist-mlp", "mnist-cnn"},
		Cells: map[string]map[string]*Cell{
			"mnist-mlp": {RepOps: {Windows: []float64{6, 5}}, Gorgonia: {Windows: []float64{7.5}}, Torch: {Windows: []float64{2.5, 9}}},
			"mnist-cnn": {RepOps: {Windows: []float64{12}}},
		},
		Accuracy: []Accuracy{{Model: "mnist-mlp", Steps: 500, RepOps: 0.9512, Gorgonia: 0.95, RepOpsLoss: 0.25, GorgLoss: 0.25,
			Params: 100, ParamsDiffer: 40, MaxParamDiff: 2.5e-7}},
	}
	var b bytes.Buffer
	if err := r.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"CPU: Test CPU, 2 cores; 2 threads; go1.x; torch 9 (A=B)",
		"| mnist-mlp | 5.00 | 7.50 | 2.50 | 2.00 | 0.67 |", // fastest windows
		"| mnist-mlp | 5.50 | 7.50 | 5.75 | 0.96 | 0.73 |", // median windows
		"| mnist-cnn | 12.00 | – | – | – | – |",
		"| mnist-mlp | 500 | 95.12% | 95.00% | 0.25000 | 0.25000 | 40 of 100 | 2.5e-07 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// fakePython writes a shell script standing in for torch_step.py, run by /bin/sh.
func fakePython(t *testing.T, body string) Options {
	t.Helper()
	p := filepath.Join(t.TempDir(), "torch_step.sh")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return Options{Python: "/bin/sh", TorchScript: p, Models: []string{"mnist-mlp", "synthetic-mlp"},
		Threads: 2, Steps: 3, Warmup: 1, Windows: 2, TorchEnv: []string{"VT_FAKE=yes"}}
}

func TestRunTorch(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	// The script checks the arguments and environment it is given.
	o := fakePython(t, `
[ "$*" = "--threads 2 --steps 3 --warmup 1 --windows 2 --models mnist-mlp" ] || { echo "bad args: $*" >&2; exit 2; }
[ "$VT_FAKE" = yes ] && [ "$OMP_NUM_THREADS" = 2 ] || { echo "bad env" >&2; exit 3; }
echo "mnist-mlp 1.5"; echo "mnist-mlp 1.25"; echo "# torch 0.0, fake" >&2`)
	res, info, err := RunTorch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res, map[string][]float64{"mnist-mlp": {1.5, 1.25}}) || info != "torch 0.0, fake" {
		t.Fatalf("got %v %q", res, info)
	}

	for name, body := range map[string]string{
		"exit status":    `echo "no torch here" >&2; exit 1`,
		"garbage":        `echo "mnist-mlp soon"`,
		"missing figure": `echo "mnist-cnn 2"`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := RunTorch(context.Background(), fakePython(t, body)); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

// TestRun runs the whole harness at the smallest size: every contender fills its cells,
// and the accuracy check runs.
func TestRun(t *testing.T) {
	o := fakePython(t, `for i in 1 2; do echo "mnist-mlp 2.$i"; done`)
	o.Rounds, o.Windows, o.Steps, o.Warmup, o.AccSteps = 2, 1, 1, 1, 3
	r, err := Run(context.Background(), o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"mnist-mlp/" + RepOps: 2, "mnist-mlp/" + Gorgonia: 2, "mnist-mlp/" + Torch: 4, "synthetic-mlp/" + RepOps: 2}
	got := map[string]int{}
	for m, cs := range r.Cells {
		for c, cell := range cs {
			got[m+"/"+c] = len(cell.Windows)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("windows per cell %v, want %v", got, want)
	}
	if len(r.Accuracy) != 1 {
		t.Fatalf("accuracy %+v", r.Accuracy)
	}
	// Three steps of two float32 implementations of the same model: close, not equal.
	a := r.Accuracy[0]
	if a.Model != "mnist-mlp" || a.Steps != 3 || a.Params != 784*256+256+256*10+10 ||
		a.ParamsDiffer == 0 || a.MaxParamDiff > 1e-5 || a.RepOps < 0.3 || math.Abs(a.RepOps-a.Gorgonia) > 0.01 {
		t.Fatalf("accuracy %+v", a)
	}
}

func BenchmarkGorgoniaStepMLP(b *testing.B) {
	s := builtin(b, "mnist-mlp")
	tr, err := train.NewTrainer(s)
	if err != nil {
		b.Fatal(err)
	}
	gm, err := NewGorgoniaMLP(s, tr.Init())
	if err != nil {
		b.Fatal(err)
	}
	defer gm.Close()
	x, y := tr.Batch(&checkpoint.State{})
	for b.Loop() {
		if _, err := gm.Step(x, y); err != nil {
			b.Fatal(err)
		}
	}
}
