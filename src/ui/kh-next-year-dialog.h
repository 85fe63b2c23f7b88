/* kh-next-year-dialog.h — New Plan for Next Year: a short assistant (the
 * year, then the unit replacements of the 2025 reorganisation) that makes
 * next year's plan from this one (issue 8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-document.h"
#include "kh-report-panel.h"

G_BEGIN_DECLS

#define KH_TYPE_NEXT_YEAR_DIALOG (kh_next_year_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KhNextYearDialog, kh_next_year_dialog, KH, NEXT_YEAR_DIALOG, AdwWindow)

/* Actions: "assistant.next", "assistant.back" (between the two pages),
 * "assistant.create" (on the last page): makes the plan with kh_next_year,
 * hands the new document and a report panel (the summary, then the items
 * to review, each leading to its node) to @open_func and closes.
 * @document is only read. */
KhNextYearDialog *kh_next_year_dialog_new     (GtkWindow          *parent,
                                               KhDocument         *document,
                                               KhOpenDocumentFunc  open_func,
                                               gpointer            user_data);
void              kh_next_year_dialog_present (GtkWindow          *parent,
                                               KhDocument         *document,
                                               KhOpenDocumentFunc  open_func,
                                               gpointer            user_data);

int               kh_next_year_dialog_get_year (KhNextYearDialog  *self);
void              kh_next_year_dialog_set_year (KhNextYearDialog  *self,
                                                int                year);

/* The replacements proposed by the shipped map, one row each in the
 * plan's unit order. */
guint             kh_next_year_dialog_get_n_proposals   (KhNextYearDialog *self);
/* The plan's unit that proposal @index replaces. */
KhUnit           *kh_next_year_dialog_get_proposal_unit (KhNextYearDialog *self,
                                                         guint             index);
/* The replacements confirmed now (checked, a successor chosen): a
 * GPtrArray of KhUnitReplacement, as "Create" passes to kh_next_year. */
GPtrArray        *kh_next_year_dialog_get_replacements  (KhNextYearDialog *self);

G_END_DECLS
