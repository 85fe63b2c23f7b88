/* kh-edit.c — fields, assignments and the tree, as undoable steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-history-private.h"
#include "kh-text.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (kh-edit-error-quark, kh_edit_error)

static KhPlan *
plan_of (KhHistory *history)
{
  return kh_history_get_plan (history);
}

static gboolean
node_in_plan (KhPlan *plan, KhNode *node)
{
  return KH_IS_NODE (node) && kh_plan_lookup_node (plan, kh_node_get_id (node)) == node;
}

/* The plan itself, or a node or unit of it. */
static gboolean
target_in_plan (KhPlan *plan, GObject *target)
{
  if (KH_IS_UNIT (target))
    return kh_plan_lookup_unit (plan, kh_unit_get_id (KH_UNIT (target))) == KH_UNIT (target);
  if (KH_IS_NODE (target))
    return node_in_plan (plan, KH_NODE (target));
  return target == G_OBJECT (plan);
}

/* Fields */

/* Records @property of @target (the plan, or a node or unit of it) set to
 * the value after @typing, of the property's type. */
static gboolean
set_value (KhHistory  *history,
           GObject    *target,
           const char *property,
           const char *label,
           gboolean    typing,
           ...)
{
  KhCommand *command;
  va_list args;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (target_in_plan (plan_of (history), target), FALSE);

  va_start (args, typing);
  command = kh_command_new_set_property_valist (target, property, label, typing, args);
  va_end (args);
  return _kh_history_push (history, command);
}

gboolean
kh_edit_set_text (KhHistory  *history,
                  GObject    *target,
                  const char *property,
                  const char *value)
{
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (target), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING, FALSE);

  /* Translators: the name of an undo step ("Undo Typing"). */
  return set_value (history, target, property, _("Typing"), TRUE, value);
}

gboolean
kh_edit_set_year (KhHistory *history,
                  int        year)
{
  return set_value (history, G_OBJECT (plan_of (history)), "year",
                    _("Change Year"), FALSE, year);
}

gboolean
kh_edit_set_language (KhHistory  *history,
                      KhLanguage  language)
{
  return set_value (history, G_OBJECT (plan_of (history)), "language",
                    _("Change Document Language"), FALSE, language);
}

gboolean
kh_edit_set_numbering (KhHistory   *history,
                       KhNumbering  numbering)
{
  return set_value (history, G_OBJECT (plan_of (history)), "numbering",
                    _("Change Numbering"), FALSE, numbering);
}

gboolean
kh_edit_set_recipients (KhHistory          *history,
                        const char * const *recipients)
{
  static const char * const none[] = { NULL };

  return set_value (history, G_OBJECT (plan_of (history)), "recipients",
                    _("Change Recipients"), FALSE, recipients ? recipients : none);
}

gboolean
kh_edit_set_appendix_order (KhHistory          *history,
                            const char * const *ids)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);

  return _kh_history_push (history,
                           kh_command_new_set_appendix_order (plan_of (history), ids,
                                                              _("Reorder Appendix")));
}

gboolean
kh_edit_set_node_kind (KhHistory  *history,
                       KhNode     *node,
                       KhNodeKind  kind)
{
  return set_value (history, G_OBJECT (node), "kind",
                    kind == KH_NODE_SECTION ? _("Make Section") : _("Make Item"), FALSE,
                    kind);
}

gboolean
kh_edit_set_budget_amount (KhHistory *history,
                           KhNode    *node,
                           gint64     amount)
{
  g_return_val_if_fail (amount >= 0, FALSE);

  return set_value (history, G_OBJECT (node), "budget-amount",
                    _("Change Budget"), FALSE, amount);
}

gboolean
kh_edit_set_in_appendix (KhHistory *history,
                         KhNode    *node,
                         gboolean   in_appendix)
{
  return set_value (history, G_OBJECT (node), "in-appendix",
                    in_appendix ? _("Add to Appendix") : _("Remove from Appendix"), FALSE,
                    in_appendix);
}

gboolean
kh_edit_set_timeline (KhHistory        *history,
                      KhNode           *node,
                      const KhTimeline *timeline)
{
  return set_value (history, G_OBJECT (node), "timeline",
                    _("Change Timeline"), FALSE, timeline);
}

