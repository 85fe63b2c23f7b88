/* kh-export-model.c — the rows and unit columns of an export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-export-model.h"
#include "kh-export-text.h"
#include "kh-matrix.h"
#include "kh-numbering.h"
#include "kh-text.h"

static void
row_free (gpointer data)
{
  KhExportRow *row = data;

  g_free (row->section_label);
  g_free (row->ref);
  g_free (row);
}

static void
clear_group (gpointer data)
{
  g_free (((KhExportGroup *) data)->name);
}

static KhNode *
root_section (KhNode *node)
{
  KhNode *root = node;

  while (kh_node_get_parent (root) != NULL)
    root = kh_node_get_parent (root);
  return kh_node_get_kind (root) == KH_NODE_SECTION ? root : NULL;
}

/* Appendix-marked tasks in the appendix order, or every task in tree
 * order (a node marked for the appendix counts as a task too). */
static GPtrArray *
select_nodes (KhPlan *plan, gboolean all_tasks)
{
  GPtrArray *all;
  GPtrArray *out;

  if (!all_tasks)
    return kh_plan_get_appendix_nodes (plan);

  all = kh_plan_collect_nodes (plan);
  out = g_ptr_array_new ();
  for (guint i = 0; i < all->len; i++)
    {
      KhNode *node = g_ptr_array_index (all, i);

      if (kh_node_is_task (node) || kh_node_get_in_appendix (node))
        g_ptr_array_add (out, node);
    }
  g_ptr_array_unref (all);
  return out;
}

/* "II" for a section labelled "II." */
static char *
section_label (KhPlan *plan, KhNode *section)
{
  char *label = kh_numbering_label (plan, section);
  gsize len = strlen (label);

  if (len > 0 && label[len - 1] == '.')
    label[len - 1] = '\0';
  return label;
}

static void
build_rows (KhExportModel *self, const KhExportOptions *options)
{
  g_autoptr(GPtrArray) nodes = select_nodes (self->plan, options->all_tasks);
  gboolean section_rows = options->section_rows == KH_EXPORT_SECTION_ROWS_ALWAYS;
  g_autofree char *label = NULL;
  gboolean restart;
  guint number = 0;

  self->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhExportRow *row = g_new0 (KhExportRow, 1);

      row->node = g_ptr_array_index (nodes, i);
      row->section = root_section (row->node);
      g_ptr_array_add (self->rows, row);
    }

  /* Automatic: a single section's heading would only repeat the title. */
  if (options->section_rows == KH_EXPORT_SECTION_ROWS_AUTO)
    for (guint i = 1; i < self->rows->len && !section_rows; i++)
      section_rows = ((KhExportRow *) g_ptr_array_index (self->rows, i))->section
                     != ((KhExportRow *) g_ptr_array_index (self->rows, 0))->section;

  restart = section_rows && !options->continuous_numbering;
  for (guint i = 0; i < self->rows->len; i++)
    {
      KhExportRow *row = g_ptr_array_index (self->rows, i);
      KhExportRow *prev = i > 0 ? g_ptr_array_index (self->rows, i - 1) : NULL;
      gboolean new_section = prev == NULL || prev->section != row->section;

      if (new_section)
        {
          g_clear_pointer (&label, g_free);
          if (row->section != NULL)
            label = section_label (self->plan, row->section);
          if (section_rows)
            row->section_label = g_strdup (label);
          if (restart)
            number = 0;
        }
      row->number = ++number;

      if (restart && label != NULL)
        row->ref = g_strdup_printf ("%s.%u", label, row->number);
      else
        row->ref = g_strdup_printf ("%u", row->number);
    }
}

/* The columns in the order of the Assignments view, which groups them
 * (groups as they first appear in the unit list, units without one last,
 * under "Đơn vị khác" here). */
