/* kh-units-view-private.h — the Units page's insides, shared by
 * kh-units-view.c (the list), kh-units-view-cells.c (its cells) and
 * kh-units-view-actions.c (the edits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-units-view.h"

G_BEGIN_DECLS

typedef enum {
  COLUMN_NAME,
  COLUMN_SHORT,
  COLUMN_GROUP,
  COLUMN_COUNT,
} Column;

struct _KhUnitsView
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *short_column;
  GtkColumnViewColumn *group_column;
  GtkLabel           *summary_label;
  GtkWidget          *duplicates_box;
  GtkLabel           *duplicates_label;

  /* owned */
  KhDocument         *document;
  KhPlan             *plan;
  GListModel         *units;          /* the plan's, while connected */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkCustomSorter    *group_sorter;
  GtkMultiSorter     *sorter;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  char               *search_text;

  /* The sort keys: group → rank of its first unit, unit → position. */
  GHashTable         *group_rank;
  GHashTable         *unit_rank;
  gboolean            ranks_dirty;

  GHashTable         *cells;          /* GtkListItem → Column, bound cells */
  GHashTable         *counts;         /* KhUnit → assignments + 1 */
  GHashTable         *duplicates;     /* KhUnit → tooltip naming its twins */
  guint               refresh_counts_id;

  /* borrowed (weak pointers): the open dialog and the last toast */
  GtkWindow          *dialog;
  AdwToast           *toast;
};

/* kh-units-view-cells.c */
/* Binds the template callbacks that make and fill the cells. */
void _kh_units_view_bind_cell_callbacks (GtkWidgetClass *widget_class);
/* Refreshes the bound cells of @column, or of every column when -1. */
void _kh_units_view_refresh_cells       (KhUnitsView    *self,
                                         int             column);

/* kh-units-view-actions.c */
void _kh_units_view_install_actions  (GtkWidgetClass *widget_class);
/* Opens the dialog that edits @unit, or adds a unit when NULL. */
void _kh_units_view_open_unit_dialog (KhUnitsView    *self,
                                      KhUnit         *unit);
/* Closes the dialog the page opened, if any. */
void _kh_units_view_close_dialog     (KhUnitsView    *self);

G_END_DECLS
