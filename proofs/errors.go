package proofs

import "errors"

// Errors of the package, wrapped with context where they are returned.
var (
	ErrShape       = errors.New("proofs: bad circuit shape")
	ErrKernel      = errors.New("proofs: kernel not judged by the element circuit")
	ErrTooLarge    = errors.New("proofs: more terms than the circuit holds")
	ErrBadProof    = errors.New("proofs: malformed proof bytes")
	ErrNoChallenge = errors.New("proofs: commitment challenge not observed")
	ErrFalseClaim  = errors.New("proofs: the claimed value is not what the kernel gives")
)
