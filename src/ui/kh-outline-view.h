/* kh-outline-view.h — a plan's tree, read-only: numbered sections and items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_OUTLINE_VIEW (kh_outline_view_get_type ())
G_DECLARE_FINAL_TYPE (KhOutlineView, kh_outline_view, KH, OUTLINE_VIEW, GtkWidget)

GtkWidget   *kh_outline_view_new       (void);
KhPlan      *kh_outline_view_get_plan  (KhOutlineView *self);
void         kh_outline_view_set_plan  (KhOutlineView *self,
                                        KhPlan        *plan);
/* The rows shown: a GtkTreeListModel over the plan's roots. */
GListModel  *kh_outline_view_get_model (KhOutlineView *self);

G_END_DECLS
