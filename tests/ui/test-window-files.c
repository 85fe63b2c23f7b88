/* test-window-files.c — the window's files: open, new, save and save as,
 * recent files, the title's marker, the unsaved-changes question, the
 * autosave while modified, and recovery after the real program is
 * killed; a screenshot of each view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-edit.h"
#include "kh-environment.h"
#include "kh-export-dialog.h"
#include "kh-import-dialog.h"
#include "kh-next-year-dialog.h"
#include "kh-numbering.h"
#include "kh-plan-io.h"
#include "kh-window-private.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

static KhApplication *app;
static KhWindow *window;
static char *data_dir;   /* KEHOACH_DATA_DIR */
static char *work_dir;   /* the user's files */

/* Helpers ------------------------------------------------------------------ */

static char *
example_path (void)
{
  return kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
}

/* A copy of the example in the work folder, as @name. */
static GFile *
copy_example (const char *name)
{
  g_autofree char *source = example_path ();
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static GBytes *
file_bytes (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The main window, alone and empty (its last plan let go unasked). */
static KhWindow *
fresh_window (void)
{
  kh_ui_test_close_other_windows (GTK_WINDOW (window));
  kh_window_set_document (window, NULL);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static GtkWindow *
message_dialog (void)
{
  return kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
no_message_dialog (gpointer data)
{
  return kh_ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Clicks the button of @response, as a user would: the dialog answers
 * once and closes. */
static void
respond (GtkWindow *dialog, const char *response)
{
  const char *label;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *button;

  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), response));
  label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), response);
  for (const char *p = label; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (text, *p);
  button = gtk_widget_get_ancestor (kh_ui_test_find_label (GTK_WIDGET (dialog), text->str),
                                    GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (kh_ui_test_wait_until (no_message_dialog, NULL, 5000));
}

static void
edit_title (KhWindow *win, const char *title)
{
  KhDocument *document = kh_window_get_document (win);

  kh_edit_set_text (kh_document_get_history (document),
                    G_OBJECT (kh_document_get_plan (document)), "title", title);
}

static GtkWindow *
file_chooser (void)
{
  return kh_ui_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
}

/* Whether the Save dialog would write in the work folder. */
static gboolean
chooser_in_work_dir (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));
  g_autoptr(GFile) parent = file != NULL ? g_file_get_parent (file) : NULL;
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

  return g_strcmp0 (path, work_dir) == 0;
}

/* Answers the Save dialog with @name in the work folder. */
static void
save_as_in_chooser (const char *name)
{
  GtkWindow *chooser = file_chooser ();
  g_autoptr(GFile) folder = g_file_new_for_path (work_dir);
  g_autofree char *path = g_build_filename (work_dir, name, NULL);

  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  /* The name typed is read against the folder the entry knows, which
   * follows the dialog's late: a full path leaves no doubt. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  g_assert_true (kh_ui_test_wait_until (chooser_in_work_dir, chooser, 5000));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static char *
autosave_folder (void)
{
  return g_build_filename (data_dir, "autosave", NULL);
}

/* The snapshots in the autosave folder (*.kehoach). */
static guint
count_snapshots (void)
{
  g_autofree char *folder = autosave_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, KH_FILE_EXTENSION);
  return n;
}

static gboolean
has_snapshot (gpointer data)
{
  return count_snapshots () > 0;
}

static gboolean
has_no_snapshot (gpointer data)
{
  return count_snapshots () == 0;
}

static gboolean
has_file (gpointer data)
{
  return kh_window_get_file (data) != NULL;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Opening ------------------------------------------------------------------- */

static void
test_open_shows_name_folder_and_recent (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("opened.kehoach");
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GSettings) settings = kh_settings_new ();
  g_auto(GStrv) recent = NULL;
  const char *subtitle;

  g_assert_true (kh_window_open_file (win, file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "opened.kehoach — Kehoach");
  g_assert_cmpstr (adw_view_switcher_title_get_title (win->switcher_title), ==, "opened.kehoach");
  subtitle = adw_view_switcher_title_get_subtitle (win->switcher_title);
  /* The folder, as people write it (the work folder is not in home). */
  g_assert_cmpstr (subtitle, ==, work_dir);
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (win->switcher_title));

  /* Newest first in the setting, and in the menu. */
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, uri);
  {
    GMenuModel *section = G_MENU_MODEL (win->recent_section);
    g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, 0, "target",
                                                                        G_VARIANT_TYPE_STRING);
    g_assert_nonnull (target);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  }
}

