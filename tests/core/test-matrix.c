/* test-matrix.c — the assignment matrix: rows, columns, totals, filters,
 * cycling through the history, and the signals that tell a view what
 * changed.
 *
 * A "mirror" rebuilds the matrix from its signals alone; after every
 * step it must equal the matrix, and the matrix must equal a new matrix
 * built from scratch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-matrix.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

/* The mirror */

typedef struct {
  KhMatrix  *matrix;
  GPtrArray *rows;      /* of KhNode */
  GPtrArray *columns;   /* of KhUnit */
  GPtrArray *cells;     /* of GArray of guint8, one per row */
  guint      n_rows_changed;
  guint      n_columns_changed;
  guint      n_cells_changed;
  guint      last_row, last_column;
  guint      last_position, last_removed, last_added;
} Mirror;

static GArray *
mirror_read_row (Mirror *m, guint row)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (guint8));

  for (guint c = 0; c < m->columns->len; c++)
    {
      guint8 role = kh_matrix_get_role (m->matrix, row, c);
      g_array_append_val (cells, role);
    }
  return cells;
}

static void
on_rows_changed (KhMatrix *matrix, guint position, guint removed, guint added, Mirror *m)
{
  g_assert_cmpuint (position + removed, <=, m->rows->len);
  g_ptr_array_remove_range (m->rows, position, removed);
  g_ptr_array_remove_range (m->cells, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_ptr_array_insert (m->rows, position + i, kh_matrix_get_row_node (matrix, position + i));
      g_ptr_array_insert (m->cells, position + i, mirror_read_row (m, position + i));
    }
  g_assert_cmpuint (m->rows->len, ==, kh_matrix_get_n_rows (matrix));
  m->n_rows_changed++;
  m->last_position = position;
  m->last_removed = removed;
  m->last_added = added;
}

