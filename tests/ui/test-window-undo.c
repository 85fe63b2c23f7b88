/* test-window-undo.c — every kind of edit in the real window, taken back
 * with win.undo and made again with win.redo: the tree's actions, typing
 * in the editor, a lead through the unit entry, the Units view, the Plan
 * details view, a matrix cell; and Ctrl+Z typed in an entry reaches the
 * window's undo, not the entry's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-node-editor-private.h"
#include "kh-numbering.h"
#include "kh-plan-io.h"
#include "kh-unit-dialog.h"
#include "kh-window-private.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

static KhApplication *app;
static KhWindow *window;
static char *data_dir;

static KhDocument *
document (void)
{
  return kh_window_get_document (window);
}

static KhPlan *
plan (void)
{
  return kh_window_get_plan (window);
}

static KhHistory *
history (void)
{
  return kh_document_get_history (document ());
}

static GBytes *
plan_bytes (void)
{
  return kh_plan_to_bytes (plan ());
}

static void
assert_plan_is (GBytes *expected)
{
  g_autoptr(GBytes) now = plan_bytes ();

  g_assert_true (g_bytes_equal (now, expected));
}

/* The window, showing the Hà Tĩnh example with an empty history. */
static void
open_example (void)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  kh_ui_test_close_other_windows (GTK_WINDOW (window));
  /* The last test's changes are let go: no question. */
  kh_window_set_document (window, NULL);
  g_assert_true (kh_window_open_file (window, file));
  kh_ui_test_wait_for_frame (GTK_WINDOW (window));
  g_assert_false (kh_history_get_can_undo (history ()));
}

static void
undo (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

static void
redo (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
}

static gboolean
action_enabled (const char *name)
{
  GtkWidget *button = kh_ui_test_find_actionable (GTK_WIDGET (window), name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

/* Takes back the steps one by one, checking the plan against what it was
 * before each; then makes them again. @states[0] is the start. */
static void
assert_undo_redo (GPtrArray *states)
{
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_assert_true (action_enabled ("win.undo"));
      undo ();
      assert_plan_is (g_ptr_array_index (states, i - 1));
    }
  g_assert_false (action_enabled ("win.undo"));
  g_assert_false (kh_document_get_modified (document ()));
  for (guint i = 1; i < states->len; i++)
    {
      g_assert_true (action_enabled ("win.redo"));
      redo ();
      assert_plan_is (g_ptr_array_index (states, i));
    }
  g_assert_false (action_enabled ("win.redo"));
}

static KhPlanTree *
tree (void)
{
  return kh_plan_view_get_tree (window->plan_view);
}

static KhNodeEditor *
editor (void)
{
  return kh_plan_view_get_editor (window->plan_view);
}

static void
tree_action (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tree ()), name, NULL));
}

static char *
label_of (KhNode *node)
{
  return kh_numbering_label (plan (), node);
}

static void
assert_label (KhNode *node, const char *expected)
{
  g_autofree char *label = label_of (node);

  g_assert_cmpstr (label, ==, expected);
}

