/* kh-edit.c — fields, assignments and the tree, as undoable steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-enum-types.h"
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

/* Fields */

static gboolean
set_value (KhHistory    *history,
           GObject      *target,
           const char   *property,
           const GValue *value,
           const char   *label,
           gboolean      typing)
{
  return _kh_history_push (history,
                           kh_command_new_set_property (target, property, value,
                                                        label, typing));
}

gboolean
kh_edit_set_text (KhHistory  *history,
                  GObject    *target,
                  const char *property,
                  const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (KH_IS_PLAN (target) || KH_IS_NODE (target) || KH_IS_UNIT (target), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING, FALSE);

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  /* Translators: the name of an undo step ("Undo Typing"). */
  return set_value (history, target, property, &v, _("Typing"), TRUE);
}

static gboolean
set_plan_value (KhHistory    *history,
                const char   *property,
                const GValue *value,
                const char   *label)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  return set_value (history, G_OBJECT (plan_of (history)), property, value, label, FALSE);
}

gboolean
kh_edit_set_year (KhHistory *history,
                  int        year)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, year);
  return set_plan_value (history, "year", &v, _("Change Year"));
}

gboolean
kh_edit_set_language (KhHistory  *history,
                      KhLanguage  language)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, KH_TYPE_LANGUAGE);
  g_value_set_enum (&v, language);
  return set_plan_value (history, "language", &v, _("Change Document Language"));
}

gboolean
kh_edit_set_numbering (KhHistory   *history,
                       KhNumbering  numbering)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, KH_TYPE_NUMBERING);
  g_value_set_enum (&v, numbering);
  return set_plan_value (history, "numbering", &v, _("Change Numbering"));
}

gboolean
kh_edit_set_recipients (KhHistory          *history,
                        const char * const *recipients)
{
  static const char * const none[] = { NULL };
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, recipients ? recipients : none);
  return set_plan_value (history, "recipients", &v, _("Change Recipients"));
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

static gboolean
set_node_value (KhHistory    *history,
                KhNode       *node,
                const char   *property,
                const GValue *value,
                const char   *label)
{
  g_return_val_if_fail (KH_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (node_in_plan (plan_of (history), node), FALSE);

  return set_value (history, G_OBJECT (node), property, value, label, FALSE);
}

gboolean
kh_edit_set_node_kind (KhHistory  *history,
                       KhNode     *node,
                       KhNodeKind  kind)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, KH_TYPE_NODE_KIND);
  g_value_set_enum (&v, kind);
  return set_node_value (history, node, "kind", &v,
                         kind == KH_NODE_SECTION ? _("Make Section") : _("Make Item"));
}

gboolean
kh_edit_set_budget_amount (KhHistory *history,
                           KhNode    *node,
                           gint64     amount)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_val_if_fail (amount >= 0, FALSE);

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, amount);
  return set_node_value (history, node, "budget-amount", &v, _("Change Budget"));
}

gboolean
kh_edit_set_in_appendix (KhHistory *history,
                         KhNode    *node,
                         gboolean   in_appendix)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, in_appendix);
  return set_node_value (history, node, "in-appendix", &v,
                         in_appendix ? _("Add to Appendix") : _("Remove from Appendix"));
}

gboolean
kh_edit_set_timeline (KhHistory        *history,
                      KhNode           *node,
                      const KhTimeline *timeline)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, KH_TYPE_TIMELINE);
  g_value_set_boxed (&v, timeline);
  return set_node_value (history, node, "timeline", &v, _("Change Timeline"));
}

gboolean
kh_edit_set_appendix_row (KhHistory           *history,
                          KhNode              *node,
                          const KhAppendixRow *row)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, KH_TYPE_APPENDIX_ROW);
  g_value_set_boxed (&v, row);
  return set_node_value (history, node, "appendix-row", &v, _("Change Appendix Row"));
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
