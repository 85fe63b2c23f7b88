/* kh-unit-match-candidates.c — the units that may complete a typed
 * name, ranked: same key, name start, word start, inside, initials.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-match-private.h"
#include "kh-text.h"

#include <string.h>

typedef enum {
  RANK_KEY,       /* the same key */
  RANK_START,     /* the name starts with it */
  RANK_WORD,      /* a word of the name starts with it */
  RANK_INSIDE,    /* the name contains it */
  RANK_INITIALS,  /* the initials of some words of the name start with it */
  RANK_NONE,
} Rank;

/* TRUE when @needle occurs in @haystack at the start of a word. */
static gboolean
at_word_start (const char *haystack, const char *needle)
{
  for (const char *p = strstr (haystack, needle); p; p = strstr (p + 1, needle))
    if (p == haystack || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
      return TRUE;
  return FALSE;
}

/* TRUE when @letters (letters and digits only) begins the initials of a
 * run of consecutive @words ("stttt": Sở Thông tin và Truyền thông). */
static gboolean
initials_fit (GPtrArray *words, const char *letters)
{
  gsize n = strlen (letters);

  if (n < 2)
    return FALSE;
  for (guint start = 0; start + n <= words->len; start++)
    {
      gsize k = 0;

      while (k < n && ((char *) g_ptr_array_index (words, start + k))[0] == letters[k])
        k++;
      if (k == n)
        return TRUE;
    }
  return FALSE;
}

static Rank
rank_text (const char *text, const char *typed_folded, const char *typed_letters)
{
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = NULL;

  if (text[0] == '\0')
    return RANK_NONE;
  folded = kh_text_fold (text);
  if (g_str_has_prefix (folded, typed_folded))
    return RANK_START;
  if (at_word_start (folded, typed_folded))
    return RANK_WORD;
  if (strstr (folded, typed_folded) != NULL)
    return RANK_INSIDE;
  words = _kh_unit_match_split_words (folded);
  if (initials_fit (words, typed_letters))
    return RANK_INITIALS;
  return RANK_NONE;
}

/* A key of @typed inside a key of the unit ranks as a word start: the
 * typed text spelled an abbreviation of the name's words ("TT&TT"). */
static Rank
rank_keys (const char * const *unit_keys, const char * const *typed_keys)
{
  for (guint t = 0; typed_keys[t] != NULL; t++)
    for (guint k = 0; unit_keys[k] != NULL; k++)
      {
        if (g_str_has_prefix (unit_keys[k], typed_keys[t]))
          return RANK_START;
        if (at_word_start (unit_keys[k], typed_keys[t]))
          return RANK_WORD;
      }
  return RANK_NONE;
}

typedef struct {
  Rank rank;
  guint position;
  KhUnit *unit;
} Candidate;

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->rank != y->rank)
    return (int) x->rank - (int) y->rank;
  return (int) x->position - (int) y->position;
}

GPtrArray *
kh_unit_match_candidates (GListModel *units,
                          const char *typed,
                          guint       max)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) all = NULL;
  g_autofree char *typed_folded = NULL;
  g_autoptr(GPtrArray) typed_words = NULL;
  g_autofree char *typed_letters = NULL;
  g_auto(GStrv) typed_keys = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (units), result);

  typed_folded = kh_text_fold (typed);
  typed_keys = kh_unit_match_keys (typed);
  if (typed_folded[0] == '\0' || max == 0)
    return result;

  /* The letters of what was typed, for initials ("TT&TT" → "tttt"). */
  typed_words = _kh_unit_match_split_words (typed_folded);
  typed_letters = _kh_unit_match_join_words (typed_words, "");

  all = _kh_unit_match_collect (units);
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < all->len; i++)
    {
      UnitKeys *u = &g_array_index (all, UnitKeys, i);
      Candidate c = { RANK_NONE, i, u->unit };

      if (_kh_unit_match_keys_meet ((const char * const *) typed_keys,
                                    (const char * const *) u->keys))
        c.rank = RANK_KEY;
      else
        {
          c.rank = MIN (rank_text (kh_unit_get_name (u->unit), typed_folded, typed_letters),
                        rank_text (kh_unit_get_short_name (u->unit), typed_folded, typed_letters));
          c.rank = MIN (c.rank, rank_keys ((const char * const *) u->keys,
                                           (const char * const *) typed_keys));
        }
      if (c.rank != RANK_NONE)
        g_array_append_val (candidates, c);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len && result->len < max; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (candidates, Candidate, i).unit));
  return result;
}
