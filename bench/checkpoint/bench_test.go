package checkpointbench

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"
)

func TestRunSmall(t *testing.T) {
	for _, tool := range []string{"sha256sum", "zstd"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	var out bytes.Buffer
	cfg := Config{Checkpoints: 3, Interval: 2, Seed: 1, Repeats: 1, TempDir: t.TempDir()}
	if err := Run(context.Background(), cfg, &out); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{"`sha256sum`", "GOMAXPROCS=1", "`zstd -1`", "planes + XOR previous, SpeedDefault"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if rows := strings.Count(report, "\n|"); rows < 14 {
		t.Errorf("report has %d table rows:\n%s", rows, report)
	}
}
