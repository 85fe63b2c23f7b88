/* kh-plan.h — a plan: its metadata, its unit list and its tree of nodes.
 *
 * KhPlan is plain data with change notification; it records no undo
 * steps.  Edits that a user makes go through KhHistory (kh-edit.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-types.h"
#include "kh-unit.h"
#include "kh-node.h"

G_BEGIN_DECLS

#define KH_TYPE_PLAN (kh_plan_get_type ())
G_DECLARE_FINAL_TYPE (KhPlan, kh_plan, KH, PLAN, GObject)

/* Metadata properties (all notify; strings never NULL):
 *   "title", "year" (int), "language" (KhLanguage), "numbering" (KhNumbering),
 *   "issuer-parent", "issuer-name", "issuer-short",
 *   "number", "place", "date" ("YYYY-MM-DD" or ""), "preamble",
 *   "signature-authority", "signature-deputy", "signature-title", "signature-name",
 *   "recipients" (GStrv, never NULL)
 *
 * Signals:
 *   "node-changed" (KhNode *node, const char *property): a property of a
 *       node in the tree changed; property is "assignments" for the lists.
 *   "structure-changed" (KhNode *parent): children of @parent (NULL: the
 *       roots) were inserted, removed or moved; labels may have changed.
 *   "units-changed": a unit was added, removed or changed.
 *   "changed": anything in the plan changed (after the specific signal). */
KhPlan      *kh_plan_new             (void);

const char  *kh_plan_get_title       (KhPlan *self);
int          kh_plan_get_year        (KhPlan *self);
KhLanguage   kh_plan_get_language    (KhPlan *self);
KhNumbering  kh_plan_get_numbering   (KhPlan *self);
const char  *kh_plan_get_number      (KhPlan *self);
const char  *kh_plan_get_date        (KhPlan *self);
const char  *kh_plan_get_issuer_short (KhPlan *self);
const char * const *kh_plan_get_recipients (KhPlan *self);
/* Any string metadata property by name (see list above). */
const char  *kh_plan_get_string      (KhPlan *self, const char *property);
void         kh_plan_set_string      (KhPlan *self, const char *property, const char *value);
void         kh_plan_set_year        (KhPlan *self, int year);
void         kh_plan_set_language    (KhPlan *self, KhLanguage language);
void         kh_plan_set_numbering   (KhPlan *self, KhNumbering numbering);
void         kh_plan_set_recipients  (KhPlan *self, const char * const *recipients);
/* The string metadata property names, NULL-terminated, in file order. */
const char * const *kh_plan_text_properties (void);

/* Units, a GListModel of KhUnit in the plan's order. */
GListModel  *kh_plan_get_units       (KhPlan *self);
KhUnit      *kh_plan_lookup_unit     (KhPlan *self, const char *id);
/* Fails (returns FALSE) if the id is already used. */
gboolean     kh_plan_insert_unit     (KhPlan *self, guint position, KhUnit *unit);
void         kh_plan_remove_unit     (KhPlan *self, KhUnit *unit);
guint        kh_plan_get_unit_position (KhPlan *self, KhUnit *unit);
/* A fresh id derived from @name ("u-so-ngoai-vu", "u-so-ngoai-vu-2", …). */
char        *kh_plan_new_unit_id     (KhPlan *self, const char *name);

/* The tree.  @parent NULL means the roots. */
GListModel  *kh_plan_get_roots       (KhPlan *self);
GListModel  *kh_plan_get_children    (KhPlan *self, KhNode *parent);
KhNode      *kh_plan_lookup_node     (KhPlan *self, const char *id);
/* Inserts @node with its subtree; fails if an id in it is already used. */
gboolean     kh_plan_insert_node     (KhPlan *self, KhNode *parent, guint position, KhNode *node);
/* Removes @node with its subtree; the caller keeps its own reference. */
void         kh_plan_remove_node     (KhPlan *self, KhNode *node);
guint        kh_plan_get_node_position (KhPlan *self, KhNode *node);
/* A fresh node id ("n-1", "n-2", …). */
char        *kh_plan_new_node_id     (KhPlan *self);
/* Every node in tree order (pre-order), borrowed references. */
GPtrArray   *kh_plan_collect_nodes   (KhPlan *self);
guint        kh_plan_count_nodes     (KhPlan *self);

/* The appendix: nodes marked in-appendix, in the order of the plan's
 * appendix order (ids), then the unlisted ones in tree order. */
GPtrArray   *kh_plan_get_appendix_nodes (KhPlan *self);
const char * const *kh_plan_get_appendix_order (KhPlan *self);
void         kh_plan_set_appendix_order (KhPlan *self, const char * const *ids);

/* Unknown file members: name → JSON text, for the plan object and for the
 * document's top level. */
GHashTable  *kh_plan_get_extras      (KhPlan *self);
GHashTable  *kh_plan_get_document_extras (KhPlan *self);

G_END_DECLS
