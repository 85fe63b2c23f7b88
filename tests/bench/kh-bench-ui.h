/* kh-bench-ui.h — a window to benchmark widgets in, and waiting for its
 * frames: for the benchmarks that run under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kh-application.h"

G_BEGIN_DECLS

/* Initialises GTK and libadwaita, turns animations off and registers a
 * (non-unique) KhApplication, which loads Kehoach's style as in the real
 * window.  Aborts when registering fails. */
KhApplication *kh_bench_ui_init          (void);
/* A @width × @height application window of @app showing @content,
 * presented and mapped. */
GtkWindow     *kh_bench_ui_window_new    (KhApplication *app,
                                          GtkWidget     *content,
                                          int            width,
                                          int            height);
/* Runs the main loop until @done (@data) holds. */
void           kh_bench_ui_iterate_until (gboolean      (*done) (gpointer),
                                          gpointer        data);
/* Redraws @widget and runs the main loop until @n frames have been
 * painted (after-paint) after this call. */
void           kh_bench_ui_wait_frames   (GtkWidget     *widget,
                                          guint          n);

G_END_DECLS
