/* kh-amount.c — sums of money (đồng) as the user reads and types them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-amount.h"

#include <locale.h>
#include <string.h>

static const char *
thousands_separator (KhLanguage language)
{
  const struct lconv *conv = localeconv ();

  if (conv->thousands_sep != NULL && conv->thousands_sep[0] != '\0')
    return conv->thousands_sep;
  return language == KH_LANGUAGE_EN ? "," : ".";
}

char *
kh_amount_format (gint64     amount,
                  KhLanguage language)
{
  g_autofree char *digits = NULL;
  const char *separator;
  GString *out;
  gsize len;

  if (amount <= 0)
    return g_strdup ("");

  digits = g_strdup_printf ("%" G_GINT64_FORMAT, amount);
  separator = thousands_separator (language);
  len = strlen (digits);
  out = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* TRUE when @p starts with a character people put between groups of
 * digits; *@len is its length in bytes. */
static gboolean
is_separator (const char *p, gsize *len)
{
  gunichar c = g_utf8_get_char (p);

  *len = g_utf8_next_char (p) - p;
  /* U+00A0 and U+202F are the no-break spaces of some locales. */
  return c == '.' || c == ',' || c == ' ' || c == '\'' || c == 0x00A0 || c == 0x202F;
}

gboolean
kh_amount_parse (const char *text,
                 gint64     *amount)
{
  static const char * const currencies[] = { "đồng", "vnđ", "vnd", "đ" };
  g_autofree char *folded = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 value = 0;
  const char *p;
  gsize end;

  g_return_val_if_fail (amount != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  folded = g_utf8_strdown (text, -1);
  g_strstrip (folded);
  end = strlen (folded);
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_str_has_suffix (folded, currencies[i]))
      {
        end -= strlen (currencies[i]);
        break;
      }

  for (p = folded; p < folded + end; )
    {
      gsize len;

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          p++;
        }
      else if (is_separator (p, &len))
        p += len;
      else
        return FALSE;
    }

  if (digits->len > 0
      && !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT64, &value, NULL))
    return FALSE;

  *amount = (gint64) value;
  return TRUE;
}
