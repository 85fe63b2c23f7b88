/* kh-window-files.c — new, open, save, recent files, drop, and closing
 * with unsaved changes.
 *
 * A plan opens in the window it was asked from when that window holds
 * nothing to lose (kh_window_is_blank), in the window that already shows
 * it, or else in a new window.  Saving goes through kh_document_save,
 * which writes atomically and leaves the document as it was on failure;
 * the failure shows in a dialog naming the file and the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-window-private.h"
#include "kh-application.h"
#include "kh-export-dialog.h"
#include "kh-plan-io.h"

#include <glib/gi18n.h>
#include <string.h>

#define MAX_RECENT_FILES 10

/* Recent files ------------------------------------------------------------- */

static void
remember_recent (KhWindow *self,
                 GFile    *file)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  uri = g_file_get_uri (file);
  old = g_settings_get_strv (self->settings, "recent-files");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_FILES; i++)
    {
      if (g_str_equal (old[i], uri))
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

/* The submenu lists the recent files that still exist; the others leave
 * the setting. */
static void
update_recent_menu (KhWindow *self)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_kept = 0, n_recent;

  g_menu_remove_all (self->recent_section);
  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-files");
  n_recent = g_strv_length (recent);
  for (guint i = 0; i < n_recent; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *basename = NULL;

      if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
        continue;
      g_strv_builder_add (kept, recent[i]);
      n_kept++;
      basename = g_file_get_basename (file);
      g_ptr_array_add (names, g_filename_display_name (basename));
    }

  for (guint i = 0, k = 0; i < n_recent; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autoptr(GMenuItem) item = NULL;
      const char *name;
      g_autofree char *label = NULL;
      guint same = 0;

      if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
        continue;
      name = g_ptr_array_index (names, k++);
      for (guint j = 0; j < names->len; j++)
        same += g_str_equal (name, g_ptr_array_index (names, j));
      if (same > 1)
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;

          /* Translators: a recent file's name, then its folder, when two share a name. */
          label = g_strdup_printf (_("%s (%s)"), name, folder != NULL ? folder : "");
        }
      else
        label = g_strdup (name);
      /* A file name is no mnemonic. */
      item = g_menu_item_new (NULL, NULL);
      g_menu_item_set_attribute (item, "label", "s", label);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }

  if (n_kept == 0)
    {
      /* An item without an action: shown, insensitive. */
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Plans"), "win.no-recent");
      g_menu_append_item (self->recent_section, item);
    }

  if (n_kept < n_recent)
    {
      g_auto(GStrv) strv = g_strv_builder_end (kept);
      g_settings_set_strv (self->settings, "recent-files", (const char * const *) strv);
    }
}

/* Opening ----------------------------------------------------------------- */

static void
show_open_error (KhWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *shown = g_filename_display_name (name);
  g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), shown);

  _kh_window_show_error (self, heading, error->message);
}

gboolean
kh_window_open_file (KhWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhDocument) document = NULL;

  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Plans are small: reading one does not keep the window waiting. */
  document = kh_document_load (file, &error);
  if (document == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  kh_window_set_document (self, document);
  remember_recent (self, file);
  return TRUE;
}

KhWindow *
kh_window_show_file (KhWindow *self,
                     GFile    *file)
{
  GtkApplication *application;
  KhWindow *target = NULL;

  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application != NULL)
    for (GList *l = gtk_application_get_windows (application); l; l = l->next)
      if (KH_IS_WINDOW (l->data) && kh_window_get_file (l->data) != NULL
          && g_file_equal (kh_window_get_file (l->data), file))
        target = l->data;

  if (target == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KhDocument) document = kh_document_load (file, &error);

      if (document == NULL)
        {
          show_open_error (self, file, error);
          return NULL;
        }
      if (kh_window_is_blank (self) || application == NULL)
        target = self;
      else
        target = kh_window_new (KH_APPLICATION (application));
      kh_window_set_document (target, document);
      remember_recent (target, file);
    }

  gtk_window_present (GTK_WINDOW (target));
  return target;
}

static void
open_response (GtkNativeDialog *chooser,
               int              response,
               gpointer         user_data)
{
  KhWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        kh_window_show_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->file_chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  gtk_file_filter_set_name (plans, _("Plans"));
  gtk_file_filter_add_pattern (plans, "*" KH_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (plans, KH_MIME_TYPE);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Open a Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response), self);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  kh_window_show_file (KH_WINDOW (widget), file);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  KhWindow *self = user_data;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    kh_window_show_file (self, l->data);
  g_slist_free (files);
  return files != NULL;
}

/* New --------------------------------------------------------------------- */

