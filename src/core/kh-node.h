/* kh-node.h — one section or item of a plan's tree.
 *
 * An item with a lead, a cooperating unit or a timeline is a task.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-types.h"
#include "kh-assignment.h"
#include "kh-timeline.h"

G_BEGIN_DECLS

/* How a task reads in the appendix table when that differs from the task
 * itself (real plans shorten titles and name other units there).  Every
 * member is optional: NULL means "as the task says". */
typedef struct {
  char       *title;
  GPtrArray  *leads;           /* of KhAssignment */
  char       *lead_note;
  GPtrArray  *cooperating;     /* of KhAssignment */
  char       *cooperate_note;
  KhTimeline *timeline;
} KhAppendixRow;

#define KH_TYPE_APPENDIX_ROW (kh_appendix_row_get_type ())
GType          kh_appendix_row_get_type (void) G_GNUC_CONST;
KhAppendixRow *kh_appendix_row_new      (void);
KhAppendixRow *kh_appendix_row_copy     (const KhAppendixRow *self);
void           kh_appendix_row_free     (KhAppendixRow       *self);
gboolean       kh_appendix_row_equal    (const KhAppendixRow *a,
                                         const KhAppendixRow *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhAppendixRow, kh_appendix_row_free)

#define KH_TYPE_NODE (kh_node_get_type ())
G_DECLARE_FINAL_TYPE (KhNode, kh_node, KH, NODE, GObject)

/* Properties (all notify):
 *   "id" (construct-only), "kind" (KhNodeKind),
 *   strings, never NULL: "title", "body", "lead-note", "cooperate-note",
 *     "participants", "quantity", "duration", "products", "budget-source", "notes"
 *   "budget-amount" (gint64, đồng), "in-appendix" (boolean),
 *   "timeline" (KhTimeline, nullable), "appendix-row" (KhAppendixRow, nullable)
 * Signal "assignments-changed": the lead or cooperating list was replaced. */
KhNode        *kh_node_new             (const char *id,
                                        KhNodeKind  kind,
                                        const char *title);

const char    *kh_node_get_id          (KhNode *self);
KhNodeKind     kh_node_get_kind        (KhNode *self);
const char    *kh_node_get_title       (KhNode *self);
const char    *kh_node_get_body        (KhNode *self);
const char    *kh_node_get_lead_note   (KhNode *self);
const char    *kh_node_get_cooperate_note (KhNode *self);
const char    *kh_node_get_participants (KhNode *self);
const char    *kh_node_get_quantity    (KhNode *self);
const char    *kh_node_get_duration    (KhNode *self);
const char    *kh_node_get_products    (KhNode *self);
const char    *kh_node_get_budget_source (KhNode *self);
const char    *kh_node_get_notes       (KhNode *self);
gint64         kh_node_get_budget_amount (KhNode *self);
gboolean       kh_node_get_in_appendix (KhNode *self);
const KhTimeline *kh_node_get_timeline (KhNode *self);
const KhAppendixRow *kh_node_get_appendix_row (KhNode *self);

/* Borrowed lists of KhAssignment; never NULL. */
GPtrArray     *kh_node_get_leads       (KhNode *self);
GPtrArray     *kh_node_get_cooperating (KhNode *self);
/* The role @unit has in this task (a lead wins over cooperating). */
KhRole         kh_node_get_role        (KhNode *self, KhUnit *unit);
/* TRUE when the node carries any assignment, note or timeline. */
gboolean       kh_node_is_task         (KhNode *self);

/* Tree.  Children are a GListModel of KhNode that GTK can show directly. */
KhNode        *kh_node_get_parent      (KhNode *self);
GListModel    *kh_node_get_children    (KhNode *self);
guint          kh_node_get_n_children  (KhNode *self);
/* Builds a detached subtree (not yet in a plan) before it is inserted
 * with kh_plan_insert_node; nodes already in a plan move with KhPlan. */
void           kh_node_append_child    (KhNode *self, KhNode *child);
/* 1 for a root node. */
guint          kh_node_get_depth       (KhNode *self);

/* Plain setters: they notify but record no undo step (see kh-edit.h).
 * Strings are copied; NULL is stored as "". */
void           kh_node_set_kind        (KhNode *self, KhNodeKind kind);
void           kh_node_set_title       (KhNode *self, const char *title);
void           kh_node_set_body        (KhNode *self, const char *body);
void           kh_node_set_lead_note   (KhNode *self, const char *note);
void           kh_node_set_cooperate_note (KhNode *self, const char *note);
void           kh_node_set_participants (KhNode *self, const char *text);
void           kh_node_set_quantity    (KhNode *self, const char *text);
void           kh_node_set_duration    (KhNode *self, const char *text);
void           kh_node_set_products    (KhNode *self, const char *text);
void           kh_node_set_budget_source (KhNode *self, const char *text);
void           kh_node_set_notes       (KhNode *self, const char *text);
void           kh_node_set_budget_amount (KhNode *self, gint64 amount);
void           kh_node_set_in_appendix (KhNode *self, gboolean in_appendix);
void           kh_node_set_timeline    (KhNode *self, const KhTimeline *timeline);
void           kh_node_set_appendix_row (KhNode *self, const KhAppendixRow *row);
/* Replace the whole list with a copy of @leads / @cooperating. */
void           kh_node_set_leads       (KhNode *self, GPtrArray *leads);
void           kh_node_set_cooperating (KhNode *self, GPtrArray *cooperating);

/* What the appendix prints for this task: the appendix row's value where
 * it has one, the task's own otherwise.  Never NULL. */
const char    *kh_node_get_appendix_title          (KhNode *self);
GPtrArray     *kh_node_get_appendix_leads          (KhNode *self);
const char    *kh_node_get_appendix_lead_note      (KhNode *self);
GPtrArray     *kh_node_get_appendix_cooperating    (KhNode *self);
const char    *kh_node_get_appendix_cooperate_note (KhNode *self);
const KhTimeline *kh_node_get_appendix_timeline    (KhNode *self);  /* nullable */

/* Unknown file members: name → JSON text (see kh_unit_get_extras). */
GHashTable    *kh_node_get_extras      (KhNode *self);

/* The names of the string properties above, NULL-terminated, in file order:
 * the one list that io, edits and search walk instead of repeating it. */
const char * const *kh_node_text_properties (void);

G_END_DECLS
