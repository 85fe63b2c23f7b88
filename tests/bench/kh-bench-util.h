/* kh-bench-util.h — timing, medians, percentiles and memory for the
 * benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Monotonic (wall) time in milliseconds. */
double kh_bench_now_ms     (void);
/* CPU time of the calling thread in milliseconds: for comparing two pieces
 * of single-threaded work on a machine busy with other things. */
double kh_bench_cpu_ms     (void);
/* The median of the @n @values, which it sorts (so values[0] and
 * values[n - 1] are then the least and the greatest); for an even @n, the
 * mean of the two middle values. */
double kh_bench_median     (double *values,
                            guint   n);
/* The @p-th quantile (0 … 1) of the @n @values, which it sorts: the value
 * at index MIN (n - 1, p * n), no interpolation. */
double kh_bench_percentile (double *values,
                            guint   n,
                            double  p);
/* The process's resident memory (VmRSS) in bytes; 0 where unknown. */
gsize  kh_bench_rss_bytes  (void);
/* The same in MB (2^20 bytes); 0 where unknown. */
double kh_bench_rss_mb     (void);

G_END_DECLS