static void
on_columns_changed (KhMatrix *matrix, guint position, guint removed, guint added, Mirror *m)
{
  g_assert_cmpuint (position + removed, <=, m->columns->len);
  g_ptr_array_remove_range (m->columns, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (m->columns, position + i, kh_matrix_get_column_unit (matrix, position + i));
  for (guint r = 0; r < m->rows->len; r++)
    {
      GArray *cells = g_ptr_array_index (m->cells, r);

      g_array_remove_range (cells, position, removed);
      for (guint i = 0; i < added; i++)
        {
          guint8 role = kh_matrix_get_role (matrix, r, position + i);
          g_array_insert_val (cells, position + i, role);
        }
    }
  g_assert_cmpuint (m->columns->len, ==, kh_matrix_get_n_columns (matrix));
  m->n_columns_changed++;
}

static void
on_cell_changed (KhMatrix *matrix, guint row, guint column, Mirror *m)
{
  GArray *cells = g_ptr_array_index (m->cells, row);

  g_array_index (cells, guint8, column) = kh_matrix_get_role (matrix, row, column);
  m->n_cells_changed++;
  m->last_row = row;
  m->last_column = column;
}

static Mirror *
mirror_new (KhMatrix *matrix)
{
  Mirror *m = g_new0 (Mirror, 1);

  m->matrix = g_object_ref (matrix);
  m->rows = g_ptr_array_new ();
  m->columns = g_ptr_array_new ();
  m->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  on_columns_changed (matrix, 0, 0, kh_matrix_get_n_columns (matrix), m);
  on_rows_changed (matrix, 0, 0, kh_matrix_get_n_rows (matrix), m);
  g_signal_connect (matrix, "rows-changed", G_CALLBACK (on_rows_changed), m);
  g_signal_connect (matrix, "columns-changed", G_CALLBACK (on_columns_changed), m);
  g_signal_connect (matrix, "cell-changed", G_CALLBACK (on_cell_changed), m);
  m->n_rows_changed = m->n_columns_changed = 0;
  return m;
}

static void
mirror_reset_counts (Mirror *m)
{
  m->n_rows_changed = m->n_columns_changed = m->n_cells_changed = 0;
}

static void
mirror_free (Mirror *m)
{
  g_signal_handlers_disconnect_by_data (m->matrix, m);
  g_object_unref (m->matrix);
  g_ptr_array_unref (m->rows);
  g_ptr_array_unref (m->columns);
  g_ptr_array_unref (m->cells);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mirror, mirror_free)

/* Everything a view can read, as text. */
static char *
matrix_dump (KhMatrix *matrix)
{
  GString *out = g_string_new (NULL);
  guint n_columns = kh_matrix_get_n_columns (matrix);

  for (guint g = 0; g < kh_matrix_get_n_groups (matrix); g++)
    {
      guint first, n;

      kh_matrix_get_group_span (matrix, g, &first, &n);
      g_string_append_printf (out, "group %s %u+%u\n", kh_matrix_get_group_name (matrix, g), first, n);
    }
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (out, "column %s g%u L%u C%u\n",
                            kh_unit_get_id (kh_matrix_get_column_unit (matrix, c)),
                            kh_matrix_get_column_group (matrix, c),
                            kh_matrix_get_n_leads (matrix, c),
                            kh_matrix_get_n_cooperations (matrix, c));
  for (guint r = 0; r < kh_matrix_get_n_rows (matrix); r++)
    {
      KhNode *section = kh_matrix_get_row_section (matrix, r);

      g_string_append_printf (out, "%s %s in %s%s |",
                              kh_matrix_get_row_kind (matrix, r) == KH_MATRIX_ROW_SECTION ? "section" : "task",
                              kh_node_get_id (kh_matrix_get_row_node (matrix, r)),
                              section ? kh_node_get_id (section) : "-",
                              kh_matrix_row_has_no_lead (matrix, r) ? " no-lead" : "");
      for (guint c = 0; c < n_columns; c++)
        g_string_append_c (out, ".LC"[kh_matrix_get_role (matrix, r, c)]);
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "without lead %u\n", kh_matrix_get_n_without_lead (matrix));
  return g_string_free (out, FALSE);
}

/* The matrix equals its mirror and a matrix built afresh with the same
 * filters. */
static void
assert_consistent (Mirror *m)
{
  KhMatrix *matrix = m->matrix;
  g_autoptr(KhMatrix) fresh = g_object_new (KH_TYPE_MATRIX,
                                            "plan", kh_matrix_get_plan (matrix),
                                            "rows", kh_matrix_get_rows (matrix),
                                            "section", kh_matrix_get_section (matrix),
                                            "group", kh_matrix_get_group (matrix),
                                            "without-lead", kh_matrix_get_without_lead (matrix),
                                            "hide-unassigned", kh_matrix_get_hide_unassigned (matrix),
                                            NULL);
  g_autofree char *got = matrix_dump (matrix);
  g_autofree char *want = matrix_dump (fresh);

  g_assert_cmpstr (got, ==, want);

  g_assert_cmpuint (m->rows->len, ==, kh_matrix_get_n_rows (matrix));
  g_assert_cmpuint (m->columns->len, ==, kh_matrix_get_n_columns (matrix));
  for (guint r = 0; r < m->rows->len; r++)
    {
      GArray *cells = g_ptr_array_index (m->cells, r);

      g_assert_true (g_ptr_array_index (m->rows, r) == kh_matrix_get_row_node (matrix, r));
      g_assert_cmpint (kh_matrix_find_row (matrix, kh_matrix_get_row_node (matrix, r)), ==, (int) r);
      for (guint c = 0; c < m->columns->len; c++)
        g_assert_cmpuint (g_array_index (cells, guint8, c), ==, kh_matrix_get_role (matrix, r, c));
    }
  for (guint c = 0; c < m->columns->len; c++)
    {
      g_assert_true (g_ptr_array_index (m->columns, c) == kh_matrix_get_column_unit (matrix, c));
      g_assert_cmpint (kh_matrix_find_column (matrix, kh_matrix_get_column_unit (matrix, c)), ==, (int) c);
    }
}

/* Fixture: the plan of kh-test-plan.c */

typedef struct {
  KhPlan    *plan;
  KhHistory *history;
  KhMatrix  *matrix;
  Mirror    *mirror;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = kh_test_plan_new ();
  f->history = kh_history_new (f->plan);
  f->matrix = kh_matrix_new (f->plan, KH_MATRIX_TASKS);
  f->mirror = mirror_new (f->matrix);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  mirror_free (f->mirror);
  g_object_unref (f->matrix);
  g_object_unref (f->history);
  g_object_unref (f->plan);
}

static KhNode *
node (Fixture *f, const char *id)
{
  KhNode *n = kh_plan_lookup_node (f->plan, id);

  g_assert_nonnull (n);
  return n;
}

static KhUnit *
unit (Fixture *f, const char *id)
{
  KhUnit *u = kh_plan_lookup_unit (f->plan, id);

  g_assert_nonnull (u);
  return u;
}

static guint
row_of (Fixture *f, const char *id)
{
  int row = kh_matrix_find_row (f->matrix, node (f, id));

  g_assert_cmpint (row, >=, 0);
  return row;
}

static guint
column_of (Fixture *f, const char *id)
{
  int column = kh_matrix_find_column (f->matrix, unit (f, id));

  g_assert_cmpint (column, >=, 0);
  return column;
}

static void
assert_dump (KhMatrix *matrix, const char *expected)
{
  g_autofree char *got = matrix_dump (matrix);

  g_assert_cmpstr (got, ==, expected);
}

/* The test plan: II (n-4) holds the four tasks n-6, n-7, n-9, n-10. */
static const char plan_tasks[] =
  "group Sở, ban, ngành 0+4\n"
  "group Cơ quan báo chí 4+2\n"
  "column u-snv g0 L1 C3\n"
  "column u-stttt g0 L3 C0\n"
  "column u-ca g0 L0 C1\n"
  "column u-svh g0 L0 C1\n"
  "column u-bht g1 L0 C1\n"
  "column u-dpth g1 L0 C1\n"
  "section n-4 in n-4 |......\n"
  "task n-6 in n-4 |CL....\n"
  "task n-7 in n-4 |CL....\n"
  "task n-9 in n-4 |CLCC..\n"
  "task n-10 in n-4 |L...CC\n"
  "without lead 0\n";

static void
test_rows_tasks (Fixture *f, gconstpointer data)
{
  assert_dump (f->matrix, plan_tasks);
  assert_consistent (f->mirror);
}

static void
test_rows_all_items (Fixture *f, gconstpointer data)
{
  static const char * const ids[] = {
    "n-1", "n-2", "n-3", "n-4", "n-5", "n-6", "n-7", "n-8", "n-9", "n-10",
    "n-11", "n-12", "n-13", "n-14", "n-15",
  };

  kh_matrix_set_rows (f->matrix, KH_MATRIX_ALL_ITEMS);
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, G_N_ELEMENTS (ids));
  for (guint r = 0; r < G_N_ELEMENTS (ids); r++)
    g_assert_cmpstr (kh_node_get_id (kh_matrix_get_row_node (f->matrix, r)), ==, ids[r]);
  g_assert_cmpint (kh_matrix_get_row_kind (f->matrix, 0), ==, KH_MATRIX_ROW_SECTION);
  g_assert_cmpint (kh_matrix_get_row_kind (f->matrix, 1), ==, KH_MATRIX_ROW_TASK);
  g_assert_true (kh_matrix_get_row_section (f->matrix, row_of (f, "n-13")) == node (f, "n-11"));
  /* A plain item is no task: it has no lead missing. */
  g_assert_false (kh_matrix_row_has_no_lead (f->matrix, row_of (f, "n-2")));
  g_assert_cmpuint (kh_matrix_get_n_leads (f->matrix, column_of (f, "u-stttt")), ==, 3);
  assert_consistent (f->mirror);
}

