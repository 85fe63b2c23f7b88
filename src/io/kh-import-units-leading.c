/* kh-import-units-leading.c — the units a sentence starts with, before
 * what they do: "Phối hợp với Sở Ngoại vụ, Công an tỉnh quản lý …" names
 * its lead at the start, and the name ends where the verb begins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"
#include "kh-unit-match.h"

/* The run of @words from @first (at most @limit) that names a unit of the
 * plan: the longest that matches exactly, else the shortest that matches
 * give or take OCR's errors; its number of words, 0 if none. */
static guint
known_prefix (KhImportContext *ctx, const char *text, GArray *words, guint first,
              guint limit, const char *head)
{
  limit = MIN (limit, 14);
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < limit; k++)
      {
        guint n = pass == 0 ? limit - k : k + 1;
        KhImportWord *from = &g_array_index (words, KhImportWord, first);
        KhImportWord *to = &g_array_index (words, KhImportWord, first + n - 1);
        g_autofree char *name = g_strndup (text + from->start, to->end - from->start);
        g_autofree char *headed = head ? g_strconcat (head, " ", name, NULL) : NULL;
        g_autofree char *repaired = kh_import_unit_repair (headed ? headed : name);

        /* Matching ignores "và": "A và" is no name of A. */
        if (g_str_equal (to->folded, "va") || g_str_equal (from->folded, "va"))
          continue;
        if (pass == 0 ? kh_import_unit_find (ctx, repaired, FALSE) != NULL
                      : n >= 2 && kh_import_unit_find (ctx, repaired, TRUE) != NULL)
          return n;
      }
  return 0;
}

GPtrArray *
kh_import_units_leading (KhImportContext *ctx,
                         const char      *text,
                         guint            line,
                         gboolean         create,
                         gsize           *end,
                         char           **rest_note)
{
  g_autoptr(GArray) words = kh_import_words (text);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autofree char *dist_head = NULL;
  guint i = 0;

  *end = 0;
  if (rest_note != NULL)
    *rest_note = NULL;
  while (i < words->len)
    {
      KhImportWord *w = &g_array_index (words, KhImportWord, i);
      const char *at = text + w->start;
      guint limit = 0, n;
      g_autofree char *name = NULL;
      gboolean stopped = FALSE;

      /* The words up to the next "," or ";" or the end. */
      while (i + limit < words->len)
        {
          KhImportWord *last = &g_array_index (words, KhImportWord, i + limit);
          const char *after = text + last->end;

          limit++;
          while (*after == ' ')
            after++;
          if (*after == ',' || *after == ';' || *after == ':' || *after == '.')
            break;
        }

      /* "các Sở: Ngoại vụ, …" */
      if (g_str_equal (w->folded, "cac") && limit >= 2
          && text[g_array_index (words, KhImportWord, i + limit - 1).end] == ':')
        {
          KhImportWord *last = &g_array_index (words, KhImportWord, i + limit - 1);

          g_free (dist_head);
          dist_head = g_strndup (text + g_array_index (words, KhImportWord, i + 1).start,
                                 last->end - g_array_index (words, KhImportWord, i + 1).start);
          i += limit;
          continue;
        }

      n = known_prefix (ctx, text, words, i, limit, dist_head);
      if (n == 0 && create
          && (dist_head != NULL ? kh_import_starts_upper (at) : kh_import_unit_head (at)))
        {
          /* An unknown unit: its name runs to the first word of what it does. */
          for (n = 1; n < limit; n++)
            {
              const char *word_text = text + g_array_index (words, KhImportWord, i + n).start;

              const char *after = i + n + 1 < words->len
                                  ? text + g_array_index (words, KhImportWord, i + n + 1).start : "";

              /* "và" ends the name only before another unit or a remainder. */
              if (!kh_import_starts_upper (word_text)
                  && (kh_import_phrase_at (words, i + n, kh_import_verb_words) > 0
                      || (g_str_equal (g_array_index (words, KhImportWord, i + n).folded, "va")
                          && (kh_import_unit_head (after) || kh_import_starts_remainder (after)))))
                break;
            }
        }
      if (n == 0)
        break;

      name = g_strndup (at, g_array_index (words, KhImportWord, i + n - 1).end - w->start);
      if (dist_head != NULL)
        {
          char *headed = g_strconcat (dist_head, " ", name, NULL);

          g_free (name);
          name = headed;
        }
      kh_import_units_add (units, kh_import_unit_lookup (ctx, name, line));
      *end = g_array_index (words, KhImportWord, i + n - 1).end;
      i += n;

      /* "A và B …": another unit after "và", or the others ("và các cơ
       * quan liên quan"); else the piece ended early (what the units do
       * follows) or at a comma (more units follow). */
      if (i < words->len && g_str_equal (g_array_index (words, KhImportWord, i).folded, "va"))
        {
          const char *after = i + 1 < words->len ? text + g_array_index (words, KhImportWord, i + 1).start : "";

          if (kh_import_starts_remainder (after))
            {
              if (rest_note != NULL)
                {
                  g_autofree char *phrase = g_strndup (after, kh_import_units_phrase_end (after));

                  *rest_note = kh_import_clean_value (phrase);
                  *end = (gsize) (after - text) + strlen (phrase);
                }
              break;
            }
          i++;
          continue;
        }
      stopped = n < limit;
      if (stopped)
        break;
    }

  if (units->len == 0)
    return NULL;
  return g_steal_pointer (&units);
}

gsize
kh_import_units_phrase_end (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);

  for (guint i = 1; i < words->len; i++)
    {
      KhImportWord *w = &g_array_index (words, KhImportWord, i);
      const char *between = text + g_array_index (words, KhImportWord, i - 1).end;

      if (memchr (between, ';', w->start - g_array_index (words, KhImportWord, i - 1).end)
          || memchr (between, '.', w->start - g_array_index (words, KhImportWord, i - 1).end))
        return g_array_index (words, KhImportWord, i - 1).end;
      if (!kh_import_starts_upper (text + w->start) && kh_import_phrase_at (words, i, kh_import_verb_words) > 0)
        return g_array_index (words, KhImportWord, i - 1).end;
      /* "các cơ quan liên quan" ends there. */
      if (g_str_equal (w->folded, "quan") && g_str_equal (g_array_index (words, KhImportWord, i - 1).folded, "lien"))
        return w->end;
    }
  return strlen (text);
}
