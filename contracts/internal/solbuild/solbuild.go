// Package solbuild compiles contracts/src/*.sol with the pinned solc (npm solc,
// run by node with --standard-json) and writes the artifacts and abigen v2
// bindings that are committed under contracts/. It is what `go generate
// ./contracts` runs and what the sync test re-runs into a temporary directory.
//
// Vocabulary: a *source* is one file of src/; a *contract* is one named unit
// solc reports for it; a *deployable* contract has creation bytecode and a
// ABI with more than errors (interfaces, abstract contracts and internal-only
// libraries produce no artifact).
//
// Invariants: output depends only on the sources, the pinned compiler and the
// settings below (no paths, dates or versions of this machine leak in); two
// contracts may not share a name, because artifacts are keyed by name.
package solbuild

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Compiler settings that are part of every artifact. Osaka is the fork mainnet
// runs since December 2025 and the newest solc 0.8.37 targets by default; it
// gives the CLZ opcode (EIP-7939), which Float32.sol uses to normalise.
const (
	EVMVersion     = "osaka"
	OptimizerRuns  = 200
	SolcVersion    = "0.8.37"
	sourcePrefix   = "src/"
	artifactsDir   = "artifacts"
	bindingsDir    = "bindings"
	abiExt, binExt = ".abi", ".bin"
	runtimeExt     = ".bin-runtime"
)

var (
	// ErrNoCompiler means node_modules/solc is missing: run contracts/install.sh.
	ErrNoCompiler = errors.New("solbuild: solc not installed (run contracts/install.sh)")
	// ErrCompile means solc reported at least one error.
	ErrCompile = errors.New("solbuild: compilation failed")
	// ErrDuplicate means two sources define a deployable contract of the same name.
	ErrDuplicate = errors.New("solbuild: duplicate contract name")
)

// Options says where to read and write. Dir is the contracts/ directory (it
// holds src/ and node_modules/); Out is where artifacts/ and bindings/ are
// written (Dir itself for `go generate`, a temporary directory for the sync test).
type Options struct {
	Dir string
	Out string
	// Abigen is the command that runs abigen, default "go tool abigen" run in Dir
	// (the tool pinned by go.mod).
	Abigen []string
}

// Contract is one deployable compiled contract.
type Contract struct {
	Name   string // Solidity name, e.g. Float32Harness
	Source string // e.g. src/Float32Harness.sol
	ABI    []byte // compact JSON as solc printed it
	Bin    string // creation bytecode, hex without 0x
	// Runtime is the deployed bytecode, hex without 0x: what eth_getCode returns for a
	// contract without immutables, so a deployment's code hash can be checked against it.
	Runtime string
}

// SolcPath returns the solcjs entry point inside dir/node_modules.
func SolcPath(dir string) string { return filepath.Join(dir, "node_modules", "solc", "solc.js") }

// Compile runs solc over every dir/src/*.sol and returns the deployable
// contracts sorted by name.
func Compile(ctx context.Context, dir string) ([]Contract, error) {
	if _, err := os.Stat(SolcPath(dir)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoCompiler, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "src", "*.sol"))
	if err != nil {
		return nil, fmt.Errorf("solbuild: list sources: %w", err)
	}
	sort.Strings(files)
	type source struct {
		Content string `json:"content"`
	}
	sources := make(map[string]source, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("solbuild: read source: %w", err)
		}
		sources[sourcePrefix+filepath.Base(f)] = source{Content: string(b)}
	}
	input := map[string]any{
		"language": "Solidity",
		"sources":  sources,
		"settings": map[string]any{
			"optimizer":  map[string]any{"enabled": true, "runs": OptimizerRuns},
			"evmVersion": EVMVersion,
			"outputSelection": map[string]any{
				"*": map[string]any{"*": []string{"abi", "evm.bytecode.object", "evm.deployedBytecode.object"}},
			},
		},
	}
	in, err := json.Marshal(input)
	if err != nil {
		return nil, fmt.Errorf("solbuild: encode input: %w", err)
	}
	// solcjs reads its input with readFileSync(0), which fails with EAGAIN on
	// a pipe: hand it a regular file as standard input.
	inFile, err := os.CreateTemp("", "solc-input-*.json")
	if err != nil {
		return nil, fmt.Errorf("solbuild: %w", err)
	}
	defer os.Remove(inFile.Name())
	defer inFile.Close()
	if _, err := inFile.Write(in); err != nil {
		return nil, fmt.Errorf("solbuild: write solc input: %w", err)
	}
	if _, err := inFile.Seek(0, 0); err != nil {
		return nil, fmt.Errorf("solbuild: %w", err)
	}
	// Likewise its output: node writes to a pipe asynchronously and solcjs
	// exits before a large document is flushed; writes to a file are synchronous.
	outFile, err := os.CreateTemp("", "solc-output-*.json")
	if err != nil {
		return nil, fmt.Errorf("solbuild: %w", err)
	}
	defer os.Remove(outFile.Name())
	defer outFile.Close()
	cmd := exec.CommandContext(ctx, "node", SolcPath(dir), "--standard-json")
	cmd.Dir = dir
	cmd.Stdin = inFile
	cmd.Stdout = outFile
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("solbuild: run solc: %w: %s", err, stderr.String())
	}
	out, err := os.ReadFile(outFile.Name())
	if err != nil {
		return nil, fmt.Errorf("solbuild: read solc output: %w", err)
	}
	return parseOutput(out)
}

