/* kh-history.c — the undo and redo stacks of one open plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-history-private.h"

#include <glib/gi18n-lib.h>

struct _KhHistory
{
  GObject parent_instance;

  KhPlan *plan;

  /* Owned commands, oldest first: the top of each stack is its end. */
  GPtrArray *undo;
  GPtrArray *redo;
  GPtrArray *groups;        /* open groups, innermost last */

  /* Every recorded step gets a serial; the state of the plan is named by
   * the serial of the step on top of the undo stack, or base_serial when
   * it is empty (0 at first, then the last step forgotten by the limit). */
  guint64 next_serial;
  guint64 base_serial;
  guint64 saved_serial;

  KhCommand *last_pushed;   /* borrowed: the step typing may join, or NULL */
  guint limit;
  KhHistoryClock clock;
  gpointer clock_data;
  gboolean applying;

  /* What the properties last said, to notify only real changes. */
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  char *undo_label;
  char *redo_label;
};

G_DEFINE_FINAL_TYPE (KhHistory, kh_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static KhCommand *
top_of (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static guint64
current_serial (KhHistory *self)
{
  KhCommand *top = top_of (self->undo);

  return top ? kh_command_get_serial (top) : self->base_serial;
}

static char *
step_label (KhCommand *command, gboolean undo)
{
  const char *name = command ? kh_command_get_label (command) : NULL;

  if (name == NULL)
    return g_strdup (undo ? _("Undo") : _("Redo"));
  /* Translators: %s names a step, such as "Typing" or "Move". */
  return undo ? g_strdup_printf (_("Undo %s"), name)
              /* Translators: %s names a step, such as "Typing" or "Move". */
              : g_strdup_printf (_("Redo %s"), name);
}

static void
update_flag (KhHistory *self, gboolean *field, gboolean value, int prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_label (KhHistory *self, char **field, char *value, int prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_state (KhHistory *self)
{
  gboolean open_changes = FALSE;

  for (guint i = 0; i < self->groups->len; i++)
    open_changes |= kh_command_group_size (g_ptr_array_index (self->groups, i)) > 0;

  g_object_freeze_notify (G_OBJECT (self));
  update_flag (self, &self->can_undo, self->undo->len > 0, PROP_CAN_UNDO);
  update_flag (self, &self->can_redo, self->redo->len > 0, PROP_CAN_REDO);
  update_flag (self, &self->modified,
               open_changes || current_serial (self) != self->saved_serial,
               PROP_MODIFIED);
  update_label (self, &self->undo_label, step_label (top_of (self->undo), TRUE),
                PROP_UNDO_LABEL);
  update_label (self, &self->redo_label, step_label (top_of (self->redo), FALSE),
                PROP_REDO_LABEL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
enforce_limit (KhHistory *self)
{
  while (self->limit > 0 && self->undo->len > self->limit)
    {
      self->base_serial = kh_command_get_serial (g_ptr_array_index (self->undo, 0));
      g_ptr_array_remove_index (self->undo, 0);
    }
}

/* Records @command, already applied, as the newest step. */
static void
record (KhHistory *self, KhCommand *command, gint64 now)
{
  kh_command_set_time (command, now);
  kh_command_set_serial (command, self->next_serial++);
  g_ptr_array_add (self->undo, command);
  enforce_limit (self);
}

gboolean
_kh_history_push (KhHistory *self,
                  KhCommand *command)
{
  KhCommand *top;
  gint64 now;

  g_return_val_if_fail (KH_IS_HISTORY (self), FALSE);
  if (command == NULL)
    return FALSE;
  if (self->applying)
    {
      /* A signal handler edited the plan in the middle of a step: the
       * stacks would no longer match the plan. */
      kh_command_free (command);
      g_return_val_if_reached (FALSE);
    }

  now = self->clock (self->clock_data);
  top = top_of (self->undo);

  self->applying = TRUE;
  if (!kh_command_apply (command, self->plan, FALSE))
    {
      self->applying = FALSE;
      kh_command_free (command);
      return FALSE;
    }
  self->applying = FALSE;

  g_ptr_array_set_size (self->redo, 0);

  /* Typing joins the previous step when that step is the last thing that
   * happened (no undo, redo or save since), in the same field, and the
   * last keystroke was recent. */
  if (self->groups->len == 0
      && top != NULL && top == self->last_pushed
      && kh_command_get_serial (top) != self->saved_serial
      && kh_command_can_absorb (top, command)
      && now - kh_command_get_time (top) <= KH_HISTORY_TYPING_INTERVAL)
    {
      kh_command_absorb (top, command);
      kh_command_set_time (top, now);
      kh_command_free (command);
    }
  else if (self->groups->len > 0)
    {
      kh_command_group_add (top_of (self->groups), command);
      self->last_pushed = NULL;
    }
  else
    {
      record (self, command, now);
      self->last_pushed = command;
    }

  update_state (self);
  return TRUE;
}

static gboolean
move_step (KhHistory *self, GPtrArray *from, GPtrArray *to, gboolean undo)
{
  KhCommand *command;

  g_return_val_if_fail (KH_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);
  g_return_val_if_fail (!self->applying, FALSE);

  if (from->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (from, from->len - 1);
  self->applying = TRUE;
  kh_command_apply (command, self->plan, undo);
  self->applying = FALSE;
  g_ptr_array_add (to, command);
  self->last_pushed = NULL;
  update_state (self);
  return TRUE;
}

gboolean
kh_history_undo (KhHistory *self)
{
  return move_step (self, self->undo, self->redo, TRUE);
}

gboolean
kh_history_redo (KhHistory *self)
{
  return move_step (self, self->redo, self->undo, FALSE);
}

void
kh_history_mark_saved (KhHistory *self)
{
  g_return_if_fail (KH_IS_HISTORY (self));

  self->saved_serial = current_serial (self);
  self->last_pushed = NULL;
  update_state (self);
}

void
kh_history_mark_unsaved (KhHistory *self)
{
  g_return_if_fail (KH_IS_HISTORY (self));

  /* No step ever gets this serial. */
  self->saved_serial = G_MAXUINT64;
  update_state (self);
}

void
kh_history_clear (KhHistory *self)
{
  g_return_if_fail (KH_IS_HISTORY (self));
  g_return_if_fail (self->groups->len == 0);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->base_serial = self->next_serial++;
  self->saved_serial = self->base_serial;
  self->last_pushed = NULL;
  update_state (self);
}

void
kh_history_begin_group (KhHistory *self)
{
  g_return_if_fail (KH_IS_HISTORY (self));

  g_ptr_array_add (self->groups, kh_command_new_group ());
  self->last_pushed = NULL;
}

void
kh_history_end_group (KhHistory  *self,
                      const char *label)
{
  KhCommand *group;

  g_return_if_fail (KH_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  if (kh_command_group_size (group) == 0)
    kh_command_free (group);
  else
    {
      kh_command_set_label (group, label);
      if (self->groups->len > 0)
        kh_command_group_add (top_of (self->groups), group);
      else
        record (self, group, self->clock (self->clock_data));
    }
  self->last_pushed = NULL;
  update_state (self);
}

void
kh_history_set_limit (KhHistory *self,
                      guint      max_steps)
{
  g_return_if_fail (KH_IS_HISTORY (self));

  self->limit = max_steps;
  enforce_limit (self);
  update_state (self);
}

void
kh_history_set_clock (KhHistory      *self,
                      KhHistoryClock  clock,
                      gpointer        user_data)
{
  g_return_if_fail (KH_IS_HISTORY (self));

  self->clock = clock ? clock : default_clock;
  self->clock_data = clock ? user_data : NULL;
}

KhPlan *
kh_history_get_plan (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), NULL);
  return self->plan;
}

gboolean
kh_history_get_can_undo (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), FALSE);
  return self->can_undo;
}

gboolean
kh_history_get_can_redo (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), FALSE);
  return self->can_redo;
}

gboolean
kh_history_get_modified (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), FALSE);
  return self->modified;
}

