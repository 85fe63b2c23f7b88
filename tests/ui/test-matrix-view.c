/* test-matrix-view.c — the Assignments page: the matrix's cursor, keys
 * and clicks editing the plan through the history, undo and redo, the
 * filters, the selection shared with the plan tree, the duties of one
 * unit and their text on the clipboard; screenshots in light and dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-test-plan.h"
#include "kh-assignments-page.h"
#include "kh-matrix-view-private.h"
#include "kh-numbering.h"
#include "kh-unit-duties.h"

#include <adwaita.h>

static KhApplication *app;
static GtkWindow *window;
static KhAssignmentsPage *page;
static KhDocument *document;

static KhPlan *
plan (void)
{
  return kh_document_get_plan (document);
}

static KhHistory *
history (void)
{
  return kh_document_get_history (document);
}

static KhMatrix *
matrix (void)
{
  return kh_assignments_page_get_matrix (page);
}

static KhMatrixView *
view (void)
{
  return kh_assignments_page_get_matrix_view (page);
}

static void
open_example (void)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  kh_assignments_page_set_document (page, NULL);
  g_clear_object (&document);
  document = kh_document_load (file, &error);
  g_assert_no_error (error);
  kh_assignments_page_set_document (page, document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assignments.show", "s", "matrix"));
  kh_ui_test_wait_for_frame (window);
}

static void
activate (const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view ()), action, NULL));
}

static void
cursor (guint *row,
        guint *column)
{
  g_assert_true (kh_matrix_view_get_cursor (view (), row, column));
}

static KhNode *
cursor_task (void)
{
  guint row;

  cursor (&row, NULL);
  g_assert_cmpint (kh_matrix_get_row_kind (matrix (), row), ==, KH_MATRIX_ROW_TASK);
  return kh_matrix_get_row_node (matrix (), row);
}

static KhUnit *
cursor_unit (void)
{
  guint column;

  cursor (NULL, &column);
  return kh_matrix_get_column_unit (matrix (), column);
}

static KhRole
cursor_role (void)
{
  return kh_node_get_role (cursor_task (), cursor_unit ());
}

static guint
first_task_row (void)
{
  for (guint row = 0; row < kh_matrix_get_n_rows (matrix ()); row++)
    if (kh_matrix_get_row_kind (matrix (), row) == KH_MATRIX_ROW_TASK)
      return row;
  g_assert_not_reached ();
}

/* The first cell at or after @row whose unit has no role in its task. */
static void
find_empty_cell (guint  row,
                 guint *found_row,
                 guint *found_column)
{
  for (; row < kh_matrix_get_n_rows (matrix ()); row++)
    for (guint column = 0; column < kh_matrix_get_n_columns (matrix ()); column++)
      if (kh_matrix_get_row_kind (matrix (), row) == KH_MATRIX_ROW_TASK
          && kh_matrix_get_role (matrix (), row, column) == KH_ROLE_NONE)
        {
          *found_row = row;
          *found_column = column;
          return;
        }
  g_assert_not_reached ();
}

static void
wait_frame (void)
{
  kh_ui_test_wait_for_frame (window);
}

