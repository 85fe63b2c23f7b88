/* kh-matrix.h — the assignment matrix: tasks down, units across.
 *
 * The data behind the Assignments view and its export.  Rows are the
 * tasks in tree order, each section that holds a shown task heading its
 * tasks; columns are the units grouped by unit group (groups in the
 * order they first appear in the plan's unit list, units without a group
 * last), the plan's order within a group.  A cell is the role the unit
 * has in the task's own lead and cooperating lists (not the appendix
 * row's).
 *
 * The matrix follows the plan: it listens to the plan's signals and says
 * precisely what changed with its own, in the manner of GListModel's
 * "items-changed":
 *   "rows-changed" (guint position, guint removed, guint added): rows
 *       were replaced; a row whose number, title or "no lead" flag changed
 *       is reported as replaced too.  Totals may all have changed.
 *   "columns-changed" (guint position, guint removed, guint added): the
 *       same for columns; groups may have changed too.  Any change to the
 *       unit list (a name, a group) reports every column as replaced.
 *   "cell-changed" (guint row, guint column): the role in one cell
 *       changed, and with it maybe that column's totals and that row's
 *       "no lead" flag.  One assignment edit can report a cell twice (the
 *       lead and cooperating lists are replaced one after the other).
 * When rows and columns both change (a filter on units with no
 * assignment), rows-changed comes first, and its handlers still see the
 * old columns.
 *
 * A single cell change costs O(units the task names), not O(rows ×
 * columns); filters and structure changes cost O(nodes) plus the rows
 * that changed.
 *
 * Edits go through the history (kh-edit.h), so they are undoable and the
 * rest of the window sees them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-history.h"

G_BEGIN_DECLS

typedef enum {
  KH_MATRIX_ROW_SECTION,  /* a section heading its tasks */
  KH_MATRIX_ROW_TASK,
} KhMatrixRowKind;

/* Which items make rows. */
typedef enum {
  KH_MATRIX_TASKS,        /* items for which kh_node_is_task holds */
  KH_MATRIX_ALL_ITEMS,    /* every item */
} KhMatrixRows;

#define KH_TYPE_MATRIX (kh_matrix_get_type ())
G_DECLARE_FINAL_TYPE (KhMatrix, kh_matrix, KH, MATRIX, GObject)

/* Properties (all notify):
 *   "plan" (KhPlan, construct-only), "rows" (KhMatrixRows),
 *   filters: "section" (KhNode, nullable: only the rows under it),
 *   "group" (string, nullable: only the units of that group; "" is the
 *   group of units without one), "without-lead" (boolean: only tasks
 *   without a lead), "hide-unassigned" (boolean: only units with an
 *   assignment in the rows shown). */
KhMatrix        *kh_matrix_new                (KhPlan       *plan,
                                               KhMatrixRows  rows);

KhPlan          *kh_matrix_get_plan           (KhMatrix     *self);
KhMatrixRows     kh_matrix_get_rows           (KhMatrix     *self);
void             kh_matrix_set_rows           (KhMatrix     *self,
                                               KhMatrixRows  rows);

/* Filters.  A section that leaves the plan shows no rows until it comes
 * back (undo). */
KhNode          *kh_matrix_get_section        (KhMatrix     *self);
void             kh_matrix_set_section        (KhMatrix     *self,
                                               KhNode       *section);
const char      *kh_matrix_get_group          (KhMatrix     *self);
void             kh_matrix_set_group          (KhMatrix     *self,
                                               const char   *group);
gboolean         kh_matrix_get_without_lead   (KhMatrix     *self);
void             kh_matrix_set_without_lead   (KhMatrix     *self,
                                               gboolean      without_lead);
gboolean         kh_matrix_get_hide_unassigned (KhMatrix    *self);
void             kh_matrix_set_hide_unassigned (KhMatrix    *self,
                                               gboolean      hide_unassigned);

/* Rows.  The node is borrowed; for a task row the section is the nearest
 * section above it (NULL when none), for a section row the section. */
guint            kh_matrix_get_n_rows         (KhMatrix     *self);
KhMatrixRowKind  kh_matrix_get_row_kind       (KhMatrix     *self,
                                               guint         row);
KhNode          *kh_matrix_get_row_node       (KhMatrix     *self,
                                               guint         row);
KhNode          *kh_matrix_get_row_section    (KhMatrix     *self,
                                               guint         row);
/* TRUE for a task with neither a lead unit nor a lead note. */
gboolean         kh_matrix_row_has_no_lead    (KhMatrix     *self,
                                               guint         row);
/* The row of @node, or -1 when it has none. */
int              kh_matrix_find_row           (KhMatrix     *self,
                                               KhNode       *node);

/* Columns and their groups.  Units are borrowed. */
guint            kh_matrix_get_n_columns      (KhMatrix     *self);
KhUnit          *kh_matrix_get_column_unit    (KhMatrix     *self,
                                               guint         column);
int              kh_matrix_find_column        (KhMatrix     *self,
                                               KhUnit       *unit);
guint            kh_matrix_get_n_groups       (KhMatrix     *self);
/* The group's name as the units give it; "" for units without a group. */
const char      *kh_matrix_get_group_name     (KhMatrix     *self,
                                               guint         group);
/* The columns @group spans: *@first, then *@n_columns (both nullable). */
void             kh_matrix_get_group_span     (KhMatrix     *self,
                                               guint         group,
                                               guint        *first,
                                               guint        *n_columns);
guint            kh_matrix_get_column_group   (KhMatrix     *self,
                                               guint         column);

/* Cells: KH_ROLE_NONE on a section row. */
KhRole           kh_matrix_get_role           (KhMatrix     *self,
                                               guint         row,
                                               guint         column);

/* Totals over the task rows shown: how many tasks the column's unit
 * leads, and in how many it cooperates.  A unit that is both in one task
 * counts as lead. */
guint            kh_matrix_get_n_leads        (KhMatrix     *self,
                                               guint         column);
guint            kh_matrix_get_n_cooperations (KhMatrix     *self,
                                               guint         column);
/* How many task rows shown have no lead. */
guint            kh_matrix_get_n_without_lead (KhMatrix     *self);

/* Edits.  kh_matrix_cycle steps none → lead → cooperating → none and
 * returns the new role; kh_matrix_set_role sets one (KH_ROLE_NONE
 * clears; a lead keeps its scope when set to lead again) and returns TRUE
 * when the plan changed.  Both do nothing on a section row. */
KhRole           kh_matrix_cycle              (KhMatrix     *self,
                                               KhHistory    *history,
                                               guint         row,
                                               guint         column);
gboolean         kh_matrix_set_role           (KhMatrix     *self,
                                               KhHistory    *history,
                                               guint         row,
                                               guint         column,
                                               KhRole        role);

G_END_DECLS