static void
test_tree_edits (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  KhNode *item_1, *item_2, *added;
  guint n_nodes;

  open_example ();
  n_nodes = kh_plan_count_nodes (plan ());
  item_1 = kh_ui_test_node_at (plan (), 1, 0, -1);
  item_2 = kh_ui_test_node_at (plan (), 1, 1, -1);
  assert_label (item_1, "1.");
  assert_label (item_2, "2.");
  g_ptr_array_add (states, plan_bytes ());

  /* Added after II.1: it is 2., the old 2. becomes 3. */
  kh_plan_view_select_node (window->plan_view, item_1);
  tree_action ("tree.add-sibling");
  added = kh_plan_view_get_selected_node (window->plan_view);
  g_assert_nonnull (added);
  g_assert_true (added != item_1);
  assert_label (added, "2.");
  assert_label (item_2, "3.");
  g_assert_cmpuint (kh_plan_count_nodes (plan ()), ==, n_nodes + 1);
  g_ptr_array_add (states, plan_bytes ());

  /* Indented: the last child of II.1, after its three. */
  tree_action ("tree.indent");
  g_assert_true (kh_node_get_parent (added) == item_1);
  assert_label (added, "1.4.");
  assert_label (item_2, "2.");
  g_ptr_array_add (states, plan_bytes ());

  /* Moved up: 1.3., and the old 1.3. is 1.4. */
  tree_action ("tree.move-up");
  assert_label (added, "1.3.");
  assert_label (kh_ui_test_node_at (plan (), 1, 0, 3, -1), "1.4.");
  g_ptr_array_add (states, plan_bytes ());

  /* Outdented again, then deleted. */
  tree_action ("tree.outdent");
  assert_label (added, "2.");
  g_ptr_array_add (states, plan_bytes ());
  tree_action ("tree.delete");
  g_assert_cmpuint (kh_plan_count_nodes (plan ()), ==, n_nodes);
  assert_label (item_2, "2.");
  g_ptr_array_add (states, plan_bytes ());

  /* The header's buttons follow the history, with its labels. */
  g_assert_true (action_enabled ("win.undo"));
  g_assert_false (action_enabled ("win.redo"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                            "win.undo")),
                   ==, kh_history_get_undo_label (history ()));
  g_assert_cmpstr (kh_history_get_undo_label (history ()), !=, "Undo");

  assert_undo_redo (states);
}

/* Typing in the editor's title, and a lead typed in the unit entry. */
static void
test_editor_edits (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  KhNodeEditor *ed = editor ();
  KhNode *task;
  g_autofree char *title = NULL;
  GtkWidget *focus;

  open_example ();
  task = kh_ui_test_node_at (plan (), 1, 0, 1, -1);
  title = g_strdup (kh_node_get_title (task));
  kh_plan_view_select_node (window->plan_view, task);
  g_assert_true (kh_node_editor_get_node (ed) == task);
  g_ptr_array_add (states, plan_bytes ());

  gtk_widget_grab_focus (GTK_WIDGET (ed->title_row));
  gtk_editable_set_text (GTK_EDITABLE (ed->title_row), "Ban hành Quy chế mới");
  g_assert_cmpstr (kh_node_get_title (task), ==, "Ban hành Quy chế mới");
  g_ptr_array_add (states, plan_bytes ());

  /* Sở Ngoại vụ, typed without diacritics, becomes a lead. */
  gtk_widget_grab_focus (GTK_WIDGET (ed->lead_entry));
  gtk_editable_set_text (GTK_EDITABLE (ed->lead_entry), "so ngoai vu");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (ed->lead_entry)), "activate");
  {
    GPtrArray *leads = kh_node_get_leads (task);
    gboolean found = FALSE;

    for (guint i = 0; i < leads->len; i++)
      found |= g_str_equal (kh_unit_get_id (((KhAssignment *) g_ptr_array_index (leads, i))->unit),
                            "u-sngv");
    g_assert_true (found);
  }
  g_ptr_array_add (states, plan_bytes ());

  /* Undo leaves the focus where it was. */
  gtk_widget_grab_focus (GTK_WIDGET (ed->title_row));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  undo ();
  assert_plan_is (g_ptr_array_index (states, 1));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  undo ();
  g_assert_cmpstr (kh_node_get_title (task), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ed->title_row)), ==, title);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  redo ();
  redo ();

  assert_undo_redo (states);
}

static gboolean
no_unit_dialog (gpointer data)
{
  return kh_ui_test_find_window (KH_TYPE_UNIT_DIALOG) == NULL;
}

