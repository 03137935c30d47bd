/*
 * fakecuda.c: a stand-in for libcuda.so.1 that runs kernels/repops.cu on the CPU, so that
 * package cuda's loader (purego bindings, CUresult handling, buffers, argument blocks,
 * launch grids) is tested end to end on a machine without a GPU. Built by fake_test.go:
 *   gcc -std=c11 -O1 -shared -fPIC -I../kernels -o libcuda.so.1 fakecuda.c -lm
 *
 * Emulation: a launch runs every thread of the grid, block by block. Within a block the
 * threads are coroutines (ucontext) on one OS thread: each runs until its next
 * __syncthreads, then the next thread runs, so every thread reaches a barrier before any
 * passes it, as on the GPU; __shared__ arrays are static (one block at a time).
 * FAKECUDA_INIT, when set, is the CUresult cuInit returns (to test the no-device path);
 * FAKECUDA_FLIP, when set to an entry point's name, makes that kernel one bit wrong.
 */
#define _XOPEN_SOURCE 700
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static int fk_tid_x, fk_ctaid_x, fk_ctaid_y, fk_ntid_x, fk_nctaid_x;
static void fk_sync(void);

#define RO_TID_X fk_tid_x
#define RO_NTID_X fk_ntid_x
#define RO_CTAID_X fk_ctaid_x
#define RO_CTAID_Y fk_ctaid_y
#define RO_NCTAID_X fk_nctaid_x
#define __global__
#define __shared__ static
#define __syncthreads() fk_sync()
#include "repops.cu"

typedef int CUresult;
enum { OK = 0, ERR_INVALID_VALUE = 1, ERR_OUT_OF_MEMORY = 2, ERR_NO_DEVICE = 100, ERR_INVALID_IMAGE = 200,
       ERR_INVALID_CONTEXT = 201, ERR_INVALID_HANDLE = 400, ERR_NOT_FOUND = 500, ERR_LAUNCH_FAILED = 719 };

static const uintptr_t fk_ctx = 0xc0ffee, fk_mod = 0xfeed;
static uintptr_t fk_current;
static long fk_live; /* device allocations not freed */

CUresult cuInit(unsigned flags) {
	const char *v = getenv("FAKECUDA_INIT");
	(void)flags;
	return v ? atoi(v) : OK;
}
CUresult cuDeviceGetCount(int *n) { *n = 1; return OK; }
CUresult cuDeviceGet(int *dev, int ordinal) {
	if (ordinal != 0) return ERR_INVALID_VALUE;
	*dev = 0;
	return OK;
}
CUresult cuDeviceGetName(char *name, int n, int dev) {
	if (dev != 0 || n < 1) return ERR_INVALID_VALUE;
	strncpy(name, "fake CUDA device (host emulation)", (size_t)n - 1);
	name[n - 1] = 0;
	return OK;
}
CUresult cuDevicePrimaryCtxRetain(uintptr_t *ctx, int dev) {
	if (dev != 0) return ERR_INVALID_VALUE;
	*ctx = fk_ctx;
	return OK;
}
CUresult cuDevicePrimaryCtxRelease_v2(int dev) { return dev == 0 ? OK : ERR_INVALID_VALUE; }
CUresult cuCtxSetCurrent(uintptr_t ctx) {
	if (ctx != fk_ctx) return ERR_INVALID_CONTEXT;
	fk_current = ctx;
	return OK;
}
CUresult cuCtxSynchronize(void) { return fk_current == fk_ctx ? OK : ERR_INVALID_CONTEXT; }

CUresult cuModuleLoadDataEx(uintptr_t *mod, const void *image, unsigned nopt, int *opts, void **vals) {
	(void)nopt; (void)opts; (void)vals;
	if (fk_current != fk_ctx) return ERR_INVALID_CONTEXT;
	if (!strstr((const char *)image, ".visible .entry ro_matmul(")) return ERR_INVALID_IMAGE;
	*mod = fk_mod;
	return OK;
}
CUresult cuModuleUnload(uintptr_t mod) { return mod == fk_mod ? OK : ERR_INVALID_HANDLE; }

