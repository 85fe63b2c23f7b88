/* kh-window.c — a main window: one plan, or the empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-window.h"
#include "kh-environment.h"
#include "kh-outline-view.h"
#include "kh-plan-io.h"

#include <glib/gi18n.h>

#define MAX_RECENT_FILES 10

struct _KhWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwStatusPage        *empty_page;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  KhOutlineView        *outline_view;

  /* owned */
  GSettings            *settings;      /* NULL without an installed schema */
  KhPlan               *plan;
  GFile                *file;
  GtkNativeDialog      *file_chooser;  /* while the Open dialog is up */
};

G_DEFINE_FINAL_TYPE (KhWindow, kh_window, ADW_TYPE_APPLICATION_WINDOW)

KhWindow *
kh_window_new (KhApplication *application)
{
  return g_object_new (KH_TYPE_WINDOW, "application", application, NULL);
}

KhPlan *
kh_window_get_plan (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  return self->plan;
}

GFile *
kh_window_get_file (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  return self->file;
}

static char *
file_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  g_autofree char *basename = NULL;

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  /* A file that cannot be queried (it is missing, say): its name. */
  basename = g_file_get_basename (file);
  return g_filename_display_name (basename);
}

static void
update_title (KhWindow *self)
{
  g_autofree char *file_name = NULL;
  g_autofree char *window_title = NULL;
  const char *plan_title;

  if (self->plan == NULL)
    {
      adw_window_title_set_title (self->window_title, "Kehoach");
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Kehoach");
      return;
    }

  file_name = file_display_name (self->file);
  plan_title = kh_plan_get_title (self->plan);
  if (plan_title[0] == '\0')
    {
      adw_window_title_set_title (self->window_title, file_name);
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), file_name);
      return;
    }

  adw_window_title_set_title (self->window_title, plan_title);
  adw_window_title_set_subtitle (self->window_title, file_name);
  /* Translators: the window title: a plan's title, then its file name. */
  window_title = g_strdup_printf (_("%s — %s"), plan_title, file_name);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

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

static void
show_open_error (KhWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = file_display_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kh_window_open_file (KhWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;

  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Plans are small: reading one does not keep the window waiting. */
  plan = kh_plan_load (file, &error);
  if (plan == NULL)
    {
      show_open_error (self, file, error);
      return FALSE;
    }

  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);
  kh_outline_view_set_plan (self->outline_view, plan);
  gtk_stack_set_visible_child_name (self->stack, "plan");
  update_title (self);
  remember_recent (self, file);
  return TRUE;
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
        kh_window_open_file (self, file);
    }
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

/* The actions that later work enables: never activated while disabled. */
static void
unavailable_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_return_if_reached ();
}

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

static gboolean
kh_window_close_request (GtkWindow *window)
{
  KhWindow *self = KH_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width, height;

      /* The default size is the unmaximized one: keep it for next time. */
      gtk_window_get_default_size (window, &width, &height);
      if (!maximized && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized", maximized);
    }

  return GTK_WINDOW_CLASS (kh_window_parent_class)->close_request (window);
}

static void
kh_window_dispose (GObject *object)
{
  KhWindow *self = KH_WINDOW (object);

  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
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

  g_type_ensure (KH_TYPE_OUTLINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KhWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, outline_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  /* Installed now, enabled when they work (creating and saving plans
   * come with editing). */
  gtk_widget_class_install_action (widget_class, "win.new", NULL, unavailable_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, unavailable_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, unavailable_action);
}

static void
kh_window_init (KhWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  /* The icon is named after the application id, which a build may change. */
  adw_status_page_set_icon_name (self->empty_page, APP_ID);

  self->settings = kh_settings_new ();
  restore_size (self);
  update_title (self);
}
