/* bench-matrix.c — how fast the assignment matrix builds and follows edits
 * on the generated 5,000-task, 300-unit plan.
 *
 * Run with `meson benchmark -C BUILDDIR matrix`.  Prints medians: the time
 * to build the matrix, the time of one cell toggle (kh_matrix_cycle: the
 * edit, its undo step and the matrix's update) beside the same edit with
 * no matrix listening, an undo, a filter change and a structure change
 * (with and without the matrix).
 * Exits 1 when a cell toggle costs the matrix more than TARGET_TOGGLE_MS
 * or the build takes more than TARGET_BUILD_MS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "kh-bench-plan.h"
#include "kh-bench-util.h"
#include "kh-edit.h"
#include "kh-matrix.h"

#define N_TASKS  5000
#define N_UNITS  300
#define SEED     2018
#define N_BUILDS 9
#define N_TOGGLES 3000
#define N_FILTERS 9

#define TARGET_BUILD_MS  200.0
#define TARGET_TOGGLE_MS   0.5

static guint n_cells_changed;

static void
on_cell_changed (KhMatrix *matrix, guint row, guint column, gpointer data)
{
  n_cells_changed++;
}

/* Toggles random cells of task rows; times[i] is one toggle in ms. */
static void
toggle_cells (KhMatrix *matrix, KhHistory *history, GRand *rand, double *times)
{
  guint n_rows = kh_matrix_get_n_rows (matrix);
  guint n_columns = kh_matrix_get_n_columns (matrix);

  for (guint i = 0; i < N_TOGGLES; i++)
    {
      guint row, column;
      double start;

      do
        row = g_rand_int_range (rand, 0, n_rows);
      while (kh_matrix_get_row_kind (matrix, row) != KH_MATRIX_ROW_TASK);
      column = g_rand_int_range (rand, 0, n_columns);

      start = kh_bench_now_ms ();
      kh_matrix_cycle (matrix, history, row, column);
      times[i] = kh_bench_now_ms () - start;
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(KhHistory) history = NULL;
  g_autoptr(KhMatrix) matrix = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree double *times = g_new (double, N_TOGGLES);
  double build[N_BUILDS], filters[N_FILTERS], structure[N_FILTERS], bare_structure[N_FILTERS];
  double build_ms, toggle_ms, toggle_p95, bare_ms, undo_ms;
  KhNode *middle = NULL;
  guint n_toggle_cells;
  gboolean ok = TRUE;
  double start;

  plan = kh_bench_generate_plan (N_TASKS, N_UNITS, SEED);
  history = kh_history_new (plan);

  for (guint i = 0; i < N_BUILDS; i++)
    {
      g_autoptr(KhMatrix) m = NULL;

      start = kh_bench_now_ms ();
      m = kh_matrix_new (plan, KH_MATRIX_TASKS);
      build[i] = kh_bench_now_ms () - start;
    }
  build_ms = kh_bench_percentile (build, N_BUILDS, 0.5);

  /* The edit alone, no matrix listening: what the matrix adds is the
   * difference. */
  {
    g_autoptr(KhMatrix) probe = kh_matrix_new (plan, KH_MATRIX_TASKS);
    g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
    g_autoptr(GPtrArray) units = g_ptr_array_new ();

    for (guint i = 0; i < N_TOGGLES; i++)
      {
        guint row;

        do
          row = g_rand_int_range (rand, 0, kh_matrix_get_n_rows (probe));
        while (kh_matrix_get_row_kind (probe, row) != KH_MATRIX_ROW_TASK);
        g_ptr_array_add (nodes, kh_matrix_get_row_node (probe, row));
            g_ptr_array_add (units, kh_matrix_get_column_unit (probe,
                                                           g_rand_int_range (rand, 0, kh_matrix_get_n_columns (probe))));
      }
    middle = kh_matrix_get_row_node (probe, kh_matrix_get_n_rows (probe) / 2);
    g_clear_object (&probe);
    for (guint i = 0; i < N_TOGGLES; i++)
      {
        KhNode *node = g_ptr_array_index (nodes, i);
        KhUnit *unit = g_ptr_array_index (units, i);

        start = kh_bench_now_ms ();
        if (kh_node_get_role (node, unit) == KH_ROLE_NONE)
          kh_edit_assign (history, node, unit, KH_ROLE_LEAD, NULL);
        else
          kh_edit_unassign (history, node, unit);
        times[i] = kh_bench_now_ms () - start;
      }
    bare_ms = kh_bench_percentile (times, N_TOGGLES, 0.5);
    for (guint i = 0; i < N_FILTERS; i++)
      {
        start = kh_bench_now_ms ();
        kh_edit_add_node (history, kh_node_get_parent (middle), middle, KH_NODE_ITEM, "Nhiệm vụ mới");
        bare_structure[i] = kh_bench_now_ms () - start;
      }
    while (kh_history_undo (history))
      ;
    kh_history_clear (history);
  }

  matrix = kh_matrix_new (plan, KH_MATRIX_TASKS);
  g_signal_connect (matrix, "cell-changed", G_CALLBACK (on_cell_changed), NULL);
  toggle_cells (matrix, history, rand, times);
  n_toggle_cells = n_cells_changed;
  toggle_p95 = kh_bench_percentile (times, N_TOGGLES, 0.95);
  toggle_ms = kh_bench_percentile (times, N_TOGGLES, 0.5);

  for (guint i = 0; i < N_TOGGLES; i++)
    {
      start = kh_bench_now_ms ();
      kh_history_undo (history);
      times[i] = kh_bench_now_ms () - start;
    }
  undo_ms = kh_bench_percentile (times, N_TOGGLES, 0.5);

  /* Filters and structure changes redo the rows: O(nodes), not cells. */
  for (guint i = 0; i < N_FILTERS; i++)
    {
      start = kh_bench_now_ms ();
      kh_matrix_set_without_lead (matrix, i % 2 == 0);
      kh_matrix_set_hide_unassigned (matrix, i % 2 == 0);
      filters[i] = kh_bench_now_ms () - start;
    }
  kh_matrix_set_without_lead (matrix, FALSE);
  kh_matrix_set_hide_unassigned (matrix, FALSE);
  for (guint i = 0; i < N_FILTERS; i++)
    {
      start = kh_bench_now_ms ();
      kh_edit_add_node (history, kh_node_get_parent (middle), middle, KH_NODE_ITEM, "Nhiệm vụ mới");
      structure[i] = kh_bench_now_ms () - start;
    }

  printf ("matrix of %u tasks × %u units: %u rows, %u columns\n", N_TASKS, N_UNITS,
          kh_matrix_get_n_rows (matrix), kh_matrix_get_n_columns (matrix));
  printf ("build:                       %8.2f ms (median of %d)\n", build_ms, N_BUILDS);
  printf ("cell toggle (cycle):         %8.4f ms median, %.4f ms p95 (%d toggles, %u cells reported)\n",
          toggle_ms, toggle_p95, N_TOGGLES, n_toggle_cells);
  printf ("same edit, no matrix:        %8.4f ms median\n", bare_ms);
  printf ("undo of a toggle:            %8.4f ms median\n", undo_ms);
  printf ("filter change (two filters): %8.2f ms median\n", kh_bench_percentile (filters, N_FILTERS, 0.5));
  printf ("node added (structure):      %8.2f ms median\n", kh_bench_percentile (structure, N_FILTERS, 0.5));
  printf ("same, no matrix:             %8.2f ms median\n", kh_bench_percentile (bare_structure, N_FILTERS, 0.5));

  if (build_ms > TARGET_BUILD_MS)
    {
      printf ("FAIL: building takes more than %.0f ms\n", TARGET_BUILD_MS);
      ok = FALSE;
    }
  if (toggle_ms - bare_ms > TARGET_TOGGLE_MS)
    {
      printf ("FAIL: the matrix adds more than %.2f ms to a cell toggle\n", TARGET_TOGGLE_MS);
      ok = FALSE;
    }
  return ok ? 0 : 1;
}
