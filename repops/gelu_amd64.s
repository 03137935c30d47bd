//go:build amd64 && !noasm

#include "textflag.h"
// func geluCoreAVX2(x, x2, t *float32, n int)
// For i < n (a multiple of 8): x2[i] = x[i]·x[i] and t[i] = tanh(k0·fma(k1, x2[i]·x[i],
// x[i])), each operation as geluCore and tanhDef/expDef define it (one rounding each,
// the products never fused but for the one fma; max and min with the operand that may
// be NaN second, so a NaN passes through as repops.Max/Min pass it; 2^n from the integer
// n, which exp's clamp keeps in [-126, 127]). NaN lanes are left as they come (the
// caller makes its results canonical). Registers: Y0 x, Y1 x², Y2 the running value,
// Y3 n, Y4 scratch, Y5 p; constants broadcast per use from memory.
TEXT ·geluCoreAVX2(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ x2+8(FP), DI
	MOVQ t+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JZ   gcdone

gcloop:
	VMOVUPS (SI), Y0
	VMULPS  Y0, Y0, Y1              // x2 = x·x
	VMOVUPS Y1, (DI)
	VMULPS  Y0, Y1, Y2              // x3 = x2·x
	VBROADCASTSS geluK1<>(SB), Y4
	VFMADD213PS Y0, Y4, Y2          // inner = fma(k1, x3, x)
	VBROADCASTSS geluK0<>(SB), Y4
	VMULPS  Y2, Y4, Y2              // u = k0·inner
	VADDPS  Y2, Y2, Y2              // z = u + u
	VBROADCASTSS expLoC<>(SB), Y4
	VMAXPS  Y2, Y4, Y2              // max(z, -87): z when NaN
	VBROADCASTSS expHiC<>(SB), Y4
	VMINPS  Y2, Y4, Y2              // min(·, 88): NaN stays
	VBROADCASTSS log2eC<>(SB), Y4
	VMULPS  Y2, Y4, Y3              // x·log2e
	VBROADCASTSS roundC<>(SB), Y4
	VADDPS  Y4, Y3, Y3
	VSUBPS  Y4, Y3, Y3              // n = (x·log2e + 1.5·2^23) - 1.5·2^23
	VBROADCASTSS ln2HiC<>(SB), Y4
	VMULPS  Y3, Y4, Y4              // n·ln2Hi
	VSUBPS  Y4, Y2, Y2              // r = x - n·ln2Hi
	VBROADCASTSS ln2LoC<>(SB), Y4
	VMULPS  Y3, Y4, Y4              // n·ln2Lo
	VSUBPS  Y4, Y2, Y2              // r -= n·ln2Lo
	VBROADCASTSS expC0<>(SB), Y5    // p = c0
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC1<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c1
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC2<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c2
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC3<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c3
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC4<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c4
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC5<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c5
	VMULPS  Y2, Y5, Y5              // p·r
	VBROADCASTSS expC6<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // + c6
	VCVTTPS2DQ Y3, Y3               // n as int32
	VPADDD  pow2Bias<>(SB), Y3, Y3  // + 127
	VPSLLD  $23, Y3, Y3             // 2^n
	VMULPS  Y3, Y5, Y5              // e = p·2^n
	VBROADCASTSS oneC<>(SB), Y4
	VADDPS  Y4, Y5, Y5              // e + 1
	VBROADCASTSS twoC<>(SB), Y2
	VDIVPS  Y5, Y2, Y5              // 2/(e + 1)
	VSUBPS  Y5, Y4, Y5              // t = 1 - 2/(e + 1)
	VMOVUPS Y5, (DX)
	ADDQ    $32, SI
	ADDQ    $32, DI
	ADDQ    $32, DX
	DECQ    CX
	JNZ     gcloop

gcdone:
	VZEROUPPER
	RET

DATA geluK1<>+0(SB)/4, $0x3d372713
GLOBL geluK1<>(SB), RODATA|NOPTR, $4
DATA geluK0<>+0(SB)/4, $0x3f4c422a
GLOBL geluK0<>(SB), RODATA|NOPTR, $4
DATA expLoC<>+0(SB)/4, $0xc2ae0000
GLOBL expLoC<>(SB), RODATA|NOPTR, $4
DATA expHiC<>+0(SB)/4, $0x42b00000
GLOBL expHiC<>(SB), RODATA|NOPTR, $4
DATA log2eC<>+0(SB)/4, $0x3fb8aa3b
GLOBL log2eC<>(SB), RODATA|NOPTR, $4
DATA roundC<>+0(SB)/4, $0x4b400000
GLOBL roundC<>(SB), RODATA|NOPTR, $4
DATA ln2HiC<>+0(SB)/4, $0x3f318000
GLOBL ln2HiC<>(SB), RODATA|NOPTR, $4
DATA ln2LoC<>+0(SB)/4, $0xb95e8083
GLOBL ln2LoC<>(SB), RODATA|NOPTR, $4
DATA expC0<>+0(SB)/4, $0x3ab60b61
GLOBL expC0<>(SB), RODATA|NOPTR, $4
DATA expC1<>+0(SB)/4, $0x3c088889
GLOBL expC1<>(SB), RODATA|NOPTR, $4
DATA expC2<>+0(SB)/4, $0x3d2aaaab
GLOBL expC2<>(SB), RODATA|NOPTR, $4
DATA expC3<>+0(SB)/4, $0x3e2aaaab
GLOBL expC3<>(SB), RODATA|NOPTR, $4
DATA expC4<>+0(SB)/4, $0x3f000000
GLOBL expC4<>(SB), RODATA|NOPTR, $4
DATA expC5<>+0(SB)/4, $0x3f800000
GLOBL expC5<>(SB), RODATA|NOPTR, $4
DATA expC6<>+0(SB)/4, $0x3f800000
GLOBL expC6<>(SB), RODATA|NOPTR, $4
DATA oneC<>+0(SB)/4, $0x3f800000
GLOBL oneC<>(SB), RODATA|NOPTR, $4
DATA twoC<>+0(SB)/4, $0x40000000
GLOBL twoC<>(SB), RODATA|NOPTR, $4
DATA pow2Bias<>+0(SB)/4, $127
DATA pow2Bias<>+4(SB)/4, $127
DATA pow2Bias<>+8(SB)/4, $127
DATA pow2Bias<>+12(SB)/4, $127
DATA pow2Bias<>+16(SB)/4, $127
DATA pow2Bias<>+20(SB)/4, $127
DATA pow2Bias<>+24(SB)/4, $127
DATA pow2Bias<>+28(SB)/4, $127
GLOBL pow2Bias<>(SB), RODATA|NOPTR, $32