const char *
kh_history_get_undo_label (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), NULL);
  return self->undo_label;
}

const char *
kh_history_get_redo_label (KhHistory *self)
{
  g_return_val_if_fail (KH_IS_HISTORY (self), NULL);
  return self->redo_label;
}

/* GObject */

static void
kh_history_dispose (GObject *object)
{
  KhHistory *self = KH_HISTORY (object);

  /* Steps hold references to nodes and units: release them with the plan. */
  if (self->undo != NULL)
    {
      g_ptr_array_set_size (self->groups, 0);
      g_ptr_array_set_size (self->redo, 0);
      g_ptr_array_set_size (self->undo, 0);
    }
  self->last_pushed = NULL;
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kh_history_parent_class)->dispose (object);
}

static void
kh_history_finalize (GObject *object)
{
  KhHistory *self = KH_HISTORY (object);

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_ptr_array_unref (self->groups);
  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (kh_history_parent_class)->finalize (object);
}

static void
kh_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KhHistory *self = KH_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KhHistory *self = KH_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_history_constructed (GObject *object)
{
  KhHistory *self = KH_HISTORY (object);

  G_OBJECT_CLASS (kh_history_parent_class)->constructed (object);

  g_assert (KH_IS_PLAN (self->plan));
  self->undo_label = g_strdup (_("Undo"));
  self->redo_label = g_strdup (_("Redo"));
}

static void
kh_history_class_init (KhHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kh_history_dispose;
  object_class->finalize = kh_history_finalize;
  object_class->get_property = kh_history_get_property;
  object_class->set_property = kh_history_set_property;
  object_class->constructed = kh_history_constructed;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_history_init (KhHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_command_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_command_free);
  self->next_serial = 1;
  self->clock = default_clock;
}

KhHistory *
kh_history_new (KhPlan *plan)
{
  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  return g_object_new (KH_TYPE_HISTORY, "plan", plan, NULL);
}
