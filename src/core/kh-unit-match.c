/* kh-unit-match.c — finding the unit a typed name means.
 *
 * Everything compares keys (see kh-unit-match.h): a key is the list of
 * words of the folded text, punctuation and "và" dropped, abbreviations
 * replaced by what they stand for, joined by one space.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-match.h"
#include "kh-unit-words.h"
#include "kh-text.h"

#include <string.h>

/* An abbreviation has at most a few meanings; a name with several
 * ambiguous ones keeps this many readings. */
#define MAX_READINGS 4

/* Words */

/* The words of @folded (already kh_text_fold'ed): runs of letters and
 * digits; "va" (và) is no word for matching. */
static GPtrArray *
split_words (const char *folded)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          char *word = g_strndup (start, p - start);

          if (g_str_equal (word, "va"))
            g_free (word);
          else
            g_ptr_array_add (words, word);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return words;
}

static GPtrArray *
text_words (const char *text)
{
  g_autofree char *folded = kh_text_fold (text);

  return split_words (folded);
}

static char *
join_words (GPtrArray *words, const char *separator)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    g_string_append_printf (joined, "%s%s", i ? separator : "",
                            (char *) g_ptr_array_index (words, i));
  return g_string_free (joined, FALSE);
}

/* The abbreviation table, as words */

typedef struct {
  GPtrArray *form;      /* of char *, the written form's words */
  GPtrArray *meanings;  /* of char *, each meaning's words joined by " " */
} Abbrev;

static int
compare_by_form_length (gconstpointer a, gconstpointer b)
{
  const Abbrev *x = *(Abbrev * const *) a;
  const Abbrev *y = *(Abbrev * const *) b;

  return (int) y->form->len - (int) x->form->len;
}

/* Built once and kept for the life of the process. */
static GPtrArray *
abbrev_table (void)
{
  static GPtrArray *table;

  if (g_once_init_enter (&table))
    {
      GPtrArray *built = g_ptr_array_new ();

      for (const KhUnitAbbrev *a = kh_unit_abbrevs (); a->forms != NULL; a++)
        {
          g_auto(GStrv) forms = g_strsplit (a->forms, "|", -1);
          g_auto(GStrv) meanings = g_strsplit (a->meanings, "|", -1);
          GPtrArray *joined_meanings = g_ptr_array_new ();

          for (guint m = 0; meanings[m] != NULL; m++)
            {
              g_autoptr(GPtrArray) words = text_words (meanings[m]);
              g_ptr_array_add (joined_meanings, join_words (words, " "));
            }
          for (guint f = 0; forms[f] != NULL; f++)
            {
              Abbrev *entry = g_new0 (Abbrev, 1);

              entry->form = text_words (forms[f]);
              entry->meanings = joined_meanings;
              g_ptr_array_add (built, entry);
            }
        }
      /* Stable, so that the table's order decides among equals. */
      g_ptr_array_sort (built, compare_by_form_length);
      g_once_init_leave (&table, built);
    }
  return table;
}

static const Abbrev *
abbrev_at (GPtrArray *words, guint position)
{
  GPtrArray *table = abbrev_table ();

  for (guint i = 0; i < table->len; i++)
    {
      const Abbrev *a = g_ptr_array_index (table, i);
      guint n = a->form->len;
      gboolean same = n > 0 && position + n <= words->len;

      for (guint k = 0; same && k < n; k++)
        same = g_str_equal (g_ptr_array_index (a->form, k),
                            g_ptr_array_index (words, position + k));
      if (same)
        return a;
    }
  return NULL;
}

/* Keys */

