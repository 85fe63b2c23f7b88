/* kh-export-model.h — what an export prints, worked out once for every
 * sheet: the task rows in order with their numbers, and the units in
 * column order, grouped.
 *
 * A row prints what the appendix says of its task (kh_node_get_appendix_*),
 * so that the three sheets of one workbook agree with each other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"
#include "kh-xlsx-export.h"

G_BEGIN_DECLS

typedef struct {
  KhNode   *node;            /* borrowed */
  KhNode   *section;         /* the root section it stands under, or NULL */
  char     *section_label;   /* "II" when a section row goes before it, else NULL */
  guint     number;          /* what STT prints: 1, 2, … */
  char     *ref;             /* the task across sheets: "3", or "II.3" when numbers restart */
} KhExportRow;

typedef struct {
  char       *name;          /* the group's heading */
  guint       first;         /* index in units */
  guint       n_units;
} KhExportGroup;

typedef struct {
  KhPlan     *plan;          /* owned reference */
  KhLanguage  language;
  GPtrArray  *rows;          /* of KhExportRow */
  GPtrArray  *units;         /* of KhUnit (borrowed), grouped, plan order within a group */
  GArray     *groups;        /* of KhExportGroup */
  GHashTable *unit_index;    /* KhUnit → index in units + 1 */
  char       *separator;     /* between units in one cell */
} KhExportModel;

KhExportModel *kh_export_model_new   (KhPlan                *plan,
                                      const KhExportOptions *options);
void           kh_export_model_free  (KhExportModel         *self);

/* The index of @unit in self->units, or -1 (a unit the plan no longer has). */
int            kh_export_model_unit_index (KhExportModel *self,
                                           KhUnit        *unit);

/* Fills @roles (self->units->len entries) with the role each unit has in
 * @row; a unit that is both lead and cooperating counts as lead. */
void           kh_export_model_row_roles  (KhExportModel *self,
                                           KhExportRow   *row,
                                           guint8        *roles);

/* The cells of @row as the appendix prints them; free with g_free. */
char          *kh_export_model_row_leads       (KhExportModel *self, KhExportRow *row);
char          *kh_export_model_row_cooperating (KhExportModel *self, KhExportRow *row);
char          *kh_export_model_row_timeline    (KhExportModel *self, KhExportRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhExportModel, kh_export_model_free)

G_END_DECLS
