/* kh-timeline-parse.c — reading a Vietnamese timeline phrase.
 *
 * The phrase is folded (kh_text_fold: no case, no diacritics) and cut into
 * words, numbers and punctuation; small grammars then try to account for
 * every token.  Words match give or take one letter, because the OCR'd plan
 * writes "thudong xuyén", "thyc hién", "nim 2024".
 *
 * The rule for phrases with more words than a pattern: they stay TEXT.
 * "Báo cáo tỉnh phương án thực hiện trước tháng 4/2018" says WHAT is due
 * by April; a deadline would print only "Trước tháng 4/2018" and lose it.
 * Only words that add nothing are accepted around a pattern: a leading
 * duration ("02 ngày, Quý II năm 2018"), "Triển khai thực hiện" before
 * "thường xuyên", "Hoàn thành" before a deadline, "Trong"/"Vào" before a
 * period, "Ngay" before "sau khi".  Two loose kinds take any phrase:
 * EVENT (it starts with "sau khi" or "khi") and PERIODIC without months
 * (it contains "định kỳ": "Giao ban báo chí định kỳ"); both print their
 * text verbatim.  Dates and deadlines need a year ("trước ngày 25 tháng
 * 12" stays text).  ->text always keeps the phrase as written, on one
 * line, without the full stop of the sentence it ended.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-text.h"
#include "kh-timeline.h"

typedef enum {
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
} TokenType;

typedef struct {
  TokenType type;
  char *word;      /* TOKEN_WORD, folded */
  int number;      /* TOKEN_NUMBER; -1 when too long to be anything */
  gunichar punct;  /* TOKEN_PUNCT; every dash is '-' */
} Token;

typedef struct {
  GArray *tokens;
  guint pos;
} Scan;

/* Tokens ------------------------------------------------------------------ */

static void
token_clear (gpointer data)
{
  g_free (((Token *) data)->word);
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static void
flush_word (GArray *tokens, GString *word)
{
  Token token = { TOKEN_WORD, NULL, 0, 0 };

  if (word->len == 0)
    return;
  token.word = g_strndup (word->str, word->len);
  g_array_append_val (tokens, token);
  g_string_truncate (word, 0);
}

static void
flush_number (GArray *tokens, GString *digits)
{
  Token token = { TOKEN_NUMBER, NULL, -1, 0 };

  if (digits->len == 0)
    return;
  if (digits->len <= 9)
    token.number = (int) g_ascii_strtoll (digits->str, NULL, 10);
  g_array_append_val (tokens, token);
  g_string_truncate (digits, 0);
}

static GArray *
tokenize (const char *folded)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) digits = g_string_new (NULL);

  g_array_set_clear_func (tokens, token_clear);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          flush_number (tokens, digits);
          g_string_append_unichar (word, c);
          continue;
        }
      flush_word (tokens, word);
      if (c >= '0' && c <= '9')
        {
          g_string_append_c (digits, (char) c);
          continue;
        }
      flush_number (tokens, digits);
      if (!g_unichar_isspace (c))
        {
          Token token = { TOKEN_PUNCT, NULL, 0, is_dash (c) ? '-' : c };

          g_array_append_val (tokens, token);
        }
    }
  flush_word (tokens, word);
  flush_number (tokens, digits);

  return tokens;
}

static gboolean
is_punct (const Token *token, const char *set)
{
  return token->type == TOKEN_PUNCT && token->punct < 128
      && strchr (set, (int) token->punct) != NULL;
}

/* Sentence punctuation and list bullets are no part of the timeline. */
static void
trim_tokens (GArray *tokens, guint *start)
{
  while (tokens->len > 0
         && is_punct (&g_array_index (tokens, Token, tokens->len - 1), ".;,:"))
    g_array_set_size (tokens, tokens->len - 1);
  while (*start < tokens->len && is_punct (&g_array_index (tokens, Token, *start), "-+*"))
    (*start)++;
}

/* Matching words --------------------------------------------------------- */

static gboolean
one_edit_apart (const char *a, gsize la, const char *b, gsize lb)
{
  gsize i = 0;

  if (la < lb)
    return one_edit_apart (b, lb, a, la);
  if (la - lb > 1)
    return FALSE;

  while (i < lb && a[i] == b[i])
    i++;
  if (i == lb)
    return TRUE;
  if (la == lb)
    return memcmp (a + i + 1, b + i + 1, la - i - 1) == 0;
  return memcmp (a + i + 1, b + i, lb - i) == 0;
}

