/* kh-plan-tree-actions.c — what the tree's buttons, menu and keys do.
 *
 * Every edit goes through kh-edit.h on the document's history, so undo
 * and redo take it back; the rows follow from the plan's signals.  After
 * an edit the node it moved or made is selected and scrolled to.
 *
 * SHORTCUTS (while the tree's list has the focus; Ctrl+F anywhere in the
 * tree):
 *   Insert, Ctrl+Return         tree.add-sibling   add after the selection
 *   Ctrl+Shift+Return           tree.add-child     add as its last child
 *   Delete                      tree.delete
 *   Tab, Alt+Right              tree.indent
 *   Shift+Tab, Alt+Left         tree.outdent
 *   Alt+Up / Alt+Down           tree.move-up / tree.move-down
 *   Menu, Shift+F10             the context menu (also on right click)
 *   Ctrl+F                      focus the search
 *   Enter, Escape (in the search)  select the first match / clear the search
 * They sit on the list rather than on the whole tree so that Tab and
 * Delete keep their meaning in the search entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-tree-private.h"
#include "kh-edit.h"

#include <glib/gi18n.h>

/* The selected node, when it is still in the plan. */
static KhNode *
current_node (KhPlanTree *self)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  KhNode *node = self->selected_node;

  if (plan == NULL || node == NULL
      || kh_plan_lookup_node (plan, kh_node_get_id (node)) != node)
    return NULL;
  return node;
}

void
_kh_plan_tree_update_actions (KhPlanTree *self)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  KhNode *node = current_node (self);
  guint position = 0, n_siblings = 0;

  if (node != NULL)
    {
      position = kh_plan_get_node_position (plan, node);
      n_siblings = g_list_model_get_n_items (kh_plan_get_children (plan, kh_node_get_parent (node)));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.add-sibling", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.add-child", node != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.delete", node != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.indent", node != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.outdent",
                                 node != NULL && kh_node_get_parent (node) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.move-up", node != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.move-down",
                                 node != NULL && position + 1 < n_siblings);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tree.context-menu", plan != NULL);
}

/* Whether the keyboard works in the list: then the edited row keeps it. */
static gboolean
list_has_focus (KhPlanTree *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL
         && (focus == GTK_WIDGET (self->list_view)
             || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));
}

static void
add_sibling (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);
  KhHistory *history = _kh_plan_tree_get_history (self);
  KhNode *node = current_node (self);
  gboolean focus = list_has_focus (self);
  KhNode *added;

  if (history == NULL)
    return;
  /* A sibling is of the selection's kind; in an empty selection, a new
   * section at the end. */
  if (node != NULL)
    added = kh_edit_add_node (history, kh_node_get_parent (node), node,
                              kh_node_get_kind (node), "");
  else
    added = kh_edit_add_node (history, NULL, NULL, KH_NODE_SECTION, "");
  _kh_plan_tree_reveal_node (self, added, focus);
}

static void
add_child (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);
  KhNode *node = current_node (self);
  gboolean focus = list_has_focus (self);
  KhNode *added;

  if (node == NULL)
    return;
  added = kh_edit_add_node (_kh_plan_tree_get_history (self), node, NULL, KH_NODE_ITEM, "");
  _kh_plan_tree_reveal_node (self, added, focus);
}

static void
delete_node (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  KhNode *node = current_node (self);
  gboolean focus = list_has_focus (self);
  g_autoptr(KhNode) next = NULL;
  GListModel *siblings;
  guint position;

  if (node == NULL)
    return;

  /* Then select the next sibling, else the previous one, else the parent. */
  siblings = kh_plan_get_children (plan, kh_node_get_parent (node));
  position = kh_plan_get_node_position (plan, node);
  if (position + 1 < g_list_model_get_n_items (siblings))
    next = g_list_model_get_item (siblings, position + 1);
  else if (position > 0)
    next = g_list_model_get_item (siblings, position - 1);
  else if (kh_node_get_parent (node) != NULL)
    next = g_object_ref (kh_node_get_parent (node));

  kh_edit_remove_node (_kh_plan_tree_get_history (self), node);
  _kh_plan_tree_reveal_node (self, next, focus);
}

