/* main.c — Kehoach's entry: languages first, then the application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-application.h"
#include "kh-environment.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KhApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *restart_uris;
  g_auto(GStrv) uris = NULL;
  int status;

  /* Before anything is translated: the interface language is applied
   * through LANGUAGE. */
  kh_environment_init ();

  app = kh_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  restart_uris = kh_application_get_restart_uris (app);
  if (restart_uris == NULL)
    return status;

  /* A language change: let go of the application (and its bus name),
   * then start afresh with the same files. */
  uris = g_strdupv ((char **) restart_uris);
  g_clear_object (&app);
  if (!kh_environment_restart (argv[0], (const char * const *) uris, &error))
    {
      g_critical ("%s", error->message);
      return 1;
    }
  return status;
}
