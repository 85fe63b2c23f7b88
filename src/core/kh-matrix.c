/* kh-matrix.c — the assignment matrix: tasks down, units across.
 *
 * The matrix stores no cells: a cell's role is read from the task's lists
 * (a handful of units).  What it keeps is what it needs to tell what
 * changed: for every node the roles it last saw (to compare with when the
 * plan says "assignments"), the rows and columns shown, and the totals of
 * the rows shown, adjusted cell by cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-enum-types.h"
#include "kh-matrix.h"

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

/* Node infos */

static void
roles_free (RoleEntry *roles, guint n_roles)
{
  for (guint i = 0; i < n_roles; i++)
    g_object_unref (roles[i].unit);
  g_free (roles);
}

static void
node_info_free (gpointer data)
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

static void
recompute_totals (KhMatrix *self)
{
  g_hash_table_remove_all (self->totals);
  self->n_without_lead = 0;
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);
      NodeInfo *info;

      if (row->kind != KH_MATRIX_ROW_TASK)
        continue;
      info = g_hash_table_lookup (self->infos, row->node);
      for (guint i = 0; i < info->n_roles; i++)
        totals_add (self, info->roles[i].unit, info->roles[i].role, 1);
      if (info->no_lead)
        self->n_without_lead++;
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

static void
group_clear (gpointer data)
{
  g_free (((Group *) data)->name);
}

/* Groups in the order they first appear in the unit list, units without
 * a group last; the plan's order within a group. */
static void
update_columns (KhMatrix *self, gboolean all_changed)
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

  g_signal_emit (self, signals[COLUMNS_CHANGED], 0, prefix,
                 n_old - prefix - suffix, self->columns->len - prefix - suffix);
}

/* Replaces the rows with what the plan and the filters give now and says
 * what changed.  The rows under @relabelled (NULL: every row) count as
 * changed even where they stay, their numbers having moved. */
static void
update_rows (KhMatrix *self, gboolean relabel, KhNode *relabelled)
{
  g_autoptr(GArray) rows = compute_rows (self);
  guint n_old = self->rows->len;
  guint prefix, suffix;

  diff_range (self->rows, n_old, rows, rows->len, same_row, &prefix, &suffix);

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
        if (is_below (g_array_index (rows, Row, rows->len - 1 - i).node, relabelled))
          {
            suffix = i;
            break;
          }
    }
  /* Keep the suffix from overlapping the prefix in either sequence. */
  suffix = MIN (suffix, MIN (n_old, rows->len) - prefix);

  if (prefix + suffix == n_old && n_old == rows->len)
    return;

  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_hash_table_remove_all (self->row_of);
  for (guint i = 0; i < self->rows->len; i++)
    g_hash_table_insert (self->row_of, g_array_index (self->rows, Row, i).node,
                         GUINT_TO_POINTER (i + 1));
  recompute_totals (self);

  g_signal_emit (self, signals[ROWS_CHANGED], 0, prefix,
                 n_old - prefix - suffix, self->rows->len - prefix - suffix);
  /* Under "hide units with no assignment" the totals decide the columns. */
  if (self->hide_unassigned)
    update_columns (self, FALSE);
}

static void
rebuild (KhMatrix *self)
{
  rebuild_infos (self);
  update_rows (self, TRUE, NULL);
  update_columns (self, TRUE);
}

/* Plan signals */

static void
emit_row_changed (KhMatrix *self, KhNode *node)
{
  int row = kh_matrix_find_row (self, node);

  if (row >= 0)
    g_signal_emit (self, signals[ROWS_CHANGED], 0, (guint) row, 1u, 1u);
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
    update_columns (self, FALSE);

  for (guint i = 0; i < changed->len; i++)
    {
      int column = kh_matrix_find_column (self, g_array_index (changed, RoleEntry, i).unit);

      if (column >= 0)
        {
          g_signal_emit (self, signals[CELL_CHANGED], 0, row, (guint) column);
          told = TRUE;
        }
    }
  /* The flag shows in the row's heading even when no column does. */
  if (!told && old_no_lead != info->no_lead)
    g_signal_emit (self, signals[ROWS_CHANGED], 0, row, 1u, 1u);
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

  /* The task comes or goes ("tasks only", "without a lead"). */
  if (was_row != makes_row (self, node, info))
    update_rows (self, FALSE, NULL);
  else if (was_row && (row = kh_matrix_find_row (self, node)) >= 0)
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
      /* Sections head other rows: start again. */
      node_changed (self, node);
      update_rows (self, TRUE, NULL);
    }
  else if (g_str_equal (property, "title"))
    emit_row_changed (self, node);
}

static void
on_structure_changed (KhPlan   *plan,
                      KhNode   *parent,
                      KhMatrix *self)
{
  rebuild_infos (self);
  update_rows (self, TRUE, parent);
}

static void
on_units_changed (KhPlan   *plan,
                  KhMatrix *self)
{
  /* Which unit changed is not said: a renamed unit looks the same. */
  update_columns (self, TRUE);
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
  g_signal_connect (self->plan, "node-changed", G_CALLBACK (on_node_changed), self);
  g_signal_connect (self->plan, "structure-changed", G_CALLBACK (on_structure_changed), self);
  g_signal_connect (self->plan, "units-changed", G_CALLBACK (on_units_changed), self);
  rebuild (self);
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
  self->infos = g_hash_table_new_full (NULL, NULL, g_object_unref, node_info_free);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->row_of = g_hash_table_new (NULL, NULL);
  self->totals = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->column_group = g_array_new (FALSE, FALSE, sizeof (guint));
  self->column_of = g_hash_table_new (NULL, NULL);
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_array_set_clear_func (self->groups, group_clear);
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
        update_rows (self, FALSE, NULL);
      else
        update_columns (self, FALSE);
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
