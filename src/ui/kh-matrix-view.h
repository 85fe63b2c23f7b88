/* kh-matrix-view.h — the assignment matrix drawn as one scrollable grid.
 *
 * Tasks down, units across, with frozen headers on both sides and the
 * totals at the bottom; a cursor cell that keys and clicks move and edit
 * (through the history, kh_matrix_cycle / kh_matrix_set_role).  Put it in
 * a GtkScrolledWindow: it is a GtkScrollable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-matrix.h"

G_BEGIN_DECLS

#define KH_TYPE_MATRIX_VIEW (kh_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (KhMatrixView, kh_matrix_view, KH, MATRIX_VIEW, GtkWidget)

/* Properties: "matrix" (KhMatrix, nullable), "history" (KhHistory,
 * nullable: without one the grid is read-only), "cursor-node" (KhNode,
 * read-only, nullable: the node of the cursor's row), and GtkScrollable's.
 *
 * Actions: "matrix.move-left", "matrix.move-right", "matrix.move-up",
 * "matrix.move-down", "matrix.move-page-up", "matrix.move-page-down",
 * "matrix.move-row-start", "matrix.move-row-end", "matrix.move-first",
 * "matrix.move-last"; "matrix.cycle", "matrix.set-lead",
 * "matrix.set-cooperating", "matrix.clear" (on the cursor cell). */
GtkWidget *kh_matrix_view_new         (void);
KhMatrix  *kh_matrix_view_get_matrix  (KhMatrixView *self);
KhHistory *kh_matrix_view_get_history (KhMatrixView *self);
void       kh_matrix_view_set_matrix  (KhMatrixView *self,
                                       KhMatrix     *matrix,
                                       KhHistory    *history);

/* The cursor cell; FALSE when the matrix has no cell (no rows or no
 * columns).  Outside arrows keys, the cursor may stand on a section row. */
gboolean   kh_matrix_view_get_cursor  (KhMatrixView *self,
                                       guint        *row,
                                       guint        *column);
/* Moves the cursor (clamped to the matrix) and scrolls it into view. */
void       kh_matrix_view_set_cursor  (KhMatrixView *self,
                                       guint         row,
                                       guint         column);
KhNode    *kh_matrix_view_get_cursor_node (KhMatrixView *self);

/* What the accessible label says: "Task 1.2. Title, Sở Ngoại vụ:
 * cooperating".  Newly allocated; NULL without a cursor. */
char      *kh_matrix_view_describe_cursor (KhMatrixView *self);

G_END_DECLS
