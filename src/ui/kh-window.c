/* kh-window.c — a main window: one plan in four views, or the empty state.
 *
 * The window holds one KhDocument and hands it to every view; the views
 * follow the plan's signals themselves.  Here: the header bar (title,
 * undo and redo from the document's history), the shared selection
 * between the Plan and Assignments pages, the report panel of a new plan,
 * toasts and the window's size.  Files are in kh-window-files.c,
 * autosave and recovery in kh-window-autosave.c.
 *
 * SHORTCUTS (the window's; the views list theirs in their own files):
 *   Ctrl+Z                   win.undo
 *   Ctrl+Shift+Z, Ctrl+Y     win.redo
 *   Ctrl+N / Ctrl+O          win.new / win.open
 *   Ctrl+S / Ctrl+Shift+S    win.save / win.save-as
 *   Ctrl+E                   win.export
 *   Ctrl+W / Ctrl+Q          close the window / quit
 *   Alt+1 … Alt+4            show the Plan, Assignments, Units, Plan details view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-window-private.h"
#include "kh-environment.h"
#include "kh-export-dialog.h"
#include "kh-import-dialog.h"
#include "kh-next-year-dialog.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (KhWindow, kh_window, ADW_TYPE_APPLICATION_WINDOW)

/* The view pages, in the order of Alt+1 … Alt+4. */
static const char * const view_names[] = { "plan", "assignments", "units", "details" };

KhWindow *
kh_window_new (KhApplication *application)
{
  return g_object_new (KH_TYPE_WINDOW, "application", application, NULL);
}

KhWindow *
kh_window_new_for_document (KhApplication *application,
                            KhDocument    *document)
{
  KhWindow *self = kh_window_new (application);

  kh_window_set_document (self, document);
  return self;
}

KhDocument *
kh_window_get_document (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  return self->document;
}

KhPlan *
kh_window_get_plan (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  return self->document != NULL ? kh_document_get_plan (self->document) : NULL;
}

GFile *
kh_window_get_file (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  return self->document != NULL ? kh_document_get_file (self->document) : NULL;
}

gboolean
kh_window_is_blank (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return TRUE;
  return kh_document_get_file (self->document) == NULL
         && !kh_document_get_modified (self->document)
         && !kh_history_get_can_undo (kh_document_get_history (self->document))
         && kh_plan_count_nodes (kh_document_get_plan (self->document)) == 0;
}

void
kh_window_add_toast (KhWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (KH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_kh_window_show_error (KhWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
_kh_window_question (KhWindow   *self,
                     const char *heading,
                     const char *body,
                     const char *close_id,
                     const char *close_label,
                     const char *destructive_id,
                     const char *destructive_label,
                     const char *suggested_id,
                     const char *suggested_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  if (close_label != NULL)
    adw_message_dialog_add_response (dialog, close_id, close_label);
  adw_message_dialog_add_responses (dialog,
                                    destructive_id, destructive_label,
                                    suggested_id, suggested_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, destructive_id, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, suggested_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, suggested_id);
  adw_message_dialog_set_close_response (dialog, close_id);
  return GTK_WIDGET (dialog);
}

void
_kh_window_commit_edits (KhWindow *self)
{
  kh_node_editor_commit (kh_plan_view_get_editor (self->plan_view));
}

/* Title ------------------------------------------------------------------ */

/* The folder of @file as people write it: "~/Documents". */
char *
_kh_window_folder_name (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_file_get_parse_name (file);
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    {
      g_autofree char *shown = g_filename_display_name (relative);
      return g_build_filename ("~", shown, NULL);
    }
  return g_file_get_parse_name (parent);
}

void
_kh_window_update_title (KhWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;
  gboolean modified;

  if (self->document == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, "Kehoach");
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Kehoach");
      gtk_widget_remove_css_class (self->save_button, "suggested-action");
      return;
    }

  file = kh_document_get_file (self->document);
  modified = kh_document_get_modified (self->document);
  /* Translators: the mark of a plan with unsaved changes, before its name. */
  title = modified ? g_strdup_printf (_("• %s"), kh_document_get_display_name (self->document))
                   : g_strdup (kh_document_get_display_name (self->document));
  subtitle = file != NULL ? _kh_window_folder_name (file) : g_strdup (_("Not saved yet"));
  /* Translators: the window title: a plan's file name, then the program. */
  window_title = g_strdup_printf (_("%s — Kehoach"), title);

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  adw_window_title_set_title (self->document_title, title);
  adw_window_title_set_subtitle (self->document_title, subtitle);
  /* Narrow windows shorten the name: the whole of it on hovering. */
  if (file != NULL)
    {
      g_autofree char *path = g_file_get_parse_name (file);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_title), path);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_title), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  if (modified)
    gtk_widget_add_css_class (self->save_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->save_button, "suggested-action");
}