static void
test_columns_groups (Fixture *f, gconstpointer data)
{
  g_autoptr(KhUnit) loose = kh_unit_new ("u-x", "Hội Nhà báo tỉnh", "", "");
  g_autoptr(KhUnit) police = kh_unit_new ("u-bch", "Bộ Chỉ huy Quân sự tỉnh", "", "Lực lượng vũ trang");
  g_autoptr(KhUnit) press = kh_unit_new ("u-tc", "Tạp chí Hồng Lĩnh", "", "Cơ quan báo chí");

  /* A unit without a group goes last even when it comes first; a new
   * group comes after the groups already seen; a unit joins its group. */
  g_assert_true (kh_edit_insert_unit (f->history, 0, loose));
  g_assert_true (kh_edit_insert_unit (f->history, 7, police));
  g_assert_true (kh_edit_insert_unit (f->history, 8, press));

  g_assert_cmpuint (kh_matrix_get_n_groups (f->matrix), ==, 4);
  g_assert_cmpstr (kh_matrix_get_group_name (f->matrix, 0), ==, "Sở, ban, ngành");
  g_assert_cmpstr (kh_matrix_get_group_name (f->matrix, 1), ==, "Cơ quan báo chí");
  g_assert_cmpstr (kh_matrix_get_group_name (f->matrix, 2), ==, "Lực lượng vũ trang");
  g_assert_cmpstr (kh_matrix_get_group_name (f->matrix, 3), ==, "");
  g_assert_cmpuint (column_of (f, "u-tc"), ==, 6);
  g_assert_cmpuint (column_of (f, "u-bch"), ==, 7);
  g_assert_cmpuint (column_of (f, "u-x"), ==, 8);
  g_assert_cmpuint (kh_matrix_get_column_group (f->matrix, 6), ==, 1);
  assert_consistent (f->mirror);

  /* A unit that changes group moves with it; being first in the list,
   * it brings its new group to the front. */
  g_assert_true (kh_edit_rename_unit (f->history, unit (f, "u-x"), NULL, NULL, "Cơ quan báo chí"));
  g_assert_cmpuint (kh_matrix_get_n_groups (f->matrix), ==, 3);
  g_assert_cmpstr (kh_matrix_get_group_name (f->matrix, 0), ==, "Cơ quan báo chí");
  g_assert_cmpuint (column_of (f, "u-x"), ==, 0);
  g_assert_cmpuint (column_of (f, "u-bht"), ==, 1);
  g_assert_cmpuint (column_of (f, "u-tc"), ==, 3);
  g_assert_cmpuint (column_of (f, "u-snv"), ==, 4);
  assert_consistent (f->mirror);

  while (kh_history_undo (f->history))
    assert_consistent (f->mirror);
  assert_dump (f->matrix, plan_tasks);
}

static void
test_filter_section (Fixture *f, gconstpointer data)
{
  kh_matrix_set_rows (f->matrix, KH_MATRIX_ALL_ITEMS);
  kh_matrix_set_section (f->matrix, node (f, "n-8"));
  assert_dump (f->matrix,
               "group Sở, ban, ngành 0+4\n"
               "group Cơ quan báo chí 4+2\n"
               "column u-snv g0 L1 C1\n"
               "column u-stttt g0 L1 C0\n"
               "column u-ca g0 L0 C1\n"
               "column u-svh g0 L0 C1\n"
               "column u-bht g1 L0 C1\n"
               "column u-dpth g1 L0 C1\n"
               "task n-8 in n-4 |......\n"
               "task n-9 in n-4 |CLCC..\n"
               "task n-10 in n-4 |L...CC\n"
               "without lead 0\n");
  assert_consistent (f->mirror);

  /* Section I has no task: nothing, not even its heading. */
  kh_matrix_set_rows (f->matrix, KH_MATRIX_TASKS);
  kh_matrix_set_section (f->matrix, node (f, "n-1"));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 0);
  g_assert_cmpuint (kh_matrix_get_n_leads (f->matrix, column_of (f, "u-stttt")), ==, 0);
  assert_consistent (f->mirror);

  /* The section leaves the plan: no rows; it comes back: its rows do. */
  kh_matrix_set_section (f->matrix, node (f, "n-4"));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 5);
  kh_edit_remove_node (f->history, node (f, "n-4"));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 0);
  assert_consistent (f->mirror);
  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 5);
  assert_consistent (f->mirror);

  kh_matrix_set_section (f->matrix, NULL);
  assert_dump (f->matrix, plan_tasks);
}

