/* kh-matrix-update.c — how the assignment matrix follows its plan.
 *
 * The matrix stores no cells: a cell's role is read from the task's lists
 * (a handful of units).  What it keeps is what it needs to tell what
 * changed: for every node the roles it last saw (to compare with when the
 * plan says "assignments"), the rows and columns shown, and the totals of
 * the rows shown, adjusted row by row and cell by cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-matrix-private.h"

/* Node infos */

static void
roles_free (RoleEntry *roles, guint n_roles)
{
  for (guint i = 0; i < n_roles; i++)
    g_object_unref (roles[i].unit);
  g_free (roles);
}

void
_kh_matrix_node_info_free (gpointer data)
{
  NodeInfo *info = data;

  roles_free (info->roles, info->n_roles);
  g_free (info);
}

static KhRole
roles_find (const RoleEntry *roles, guint n_roles, KhUnit *unit)
{
  for (guint i = 0; i < n_roles; i++)
    if (roles[i].unit == unit)
      return roles[i].role;
  return KH_ROLE_NONE;
}

static void
roles_add (RoleEntry *roles, guint *n_roles, GPtrArray *list, KhRole role)
{
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);

      /* As kh_node_get_role: a lead wins, a unit counts once. */
      if (roles_find (roles, *n_roles, a->unit) == KH_ROLE_NONE)
        roles[(*n_roles)++] = (RoleEntry) { g_object_ref (a->unit), role };
    }
}

/* Reads @node's lists and flags into @info; returns the roles it had
 * before (free with roles_free). */
static RoleEntry *
node_info_update (NodeInfo *info, KhNode *node, guint *old_n_roles)
{
  GPtrArray *leads = kh_node_get_leads (node);
  GPtrArray *cooperating = kh_node_get_cooperating (node);
  RoleEntry *old = info->roles;

  *old_n_roles = info->n_roles;
  info->roles = g_new (RoleEntry, MAX (1, leads->len + cooperating->len));
  info->n_roles = 0;
  roles_add (info->roles, &info->n_roles, leads, KH_ROLE_LEAD);
  roles_add (info->roles, &info->n_roles, cooperating, KH_ROLE_COOPERATE);
  info->is_task = kh_node_is_task (node);
  /* The same rule as KH_FINDING_NO_LEAD. */
  info->no_lead = info->is_task && leads->len == 0 && kh_node_get_lead_note (node)[0] == '\0';
  return old;
}

static void
rebuild_infos (KhMatrix *self)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (self->plan);

  g_hash_table_remove_all (self->infos);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      NodeInfo *info = g_new0 (NodeInfo, 1);
      guint n_old;

      RoleEntry *none = node_info_update (info, node, &n_old);

      roles_free (none, n_old);
      g_hash_table_insert (self->infos, g_object_ref (node), info);
    }
}

/* Reads the nodes of @children and their subtrees again: the nodes
 * inserted get their infos. */
static void
refresh_infos (KhMatrix *self, GListModel *children)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) node = g_list_model_get_item (children, i);
      NodeInfo *info = g_hash_table_lookup (self->infos, node);
      RoleEntry *old;
      guint n_old;

      if (info == NULL)
        {
          info = g_new0 (NodeInfo, 1);
          g_hash_table_insert (self->infos, g_object_ref (node), info);
        }
      old = node_info_update (info, node, &n_old);
      roles_free (old, n_old);
      refresh_infos (self, kh_node_get_children (node));
    }
}

static gboolean
makes_row (KhMatrix *self, KhNode *node, const NodeInfo *info)
{
  return info != NULL
      && kh_node_get_kind (node) == KH_NODE_ITEM
      && (self->rows_mode == KH_MATRIX_ALL_ITEMS || info->is_task)
      && (!self->without_lead || info->no_lead);
}

/* Totals */

