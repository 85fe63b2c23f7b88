/* test-plan-tree.c — the Plan page's tree: numbers, edits through the
 * tree's actions with undo and redo, drag and drop, search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-plan-view.h"
#include "kh-plan-tree-private.h"
#include "kh-edit.h"
#include "kh-numbering.h"
#include "kh-text.h"

#include <adwaita.h>
#include <string.h>

static KhApplication *app;
static GtkWindow *window;
static KhPlanView *view;
static KhPlanTree *tree;
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

#define node_at(...) kh_ui_test_node_at (plan (), __VA_ARGS__)

static void
open_example (void)
{
  g_clear_object (&document);
  document = kh_ui_test_open_example ("ha-tinh-2018.kehoach");
  kh_plan_view_set_document (view, document);
  kh_ui_test_wait_for_frame (window);
}

/* The number the tree shows for @node, which must be on screen. */
static const char *
shown_label (KhNode *node)
{
  KhTreeRow *row;

  kh_ui_test_wait_for_frame (window);
  row = _kh_plan_tree_row_for_node (tree, node);
  g_assert_nonnull (row);
  return gtk_label_get_text (GTK_LABEL (row->number));
}

/* The shown number agrees with the model's. */
static void
assert_label (KhNode     *node,
              const char *expected)
{
  g_autofree char *label = kh_numbering_label (plan (), node);

  g_assert_cmpstr (label, ==, expected);
  g_assert_cmpstr (shown_label (node), ==, expected);
}

static void
activate (const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tree), action, NULL));
}