/* @word is @key (@key_len bytes) give or take one letter, keeping the
 * first letter (and the last one of three-letter keys, so that "nam"
 * never takes "nay"). */
static gboolean
word_matches (const char *word, const char *key, gsize key_len)
{
  gsize word_len = strlen (word);

  if (word_len == key_len && memcmp (word, key, key_len) == 0)
    return TRUE;
  if (key_len < 3 || word[0] != key[0])
    return FALSE;
  if (key_len == 3 && word[word_len - 1] != key[2])
    return FALSE;
  return one_edit_apart (word, word_len, key, key_len);
}

static const Token *
peek (Scan *s)
{
  return s->pos < s->tokens->len ? &g_array_index (s->tokens, Token, s->pos) : NULL;
}

static gboolean
at_end (Scan *s)
{
  return s->pos >= s->tokens->len;
}

/* Accepts one word of @alternatives ("quy|qui"). */
static gboolean
accept_word (Scan *s, const char *alternatives, gsize len)
{
  const Token *token = peek (s);
  const char *alt = alternatives;

  if (token == NULL || token->type != TOKEN_WORD)
    return FALSE;

  while (alt < alternatives + len)
    {
      const char *bar = memchr (alt, '|', (gsize) (alternatives + len - alt));
      gsize alt_len = bar ? (gsize) (bar - alt) : (gsize) (alternatives + len - alt);

      if (word_matches (token->word, alt, alt_len))
        {
          s->pos++;
          return TRUE;
        }
      alt += alt_len + 1;
    }
  return FALSE;
}

/* Accepts the words of @words ("hoan thanh trong") in a row, or none. */
static gboolean
accept (Scan *s, const char *words)
{
  guint start = s->pos;

  while (*words)
    {
      gsize len = strcspn (words, " ");

      if (!accept_word (s, words, len))
        {
          s->pos = start;
          return FALSE;
        }
      words += len;
      while (*words == ' ')
        words++;
    }
  return TRUE;
}

static gboolean
accept_punct (Scan *s, const char *set)
{
  const Token *token = peek (s);

  if (token == NULL || !is_punct (token, set))
    return FALSE;
  s->pos++;
  return TRUE;
}

static gboolean
accept_number (Scan *s, int *value)
{
  const Token *token = peek (s);

  if (token == NULL || token->type != TOKEN_NUMBER)
    return FALSE;
  *value = token->number;
  s->pos++;
  return TRUE;
}

/* Roman (OCR may read I as l) or Arabic. */
static gboolean
accept_quarter (Scan *s, int *quarter)
{
  static const char * const roman[] = { "i", "ii", "iii", "iv" };
  const Token *token = peek (s);
  g_autofree char *word = NULL;

  if (accept_number (s, quarter))
    return TRUE;
  if (token == NULL || token->type != TOKEN_WORD)
    return FALSE;

  word = g_strdelimit (g_strdup (token->word), "l", 'i');
  for (guint i = 0; i < G_N_ELEMENTS (roman); i++)
    if (g_str_equal (word, roman[i]))
      {
        *quarter = (int) i + 1;
        s->pos++;
        return TRUE;
      }
  return FALSE;
}

/* "/2018" or "năm 2018" */
static gboolean
accept_year_of (Scan *s, int *year)
{
  guint start = s->pos;

  if ((accept_punct (s, "/") || accept (s, "nam")) && accept_number (s, year))
    return TRUE;
  s->pos = start;
  return FALSE;
}

static gboolean
accept_range_dash (Scan *s)
{
  return accept_punct (s, "-") || accept (s, "den");
}

/* Periods ---------------------------------------------------------------- */

/* Quý II/2018, Quý II năm 2018, Quý II - Quý III/2018, Quý IV/2018 - Quý I/2019 */
static gboolean
parse_quarter (Scan *s, KhTimeline *t)
{
  int year = 0, year_end = 0;
  gboolean has_year;

  if (!accept (s, "quy|qui") || !accept_quarter (s, &t->quarter))
    return FALSE;
  has_year = accept_year_of (s, &year);

  if (!accept_range_dash (s))
    {
      t->kind = KH_TIMELINE_QUARTER;
      t->year = year;
      return has_year;
    }

  accept (s, "quy|qui");
  if (!accept_quarter (s, &t->quarter_end))
    return FALSE;
  if (!accept_year_of (s, &year_end))
    {
      if (has_year)
        return FALSE;  /* "Quý II/2018 - Quý III" */
    }
  else if (!has_year)
    year = year_end;

  t->kind = KH_TIMELINE_QUARTER_RANGE;
  t->year = year;
  t->year_end = year_end != year ? year_end : 0;
  return TRUE;
}