static void
test_recent_drops_missing_files (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GSettings) settings = kh_settings_new ();
  g_autoptr(GFile) kept = copy_example ("kept.kehoach");
  g_autofree char *kept_uri = g_file_get_uri (kept);
  g_autofree char *missing = g_build_filename (work_dir, "gone.kehoach", NULL);
  g_autofree char *missing_uri = g_filename_to_uri (missing, NULL, NULL);
  const char *list[] = { missing_uri, kept_uri, NULL };
  g_auto(GStrv) recent = NULL;

  g_settings_set_strv (settings, "recent-files", list);
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, kept_uri);
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (win->recent_section)), ==, 1);

  /* Opening a recent file from the menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.open-recent", "s", kept_uri));
  g_assert_nonnull (kh_window_get_file (win));
  g_assert_true (g_file_equal (kh_window_get_file (win), kept));
}

/* A second file opens in a new window, unless this one holds nothing to
 * lose; a file already open comes to the front. */
static void
test_second_file_opens_new_window (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) first = copy_example ("first.kehoach");
  g_autoptr(GFile) second = copy_example ("second.kehoach");
  KhWindow *other;

  /* A new, untouched plan is replaced. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.new", NULL));
  g_assert_true (kh_window_is_blank (win));
  g_assert_true (kh_window_show_file (win, first) == win);

  other = kh_window_show_file (win, second);
  g_assert_nonnull (other);
  g_assert_true (other != win);
  g_assert_true (g_file_equal (kh_window_get_file (other), second));
  g_assert_true (g_file_equal (kh_window_get_file (win), first));

  g_assert_true (kh_window_show_file (other, first) == win);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  kh_ui_test_close_other_windows (GTK_WINDOW (win));
}

static GtkDropTarget *
drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* A plan file dropped on the window opens as Open would. */
static void
test_drop_opens_file (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("dropped.kehoach");
  GtkDropTarget *target = drop_target (GTK_WIDGET (win));
  GValue value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_assert_true (g_type_is_a (gtk_drop_target_get_gtypes (target, NULL)[0], GDK_TYPE_FILE_LIST));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);

  g_assert_true (accepted);
  g_assert_nonnull (kh_window_get_file (win));
  g_assert_true (g_file_equal (kh_window_get_file (win), file));
}

/* New ----------------------------------------------------------------------- */