/* A fresh plan: this year, in Vietnamese, nothing else yet. */
static KhDocument *
new_document (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Not an edit: the plan belongs to no document yet. */
  kh_plan_set_year (plan, g_date_time_get_year (now));
  kh_plan_set_language (plan, KH_LANGUAGE_VI);
  return kh_document_new (plan, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(KhDocument) document = new_document ();

  if (kh_window_is_blank (self) || application == NULL)
    kh_window_set_document (self, document);
  else
    gtk_window_present (GTK_WINDOW (kh_window_new_for_document (KH_APPLICATION (application),
                                                                document)));
}

/* Saving ------------------------------------------------------------------ */

gboolean
kh_window_save_to (KhWindow *self,
                   GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);
  g_return_val_if_fail (file != NULL || kh_document_get_file (self->document) != NULL, FALSE);

  _kh_window_commit_edits (self);
  if (file == NULL)
    file = kh_document_get_file (self->document);
  if (!kh_document_save (self->document, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *shown = g_filename_display_name (name);
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), shown);

      _kh_window_show_error (self, heading, error->message);
      return FALSE;
    }
  /* Saved: the snapshot has nothing more to keep. */
  _kh_window_autosave_discard (self);
  remember_recent (self, kh_document_get_file (self->document));
  return TRUE;
}

/* The name the Save dialog offers: the plan's title and year. */
static char *
suggest_name (KhPlan *plan)
{
  g_autofree char *export_name = NULL;

  if (kh_plan_get_title (plan)[0] == '\0')
    /* Translators: the file name offered for a plan without a title;
     * %d is the plan's year. */
    return g_strdup_printf (_("Plan %d%s"), kh_plan_get_year (plan), KH_FILE_EXTENSION);
  /* The export's name, made safe for file names, with our extension. */
  export_name = kh_export_dialog_suggest_name (plan);
  if (g_str_has_suffix (export_name, ".xlsx"))
    export_name[strlen (export_name) - strlen (".xlsx")] = '\0';
  return g_strconcat (export_name, KH_FILE_EXTENSION, NULL);
}

/* The window stays after all: whatever its closing was for (a restart)
 * does not happen. */
static void
close_abandoned (KhWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (KH_IS_APPLICATION (application))
    kh_application_cancel_restart (KH_APPLICATION (application));
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  KhWindow *self = user_data;
  gboolean close_after = self->close_after_save;
  gboolean saved = FALSE;

  self->close_after_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *basename = chosen != NULL ? g_file_get_basename (chosen) : NULL;
      g_autoptr(GFile) file = NULL;

      if (chosen != NULL && !g_str_has_suffix (basename, KH_FILE_EXTENSION))
        {
          g_autofree char *name = g_strconcat (basename, KH_FILE_EXTENSION, NULL);
          g_autoptr(GFile) parent = g_file_get_parent (chosen);

          file = g_file_get_child (parent, name);
        }
      else
        file = g_steal_pointer (&chosen);
      if (file != NULL)
        saved = kh_window_save_to (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->file_chooser);

  /* Save from the close question: close once the plan is safe. */
  if (saved && close_after)
    gtk_window_close (GTK_WINDOW (self));
  else if (close_after)
    close_abandoned (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  GFile *file;

  if (self->document == NULL)
    return;
  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }
  _kh_window_commit_edits (self);

  gtk_file_filter_set_name (plans, _("Plans"));
  gtk_file_filter_add_pattern (plans, "*" KH_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (plans, KH_MIME_TYPE);

  chooser = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  file = kh_document_get_file (self->document);
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
  else
    {
      g_autofree char *name = suggest_name (kh_document_get_plan (self->document));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response), self);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (kh_document_get_file (self->document) == NULL)
    gtk_widget_activate_action (widget, "win.save-as", NULL);
  else
    kh_window_save_to (self, NULL);
}

void
_kh_window_update_file_actions (KhWindow *self)
{
  gboolean has_document = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
}

/* Closing ----------------------------------------------------------------- */

static void
close_response (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          user_data)
{
  KhWindow *self = user_data;

  if (g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      _kh_window_autosave_discard (self);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save") && self->document != NULL)
    {
      if (kh_document_get_file (self->document) == NULL)
        {
          self->close_after_save = TRUE;
          gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
        }
      else if (kh_window_save_to (self, NULL))
        gtk_window_close (GTK_WINDOW (self));
      else
        close_abandoned (self);
    }
  else
    close_abandoned (self);
}

gboolean
_kh_window_files_close_request (KhWindow *self)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->closing || self->document == NULL)
    return FALSE;
  _kh_window_commit_edits (self);
  if (!kh_document_get_modified (self->document))
    return FALSE;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (self->close_dialog);
      return TRUE;
    }

  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close without "
                            "saving, they are lost."),
                          kh_document_get_display_name (self->document));
  dialog = _kh_window_question (self, _("Save Changes?"), body,
                                "cancel", _("_Cancel"),
                                "discard", _("_Discard"),
                                "save", _("_Save"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response), self, 0);

  self->close_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->close_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Setup ------------------------------------------------------------------- */

void
_kh_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
}

void
_kh_window_files_init (KhWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-files",
                             G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

void
_kh_window_files_dispose (KhWindow *self)
{
  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }
  if (self->close_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->close_dialog),
                                    (gpointer *) &self->close_dialog);
      self->close_dialog = NULL;
    }
}
