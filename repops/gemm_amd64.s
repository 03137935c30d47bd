//go:build amd64 && !noasm

#include "textflag.h"

// One k step of the 6×16 tile: B row p in Y12:Y13, each A element broadcast into Y14,
// then acc = fma(a, b, acc) lane by lane: VFMADD231PS rounds a·b + acc once, which is
// the definition's step (FMA32) bit for bit. (Reusing Y14 costs nothing: the CPU
// renames it.)
#define ROW(aoff, acc0, acc1) \
	VBROADCASTSS aoff(SI), Y14;     \
	VFMADD231PS  Y12, Y14, acc0;    \
	VFMADD231PS  Y13, Y14, acc1

#define STEP(aoff, boff0, boff1) \
	VMOVUPS boff0(DI), Y12; \
	VMOVUPS boff1(DI), Y13; \
	ROW(aoff+0, Y0, Y1);    \
	ROW(aoff+4, Y2, Y3);    \
	ROW(aoff+8, Y4, Y5);    \
	ROW(aoff+12, Y6, Y7);   \
	ROW(aoff+16, Y8, Y9);   \
	ROW(aoff+20, Y10, Y11)

// Any NaN lane (unordered with itself) becomes the canonical NaN held in Y12.
#define CANON(acc) \
	VCMPPS    $3, acc, acc, Y13; \
	VBLENDVPS Y13, Y12, acc, acc

// The kernels' common prologue: arguments into registers (R9 = load), the six C row
// pointers in DX, R10..R14.
#define PROLOGUE \
	MOVQ kc+0(FP), CX;     \
	MOVQ a+8(FP), SI;      \
	MOVQ b+16(FP), DI;     \
	MOVQ c+24(FP), DX;     \
	MOVQ ldc+32(FP), R8;   \
	MOVQ load+40(FP), R9;  \
	SHLQ $2, R8;           \
	LEAQ (DX)(R8*1), R10;  \
	LEAQ (R10)(R8*1), R11; \
	LEAQ (R11)(R8*1), R12; \
	LEAQ (R12)(R8*1), R13; \
	LEAQ (R13)(R8*1), R14

// The accumulators Y0..Y11 from C (a later k block).
#define LOADC \
	VMOVUPS (DX), Y0;    \
	VMOVUPS 32(DX), Y1;  \
	VMOVUPS (R10), Y2;   \
	VMOVUPS 32(R10), Y3; \
	VMOVUPS (R11), Y4;   \
	VMOVUPS 32(R11), Y5; \
	VMOVUPS (R12), Y6;   \
	VMOVUPS 32(R12), Y7; \
	VMOVUPS (R13), Y8;   \
	VMOVUPS 32(R13), Y9; \
	VMOVUPS (R14), Y10;  \
	VMOVUPS 32(R14), Y11

// +0 in every accumulator: the definition starts from +0, so -0 products give +0.
#define ZEROC \
	VXORPS Y0, Y0, Y0;    \
	VXORPS Y1, Y1, Y1;    \
	VXORPS Y2, Y2, Y2;    \
	VXORPS Y3, Y3, Y3;    \
	VXORPS Y4, Y4, Y4;    \
	VXORPS Y5, Y5, Y5;    \
	VXORPS Y6, Y6, Y6;    \
	VXORPS Y7, Y7, Y7;    \
	VXORPS Y8, Y8, Y8;    \
	VXORPS Y9, Y9, Y9;    \
	VXORPS Y10, Y10, Y10; \
	VXORPS Y11, Y11, Y11

// The common epilogue: canonical NaNs, the tile stored to C.
#define EPILOGUE \
	MOVL         $0x7fc00000, AX; \
	VMOVD        AX, X12;         \
	VPBROADCASTD X12, Y12;        \
	CANON(Y0);                    \
	CANON(Y1);                    \
	CANON(Y2);                    \
	CANON(Y3);                    \
	CANON(Y4);                    \
	CANON(Y5);                    \
	CANON(Y6);                    \
	CANON(Y7);                    \
	CANON(Y8);                    \
	CANON(Y9);                    \
	CANON(Y10);                   \
	CANON(Y11);                   \
	VMOVUPS      Y0, (DX);        \
	VMOVUPS      Y1, 32(DX);      \
	VMOVUPS      Y2, (R10);       \
	VMOVUPS      Y3, 32(R10);     \
	VMOVUPS      Y4, (R11);       \
	VMOVUPS      Y5, 32(R11);     \
	VMOVUPS      Y6, (R12);       \
	VMOVUPS      Y7, 32(R12);     \
	VMOVUPS      Y8, (R13);       \
	VMOVUPS      Y9, 32(R13);     \
	VMOVUPS      Y10, (R14);      \
	VMOVUPS      Y11, 32(R14);    \
	VZEROUPPER

