/* kh-bench-util.h — timing, percentiles and memory for the benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Monotonic time in milliseconds. */
double kh_bench_now_ms     (void);
/* The @p-th quantile (0 … 1) of the @n @values, which it sorts. */
double kh_bench_percentile (double *values,
                            guint   n,
                            double  p);
/* The process's resident memory (VmRSS) in MB; 0 where unknown. */
double kh_bench_rss_mb     (void);

G_END_DECLS
