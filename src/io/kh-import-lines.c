/* kh-import-lines.c — the importer's lines and paragraphs.
 *
 * A line loses its Markdown and bold markers, then says what it is: blank,
 * text (with the numbering marker it starts with, if any), a table row, or
 * layout (a page number, a rule).  Paragraphs are lines put back together:
 * Word text has one paragraph a line, but OCR and PDF text break every
 * paragraph into lines, and a page break can fall in a sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-import-private.h"
#include "kh-numbering.h"
#include "kh-text.h"

/* Markup ------------------------------------------------------------------ */

static gboolean
is_boundary (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/* "*x*" and "_x_" lose their markers; "snake_case" and "a * b" keep them. */
static void
strip_emphasis (GString *s)
{
  GString *out = g_string_sized_new (s->len);
  gunichar prev = 0;

  for (const char *p = s->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next_p = g_utf8_next_char (p);
      gunichar next = *next_p ? g_utf8_get_char (next_p) : 0;

      if ((c == '*' || c == '_')
          && ((is_boundary (prev) && !is_boundary (next) && next != 0)
              || (prev != 0 && !g_unichar_isspace (prev) && !is_boundary (prev) && is_boundary (next))))
        continue;
      g_string_append_unichar (out, c);
      prev = c;
    }
  g_string_assign (s, out->str);
  g_string_free (out, TRUE);
}

/* "[text](url)" → "text", or "text (url)" when the text is not the url. */
static void
strip_links (GString *s)
{
  static GRegex *link_slot;
  GRegex *link = kh_import_regex (&link_slot, "!?\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  g_autoptr(GMatchInfo) info = NULL;
  GString *out = g_string_new (NULL);
  gsize done = 0;

  g_regex_match (link, s->str, 0, &info);
  while (g_match_info_matches (info))
    {
      int start, end;
      g_autofree char *label = g_match_info_fetch (info, 1);
      g_autofree char *url = g_match_info_fetch (info, 2);
      const char *bare = strstr (url, "://") ? strstr (url, "://") + 3 : url;

      g_match_info_fetch_pos (info, 0, &start, &end);
      g_string_append_len (out, s->str + done, (gssize) ((gsize) start - done));
      g_string_append (out, label);
      if (*url && !g_str_equal (bare, label) && !g_str_equal (url, label))
        g_string_append_printf (out, " (%s)", url);
      done = (gsize) end;
      g_match_info_next (info, NULL);
    }
  g_string_append (out, s->str + done);
  g_string_assign (s, out->str);
  g_string_free (out, TRUE);
}

char *
kh_import_strip_markup (const char *line)
{
  GString *s = g_string_new (line);
  char *text;
  gsize i = 0;

  g_strstrip (s->str);
  g_string_set_size (s, strlen (s->str));

  /* Headings and quotes: "## 2. …", "> …". */
  while (i < s->len && (s->str[i] == '#' || s->str[i] == '>'))
    i++;
  if (i > 0 && (i == s->len || s->str[i] == ' '))
    g_string_erase (s, 0, (gssize) i);

  /* A Markdown list item "* …" is a bullet. */
  g_strchug (s->str);
  g_string_set_size (s, strlen (s->str));
  if (s->len > 1 && s->str[0] == '*' && s->str[1] == ' ')
    s->str[0] = '-';

  /* Bold and escapes in one pass, then single emphasis and links. */
  {
    GString *out = g_string_sized_new (s->len);

    for (gsize j = 0; j < s->len; j++)
      {
        char c = s->str[j];

        if ((c == '*' || c == '_') && s->str[j + 1] == c)
          j++;
        else if (c == '\\' && g_ascii_ispunct (s->str[j + 1]))
          g_string_append_c (out, s->str[++j]);
        else
          g_string_append_c (out, c);
      }
    g_string_assign (s, out->str);
    g_string_free (out, TRUE);
  }
  strip_emphasis (s);
  if (strchr (s->str, '['))
    strip_links (s);

  text = g_string_free (s, FALSE);
  return g_strstrip (text);
}

/* Markers ------------------------------------------------------------------ */

/* Letters in the order drafters use them, "ê" and "f" included. */
static const char * const letter_order[] = {
  "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
  "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
};

static guint
letter_rank (const char *letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (letter_order); i++)
    if (g_str_equal (letter, letter_order[i]))
      return i + 1;
  return 0;
}

static gunichar
bullet_of (gunichar c)
{
  switch (c)
    {
    case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
    case '_':
      return '-';
    case '+':
      return '+';
    case 0x2022: case 0x00B7: case 0x25CF: case 0x25CB: case 0x25E6: case 0x25AA: case 0x25A0:
    case 0x2023: case 0x2043: case 0x27A2: case 0x2713: case 0xF0B7:
      return 0x2022;
    default:
      return 0;
    }
}

/* Matches @pattern (compiled once into *@slot) at the start of @text:
 * groups 1 to @n into @groups (for the caller to free), the end of the
 * match into *@end. */
static gboolean
match_marker (GRegex **slot, const char *pattern, const char *text,
              char **groups, guint n, int *end)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (!g_regex_match (kh_import_regex (slot, pattern), text, 0, &info))
    return FALSE;
  for (guint i = 0; i < n; i++)
    groups[i] = g_match_info_fetch (info, (int) i + 1);
  g_match_info_fetch_pos (info, 0, NULL, end);
  return TRUE;
}