static void
test_cursor_moves (void)
{
  guint row, column, first, last_row, n_columns;
  GtkAdjustment *vadjustment, *hadjustment;
  g_autofree char *description = NULL;

  open_example ();
  first = first_task_row ();
  n_columns = kh_matrix_get_n_columns (matrix ());
  last_row = kh_matrix_get_n_rows (matrix ()) - 1;
  g_assert_cmpuint (n_columns, ==, 22);
  g_assert_cmpint (kh_matrix_get_row_kind (matrix (), 0), ==, KH_MATRIX_ROW_SECTION);

  /* It starts on the first task, first unit. */
  cursor (&row, &column);
  g_assert_cmpuint (row, ==, first);
  g_assert_cmpuint (column, ==, 0);

  activate ("matrix.move-right");
  activate ("matrix.move-right");
  cursor (&row, &column);
  g_assert_cmpuint (column, ==, 2);
  activate ("matrix.move-left");
  cursor (NULL, &column);
  g_assert_cmpuint (column, ==, 1);
  activate ("matrix.move-row-start");
  activate ("matrix.move-left");
  cursor (NULL, &column);
  g_assert_cmpuint (column, ==, 0);
  activate ("matrix.move-row-end");
  cursor (NULL, &column);
  g_assert_cmpuint (column, ==, n_columns - 1);

  /* Down and up skip section headings. */
  for (guint i = 0; i < 40; i++)
    {
      guint before;

      cursor (&before, NULL);
      activate ("matrix.move-down");
      cursor (&row, NULL);
      g_assert_cmpint (kh_matrix_get_row_kind (matrix (), row), ==, KH_MATRIX_ROW_TASK);
      for (guint r = before + 1; r < row; r++)
        g_assert_cmpint (kh_matrix_get_row_kind (matrix (), r), ==, KH_MATRIX_ROW_SECTION);
    }
  activate ("matrix.move-up");
  cursor (&row, NULL);
  g_assert_cmpint (kh_matrix_get_row_kind (matrix (), row), ==, KH_MATRIX_ROW_TASK);

  /* The ends, with the cursor scrolled into view. */
  activate ("matrix.move-last");
  cursor (&row, &column);
  g_assert_cmpuint (row, ==, last_row);
  wait_frame ();
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view ()));
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view ()));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment),
                     >=, (row + 1) * KH_MATRIX_ROW_HEIGHT);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment) + gtk_adjustment_get_page_size (hadjustment),
                     >=, (column + 1) * KH_MATRIX_CELL_WIDTH);
  activate ("matrix.move-down");
  cursor (&row, NULL);
  g_assert_cmpuint (row, ==, last_row);
  activate ("matrix.move-first");
  cursor (&row, NULL);
  g_assert_cmpuint (row, ==, first);
  wait_frame ();
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  /* A page down moves a screenful of rows, less one. */
  activate ("matrix.move-page-down");
  cursor (&row, NULL);
  g_assert_cmpuint (row, >, first + 5);
  activate ("matrix.move-page-up");
  cursor (&row, NULL);
  g_assert_cmpuint (row, ==, first);

  /* What a screen reader hears of the cursor cell. */
  activate ("matrix.move-row-start");
  description = kh_matrix_view_describe_cursor (view ());
  {
    g_autofree char *label = kh_numbering_label (plan (), cursor_task ());
    g_autofree char *expected = g_strdup_printf ("Task %s %s, %s: %s", label,
                                                 kh_node_get_title (cursor_task ()),
                                                 kh_unit_get_name (cursor_unit ()),
                                                 cursor_role () == KH_ROLE_LEAD ? "lead"
                                                 : cursor_role () == KH_ROLE_COOPERATE
                                                 ? "cooperating" : "not assigned");
    g_assert_cmpstr (description, ==, expected);
  }
}

