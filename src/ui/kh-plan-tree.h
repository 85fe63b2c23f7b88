/* kh-plan-tree.h — the plan's tree, editable: live numbers, warnings,
 * add/delete/indent/move, drag and drop, and a search that ignores
 * diacritics.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_PLAN_TREE (kh_plan_tree_get_type ())
G_DECLARE_FINAL_TYPE (KhPlanTree, kh_plan_tree, KH, PLAN_TREE, GtkWidget)

/* Properties: "document" (KhDocument, nullable), "selected-node" (KhNode,
 * nullable).  Actions: "tree.add-sibling", "tree.add-child",
 * "tree.delete", "tree.indent", "tree.outdent", "tree.move-up",
 * "tree.move-down" (on the selected node). */
GtkWidget  *kh_plan_tree_new               (void);
KhDocument *kh_plan_tree_get_document      (KhPlanTree *self);
void        kh_plan_tree_set_document      (KhPlanTree *self,
                                            KhDocument *document);
KhNode     *kh_plan_tree_get_selected_node (KhPlanTree *self);
/* Selects @node (NULL: nothing), expanding its ancestors and scrolling it
 * into view.  A node that the search hides cannot be selected. */
void        kh_plan_tree_select_node       (KhPlanTree *self,
                                            KhNode     *node);
/* The rows shown, after the search: a GListModel of GtkTreeListRow. */
GListModel *kh_plan_tree_get_model         (KhPlanTree *self);

G_END_DECLS
