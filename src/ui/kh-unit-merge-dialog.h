/* kh-unit-merge-dialog.h — choosing the unit that another one merges into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_UNIT_MERGE_DIALOG (kh_unit_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KhUnitMergeDialog, kh_unit_merge_dialog, KH, UNIT_MERGE_DIALOG,
                      AdwMessageDialog)

/* Responses: "cancel", "merge" (enabled once a target is chosen).  The
 * body says how many tasks name @from (kh_count_unit_assignments); below
 * it a search (ignoring diacritics, knowing short forms) lists the other
 * units.  The dialog changes nothing itself. */
KhUnitMergeDialog *kh_unit_merge_dialog_new        (GtkWindow         *parent,
                                                    KhPlan            *plan,
                                                    KhUnit            *from);
KhUnit            *kh_unit_merge_dialog_get_from   (KhUnitMergeDialog *self);
/* The unit chosen to merge into, or NULL. */
KhUnit            *kh_unit_merge_dialog_get_target (KhUnitMergeDialog *self);
/* The units offered for the search as typed: a GListModel of KhUnit. */
GListModel        *kh_unit_merge_dialog_get_candidates (KhUnitMergeDialog *self);

G_END_DECLS
