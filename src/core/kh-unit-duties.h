/* kh-unit-duties.h — what one unit has to do in a plan.
 *
 * The by-unit view and its export: the tasks a unit leads, then those it
 * supports, and the same as text in the plan's document language, shaped
 * like the per-unit paragraphs of "Phân công nhiệm vụ":
 *
 *   Sở Thông tin và Truyền thông
 *   a) Chủ trì, phối hợp với Sở Ngoại vụ xây dựng …. Thời gian thực hiện: Quý II/2018.
 *   b) Phối hợp với Sở Ngoại vụ tổ chức …. Thời gian thực hiện: Trong năm 2018.
 *
 * Roles follow the tasks' own lead and cooperating lists (not the
 * appendix rows), as in the matrix.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef struct {
  KhNode *node;       /* borrowed */
  KhRole  role;       /* KH_ROLE_LEAD or KH_ROLE_COOPERATE */
  KhNode *section;    /* the nearest section above the task, or NULL */
  char   *label;      /* the task's number: "1.2.", "a)" */
  char   *title;      /* white space squeezed */
  char   *scope;      /* what the unit does as a lead ("" when the whole task) */
  char   *timeline;   /* rendered in the language asked for, "" when none */
  char   *partners;   /* leading: the other leads and the cooperating units;
                       * supporting: the leads ("Sở Ngoại vụ và Công an
                       * tỉnh"); "" when none */
} KhUnitDuty;

void        kh_unit_duty_free          (KhUnitDuty *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitDuty, kh_unit_duty_free)

/* The tasks (items) @unit leads in tree order, then those it cooperates
 * on in tree order, so that each part is grouped by section: a GPtrArray
 * of KhUnitDuty that owns them.  A unit in both lists of a task leads it. */
GPtrArray  *kh_unit_duties_collect     (KhPlan     *plan,
                                        KhUnit     *unit,
                                        KhLanguage  language);

/* The clipboard text for @unit in @language: a line with the unit's name,
 * then one line per duty lettered a), b), … (kh_numbering_letter), every
 * line ending in "\n". */
char       *kh_unit_duties_format_text (KhPlan     *plan,
                                        KhUnit     *unit,
                                        KhLanguage  language);

G_END_DECLS