static Totals *
totals_of (KhMatrix *self, KhUnit *unit)
{
  Totals *totals = g_hash_table_lookup (self->totals, unit);

  if (totals == NULL)
    {
      totals = g_new0 (Totals, 1);
      g_hash_table_insert (self->totals, g_object_ref (unit), totals);
    }
  return totals;
}

static void
totals_add (KhMatrix *self, KhUnit *unit, KhRole role, int delta)
{
  Totals *totals;

  if (role == KH_ROLE_NONE)
    return;
  totals = totals_of (self, unit);
  if (role == KH_ROLE_LEAD)
    totals->leads += delta;
  else
    totals->cooperations += delta;
}

static gboolean
totals_empty (KhMatrix *self, KhUnit *unit)
{
  Totals *totals = g_hash_table_lookup (self->totals, unit);

  return totals == NULL || totals->leads + totals->cooperations == 0;
}

/* Adds (@sign 1) or takes away (-1) the task rows [@first, @first + @n)
 * of @rows to or from the totals. */
static void
count_roles (KhMatrix *self, const RoleEntry *roles, guint n_roles, gboolean no_lead, int sign)
{
  for (guint i = 0; i < n_roles; i++)
    totals_add (self, roles[i].unit, roles[i].role, sign);
  if (no_lead)
    self->n_without_lead += sign;
}

static void
count_rows (KhMatrix *self, GArray *rows, guint first, guint n, int sign)
{
  for (guint r = first; r < first + n; r++)
    {
      Row *row = &g_array_index (rows, Row, r);
      NodeInfo *info;

      if (row->kind != KH_MATRIX_ROW_TASK)
        continue;
      info = g_hash_table_lookup (self->infos, row->node);
      count_roles (self, info->roles, info->n_roles, info->no_lead, sign);
    }
}

/* Changed ranges */

typedef gboolean (*SameFunc) (gconstpointer old_seq, guint old_index,
                              gconstpointer new_seq, guint new_index);

/* The common prefix and suffix of two sequences: what lies between
 * changed. */
static void
diff_range (gconstpointer old_seq, guint n_old, gconstpointer new_seq, guint n_new,
            SameFunc same, guint *prefix, guint *suffix)
{
  guint n_min = MIN (n_old, n_new);
  guint p = 0, s = 0;

  while (p < n_min && same (old_seq, p, new_seq, p))
    p++;
  while (s < n_min - p && same (old_seq, n_old - 1 - s, new_seq, n_new - 1 - s))
    s++;
  *prefix = p;
  *suffix = s;
}

/* Rows */

static gboolean
same_row (gconstpointer old_rows, guint old_index,
          gconstpointer new_rows, guint new_index)
{
  Row *a = &g_array_index ((GArray *) old_rows, Row, old_index);
  Row *b = &g_array_index ((GArray *) new_rows, Row, new_index);

  return a->node == b->node && a->kind == b->kind && a->section == b->section;
}

static void
add_rows (KhMatrix *self, KhNode *node, KhNode *section, GArray *rows)
{
  GListModel *children = kh_node_get_children (node);
  guint n = g_list_model_get_n_items (children);
  guint mark = rows->len;

  if (kh_node_get_kind (node) == KH_NODE_SECTION)
    {
      Row heading = { node, node, KH_MATRIX_ROW_SECTION };

      section = node;
      g_array_append_val (rows, heading);
    }
  else if (makes_row (self, node, g_hash_table_lookup (self->infos, node)))
    {
      Row task = { node, section, KH_MATRIX_ROW_TASK };

      g_array_append_val (rows, task);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);

      add_rows (self, child, section, rows);
    }

  /* A section heads only the tasks shown under it. */
  if (section == node && rows->len == mark + 1)
    g_array_set_size (rows, mark);
}