static void
test_cycle_and_set (void)
{
  guint row, column, leads, cooperations;
  KhNode *node;
  KhUnit *unit;

  open_example ();
  find_empty_cell (first_task_row (), &row, &column);
  kh_matrix_view_set_cursor (view (), row, column);
  node = cursor_task ();
  unit = cursor_unit ();
  leads = kh_matrix_get_n_leads (matrix (), column);
  cooperations = kh_matrix_get_n_cooperations (matrix (), column);

  /* none → lead → cooperating → none, the totals following. */
  activate ("matrix.cycle");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_LEAD);
  g_assert_cmpuint (kh_matrix_get_n_leads (matrix (), column), ==, leads + 1);
  activate ("matrix.cycle");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_COOPERATE);
  g_assert_cmpuint (kh_matrix_get_n_leads (matrix (), column), ==, leads);
  g_assert_cmpuint (kh_matrix_get_n_cooperations (matrix (), column), ==, cooperations + 1);
  activate ("matrix.cycle");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_NONE);
  g_assert_cmpuint (kh_matrix_get_n_cooperations (matrix (), column), ==, cooperations);

  /* Set directly, and cleared. */
  activate ("matrix.set-cooperating");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_COOPERATE);
  activate ("matrix.set-lead");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_LEAD);
  activate ("matrix.clear");
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_NONE);

  /* The letters: L and C in English, whatever the case; not with Ctrl. */
  g_assert_cmpstr (_kh_matrix_view_action_for_key (GDK_KEY_l, 0), ==, "matrix.set-lead");
  g_assert_cmpstr (_kh_matrix_view_action_for_key (GDK_KEY_L, GDK_SHIFT_MASK), ==, "matrix.set-lead");
  g_assert_cmpstr (_kh_matrix_view_action_for_key (GDK_KEY_c, 0), ==, "matrix.set-cooperating");
  g_assert_null (_kh_matrix_view_action_for_key (GDK_KEY_c, GDK_CONTROL_MASK));
  g_assert_null (_kh_matrix_view_action_for_key (GDK_KEY_x, 0));
  g_assert_null (_kh_matrix_view_action_for_key (GDK_KEY_Left, 0));
  /* The marks shown are one letter each. */
  g_assert_cmpuint (g_utf8_strlen (_kh_matrix_view_role_mark (KH_ROLE_LEAD), -1), ==, 1);
  g_assert_cmpuint (g_utf8_strlen (_kh_matrix_view_role_mark (KH_ROLE_COOPERATE), -1), ==, 1);

  /* A click on a cell moves the cursor there and cycles it. */
  {
    guint other_row, other_column;
    graphene_rect_t area;
    GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view ()));
    GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view ()));
    KhNode *other_node;
    KhUnit *other_unit;

    find_empty_cell (row + 1, &other_row, &other_column);
    other_node = kh_matrix_get_row_node (matrix (), other_row);
    other_unit = kh_matrix_get_column_unit (matrix (), other_column);
    wait_frame ();
    _kh_matrix_view_cells_area (view (), &area);
    g_assert_true (_kh_matrix_view_click (view (),
                                          area.origin.x - gtk_adjustment_get_value (h)
                                          + (other_column + 0.5) * KH_MATRIX_CELL_WIDTH,
                                          area.origin.y - gtk_adjustment_get_value (v)
                                          + (other_row + 0.5) * KH_MATRIX_ROW_HEIGHT));
    g_assert_true (cursor_task () == other_node);
    g_assert_true (cursor_unit () == other_unit);
    g_assert_cmpint (kh_node_get_role (other_node, other_unit), ==, KH_ROLE_LEAD);
    g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view ())));
  }

  /* No edit on a section row. */
  {
    g_autofree char *dump = kh_test_plan_dump (plan ());
    g_autofree char *after = NULL;

    kh_matrix_view_set_cursor (view (), 0, 0);
    g_assert_cmpint (kh_matrix_get_row_kind (matrix (), 0), ==, KH_MATRIX_ROW_SECTION);
    activate ("matrix.cycle");
    activate ("matrix.set-lead");
    after = kh_test_plan_dump (plan ());
    g_assert_cmpstr (after, ==, dump);
  }
}

