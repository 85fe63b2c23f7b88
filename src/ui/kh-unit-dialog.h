/* kh-unit-dialog.h — the small dialog that adds a unit or edits one: name,
 * short name and group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_UNIT_DIALOG (kh_unit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KhUnitDialog, kh_unit_dialog, KH, UNIT_DIALOG, AdwMessageDialog)

/* Responses: "cancel", "apply" (enabled while the name is not blank).
 * @unit NULL: a new unit.  The dialog changes nothing itself. */
KhUnitDialog *kh_unit_dialog_new        (GtkWindow    *parent,
                                         KhPlan       *plan,
                                         KhUnit       *unit);
/* The unit edited, or NULL when adding. */
KhUnit       *kh_unit_dialog_get_unit   (KhUnitDialog *self);
/* The fields as typed, without surrounding white space (new strings). */
char         *kh_unit_dialog_dup_name   (KhUnitDialog *self);
char         *kh_unit_dialog_dup_short  (KhUnitDialog *self);
char         *kh_unit_dialog_dup_group  (KhUnitDialog *self);

G_END_DECLS