static const char *fk_names[] = {"ro_matmul", "ro_biasadd", "ro_relu", "ro_relugrad", "ro_momentum", "ro_sgd",
                                 "ro_tanh", "ro_tanhgrad", "ro_xent", "ro_xentgrad", "ro_colsum", "ro_mean",
                                 "ro_adam_m", "ro_adam_v", "ro_adam_apply", "ro_scale", "ro_im2col", "ro_col2im",
                                 "ro_matmul_s", "ro_elemadd", "ro_rowmul", "ro_rowaffine", "ro_coldot", "ro_norm",
                                 "ro_normgrad", "ro_gelu", "ro_gelugrad", "ro_silu", "ro_silugrad", "ro_causalsoftmax",
                                 "ro_causalsoftmaxgrad", "ro_attnscores", "ro_attnapply", "ro_attngradp",
                                 "ro_attngradqkv", "ro_sumsq", "ro_clipcoef", "ro_scaleby", "ro_lrschedule",
                                 "ro_adampowers", "ro_adamw"};
#define FK_NFN (sizeof fk_names / sizeof fk_names[0])

CUresult cuModuleGetFunction(uintptr_t *fn, uintptr_t mod, const char *name) {
	if (mod != fk_mod) return ERR_INVALID_HANDLE;
	for (size_t i = 0; i < FK_NFN; i++) {
		if (strcmp(name, fk_names[i]) == 0) {
			*fn = 0x1000 + i;
			return OK;
		}
	}
	return ERR_NOT_FOUND;
}

CUresult cuMemAlloc_v2(uint64_t *p, size_t n) {
	void *m;
	if (n == 0) return ERR_INVALID_VALUE;
	if (!(m = malloc(n))) return ERR_OUT_OF_MEMORY;
	memset(m, 0xa5, n); /* device memory is not zeroed */
	fk_live++;
	*p = (uint64_t)(uintptr_t)m;
	return OK;
}
CUresult cuMemFree_v2(uint64_t p) {
	if (!p) return ERR_INVALID_VALUE;
	free((void *)(uintptr_t)p);
	fk_live--;
	return OK;
}
CUresult cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t n) {
	memcpy((void *)(uintptr_t)dst, src, n);
	return OK;
}
CUresult cuMemcpyDtoH_v2(void *dst, uint64_t src, size_t n) {
	memcpy(dst, (const void *)(uintptr_t)src, n);
	return OK;
}

CUresult cuGetErrorName(CUresult r, const char **name) {
	switch (r) {
	case ERR_INVALID_VALUE: *name = "CUDA_ERROR_INVALID_VALUE"; return OK;
	case ERR_OUT_OF_MEMORY: *name = "CUDA_ERROR_OUT_OF_MEMORY"; return OK;
	case ERR_NO_DEVICE: *name = "CUDA_ERROR_NO_DEVICE"; return OK;
	case ERR_INVALID_CONTEXT: *name = "CUDA_ERROR_INVALID_CONTEXT"; return OK;
	case ERR_NOT_FOUND: *name = "CUDA_ERROR_NOT_FOUND"; return OK;
	case ERR_LAUNCH_FAILED: *name = "CUDA_ERROR_LAUNCH_FAILED"; return OK;
	}
	return ERR_INVALID_VALUE;
}

/* fake_live reports the device allocations not yet freed (a leak check for tests). */
long fake_live(void) { return fk_live; }

#define PF(i) (*(float **)params[i])
#define PI(i) (*(int *)params[i])
#define PX(i) (*(float *)params[i])

