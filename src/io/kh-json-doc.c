/* kh-json-doc.c — a JSON document read into one flat array (RFC 8259).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-json-doc-private.h"

typedef struct
{
  guint8  type;     /* KhJsonType */
  guint32 start;    /* strings: offset of the decoded text */
  guint32 next;     /* the token after this value and all inside it */
  union {
    gint64   integer;
    double   number;
    guint32  count;  /* objects: members; arrays: elements */
    gboolean boolean;
  } v;
} KhJsonToken;

#define TOKEN(doc, i) (&g_array_index ((doc)->tokens, KhJsonToken, (i)))

typedef struct
{
  KhJsonDoc  *doc;
  char       *p;
  char       *end;
  GArray     *open;        /* indices of the containers not closed yet */
  guint       max_depth;
  gsize       max_string;
  KhJsonFault fault;
  char       *fault_at;
} Parser;

static gboolean
fail (Parser *s, KhJsonFault fault, char *at)
{
  s->fault = fault;
  s->fault_at = at;
  return FALSE;
}

static guint
add_token (Parser *s, KhJsonType type)
{
  KhJsonToken token = { type, 0, 0, { 0 } };

  g_array_append_val (s->doc->tokens, token);
  return s->doc->tokens->len - 1;
}

static void
skip_space (Parser *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits at @p, or -1. */
static int
read_hex4 (Parser *s, const char *p)
{
  int value = 0;

  if (s->end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Decodes an escape at s->p (the backslash) to @w; an escape is always
 * longer than what it stands for, so decoding in place is safe. */
static gboolean
decode_escape (Parser *s, char **w)
{
  char *escape = s->p;
  int code, low;

  if (s->end - s->p < 2)
    return fail (s, KH_JSON_FAULT_SYNTAX, escape);

  switch (s->p[1])
    {
    case '"': *(*w)++ = '"'; break;
    case '\\': *(*w)++ = '\\'; break;
    case '/': *(*w)++ = '/'; break;
    case 'b': *(*w)++ = '\b'; break;
    case 'f': *(*w)++ = '\f'; break;
    case 'n': *(*w)++ = '\n'; break;
    case 'r': *(*w)++ = '\r'; break;
    case 't': *(*w)++ = '\t'; break;
    case 'u':
      if ((code = read_hex4 (s, s->p + 2)) < 0)
        return fail (s, KH_JSON_FAULT_SYNTAX, escape);
      s->p += 4;
      if (code >= 0xDC00 && code <= 0xDFFF)
        return fail (s, KH_JSON_FAULT_ESCAPE, escape);
      if (code >= 0xD800 && code <= 0xDBFF)
        {
          if (s->end - s->p < 8 || s->p[2] != '\\' || s->p[3] != 'u'
              || (low = read_hex4 (s, s->p + 4)) < 0xDC00 || low > 0xDFFF)
            return fail (s, KH_JSON_FAULT_ESCAPE, escape);
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          s->p += 6;
        }
      /* A C string cannot hold U+0000. */
      if (code == 0)
        return fail (s, KH_JSON_FAULT_ESCAPE, escape);
      *w += g_unichar_to_utf8 (code, *w);
      break;
    default:
      return fail (s, KH_JSON_FAULT_SYNTAX, escape);
    }
  s->p += 2;
  return TRUE;
}

/* s->p is at the opening quote. */
static gboolean
parse_string (Parser *s)
{
  char *quote = s->p;
  char *start = ++s->p;
  char *w;
  guint index;

  /* Most strings have no escape: nothing to move. */
  while (s->p < s->end && *s->p != '"' && *s->p != '\\')
    s->p++;
  w = s->p;
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\')
        {
          if (!decode_escape (s, &w))
            return FALSE;
        }
      else
        *w++ = *s->p++;
    }
  if (s->p >= s->end)
    return fail (s, KH_JSON_FAULT_SYNTAX, quote);
  if ((gsize) (s->p - start) > s->max_string)
    return fail (s, KH_JSON_FAULT_TOO_LONG, quote);

  *w = '\0';
  s->p++;
  index = add_token (s, KH_JSON_STRING);
  TOKEN (s->doc, index)->start = start - s->doc->text;
  TOKEN (s->doc, index)->next = index + 1;
  return TRUE;
}

static gboolean
skip_digits (Parser *s)
{
  char *first = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > first;
}

static gboolean
parse_number (Parser *s)
{
  char *start = s->p;
  gboolean integer = TRUE;
  guint64 magnitude = 0;
  guint index;

  if (*s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!skip_digits (s))
    return fail (s, KH_JSON_FAULT_SYNTAX, start);
  if (s->p < s->end && *s->p == '.')
    {
      integer = FALSE;
      s->p++;
      if (!skip_digits (s))
        return fail (s, KH_JSON_FAULT_SYNTAX, start);
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      integer = FALSE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!skip_digits (s))
        return fail (s, KH_JSON_FAULT_SYNTAX, start);
    }

  /* Integers beyond 64 bits are kept as doubles. */
  for (const char *d = start + (*start == '-'); integer && d < s->p; d++)
    {
      guint digit = *d - '0';

      if (magnitude > (G_MAXUINT64 - digit) / 10)
        integer = FALSE;
      else
        magnitude = magnitude * 10 + digit;
    }
  if (integer && magnitude > (guint64) G_MAXINT64 + (*start == '-'))
    integer = FALSE;

  index = add_token (s, integer ? KH_JSON_INT : KH_JSON_DOUBLE);
  if (integer)
    TOKEN (s->doc, index)->v.integer = *start == '-' ? (gint64) (0 - magnitude) : (gint64) magnitude;
  else
    /* The text ends with a NUL, so strtod stops in time. */
    TOKEN (s->doc, index)->v.number = g_ascii_strtod (start, NULL);
  TOKEN (s->doc, index)->next = index + 1;
  return TRUE;
}

static gboolean
parse_literal (Parser *s, const char *word, KhJsonType type, gboolean value)
{
  gsize length = strlen (word);
  guint index;

  if ((gsize) (s->end - s->p) < length || memcmp (s->p, word, length) != 0)
    return fail (s, KH_JSON_FAULT_SYNTAX, s->p);
  s->p += length;
  index = add_token (s, type);
  TOKEN (s->doc, index)->v.boolean = value;
  TOKEN (s->doc, index)->next = index + 1;
  return TRUE;
}

static gboolean
open_container (Parser *s, KhJsonType type)
{
  guint index;

  if (s->open->len >= s->max_depth)
    return fail (s, KH_JSON_FAULT_TOO_DEEP, s->p);
  index = add_token (s, type);
  g_array_append_val (s->open, index);
  s->p++;
  return TRUE;
}

static void
close_container (Parser *s)
{
  guint index = g_array_index (s->open, guint, s->open->len - 1);

  TOKEN (s->doc, index)->next = s->doc->tokens->len;
  g_array_set_size (s->open, s->open->len - 1);
  s->p++;
}

/* One value; an object or array is only opened. */
static gboolean
parse_value (Parser *s)
{
  if (s->p >= s->end)
    return fail (s, KH_JSON_FAULT_SYNTAX, s->p);

  switch (*s->p)
    {
    case '{':
      return open_container (s, KH_JSON_OBJECT);
    case '[':
      return open_container (s, KH_JSON_ARRAY);
    case '"':
      return parse_string (s);
    case 't':
      return parse_literal (s, "true", KH_JSON_BOOLEAN, TRUE);
    case 'f':
      return parse_literal (s, "false", KH_JSON_BOOLEAN, FALSE);
    case 'n':
      return parse_literal (s, "null", KH_JSON_NULL, FALSE);
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        return parse_number (s);
      return fail (s, KH_JSON_FAULT_SYNTAX, s->p);
    }
}

/* After a value inside the innermost open container: close it, or read
 * the separator and start its next item. */
static gboolean
parse_next_item (Parser *s)
{
  guint index = g_array_index (s->open, guint, s->open->len - 1);
  KhJsonToken *container = TOKEN (s->doc, index);
  gboolean is_object = container->type == KH_JSON_OBJECT;

  skip_space (s);
  if (s->p >= s->end)
    return fail (s, KH_JSON_FAULT_SYNTAX, s->p);
  if (*s->p == (is_object ? '}' : ']'))
    {
      close_container (s);
      return TRUE;
    }
  if (container->v.count++ > 0)
    {
      if (*s->p != ',')
        return fail (s, KH_JSON_FAULT_SYNTAX, s->p);
      s->p++;
      skip_space (s);
    }
  if (is_object)
    {
      if (s->p >= s->end || *s->p != '"' || !parse_string (s))
        return s->fault != KH_JSON_FAULT_NONE ? FALSE : fail (s, KH_JSON_FAULT_SYNTAX, s->p);
      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return fail (s, KH_JSON_FAULT_SYNTAX, s->p);
      s->p++;
      skip_space (s);
    }
  return parse_value (s);
}

gboolean
kh_json_doc_parse (KhJsonDoc   *doc,
                   const char  *data,
                   gsize        length,
                   guint        max_depth,
                   gsize        max_string,
                   KhJsonFault *fault,
                   gsize       *offset)
{
  Parser s = { doc, NULL, NULL, NULL, max_depth, max_string, KH_JSON_FAULT_NONE, NULL };
  gboolean ok;

  g_return_val_if_fail (length < G_MAXUINT32, FALSE);

  doc->text = g_malloc (length + 1);
  memcpy (doc->text, data, length);
  doc->text[length] = '\0';
  /* About one value per 24 bytes of a pretty plan. */
  doc->tokens = g_array_sized_new (FALSE, FALSE, sizeof (KhJsonToken), length / 24 + 16);
  s.p = doc->text;
  s.end = doc->text + length;
  s.open = g_array_new (FALSE, FALSE, sizeof (guint));

  skip_space (&s);
  ok = parse_value (&s);
  while (ok && s.open->len > 0)
    ok = parse_next_item (&s);
  if (ok)
    {
      skip_space (&s);
      if (s.p < s.end)
        ok = fail (&s, KH_JSON_FAULT_SYNTAX, s.p);
    }
  g_array_unref (s.open);

  if (!ok)
    {
      *fault = s.fault;
      *offset = s.fault_at - doc->text;
      kh_json_doc_clear (doc);
    }
  return ok;
}

void
kh_json_doc_clear (KhJsonDoc *doc)
{
  g_clear_pointer (&doc->text, g_free);
  g_clear_pointer (&doc->tokens, g_array_unref);
}

KhJsonType
kh_json_doc_type (const KhJsonDoc *doc,
                  guint            value)
{
  return TOKEN (doc, value)->type;
}

guint
kh_json_doc_n_items (const KhJsonDoc *doc,
                     guint            value)
{
  KhJsonToken *token = TOKEN (doc, value);

  g_return_val_if_fail (token->type == KH_JSON_OBJECT || token->type == KH_JSON_ARRAY, 0);
  return token->v.count;
}

guint
kh_json_doc_member (const KhJsonDoc *doc,
                    guint            object,
                    const char      *name,
                    guint           *hint)
{
  guint n = kh_json_doc_n_items (doc, object);
  guint end = TOKEN (doc, object)->next;
  guint key = hint != NULL && *hint > object && *hint < end ? *hint : object + 1;

  for (; n > 0; n--)
    {
      if (key >= end)
        key = object + 1;
      if (strcmp (doc->text + TOKEN (doc, key)->start, name) == 0)
        {
          if (hint != NULL)
            *hint = TOKEN (doc, key + 1)->next;
          return key + 1;
        }
      key = TOKEN (doc, key + 1)->next;
    }
  return KH_JSON_NONE;
}

guint
kh_json_doc_first (const KhJsonDoc *doc,
                   guint            container)
{
  return container + 1;
}

guint
kh_json_doc_next (const KhJsonDoc *doc,
                  guint            value)
{
  return TOKEN (doc, value)->next;
}

const char *
kh_json_doc_string (const KhJsonDoc *doc,
                    guint            value)
{
  g_return_val_if_fail (TOKEN (doc, value)->type == KH_JSON_STRING, "");
  return doc->text + TOKEN (doc, value)->start;
}

gint64
kh_json_doc_int (const KhJsonDoc *doc,
                 guint            value)
{
  g_return_val_if_fail (TOKEN (doc, value)->type == KH_JSON_INT, 0);
  return TOKEN (doc, value)->v.integer;
}

gboolean
kh_json_doc_boolean (const KhJsonDoc *doc,
                     guint            value)
{
  g_return_val_if_fail (TOKEN (doc, value)->type == KH_JSON_BOOLEAN, FALSE);
  return TOKEN (doc, value)->v.boolean;
}

JsonNode *
kh_json_doc_to_node (const KhJsonDoc *doc,
                     guint            value)
{
  KhJsonToken *token = TOKEN (doc, value);
  JsonNode *node = json_node_alloc ();

  switch ((KhJsonType) token->type)
    {
    case KH_JSON_OBJECT:
      {
        g_autoptr(JsonObject) object = json_object_new ();
        guint key = value + 1;

        for (guint n = token->v.count; n > 0; n--, key = TOKEN (doc, key + 1)->next)
          json_object_set_member (object, kh_json_doc_string (doc, key),
                                  kh_json_doc_to_node (doc, key + 1));
        return json_node_init_object (node, object);
      }
    case KH_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_sized_new (token->v.count);
        guint element = value + 1;

        for (guint n = token->v.count; n > 0; n--, element = TOKEN (doc, element)->next)
          json_array_add_element (array, kh_json_doc_to_node (doc, element));
        return json_node_init_array (node, array);
      }
    case KH_JSON_STRING:
      return json_node_init_string (node, kh_json_doc_string (doc, value));
    case KH_JSON_INT:
      return json_node_init_int (node, token->v.integer);
    case KH_JSON_DOUBLE:
      return json_node_init_double (node, token->v.number);
    case KH_JSON_BOOLEAN:
      return json_node_init_boolean (node, token->v.boolean);
    case KH_JSON_NULL:
    default:
      return json_node_init_null (node);
    }
}
