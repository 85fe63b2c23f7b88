/* kh-numbering.h — labels computed from the tree (DESIGN §4).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* "I.", "1.", "a)", "1.1.", "-", "+" … for @node where it stands in @plan. */
char *kh_numbering_label  (KhPlan *plan, KhNode *node);
/* The label that @scheme gives the node at @depth (1 = root) whose path of
 * sibling positions from the root is @path (0-based, @depth entries). */
char *kh_numbering_format (KhNumbering scheme, const guint *path, guint depth);
/* Upper-case Roman numeral of @n (1 → "I"); "" for 0. */
char *kh_numbering_roman  (guint n);
/* The @index-th letter (0-based) of the legal-drafting sequence
 * a b c d đ e g h i k l m n o p q r s t u ư v x y, then aa, ab, … */
char *kh_numbering_letter (guint index);

G_END_DECLS
