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

/* ---- the transformer's kernels (repops/transformer.go, attention.go, optim.go) ---- *
 * Each body is its kernel's ...Def function, operation for operation: products rounded
 * on their own unless the definition says fma (ro_fma, one rounding), chains from +0
 * (SumSq from its running total) in increasing index order. */

/* float32 bit patterns of the Go constants (transformer.go, optim.go) */
#define RO_GELU_K0 0x3f4c422au /* √(2/π) */
#define RO_GELU_K1 0x3d372713u /* 0.044715 */
#define RO_GELU_K3 0x3e095d4fu /* 3·0.044715 */
#define RO_CLIP_EPS 0x358637bdu /* 1e-6 */
/* sinPiCoef: Taylor coefficients of sin(πy)/y in y², highest degree first */
#define RO_SINPI0 0xbbf183a8u
#define RO_SINPI1 0x3da83c1au
#define RO_SINPI2 0xbf196966u
#define RO_SINPI3 0x402335e3u
#define RO_SINPI4 0xc0a55de7u
#define RO_SINPI5 0x40490fdbu

RO_FN float ro_add_elem(float a, float b) { return ro_add(a, b); }
RO_FN float ro_rowmul_elem(float x, float g) { return ro_mul(x, g); }
RO_FN float ro_rowaffine_elem(float x, float g, float b) { return ro_fma(x, g, b); }

/* ColDot column j of a, b (m×n): fma chain over rows i from +0 of a[i,j]·b[i,j]. */
RO_FN float ro_coldot_col(const float *a, const float *b, int m, int n, int j) {
	float s = 0.0f;
	for (int i = 0; i < m; i++) {
		long q = (long)i * n + j;
		s = ro_fma(a[q], b[q], s);
	}
	return s;
}

/* Norm (normStats): a row's centred value c_j, x_j - mean (layer norm) or x_j (RMS). */
RO_FN float ro_norm_c(float x, float mean, int rms) { return rms ? x : ro_sub(x, mean); }

/* the row's mean (layer norm: the sum from +0 in order, / d; RMS: unused, +0) and
 * rstd = 1/sqrt(fma chain of c·c from +0, / d, + eps) */
RO_FN float ro_norm_rstd(const float *x, int d, float eps, int rms, float *mean) {
	float df = (float)d, mu = 0.0f, s2 = 0.0f;
	if (!rms) {
		float s = 0.0f;
		for (int j = 0; j < d; j++) s = ro_add(s, x[j]);
		mu = ro_div(s, df);
	}
	for (int j = 0; j < d; j++) {
		float c = ro_norm_c(x[j], mu, rms);
		s2 = ro_fma(c, c, s2);
	}
	*mean = mu;
	return ro_div(1.0f, ro_sqrt(ro_add(ro_div(s2, df), eps)));
}

/* one row of Norm: x̂_j = c_j·rstd (c_j recomputed: the same operation, the same bits) */
RO_FN void ro_norm_row(float *out, const float *x, int d, float eps, int rms) {
	float mean, rstd = ro_norm_rstd(x, d, eps, rms, &mean);
	for (int j = 0; j < d; j++) out[j] = ro_mul(ro_norm_c(x[j], mean, rms), rstd);
}

/* one row of NormGrad (normGradStats, normGradElem): mean(g) = (sum of g from +0)/d
 * (layer norm only), mean(g·x̂) = (fma chain of g_j·x̂_j from +0)/d, then
 * dx_j = ((g_j [- mean(g)]) - x̂_j·mean(g·x̂))·rstd. */
RO_FN void ro_normgrad_row(float *out, const float *x, const float *g, int d, float eps, int rms) {
	float df = (float)d, mean, rstd = ro_norm_rstd(x, d, eps, rms, &mean), mg = 0.0f, s = 0.0f;
	if (!rms) {
		for (int j = 0; j < d; j++) s = ro_add(s, g[j]);
		mg = ro_div(s, df);
	}
	s = 0.0f;
	for (int j = 0; j < d; j++) s = ro_fma(g[j], ro_mul(ro_norm_c(x[j], mean, rms), rstd), s);
	float mgx = ro_div(s, df);
	for (int j = 0; j < d; j++) {
		float xh = ro_mul(ro_norm_c(x[j], mean, rms), rstd);
		float t = rms ? g[j] : ro_sub(g[j], mg);
		out[j] = ro_mul(ro_sub(t, ro_mul(xh, mgx)), rstd);
	}
}

