// Command zkverifier compiles the element circuit for a number of dot-product terms,
// runs the seeded (NOT trusted) setup and writes gnark's Solidity verifier for it:
//
//	go run ./proofs/cmd/zkverifier -terms 8 -name ZkElementVerifier8 -out contracts/src/ZkElementVerifier8.sol
//	go run ./proofs/cmd/zkverifier -terms 784 -name ZkElementVerifier784 -out contracts/src/ZkElementVerifier784.sol -cache
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
	cache := flag.Bool("cache", false, "also write the keys into the user cache folder, where `veritrain demo --zk` looks for them")
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
	h, err := p.VerifierSHA256()
	if err != nil {
		slog.Error("export", "err", err)
		os.Exit(1)
	}
	slog.Info("verifier", "sha256", h, "note", "proofs.committedVerifiers must hold it for the committed file")
	if *cache {
		root, err := os.UserCacheDir()
		if err != nil {
			slog.Error("cache", "err", err)
			os.Exit(1)
		}
		if *seed != proofs.DevSeed {
			slog.Error("cache: only DevSeed keys are cached")
			os.Exit(1)
		}
		dir, err := proofs.SaveDevCache(root, p)
		if err != nil {
			slog.Error("cache", "err", err)
			os.Exit(1)
		}
		slog.Info("keys cached", "dir", dir)
	}
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
