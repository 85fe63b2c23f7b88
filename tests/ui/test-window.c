/* test-window.c — the application shell: main window, empty state, About,
 * shortcuts, opening files, preferences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-application.h"
#include "kh-environment.h"
#include "kh-plan-view.h"
#include "kh-preferences-window.h"
#include "kh-window.h"
#include "kh-numbering.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

static KhApplication *app;

/* The application's window, back in its first state. */
static KhWindow *
main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (KH_IS_WINDOW (window));
  kh_ui_test_close_other_windows (window);
  return KH_WINDOW (window);
}

/* The stack that holds the empty state and the plan page. */
static GtkWidget *
page_stack (KhWindow *window)
{
  GtkWidget *status = kh_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);

  return gtk_widget_get_ancestor (status, GTK_TYPE_STACK);
}

static char *
example_path (void)
{
  return kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
}

static void
test_empty_state (void)
{
  KhWindow *window = main_window ();
  GtkWidget *status = kh_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  GtkWidget *stack = page_stack (window);
  g_autofree char *shot = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kehoach");
  g_assert_null (kh_window_get_plan (window));
  g_assert_null (kh_window_get_file (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "Open a plan or start a new one");
  g_assert_nonnull (kh_ui_test_find_actionable (status, "win.open"));
  g_assert_nonnull (kh_ui_test_find_actionable (status, "win.new"));

  shot = kh_ui_test_screenshot (GTK_WINDOW (window), "window-empty");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

static void
test_actions_disabled_until_they_work (void)
{
  KhWindow *window = main_window ();
  GtkWidget *menu_button = kh_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  const char *menu_actions[] = {
    "win.new", "win.next-year", "win.import", "win.open", "win.save", "win.save-as",
    "win.export", "app.preferences", "win.show-help-overlay", "app.about",
  };

  kh_ui_test_wait_for_frame (GTK_WINDOW (window));

  /* Every item of the primary menu is there. */
  for (guint i = 0; i < G_N_ELEMENTS (menu_actions); i++)
    {
      g_autofree char *label = kh_ui_test_menu_label (menu, menu_actions[i]);
      g_assert_nonnull (label);
    }

  /* Buttons follow their action's state. */
  g_assert_true (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                       "win.open")));
  g_assert_true (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                       "win.new")));
  /* Without a plan there is nothing to save, undo or export. */
  g_assert_false (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                        "win.save")));
  g_assert_false (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                        "win.undo")));
  g_assert_false (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (window),
                                                                        "win.export")));

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
}

static void
test_about (void)
{
  KhWindow *window = main_window ();
  GtkWindow *about;
  g_autofree char *version = NULL;
  g_autofree char *website = NULL;
  g_autofree char *shot = NULL;
  GtkLicense license;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = kh_ui_test_wait_for_window (ADW_TYPE_ABOUT_WINDOW);

  g_object_get (about, "version", &version, "website", &website,
                "license-type", &license, NULL);
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  g_assert_cmpint (license, ==, GTK_LICENSE_GPL_3_0);
  /* No website until there is one. */
  g_assert_true (website == NULL || website[0] == '\0');
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));

  shot = kh_ui_test_screenshot (about, "about");
  kh_ui_test_close_other_windows (GTK_WINDOW (window));
}

static void
test_shortcuts (void)
{
  KhWindow *window = main_window ();
  GtkWindow *shortcuts;
  g_autofree char *shot = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = kh_ui_test_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (kh_ui_test_find_widget (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT));

  shot = kh_ui_test_screenshot (shortcuts, "shortcuts");
  kh_ui_test_close_other_windows (GTK_WINDOW (window));
}

static void
test_open_error_keeps_state (void)
{
  KhWindow *window = main_window ();
  GtkWidget *stack = page_stack (window);
  g_autofree char *dir = g_dir_make_tmp ("kehoach-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KhPlan *plan_before = kh_window_get_plan (window);
  g_autofree char *title_before = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_autofree char *page_before = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (stack)));
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path, "this is not a plan", -1, NULL));

  g_assert_false (kh_window_open_file (window, file));
  dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   "Could not open"));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "broken.kehoach"));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), !=, "");

  /* What the window showed is still there. */
  g_assert_true (kh_window_get_plan (window) == plan_before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title_before);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, page_before);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  kh_ui_test_close_other_windows (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

/* The Plan view shows the plan: its first row and its labels. */
static void
assert_plan_view (KhWindow *window)
{
  KhPlan *plan = kh_window_get_plan (window);
  GtkWidget *view = kh_ui_test_find_widget (GTK_WIDGET (window), KH_TYPE_PLAN_VIEW);
  KhPlanTree *tree = kh_plan_view_get_tree (KH_PLAN_VIEW (view));
  GListModel *rows = kh_plan_tree_get_model (tree);
  g_autoptr(GtkTreeListRow) first_row = NULL;
  g_autoptr(KhNode) first = NULL;
  g_autofree char *label = NULL;

  g_assert_nonnull (plan);
  g_assert_true (kh_plan_view_get_document (KH_PLAN_VIEW (view)) == kh_window_get_document (window));
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 1);

  first_row = g_list_model_get_item (rows, 0);
  first = gtk_tree_list_row_get_item (first_row);
  label = kh_numbering_label (plan, first);
  g_assert_cmpint (kh_node_get_kind (first), ==, KH_NODE_SECTION);
  g_assert_cmpstr (label, ==, "I.");

  /* The view draws it: its number and title are on screen. */
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (tree), "I."));
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (tree), kh_node_get_title (first)));
}

