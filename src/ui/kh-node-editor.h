/* kh-node-editor.h — the editor of one section or task (the Plan view's
 * right side).
 *
 * It shows the node's kind, title, body, lead units with their scopes,
 * cooperating units, free-text notes for both, timeline, participants,
 * expected number, duration, products, budget and its source, notes and
 * the "in appendix" switch, with the node's validation findings on top.
 * Every change goes through the document's history (kh-edit.h); the
 * editor follows the node's signals, so undo and redo show at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_NODE_EDITOR (kh_node_editor_get_type ())
G_DECLARE_FINAL_TYPE (KhNodeEditor, kh_node_editor, KH, NODE_EDITOR, GtkWidget)

/* Properties: "document" (KhDocument, nullable), "node" (KhNode of the
 * document's plan, nullable: "Select a section or task"). */
GtkWidget  *kh_node_editor_new          (void);
KhDocument *kh_node_editor_get_document (KhNodeEditor *self);
/* Shows no node until the next kh_node_editor_set_node. */
void        kh_node_editor_set_document (KhNodeEditor *self,
                                         KhDocument   *document);
KhNode     *kh_node_editor_get_node     (KhNodeEditor *self);
void        kh_node_editor_set_node     (KhNodeEditor *self,
                                         KhNode       *node);
/* Applies what the user typed and has not applied yet (a budget, a
 * scope or a timeline phrase waiting for Enter).  Called by the editor
 * itself before it shows another node; a window calls it before saving. */
void        kh_node_editor_commit       (KhNodeEditor *self);

G_END_DECLS
