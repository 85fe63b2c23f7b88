/* kh-json-writer.c — JSON text laid out as json-glib lays it out.
 *
 * The layout of json-glib 1.6's JsonGenerator.  Pretty (indent 2): a
 * member is `"name" : value`; a non-empty container puts each item on its
 * own line, indented one level deeper; an empty array is `[]`; an empty
 * object is `{`, two spaces per level of the object, `}`.  Compact: no
 * space or line break at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-json-writer-private.h"

typedef struct
{
  gboolean is_array;
  guint    n_items;
} Container;

void
kh_json_writer_init (KhJsonWriter *self,
                     GString      *out,
                     gboolean      pretty)
{
  self->out = out;
  self->pretty = pretty;
  self->open = g_array_new (FALSE, FALSE, sizeof (Container));
}

void
kh_json_writer_clear (KhJsonWriter *self)
{
  g_clear_pointer (&self->open, g_array_unref);
}

static void
indent (KhJsonWriter *self, guint level)
{
  static const char spaces[] = "                                ";
  gsize n = 2 * (gsize) level;

  for (; n > sizeof spaces - 1; n -= sizeof spaces - 1)
    g_string_append_len (self->out, spaces, sizeof spaces - 1);
  g_string_append_len (self->out, spaces, n);
}

static Container *
innermost (KhJsonWriter *self)
{
  return self->open->len > 0 ? &g_array_index (self->open, Container, self->open->len - 1) : NULL;
}

/* Starts a new item of the innermost container: its own line. */
static void
next_item (KhJsonWriter *self, Container *c)
{
  if (c->n_items++ > 0)
    g_string_append_c (self->out, ',');
  if (self->pretty)
    {
      g_string_append_c (self->out, '\n');
      indent (self, self->open->len);
    }
}

/* Where a value goes: after a member name, or as the next array item. */
static void
before_value (KhJsonWriter *self)
{
  Container *c = innermost (self);

  if (c != NULL && c->is_array)
    next_item (self, c);
}

static void
begin (KhJsonWriter *self, gboolean is_array)
{
  Container c = { is_array, 0 };

  before_value (self);
  g_string_append_c (self->out, is_array ? '[' : '{');
  g_array_append_val (self->open, c);
}

static void
end (KhJsonWriter *self, gboolean is_array)
{
  Container *c = innermost (self);
  guint level = self->open->len - 1;

  g_return_if_fail (c != NULL && c->is_array == is_array);

  if (!self->pretty)
    ;
  else if (c->n_items > 0)
    {
      g_string_append_c (self->out, '\n');
      indent (self, level);
    }
  else if (!is_array)
    indent (self, level);
  g_string_append_c (self->out, is_array ? ']' : '}');
  g_array_set_size (self->open, level);
}

void
kh_json_writer_begin_object (KhJsonWriter *self)
{
  begin (self, FALSE);
}

void
kh_json_writer_end_object (KhJsonWriter *self)
{
  end (self, FALSE);
}

void
kh_json_writer_begin_array (KhJsonWriter *self)
{
  begin (self, TRUE);
}

void
kh_json_writer_end_array (KhJsonWriter *self)
{
  end (self, TRUE);
}

/* As json-glib escapes: quote, backslash and the ASCII control
 * characters; everything else, UTF-8 included, as it is. */
static void
append_quoted (GString *out, const char *text)
{
  const char *run = text;
  const char *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;
      const char *escape;

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default: escape = NULL; break;
        }
      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u%04x", c);
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

void
kh_json_writer_member (KhJsonWriter *self,
                       const char   *name)
{
  Container *c = innermost (self);

  g_return_if_fail (c != NULL && !c->is_array);

  next_item (self, c);
  append_quoted (self->out, name);
  if (self->pretty)
    g_string_append_len (self->out, " : ", 3);
  else
    g_string_append_c (self->out, ':');
}

void
kh_json_writer_string (KhJsonWriter *self,
                       const char   *value)
{
  before_value (self);
  append_quoted (self->out, value != NULL ? value : "");
}

void
kh_json_writer_int (KhJsonWriter *self,
                    gint64        value)
{
  before_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
kh_json_writer_boolean (KhJsonWriter *self,
                        gboolean      value)
{
  before_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

static void
write_double (KhJsonWriter *self, double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (self);
  g_ascii_dtostr (buffer, sizeof buffer, value);
  g_string_append (self->out, buffer);
  /* Keep it a double when read back, as json-glib does ("100.0"). */
  if (strpbrk (buffer, ".eEn") == NULL)
    g_string_append (self->out, ".0");
}

void
kh_json_writer_node (KhJsonWriter *self,
                     JsonNode     *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *value;

        kh_json_writer_begin_object (self);
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &value))
          {
            kh_json_writer_member (self, name);
            kh_json_writer_node (self, value);
          }
        kh_json_writer_end_object (self);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        kh_json_writer_begin_array (self);
        for (guint i = 0; i < n; i++)
          kh_json_writer_node (self, json_array_get_element (array, i));
        kh_json_writer_end_array (self);
      }
      break;
    case JSON_NODE_NULL:
      before_value (self);
      g_string_append (self->out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          kh_json_writer_int (self, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_double (self, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          kh_json_writer_boolean (self, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
        default:
          kh_json_writer_string (self, json_node_get_string (node));
          break;
        }
      break;
    }
}

char *
kh_json_to_compact_text (JsonNode *node)
{
  GString *out = g_string_new (NULL);
  KhJsonWriter writer;

  kh_json_writer_init (&writer, out, FALSE);
  kh_json_writer_node (&writer, node);
  kh_json_writer_clear (&writer);
  return g_string_free (out, FALSE);
}
