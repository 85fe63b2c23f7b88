/* bench-matrix-ui.c — scrolling the assignment matrix of the generated
 * 5,000-task, 300-unit plan: frame times and memory.
 *
 * Run with `meson benchmark -C BUILDDIR matrix-ui` (under Xvfb, drawn as
 * the ui tests draw).  The Assignments page shows the plan in a 1280×800
 * window; the grid is scrolled programmatically from top to bottom, then
 * across, then back up diagonally, one adjustment step per frame, waiting
 * for each frame's after-paint.  A frame's time runs from the frame
 * clock's before-paint to its after-paint (update, layout and paint: the
 * work the step caused, not the wait for the next frame).  Prints the
 * median and 95th percentile, the slowest frame, the time from giving the
 * page the document to its first frame, and the resident memory (VmRSS).
 * Exits 1 past TARGET_MEDIAN_MS, TARGET_P95_MS or TARGET_RSS_MB.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "kh-assignments-page.h"
#include "kh-bench-plan.h"
#include "kh-bench-ui.h"
#include "kh-bench-util.h"
#include "kh-matrix-view-private.h"

#define N_TASKS  5000
#define N_UNITS  300
#define SEED     2018

/* A step: ten rows down (a quick flick of the wheel), four columns across. */
#define STEP_ROWS     10
#define STEP_COLUMNS  4

#define TARGET_MEDIAN_MS  16.0
#define TARGET_P95_MS     33.0
#define TARGET_RSS_MB    300.0

typedef struct {
  double  started;    /* before-paint of the frame in progress */
  GArray *times;      /* of double: frame times, ms */
} Frames;

static void
before_paint (GdkFrameClock *clock,
              Frames        *frames)
{
  frames->started = kh_bench_now_ms ();
}

static void
after_paint (GdkFrameClock *clock,
             Frames        *frames)
{
  if (frames->times != NULL && frames->started > 0)
    {
      double time = kh_bench_now_ms () - frames->started;
      g_array_append_val (frames->times, time);
    }
  frames->started = 0;
}

/* Moves both adjustments towards their targets by @dx, @dy a frame. */
static guint
scroll (GtkWidget     *widget,
        GtkAdjustment *h,
        double         h_to,
        double         dx,
        GtkAdjustment *v,
        double         v_to,
        double         dy)
{
  guint steps = 0;

  for (;;)
    {
      double x = gtk_adjustment_get_value (h), y = gtk_adjustment_get_value (v);
      double next_x = x < h_to ? MIN (x + dx, h_to) : MAX (x - dx, h_to);
      double next_y = y < v_to ? MIN (y + dy, v_to) : MAX (y - dy, v_to);

      if (next_x == x && next_y == y)
        return steps;
      gtk_adjustment_set_value (h, next_x);
      gtk_adjustment_set_value (v, next_y);
      kh_bench_ui_wait_frames (widget, 1);
      steps++;
    }
}

static double
end_of (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
}

int
main (int argc, char *argv[])
{
  g_autoptr(KhApplication) app = NULL;
  g_autoptr(KhDocument) document = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Frames frames = { 0, NULL };
  GtkWindow *window;
  KhAssignmentsPage *page;
  KhMatrixView *view;
  GtkAdjustment *h, *v;
  GdkFrameClock *clock;
  double open_ms, median, p95, slowest, rss_mb;
  guint down, across, back;
  gboolean ok = TRUE;

  app = kh_bench_ui_init ();

  {
    g_autoptr(KhPlan) plan = kh_bench_generate_plan (N_TASKS, N_UNITS, SEED);
    document = kh_document_new (plan, NULL);
  }

  page = KH_ASSIGNMENTS_PAGE (kh_assignments_page_new ());
  window = kh_bench_ui_window_new (app, GTK_WIDGET (page), 1280, 800);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &frames);
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);

  /* The page makes its matrix and shows the first screen. */
  open_ms = kh_bench_now_ms ();
  kh_assignments_page_set_document (page, document);
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);
  open_ms = kh_bench_now_ms () - open_ms;
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);

  view = kh_assignments_page_get_matrix_view (page);
  h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  gtk_widget_grab_focus (GTK_WIDGET (view));

  frames.times = times;
  down = scroll (GTK_WIDGET (window), h, 0, 0, v, end_of (v),
                 STEP_ROWS * KH_MATRIX_ROW_HEIGHT);
  across = scroll (GTK_WIDGET (window), h, end_of (h), STEP_COLUMNS * KH_MATRIX_CELL_WIDTH,
                   v, end_of (v), 0);
  back = scroll (GTK_WIDGET (window), h, 0, STEP_COLUMNS * KH_MATRIX_CELL_WIDTH,
                 v, 0, STEP_ROWS * KH_MATRIX_ROW_HEIGHT);
  frames.times = NULL;
  rss_mb = kh_bench_rss_mb ();

  median = kh_bench_percentile ((double *) times->data, times->len, 0.5);
  p95 = kh_bench_percentile ((double *) times->data, times->len, 0.95);
  slowest = g_array_index (times, double, times->len - 1);

  printf ("plan: %u tasks, %u units; matrix %u rows x %u columns in a %dx%d grid area\n",
          N_TASKS, N_UNITS, kh_matrix_get_n_rows (kh_assignments_page_get_matrix (page)),
          kh_matrix_get_n_columns (kh_assignments_page_get_matrix (page)),
          (int) gtk_adjustment_get_page_size (h), (int) gtk_adjustment_get_page_size (v));
  printf ("page with the document to its first frame: %.0f ms\n", open_ms);
  printf ("scrolled %u frames down (%d rows a step), %u across (%d columns), %u back diagonally\n",
          down, STEP_ROWS, across, STEP_COLUMNS, back);
  printf ("frame time (before-paint to after-paint) over %u frames: median %.1f ms"
          " [target <= %.0f], 95th percentile %.1f ms [target <= %.0f], slowest %.1f ms\n",
          times->len, median, TARGET_MEDIAN_MS, p95, TARGET_P95_MS, slowest);
  printf ("resident memory (VmRSS): %.0f MB [target <= %.0f MB]\n", rss_mb, TARGET_RSS_MB);

  if (median > TARGET_MEDIAN_MS || p95 > TARGET_P95_MS || rss_mb > TARGET_RSS_MB)
    {
      printf ("FAILED: over a target\n");
      ok = FALSE;
    }

  g_signal_handlers_disconnect_by_data (clock, &frames);
  gtk_window_destroy (window);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
