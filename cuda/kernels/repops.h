/*
 * repops.h: the RepOps kernels' order of operations, written once for two compilers.
 *
 * Compiled as CUDA (clang --cuda-device-only, kernels/repops.cu) it is the GPU
 * kernels' arithmetic; compiled as plain C (cuda/internal/hostref, cgo, with
 * -ffp-contract=off) it runs on the host, where a test compares it bit for bit with
 * the Go reference in package repops. So an order-of-operations bug is caught without a
 * GPU; what the host run cannot check is that the GPU's mul.rn/add.rn/fma.rn/div.rn/
 * sqrt.rn are IEEE-754, which the GPU tests in package cuda do.
 *
 * Rules, each the same as repops (see repops/scalar.go, kernel.go, transcendental.go):
 *   - Every scalar operation is one of ro_add/sub/mul/div/sqrt/max/min/selp/pow2/expo/
 *     mant/fma: exactly repops.Eval3, round to nearest even, subnormals kept, any NaN
 *     result written as the canonical NaN 0x7fc00000 (NVIDIA's own NaN is 0x7fffffff,
 *     so the device must canonicalise). A multiply and an add fuse only where the
 *     definition says fma (ro_fma: __fmaf_rn, one rounding); everywhere else they are
 *     separate .rn operations, never contracted.
 *   - Constants are float32 bit patterns copied from the Go definitions, never decimal
 *     literals that a compiler could round differently.
 *   - Reductions run in the defined sequential order inside one thread; threads only
 *     ever split independent outputs. No atomics, no warp shuffles.
 */
#ifndef VERITRAIN_REPOPS_H
#define VERITRAIN_REPOPS_H

#if defined(__CUDA__) && defined(__CUDA_ARCH__)
/* Device side, clang without the CUDA headers (-nocudainc): the few attributes and
 * intrinsics we use, over clang's NVVM builtins (each is one PTX instruction:
 * mul.rn.f32, add.rn.f32, sub.rn.f32 is add.rn of the negation, fma.rn.f32, div.rn.f32,
 * sqrt.rn.f32). */
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __shared__ __attribute__((shared))
#define RO_FN static __device__ __attribute__((always_inline)) inline
#define __fmul_rn(a, b) __nvvm_mul_rn_f((a), (b))
#define __fadd_rn(a, b) __nvvm_add_rn_f((a), (b))
#define __fsub_rn(a, b) __nvvm_add_rn_f((a), -(b))
#define __fmaf_rn(a, b, c) __nvvm_fma_rn_f((a), (b), (c))
#define __fdiv_rn(a, b) __nvvm_div_rn_f((a), (b))
#define __fsqrt_rn(a) __nvvm_sqrt_rn_f((a))
#define RO_F2U(x) ((unsigned int)__nvvm_bitcast_f2i((x)))
#define RO_U2F(u) __nvvm_bitcast_i2f((int)(u))
/* fixed-count loops over a thread's register tile: unrolled, or the tile spills to
 * local memory */
#define RO_UNROLL _Pragma("unroll")
#else
/* Host side, plain C11: binary32 arithmetic in SSE or NEON registers is IEEE-754 round
 * to nearest even, which is what the GPU's .rn instructions are. Negation is a sign flip
 * in both, so a - b == a + (-b) bit for bit. No contraction into fused multiply-adds
 * (arm64 would fuse): clang obeys the pragma; gcc ignores it but contracts nothing in
 * ISO C mode (-std=c11, its default there is -ffp-contract=off), and cgo does not allow
 * -ffp-contract in #cgo CFLAGS, so gcc's GNU modes are refused here. */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__STRICT_ANSI__)