static void
move_node (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);
  KhHistory *history = _kh_plan_tree_get_history (self);
  g_autoptr(KhNode) node = current_node (self) ? g_object_ref (current_node (self)) : NULL;
  gboolean focus = list_has_focus (self);
  gboolean moved;

  if (node == NULL)
    return;

  if (g_str_equal (action_name, "tree.indent"))
    moved = kh_edit_indent (history, node);
  else if (g_str_equal (action_name, "tree.outdent"))
    moved = kh_edit_outdent (history, node);
  else if (g_str_equal (action_name, "tree.move-up"))
    moved = kh_edit_move_up (history, node);
  else
    moved = kh_edit_move_down (history, node);

  if (moved)
    _kh_plan_tree_reveal_node (self, node, focus);
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
context_menu (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _kh_plan_tree_popup_menu (KH_PLAN_TREE (widget), NULL);
}

void
_kh_plan_tree_popup_menu (KhPlanTree             *self,
                          const graphene_point_t *at)
{
  KhTreeRow *row = self->selected_node != NULL
                   ? _kh_plan_tree_row_for_node (self, self->selected_node) : NULL;
  graphene_rect_t bounds;
  GdkRectangle rect;

  if (at != NULL)
    rect = (GdkRectangle) { (int) at->x, (int) at->y, 1, 1 };
  else if (row != NULL && gtk_widget_compute_bounds (row->box, GTK_WIDGET (self), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                            (int) bounds.size.width, (int) bounds.size.height };
  else
    rect = (GdkRectangle) { gtk_widget_get_width (GTK_WIDGET (self)) / 2,
                            gtk_widget_get_height (GTK_WIDGET (self)) / 2, 1, 1 };

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* A right click selects the row under the pointer and opens the menu. */
static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    KhPlanTree      *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkWidget *picked = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);
  graphene_point_t at;

  for (; picked != NULL && picked != list; picked = gtk_widget_get_parent (picked))
    {
      KhTreeRow *row = g_object_get_data (G_OBJECT (picked), "kh-tree-row");

      if (row != NULL && row->node != NULL)
        {
          kh_plan_tree_select_node (self, row->node);
          break;
        }
    }

  if (!gtk_widget_compute_point (list, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &at))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _kh_plan_tree_popup_menu (self, &at);
}

static const struct {
  const char *trigger;
  const char *action;
} list_shortcuts[] = {
  { "Insert", "tree.add-sibling" },
  { "KP_Insert", "tree.add-sibling" },
  { "<Control>Return", "tree.add-sibling" },
  { "<Control>KP_Enter", "tree.add-sibling" },
  { "<Control><Shift>Return", "tree.add-child" },
  { "<Control><Shift>KP_Enter", "tree.add-child" },
  { "Delete", "tree.delete" },
  { "KP_Delete", "tree.delete" },
  { "Tab", "tree.indent" },
  { "<Alt>Right", "tree.indent" },
  { "<Shift>Tab", "tree.outdent" },
  { "<Shift>ISO_Left_Tab", "tree.outdent" },
  { "<Alt>Left", "tree.outdent" },
  { "<Alt>Up", "tree.move-up" },
  { "<Alt>Down", "tree.move-down" },
  { "Menu", "tree.context-menu" },
  { "<Shift>F10", "tree.context-menu" },
};

void
_kh_plan_tree_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "tree.add-sibling", NULL, add_sibling);
  gtk_widget_class_install_action (widget_class, "tree.add-child", NULL, add_child);
  gtk_widget_class_install_action (widget_class, "tree.delete", NULL, delete_node);
  gtk_widget_class_install_action (widget_class, "tree.indent", NULL, move_node);
  gtk_widget_class_install_action (widget_class, "tree.outdent", NULL, move_node);
  gtk_widget_class_install_action (widget_class, "tree.move-up", NULL, move_node);
  gtk_widget_class_install_action (widget_class, "tree.move-down", NULL, move_node);
  gtk_widget_class_install_action (widget_class, "tree.search", NULL, focus_search);
  gtk_widget_class_install_action (widget_class, "tree.context-menu", NULL, context_menu);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "tree.search", NULL);
}

void
_kh_plan_tree_init_actions (KhPlanTree *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  for (guint i = 0; i < G_N_ELEMENTS (list_shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (list_shortcuts[i].trigger),
                                                            gtk_named_action_new (list_shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  self->context_menu = gtk_popover_menu_new_from_model (self->context_menu_model);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  _kh_plan_tree_update_actions (self);
}
