package cuda

import _ "embed" // the PTX module

//go:generate bash gen.sh

// PTX is the kernels' PTX module (kernels/repops.ptx, made from kernels/repops.cu by
// gen.sh), loaded into the driver by Open. sm_80 PTX: the driver JIT-compiles it for the
// GPU at hand (Ampere or newer).
//
//go:embed kernels/repops.ptx
var PTX []byte
