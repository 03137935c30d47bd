package contracts

import (
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
)

//go:embed artifacts/*.bin-runtime
var runtimeCode embed.FS

// RuntimeCode is contract name's runtime (deployed) bytecode as the pinned compiler
// makes it (artifacts/<name>.bin-runtime). For a contract without immutables it is
// exactly what eth_getCode returns for any deployment of it, so the keccak256 of the
// two identifies the audited code (a contract with immutables has zeros in their place).
func RuntimeCode(name string) ([]byte, error) {
	b, err := runtimeCode.ReadFile("artifacts/" + name + ".bin-runtime")
	if err != nil {
		return nil, fmt.Errorf("contracts: runtime code of %s: %w", name, err)
	}
	code, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("contracts: runtime code of %s: %w", name, err)
	}
	return code, nil
}
