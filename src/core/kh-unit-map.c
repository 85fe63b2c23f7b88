/* kh-unit-map.c — which unit replaces which (the 2025 reorganisation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-next-year.h"
#include "kh-text.h"
#include "kh-unit-map.h"
#include "kh-unit-match.h"

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
  g_clear_pointer (&self->directory, g_ptr_array_unref);
  g_free (self);
}

void
kh_unit_map_add (KhUnitMap      *self,
                 KhUnitMapEntry *entry)
{
  g_ptr_array_add (self->entries, entry);
}

void
kh_unit_map_add_directory (KhUnitMap *self,
                           GPtrArray *units)
{
  if (self->directory == NULL)
    self->directory = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; units != NULL && i < units->len; i++)
    g_ptr_array_add (self->directory, g_object_ref (g_ptr_array_index (units, i)));
}

/* TRUE when one of @keys (NULL-terminated) is a key of @name. */
static gboolean
names_key (const char * const *keys,
           const char         *name)
{
  g_auto(GStrv) name_keys = NULL;

  if (name == NULL || name[0] == '\0')
    return FALSE;
  name_keys = kh_unit_match_keys (name);
  for (guint i = 0; name_keys[i] != NULL; i++)
    if (g_strv_contains (keys, name_keys[i]))
      return TRUE;
  return FALSE;
}

static gboolean
entry_names (const KhUnitMapEntry *entry,
             const char * const   *keys)
{
  if (names_key (keys, entry->from))
    return TRUE;
  for (char **alias = entry->aliases; alias != NULL && *alias != NULL; alias++)
    if (names_key (keys, *alias))
      return TRUE;
  return FALSE;
}

/* The keys of @unit's name and short name, in one NULL-terminated array. */
static GStrv
unit_keys (KhUnit *unit)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *names[] = { kh_unit_get_name (unit), kh_unit_get_short_name (unit) };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(GStrv) keys = NULL;

      if (names[i][0] == '\0')
        continue;
      keys = kh_unit_match_keys (names[i]);
      g_strv_builder_addv (builder, (const char **) keys);
    }
  return g_strv_builder_end (builder);
}

const KhUnitMapEntry *
kh_unit_map_lookup (const KhUnitMap *self,
                    KhUnit          *unit)
{
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  keys = unit_keys (unit);
  for (guint i = 0; i < self->entries->len; i++)
    {
      const KhUnitMapEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry_names (entry, (const char * const *) keys))
        return entry;
    }
  return NULL;
}

KhUnit *
kh_unit_map_find_in_directory (const KhUnitMap *self,
                               const char      *name)
{
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->directory == NULL || name == NULL || name[0] == '\0')
    return NULL;
  keys = kh_unit_match_keys (name);
  for (guint i = 0; i < self->directory->len; i++)
    {
      KhUnit *unit = g_ptr_array_index (self->directory, i);

      if (names_key ((const char * const *) keys, kh_unit_get_name (unit)))
        return unit;
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

  g_return_val_if_fail (self != NULL, out);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      const KhUnitMapEntry *entry = kh_unit_map_lookup (self, unit);
      g_auto(GStrv) keys = NULL;
      KhUnitReplacement *replacement;
      KhUnit *successor;

      if (entry == NULL || entry->to == NULL || entry->to[0] == NULL)
        continue;
      /* "Sở Ngoại vụ" kept as it is in a border province's own map. */
      keys = unit_keys (unit);
      if (names_key ((const char * const *) keys, entry->to[0]))
        continue;

      replacement = kh_unit_replacement_new (kh_unit_get_id (unit), entry->to[0]);
      successor = kh_unit_map_find_in_directory (self, entry->to[0]);
      if (successor != NULL)
        replacement->successor = g_object_ref (successor);
      g_ptr_array_add (out, replacement);
    }
  return out;
}
