//go:build linux && (amd64 || arm64)

package store

import (
	"encoding/binary"
	"errors"
	"strings"
	"syscall"
	"testing"
)

// TestJoinSpanTablePast4GiB: a skeleton whose span table is 4 GiB (2^28 spans, as a
// codec limit above 4 GiB admits) is sliced whole, not cut to 16*count mod 2^32 bytes
// and indexed past its end (a panic). The skeleton is an anonymous mapping of which one
// page is touched, so it costs address space, not memory.
func TestJoinSpanTablePast4GiB(t *testing.T) {
	const count = 1 << 28 // 16*count = 2^32: 0 in uint32
	skel, err := syscall.Mmap(-1, 0, 4+16*count+4096, syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		t.Skipf("no 4 GiB mapping: %v", err)
	}
	defer syscall.Munmap(skel)
	binary.LittleEndian.PutUint32(skel, count)
	binary.LittleEndian.PutUint64(skel[4+8:], 1) // span 0: 1 byte, not whole words
	var parts [numFrames][]byte
	parts[0] = skel
	// The first span read is refused (ErrCorrupt), touching one page: the table was
	// sliced whole.
	if _, err := join(parts, nil, 1<<20); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "span 0 of 1 bytes") {
		t.Errorf("join: %v, want ErrCorrupt for span 0", err)
	}
}
