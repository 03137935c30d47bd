package model

import (
	"errors"
	"fmt"
	"slices"

	"github.com/veritrain/veritrain/repops"
)

var (
	// ErrKernelRegistered is PinpointKernels.AlreadyRegistered: an id is registered once ever.
	ErrKernelRegistered = errors.New("model: kernel already registered")
	// ErrNoKernels is PinpointKernels.NoKernels: a registration names no kernel.
	ErrNoKernels = errors.New("model: no kernels to register")
)

// DeployedKernels are the kernel ids the registry is deployed with, at epoch 0: those
// this package's Valid, TraceLengthAt and StepShape derive, repops kernels 1 (matmul)
// to 40 (adamw), in DeployedDerivers' order. Later kernels come with their own deriver.
func DeployedKernels() []uint8 {
	var ids []uint8
	for _, d := range DeployedDerivers() {
		ids = append(ids, d...)
	}
	return ids
}

// DeployedDerivers are the kernel ids of each deriver the registry is deployed with:
// PinpointShapesDeriver's (1-18: the MLP and CNN kernels) and PinpointShapesTDeriver's
// (19-40: the transformer's), in that order (chain.DeployKernels deploys them so).
func DeployedDerivers() [][]uint8 {
	span := func(lo, hi repops.KernelID) []uint8 {
		var ids []uint8
		for id := lo; id <= hi; id++ {
			ids = append(ids, uint8(id))
		}
		return ids
	}
	return [][]uint8{span(repops.KMatMul, repops.KCol2Im), span(repops.KAdd, repops.KAdamW)}
}

// KernelSet is the Go twin of PinpointKernels' epoch rule: the registry epoch at which
// each kernel id became known. A task is judged by the kernels known at the epoch it
// was posted at (Setup.KernelEpoch), so a kernel registered later is unknown to it.
// The zero value knows nothing; NewKernelSet(DeployedKernels()) is a fresh deployment.
type KernelSet struct {
	since map[uint8]uint16
	epoch uint16
}

// NewKernelSet is a registry deployed with ids (epoch 0).
func NewKernelSet(ids []uint8) (*KernelSet, error) {
	k := &KernelSet{}
	return k, k.add(ids, 0)
}

// Epoch is the latest registration's epoch (PinpointKernels.epoch).
func (k *KernelSet) Epoch() uint16 { return k.epoch }

// Register adds ids at the next epoch and returns it (PinpointKernels.register).
func (k *KernelSet) Register(ids []uint8) (uint16, error) {
	if err := k.add(ids, k.epoch+1); err != nil {
		return k.epoch, err
	}
	k.epoch++
	return k.epoch, nil
}

func (k *KernelSet) add(ids []uint8, at uint16) error {
	if len(ids) == 0 {
		return ErrNoKernels
	}
	for i, id := range ids {
		if _, ok := k.since[id]; ok || slices.Contains(ids[:i], id) {
			return fmt.Errorf("kernel %d: %w", id, ErrKernelRegistered)
		}
	}
	if k.since == nil {
		k.since = map[uint8]uint16{}
	}
	for _, id := range ids {
		k.since[id] = at
	}
	return nil
}

// Known is whether kernel id was registered at or before epoch at
// (PinpointKernels.kernelOf is nonzero).
func (k *KernelSet) Known(id uint8, at uint16) bool {
	s, ok := k.since[id]
	return ok && s <= at
}

// Unknown lists the kernels of nodes not known at epoch at, each once, in node order:
// a task posted at that epoch whose graph holds any of them cannot be judged there.
func (k *KernelSet) Unknown(nodes []Node, at uint16) []uint8 {
	var out []uint8
	for _, n := range nodes {
		if !k.Known(n.Kernel, at) && !slices.Contains(out, n.Kernel) {
			out = append(out, n.Kernel)
		}
	}
	return out
}

// Valid is PinpointKernels.validNode at epoch at: the kernel is known then and the
// node is valid for it (Node.Valid, the Go twin of the derivers' validNode).
func (k *KernelSet) Valid(n Node, at uint16) bool { return k.Known(n.Kernel, at) && n.Valid() }

// deployedKernels is the set a game without Game.Kernels is judged by.
var deployedKernels = func() *KernelSet {
	k, err := NewKernelSet(DeployedKernels())
	if err != nil {
		panic(err)
	}
	return k
}()
