/* kh-window-private.h — what the parts of KhWindow share.
 *
 * kh-window.c: the document, the views, selection, undo and the title;
 * kh-window-files.c: new, open, save, recent files, drop, closing;
 * kh-window-autosave.c: snapshots while modified, and recovery.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-window.h"
#include "kh-autosave.h"
#include "kh-assignments-page.h"
#include "kh-details-view.h"
#include "kh-plan-view.h"
#include "kh-units-view.h"

G_BEGIN_DECLS

struct _KhWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwWindowTitle       *document_title;
  GtkWidget            *undo_box;
  GtkWidget            *save_button;
  GtkWidget            *export_button;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwViewStack         *view_stack;
  GtkStack             *plan_stack;
  KhPlanView           *plan_view;
  KhAssignmentsPage    *assignments_page;
  KhUnitsView          *units_view;
  KhDetailsView        *details_view;
  GtkRevealer          *report_revealer;
  GtkBox               *report_box;
  GMenu                *recent_section;

  /* borrowed */
  GtkWidget            *report;          /* in report_box, or NULL */

  /* owned */
  GSettings            *settings;        /* NULL without an installed schema */
  KhDocument           *document;        /* NULL in the empty state */
  GBinding             *undo_tooltip;
  GBinding             *redo_tooltip;
  GtkNativeDialog      *file_chooser;    /* while an Open or Save dialog is up */
  GtkWindow            *close_dialog;    /* weak: the unsaved-changes question */

  /* autosave (kh-window-autosave.c) */
  KhAutosave           *autosave;        /* created at the first unsaved change */
  GCancellable         *autosave_cancellable;
  guint                 autosave_source;
  gint64                unsaved_since;   /* monotonic time of the first change not in a snapshot, or 0 */

  guint                 switcher_idle;

  gboolean              syncing_selection;
  gboolean              close_after_save; /* a Save from the close question */
  gboolean              closing;          /* the close question was answered */
};

/* kh-window.c */
void     _kh_window_update_title        (KhWindow   *self);
/* The folder of @file as people write it: "~/Documents". */
char    *_kh_window_folder_name         (GFile      *file);
void     _kh_window_show_error          (KhWindow   *self,
                                         const char *heading,
                                         const char *body);
/* A question over the window: Escape answers @close_id (with a button
 * when @close_label is set), then a destructive answer and a suggested
 * one, the default.  Not yet presented. */
GtkWidget *_kh_window_question          (KhWindow   *self,
                                         const char *heading,
                                         const char *body,
                                         const char *close_id,
                                         const char *close_label,
                                         const char *destructive_id,
                                         const char *destructive_label,
                                         const char *suggested_id,
                                         const char *suggested_label);
/* Commits what the editors hold back (a budget being typed, …). */
void     _kh_window_commit_edits        (KhWindow   *self);

/* kh-window-files.c */
void     _kh_window_files_class_init    (GtkWidgetClass *widget_class);
void     _kh_window_files_init          (KhWindow   *self);
void     _kh_window_files_dispose       (KhWindow   *self);
void     _kh_window_update_file_actions (KhWindow   *self);
gboolean _kh_window_files_close_request (KhWindow   *self);

/* kh-window-autosave.c */
/* Follows the document just shown (kh_window_set_document). */
void     _kh_window_autosave_follow     (KhWindow   *self);
void     _kh_window_autosave_discard    (KhWindow   *self);
void     _kh_window_autosave_dispose    (KhWindow   *self);

G_END_DECLS
