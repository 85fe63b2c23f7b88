/* kh-bench-util.c — timing, medians, percentiles and memory for the
 * benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-bench-util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

double
kh_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

double
kh_bench_cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
kh_bench_median (double *values,
                 guint   n)
{
  g_return_val_if_fail (n > 0, 0);

  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double
kh_bench_percentile (double *values,
                     guint   n,
                     double  p)
{
  g_return_val_if_fail (n > 0, 0);

  qsort (values, n, sizeof *values, compare_doubles);
  return values[MIN (n - 1, (guint) (p * n))];
}

/* VmRSS counts the same pages as the resident field of /proc/self/statm
 * (anonymous, file and shared memory), in kB. */
gsize
kh_bench_rss_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10) * 1024;
}

double
kh_bench_rss_mb (void)
{
  return kh_bench_rss_bytes () / (1024.0 * 1024.0);
}
