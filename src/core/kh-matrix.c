/* kh-matrix.c — the assignment matrix: what a view reads and edits.
 *
 * How it follows the plan is in kh-matrix-update.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-enum-types.h"
#include "kh-matrix-private.h"

G_DEFINE_FINAL_TYPE (KhMatrix, kh_matrix, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_ROWS,
  PROP_SECTION,
  PROP_GROUP,
  PROP_WITHOUT_LEAD,
  PROP_HIDE_UNASSIGNED,
  N_PROPS
};

enum {
  ROWS_CHANGED,
  COLUMNS_CHANGED,
  CELL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Signals */

void
_kh_matrix_emit_rows_changed (KhMatrix *self,
                              guint     position,
                              guint     removed,
                              guint     added)
{
  g_signal_emit (self, signals[ROWS_CHANGED], 0, position, removed, added);
}

void
_kh_matrix_emit_columns_changed (KhMatrix *self,
                                 guint     position,
                                 guint     removed,
                                 guint     added)
{
  g_signal_emit (self, signals[COLUMNS_CHANGED], 0, position, removed, added);
}

void
_kh_matrix_emit_cell_changed (KhMatrix *self,
                              guint     row,
                              guint     column)
{
  g_signal_emit (self, signals[CELL_CHANGED], 0, row, column);
}

/* GObject */

static void
kh_matrix_dispose (GObject *object)
{
  KhMatrix *self = KH_MATRIX (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->section);
  g_clear_pointer (&self->infos, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_matrix_parent_class)->dispose (object);
}

static void
kh_matrix_finalize (GObject *object)
{
  KhMatrix *self = KH_MATRIX (object);

  g_free (self->group);
  g_array_unref (self->rows);
  g_hash_table_unref (self->row_of);
  g_array_unref (self->column_group);
  g_hash_table_unref (self->column_of);
  g_array_unref (self->groups);

  G_OBJECT_CLASS (kh_matrix_parent_class)->finalize (object);
}

static void
kh_matrix_constructed (GObject *object)
{
  KhMatrix *self = KH_MATRIX (object);

  G_OBJECT_CLASS (kh_matrix_parent_class)->constructed (object);

  g_return_if_fail (KH_IS_PLAN (self->plan));
  _kh_matrix_follow_plan (self);
  _kh_matrix_rebuild (self);
  self->constructed = TRUE;
}