// func gemmKernel6x16AVX2(kc int, a, b, c *float32, ldc int, load int)
TEXT ·gemmKernel6x16AVX2(SB), NOSPLIT, $0-48
	PROLOGUE
	TESTQ R9, R9
	JZ    zero
	LOADC
	JMP   start

zero:
	ZEROC

start:
	MOVQ  CX, BX
	SHRQ  $2, CX
	ANDQ  $3, BX
	TESTQ CX, CX
	JZ    tail

loop4:
	STEP(0, 0, 32)
	STEP(24, 64, 96)
	STEP(48, 128, 160)
	STEP(72, 192, 224)
	ADDQ $96, SI
	ADDQ $256, DI
	DECQ CX
	JNZ  loop4

tail:
	TESTQ BX, BX
	JZ    done

loop1:
	STEP(0, 0, 32)
	ADDQ $24, SI
	ADDQ $64, DI
	DECQ BX
	JNZ  loop1

done:
	EPILOGUE
	RET

// The definition before issue 15, for the benchmarks only (BenchmarkMatMul's
// "unfused" rows, the same blocking and packing): each product rounded by VMULPS,
// then added by VADDPS.
#define ROWU(aoff, acc0, acc1) \
	VBROADCASTSS aoff(SI), Y14; \
	VMULPS       Y12, Y14, Y15; \
	VADDPS       Y15, acc0, acc0; \
	VMULPS       Y13, Y14, Y15; \
	VADDPS       Y15, acc1, acc1

#define STEPU(aoff, boff0, boff1) \
	VMOVUPS boff0(DI), Y12;  \
	VMOVUPS boff1(DI), Y13;  \
	ROWU(aoff+0, Y0, Y1);    \
	ROWU(aoff+4, Y2, Y3);    \
	ROWU(aoff+8, Y4, Y5);    \
	ROWU(aoff+12, Y6, Y7);   \
	ROWU(aoff+16, Y8, Y9);   \
	ROWU(aoff+20, Y10, Y11)

// func gemmKernel6x16AVX2Unfused(kc int, a, b, c *float32, ldc int, load int)
TEXT ·gemmKernel6x16AVX2Unfused(SB), NOSPLIT, $0-48
	PROLOGUE
	TESTQ R9, R9
	JZ    uzero
	LOADC
	JMP   ustart

uzero:
	ZEROC

ustart:
	MOVQ  CX, BX
	SHRQ  $2, CX
	ANDQ  $3, BX
	TESTQ CX, CX
	JZ    utail

uloop4:
	STEPU(0, 0, 32)
	STEPU(24, 64, 96)
	STEPU(48, 128, 160)
	STEPU(72, 192, 224)
	ADDQ $96, SI
	ADDQ $256, DI
	DECQ CX
	JNZ  uloop4

utail:
	TESTQ BX, BX
	JZ    udone

uloop1:
	STEPU(0, 0, 32)
	ADDQ $24, SI
	ADDQ $64, DI
	DECQ BX
	JNZ  uloop1

udone:
	EPILOGUE
	RET

