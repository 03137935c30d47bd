package solbuild

import (
	"errors"
	"testing"
)

func TestParseOutput(t *testing.T) {
	const ok = `>>> Cannot retry compilation with SMT because there are no SMT solvers available.
{"contracts":{"src/A.sol":{
  "A":{"abi":[{"type":"function","name":"f","inputs":[],"outputs":[],"stateMutability":"pure"}],"evm":{"bytecode":{"object":"6001"},"deployedBytecode":{"object":"6004"}}},
  "L":{"abi":[{"type":"error","name":"E","inputs":[]}],"evm":{"bytecode":{"object":"6002"}}},
  "I":{"abi":[{"type":"function","name":"g","inputs":[],"outputs":[],"stateMutability":"view"}],"evm":{"bytecode":{"object":""}}}},
 "src/B.sol":{"B":{"abi":[{"type":"constructor","inputs":[],"stateMutability":"nonpayable"}],"evm":{"bytecode":{"object":"6003"}}}}},
 "errors":[{"severity":"warning","formattedMessage":"unused"}]}`
	for _, tc := range []struct {
		name  string
		out   string
		names []string
		err   error
	}{
		{"deployable only, sorted, banner stripped", ok, []string{"A", "B"}, nil},
		{"compiler error", `{"errors":[{"severity":"error","formattedMessage":"ParserError: x"}]}`, nil, ErrCompile},
		{"no JSON", ">>> nothing", nil, ErrCompile},
		{"duplicate name", `{"contracts":{
  "src/A.sol":{"A":{"abi":[{"type":"function","name":"f"}],"evm":{"bytecode":{"object":"60"}}}},
  "src/B.sol":{"A":{"abi":[{"type":"function","name":"f"}],"evm":{"bytecode":{"object":"60"}}}}}}`, nil, ErrDuplicate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := parseOutput([]byte(tc.out))
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if len(cs) != len(tc.names) {
				t.Fatalf("got %d contracts %v, want %v", len(cs), cs, tc.names)
			}
			for i, c := range cs {
				if c.Name != tc.names[i] {
					t.Errorf("contract %d is %s, want %s", i, c.Name, tc.names[i])
				}
			}
			if len(cs) > 0 && cs[0].Name == "A" && cs[0].Runtime != "6004" {
				t.Errorf("A's runtime code is %q, want 6004", cs[0].Runtime)
			}
		})
	}
}

func TestPackageName(t *testing.T) {
	if got := PackageName("Float32Harness"); got != "float32harness" {
		t.Errorf("PackageName = %q", got)
	}
}
