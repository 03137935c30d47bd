package model_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/veritrain/veritrain/contracts/model"
	"github.com/veritrain/veritrain/repops"
)

// TestKernelSetEpochs: the deployment's kernels are known from epoch 0; a kernel
// registered later is unknown at every earlier epoch (Known, Valid, Unknown agree), and
// no id is registered twice.
func TestKernelSetEpochs(t *testing.T) {
	ids := model.DeployedKernels()
	if len(ids) != 40 || ids[0] != 1 || ids[39] != 40 {
		t.Fatalf("deployed kernels %v, want 1..40", ids)
	}
	if d := model.DeployedDerivers(); len(d) != 2 || len(d[0]) != 18 || d[1][0] != 19 {
		t.Fatalf("deployed derivers' kernels %v, want 1..18 and 19..40", d)
	}
	noReLU := slices.DeleteFunc(slices.Clone(ids), func(id uint8) bool { return id == uint8(repops.KReLU) })
	set, err := model.NewKernelSet(noReLU)
	if err != nil {
		t.Fatal(err)
	}
	relu := model.NodeFromKernel(repops.ReLU{N: 4}, [32]byte{1}, model.SrcState, 0, model.SrcNone, 0)
	mm := model.NodeFromKernel(repops.MatMulK{M: 2, K: 3, N: 2}, [32]byte{2}, model.SrcState, 0, model.SrcState, 1)
	nodes := []model.Node{mm, relu, relu}
	if u := set.Unknown(nodes, 0); !slices.Equal(u, []uint8{uint8(repops.KReLU)}) || set.Valid(relu, 0) || !set.Valid(mm, 0) {
		t.Fatalf("epoch 0: unknown %v, relu valid %v, matmul valid %v", u, set.Valid(relu, 0), set.Valid(mm, 0))
	}
	if ep, err := set.Register([]uint8{uint8(repops.KReLU)}); err != nil || ep != 1 || set.Epoch() != 1 {
		t.Fatalf("register: epoch %d, %v", ep, err)
	}
	if u := set.Unknown(nodes, 1); len(u) != 0 || !set.Valid(relu, 1) || set.Valid(relu, 0) {
		t.Fatalf("epoch 1: unknown %v; relu valid at 1 %v, at 0 %v", u, set.Valid(relu, 1), set.Valid(relu, 0))
	}
	if _, err := set.Register([]uint8{uint8(repops.KMatMul)}); !errors.Is(err, model.ErrKernelRegistered) || set.Epoch() != 1 {
		t.Fatalf("re-registering matmul: %v, epoch %d", err, set.Epoch())
	}
	var zero model.KernelSet
	if zero.Known(uint8(repops.KMatMul), 0) {
		t.Fatal("the empty set knows matmul")
	}
}
