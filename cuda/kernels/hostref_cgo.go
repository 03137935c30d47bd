//go:build cgo

package kernels

/*
#cgo CFLAGS: -I${SRCDIR} -std=c11 -O2 -fno-fast-math
#cgo LDFLAGS: -lm
#include <stdlib.h>
#include "repops.h"

static float h_op(int op, float a, float b) {
	switch (op) {
	case 1: return ro_add(a, b);
	case 2: return ro_sub(a, b);
	case 3: return ro_mul(a, b);
	case 4: return ro_div(a, b);
	case 5: return ro_sqrt(a);
	case 6: return ro_max(a, b);
	case 7: return ro_min(a, b);
	case 8: return ro_selp(a, b);
	case 9: return ro_pow2(a);
	case 10: return ro_expo(a);
	case 11: return ro_mant(a);
	case 12: return ro_fma(a, b, 0.0f); // repops.Eval: Eval3 with c = +0
	case 100: return ro_exp(a);
	case 101: return ro_log(a);
	}
	return 0.0f;
}

// The GPU kernel ro_matmul run block by block and, inside a block, thread by thread
// between its barriers: every thread's load, then every thread's compute, per k slice.
static int h_matmul(float *c, const float *a, const float *b, int m, int k, int n, int layout) {
	float (*acc)[RO_TM][RO_TN] = malloc(sizeof(float[RO_MM_THREADS][RO_TM][RO_TN]));
	float (*as)[RO_BM + 1] = malloc(sizeof(float[RO_BK][RO_BM + 1]));
	float (*bs)[RO_BN + 1] = malloc(sizeof(float[RO_BK][RO_BN + 1]));
	if (!acc || !as || !bs) {
		free(acc); free(as); free(bs);
		return -1;
	}
	for (int bm0 = 0; bm0 < m; bm0 += RO_BM) {
		for (int bn0 = 0; bn0 < n; bn0 += RO_BN) {
			for (int t = 0; t < RO_MM_THREADS; t++)
				for (int r = 0; r < RO_TM; r++)
					for (int q = 0; q < RO_TN; q++) acc[t][r][q] = 0.0f;
			for (int k0 = 0; k0 < k; k0 += RO_BK) {
				for (int t = 0; t < RO_MM_THREADS; t++) ro_mm_load(t, layout, a, b, m, k, n, bm0, bn0, k0, as, bs);
				for (int t = 0; t < RO_MM_THREADS; t++) ro_mm_compute(t, k - k0 < RO_BK ? k - k0 : RO_BK, as, bs, acc[t]);
			}
			for (int t = 0; t < RO_MM_THREADS; t++) ro_mm_store(t, c, m, n, bm0, bn0, acc[t]);
		}
	}
	free(acc); free(as); free(bs);
	return 0;
}

// ro_matmul_s, the small-output variant, run the same way.
static void h_matmul_s(float *c, const float *a, const float *b, int m, int k, int n, int layout) {
	float acc[RO_SB * RO_SB];
	float as[RO_SB][RO_SB + 1], bs[RO_SB][RO_SB + 1];
	for (int bm0 = 0; bm0 < m; bm0 += RO_SB) {
		for (int bn0 = 0; bn0 < n; bn0 += RO_SB) {
			for (int t = 0; t < RO_SB * RO_SB; t++) acc[t] = 0.0f;
			for (int k0 = 0; k0 < k; k0 += RO_SB) {
				for (int t = 0; t < RO_SB * RO_SB; t++) ro_mms_load(t, layout, a, b, m, k, n, bm0, bn0, k0, as, bs);
				for (int t = 0; t < RO_SB * RO_SB; t++) acc[t] = ro_mms_compute(t, k - k0 < RO_SB ? k - k0 : RO_SB, as, bs, acc[t]);
			}
			for (int t = 0; t < RO_SB * RO_SB; t++) ro_mms_store(t, c, m, n, bm0, bn0, acc[t]);
		}
	}
}

// Every other kernel's grid-stride loop, run by one thread.
static void h_biasadd(float *o, const float *x, const float *b, int m, int n) {
	for (long e = 0; e < (long)m * n; e++) o[e] = ro_biasadd_elem(x[e], b[e % n]);
}
static void h_relu(float *o, const float *x, int n) { for (long e = 0; e < n; e++) o[e] = ro_relu_elem(x[e]); }
static void h_relugrad(float *o, const float *z, const float *dy, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_relugrad_elem(z[e], dy[e]);
}
static void h_momentum(float *o, const float *v, const float *g, int n, float mu) {
	for (long e = 0; e < n; e++) o[e] = ro_momentum_elem(mu, v[e], g[e]);
}
static void h_sgd(float *o, const float *w, const float *v, int n, float lr) {
	for (long e = 0; e < n; e++) o[e] = ro_sgd_elem(lr, w[e], v[e]);
}
static void h_tanh(float *o, const float *x, int n) { for (long e = 0; e < n; e++) o[e] = ro_tanh_elem(x[e]); }
static void h_tanhgrad(float *o, const float *y, const float *dy, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_tanhgrad_elem(y[e], dy[e]);
}
static void h_xent(float *o, const float *x, const float *y, int m, int c) {
	for (long i = 0; i < m; i++) o[i] = ro_xent_row(x + i * c, y + i * c, c);
}
static void h_xentgrad(float *o, const float *x, const float *y, int m, int c) {
	for (long i = 0; i < m; i++) ro_xentgrad_row(o + i * c, x + i * c, y + i * c, c, m);
}
static void h_colsum(float *o, const float *x, int m, int n) { for (int j = 0; j < n; j++) o[j] = ro_colsum_col(x, m, n, j); }
static void h_mean(float *o, const float *x, int n) { o[0] = ro_mean_of(x, n); }
static void h_adam_m(float *o, const float *m, const float *g, int n, float b1) {
	for (long e = 0; e < n; e++) o[e] = ro_adam_m_elem(b1, m[e], g[e]);
}
static void h_adam_v(float *o, const float *v, const float *g, int n, float b2) {
	for (long e = 0; e < n; e++) o[e] = ro_adam_v_elem(b2, v[e], g[e]);
}
static void h_adam_apply(float *o, const float *w, const float *m, const float *v, const float *p1, const float *p2,
                         int n, float lr, float eps) {
	for (long e = 0; e < n; e++) o[e] = ro_adam_apply_elem(lr, eps, w[e], m[e], v[e], p1[0], p2[0]);
}
static void h_scale(float *o, const float *x, int n, float s) { for (long e = 0; e < n; e++) o[e] = ro_scale_elem(x[e], s); }
static void h_im2col(float *o, const float *x, int n, int h, int w, int c, int kh, int kw, int s, long total) {
	ro_conv k = {n, h, w, c, kh, kw, s};
	for (long e = 0; e < total; e++) o[e] = ro_im2col_elem(x, k, e);
}
static void h_col2im(float *o, const float *d, int n, int h, int w, int c, int kh, int kw, int s) {
	ro_conv k = {n, h, w, c, kh, kw, s};
	for (long e = 0; e < (long)n * h * w * c; e++) o[e] = ro_col2im_elem(d, k, e);
}

// The transformer's kernels: element-wise ones as the grid-stride loop, row-wise ones
// row by row, the attention products element by element, as one thread runs them.
static void h_elemadd(float *o, const float *a, const float *b, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_add_elem(a[e], b[e]);
}
static void h_rowmul(float *o, const float *x, const float *g, int m, int n) {
	for (long e = 0; e < (long)m * n; e++) o[e] = ro_rowmul_elem(x[e], g[e % n]);
}
static void h_rowaffine(float *o, const float *x, const float *g, const float *b, int m, int n) {
	for (long e = 0; e < (long)m * n; e++) o[e] = ro_rowaffine_elem(x[e], g[e % n], b[e % n]);
}
static void h_coldot(float *o, const float *a, const float *b, int m, int n) {
	for (int j = 0; j < n; j++) o[j] = ro_coldot_col(a, b, m, n, j);
}
static void h_norm(float *o, const float *x, int m, int d, float eps, int rms) {
	for (long i = 0; i < m; i++) ro_norm_row(o + i * d, x + i * d, d, eps, rms);
}
static void h_normgrad(float *o, const float *x, const float *g, int m, int d, float eps, int rms) {
	for (long i = 0; i < m; i++) ro_normgrad_row(o + i * d, x + i * d, g + i * d, d, eps, rms);
}
static void h_gelu(float *o, const float *x, int n) { for (long e = 0; e < n; e++) o[e] = ro_gelu_elem(x[e]); }
static void h_gelugrad(float *o, const float *x, const float *dy, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_gelugrad_elem(x[e], dy[e]);
}
static void h_silu(float *o, const float *x, int n) { for (long e = 0; e < n; e++) o[e] = ro_silu_elem(x[e]); }
static void h_silugrad(float *o, const float *x, const float *dy, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_silugrad_elem(x[e], dy[e]);
}
static void h_causalsoftmax(float *o, const float *x, int rows, int t, float scale) {
	for (long r = 0; r < rows; r++) ro_causalsoftmax_row(o + r * t, x + r * t, t, (int)(r % t), scale);
}
static void h_causalsoftmaxgrad(float *o, const float *p, const float *dp, int rows, int t, float scale) {
	for (long r = 0; r < rows; r++) ro_causalsoftmaxgrad_row(o + r * t, p + r * t, dp + r * t, t, (int)(r % t), scale);
}
static void h_attnscores(float *o, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	for (long e = 0; e < (long)b * h * t * t; e++) o[e] = ro_attnscores_elem(qkv, k, e);
}
static void h_attnapply(float *o, const float *p, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	for (long e = 0; e < (long)b * t * h * dh; e++) o[e] = ro_attnapply_elem(p, qkv, k, e);
}
static void h_attngradp(float *o, const float *dout, const float *qkv, int b, int t, int h, int dh) {
	ro_attn k = {b, t, h, dh};
	for (long e = 0; e < (long)b * h * t * t; e++) o[e] = ro_attngradp_elem(dout, qkv, k, e);
}
static void h_attngradqkv(float *o, const float *ds, const float *p, const float *dout, const float *qkv, int b, int t,
                          int h, int dh) {
	ro_attn k = {b, t, h, dh};
	for (long e = 0; e < (long)b * t * 3 * h * dh; e++) o[e] = ro_attngradqkv_elem(ds, p, dout, qkv, k, e);
}
static void h_sumsq(float *o, const float *acc, const float *x, int n) { o[0] = ro_sumsq_of(acc[0], x, n); }
static void h_clipcoef(float *o, const float *total, float clip) { o[0] = ro_clipcoef_of(total[0], clip); }
static void h_scaleby(float *o, const float *x, const float *s, int n) {
	for (long e = 0; e < n; e++) o[e] = ro_scaleby_elem(x[e], s[0]);
}
static void h_lrschedule(float *o, const float *sched, int warmup, int total, float lrmax, float lrmin) {
	ro_lrschedule_of(o, sched, warmup, total, lrmax, lrmin);
}
static void h_adampowers(float *o, const float *p, float b1, float b2) { ro_adampowers_of(o, p, b1, b2); }
static void h_adamw(float *o, const float *w, const float *m, const float *v, const float *pw, const float *sched, int n,
                    float eps, float wd) {
	for (long e = 0; e < n; e++) o[e] = ro_adamw_elem(eps, wd, w[e], m[e], v[e], pw[0], pw[1], sched[1]);
}
*/
import "C"

