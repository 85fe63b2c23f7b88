/* kh-application.c — the Kehoach application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-application.h"
#include "kh-environment.h"
#include "kh-preferences-window.h"
#include "kh-window.h"

#include <glib/gi18n.h>

struct _KhApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings      *settings;        /* NULL without an installed schema */
  GStrv           restart_uris;    /* set once a restart is requested */
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
  return (const char * const *) self->restart_uris;
}

void
kh_application_request_restart (KhApplication *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (KH_IS_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *file;

      if (!KH_IS_WINDOW (l->data))
        continue;
      file = kh_window_get_file (KH_WINDOW (l->data));
      if (file != NULL)
        {
          g_autofree char *uri = g_file_get_uri (file);
          g_strv_builder_add (builder, uri);
        }
    }
  g_strfreev (self->restart_uris);
  self->restart_uris = g_strv_builder_end (builder);

  /* main() starts the program again once the application has shut down. */
  g_application_quit (G_APPLICATION (self));
}

/* A window to show a file in: the active one while it shows nothing. */
static KhWindow *
take_window (KhApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (KH_IS_WINDOW (active) && kh_window_get_file (KH_WINDOW (active)) == NULL)
    return KH_WINDOW (active);
  return kh_window_new (self);
}

static void
kh_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (kh_window_new (KH_APPLICATION (app)));
  gtk_window_present (window);
}

static void
kh_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KhApplication *self = KH_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      KhWindow *window = take_window (self);

      gtk_window_present (GTK_WINDOW (window));
      kh_window_open_file (window, files[i]);
    }
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
  g_application_quit (G_APPLICATION (user_data));
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
  g_clear_pointer (&self->restart_uris, g_strfreev);

  G_OBJECT_CLASS (kh_application_parent_class)->dispose (object);
}

static void
kh_application_class_init (KhApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kh_application_dispose;
  app_class->startup = kh_application_startup;
  app_class->activate = kh_application_activate;
  app_class->open = kh_application_open;
}

static void
kh_application_init (KhApplication *self)
{
  self->settings = kh_settings_new ();
}
