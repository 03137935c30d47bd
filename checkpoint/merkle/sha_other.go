//go:build !amd64 || purego

package merkle

const useSHANI = false

// compress reports that no fast block function exists here; callers fall back to
// crypto/sha256, which uses the CPU's SHA instructions where Go supports them.
func compress(h *[8]uint32, p []byte) bool { return false }

func compress2(h0, h1 *[8]uint32, p0, p1 []byte) bool { return false }