static void
test_open_plan_shows_plan_view (void)
{
  KhWindow *window = main_window ();
  GtkWidget *stack = page_stack (window);
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *shot = NULL;
  const char *title;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no example plan yet (data/examples/ha-tinh-2018.kehoach)");
      return;
    }

  g_assert_true (kh_window_open_file (window, file));
  g_assert_true (g_file_equal (kh_window_get_file (window), file));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "document");

  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_cmpstr (title, ==, "ha-tinh-2018.kehoach — Kehoach");

  kh_ui_test_wait_for_frame (GTK_WINDOW (window));
  assert_plan_view (window);
  shot = kh_ui_test_screenshot (GTK_WINDOW (window), "window-plan");

  /* A failed open afterwards keeps this plan. */
  test_open_error_keeps_state ();
  g_assert_true (g_file_equal (kh_window_get_file (window), file));
}

static void
test_open_from_command_line (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[] = { file };
  GtkWindow *window;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no example plan yet (data/examples/ha-tinh-2018.kehoach)");
      return;
    }

  /* What `kehoach FILE` does. */
  g_application_open (G_APPLICATION (app), files, 1, "");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (KH_IS_WINDOW (window));
  g_assert_nonnull (kh_window_get_file (KH_WINDOW (window)));
  g_assert_true (g_file_equal (kh_window_get_file (KH_WINDOW (window)), file));
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (app)) == NULL;
}

static void
test_preferences_language_offers_restart (void)
{
  KhWindow *window = main_window ();
  g_autoptr(GSettings) settings = kh_settings_new ();
  GtkWindow *preferences;
  GtkWidget *row;
  GtkWindow *dialog;
  g_autofree char *shot = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *uri = NULL;
  const char * const *uris;

  g_assert_nonnull (settings);
  g_assert_cmpstr (kh_environment_get_language (), ==, "");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = kh_ui_test_wait_for_window (KH_TYPE_PREFERENCES_WINDOW);
  row = kh_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  shot = kh_ui_test_screenshot (preferences, "preferences");

  /* Choosing Vietnamese stores it and offers to restart. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  stored = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (stored, ==, "vi");
  dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "restart"));
  g_assert_null (kh_application_get_restart_uris (app));

  /* The windows close (this one has no unsaved changes), and the restart
   * is to open its file again. */
  if (kh_window_get_file (window) != NULL)
    uri = g_file_get_uri (kh_window_get_file (window));
  g_object_ref (window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restart");
  g_assert_true (kh_ui_test_wait_until (no_windows, NULL, 5000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  uris = kh_application_get_restart_uris (app);
  g_assert_nonnull (uris);
  if (uri != NULL)
    g_assert_true (g_strv_contains (uris, uri));
  g_object_unref (window);

  g_settings_reset (settings, "interface-language");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);

  app = kh_ui_test_application_new ();
  g_application_activate (G_APPLICATION (app));

  g_test_add_func ("/ui/window/empty-state", test_empty_state);
  g_test_add_func ("/ui/window/actions-disabled-until-they-work",
                   test_actions_disabled_until_they_work);
  g_test_add_func ("/ui/window/about", test_about);
  g_test_add_func ("/ui/window/shortcuts", test_shortcuts);
  g_test_add_func ("/ui/window/open-error-keeps-state", test_open_error_keeps_state);
  g_test_add_func ("/ui/window/open-plan-shows-plan-view", test_open_plan_shows_plan_view);
  g_test_add_func ("/ui/application/open-from-command-line", test_open_from_command_line);
  /* Last: it asks the application to quit. */
  g_test_add_func ("/ui/preferences/language-offers-restart",
                   test_preferences_language_offers_restart);

  status = g_test_run ();

  kh_ui_test_close_other_windows (NULL);
  g_object_unref (app);
  return status;
}