/* A unit renamed through the Units view's dialog. */
static void
test_units_view_edit (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  KhUnit *unit;
  GtkWindow *dialog;
  GtkWidget *label, *row, *save;

  open_example ();
  adw_view_stack_set_visible_child_name (window->view_stack, "units");
  kh_ui_test_wait_for_frame (GTK_WINDOW (window));
  unit = kh_plan_lookup_unit (plan (), "u-sngv");
  g_ptr_array_add (states, plan_bytes ());

  kh_units_view_select_unit (window->units_view, unit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->units_view), "units.edit", NULL));
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_DIALOG);
  label = kh_ui_test_find_label (GTK_WIDGET (dialog), "Name");
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), "Sở Ngoại vụ tỉnh Hà Tĩnh");
  save = gtk_widget_get_ancestor (kh_ui_test_find_label (GTK_WIDGET (dialog), "Save"),
                                  GTK_TYPE_BUTTON);
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (kh_ui_test_wait_until (no_unit_dialog, NULL, 5000));
  g_assert_cmpstr (kh_unit_get_name (unit), ==, "Sở Ngoại vụ tỉnh Hà Tĩnh");
  g_ptr_array_add (states, plan_bytes ());

  assert_undo_redo (states);
  adw_view_stack_set_visible_child_name (window->view_stack, "plan");
}

/* The plan's title typed in the Plan details view. */
static void
test_details_view_edit (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  GtkWidget *label, *row;

  open_example ();
  adw_view_stack_set_visible_child_name (window->view_stack, "details");
  kh_ui_test_wait_for_frame (GTK_WINDOW (window));
  g_ptr_array_add (states, plan_bytes ());

  label = kh_ui_test_find_label (GTK_WIDGET (window->details_view), "Title");
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), "Kế hoạch thông tin đối ngoại năm 2018 (sửa)");
  g_assert_cmpstr (kh_plan_get_title (plan ()), ==, "Kế hoạch thông tin đối ngoại năm 2018 (sửa)");
  g_ptr_array_add (states, plan_bytes ());

  assert_undo_redo (states);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, kh_plan_get_title (plan ()));
  adw_view_stack_set_visible_child_name (window->view_stack, "plan");
}

/* A cell of the assignment matrix cycled with matrix.cycle; the plan
 * view's selection follows the matrix's. */
static void
test_matrix_cell_edit (void)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  KhMatrixView *matrix_view;
  KhMatrix *matrix;
  KhNode *task;
  int row;
  int column;

  open_example ();
  adw_view_stack_set_visible_child_name (window->view_stack, "assignments");
  kh_ui_test_wait_for_frame (GTK_WINDOW (window));
  matrix_view = kh_assignments_page_get_matrix_view (window->assignments_page);
  matrix = kh_assignments_page_get_matrix (window->assignments_page);
  task = kh_ui_test_node_at (plan (), 1, 0, 1, -1);
  row = kh_matrix_find_row (matrix, task);
  column = kh_matrix_find_column (matrix, kh_plan_lookup_unit (plan (), "u-skhdt"));
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (column, >=, 0);
  g_ptr_array_add (states, plan_bytes ());

  /* The selection is shared, both ways. */
  kh_plan_view_select_node (window->plan_view, kh_ui_test_node_at (plan (), 1, 0, 0, -1));
  g_assert_true (kh_assignments_page_get_selected_node (window->assignments_page)
                 == kh_ui_test_node_at (plan (), 1, 0, 0, -1));
  kh_matrix_view_set_cursor (matrix_view, row, column);
  g_assert_true (kh_plan_view_get_selected_node (window->plan_view) == task);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix_view), "matrix.cycle", NULL));
  g_assert_false (g_bytes_equal (g_ptr_array_index (states, 0), plan_bytes ()));
  g_ptr_array_add (states, plan_bytes ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (matrix_view), "matrix.cycle", NULL));
  g_ptr_array_add (states, plan_bytes ());

  assert_undo_redo (states);
  adw_view_stack_set_visible_child_name (window->view_stack, "plan");
}

/* Real keys (xdotool names, separated by spaces), through the X server,
 * to the focused widget. */
