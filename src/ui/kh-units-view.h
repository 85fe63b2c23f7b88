/* kh-units-view.h — the plan's unit list: add, edit, merge, delete units,
 * load a default list, search ignoring diacritics.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_UNITS_VIEW (kh_units_view_get_type ())
G_DECLARE_FINAL_TYPE (KhUnitsView, kh_units_view, KH, UNITS_VIEW, GtkWidget)

/* Properties: "document" (KhDocument, nullable), "selected-unit" (KhUnit,
 * nullable, read-only).
 *
 * Actions (on the selected unit where it matters): "units.add",
 * "units.edit", "units.merge", "units.delete", "units.load-default" (a
 * string: "province" or "commune"), "units.search" (focuses the search). */
GtkWidget  *kh_units_view_new               (void);
KhDocument *kh_units_view_get_document      (KhUnitsView *self);
void        kh_units_view_set_document      (KhUnitsView *self,
                                             KhDocument  *document);
KhUnit     *kh_units_view_get_selected_unit (KhUnitsView *self);
/* Selects @unit (NULL: nothing) and scrolls it into view, clearing the
 * search when it hides @unit. */
void        kh_units_view_select_unit       (KhUnitsView *self,
                                             KhUnit      *unit);
/* The rows shown, after the search and in their order: a GListModel of
 * KhUnit. */
GListModel *kh_units_view_get_model         (KhUnitsView *self);

/* Adds the units of the shipped list @name ("province", "commune") that
 * the plan lacks, as one undoable step, and says how many in a toast.
 * Returns how many were added; -1 with @error when the list cannot be
 * read. */
int         kh_units_view_load_default_list (KhUnitsView *self,
                                             const char  *name,
                                             GError     **error);

G_END_DECLS