static void
test_filter_group (Fixture *f, gconstpointer data)
{
  kh_matrix_set_group (f->matrix, "Cơ quan báo chí");
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 2);
  g_assert_cmpuint (kh_matrix_get_n_groups (f->matrix), ==, 1);
  g_assert_cmpuint (column_of (f, "u-bht"), ==, 0);
  g_assert_cmpint (kh_matrix_find_column (f->matrix, unit (f, "u-snv")), ==, -1);
  /* The rows stay: the filter is on units. */
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 5);
  assert_consistent (f->mirror);

  kh_matrix_set_group (f->matrix, "Không có nhóm này");
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 0);
  g_assert_cmpuint (kh_matrix_get_n_groups (f->matrix), ==, 0);
  assert_consistent (f->mirror);

  kh_matrix_set_group (f->matrix, NULL);
  assert_dump (f->matrix, plan_tasks);
}

static void
test_filter_without_lead (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) none = kh_assignment_list_new ();

  kh_matrix_set_without_lead (f->matrix, TRUE);
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 0);
  assert_consistent (f->mirror);

  /* n-7 loses its lead: it shows, under its section. */
  g_assert_true (kh_edit_set_leads (f->history, node (f, "n-7"), none));
  assert_dump (f->matrix,
               "group Sở, ban, ngành 0+4\n"
               "group Cơ quan báo chí 4+2\n"
               "column u-snv g0 L0 C1\n"
               "column u-stttt g0 L0 C0\n"
               "column u-ca g0 L0 C0\n"
               "column u-svh g0 L0 C0\n"
               "column u-bht g1 L0 C0\n"
               "column u-dpth g1 L0 C0\n"
               "section n-4 in n-4 |......\n"
               "task n-7 in n-4 no-lead |C.....\n"
               "without lead 1\n");
  assert_consistent (f->mirror);

  /* A lead note is a lead too. */
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (node (f, "n-7")), "lead-note",
                                   "Theo KH của UBND tỉnh"));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 0);
  assert_consistent (f->mirror);

  /* Cycling the cell to lead takes the row away. */
  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 2);
  g_assert_cmpint (kh_matrix_cycle (f->matrix, f->history, 1, column_of (f, "u-ca")), ==, KH_ROLE_LEAD);
  g_assert_cmpuint (kh_matrix_get_n_rows (f->matrix), ==, 0);
  assert_consistent (f->mirror);

  while (kh_history_undo (f->history))
    assert_consistent (f->mirror);
  kh_matrix_set_without_lead (f->matrix, FALSE);
  assert_dump (f->matrix, plan_tasks);
}

static void
test_filter_hide_unassigned (Fixture *f, gconstpointer data)
{
  g_autoptr(KhUnit) idle = kh_unit_new ("u-idle", "Sở Tư pháp", "", "Sở, ban, ngành");

  g_assert_true (kh_edit_insert_unit (f->history, 2, idle));
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 7);
  kh_matrix_set_hide_unassigned (f->matrix, TRUE);
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 6);
  g_assert_cmpint (kh_matrix_find_column (f->matrix, idle), ==, -1);
  assert_consistent (f->mirror);

  /* Only the rows shown count: section II's n-8 alone names neither the
   * Police nor the press. */
  kh_matrix_set_section (f->matrix, node (f, "n-6"));
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 2);
  g_assert_cmpuint (column_of (f, "u-snv"), ==, 0);
  g_assert_cmpuint (column_of (f, "u-stttt"), ==, 1);
  assert_consistent (f->mirror);

  /* Assigning a unit elsewhere brings nothing; here it brings its column. */
  g_assert_true (kh_edit_assign (f->history, node (f, "n-9"), idle, KH_ROLE_COOPERATE, NULL));
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 2);
  g_assert_true (kh_edit_assign (f->history, node (f, "n-6"), idle, KH_ROLE_COOPERATE, NULL));
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 3);
  g_assert_cmpuint (column_of (f, "u-idle"), ==, 2);
  assert_consistent (f->mirror);

  /* Clearing the cell takes the column away. */
  g_assert_true (kh_matrix_set_role (f->matrix, f->history, 0, 2, KH_ROLE_NONE));
  g_assert_cmpuint (kh_matrix_get_n_columns (f->matrix), ==, 2);
  assert_consistent (f->mirror);

  while (kh_history_undo (f->history))
    assert_consistent (f->mirror);
  kh_matrix_set_section (f->matrix, NULL);
  kh_matrix_set_hide_unassigned (f->matrix, FALSE);
  assert_dump (f->matrix, plan_tasks);
}

/* Cycling */