static GArray *
compute_rows (KhMatrix *self)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));

  if (self->section != NULL)
    {
      KhNode *section = self->section;

      while (section != NULL && kh_node_get_kind (section) != KH_NODE_SECTION)
        section = kh_node_get_parent (section);
      if (kh_plan_lookup_node (self->plan, kh_node_get_id (self->section)) == self->section)
        add_rows (self, self->section, section, rows);
    }
  else
    {
      GListModel *roots = kh_plan_get_roots (self->plan);
      guint n = g_list_model_get_n_items (roots);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KhNode) root = g_list_model_get_item (roots, i);

          add_rows (self, root, NULL, rows);
        }
    }
  return rows;
}

static gboolean
is_below (KhNode *node, KhNode *ancestor)
{
  for (KhNode *n = kh_node_get_parent (node); n != NULL; n = kh_node_get_parent (n))
    if (n == ancestor)
      return TRUE;
  return FALSE;
}

/* Columns */

static gboolean
same_column (gconstpointer old_columns, guint old_index,
             gconstpointer new_columns, guint new_index)
{
  return g_ptr_array_index ((GPtrArray *) old_columns, old_index)
      == g_ptr_array_index ((GPtrArray *) new_columns, new_index);
}

void
_kh_matrix_group_clear (gpointer data)
{
  g_free (((Group *) data)->name);
}

/* Groups in the order they first appear in the unit list, units without
 * a group last; the plan's order within a group. */
void
_kh_matrix_update_columns (KhMatrix *self, gboolean all_changed)
{
  GListModel *units = kh_plan_get_units (self->plan);
  guint n = g_list_model_get_n_items (units);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
  guint prefix = 0, suffix = 0;
  guint n_old = self->columns->len;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      const char *group = kh_unit_get_group (unit);
      GPtrArray *list;

      if (self->group != NULL && !g_str_equal (group, self->group))
        continue;
      if (self->hide_unassigned && totals_empty (self, unit))
        continue;
      list = g_hash_table_lookup (members, group);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (members, (gpointer) group, list);
          if (group[0] != '\0')
            g_ptr_array_add (names, (gpointer) group);
        }
      g_ptr_array_add (list, unit);
    }
  if (g_hash_table_contains (members, ""))
    g_ptr_array_add (names, (gpointer) "");

  g_array_set_size (self->groups, 0);
  g_array_set_size (self->column_group, 0);
  for (guint g = 0; g < names->len; g++)
    {
      GPtrArray *list = g_hash_table_lookup (members, g_ptr_array_index (names, g));
      Group group = { g_strdup (g_ptr_array_index (names, g)), columns->len, list->len };

      g_array_append_val (self->groups, group);
      for (guint i = 0; i < list->len; i++)
        {
          g_ptr_array_add (columns, g_object_ref (g_ptr_array_index (list, i)));
          g_array_append_val (self->column_group, g);
        }
    }

  if (!all_changed)
    {
      diff_range (self->columns, n_old, columns, columns->len, same_column,
                  &prefix, &suffix);
      if (prefix + suffix == n_old && n_old == columns->len)
        return;  /* the same columns: nothing to say */
    }

  g_ptr_array_unref (self->columns);
  self->columns = g_steal_pointer (&columns);
  g_hash_table_remove_all (self->column_of);
  for (guint i = 0; i < self->columns->len; i++)
    g_hash_table_insert (self->column_of, g_ptr_array_index (self->columns, i),
                         GUINT_TO_POINTER (i + 1));

  _kh_matrix_emit_columns_changed (self, prefix, n_old - prefix - suffix,
                                   self->columns->len - prefix - suffix);
}

