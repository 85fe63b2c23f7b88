/* kh-import-text.c — small text helpers of the importer: words with their
 * places, folding with a map back to the text, OCR-tolerant word matching.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

static void
word_clear (gpointer data)
{
  g_free (((KhImportWord *) data)->folded);
}

GArray *
kh_import_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (KhImportWord));
  const char *p = text;

  g_array_set_clear_func (words, word_clear);
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      g_autofree char *piece = NULL;
      KhImportWord word;

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (*p && (g_unichar_isalnum (g_utf8_get_char (p)) || g_unichar_ismark (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);

      piece = g_strndup (start, (gsize) (p - start));
      word.start = (gsize) (start - text);
      word.end = (gsize) (p - text);
      word.folded = kh_text_fold (piece);
      g_array_append_val (words, word);
    }
  return words;
}

/* Appends the folded form of @c to @out, as kh_text_fold would. */
static void
append_folded (GString *out, gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n; i++)
    {
      gunichar part = parts[i];

      if (g_unichar_ismark (part))
        continue;
      if (part == 0x0110 || part == 0x0111)  /* Đ đ have no decomposition */
        part = 'd';
      g_string_append_unichar (out, g_unichar_tolower (part));
    }
}

char *
kh_import_fold_map (const char  *text,
                    GArray     **starts,
                    GArray     **ends)
{
  GString *out = g_string_new (NULL);
  GArray *from = g_array_new (FALSE, FALSE, sizeof (gsize));
  GArray *to = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize space_start = 0, space_end = 0;
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize start = (gsize) (p - text);
      gsize end = (gsize) (g_utf8_next_char (p) - text);
      gsize before = out->len;

      if (g_unichar_isspace (c))
        {
          if (!pending_space)
            space_start = start;
          space_end = end;
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          g_array_append_val (from, space_start);
          g_array_append_val (to, space_end);
          before = out->len;
        }
      pending_space = FALSE;
      append_folded (out, c);
      for (gsize i = before; i < out->len; i++)
        {
          g_array_append_val (from, start);
          g_array_append_val (to, end);
        }
    }

  *starts = from;
  *ends = to;
  return g_string_free (out, FALSE);
}

/* At most one insertion, deletion or substitution apart. */
static gboolean
within_one_edit (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize head = 0, tail = 0;

  if ((la > lb ? la - lb : lb - la) > 1)
    return FALSE;
  while (head < la && head < lb && a[head] == b[head])
    head++;
  while (tail < la - head && tail < lb - head && a[la - 1 - tail] == b[lb - 1 - tail])
    tail++;
  /* What is left between the common head and tail is the edit. */
  return la - head - tail <= 1 && lb - head - tail <= 1;
}

gboolean
kh_import_word_near (const char *word,
                     const char *key)
{
  g_autofree char *repaired = NULL;

  if (g_str_equal (word, key))
    return TRUE;
  if (strlen (key) < 3)
    return FALSE;
  /* OCR reads "Đ" as "P" or "D" with a stray letter: "Pon", "DBon". */
  if (key[0] == 'd' && (word[0] == 'p' || word[0] == 'b') && word[1] != 'h')
    word = repaired = g_strconcat ("d", word + 1, NULL);
  else if (key[0] == 'd' && word[0] == 'd' && word[1] == 'b')
    word = repaired = g_strconcat ("d", word + 2, NULL);
  return word[0] == key[0] && within_one_edit (word, key);
}

guint
kh_import_words_match (GArray     *words,
                       guint       first,
                       const char *keys)
{
  g_auto(GStrv) parts = g_strsplit (keys, " ", -1);
  guint n = g_strv_length (parts);

  if (first + n > words->len)
    return 0;
  for (guint i = 0; i < n; i++)
    if (!kh_import_word_near (g_array_index (words, KhImportWord, first + i).folded, parts[i]))
      return 0;
  return n;
}

gboolean
kh_import_ends_sentence (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (g_unichar_isspace (c) || c == '"' || c == 0x201D || c == 0x2019
          || c == ')' || c == '*' || c == '\'')
        {
          end = prev;
          continue;
        }
      return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == 0x2026;
    }
  return FALSE;
}

static gunichar
first_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return c;
      if (g_unichar_isdigit (c))
        return 0;
    }
  return 0;
}

gboolean
kh_import_starts_lower (const char *text)
{
  gunichar c = first_letter (text);

  return c != 0 && g_unichar_islower (c);
}

gboolean
kh_import_starts_upper (const char *text)
{
  gunichar c = first_letter (text);

  return c != 0 && g_unichar_isupper (c);
}

double
kh_import_upper_share (const char *text)
{
  guint letters = 0, upper = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      letters++;
      if (g_unichar_isupper (c))
        upper++;
    }
  return letters ? (double) upper / letters : 0.0;
}

gboolean
kh_import_looks_scanned (const char *text)
{
  guint words = 0, marked = 0;
  gboolean in_word = FALSE, has_mark = FALSE;
  const char *end = text + MIN (strlen (text), (gsize) 64 * 1024);

  /* Vietnamese in Unicode writes most words with a diacritic. */
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!in_word)
            words++;
          in_word = TRUE;
          has_mark |= c >= 0x80;
          continue;
        }
      if (in_word && has_mark)
        marked++;
      in_word = has_mark = FALSE;
    }
  return words >= 20 && marked * 10 < words * 3;
}

char *
kh_import_clean_value (const char *text)
{
  char *value = kh_text_squeeze (text);
  gsize len = strlen (value);

  /* "…/." and "v.v." keep their dots. */
  while (len > 0 && (value[len - 1] == '.' || value[len - 1] == ';' || value[len - 1] == ',')
         && !(len > 1 && (value[len - 2] == '/' || value[len - 2] == '.')))
    value[--len] = '\0';
  g_strchomp (value);
  return value;
}

int
kh_import_title_year (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  int year = 0;

  for (guint i = 0; i + 1 < words->len; i++)
    {
      const char *next = g_array_index (words, KhImportWord, i + 1).folded;
      const char *before = i > 0 ? g_array_index (words, KhImportWord, i - 1).folded : "";
      const char *before2 = i > 1 ? g_array_index (words, KhImportWord, i - 2).folded : "";
      gint64 value;

      if (!kh_import_word_near (g_array_index (words, KhImportWord, i).folded, "nam")
          || strlen (next) != 4 || !g_ascii_string_to_signed (next, 10, 1900, 2200, &value, NULL))
        continue;
      /* "đến năm 2030" is a horizon; "tháng 6 năm 2023" part of a date. */
      if (g_str_equal (before, "den") || g_str_equal (before, "toi")
          || kh_import_word_near (before2, "thang"))
        continue;
      year = (int) value;
    }
  return year;
}

GRegex *
kh_import_regex (GRegex     **slot,
                 const char  *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}