import (
	"errors"
	"fmt"

	"github.com/veritrain/veritrain/repops"
)

// Available reports whether the C header can run (it needs cgo).
const Available = true

// Op evaluates one scalar operation of the header: op is a repops.Op, or OpExp / OpLog
// for the header's exp and log definitions.
func Op(op repops.Op, a, b float32) float32 {
	return float32(C.h_op(C.int(op), C.float(a), C.float(b)))
}

// FMA is the header's ro_fma: a*b + c rounded once, canonical NaN (repops.FMA32).
func FMA(a, b, c float32) float32 {
	return float32(C.ro_fma(C.float(a), C.float(b), C.float(c)))
}

// OpExp and OpLog name the header's exp and log for Op (not instruction-set ops).
const (
	OpExp repops.Op = 100
	OpLog repops.Op = 101
)

// p is the address of a slice's first element for C, or nil for an empty slice.
func p(s []float32) *C.float {
	if len(s) == 0 {
		return nil
	}
	return (*C.float)(&s[0])
}

func ci(v int) C.int       { return C.int(v) }
func cf(v float32) C.float { return C.float(v) }
func cb(v bool) C.int {
	if v {
		return 1
	}
	return 0
}

// headerConstants are the float32 bit patterns repops.h copies from the Go definitions
// of the transformer's kernels (for the test that they were copied right).
func headerConstants() map[string]uint32 {
	return map[string]uint32{
		"geluK0": uint32(C.RO_GELU_K0), "geluK1": uint32(C.RO_GELU_K1), "geluK3": uint32(C.RO_GELU_K3),
		"clipEps": uint32(C.RO_CLIP_EPS), "sinPi0": uint32(C.RO_SINPI0), "sinPi1": uint32(C.RO_SINPI1),
		"sinPi2": uint32(C.RO_SINPI2), "sinPi3": uint32(C.RO_SINPI3), "sinPi4": uint32(C.RO_SINPI4),
		"sinPi5": uint32(C.RO_SINPI5),
	}
}

