/* kh-edit-units.c — adding, renaming, merging and deleting units as
 * undoable steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-history-private.h"

#include <glib/gi18n-lib.h>

static gboolean
unit_in_plan (KhPlan *plan, KhUnit *unit)
{
  return KH_IS_UNIT (unit) && kh_plan_lookup_unit (plan, kh_unit_get_id (unit)) == unit;
}

KhUnit *
kh_edit_add_unit (KhHistory  *history,
                  const char *name,
                  const char *short_name,
                  const char *group)
{
  KhPlan *plan;
  g_autofree char *id = NULL;
  g_autoptr(KhUnit) unit = NULL;

  g_return_val_if_fail (KH_IS_HISTORY (history), NULL);

  plan = kh_history_get_plan (history);
  id = kh_plan_new_unit_id (plan, name);
  unit = kh_unit_new (id, name, short_name, group);
  if (!kh_edit_insert_unit (history, g_list_model_get_n_items (kh_plan_get_units (plan)), unit))
    return NULL;
  return unit;
}

gboolean
kh_edit_insert_unit (KhHistory *history,
                     guint      position,
                     KhUnit    *unit)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (KH_IS_UNIT (unit), FALSE);

  return _kh_history_push (history, kh_command_new_insert_unit (position, unit, _("Add Unit")));
}

static gboolean
rename_field (KhHistory *history, KhUnit *unit, const char *property, const char *value)
{
  return value != NULL
      && _kh_history_push (history,
                           kh_command_new_set_property (G_OBJECT (unit), property, NULL, FALSE,
                                                        value));
}

gboolean
kh_edit_rename_unit (KhHistory  *history,
                     KhUnit     *unit,
                     const char *name,
                     const char *short_name,
                     const char *group)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (unit_in_plan (kh_history_get_plan (history), unit), FALSE);

  kh_history_begin_group (history);
  changed |= rename_field (history, unit, "name", name);
  changed |= rename_field (history, unit, "short-name", short_name);
  changed |= rename_field (history, unit, "group", group);
  kh_history_end_group (history, _("Rename Unit"));
  return changed;
}

/* @leads and @cooperating with every entry of @from given to @into, or
 * dropped when @into is NULL.  No unit appears twice, and a unit that
 * would both lead and cooperate only leads.  NULL lists (an appendix row
 * that keeps the task's list) stay NULL.  Returns how many entries of
 * @from there were. */
static guint
rewrite_lists (GPtrArray  *leads,
               GPtrArray  *cooperating,
               KhUnit     *from,
               KhUnit     *into,
               GPtrArray **out_leads,
               GPtrArray **out_cooperating)
{
  gboolean into_leads = into && kh_assignment_list_find (leads, into) >= 0;
  gboolean into_cooperates = into && kh_assignment_list_find (cooperating, into) >= 0;
  GPtrArray *new_leads = kh_assignment_list_new ();
  GPtrArray *new_cooperating = kh_assignment_list_new ();
  guint found = 0;

  for (guint i = 0; leads && i < leads->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (leads, i);

      if (a->unit != from)
        g_ptr_array_add (new_leads, kh_assignment_copy (a));
      else
        {
          found++;
          if (into && !into_leads && kh_assignment_list_find (new_leads, into) < 0)
            g_ptr_array_add (new_leads, kh_assignment_new (into, a->scope));
        }
    }
  into_leads = into && kh_assignment_list_find (new_leads, into) >= 0;

  for (guint i = 0; cooperating && i < cooperating->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (cooperating, i);

      if (a->unit == from)
        {
          found++;
          if (into && !into_leads && !into_cooperates
              && kh_assignment_list_find (new_cooperating, into) < 0)
            g_ptr_array_add (new_cooperating, kh_assignment_new (into, a->scope));
        }
      else if (!(into_leads && a->unit == into))
        g_ptr_array_add (new_cooperating, kh_assignment_copy (a));
    }

  if (leads == NULL)
    g_clear_pointer (&new_leads, g_ptr_array_unref);
  if (cooperating == NULL)
    g_clear_pointer (&new_cooperating, g_ptr_array_unref);
  *out_leads = new_leads;
  *out_cooperating = new_cooperating;
  return found;
}

