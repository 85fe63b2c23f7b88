/* kh-report-panel.h — what the making of a new plan reports: a summary
 * and a list of places to check (the import's notes, next year's review
 * items), each row leading to its node.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-document.h"

G_BEGIN_DECLS

#define KH_TYPE_REPORT_PANEL (kh_report_panel_get_type ())
G_DECLARE_FINAL_TYPE (KhReportPanel, kh_report_panel, KH, REPORT_PANEL, GtkWidget)

/* Signals:
 * "node-activated" (const char *node_id): a row naming a node was
 *   activated; the window selects the node.
 * "close": the panel's close button was clicked; the window hides it. */
KhReportPanel *kh_report_panel_new              (const char    *title);
void           kh_report_panel_set_summary      (KhReportPanel *self,
                                                 const char    *summary);
const char    *kh_report_panel_get_summary      (KhReportPanel *self);
/* Adds a row: @place ("Line 12", nullable) before @message; @node_id
 * (nullable) makes it activatable; @warning marks what must be checked. */
void           kh_report_panel_add_row          (KhReportPanel *self,
                                                 const char    *place,
                                                 const char    *message,
                                                 const char    *node_id,
                                                 gboolean       warning);
guint          kh_report_panel_get_n_rows       (KhReportPanel *self);
/* Row @index as shown: "Line 12: message" (or the message alone). */
char          *kh_report_panel_get_row_text     (KhReportPanel *self,
                                                 guint          index);
const char    *kh_report_panel_get_row_node_id  (KhReportPanel *self,
                                                 guint          index);

/* How the new-plan dialogs (next year, import) hand over their result: a
 * new, never saved document and the panel reporting how it was made.
 * Both stay the caller's: the callee opens the document in a new window,
 * puts the panel in it (which takes a reference) and wires
 * "node-activated" to select the node. */
typedef void (*KhOpenDocumentFunc) (KhDocument    *document,
                                    KhReportPanel *report,
                                    gpointer       user_data);

G_END_DECLS
