/* kh-unit-list-io.c — reading the default unit lists (data/units/NAME.json).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kh-unit-list-io.h"
#include "kh-plan-io.h"
#include "kh-plan-format-private.h"
#include "kh-i18n.h"

static gpointer
fail (GError **error, KhIoError code, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gpointer
fail (GError **error, KhIoError code, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (KH_IO_ERROR, code, format, args));
  va_end (args);
  return NULL;
}

/* The string member @member of @object, "" when absent and optional;
 * NULL (with @error set) when it is of the wrong type or required. */
static const char *
read_string (JsonObject  *object,
             const char  *path,
             const char  *member,
             gboolean     required,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *place = NULL;
  const char *value;

  if (node == NULL && !required)
    return "";
  place = path[0] ? g_strconcat (path, ".", member, NULL) : g_strdup (member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, KH_IO_ERROR_INVALID,
                 /* TRANSLATORS: %s: the place in the file, "units[3].name" */
                 _("%s: expected a string"), place);
  value = json_node_get_string (node);
  if (required && value[0] == '\0')
    return fail (error, KH_IO_ERROR_INVALID, _("%s: must not be empty"), place);
  return value;
}

static KhUnit *
read_unit (JsonNode   *node,
           const char *path,
           GError    **error)
{
  JsonObject *object;
  const char *id, *name, *short_name, *group;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, KH_IO_ERROR_INVALID, _("%s: expected an object"), path);
  object = json_node_get_object (node);

  if ((id = read_string (object, path, "id", TRUE, error)) == NULL
      || (name = read_string (object, path, "name", TRUE, error)) == NULL
      || (short_name = read_string (object, path, "short", FALSE, error)) == NULL
      || (group = read_string (object, path, "group", FALSE, error)) == NULL)
    return NULL;
  return kh_unit_new (id, name, short_name, group);
}

/* Checks "format" and "version" of the document @root. */
static gboolean
check_header (JsonObject *root, GError **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format)
      || json_node_get_value_type (format) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (format), KH_UNIT_LIST_FORMAT_NAME) != 0)
    {
      fail (error, KH_IO_ERROR_NOT_A_PLAN,
            _("This is not a Kehoach unit list (“format” is not “%s”)"),
            KH_UNIT_LIST_FORMAT_NAME);
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      fail (error, KH_IO_ERROR_INVALID, _("version: expected an integer"));
      return FALSE;
    }
  number = json_node_get_int (version);
  if (number > KH_UNIT_LIST_FORMAT_VERSION)
    {
      fail (error, KH_IO_ERROR_NEWER_VERSION,
            /* TRANSLATORS: %d: a version number of the file format */
            _("This unit list was written by a newer version of Kehoach (format version %d); update Kehoach to read it"),
            (int) MIN (number, G_MAXINT));
      return FALSE;
    }
  if (number < 1)
    {
      fail (error, KH_IO_ERROR_INVALID, _("version: expected an integer from 1 to %d"),
            KH_UNIT_LIST_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
read_units (JsonObject *root, GError **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *node = json_object_get_member (root, "units");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, KH_IO_ERROR_INVALID, _("units: expected an array"));
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("units[%u]", i);
      KhUnit *unit = read_unit (json_array_get_element (array, i), path, error);

      if (unit == NULL)
        return NULL;
      g_ptr_array_add (units, unit);
      if (!g_hash_table_add (ids, (gpointer) kh_unit_get_id (unit)))
        return fail (error, KH_IO_ERROR_INVALID,
                     /* TRANSLATORS: %s: the place in the file, then a unit id */
                     _("%s.id: “%s” is used by another unit"), path, kh_unit_get_id (unit));
    }
  return g_steal_pointer (&units);
}

GPtrArray *
kh_unit_list_load_bytes (GBytes  *bytes,
                         char   **name,
                         GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  gsize size = 0;
  const char *data;
  JsonNode *root;
  const char *list_name;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > KH_MAX_FILE_SIZE)
    return fail (error, KH_IO_ERROR_TOO_LARGE,
                 _("The file is too large for a unit list (more than %d MB)"),
                 KH_MAX_FILE_SIZE / (1024 * 1024));
  if (!g_utf8_validate (data, size, NULL))
    return fail (error, KH_IO_ERROR_NOT_JSON, _("The file is not UTF-8 text"));
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    return fail (error, KH_IO_ERROR_NOT_JSON,
                 /* TRANSLATORS: %s: the JSON parser's own message */
                 _("The file is not valid JSON: %s"), parse_error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, KH_IO_ERROR_NOT_A_PLAN,
                 _("This is not a Kehoach unit list (“format” is not “%s”)"),
                 KH_UNIT_LIST_FORMAT_NAME);
  if (!check_header (json_node_get_object (root), error))
    return NULL;
  list_name = read_string (json_node_get_object (root), "", "name", FALSE, error);
  if (list_name == NULL)
    return NULL;
  if (name != NULL)
    *name = g_strdup (list_name);
  return read_units (json_node_get_object (root), error);
}

GPtrArray *
kh_unit_list_load (GFile   *file,
                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = kh_io_load_file (file, error);
  if (bytes == NULL)
    return NULL;
  return kh_unit_list_load_bytes (bytes, NULL, error);
}

GFile *
kh_unit_list_default_file (const char *name)
{
  g_autofree char *basename = g_strconcat (name, ".json", NULL);

  if (kh_i18n_running_uninstalled ())
    return g_file_new_build_filename (SOURCE_DATADIR, "units", basename, NULL);
  return g_file_new_build_filename (PKGDATADIR, "units", basename, NULL);
}
