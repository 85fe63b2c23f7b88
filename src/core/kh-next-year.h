/* kh-next-year.h — next year's plan made from this year's (DESIGN §1, job 1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* One confirmed unit replacement: every assignment of @from moves to the
 * unit named @to_name (an existing unit of the plan matched by name, or a
 * new one in @from's group). */
typedef struct {
  char *from_id;
  char *to_name;
} KhUnitReplacement;

KhUnitReplacement *kh_unit_replacement_new  (const char *from_id, const char *to_name);
void               kh_unit_replacement_free (KhUnitReplacement *self);

typedef enum {
  KH_REVIEW_TEXT_TIMELINE,  /* a timeline kept as text had its year rewritten, or could not be moved */
  KH_REVIEW_UNIT_REPLACED,  /* a task's units were replaced */
  KH_REVIEW_LEFTOVER_YEAR,  /* a title or body still names the old year */
} KhReviewKind;

typedef struct {
  KhReviewKind kind;
  char *node_id;   /* in the new plan; NULL for the plan's own metadata */
  char *message;   /* translated */
} KhReviewItem;

typedef struct {
  int source_year;
  int target_year;
  guint timelines_moved;          /* structured timelines moved by whole years */
  guint text_timelines_rewritten; /* text timelines whose year was replaced */
  guint units_replaced;           /* replacements applied */
  guint assignments_moved;        /* assignments that changed unit */
  gboolean cleared_number;        /* number, date and signer were cleared */
  GPtrArray *review;              /* of KhReviewItem, in tree order */
} KhNextYearSummary;

void  kh_next_year_summary_free   (KhNextYearSummary *self);
/* The summary as lines of translated text, for the CLI and the window. */
char *kh_next_year_summary_format (const KhNextYearSummary *self);

/* A new plan for @target_year: structured timelines moved, text timelines
 * with the year replaced and flagged, the year in the title and preamble
 * replaced, number, date and signer cleared, @replacements (of
 * KhUnitReplacement, may be NULL) applied.  @source is not modified. */
KhPlan *kh_next_year (KhPlan             *source,
                      int                 target_year,
                      GPtrArray          *replacements,
                      KhNextYearSummary **summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhNextYearSummary, kh_next_year_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitReplacement, kh_unit_replacement_free)

G_END_DECLS
