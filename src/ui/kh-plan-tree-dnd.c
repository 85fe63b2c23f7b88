/* kh-plan-tree-dnd.c — reorder and re-parent nodes by dragging rows.
 *
 * A row drags its node's id as a string.  Dropped on the upper third of a
 * row the node goes before it, on the lower third after it, in the middle
 * it becomes the row's last child; one Move step in the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-tree-private.h"
#include "kh-edit.h"

static const char * const drop_classes[] = {
  [KH_TREE_DROP_BEFORE] = "drop-before",
  [KH_TREE_DROP_AFTER] = "drop-after",
  [KH_TREE_DROP_INTO] = "drop-into",
};

static gboolean
is_below (KhNode *node,
          KhNode *ancestor)
{
  for (; node != NULL; node = kh_node_get_parent (node))
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

gboolean
_kh_plan_tree_drop_node (KhPlanTree      *self,
                         KhNode          *node,
                         KhNode          *target,
                         KhTreeDropPlace  place)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  KhNode *parent;
  guint position;

  g_return_val_if_fail (KH_IS_PLAN_TREE (self), FALSE);
  g_return_val_if_fail (KH_IS_NODE (node) && KH_IS_NODE (target), FALSE);

  if (plan == NULL || is_below (target, node))
    return FALSE;

  if (place == KH_TREE_DROP_INTO)
    {
      parent = target;
      position = kh_node_get_n_children (target);
    }
  else
    {
      parent = kh_node_get_parent (target);
      position = kh_plan_get_node_position (plan, target)
                 + (place == KH_TREE_DROP_AFTER ? 1 : 0);
    }

  /* kh_edit_move_node counts positions without the node itself. */
  if (kh_node_get_parent (node) == parent
      && kh_plan_get_node_position (plan, node) < position)
    position--;

  if (!kh_edit_move_node (_kh_plan_tree_get_history (self), node, parent, position))
    return FALSE;
  _kh_plan_tree_reveal_node (self, node, FALSE);
  return TRUE;
}

static KhTreeDropPlace
place_at (KhTreeRow *row,
          double     y)
{
  int height = gtk_widget_get_height (row->expander);

  if (y < height / 3.0)
    return KH_TREE_DROP_BEFORE;
  if (y > height * 2 / 3.0)
    return KH_TREE_DROP_AFTER;
  return KH_TREE_DROP_INTO;
}

static void
clear_drop_marks (KhTreeRow *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (drop_classes); i++)
    gtk_widget_remove_css_class (row->expander, drop_classes[i]);
}

/* The node being dragged over @row, or NULL when it is no node of ours or
 * could not go there. */
static KhNode *
dragged_node (GtkDropTarget *target,
              KhTreeRow     *row)
{
  const GValue *value = gtk_drop_target_get_value (target);
  KhPlan *plan = _kh_plan_tree_get_plan (row->tree);
  KhNode *node;

  if (value == NULL || !G_VALUE_HOLDS_STRING (value) || plan == NULL || row->node == NULL)
    return NULL;
  node = kh_plan_lookup_node (plan, g_value_get_string (value));
  if (node == NULL || is_below (row->node, node))
    return NULL;
  return node;
}

static GdkDragAction
on_drop_motion (GtkDropTarget *target,
                double         x,
                double         y,
                KhTreeRow     *row)
{
  clear_drop_marks (row);
  if (dragged_node (target, row) == NULL)
    return 0;
  gtk_widget_add_css_class (row->expander, drop_classes[place_at (row, y)]);
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target,
               KhTreeRow     *row)
{
  clear_drop_marks (row);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KhTreeRow     *row)
{
  KhNode *node = dragged_node (target, row);

  clear_drop_marks (row);
  if (node == NULL)
    return FALSE;
  return _kh_plan_tree_drop_node (row->tree, node, row->node, place_at (row, y));
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 KhTreeRow     *row)
{
  if (row->node == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_STRING, kh_node_get_id (row->node));
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               KhTreeRow     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row->box);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

void
_kh_plan_tree_setup_row_dnd (KhPlanTree *self,
                             KhTreeRow  *row)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (source));

  /* Preloaded, so that hovering can refuse a drop into the node itself. */
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion), row);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), row);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row->expander, GTK_EVENT_CONTROLLER (target));
}
