/*
 * repops.cu: the RepOps kernels for NVIDIA GPUs. All arithmetic lives in repops.h (shared
 * with the host check); this file only maps threads to outputs. Every kernel is
 * extern "C" (unmangled names for cuModuleGetFunction) and takes, in order: the output
 * pointer, the input pointers in repops slot order, then the kernel's parameters
 * (repops Params order; float constants as float). Sizes are int: the Go side refuses
 * tensors of 2^31 elements or more.
 *
 * Element-wise kernels use a grid-stride loop over outputs (any grid covers any n);
 * reductions give each output to one thread, which runs the defined sequential order.
 *
 * Regenerate the PTX with `go generate ./cuda` (gen.sh): clang-14, no CUDA toolkit.
 */
#include "repops.h"

#ifndef RO_TID_X
/* The thread's place: PTX special registers on the GPU. A host emulator (the fake
 * driver of cuda's tests) defines these, __global__, __shared__ and __syncthreads
 * itself and runs this very file. */
#define RO_TID_X __nvvm_read_ptx_sreg_tid_x()
#define RO_NTID_X __nvvm_read_ptx_sreg_ntid_x()
#define RO_CTAID_X __nvvm_read_ptx_sreg_ctaid_x()
#define RO_CTAID_Y __nvvm_read_ptx_sreg_ctaid_y()
#define RO_NCTAID_X __nvvm_read_ptx_sreg_nctaid_x()
#endif

#define RO_TID ((long)RO_CTAID_X * RO_NTID_X + RO_TID_X)
#define RO_STRIDE ((long)RO_NCTAID_X * RO_NTID_X)
#define RO_FOR(e, n) for (long e = RO_TID; e < (long)(n); e += RO_STRIDE)

