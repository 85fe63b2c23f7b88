/* kh-node-private.h — what KhPlan needs of KhNode to keep the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-node.h"

G_BEGIN_DECLS

/* The tree is owned by the plan: only kh-plan-nodes.c calls these. */
void        _kh_node_set_parent         (KhNode *self, KhNode *parent);
GListStore *_kh_node_get_children_store (KhNode *self);

G_END_DECLS