/* geluCore: x2 = x·x, t = tanh(k0·fma(k1, x2·x, x)) */
RO_FN float ro_gelu_t(float x, float *x2) {
	float xx = ro_mul(x, x);
	float inner = ro_fma(RO_U2F(RO_GELU_K1), ro_mul(xx, x), x);
	*x2 = xx;
	return ro_tanh_elem(ro_mul(RO_U2F(RO_GELU_K0), inner));
}
RO_FN float ro_gelu_elem(float x) {
	float x2, t = ro_gelu_t(x, &x2);
	return ro_mul(ro_mul(0.5f, x), ro_add(1.0f, t));
}
RO_FN float ro_gelugrad_elem(float x, float dy) {
	float x2, t = ro_gelu_t(x, &x2);
	float ha = ro_mul(0.5f, ro_add(1.0f, t));
	float w = ro_mul(ro_mul(0.5f, x), ro_sub(1.0f, ro_mul(t, t)));
	float r = ro_mul(RO_U2F(RO_GELU_K0), ro_fma(RO_U2F(RO_GELU_K3), x2, 1.0f));
	return ro_mul(dy, ro_add(ha, ro_mul(w, r)));
}

/* siluDen: 1 + exp(+0 - x) */
RO_FN float ro_silu_den(float x) { return ro_add(1.0f, ro_exp(ro_sub(0.0f, x))); }
RO_FN float ro_silu_elem(float x) { return ro_div(x, ro_silu_den(x)); }
RO_FN float ro_silugrad_elem(float x, float dy) {
	float s = ro_div(1.0f, ro_silu_den(x));
	float q = ro_fma(x, ro_sub(1.0f, s), 1.0f);
	return ro_mul(dy, ro_mul(s, q));
}

/* CausalSoftmax, one row of t scores at query position i: mx = max over j ≤ i in order
 * from x[0], e_j = exp((x_j - mx)·scale), s = sum of e_j from +0, p_j = e_j/s; +0 for
 * j > i. The e_j are held in out between the two passes. */
RO_FN void ro_causalsoftmax_row(float *out, const float *x, int t, int i, float scale) {
	float mx = x[0], s = 0.0f;
	for (int j = 1; j <= i; j++) mx = ro_max(mx, x[j]);
	for (int j = 0; j <= i; j++) {
		float e = ro_exp(ro_mul(ro_sub(x[j], mx), scale));
		out[j] = e;
		s = ro_add(s, e);
	}
	for (int j = 0; j <= i; j++) out[j] = ro_div(out[j], s);
	for (int j = i + 1; j < t; j++) out[j] = 0.0f;
}

/* CausalSoftmaxGrad, one row: dot = fma chain over j ≤ i of p_j·dp_j from +0,
 * dx_j = (p_j·(dp_j - dot))·scale; +0 for j > i. */
RO_FN void ro_causalsoftmaxgrad_row(float *out, const float *p, const float *dp, int t, int i, float scale) {
	float dot = 0.0f;
	for (int j = 0; j <= i; j++) dot = ro_fma(p[j], dp[j], dot);
	for (int j = 0; j <= i; j++) out[j] = ro_mul(ro_mul(p[j], ro_sub(dp[j], dot)), scale);
	for (int j = i + 1; j < t; j++) out[j] = 0.0f;
}

/* Attention's shape (repops.Attn): b sequences of t positions, h heads of width dh. */
typedef struct {
	int b, t, h, dh;
} ro_attn;

