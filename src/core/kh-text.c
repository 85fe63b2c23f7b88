/* kh-text.c — accent- and case-insensitive keys for Vietnamese text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kh-text.h"

#include <string.h>

static gboolean
is_combining_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK
      || type == G_UNICODE_SPACING_MARK
      || type == G_UNICODE_ENCLOSING_MARK;
}

char *
kh_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  /* Invalid UTF-8 never reaches the model (io validates); be safe anyway. */
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_combining_mark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (c == 0x0110 || c == 0x0111)  /* Đ đ have no decomposition */
        c = 'd';
      else
        c = g_unichar_tolower (c);

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
kh_text_fold_contains (const char *haystack,
                       const char *needle)
{
  g_autofree char *h = kh_text_fold (haystack);
  g_autofree char *n = kh_text_fold (needle);

  return strstr (h, n) != NULL;
}

gboolean
kh_text_fold_equal (const char *a,
                    const char *b)
{
  g_autofree char *fa = kh_text_fold (a);
  g_autofree char *fb = kh_text_fold (b);

  return g_str_equal (fa, fb);
}

char *
kh_text_squeeze (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
kh_text_replace_year (const char *text,
                      int         from,
                      int         to,
                      guint      *n_replaced)
{
  GString *out = g_string_new (NULL);
  guint count = 0;

  for (const char *p = text ? text : ""; *p; )
    {
      gsize run = strspn (p, "0123456789");

      if (run == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (run <= 9 && (int) g_ascii_strtoll (p, NULL, 10) == from)
        {
          g_string_append_printf (out, "%d", to);
          count++;
        }
      else
        g_string_append_len (out, p, (gssize) run);
      p += run;
    }
  if (n_replaced != NULL)
    *n_replaced = count;
  return g_string_free (out, FALSE);
}

gboolean
kh_text_has_year (const char *text,
                  int         year)
{
  guint n = 0;
  g_autofree char *unused = kh_text_replace_year (text, year, year, &n);

  return n > 0;
}
