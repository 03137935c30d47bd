//go:build amd64 && !purego

package merkle

import "golang.org/x/sys/cpu"

//go:noescape
func blockSHANI(h *[8]uint32, p []byte)

// blockSHANI2 hashes p0 into h0 and p1 into h1 (equal lengths), interleaved.
//
//go:noescape
func blockSHANI2(h0, h1 *[8]uint32, p0, p1 []byte)

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

// useSHANI mirrors crypto/sha256's own condition for its SHA-NI path. x/sys/cpu does not
// report the SHA extension, so leaf 7 (EBX bit 29) is read directly.
var useSHANI = func() bool {
	if !cpu.X86.HasAVX || !cpu.X86.HasSSE41 || !cpu.X86.HasSSSE3 {
		return false
	}
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, ebx, _, _ := cpuid(7, 0)
	return ebx&(1<<29) != 0
}()

// compress runs SHA-256's compression function over whole 64-byte blocks of p.
func compress(h *[8]uint32, p []byte) bool {
	if !useSHANI {
		return false
	}
	blockSHANI(h, p)
	return true
}

// compress2 runs the compression function over two independent messages of equal
// length at once (the two dependency chains overlap in the CPU).
func compress2(h0, h1 *[8]uint32, p0, p1 []byte) bool {
	if !useSHANI {
		return false
	}
	blockSHANI2(h0, h1, p0, p1)
	return true
}
