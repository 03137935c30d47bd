package onchain_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veritrain/veritrain/contracts"
	"github.com/veritrain/veritrain/contracts/bindings/anykernelderiverprobe"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointgame"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointkernels"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapesderiver"
	"github.com/veritrain/veritrain/contracts/bindings/pinpointshapestderiver"
	"github.com/veritrain/veritrain/contracts/bindings/taskmarket"
	"github.com/veritrain/veritrain/contracts/chain"
	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/pinpoint/onchain"
)

// nodesOf is a step graph with one node of each kernel id (CheckKernels reads only
// the kernels).
func nodesOf(ids ...uint8) []model.Node {
	var ns []model.Node
	for _, id := range ids {
		ns = append(ns, model.Node{Kernel: id})
	}
	return ns
}

// post posts a placeholder task from m and returns it as the market holds it (its
// kernel epoch is the registry's at the post).
func (w *auditWorld) post(m *onchain.Market) taskmarket.TaskMarketTask {
	w.t.Helper()
	head, err := w.sim.HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	spec := taskmarket.TaskMarketSpec{SpecHash: [32]byte{1}, NodesRoot: [32]byte{2}, StateMapRoot: [32]byte{3}, DataRoot: [32]byte{4},
		InitRoot: [32]byte{5}, Steps: 8, Interval: 4, NumNodes: 1, StateDepth: 1}
	terms := taskmarket.TaskMarketTerms{SolverStake: big.NewInt(1e18), ChallengerBond: big.NewInt(1e18), ClaimBy: head.Time + day,
		CommitWindow: day, ChallengeWindow: day, GameClock: 3600}
	id, err := m.Post(w.ctx, spec, terms, big.NewInt(1))
	if err != nil {
		w.t.Fatal(err)
	}
	tk, err := m.Task(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return tk
}

func (w *auditWorld) deploy(meta *bind.MetaData, input []byte) common.Address {
	w.t.Helper()
	at, _, err := chain.Deploy(w.ctx, w.sim, accClient, meta, input)
	if err != nil {
		w.t.Fatal(err)
	}
	return at
}

func (w *auditWorld) codeHash(at common.Address) common.Hash {
	w.t.Helper()
	code, err := w.sim.CodeAt(w.ctx, at, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return crypto.Keccak256Hash(code)
}

// TestCheckKernelsRefusesUnauditedCode: the registry's owner registers
// AnyKernelDeriverProbe (a permissive judge) for a fresh kernel id, and a fresh copy of
// an audited deriver for another: a task of the deployment's kernels passes at either
// epoch, one posted after the registration using either new id is refused with
// ErrUnauditedKernel (which is an ErrUnknownKernel: the daemons refuse it as such),
// naming the kernel, the deriver and the epoch, and the replica's kernel set does not
// know them. The deployment's derivers' code is the embedded artifacts', byte for byte.
func TestCheckKernelsRefusesUnauditedCode(t *testing.T) {
	w := newAuditWorld(t)
	m := w.mkt(accClient)
	reg, err := m.Kernels(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	pk := pinpointkernels.NewPinpointKernels()
	kernelOf := func(id uint8, at uint16) common.Address {
		d, err := bind.Call(pk.Instance(w.sim, reg), nil, pk.PackKernelOf(id, at), pk.UnpackKernelOf)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}

	// (c) what chain.DeployKernels deployed is the audited code, one per group
	for i, name := range []string{"PinpointShapesDeriver", "PinpointShapesTDeriver"} {
		want, err := contracts.RuntimeCode(name)
		if err != nil {
			t.Fatal(err)
		}
		ids := model.DeployedDerivers()[i]
		got, err := w.sim.CodeAt(w.ctx, kernelOf(ids[0], 0), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s deployed code (%d bytes) is not artifacts/%s.bin-runtime (%d bytes)", name, len(got), name, len(want))
		}
		for _, id := range ids {
			if h, ok := onchain.AuditedCodeHash(id); !ok || h != w.codeHash(kernelOf(id, 0)) {
				t.Fatalf("kernel %d: audited hash %s (%v), deployed %s", id, h, ok, w.codeHash(kernelOf(id, 0)))
			}
		}
	}
	if _, ok := onchain.AuditedCodeHash(0); ok {
		t.Fatal("kernel 0 has an audited deriver")
	}

	before := w.post(m)
	const probeID, copyID = 200, 201
	probe := w.deploy(&anykernelderiverprobe.AnyKernelDeriverProbeMetaData, nil)
	copyAt := w.deploy(&pinpointshapesderiver.PinpointShapesDeriverMetaData, nil)
	if _, err := chain.RegisterKernels(w.ctx, w.sim, accClient, reg, probe, probeID); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.RegisterKernels(w.ctx, w.sim, accClient, reg, copyAt, copyID); err != nil {
		t.Fatal(err)
	}
	after := w.post(m)
	if before.KernelEpoch != 0 || after.KernelEpoch != 2 {
		t.Fatalf("kernel epochs %d and %d, want 0 and 2", before.KernelEpoch, after.KernelEpoch)
	}

	// (a) the deployment's kernels pass, at either epoch, through a fresh market's cache
	// and a warm one's
	for _, mk := range []*onchain.Market{m, w.mkt(accSolver), m} {
		for _, tk := range []taskmarket.TaskMarketTask{before, after} {
			if err := mk.CheckKernels(w.ctx, tk, nodesOf(model.DeployedKernels()...)); err != nil {
				t.Fatalf("deployment's kernels at epoch %d: %v", tk.KernelEpoch, err)
			}
		}
	}

	// (b) a later task using the probe's kernel (or the copy's: an id outside the audited
	// groups, whatever its code) is refused as unaudited; an earlier one as unknown
	for _, c := range []struct {
		id uint8
		at common.Address
	}{{probeID, probe}, {copyID, copyAt}} {
		for _, mk := range []*onchain.Market{m, w.mkt(accSolver)} {
			err := mk.CheckKernels(w.ctx, after, nodesOf(1, c.id, 19, c.id))
			if !errors.Is(err, onchain.ErrUnauditedKernel) || !errors.Is(err, onchain.ErrUnknownKernel) {
				t.Fatalf("kernel %d at epoch 2: %v, want ErrUnauditedKernel", c.id, err)
			}
			for _, s := range []string{fmt.Sprintf("kernels [%d] at epoch 2", c.id), c.at.Hex()} {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
			}
		}
		err := m.CheckKernels(w.ctx, before, nodesOf(1, c.id))
		if !errors.Is(err, onchain.ErrUnknownKernel) || errors.Is(err, onchain.ErrUnauditedKernel) {
			t.Fatalf("kernel %d at epoch 0: %v, want ErrUnknownKernel alone", c.id, err)
		}
		ks, err := m.GameKernels(w.ctx, after.KernelEpoch, nodesOf(1, c.id, 19))
		if err != nil {
			t.Fatal(err)
		}
		if !ks.Known(1, 0) || !ks.Known(19, 0) || ks.Known(c.id, 0) {
			t.Fatalf("replica's kernels: 1 %v, 19 %v, %d %v; want the audited ones only", ks.Known(1, 0), ks.Known(19, 0), c.id, ks.Known(c.id, 0))
		}
	}
}

// TestCheckKernelsAuditedCodePerID: audited code is audited for its own ids only: on a
// registry serving matmul (PinpointShapesDeriver's) by PinpointShapesTDeriver, a task
// using matmul is refused, one using only the transformer's kernels passes.
func TestCheckKernelsAuditedCodePerID(t *testing.T) {
	w := newAuditWorld(t)
	tDeriver := w.deploy(&pinpointshapestderiver.PinpointShapesTDeriverMetaData, nil)
	pk := pinpointkernels.NewPinpointKernels()
	reg := w.deploy(&pinpointkernels.PinpointKernelsMetaData, pk.PackConstructor([][]uint8{{1, 19}}, []common.Address{tDeriver}))
	game := w.deploy(&pinpointgame.PinpointGameMetaData, pinpointgame.NewPinpointGame().PackConstructor(4, reg, common.Address{}))
	w.at = w.deploy(&taskmarket.TaskMarketMetaData, taskmarket.NewTaskMarket().PackConstructor(game, 3*day, w.sim.Accounts()[11].Address, 5000))
	m := w.mkt(accClient)
	tk := w.post(m)
	if err := m.CheckKernels(w.ctx, tk, nodesOf(19)); err != nil {
		t.Fatalf("kernel 19 by its audited code: %v", err)
	}
	err := m.CheckKernels(w.ctx, tk, nodesOf(19, 1))
	if !errors.Is(err, onchain.ErrUnauditedKernel) || !strings.Contains(err.Error(), "kernels [1] at epoch 0, deriver "+tDeriver.Hex()) {
		t.Fatalf("matmul by the transformer's deriver: %v, want ErrUnauditedKernel naming it", err)
	}
}
