/* kh-application.h — the Kehoach application: app actions, windows, the
 * About and Preferences windows, restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KH_TYPE_APPLICATION (kh_application_get_type ())
G_DECLARE_FINAL_TYPE (KhApplication, kh_application, KH, APPLICATION, AdwApplication)

KhApplication *kh_application_new                (void);
/* The settings, or NULL when the schema is missing (see kh_settings_new). */
GSettings     *kh_application_get_settings       (KhApplication *self);
/* Quits, to start again with the files open now (a language change). */
void           kh_application_request_restart    (KhApplication *self);
/* After a restart was requested: the URIs of the files to open again
 * (possibly empty); NULL otherwise. */
const char * const *kh_application_get_restart_uris (KhApplication *self);

G_END_DECLS