/* fk_run calls kernel fn for the current thread with the launch's arguments. */
static void fk_run(size_t fn, void **params) {
	switch (fn) {
	case 0: ro_matmul(PF(0), PF(1), PF(2), PI(3), PI(4), PI(5), PI(6)); break;
	case 1: ro_biasadd(PF(0), PF(1), PF(2), PI(3), PI(4)); break;
	case 2: ro_relu(PF(0), PF(1), PI(2)); break;
	case 3: ro_relugrad(PF(0), PF(1), PF(2), PI(3)); break;
	case 4: ro_momentum(PF(0), PF(1), PF(2), PI(3), PX(4)); break;
	case 5: ro_sgd(PF(0), PF(1), PF(2), PI(3), PX(4)); break;
	case 6: ro_tanh(PF(0), PF(1), PI(2)); break;
	case 7: ro_tanhgrad(PF(0), PF(1), PF(2), PI(3)); break;
	case 8: ro_xent(PF(0), PF(1), PF(2), PI(3), PI(4)); break;
	case 9: ro_xentgrad(PF(0), PF(1), PF(2), PI(3), PI(4)); break;
	case 10: ro_colsum(PF(0), PF(1), PI(2), PI(3)); break;
	case 11: ro_mean(PF(0), PF(1), PI(2)); break;
	case 12: ro_adam_m(PF(0), PF(1), PF(2), PI(3), PX(4)); break;
	case 13: ro_adam_v(PF(0), PF(1), PF(2), PI(3), PX(4)); break;
	case 14: ro_adam_apply(PF(0), PF(1), PF(2), PF(3), PF(4), PF(5), PI(6), PX(7), PX(8)); break;
	case 15: ro_scale(PF(0), PF(1), PI(2), PX(3)); break;
	case 16: ro_im2col(PF(0), PF(1), PI(2), PI(3), PI(4), PI(5), PI(6), PI(7), PI(8)); break;
	case 17: ro_col2im(PF(0), PF(1), PI(2), PI(3), PI(4), PI(5), PI(6), PI(7), PI(8)); break;
	case 18: ro_matmul_s(PF(0), PF(1), PF(2), PI(3), PI(4), PI(5), PI(6)); break;
	case 19: ro_elemadd(PF(0), PF(1), PF(2), PI(3)); break;
	case 20: ro_rowmul(PF(0), PF(1), PF(2), PI(3), PI(4)); break;
	case 21: ro_rowaffine(PF(0), PF(1), PF(2), PF(3), PI(4), PI(5)); break;
	case 22: ro_coldot(PF(0), PF(1), PF(2), PI(3), PI(4)); break;
	case 23: ro_norm(PF(0), PF(1), PI(2), PI(3), PX(4), PI(5)); break;
	case 24: ro_normgrad(PF(0), PF(1), PF(2), PI(3), PI(4), PX(5), PI(6)); break;
	case 25: ro_gelu(PF(0), PF(1), PI(2)); break;
	case 26: ro_gelugrad(PF(0), PF(1), PF(2), PI(3)); break;
	case 27: ro_silu(PF(0), PF(1), PI(2)); break;
	case 28: ro_silugrad(PF(0), PF(1), PF(2), PI(3)); break;
	case 29: ro_causalsoftmax(PF(0), PF(1), PI(2), PI(3), PX(4)); break;
	case 30: ro_causalsoftmaxgrad(PF(0), PF(1), PF(2), PI(3), PI(4), PX(5)); break;
	case 31: ro_attnscores(PF(0), PF(1), PI(2), PI(3), PI(4), PI(5)); break;
	case 32: ro_attnapply(PF(0), PF(1), PF(2), PI(3), PI(4), PI(5), PI(6)); break;
	case 33: ro_attngradp(PF(0), PF(1), PF(2), PI(3), PI(4), PI(5), PI(6)); break;
	case 34: ro_attngradqkv(PF(0), PF(1), PF(2), PF(3), PF(4), PI(5), PI(6), PI(7), PI(8)); break;
	case 35: ro_sumsq(PF(0), PF(1), PF(2), PI(3)); break;
	case 36: ro_clipcoef(PF(0), PF(1), PX(2)); break;
	case 37: ro_scaleby(PF(0), PF(1), PF(2), PI(3)); break;
	case 38: ro_lrschedule(PF(0), PF(1), PI(2), PI(3), PX(4), PX(5)); break;
	case 39: ro_adampowers(PF(0), PF(1), PX(2), PX(3)); break;
	case 40: ro_adamw(PF(0), PF(1), PF(2), PF(3), PF(4), PF(5), PI(6), PX(7), PX(8)); break;
	}
}