static void
test_new_plan_and_first_section (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  KhPlan *plan;
  g_autofree char *label = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.new", NULL));
  plan = kh_window_get_plan (win);
  g_assert_nonnull (plan);
  g_assert_null (kh_window_get_file (win));
  g_assert_cmpint (kh_plan_get_year (plan), ==, g_date_time_get_year (now));
  g_assert_cmpint (kh_plan_get_language (plan), ==, KH_LANGUAGE_VI);
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->plan_stack), ==, "empty-plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "Untitled Plan — Kehoach");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.add-first-section", NULL));
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 1);
  label = kh_numbering_label (plan, kh_ui_test_node_at (plan, 0, -1));
  g_assert_cmpstr (label, ==, "I.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->plan_stack), ==, "view");
  g_assert_true (kh_plan_view_get_selected_node (win->plan_view)
                 == kh_ui_test_node_at (plan, 0, -1));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• Untitled Plan — Kehoach");
  g_assert_false (kh_window_is_blank (win));

  /* Undone, the empty page is back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->plan_stack), ==, "empty-plan");
}

/* Saving -------------------------------------------------------------------- */

static void
test_title_marks_unsaved_changes (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("marked.kehoach");

  g_assert_true (kh_window_open_file (win, file));
  g_assert_false (gtk_widget_has_css_class (win->save_button, "suggested-action"));
  edit_title (win, "Changed");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• marked.kehoach — Kehoach");
  g_assert_cmpstr (adw_view_switcher_title_get_title (win->switcher_title), ==,
                   "• marked.kehoach");
  g_assert_true (gtk_widget_has_css_class (win->save_button, "suggested-action"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "marked.kehoach — Kehoach");
  g_assert_false (gtk_widget_has_css_class (win->save_button, "suggested-action"));
}

static void
test_save_and_reopen (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("saved.kehoach");
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GBytes) shown = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(KhDocument) reopened = NULL;
  g_autoptr(GBytes) reread = NULL;
  g_autoptr(GError) error = NULL;
  KhHistory *history;
  KhNode *section;

  g_assert_true (kh_window_open_file (win, file));
  history = kh_document_get_history (kh_window_get_document (win));
  edit_title (win, "Kế hoạch đã sửa");
  section = kh_edit_add_node (history, NULL, NULL, KH_NODE_SECTION, "Phần mới");
  kh_edit_add_node (history, section, NULL, KH_NODE_ITEM, "Nhiệm vụ mới");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_false (kh_document_get_modified (kh_window_get_document (win)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "saved.kehoach — Kehoach");

  /* What is on disk is the plan shown, byte for byte, and reads back
   * the same. */
  shown = kh_plan_to_bytes (kh_window_get_plan (win));
  on_disk = file_bytes (file);
  g_assert_true (g_bytes_equal (shown, on_disk));
  reopened = kh_document_load (file, &error);
  g_assert_no_error (error);
  reread = kh_plan_to_bytes (kh_document_get_plan (reopened));
  g_assert_true (g_bytes_equal (shown, reread));

  /* Save As: the window follows the new file. */
  {
    g_autofree char *path = g_build_filename (work_dir, "saved-copy.kehoach", NULL);
    g_autoptr(GBytes) copied = NULL;

    copy = g_file_new_for_path (path);
    g_assert_true (kh_window_save_to (win, copy));
    g_assert_true (g_file_equal (kh_window_get_file (win), copy));
    copied = file_bytes (copy);
    g_assert_true (g_bytes_equal (shown, copied));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==,
                     "saved-copy.kehoach — Kehoach");
  }
}

/* The Save dialog: the name offered comes from the title, .kehoach is
 * added when missing. */
static void
test_save_as_dialog (void)
{
  KhWindow *win = fresh_window ();
  g_autofree char *expected = g_build_filename (work_dir, "from-dialog.kehoach", NULL);
  g_autoptr(GFile) expected_file = g_file_new_for_path (expected);
  GtkWindow *chooser;
  g_autofree char *offered = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.new", NULL));
  edit_title (win, "Kế hoạch: thông tin/đối ngoại");

  /* An untitled plan's Save asks where. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  chooser = file_chooser ();
  offered = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_prefix (offered, "Kế hoạch"));
  g_assert_true (g_str_has_suffix (offered, ".kehoach"));
  g_assert_null (strchr (offered, '/'));

  save_as_in_chooser ("from-dialog");
  g_assert_true (kh_ui_test_wait_until (has_file, win, 5000));
  {
    g_autofree char *got = g_file_get_path (kh_window_get_file (win));
    g_assert_cmpstr (got, ==, expected);
  }
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_false (kh_document_get_modified (kh_window_get_document (win)));
}

static void
test_save_error_keeps_document (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("kept-on-error.kehoach");
  g_autofree char *path = g_build_filename (work_dir, "no-such-folder", "plan.kehoach", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (path);
  GtkWindow *dialog;

  g_assert_true (kh_window_open_file (win, file));
  edit_title (win, "Changed");
  g_assert_false (kh_window_save_to (win, nowhere));

  dialog = message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Could not save “plan.kehoach”");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), !=, "");
  respond (dialog, "close");

  /* Nothing changed: same file, still modified. */
  g_assert_true (g_file_equal (kh_window_get_file (win), file));
  g_assert_true (kh_document_get_modified (kh_window_get_document (win)));
  g_assert_cmpstr (kh_plan_get_title (kh_window_get_plan (win)), ==, "Changed");
}

/* Closing -------------------------------------------------------------------- */

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static void
test_close_asks_about_unsaved_changes (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("closing.kehoach");
  g_autoptr(GBytes) original = file_bytes (file);
  KhWindow *other;
  GtkWindow *dialog;

  g_assert_true (kh_window_open_file (win, file));
  /* Unmodified windows close without a question. */
  other = kh_window_new (app);
  gtk_window_present (GTK_WINDOW (other));
  g_object_ref (other);
  gtk_window_close (GTK_WINDOW (other));
  g_assert_null (kh_ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other)));
  g_object_unref (other);

  /* Another window with changes: Cancel keeps it, Discard closes it. */
  other = kh_window_show_file (win, copy_example ("closing-2.kehoach"));
  g_assert_true (other != win);
  edit_title (other, "Changed");
  gtk_window_close (GTK_WINDOW (other));
  dialog = message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Save Changes?");
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (other));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save"));
  {
    g_autofree char *shot = kh_ui_test_screenshot (dialog, "unsaved-changes");
  }
  respond (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (other)));
  g_assert_true (kh_document_get_modified (kh_window_get_document (other)));

  g_object_ref (other);
  gtk_window_close (GTK_WINDOW (other));
  respond (message_dialog (), "discard");
  g_assert_true (kh_ui_test_wait_until (is_hidden, other, 5000));
  g_object_unref (other);

  /* Save from the question saves, then closes; the user's file is only
   * written then. */
  edit_title (win, "Saved on close");
  other = kh_window_new (app);
  gtk_window_present (GTK_WINDOW (other));
  g_object_ref (win);
  gtk_window_close (GTK_WINDOW (win));
  {
    g_autoptr(GBytes) still = file_bytes (file);
    g_assert_true (g_bytes_equal (still, original));
  }
  respond (message_dialog (), "save");
  g_assert_true (kh_ui_test_wait_until (is_hidden, win, 5000));
  {
    g_autoptr(KhDocument) reread = kh_document_load (file, NULL);
    g_assert_cmpstr (kh_plan_get_title (kh_document_get_plan (reread)), ==, "Saved on close");
  }
  g_object_unref (win);
  window = other;
}

