// Command proofs measures the element circuit (package proofs): constraints, setup,
// proving and verifying time, proof size, and on-chain gas (the committed 784-term
// verifier behind a ZkElementJudge on the simulated chain, Osaka rules), and writes
// the report:
//
//	go run ./bench/proofs > bench/proofs/README.md
//
// It takes several minutes: the 784-term setup alone is minutes on 2 cores.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/veritrain/veritrain/contracts/bindings/zkelementjudge"
	"github.com/veritrain/veritrain/contracts/bindings/zkelementverifier784"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/proofs"
	"github.com/veritrain/veritrain/repops"
)

type row struct {
	terms, constraints   int
	setup, prove, verify time.Duration
	proofLen             int
	checkGas             uint64 // ZkElementJudge.check as a transaction, 784-term verifier
}

// dot returns the claim of a dot product of n terms with MNIST-like operands.
func dot(r *rand.Rand, n int) proofs.Claim {
	x, w := make([]float32, n), make([]float32, n)
	for i := range x {
		if r.IntN(4) != 0 {
			x[i] = float32(r.IntN(256)) / 255
		}
		w[i] = float32(r.NormFloat64() * 0.05)
	}
	c, err := proofs.ClaimOf(repops.MatMulK{M: 1, K: n, N: 1}, [][]float32{x, w}, 0)
	if err != nil {
		panic(err)
	}
	return c
}

func main() {
	sizes := []int{64, 256, 784}
	flag.Parse()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(64, 784))
	var rows []row
	var p784 *proofs.Prover
	for _, n := range sizes {
		t0 := time.Now()
		p, err := proofs.NewInsecureProver(n, proofs.DevSeed)
		if err != nil {
			fail("setup", err)
		}
		rw := row{terms: n, constraints: p.CCS.GetNbConstraints(), setup: time.Since(t0)}
		c := dot(r, n)
		t0 = time.Now()
		pr, err := p.Prove(ctx, c)
		if err != nil {
			fail("prove", err)
		}
		rw.prove = time.Since(t0)
		t0 = time.Now()
		if err := p.Verify(pr); err != nil {
			fail("verify", err)
		}
		rw.verify = time.Since(t0)
		rw.proofLen = len(pr.Solidity())
		slog.Info("measured", "terms", n, "constraints", rw.constraints, "setup", rw.setup, "prove", rw.prove)
		rows = append(rows, rw)
		if n == 784 {
			p784 = p
		}
	}
	// the committed verifier must be this setup's (same seed)
	var sol bytes.Buffer
	if err := p784.ExportSolidity(&sol, proofs.VerifierName(784)); err != nil {
		fail("export", err)
	}
	committed, err := os.ReadFile("contracts/src/ZkElementVerifier784.sol")
	if err != nil || !bytes.Equal(committed, sol.Bytes()) {
		fail("committed verifier", fmt.Errorf("contracts/src/ZkElementVerifier784.sol is not the DevSeed setup's verifier (%v)", err))
	}
	sim, err := chain.NewSim(chain.WithAccounts(1), chain.WithOsakaRules())
	if err != nil {
		fail("chain", err)
	}
	defer sim.Close()
	vAt, _, err := chain.Deploy(ctx, sim, 0, &zkelementverifier784.ZkElementVerifier784MetaData, nil)
	if err != nil {
		fail("deploy verifier", err)
	}
	zj := zkelementjudge.NewZkElementJudge()
	jAt, _, err := chain.Deploy(ctx, sim, 0, &zkelementjudge.ZkElementJudgeMetaData, zj.PackConstructor(vAt, 784))
	if err != nil {
		fail("deploy judge", err)
	}
	var verifyGas uint64
	for i := range rows {
		c := dot(r, rows[i].terms)
		pr, err := p784.Prove(ctx, c)
		if err != nil {
			fail("prove 784", err)
		}
		nd := model.ZkNode(model.NodeFromKernel(repops.MatMulK{M: 1, K: rows[i].terms, N: 1}, [32]byte{}, 0, 0, 0, 0))
		data := zj.PackCheck(nd, 0, c.Value, c.OperandBytes(), pr.Solidity())
		if rows[i].checkGas, err = sim.EstimateGas(ctx, ethereum.CallMsg{To: &jAt, Data: data}); err != nil {
			fail("check gas", err)
		}
		if verifyGas == 0 {
			in := pr.PublicInputs()
			vd := zkelementverifier784.NewZkElementVerifier784().PackVerifyProof(pr.Solidity(), [2]*big.Int{in[0], in[1]})
			if verifyGas, err = sim.EstimateGas(ctx, ethereum.CallMsg{To: &vAt, Data: vd}); err != nil {
				fail("verify gas", err)
			}
		}
	}
	report(rows, verifyGas)
}

func fail(what string, err error) {
	slog.Error(what, "err", err)
	os.Exit(1)
}
