/* kh-unit-row.h — a unit as a list shows it: its name, and under it its
 * short name and group.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-unit.h"

G_BEGIN_DECLS

/* A factory for lists of KhUnit: the name (ellipsized, whole in its
 * tooltip) over the detail line, dimmed. */
GtkListItemFactory *kh_unit_row_factory_new (void);
/* "Sở TT&TT · Sở, ban, ngành": the short name and the group, or the one
 * the unit has, or "". */
char               *kh_unit_row_detail      (KhUnit *unit);

G_END_DECLS
