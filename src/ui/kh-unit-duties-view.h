/* kh-unit-duties-view.h — one unit's duties: choose a unit (the search
 * ignores diacritics), see the tasks it leads, then those it supports,
 * grouped by section, and copy them as text in the plan's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_UNIT_DUTIES_VIEW (kh_unit_duties_view_get_type ())
G_DECLARE_FINAL_TYPE (KhUnitDutiesView, kh_unit_duties_view, KH, UNIT_DUTIES_VIEW, GtkWidget)

/* Properties: "document" (KhDocument, nullable), "unit" (KhUnit,
 * nullable: the unit shown).
 *
 * Actions: "duties.copy" puts the unit's duties on the clipboard
 * (kh_unit_duties_format_text in the plan's language) and says so in a
 * toast; "duties.search" focuses the unit search. */
GtkWidget  *kh_unit_duties_view_new          (void);
KhDocument *kh_unit_duties_view_get_document (KhUnitDutiesView *self);
void        kh_unit_duties_view_set_document (KhUnitDutiesView *self,
                                              KhDocument       *document);
KhUnit     *kh_unit_duties_view_get_unit     (KhUnitDutiesView *self);
void        kh_unit_duties_view_set_unit     (KhUnitDutiesView *self,
                                              KhUnit           *unit);

/* The units offered after the search, best first: a GListModel of
 * KhUnit. */
GListModel *kh_unit_duties_view_get_units    (KhUnitDutiesView *self);
/* The duties shown, in order (KhUnitDuty, borrowed); empty without a
 * unit. */
GPtrArray  *kh_unit_duties_view_get_duties   (KhUnitDutiesView *self);

G_END_DECLS
