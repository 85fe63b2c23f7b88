/* kh-export-dialog.h — Export to Excel: the sheets, tasks, columns and
 * language of the workbook, then a file to write it to (issue 4).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-document.h"
#include "kh-xlsx-export.h"

G_BEGIN_DECLS

#define KH_TYPE_EXPORT_DIALOG (kh_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KhExportDialog, kh_export_dialog, KH, EXPORT_DIALOG, AdwWindow)

/* The dialog shows the options last used (settings "export-*", when the
 * schema has them), else kh_export_options_init's.  Its action
 * "export.choose-file" ("Export…") asks for the file. */
KhExportDialog *kh_export_dialog_new          (GtkWindow             *parent,
                                               KhDocument            *document);
void            kh_export_dialog_present      (GtkWindow             *parent,
                                               KhDocument            *document);

void            kh_export_dialog_get_options  (KhExportDialog        *self,
                                               KhExportOptions       *options);
void            kh_export_dialog_set_options  (KhExportDialog        *self,
                                               const KhExportOptions *options);

/* Exports the plan with the options shown to @file, as "Export…" does
 * once a file is chosen: on success the options are remembered, the
 * parent window shows a toast offering to open the file and the dialog
 * closes; on failure a message dialog tells why and the dialog stays. */
gboolean        kh_export_dialog_export_to    (KhExportDialog        *self,
                                               GFile                 *file);

/* The file name "Export…" suggests for @plan: its title (with the year
 * when the title lacks it) made safe for a file name, ".xlsx". */
char           *kh_export_dialog_suggest_name (KhPlan                *plan);

G_END_DECLS
