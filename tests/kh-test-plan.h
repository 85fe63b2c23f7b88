/* kh-test-plan.h — a plan built in code, and a text dump of any plan, for
 * tests that must not depend on the file format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* A small plan shaped like Hà Tĩnh 2018: metadata, 6 units, three
 * sections with items, tasks with leads (one with a scope), cooperating
 * units, notes, timelines, a budget, two appendix tasks (one with an
 * appendix row) and an appendix order.  Ids: units "u-snv", "u-stttt",
 * "u-ca", "u-svh", "u-bht", "u-dpth"; nodes "n-1" … in tree order. */
KhPlan *kh_test_plan_new  (void);

/* The node / unit with @id; fails the test when there is none. */
KhNode *kh_test_node      (KhPlan *plan, const char *id);
KhUnit *kh_test_unit      (KhPlan *plan, const char *id);

/* Every field of @plan as stable text, one line per value: two plans with
 * the same dump are the same plan. */
char   *kh_test_plan_dump (KhPlan *plan);

/* The example plan data/examples/NAME as kh_plan_load reads it; aborts
 * the test if it does not load. */
KhPlan *kh_test_load_example (const char *name);

G_END_DECLS
