/* kh-unit-map.c — which unit replaces which (the 2025 reorganisation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-next-year.h"
#include "kh-text.h"
#include "kh-unit-map.h"

KhUnitMap *
kh_unit_map_new (const char *name)
{
  KhUnitMap *self = g_new0 (KhUnitMap, 1);

  self->name = kh_text_dup (name);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_unit_map_entry_free);
  return self;
}

void
kh_unit_map_entry_free (KhUnitMapEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->from);
  g_strfreev (entry->aliases);
  g_strfreev (entry->to);
  g_strfreev (entry->alternatives);
  g_free (entry->note);
  g_free (entry);
}

void
kh_unit_map_free (KhUnitMap *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

void
kh_unit_map_add (KhUnitMap      *self,
                 KhUnitMapEntry *entry)
{
  g_ptr_array_add (self->entries, entry);
}

/* Folded, with punctuation dropped: "Sở Văn hóa - Thể thao và Du lịch"
 * and "Sở Văn hóa, Thể thao và Du lịch" give the same key. */
static char *
name_key (const char *name)
{
  g_autofree char *folded = kh_text_fold (name);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '&')
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static gboolean
entry_names (const KhUnitMapEntry *entry, const char *key)
{
  g_autofree char *from = name_key (entry->from);

  if (g_str_equal (from, key))
    return TRUE;
  for (char **alias = entry->aliases; alias && *alias; alias++)
    {
      g_autofree char *alias_key = name_key (*alias);
      if (g_str_equal (alias_key, key))
        return TRUE;
    }
  return FALSE;
}

const KhUnitMapEntry *
kh_unit_map_lookup (const KhUnitMap *self,
                    KhUnit          *unit)
{
  g_autofree char *name = name_key (kh_unit_get_name (unit));
  g_autofree char *short_name = name_key (kh_unit_get_short_name (unit));

  for (guint i = 0; i < self->entries->len; i++)
    {
      const KhUnitMapEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry_names (entry, name) || (short_name[0] && entry_names (entry, short_name)))
        return entry;
    }
  return NULL;
}

GPtrArray *
kh_unit_map_propose (const KhUnitMap *self,
                     KhPlan          *plan)
{
  GListModel *units = kh_plan_get_units (plan);
  guint n = g_list_model_get_n_items (units);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_unit_replacement_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      const KhUnitMapEntry *entry = kh_unit_map_lookup (self, unit);

      if (entry != NULL && entry->to != NULL && entry->to[0] != NULL)
        g_ptr_array_add (out, kh_unit_replacement_new (kh_unit_get_id (unit), entry->to[0]));
    }
  return out;
}
