package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/veritrain/veritrain/pinpoint/onchain"
)

func TestParseChunks(t *testing.T) {
	got, err := parseChunks([]string{"0:0", "2:17", "4294967295:4294967295"})
	if err != nil || len(got) != 3 || got[1] != onchain.Chunk(2, 17) || got[2] != ^uint64(0) {
		t.Fatalf("parseChunks: %v %v", got, err)
	}
	many := make([]string, onchain.MaxChunks+1)
	for i := range many {
		many[i] = fmt.Sprintf("0:%d", i)
	}
	for _, bad := range [][]string{nil, many, {"1"}, {"1:"}, {":1"}, {"-1:0"}, {"0:4294967296"}, {"a:b"}} {
		if _, err := parseChunks(bad); !errors.As(err, new(usageError)) {
			t.Errorf("parseChunks(%q): %v, want a usage error", bad, err)
		}
	}
}
