/* kh-plan-copy.h — a deep, independent copy of a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* A new plan with the same metadata, units, tree, ids and unknown members;
 * nothing is shared with @plan, so editing one never changes the other. */
KhPlan *kh_plan_copy (KhPlan *plan);

G_END_DECLS