static gboolean
parse_roman (const char *text, KhMark *mark, gsize *content)
{
  static GRegex *re_slot;
  g_autofree char *numeral = NULL;
  int end;

  if (!match_marker (&re_slot, "^(?:(?:PHẦN|Phần|MỤC|Mục)\\s+)?([IVX]{1,6})(?:\\s*[.):]\\s*|\\s+(?=\\p{Lu}))(?=\\S)",
                     text, &numeral, 1, &end))
    return FALSE;
  for (guint n = 1; n < 40; n++)
    {
      g_autofree char *roman = kh_numbering_roman (n);

      if (g_str_equal (roman, numeral))
        {
          mark->kind = KH_MARK_ROMAN;
          mark->level = 1;
          mark->value = n;
          *content = (gsize) end;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
parse_number (const char *text, KhMark *mark, gsize *content)
{
  /* "1." "1)" "1.1." "1.1" "5.2.1." — sub-numbers have one or two digits
   * ("1.000 người" is no heading), and the text after starts no number. */
  static GRegex *re_slot;
  char *groups[3] = { NULL, NULL, NULL };
  g_autofree char *first = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *end_mark = NULL;
  g_auto(GStrv) parts = NULL;
  int end;

  if (!match_marker (&re_slot, "^([0-9]{1,3})((?:\\.[0-9]{1,2}){0,5})(\\.|\\))?\\s*(?=[^\\s0-9/.,%])",
                     text, groups, 3, &end))
    return FALSE;
  first = groups[0];
  rest = groups[1];
  end_mark = groups[2];
  if (*rest == '\0' && *end_mark == '\0')
    return FALSE;
  /* "1.Text" without a space is a heading; "1)Text" too; "2 Text" is not. */
  if (end > 0 && !g_ascii_isspace (text[end - 1]) && *end_mark == '\0')
    return FALSE;

  parts = g_strsplit (rest, ".", -1);
  mark->kind = KH_MARK_NUMBER;
  mark->level = g_strv_length (parts);  /* rest starts with "." → +1 counts the first */
  if (*rest == '\0')
    mark->level = 1;
  mark->value = (guint) g_ascii_strtoull (*rest ? parts[g_strv_length (parts) - 1] : first, NULL, 10);
  *content = (gsize) end;
  return TRUE;
}

static gboolean
parse_letter (const char *text, KhMark *mark, gsize *content)
{
  static GRegex *re_slot;
  char *groups[2] = { NULL, NULL };
  g_autofree char *letters = NULL;
  g_autofree char *closer = NULL;
  glong n;
  int end;

  if (!match_marker (&re_slot, "^(\\p{Ll}{1,2}|¢)(\\)|[./](?=\\s*\\p{Lu}))\\s*(?=\\S)",
                     text, groups, 2, &end))
    return FALSE;
  letters = groups[0];
  closer = groups[1];
  if (g_str_equal (letters, "¢"))  /* OCR's "c" */
    g_free (letters), letters = g_strdup ("c");

  n = g_utf8_strlen (letters, -1);
  mark->kind = KH_MARK_LETTER;
  mark->level = 1;
  if (n == 1)
    mark->value = letter_rank (letters);
  else
    {
      g_autofree char *second = g_utf8_substring (letters, 1, 2);
      g_autofree char *first_l = g_utf8_substring (letters, 0, 1);

      /* "aa)", "ab)" follow "y)"; other pairs are words ("và)"). */
      if (*closer != ')' || !g_str_equal (first_l, "a") || letter_rank (second) == 0)
        return FALSE;
      mark->value = G_N_ELEMENTS (letter_order) + letter_rank (second);
    }
  if (mark->value == 0)
    return FALSE;
  *content = (gsize) end;
  return TRUE;
}

static gboolean
parse_bullet (const char *text, KhMark *mark, gsize *content)
{
  gunichar c = g_utf8_get_char (text);
  gunichar bullet = bullet_of (c);
  const char *p = g_utf8_next_char (text);
  gboolean spaced = g_unichar_isspace (g_utf8_get_char (p));

  if (bullet == 0)
    return FALSE;
  /* "_ x" is OCR's dash; "-x" a careless one, but "-5" is a number. */
  if (c == '_' && !spaced)
    return FALSE;
  if (!spaced && !g_unichar_isalpha (g_utf8_get_char (p)))
    return FALSE;
  while (*p && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return FALSE;

  mark->kind = KH_MARK_BULLET;
  mark->level = 1;
  mark->value = 0;
  mark->bullet = bullet;
  *content = (gsize) (p - text);
  return TRUE;
}

gboolean
kh_import_mark_parse (const char *text,
                      KhMark     *mark,
                      gsize      *content)
{
  KhMark none = { KH_MARK_NONE, 0, 0, 0 };

  *mark = none;
  *content = 0;
  return parse_roman (text, mark, content)
      || parse_number (text, mark, content)
      || parse_letter (text, mark, content)
      || parse_bullet (text, mark, content)
      || (*mark = none, FALSE);
}

/* Lines -------------------------------------------------------------------- */

static void
line_free (gpointer data)
{
  KhImportLine *line = data;

  g_free (line->text);
  g_free (line);
}

/* A page number ("2", "- 2 -", "Trang 2") or a rule ("-----", "***"). */
static gboolean
is_layout (const char *text)
{
  static GRegex *page_slot;
  GRegex *page = kh_import_regex (&page_slot, "^(?:[-–]\\s*)?(?:(?:Trang|trang|Page|page)\\s+)?[0-9]{1,3}(?:\\s*[-–])?$|^[-_=*~.–—\\s]{3,}$");

  return g_regex_match (page, text, 0, NULL);
}

/* "| a | b |" → "a\tb"; the separator row "|---|:--|" → "". */
static char *
markdown_row (const char *text)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  gboolean rule = TRUE;
  gsize len = strlen (text);

  if (len < 2 || text[0] != '|' || text[len - 1] != '|')
    return NULL;
  parts = g_strsplit (text, "|", -1);
  for (guint i = 1; parts[i] != NULL && parts[i + 1] != NULL; i++)
    {
      char *cell = g_strstrip (g_strdup (parts[i]));

      if (strspn (cell, "-: ") != strlen (cell))
        rule = FALSE;
      g_ptr_array_add (cells, cell);
    }
  g_ptr_array_add (cells, NULL);
  return rule ? g_strdup ("") : g_strjoinv ("\t", (char **) cells->pdata);
}

static guint
count_cells (const char *text)
{
  g_auto(GStrv) cells = g_strsplit (text, "\t", -1);
  guint n = 0;

  for (guint i = 0; cells[i]; i++)
    if (*g_strstrip (cells[i]))
      n++;
  return n;
}

GPtrArray *
kh_import_lines_split (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);
  const char *p = text;
  guint number = 0;

  while (*p)
    {
      const char *eol = strchr (p, '\n');
      gsize len = eol ? (gsize) (eol - p) : strlen (p);
      g_autofree char *raw = g_strndup (p, len);
      KhImportLine *line = g_new0 (KhImportLine, 1);
      g_autofree char *row = NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (raw));

      line->number = ++number;
      row = strchr (raw, '\t') == NULL ? markdown_row (trimmed) : NULL;
      if (row != NULL && *row == '\0')
        {
          line->text = g_strdup ("");
          line->kind = KH_LINE_LAYOUT;
        }
      else if (row != NULL || strchr (raw, '\t') != NULL)
        {
          /* Cells keep their tabs; each is stripped of markup. */
          g_auto(GStrv) cells = g_strsplit (row ? row : raw, "\t", -1);

          for (guint i = 0; cells[i]; i++)
            {
              char *clean = kh_import_strip_markup (cells[i]);

              g_free (cells[i]);
              cells[i] = clean;
            }
          line->text = g_strjoinv ("\t", cells);
          if (count_cells (line->text) >= 2)
            line->kind = KH_LINE_TABLE;
          else
            {
              char *joined = kh_text_squeeze (line->text);

              g_free (line->text);
              line->text = joined;
            }
        }
      else
        line->text = kh_import_strip_markup (raw);

      if (line->kind != KH_LINE_TABLE && line->kind != KH_LINE_LAYOUT)
        {
          if (line->text[0] == '\0')
            line->kind = KH_LINE_BLANK;
          else if (is_layout (line->text))
            line->kind = KH_LINE_LAYOUT;
          else
            {
              line->kind = KH_LINE_TEXT;
              kh_import_mark_parse (line->text, &line->mark, &line->content);
            }
        }

      g_ptr_array_add (lines, line);
      p += len;
      if (*p == '\n')
        p++;
    }
  return lines;
}

/* Paragraphs ------------------------------------------------------------- */

void
kh_import_para_free (KhImportPara *para)
{
  g_free (para->marker);
  g_free (para->text);
  g_free (para);
}

static int
compare_widths (gconstpointer a, gconstpointer b)
{
  glong wa = *(const glong *) a, wb = *(const glong *) b;

  return wa < wb ? -1 : wa > wb;
}

/* How wide a full line of the text is, when the text is broken into lines
 * of one width (OCR, PDF: most lines are near that width); G_MAXSIZE for
 * text with one paragraph a line (Word), whose widths are all over. */
static gsize
wrap_width (GPtrArray *lines, guint start, guint end)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (glong));
  guint near = 0;
  glong width;

  for (guint i = start; i < end; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);

      if (line->kind == KH_LINE_TEXT)
        {
          width = g_utf8_strlen (line->text, -1);
          g_array_append_val (widths, width);
        }
    }
  if (widths->len < 8)
    return G_MAXSIZE;
  g_array_sort (widths, compare_widths);
  width = g_array_index (widths, glong, widths->len * 8 / 10);
  for (guint i = 0; i < widths->len; i++)
    {
      glong w = g_array_index (widths, glong, i);

      if (w * 4 >= width * 3 && w <= width + 5)
        near++;
    }
  return near * 10 >= widths->len * 4 ? (gsize) width : G_MAXSIZE;
}