/* Actions ---------------------------------------------------------------- */

static void
update_history_actions (KhWindow *self)
{
  KhHistory *history = self->document != NULL ? kh_document_get_history (self->document) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && kh_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && kh_history_get_can_redo (history));
}

static void
update_actions (KhWindow *self)
{
  gboolean has_document = self->document != NULL;

  update_history_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-year", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-first-section", has_document);
  _kh_window_update_file_actions (self);
}

static void
undo_redo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  KhHistory *history;

  if (self->document == NULL)
    return;
  /* What an editor still holds back is the newest change: undo takes
   * it back first.
   *
   * Ctrl+Z reaches this even in an entry, which commits to the plan on
   * every keystroke and has an undo of its own: the application's
   * accelerators (kh-application.c) run in the capture phase, before the
   * focused widget sees the key.  When the plan has nothing to undo the
   * key goes on to the entry, whose own history is empty then: setting
   * its text from the plan clears it. */
  _kh_window_commit_edits (self);
  history = kh_document_get_history (self->document);
  if (g_str_equal (action_name, "win.undo"))
    kh_history_undo (history);
  else
    kh_history_redo (history);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  if (self->document == NULL)
    return;
  _kh_window_commit_edits (self);
  kh_export_dialog_present (GTK_WINDOW (self), self->document);
}

/* A plan made by a dialog (next year, import): in the newest blank main
 * window, else in a new one.  The application outlives the dialog, the
 * window that opened it may not. */
static void
open_new_document (KhDocument    *document,
                   KhReportPanel *report,
                   gpointer       user_data)
{
  KhApplication *application = user_data;
  KhWindow *window = NULL;

  /* A plan that exists nowhere but here: kept (autosaved, asked about on
   * closing) as unsaved changes are. */
  kh_history_mark_unsaved (kh_document_get_history (document));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    if (KH_IS_WINDOW (l->data))
      {
        if (kh_window_is_blank (l->data))
          window = l->data;
        break;
      }

  if (window != NULL)
    kh_window_set_document (window, document);
  else
    window = kh_window_new_for_document (application, document);
  kh_window_set_report (window, report);
  gtk_window_present (GTK_WINDOW (window));
}

static void
next_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->document == NULL || application == NULL)
    return;
  _kh_window_commit_edits (self);
  kh_next_year_dialog_present (GTK_WINDOW (self), self->document, open_new_document, application);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));

  if (application != NULL)
    kh_import_dialog_present (GTK_WINDOW (widget), open_new_document, application);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
add_first_section_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  KhPlanTree *tree = kh_plan_view_get_tree (self->plan_view);

  /* The tree adds a section at the end when nothing is selected. */
  gtk_widget_activate_action (GTK_WIDGET (tree), "tree.add-sibling", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_view));
}

/* Selection --------------------------------------------------------------- */

static void
plan_selection_changed (KhWindow *self)
{
  if (self->syncing_selection)
    return;
  self->syncing_selection = TRUE;
  kh_assignments_page_select_node (self->assignments_page,
                                   kh_plan_view_get_selected_node (self->plan_view));
  self->syncing_selection = FALSE;
}

