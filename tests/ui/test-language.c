/* test-language.c — the interface speaks the language it is started in.
 *
 * Run once with LANGUAGE=vi and once with LANGUAGE=en (LANG=C.UTF-8): the
 * header bar, the primary menu, the empty state and a dialog must show the
 * expected words, written out here rather than taken from the catalogue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-application.h"
#include "kh-preferences-window.h"
#include "kh-window.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct {
  const char *code;
  const char *empty_title;
  const char *open_button;
  const char *menu_open;
  const char *menu_about;
  const char *error_heading_start;
  const char *preferences_system;
} Expected;

static const Expected expectations[] = {
  {
    .code = "vi",
    .empty_title = "Mở một kế hoạch hoặc bắt đầu kế hoạch mới",
    .open_button = "_Mở",
    .menu_open = "_Mở…",
    .menu_about = "_Giới thiệu Kehoach",
    .error_heading_start = "Không mở được",
    .preferences_system = "Theo hệ thống",
  },
  {
    .code = "en",
    .empty_title = "Open a plan or start a new one",
    .open_button = "_Open",
    .menu_open = "_Open…",
    .menu_about = "_About Kehoach",
    .error_heading_start = "Could not open",
    .preferences_system = "System",
  },
};

static KhApplication *app;
static const Expected *expected;

static KhWindow *
main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (KH_IS_WINDOW (window));
  kh_ui_test_close_other_windows (window);
  return KH_WINDOW (window);
}

static void
test_window (void)
{
  KhWindow *window = main_window ();
  GtkWidget *status = kh_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  GtkWidget *header = kh_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *open_button = kh_ui_test_find_actionable (header, "win.open");
  GtkWidget *menu_button = kh_ui_test_find_widget (header, GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_autofree char *menu_open = kh_ui_test_menu_label (menu, "win.open");
  g_autofree char *menu_about = kh_ui_test_menu_label (menu, "app.about");
  g_autofree char *shot_name = g_strconcat ("window-", expected->code, NULL);
  g_autofree char *shot = NULL;

  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   expected->empty_title);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_button)), ==, expected->open_button);
  g_assert_cmpstr (menu_open, ==, expected->menu_open);
  g_assert_cmpstr (menu_about, ==, expected->menu_about);

  shot = kh_ui_test_screenshot (GTK_WINDOW (window), shot_name);
}

static void
test_error_dialog (void)
{
  KhWindow *window = main_window ();
  g_autofree char *dir = g_dir_make_tmp ("kehoach-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *shot_name = g_strconcat ("error-", expected->code, NULL);
  g_autofree char *shot = NULL;
  GtkWindow *dialog;

  g_assert_false (kh_window_open_file (window, file));
  dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   expected->error_heading_start));
  shot = kh_ui_test_screenshot (dialog, shot_name);

  kh_ui_test_close_other_windows (GTK_WINDOW (window));
  g_rmdir (dir);
}

static void
test_preferences (void)
{
  KhWindow *window = main_window ();
  GtkWindow *preferences;
  GtkWidget *row;
  GListModel *languages;
  g_autofree char *shot_name = g_strconcat ("preferences-", expected->code, NULL);
  g_autofree char *shot = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = kh_ui_test_wait_for_window (KH_TYPE_PREFERENCES_WINDOW);
  row = kh_ui_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  languages = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages), 0), ==,
                   expected->preferences_system);
  /* Each language in its own name, whatever the interface language. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages), 1), ==, "Tiếng Việt");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages), 2), ==, "English");

  shot = kh_ui_test_screenshot (preferences, shot_name);
  kh_ui_test_close_other_windows (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  int status;

  kh_ui_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_strcmp0 (language, expectations[i].code) == 0)
      expected = &expectations[i];
  if (expected == NULL)
    g_error ("run with LANGUAGE=vi or LANGUAGE=en, not “%s”", language ? language : "");

  app = kh_ui_test_application_new ();
  g_application_activate (G_APPLICATION (app));

  g_test_add_func ("/ui/language/window", test_window);
  g_test_add_func ("/ui/language/error-dialog", test_error_dialog);
  g_test_add_func ("/ui/language/preferences", test_preferences);

  status = g_test_run ();

  kh_ui_test_close_other_windows (NULL);
  g_object_unref (app);
  return status;
}
