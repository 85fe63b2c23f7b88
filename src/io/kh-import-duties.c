/* kh-import-duties.c — sections that assign work per unit ("PHÂN CÔNG
 * NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"): an item titled with a unit's name lists
 * that unit's duties, and each duty becomes a task the unit leads, or
 * supports when it reads "Phối hợp với X …" (X then leads).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

gboolean
kh_import_duties_section (const char *title)
{
  static const char * const phrases[] = {
    "phan cong", "to chuc thuc hien", "trach nhiem", "nhiem vu cua cac", "giao nhiem vu",
    "nhiem vu cu the cua", NULL,
  };
  g_autofree char *folded = kh_text_fold (title);

  for (guint i = 0; phrases[i]; i++)
    if (strstr (folded, phrases[i]))
      return TRUE;
  return FALSE;
}

/* The byte offset in @text after the words @keys that start at word
 * @*i, moving *@i past them; 0 when they are not there. */
static gsize
skip_words (const char *text, GArray *words, guint *i, const char *keys)
{
  guint n = kh_import_words_match (words, *i, keys);

  (void) text;
  if (n == 0)
    return 0;
  *i += n;
  return g_array_index (words, KhImportWord, *i - 1).end;
}

/* The units named at @text (created when new), or the remainder phrase
 * there ("các cơ quan liên quan"); for the other side of "phối hợp với". */
static void
other_side (KhImportContext *ctx, const char *text, guint line,
            GPtrArray **units, char **note)
{
  gsize end = 0;

  while (*text == ' ' || *text == ',' || *text == ':')
    text++;
  *units = kh_import_units_leading (ctx, text, line, TRUE, &end, note);
  if (*units == NULL)
    {
      g_autofree char *folded = kh_text_fold (text);

      if (g_str_has_prefix (folded, "cac ") || g_str_has_prefix (folded, "nhung "))
        {
          g_autofree char *phrase = g_strndup (text, kh_import_units_phrase_end (text));

          *note = kh_import_clean_value (phrase);
        }
    }
}

static void
add_other_side (KhImportContext *ctx, KhNode *duty, const char *text, gboolean lead, guint line)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *note = NULL;

  other_side (ctx, text, line, &units, &note);
  if (units == NULL && note == NULL)
    return;
  kh_import_add_units (duty, lead ? KH_ROLE_LEAD : KH_ROLE_COOPERATE, units, note);
}

/* The owners that @text starts with ("Đài Phát thanh … xây dựng …" in an
 * item of several units), or all of them. */
static GPtrArray *
leading_owners (KhImportContext *ctx, const char *text, GPtrArray *owners, guint line)
{
  g_autoptr(GPtrArray) named = NULL;
  GPtrArray *subset = g_ptr_array_new ();
  gsize end;

  named = kh_import_units_leading (ctx, text, line, FALSE, &end, NULL);
  for (guint i = 0; named && i < named->len; i++)
    if (g_ptr_array_find (owners, g_ptr_array_index (named, i), NULL))
      g_ptr_array_add (subset, g_ptr_array_index (named, i));
  if (subset->len == 0)
    g_ptr_array_extend (subset, owners, NULL, NULL);
  return subset;
}

void
kh_import_duties_assign (KhImportContext *ctx,
                         KhNode          *duty,
                         const char      *text,
                         GPtrArray       *owners,
                         guint            line)
{
  g_autofree char *body = NULL;
  g_autoptr(GArray) words = NULL;
  g_autoptr(GPtrArray) leads = NULL;
  guint i = 0;
  gsize at = 0, after;

  if (text == NULL)
    {
      /* The item itself: what its body says first. */
      const char *all = kh_import_body_peek (ctx, duty);
      const char *eol = strchr (all, '\n');

      text = body = eol ? g_strndup (all, (gsize) (eol - all)) : g_strdup (all);
    }
  words = kh_import_words (text);

  /* "Đề nghị [Ban …] tiếp tục phối hợp với …" */
  if ((after = skip_words (text, words, &i, "de nghi")) > 0)
    {
      g_autoptr(GPtrArray) named = NULL;
      gsize end = 0;

      at = after;
      named = kh_import_units_leading (ctx, text + at, line, FALSE, &end, NULL);
      if (named != NULL)
        {
          at += end;
          while (i < words->len && g_array_index (words, KhImportWord, i).start < at)
            i++;
        }
    }
  if ((after = skip_words (text, words, &i, "tiep tuc")) > 0)
    at = after;

  if ((after = skip_words (text, words, &i, "phoi hop voi")) > 0
      || (after = skip_words (text, words, &i, "phoi hop chat che voi")) > 0
      || (after = skip_words (text, words, &i, "phoi hop cung")) > 0)
    {
      add_other_side (ctx, duty, text + after, TRUE, line);
      kh_import_add_units (duty, KH_ROLE_COOPERATE, owners, NULL);
      return;
    }

  leads = leading_owners (ctx, text, owners, line);
  kh_import_add_units (duty, KH_ROLE_LEAD, leads, NULL);

  /* "… chủ trì, phối hợp với Y …": Y cooperates. */
  for (guint k = 0; k + 3 < words->len; k++)
    {
      guint j = k;

      if (skip_words (text, words, &j, "chu tri") == 0)
        continue;
      if ((after = skip_words (text, words, &j, "phoi hop voi")) > 0)
        {
          add_other_side (ctx, duty, text + after, FALSE, line);
          break;
        }
    }
}

void
kh_import_duties_given (KhImportContext *ctx,
                        KhNode          *item,
                        const char      *text,
                        guint            line)
{
  g_autoptr(GArray) words = kh_import_words (text);
  guint i = 0;
  gsize after = skip_words (text, words, &i, "giao");

  /* "Giao Sở X theo dõi, đôn đốc …": X leads. */
  if (after > 0 && i == 1)
    add_other_side (ctx, item, text + after, TRUE, line);
}

void
kh_import_duties_report (KhImportContext *ctx,
                         KhNode          *section,
                         guint            line,
                         guint            n_duties,
                         guint            n_supported)
{
  kh_import_note (ctx, line, section, KH_IMPORT_NOTE_INFO,
                  /* TRANSLATORS: %s is a section title; the numbers count tasks */
                  ngettext ("“%s” assigns work per unit: %u duty became a task of its unit (%u of them supported, “Phối hợp với …”)",
                            "“%s” assigns work per unit: %u duties became tasks of their units (%u of them supported, “Phối hợp với …”)",
                            n_duties),
                  kh_node_get_title (section), n_duties, n_supported);
}