/* Every reading of @words with abbreviations expanded, as keys. */
static GStrv
words_to_keys (GPtrArray *words)
{
  g_autoptr(GPtrArray) readings = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  g_ptr_array_add (readings, g_string_new (NULL));

  for (guint i = 0; i < words->len;)
    {
      const Abbrev *a = abbrev_at (words, i);
      guint n_readings = readings->len;

      if (a == NULL)
        {
          for (guint r = 0; r < n_readings; r++)
            {
              GString *s = g_ptr_array_index (readings, r);
              g_string_append_printf (s, "%s%s", s->len ? " " : "",
                                      (char *) g_ptr_array_index (words, i));
            }
          i++;
          continue;
        }

      /* Each further meaning reads every reading so far once more. */
      for (guint m = 1; m < a->meanings->len; m++)
        for (guint r = 0; r < n_readings && readings->len < MAX_READINGS; r++)
          {
            GString *s = g_ptr_array_index (readings, r);
            GString *copy = g_string_new_len (s->str, s->len);

            g_string_append_printf (copy, "%s%s", copy->len ? " " : "",
                                    (char *) g_ptr_array_index (a->meanings, m));
            g_ptr_array_add (readings, copy);
          }
      for (guint r = 0; r < n_readings; r++)
        {
          GString *s = g_ptr_array_index (readings, r);
          g_string_append_printf (s, "%s%s", s->len ? " " : "",
                                  (char *) g_ptr_array_index (a->meanings, 0));
        }
      i += a->form->len;
    }

  for (guint r = 0; r < readings->len; r++)
    {
      GString *s = g_ptr_array_index (readings, r);

      if (s->len > 0)
        g_strv_builder_add (keys, s->str);
      g_string_free (s, TRUE);
    }
  return g_strv_builder_end (keys);
}

char **
kh_unit_match_keys (const char *text)
{
  g_autoptr(GPtrArray) words = text_words (text);

  return words_to_keys (words);
}

char *
kh_unit_match_key (const char *text)
{
  g_auto(GStrv) keys = kh_unit_match_keys (text);

  return g_strdup (keys[0] ? keys[0] : "");
}

static gboolean
keys_meet (const char * const *a, const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (g_strv_contains (b, a[i]))
      return TRUE;
  return FALSE;
}

/* The keys a unit is known by: its name's and its short name's. */
typedef struct {
  KhUnit *unit;
  GStrv keys;
} UnitKeys;

static void
unit_keys_clear (gpointer data)
{
  UnitKeys *u = data;

  g_clear_object (&u->unit);
  g_clear_pointer (&u->keys, g_strfreev);
}

static GStrv
keys_of_unit (KhUnit *unit)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) name_keys = kh_unit_match_keys (kh_unit_get_name (unit));
  g_auto(GStrv) short_keys = kh_unit_match_keys (kh_unit_get_short_name (unit));

  g_strv_builder_addv (builder, (const char **) name_keys);
  g_strv_builder_addv (builder, (const char **) short_keys);
  return g_strv_builder_end (builder);
}

static GArray *
collect_unit_keys (GListModel *units)
{
  guint n = g_list_model_get_n_items (units);
  GArray *all = g_array_sized_new (FALSE, TRUE, sizeof (UnitKeys), n);

  g_array_set_clear_func (all, unit_keys_clear);
  for (guint i = 0; i < n; i++)
    {
      UnitKeys u;

      u.unit = g_list_model_get_item (units, i);
      u.keys = keys_of_unit (u.unit);
      g_array_append_val (all, u);
    }
  return all;
}

/* What makes two units one: each key of the name, and the folded short
 * name (marked, so that it never meets a name's key). */
static GStrv
identity_keys (KhUnit *unit)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) name_keys = kh_unit_match_keys (kh_unit_get_name (unit));
  const char *short_name = kh_unit_get_short_name (unit);

  g_strv_builder_addv (builder, (const char **) name_keys);
  if (short_name[0] != '\0')
    {
      g_autofree char *folded = kh_text_fold (short_name);
      g_autofree char *marked = g_strconcat ("short:", folded, NULL);
      g_strv_builder_add (builder, marked);
    }
  return g_strv_builder_end (builder);
}

gboolean
kh_unit_same (KhUnit *a,
              KhUnit *b)
{
  g_auto(GStrv) ka = NULL;
  g_auto(GStrv) kb = NULL;

  g_return_val_if_fail (KH_IS_UNIT (a) && KH_IS_UNIT (b), FALSE);

  ka = identity_keys (a);
  kb = identity_keys (b);
  return keys_meet ((const char * const *) ka, (const char * const *) kb);
}