static void
test_undo_restores (void)
{
  g_autofree char *original = NULL;
  g_autoptr(GArray) leads = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) cooperations = g_array_new (FALSE, FALSE, sizeof (guint));
  guint row, column, n_columns, without_lead;
  KhNode *node;
  KhUnit *unit;
  g_autofree char *edited = NULL;

  open_example ();
  original = kh_test_plan_dump (plan ());
  n_columns = kh_matrix_get_n_columns (matrix ());
  for (guint c = 0; c < n_columns; c++)
    {
      guint n = kh_matrix_get_n_leads (matrix (), c);
      g_array_append_val (leads, n);
      n = kh_matrix_get_n_cooperations (matrix (), c);
      g_array_append_val (cooperations, n);
    }
  without_lead = kh_matrix_get_n_without_lead (matrix ());

  /* Three edits: a lead added, a lead cleared, a cell cycled twice. */
  find_empty_cell (first_task_row (), &row, &column);
  kh_matrix_view_set_cursor (view (), row, column);
  node = cursor_task ();
  unit = cursor_unit ();
  activate ("matrix.set-lead");
  {
    KhAssignment *lead = g_ptr_array_index (kh_node_get_leads (node), 0);
    column = kh_matrix_find_column (matrix (), lead->unit);
  }
  kh_matrix_view_set_cursor (view (), row, column);
  activate ("matrix.clear");
  activate ("matrix.move-down");
  activate ("matrix.cycle");
  activate ("matrix.cycle");
  edited = kh_test_plan_dump (plan ());
  g_assert_cmpstr (edited, !=, original);

  /* Undone step by step: plan, cells and totals as they were. */
  while (kh_history_get_can_undo (history ()))
    g_assert_true (kh_history_undo (history ()));
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    kh_test_assert_same_text (original, undone);
  }
  g_assert_cmpint (kh_node_get_role (node, unit), ==, KH_ROLE_NONE);
  for (guint c = 0; c < n_columns; c++)
    {
      g_assert_cmpuint (kh_matrix_get_n_leads (matrix (), c), ==, g_array_index (leads, guint, c));
      g_assert_cmpuint (kh_matrix_get_n_cooperations (matrix (), c), ==,
                        g_array_index (cooperations, guint, c));
    }
  g_assert_cmpuint (kh_matrix_get_n_without_lead (matrix ()), ==, without_lead);
  wait_frame ();

  /* Redone: as edited. */
  while (kh_history_get_can_redo (history ()))
    g_assert_true (kh_history_redo (history ()));
  {
    g_autofree char *redone = kh_test_plan_dump (plan ());
    kh_test_assert_same_text (edited, redone);
  }
  wait_frame ();
}

static GtkWidget *
find_by_name (const char *name)
{
  GtkWidget *found = NULL;
  GtkWidget *stack[64];
  guint depth = 0;

  stack[depth++] = GTK_WIDGET (page);
  while (depth > 0 && found == NULL)
    {
      GtkWidget *widget = stack[--depth];

      if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), name) == 0)
        found = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL && depth < G_N_ELEMENTS (stack);
           child = gtk_widget_get_next_sibling (child))
        stack[depth++] = child;
    }
  return found;
}

