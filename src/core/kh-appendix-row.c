/* kh-appendix-row.c — how a task reads in the appendix table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-node.h"

G_DEFINE_BOXED_TYPE (KhAppendixRow, kh_appendix_row, kh_appendix_row_copy, kh_appendix_row_free)

KhAppendixRow *
kh_appendix_row_new (void)
{
  return g_new0 (KhAppendixRow, 1);
}

KhAppendixRow *
kh_appendix_row_copy (const KhAppendixRow *self)
{
  KhAppendixRow *copy = kh_appendix_row_new ();

  copy->title = g_strdup (self->title);
  copy->leads = self->leads ? kh_assignment_list_copy (self->leads) : NULL;
  copy->lead_note = g_strdup (self->lead_note);
  copy->cooperating = self->cooperating ? kh_assignment_list_copy (self->cooperating) : NULL;
  copy->cooperate_note = g_strdup (self->cooperate_note);
  copy->timeline = self->timeline ? kh_timeline_copy (self->timeline) : NULL;
  return copy;
}

void
kh_appendix_row_free (KhAppendixRow *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_clear_pointer (&self->leads, g_ptr_array_unref);
  g_free (self->lead_note);
  g_clear_pointer (&self->cooperating, g_ptr_array_unref);
  g_free (self->cooperate_note);
  g_clear_pointer (&self->timeline, kh_timeline_free);
  g_free (self);
}

static gboolean
optional_lists_equal (GPtrArray *a, GPtrArray *b)
{
  if ((a == NULL) != (b == NULL))
    return FALSE;
  return a == NULL || kh_assignment_list_equal (a, b);
}

static gboolean
optional_timelines_equal (const KhTimeline *a, const KhTimeline *b)
{
  if ((a == NULL) != (b == NULL))
    return FALSE;
  return a == NULL || kh_timeline_equal (a, b);
}

gboolean
kh_appendix_row_equal (const KhAppendixRow *a,
                       const KhAppendixRow *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->title, b->title) == 0
      && optional_lists_equal (a->leads, b->leads)
      && g_strcmp0 (a->lead_note, b->lead_note) == 0
      && optional_lists_equal (a->cooperating, b->cooperating)
      && g_strcmp0 (a->cooperate_note, b->cooperate_note) == 0
      && optional_timelines_equal (a->timeline, b->timeline);
}