static void
kh_matrix_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KhMatrix *self = KH_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_ROWS:
      g_value_set_enum (value, self->rows_mode);
      break;
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;
    case PROP_WITHOUT_LEAD:
      g_value_set_boolean (value, self->without_lead);
      break;
    case PROP_HIDE_UNASSIGNED:
      g_value_set_boolean (value, self->hide_unassigned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_matrix_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KhMatrix *self = KH_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_ROWS:
      kh_matrix_set_rows (self, g_value_get_enum (value));
      break;
    case PROP_SECTION:
      kh_matrix_set_section (self, g_value_get_object (value));
      break;
    case PROP_GROUP:
      kh_matrix_set_group (self, g_value_get_string (value));
      break;
    case PROP_WITHOUT_LEAD:
      kh_matrix_set_without_lead (self, g_value_get_boolean (value));
      break;
    case PROP_HIDE_UNASSIGNED:
      kh_matrix_set_hide_unassigned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_matrix_class_init (KhMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kh_matrix_dispose;
  object_class->finalize = kh_matrix_finalize;
  object_class->constructed = kh_matrix_constructed;
  object_class->get_property = kh_matrix_get_property;
  object_class->set_property = kh_matrix_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROWS] =
    g_param_spec_enum ("rows", NULL, NULL, KH_TYPE_MATRIX_ROWS, KH_MATRIX_TASKS, flags);
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, KH_TYPE_NODE, flags);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_WITHOUT_LEAD] =
    g_param_spec_boolean ("without-lead", NULL, NULL, FALSE, flags);
  properties[PROP_HIDE_UNASSIGNED] =
    g_param_spec_boolean ("hide-unassigned", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  signals[COLUMNS_CHANGED] =
    g_signal_new ("columns-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  signals[CELL_CHANGED] =
    g_signal_new ("cell-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
kh_matrix_init (KhMatrix *self)
{
  self->rows_mode = KH_MATRIX_TASKS;
  self->infos = g_hash_table_new_full (NULL, NULL, g_object_unref, _kh_matrix_node_info_free);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->row_of = g_hash_table_new (NULL, NULL);
  self->totals = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->column_group = g_array_new (FALSE, FALSE, sizeof (guint));
  self->column_of = g_hash_table_new (NULL, NULL);
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_array_set_clear_func (self->groups, _kh_matrix_group_clear);
}

KhMatrix *
kh_matrix_new (KhPlan       *plan,
               KhMatrixRows  rows)
{
  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  return g_object_new (KH_TYPE_MATRIX, "plan", plan, "rows", rows, NULL);
}

KhPlan *
kh_matrix_get_plan (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  return self->plan;
}

KhMatrixRows
kh_matrix_get_rows (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), KH_MATRIX_TASKS);
  return self->rows_mode;
}

static void
filter_changed (KhMatrix *self, guint prop, gboolean rows)
{
  /* Set during g_object_new: constructed() builds everything once. */
  if (self->constructed)
    {
      if (rows)
        _kh_matrix_update_rows (self, FALSE, NULL, FALSE);
      else
        _kh_matrix_update_columns (self, FALSE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
kh_matrix_set_rows (KhMatrix     *self,
                    KhMatrixRows  rows)
{
  g_return_if_fail (KH_IS_MATRIX (self));

  if (self->rows_mode == rows)
    return;
  self->rows_mode = rows;
  filter_changed (self, PROP_ROWS, TRUE);
}

/* Filters */

KhNode *
kh_matrix_get_section (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  return self->section;
}

void
kh_matrix_set_section (KhMatrix *self,
                       KhNode   *section)
{
  g_return_if_fail (KH_IS_MATRIX (self));
  g_return_if_fail (section == NULL || KH_IS_NODE (section));

  if (!g_set_object (&self->section, section))
    return;
  filter_changed (self, PROP_SECTION, TRUE);
}

const char *
kh_matrix_get_group (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  return self->group;
}

void
kh_matrix_set_group (KhMatrix   *self,
                     const char *group)
{
  g_return_if_fail (KH_IS_MATRIX (self));

  if (g_strcmp0 (self->group, group) == 0)
    return;
  g_free (self->group);
  self->group = g_strdup (group);
  filter_changed (self, PROP_GROUP, FALSE);
}

gboolean
kh_matrix_get_without_lead (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), FALSE);
  return self->without_lead;
}

void
kh_matrix_set_without_lead (KhMatrix *self,
                            gboolean  without_lead)
{
  g_return_if_fail (KH_IS_MATRIX (self));

  without_lead = !!without_lead;
  if (self->without_lead == without_lead)
    return;
  self->without_lead = without_lead;
  filter_changed (self, PROP_WITHOUT_LEAD, TRUE);
}

gboolean
kh_matrix_get_hide_unassigned (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), FALSE);
  return self->hide_unassigned;
}

void
kh_matrix_set_hide_unassigned (KhMatrix *self,
                               gboolean  hide_unassigned)
{
  g_return_if_fail (KH_IS_MATRIX (self));

  hide_unassigned = !!hide_unassigned;
  if (self->hide_unassigned == hide_unassigned)
    return;
  self->hide_unassigned = hide_unassigned;
  filter_changed (self, PROP_HIDE_UNASSIGNED, FALSE);
}

/* Rows */

guint
kh_matrix_get_n_rows (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), 0);
  return self->rows->len;
}

static Row *
get_row (KhMatrix *self, guint row)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return &g_array_index (self->rows, Row, row);
}

KhMatrixRowKind
kh_matrix_get_row_kind (KhMatrix *self,
                        guint     row)
{
  Row *r = get_row (self, row);

  return r ? r->kind : KH_MATRIX_ROW_TASK;
}

KhNode *
kh_matrix_get_row_node (KhMatrix *self,
                        guint     row)
{
  Row *r = get_row (self, row);

  return r ? r->node : NULL;
}

KhNode *
kh_matrix_get_row_section (KhMatrix *self,
                           guint     row)
{
  Row *r = get_row (self, row);

  return r ? r->section : NULL;
}

gboolean
kh_matrix_row_has_no_lead (KhMatrix *self,
                           guint     row)
{
  Row *r = get_row (self, row);
  NodeInfo *info;

  if (r == NULL || r->kind != KH_MATRIX_ROW_TASK)
    return FALSE;
  info = g_hash_table_lookup (self->infos, r->node);
  return info->no_lead;
}