static KhImportPara *
para_new (KhImportLine *line)
{
  KhImportPara *para = g_new0 (KhImportPara, 1);

  para->first_line = para->last_line = line->number;
  para->mark = line->mark;
  para->table = line->kind == KH_LINE_TABLE;
  para->marker = para->table ? g_strdup ("") : g_strndup (line->text, line->content);
  g_strchomp (para->marker);
  para->text = g_strdup (line->text + line->content);
  if (!para->table)
    {
      char *squeezed = kh_text_squeeze (para->text);

      g_free (para->text);
      para->text = squeezed;
    }
  return para;
}

/* TRUE when @line, after a gap (blank lines, a page number) or right after
 * @para (whose last line is @previous), carries on @para's sentence. */
static gboolean
continues (KhImportPara *para, KhImportLine *previous, KhImportLine *line,
           gboolean gap, gsize width)
{
  gsize field_value;

  gsize previous_width;

  if (para == NULL || para->table || line->kind != KH_LINE_TEXT
      || line->mark.kind != KH_MARK_NONE
      || kh_import_field_parse (line->text, &field_value) != KH_FIELD_NONE)
    return FALSE;
  previous_width = width == G_MAXSIZE ? 0 : (gsize) g_utf8_strlen (previous->text, -1);
  /* A sentence ends the paragraph, but a colon at the end of a full line
   * of broken text only introduces what follows ("các Tạp chí: Sông …"). */
  if (kh_import_ends_sentence (previous->text)
      && !(g_str_has_suffix (previous->text, ":") && !gap && previous_width * 100 >= width * 85))
    return FALSE;
  if (kh_import_starts_lower (line->text))
    return TRUE;
  /* An upper-case start goes on only a full line that has no gap after it. */
  return !gap && previous_width * 10 >= width * 6;
}

