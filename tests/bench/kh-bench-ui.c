/* kh-bench-ui.c — a window to benchmark widgets in, and waiting for its
 * frames.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-bench-ui.h"

KhApplication *
kh_bench_ui_init (void)
{
  g_autoptr(GError) error = NULL;
  KhApplication *app;

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = kh_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  return app;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

GtkWindow *
kh_bench_ui_window_new (KhApplication *app,
                        GtkWidget     *content,
                        int            width,
                        int            height)
{
  GtkWindow *window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));

  gtk_window_set_default_size (window, width, height);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), content);
  gtk_window_present (window);
  kh_bench_ui_iterate_until (is_mapped, window);
  return window;
}

void
kh_bench_ui_iterate_until (gboolean (*done) (gpointer),
                           gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static void
set_true (GdkFrameClock *clock,
          gboolean      *flag)
{
  *flag = TRUE;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

void
kh_bench_ui_wait_frames (GtkWidget *widget,
                         guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  for (guint i = 0; i < n; i++)
    {
      gboolean done = FALSE;
      gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (set_true), &done);

      gtk_widget_queue_draw (widget);
      kh_bench_ui_iterate_until (is_true, &done);
      g_signal_handler_disconnect (clock, handler);
    }
}
