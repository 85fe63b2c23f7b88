/* kh-window.h — a main window: one plan, or the empty state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-application.h"
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_WINDOW (kh_window_get_type ())
G_DECLARE_FINAL_TYPE (KhWindow, kh_window, KH, WINDOW, AdwApplicationWindow)

KhWindow  *kh_window_new        (KhApplication *application);
/* Loads @file and shows its plan.  On failure an error dialog tells why
 * and the window keeps what it showed; returns FALSE then. */
gboolean   kh_window_open_file  (KhWindow      *self,
                                 GFile         *file);
/* The plan shown and its file; NULL in the empty state. */
KhPlan    *kh_window_get_plan   (KhWindow      *self);
GFile     *kh_window_get_file   (KhWindow      *self);

G_END_DECLS