#error "repops.h on the host: compile with -std=c11 (gcc contracts a*b+c into fma in GNU modes)"
#endif
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif
#include <math.h>
#include <string.h>
#define RO_FN static inline
static inline float __fmul_rn(float a, float b) { return a * b; }
static inline float __fadd_rn(float a, float b) { return a + b; }
static inline float __fsub_rn(float a, float b) { return a + (-b); }
/* C's fmaf is a*b + c rounded once (C11 7.12.13.1), as fma.rn.f32 and repops.FMA32. */
static inline float __fmaf_rn(float a, float b, float c) { return fmaf(a, b, c); }
static inline float __fdiv_rn(float a, float b) { return a / b; }
/* double sqrt rounded to float is correctly rounded (53 >= 2*24+2), as in repops.Eval. */
static inline float __fsqrt_rn(float a) { return (float)sqrt((double)a); }
static inline unsigned int ro_f2u_(float x) { unsigned int u; memcpy(&u, &x, 4); return u; }
static inline float ro_u2f_(unsigned int u) { float x; memcpy(&x, &u, 4); return x; }
#define RO_F2U(x) ro_f2u_((x))
#define RO_U2F(u) ro_u2f_((unsigned int)(u))
#define RO_UNROLL
#endif

#define RO_CANON_NAN 0x7fc00000u

/* ---- the instruction set (repops.Op), each exactly repops.Eval -------------------- */

RO_FN float ro_canon(float x) { return x != x ? RO_U2F(RO_CANON_NAN) : x; }
RO_FN float ro_add(float a, float b) { return ro_canon(__fadd_rn(a, b)); }
RO_FN float ro_sub(float a, float b) { return ro_canon(__fsub_rn(a, b)); }
RO_FN float ro_mul(float a, float b) { return ro_canon(__fmul_rn(a, b)); }
RO_FN float ro_div(float a, float b) { return ro_canon(__fdiv_rn(a, b)); }
RO_FN float ro_sqrt(float a) { return ro_canon(__fsqrt_rn(a)); }
RO_FN float ro_fma(float a, float b, float c) { return ro_canon(__fmaf_rn(a, b, c)); }

/* max(+0,-0) = -0, max(-0,+0) = +0: the second operand wins ties (never fmaxf). */
RO_FN float ro_max(float a, float b) {
	if (a != a || b != b) return RO_U2F(RO_CANON_NAN);
	return a > b ? a : b;
}
RO_FN float ro_min(float a, float b) {
	if (a != a || b != b) return RO_U2F(RO_CANON_NAN);
	return a < b ? a : b;
}
RO_FN float ro_selp(float a, float b) {
	if (a != a) return RO_U2F(RO_CANON_NAN);
	return a > 0.0f ? ro_canon(b) : 0.0f;
}
RO_FN float ro_pow2(float a) {
	int n = -126;
	if (a != a) return RO_U2F(RO_CANON_NAN);
	if (a >= 127.0f) n = 127;
	else if (a > -126.0f) n = (int)a; /* truncation toward zero, as Go's int32(a) */
	return RO_U2F((unsigned int)(n + 127) << 23);
}

#define RO_SQRT2_BITS 0x3fb504f3u

/* frexp for finite a > 0: m in [sqrt(1/2), sqrt(2)), a = m * 2^e. */
RO_FN float ro_frexp(float a, int *e) {
	unsigned int bits = RO_F2U(a), frac = bits & 0x7fffffu, mb;
	int ex = (int)(bits >> 23) - 127;
	if ((bits >> 23) == 0) { /* subnormal: normalise */
		int shift = 0;
		while ((frac & 0x800000u) == 0) {
			frac <<= 1;
			shift++;
		}
		frac &= 0x7fffffu;
		ex = -126 - shift;
	}
	mb = frac | (127u << 23);
	if (mb >= RO_SQRT2_BITS) {
		mb = frac | (126u << 23);
		ex++;
	}
	*e = ex;
	return RO_U2F(mb);
}

#define RO_MAXF32_BITS 0x7f7fffffu