static gboolean
enabled (const char *action)
{
  GtkWidget *button = kh_ui_test_find_actionable (GTK_WIDGET (tree), action);

  /* Every action has a button in the toolbar, which follows it. */
  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
test_shows_numbers_and_sections (void)
{
  GListModel *rows = kh_plan_tree_get_model (tree);
  KhTreeRow *row;

  open_example ();
  /* Collapsed: one row per section. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  assert_label (node_at (0, -1), "I.");
  assert_label (node_at (3, -1), "IV.");
  row = _kh_plan_tree_row_for_node (tree, node_at (1, -1));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (row->title)), ==, "NỘI DUNG");
  g_assert_true (gtk_widget_has_css_class (row->box, "section"));

  kh_plan_tree_select_node (tree, node_at (1, 4, 1, 2, -1));
  g_assert_true (kh_plan_tree_get_selected_node (tree) == node_at (1, 4, 1, 2, -1));
  /* Its ancestors were expanded to show it. */
  assert_label (node_at (1, 4, -1), "5.");
  assert_label (node_at (1, 4, 1, 2, -1), "5.2.3.");
  row = _kh_plan_tree_row_for_node (tree, node_at (1, 4, 1, 2, -1));
  g_assert_false (gtk_widget_has_css_class (row->box, "section"));
  g_assert_true (gtk_widget_has_css_class (row->expander, "leaf"));
  g_assert_false (gtk_widget_get_visible (row->warning));

  /* Only the rows on screen have widgets. */
  g_assert_cmpuint (_kh_plan_tree_get_n_row_widgets (tree), <, 100);
}

static void
test_actions_follow_selection (void)
{
  open_example ();
  kh_plan_tree_select_node (tree, NULL);
  g_assert_true (enabled ("tree.add-sibling"));
  g_assert_false (enabled ("tree.delete"));
  g_assert_false (enabled ("tree.indent"));

  kh_plan_tree_select_node (tree, node_at (0, -1));
  g_assert_true (enabled ("tree.delete"));
  g_assert_false (enabled ("tree.indent"));
  g_assert_false (enabled ("tree.outdent"));
  g_assert_false (enabled ("tree.move-up"));
  g_assert_true (enabled ("tree.move-down"));

  kh_plan_tree_select_node (tree, node_at (1, 5, -1));
  g_assert_true (enabled ("tree.indent"));
  g_assert_true (enabled ("tree.outdent"));
  g_assert_true (enabled ("tree.move-up"));
  g_assert_false (enabled ("tree.move-down"));
}

/* Undo takes the plan back to the labels before the edit, redo to those
 * after it, and the tree shows them. */
static void
check_undo_redo (KhNode     *node,
                 const char *before,
                 const char *after)
{
  g_assert_true (kh_history_undo (history ()));
  if (before != NULL)
    {
      kh_plan_tree_select_node (tree, node);
      assert_label (node, before);
    }
  else
    g_assert_null (kh_plan_lookup_node (plan (), kh_node_get_id (node)));
  g_assert_true (kh_history_redo (history ()));
  kh_plan_tree_select_node (tree, node);
  assert_label (node, after);
}

static void
test_edit_through_actions (void)
{
  KhNode *goals, *added, *child, *requirements;

  open_example ();
  goals = node_at (0, 0, -1);          /* I.1. Mục tiêu */
  requirements = node_at (0, 1, -1);   /* I.2. Yêu cầu */

  /* Add a sibling after "1. Mục tiêu": it becomes 2, "Yêu cầu" 3. */
  kh_plan_tree_select_node (tree, goals);
  activate ("tree.add-sibling");
  added = kh_plan_tree_get_selected_node (tree);
  g_assert_true (added != goals);
  g_assert_true (kh_node_get_parent (added) == node_at (0, -1));
  g_assert_cmpuint (kh_plan_get_node_position (plan (), added), ==, 1);
  g_assert_cmpint (kh_node_get_kind (added), ==, KH_NODE_ITEM);
  assert_label (added, "2.");
  assert_label (requirements, "3.");
  /* No title yet: the row says so and warns. */
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (tree), "Untitled"));
  g_assert_true (gtk_widget_get_visible (_kh_plan_tree_row_for_node (tree, added)->warning));
  g_assert_nonnull (gtk_widget_get_tooltip_text (_kh_plan_tree_row_for_node (tree, added)->warning));
  check_undo_redo (added, NULL, "2.");
  assert_label (requirements, "3.");

  /* Indent: it becomes the first child of "1. Mục tiêu". */
  activate ("tree.indent");
  g_assert_true (kh_plan_tree_get_selected_node (tree) == added);
  g_assert_true (kh_node_get_parent (added) == goals);
  assert_label (added, "1.1.");
  assert_label (requirements, "2.");
  check_undo_redo (added, "2.", "1.1.");

  /* A child of the new node, then outdent the child. */
  activate ("tree.add-child");
  child = kh_plan_tree_get_selected_node (tree);
  g_assert_true (kh_node_get_parent (child) == added);
  assert_label (child, "1.1.1.");
  check_undo_redo (child, NULL, "1.1.1.");
  activate ("tree.outdent");
  g_assert_true (kh_node_get_parent (child) == goals);
  assert_label (child, "1.2.");
  check_undo_redo (child, "1.1.1.", "1.2.");

  /* Move it up past its former parent, and down again. */
  activate ("tree.move-up");
  g_assert_cmpuint (kh_plan_get_node_position (plan (), child), ==, 0);
  assert_label (child, "1.1.");
  assert_label (added, "1.2.");
  check_undo_redo (child, "1.2.", "1.1.");
  activate ("tree.move-down");
  assert_label (child, "1.2.");
  check_undo_redo (child, "1.1.", "1.2.");

  /* Delete selects the neighbour; undo brings the node back. */
  activate ("tree.delete");
  g_assert_null (kh_plan_lookup_node (plan (), kh_node_get_id (child)));
  g_assert_true (kh_plan_tree_get_selected_node (tree) == added);
  g_assert_true (kh_history_undo (history ()));
  g_assert_true (kh_plan_lookup_node (plan (), kh_node_get_id (child)) == child);
  kh_plan_tree_select_node (tree, child);
  assert_label (child, "1.2.");
  g_assert_true (kh_history_redo (history ()));
  g_assert_null (kh_plan_lookup_node (plan (), kh_node_get_id (child)));

  /* A new section at the end when nothing is selected. */
  kh_plan_tree_select_node (tree, NULL);
  activate ("tree.add-sibling");
  added = kh_plan_tree_get_selected_node (tree);
  g_assert_cmpint (kh_node_get_kind (added), ==, KH_NODE_SECTION);
  assert_label (added, "V.");
}

static void
test_renumber_on_title_and_kind (void)
{
  KhNode *node;
  KhTreeRow *row;

  open_example ();
  node = node_at (2, -1);
  kh_plan_tree_select_node (tree, node);
  kh_edit_set_text (history (), G_OBJECT (node), "title", "KINH PHÍ");
  row = _kh_plan_tree_row_for_node (tree, node);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (row->title)), ==, "KINH PHÍ");
  kh_edit_set_node_kind (history (), node, KH_NODE_ITEM);
  g_assert_false (gtk_widget_has_css_class (row->box, "section"));
  g_assert_true (kh_history_undo (history ()));
  g_assert_true (gtk_widget_has_css_class (row->box, "section"));
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (row->title)), ==, "KINH PHÍ THỰC HIỆN");
}