/* @para takes the text joined for it. */
static void
para_finish (KhImportPara *para, GString *text)
{
  if (para == NULL)
    return;
  g_free (para->text);
  para->text = g_strdup (text->str);
}

GPtrArray *
kh_import_paragraphs (GPtrArray *lines,
                      guint      start,
                      guint      end)
{
  GPtrArray *paras = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_import_para_free);
  gsize width = wrap_width (lines, start, end);
  KhImportPara *para = NULL;
  KhImportLine *previous = NULL;
  GString *text = g_string_new (NULL);  /* para's text, joined as it grows */
  gboolean gap = FALSE;

  for (guint i = start; i < end; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);

      if (line->kind == KH_LINE_BLANK || line->kind == KH_LINE_LAYOUT)
        {
          gap = TRUE;
          continue;
        }
      if (continues (para, previous, line, gap, width))
        {
          g_autofree char *squeezed = kh_text_squeeze (line->text);

          /* "4422/GN-BTTTT-" at the end of a line goes on without a space:
           * Vietnamese breaks no word with a hyphen, a code is cut there. */
          if (!(text->len >= 2 && text->str[text->len - 1] == '-'
                && g_ascii_isalnum (text->str[text->len - 2])))
            g_string_append_c (text, ' ');
          g_string_append (text, squeezed);
          para->last_line = line->number;
        }
      else
        {
          para_finish (para, text);
          para = para_new (line);
          g_ptr_array_add (paras, para);
          g_string_assign (text, para->text);
        }
      previous = line;
      gap = FALSE;
    }
  para_finish (para, text);
  g_string_free (text, TRUE);
  return paras;
}