RO_FN float ro_expo(float a) {
	int e;
	if (a != a || a < 0.0f) return RO_U2F(RO_CANON_NAN);
	if (a == 0.0f) return RO_U2F(0xff800000u);
	if (a > RO_U2F(RO_MAXF32_BITS)) return RO_U2F(0x7f800000u);
	ro_frexp(a, &e);
	return (float)e;
}
RO_FN float ro_mant(float a) {
	int e;
	if (a != a || a < 0.0f) return RO_U2F(RO_CANON_NAN);
	if (a == 0.0f || a > RO_U2F(RO_MAXF32_BITS)) return 1.0f;
	return ro_frexp(a, &e);
}

/* ---- exp and log (repops/transcendental.go) --------------------------------------- */

RO_FN float ro_exp(float x) {
	x = ro_max(x, RO_U2F(0xc2ae0000u)); /* -87 */
	x = ro_min(x, RO_U2F(0x42b00000u)); /* 88 */
	float n = ro_sub(ro_add(ro_mul(x, RO_U2F(0x3fb8aa3bu) /* log2e */), RO_U2F(0x4b400000u) /* 1.5*2^23 */),
	                 RO_U2F(0x4b400000u));
	float r = ro_sub(x, ro_mul(n, RO_U2F(0x3f318000u))); /* ln2Hi */
	r = ro_sub(r, ro_mul(n, RO_U2F(0xb95e8083u)));       /* ln2Lo */
	float p = RO_U2F(0x3ab60b61u);                        /* 1/720 */
	p = ro_add(ro_mul(p, r), RO_U2F(0x3c088889u));        /* 1/120 */
	p = ro_add(ro_mul(p, r), RO_U2F(0x3d2aaaabu));        /* 1/24 */
	p = ro_add(ro_mul(p, r), RO_U2F(0x3e2aaaabu));        /* 1/6 */
	p = ro_add(ro_mul(p, r), 0.5f);
	p = ro_add(ro_mul(p, r), 1.0f);
	p = ro_add(ro_mul(p, r), 1.0f);
	return ro_mul(p, ro_pow2(n));
}

RO_FN float ro_log(float x) {
	float e = ro_expo(x), m = ro_mant(x);
	float s = ro_div(ro_sub(m, 1.0f), ro_add(m, 1.0f));
	float z = ro_mul(s, s);
	float p = RO_U2F(0x3e638e39u);                 /* 2/9 */
	p = ro_add(ro_mul(p, z), RO_U2F(0x3e924925u)); /* 2/7 */
	p = ro_add(ro_mul(p, z), RO_U2F(0x3ecccccdu)); /* 2/5 */
	p = ro_add(ro_mul(p, z), RO_U2F(0x3f2aaaabu)); /* 2/3 */
	p = ro_add(ro_mul(p, z), 2.0f);
	return ro_add(ro_mul(e, RO_U2F(0x3f317218u) /* ln2 */), ro_mul(p, s));
}

/* ---- per-element bodies of the kernels (repops/kernel.go) ------------------------- */

RO_FN float ro_biasadd_elem(float x, float b) { return ro_add(x, b); }
RO_FN float ro_relu_elem(float x) { return ro_max(x, 0.0f); }
RO_FN float ro_relugrad_elem(float z, float dy) { return ro_selp(z, dy); }
/* The optimizers' updates fuse as repops defines them (kernel.go): momentum fma(mu, v, g),
 * sgd fma(-lr, v, w), adam's moments fma(b, m, (1-b)·g). */
RO_FN float ro_momentum_elem(float mu, float v, float g) { return ro_fma(mu, v, g); }
RO_FN float ro_sgd_elem(float lr, float w, float v) { return ro_fma(-lr, v, w); }
RO_FN float ro_scale_elem(float x, float s) { return ro_mul(x, s); }

RO_FN float ro_tanh_elem(float x) {
	float ex = ro_exp(ro_add(x, x));
	return ro_sub(1.0f, ro_div(2.0f, ro_add(ex, 1.0f)));
}
RO_FN float ro_tanhgrad_elem(float y, float dy) { return ro_mul(dy, ro_sub(1.0f, ro_mul(y, y))); }