/* An index of units by identity key, so that a list is checked against
 * another in one pass rather than pair by pair. */
static GHashTable *
identity_index_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* The unit of @index that @unit is the same as, or NULL. */
static KhUnit *
identity_index_find (GHashTable *index, const char * const *keys)
{
  for (guint k = 0; keys[k] != NULL; k++)
    {
      KhUnit *found = g_hash_table_lookup (index, keys[k]);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Records @keys as @unit's, where no earlier unit has them. */
static void
identity_index_add (GHashTable *index, const char * const *keys, KhUnit *unit)
{
  for (guint k = 0; keys[k] != NULL; k++)
    if (!g_hash_table_contains (index, keys[k]))
      g_hash_table_insert (index, g_strdup (keys[k]), unit);
}

GPtrArray *
kh_unit_duplicates (GListModel *units)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) index = identity_index_new ();
  g_autoptr(GHashTable) group_of = g_hash_table_new (NULL, NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (units), groups);

  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      g_auto(GStrv) keys = identity_keys (unit);
      KhUnit *first = identity_index_find (index, (const char * const *) keys);
      GPtrArray *group;

      identity_index_add (index, (const char * const *) keys, first ? first : unit);
      if (first == NULL)
        continue;
      group = g_hash_table_lookup (group_of, first);
      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (group, g_object_ref (first));
          g_ptr_array_add (groups, group);
          g_hash_table_insert (group_of, first, group);
        }
      g_ptr_array_add (group, g_object_ref (unit));
    }
  return groups;
}

/* Looser keys: @key without the optional leading and trailing words. */
static char *
loosen (const char *key)
{
  const char *start = key;
  gsize len;

  for (const char * const *w = kh_unit_optional_leading (); *w; w++)
    {
      g_autofree char *word = kh_unit_match_key (*w);
      gsize n = strlen (word);

      if (strncmp (start, word, n) == 0 && start[n] == ' ')
        start += n + 1;
    }
  len = strlen (start);
  for (const char * const *w = kh_unit_optional_trailing (); *w; w++)
    {
      g_autofree char *word = kh_unit_match_key (*w);
      gsize n = strlen (word);

      if (len > n + 1 && start[len - n - 1] == ' '
          && strncmp (start + len - n, word, n) == 0)
        len -= n + 1;
    }
  return g_strndup (start, len);
}

static GStrv
loosen_all (const char * const *keys)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *loose = loosen (keys[i]);
      g_strv_builder_add (builder, loose);
    }
  return g_strv_builder_end (builder);
}

/* The typed keys with each implied head put before them. */
static GStrv
with_implied_heads (const char * const *keys)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (const char * const *h = kh_unit_implied_heads (); *h; h++)
    {
      g_autofree char *head = kh_unit_match_key (*h);

      for (guint i = 0; keys[i] != NULL; i++)
        if (!g_str_has_prefix (keys[i], head))
          {
            g_autofree char *headed = g_strconcat (head, " ", keys[i], NULL);
            g_strv_builder_add (builder, headed);
          }
    }
  return g_strv_builder_end (builder);
}

/* The first unit with a key of @typed_keys, or NULL. */
static KhUnit *
first_meeting (GArray *all, const char * const *typed_keys)
{
  for (guint i = 0; i < all->len; i++)
    {
      UnitKeys *u = &g_array_index (all, UnitKeys, i);

      if (keys_meet (typed_keys, (const char * const *) u->keys))
        return u->unit;
    }
  return NULL;
}

/* The one unit that the implied-head or loose readings of @typed_keys
 * name, or NULL when none or several do. */
static KhUnit *
only_loose_meeting (GArray *all, const char * const *typed_keys)
{
  g_auto(GStrv) headed = with_implied_heads (typed_keys);
  g_auto(GStrv) loose = loosen_all (typed_keys);
  KhUnit *found = NULL;

  for (guint i = 0; i < all->len; i++)
    {
      UnitKeys *u = &g_array_index (all, UnitKeys, i);
      g_auto(GStrv) unit_loose = loosen_all ((const char * const *) u->keys);

      if (keys_meet ((const char * const *) headed, (const char * const *) u->keys)
          || keys_meet ((const char * const *) loose, (const char * const *) unit_loose))
        {
          if (found != NULL && found != u->unit)
            return NULL;
          found = u->unit;
        }
    }
  return found;
}

