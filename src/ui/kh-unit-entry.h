/* kh-unit-entry.h — an entry for naming a unit of the plan, with completion.
 *
 * Typing shows the plan's units that fit (kh_unit_match_candidates:
 * diacritics and case ignored, short names and initials known) in a
 * popover; Up/Down move through them, Enter or a click picks one, Escape
 * closes the list.  When no unit has the typed name, the list ends with
 * "Create unit “…”", which adds the unit through the document's history
 * (kh_edit_add_unit).  The chosen unit comes out of "unit-chosen"; what a
 * handler changes then is recorded in the same undo step as the new unit.
 *
 * The widget is a GtkEditable (its text).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_UNIT_ENTRY (kh_unit_entry_get_type ())
G_DECLARE_FINAL_TYPE (KhUnitEntry, kh_unit_entry, KH, UNIT_ENTRY, GtkWidget)

/* Properties: "document" (KhDocument, nullable), "placeholder-text".
 * Signal "unit-chosen" (KhUnit *unit).
 * Actions: "unit-entry.select-next", "unit-entry.select-previous" (Down,
 * Up), "unit-entry.dismiss" (Escape), "unit-entry.choose" (Enter). */
GtkWidget  *kh_unit_entry_new              (void);
KhDocument *kh_unit_entry_get_document     (KhUnitEntry *self);
void        kh_unit_entry_set_document     (KhUnitEntry *self,
                                            KhDocument  *document);
void        kh_unit_entry_set_placeholder_text (KhUnitEntry *self,
                                                const char  *text);

/* What the list offers now: KhUnit items, and a GtkStringObject holding
 * the typed name for the "Create unit" item.  For tests and for
 * accessibility tools; the list is empty while the popover is closed. */
GListModel *kh_unit_entry_get_candidates   (KhUnitEntry *self);
/* The position of the highlighted item, or GTK_INVALID_LIST_POSITION. */
guint       kh_unit_entry_get_selected     (KhUnitEntry *self);

G_END_DECLS