// RunMatMulSmall computes k with the small-output variant of the GPU matrix product
// (ro_matmul_s); Run uses the 64×64-tile one (ro_matmul).
func RunMatMulSmall(k repops.MatMulK, out []float32, in [][]float32) error {
	if err := repops.Check(k, out, in); err != nil {
		return fmt.Errorf("kernels: %w", err)
	}
	if k.OutLen() > 0 {
		C.h_matmul_s(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.K), ci(k.N), ci(int(k.L)))
	}
	return nil
}

// Run computes k on the host with the CUDA kernels' C code (checked shapes).
func Run(k repops.Kernel, out []float32, in [][]float32) error {
	if err := repops.Check(k, out, in); err != nil {
		return fmt.Errorf("kernels: %w", err)
	}
	if k.OutLen() == 0 {
		return nil
	}
	switch k := k.(type) {
	case repops.MatMulK:
		if C.h_matmul(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.K), ci(k.N), ci(int(k.L))) != 0 {
			return errors.New("kernels: out of memory")
		}
	case repops.BiasAdd:
		C.h_biasadd(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.N))
	case repops.ReLU:
		C.h_relu(p(out), p(in[0]), ci(k.N))
	case repops.ReLUGrad:
		C.h_relugrad(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.Momentum:
		C.h_momentum(p(out), p(in[0]), p(in[1]), ci(k.N), cf(k.Mu))
	case repops.SGDApply:
		C.h_sgd(p(out), p(in[0]), p(in[1]), ci(k.N), cf(k.LR))
	case repops.Tanh:
		C.h_tanh(p(out), p(in[0]), ci(k.N))
	case repops.TanhGrad:
		C.h_tanhgrad(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.SoftmaxXent:
		C.h_xent(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.C))
	case repops.SoftmaxXentGrad:
		C.h_xentgrad(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.C))
	case repops.ColSum:
		C.h_colsum(p(out), p(in[0]), ci(k.M), ci(k.N))
	case repops.Mean:
		C.h_mean(p(out), p(in[0]), ci(k.N))
	case repops.AdamM:
		C.h_adam_m(p(out), p(in[0]), p(in[1]), ci(k.N), cf(k.B1))
	case repops.AdamV:
		C.h_adam_v(p(out), p(in[0]), p(in[1]), ci(k.N), cf(k.B2))
	case repops.AdamApply:
		C.h_adam_apply(p(out), p(in[0]), p(in[1]), p(in[2]), p(in[3]), p(in[4]), ci(k.N), cf(k.LR), cf(k.Eps))
	case repops.Scale:
		C.h_scale(p(out), p(in[0]), ci(k.N), cf(k.S))
	case repops.Im2Col:
		C.h_im2col(p(out), p(in[0]), ci(k.N), ci(k.H), ci(k.W), ci(k.C), ci(k.KH), ci(k.KW), ci(k.S), C.long(k.OutLen()))
	case repops.Col2Im:
		C.h_col2im(p(out), p(in[0]), ci(k.N), ci(k.H), ci(k.W), ci(k.C), ci(k.KH), ci(k.KW), ci(k.S))
	case repops.Add:
		C.h_elemadd(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.RowMul:
		C.h_rowmul(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.N))
	case repops.RowAffine:
		C.h_rowaffine(p(out), p(in[0]), p(in[1]), p(in[2]), ci(k.M), ci(k.N))
	case repops.ColDot:
		C.h_coldot(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.N))
	case repops.Norm:
		C.h_norm(p(out), p(in[0]), ci(k.M), ci(k.D), cf(k.Eps), cb(k.RMS))
	case repops.NormGrad:
		C.h_normgrad(p(out), p(in[0]), p(in[1]), ci(k.M), ci(k.D), cf(k.Eps), cb(k.RMS))
	case repops.GELU:
		C.h_gelu(p(out), p(in[0]), ci(k.N))
	case repops.GELUGrad:
		C.h_gelugrad(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.SiLU:
		C.h_silu(p(out), p(in[0]), ci(k.N))
	case repops.SiLUGrad:
		C.h_silugrad(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.CausalSoftmax:
		C.h_causalsoftmax(p(out), p(in[0]), ci(k.Rows), ci(k.T), cf(k.Scale))
	case repops.CausalSoftmaxGrad:
		C.h_causalsoftmaxgrad(p(out), p(in[0]), p(in[1]), ci(k.Rows), ci(k.T), cf(k.Scale))
	case repops.AttnScores:
		C.h_attnscores(p(out), p(in[0]), ci(k.B), ci(k.T), ci(k.H), ci(k.Dh))
	case repops.AttnApply:
		C.h_attnapply(p(out), p(in[0]), p(in[1]), ci(k.B), ci(k.T), ci(k.H), ci(k.Dh))
	case repops.AttnGradP:
		C.h_attngradp(p(out), p(in[0]), p(in[1]), ci(k.B), ci(k.T), ci(k.H), ci(k.Dh))
	case repops.AttnGradQKV:
		C.h_attngradqkv(p(out), p(in[0]), p(in[1]), p(in[2]), p(in[3]), ci(k.B), ci(k.T), ci(k.H), ci(k.Dh))
	case repops.SumSq:
		C.h_sumsq(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.ClipCoef:
		C.h_clipcoef(p(out), p(in[0]), cf(k.Clip))
	case repops.ScaleBy:
		C.h_scaleby(p(out), p(in[0]), p(in[1]), ci(k.N))
	case repops.LRSchedule:
		C.h_lrschedule(p(out), p(in[0]), ci(k.Warmup), ci(k.Total), cf(k.LRMax), cf(k.LRMin))
	case repops.AdamPowers:
		C.h_adampowers(p(out), p(in[0]), cf(k.B1), cf(k.B2))
	case repops.AdamW:
		C.h_adamw(p(out), p(in[0]), p(in[1]), p(in[2]), p(in[3]), p(in[4]), ci(k.N), cf(k.Eps), cf(k.WD))
	default:
		return fmt.Errorf("%w: %v", ErrUnsupported, k)
	}
	return nil
}