static void
test_cycle_undo_redo (Fixture *f, gconstpointer data)
{
  guint row = row_of (f, "n-6");
  guint ca = column_of (f, "u-ca");
  g_autofree char *lead = NULL;
  g_autofree char *cooperating = NULL;

  g_assert_cmpint (kh_matrix_get_role (f->matrix, row, ca), ==, KH_ROLE_NONE);

  g_assert_cmpint (kh_matrix_cycle (f->matrix, f->history, row, ca), ==, KH_ROLE_LEAD);
  g_assert_cmpint (kh_node_get_role (node (f, "n-6"), unit (f, "u-ca")), ==, KH_ROLE_LEAD);
  g_assert_cmpuint (kh_matrix_get_n_leads (f->matrix, ca), ==, 1);
  g_assert_cmpuint (kh_matrix_get_n_cooperations (f->matrix, ca), ==, 1);
  lead = matrix_dump (f->matrix);
  assert_consistent (f->mirror);

  g_assert_cmpint (kh_matrix_cycle (f->matrix, f->history, row, ca), ==, KH_ROLE_COOPERATE);
  g_assert_cmpuint (kh_matrix_get_n_leads (f->matrix, ca), ==, 0);
  g_assert_cmpuint (kh_matrix_get_n_cooperations (f->matrix, ca), ==, 2);
  g_assert_cmpint (kh_assignment_list_find (kh_node_get_leads (node (f, "n-6")), unit (f, "u-ca")), ==, -1);
  cooperating = matrix_dump (f->matrix);
  assert_consistent (f->mirror);

  g_assert_cmpint (kh_matrix_cycle (f->matrix, f->history, row, ca), ==, KH_ROLE_NONE);
  assert_dump (f->matrix, plan_tasks);
  assert_consistent (f->mirror);

  /* Three steps, each undone and redone with cells and totals. */
  g_assert_true (kh_history_undo (f->history));
  assert_dump (f->matrix, cooperating);
  assert_consistent (f->mirror);
  g_assert_true (kh_history_undo (f->history));
  assert_dump (f->matrix, lead);
  assert_consistent (f->mirror);
  g_assert_true (kh_history_undo (f->history));
  assert_dump (f->matrix, plan_tasks);
  g_assert_false (kh_history_get_can_undo (f->history));
  assert_consistent (f->mirror);

  g_assert_true (kh_history_redo (f->history));
  assert_dump (f->matrix, lead);
  g_assert_true (kh_history_redo (f->history));
  assert_dump (f->matrix, cooperating);
  g_assert_true (kh_history_redo (f->history));
  assert_dump (f->matrix, plan_tasks);
  assert_consistent (f->mirror);
}

static void
test_set_role_keys (Fixture *f, gconstpointer data)
{
  guint row = row_of (f, "n-10");
  guint snv = column_of (f, "u-snv");
  guint bht = column_of (f, "u-bht");
  KhAssignment *lead;

  /* L on a lead changes nothing: its scope stays. */
  g_assert_false (kh_matrix_set_role (f->matrix, f->history, row, snv, KH_ROLE_LEAD));
  lead = g_ptr_array_index (kh_node_get_leads (node (f, "n-10")), 0);
  g_assert_cmpstr (lead->scope, ==, "tổng hợp thông tin");
  g_assert_false (kh_history_get_can_undo (f->history));

  /* L on a cooperating unit moves it to the leads, C back. */
  g_assert_true (kh_matrix_set_role (f->matrix, f->history, row, bht, KH_ROLE_LEAD));
  g_assert_cmpint (kh_matrix_get_role (f->matrix, row, bht), ==, KH_ROLE_LEAD);
  g_assert_cmpuint (kh_node_get_cooperating (node (f, "n-10"))->len, ==, 1);
  g_assert_true (kh_matrix_set_role (f->matrix, f->history, row, bht, KH_ROLE_COOPERATE));
  g_assert_cmpint (kh_matrix_get_role (f->matrix, row, bht), ==, KH_ROLE_COOPERATE);
  g_assert_false (kh_matrix_set_role (f->matrix, f->history, row, bht, KH_ROLE_COOPERATE));

  /* Delete clears; the task left without a lead is flagged. */
  g_assert_true (kh_matrix_set_role (f->matrix, f->history, row, snv, KH_ROLE_NONE));
  g_assert_true (kh_matrix_row_has_no_lead (f->matrix, row));
  g_assert_cmpuint (kh_matrix_get_n_without_lead (f->matrix), ==, 1);
  g_assert_false (kh_matrix_set_role (f->matrix, f->history, row, snv, KH_ROLE_NONE));
  assert_consistent (f->mirror);

  /* A section row takes no role. */
  g_assert_false (kh_matrix_set_role (f->matrix, f->history, 0, snv, KH_ROLE_LEAD));
  g_assert_cmpint (kh_matrix_cycle (f->matrix, f->history, 0, snv), ==, KH_ROLE_NONE);

  while (kh_history_undo (f->history))
    ;
  assert_dump (f->matrix, plan_tasks);
  assert_consistent (f->mirror);
}

/* Signals */

