/* kh-unit-match-private.h — what kh-unit-match.c shares with
 * kh-unit-match-tolerant.c and kh-unit-match-candidates.c: words, keys
 * and the keys of a list of units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-unit-match.h"

G_BEGIN_DECLS

/* The keys a unit is known by: its name's and its short name's. */
typedef struct {
  KhUnit *unit;
  GStrv keys;
} UnitKeys;

/* The words of @folded (already kh_text_fold'ed), "và" left out; a
 * GPtrArray of char * that frees them. */
GPtrArray *_kh_unit_match_split_words   (const char *folded);
/* The words of @text, folded first. */
GPtrArray *_kh_unit_match_text_words    (const char *text);
/* @words joined by @separator. */
char      *_kh_unit_match_join_words    (GPtrArray  *words,
                                         const char *separator);
/* Every reading of @words with abbreviations expanded, as keys. */
GStrv      _kh_unit_match_words_to_keys (GPtrArray  *words);
/* TRUE when @a and @b have a key in common. */
gboolean   _kh_unit_match_keys_meet     (const char * const *a,
                                         const char * const *b);
/* The UnitKeys of each unit of @units, in order; the array clears them. */
GArray    *_kh_unit_match_collect       (GListModel *units);
/* The unit of @all (from _kh_unit_match_collect) that @typed_keys name:
 * the first with a key in common, else the one loose match, else NULL. */
KhUnit    *_kh_unit_match_in_keys       (GArray     *all,
                                         const char * const *typed_keys);

G_END_DECLS