/* The coroutines of one block. */
#define FK_STACK (256 * 1024)
static ucontext_t fk_sched, fk_threads[1024];
static char *fk_stacks[1024];
static int fk_finished[1024];
static size_t fk_fn;
static void **fk_params;

/* __syncthreads: back to the scheduler, which resumes the next thread. */
static void fk_sync(void) { swapcontext(&fk_threads[fk_tid_x], &fk_sched); }

static void fk_entry(void) {
	fk_run(fk_fn, fk_params);
	fk_finished[fk_tid_x] = 1;
	/* returning resumes uc_link, the scheduler */
}

/* fk_block runs one block of bx threads to completion. */
static CUresult fk_block(unsigned bx) {
	for (unsigned t = 0; t < bx; t++) {
		if (!fk_stacks[t] && !(fk_stacks[t] = malloc(FK_STACK))) return ERR_OUT_OF_MEMORY;
		getcontext(&fk_threads[t]);
		fk_threads[t].uc_stack.ss_sp = fk_stacks[t];
		fk_threads[t].uc_stack.ss_size = FK_STACK;
		fk_threads[t].uc_link = &fk_sched;
		makecontext(&fk_threads[t], fk_entry, 0);
		fk_finished[t] = 0;
	}
	for (unsigned left = bx; left > 0;) {
		left = 0;
		for (unsigned t = 0; t < bx; t++) {
			if (fk_finished[t]) continue;
			fk_tid_x = (int)t;
			swapcontext(&fk_sched, &fk_threads[t]);
			if (!fk_finished[t]) left++;
		}
	}
	return OK;
}

static CUresult fk_launch(uintptr_t f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                          unsigned shmem, uintptr_t stream, void **params, void **extra) {
	size_t fn = f - 0x1000;
	(void)shmem;
	if (fk_current != fk_ctx) return ERR_INVALID_CONTEXT;
	if (fn >= FK_NFN || stream != 0 || extra != NULL || !params) return ERR_INVALID_VALUE;
	if (gx == 0 || gy == 0 || gz != 1 || bx == 0 || by != 1 || bz != 1 || bx > 1024) return ERR_INVALID_VALUE;
	fk_ntid_x = (int)bx;
	fk_nctaid_x = (int)gx;
	if (fn == 0 || fn == 18) { /* the kernels with barriers: coroutines */
		fk_fn = fn;
		fk_params = params;
		for (unsigned y = 0; y < gy; y++) {
			for (unsigned x = 0; x < gx; x++) {
				fk_ctaid_x = (int)x;
				fk_ctaid_y = (int)y;
				CUresult r = fk_block(bx);
				if (r != OK) return r;
			}
		}
		return OK;
	}
	for (unsigned y = 0; y < gy; y++) {
		for (unsigned x = 0; x < gx; x++) {
			for (unsigned t = 0; t < bx; t++) {
				fk_tid_x = (int)t;
				fk_ctaid_x = (int)x;
				fk_ctaid_y = (int)y;
				fk_run(fn, params);
			}
		}
	}
	return OK;
}

/* cuLaunchKernel runs the kernel; FAKECUDA_FLIP, when it names an entry point, then flips
 * the lowest bit of that kernel's first output: a card that gets one kernel wrong by one
 * bit, for the self-check's tests. */
CUresult cuLaunchKernel(uintptr_t f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                        unsigned shmem, uintptr_t stream, void **params, void **extra) {
	CUresult r = fk_launch(f, gx, gy, gz, bx, by, bz, shmem, stream, params, extra);
	const char *flip = getenv("FAKECUDA_FLIP");
	if (r == OK && flip && f - 0x1000 < FK_NFN && strcmp(flip, fk_names[f - 0x1000]) == 0) {
		uint32_t *out = (uint32_t *)(uintptr_t)(*(uint64_t *)params[0]);
		if (out) *out ^= 1;
	}
	return r;
}