static void
test_signals_single_cell (Fixture *f, gconstpointer data)
{
  guint row = row_of (f, "n-9");
  guint bht = column_of (f, "u-bht");
  guint ca = column_of (f, "u-ca");

  mirror_reset_counts (f->mirror);
  kh_matrix_cycle (f->matrix, f->history, row, bht);
  g_assert_cmpuint (f->mirror->n_cells_changed, ==, 1);
  g_assert_cmpuint (f->mirror->last_row, ==, row);
  g_assert_cmpuint (f->mirror->last_column, ==, bht);
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 0);
  g_assert_cmpuint (f->mirror->n_columns_changed, ==, 0);

  /* Cooperating → none, through undo too: one cell each time. */
  mirror_reset_counts (f->mirror);
  kh_matrix_cycle (f->matrix, f->history, row, ca);
  g_assert_cmpint (kh_matrix_get_role (f->matrix, row, ca), ==, KH_ROLE_NONE);
  g_assert_cmpuint (f->mirror->n_cells_changed, ==, 1);
  kh_history_undo (f->history);
  g_assert_cmpuint (f->mirror->n_cells_changed, ==, 2);
  g_assert_cmpuint (f->mirror->last_column, ==, ca);
  g_assert_cmpuint (f->mirror->n_rows_changed + f->mirror->n_columns_changed, ==, 0);

  /* Lead → cooperating passes through "none" (two lists, one after the
   * other): the cell is reported, nothing else. */
  kh_matrix_cycle (f->matrix, f->history, row, bht);
  mirror_reset_counts (f->mirror);
  kh_matrix_cycle (f->matrix, f->history, row, bht);
  g_assert_cmpuint (f->mirror->n_cells_changed, >=, 1);
  g_assert_cmpuint (f->mirror->n_cells_changed, <=, 2);
  g_assert_cmpuint (f->mirror->last_column, ==, bht);
  g_assert_cmpuint (f->mirror->n_rows_changed + f->mirror->n_columns_changed, ==, 0);

  /* A unit outside the columns shown: no cell to report. */
  kh_matrix_set_group (f->matrix, "Cơ quan báo chí");
  mirror_reset_counts (f->mirror);
  g_assert_true (kh_edit_assign (f->history, node (f, "n-9"), unit (f, "u-ca"), KH_ROLE_LEAD, NULL));
  g_assert_cmpuint (f->mirror->n_cells_changed + f->mirror->n_rows_changed
                    + f->mirror->n_columns_changed, ==, 0);
  assert_consistent (f->mirror);
}

static void
test_signals_rows (Fixture *f, gconstpointer data)
{
  KhNode *added;

  /* An item added under n-8 is no task yet, but the tasks under n-8 may
   * have new numbers: they are reported, nothing else. */
  mirror_reset_counts (f->mirror);
  added = kh_edit_add_node (f->history, node (f, "n-8"), node (f, "n-9"), KH_NODE_ITEM, "Tập huấn mới");
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 1);
  g_assert_cmpuint (f->mirror->last_position, ==, row_of (f, "n-9"));
  g_assert_cmpuint (f->mirror->last_removed, ==, 2);
  g_assert_cmpuint (f->mirror->last_added, ==, 2);

  /* Assigned, it is a task: one row inserted between n-9 and n-10. */
  mirror_reset_counts (f->mirror);
  g_assert_true (kh_edit_assign (f->history, added, unit (f, "u-ca"), KH_ROLE_LEAD, NULL));
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 1);
  g_assert_cmpuint (f->mirror->last_position, ==, 4);
  g_assert_cmpuint (f->mirror->last_removed, ==, 0);
  g_assert_cmpuint (f->mirror->last_added, ==, 1);
  g_assert_cmpint (kh_matrix_find_row (f->matrix, added), ==, 4);
  assert_consistent (f->mirror);

  /* A title or timeline elsewhere says nothing. */
  mirror_reset_counts (f->mirror);
  kh_edit_set_text (f->history, G_OBJECT (node (f, "n-2")), "title", "Mục tiêu chung");
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 0);

  /* ...then the title shows in its heading. */
  mirror_reset_counts (f->mirror);
  kh_edit_set_text (f->history, G_OBJECT (added), "title", "Tập huấn kỹ năng");
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 1);

  /* Moving a node renumbers what follows it. */
  g_assert_true (kh_edit_move_down (f->history, node (f, "n-6")));
  g_assert_cmpint (kh_matrix_find_row (f->matrix, node (f, "n-7")), <, kh_matrix_find_row (f->matrix, node (f, "n-6")));
  assert_consistent (f->mirror);

  /* An item made a section heads its tasks. */
  g_assert_true (kh_edit_set_node_kind (f->history, node (f, "n-8"), KH_NODE_SECTION));
  g_assert_true (kh_matrix_get_row_section (f->matrix, row_of (f, "n-10")) == node (f, "n-8"));
  assert_consistent (f->mirror);

  while (kh_history_undo (f->history))
    assert_consistent (f->mirror);
  assert_dump (f->matrix, plan_tasks);
}