static void
test_filters (void)
{
  GtkDropDown *sections, *groups;
  GtkToggleButton *without_lead, *hide_unassigned;
  guint all_rows, all_columns, chosen;
  KhNode *section;

  open_example ();
  all_rows = kh_matrix_get_n_rows (matrix ());
  all_columns = kh_matrix_get_n_columns (matrix ());
  sections = GTK_DROP_DOWN (find_by_name ("section_dropdown"));
  groups = GTK_DROP_DOWN (find_by_name ("group_dropdown"));
  without_lead = GTK_TOGGLE_BUTTON (find_by_name ("without_lead_button"));
  hide_unassigned = GTK_TOGGLE_BUTTON (find_by_name ("hide_unassigned_button"));
  g_assert_nonnull (sections);
  g_assert_nonnull (groups);
  g_assert_nonnull (without_lead);
  g_assert_nonnull (hide_unassigned);

  /* A section: only its rows, it heading them. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sections)), >, 2);
  gtk_drop_down_set_selected (sections, 2);
  section = kh_matrix_get_section (matrix ());
  g_assert_nonnull (section);
  g_assert_cmpint (kh_node_get_kind (section), ==, KH_NODE_SECTION);
  g_assert_cmpuint (kh_matrix_get_n_rows (matrix ()), <, all_rows);
  g_assert_cmpuint (kh_matrix_get_n_rows (matrix ()), >, 1);
  for (guint r = 0; r < kh_matrix_get_n_rows (matrix ()); r++)
    g_assert_true (kh_matrix_get_row_section (matrix (), r) == section);
  wait_frame ();
  {
    /* The cursor moved onto the rows left. */
    guint row;
    cursor (&row, NULL);
    g_assert_cmpuint (row, <, kh_matrix_get_n_rows (matrix ()));
  }

  /* A unit group: only its units. */
  gtk_drop_down_set_selected (groups, 2);
  g_assert_nonnull (kh_matrix_get_group (matrix ()));
  g_assert_cmpuint (kh_matrix_get_n_columns (matrix ()), <, all_columns);
  for (guint c = 0; c < kh_matrix_get_n_columns (matrix ()); c++)
    g_assert_cmpstr (kh_unit_get_group (kh_matrix_get_column_unit (matrix (), c)), ==,
                     kh_matrix_get_group (matrix ()));
  gtk_drop_down_set_selected (groups, 0);
  g_assert_null (kh_matrix_get_group (matrix ()));
  g_assert_cmpuint (kh_matrix_get_n_columns (matrix ()), ==, all_columns);

  /* Units with no assignment in the section's tasks hidden. */
  gtk_toggle_button_set_active (hide_unassigned, TRUE);
  g_assert_true (kh_matrix_get_hide_unassigned (matrix ()));
  g_assert_cmpuint (kh_matrix_get_n_columns (matrix ()), <, all_columns);
  for (guint c = 0; c < kh_matrix_get_n_columns (matrix ()); c++)
    g_assert_cmpuint (kh_matrix_get_n_leads (matrix (), c) + kh_matrix_get_n_cooperations (matrix (), c),
                      >, 0);
  wait_frame ();
  /* The other way: the matrix's property moves the button. */
  kh_matrix_set_hide_unassigned (matrix (), FALSE);
  g_assert_false (gtk_toggle_button_get_active (hide_unassigned));
  gtk_drop_down_set_selected (sections, 0);
  g_assert_null (kh_matrix_get_section (matrix ()));
  g_assert_cmpuint (kh_matrix_get_n_rows (matrix ()), ==, all_rows);

  /* Tasks without a lead: giving one a lead takes its row away, and the
   * cursor stays on a row that is left. */
  gtk_toggle_button_set_active (without_lead, TRUE);
  g_assert_true (kh_matrix_get_without_lead (matrix ()));
  if (kh_matrix_get_n_rows (matrix ()) == 0)
    {
      /* Hà Tĩnh leads every task: make one leaderless to see it. */
      gtk_toggle_button_set_active (without_lead, FALSE);
      kh_matrix_view_set_cursor (view (), first_task_row (), 0);
      for (guint c = 0; c < kh_matrix_get_n_columns (matrix ()); c++)
        if (kh_node_get_role (cursor_task (), kh_matrix_get_column_unit (matrix (), c)) == KH_ROLE_LEAD)
          {
            kh_matrix_view_set_cursor (view (), first_task_row (), c);
            activate ("matrix.clear");
          }
      g_assert_true (kh_matrix_row_has_no_lead (matrix (), first_task_row ())
                     || *kh_node_get_lead_note (cursor_task ()) != '\0');
      gtk_toggle_button_set_active (without_lead, TRUE);
    }
  chosen = kh_matrix_get_n_rows (matrix ());
  for (guint r = 0; r < chosen; r++)
    if (kh_matrix_get_row_kind (matrix (), r) == KH_MATRIX_ROW_TASK)
      g_assert_true (kh_matrix_row_has_no_lead (matrix (), r));
  wait_frame ();
  gtk_toggle_button_set_active (without_lead, FALSE);
  g_assert_false (kh_matrix_get_without_lead (matrix ()));
  g_assert_cmpuint (kh_matrix_get_n_rows (matrix ()), ==, all_rows);
}

