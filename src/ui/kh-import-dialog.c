/* kh-import-dialog.c — Import: a plan from pasted text or a text file.
 *
 * kh_import_text and kh_import_file do the work and word the errors; the
 * dialog only gathers the text and hands the result over.
 *
 * SHORTCUTS: Escape closes the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-import-dialog.h"
#include "kh-import.h"
#include "kh-import-report.h"

#include <glib/gi18n.h>
#include <string.h>

struct _KhImportDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  GtkTextView        *text_view;
  GtkWidget          *placeholder;

  /* owned */
  GtkNativeDialog    *chooser;  /* while "Open File…" asks for a file */

  KhOpenDocumentFunc  open_func;
  gpointer            user_data;
};

G_DEFINE_FINAL_TYPE (KhImportDialog, kh_import_dialog, ADW_TYPE_WINDOW)

static void
show_error (KhImportDialog *self,
            const char     *heading,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Hands @plan over as a new document with its report, and closes. */
static void
open_plan (KhImportDialog *self,
           KhPlan         *plan,
           GPtrArray      *notes)
{
  g_autoptr(KhDocument) document = kh_document_new (plan, NULL);
  g_autoptr(KhReportPanel) report = g_object_ref_sink (kh_import_report_new (notes));

  /* The callee may close windows; the dialog goes when it returns. */
  g_object_ref (self);
  if (self->open_func != NULL)
    self->open_func (document, report, self->user_data);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

gboolean
kh_import_dialog_import_text (KhImportDialog *self,
                              const char     *text,
                              gsize           len)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;

  g_return_val_if_fail (KH_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (text != NULL || len == 0, FALSE);

  plan = kh_import_text (text != NULL ? text : "", len, &notes, &error);
  if (plan == NULL)
    {
      show_error (self, _("Cannot Import This Text"), error);
      return FALSE;
    }
  open_plan (self, plan, notes);
  return TRUE;
}

gboolean
kh_import_dialog_import_file (KhImportDialog *self,
                              GFile          *file)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;

  g_return_val_if_fail (KH_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = kh_import_file (file, &notes, &error);
  if (plan == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is the name of the file that was to be imported. */
      g_autofree char *heading = g_strdup_printf (_("Cannot Import “%s”"), name);

      show_error (self, heading, error);
      return FALSE;
    }
  open_plan (self, plan, notes);
  return TRUE;
}

static void
import_pasted (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KhImportDialog *self = KH_IMPORT_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  kh_import_dialog_import_text (self, text, strlen (text));
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  KhImportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    kh_import_dialog_import_file (self, file);
}

static void
choose_file (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhImportDialog *self = KH_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import a Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (text_filter, _("Text and Markdown Files"));
  gtk_file_filter_add_suffix (text_filter, "txt");
  gtk_file_filter_add_suffix (text_filter, "md");
  gtk_file_filter_add_suffix (text_filter, "markdown");
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_mime_type (text_filter, "text/markdown");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), text_filter);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
text_changed (KhImportDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gboolean empty = gtk_text_buffer_get_char_count (buffer) == 0;

  gtk_widget_set_visible (self->placeholder, empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.paste", !empty);
}

KhImportDialog *
kh_import_dialog_new (GtkWindow          *parent,
                      KhOpenDocumentFunc  open_func,
                      gpointer            user_data)
{
  KhImportDialog *self = g_object_new (KH_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->open_func = open_func;
  self->user_data = user_data;
  return self;
}

void
kh_import_dialog_present (GtkWindow          *parent,
                          KhOpenDocumentFunc  open_func,
                          gpointer            user_data)
{
  gtk_window_present (GTK_WINDOW (kh_import_dialog_new (parent, open_func, user_data)));
}

static void
kh_import_dialog_dispose (GObject *object)
{
  KhImportDialog *self = KH_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  G_OBJECT_CLASS (kh_import_dialog_parent_class)->dispose (object);
}

static void
kh_import_dialog_class_init (KhImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KhImportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, KhImportDialog, placeholder);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file);
  gtk_widget_class_install_action (widget_class, "import.paste", NULL, import_pasted);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kh_import_dialog_init (KhImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed), self, G_CONNECT_SWAPPED);
  text_changed (self);
}