// 8×8 transpose of Y0..Y7 (row r = 8 consecutive p) into Y8..Y15 (Y8+p = the 8 rows
// at p). Pure data movement: no arithmetic, so no rounding.
#define TRANSPOSE8 \
	VUNPCKLPS  Y1, Y0, Y8;        \
	VUNPCKHPS  Y1, Y0, Y9;        \
	VUNPCKLPS  Y3, Y2, Y10;       \
	VUNPCKHPS  Y3, Y2, Y11;       \
	VUNPCKLPS  Y5, Y4, Y12;       \
	VUNPCKHPS  Y5, Y4, Y13;       \
	VUNPCKLPS  Y7, Y6, Y14;       \
	VUNPCKHPS  Y7, Y6, Y15;       \
	VSHUFPS    $0x44, Y10, Y8, Y0; \
	VSHUFPS    $0xEE, Y10, Y8, Y1; \
	VSHUFPS    $0x44, Y11, Y9, Y2; \
	VSHUFPS    $0xEE, Y11, Y9, Y3; \
	VSHUFPS    $0x44, Y14, Y12, Y4; \
	VSHUFPS    $0xEE, Y14, Y12, Y5; \
	VSHUFPS    $0x44, Y15, Y13, Y6; \
	VSHUFPS    $0xEE, Y15, Y13, Y7; \
	VPERM2F128 $0x20, Y4, Y0, Y8; \
	VPERM2F128 $0x20, Y5, Y1, Y9; \
	VPERM2F128 $0x20, Y6, Y2, Y10; \
	VPERM2F128 $0x20, Y7, Y3, Y11; \
	VPERM2F128 $0x31, Y4, Y0, Y12; \
	VPERM2F128 $0x31, Y5, Y1, Y13; \
	VPERM2F128 $0x31, Y6, Y2, Y14; \
	VPERM2F128 $0x31, Y7, Y3, Y15

// func gemmGather8AVX2(dst *float32, dstStride int, src *float32, srcStride int, blocks int)
// For p < 8*blocks and r < 8: dst[p*dstStride + r] = src[r*srcStride + p] (strides in
// floats): eight source rows become eight floats at each p of a packed panel.
TEXT ·gemmGather8AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ dstStride+8(FP), DX
	MOVQ src+16(FP), SI
	MOVQ srcStride+24(FP), R8
	MOVQ blocks+32(FP), CX
	SHLQ $2, DX
	SHLQ $2, R8
	LEAQ (SI)(R8*2), R9
	ADDQ R8, R9            // SI + 3 rows
	LEAQ (R9)(R8*2), R10
	ADDQ R8, R10           // SI + 6 rows
	LEAQ (DX)(DX*2), R11   // 3 dst rows
	TESTQ CX, CX
	JZ    gdone

gloop:
	VMOVUPS (SI), Y0
	VMOVUPS (SI)(R8*1), Y1
	VMOVUPS (SI)(R8*2), Y2
	VMOVUPS (R9), Y3
	VMOVUPS (SI)(R8*4), Y4
	VMOVUPS (R9)(R8*2), Y5
	VMOVUPS (R10), Y6
	VMOVUPS (R9)(R8*4), Y7
	TRANSPOSE8
	VMOVUPS Y8, (DI)
	VMOVUPS Y9, (DI)(DX*1)
	VMOVUPS Y10, (DI)(DX*2)
	VMOVUPS Y11, (DI)(R11*1)
	LEAQ    (DI)(DX*4), DI
	VMOVUPS Y12, (DI)
	VMOVUPS Y13, (DI)(DX*1)
	VMOVUPS Y14, (DI)(DX*2)
	VMOVUPS Y15, (DI)(R11*1)
	LEAQ    (DI)(DX*4), DI
	ADDQ    $32, SI
	ADDQ    $32, R9
	ADDQ    $32, R10
	DECQ    CX
	JNZ     gloop

gdone:
	VZEROUPPER
	RET

// Store the first six floats of Y at off(DI) (16 + 8 bytes; never past them).
#define STORE6(y, x, off) \
	VMOVUPS      x, off(DI);        \
	VEXTRACTF128 $1, y, X0;         \
	VMOVQ        X0, off+16(DI)

// func gemmGather6AVX2(dst *float32, src *float32, srcStride int, blocks int)
// For p < 8*blocks and r < 6: dst[p*6 + r] = src[r*srcStride + p] (stride in floats):
// the packed A micro-panel of six rows.
TEXT ·gemmGather6AVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R8
	MOVQ blocks+24(FP), CX
	SHLQ $2, R8
	LEAQ (SI)(R8*2), R9
	ADDQ R8, R9            // SI + 3 rows
	TESTQ CX, CX
	JZ    g6done

