/* kh-timeline-shift.c — moving a timeline by whole years (next year's plan).
 *
 * Structured kinds move every year they hold, and their ->text follows.
 * Text kinds (EVENT, TEXT, PERIODIC without months) can only have the
 * plan's own year replaced where it stands as a number of its own; they
 * are flagged for review when that happened, and when they name another
 * year that nobody can tell should move or not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-timeline.h"

typedef struct {
  int from[2];
  int n_from;
  int years;
  gboolean replaced;    /* a year was replaced */
  gboolean other_year;  /* a year-like number that is none of from[] */
} YearMap;

static gboolean
is_year_like (int value)
{
  return 1900 <= value && value <= 2200;
}

/* @text with every run of exactly four digits that is one of map->from[]
 * moved by map->years, in one pass so that "2022-2023" + 1 gives
 * "2023-2024". */
static char *
replace_years (const char *text, YearMap *map)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      gsize run = strspn (p, "0123456789");
      gboolean moved = FALSE;

      if (run == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (run == 4)
        {
          int value = (int) g_ascii_strtoll (p, NULL, 10);

          for (int i = 0; i < map->n_from && !moved; i++)
            if (value == map->from[i])
              {
                g_string_append_printf (out, "%d", value + map->years);
                moved = map->replaced = TRUE;
              }
          if (!moved && is_year_like (value))
            map->other_year = TRUE;
        }
      if (!moved)
        g_string_append_len (out, p, (gssize) run);
      p += run;
    }
  return g_string_free (out, FALSE);
}

/* Inconsistent values (an editor's half-typed date) move as text too:
 * adding to a year nobody checked could overflow. */
static gboolean
is_text_kind (const KhTimeline *t)
{
  return kh_timeline_check (t) != NULL
      || t->kind == KH_TIMELINE_EVENT
      || t->kind == KH_TIMELINE_TEXT
      || (t->kind == KH_TIMELINE_PERIODIC && t->every_months == 0);
}

static void
set_text (KhTimeline *t, char *text)
{
  g_free (t->text);
  t->text = text;
}

static gboolean
shift_text (KhTimeline *t, int years, int plan_year)
{
  YearMap map = { { plan_year }, 1, years, FALSE, FALSE };

  if (t->text == NULL)
    return FALSE;
  set_text (t, replace_years (t->text, &map));
  return map.replaced || map.other_year;
}

/* Returns TRUE when the result needs a look: a 29 February that had to
 * become the 28th, or a year beyond what a plan can hold. */
static gboolean
shift_structured (KhTimeline *t, int years)
{
  YearMap map = { { t->year, t->year_end }, t->year_end != 0 ? 2 : 1, years, FALSE, FALSE };
  gboolean review = FALSE;

  if (t->year == 0)
    return FALSE;  /* "Thường xuyên", "Định kỳ 06 tháng": nothing to move */

  t->year += years;
  if (t->year_end != 0)
    t->year_end += years;

  if (t->day != 0 && t->month != 0 && 1900 <= t->year && t->year <= 2200)
    {
      int last = g_date_get_days_in_month ((GDateMonth) t->month, (GDateYear) t->year);

      if (t->day > last)
        {
          t->day = last;
          review = TRUE;
        }
    }

  if (kh_timeline_check (t) != NULL)
    {
      /* Out of range now: keep what can be kept, as text. */
      KhTimeline moved_text = { KH_TIMELINE_TEXT };

      moved_text.text = t->text ? replace_years (t->text, &map) : g_strdup ("");
      moved_text.extras = t->extras;
      g_free (t->text);
      *t = moved_text;
      return TRUE;
    }

  if (t->text != NULL && *t->text != '\0')
    {
      g_autofree char *moved = replace_years (t->text, &map);

      /* The phrase as written did not show the year (OCR): write it anew. */
      if (!map.replaced || review)
        set_text (t, kh_timeline_render (t, KH_LANGUAGE_VI));
      else
        set_text (t, g_steal_pointer (&moved));
    }
  return review;
}

KhTimeline *
kh_timeline_shift (const KhTimeline *self,
                   int               years,
                   int               plan_year,
                   gboolean         *needs_review)
{
  KhTimeline *copy;
  gboolean review = FALSE;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (years > -10000 && years < 10000, NULL);

  copy = kh_timeline_copy (self);
  if (years != 0)
    {
      if (is_text_kind (copy))
        review = shift_text (copy, years, plan_year);
      else
        review = shift_structured (copy, years);
    }

  if (needs_review != NULL)
    *needs_review = review;
  return copy;
}