void
_kh_matrix_update_rows (KhMatrix *self, gboolean relabel, KhNode *relabelled, gboolean recount)
{
  g_autoptr(GArray) rows = compute_rows (self);
  guint n_old = self->rows->len;
  guint n_new = rows->len;
  guint first, last;      /* rows that really changed: [first, n - last) */
  guint prefix, suffix;   /* what is reported */

  diff_range (self->rows, n_old, rows, n_new, same_row, &first, &last);
  prefix = first;
  suffix = last;
  if (relabel && relabelled == NULL)
    prefix = suffix = 0;
  else if (relabel)
    {
      for (guint i = 0; i < prefix; i++)
        if (is_below (g_array_index (rows, Row, i).node, relabelled))
          {
            prefix = i;
            break;
          }
      for (guint i = 0; i < suffix; i++)
        if (is_below (g_array_index (rows, Row, n_new - 1 - i).node, relabelled))
          {
            suffix = i;
            break;
          }
    }
  /* Keep the suffix from overlapping the prefix in either sequence. */
  last = MIN (last, MIN (n_old, n_new) - first);
  suffix = MIN (suffix, MIN (n_old, n_new) - prefix);

  if (recount)
    {
      g_array_unref (self->rows);
      self->rows = g_steal_pointer (&rows);
      g_hash_table_remove_all (self->row_of);
      for (guint i = 0; i < n_new; i++)
        g_hash_table_insert (self->row_of, g_array_index (self->rows, Row, i).node,
                             GUINT_TO_POINTER (i + 1));
      g_hash_table_remove_all (self->totals);
      self->n_without_lead = 0;
      count_rows (self, self->rows, 0, n_new, 1);
    }
  else if (first + last < n_old || n_old != n_new)
    {
      /* Only [first, n - last) changed: the rest keeps its counts, and
       * its places up to @first. */
      count_rows (self, self->rows, first, n_old - first - last, -1);
      count_rows (self, rows, first, n_new - first - last, 1);
      for (guint i = first; i < n_old - last; i++)
        g_hash_table_remove (self->row_of, g_array_index (self->rows, Row, i).node);
      g_array_unref (self->rows);
      self->rows = g_steal_pointer (&rows);
      for (guint i = first; i < n_new; i++)
        g_hash_table_insert (self->row_of, g_array_index (self->rows, Row, i).node,
                             GUINT_TO_POINTER (i + 1));
    }

  if (prefix + suffix == n_old && n_old == n_new)
    return;  /* the same rows with the same numbers */
  _kh_matrix_emit_rows_changed (self, prefix, n_old - prefix - suffix, n_new - prefix - suffix);
  /* Under "hide units with no assignment" the totals decide the columns. */
  if (self->hide_unassigned)
    _kh_matrix_update_columns (self, FALSE);
}

void
_kh_matrix_rebuild (KhMatrix *self)
{
  rebuild_infos (self);
  _kh_matrix_update_rows (self, TRUE, NULL, TRUE);
  _kh_matrix_update_columns (self, TRUE);
}

/* Plan signals */

static void
emit_row_changed (KhMatrix *self, KhNode *node)
{
  int row = kh_matrix_find_row (self, node);

  if (row >= 0)
    _kh_matrix_emit_rows_changed (self, (guint) row, 1, 1);
}

/* A shown row's roles went from @old to what @info says now: adjust the
 * totals, then say which cells changed. */
static void
row_roles_changed (KhMatrix       *self,
                   guint           row,
                   const NodeInfo *info,
                   const RoleEntry *old,
                   guint           n_old,
                   gboolean        old_no_lead)
{
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (RoleEntry));
  gboolean columns_may_change = FALSE;
  gboolean told = FALSE;

  for (guint i = 0; i < n_old; i++)
    if (roles_find (info->roles, info->n_roles, old[i].unit) != old[i].role)
      g_array_append_val (changed, old[i]);
  for (guint i = 0; i < info->n_roles; i++)
    if (roles_find (old, n_old, info->roles[i].unit) == KH_ROLE_NONE)
      g_array_append_val (changed, ((RoleEntry) { info->roles[i].unit, KH_ROLE_NONE }));

  for (guint i = 0; i < changed->len; i++)
    {
      RoleEntry *c = &g_array_index (changed, RoleEntry, i);
      gboolean was_empty = totals_empty (self, c->unit);

      totals_add (self, c->unit, c->role, -1);
      totals_add (self, c->unit, roles_find (info->roles, info->n_roles, c->unit), 1);
      if (was_empty != totals_empty (self, c->unit))
        columns_may_change = TRUE;
    }
  if (old_no_lead != info->no_lead)
    self->n_without_lead += info->no_lead ? 1 : -1;

  if (columns_may_change && self->hide_unassigned)
    _kh_matrix_update_columns (self, FALSE);

  for (guint i = 0; i < changed->len; i++)
    {
      int column = kh_matrix_find_column (self, g_array_index (changed, RoleEntry, i).unit);

      if (column >= 0)
        {
          _kh_matrix_emit_cell_changed (self, row, (guint) column);
          told = TRUE;
        }
    }
  /* The flag shows in the row's heading even when no column does. */
  if (!told && old_no_lead != info->no_lead)
    _kh_matrix_emit_rows_changed (self, row, 1, 1);
}

