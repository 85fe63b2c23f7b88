/* bench-ui-open.c — how long opening the generated 5,000-task plan takes
 * until the Plan page shows its tree, and what it costs in memory.
 *
 * Run with `meson benchmark -C BUILDDIR ui-open` (under Xvfb).  Prints the
 * median time from the open request (kh_document_load, then the page gets
 * the document) to the first painted frame in which the tree's rows are
 * mapped; the resident memory with the plan open (VmRSS); and, after
 * expanding every row and scrolling to the end, and selecting the last
 * task, how many row widgets the list ever made; and the time of one
 * search keystroke (filter the tree, expand the matches' ancestors, paint).
 * Exits 1 past TARGET_OPEN_MS, TARGET_RSS_MB or MAX_ROW_WIDGETS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kh-bench-plan.h"
#include "kh-bench-ui.h"
#include "kh-bench-util.h"
#include "kh-plan-io.h"
#include "kh-plan-tree-private.h"
#include "kh-plan-view.h"

#define N_TASKS  5000
#define N_UNITS  300
#define SEED     2018
#define N_OPENS  5

#define TARGET_OPEN_MS  1000.0
#define TARGET_RSS_MB    300.0
/* Row widgets alive at once: GtkListView (4.8) keeps up to 200 rows
 * around the visible ones, and the selected and focused rows. */
#define MAX_LIVE_ROWS    220
/* Ever made, after scrolling through every row: GTK 4.8 recycles only
 * some of the rows that leave the screen. */
#define MAX_ROW_WIDGETS  (N_TASKS / 10)

typedef struct {
  KhPlanTree *tree;
  KhNode     *first;
  double      painted_at;
} FrameWatch;

/* A frame has been painted with the first row of the tree on screen. */
static void
after_paint (GdkFrameClock *clock,
             FrameWatch    *watch)
{
  KhTreeRow *row = _kh_plan_tree_row_for_node (watch->tree, watch->first);

  if (watch->painted_at == 0 && row != NULL && gtk_widget_get_mapped (row->expander))
    watch->painted_at = kh_bench_now_ms ();
}

static gboolean
painted (gpointer data)
{
  return ((FrameWatch *) data)->painted_at != 0;
}