/* Gives every assignment of @from to @into (NULL: drops them), task by
 * task; returns how many lead and cooperating entries of tasks moved. */
static guint
reassign_everywhere (KhHistory *history,
                     KhUnit    *from,
                     KhUnit    *into)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (kh_history_get_plan (history));
  guint moved = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);
      g_autoptr(GPtrArray) leads = NULL;
      g_autoptr(GPtrArray) cooperating = NULL;
      guint found;

      found = rewrite_lists (kh_node_get_leads (node), kh_node_get_cooperating (node),
                             from, into, &leads, &cooperating);
      if (found > 0)
        {
          moved += found;
          _kh_history_push (history,
                            kh_command_new_set_assignments (node, leads, cooperating, NULL));
        }

      if (row != NULL)
        {
          g_autoptr(KhAppendixRow) new_row = kh_appendix_row_copy (row);

          g_clear_pointer (&new_row->leads, g_ptr_array_unref);
          g_clear_pointer (&new_row->cooperating, g_ptr_array_unref);
          if (rewrite_lists (row->leads, row->cooperating, from, into,
                             &new_row->leads, &new_row->cooperating) == 0)
            continue;
          _kh_history_push (history,
                            kh_command_new_set_property (G_OBJECT (node), "appendix-row",
                                                         NULL, FALSE, new_row));
        }
    }
  return moved;
}

guint
kh_edit_merge_units (KhHistory *history,
                     KhUnit    *from,
                     KhUnit    *into)
{
  KhPlan *plan;
  guint moved;

  g_return_val_if_fail (KH_IS_HISTORY (history), 0);
  plan = kh_history_get_plan (history);
  g_return_val_if_fail (unit_in_plan (plan, from), 0);
  g_return_val_if_fail (unit_in_plan (plan, into), 0);

  if (from == into)
    return 0;

  kh_history_begin_group (history);
  moved = reassign_everywhere (history, from, into);
  _kh_history_push (history, kh_command_new_remove_unit (plan, from, NULL));
  kh_history_end_group (history, _("Merge Units"));
  return moved;
}

gboolean
kh_edit_delete_unit (KhHistory  *history,
                     KhUnit     *unit,
                     gboolean    confirmed,
                     GError    **error)
{
  KhPlan *plan;
  guint count;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  plan = kh_history_get_plan (history);
  g_return_val_if_fail (unit_in_plan (plan, unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  count = kh_count_unit_assignments (plan, unit);
  if (count > 0 && !confirmed)
    {
      g_set_error (error, KH_EDIT_ERROR, KH_EDIT_ERROR_UNIT_ASSIGNED,
                   ngettext ("“%s” is assigned to %u task.",
                             "“%s” is assigned to %u tasks.", count),
                   kh_unit_get_name (unit), count);
      return FALSE;
    }

  kh_history_begin_group (history);
  reassign_everywhere (history, unit, NULL);
  _kh_history_push (history, kh_command_new_remove_unit (plan, unit, NULL));
  kh_history_end_group (history, _("Delete Unit"));
  return TRUE;
}

static gboolean
list_names (GPtrArray *list, KhUnit *unit)
{
  return list != NULL && kh_assignment_list_find (list, unit) >= 0;
}

guint
kh_count_unit_assignments (KhPlan *plan,
                           KhUnit *unit)
{
  g_autoptr(GPtrArray) nodes = NULL;
  guint count = 0;

  g_return_val_if_fail (KH_IS_PLAN (plan), 0);
  g_return_val_if_fail (KH_IS_UNIT (unit), 0);

  nodes = kh_plan_collect_nodes (plan);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);

      if (list_names (kh_node_get_leads (node), unit)
          || list_names (kh_node_get_cooperating (node), unit)
          || (row && (list_names (row->leads, unit) || list_names (row->cooperating, unit))))
        count++;
    }
  return count;
}
