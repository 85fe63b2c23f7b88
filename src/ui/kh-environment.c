/* kh-environment.c — settings, interface language and restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-environment.h"
#include "kh-i18n.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <unistd.h>

/* LANGUAGE as the program found it (NULL: unset), restored on restart so
 * that the next start applies the setting afresh. */
static char *startup_language_env;
static char *interface_language;

GSettings *
kh_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (kh_i18n_running_uninstalled ())
    {
      build_source = g_settings_schema_source_new_from_directory (BUILD_DATADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        source = build_source;
    }
  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, KH_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
locale_is_c (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  return messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX");
}

void
kh_environment_init (void)
{
  g_autoptr(GSettings) settings = kh_settings_new ();

  g_return_if_fail (interface_language == NULL);

  startup_language_env = g_strdup (g_getenv ("LANGUAGE"));
  interface_language = settings != NULL
                       ? g_settings_get_string (settings, "interface-language")
                       : g_strdup ("");
  if (interface_language[0] != '\0')
    g_setenv ("LANGUAGE", interface_language, TRUE);

  kh_i18n_init ();

  /* gettext ignores LANGUAGE in the C locale: a chosen language must
   * still apply on a system without a locale set. */
  if (interface_language[0] != '\0' && locale_is_c ())
    setlocale (LC_ALL, "C.UTF-8");
  /* The locale is set; GTK must not reset it. */
  gtk_disable_setlocale ();
}

const char *
kh_environment_get_language (void)
{
  return interface_language != NULL ? interface_language : "";
}

gboolean
kh_environment_restart (const char          *argv0,
                        const char * const  *uris,
                        GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  int saved_errno;

  g_strv_builder_add (builder, argv0);
  if (uris != NULL)
    g_strv_builder_addv (builder, (const char **) uris);
  argv = g_strv_builder_end (builder);

  if (startup_language_env != NULL)
    g_setenv ("LANGUAGE", startup_language_env, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  execv ("/proc/self/exe", argv);
  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not restart Kehoach: %s"), g_strerror (saved_errno));
  return FALSE;
}
