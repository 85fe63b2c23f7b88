/* kh-plan-view.h — the Plan page: the plan's tree beside the editor of
 * the selected node.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"
#include "kh-node-editor.h"
#include "kh-plan-tree.h"
#include "kh-node-editor.h"

G_BEGIN_DECLS

#define KH_TYPE_PLAN_VIEW (kh_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (KhPlanView, kh_plan_view, KH, PLAN_VIEW, GtkWidget)

/* Properties: "document" (KhDocument, nullable), given to the tree and
 * the editor; "selected-node" (KhNode, nullable), the tree's. */
GtkWidget  *kh_plan_view_new               (void);
KhDocument *kh_plan_view_get_document      (KhPlanView *self);
void        kh_plan_view_set_document      (KhPlanView *self,
                                            KhDocument *document);
KhNode     *kh_plan_view_get_selected_node (KhPlanView *self);
void        kh_plan_view_select_node       (KhPlanView *self,
                                            KhNode     *node);
KhPlanTree *kh_plan_view_get_tree          (KhPlanView *self);
KhNodeEditor *kh_plan_view_get_editor      (KhPlanView *self);
/* The editor of the selected node (kh_node_editor_commit before saving). */
KhNodeEditor *kh_plan_view_get_editor      (KhPlanView *self);

G_END_DECLS
