/* kh-node-editor-private.h — what kh-node-editor.c shares with
 * kh-node-editor-units.c and kh-node-editor-findings.c (and the editor's
 * tests).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-node-editor.h"
#include "kh-timeline-editor.h"
#include "kh-unit-entry.h"

G_BEGIN_DECLS

struct _KhNodeEditor
{
  GtkWidget            parent_instance;

  /* template widgets */
  GtkStack            *stack;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *findings_group;
  GtkImage            *findings_icon;
  GtkBox              *findings_list;
  AdwPreferencesGroup *general_group;
  AdwComboRow         *kind_row;
  AdwEntryRow         *title_row;
  GtkSwitch           *appendix_switch;
  GtkTextView         *body_view;
  AdwPreferencesGroup *leads_group;
  GtkWidget           *lead_add_row;
  KhUnitEntry         *lead_entry;
  AdwEntryRow         *lead_note_row;
  AdwPreferencesGroup *cooperating_group;
  GtkWidget           *cooperating_row;
  GtkFlowBox          *cooperating_box;
  KhUnitEntry         *cooperate_entry;
  AdwEntryRow         *cooperate_note_row;
  KhTimelineEditor    *timeline_editor;
  AdwPreferencesGroup *details_group;
  AdwEntryRow         *participants_row;
  AdwEntryRow         *quantity_row;
  AdwEntryRow         *duration_row;
  AdwEntryRow         *products_row;
  AdwEntryRow         *notes_row;
  AdwPreferencesGroup *budget_group;
  AdwEntryRow         *budget_row;
  AdwEntryRow         *budget_source_row;

  /* owned */
  KhDocument          *document;
  KhNode              *node;
  GSignalGroup        *node_signals;
  GSignalGroup        *plan_signals;
  GPtrArray           *lead_rows;        /* of AdwEntryRow, in lead order */
  char                *findings_shown;   /* the messages shown, joined */

  /* > 0 while the widgets follow the model: their handlers stay quiet */
  guint                updating;
};

KhHistory *_kh_node_editor_get_history      (KhNodeEditor *self);
/* TRUE when a widget's change is the user's edit of the node shown. */
gboolean   _kh_node_editor_can_edit         (KhNodeEditor *self);

/* kh-node-editor-findings.c: shows kh_validate_node's findings, or hides
 * them; cheap when they did not change. */
void       _kh_node_editor_refresh_findings (KhNodeEditor *self);

/* kh-node-editor-units.c */
void       _kh_node_editor_init_units       (KhNodeEditor *self);
/* The lead rows and cooperating chips show the node's lists (and the
 * units' current names). */
void       _kh_node_editor_sync_assignments (KhNodeEditor *self);
/* Applies the scopes typed and not applied yet. */
void       _kh_node_editor_commit_scopes    (KhNodeEditor *self);

G_END_DECLS