static void
test_drop (void)
{
  KhNode *task, *section, *content;

  open_example ();
  content = node_at (1, -1);            /* II. */
  section = node_at (2, -1);            /* III. */
  task = node_at (1, 0, 1, -1);         /* II.1.2. */

  /* Into a row: its last child. */
  g_assert_true (_kh_plan_tree_drop_node (tree, task, section, KH_TREE_DROP_INTO));
  g_assert_true (kh_node_get_parent (task) == section);
  g_assert_true (kh_plan_tree_get_selected_node (tree) == task);
  assert_label (task, "1.");
  check_undo_redo (task, "1.2.", "1.");

  /* Before and after a row, also within the same parent. */
  g_assert_true (_kh_plan_tree_drop_node (tree, task, node_at (1, 2, -1), KH_TREE_DROP_BEFORE));
  assert_label (task, "3.");
  assert_label (node_at (1, 3, -1), "4.");
  /* Now 1, 2, task, 3, 4: after the old "4." is the fifth place. */
  g_assert_true (_kh_plan_tree_drop_node (tree, task, node_at (1, 4, -1), KH_TREE_DROP_AFTER));
  assert_label (task, "5.");
  g_assert_true (kh_history_undo (history ()));
  assert_label (task, "3.");

  /* Never into itself or below itself; nothing changes. */
  g_assert_false (_kh_plan_tree_drop_node (tree, content, content, KH_TREE_DROP_INTO));
  g_assert_false (_kh_plan_tree_drop_node (tree, content, node_at (1, 0, -1), KH_TREE_DROP_INTO));
  g_assert_false (_kh_plan_tree_drop_node (tree, content, node_at (1, 0, -1), KH_TREE_DROP_AFTER));
  g_assert_true (kh_node_get_parent (node_at (1, 0, -1)) == content);
}

static gboolean search_done;
static const char *search_text;

/* The entry also reports the empty text on its way to a new one. */
static void
on_search_changed (GtkEditable *entry)
{
  if (g_strcmp0 (gtk_editable_get_text (entry), search_text) == 0)
    search_done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
search (const char *text)
{
  GtkWidget *entry = GTK_WIDGET (tree->search_entry);

  search_done = FALSE;
  search_text = text;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (kh_ui_test_wait_until (is_true, &search_done, 5000));
}

static gboolean
row_shown (KhNode *node)
{
  GListModel *rows = kh_plan_tree_get_model (tree);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(KhNode) item = gtk_tree_list_row_get_item (row);

      if (item == node)
        return TRUE;
    }
  return FALSE;
}

/* Every match and every ancestor of one, computed here without the tree. */
static guint
expected_rows (const char *text, GPtrArray *matches)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan ());
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *title = kh_text_fold (kh_node_get_title (node));

      if (strstr (title, text) == NULL)
        continue;
      g_ptr_array_add (matches, node);
      for (KhNode *up = node; up != NULL; up = kh_node_get_parent (up))
        g_hash_table_add (shown, up);
    }
  return g_hash_table_size (shown);
}

static void
test_search (void)
{
  GListModel *rows = kh_plan_tree_get_model (tree);
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  const char *queries[] = { "thông tin đối ngoại", "THONG TIN doi NGOAI", "Thông tin   đối ngoại" };
  guint expected;
  gulong handler;

  open_example ();
  kh_plan_tree_select_node (tree, NULL);
  handler = g_signal_connect (tree->search_entry, "search-changed",
                              G_CALLBACK (on_search_changed), NULL);

  /* Without diacritics, with them, in other cases and spacing: alike. */
  search ("thong tin doi ngoai");
  expected = expected_rows ("thong tin doi ngoai", matches);
  g_assert_cmpuint (matches->len, >=, 10);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected);
  for (guint i = 0; i < matches->len; i++)
    for (KhNode *up = g_ptr_array_index (matches, i); up != NULL; up = kh_node_get_parent (up))
      g_assert_true (row_shown (up));
  /* Enter selects the first match, not its ancestors. */
  g_signal_emit_by_name (tree->search_entry, "activate");
  g_assert_true (kh_plan_tree_get_selected_node (tree) == node_at (1, 0, -1));
  kh_plan_tree_select_node (tree, NULL);
  /* Section I has no match. */
  g_assert_false (row_shown (node_at (0, -1)));
  g_assert_true (row_shown (node_at (1, 4, 1, 2, -1)));
  g_free (kh_ui_test_screenshot (window, "plan-tree-search"));

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      search (queries[i]);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected);
    }

  /* Narrowing and widening as one types and deletes. */
  {
    const char *steps[] = { "thong", "thong tin doi", "thong tin doi ngoai", "tin", "t", "tap huan" };

    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        g_autoptr(GPtrArray) found = g_ptr_array_new ();

        search (steps[i]);
        g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected_rows (steps[i], found));
        for (guint k = 0; k < found->len; k++)
          g_assert_true (row_shown (g_ptr_array_index (found, k)));
      }
  }

  /* A node added while searching stays visible. */
  search ("thong tin doi ngoai");
  kh_plan_tree_select_node (tree, node_at (1, 4, 1, 2, -1));
  activate ("tree.add-sibling");
  g_assert_true (row_shown (kh_plan_tree_get_selected_node (tree)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, expected + 1);
  g_assert_true (kh_history_undo (history ()));

  /* Nothing matches: no rows.  Cleared: every row of the tree again. */
  search ("khong co gi");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  search ("");
  g_assert_true (row_shown (node_at (0, -1)));
  g_assert_true (row_shown (node_at (1, 4, 1, 2, -1)));

  g_signal_handler_disconnect (tree->search_entry, handler);
}

