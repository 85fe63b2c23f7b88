/* kh-import-dialog.h — Import: a plan built from the text of an existing
 * document, pasted or opened as a .txt or .md file (issue 8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-report-panel.h"

G_BEGIN_DECLS

#define KH_TYPE_IMPORT_DIALOG (kh_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KhImportDialog, kh_import_dialog, KH, IMPORT_DIALOG, AdwWindow)

/* Actions: "import.choose-file" (Open File…: a .txt or .md file, imported
 * at once), "import.paste" (Import: the pasted text).  A plan made hands
 * the new document and its import report (kh-import-report.h) to
 * @open_func and closes the dialog; text that cannot be imported (empty,
 * binary, not UTF-8, a legacy Vietnamese encoding, too large) is
 * explained in a message dialog and the dialog stays. */
KhImportDialog *kh_import_dialog_new         (GtkWindow          *parent,
                                              KhOpenDocumentFunc  open_func,
                                              gpointer            user_data);
void            kh_import_dialog_present     (GtkWindow          *parent,
                                              KhOpenDocumentFunc  open_func,
                                              gpointer            user_data);

/* What "Open File…" does once a file is chosen; TRUE when a plan was made. */
gboolean        kh_import_dialog_import_file (KhImportDialog     *self,
                                              GFile              *file);
/* What "Import" does with the pasted text, for @len bytes of @text. */
gboolean        kh_import_dialog_import_text (KhImportDialog     *self,
                                              const char         *text,
                                              gsize               len);

G_END_DECLS