static void
test_signals_units (Fixture *f, gconstpointer data)
{
  mirror_reset_counts (f->mirror);
  g_assert_true (kh_edit_rename_unit (f->history, unit (f, "u-ca"), "Công an tỉnh Hà Tĩnh", NULL, NULL));
  g_assert_cmpuint (f->mirror->n_columns_changed, ==, 1);
  g_assert_cmpuint (f->mirror->n_rows_changed, ==, 0);
  assert_consistent (f->mirror);

  g_assert_cmpuint (kh_edit_merge_units (f->history, unit (f, "u-svh"), unit (f, "u-ca")), ==, 1);
  g_assert_cmpint (kh_matrix_find_column (f->matrix, kh_plan_lookup_unit (f->plan, "u-svh")), ==, -1);
  g_assert_cmpuint (kh_matrix_get_n_cooperations (f->matrix, column_of (f, "u-ca")), ==, 1);
  assert_consistent (f->mirror);

  while (kh_history_undo (f->history))
    assert_consistent (f->mirror);
  assert_dump (f->matrix, plan_tasks);
}

/* Random edits with every filter: the matrix keeps up. */
static void
test_random (Fixture *f, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20180207);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  static const KhRole roles[] = { KH_ROLE_NONE, KH_ROLE_LEAD, KH_ROLE_COOPERATE };

  for (guint i = 0; i < g_list_model_get_n_items (kh_plan_get_units (f->plan)); i++)
    g_ptr_array_add (units, g_list_model_get_item (kh_plan_get_units (f->plan), i));

  for (guint step = 0; step < 2000; step++)
    {
      g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (f->plan);
      KhNode *n;
      KhUnit *u = g_ptr_array_index (units, g_rand_int_range (rand, 0, units->len));

      if (nodes->len == 0)
        {
          kh_edit_add_node (f->history, NULL, NULL, KH_NODE_SECTION, "mới");
          continue;
        }
      n = g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len));

      switch (g_rand_int_range (rand, 0, 15))
        {
        case 0: case 1: case 2: case 3:
          kh_edit_assign (f->history, n, u, roles[g_rand_int_range (rand, 0, 3)], NULL);
          break;
        case 4:
          if (kh_matrix_get_n_rows (f->matrix) > 0 && kh_matrix_get_n_columns (f->matrix) > 0)
            kh_matrix_cycle (f->matrix, f->history,
                             g_rand_int_range (rand, 0, kh_matrix_get_n_rows (f->matrix)),
                             g_rand_int_range (rand, 0, kh_matrix_get_n_columns (f->matrix)));
          break;
        case 5:
          kh_history_undo (f->history);
          break;
        case 6:
          kh_history_redo (f->history);
          break;
        case 7:
          if (g_rand_boolean (rand))
            kh_edit_add_node (f->history, kh_node_get_parent (n), n, KH_NODE_ITEM, "mới");
          else if (nodes->len > 8)
            kh_edit_remove_node (f->history, n);
          break;
        case 8:
          if (g_rand_boolean (rand))
            kh_edit_move_up (f->history, n);
          else
            kh_edit_indent (f->history, n);
          break;
        case 9:
          kh_edit_set_text (f->history, G_OBJECT (n), "lead-note", g_rand_boolean (rand) ? "" : "UBND tỉnh");
          break;
        case 12:
          kh_edit_set_node_kind (f->history, n, g_rand_boolean (rand) ? KH_NODE_ITEM : KH_NODE_SECTION);
          break;
        case 13:
          {
            g_autoptr(KhTimeline) timeline = kh_timeline_parse ("Quý II/2018");

            kh_edit_set_timeline (f->history, n, g_rand_boolean (rand) ? timeline : NULL);
          }
          break;
        case 14:
          kh_edit_rename_unit (f->history, u, NULL, NULL,
                               g_rand_boolean (rand) ? "Cơ quan báo chí" : "");
          break;
        case 10:
          {
            KhNode *sections[] = { NULL, NULL, kh_plan_lookup_node (f->plan, "n-4"), n };

            kh_matrix_set_section (f->matrix, sections[g_rand_int_range (rand, 0, 4)]);
            kh_matrix_set_rows (f->matrix, g_rand_boolean (rand) ? KH_MATRIX_TASKS : KH_MATRIX_ALL_ITEMS);
          }
          break;
        case 11:
          {
            const char *groups[] = { NULL, NULL, "Cơ quan báo chí", "Sở, ban, ngành" };

            kh_matrix_set_group (f->matrix, groups[g_rand_int_range (rand, 0, 4)]);
            kh_matrix_set_without_lead (f->matrix, g_rand_int_range (rand, 0, 4) == 0);
            kh_matrix_set_hide_unassigned (f->matrix, g_rand_boolean (rand));
          }
          break;
        default:
          g_assert_not_reached ();
        }
      assert_consistent (f->mirror);
    }
}

/* The example plans: counts worked out here from the lists */