/* The node's lists, timeline or notes changed: these decide its roles
 * and whether it is a task. */
static void
node_changed (KhMatrix *self, KhNode *node)
{
  NodeInfo *info = g_hash_table_lookup (self->infos, node);
  gboolean was_row, old_no_lead;
  RoleEntry *old;
  guint n_old;
  int row;

  if (info == NULL)
    return;

  was_row = makes_row (self, node, info);
  old_no_lead = info->no_lead;
  old = node_info_update (info, node, &n_old);

  row = was_row ? kh_matrix_find_row (self, node) : -1;
  if (was_row != makes_row (self, node, info))
    {
      /* The task comes or goes ("tasks only", "without a lead").  The
       * totals count what the rows show: first what the node shows now. */
      if (row >= 0)
        {
          count_roles (self, old, n_old, old_no_lead, -1);
          count_roles (self, info->roles, info->n_roles, info->no_lead, 1);
        }
      _kh_matrix_update_rows (self, FALSE, NULL, FALSE);
    }
  else if (row >= 0)
    row_roles_changed (self, (guint) row, info, old, n_old, old_no_lead);
  /* else not a task shown (a section's heading, a filtered row): the
   * totals do not count it. */

  roles_free (old, n_old);
}

static void
on_node_changed (KhPlan     *plan,
                 KhNode     *node,
                 const char *property,
                 KhMatrix   *self)
{
  if (g_str_equal (property, "assignments")
      || g_str_equal (property, "timeline")
      || g_str_equal (property, "lead-note")
      || g_str_equal (property, "cooperate-note"))
    node_changed (self, node);
  else if (g_str_equal (property, "kind"))
    {
      NodeInfo *info = g_hash_table_lookup (self->infos, node);
      RoleEntry *old;
      guint n_old;

      if (info == NULL)
        return;
      /* Sections head other rows: start again. */
      old = node_info_update (info, node, &n_old);
      roles_free (old, n_old);
      _kh_matrix_update_rows (self, TRUE, NULL, TRUE);
    }
  else if (g_str_equal (property, "title"))
    emit_row_changed (self, node);
}

static void
on_structure_changed (KhPlan   *plan,
                      KhNode   *parent,
                      KhMatrix *self)
{
  /* Removed nodes keep their infos (undo brings them back) until they
   * outnumber the plan's. */
  gboolean purge = g_hash_table_size (self->infos) > 2 * kh_plan_count_nodes (self->plan) + 64;

  if (purge)
    rebuild_infos (self);
  else
    refresh_infos (self, kh_plan_get_children (self->plan, parent));
  _kh_matrix_update_rows (self, TRUE, parent, purge);
}

static void
on_units_changed (KhPlan   *plan,
                  KhMatrix *self)
{
  /* Which unit changed is not said: a renamed unit looks the same. */
  _kh_matrix_update_columns (self, TRUE);
}

void
_kh_matrix_follow_plan (KhMatrix *self)
{
  g_signal_connect (self->plan, "node-changed", G_CALLBACK (on_node_changed), self);
  g_signal_connect (self->plan, "structure-changed", G_CALLBACK (on_structure_changed), self);
  g_signal_connect (self->plan, "units-changed", G_CALLBACK (on_units_changed), self);
}
