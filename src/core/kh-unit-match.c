/* kh-unit-match.c — finding the unit a typed name means: keys, the
 * exact and loose matches, and which units are the same (duplicates, a
 * default list's missing units).  OCR tolerance is in
 * kh-unit-match-tolerant.c, completion in kh-unit-match-candidates.c.
 *
 * Everything compares keys (see kh-unit-match.h): a key is the list of
 * words of the folded text, punctuation and "và" dropped, abbreviations
 * replaced by what they stand for, joined by one space.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-match-private.h"
#include "kh-unit-words.h"
#include "kh-text.h"

#include <string.h>

/* An abbreviation has at most a few meanings; a name with several
 * ambiguous ones keeps this many readings. */
#define MAX_READINGS 4

/* Words */

/* The words of @folded (already kh_text_fold'ed): runs of letters and
 * digits; "va" (và) is no word for matching. */
GPtrArray *
_kh_unit_match_split_words (const char *folded)
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

GPtrArray *
_kh_unit_match_text_words (const char *text)
{
  g_autofree char *folded = kh_text_fold (text);

  return _kh_unit_match_split_words (folded);
}

char *
_kh_unit_match_join_words (GPtrArray *words, const char *separator)
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
              g_autoptr(GPtrArray) words = _kh_unit_match_text_words (meanings[m]);
              g_ptr_array_add (joined_meanings, _kh_unit_match_join_words (words, " "));
            }
          for (guint f = 0; forms[f] != NULL; f++)
            {
              Abbrev *entry = g_new0 (Abbrev, 1);

              entry->form = _kh_unit_match_text_words (forms[f]);
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
GStrv
_kh_unit_match_words_to_keys (GPtrArray *words)
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
  g_autoptr(GPtrArray) words = _kh_unit_match_text_words (text);

  return _kh_unit_match_words_to_keys (words);
}

char *
kh_unit_match_key (const char *text)
{
  g_auto(GStrv) keys = kh_unit_match_keys (text);

  return g_strdup (keys[0] ? keys[0] : "");
}

gboolean
_kh_unit_match_keys_meet (const char * const *a, const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (g_strv_contains (b, a[i]))
      return TRUE;
  return FALSE;
}

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

GArray *
_kh_unit_match_collect (GListModel *units)
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
  return _kh_unit_match_keys_meet ((const char * const *) ka, (const char * const *) kb);
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

      if (_kh_unit_match_keys_meet (typed_keys, (const char * const *) u->keys))
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

      if (_kh_unit_match_keys_meet ((const char * const *) headed,
                                    (const char * const *) u->keys)
          || _kh_unit_match_keys_meet ((const char * const *) loose,
                                       (const char * const *) unit_loose))
        {
          if (found != NULL && found != u->unit)
            return NULL;
          found = u->unit;
        }
    }
  return found;
}

KhUnit *
_kh_unit_match_in_keys (GArray *all, const char * const *typed_keys)
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
  all = _kh_unit_match_collect (units);
  return _kh_unit_match_in_keys (all, (const char * const *) typed_keys);
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