/* qkvAt: component part (0 q, 1 k, 2 v) of head hh, position tt, sequence bb, feature d */
RO_FN long ro_qkv_at(ro_attn k, int part, int bb, int tt, int hh, int d) {
	long dd = (long)k.h * k.dh;
	return ((long)bb * k.t + tt) * 3 * dd + part * dd + (long)hh * k.dh + d;
}
/* rowAt: the first element of score row (bb, hh, i) */
RO_FN long ro_row_at(ro_attn k, int bb, int hh, int i) { return (((long)bb * k.h + hh) * k.t + i) * k.t; }
/* element (bb, tt, hh, d) of a B·T×D tensor (the attention's output and its gradient) */
RO_FN long ro_o_at(ro_attn k, int bb, int tt, int hh, int d) { return (((long)bb * k.t + tt) * k.h + hh) * k.dh + d; }

/* score element e: (bb, hh, i, j) */
RO_FN void ro_score_index(ro_attn k, long e, int *bb, int *hh, int *i, int *j) {
	long r = e / k.t;
	*j = (int)(e % k.t);
	*i = (int)(r % k.t);
	r /= k.t;
	*bb = (int)(r / k.h);
	*hh = (int)(r % k.h);
}

/* AttnScores: fma chain over d of q[b,i,h,d]·k[b,j,h,d] from +0; +0 for j > i. */
RO_FN float ro_attnscores_elem(const float *qkv, ro_attn k, long e) {
	int bb, hh, i, j;
	float acc = 0.0f;
	ro_score_index(k, e, &bb, &hh, &i, &j);
	if (j > i) return acc;
	for (int d = 0; d < k.dh; d++)
		acc = ro_fma(qkv[ro_qkv_at(k, 0, bb, i, hh, d)], qkv[ro_qkv_at(k, 1, bb, j, hh, d)], acc);
	return acc;
}

/* AttnApply output e = (b, i, h, d): fma chain over j ≤ i of P[(b,h,i),j]·v[b,j,h,d]. */
RO_FN float ro_attnapply_elem(const float *p, const float *qkv, ro_attn k, long e) {
	int d = (int)(e % k.dh);
	long r = e / k.dh;
	int hh = (int)(r % k.h);
	r /= k.h;
	int i = (int)(r % k.t), bb = (int)(r / k.t);
	long row = ro_row_at(k, bb, hh, i);
	float acc = 0.0f;
	for (int j = 0; j <= i; j++) acc = ro_fma(p[row + j], qkv[ro_qkv_at(k, 2, bb, j, hh, d)], acc);
	return acc;
}

/* AttnGradP: fma chain over d of dO[b,i,h,d]·v[b,j,h,d] from +0; +0 for j > i. */
RO_FN float ro_attngradp_elem(const float *dout, const float *qkv, ro_attn k, long e) {
	int bb, hh, i, j;
	float acc = 0.0f;
	ro_score_index(k, e, &bb, &hh, &i, &j);
	if (j > i) return acc;
	for (int d = 0; d < k.dh; d++)
		acc = ro_fma(dout[ro_o_at(k, bb, i, hh, d)], qkv[ro_qkv_at(k, 2, bb, j, hh, d)], acc);
	return acc;
}

/* AttnGradQKV element e = (b, t, part, h, d):
 *   q: fma chain over j = 0..t   of dS[(b,h,t), j]·k[b,j,h,d]
 *   k: fma chain over i = t..T-1 of dS[(b,h,i), t]·q[b,i,h,d]
 *   v: fma chain over i = t..T-1 of  P[(b,h,i), t]·dO[b,i,h,d] */
RO_FN float ro_attngradqkv_elem(const float *ds, const float *p, const float *dout, const float *qkv, ro_attn k,
                                long e) {
	long dd = (long)k.h * k.dh, d3 = 3 * dd;
	long bt = e / d3, q = e % d3;
	int bb = (int)(bt / k.t), tt = (int)(bt % k.t);
	int part = (int)(q / dd), hh = (int)((q % dd) / k.dh), d = (int)(q % k.dh);
	float acc = 0.0f;
	if (part == 0) {
		long row = ro_row_at(k, bb, hh, tt);
		for (int j = 0; j <= tt; j++) acc = ro_fma(ds[row + j], qkv[ro_qkv_at(k, 1, bb, j, hh, d)], acc);
	} else if (part == 1) {
		for (int i = tt; i < k.t; i++)
			acc = ro_fma(ds[ro_row_at(k, bb, hh, i) + tt], qkv[ro_qkv_at(k, 0, bb, i, hh, d)], acc);
	} else {
		for (int i = tt; i < k.t; i++)
			acc = ro_fma(p[ro_row_at(k, bb, hh, i) + tt], dout[ro_o_at(k, bb, i, hh, d)], acc);
	}
	return acc;
}

