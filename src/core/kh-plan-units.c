/* kh-plan-units.c — a plan's unit list: the units in order, looked up
 * by id, and fresh ids for new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-private.h"
#include "kh-text.h"

static void
on_unit_notify (KhUnit     *unit,
                GParamSpec *pspec,
                KhPlan     *self)
{
  _kh_plan_emit_units_changed (self);
  _kh_plan_emit_changed (self);
}

GListModel *
kh_plan_get_units (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->units);
}

KhUnit *
kh_plan_lookup_unit (KhPlan     *self,
                     const char *id)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return id ? g_hash_table_lookup (self->units_by_id, id) : NULL;
}

gboolean
kh_plan_insert_unit (KhPlan *self,
                     guint   position,
                     KhUnit *unit)
{
  g_return_val_if_fail (KH_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KH_IS_UNIT (unit), FALSE);

  if (g_hash_table_contains (self->units_by_id, kh_unit_get_id (unit)))
    return FALSE;

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->units)));
  g_hash_table_insert (self->units_by_id, (gpointer) kh_unit_get_id (unit), unit);
  g_signal_connect (unit, "notify", G_CALLBACK (on_unit_notify), self);
  g_list_store_insert (self->units, position, unit);
  _kh_plan_emit_units_changed (self);
  _kh_plan_emit_changed (self);
  return TRUE;
}

void
kh_plan_remove_unit (KhPlan *self,
                     KhUnit *unit)
{
  guint position;

  g_return_if_fail (KH_IS_PLAN (self));
  g_return_if_fail (KH_IS_UNIT (unit));

  if (!g_list_store_find (self->units, unit, &position))
    return;
  g_hash_table_remove (self->units_by_id, kh_unit_get_id (unit));
  g_signal_handlers_disconnect_by_data (unit, self);
  g_list_store_remove (self->units, position);
  _kh_plan_emit_units_changed (self);
  _kh_plan_emit_changed (self);
}

guint
kh_plan_get_unit_position (KhPlan *self,
                           KhUnit *unit)
{
  guint position = G_MAXUINT;

  g_return_val_if_fail (KH_IS_PLAN (self), G_MAXUINT);
  g_list_store_find (self->units, unit, &position);
  return position;
}

/* "Sở Thông tin và Truyền thông" → "so-thong-tin-va-truyen-thong" */
static char *
slug_of (const char *name)
{
  g_autofree char *folded = kh_text_fold (name);
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = folded; *p && slug->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, *p);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (slug->len == 0)
    g_string_append (slug, "unit");
  return g_string_free (slug, FALSE);
}

char *
kh_plan_new_unit_id (KhPlan     *self,
                     const char *name)
{
  g_autofree char *slug = slug_of (name);
  char *id = g_strconcat ("u-", slug, NULL);

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  for (guint n = 2; g_hash_table_contains (self->units_by_id, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("u-%s-%u", slug, n);
    }
  return id;
}