static void
test_selection_follows (void)
{
  g_autoptr(GPtrArray) nodes = NULL;
  KhNode *task = NULL;
  guint row;

  open_example ();
  nodes = kh_plan_collect_nodes (plan ());
  /* The last task of the plan, off screen at first. */
  for (guint i = nodes->len; i-- > 0 && task == NULL;)
    if (kh_matrix_find_row (matrix (), g_ptr_array_index (nodes, i)) >= 0
        && kh_node_is_task (g_ptr_array_index (nodes, i)))
      task = g_ptr_array_index (nodes, i);
  g_assert_nonnull (task);

  kh_assignments_page_select_node (page, task);
  g_assert_true (kh_assignments_page_get_selected_node (page) == task);
  cursor (&row, NULL);
  g_assert_cmpint (row, ==, kh_matrix_find_row (matrix (), task));

  /* Moving the cursor selects its task for the rest of the window. */
  activate ("matrix.move-up");
  g_assert_true (kh_assignments_page_get_selected_node (page) == cursor_task ());
  g_assert_true (kh_assignments_page_get_selected_node (page) != task);
}

static gboolean
unit_offered_first (gpointer unit)
{
  g_autoptr(KhUnit) first =
    g_list_model_get_item (kh_unit_duties_view_get_units (kh_assignments_page_get_duties_view (page)), 0);

  return first == unit
      && g_list_model_get_n_items (kh_unit_duties_view_get_units (kh_assignments_page_get_duties_view (page)))
         < g_list_model_get_n_items (kh_plan_get_units (plan ()));
}

static void
choose_stttt (void)
{
  KhUnitDutiesView *duties = kh_assignments_page_get_duties_view (page);
  GtkWidget *search = kh_ui_test_find_widget (GTK_WIDGET (duties), GTK_TYPE_SEARCH_ENTRY);
  KhUnit *stttt = kh_test_unit (plan (), "u-stttt");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "assignments.show", "s", "by-unit"));
  /* Typed without diacritics; Enter takes the best match. */
  gtk_editable_set_text (GTK_EDITABLE (search), "thong tin truyen thong");
  g_assert_true (kh_ui_test_wait_until (unit_offered_first, stttt, 5000));
  g_signal_emit_by_name (search, "activate");
  g_assert_true (kh_unit_duties_view_get_unit (duties) == stttt);
}

