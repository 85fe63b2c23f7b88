/* kh-command.c — the undoable steps that KhHistory records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-command.h"

#include <gobject/gvaluecollector.h>

typedef enum {
  COMMAND_SET_PROPERTY,
  COMMAND_SET_ASSIGNMENTS,
  COMMAND_SET_APPENDIX_ORDER,
  COMMAND_INSERT_NODE,
  COMMAND_REMOVE_NODE,
  COMMAND_MOVE_NODE,
  COMMAND_INSERT_UNIT,
  COMMAND_REMOVE_UNIT,
  COMMAND_GROUP,
} CommandKind;

/* One struct for every kind keeps the code short; each kind uses the
 * members named in its comment. */
struct _KhCommand
{
  CommandKind kind;
  char *label;
  gint64 time;
  guint64 serial;

  GObject *target;          /* set property: the object */
  GParamSpec *pspec;        /* set property */
  GValue before;            /* set property */
  GValue after;             /* set property */
  gboolean typing;          /* set property */

  KhNode *node;             /* assignments, node insert/remove/move */
  GPtrArray *lists[2][2];   /* assignments: [before/after][leads/cooperating] */
  char **order[2];          /* appendix order: before, after */

  KhNode *parent[2];        /* node insert/remove/move: before, after (nullable) */
  guint position[2];

  KhUnit *unit;             /* unit insert/remove */

  GPtrArray *children;      /* group: applied commands, in order */
};

enum { BEFORE, AFTER };
enum { LEADS, COOPERATING };

static KhCommand *
command_new (CommandKind kind, const char *label)
{
  KhCommand *self = g_new0 (KhCommand, 1);

  self->kind = kind;
  self->label = g_strdup (label);
  return self;
}

void
kh_command_free (KhCommand *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_clear_object (&self->target);
  if (G_IS_VALUE (&self->before))
    g_value_unset (&self->before);
  if (G_IS_VALUE (&self->after))
    g_value_unset (&self->after);
  g_clear_object (&self->node);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->lists[i][LEADS], g_ptr_array_unref);
      g_clear_pointer (&self->lists[i][COOPERATING], g_ptr_array_unref);
      g_strfreev (self->order[i]);
      g_clear_object (&self->parent[i]);
    }
  g_clear_object (&self->unit);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_free (self);
}

/* Equality by content: boxed values compare by pointer in GLib. */
static gboolean
values_equal (GParamSpec *pspec, const GValue *a, const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_STRV)
    {
      const char * const empty[] = { NULL };
      const char * const *x = g_value_get_boxed (a);
      const char * const *y = g_value_get_boxed (b);

      return g_strv_equal ((const char * const *) (x ? x : empty),
                           (const char * const *) (y ? y : empty));
    }
  if (type == KH_TYPE_TIMELINE)
    {
      const KhTimeline *x = g_value_get_boxed (a);
      const KhTimeline *y = g_value_get_boxed (b);

      return (x == NULL || y == NULL) ? x == y : kh_timeline_equal (x, y);
    }
  if (type == KH_TYPE_APPENDIX_ROW)
    return kh_appendix_row_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_TYPE_FUNDAMENTAL (type) == G_TYPE_BOXED)
    return g_value_get_boxed (a) == g_value_get_boxed (b);
  /* Numbers, booleans and enums. */
  return g_param_values_cmp (pspec, a, b) == 0;
}

KhCommand *
kh_command_new_set_property (GObject    *target,
                             const char *property,
                             const char *label,
                             gboolean    typing,
                             ...)
{
  KhCommand *self;
  va_list args;

  va_start (args, typing);
  self = kh_command_new_set_property_valist (target, property, label, typing, args);
  va_end (args);
  return self;
}