gboolean
kh_edit_set_appendix_row (KhHistory           *history,
                          KhNode              *node,
                          const KhAppendixRow *row)
{
  return set_value (history, G_OBJECT (node), "appendix-row",
                    _("Change Appendix Row"), FALSE, row);
}

/* Assignments */

static gboolean
set_assignments (KhHistory  *history,
                 KhNode     *node,
                 GPtrArray  *leads,
                 GPtrArray  *cooperating,
                 const char *label)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (node_in_plan (plan_of (history), node), FALSE);

  return _kh_history_push (history,
                           kh_command_new_set_assignments (node, leads, cooperating, label));
}

gboolean
kh_edit_set_leads (KhHistory *history,
                   KhNode    *node,
                   GPtrArray *leads)
{
  g_return_val_if_fail (KH_IS_NODE (node), FALSE);

  return set_assignments (history, node, leads, kh_node_get_cooperating (node),
                          _("Change Lead Units"));
}

gboolean
kh_edit_set_cooperating (KhHistory *history,
                         KhNode    *node,
                         GPtrArray *cooperating)
{
  g_return_val_if_fail (KH_IS_NODE (node), FALSE);

  return set_assignments (history, node, kh_node_get_leads (node), cooperating,
                          _("Change Cooperating Units"));
}

static void
list_remove_unit (GPtrArray *list, KhUnit *unit)
{
  int i;

  while ((i = kh_assignment_list_find (list, unit)) >= 0)
    g_ptr_array_remove_index (list, i);
}

gboolean
kh_edit_assign (KhHistory  *history,
                KhNode     *node,
                KhUnit     *unit,
                KhRole      role,
                const char *scope)
{
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GPtrArray) cooperating = NULL;

  g_return_val_if_fail (KH_IS_NODE (node), FALSE);
  g_return_val_if_fail (KH_IS_UNIT (unit), FALSE);

  if (role == KH_ROLE_NONE)
    return kh_edit_unassign (history, node, unit);

  leads = kh_assignment_list_copy (kh_node_get_leads (node));
  cooperating = kh_assignment_list_copy (kh_node_get_cooperating (node));

  if (role == KH_ROLE_LEAD)
    {
      int i = kh_assignment_list_find (leads, unit);

      list_remove_unit (cooperating, unit);
      if (i < 0)
        g_ptr_array_add (leads, kh_assignment_new (unit, scope));
      else
        {
          KhAssignment *lead = g_ptr_array_index (leads, i);

          g_free (lead->scope);
          lead->scope = kh_text_dup (scope);
        }
    }
  else
    {
      list_remove_unit (leads, unit);
      /* A cooperating unit has no scope of its own. */
      if (kh_assignment_list_find (cooperating, unit) < 0)
        g_ptr_array_add (cooperating, kh_assignment_new (unit, NULL));
    }

  return set_assignments (history, node, leads, cooperating, _("Assign Unit"));
}

gboolean
kh_edit_unassign (KhHistory *history,
                  KhNode    *node,
                  KhUnit    *unit)
{
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GPtrArray) cooperating = NULL;

  g_return_val_if_fail (KH_IS_NODE (node), FALSE);
  g_return_val_if_fail (KH_IS_UNIT (unit), FALSE);

  leads = kh_assignment_list_copy (kh_node_get_leads (node));
  cooperating = kh_assignment_list_copy (kh_node_get_cooperating (node));
  list_remove_unit (leads, unit);
  list_remove_unit (cooperating, unit);

  return set_assignments (history, node, leads, cooperating, _("Unassign Unit"));
}

/* The tree */

gboolean
kh_edit_insert_node (KhHistory *history,
                     KhNode    *parent,
                     guint      position,
                     KhNode    *node)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (parent == NULL || node_in_plan (plan_of (history), parent), FALSE);
  g_return_val_if_fail (KH_IS_NODE (node), FALSE);
  g_return_val_if_fail (kh_node_get_parent (node) == NULL, FALSE);

  return _kh_history_push (history,
                           kh_command_new_insert_node (parent, position, node, _("Insert")));
}

