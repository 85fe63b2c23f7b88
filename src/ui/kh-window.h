/* kh-window.h — a main window: one plan in four views, or the empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-application.h"
#include "kh-autosave.h"
#include "kh-document.h"
#include "kh-plan.h"
#include "kh-report-panel.h"

G_BEGIN_DECLS

#define KH_TYPE_WINDOW (kh_window_get_type ())
G_DECLARE_FINAL_TYPE (KhWindow, kh_window, KH, WINDOW, AdwApplicationWindow)

KhWindow   *kh_window_new              (KhApplication *application);
/* A new window showing @document (an unsaved one from an import, say). */
KhWindow   *kh_window_new_for_document (KhApplication *application,
                                        KhDocument    *document);

/* Loads @file and shows its plan in this window.  On failure an error
 * dialog names the file and the reason, the window keeps what it showed,
 * and FALSE is returned. */
gboolean    kh_window_open_file        (KhWindow      *self,
                                        GFile         *file);
/* Shows @file: in the window that already shows it, else in @self when
 * it is blank, else in a new window; returns that window, presented.  On
 * failure an error dialog over @self tells why, and NULL is returned. */
KhWindow   *kh_window_show_file        (KhWindow      *self,
                                        GFile         *file);
/* Shows @document (NULL: the empty state).  What was shown is let go
 * without asking: see kh_window_is_blank. */
void        kh_window_set_document     (KhWindow      *self,
                                        KhDocument    *document);
/* The document shown, its plan and file; NULL in the empty state. */
KhDocument *kh_window_get_document     (KhWindow      *self);
KhPlan     *kh_window_get_plan         (KhWindow      *self);
GFile      *kh_window_get_file         (KhWindow      *self);
/* TRUE when the window holds nothing to lose: no document, or a new one
 * never saved nor changed.  Opening a plan then replaces it. */
gboolean    kh_window_is_blank         (KhWindow      *self);

/* Saves the document to @file (NULL: its own file); an error shows in a
 * dialog naming the file and the reason, and the document is kept. */
gboolean    kh_window_save_to          (KhWindow      *self,
                                        GFile         *file);

/* Shows @toast over the window. */
void        kh_window_add_toast        (KhWindow      *self,
                                        AdwToast      *toast);
/* Shows @report beside the views (NULL hides it); its rows select their
 * nodes in the Plan view. */
void        kh_window_set_report       (KhWindow      *self,
                                        KhReportPanel *report);

/* Shows the plan of an autosave left by a process that is gone: modified,
 * belonging to the snapshot's original file, autosaved on as before. */
gboolean    kh_window_recover          (KhWindow      *self,
                                        KhAutosave    *autosave,
                                        GError       **error);
/* Asks, one snapshot after another, whether to recover what a previous
 * run left unsaved (kh_autosave_find_orphans).  Does nothing when there
 * is nothing. */
void        kh_window_offer_recovery   (KhWindow      *self);

G_END_DECLS
