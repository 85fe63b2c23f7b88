/* kh-import-encoding.c — is it text we can read?  Refuses binary files
 * (with a word on what they are), invalid UTF-8, and text in the legacy
 * Vietnamese encodings that offices used before Unicode.
 *
 * TCVN3 (ABC) put Vietnamese letters on Latin-1 codes: "Céng hoµ x· héi
 * chñ nghÜa ViÖt Nam" — symbols (¸ µ · ¹ ¨ © ® « ¬ …) in the middle of words
 * and capitals after small letters.  VNI wrote a letter and then its marks
 * as a second character: "Coäng hoøa xaõ hoäi" — a vowel followed by ø ï û
 * ë ö å ä ü ù õ, which Vietnamese in Unicode never has.  Either is found by
 * how often it happens, so the odd "¢" of a scan does not count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"

#define SAMPLE_BYTES (256 * 1024)

static gboolean
is_ascii_letter (gunichar c)
{
  return c < 0x80 && g_ascii_isalpha ((char) c);
}

static gboolean
is_ascii_vowel (gunichar c)
{
  return c < 0x80 && strchr ("aeiouyAEIOUY", (int) c) != NULL;
}

/* TCVN3's letters that are symbols in Latin-1. */
static gboolean
is_tcvn_symbol (gunichar c)
{
  return (c >= 0xA1 && c <= 0xAE) || (c >= 0xB5 && c <= 0xBE) || c == 0xD7 || c == 0xF7;
}

/* VNI's marks written after a vowel. */
static gboolean
is_vni_mark (gunichar c)
{
  switch (c)
    {
    case 0xF8: case 0xEF: case 0xFB: case 0xEB: case 0xF6:  /* ø ï û ë ö */
    case 0xE5: case 0xE4: case 0xFC: case 0xF9: case 0xF5:  /* å ä ü ù õ */
      return TRUE;
    default:
      return FALSE;
    }
}

KhLegacyEncoding
kh_import_legacy_encoding (const char *text)
{
  guint words = 0, tcvn = 0, vni = 0;
  gunichar prev = 0;
  gboolean in_word = FALSE;
  const char *end = text + MIN (strlen (text), (gsize) SAMPLE_BYTES);

  for (const char *p = text; p < end && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next_p = g_utf8_next_char (p);
      gunichar next = next_p < end ? g_utf8_get_char (next_p) : 0;

      if (g_unichar_isalpha (c) && !in_word)
        words++;
      in_word = g_unichar_isalpha (c) || is_tcvn_symbol (c);

      if (is_tcvn_symbol (c) && (is_ascii_letter (prev) || is_ascii_letter (next)))
        tcvn++;
      else if (c >= 0xC0 && c <= 0xDE && g_unichar_isupper (c) && prev < 0x80 && g_ascii_islower ((char) prev))
        tcvn++;
      else if (is_vni_mark (c) && is_ascii_vowel (prev))
        vni++;
      prev = c;
    }

  if (MAX (tcvn, vni) < 3 || MAX (tcvn, vni) * 20 < words)
    return KH_LEGACY_NONE;
  return tcvn >= vni ? KH_LEGACY_TCVN3 : KH_LEGACY_VNI;
}

static gboolean
refuse_legacy (const char *text, GError **error)
{
  switch (kh_import_legacy_encoding (text))
    {
    case KH_LEGACY_TCVN3:
      g_set_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_LEGACY_ENCODING,
                   _("This text seems to be in the old TCVN3 (ABC) encoding; convert it to Unicode first (for example with UniKey’s converter)"));
      return TRUE;
    case KH_LEGACY_VNI:
      g_set_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_LEGACY_ENCODING,
                   _("This text seems to be in the old VNI encoding; convert it to Unicode first (for example with UniKey’s converter)"));
      return TRUE;
    case KH_LEGACY_NONE:
    default:
      return FALSE;
    }
}

