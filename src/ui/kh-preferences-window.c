/* kh-preferences-window.c — the Preferences window.
 *
 * The interface language takes effect at start-up (gettext reads it once),
 * so changing it offers to restart Kehoach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-preferences-window.h"
#include "kh-environment.h"

#include <glib/gi18n.h>

struct _KhPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwComboRow          *language_row;

  /* owned */
  GSettings            *settings;   /* NULL without an installed schema */
};

G_DEFINE_FINAL_TYPE (KhPreferencesWindow, kh_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* In the order of the language row's items. */
static const char * const language_codes[] = { "", "vi", "en" };

KhPreferencesWindow *
kh_preferences_window_new (KhApplication *application,
                           GtkWindow     *parent)
{
  return g_object_new (KH_TYPE_PREFERENCES_WINDOW,
                       "application", application,
                       "transient-for", parent,
                       NULL);
}

static gboolean
request_restart (gpointer application)
{
  kh_application_request_restart (KH_APPLICATION (application));
  return G_SOURCE_REMOVE;
}

static void
restart_response (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  KhPreferencesWindow *self = user_data;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* Once this dialog is gone: the restart closes every window. */
  if (g_str_equal (response, "restart") && KH_IS_APPLICATION (application))
    g_idle_add_full (G_PRIORITY_DEFAULT, request_restart, g_object_ref (application),
                     g_object_unref);
}

static void
offer_restart (KhPreferencesWindow *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restart Kehoach?"),
                                   _("The new interface language applies when Kehoach "
                                     "starts again. The plans open now will be opened "
                                     "again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "restart", _("_Restart"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restart",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restart");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (restart_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
language_selected (KhPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char *code;
  g_autofree char *stored = NULL;

  if (selected >= G_N_ELEMENTS (language_codes) || self->settings == NULL)
    return;

  code = language_codes[selected];
  stored = g_settings_get_string (self->settings, "interface-language");
  if (g_str_equal (stored, code))
    return;

  g_settings_set_string (self->settings, "interface-language", code);
  if (!g_str_equal (code, kh_environment_get_language ()))
    offer_restart (self);
}

static void
kh_preferences_window_dispose (GObject *object)
{
  KhPreferencesWindow *self = KH_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (kh_preferences_window_parent_class)->dispose (object);
}

static void
kh_preferences_window_class_init (KhPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KhPreferencesWindow, language_row);
}

static void
kh_preferences_window_init (KhPreferencesWindow *self)
{
  g_autofree char *code = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = kh_settings_new ();
  if (self->settings == NULL)
    {
      /* Nowhere to keep the choice: show the language in effect. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->language_row), FALSE);
      return;
    }

  code = g_settings_get_string (self->settings, "interface-language");
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (g_str_equal (code, language_codes[i]))
      adw_combo_row_set_selected (self->language_row, i);
  g_signal_connect_swapped (self->language_row, "notify::selected",
                            G_CALLBACK (language_selected), self);
}
