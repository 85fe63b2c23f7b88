/* kh-i18n.c — gettext set-up shared by the application and the CLI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-i18n.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

gboolean
kh_i18n_running_uninstalled (void)
{
  static int uninstalled = -1;

  if (uninstalled < 0)
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *build_root = g_path_get_dirname (BUILD_LOCALEDIR);

      uninstalled = exe != NULL && g_str_has_prefix (exe, build_root)
                    && exe[strlen (build_root)] == G_DIR_SEPARATOR;
    }
  return uninstalled;
}

void
kh_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  kh_i18n_running_uninstalled () ? BUILD_LOCALEDIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
