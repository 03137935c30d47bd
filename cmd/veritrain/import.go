package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veritrain/veritrain/internal/atomicfile"
	"github.com/veritrain/veritrain/onnximport"
	"github.com/veritrain/veritrain/train"
)

func newImportCmd() *cobra.Command {
	var (
		out, initOut, datasetName, dataFile, name, optimizer string
		lr, momentum, beta1, beta2, eps                      float32
		batch                                                int
		seed                                                 uint64
	)
	cmd := &cobra.Command{
		Use:   "import MODEL.onnx",
		Short: "Turn a sequential model exported with torch.onnx.export into a spec and its initial weights",
		Long: `Read the forward graph of a sequential model (torch.onnx.export's file) and write a
veritrain spec for it, with the data (--dataset or --data), optimizer, batch size and
seed given here and the softmax cross-entropy loss on its outputs, the logits.

Read: Gemm and MatMul (+ Add) as dense layers, Conv (valid: unpadded, square kernel,
equal strides, no dilation, one group) as conv layers, Relu and Tanh as their
activations, Flatten or Reshape before the first dense layer, and Identity and Dropout
as no-ops. Anything else, or a graph that is not a chain of nodes, is refused with an
error naming the node. The graph input, NCHW [N, C, H, W] or [N, H*W*C], must be the
dataset's example shape.

--init-out writes the graph's initializers as the spec's weights, in the layout and
under the names veritrain export writes ("l0.weight", "l0.bias", ...; nn.Linear
[out, in], nn.Conv2d [out, in, kh, kw]): train/torch_model.py loads it as it is. Its
metadata's state hash is the step-0 state those weights make.`,
		Example: "  veritrain import model.onnx --dataset mnist --optimizer adam --lr 0.001 --out spec.json --init-out init.safetensors",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f := cmd.Flags()
			opts := onnximport.Options{Name: name, Dataset: datasetName, BatchSize: batch, Seed: seed,
				Optimizer: train.Optimizer{Type: optimizer, LR: lr}}
			if opts.Name == "" {
				opts.Name = strings.TrimSuffix(filepath.Base(args[0]), filepath.Ext(args[0]))
			}
			switch {
			case (datasetName == "") == (dataFile == ""):
				return usageError{errors.New("give --dataset NAME or --data FILE (a spec's data section), one of them")}
			case dataFile != "":
				d, err := readDataFile(dataFile)
				if err != nil {
					return err
				}
				opts.Data = d
			}
			// each optimizer's hyper-parameters, and no other's
			for _, fl := range [][2]string{{"momentum", "sgd_momentum"}, {"beta1", "adam"}, {"beta2", "adam"}, {"eps", "adam"}} {
				if f.Changed(fl[0]) && fl[1] != optimizer {
					return usageError{fmt.Errorf("--%s is %s's, not %s's", fl[0], fl[1], optimizer)}
				}
			}
			switch optimizer {
			case "sgd_momentum":
				opts.Optimizer.Momentum = momentum
				if !f.Changed("lr") {
					opts.Optimizer.LR = 0.05
				}
			case "adam":
				opts.Optimizer.Beta1, opts.Optimizer.Beta2, opts.Optimizer.Eps = beta1, beta2, eps
				if !f.Changed("lr") {
					opts.Optimizer.LR = 0.001
				}
			default:
				return usageError{fmt.Errorf("--optimizer %q: want sgd_momentum or adam", optimizer)}
			}
			model, err := os.Open(args[0])
			if err != nil {
				return usageError{err}
			}
			defer model.Close()
			spec, weights, err := onnximport.Import(model, opts)
			if err != nil {
				return usageError{fmt.Errorf("%s: %w", args[0], err)}
			}
			w := cmd.OutOrStdout()
			if out == "" { // stdout is the spec alone, as veritrain spec writes it
				fmt.Fprintf(w, "%s\n", spec.Canonical())
				w = cmd.ErrOrStderr()
			} else {
				if err := atomicfile.WriteFile(out, append(spec.Canonical(), '\n'), 0o644); err != nil {
					return fmt.Errorf("write %s: %w", out, err)
				}
				fmt.Fprintf(w, "wrote %s: spec %s, %d layers (sha256 %x)\n", out, spec.Name, len(spec.Layers), spec.Hash())
			}
			if initOut != "" {
				st, err := onnximport.State(spec, weights)
				if err != nil {
					return err
				}
				n, err := writeSafetensors(initOut, st, spec, false)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "wrote %s: %d tensors of the initial state %x\n", initOut, n, st.Hash())
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "spec file to write (default: the spec on stdout)")
	f.StringVar(&initOut, "init-out", "", "safetensors file for the model's initial weights (PyTorch's layout, as export writes)")
	f.StringVar(&datasetName, "dataset", "", "built-in dataset: mnist or synthetic")
	f.StringVar(&dataFile, "data", "", "JSON file holding a spec's data section (a dataset by root), instead of --dataset")
	f.StringVar(&name, "name", "", "the spec's name (default: the model file's name without extension)")
	f.StringVar(&optimizer, "optimizer", "sgd_momentum", "sgd_momentum or adam")
	f.Float32Var(&lr, "lr", 0, "learning rate (default 0.05 for sgd_momentum, 0.001 for adam)")
	f.Float32Var(&momentum, "momentum", 0.9, "sgd_momentum's momentum")
	f.Float32Var(&beta1, "beta1", 0.9, "adam's beta1")
	f.Float32Var(&beta2, "beta2", 0.999, "adam's beta2")
	f.Float32Var(&eps, "eps", 1e-8, "adam's epsilon")
	f.IntVar(&batch, "batch-size", 64, "training batch size")
	f.Uint64Var(&seed, "seed", 1, "seed of the data order (and of the initialisation without --init-out)")
	return cmd
}

// readDataFile reads a spec's data section from a JSON file, strictly.
func readDataFile(path string) (*train.Data, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("--data: %w", err)}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var d train.Data
	if err := dec.Decode(&d); err != nil {
		return nil, usageError{fmt.Errorf("--data %s: %w", path, err)}
	}
	if dec.More() {
		return nil, usageError{fmt.Errorf("--data %s: trailing data after the object", path)}
	}
	return &d, nil
}
