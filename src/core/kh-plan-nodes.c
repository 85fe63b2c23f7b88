/* kh-plan-nodes.c — a plan's tree of nodes: inserting and removing
 * subtrees, the nodes by id, and the node signals passed on by the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-node-private.h"
#include "kh-plan-private.h"

static void
on_node_notify (KhNode     *node,
                GParamSpec *pspec,
                KhPlan     *self)
{
  _kh_plan_emit_node_changed (self, node, pspec->name);
  _kh_plan_emit_changed (self);
}

static void
on_node_assignments_changed (KhNode *node,
                             KhPlan *self)
{
  _kh_plan_emit_node_changed (self, node, "assignments");
  _kh_plan_emit_changed (self);
}

static gboolean
subtree_ids_free (KhPlan *self, KhNode *node)
{
  GListModel *children = kh_node_get_children (node);
  guint n = g_list_model_get_n_items (children);

  if (g_hash_table_contains (self->nodes_by_id, kh_node_get_id (node)))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      if (!subtree_ids_free (self, child))
        return FALSE;
    }
  return TRUE;
}

static void
register_subtree (KhPlan *self, KhNode *node)
{
  GListModel *children = kh_node_get_children (node);
  guint n = g_list_model_get_n_items (children);

  g_hash_table_insert (self->nodes_by_id, (gpointer) kh_node_get_id (node), node);
  g_signal_connect (node, "notify", G_CALLBACK (on_node_notify), self);
  g_signal_connect (node, "assignments-changed", G_CALLBACK (on_node_assignments_changed), self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      register_subtree (self, child);
    }
}

void
_kh_plan_unregister_subtree (KhPlan *self, KhNode *node)
{
  GListModel *children = kh_node_get_children (node);
  guint n = g_list_model_get_n_items (children);

  g_hash_table_remove (self->nodes_by_id, kh_node_get_id (node));
  g_signal_handlers_disconnect_by_data (node, self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      _kh_plan_unregister_subtree (self, child);
    }
}

static GListStore *
children_store (KhPlan *self, KhNode *parent)
{
  return parent ? _kh_node_get_children_store (parent) : self->roots;
}

GListModel *
kh_plan_get_roots (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->roots);
}

GListModel *
kh_plan_get_children (KhPlan *self,
                      KhNode *parent)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return G_LIST_MODEL (children_store (self, parent));
}

KhNode *
kh_plan_lookup_node (KhPlan     *self,
                     const char *id)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return id ? g_hash_table_lookup (self->nodes_by_id, id) : NULL;
}

gboolean
kh_plan_insert_node (KhPlan *self,
                     KhNode *parent,
                     guint   position,
                     KhNode *node)
{
  GListStore *store;

  g_return_val_if_fail (KH_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KH_IS_NODE (node), FALSE);
  g_return_val_if_fail (parent == NULL || kh_plan_lookup_node (self, kh_node_get_id (parent)) == parent, FALSE);
  g_return_val_if_fail (kh_node_get_parent (node) == NULL, FALSE);

  if (!subtree_ids_free (self, node))
    return FALSE;

  store = children_store (self, parent);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));
  register_subtree (self, node);
  _kh_node_set_parent (node, parent);
  g_list_store_insert (store, position, node);
  _kh_plan_emit_structure_changed (self, parent);
  _kh_plan_emit_changed (self);
  return TRUE;
}

void
kh_plan_remove_node (KhPlan *self,
                     KhNode *node)
{
  KhNode *parent;
  GListStore *store;
  guint position;

  g_return_if_fail (KH_IS_PLAN (self));
  g_return_if_fail (KH_IS_NODE (node));

  parent = kh_node_get_parent (node);
  store = children_store (self, parent);
  if (!g_list_store_find (store, node, &position))
    return;

  /* Keep the node alive through the store's release. */
  g_object_ref (node);
  _kh_plan_unregister_subtree (self, node);
  _kh_node_set_parent (node, NULL);
  g_list_store_remove (store, position);
  _kh_plan_emit_structure_changed (self, parent);
  _kh_plan_emit_changed (self);
  g_object_unref (node);
}

guint
kh_plan_get_node_position (KhPlan *self,
                           KhNode *node)
{
  guint position = G_MAXUINT;

  g_return_val_if_fail (KH_IS_PLAN (self), G_MAXUINT);
  g_list_store_find (children_store (self, kh_node_get_parent (node)), node, &position);
  return position;
}

char *
kh_plan_new_node_id (KhPlan *self)
{
  char *id = NULL;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  do
    {
      g_free (id);
      id = g_strdup_printf ("n-%u", self->next_node_id++);
    }
  while (g_hash_table_contains (self->nodes_by_id, id));
  return id;
}

static void
collect (GListModel *model, GPtrArray *out)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      KhNode *node = g_list_model_get_item (model, i);

      /* The tree holds a reference: hand out borrowed pointers. */
      g_object_unref (node);
      g_ptr_array_add (out, node);
      collect (kh_node_get_children (node), out);
    }
}

GPtrArray *
kh_plan_collect_nodes (KhPlan *self)
{
  GPtrArray *out;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  out = g_ptr_array_sized_new (g_hash_table_size (self->nodes_by_id));
  collect (G_LIST_MODEL (self->roots), out);
  return out;
}

guint
kh_plan_count_nodes (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), 0);
  return g_hash_table_size (self->nodes_by_id);
}