// solcOutput is the part of solc's standard-json output we read.
type solcOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
			DeployedBytecode struct {
				Object string `json:"object"`
			} `json:"deployedBytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

func parseOutput(out []byte) ([]Contract, error) {
	// solcjs prints informational ">>>" lines before the JSON document.
	i := bytes.IndexByte(out, '{')
	if i < 0 {
		return nil, fmt.Errorf("%w: no JSON in solc output: %q", ErrCompile, out)
	}
	var res solcOutput
	if err := json.Unmarshal(out[i:], &res); err != nil {
		return nil, fmt.Errorf("solbuild: decode solc output: %w", err)
	}
	var msgs []string
	for _, e := range res.Errors {
		if e.Severity == "error" {
			msgs = append(msgs, e.FormattedMessage)
		}
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("%w:\n%s", ErrCompile, strings.Join(msgs, "\n"))
	}
	seen := map[string]string{}
	var cs []Contract
	for src, units := range res.Contracts {
		for name, u := range units {
			var abi bytes.Buffer
			if err := json.Compact(&abi, u.ABI); err != nil {
				return nil, fmt.Errorf("solbuild: %s: bad ABI: %w", name, err)
			}
			bindable, err := hasEntryPoint(u.ABI)
			if err != nil {
				return nil, fmt.Errorf("solbuild: %s: %w", name, err)
			}
			if u.EVM.Bytecode.Object == "" || !bindable {
				continue // interface, abstract contract or internal-only library
			}
			if prev, ok := seen[name]; ok {
				return nil, fmt.Errorf("%w: %s in %s and %s", ErrDuplicate, name, prev, src)
			}
			seen[name] = src
			cs = append(cs, Contract{Name: name, Source: src, ABI: abi.Bytes(), Bin: u.EVM.Bytecode.Object,
				Runtime: u.EVM.DeployedBytecode.Object})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	return cs, nil
}

// hasEntryPoint reports whether an ABI has anything to bind besides errors:
// an internal-only library's ABI lists just the errors it declares (and the
// contracts that use them list those errors too).
func hasEntryPoint(abi []byte) (bool, error) {
	var entries []struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(abi, &entries); err != nil {
		return false, fmt.Errorf("decode ABI: %w", err)
	}
	for _, e := range entries {
		if e.Type != "error" {
			return true, nil
		}
	}
	return false, nil
}

// PackageName is the Go package (and folder under bindings/) of a contract's binding.
func PackageName(contract string) string { return strings.ToLower(contract) }

// Generate compiles the sources and writes, under opts.Out, artifacts/<Name>.abi,
// artifacts/<Name>.bin, artifacts/<Name>.bin-runtime and bindings/<name>/<name>.go
// for every deployable contract. Stale files of contracts that no longer exist are removed, so the
// output is a function of the sources alone. It returns the paths written,
// relative to opts.Out.
func Generate(ctx context.Context, opts Options) ([]string, error) {
	cs, err := Compile(ctx, opts.Dir)
	if err != nil {
		return nil, err
	}
	abigen := opts.Abigen
	if len(abigen) == 0 {
		abigen = []string{"go", "tool", "abigen"}
	}
	if err := clean(opts.Out, cs); err != nil {
		return nil, err
	}
	var written []string
	for _, c := range cs {
		abiRel := filepath.Join(artifactsDir, c.Name+abiExt)
		binRel := filepath.Join(artifactsDir, c.Name+binExt)
		if err := writeFile(filepath.Join(opts.Out, abiRel), append(c.ABI, '\n')); err != nil {
			return nil, err
		}
		if err := writeFile(filepath.Join(opts.Out, binRel), []byte(c.Bin+"\n")); err != nil {
			return nil, err
		}
		runtimeRel := filepath.Join(artifactsDir, c.Name+runtimeExt)
		if err := writeFile(filepath.Join(opts.Out, runtimeRel), []byte(c.Runtime+"\n")); err != nil {
			return nil, err
		}
		pkg := PackageName(c.Name)
		goRel := filepath.Join(bindingsDir, pkg, pkg+".go")
		goPath := filepath.Join(opts.Out, goRel)
		if err := os.MkdirAll(filepath.Dir(goPath), 0o755); err != nil {
			return nil, fmt.Errorf("solbuild: %w", err)
		}
		args := append(abigen[1:len(abigen):len(abigen)], "--v2",
			"--abi", filepath.Join(opts.Out, abiRel), "--bin", filepath.Join(opts.Out, binRel),
			"--pkg", pkg, "--type", c.Name, "--out", goPath)
		cmd := exec.CommandContext(ctx, abigen[0], args...)
		cmd.Dir = opts.Dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("solbuild: abigen %s: %w: %s", c.Name, err, out)
		}
		// abigen creates its output 0600; generated sources are ordinary files.
		if err := os.Chmod(goPath, 0o644); err != nil {
			return nil, fmt.Errorf("solbuild: %w", err)
		}
		written = append(written, abiRel, binRel, runtimeRel, goRel)
	}
	return written, nil
}

// clean removes artifacts and binding packages of contracts that are gone.
func clean(out string, cs []Contract) error {
	keep := map[string]bool{}
	for _, c := range cs {
		keep[c.Name+abiExt], keep[c.Name+binExt], keep[c.Name+runtimeExt], keep[PackageName(c.Name)] = true, true, true, true
	}
	for _, d := range []string{artifactsDir, bindingsDir} {
		entries, err := os.ReadDir(filepath.Join(out, d))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("solbuild: %w", err)
		}
		for _, e := range entries {
			if !keep[e.Name()] {
				if err := os.RemoveAll(filepath.Join(out, d, e.Name())); err != nil {
					return fmt.Errorf("solbuild: remove stale %s: %w", e.Name(), err)
				}
			}
		}
	}
	return nil
}

func writeFile(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("solbuild: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("solbuild: %w", err)
	}
	return nil
}
