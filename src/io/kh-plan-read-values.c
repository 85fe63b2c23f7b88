/* kh-plan-read-values.c — typed values of a KhJsonDoc, with their place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-json-writer-private.h"
#include "kh-plan-format-private.h"
#include "kh-plan-read-private.h"

/* Places and errors ------------------------------------------------------ */

static void
append_place (GString *out, const KhReadPlace *place)
{
  if (place == NULL)
    return;
  append_place (out, place->up);
  if (place->member != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, place->member);
    }
  else
    g_string_append_printf (out, "[%u]", place->index);
}

char *
kh_read_place_string (const KhReadPlace *place)
{
  GString *out = g_string_new (NULL);

  append_place (out, place);
  return g_string_free (out, FALSE);
}

gboolean
kh_read_fail (GError            **error,
              KhIoError           code,
              const KhReadPlace  *place,
              const char         *format,
              ...)
{
  g_autofree char *what = NULL;
  g_autofree char *where = kh_read_place_string (place);
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (*where == '\0')
    g_set_error_literal (error, KH_IO_ERROR, code, what);
  else
    /* TRANSLATORS: a place in the file ("nodes[2].lead[0]"), then what is wrong there */
    g_set_error (error, KH_IO_ERROR, code, _("%s: %s"), where, what);
  return FALSE;
}


/* Typed access ----------------------------------------------------------- */

gboolean
kh_read_is (const KhJsonDoc *doc, guint value, KhJsonType type)
{
  return kh_json_doc_type (doc, value) == type;
}

gboolean
kh_read_object (const KhJsonDoc *doc, guint value, const KhReadPlace *place, KhReadObject *out, GError **error)
{
  if (!kh_read_is (doc, value, KH_JSON_OBJECT))
    return kh_read_invalid (error, place, _("expected an object"));
  out->doc = doc;
  out->object = value;
  out->place = place;
  out->seen = 0;
  out->hint = 0;
  return TRUE;
}

gboolean
kh_read_array (const KhJsonDoc *doc, guint value, const KhReadPlace *place, GError **error)
{
  if (!kh_read_is (doc, value, KH_JSON_ARRAY))
    return kh_read_invalid (error, place, _("expected an array"));
  return TRUE;
}

/* The member @name of @o, or KH_JSON_NONE. */
guint
kh_read_member (KhReadObject *o, const char *name)
{
  guint value = kh_json_doc_member (o->doc, o->object, name, &o->hint);

  if (value != KH_JSON_NONE)
    o->seen++;
  return value;
}

gboolean
kh_read_missing (GError **error, KhReadObject *o, const char *name)
{
  return kh_read_invalid (error, o->place, _("the member “%s” is missing"), name);
}


/* Sets *@out to the string member @name, untouched when absent. */
gboolean
kh_read_string (KhReadObject *o, const char *name, gboolean required, const char **out, GError **error)
{
  guint value = kh_read_member (o, name);
  KhReadPlace at = KH_READ_MEMBER_PLACE (o, name);

  if (value == KH_JSON_NONE)
    return !required || kh_read_missing (error, o, name);
  if (!kh_read_is (o->doc, value, KH_JSON_STRING))
    return kh_read_invalid (error, &at, _("expected a string"));
  *out = kh_json_doc_string (o->doc, value);
  return TRUE;
}

gboolean
kh_read_int (KhReadObject *o, const char *name, gboolean required, gint64 *out, GError **error)
{
  guint value = kh_read_member (o, name);
  KhReadPlace at = KH_READ_MEMBER_PLACE (o, name);

  if (value == KH_JSON_NONE)
    return !required || kh_read_missing (error, o, name);
  if (!kh_read_is (o->doc, value, KH_JSON_INT))
    return kh_read_invalid (error, &at, _("expected an integer"));
  *out = kh_json_doc_int (o->doc, value);
  return TRUE;
}

gboolean
kh_read_each (const KhJsonDoc    *doc,
              guint               value,
              const KhReadPlace  *place,
              KhReadEachFunc      func,
              gpointer            user_data,
              GError            **error)
{
  guint n, element;

  if (!kh_read_array (doc, value, place, error))
    return FALSE;

  n = kh_json_doc_n_items (doc, value);
  element = kh_json_doc_first (doc, value);
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (doc, element))
    {
      KhReadPlace element_at = { place, NULL, i };

      if (!func (element, &element_at, user_data, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const KhJsonDoc *doc;
  GStrvBuilder    *strv;
} StrvRead;

static gboolean
read_strv_element (guint element, const KhReadPlace *at, gpointer data, GError **error)
{
  StrvRead *read = data;

  if (!kh_read_is (read->doc, element, KH_JSON_STRING))
    return kh_read_invalid (error, at, _("expected a string"));
  g_strv_builder_add (read->strv, kh_json_doc_string (read->doc, element));
  return TRUE;
}

gboolean
kh_read_strv (KhReadObject *o, const char *name, GStrv *out, GError **error)
{
  guint value = kh_read_member (o, name);
  KhReadPlace at = KH_READ_MEMBER_PLACE (o, name);
  g_autoptr(GStrvBuilder) strv = NULL;
  StrvRead read;

  if (value == KH_JSON_NONE)
    return TRUE;
  strv = g_strv_builder_new ();
  read.doc = o->doc;
  read.strv = strv;
  if (!kh_read_each (o->doc, value, &at, read_strv_element, &read, error))
    return FALSE;
  *out = g_strv_builder_end (strv);
  return TRUE;
}

/* Unknown members -------------------------------------------------------- */

/* The members of @o not in @known, as a new object in *@unknown (left
 * NULL when there are none).  A name written twice is refused: which of
 * the two was meant cannot be told. */
gboolean
kh_read_unknown (KhReadObject *o, const char * const *known, JsonObject **unknown, GError **error)
{
  guint n = kh_json_doc_n_items (o->doc, o->object);
  guint first = kh_json_doc_first (o->doc, o->object);
  guint key = first;

  if (n <= o->seen)
    return TRUE;

  for (guint i = 0; i < n; i++, key = kh_json_doc_next (o->doc, key + 1))
    {
      const char *name = kh_json_doc_string (o->doc, key);

      for (guint k = first; k != key; k = kh_json_doc_next (o->doc, k + 1))
        if (strcmp (kh_json_doc_string (o->doc, k), name) == 0)
          return kh_read_invalid (error, o->place, _("the member “%s” is written twice"), name);
      if (kh_member_is_known (known, name))
        continue;
      if (*unknown == NULL)
        *unknown = json_object_new ();
      json_object_set_member (*unknown, name, kh_json_doc_to_node (o->doc, key + 1));
    }
  return TRUE;
}

/* Keeps the unknown members of @o in @extras, name → JSON text. */
gboolean
kh_read_keep_unknown (KhReadObject *o, const char * const *known, GHashTable *extras, GError **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!kh_read_unknown (o, known, &unknown, error))
    return FALSE;
  if (unknown == NULL)
    return TRUE;
  json_object_iter_init (&iter, unknown);
  while (json_object_iter_next (&iter, &name, &value))
    g_hash_table_replace (extras, g_strdup (name), kh_json_to_compact_text (value));
  return TRUE;
}

/* Keeps @unknown, found inside the known member @name, in @extras. */
void
kh_read_keep_nested (GHashTable *extras, const char *name, JsonObject *unknown)
{
  g_autoptr(JsonNode) node = NULL;

  if (unknown == NULL)
    return;
  node = json_node_init_object (json_node_alloc (), unknown);
  g_hash_table_replace (extras, g_strdup (name), kh_json_to_compact_text (node));
}

