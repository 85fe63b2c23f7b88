/* kh-plan-copy.c — a deep, independent copy of a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-copy.h"

static void
copy_extras (GHashTable *from, GHashTable *to)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to, g_strdup (key), g_strdup (value));
}

/* The same assignments, pointing at the copy's units. */
static GPtrArray *
remap_list (GPtrArray *list, KhPlan *copy)
{
  GPtrArray *out = kh_assignment_list_new ();

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);
      KhUnit *unit = kh_plan_lookup_unit (copy, kh_unit_get_id (a->unit));

      /* A unit that left the plan but is still assigned (allowed only
       * transiently) is carried over as its own object. */
      g_ptr_array_add (out, kh_assignment_new (unit ? unit : a->unit, a->scope));
    }
  return out;
}

static KhNode *
copy_node (KhNode *node, KhPlan *copy)
{
  KhNode *out = kh_node_new (kh_node_get_id (node), kh_node_get_kind (node), NULL);
  const char * const *props = kh_node_text_properties ();
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  g_autoptr(GPtrArray) leads = remap_list (kh_node_get_leads (node), copy);
  g_autoptr(GPtrArray) cooperating = remap_list (kh_node_get_cooperating (node), copy);
  GListModel *children = kh_node_get_children (node);
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; props[i] != NULL; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (node, props[i], &value, NULL);
      g_object_set (out, props[i], value, NULL);
    }
  kh_node_set_budget_amount (out, kh_node_get_budget_amount (node));
  kh_node_set_in_appendix (out, kh_node_get_in_appendix (node));
  kh_node_set_timeline (out, kh_node_get_timeline (node));
  kh_node_set_leads (out, leads);
  kh_node_set_cooperating (out, cooperating);
  if (row != NULL)
    {
      g_autoptr(KhAppendixRow) row_copy = kh_appendix_row_copy (row);

      if (row_copy->leads)
        {
          GPtrArray *remapped = remap_list (row_copy->leads, copy);
          g_ptr_array_unref (row_copy->leads);
          row_copy->leads = remapped;
        }
      if (row_copy->cooperating)
        {
          GPtrArray *remapped = remap_list (row_copy->cooperating, copy);
          g_ptr_array_unref (row_copy->cooperating);
          row_copy->cooperating = remapped;
        }
      kh_node_set_appendix_row (out, row_copy);
    }
  copy_extras (kh_node_get_extras (node), kh_node_get_extras (out));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      g_autoptr(KhNode) child_copy = copy_node (child, copy);

      /* Ids are registered when the finished subtree enters the plan. */
      kh_node_append_child (out, child_copy);
    }
  return out;
}

KhPlan *
kh_plan_copy (KhPlan *plan)
{
  KhPlan *copy;
  const char * const *props = kh_plan_text_properties ();
  GListModel *units, *roots;
  guint n;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  copy = kh_plan_new ();
  for (guint i = 0; props[i] != NULL; i++)
    kh_plan_set_string (copy, props[i], kh_plan_get_string (plan, props[i]));
  kh_plan_set_year (copy, kh_plan_get_year (plan));
  kh_plan_set_language (copy, kh_plan_get_language (plan));
  kh_plan_set_numbering (copy, kh_plan_get_numbering (plan));
  kh_plan_set_recipients (copy, kh_plan_get_recipients (plan));
  kh_plan_set_appendix_order (copy, kh_plan_get_appendix_order (plan));
  copy_extras (kh_plan_get_extras (plan), kh_plan_get_extras (copy));
  copy_extras (kh_plan_get_document_extras (plan), kh_plan_get_document_extras (copy));

  units = kh_plan_get_units (plan);
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      g_autoptr(KhUnit) unit_copy = kh_unit_new (kh_unit_get_id (unit),
                                                 kh_unit_get_name (unit),
                                                 kh_unit_get_short_name (unit),
                                                 kh_unit_get_group (unit));

      copy_extras (kh_unit_get_extras (unit), kh_unit_get_extras (unit_copy));
      kh_plan_insert_unit (copy, i, unit_copy);
    }

  roots = kh_plan_get_roots (plan);
  n = g_list_model_get_n_items (roots);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) root = g_list_model_get_item (roots, i);
      g_autoptr(KhNode) root_copy = copy_node (root, copy);

      kh_plan_insert_node (copy, NULL, i, root_copy);
    }
  return copy;
}