RO_FN float ro_adam_m_elem(float b1, float m, float g) {
	return ro_fma(b1, m, ro_mul(ro_sub(1.0f, b1), g));
}
RO_FN float ro_adam_v_elem(float b2, float v, float g) {
	float gg = ro_mul(g, g);
	return ro_fma(b2, v, ro_mul(ro_sub(1.0f, b2), gg));
}
RO_FN float ro_adam_apply_elem(float lr, float eps, float w, float m, float v, float p1, float p2) {
	float mh = ro_div(m, ro_sub(1.0f, p1));
	float vh = ro_div(v, ro_sub(1.0f, p2));
	float den = ro_add(ro_sqrt(vh), eps);
	return ro_sub(w, ro_div(ro_mul(lr, mh), den));
}

/* Row statistics of softmax cross-entropy: max in column order from X[i,0], then the
 * sum of exp(X[i,j]-mx) from +0 in column order. */
RO_FN void ro_xent_rowstats(const float *x, int c, float *mx, float *s) {
	float m = x[0], acc = 0.0f;
	for (int j = 1; j < c; j++) m = ro_max(m, x[j]);
	for (int j = 0; j < c; j++) acc = ro_add(acc, ro_exp(ro_sub(x[j], m)));
	*mx = m;
	*s = acc;
}

/* loss of one row: log(s) - sum_j Y[i,j]*(X[i,j]-mx) (x, y point at the row). */
RO_FN float ro_xent_row(const float *x, const float *y, int c) {
	float mx, s, dot = 0.0f;
	ro_xent_rowstats(x, c, &mx, &s);
	for (int j = 0; j < c; j++) dot = ro_add(dot, ro_mul(y[j], ro_sub(x[j], mx)));
	return ro_sub(ro_log(s), dot);
}

/* gradient of one row of the mean loss over m rows: (exp(X-mx)/s - Y)*(1/m). */
RO_FN void ro_xentgrad_row(float *out, const float *x, const float *y, int c, int m) {
	float mx, s, inv = ro_div(1.0f, (float)m);
	ro_xent_rowstats(x, c, &mx, &s);
	for (int j = 0; j < c; j++) {
		float p = ro_div(ro_exp(ro_sub(x[j], mx)), s);
		out[j] = ro_mul(ro_sub(p, y[j]), inv);
	}
}

/* column j of an m×n matrix summed from +0 in row order. */
RO_FN float ro_colsum_col(const float *x, int m, int n, int j) {
	float s = 0.0f;
	for (int i = 0; i < m; i++) s = ro_add(s, x[(long)i * n + j]);
	return s;
}

RO_FN float ro_mean_of(const float *x, int n) {
	float s = 0.0f;
	for (int i = 0; i < n; i++) s = ro_add(s, x[i]);
	return ro_div(s, (float)n);
}

/* Im2Col/Col2Im shape (repops.Im2Col). */
typedef struct {
	int n, h, w, c, kh, kw, s;
} ro_conv;

RO_FN int ro_conv_oh(ro_conv k) { return (k.h - k.kh) / k.s + 1; }
RO_FN int ro_conv_ow(ro_conv k) { return (k.w - k.kw) / k.s + 1; }

/* the input element that patch element e copies. */
RO_FN long ro_im2col_src(ro_conv k, long e) {
	int oh = ro_conv_oh(k), ow = ro_conv_ow(k), cols = k.kh * k.kw * k.c;
	long r = e / cols;
	int q = (int)(e % cols);
	long img = r / ((long)oh * ow);
	int y = (int)((r / ow) % oh), x = (int)(r % ow);
	int dy = q / (k.kw * k.c), dx = (q / k.c) % k.kw, ch = q % k.c;
	return ((img * k.h + y * k.s + dy) * k.w + x * k.s + dx) * k.c + ch;
}

RO_FN float ro_im2col_elem(const float *x, ro_conv k, long e) { return ro_mul(x[ro_im2col_src(k, e)], 1.0f); }

/* image element e of Col2Im: the patch elements that copied it, from +0, in increasing
 * (dy, dx) order. */