/* What a file that is no text is, when its first bytes say so. */
static const char *
binary_kind (const char *data, gsize len)
{
  if (len >= 4 && memcmp (data, "%PDF", 4) == 0)
    return _("This is a PDF file; open it, copy its text and paste that, or save it as text first");
  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    return _("This is a Word (.docx), OpenDocument or zip file; save the document as plain text (.txt) first");
  if (len >= 4 && memcmp (data, "\320\317\021\340", 4) == 0)
    return _("This is an old Word (.doc) or Excel file; save the document as plain text (.txt) first");
  if (len >= 5 && memcmp (data, "{\\rtf", 5) == 0)
    return _("This is an RTF document; save it as plain text (.txt) first");
  return NULL;
}

/* Too many control characters for text. */
static gboolean
mostly_control (const char *data, gsize len)
{
  gsize sample = MIN (len, (gsize) SAMPLE_BYTES), control = 0;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = (guchar) data[i];

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F)
        control++;
    }
  return control * 20 > sample;
}

/* The line of @data that byte @offset is on, for the message. */
static guint
line_of (const char *data, gsize offset)
{
  const char *end = data + offset;
  guint line = 1;

  for (const char *p = data; (p = memchr (p, '\n', (gsize) (end - p))) != NULL; p++)
    line++;
  return line;
}

char *
kh_import_decode (const char  *data,
                  gsize        len,
                  GError     **error)
{
  const char *kind;
  const char *invalid;
  GString *text;

  if (len > KH_IMPORT_MAX_BYTES)
    {
      g_set_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_TOO_LARGE,
                   _("The text is larger than %u MB; no plan is that long — is this the right file?"),
                   (guint) (KH_IMPORT_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if ((kind = binary_kind (data, len)) != NULL)
    {
      g_set_error_literal (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_BINARY, kind);
      return NULL;
    }

  /* Byte order marks: UTF-8's is dropped, UTF-16 is converted. */
  if (len >= 3 && memcmp (data, "\357\273\277", 3) == 0)
    data += 3, len -= 3;
  else if (len >= 2 && (memcmp (data, "\377\376", 2) == 0 || memcmp (data, "\376\377", 2) == 0))
    {
      gsize written = 0;
      g_autofree char *utf8 = g_convert (data, (gssize) len, "UTF-8", "UTF-16", NULL, &written, NULL);

      if (utf8 == NULL || memchr (utf8, '\0', written) != NULL)
        {
          g_set_error_literal (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_INVALID_UTF8,
                               _("The text says it is UTF-16 but is not valid UTF-16"));
          return NULL;
        }
      return kh_import_decode (utf8, written, error);
    }

  if (memchr (data, '\0', len) != NULL || mostly_control (data, len))
    {
      g_set_error_literal (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_BINARY,
                           _("This is not a text file (it holds binary data)"));
      return NULL;
    }

  if (!g_utf8_validate_len (data, len, &invalid))
    {
      /* Legacy encodings are 8-bit: read as Latin-1 to recognise them. */
      g_autofree char *latin1 = g_convert (data, (gssize) len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);

      if (latin1 != NULL && refuse_legacy (latin1, error))
        return NULL;
      g_set_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8 (line %u); save it as UTF-8 (Unicode) and try again"),
                   line_of (data, (gsize) (invalid - data)));
      return NULL;
    }

  text = g_string_new_len (data, (gssize) len);
  if (refuse_legacy (text->str, error))
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  /* Old Mac line ends ("\r" alone) become "\n"; "\r\n" is handled by the
   * lines. */
  for (gsize i = 0; i < text->len; i++)
    if (text->str[i] == '\r' && text->str[i + 1] != '\n')
      text->str[i] = '\n';

  if (strspn (text->str, " \t\r\n\f\v") == text->len)
    {
      g_string_free (text, TRUE);
      g_set_error_literal (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_EMPTY,
                           _("The text is empty"));
      return NULL;
    }
  return g_string_free (text, FALSE);
}
