/* kh-bench-plan.h — a large synthetic plan for benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* A plan of @n_tasks tasks in four levels (sections, then items three
 * deep) with @n_units units.  Every task has one lead (some with a scope),
 * four other cooperating units, a structured timeline and Vietnamese
 * titles; some have a body, a budget and a place in the appendix.  The
 * same arguments always give the same plan. */
KhPlan *kh_bench_generate_plan (guint   n_tasks,
                                guint   n_units,
                                guint32 seed);

G_END_DECLS