static void
build_units (KhExportModel *self)
{
  g_autoptr(KhMatrix) matrix = kh_matrix_new (self->plan, KH_MATRIX_TASKS);
  guint n_columns = kh_matrix_get_n_columns (matrix);
  guint n_groups = kh_matrix_get_n_groups (matrix);

  self->units = g_ptr_array_sized_new (n_columns);
  self->groups = g_array_sized_new (FALSE, FALSE, sizeof (KhExportGroup), n_groups);
  g_array_set_clear_func (self->groups, clear_group);
  self->unit_index = g_hash_table_new (NULL, NULL);

  for (guint c = 0; c < n_columns; c++)
    {
      KhUnit *unit = kh_matrix_get_column_unit (matrix, c);

      g_hash_table_insert (self->unit_index, unit, GUINT_TO_POINTER (c + 1));
      g_ptr_array_add (self->units, unit);  /* the plan keeps it alive */
    }
  for (guint g = 0; g < n_groups; g++)
    {
      const char *name = kh_matrix_get_group_name (matrix, g);
      KhExportGroup group = { NULL, 0, 0 };

      kh_matrix_get_group_span (matrix, g, &group.first, &group.n_units);
      group.name = g_strdup (name[0] != '\0' ? name
                                             : kh_export_text (self->language,
                                                               KH_EXPORT_TEXT_OTHER_UNITS));
      g_array_append_val (self->groups, group);
    }
}

KhExportModel *
kh_export_model_new (KhPlan                *plan,
                     const KhExportOptions *options)
{
  KhExportModel *self = g_new0 (KhExportModel, 1);

  self->plan = g_object_ref (plan);
  switch (options->language)
    {
    case KH_EXPORT_LANGUAGE_VI:
      self->language = KH_LANGUAGE_VI;
      break;
    case KH_EXPORT_LANGUAGE_EN:
      self->language = KH_LANGUAGE_EN;
      break;
    case KH_EXPORT_LANGUAGE_PLAN:
    default:
      self->language = kh_plan_get_language (plan);
      break;
    }
  self->separator = g_strdup (options->units_on_new_lines ? "\n" : "; ");
  build_rows (self, options);
  build_units (self);
  return self;
}

void
kh_export_model_free (KhExportModel *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->units);
  g_array_unref (self->groups);
  g_hash_table_unref (self->unit_index);
  g_free (self->separator);
  g_object_unref (self->plan);
  g_free (self);
}

int
kh_export_model_unit_index (KhExportModel *self,
                            KhUnit        *unit)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->unit_index, unit)) - 1;
}

static void
mark_roles (KhExportModel *self, GPtrArray *list, KhRole role, guint8 *roles)
{
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);
      int index = kh_export_model_unit_index (self, a->unit);

      if (index >= 0 && roles[index] == KH_ROLE_NONE)
        roles[index] = role;
    }
}

void
kh_export_model_row_roles (KhExportModel *self,
                           KhExportRow   *row,
                           guint8        *roles)
{
  memset (roles, KH_ROLE_NONE, self->units->len);
  mark_roles (self, kh_node_get_appendix_leads (row->node), KH_ROLE_LEAD, roles);
  mark_roles (self, kh_node_get_appendix_cooperating (row->node), KH_ROLE_COOPERATE, roles);
}

char *
kh_export_model_row_leads (KhExportModel *self,
                           KhExportRow   *row)
{
  g_autofree char *note = kh_text_squeeze (kh_node_get_appendix_lead_note (row->node));

  return kh_assignment_list_format (kh_node_get_appendix_leads (row->node), note,
                                    self->separator);
}

char *
kh_export_model_row_cooperating (KhExportModel *self,
                                 KhExportRow   *row)
{
  g_autofree char *note = kh_text_squeeze (kh_node_get_appendix_cooperate_note (row->node));

  return kh_assignment_list_format (kh_node_get_appendix_cooperating (row->node), note,
                                    self->separator);
}

char *
kh_export_model_row_timeline (KhExportModel *self,
                              KhExportRow   *row)
{
  const KhTimeline *timeline = kh_node_get_appendix_timeline (row->node);

  if (timeline == NULL)
    return g_strdup ("");
  return kh_timeline_render (timeline, self->language);
}
