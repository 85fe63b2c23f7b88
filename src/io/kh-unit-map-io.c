/* kh-unit-map-io.c — reading a unit replacement map (data/units/README.md).
 *
 * The map is small and hand-edited: every member is checked and a
 * mistake is reported with its place ("replacements[3].to"), so that the
 * person who edited it finds it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-unit-list-io.h"
#include "kh-unit-map-io.h"

static gboolean
fail (GError     **error,
      KhIoError    code,
      const char  *place,
      const char  *what)
{
  if (place == NULL)
    g_set_error_literal (error, KH_IO_ERROR, code, what);
  else
    /* TRANSLATORS: a place in the file ("replacements[3].to"), then what is wrong there */
    g_set_error (error, KH_IO_ERROR, code, _("%s: %s"), place, what);
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* The string member @name of @object at @path: "" when absent and
 * optional; not empty when required. */
static gboolean
read_string (JsonObject  *object,
             const char  *path,
             const char  *name,
             gboolean     required,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *place = path ? g_strconcat (path, ".", name, NULL) : g_strdup (name);
  g_autofree char *squeezed = NULL;

  if (node == NULL && !required)
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!is_string (node))
    return fail (error, KH_IO_ERROR_INVALID, place, _("expected a string"));
  squeezed = g_strstrip (g_strdup (json_node_get_string (node)));
  if (required && squeezed[0] == '\0')
    return fail (error, KH_IO_ERROR_INVALID, place, _("must not be empty"));
  *out = g_steal_pointer (&squeezed);
  return TRUE;
}

/* A list of unit names at @path: NULL when absent and optional. */
static gboolean
read_names (JsonObject  *object,
            const char  *path,
            const char  *name,
            gboolean     required,
            GStrv       *out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *place = g_strconcat (path, ".", name, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  JsonArray *array;
  guint n;

  *out = NULL;
  if (node == NULL && !required)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, KH_IO_ERROR_INVALID, place, _("expected a list of unit names"));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (required && n == 0)
    return fail (error, KH_IO_ERROR_INVALID, place, _("expected at least one unit name"));
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *stripped = NULL;

      if (is_string (element))
        stripped = g_strstrip (g_strdup (json_node_get_string (element)));
      if (stripped == NULL || stripped[0] == '\0')
        return fail (error, KH_IO_ERROR_INVALID, place, _("expected a list of unit names"));
      g_strv_builder_add (names, stripped);
    }
  *out = g_strv_builder_end (names);
  return TRUE;
}

static gboolean
read_entry (KhUnitMap  *map,
            JsonNode   *node,
            const char *path,
            GError    **error)
{
  g_autoptr(KhUnitMapEntry) entry = g_new0 (KhUnitMapEntry, 1);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, KH_IO_ERROR_INVALID, path, _("expected an object"));
  object = json_node_get_object (node);

  if (!read_string (object, path, "from", TRUE, &entry->from, error)
      || !read_names (object, path, "aliases", FALSE, &entry->aliases, error)
      || !read_names (object, path, "to", TRUE, &entry->to, error)
      || !read_names (object, path, "alternatives", FALSE, &entry->alternatives, error)
      || !read_string (object, path, "note", FALSE, &entry->note, error))
    return FALSE;
  kh_unit_map_add (map, g_steal_pointer (&entry));
  return TRUE;
}

static gboolean
check_header (JsonObject *root, GError **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;

  if (!is_string (format)
      || g_strcmp0 (json_node_get_string (format), KH_UNIT_MAP_FORMAT_NAME) != 0)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_A_PLAN,
                   _("This is not a Kehoach unit map (its “format” is not “%s”)"),
                   KH_UNIT_MAP_FORMAT_NAME);
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    return fail (error, KH_IO_ERROR_INVALID, "version", _("expected an integer"));
  number = json_node_get_int (version);
  if (number > KH_UNIT_MAP_FORMAT_VERSION)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NEWER_VERSION,
                   _("This unit map was written by a newer version of Kehoach (format version %d); "
                     "update Kehoach to read it"), (int) MIN (number, G_MAXINT));
      return FALSE;
    }
  if (number < 1)
    {
      g_autofree char *what = g_strdup_printf (_("expected an integer from 1 to %d"),
                                               KH_UNIT_MAP_FORMAT_VERSION);
      return fail (error, KH_IO_ERROR_INVALID, "version", what);
    }
  return TRUE;
}

static KhUnitMap *
read_map (JsonNode *root, GError **error)
{
  g_autoptr(KhUnitMap) map = NULL;
  g_autofree char *name = NULL;
  JsonObject *object;
  JsonNode *node;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_A_PLAN,
                   _("This is not a Kehoach unit map (its “format” is not “%s”)"),
                   KH_UNIT_MAP_FORMAT_NAME);
      return NULL;
    }
  object = json_node_get_object (root);
  if (!check_header (object, error) || !read_string (object, NULL, "name", FALSE, &name, error))
    return NULL;

  map = kh_unit_map_new (name);
  node = json_object_get_member (object, "replacements");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, KH_IO_ERROR_INVALID, "replacements", _("expected an array"));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("replacements[%u]", i);

      if (!read_entry (map, json_array_get_element (array, i), path, error))
        return NULL;
    }
  return g_steal_pointer (&map);
}

KhUnitMap *
kh_unit_map_load_bytes (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  const char *data;
  gsize length;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > KH_MAX_FILE_SIZE)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any unit map can be"),
                   KH_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length == 0)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON, _("The file is not UTF-8 text"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      /* TRANSLATORS: %s: the JSON parser's own message */
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                   _("The file is not valid JSON: %s"), parse_error->message);
      return NULL;
    }
  if ((root = json_parser_get_root (parser)) == NULL)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }
  return read_map (root, error);
}

KhUnitMap *
kh_unit_map_load (GFile   *file,
                  GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = kh_io_load_file (file, error);
  if (bytes == NULL)
    return NULL;
  return kh_unit_map_load_bytes (bytes, error);
}

void
kh_unit_map_add_default_directory (KhUnitMap *self)
{
  static const char * const lists[] = { "province", "commune" };

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(GFile) file = kh_unit_list_default_file (lists[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) units = kh_unit_list_load (file, &error);

      if (units == NULL)
        g_debug ("No default unit list “%s”: %s", lists[i], error->message);
      else
        kh_unit_map_add_directory (self, units);
    }
}

KhUnitMap *
kh_unit_map_load_default (GError **error)
{
  g_autoptr(GFile) file = kh_unit_list_default_file (KH_UNIT_MAP_DEFAULT_NAME);
  KhUnitMap *map = kh_unit_map_load (file, error);

  if (map != NULL)
    kh_unit_map_add_default_directory (map);
  return map;
}