/* SumSq: fma chain over i of x_i·x_i from the running total acc; with n = 0 the total
 * passes through as acc·1 (the definition's copy). */
RO_FN float ro_sumsq_of(float acc, const float *x, int n) {
	if (n == 0) return ro_mul(acc, 1.0f);
	for (int i = 0; i < n; i++) acc = ro_fma(x[i], x[i], acc);
	return acc;
}

/* ClipCoef: min(clip / (sqrt(total) + 1e-6), 1) */
RO_FN float ro_clipcoef_of(float total, float clip) {
	return ro_min(ro_div(clip, ro_add(ro_sqrt(total), RO_U2F(RO_CLIP_EPS))), 1.0f);
}

RO_FN float ro_scaleby_elem(float x, float s) { return ro_mul(x, s); }

/* LRSchedule's rate at step t (lrDef); warmup and total are rounded to float32 as Go's
 * float32(int) rounds them (to nearest even), total - warmup subtracted as integers. */
RO_FN float ro_lr_of(float t, int warmup, int total, float lrmax, float lrmin) {
	float warm = ro_mul(lrmax, ro_min(ro_div(ro_add(t, 1.0f), (float)warmup), 1.0f));
	float p = ro_div(ro_sub(t, (float)warmup), (float)((long)total - warmup));
	p = ro_min(ro_max(p, 0.0f), 1.0f);
	float y = ro_sub(p, 0.5f), z = ro_mul(y, y);
	float h = RO_U2F(RO_SINPI0);
	h = ro_fma(h, z, RO_U2F(RO_SINPI1));
	h = ro_fma(h, z, RO_U2F(RO_SINPI2));
	h = ro_fma(h, z, RO_U2F(RO_SINPI3));
	h = ro_fma(h, z, RO_U2F(RO_SINPI4));
	h = ro_fma(h, z, RO_U2F(RO_SINPI5));
	float half = ro_sub(0.5f, ro_mul(0.5f, ro_mul(y, h)));
	float cs = ro_fma(ro_sub(lrmax, lrmin), half, lrmin);
	return ro_min(warm, cs);
}

/* LRSchedule: [t, lr] -> [t + 1, lr(t)] */
RO_FN void ro_lrschedule_of(float *out, const float *sched, int warmup, int total, float lrmax, float lrmin) {
	float t = sched[0];
	out[0] = ro_add(t, 1.0f);
	out[1] = ro_lr_of(t, warmup, total, lrmax, lrmin);
}

/* AdamPowers: [p1, p2] -> [p1·b1, p2·b2] */
RO_FN void ro_adampowers_of(float *out, const float *p, float b1, float b2) {
	out[0] = ro_mul(p[0], b1);
	out[1] = ro_mul(p[1], b2);
}

/* AdamW (adamWDef): m̂ = m/(1 - p1), v̂ = v/(1 - p2),
 * w' = w·(1 - lr·wd) - (lr·m̂)/(sqrt(v̂) + eps). */
RO_FN float ro_adamw_elem(float eps, float wd, float w, float m, float v, float p1, float p2, float lr) {
	float mh = ro_div(m, ro_sub(1.0f, p1));
	float vh = ro_div(v, ro_sub(1.0f, p2));
	float upd = ro_div(ro_mul(lr, mh), ro_add(ro_sqrt(vh), eps));
	float decayed = ro_mul(w, ro_sub(1.0f, ro_mul(lr, wd)));
	return ro_sub(decayed, upd);
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
