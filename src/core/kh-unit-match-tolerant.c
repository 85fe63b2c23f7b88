/* kh-unit-match-tolerant.c — matching a unit name read by OCR: the
 * usual misreadings undone, then the nearest key within a few edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-match-private.h"
#include "kh-text.h"

#include <string.h>

static gboolean
is_letter (const char *p)
{
  return *p != '\0' && g_unichar_isalpha (g_utf8_get_char (p));
}

/* Undoes what OCR commonly does to folded Vietnamese: a digit or symbol
 * read for a vowel beside letters ("s6" "s&" "s¢" → "so", "x4" → "xa"),
 * and "Đ" read as "P" at the start of a word ("Pon vi" → "don vi"). */
static char *
ocr_repair (const char *folded)
{
  GString *out = g_string_sized_new (strlen (folded));
  const char *prev = NULL;

  for (const char *p = folded; *p; prev = p, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gboolean after_letter = prev != NULL && is_letter (prev);
      gboolean word_start = !after_letter;

      if (after_letter && !is_letter (next)
          && (c == '&' || c == '6' || c == '0' || c == 0xA2 /* ¢ */))
        c = 'o';
      else if (after_letter && c == '4' && !g_unichar_isdigit (g_utf8_get_char (next)))
        c = 'a';
      else if (word_start && c == 'p' && *next != 'h' && is_letter (next))
        c = 'd';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_vowel (char c)
{
  return c != '\0' && strchr ("aeiouy", c) != NULL;
}

/* Edit distance in half steps: a vowel read for another costs 1, any
 * other change 2 (OCR garbles diacritics far more than letters). */
static guint
ocr_distance (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = 2 * j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = 2 * i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint change = a[i - 1] == b[j - 1] ? 0
                         : is_vowel (a[i - 1]) && is_vowel (b[j - 1]) ? 1 : 2;
          guint best = diagonal + change;

          best = MIN (best, above + 2);
          best = MIN (best, row[j - 1] + 2);
          diagonal = above;
          row[j] = best;
        }
    }
  return row[lb];
}

/* The keys of @u and its name and short name's words unexpanded. */
static GStrv
with_unexpanded (UnitKeys *u)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *texts[] = { kh_unit_get_name (u->unit), kh_unit_get_short_name (u->unit) };

  g_strv_builder_addv (builder, (const char **) u->keys);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) words = _kh_unit_match_text_words (texts[i]);
      g_autofree char *joined = _kh_unit_match_join_words (words, " ");

      if (joined[0] != '\0')
        g_strv_builder_add (builder, joined);
    }
  return g_strv_builder_end (builder);
}

/* TRUE when the first words of @a and @b differ at most in vowels: the
 * head says what kind of body a unit is ("Sở", "Bộ", "Ban"), and a
 * ministry is not the department of the same name. */
static gboolean
same_head (const char *a, const char *b)
{
  for (; *a && *a != ' ' && *b && *b != ' '; a++, b++)
    if (*a != *b && !(is_vowel (*a) && is_vowel (*b)))
      return FALSE;
  return (*a == '\0' || *a == ' ') && (*b == '\0' || *b == ' ');
}

/* The distance from @typed to @key, or G_MAXUINT if their heads differ. */
static guint
key_distance (const char *typed, const char *key)
{
  return same_head (typed, key) ? ocr_distance (typed, key) : G_MAXUINT;
}

KhUnit *
kh_unit_match_tolerant (GListModel *units,
                        const char *typed)
{
  g_autoptr(GArray) all = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *repaired = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_auto(GStrv) typed_keys = NULL;
  KhUnit *unit, *best = NULL;
  guint best_distance = G_MAXUINT, second_distance = G_MAXUINT;
  gsize typed_len;

  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  unit = kh_unit_match (units, typed);
  if (unit != NULL)
    return unit;

  folded = kh_text_fold (typed);
  repaired = ocr_repair (folded);
  words = _kh_unit_match_split_words (repaired);
  typed_keys = _kh_unit_match_words_to_keys (words);
  if (typed_keys[0] == NULL)
    return NULL;

  all = _kh_unit_match_collect (units);
  unit = _kh_unit_match_in_keys (all, (const char * const *) typed_keys);
  if (unit != NULL)
    return unit;

  /* The nearest unit, if it is near and clearly nearer than the next.
   * No implied heads here: "Bộ …" is not "Sở Bộ …" give or take. */
  typed_len = strlen (typed_keys[0]);
  for (guint i = 0; i < all->len; i++)
    {
      UnitKeys *u = &g_array_index (all, UnitKeys, i);
      g_auto(GStrv) unit_keys = with_unexpanded (u);
      guint distance = G_MAXUINT;

      /* Abbreviations come out of OCR garbled too ("Cong TTOT tinh"):
       * compare with the names as written as well as expanded. */
      for (guint k = 0; unit_keys[k] != NULL; k++)
        {
          for (guint t = 0; typed_keys[t] != NULL; t++)
            distance = MIN (distance, key_distance (typed_keys[t], unit_keys[k]));
        }
      if (distance < best_distance)
        {
          second_distance = best_distance;
          best_distance = distance;
          best = u->unit;
        }
      else if (distance < second_distance)
        second_distance = distance;
    }

  /* Up to one full change per six letters (and at least one), and the
   * runner-up at least one and a half changes further. */
  if (best != NULL && best_distance != G_MAXUINT
      && best_distance <= 2 * MAX (1, typed_len / 6)
      && (second_distance == G_MAXUINT || second_distance >= best_distance + 3))
    return best;
  return NULL;
}