static void
test_example_ha_tinh (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  g_autoptr(KhMatrix) matrix = kh_matrix_new (plan, KH_MATRIX_TASKS);
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  g_autoptr(GHashTable) leads = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) cooperations = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) sections = g_hash_table_new (NULL, NULL);
  GListModel *units = kh_plan_get_units (plan);
  guint n_tasks = 0, n_without_lead = 0, n_section_rows = 0, n_task_rows = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      GPtrArray *lead_list = kh_node_get_leads (node);
      GPtrArray *coop_list = kh_node_get_cooperating (node);

      if (!kh_node_is_task (node))
        continue;
      n_tasks++;
      if (lead_list->len == 0 && kh_node_get_lead_note (node)[0] == '\0')
        n_without_lead++;
      for (KhNode *p = kh_node_get_parent (node); p; p = kh_node_get_parent (p))
        if (kh_node_get_kind (p) == KH_NODE_SECTION)
          g_hash_table_add (sections, p);
      for (guint j = 0; j < lead_list->len; j++)
        {
          KhUnit *u = ((KhAssignment *) g_ptr_array_index (lead_list, j))->unit;
          g_hash_table_insert (leads, u, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (leads, u)) + 1));
        }
      for (guint j = 0; j < coop_list->len; j++)
        {
          KhUnit *u = ((KhAssignment *) g_ptr_array_index (coop_list, j))->unit;
          if (kh_assignment_list_find (lead_list, u) < 0)
            g_hash_table_insert (cooperations, u,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (cooperations, u)) + 1));
        }
    }
  g_assert_cmpuint (n_tasks, >, 20);

  for (guint r = 0; r < kh_matrix_get_n_rows (matrix); r++)
    {
      if (kh_matrix_get_row_kind (matrix, r) == KH_MATRIX_ROW_SECTION)
        n_section_rows++;
      else
        n_task_rows++;
    }
  g_assert_cmpuint (n_task_rows, ==, n_tasks);
  g_assert_cmpuint (n_section_rows, ==, g_hash_table_size (sections));
  g_assert_cmpuint (kh_matrix_get_n_without_lead (matrix), ==, n_without_lead);
  g_assert_cmpuint (kh_matrix_get_n_columns (matrix), ==, g_list_model_get_n_items (units));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) u = g_list_model_get_item (units, i);
      int c = kh_matrix_find_column (matrix, u);

      g_assert_cmpint (c, >=, 0);
      g_assert_cmpuint (kh_matrix_get_n_leads (matrix, c), ==, GPOINTER_TO_UINT (g_hash_table_lookup (leads, u)));
      g_assert_cmpuint (kh_matrix_get_n_cooperations (matrix, c), ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (cooperations, u)));
    }
  /* Groups are contiguous and cover every column. */
  {
    guint next = 0;

    for (guint g = 0; g < kh_matrix_get_n_groups (matrix); g++)
      {
        guint first, n;

        kh_matrix_get_group_span (matrix, g, &first, &n);
        g_assert_cmpuint (first, ==, next);
        g_assert_cmpuint (n, >, 0);
        for (guint c = first; c < first + n; c++)
          g_assert_cmpstr (kh_unit_get_group (kh_matrix_get_column_unit (matrix, c)), ==,
                           kh_matrix_get_group_name (matrix, g));
        next = first + n;
      }
    g_assert_cmpuint (next, ==, kh_matrix_get_n_columns (matrix));
  }

  /* Hiding units that no task names leaves those with a total. */
  kh_matrix_set_hide_unassigned (matrix, TRUE);
  for (guint c = 0; c < kh_matrix_get_n_columns (matrix); c++)
    g_assert_cmpuint (kh_matrix_get_n_leads (matrix, c) + kh_matrix_get_n_cooperations (matrix, c), >, 0);
}

static void
test_example_cycle_everywhere (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("thua-thien-hue-2018.kehoach");
  g_autoptr(KhHistory) history = kh_history_new (plan);
  g_autoptr(KhMatrix) matrix = kh_matrix_new (plan, KH_MATRIX_ALL_ITEMS);
  g_autoptr(Mirror) mirror = mirror_new (matrix);
  g_autofree char *before = matrix_dump (matrix);
  guint n_steps = 0;

  /* Every cell of every third row goes round the cycle once. */
  for (guint r = 0; r < kh_matrix_get_n_rows (matrix); r += 3)
    for (guint c = 0; c < kh_matrix_get_n_columns (matrix); c += 2)
      {
        KhRole start = kh_matrix_get_role (matrix, r, c);

        if (kh_matrix_get_row_kind (matrix, r) != KH_MATRIX_ROW_TASK)
          continue;
        for (guint i = 0; i < 3; i++, n_steps++)
          kh_matrix_cycle (matrix, history, r, c);
        g_assert_cmpint (kh_matrix_get_role (matrix, r, c), ==, start);
      }
  assert_consistent (mirror);
  while (n_steps-- > 0)
    g_assert_true (kh_history_undo (history));
  assert_dump (matrix, before);
  assert_consistent (mirror);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/matrix/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("rows/tasks-under-their-sections", test_rows_tasks);
  ADD ("rows/all-items", test_rows_all_items);
  ADD ("columns/grouped-in-order-of-first-appearance", test_columns_groups);
  ADD ("filter/section", test_filter_section);
  ADD ("filter/unit-group", test_filter_group);
  ADD ("filter/without-lead", test_filter_without_lead);
  ADD ("filter/hide-unassigned-units", test_filter_hide_unassigned);
  ADD ("cycle/undo-redo-restore-cells-and-totals", test_cycle_undo_redo);
  ADD ("cycle/set-role-keys", test_set_role_keys);
  ADD ("signals/single-cell", test_signals_single_cell);
  ADD ("signals/rows", test_signals_rows);
  ADD ("signals/units", test_signals_units);
  ADD ("random-edits-keep-up", test_random);
  g_test_add_func ("/matrix/example/ha-tinh-counts", test_example_ha_tinh);
  g_test_add_func ("/matrix/example/cycle-everywhere-and-undo", test_example_cycle_everywhere);

  return g_test_run ();
}
