/* kh-timeline.c — the timeline value: lifetime, equality, kind codes.
 *
 * Parsing, rendering and shifting live in kh-timeline-parse.c,
 * kh-timeline-render.c and kh-timeline-shift.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-timeline.h"

G_DEFINE_BOXED_TYPE (KhTimeline, kh_timeline, kh_timeline_copy, kh_timeline_free)

/* File-format codes, indexed by KhTimelineKind (FORMAT.md). */
static const char * const kind_codes[] = {
  [KH_TIMELINE_ONGOING]       = "ongoing",
  [KH_TIMELINE_YEAR]          = "year",
  [KH_TIMELINE_HALF]          = "half",
  [KH_TIMELINE_QUARTER]       = "quarter",
  [KH_TIMELINE_QUARTER_RANGE] = "quarter-range",
  [KH_TIMELINE_MONTH]         = "month",
  [KH_TIMELINE_DEADLINE]      = "deadline",
  [KH_TIMELINE_DATE]          = "date",
  [KH_TIMELINE_YEAR_RANGE]    = "year-range",
  [KH_TIMELINE_PERIODIC]      = "periodic",
  [KH_TIMELINE_EVENT]         = "event",
  [KH_TIMELINE_TEXT]          = "text",
};

KhTimeline *
kh_timeline_new (KhTimelineKind kind)
{
  KhTimeline *self = g_new0 (KhTimeline, 1);

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_codes), self);

  self->kind = kind;
  self->mode = KH_DEADLINE_BEFORE;
  return self;
}

KhTimeline *
kh_timeline_new_text (const char *text)
{
  KhTimeline *self = kh_timeline_new (KH_TIMELINE_TEXT);

  self->text = g_strdup (text ? text : "");
  return self;
}

KhTimeline *
kh_timeline_copy (const KhTimeline *self)
{
  KhTimeline *copy;

  if (self == NULL)
    return NULL;

  copy = g_memdup2 (self, sizeof *self);
  copy->text = g_strdup (self->text);
  copy->extras = g_strdup (self->extras);
  return copy;
}

void
kh_timeline_free (KhTimeline *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->extras);
  g_free (self);
}

gboolean
kh_timeline_equal (const KhTimeline *a,
                   const KhTimeline *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return a->kind == b->kind
      && a->year == b->year
      && a->year_end == b->year_end
      && a->half == b->half
      && a->quarter == b->quarter
      && a->quarter_end == b->quarter_end
      && a->month == b->month
      && a->day == b->day
      && a->every_months == b->every_months
      && a->mode == b->mode
      && g_strcmp0 (a->text ? a->text : "", b->text ? b->text : "") == 0
      && g_strcmp0 (a->extras, b->extras) == 0;
}

KhTimelineUses
kh_timeline_kind_uses (KhTimelineKind kind)
{
  switch (kind)
    {
    case KH_TIMELINE_ONGOING:
    case KH_TIMELINE_YEAR:
      return KH_TIMELINE_USES_YEAR;
    case KH_TIMELINE_HALF:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_HALF;
    case KH_TIMELINE_QUARTER:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_QUARTER;
    case KH_TIMELINE_QUARTER_RANGE:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_YEAR_END
           | KH_TIMELINE_USES_QUARTER | KH_TIMELINE_USES_QUARTER_END;
    case KH_TIMELINE_MONTH:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_MONTH;
    case KH_TIMELINE_DEADLINE:
      return KH_TIMELINE_USES_MODE | KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_QUARTER
           | KH_TIMELINE_USES_MONTH | KH_TIMELINE_USES_DAY;
    case KH_TIMELINE_DATE:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_MONTH | KH_TIMELINE_USES_DAY;
    case KH_TIMELINE_YEAR_RANGE:
      return KH_TIMELINE_USES_YEAR | KH_TIMELINE_USES_YEAR_END;
    case KH_TIMELINE_PERIODIC:
      return KH_TIMELINE_USES_EVERY_MONTHS;
    case KH_TIMELINE_EVENT:
    case KH_TIMELINE_TEXT:
    default:
      return 0;
    }
}

static gboolean
in_range (int value, int min, int max)
{
  return min <= value && value <= max;
}

#define YEAR_OK(y) in_range ((y), 1900, 2200)

static gboolean
date_ok (int day, int month, int year)
{
  /* Ranges first: GDate takes 8- and 16-bit values. */
  return in_range (day, 1, 31) && in_range (month, 1, 12) && YEAR_OK (year)
      && g_date_valid_dmy (day, month, year);
}

/* Members the kind does not use must be 0, so that equal timelines
 * compare equal and the file holds only what the kind says. */