g6loop:
	VMOVUPS (SI), Y0
	VMOVUPS (SI)(R8*1), Y1
	VMOVUPS (SI)(R8*2), Y2
	VMOVUPS (R9), Y3
	VMOVUPS (SI)(R8*4), Y4
	VMOVUPS (R9)(R8*2), Y5
	VXORPS  Y6, Y6, Y6
	VXORPS  Y7, Y7, Y7
	TRANSPOSE8
	STORE6(Y8, X8, 0)
	STORE6(Y9, X9, 24)
	STORE6(Y10, X10, 48)
	STORE6(Y11, X11, 72)
	STORE6(Y12, X12, 96)
	STORE6(Y13, X13, 120)
	STORE6(Y14, X14, 144)
	STORE6(Y15, X15, 168)
	ADDQ $192, DI
	ADDQ $32, SI
	ADDQ $32, R9
	DECQ CX
	JNZ  g6loop

g6done:
	VZEROUPPER
	RET

// func gemmPackRows16AVX2(dst *float32, src *float32, srcStride int, kb int, panels int)
// dst[q*16*kb + p*16 + j] = src[p*srcStride + q*16 + j] for p < kb, q < panels, j < 16:
// whole 16-column panels of a row-major B, read along its rows (sequential reads; a
// panel-by-panel copy would jump a full row for every 64 bytes).
TEXT ·gemmPackRows16AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R8
	MOVQ kb+24(FP), CX
	MOVQ panels+32(FP), R9
	SHLQ $2, R8
	MOVQ CX, R10
	SHLQ $6, R10           // bytes between panels: 16 floats × kb
	TESTQ CX, CX
	JZ    prdone
	TESTQ R9, R9
	JZ    prdone

prrow:
	MOVQ SI, AX
	MOVQ DI, DX
	MOVQ R9, BX

prpanel:
	VMOVUPS (AX), Y0
	VMOVUPS 32(AX), Y1
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	ADDQ    $64, AX
	ADDQ    R10, DX
	DECQ    BX
	JNZ     prpanel
	ADDQ    R8, SI
	ADDQ    $64, DI
	DECQ    CX
	JNZ     prrow

prdone:
	VZEROUPPER
	RET

// func gemmPackRows6AVX2(dst *float32, src *float32, srcStride int, kb int, panels int)
// dst[q*6*kb + p*6 + r] = src[p*srcStride + q*6 + r] for p < kb, q < panels, r < 6:
// the 6-row panels of a transposed (k×m) A, read along its rows.
TEXT ·gemmPackRows6AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R8
	MOVQ kb+24(FP), CX
	MOVQ panels+32(FP), R9
	SHLQ $2, R8
	LEAQ (CX)(CX*2), R10
	SHLQ $3, R10           // bytes between panels: 6 floats × kb
	TESTQ CX, CX
	JZ    pr6done
	TESTQ R9, R9
	JZ    pr6done

pr6row:
	MOVQ SI, AX
	MOVQ DI, DX
	MOVQ R9, BX

pr6panel:
	VMOVUPS (AX), X0
	VMOVQ   16(AX), X1
	VMOVUPS X0, (DX)
	VMOVQ   X1, 16(DX)
	ADDQ    $24, AX
	ADDQ    R10, DX
	DECQ    BX
	JNZ     pr6panel
	ADDQ    R8, SI
	ADDQ    $24, DI
	DECQ    CX
	JNZ     pr6row

pr6done:
	VZEROUPPER
	RET

// func fmaScalarAVX2(out, x, y *float32, n int, s float32)
// out[i] = fma(s, x[i], y[i]) for i < n, n a multiple of 8, any NaN written as the
// canonical NaN; y may be out (each vector is read before it is written).
TEXT ·fmaScalarAVX2(SB), NOSPLIT, $0-36
	MOVQ         out+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         y+16(FP), DX
	MOVQ         n+24(FP), CX
	VBROADCASTSS s+32(FP), Y0
	MOVL         $0x7fc00000, AX
	VMOVD        AX, X3
	VPBROADCASTD X3, Y3
	SHRQ         $3, CX
	JZ           fsdone

fsloop:
	VMOVUPS     (SI), Y1
	VMOVUPS     (DX), Y2
	VFMADD231PS Y1, Y0, Y2
	VCMPPS      $3, Y2, Y2, Y4
	VBLENDVPS   Y4, Y3, Y2, Y2
	VMOVUPS     Y2, (DI)
	ADDQ        $32, SI
	ADDQ        $32, DX
	ADDQ        $32, DI
	DECQ        CX
	JNZ         fsloop

fsdone:
	VZEROUPPER
	RET
