/* kh-assignment.c — one unit in a task's lead or cooperating list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-assignment.h"
#include "kh-text.h"

G_DEFINE_BOXED_TYPE (KhAssignment, kh_assignment, kh_assignment_copy, kh_assignment_free)

KhAssignment *
kh_assignment_new (KhUnit     *unit,
                   const char *scope)
{
  KhAssignment *self;

  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  self = g_new0 (KhAssignment, 1);
  self->unit = g_object_ref (unit);
  self->scope = kh_text_dup (scope);
  return self;
}

KhAssignment *
kh_assignment_copy (const KhAssignment *self)
{
  return kh_assignment_new (self->unit, self->scope);
}

void
kh_assignment_free (KhAssignment *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->unit);
  g_free (self->scope);
  g_free (self);
}

GPtrArray *
kh_assignment_list_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) kh_assignment_free);
}

GPtrArray *
kh_assignment_list_copy (GPtrArray *list)
{
  GPtrArray *copy = kh_assignment_list_new ();

  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (copy, kh_assignment_copy (g_ptr_array_index (list, i)));
  return copy;
}

gboolean
kh_assignment_list_equal (GPtrArray *a,
                          GPtrArray *b)
{
  guint na = a ? a->len : 0;
  guint nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      KhAssignment *x = g_ptr_array_index (a, i);
      KhAssignment *y = g_ptr_array_index (b, i);

      if (x->unit != y->unit || g_strcmp0 (x->scope, y->scope) != 0)
        return FALSE;
    }
  return TRUE;
}

int
kh_assignment_list_find (GPtrArray *list,
                         KhUnit    *unit)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (((KhAssignment *) g_ptr_array_index (list, i))->unit == unit)
      return (int) i;
  return -1;
}

char *
kh_assignment_list_format (GPtrArray  *list,
                           const char *note,
                           const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);

      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, kh_unit_get_name (a->unit));
      if (a->scope != NULL && a->scope[0] != '\0')
        g_string_append_printf (out, ": %s", a->scope);
    }
  if (note != NULL && note[0] != '\0')
    {
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, note);
    }
  return g_string_free (out, FALSE);
}