RO_FN float ro_col2im_elem(const float *d, ro_conv k, long e) {
	int oh = ro_conv_oh(k), ow = ro_conv_ow(k), cols = k.kh * k.kw * k.c;
	int ch = (int)(e % k.c), px = (int)((e / k.c) % k.w), py = (int)((e / ((long)k.c * k.w)) % k.h);
	long img = e / ((long)k.c * k.w * k.h);
	float s = 0.0f;
	for (int dy = 0; dy < k.kh; dy++) {
		int y = py - dy;
		if (y < 0 || y % k.s != 0 || y / k.s >= oh) continue;
		for (int dx = 0; dx < k.kw; dx++) {
			int x = px - dx;
			if (x < 0 || x % k.s != 0 || x / k.s >= ow) continue;
			long r = (img * oh + y / k.s) * ow + x / k.s;
			s = ro_add(s, d[r * cols + (dy * k.kw + dx) * k.c + ch]);
		}
	}
	return s;
}

/* ---- matrix product (repops.MatMul) ------------------------------------------------ *
 * C (m×n, row-major) = op(A)·op(B); layout 0 NN (A m×k, B k×n), 1 NT (B stored n×k),
 * 2 TN (A stored k×m). Each output: acc = +0; for p in 0..k-1: acc = fma(A(i,p), B(p,j), acc),
 * one rounding per term (fma.rn.f32), canonical NaN at the end (a NaN accumulator
 * stays NaN, so canonicalising once is the same as after every term).
 *
 * Tiling: a block of RO_MM_THREADS threads owns an RO_BM×RO_BN tile of C; k advances in
 * slices of RO_BK staged through shared memory; thread t holds RO_TM×RO_TN outputs in
 * registers, rows bm0 + ty + 16r and columns bn0 + tx + 16c. Only p < k is ever added
 * (padding zeros would turn an accumulated -0 into +0), and slices are visited in
 * increasing p, so each output's order is exactly the definition's.
 *
 * The block body is split at its barriers into load / compute / store phases so that the
 * host test can run the very same code thread by thread (cuda/internal/hostref). */
#define RO_BM 64
#define RO_BN 64
#define RO_BK 16
#define RO_TM 4
#define RO_TN 4
#define RO_MM_THREADS 256 /* (RO_BM/RO_TM) * (RO_BN/RO_TN) */

RO_FN long ro_mm_aidx(int layout, int m, int k, int i, int p) { return layout == 2 ? (long)p * m + i : (long)i * k + p; }
RO_FN long ro_mm_bidx(int layout, int k, int n, int p, int j) { return layout == 1 ? (long)j * k + p : (long)p * n + j; }

/* load phase: thread tid stages its share of A[bm0.., k0..] and B[k0.., bn0..]; which
 * index runs fastest across threads follows the stored layout (coalesced reads). */
RO_FN void ro_mm_load(int tid, int layout, const float *a, const float *b, int m, int k, int n, int bm0, int bn0,
                      int k0, float as[RO_BK][RO_BM + 1], float bs[RO_BK][RO_BN + 1]) {
	RO_UNROLL
	for (int l = 0; l < (RO_BK * RO_BM) / RO_MM_THREADS; l++) {
		int q = tid + l * RO_MM_THREADS, kk, ii;
		if (layout == 2) { /* A stored k×m: i runs fastest */
			kk = q / RO_BM;
			ii = q % RO_BM;
		} else {
			kk = q % RO_BK;
			ii = q / RO_BK;
		}
		int i = bm0 + ii, p = k0 + kk;
		as[kk][ii] = (i < m && p < k) ? a[ro_mm_aidx(layout, m, k, i, p)] : 0.0f;
	}
	RO_UNROLL
	for (int l = 0; l < (RO_BK * RO_BN) / RO_MM_THREADS; l++) {
		int q = tid + l * RO_MM_THREADS, kk, jj;
		if (layout == 1) { /* B stored n×k: p runs fastest */
			kk = q % RO_BK;
			jj = q / RO_BK;
		} else {
			kk = q / RO_BN;
			jj = q % RO_BN;
		}
		int j = bn0 + jj, p = k0 + kk;
		bs[kk][jj] = (j < n && p < k) ? b[ro_mm_bidx(layout, k, n, p, j)] : 0.0f;
	}
}

