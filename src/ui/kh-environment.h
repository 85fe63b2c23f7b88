/* kh-environment.h — what the application takes from where it runs:
 * settings (installed or in the build tree), the interface language and
 * restarting itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KH_SETTINGS_SCHEMA_ID "io.github.kehoach.Kehoach"

/* The application's settings, or NULL when the schema is not installed
 * (callers then use the defaults).  Run from the build tree, the schema
 * compiled there is used. */
GSettings  *kh_settings_new                (void);

/* Applies the "interface-language" setting (by setting LANGUAGE), then
 * sets up the locale and gettext.  Call first in main(), before anything
 * is translated and before GTK is initialised. */
void        kh_environment_init            (void);
/* The interface language in effect: "" (the system's), "vi" or "en". */
const char *kh_environment_get_language    (void);
/* Replaces the running program by a fresh start of itself that opens
 * @uris (may be NULL), with the environment it was started with.  Returns
 * only on failure. */
gboolean    kh_environment_restart         (const char          *argv0,
                                            const char * const  *uris,
                                            GError             **error);

G_END_DECLS
