// Package onnximport turns a sequential model's forward graph, as torch.onnx.export
// writes it, into a veritrain spec and its initial weights: a researcher brings the
// model they already have instead of rewriting it as JSON.
//
// ONNX files are read with the generated protobuf types of
// github.com/advancedclimatesystems/gonnx/onnx (onnx.proto3 compiled for
// google.golang.org/protobuf, which this module already uses). It was chosen over
// github.com/owulveryck/onnx-go v0.5.0, whose protobuf types live in an internal
// package (internal/onnx/ir) that no other module can import, and which is built on
// the deprecated gogo/golang protobuf v1 runtimes. Only gonnx's onnx package (the wire
// types) is used, not its runtime: veritrain's own kernels run the imported model.
//
// # Vocabulary
//
//   - Graph: the ModelProto's main graph. Its data input is the one graph input that is
//     not an initializer; its output is its one graph output: the logits.
//   - Static value: an initializer, or the output of a Constant node: a weight, a bias or
//     a Reshape's target shape. Every other value is a data value.
//   - Chain: the graph's nodes (Constant nodes aside) in order, each taking the previous
//     node's output (the first: the data input) as its one data input and everything
//     else from static values, the last one's output being the graph output. Anything
//     else (a branch, a skip connection, a value read twice) is not a sequential model
//     and is refused.
//   - Layer node: Gemm (alpha = beta = 1, transA = 0, transB 0 or 1: torch exports
//     nn.Linear as transB = 1), MatMul (then an Add of a static [out] or [1, out] right
//     after it is its bias) or Conv (valid: pads 0 or auto_pad VALID, a square kernel,
//     equal strides, dilations 1, group 1): one spec layer, "dense" or "conv".
//   - Activation node: Relu or Tanh: the activation of the layer before it (one each).
//   - Shape node: Flatten (axis 1) or a Reshape to [N, C·H·W]: turns NCHW activations
//     into the flat ones a dense layer reads (channel-major, as nn.Flatten does; a
//     no-op on flat ones). No-op node: Identity, and Dropout (veritrain trains without
//     dropout; torch exports none in eval mode).
//   - Input shape: the data input's, NCHW [N, C, H, W] or flat [N, F]; N is anything
//     (a number or a symbol), the rest must be the dataset's (Options.Dataset or
//     Options.Data). A flat input needs one channel: with more, its feature order is
//     ambiguous.
//   - Weights: the layers' parameters in PyTorch's layout under veritrain's names,
//     "l0.weight", "l0.bias", "l1.weight", ... in layer order (nn.Linear [out, in],
//     nn.Conv2d [out, in, kh, kw]): what `veritrain export` writes and
//     train/torch_model.py loads, and what train.Spec.FromTorch maps to the canonical
//     layout. Names come from the layer's place in the chain, never from the
//     initializer's name. A layer without a bias gets a zero bias (veritrain's layers
//     all have one, and train it).
//
// Every other operator, attribute value, operator domain, data type or graph form is an
// error: a *NodeError naming the node's position, name and operator type and what is
// not supported (wrapping ErrUnsupported), or, for a malformed file, one wrapping
// ErrFormat. The loss (softmax cross-entropy, on the logits) and the optimizer, batch
// size and seed come from Options, not from the graph; a graph ending in Softmax or
// LogSoftmax is refused (veritrain's last layer gives logits).
//
// # Invariants (and the tests that hold them)
//
//   - An imported fixture (testdata/make_fixtures.py: an MLP and a CNN made and exported
//     by PyTorch) gives, with veritrain's forward pass on PyTorch's input batch,
//     PyTorch's logits within float32 rounding (TestFixturesMatchPyTorch).
//   - The weights are in export's layout: train.Spec.FromTorch takes them, and State is
//     exactly a Trainer's initial state with them in place of the drawn weights
//     (TestStateIsInitWithWeights); two trainers from the import reach the same state
//     hash after the same steps (TestImportTrainsBitExactly).
//   - Each accepted form gives what torch's own export of the same model gives:
//     MatMul + Add (either order) or Gemm with transB 0 as Gemm with transB 1, a Reshape
//     (by an initializer or a Constant) as Flatten, no-ops as nothing (TestAccepted).
//   - What veritrain cannot express is refused with an error naming the node and the
//     unsupported part, never approximated: an operator, an attribute value, a branch,
//     a skip connection, tied weights, external data (TestRefused); an input shape that
//     is not the dataset's is refused (TestInputShape).
//   - The file comes from outside: every size is checked against MaxModelBytes and
//     MaxNodes and against the bytes it claims before anything is allocated for it
//     (TestLimits), and no input panics (FuzzImport: allocation linear in the input).
//   - The result validates (train.Spec.Validate) and BuiltinShapes agrees with the
//     train package's datasets (TestBuiltinShapes).
package onnximport
