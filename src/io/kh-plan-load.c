/* kh-plan-load.c — the bytes of a .kehoach file, checked, into a plan.
 *
 * The limits hold before anything is built: the size, UTF-8, the nesting
 * and the length of texts.  When the bytes are no JSON, json-glib's
 * parser says what is wrong where, as users of other GNOME tools read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-plan-format-private.h"
#include "kh-plan-io.h"

static guint
line_at (const char *data, gsize offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* json-glib's parser recurses once per level: it only sees what is not
 * nested too deep for the stack. */
static gboolean
shallow_enough (const char *data, gsize length)
{
  const char *p = data, *end = data + length;
  guint depth = 0;

  while (p < end)
    {
      switch (*p++)
        {
        case '"':
          while (p < end && *p != '"')
            p += *p == '\\' && p + 1 < end ? 2 : 1;
          p++;
          break;
        case '[':
        case '{':
          if (++depth > KH_MAX_JSON_DEPTH)
            return FALSE;
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* "<data>:4:1: Parse error: unexpected …" → "line 4, column 1: Parse error: …" */
static void
set_json_glib_error (GError **error, const GError *json_error)
{
  /* json-glib may quote a text cut in the middle of a character. */
  g_autofree char *valid = g_utf8_make_valid (json_error->message, -1);
  char *message = valid;
  const char *rest;
  guint64 line, column;
  char *end;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  line = g_ascii_strtoull (message, &end, 10);
  if (end != message && *end == ':')
    {
      rest = end + 1;
      column = g_ascii_strtoull (rest, &end, 10);
      if (end != rest && *end == ':')
        {
          g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                       _("The file is not valid JSON: line %u, column %u: %s"),
                       (guint) line, (guint) column, g_strchug (end + 1));
          return;
        }
    }
  g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
               _("The file is not valid JSON: %s"), message);
}

static void
set_syntax_error (GError **error, const char *data, gsize length, gsize offset)
{
  guint line = line_at (data, offset);
  const char *line_start = data + offset;
  g_autofree char *found = NULL;

  if (shallow_enough (data, length))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) json_error = NULL;

      if (!json_parser_load_from_data (parser, data, length, &json_error))
        {
          set_json_glib_error (error, json_error);
          return;
        }
    }

  /* json-glib takes what JSON does not allow (text after the end). */
  if (offset >= length)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                   _("The file is not valid JSON: it ends too soon, at line %u"), line);
      return;
    }
  while (line_start > data && line_start[-1] != '\n')
    line_start--;
  found = g_utf8_substring (data + offset, 0, 1);
  g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
               _("The file is not valid JSON: line %u, column %u: unexpected “%s”"),
               line, (guint) g_utf8_strlen (line_start, data + offset - line_start) + 1, found);
}

gboolean
kh_plan_parse_json (KhJsonDoc   *doc,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  KhJsonFault fault = KH_JSON_FAULT_NONE;
  gsize offset = 0;

  if (kh_json_doc_parse (doc, data, length, KH_MAX_JSON_DEPTH, KH_MAX_STRING_SIZE, &fault, &offset))
    return TRUE;

  switch (fault)
    {
    case KH_JSON_FAULT_TOO_DEEP:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("Line %u: the data is nested deeper than %d levels"),
                   line_at (data, offset), KH_MAX_JSON_DEPTH);
      break;
    case KH_JSON_FAULT_TOO_LONG:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("Line %u: a text is longer than %d MiB"),
                   line_at (data, offset), KH_MAX_STRING_SIZE / (1024 * 1024));
      break;
    case KH_JSON_FAULT_ESCAPE:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                   _("Line %u: a \\u escape in a text stands for no character"),
                   line_at (data, offset));
      break;
    case KH_JSON_FAULT_SYNTAX:
    case KH_JSON_FAULT_NONE:
    default:
      set_syntax_error (error, data, length, offset);
      break;
    }
  return FALSE;
}

static gboolean
only_space (const char *data, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

KhPlan *
kh_plan_load_bytes (GBytes  *bytes,
                    GError **error)
{
  KhJsonDoc doc = { NULL, NULL };
  const char *data, *invalid;
  gsize length;
  KhPlan *plan;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > KH_MAX_FILE_SIZE)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any plan can be"),
                   KH_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                   _("Line %u: the file is not UTF-8 text"), line_at (data, invalid - data));
      return NULL;
    }
  /* Editors on Windows may start a UTF-8 file with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (only_space (data, length))
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }

  if (!kh_plan_parse_json (&doc, data, length, error))
    return NULL;
  plan = kh_plan_read_json (&doc, error);
  kh_json_doc_clear (&doc);
  return plan;
}

KhPlan *
kh_plan_load (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Do not read gigabytes only to refuse them. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR
      && g_file_info_get_size (info) > KH_MAX_FILE_SIZE)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any plan can be"),
                   KH_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if ((bytes = kh_io_load_file (file, error)) == NULL)
    return NULL;
  return kh_plan_load_bytes (bytes, error);
}