KhNode *
kh_edit_add_node (KhHistory  *history,
                  KhNode     *parent,
                  KhNode     *after,
                  KhNodeKind  kind,
                  const char *title)
{
  KhPlan *plan;
  g_autofree char *id = NULL;
  g_autoptr(KhNode) node = NULL;
  guint position;

  g_return_val_if_fail (KH_IS_HISTORY (history), NULL);
  plan = plan_of (history);
  g_return_val_if_fail (parent == NULL || node_in_plan (plan, parent), NULL);
  g_return_val_if_fail (after == NULL || (node_in_plan (plan, after)
                                          && kh_node_get_parent (after) == parent), NULL);

  position = after ? kh_plan_get_node_position (plan, after) + 1
                   : g_list_model_get_n_items (kh_plan_get_children (plan, parent));
  id = kh_plan_new_node_id (plan);
  node = kh_node_new (id, kind, title);
  if (!_kh_history_push (history,
                         kh_command_new_insert_node (parent, position, node,
                                                     kind == KH_NODE_SECTION ? _("Add Section")
                                                                             : _("Add Item"))))
    return NULL;
  return node;
}

void
kh_edit_remove_node (KhHistory *history,
                     KhNode    *node)
{
  KhPlan *plan;

  g_return_if_fail (KH_IS_HISTORY (history));
  plan = plan_of (history);
  g_return_if_fail (node_in_plan (plan, node));

  _kh_history_push (history, kh_command_new_remove_node (plan, node, _("Delete")));
}

static gboolean
move_node (KhHistory  *history,
           KhNode     *node,
           KhNode     *new_parent,
           guint       position,
           const char *label)
{
  KhPlan *plan = plan_of (history);

  return _kh_history_push (history,
                           kh_command_new_move_node (plan, node, new_parent, position, label));
}

gboolean
kh_edit_move_node (KhHistory *history,
                   KhNode    *node,
                   KhNode    *new_parent,
                   guint      position)
{
  KhPlan *plan;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  plan = plan_of (history);
  g_return_val_if_fail (node_in_plan (plan, node), FALSE);
  g_return_val_if_fail (new_parent == NULL || node_in_plan (plan, new_parent), FALSE);

  /* A node cannot go inside itself. */
  for (KhNode *n = new_parent; n != NULL; n = kh_node_get_parent (n))
    if (n == node)
      return FALSE;

  return move_node (history, node, new_parent, position, _("Move"));
}

/* The node's parent and position, after checking it is in the plan. */
static gboolean
locate (KhHistory *history, KhNode *node, KhNode **parent, guint *position, guint *n_siblings)
{
  KhPlan *plan;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  plan = plan_of (history);
  g_return_val_if_fail (node_in_plan (plan, node), FALSE);

  *parent = kh_node_get_parent (node);
  *position = kh_plan_get_node_position (plan, node);
  *n_siblings = g_list_model_get_n_items (kh_plan_get_children (plan, *parent));
  return TRUE;
}

gboolean
kh_edit_move_up (KhHistory *history,
                 KhNode    *node)
{
  KhNode *parent;
  guint position, n;

  if (!locate (history, node, &parent, &position, &n) || position == 0)
    return FALSE;
  return move_node (history, node, parent, position - 1, _("Move Up"));
}

gboolean
kh_edit_move_down (KhHistory *history,
                   KhNode    *node)
{
  KhNode *parent;
  guint position, n;

  if (!locate (history, node, &parent, &position, &n) || position + 1 >= n)
    return FALSE;
  return move_node (history, node, parent, position + 1, _("Move Down"));
}

gboolean
kh_edit_indent (KhHistory *history,
                KhNode    *node)
{
  KhNode *parent;
  g_autoptr(KhNode) previous = NULL;
  guint position, n;

  if (!locate (history, node, &parent, &position, &n) || position == 0)
    return FALSE;
  previous = g_list_model_get_item (kh_plan_get_children (plan_of (history), parent),
                                    position - 1);
  return move_node (history, node, previous, kh_node_get_n_children (previous), _("Indent"));
}

gboolean
kh_edit_outdent (KhHistory *history,
                 KhNode    *node)
{
  KhNode *parent;
  guint position, n;

  if (!locate (history, node, &parent, &position, &n) || parent == NULL)
    return FALSE;
  return move_node (history, node, kh_node_get_parent (parent),
                    kh_plan_get_node_position (plan_of (history), parent) + 1,
                    _("Outdent"));
}
