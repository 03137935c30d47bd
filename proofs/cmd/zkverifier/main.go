// Command zkverifier compiles the element circuit for a number of dot-product terms,
// runs the seeded (NOT trusted) setup and writes gnark's Solidity verifier for it:
//
//	go run ./proofs/cmd/zkverifier -terms 8 -name ZkElementVerifier8 -out contracts/src/ZkElementVerifier8.sol
//	go run ./proofs/cmd/zkverifier -terms 784 -name ZkElementVerifier784 -out contracts/src/ZkElementVerifier784.sol
//
// then `go generate ./contracts`. The same seed gives the same keys on every machine,
// so a prover re-derives the proving key with proofs.NewInsecureProver(terms, seed).
package main

import (
	"bytes"
	"flag"
	"log/slog"
	"os"
	"time"

	"github.com/veritrain/veritrain/proofs"
)

func main() {
	terms := flag.Int("terms", 8, "dot-product terms the circuit holds")
	name := flag.String("name", "", "contract name (default ZkElementVerifier<terms>)")
	seed := flag.String("seed", proofs.DevSeed, "setup seed (public: the setup is not trusted)")
	out := flag.String("out", "", "output .sol (default stdout)")
	flag.Parse()
	if *name == "" {
		*name = proofs.VerifierName(*terms)
	}
	start := time.Now()
	p, err := proofs.NewInsecureProver(*terms, *seed)
	if err != nil {
		slog.Error("setup", "err", err)
		os.Exit(1)
	}
	slog.Info("setup done", "terms", *terms, "constraints", p.CCS.GetNbConstraints(), "took", time.Since(start).Round(time.Millisecond))
	var buf bytes.Buffer
	if err := p.ExportSolidity(&buf, *name); err != nil {
		slog.Error("export", "err", err)
		os.Exit(1)
	}
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
		return
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		slog.Error("write", "err", err)
		os.Exit(1)
	}
}