/* Tháng 02/2018, tháng 2 năm 2018 */
static gboolean
parse_month (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_MONTH;
  return accept (s, "thang")
      && accept_number (s, &t->month)
      && accept_year_of (s, &t->year);
}

/* Ngày 20/11/2018, ngày 20 tháng 11 năm 2018, 20/11/2018 */
static gboolean
parse_date (Scan *s, KhTimeline *t)
{
  gboolean day_word = accept (s, "ngay");

  t->kind = KH_TIMELINE_DATE;
  if (!accept_number (s, &t->day))
    return FALSE;
  if (accept_punct (s, "/"))
    return accept_number (s, &t->month)
        && accept_punct (s, "/")
        && accept_number (s, &t->year);
  return day_word
      && accept (s, "thang")
      && accept_number (s, &t->month)
      && accept_year_of (s, &t->year);
}

/* 6 tháng đầu năm 2018, 6 tháng cuối năm */
static gboolean
parse_half (Scan *s, KhTimeline *t)
{
  int months;

  t->kind = KH_TIMELINE_HALF;
  if (!accept_number (s, &months) || months != 6 || !accept (s, "thang"))
    return FALSE;
  if (accept (s, "dau"))
    t->half = 1;
  else if (accept (s, "cuoi"))
    t->half = 2;
  else
    return FALSE;
  if (!accept (s, "nam"))
    return FALSE;
  accept_number (s, &t->year);
  return TRUE;
}

/* Năm 2018, 2018 */
static gboolean
parse_year (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_YEAR;
  accept (s, "nam");
  return accept_number (s, &t->year);
}

/* 02/2018 */
static gboolean
parse_bare_month (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_MONTH;
  return accept_number (s, &t->month)
      && accept_punct (s, "/")
      && accept_number (s, &t->year);
}

/* Phrases ---------------------------------------------------------------- */

typedef gboolean (*ParseFunc) (Scan *s, KhTimeline *t);

static void
reset (KhTimeline *t)
{
  g_free (t->text);
  memset (t, 0, sizeof *t);
  t->kind = KH_TIMELINE_TEXT;
}

/* Resets @t and @s unless @func accounts for every token from s->pos. */
static gboolean
try_whole (Scan *s, KhTimeline *t, ParseFunc func)
{
  guint start = s->pos;

  if (func (s, t) && at_end (s))
    return TRUE;

  s->pos = start;
  reset (t);
  return FALSE;
}

/* The first of @funcs that accounts for every token. */
static gboolean
try_first (Scan *s, KhTimeline *t, const ParseFunc *funcs, guint n_funcs)
{
  for (guint i = 0; i < n_funcs; i++)
    if (try_whole (s, t, funcs[i]))
      return TRUE;
  return FALSE;
}

/* [Trong|Vào] a month, quarter, quarter range, half or year */
static gboolean
parse_period (Scan *s, KhTimeline *t)
{
  static const ParseFunc periods[] = {
    parse_month, parse_quarter, parse_half, parse_year, parse_bare_month,
  };

  accept (s, "trong|vao");
  return try_first (s, t, periods, G_N_ELEMENTS (periods));
}

/* A deadline names a day, a month, a single quarter or a year. */
static gboolean
parse_deadline_point (Scan *s, KhTimeline *t)
{
  static const ParseFunc points[] = {
    parse_date, parse_month, parse_quarter, parse_year,
  };
  KhDeadlineMode mode = t->mode;

  if (!try_first (s, t, points, G_N_ELEMENTS (points))
      || t->kind == KH_TIMELINE_QUARTER_RANGE)
    return FALSE;
  t->kind = KH_TIMELINE_DEADLINE;
  t->mode = mode;
  return TRUE;
}

/* [Hoàn thành] trước …; Hoàn thành [trong|vào] … */
static gboolean
parse_deadline (Scan *s, KhTimeline *t)
{
  gboolean done = accept (s, "hoan thanh");

  if (accept (s, "truoc"))
    t->mode = KH_DEADLINE_BEFORE;
  else if (done)
    {
      accept (s, "trong|vao");
      t->mode = KH_DEADLINE_WITHIN;
    }
  else
    return FALSE;
  return parse_deadline_point (s, t);
}