int
kh_matrix_find_row (KhMatrix *self,
                    KhNode   *node)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->row_of, node)) - 1;
}

/* Columns */

guint
kh_matrix_get_n_columns (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), 0);
  return self->columns->len;
}

KhUnit *
kh_matrix_get_column_unit (KhMatrix *self,
                           guint     column)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, column);
}

int
kh_matrix_find_column (KhMatrix *self,
                       KhUnit   *unit)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->column_of, unit)) - 1;
}

guint
kh_matrix_get_n_groups (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), 0);
  return self->groups->len;
}

const char *
kh_matrix_get_group_name (KhMatrix *self,
                          guint     group)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  return g_array_index (self->groups, Group, group).name;
}

void
kh_matrix_get_group_span (KhMatrix *self,
                          guint     group,
                          guint    *first,
                          guint    *n_columns)
{
  Group *g;

  g_return_if_fail (KH_IS_MATRIX (self));
  g_return_if_fail (group < self->groups->len);

  g = &g_array_index (self->groups, Group, group);
  if (first != NULL)
    *first = g->first;
  if (n_columns != NULL)
    *n_columns = g->n_columns;
}

guint
kh_matrix_get_column_group (KhMatrix *self,
                            guint     column)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), 0);
  g_return_val_if_fail (column < self->column_group->len, 0);
  return g_array_index (self->column_group, guint, column);
}

/* Cells and totals */

KhRole
kh_matrix_get_role (KhMatrix *self,
                    guint     row,
                    guint     column)
{
  Row *r = get_row (self, row);

  g_return_val_if_fail (column < self->columns->len, KH_ROLE_NONE);

  if (r == NULL || r->kind != KH_MATRIX_ROW_TASK)
    return KH_ROLE_NONE;
  return kh_node_get_role (r->node, g_ptr_array_index (self->columns, column));
}

static Totals *
column_totals (KhMatrix *self, guint column)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_hash_table_lookup (self->totals, g_ptr_array_index (self->columns, column));
}

guint
kh_matrix_get_n_leads (KhMatrix *self,
                       guint     column)
{
  Totals *totals = column_totals (self, column);

  return totals ? totals->leads : 0;
}

guint
kh_matrix_get_n_cooperations (KhMatrix *self,
                              guint     column)
{
  Totals *totals = column_totals (self, column);

  return totals ? totals->cooperations : 0;
}

guint
kh_matrix_get_n_without_lead (KhMatrix *self)
{
  g_return_val_if_fail (KH_IS_MATRIX (self), 0);
  return self->n_without_lead;
}

/* Edits */

gboolean
kh_matrix_set_role (KhMatrix  *self,
                    KhHistory *history,
                    guint      row,
                    guint      column,
                    KhRole     role)
{
  Row *r = get_row (self, row);
  KhUnit *unit;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (kh_history_get_plan (history) == self->plan, FALSE);
  g_return_val_if_fail (column < self->columns->len, FALSE);

  if (r == NULL || r->kind != KH_MATRIX_ROW_TASK)
    return FALSE;
  unit = g_ptr_array_index (self->columns, column);
  if (kh_node_get_role (r->node, unit) == role)
    return FALSE;
  /* kh_edit_assign keeps the unit in one list only, in one step. */
  return kh_edit_assign (history, r->node, unit, role, NULL);
}

KhRole
kh_matrix_cycle (KhMatrix  *self,
                 KhHistory *history,
                 guint      row,
                 guint      column)
{
  Row *r = get_row (self, row);
  KhNode *node;
  KhUnit *unit;
  KhRole next;

  g_return_val_if_fail (column < self->columns->len, KH_ROLE_NONE);

  if (r == NULL || r->kind != KH_MATRIX_ROW_TASK)
    return KH_ROLE_NONE;
  /* The edit may take the row or the column away (filters): keep both. */
  node = r->node;
  unit = g_ptr_array_index (self->columns, column);
  switch (kh_node_get_role (node, unit))
    {
    case KH_ROLE_NONE:
      next = KH_ROLE_LEAD;
      break;
    case KH_ROLE_LEAD:
      next = KH_ROLE_COOPERATE;
      break;
    case KH_ROLE_COOPERATE:
    default:
      next = KH_ROLE_NONE;
      break;
    }
  kh_matrix_set_role (self, history, row, column, next);
  return kh_node_get_role (node, unit);
}
