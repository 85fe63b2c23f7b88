/* kh-timeline-render.c — a timeline as printed in a plan.
 *
 * These phrases are document text in the plan's language, not interface
 * strings: they never go through gettext, and the C locale of the user
 * never changes them.  Vietnamese pads days below 10 and the months 1 and
 * 2 with a zero, as Decree 30/2020 asks for dates ("28/02/2018",
 * "30/6/2027"); English writes month names in full ("By 28 February 2018").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-timeline.h"

static const char * const roman[] = { "I", "II", "III", "IV" };

static const char * const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

/* Vietnamese ------------------------------------------------------------- */

static void
append_day_month_vi (GString *out, int day, int month)
{
  g_string_append_printf (out, day < 10 ? "%02d/" : "%d/", day);
  g_string_append_printf (out, month <= 2 ? "%02d" : "%d", month);
}

/* "ngày 28/02/2018", "tháng 4/2018", "quý III/2024" or "năm 2018":
 * the most precise point the timeline names. */
static void
append_point_vi (GString *out, const KhTimeline *t, gboolean capital)
{
  if (t->day != 0)
    {
      g_string_append (out, capital ? "Ngày " : "ngày ");
      append_day_month_vi (out, t->day, t->month);
      g_string_append_printf (out, "/%d", t->year);
    }
  else if (t->month != 0)
    {
      g_string_append (out, capital ? "Tháng " : "tháng ");
      g_string_append_printf (out, t->month <= 2 ? "%02d/%d" : "%d/%d", t->month, t->year);
    }
  else if (t->quarter != 0)
    g_string_append_printf (out, "%s %s/%d", capital ? "Quý" : "quý",
                            roman[t->quarter - 1], t->year);
  else
    g_string_append_printf (out, "%s %d", capital ? "Năm" : "năm", t->year);
}

static void
render_vi (GString *out, const KhTimeline *t)
{
  switch (t->kind)
    {
    case KH_TIMELINE_ONGOING:
      g_string_append (out, "Thường xuyên");
      if (t->year != 0)
        g_string_append_printf (out, " trong năm %d", t->year);
      break;
    case KH_TIMELINE_YEAR:
      g_string_append_printf (out, "Trong năm %d", t->year);
      break;
    case KH_TIMELINE_HALF:
      g_string_append (out, t->half == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm");
      if (t->year != 0)
        g_string_append_printf (out, " %d", t->year);
      break;
    case KH_TIMELINE_QUARTER:
    case KH_TIMELINE_MONTH:
    case KH_TIMELINE_DATE:
      append_point_vi (out, t, TRUE);
      break;
    case KH_TIMELINE_QUARTER_RANGE:
      if (t->year_end != 0)
        g_string_append_printf (out, "Quý %s/%d - Quý %s/%d", roman[t->quarter - 1], t->year,
                                roman[t->quarter_end - 1], t->year_end);
      else
        g_string_append_printf (out, "Quý %s - Quý %s/%d", roman[t->quarter - 1],
                                roman[t->quarter_end - 1], t->year);
      break;
    case KH_TIMELINE_DEADLINE:
      g_string_append (out, t->mode == KH_DEADLINE_WITHIN ? "Hoàn thành trong " : "Trước ");
      append_point_vi (out, t, FALSE);
      break;
    case KH_TIMELINE_YEAR_RANGE:
      g_string_append_printf (out, "%d-%d", t->year, t->year_end);
      break;
    case KH_TIMELINE_PERIODIC:
      if (t->every_months == 1)
        g_string_append (out, "Hằng tháng");
      else if (t->every_months == 3)
        g_string_append (out, "Hằng quý");
      else if (t->every_months == 12)
        g_string_append (out, "Hằng năm");
      else
        g_string_append_printf (out, "Định kỳ %02d tháng", t->every_months);
      break;
    case KH_TIMELINE_EVENT:
    case KH_TIMELINE_TEXT:
    default:
      g_assert_not_reached ();
    }
}

/* English ---------------------------------------------------------------- */

/* "28 February 2018", "April 2018", "Q3 2024" or "2018" */
static void
append_point_en (GString *out, const KhTimeline *t)
{
  if (t->day != 0)
    g_string_append_printf (out, "%d %s %d", t->day, months_en[t->month - 1], t->year);
  else if (t->month != 0)
    g_string_append_printf (out, "%s %d", months_en[t->month - 1], t->year);
  else if (t->quarter != 0)
    g_string_append_printf (out, "Q%d %d", t->quarter, t->year);
  else
    g_string_append_printf (out, "%d", t->year);
}

static void
render_en (GString *out, const KhTimeline *t)
{
  switch (t->kind)
    {
    case KH_TIMELINE_ONGOING:
      if (t->year != 0)
        g_string_append_printf (out, "Throughout %d", t->year);
      else
        g_string_append (out, "Ongoing");
      break;
    case KH_TIMELINE_YEAR:
      g_string_append_printf (out, "During %d", t->year);
      break;
    case KH_TIMELINE_HALF:
      g_string_append (out, t->half == 1 ? "First half of " : "Second half of ");
      if (t->year != 0)
        g_string_append_printf (out, "%d", t->year);
      else
        g_string_append (out, "the year");
      break;
    case KH_TIMELINE_QUARTER:
    case KH_TIMELINE_MONTH:
    case KH_TIMELINE_DATE:
      append_point_en (out, t);
      break;
    case KH_TIMELINE_QUARTER_RANGE:
      if (t->year_end != 0)
        g_string_append_printf (out, "Q%d %d – Q%d %d", t->quarter, t->year,
                                t->quarter_end, t->year_end);
      else
        g_string_append_printf (out, "Q%d–Q%d %d", t->quarter, t->quarter_end, t->year);
      break;
    case KH_TIMELINE_DEADLINE:
      if (t->mode == KH_DEADLINE_WITHIN)
        g_string_append (out, "Within ");
      else
        g_string_append (out, t->day != 0 ? "By " : "Before ");
      append_point_en (out, t);
      break;
    case KH_TIMELINE_YEAR_RANGE:
      g_string_append_printf (out, "%d–%d", t->year, t->year_end);
      break;
    case KH_TIMELINE_PERIODIC:
      if (t->every_months == 1)
        g_string_append (out, "Monthly");
      else if (t->every_months == 3)
        g_string_append (out, "Quarterly");
      else if (t->every_months == 12)
        g_string_append (out, "Annually");
      else
        g_string_append_printf (out, "Every %d months", t->every_months);
      break;
    case KH_TIMELINE_EVENT:
    case KH_TIMELINE_TEXT:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_verbatim (const KhTimeline *t)
{
  return t->kind == KH_TIMELINE_EVENT
      || t->kind == KH_TIMELINE_TEXT
      || (t->kind == KH_TIMELINE_PERIODIC && t->every_months == 0)
      || kh_timeline_check (t) != NULL;  /* never index a table out of range */
}

char *
kh_timeline_render (const KhTimeline *self,
                    KhLanguage        language)
{
  GString *out;

  g_return_val_if_fail (self != NULL, g_strdup (""));

  if (is_verbatim (self))
    return g_strdup (self->text ? self->text : "");

  out = g_string_new (NULL);
  if (language == KH_LANGUAGE_EN)
    render_en (out, self);
  else
    render_vi (out, self);
  return g_string_free (out, FALSE);
}
