//go:build amd64 && !noasm

#include "textflag.h"

// Within each 128-bit lane, the 4×4 byte transpose: byte j of the output is byte
// 4·(j%4) + j/4 of the input, so four words become [byte 0 of each][byte 1 of each]...
// (a transpose is its own inverse: merge uses the same mask).
DATA shuf4x4<>+0(SB)/8, $0x0d0905010c080400
DATA shuf4x4<>+8(SB)/8, $0x0f0b07030e0a0602
DATA shuf4x4<>+16(SB)/8, $0x0d0905010c080400
DATA shuf4x4<>+24(SB)/8, $0x0f0b07030e0a0602
GLOBL shuf4x4<>(SB), RODATA|NOPTR, $32

// Dwords [lane0 plane0, lane1 plane0, lane0 plane1, ...]: each plane's 8 bytes together.
DATA permSplit<>+0(SB)/8, $0x0000000400000000
DATA permSplit<>+8(SB)/8, $0x0000000500000001
DATA permSplit<>+16(SB)/8, $0x0000000600000002
DATA permSplit<>+24(SB)/8, $0x0000000700000003
GLOBL permSplit<>(SB), RODATA|NOPTR, $32

// The inverse permutation, for merge.
DATA permMerge<>+0(SB)/8, $0x0000000200000000
DATA permMerge<>+8(SB)/8, $0x0000000600000004
DATA permMerge<>+16(SB)/8, $0x0000000300000001
DATA permMerge<>+24(SB)/8, $0x0000000700000005
GLOBL permMerge<>(SB), RODATA|NOPTR, $32

// func splitAVX2(p0, p1, p2, p3, src, base *byte, groups int, xor int)
// For each group g of 8 words (32 bytes of src, XORed with base's when xor != 0):
// byte j of word w goes to plane j at index 8g + w.
TEXT ·splitAVX2(SB), NOSPLIT, $0-64
	MOVQ    p0+0(FP), R8
	MOVQ    p1+8(FP), R9
	MOVQ    p2+16(FP), R10
	MOVQ    p3+24(FP), R11
	MOVQ    src+32(FP), SI
	MOVQ    base+40(FP), DI
	MOVQ    groups+48(FP), CX
	MOVQ    xor+56(FP), DX
	VMOVDQU shuf4x4<>(SB), Y14
	VMOVDQU permSplit<>(SB), Y15
	TESTQ   CX, CX
	JZ      sdone

sloop:
	VMOVDQU (SI), Y0
	TESTQ   DX, DX
	JZ      snoxor
	VPXOR   (DI), Y0, Y0
	ADDQ    $32, DI

snoxor:
	VPSHUFB      Y14, Y0, Y0
	VPERMD       Y0, Y15, Y0
	VEXTRACTI128 $1, Y0, X1
	VMOVQ        X0, (R8)
	VPEXTRQ      $1, X0, (R9)
	VMOVQ        X1, (R10)
	VPEXTRQ      $1, X1, (R11)
	ADDQ         $32, SI
	ADDQ         $8, R8
	ADDQ         $8, R9
	ADDQ         $8, R10
	ADDQ         $8, R11
	DECQ         CX
	JNZ          sloop

sdone:
	VZEROUPPER
	RET

// func mergeAVX2(dst, p0, p1, p2, p3, base *byte, groups int, xor int)
// The inverse of splitAVX2: 8 words of dst per group from the four planes, XORed with
// base's when xor != 0.
TEXT ·mergeAVX2(SB), NOSPLIT, $0-64
	MOVQ    dst+0(FP), SI
	MOVQ    p0+8(FP), R8
	MOVQ    p1+16(FP), R9
	MOVQ    p2+24(FP), R10
	MOVQ    p3+32(FP), R11
	MOVQ    base+40(FP), DI
	MOVQ    groups+48(FP), CX
	MOVQ    xor+56(FP), DX
	VMOVDQU shuf4x4<>(SB), Y14
	VMOVDQU permMerge<>(SB), Y15
	TESTQ   CX, CX
	JZ      mdone

mloop:
	VMOVQ       (R8), X0
	VPINSRQ     $1, (R9), X0, X0
	VMOVQ       (R10), X1
	VPINSRQ     $1, (R11), X1, X1
	VINSERTI128 $1, X1, Y0, Y0
	VPERMD      Y0, Y15, Y0
	VPSHUFB     Y14, Y0, Y0
	TESTQ       DX, DX
	JZ          mnoxor
	VPXOR       (DI), Y0, Y0
	ADDQ        $32, DI

mnoxor:
	VMOVDQU Y0, (SI)
	ADDQ    $32, SI
	ADDQ    $8, R8
	ADDQ    $8, R9
	ADDQ    $8, R10
	ADDQ    $8, R11
	DECQ    CX
	JNZ     mloop

mdone:
	VZEROUPPER
	RET