KhCommand *
kh_command_new_set_property_valist (GObject    *target,
                                    const char *property,
                                    const char *label,
                                    gboolean    typing,
                                    va_list     args)
{
  GParamSpec *pspec;
  g_auto(GValue) before = G_VALUE_INIT;
  g_auto(GValue) after = G_VALUE_INIT;
  g_autofree char *error = NULL;
  KhCommand *self;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0, NULL);
  g_return_val_if_fail ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0, NULL);

  G_VALUE_COLLECT_INIT (&after, pspec->value_type, args, 0, &error);
  g_return_val_if_fail (error == NULL, NULL);
  /* Out-of-range values are a programming error, not a user's. */
  g_return_val_if_fail (!g_param_value_validate (pspec, &after), NULL);
  /* The model stores NULL strings as "". */
  if (G_VALUE_HOLDS_STRING (&after) && g_value_get_string (&after) == NULL)
    g_value_set_static_string (&after, "");

  g_value_init (&before, pspec->value_type);
  g_object_get_property (target, property, &before);
  if (values_equal (pspec, &before, &after))
    return NULL;

  self = command_new (COMMAND_SET_PROPERTY, label);
  self->target = g_object_ref (target);
  self->pspec = pspec;
  self->typing = typing;
  g_value_init (&self->before, pspec->value_type);
  g_value_copy (&before, &self->before);
  g_value_init (&self->after, pspec->value_type);
  g_value_copy (&after, &self->after);
  return self;
}

KhCommand *
kh_command_new_set_assignments (KhNode     *node,
                                GPtrArray  *leads,
                                GPtrArray  *cooperating,
                                const char *label)
{
  KhCommand *self;

  if (kh_assignment_list_equal (kh_node_get_leads (node), leads)
      && kh_assignment_list_equal (kh_node_get_cooperating (node), cooperating))
    return NULL;

  self = command_new (COMMAND_SET_ASSIGNMENTS, label);
  self->node = g_object_ref (node);
  self->lists[BEFORE][LEADS] = kh_assignment_list_copy (kh_node_get_leads (node));
  self->lists[BEFORE][COOPERATING] = kh_assignment_list_copy (kh_node_get_cooperating (node));
  self->lists[AFTER][LEADS] = kh_assignment_list_copy (leads);
  self->lists[AFTER][COOPERATING] = kh_assignment_list_copy (cooperating);
  return self;
}

KhCommand *
kh_command_new_set_appendix_order (KhPlan             *plan,
                                   const char * const *ids,
                                   const char         *label)
{
  const char * const empty[] = { NULL };
  const char * const *current = kh_plan_get_appendix_order (plan);
  KhCommand *self;

  if (ids == NULL)
    ids = empty;
  if (g_strv_equal (current, ids))
    return NULL;

  self = command_new (COMMAND_SET_APPENDIX_ORDER, label);
  self->order[BEFORE] = g_strdupv ((char **) current);
  self->order[AFTER] = g_strdupv ((char **) ids);
  return self;
}

KhCommand *
kh_command_new_insert_node (KhNode     *parent,
                            guint       position,
                            KhNode     *node,
                            const char *label)
{
  KhCommand *self = command_new (COMMAND_INSERT_NODE, label);

  self->node = g_object_ref (node);
  g_set_object (&self->parent[AFTER], parent);
  self->position[AFTER] = position;
  return self;
}

KhCommand *
kh_command_new_remove_node (KhPlan     *plan,
                            KhNode     *node,
                            const char *label)
{
  KhCommand *self = command_new (COMMAND_REMOVE_NODE, label);

  self->node = g_object_ref (node);
  g_set_object (&self->parent[BEFORE], kh_node_get_parent (node));
  self->position[BEFORE] = kh_plan_get_node_position (plan, node);
  return self;
}

KhCommand *
kh_command_new_move_node (KhPlan     *plan,
                          KhNode     *node,
                          KhNode     *new_parent,
                          guint       position,
                          const char *label)
{
  KhNode *old_parent = kh_node_get_parent (node);
  guint old_position = kh_plan_get_node_position (plan, node);
  guint n = g_list_model_get_n_items (kh_plan_get_children (plan, new_parent));
  KhCommand *self;

  /* Without the node itself, its new parent has one child fewer. */
  if (new_parent == old_parent)
    n--;
  position = MIN (position, n);
  if (new_parent == old_parent && position == old_position)
    return NULL;

  self = command_new (COMMAND_MOVE_NODE, label);
  self->node = g_object_ref (node);
  g_set_object (&self->parent[BEFORE], old_parent);
  self->position[BEFORE] = old_position;
  g_set_object (&self->parent[AFTER], new_parent);
  self->position[AFTER] = position;
  return self;
}

KhCommand *
kh_command_new_insert_unit (guint       position,
                            KhUnit     *unit,
                            const char *label)
{
  KhCommand *self = command_new (COMMAND_INSERT_UNIT, label);

  self->unit = g_object_ref (unit);
  self->position[AFTER] = position;
  return self;
}

