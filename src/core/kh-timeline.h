/* kh-timeline.h — when a task is done (thời gian thực hiện).
 *
 * A timeline is structured where the phrase allows it and verbatim text
 * where it does not (DESIGN §5).  The struct is public so that the file
 * format and the editor can read and write its fields directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include "kh-types.h"

G_BEGIN_DECLS

typedef enum {
  KH_TIMELINE_ONGOING,        /* Thường xuyên [trong năm Y]          year optional */
  KH_TIMELINE_YEAR,           /* Trong năm Y / Năm Y                  year */
  KH_TIMELINE_HALF,           /* 6 tháng đầu/cuối năm Y               half, year */
  KH_TIMELINE_QUARTER,        /* Quý II/Y                             quarter, year */
  KH_TIMELINE_QUARTER_RANGE,  /* Quý II - Quý III/Y                   quarter, quarter_end, year, year_end */
  KH_TIMELINE_MONTH,          /* Tháng 02/Y                           month, year */
  KH_TIMELINE_DEADLINE,       /* Trước ngày D/M/Y; Trước tháng M/Y;  day?, month?, quarter?, year, mode */
                              /* Hoàn thành trong quý III năm Y */
  KH_TIMELINE_DATE,           /* Ngày D/M/Y                           day, month, year */
  KH_TIMELINE_YEAR_RANGE,     /* 2022-2023                            year, year_end */
  KH_TIMELINE_PERIODIC,       /* Định kỳ 06 tháng                     every_months (0: text only) */
  KH_TIMELINE_EVENT,          /* Sau khi Kế hoạch … ban hành          text */
  KH_TIMELINE_TEXT,           /* anything else, verbatim              text */
} KhTimelineKind;

typedef enum {
  KH_DEADLINE_BEFORE,  /* Trước …  — "By …", "Before …" */
  KH_DEADLINE_WITHIN,  /* Hoàn thành trong … — "Within …" */
} KhDeadlineMode;

typedef struct {
  KhTimelineKind kind;
  int year;          /* 0 when not stated */
  int year_end;      /* ranges; 0 when the same as year */
  int half;          /* 1 first half, 2 second half */
  int quarter;       /* 1–4, 0 when not stated */
  int quarter_end;   /* quarter ranges */
  int month;         /* 1–12, 0 when not stated */
  int day;           /* 1–31, 0 when not stated */
  int every_months;  /* periodic */
  KhDeadlineMode mode;
  char *text;        /* the phrase as written; the whole value for EVENT and TEXT */
  char *extras;      /* unknown file members as one JSON object's text, or NULL:
                        kept so that a newer Kehoach's data survives a save */
} KhTimeline;

/* The members each kind holds (DESIGN §5, src/io/FORMAT.md). */
typedef enum {
  KH_TIMELINE_USES_YEAR         = 1 << 0,
  KH_TIMELINE_USES_YEAR_END     = 1 << 1,
  KH_TIMELINE_USES_HALF         = 1 << 2,
  KH_TIMELINE_USES_QUARTER      = 1 << 3,
  KH_TIMELINE_USES_QUARTER_END  = 1 << 4,
  KH_TIMELINE_USES_MONTH        = 1 << 5,
  KH_TIMELINE_USES_DAY          = 1 << 6,
  KH_TIMELINE_USES_EVERY_MONTHS = 1 << 7,
  KH_TIMELINE_USES_MODE         = 1 << 8,
} KhTimelineUses;

#define KH_TYPE_TIMELINE (kh_timeline_get_type ())
GType        kh_timeline_get_type   (void) G_GNUC_CONST;

KhTimeline  *kh_timeline_new        (KhTimelineKind    kind);
KhTimeline  *kh_timeline_new_text   (const char       *text);
KhTimeline  *kh_timeline_copy       (const KhTimeline *self);
void         kh_timeline_free       (KhTimeline       *self);
gboolean     kh_timeline_equal      (const KhTimeline *a,
                                     const KhTimeline *b);

/* Parses a Vietnamese phrase, ignoring case and diacritics (OCR'd text
 * too).  Returns NULL for an empty phrase (or one that is not UTF-8),
 * else never NULL: what is not understood becomes KH_TIMELINE_TEXT. */
KhTimeline  *kh_timeline_parse      (const char       *phrase);

/* The phrase as it will be printed in a document of @language. */
char        *kh_timeline_render     (const KhTimeline *self,
                                     KhLanguage        language);

/* A copy moved by @years.  Structured kinds move every year they hold;
 * text kinds only have occurrences of @plan_year replaced, and
 * *@needs_review is set when they had one (or could not be moved). */
KhTimeline  *kh_timeline_shift      (const KhTimeline *self,
                                     int               years,
                                     int               plan_year,
                                     gboolean         *needs_review);

/* FALSE when the timeline names a year other than @year (validation:
 * "timeline outside the plan's year"); TRUE when it names none. */
gboolean     kh_timeline_fits_year  (const KhTimeline *self,
                                     int               year);

KhTimelineUses kh_timeline_kind_uses (KhTimelineKind kind);

/* NULL when @self is consistent: the members its kind needs are set and
 * in range (a real date, quarter 1–4, year 1900–2200, ranges that end
 * after they start), the members it does not use are 0.  Otherwise the
 * name of the first member at fault, as in the file format ("quarter"). */
const char  *kh_timeline_check      (const KhTimeline *self);

const char  *kh_timeline_kind_to_string   (KhTimelineKind kind);
gboolean     kh_timeline_kind_from_string (const char *code, KhTimelineKind *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhTimeline, kh_timeline_free)

G_END_DECLS