/* compute phase: kmax = min(RO_BK, k-k0) products into each of the thread's outputs. */
RO_FN void ro_mm_compute(int tid, int kmax, float as[RO_BK][RO_BM + 1], float bs[RO_BK][RO_BN + 1],
                         float acc[RO_TM][RO_TN]) {
	int tx = tid % (RO_BN / RO_TN), ty = tid / (RO_BN / RO_TN);
	for (int p = 0; p < kmax; p++) {
		float av[RO_TM], bv[RO_TN];
		RO_UNROLL
		for (int r = 0; r < RO_TM; r++) av[r] = as[p][ty + r * (RO_BM / RO_TM)];
		RO_UNROLL
		for (int c = 0; c < RO_TN; c++) bv[c] = bs[p][tx + c * (RO_BN / RO_TN)];
		RO_UNROLL
		for (int r = 0; r < RO_TM; r++)
			RO_UNROLL
			for (int c = 0; c < RO_TN; c++) acc[r][c] = __fmaf_rn(av[r], bv[c], acc[r][c]);
	}
}

RO_FN void ro_mm_store(int tid, float *cm, int m, int n, int bm0, int bn0, float acc[RO_TM][RO_TN]) {
	int tx = tid % (RO_BN / RO_TN), ty = tid / (RO_BN / RO_TN);
	RO_UNROLL
	for (int r = 0; r < RO_TM; r++) {
		int i = bm0 + ty + r * (RO_BM / RO_TM);
		RO_UNROLL
		for (int c = 0; c < RO_TN; c++) {
			int j = bn0 + tx + c * (RO_BN / RO_TN);
			if (i < m && j < n) cm[(long)i * n + j] = ro_canon(acc[r][c]);
		}
	}
}

/* The small-output variant (ro_matmul_s): when C has few 64×64 tiles, one output per
 * thread keeps more of the GPU busy. A block of RO_SB×RO_SB threads owns an RO_SB×RO_SB
 * tile of C, thread t the output at row bm0 + t/RO_SB, column bn0 + t%RO_SB; k advances
 * in slices of RO_SB through shared memory. Same order per output as above. */
#define RO_SB 16

RO_FN void ro_mms_load(int tid, int layout, const float *a, const float *b, int m, int k, int n, int bm0, int bn0,
                       int k0, float as[RO_SB][RO_SB + 1], float bs[RO_SB][RO_SB + 1]) {
	int hi = tid / RO_SB, lo = tid % RO_SB;
	int ii = layout == 2 ? lo : hi, kk = layout == 2 ? hi : lo; /* the stored layout's fast index across threads */
	int i = bm0 + ii, p = k0 + kk;
	as[kk][ii] = (i < m && p < k) ? a[ro_mm_aidx(layout, m, k, i, p)] : 0.0f;
	int jj = layout == 1 ? hi : lo;
	kk = layout == 1 ? lo : hi;
	int j = bn0 + jj;
	p = k0 + kk;
	bs[kk][jj] = (j < n && p < k) ? b[ro_mm_bidx(layout, k, n, p, j)] : 0.0f;
}

RO_FN float ro_mms_compute(int tid, int kmax, float as[RO_SB][RO_SB + 1], float bs[RO_SB][RO_SB + 1], float acc) {
	int ty = tid / RO_SB, tx = tid % RO_SB;
	for (int p = 0; p < kmax; p++) acc = __fmaf_rn(as[p][ty], bs[p][tx], acc);
	return acc;
}

RO_FN void ro_mms_store(int tid, float *cm, int m, int n, int bm0, int bn0, float acc) {
	int i = bm0 + tid / RO_SB, j = bn0 + tid % RO_SB;
	if (i < m && j < n) cm[(long)i * n + j] = ro_canon(acc);
}

#endif /* VERITRAIN_REPOPS_H */