KhCommand *
kh_command_new_remove_unit (KhPlan     *plan,
                            KhUnit     *unit,
                            const char *label)
{
  KhCommand *self = command_new (COMMAND_REMOVE_UNIT, label);

  self->unit = g_object_ref (unit);
  self->position[BEFORE] = kh_plan_get_unit_position (plan, unit);
  return self;
}

KhCommand *
kh_command_new_group (void)
{
  KhCommand *self = command_new (COMMAND_GROUP, NULL);

  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_command_free);
  return self;
}

void
kh_command_group_add (KhCommand *group,
                      KhCommand *command)
{
  g_return_if_fail (group->kind == COMMAND_GROUP);
  g_ptr_array_add (group->children, command);
}

guint
kh_command_group_size (KhCommand *group)
{
  g_return_val_if_fail (group->kind == COMMAND_GROUP, 0);
  return group->children->len;
}

void
kh_command_set_label (KhCommand  *self,
                      const char *label)
{
  g_free (self->label);
  self->label = g_strdup (label);
}

const char *
kh_command_get_label (KhCommand *self)
{
  return self->label;
}

/* Node and unit insertions and removals are one operation run either way. */
static gboolean
put_node (KhPlan *plan, KhCommand *self, gboolean insert, int where)
{
  if (!insert)
    {
      kh_plan_remove_node (plan, self->node);
      return TRUE;
    }
  return kh_plan_insert_node (plan, self->parent[where], self->position[where], self->node);
}

static gboolean
put_unit (KhPlan *plan, KhCommand *self, gboolean insert, int where)
{
  if (!insert)
    {
      kh_plan_remove_unit (plan, self->unit);
      return TRUE;
    }
  return kh_plan_insert_unit (plan, self->position[where], self->unit);
}

gboolean
kh_command_apply (KhCommand *self,
                  KhPlan    *plan,
                  gboolean   undo)
{
  int to = undo ? BEFORE : AFTER;

  switch (self->kind)
    {
    case COMMAND_SET_PROPERTY:
      g_object_set_property (self->target, self->pspec->name,
                             undo ? &self->before : &self->after);
      return TRUE;

    case COMMAND_SET_ASSIGNMENTS:
      kh_node_set_leads (self->node, self->lists[to][LEADS]);
      kh_node_set_cooperating (self->node, self->lists[to][COOPERATING]);
      return TRUE;

    case COMMAND_SET_APPENDIX_ORDER:
      kh_plan_set_appendix_order (plan, (const char * const *) self->order[to]);
      return TRUE;

    case COMMAND_INSERT_NODE:
      return put_node (plan, self, !undo, AFTER);

    case COMMAND_REMOVE_NODE:
      return put_node (plan, self, undo, BEFORE);

    case COMMAND_MOVE_NODE:
      kh_plan_remove_node (plan, self->node);
      return put_node (plan, self, TRUE, to);

    case COMMAND_INSERT_UNIT:
      return put_unit (plan, self, !undo, AFTER);

    case COMMAND_REMOVE_UNIT:
      return put_unit (plan, self, undo, BEFORE);

    case COMMAND_GROUP:
      /* Groups are recorded already applied: only undo and redo run here. */
      for (guint i = 0; i < self->children->len; i++)
        {
          guint k = undo ? self->children->len - 1 - i : i;
          kh_command_apply (g_ptr_array_index (self->children, k), plan, undo);
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

gboolean
kh_command_can_absorb (KhCommand *self,
                       KhCommand *next)
{
  return self->kind == COMMAND_SET_PROPERTY && next->kind == COMMAND_SET_PROPERTY
      && self->typing && next->typing
      && self->target == next->target && self->pspec == next->pspec;
}

void
kh_command_absorb (KhCommand *self,
                   KhCommand *next)
{
  g_return_if_fail (kh_command_can_absorb (self, next));
  g_value_copy (&next->after, &self->after);
}

gint64
kh_command_get_time (KhCommand *self)
{
  return self->time;
}

void
kh_command_set_time (KhCommand *self,
                     gint64     time)
{
  self->time = time;
}

guint64
kh_command_get_serial (KhCommand *self)
{
  return self->serial;
}

void
kh_command_set_serial (KhCommand *self,
                       guint64    serial)
{
  self->serial = serial;
}