static gboolean
send_keys (const char *keys)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *window_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) argv = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  int status = -1;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  window_id = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  builder = g_strv_builder_new ();
  g_strv_builder_add_many (builder, xdotool, "windowfocus", "--sync", window_id,
                           "key", "--clearmodifiers", NULL);
  names = g_strsplit (keys, " ", -1);
  g_strv_builder_addv (builder, (const char **) names);
  argv = g_strv_builder_end (builder);

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static gboolean
redo_possible (gpointer data)
{
  return kh_history_get_can_redo (history ());
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Lets the keys sent arrive and be handled. */
static void
run_a_while (guint ms)
{
  kh_ui_test_wait_until (never, NULL, ms);
}

static gboolean
title_is (gpointer data)
{
  KhNode *task = kh_ui_test_node_at (plan (), 1, 0, 1, -1);

  return g_strcmp0 (kh_node_get_title (task), data) == 0;
}

static void
test_ctrl_z_in_entry_undoes_the_plan (void)
{
  KhNode *task;
  KhNodeEditor *ed = editor ();
  g_autoptr(GBytes) before = NULL;
  g_autofree char *title = NULL;
  g_autofree char *typed = NULL;

  open_example ();
  task = kh_ui_test_node_at (plan (), 1, 0, 1, -1);
  title = g_strdup (kh_node_get_title (task));
  typed = g_strconcat (title, " moi", NULL);
  kh_plan_view_select_node (window->plan_view, task);
  before = plan_bytes ();

  /* Typed for real: the entry keeps its own history of it too. */
  gtk_widget_grab_focus (GTK_WIDGET (ed->title_row));
  gtk_editable_set_position (GTK_EDITABLE (ed->title_row), -1);
  if (!send_keys ("End"))
    {
      g_test_skip ("xdotool is needed to type keys");
      return;
    }
  send_keys ("space m o i");
  g_assert_true (kh_ui_test_wait_until (title_is, typed, 5000));

  /* The window's undo: back in the history, which can redo it.  The
   * entry's own undo would have made a new step instead. */
  send_keys ("ctrl+z");
  g_assert_true (kh_ui_test_wait_until (redo_possible, NULL, 5000));
  assert_plan_is (before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ed->title_row)), ==, title);
  g_assert_false (kh_history_get_can_undo (history ()));

  /* Nothing left to undo in the plan: the key goes on to the entry, which
   * forgot the typing when the plan's title was set back into it. */
  send_keys ("ctrl+z");
  run_a_while (300);
  assert_plan_is (before);
  g_assert_false (kh_history_get_can_undo (history ()));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ed->title_row)), ==, title);

  /* Ctrl+Shift+Z and Ctrl+Y redo. */
  send_keys ("ctrl+shift+z");
  g_assert_true (kh_ui_test_wait_until (title_is, typed, 5000));
  undo ();
  send_keys ("ctrl+y");
  g_assert_true (kh_ui_test_wait_until (title_is, typed, 5000));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);
  data_dir = g_dir_make_tmp ("kehoach-undo-XXXXXX", NULL);
  g_setenv ("KEHOACH_DATA_DIR", data_dir, TRUE);

  app = kh_ui_test_application_new ();
  window = kh_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/ui/window-undo/tree-edits", test_tree_edits);
  g_test_add_func ("/ui/window-undo/editor-edits", test_editor_edits);
  g_test_add_func ("/ui/window-undo/units-view-edit", test_units_view_edit);
  g_test_add_func ("/ui/window-undo/details-view-edit", test_details_view_edit);
  g_test_add_func ("/ui/window-undo/matrix-cell-edit", test_matrix_cell_edit);
  g_test_add_func ("/ui/window-undo/ctrl-z-in-entry-undoes-the-plan",
                   test_ctrl_z_in_entry_undoes_the_plan);

  status = g_test_run ();

  kh_window_set_document (window, NULL);
  kh_ui_test_close_other_windows (NULL);
  g_object_unref (app);
  kh_test_remove_tree (data_dir);
  g_free (data_dir);
  return status;
}
