/* kh-next-year.h — next year's plan made from this year's (DESIGN §1, job 1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* One confirmed unit replacement: every assignment of the unit @from_id
 * moves to the unit named @to_name — the plan's own unit of that name
 * (kh_unit_match), else a new one: like @successor when it is set (a unit
 * of the default lists: short name and group), else in @from_id's group.
 * The replaced unit leaves the plan. */
typedef struct {
  char   *from_id;
  char   *to_name;
  KhUnit *successor;  /* owned, nullable */
} KhUnitReplacement;

KhUnitReplacement *kh_unit_replacement_new  (const char *from_id, const char *to_name);
void               kh_unit_replacement_free (KhUnitReplacement *self);

typedef enum {
  KH_REVIEW_TEXT_TIMELINE,  /* a timeline kept as text had its year rewritten, or could not be moved */
  KH_REVIEW_UNIT_REPLACED,  /* a task's units (or a heading naming one) were replaced */
  KH_REVIEW_LEFTOVER_YEAR,  /* a text still names the old year or a replaced unit */
  KH_REVIEW_PREAMBLE,       /* the preamble's year was replaced: the documents it cites need a look */
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
  GPtrArray *review;              /* of KhReviewItem: the plan's own first, then the nodes' in tree order */
} KhNextYearSummary;

void  kh_next_year_summary_free   (KhNextYearSummary *self);
/* The summary as lines of translated text, for the CLI and the window. */
char *kh_next_year_summary_format (const KhNextYearSummary *self);

/* A new plan for @target_year (1900–2200): structured timelines moved
 * (the tasks' and their appendix rows'), text timelines with the year
 * replaced and flagged, the year in the title and preamble replaced,
 * number, date and signer cleared, @replacements (of KhUnitReplacement,
 * may be NULL) applied — a replacement whose unit is gone or that
 * names the unit itself is skipped, chains (A → B, B → C) end at C;
 * a node titled with a replaced unit's name (the heading of its duties)
 * takes the successor's.  What is left in free text (the old year, a
 * replaced unit's name) is listed for review, not rewritten.  Ids are
 * kept.  @source is not modified. */
KhPlan *kh_next_year (KhPlan             *source,
                      int                 target_year,
                      GPtrArray          *replacements,
                      KhNextYearSummary **summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhNextYearSummary, kh_next_year_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitReplacement, kh_unit_replacement_free)

G_END_DECLS