static void
test_keys_and_menu (void)
{
  GtkWidget *list = GTK_WIDGET (tree->list_view);
  const struct { const char *trigger; const char *action; } expected[] = {
    { "Insert", "tree.add-sibling" }, { "<Control>Return", "tree.add-sibling" },
    { "<Shift><Control>Return", "tree.add-child" }, { "Delete", "tree.delete" },
    { "Tab", "tree.indent" }, { "<Alt>Right", "tree.indent" },
    { "<Shift>Tab", "tree.outdent" }, { "<Alt>Left", "tree.outdent" },
    { "<Alt>Up", "tree.move-up" }, { "<Alt>Down", "tree.move-down" },
    { "Menu", "tree.context-menu" }, { "<Shift>F10", "tree.context-menu" },
  };
  GtkShortcutController *controller = NULL;
  GListModel *controllers = gtk_widget_observe_controllers (list);

  open_example ();
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && controller == NULL; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (item))
        controller = GTK_SHORTCUT_CONTROLLER (item);
    }
  g_object_unref (controllers);
  g_assert_nonnull (controller);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GListModel *shortcuts = G_LIST_MODEL (controller);
      gboolean found = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (shortcuts) && !found; k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, k);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          found = g_str_equal (trigger, expected[i].trigger)
                  && GTK_IS_NAMED_ACTION (action)
                  && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                  expected[i].action);
        }
      if (!found)
        g_error ("no shortcut %s for %s", expected[i].trigger, expected[i].action);
    }

  /* The context menu opens on the selected row. */
  kh_plan_tree_select_node (tree, node_at (1, 0, -1));
  activate ("tree.context-menu");
  g_assert_true (gtk_widget_get_visible (tree->context_menu));
  gtk_popover_popdown (GTK_POPOVER (tree->context_menu));

  /* Ctrl+F's action focuses the search. */
  activate ("tree.search");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (tree->search_entry)));
}

static void
test_screenshot (void)
{
  g_autofree char *shot = NULL;

  open_example ();
  /* Expanded down to 5.2, scrolled back to the top, a new task in 1. */
  kh_plan_tree_select_node (tree, node_at (1, 4, 1, 0, -1));
  kh_ui_test_wait_for_frame (window);
  kh_plan_tree_select_node (tree, node_at (0, -1));
  kh_ui_test_wait_for_frame (window);
  kh_plan_tree_select_node (tree, node_at (1, 0, 1, -1));
  activate ("tree.add-sibling");
  gtk_widget_grab_focus (gtk_widget_get_parent (_kh_plan_tree_row_for_node (tree, kh_plan_tree_get_selected_node (tree))->expander));
  kh_ui_test_wait_for_frame (window);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (tree->list_view)), 0);
  shot = kh_ui_test_screenshot (window, "plan-tree");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);
  app = kh_ui_test_application_new ();

  window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_set_default_size (window, 1000, 700);
  view = KH_PLAN_VIEW (kh_plan_view_new ());
  tree = kh_plan_view_get_tree (view);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (window);

  g_test_add_func ("/ui/plan-tree/shows-numbers-and-sections", test_shows_numbers_and_sections);
  g_test_add_func ("/ui/plan-tree/actions-follow-selection", test_actions_follow_selection);
  g_test_add_func ("/ui/plan-tree/edit-through-actions", test_edit_through_actions);
  g_test_add_func ("/ui/plan-tree/follows-title-and-kind", test_renumber_on_title_and_kind);
  g_test_add_func ("/ui/plan-tree/drop", test_drop);
  g_test_add_func ("/ui/plan-tree/search", test_search);
  g_test_add_func ("/ui/plan-tree/keys-and-menu", test_keys_and_menu);
  g_test_add_func ("/ui/plan-tree/screenshot", test_screenshot);

  status = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&document);
  g_object_unref (app);
  return status;
}