/* Save on an untitled plan asks where, and closes only once saved. */
static void
test_close_untitled_saves_as (void)
{
  KhWindow *win = fresh_window ();
  KhWindow *next;
  g_autofree char *path = g_build_filename (work_dir, "Untitled on close.kehoach", NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.new", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.add-first-section", NULL));
  next = kh_window_new (app);
  gtk_window_present (GTK_WINDOW (next));
  g_object_ref (win);

  /* Cancelled in the file dialog: the window stays. */
  gtk_window_close (GTK_WINDOW (win));
  respond (message_dialog (), "save");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (file_chooser ()), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  kh_ui_test_wait_for_frame (GTK_WINDOW (win));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win)));

  gtk_window_close (GTK_WINDOW (win));
  respond (message_dialog (), "save");
  save_as_in_chooser ("Untitled on close");
  g_assert_true (kh_ui_test_wait_until (is_hidden, win, 5000));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_object_unref (win);
  window = next;
}

/* Autosave and recovery --------------------------------------------------------- */

static void
test_autosave_while_modified (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("autosaved.kehoach");
  g_autoptr(GBytes) original = file_bytes (file);

  g_assert_true (kh_window_open_file (win, file));
  g_assert_cmpuint (count_snapshots (), ==, 0);
  edit_title (win, "Autosaved");
  g_assert_true (kh_ui_test_wait_until (has_snapshot, NULL, 5000));
  /* The user's own file is never written by the autosave. */
  {
    g_autoptr(GBytes) still = file_bytes (file);
    g_assert_true (g_bytes_equal (still, original));
  }

  /* Undone back to what is on disk: nothing to recover. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL));
  g_assert_true (kh_ui_test_wait_until (has_no_snapshot, NULL, 5000));

  /* Saved: the snapshot goes too. */
  edit_title (win, "Autosaved again");
  g_assert_true (kh_ui_test_wait_until (has_snapshot, NULL, 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_cmpuint (count_snapshots (), ==, 0);
}

/* The edits KEHOACH_TEST_EDIT=1 makes in kehoach (kh-application.c). */
static void
recovery_edits (KhHistory *history)
{
  kh_edit_add_node (history, NULL, NULL, KH_NODE_SECTION, "Recovered");
  kh_edit_set_text (history, G_OBJECT (kh_history_get_plan (history)), "title", "Recovered plan");
}

static void
test_kill_and_recover (void)
{
  const char *program = g_getenv ("KEHOACH_APP");
  g_autoptr(GFile) file = copy_example ("killed.kehoach");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) original = file_bytes (file);
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KhDocument) expected = NULL;
  g_autoptr(GBytes) expected_bytes = NULL;
  g_autoptr(GBytes) recovered_bytes = NULL;
  KhWindow *win;
  GtkWindow *dialog;
  GPid pid;
  int status;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("KEHOACH_APP does not name the kehoach program");
      return;
    }
  g_assert_cmpuint (count_snapshots (), ==, 0);

  /* The real program, on its own, edits the plan and is killed. */
  env = g_environ_setenv (env, "KEHOACH_DATA_DIR", data_dir, TRUE);
  env = g_environ_setenv (env, "KEHOACH_TEST_EDIT", "1", TRUE);
  env = g_environ_setenv (env, "KEHOACH_AUTOSAVE_DELAY_MS", "200", TRUE);
  /* No session bus: the program runs on its own, not as this one. */
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  {
    const char *argv[] = { program, path, NULL };

    g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                   &pid, &error);
    g_assert_no_error (error);
  }
  if (!kh_ui_test_wait_until (has_snapshot, NULL, 60000))
    {
      kill (pid, SIGKILL);
      g_assert_not_reached ();
    }
  /* Past the snapshot's own write: its sidecar is written after it. */
  kh_ui_test_wait_until (never, NULL, 300);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
  {
    g_autoptr(GBytes) still = file_bytes (file);
    g_assert_true (g_bytes_equal (still, original));
  }

  /* This process starts as the next run would, and is offered the plan. */
  win = fresh_window ();
  kh_window_offer_recovery (win);
  dialog = message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Recover Unsaved Plan?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "killed.kehoach"));
  {
    g_autofree char *shot = kh_ui_test_screenshot (dialog, "recovery");
  }
  respond (dialog, "recover");

  /* The plan as the killed program had it: modified, belonging to its
   * file, which is still untouched. */
  expected = kh_document_load (file, &error);
  g_assert_no_error (error);
  recovery_edits (kh_document_get_history (expected));
  expected_bytes = kh_plan_to_bytes (kh_document_get_plan (expected));
  g_assert_nonnull (kh_window_get_document (win));
  recovered_bytes = kh_plan_to_bytes (kh_window_get_plan (win));
  g_assert_true (g_bytes_equal (expected_bytes, recovered_bytes));
  g_assert_true (kh_document_get_modified (kh_window_get_document (win)));
  g_assert_true (g_file_equal (kh_window_get_file (win), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• killed.kehoach — Kehoach");

  /* Still kept for recovery until saved; saving writes the user's file
   * and drops the snapshot. */
  g_assert_cmpuint (count_snapshots (), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.save", NULL));
  g_assert_cmpuint (count_snapshots (), ==, 0);
  {
    g_autoptr(GBytes) saved = file_bytes (file);
    g_assert_true (g_bytes_equal (saved, expected_bytes));
  }
}

/* A snapshot the user chooses to discard is gone. */
static void
test_discard_recovery (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("discarded.kehoach");
  g_autoptr(KhAutosave) autosave = NULL;
  g_autoptr(KhDocument) document = kh_document_load (file, NULL);

  autosave = kh_autosave_new (NULL);
  g_assert_true (kh_autosave_write (autosave, kh_document_get_plan (document), file,
                                    "discarded.kehoach", NULL));
  /* As if its process were gone. */
  g_clear_object (&autosave);
  g_assert_cmpuint (count_snapshots (), ==, 1);

  kh_window_offer_recovery (win);
  respond (message_dialog (), "discard");
  g_assert_cmpuint (count_snapshots (), ==, 0);
  g_assert_null (kh_window_get_document (win));
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Quitting closes every window as its close button would: one with
 * unsaved changes asks, and stays when told to. */
static void
test_quit_asks_about_unsaved_changes (void)
{
  KhWindow *win = fresh_window ();
  KhWindow *other = kh_window_new (app);
  g_autoptr(GFile) file = copy_example ("quitting.kehoach");

  gtk_window_present (GTK_WINDOW (other));
  g_object_ref (other);
  g_assert_true (kh_window_open_file (win, file));
  edit_title (win, "Not saved");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  respond (message_dialog (), "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (other)));
  g_assert_cmpstr (kh_plan_get_title (kh_window_get_plan (win)), ==, "Not saved");
  g_object_unref (other);
}

/* A restart for a new interface language closes the windows as Quit
 * does: cancelling the question cancels the restart, saving lets it go on
 * with the saved file. */
static void
test_restart_asks_about_unsaved_changes (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("restarting.kehoach");
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(KhPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *uris;

  g_assert_true (kh_window_open_file (win, file));
  edit_title (win, "Saved for the restart");

  kh_application_request_restart (app);
  respond (message_dialog (), "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win)));
  g_assert_null (kh_application_get_restart_uris (app));
  g_assert_true (kh_document_get_modified (kh_window_get_document (win)));

  g_object_ref (win);
  kh_application_request_restart (app);
  respond (message_dialog (), "save");
  g_assert_true (kh_ui_test_wait_until (is_hidden, win, 5000));
  uris = kh_application_get_restart_uris (app);
  g_assert_nonnull (uris);
  g_assert_cmpuint (g_strv_length ((char **) uris), ==, 1);
  g_assert_cmpstr (uris[0], ==, uri);
  saved = kh_plan_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kh_plan_get_title (saved), ==, "Saved for the restart");

  /* The tests go on in a new main window, without restarting. */
  kh_application_cancel_restart (app);
  g_assert_null (kh_application_get_restart_uris (app));
  g_object_unref (win);
  window = kh_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
}

/* Export… and New Plan for Next Year… open their dialogs over the window,
 * for its plan. */
static void
test_export_and_next_year_dialogs (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("exported.kehoach");
  GtkWindow *dialog;

  g_assert_false (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (win),
                                                                        "win.export")));
  g_assert_true (kh_window_open_file (win, file));
  g_assert_true (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (win),
                                                                       "win.export")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.export", NULL));
  dialog = kh_ui_test_wait_for_window (KH_TYPE_EXPORT_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (win));
  kh_ui_test_close_other_windows (GTK_WINDOW (win));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.next-year", NULL));
  dialog = kh_ui_test_wait_for_window (KH_TYPE_NEXT_YEAR_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (win));
  g_assert_cmpint (kh_next_year_dialog_get_year (KH_NEXT_YEAR_DIALOG (dialog)), ==, 2019);
  kh_ui_test_close_other_windows (GTK_WINDOW (win));
}

/* Import ----------------------------------------------------------------------- */

/* An imported plan opens in the blank window with the importer's report
 * beside it; a row of the report selects its node. */
static void
test_import_opens_with_report (void)
{
  KhWindow *win = fresh_window ();
  g_autofree char *path = kh_test_data_path ("plans", "thua-thien-hue-2024-ocr.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KhReportPanel *report;
  KhNode *node = NULL;
  GtkWindow *dialog;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.import", NULL));
  dialog = kh_ui_test_wait_for_window (KH_TYPE_IMPORT_DIALOG);
  g_assert_true (kh_import_dialog_import_file (KH_IMPORT_DIALOG (dialog), file));

  g_assert_nonnull (kh_window_get_document (win));
  g_assert_null (kh_window_get_file (win));
  g_assert_cmpuint (kh_plan_count_nodes (kh_window_get_plan (win)), >, 10);
  /* Nowhere else yet: unsaved, as changes are. */
  g_assert_true (kh_document_get_modified (kh_window_get_document (win)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "• Untitled Plan — Kehoach");
  g_assert_true (gtk_revealer_get_reveal_child (win->report_revealer));
  report = KH_REPORT_PANEL (kh_ui_test_find_widget (GTK_WIDGET (win), KH_TYPE_REPORT_PANEL));
  g_assert_nonnull (report);

  for (guint i = 0; i < kh_report_panel_get_n_rows (report) && node == NULL; i++)
    {
      const char *id = kh_report_panel_get_row_node_id (report, i);

      if (id != NULL)
        {
          g_signal_emit_by_name (report, "node-activated", id);
          node = kh_plan_lookup_node (kh_window_get_plan (win), id);
        }
    }
  g_assert_nonnull (node);
  g_assert_true (kh_plan_view_get_selected_node (win->plan_view) == node);
  kh_ui_test_wait_for_frame (GTK_WINDOW (win));
  {
    g_autofree char *shot = kh_ui_test_screenshot (GTK_WINDOW (win), "import-report");
  }

  /* Its close button hides it. */
  g_signal_emit_by_name (report, "close");
  g_assert_false (gtk_revealer_get_reveal_child (win->report_revealer));
  g_assert_null (kh_ui_test_find_widget (GTK_WIDGET (win), KH_TYPE_REPORT_PANEL));
}

static gboolean
is_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data);
}

/* Screenshots ------------------------------------------------------------------- */

static void
test_screenshots (void)
{
  KhWindow *win = fresh_window ();
  g_autoptr(GFile) file = copy_example ("ha-tinh-2018.kehoach");
  static const char * const views[] = { "plan", "assignments", "units", "details" };
  g_autofree char *empty = NULL;

  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  kh_ui_test_wait_for_frame (GTK_WINDOW (win));
  empty = kh_ui_test_screenshot (GTK_WINDOW (win), "empty");

  g_assert_true (kh_window_open_file (win, file));
  /* Wide: the file's name beside the view switcher. */
  g_assert_true (kh_ui_test_wait_until (is_mapped, win->document_title, 5000));
  g_assert_cmpstr (adw_window_title_get_title (win->document_title), ==, "ha-tinh-2018.kehoach");
  kh_plan_view_select_node (win->plan_view,
                            kh_ui_test_node_at (kh_window_get_plan (win), 1, 0, 1, -1));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *shot = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (win), "win.show-view", "s", views[i]));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (win->view_stack), ==, views[i]);
      kh_ui_test_wait_for_frame (GTK_WINDOW (win));
      shot = kh_ui_test_screenshot (GTK_WINDOW (win), views[i]);
      g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
    }
  adw_view_stack_set_visible_child_name (win->view_stack, "plan");

  /* Narrow: the name in the title, the switcher at the bottom. */
  gtk_window_set_default_size (GTK_WINDOW (win), 560, 720);
  g_assert_true (kh_ui_test_wait_until (is_revealed, win->switcher_bar, 5000));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (win->document_title)));
  {
    g_autofree char *shot = kh_ui_test_screenshot (GTK_WINDOW (win), "narrow");
  }
  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);
  data_dir = g_dir_make_tmp ("kehoach-data-XXXXXX", NULL);
  work_dir = g_dir_make_tmp ("kehoach-files-XXXXXX", NULL);
  g_setenv ("KEHOACH_DATA_DIR", data_dir, TRUE);
  g_setenv ("KEHOACH_AUTOSAVE_DELAY_MS", "100", TRUE);

  app = kh_ui_test_application_new ();
  window = kh_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/ui/window-files/open-shows-name-folder-and-recent",
                   test_open_shows_name_folder_and_recent);
  g_test_add_func ("/ui/window-files/recent-drops-missing-files", test_recent_drops_missing_files);
  g_test_add_func ("/ui/window-files/second-file-opens-new-window",
                   test_second_file_opens_new_window);
  g_test_add_func ("/ui/window-files/drop-opens-file", test_drop_opens_file);
  g_test_add_func ("/ui/window-files/new-plan-and-first-section", test_new_plan_and_first_section);
  g_test_add_func ("/ui/window-files/title-marks-unsaved-changes",
                   test_title_marks_unsaved_changes);
  g_test_add_func ("/ui/window-files/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/ui/window-files/save-as-dialog", test_save_as_dialog);
  g_test_add_func ("/ui/window-files/save-error-keeps-document", test_save_error_keeps_document);
  g_test_add_func ("/ui/window-files/close-asks-about-unsaved-changes",
                   test_close_asks_about_unsaved_changes);
  g_test_add_func ("/ui/window-files/close-untitled-saves-as", test_close_untitled_saves_as);
  g_test_add_func ("/ui/window-files/autosave-while-modified", test_autosave_while_modified);
  g_test_add_func ("/ui/window-files/kill-and-recover", test_kill_and_recover);
  g_test_add_func ("/ui/window-files/discard-recovery", test_discard_recovery);
  g_test_add_func ("/ui/window-files/quit-asks-about-unsaved-changes",
                   test_quit_asks_about_unsaved_changes);
  g_test_add_func ("/ui/window-files/export-and-next-year-dialogs",
                   test_export_and_next_year_dialogs);
  g_test_add_func ("/ui/window-files/import-opens-with-report", test_import_opens_with_report);
  g_test_add_func ("/ui/window-files/screenshots", test_screenshots);
  /* Last: it replaces the main window. */
  g_test_add_func ("/ui/window-files/restart-asks-about-unsaved-changes",
                   test_restart_asks_about_unsaved_changes);

  status = g_test_run ();

  kh_window_set_document (window, NULL);
  kh_ui_test_close_other_windows (NULL);
  g_object_unref (app);
  kh_test_remove_tree (data_dir);
  kh_test_remove_tree (work_dir);
  g_free (data_dir);
  g_free (work_dir);
  return status;
}
