/* kh-application.c — the Kehoach application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-application.h"
#include "kh-edit.h"
#include "kh-environment.h"
#include "kh-preferences-window.h"
#include "kh-window.h"

#include <glib/gi18n.h>

struct _KhApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings      *settings;        /* NULL without an installed schema */
  GStrvBuilder   *restart_files;   /* set while a restart is under way */
  GStrv           restart_uris;    /* what restart_files gave, once asked */

  gboolean        recovery_offered;
};

G_DEFINE_FINAL_TYPE (KhApplication, kh_application, ADW_TYPE_APPLICATION)

KhApplication *
kh_application_new (void)
{
  return g_object_new (KH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* Not derived from APP_ID: the .Devel id shares resources. */
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
kh_application_get_settings (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);
  return self->settings;
}

const char * const *
kh_application_get_restart_uris (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  if (self->restart_files == NULL)
    return NULL;
  if (self->restart_uris == NULL)
    self->restart_uris = g_strv_builder_end (self->restart_files);
  return (const char * const *) self->restart_uris;
}

/* Closes every window as its close button would: a window with unsaved
 * changes asks first, and stays if told so.  The application ends with
 * its last window. */
static void
close_all_windows (KhApplication *self)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing one may destroy it and change the application's list. */
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

void
kh_application_request_restart (KhApplication *self)
{
  g_return_if_fail (KH_IS_APPLICATION (self));

  kh_application_cancel_restart (self);
  self->restart_files = g_strv_builder_new ();
  /* Each window that closes adds its file (window_removed); one with
   * unsaved changes asks first, and cancelling there cancels the restart.
   * main() starts the program again once the last window is gone. */
  close_all_windows (self);
}

void
kh_application_cancel_restart (KhApplication *self)
{
  g_return_if_fail (KH_IS_APPLICATION (self));

  g_clear_pointer (&self->restart_files, g_strv_builder_unref);
  g_clear_pointer (&self->restart_uris, g_strfreev);
}

static void
kh_application_window_removed (GtkApplication *application,
                               GtkWindow      *window)
{
  KhApplication *self = KH_APPLICATION (application);

  /* The file as it is when the window goes: a Save As while closing
   * counts. */
  if (self->restart_files != NULL && self->restart_uris == NULL && KH_IS_WINDOW (window)
      && kh_window_get_file (KH_WINDOW (window)) != NULL)
    {
      g_autofree char *uri = g_file_get_uri (kh_window_get_file (KH_WINDOW (window)));

      g_strv_builder_add (self->restart_files, uri);
    }
  GTK_APPLICATION_CLASS (kh_application_parent_class)->window_removed (application, window);
}

/* The newest main window, or NULL. */
static KhWindow *
newest_window (KhApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KH_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* Once per run, with the first window: what a previous run left unsaved. */
static void
offer_recovery (KhApplication *self,
                KhWindow      *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  kh_window_offer_recovery (window);
}

/* A test hook, documented in README: with KEHOACH_TEST_EDIT=1 a plan
 * opened from the command line changes at once, as if the user had
 * edited it, so that a separate process has unsaved changes to autosave
 * (tests/ui/test-window-files.c kills it and recovers them).  The same
 * edits as kh_test_recovery_edits there. */
static void
apply_test_edits (KhWindow *window)
{
  KhDocument *document = kh_window_get_document (window);
  KhHistory *history;

  if (document == NULL)
    return;
  history = kh_document_get_history (document);
  kh_edit_add_node (history, NULL, NULL, KH_NODE_SECTION, "Recovered");
  kh_edit_set_text (history, G_OBJECT (kh_document_get_plan (document)), "title",
                    "Recovered plan");
}

static void
kh_application_activate (GApplication *app)
{
  KhApplication *self = KH_APPLICATION (app);
  KhWindow *window = newest_window (self);

  if (window == NULL)
    window = kh_window_new (self);
  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (self, window);
}

static void
kh_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KhApplication *self = KH_APPLICATION (app);
  gboolean test_edit = g_strcmp0 (g_getenv ("KEHOACH_TEST_EDIT"), "1") == 0;
  KhWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      KhWindow *shown;

      window = newest_window (self);
      if (window == NULL)
        window = kh_window_new (self);
      /* Presented first: an error dialog needs its window on screen. */
      gtk_window_present (GTK_WINDOW (window));
      shown = kh_window_show_file (window, files[i]);
      if (shown != NULL)
        window = shown;
      if (shown != NULL && test_edit)
        apply_test_edits (shown);
    }
  if (window != NULL)
    offer_recovery (self, window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KhApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("Kehoach developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application", self,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", "Kehoach",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Kehoach developers"),
                        "developers", developers,
                        "comments", _("Draft yearly plans, assign their tasks to lead and "
                                      "cooperating units, and export the appendices."),
                        "copyright", _("© 2026 Kehoach developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your name(s), one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KhApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (kh_preferences_window_new (self, parent)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  close_all_windows (KH_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "quit", .activate = quit_action },
};

static void
kh_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };
  KhApplication *self = KH_APPLICATION (app);

  G_APPLICATION_CLASS (kh_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
kh_application_dispose (GObject *object)
{
  KhApplication *self = KH_APPLICATION (object);

  g_clear_object (&self->settings);
  kh_application_cancel_restart (self);

  G_OBJECT_CLASS (kh_application_parent_class)->dispose (object);
}

static void
kh_application_class_init (KhApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = kh_application_dispose;
  app_class->startup = kh_application_startup;
  app_class->activate = kh_application_activate;
  app_class->open = kh_application_open;
  gtk_app_class->window_removed = kh_application_window_removed;
}

static void
kh_application_init (KhApplication *self)
{
  self->settings = kh_settings_new ();
}
