/* kh-preferences-window.h — the Preferences window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-application.h"

G_BEGIN_DECLS

#define KH_TYPE_PREFERENCES_WINDOW (kh_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KhPreferencesWindow, kh_preferences_window, KH, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KhPreferencesWindow *kh_preferences_window_new (KhApplication *application,
                                                GtkWindow     *parent);

G_END_DECLS