static void
assignments_selection_changed (KhWindow *self)
{
  KhNode *node = kh_assignments_page_get_selected_node (self->assignments_page);

  if (self->syncing_selection || node == NULL)
    return;
  self->syncing_selection = TRUE;
  kh_plan_view_select_node (self->plan_view, node);
  self->syncing_selection = FALSE;
}

/* The document ----------------------------------------------------------- */

static void
update_plan_page (KhWindow *self)
{
  KhPlan *plan = kh_window_get_plan (self);
  gboolean empty = plan != NULL && g_list_model_get_n_items (kh_plan_get_roots (plan)) == 0;

  gtk_stack_set_visible_child_name (self->plan_stack, empty ? "empty-plan" : "view");
}

/* Wide, the switcher is in the header bar and the document's name beside
 * it; narrow, the name is in the title and the switcher at the bottom. */
static void
update_switcher_bar (KhWindow *self)
{
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, self->document != NULL && narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->document_title), self->document != NULL && !narrow);
}

static gboolean
update_switcher_bar_idle (gpointer data)
{
  KhWindow *self = data;

  self->switcher_idle = 0;
  update_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

/* The switcher title says whether it fits while it is being allocated:
 * the header bar's children change once that is over. */
static void
switcher_title_visible_changed (KhWindow *self)
{
  if (self->switcher_idle == 0)
    self->switcher_idle = g_idle_add (update_switcher_bar_idle, self);
}

static void
on_modified_changed (KhWindow *self)
{
  _kh_window_update_title (self);
  _kh_window_update_file_actions (self);
}

/* What shows whether there is a document, and which. */
static void
show_document_state (KhWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_stack_set_visible_child_name (self->main_stack, has_document ? "document" : "empty");
  /* The switcher only where there is something to switch. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_document);
  gtk_widget_set_visible (self->undo_box, has_document);
  gtk_widget_set_visible (self->export_button, has_document);
  gtk_widget_set_visible (self->save_button, has_document);
  /* Whether the switcher fits is known once the header is allocated. */
  switcher_title_visible_changed (self);
  update_plan_page (self);
  update_actions (self);
  _kh_window_update_title (self);
}

void
kh_window_set_document (KhWindow   *self,
                        KhDocument *document)
{
  KhHistory *history;

  g_return_if_fail (KH_IS_WINDOW (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (kh_document_get_history (self->document), self);
      g_signal_handlers_disconnect_by_data (kh_document_get_plan (self->document), self);
      g_clear_pointer (&self->undo_tooltip, g_binding_unbind);
      g_clear_pointer (&self->redo_tooltip, g_binding_unbind);
      /* What the old document left unsaved was given up by the caller. */
      _kh_window_autosave_discard (self);
    }
  kh_window_set_report (self, NULL);
  g_set_object (&self->document, document);

  kh_plan_view_set_document (self->plan_view, document);
  kh_assignments_page_set_document (self->assignments_page, document);
  kh_units_view_set_document (self->units_view, document);
  kh_details_view_set_document (self->details_view, document);

  if (document != NULL)
    {
      history = kh_document_get_history (document);
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (on_modified_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::display-name",
                               G_CALLBACK (_kh_window_update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file",
                               G_CALLBACK (_kh_window_update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (history, "notify::can-undo",
                               G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (history, "notify::can-redo",
                               G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (kh_document_get_plan (document), "structure-changed",
                               G_CALLBACK (update_plan_page), self, G_CONNECT_SWAPPED);
      self->undo_tooltip = g_object_bind_property (history, "undo-label",
                                                   gtk_widget_get_first_child (self->undo_box),
                                                   "tooltip-text", G_BINDING_SYNC_CREATE);
      self->redo_tooltip = g_object_bind_property (history, "redo-label",
                                                   gtk_widget_get_last_child (self->undo_box),
                                                   "tooltip-text", G_BINDING_SYNC_CREATE);
      adw_view_stack_set_visible_child_name (self->view_stack, "plan");
    }
  show_document_state (self);
  _kh_window_autosave_follow (self);
}

/* Report panel ------------------------------------------------------------ */

static void
report_node_activated (KhWindow   *self,
                       const char *node_id)
{
  KhPlan *plan = kh_window_get_plan (self);
  KhNode *node = plan != NULL ? kh_plan_lookup_node (plan, node_id) : NULL;

  if (node == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "plan");
  kh_plan_view_select_node (self->plan_view, node);
}

static void
report_closed (KhWindow *self)
{
  kh_window_set_report (self, NULL);
}

void
kh_window_set_report (KhWindow      *self,
                      KhReportPanel *report)
{
  g_return_if_fail (KH_IS_WINDOW (self));
  g_return_if_fail (report == NULL || KH_IS_REPORT_PANEL (report));

  if (self->report == GTK_WIDGET (report))
    return;
  if (self->report != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->report, self);
      gtk_box_remove (self->report_box, self->report);
      self->report = NULL;
    }
  if (report != NULL)
    {
      self->report = GTK_WIDGET (report);
      gtk_widget_set_hexpand (self->report, TRUE);
      gtk_box_append (self->report_box, self->report);
      g_signal_connect_object (report, "node-activated",
                               G_CALLBACK (report_node_activated), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (report, "close",
                               G_CALLBACK (report_closed), self, G_CONNECT_SWAPPED);
    }
  gtk_revealer_set_reveal_child (self->report_revealer, report != NULL);
}

/* Size -------------------------------------------------------------------- */

static void
restore_size (KhWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
store_size (KhWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  if (self->settings == NULL)
    return;
  /* The default size is the unmaximized one: keep it for next time. */
  gtk_window_get_default_size (window, &width, &height);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static gboolean
kh_window_close_request (GtkWindow *window)
{
  KhWindow *self = KH_WINDOW (window);

  /* Unsaved changes: ask first (kh-window-files.c). */
  if (_kh_window_files_close_request (self))
    return TRUE;

  store_size (self);
  /* A clean close: nothing is left to recover. */
  _kh_window_autosave_discard (self);
  return GTK_WINDOW_CLASS (kh_window_parent_class)->close_request (window);
}

static void
kh_window_dispose (GObject *object)
{
  KhWindow *self = KH_WINDOW (object);

  _kh_window_files_dispose (self);
  _kh_window_autosave_dispose (self);
  g_clear_handle_id (&self->switcher_idle, g_source_remove);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (kh_document_get_history (self->document), self);
      g_signal_handlers_disconnect_by_data (kh_document_get_plan (self->document), self);
    }
  g_clear_pointer (&self->undo_tooltip, g_binding_unbind);
  g_clear_pointer (&self->redo_tooltip, g_binding_unbind);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_WINDOW);

  G_OBJECT_CLASS (kh_window_parent_class)->dispose (object);
}

static void
kh_window_class_init (KhWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kh_window_dispose;
  window_class->close_request = kh_window_close_request;

  g_type_ensure (KH_TYPE_PLAN_VIEW);
  g_type_ensure (KH_TYPE_ASSIGNMENTS_PAGE);
  g_type_ensure (KH_TYPE_UNITS_VIEW);
  g_type_ensure (KH_TYPE_DETAILS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KhWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, plan_stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, assignments_page);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, units_view);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, details_view);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, report_revealer);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, report_box);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, recent_section);
  gtk_widget_class_bind_template_callback (widget_class, plan_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, assignments_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, switcher_title_visible_changed);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.next-year", NULL, next_year_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.add-first-section", NULL,
                                   add_first_section_action);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", view_names[i]);

  _kh_window_files_class_init (widget_class);
}

static void
kh_window_init (KhWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  /* The icon is named after the application id, which a build may change. */
  adw_status_page_set_icon_name (self->empty_page, APP_ID);

  self->settings = kh_settings_new ();
  restore_size (self);
  _kh_window_files_init (self);
  _kh_window_autosave_follow (self);

  show_document_state (self);
}