/* Expands every row, top down, as a user opening each in turn would. */
static guint
expand_all (GListModel *rows)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
  return g_list_model_get_n_items (rows);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) generated = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KhApplication) app = NULL;
  g_autoptr(KhDocument) document = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  GtkWindow *window;
  KhPlanView *view;
  KhPlanTree *tree;
  GtkAdjustment *adjustment;
  double times[N_OPENS], open_ms, rss_mb, expand_ms;
  guint n_rows, widgets_open, widgets_scrolled, widgets_selected, live_rows;
  double base_rss_mb, search_ms[N_OPENS], search_median;
  guint n_found = 0;
  const char *queries[N_OPENS] = { "song ngu", "viet - lao", "trien lam", "an pham", "phong vien" };
  gboolean ok = TRUE;

  app = kh_bench_ui_init ();

  generated = kh_bench_generate_plan (N_TASKS, N_UNITS, SEED);
  dir = g_dir_make_tmp ("kehoach-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.kehoach", NULL);
  file = g_file_new_for_path (path);
  if (!kh_plan_save (generated, file, &error))
    g_error ("%s", error->message);
  g_clear_object (&generated);

  view = KH_PLAN_VIEW (kh_plan_view_new ());
  tree = kh_plan_view_get_tree (view);
  window = kh_bench_ui_window_new (app, GTK_WIDGET (view), 1000, 700);
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 2);
  base_rss_mb = kh_bench_rss_mb ();

  for (guint i = 0; i < N_OPENS; i++)
    {
      FrameWatch watch = { tree, NULL, 0 };
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &watch);
      double start;

      kh_plan_view_set_document (view, NULL);
      g_clear_object (&document);
      kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);

      start = kh_bench_now_ms ();
      document = kh_document_load (file, &error);
      g_assert_no_error (error);
      watch.first = g_list_model_get_item (kh_plan_get_roots (kh_document_get_plan (document)), 0);
      g_object_unref (watch.first);  /* the plan holds it */
      kh_plan_view_set_document (view, document);
      kh_bench_ui_iterate_until (painted, &watch);
      times[i] = watch.painted_at - start;
      g_signal_handler_disconnect (clock, handler);
    }
  open_ms = kh_bench_median (times, N_OPENS);  /* and sorts them */
  rss_mb = kh_bench_rss_mb ();
  widgets_open = _kh_plan_tree_get_n_row_widgets (tree);

  /* Every row expanded, then scrolled to the end a page at a time. */
  expand_ms = kh_bench_now_ms ();
  n_rows = expand_all (kh_plan_tree_get_model (tree));
  expand_ms = kh_bench_now_ms () - expand_ms;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (tree->list_view));
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);
  while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)
         < gtk_adjustment_get_upper (adjustment))
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                            + gtk_adjustment_get_page_size (adjustment));
      kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);
    }
  widgets_scrolled = _kh_plan_tree_get_n_row_widgets (tree);

  /* Selecting the first and last task scrolls there without more rows. */
  nodes = kh_plan_collect_nodes (kh_document_get_plan (document));
  kh_plan_tree_select_node (tree, g_ptr_array_index (nodes, 1));
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 2);
  kh_plan_tree_select_node (tree, g_ptr_array_index (nodes, nodes->len - 1));
  kh_bench_ui_wait_frames (GTK_WIDGET (window), 2);
  widgets_selected = _kh_plan_tree_get_n_row_widgets (tree);
  live_rows = _kh_plan_tree_get_n_live_rows (tree);

  /* Search as the entry reports it: each query from the full tree. */
  for (guint i = 0; i < N_OPENS; i++)
    {
      double start;

      gtk_editable_set_text (GTK_EDITABLE (tree->search_entry), "");
      _kh_plan_tree_search_changed (tree);
      kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);
      start = kh_bench_now_ms ();
      gtk_editable_set_text (GTK_EDITABLE (tree->search_entry), queries[i]);
      _kh_plan_tree_search_changed (tree);
      kh_bench_ui_wait_frames (GTK_WIDGET (window), 1);
      search_ms[i] = kh_bench_now_ms () - start;
      n_found += g_list_model_get_n_items (kh_plan_tree_get_model (tree));
    }
  search_median = kh_bench_median (search_ms, N_OPENS);  /* and sorts them */

  printf ("plan: %u tasks, %u units, %u nodes; %s\n", N_TASKS, N_UNITS,
          kh_plan_count_nodes (kh_document_get_plan (document)), path);
  printf ("open to first frame with the tree: %.0f ms (median of %d; %.0f to %.0f)"
          " [target <= %.0f ms]\n",
          open_ms, N_OPENS, times[0], times[N_OPENS - 1], TARGET_OPEN_MS);
  printf ("resident memory with the plan open (VmRSS): %.0f MB, %.0f MB of it before"
          " the first open [target <= %.0f MB]\n", rss_mb, base_rss_mb, TARGET_RSS_MB);
  printf ("row widgets made: %u after opening, %u after expanding all %u rows (%.0f ms) and"
          " scrolling to the end a page at a time, %u after selecting the first and the last"
          " task [limit %d]; alive at the end: %u [limit %d]\n",
          widgets_open, widgets_scrolled, n_rows, expand_ms, widgets_selected, MAX_ROW_WIDGETS,
          live_rows, MAX_LIVE_ROWS);

  printf ("search keystroke to painted frame: %.0f ms (median of %d queries; %.0f to %.0f;"
          " %u rows shown in all)\n", search_median, N_OPENS, search_ms[0],
          search_ms[N_OPENS - 1], n_found);

  if (open_ms > TARGET_OPEN_MS || rss_mb > TARGET_RSS_MB
      || widgets_selected > MAX_ROW_WIDGETS || live_rows > MAX_LIVE_ROWS)
    {
      printf ("FAILED: over a target\n");
      ok = FALSE;
    }

  gtk_window_destroy (window);
  g_remove (path);
  g_rmdir (dir);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