/* [Triển khai] [thực hiện] thường xuyên [, trong năm 2018] */
static gboolean
parse_ongoing (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_ONGOING;
  accept (s, "trien khai");
  accept (s, "thuc hien");
  if (!accept (s, "thuong xuyen"))
    return FALSE;
  accept_punct (s, ",");
  if (at_end (s))
    return TRUE;
  return accept (s, "trong") && accept (s, "nam") && accept_number (s, &t->year);
}

/* 2022-2023, giai đoạn 2013 - 2020, từ năm 2022 đến năm 2023 */
static gboolean
parse_year_range (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_YEAR_RANGE;
  if (!accept (s, "giai doan"))
    accept (s, "tu");
  accept (s, "nam");
  if (!accept_number (s, &t->year) || !accept_range_dash (s))
    return FALSE;
  accept (s, "nam");
  return accept_number (s, &t->year_end);
}

/* Định kỳ 06 tháng, 6 tháng/lần, 6 tháng một lần, [định kỳ] hằng quý */
static gboolean
parse_periodic (Scan *s, KhTimeline *t)
{
  static const struct { const char *word; int months; } every[] = {
    { "thang", 1 }, { "quy|qui", 3 }, { "nam", 12 },
  };
  gboolean periodic = accept (s, "dinh ky");

  t->kind = KH_TIMELINE_PERIODIC;
  if (accept (s, "hang"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (every); i++)
        if (accept (s, every[i].word))
          {
            t->every_months = every[i].months;
            return TRUE;
          }
      return FALSE;
    }
  if (!accept_number (s, &t->every_months) || !accept (s, "thang"))
    return FALSE;
  if (accept_punct (s, "/") || accept (s, "mot"))
    return accept (s, "lan");
  return periodic;
}

/* Sau khi Kế hoạch … ban hành; Ngay sau khi …; Khi có yêu cầu */
static gboolean
parse_event (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_EVENT;
  accept (s, "ngay");
  if (!accept (s, "sau khi") && !accept (s, "khi"))
    return FALSE;
  s->pos = s->tokens->len;
  return TRUE;
}

/* Any phrase with "định kỳ" in it: periodic, months unknown. */
static gboolean
parse_loose_periodic (Scan *s, KhTimeline *t)
{
  t->kind = KH_TIMELINE_PERIODIC;
  for (; !at_end (s); s->pos++)
    if (accept (s, "dinh ky"))
      {
        s->pos = s->tokens->len;
        return TRUE;
      }
  return FALSE;
}

/* The first pattern that accounts for every token decides; values out of
 * range (month 13, 31/02) make the phrase text. */
static gboolean
parse_structured (Scan *s, KhTimeline *t)
{
  static const ParseFunc phrases[] = {
    parse_ongoing, parse_deadline, parse_date, parse_period,
    parse_year_range, parse_periodic,
  };

  if (!try_first (s, t, phrases, G_N_ELEMENTS (phrases)))
    return FALSE;
  if (kh_timeline_check (t) == NULL)
    return TRUE;
  reset (t);
  return FALSE;
}

/* "02 ngày, " — how long, not when. */
static gboolean
skip_duration (Scan *s)
{
  int count;

  return accept_number (s, &count)
      && accept (s, "ngay|tuan|thang|buoi")
      && accept_punct (s, ",;");
}

/* The phrase as kept in ->text: one line, trimmed, without the full stop
 * that ends the sentence it came from. */
static char *
clean_phrase (const char *phrase)
{
  char *text = kh_text_squeeze (phrase);
  gsize len = strlen (text);

  if (len > 1 && (text[len - 1] == '.' || text[len - 1] == ';') && text[len - 2] != '.')
    {
      text[len - 1] = '\0';
      g_strchomp (text);
    }
  return text;
}

KhTimeline *
kh_timeline_parse (const char *phrase)
{
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GArray) tokens = NULL;
  KhTimeline *t;
  Scan s = { NULL, 0 };
  guint start = 0;

  if (phrase == NULL || !g_utf8_validate (phrase, -1, NULL))
    return NULL;
  text = clean_phrase (phrase);
  if (*text == '\0')
    return NULL;

  folded = kh_text_fold (text);
  tokens = tokenize (folded);
  trim_tokens (tokens, &start);
  s.tokens = tokens;
  s.pos = start;

  t = kh_timeline_new (KH_TIMELINE_TEXT);
  if (!parse_structured (&s, t))
    {
      s.pos = start;
      if (!(skip_duration (&s) && parse_structured (&s, t)))
        {
          s.pos = start;
          if (!try_whole (&s, t, parse_event))
            try_whole (&s, t, parse_loose_periodic);
        }
    }

  t->text = g_steal_pointer (&text);
  return t;
}
