/* kh-validation.h — what looks wrong in a plan (DESIGN §1, job 4).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef enum {
  KH_SEVERITY_INFO,     /* worth a look, may well be right ("never assigned") */
  KH_SEVERITY_WARNING,  /* probably a mistake */
} KhSeverity;

typedef enum {
  KH_FINDING_NO_LEAD,               /* a task with no lead unit and no lead note */
  KH_FINDING_LEAD_AND_COOPERATE,    /* one unit both leads and cooperates on a task */
  KH_FINDING_TIMELINE_OUTSIDE_YEAR, /* a timeline names a year other than the plan's */
  KH_FINDING_EMPTY_TITLE,           /* a section or item without a title */
  KH_FINDING_UNIT_UNASSIGNED,       /* a unit no task leads or supports with */
  KH_FINDING_DUPLICATE_UNIT,        /* units that look like the same (kh_unit_same) */
} KhFindingCode;

#define KH_TYPE_FINDING (kh_finding_get_type ())
G_DECLARE_FINAL_TYPE (KhFinding, kh_finding, KH, FINDING, GObject)

/* Read-only properties: "severity" (KhSeverity), "code" (KhFindingCode),
 * "node" (KhNode, nullable), "unit" (KhUnit, nullable), "message"
 * (translated, naming the node by label and shortened title:
 * "1.2. Ban hành Quy chế…: no lead unit"). */
KhSeverity     kh_finding_get_severity (KhFinding *self);
KhFindingCode  kh_finding_get_code     (KhFinding *self);
KhNode        *kh_finding_get_node     (KhFinding *self);
KhUnit        *kh_finding_get_unit     (KhFinding *self);
const char    *kh_finding_get_message  (KhFinding *self);

/* Every finding of @plan (a GPtrArray of KhFinding, owning them): the
 * nodes' in tree order, then the units' in the plan's unit order. */
GPtrArray     *kh_validate_plan        (KhPlan    *plan);
/* The findings about @node alone (not its children), for the editor. */
GPtrArray     *kh_validate_node        (KhPlan    *plan,
                                        KhNode    *node);

/* "2 warnings, 1 note" (translated), "" for no findings. */
char          *kh_findings_summary     (GPtrArray *findings);
/* "warning" or "note", translated. */
const char    *kh_severity_to_label    (KhSeverity severity);

G_END_DECLS
