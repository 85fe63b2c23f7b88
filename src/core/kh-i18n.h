/* kh-i18n.h — gettext set-up shared by the application and the CLI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when the running program is the one in the build tree, so that
 * translations, schemas and data are taken from there. */
gboolean    kh_i18n_running_uninstalled (void);
/* setlocale, bindtextdomain (to the build tree's po/ when uninstalled),
 * bind_textdomain_codeset and textdomain. */
void        kh_i18n_init                (void);

G_END_DECLS