#ifdef __cplusplus
extern "C" {
#endif

/* grid (ceil(n/64), ceil(m/64)), block RO_MM_THREADS. */
__global__ void ro_matmul(float *c, const float *a, const float *b, int m, int k, int n, int layout) {
	__shared__ float as[RO_BK][RO_BM + 1];
	__shared__ float bs[RO_BK][RO_BN + 1];
	int tid = RO_TID_X;
	int bm0 = RO_CTAID_Y * RO_BM, bn0 = RO_CTAID_X * RO_BN;
	float acc[RO_TM][RO_TN];
	RO_UNROLL
	for (int r = 0; r < RO_TM; r++)
		RO_UNROLL
		for (int q = 0; q < RO_TN; q++) acc[r][q] = 0.0f; /* +0 */
	for (int k0 = 0; k0 < k; k0 += RO_BK) {
		ro_mm_load(tid, layout, a, b, m, k, n, bm0, bn0, k0, as, bs);
		__syncthreads();
		ro_mm_compute(tid, k - k0 < RO_BK ? k - k0 : RO_BK, as, bs, acc);
		__syncthreads();
	}
	ro_mm_store(tid, c, m, n, bm0, bn0, acc);
}

/* grid (ceil(n/16), ceil(m/16)), block RO_SB*RO_SB: for products with few 64×64 tiles. */
__global__ void ro_matmul_s(float *c, const float *a, const float *b, int m, int k, int n, int layout) {
	__shared__ float as[RO_SB][RO_SB + 1];
	__shared__ float bs[RO_SB][RO_SB + 1];
	int tid = RO_TID_X;
	int bm0 = RO_CTAID_Y * RO_SB, bn0 = RO_CTAID_X * RO_SB;
	float acc = 0.0f; /* +0 */
	for (int k0 = 0; k0 < k; k0 += RO_SB) {
		ro_mms_load(tid, layout, a, b, m, k, n, bm0, bn0, k0, as, bs);
		__syncthreads();
		acc = ro_mms_compute(tid, k - k0 < RO_SB ? k - k0 : RO_SB, as, bs, acc);
		__syncthreads();
	}
	ro_mms_store(tid, c, m, n, bm0, bn0, acc);
}

__global__ void ro_biasadd(float *out, const float *x, const float *b, int m, int n) {
	RO_FOR(e, (long)m * n) out[e] = ro_biasadd_elem(x[e], b[e % n]);
}

__global__ void ro_relu(float *out, const float *x, int n) {
	RO_FOR(e, n) out[e] = ro_relu_elem(x[e]);
}

__global__ void ro_relugrad(float *out, const float *z, const float *dy, int n) {
	RO_FOR(e, n) out[e] = ro_relugrad_elem(z[e], dy[e]);
}

__global__ void ro_momentum(float *out, const float *v, const float *g, int n, float mu) {
	RO_FOR(e, n) out[e] = ro_momentum_elem(mu, v[e], g[e]);
}

__global__ void ro_sgd(float *out, const float *w, const float *v, int n, float lr) {
	RO_FOR(e, n) out[e] = ro_sgd_elem(lr, w[e], v[e]);
}

__global__ void ro_tanh(float *out, const float *x, int n) {
	RO_FOR(e, n) out[e] = ro_tanh_elem(x[e]);
}

__global__ void ro_tanhgrad(float *out, const float *y, const float *dy, int n) {
	RO_FOR(e, n) out[e] = ro_tanhgrad_elem(y[e], dy[e]);
}

/* one thread per row */
__global__ void ro_xent(float *out, const float *x, const float *y, int m, int c) {
	RO_FOR(i, m) out[i] = ro_xent_row(x + i * c, y + i * c, c);
}

/* one thread per row (the row statistics once, then the row's c outputs) */
__global__ void ro_xentgrad(float *out, const float *x, const float *y, int m, int c) {
	RO_FOR(i, m) ro_xentgrad_row(out + i * c, x + i * c, y + i * c, c, m);
}

/* one thread per column: neighbouring threads read neighbouring columns of a row */
__global__ void ro_colsum(float *out, const float *x, int m, int n) {
	RO_FOR(j, n) out[j] = ro_colsum_col(x, m, n, (int)j);
}

/* one output, one thread: the definition is one sequential sum */
__global__ void ro_mean(float *out, const float *x, int n) {
	if (RO_TID == 0) out[0] = ro_mean_of(x, n);
}

__global__ void ro_adam_m(float *out, const float *m, const float *g, int n, float b1) {
	RO_FOR(e, n) out[e] = ro_adam_m_elem(b1, m[e], g[e]);
}

__global__ void ro_adam_v(float *out, const float *v, const float *g, int n, float b2) {
	RO_FOR(e, n) out[e] = ro_adam_v_elem(b2, v[e], g[e]);
}

__global__ void ro_adam_apply(float *out, const float *w, const float *m, const float *v, const float *p1,
                              const float *p2, int n, float lr, float eps) {
	float q1 = p1[0], q2 = p2[0];
	RO_FOR(e, n) out[e] = ro_adam_apply_elem(lr, eps, w[e], m[e], v[e], q1, q2);
}

__global__ void ro_scale(float *out, const float *x, int n, float s) {
	RO_FOR(e, n) out[e] = ro_scale_elem(x[e], s);
}

__global__ void ro_im2col(float *out, const float *x, int n, int h, int w, int c, int kh, int kw, int s) {
	ro_conv k = {n, h, w, c, kh, kw, s};
	long total = (long)n * ro_conv_oh(k) * ro_conv_ow(k) * kh * kw * c;
	RO_FOR(e, total) out[e] = ro_im2col_elem(x, k, e);
}

/* gather form: each image element sums its own patch terms, no atomics */
__global__ void ro_col2im(float *out, const float *d, int n, int h, int w, int c, int kh, int kw, int s) {
	ro_conv k = {n, h, w, c, kh, kw, s};
	RO_FOR(e, (long)n * h * w * c) out[e] = ro_col2im_elem(d, k, e);
}

/* ---- the transformer's kernels (ids 19-40) ---- */

__global__ void ro_elemadd(float *out, const float *a, const float *b, int n) {
	RO_FOR(e, n) out[e] = ro_add_elem(a[e], b[e]);
}

__global__ void ro_rowmul(float *out, const float *x, const float *g, int m, int n) {
	RO_FOR(e, (long)m * n) out[e] = ro_rowmul_elem(x[e], g[e % n]);
}

__global__ void ro_rowaffine(float *out, const float *x, const float *g, const float *b, int m, int n) {
	RO_FOR(e, (long)m * n) out[e] = ro_rowaffine_elem(x[e], g[e % n], b[e % n]);
}

/* one thread per column, as colsum */
__global__ void ro_coldot(float *out, const float *a, const float *b, int m, int n) {
	RO_FOR(j, n) out[j] = ro_coldot_col(a, b, m, n, (int)j);
}

/* one thread per row (the row statistics once, then the row's d outputs) */
__global__ void ro_norm(float *out, const float *x, int m, int d, float eps, int rms) {
	RO_FOR(i, m) ro_norm_row(out + i * d, x + i * d, d, eps, rms);
}

__global__ void ro_normgrad(float *out, const float *x, const float *g, int m, int d, float eps, int rms) {
	RO_FOR(i, m) ro_normgrad_row(out + i * d, x + i * d, g + i * d, d, eps, rms);
}

__global__ void ro_gelu(float *out, const float *x, int n) {
	RO_FOR(e, n) out[e] = ro_gelu_elem(x[e]);
}

__global__ void ro_gelugrad(float *out, const float *x, const float *dy, int n) {
	RO_FOR(e, n) out[e] = ro_gelugrad_elem(x[e], dy[e]);
}

__global__ void ro_silu(float *out, const float *x, int n) {
	RO_FOR(e, n) out[e] = ro_silu_elem(x[e]);
}

__global__ void ro_silugrad(float *out, const float *x, const float *dy, int n) {
	RO_FOR(e, n) out[e] = ro_silugrad_elem(x[e], dy[e]);
}

/* one thread per row of t scores; row r is query position r mod t */
__global__ void ro_causalsoftmax(float *out, const float *x, int rows, int t, float scale) {
	RO_FOR(r, rows) ro_causalsoftmax_row(out + r * t, x + r * t, t, (int)(r % t), scale);
}

__global__ void ro_causalsoftmaxgrad(float *out, const float *p, const float *dp, int rows, int t, float scale) {
	RO_FOR(r, rows) ro_causalsoftmaxgrad_row(out + r * t, p + r * t, dp + r * t, t, (int)(r % t), scale);
}

/* the attention products: one thread per output element, its chain in order */
__global__ void ro_attnscores(float *out, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	RO_FOR(e, (long)b * h * t * t) out[e] = ro_attnscores_elem(qkv, k, e);
}

__global__ void ro_attnapply(float *out, const float *p, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	RO_FOR(e, (long)b * t * h * dh) out[e] = ro_attnapply_elem(p, qkv, k, e);
}

__global__ void ro_attngradp(float *out, const float *dout, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	RO_FOR(e, (long)b * h * t * t) out[e] = ro_attngradp_elem(dout, qkv, k, e);
}

__global__ void ro_attngradqkv(float *out, const float *ds, const float *p, const float *dout, const float *qkv, int b,
                               int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	RO_FOR(e, (long)b * t * 3 * h * dh) out[e] = ro_attngradqkv_elem(ds, p, dout, qkv, k, e);
}

/* one output, one thread: one sequential chain */
__global__ void ro_sumsq(float *out, const float *acc, const float *x, int n) {
	if (RO_TID == 0) out[0] = ro_sumsq_of(acc[0], x, n);
}

__global__ void ro_clipcoef(float *out, const float *total, float clip) {
	if (RO_TID == 0) out[0] = ro_clipcoef_of(total[0], clip);
}

__global__ void ro_scaleby(float *out, const float *x, const float *s, int n) {
	float q = s[0];
	RO_FOR(e, n) out[e] = ro_scaleby_elem(x[e], q);
}

__global__ void ro_lrschedule(float *out, const float *sched, int warmup, int total, float lrmax, float lrmin) {
	if (RO_TID == 0) ro_lrschedule_of(out, sched, warmup, total, lrmax, lrmin);
}

__global__ void ro_adampowers(float *out, const float *p, float b1, float b2) {
	if (RO_TID == 0) ro_adampowers_of(out, p, b1, b2);
}

__global__ void ro_adamw(float *out, const float *w, const float *m, const float *v, const float *pw, const float *sched,
                         int n, float eps, float wd) {
	float p1 = pw[0], p2 = pw[1], lr = sched[1];
	RO_FOR(e, n) out[e] = ro_adamw_elem(eps, wd, w[e], m[e], v[e], p1, p2, lr);
}

#ifdef __cplusplus
} /* extern "C" */
#endif