static KhUnit *
match_keys (GArray *all, const char * const *typed_keys)
{
  KhUnit *unit;

  if (typed_keys[0] == NULL)
    return NULL;
  unit = first_meeting (all, typed_keys);
  if (unit == NULL)
    unit = only_loose_meeting (all, typed_keys);
  return unit;
}

KhUnit *
kh_unit_match (GListModel *units,
               const char *typed)
{
  g_autoptr(GArray) all = NULL;
  g_auto(GStrv) typed_keys = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  typed_keys = kh_unit_match_keys (typed);
  if (typed_keys[0] == NULL)
    return NULL;
  all = collect_unit_keys (units);
  return match_keys (all, (const char * const *) typed_keys);
}

/* OCR tolerance */

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
      g_autoptr(GPtrArray) words = text_words (texts[i]);
      g_autofree char *joined = join_words (words, " ");

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
  words = split_words (repaired);
  typed_keys = words_to_keys (words);
  if (typed_keys[0] == NULL)
    return NULL;

  all = collect_unit_keys (units);
  unit = match_keys (all, (const char * const *) typed_keys);
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

/* Completion */

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
  words = split_words (folded);
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
  typed_words = split_words (typed_folded);
  typed_letters = join_words (typed_words, "");

  all = collect_unit_keys (units);
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < all->len; i++)
    {
      UnitKeys *u = &g_array_index (all, UnitKeys, i);
      Candidate c = { RANK_NONE, i, u->unit };

      if (keys_meet ((const char * const *) typed_keys, (const char * const *) u->keys))
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

/* Adding a default list */

GPtrArray *
kh_unit_list_missing (KhPlan    *plan,
                      GPtrArray *list)
{
  GPtrArray *missing = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) index = identity_index_new ();
  GListModel *have;

  g_return_val_if_fail (KH_IS_PLAN (plan), missing);
  g_return_val_if_fail (list != NULL, missing);

  have = kh_plan_get_units (plan);
  for (guint i = 0; i < g_list_model_get_n_items (have); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (have, i);
      g_auto(GStrv) keys = identity_keys (unit);

      /* The plan keeps its reference: the index may borrow. */
      identity_index_add (index, (const char * const *) keys, unit);
    }
  for (guint i = 0; i < list->len; i++)
    {
      KhUnit *unit = g_ptr_array_index (list, i);
      g_auto(GStrv) keys = identity_keys (unit);

      if (identity_index_find (index, (const char * const *) keys) != NULL)
        continue;
      identity_index_add (index, (const char * const *) keys, unit);
      g_ptr_array_add (missing, g_object_ref (unit));
    }
  return missing;
}

KhUnit *
kh_unit_list_copy_for_plan (KhPlan *plan,
                            KhUnit *unit)
{
  const char *name;
  g_autofree char *id = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  name = kh_unit_get_name (unit);
  if (kh_plan_lookup_unit (plan, kh_unit_get_id (unit)) != NULL)
    id = kh_plan_new_unit_id (plan, name);
  else
    id = g_strdup (kh_unit_get_id (unit));
  return kh_unit_new (id, name, kh_unit_get_short_name (unit), kh_unit_get_group (unit));
}

guint
kh_unit_list_add_to_plan (KhPlan    *plan,
                          GPtrArray *list)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), 0);

  missing = kh_unit_list_missing (plan, list);
  for (guint i = 0; i < missing->len; i++)
    {
      g_autoptr(KhUnit) copy = kh_unit_list_copy_for_plan (plan, g_ptr_array_index (missing, i));
      guint end = g_list_model_get_n_items (kh_plan_get_units (plan));

      kh_plan_insert_unit (plan, end, copy);
    }
  return missing->len;
}