static void
test_by_unit_lists_duties (void)
{
  KhUnitDutiesView *duties;
  GPtrArray *shown;
  g_autoptr(GPtrArray) expected = NULL;
  KhUnit *stttt;
  guint n_leads = 0;

  open_example ();
  choose_stttt ();
  duties = kh_assignments_page_get_duties_view (page);
  stttt = kh_unit_duties_view_get_unit (duties);
  wait_frame ();

  /* Led tasks first, then supported ones, as the core collects them. */
  shown = kh_unit_duties_view_get_duties (duties);
  expected = kh_unit_duties_collect (plan (), stttt, kh_plan_get_language (plan ()));
  g_assert_cmpuint (shown->len, ==, expected->len);
  g_assert_cmpuint (shown->len, >, 3);
  for (guint i = 0; i < shown->len; i++)
    {
      KhUnitDuty *duty = g_ptr_array_index (shown, i);

      g_assert_true (duty->node == ((KhUnitDuty *) g_ptr_array_index (expected, i))->node);
      g_assert_cmpint (duty->role, ==, kh_node_get_role (duty->node, stttt));
      if (duty->role == KH_ROLE_LEAD)
        {
          g_assert_cmpuint (i, ==, n_leads);
          n_leads++;
        }
    }
  g_assert_cmpuint (n_leads, >, 0);
  g_assert_cmpuint (n_leads, <, shown->len);

  /* What shows: the unit, the parts, the first task's title. */
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (duties), kh_unit_get_name (stttt)));
  {
    g_autofree char *leads = g_strdup_printf ("Leads %u tasks", n_leads);
    g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (duties), leads));
  }
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (duties),
                                           ((KhUnitDuty *) g_ptr_array_index (shown, 0))->title));

  /* An edit in the matrix shows here too: a new supported task. */
  {
    KhMatrix *m = matrix ();
    int column = kh_matrix_find_column (m, stttt);
    guint before = shown->len;

    for (guint r = 0; r < kh_matrix_get_n_rows (m); r++)
      if (kh_matrix_get_row_kind (m, r) == KH_MATRIX_ROW_TASK
          && kh_matrix_get_role (m, r, column) == KH_ROLE_NONE)
        {
          g_assert_true (kh_matrix_set_role (m, history (), r, column, KH_ROLE_COOPERATE));
          break;
        }
    shown = kh_unit_duties_view_get_duties (duties);
    g_assert_cmpuint (shown->len, ==, before + 1);
    g_assert_true (kh_history_undo (history ()));
    shown = kh_unit_duties_view_get_duties (duties);
    g_assert_cmpuint (shown->len, ==, before);
  }
}

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
clipboard_read (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  ClipboardRead *read = data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
test_by_unit_copies_text (void)
{
  KhUnitDutiesView *duties;
  g_autofree char *expected = NULL;
  ClipboardRead read = { NULL, FALSE };

  open_example ();
  choose_stttt ();
  duties = kh_assignments_page_get_duties_view (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (duties), "duties.copy", NULL));

  expected = kh_unit_duties_format_text (plan (), kh_unit_duties_view_get_unit (duties),
                                         kh_plan_get_language (plan ()));
  g_assert_true (g_str_has_prefix (expected, "Sở Thông tin và Truyền thông\na) "));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (duties)), NULL,
                                 clipboard_read, &read);
  g_assert_true (kh_ui_test_wait_until (read_done, &read, 5000));
  g_assert_cmpstr (read.text, ==, expected);
  g_free (read.text);
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  KhUnit *unit;
  g_autofree char *matrix_path = NULL;
  g_autofree char *dark_path = NULL;
  g_autofree char *by_unit_path = NULL;

  open_example ();
  /* The cursor on a cooperating cell a few rows down. */
  unit = kh_test_unit (plan (), "u-sngv");
  for (guint r = 4; r < kh_matrix_get_n_rows (matrix ()); r++)
    if (kh_matrix_get_role (matrix (), r, kh_matrix_find_column (matrix (), unit)) == KH_ROLE_COOPERATE)
      {
        kh_matrix_view_set_cursor (view (), r, kh_matrix_find_column (matrix (), unit));
        break;
      }
  gtk_widget_grab_focus (GTK_WIDGET (view ()));
  matrix_path = kh_ui_test_screenshot (window, "matrix");
  g_test_message ("screenshot: %s", matrix_path);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_frame ();
  dark_path = kh_ui_test_screenshot (window, "matrix-dark");
  g_test_message ("screenshot: %s", dark_path);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  choose_stttt ();
  by_unit_path = kh_ui_test_screenshot (window, "by-unit");
  g_test_message ("screenshot: %s", by_unit_path);
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *box, *header, *overlay;
  int status;

  kh_ui_test_init (&argc, &argv);
  app = kh_ui_test_application_new ();

  window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_set_default_size (window, 1240, 760);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new ("Hà Tĩnh 2018", "Assignments"));
  gtk_box_append (GTK_BOX (box), header);
  overlay = adw_toast_overlay_new ();
  gtk_widget_set_vexpand (overlay, TRUE);
  page = KH_ASSIGNMENTS_PAGE (kh_assignments_page_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_box_append (GTK_BOX (box), overlay);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (window);

  g_test_add_func ("/ui/matrix-view/cursor-moves", test_cursor_moves);
  g_test_add_func ("/ui/matrix-view/cycle-and-set", test_cycle_and_set);
  g_test_add_func ("/ui/matrix-view/undo-restores-cells-and-totals", test_undo_restores);
  g_test_add_func ("/ui/matrix-view/filters", test_filters);
  g_test_add_func ("/ui/matrix-view/selection-follows", test_selection_follows);
  /* Before the copy, whose toast would show. */
  g_test_add_func ("/ui/matrix-view/screenshots", test_screenshots);
  g_test_add_func ("/ui/matrix-view/by-unit-lists-duties", test_by_unit_lists_duties);
  g_test_add_func ("/ui/matrix-view/by-unit-copies-text", test_by_unit_copies_text);

  status = g_test_run ();

  kh_ui_test_close_other_windows (window);
  gtk_window_destroy (window);
  g_clear_object (&document);
  g_object_unref (app);
  return status;
}
