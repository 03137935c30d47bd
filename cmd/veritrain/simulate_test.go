package main

import (
	"strings"
	"testing"
)

func TestSimulateCommand(t *testing.T) {
	out, err := execute(t, "simulate", "--rounds", "300", "--seed", "3", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Tasks int `json:"tasks"`
		Rows  []struct {
			Strategy string `json:"strategy"`
		} `json:"rows"`
	}
	lastJSON(t, out, &rep)
	if rep.Tasks != 300 || len(rep.Rows) < 7 {
		t.Fatalf("%+v", rep)
	}
	again, err := execute(t, "simulate", "--rounds", "300", "--seed", "3", "--json")
	if err != nil || again != out {
		t.Fatalf("not deterministic: %v", err)
	}
	text, err := execute(t, "simulate", "--rounds", "300")
	if err != nil || !strings.Contains(text, "lazy verifier") || !strings.Contains(text, "cheat undetected") {
		t.Fatalf("%v\n%s", err, text)
	}
	// no stakes: deviations pay and --check says so
	if _, err := execute(t, "simulate", "--rounds", "300", "--check", "--solver-stake", "0.001", "--attest-stake", "0.001",
		"--forced-error-bps", "0"); err == nil {
		t.Fatal("--check passed without stakes")
	}
	if _, err := execute(t, "simulate", "--segments", "1"); err == nil {
		t.Fatal("one segment accepted")
	}
}
