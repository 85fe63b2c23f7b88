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
/* Closes every window, asking about unsaved changes, to start again with
 * the files open now (a language change). */
void           kh_application_request_restart    (KhApplication *self);
/* A window asked to close for the restart stays open: no restart. */
void           kh_application_cancel_restart     (KhApplication *self);
/* While a restart is under way: the URIs of the files to open again
 * (possibly empty), complete once the last window is gone; NULL otherwise. */
const char * const *kh_application_get_restart_uris (KhApplication *self);

G_END_DECLS
