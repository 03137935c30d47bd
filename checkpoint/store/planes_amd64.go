//go:build amd64 && !noasm

package store

import "golang.org/x/sys/cpu"

var hasAVX2 = cpu.X86.HasAVX2

// splitArch does split's work for the first whole groups of 8 words that base covers
// entirely (or all of them without a base) with AVX2 byte shuffles, and returns how
// many words it did; split finishes the rest.
func splitArch(planes [4][]byte, src, base []byte) int {
	groups, xor, b := archArgs(planes, src, base)
	if groups == 0 {
		return 0
	}
	splitAVX2(&planes[0][0], &planes[1][0], &planes[2][0], &planes[3][0], &src[0], b, groups, xor)
	return 8 * groups
}

// mergeArch is splitArch's inverse for merge.
func mergeArch(dst []byte, planes [4][]byte, base []byte) int {
	groups, xor, b := archArgs(planes, dst, base)
	if groups == 0 {
		return 0
	}
	mergeAVX2(&dst[0], &planes[0][0], &planes[1][0], &planes[2][0], &planes[3][0], b, groups, xor)
	return 8 * groups
}

// archArgs checks the bounds the assembly trusts and returns its group count, its xor
// flag and the base pointer (the float bytes' own when there is no base, never read).
func archArgs(planes [4][]byte, floats, base []byte) (groups, xor int, b *byte) {
	groups = archGroups(len(planes[0]), base)
	if groups == 0 {
		return 0, 0, nil
	}
	_, _, _, _ = planes[0][8*groups-1], planes[1][8*groups-1], planes[2][8*groups-1], planes[3][8*groups-1]
	_ = floats[32*groups-1]
	b = &floats[0]
	if len(base) > 0 {
		_ = base[32*groups-1]
		xor, b = 1, &base[0]
	}
	return groups, xor, b
}

// archGroups is how many groups of 8 words the assembly takes: all whole groups, or
// with a base, those it covers entirely.
func archGroups(words int, base []byte) int {
	if !hasAVX2 {
		return 0
	}
	g := words / 8
	if len(base) > 0 {
		g = min(g, len(base)/32)
	}
	return g
}

//go:noescape
func splitAVX2(p0, p1, p2, p3, src, base *byte, groups int, xor int)

//go:noescape
func mergeAVX2(dst, p0, p1, p2, p3, base *byte, groups int, xor int)