static const char *
check_unused (const KhTimeline *self,
              KhTimelineUses    uses)
{
  static const struct { KhTimelineUses flag; const char *name; gsize offset; } members[] = {
    { KH_TIMELINE_USES_YEAR,         "year",         G_STRUCT_OFFSET (KhTimeline, year) },
    { KH_TIMELINE_USES_YEAR_END,     "year_end",     G_STRUCT_OFFSET (KhTimeline, year_end) },
    { KH_TIMELINE_USES_HALF,         "half",         G_STRUCT_OFFSET (KhTimeline, half) },
    { KH_TIMELINE_USES_QUARTER,      "quarter",      G_STRUCT_OFFSET (KhTimeline, quarter) },
    { KH_TIMELINE_USES_QUARTER_END,  "quarter_end",  G_STRUCT_OFFSET (KhTimeline, quarter_end) },
    { KH_TIMELINE_USES_MONTH,        "month",        G_STRUCT_OFFSET (KhTimeline, month) },
    { KH_TIMELINE_USES_DAY,          "day",          G_STRUCT_OFFSET (KhTimeline, day) },
    { KH_TIMELINE_USES_EVERY_MONTHS, "every_months", G_STRUCT_OFFSET (KhTimeline, every_months) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (!(uses & members[i].flag)
        && G_STRUCT_MEMBER (int, self, members[i].offset) != 0)
      return members[i].name;
  if (!(uses & KH_TIMELINE_USES_MODE) && self->mode != KH_DEADLINE_BEFORE)
    return "mode";
  return NULL;
}

static const char *
check_deadline (const KhTimeline *self)
{
  if (self->mode != KH_DEADLINE_BEFORE && self->mode != KH_DEADLINE_WITHIN)
    return "mode";
  if (!YEAR_OK (self->year))
    return "year";
  if (self->quarter != 0 && (self->month != 0 || !in_range (self->quarter, 1, 4)))
    return "quarter";
  if (self->month != 0 && !in_range (self->month, 1, 12))
    return "month";
  /* "Hoàn thành trong ngày …" is not a deadline anyone writes. */
  if (self->day != 0
      && (self->month == 0 || self->mode != KH_DEADLINE_BEFORE
          || !date_ok (self->day, self->month, self->year)))
    return "day";
  return NULL;
}

const char *
kh_timeline_check (const KhTimeline *self)
{
  const char *fault;

  g_return_val_if_fail (self != NULL, "kind");

  if ((guint) self->kind >= G_N_ELEMENTS (kind_codes))
    return "kind";
  if ((fault = check_unused (self, kh_timeline_kind_uses (self->kind))))
    return fault;

  switch (self->kind)
    {
    case KH_TIMELINE_ONGOING:
      return self->year == 0 || YEAR_OK (self->year) ? NULL : "year";
    case KH_TIMELINE_YEAR:
      return YEAR_OK (self->year) ? NULL : "year";
    case KH_TIMELINE_HALF:
      /* "6 tháng cuối năm" names no year. */
      if (!in_range (self->half, 1, 2))
        return "half";
      return self->year == 0 || YEAR_OK (self->year) ? NULL : "year";
    case KH_TIMELINE_QUARTER:
      if (!in_range (self->quarter, 1, 4))
        return "quarter";
      return YEAR_OK (self->year) ? NULL : "year";
    case KH_TIMELINE_QUARTER_RANGE:
      if (!in_range (self->quarter, 1, 4))
        return "quarter";
      if (!YEAR_OK (self->year))
        return "year";
      if (self->year_end != 0 && (!YEAR_OK (self->year_end) || self->year_end <= self->year))
        return "year_end";
      if (!in_range (self->quarter_end, 1, 4)
          || (self->year_end == 0 && self->quarter_end <= self->quarter))
        return "quarter_end";
      return NULL;
    case KH_TIMELINE_MONTH:
      if (!in_range (self->month, 1, 12))
        return "month";
      return YEAR_OK (self->year) ? NULL : "year";
    case KH_TIMELINE_DEADLINE:
      return check_deadline (self);
    case KH_TIMELINE_DATE:
      if (!YEAR_OK (self->year))
        return "year";
      if (!in_range (self->month, 1, 12))
        return "month";
      return date_ok (self->day, self->month, self->year) ? NULL : "day";
    case KH_TIMELINE_YEAR_RANGE:
      if (!YEAR_OK (self->year))
        return "year";
      return YEAR_OK (self->year_end) && self->year_end > self->year ? NULL : "year_end";
    case KH_TIMELINE_PERIODIC:
      return self->every_months == 0 || in_range (self->every_months, 1, 120)
             ? NULL : "every_months";
    case KH_TIMELINE_EVENT:
    case KH_TIMELINE_TEXT:
    default:
      return NULL;
    }
}

gboolean
kh_timeline_fits_year (const KhTimeline *self,
                       int               year)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->year == 0)
    return TRUE;
  if (self->year_end != 0)
    return self->year <= year && year <= self->year_end;
  return self->year == year;
}

const char *
kh_timeline_kind_to_string (KhTimelineKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kind_codes))
    return "text";
  return kind_codes[kind];
}

gboolean
kh_timeline_kind_from_string (const char     *code,
                              KhTimelineKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_codes); i++)
    if (g_str_equal (code, kind_codes[i]))
      {
        *out = (KhTimelineKind) i;
        return TRUE;
      }
  return FALSE;
}
