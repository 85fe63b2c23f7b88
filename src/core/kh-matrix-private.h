/* kh-matrix-private.h — what kh-matrix.c and kh-matrix-update.c share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-matrix.h"

G_BEGIN_DECLS

typedef struct {
  KhUnit *unit;   /* owned in NodeInfo, borrowed elsewhere */
  KhRole  role;
} RoleEntry;

/* What the matrix last saw of a node. */
typedef struct {
  RoleEntry *roles;
  guint      n_roles;
  gboolean   is_task;
  gboolean   no_lead;
} NodeInfo;

typedef struct {
  KhNode          *node;     /* borrowed: infos hold a reference */
  KhNode          *section;
  KhMatrixRowKind  kind;
} Row;

typedef struct {
  guint leads;
  guint cooperations;
} Totals;

typedef struct {
  char  *name;
  guint  first;
  guint  n_columns;
} Group;

struct _KhMatrix
{
  GObject parent_instance;

  KhPlan       *plan;
  KhMatrixRows  rows_mode;
  gboolean      constructed;

  /* Filters */
  KhNode   *section;
  char     *group;
  gboolean  without_lead;
  gboolean  hide_unassigned;

  GHashTable *infos;          /* KhNode (owned) → NodeInfo */
  GArray     *rows;           /* of Row */
  GHashTable *row_of;         /* KhNode → row + 1 */
  GHashTable *totals;         /* KhUnit (owned) → Totals, over the task rows shown */
  guint       n_without_lead;
  GPtrArray  *columns;        /* of KhUnit (owned) */
  GArray     *column_group;   /* of guint, one per column */
  GHashTable *column_of;      /* KhUnit → column + 1 */
  GArray     *groups;         /* of Group */
};

/* kh-matrix-update.c: following the plan */
void  _kh_matrix_follow_plan      (KhMatrix *self);
void  _kh_matrix_rebuild          (KhMatrix *self);
/* Replaces the rows with what the plan and the filters give now and says
 * what changed.  The rows under @relabelled (NULL: every row) count as
 * changed even where they stay, their numbers having moved.  The totals
 * follow the rows that changed, or all rows when @recount. */
void  _kh_matrix_update_rows      (KhMatrix *self,
                                   gboolean  relabel,
                                   KhNode   *relabelled,
                                   gboolean  recount);
/* The same for the columns; @all_changed reports every column replaced
 * (a unit's name may have changed). */
void  _kh_matrix_update_columns   (KhMatrix *self,
                                   gboolean  all_changed);
void  _kh_matrix_node_info_free   (gpointer  data);
void  _kh_matrix_group_clear      (gpointer  data);

/* kh-matrix.c: the signals */
void  _kh_matrix_emit_rows_changed    (KhMatrix *self,
                                       guint     position,
                                       guint     removed,
                                       guint     added);
void  _kh_matrix_emit_columns_changed (KhMatrix *self,
                                       guint     position,
                                       guint     removed,
                                       guint     added);
void  _kh_matrix_emit_cell_changed    (KhMatrix *self,
                                       guint     row,
                                       guint     column);

G_END_DECLS
