/* test-dialogs.c — the dialogs that make files and plans: Export to
 * Excel, New Plan for Next Year and Import, each driven through its
 * widgets and actions on the real example and plan texts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-edit.h"
#include "kh-export-dialog.h"
#include "kh-import.h"
#include "kh-import-dialog.h"
#include "kh-next-year-dialog.h"
#include "kh-plan-io.h"
#include "kh-report-panel.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

/* The main window stand-in: a toast overlay, as KhWindow has. */
static GtkWindow *window;
static GtkWidget *overlay;

/* What a dialog handed to its KhOpenDocumentFunc. */
typedef struct {
  KhDocument    *document;
  KhReportPanel *report;
  guint          calls;
} Opened;

static void
opened_clear (Opened *opened)
{
  g_clear_object (&opened->document);
  g_clear_object (&opened->report);
  opened->calls = 0;
}

static void
open_document (KhDocument    *document,
               KhReportPanel *report,
               gpointer       user_data)
{
  Opened *opened = user_data;

  g_set_object (&opened->document, document);
  g_set_object (&opened->report, report);
  opened->calls++;
}

static KhDocument *
load_example (void)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KhDocument *document = kh_document_load (file, &error);

  g_assert_no_error (error);
  return document;
}

static KhUnit *
unit_named (KhPlan     *plan,
            const char *name)
{
  GListModel *units = kh_plan_get_units (plan);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (kh_unit_get_name (unit), name))
        return unit;
    }
  return NULL;
}

static gboolean
window_gone (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* The message dialog shown over @parent; fails the test without one. */
static AdwMessageDialog *
wait_for_message (GtkWindow *parent)
{
  GtkWindow *dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_true (gtk_window_get_transient_for (dialog) == parent);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Clicks the message's Close button, as a user does. */
static void
close_message (AdwMessageDialog *dialog)
{
  GtkWidget *label = kh_ui_test_find_label (GTK_WIDGET (dialog), "Close");

  g_assert_nonnull (label);
  /* Closed, the dialog is destroyed: keep it to see it go. */
  g_object_ref (dialog);
  g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
  g_assert_true (kh_ui_test_wait_until (window_gone, dialog, 5000));
  g_object_unref (dialog);
}

/* Shows @report in a window of its own, as the main window would beside
 * the plan, and saves a screenshot of it. */
static void
screenshot_report (KhReportPanel *report,
                   const char    *title,
                   const char    *name)
{
  GtkWindow *host = GTK_WINDOW (adw_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_default_size (host, 440, 640);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (report), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (report));
  adw_window_set_content (ADW_WINDOW (host), box);
  gtk_window_set_title (host, title);
  gtk_window_present (host);
  kh_ui_test_wait_for_frame (host);
  g_free (kh_ui_test_screenshot (host, name));
  gtk_window_destroy (host);
}

static void
record_node (KhReportPanel *report,
             const char    *node_id,
             char         **out)
{
  g_free (*out);
  *out = g_strdup (node_id);
}

/* Activates the first row of @report that names a node, through its list
 * view, and returns the id "node-activated" carried. */
static char *
activate_first_node_row (KhReportPanel *report)
{
  GtkWidget *list_view = kh_ui_test_find_widget (GTK_WIDGET (report), GTK_TYPE_LIST_VIEW);
  char *activated = NULL;
  gulong handler;

  g_assert_nonnull (list_view);
  handler = g_signal_connect (report, "node-activated", G_CALLBACK (record_node), &activated);
  for (guint i = 0; i < kh_report_panel_get_n_rows (report); i++)
    if (kh_report_panel_get_row_node_id (report, i) != NULL)
      {
        g_signal_emit_by_name (list_view, "activate", i);
        g_assert_cmpstr (activated, ==, kh_report_panel_get_row_node_id (report, i));
        break;
      }
  g_signal_handler_disconnect (report, handler);
  return activated;
}

/* Export */

static gboolean
has_label (gpointer data)
{
  return kh_ui_test_find_label (overlay, data) != NULL;
}

static void
test_export_writes_and_toasts (void)
{
  g_autoptr(KhDocument) document = load_example ();
  g_autoptr(KhExportDialog) dialog = NULL;
  g_autoptr(KhExportDialog) again = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kehoach-export-XXXXXX", NULL);
  g_autofree char *name = kh_export_dialog_suggest_name (kh_document_get_plan (document));
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *toast = g_strdup_printf ("Exported to “%s”", name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *export_button;
  KhExportOptions options, shown;
  GStatBuf st;

  g_assert_cmpstr (name, ==, "Công tác thông tin đối ngoại tỉnh Hà Tĩnh năm 2018.xlsx");

  dialog = g_object_ref_sink (kh_export_dialog_new (window, document));
  gtk_window_present (GTK_WINDOW (dialog));
  kh_ui_test_wait_for_frame (GTK_WINDOW (dialog));
  g_free (kh_ui_test_screenshot (GTK_WINDOW (dialog), "export-dialog"));

  /* What a user can pick is what the export gets. */
  kh_export_options_init (&options);
  options.sheets = KH_EXPORT_SHEET_APPENDIX | KH_EXPORT_SHEET_UNITS;
  options.columns = KH_EXPORT_COLUMN_PRODUCTS | KH_EXPORT_COLUMN_NOTES;
  options.continuous_numbering = TRUE;
  options.units_on_new_lines = TRUE;
  options.language = KH_EXPORT_LANGUAGE_EN;
  kh_export_dialog_set_options (dialog, &options);
  kh_export_dialog_get_options (dialog, &shown);
  g_assert_cmpint (shown.sheets, ==, options.sheets);
  g_assert_cmpint (shown.columns, ==, options.columns);
  g_assert_false (shown.all_tasks);
  g_assert_true (shown.continuous_numbering);
  g_assert_true (shown.units_on_new_lines);
  g_assert_cmpint (shown.language, ==, KH_EXPORT_LANGUAGE_EN);

  /* No sheet, no export. */
  export_button = kh_ui_test_find_actionable (GTK_WIDGET (dialog), "export.choose-file");
  g_assert_nonnull (export_button);
  g_assert_true (gtk_widget_get_sensitive (export_button));
  shown.sheets = 0;
  kh_export_dialog_set_options (dialog, &shown);
  g_assert_false (gtk_widget_get_sensitive (export_button));
  kh_export_dialog_set_options (dialog, &options);
  g_assert_true (gtk_widget_get_sensitive (export_button));

  g_assert_true (kh_export_dialog_export_to (dialog, file));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  /* The dialog closes and the main window says where the file went. */
  g_assert_true (kh_ui_test_wait_until (window_gone, dialog, 5000));
  g_assert_true (kh_ui_test_wait_until (has_label, toast, 5000));
  g_assert_nonnull (kh_ui_test_find_label (overlay, "Open"));
  g_assert_false (kh_document_get_modified (document));

  /* The next export starts from these options. */
  again = g_object_ref_sink (kh_export_dialog_new (window, document));
  kh_export_dialog_get_options (again, &shown);
  g_assert_cmpint (shown.sheets, ==, options.sheets);
  g_assert_cmpint (shown.columns, ==, options.columns);
  g_assert_true (shown.continuous_numbering);
  g_assert_true (shown.units_on_new_lines);
  /* The language is the plan's business, not remembered. */
  g_assert_cmpint (shown.language, ==, KH_EXPORT_LANGUAGE_PLAN);
  gtk_window_destroy (GTK_WINDOW (again));

  kh_test_remove_tree (dir);
}

static void
test_export_failure_explains (void)
{
  g_autoptr(KhDocument) document = load_example ();
  g_autoptr(KhExportDialog) dialog = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kehoach-export-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.txt", NULL);
  /* A folder that is a file: no one can write there, root included. */
  g_autofree char *path = g_build_filename (plain, "out.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GDir) listing = NULL;
  AdwMessageDialog *message;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (plain, "x", -1, NULL));
  dialog = g_object_ref_sink (kh_export_dialog_new (window, document));
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_false (kh_export_dialog_export_to (dialog, file));
  message = wait_for_message (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Export Failed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "out.xlsx"));
  close_message (message);

  /* A folder as the target fails too, and stays a folder. */
  g_assert_false (kh_export_dialog_export_to (dialog, folder));
  message = wait_for_message (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");
  close_message (message);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* Nothing was left behind, and the dialog stays for another try. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (kh_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (dialog));
  kh_test_remove_tree (dir);
}

static void
test_export_unmarked_plan (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhDocument) document = NULL;
  g_autoptr(KhExportDialog) dialog = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  KhExportOptions shown;

  kh_plan_set_year (plan, 2027);
  kh_plan_set_string (plan, "title", "Kế hoạch: “đối ngoại”/2027?");
  document = kh_document_new (plan, NULL);

  /* Nothing is marked for the appendix yet: every task is offered. */
  dialog = g_object_ref_sink (kh_export_dialog_new (window, document));
  kh_export_dialog_get_options (dialog, &shown);
  g_assert_true (shown.all_tasks);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* What a file name cannot hold becomes a space. */
  name = kh_export_dialog_suggest_name (plan);
  g_assert_cmpstr (name, ==, "Kế hoạch “đối ngoại” 2027.xlsx");
  kh_plan_set_string (plan, "title", "");
  g_free (name);
  name = kh_export_dialog_suggest_name (plan);
  expected = g_strdup_printf ("Appendix %d.xlsx", 2027);
  g_assert_cmpstr (name, ==, expected);
}

/* Next year */

/* The check button of the replacement row of @unit_name. */
static GtkCheckButton *
replacement_check (GtkWidget  *dialog,
                   const char *unit_name)
{
  GtkWidget *title = kh_ui_test_find_label (dialog, unit_name);
  GtkWidget *row;

  g_assert_nonnull (title);
  row = gtk_widget_get_ancestor (title, ADW_TYPE_PREFERENCES_ROW);
  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (kh_ui_test_find_widget (row, GTK_TYPE_CHECK_BUTTON));
}

static GtkWidget *
label_containing (GtkWidget  *root,
                  const char *needle)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = label_containing (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkDropDown *
replacement_choice (GtkWidget  *dialog,
                    const char *unit_name)
{
  GtkWidget *row = gtk_widget_get_ancestor (kh_ui_test_find_label (dialog, unit_name),
                                            ADW_TYPE_PREFERENCES_ROW);

  return GTK_DROP_DOWN (kh_ui_test_find_widget (row, GTK_TYPE_DROP_DOWN));
}

static void
test_next_year_assistant (void)
{
  g_autoptr(KhDocument) document = load_example ();
  KhPlan *source = kh_document_get_plan (document);
  g_autoptr(GBytes) before = kh_plan_to_bytes (source);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(KhNextYearDialog) dialog = NULL;
  g_autoptr(GPtrArray) replacements = NULL;
  g_autofree char *activated = NULL;
  Opened opened = { 0 };
  GtkCheckButton *check;
  GtkDropDown *choice;
  KhPlan *plan;
  KhUnit *unit;
  gboolean proposes_ict = FALSE;
  guint n_proposals;

  dialog = g_object_ref_sink (kh_next_year_dialog_new (window, document, open_document, &opened));
  gtk_window_present (GTK_WINDOW (dialog));
  kh_ui_test_wait_for_frame (GTK_WINDOW (dialog));
  g_assert_cmpint (kh_next_year_dialog_get_year (dialog), ==, 2019);
  g_free (kh_ui_test_screenshot (GTK_WINDOW (dialog), "next-year-year"));

  /* The shipped map proposes the 2025 successors of the plan's units. */
  n_proposals = kh_next_year_dialog_get_n_proposals (dialog);
  g_assert_cmpuint (n_proposals, >=, 3);
  for (guint i = 0; i < n_proposals; i++)
    if (g_str_equal (kh_unit_get_name (kh_next_year_dialog_get_proposal_unit (dialog, i)),
                     "Sở Thông tin và Truyền thông"))
      proposes_ict = TRUE;
  g_assert_true (proposes_ict);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assistant.next", NULL));
  kh_ui_test_wait_for_frame (GTK_WINDOW (dialog));
  g_free (kh_ui_test_screenshot (GTK_WINDOW (dialog), "next-year-units"));

  /* Every row starts confirmed, with the main successor. */
  check = replacement_check (GTK_WIDGET (dialog), "Sở Thông tin và Truyền thông");
  choice = replacement_choice (GTK_WIDGET (dialog), "Sở Thông tin và Truyền thông");
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (choice)), ==,
                   "Sở Khoa học và Công nghệ");
  /* The map's note explains it. */
  g_assert_nonnull (label_containing (gtk_widget_get_ancestor (GTK_WIDGET (check),
                                                               ADW_TYPE_PREFERENCES_ROW),
                                      "(2025)"));

  /* One unit unchecked, one kept through its dropdown. */
  gtk_check_button_set_active (replacement_check (GTK_WIDGET (dialog), "Sở Ngoại vụ"), FALSE);
  choice = replacement_choice (GTK_WIDGET (dialog), "Sở Kế hoạch và Đầu tư");
  gtk_drop_down_set_selected (choice,
                              g_list_model_get_n_items (gtk_drop_down_get_model (choice)) - 1);
  g_assert_false (gtk_check_button_get_active (replacement_check (GTK_WIDGET (dialog),
                                                                  "Sở Kế hoạch và Đầu tư")));
  replacements = kh_next_year_dialog_get_replacements (dialog);
  g_assert_cmpuint (replacements->len, ==, n_proposals - 2);

  /* Back and forth keeps the choices. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assistant.back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assistant.next", NULL));
  g_assert_false (gtk_check_button_get_active (replacement_check (GTK_WIDGET (dialog),
                                                                  "Sở Ngoại vụ")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "assistant.create", NULL));
  g_assert_cmpuint (opened.calls, ==, 1);
  g_assert_true (kh_ui_test_wait_until (window_gone, dialog, 5000));

  /* A new, never saved plan for 2019 with the confirmed replacements. */
  g_assert_nonnull (opened.document);
  g_assert_true (opened.document != document);
  g_assert_null (kh_document_get_file (opened.document));
  plan = kh_document_get_plan (opened.document);
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2019);
  g_assert_null (unit_named (plan, "Sở Thông tin và Truyền thông"));
  unit = unit_named (plan, "Sở Khoa học và Công nghệ");
  g_assert_nonnull (unit);
  g_assert_cmpuint (kh_count_unit_assignments (plan, unit), >, 0);
  unit = unit_named (plan, "Sở Ngoại vụ");
  g_assert_nonnull (unit);
  g_assert_cmpuint (kh_count_unit_assignments (plan, unit), ==,
                    kh_count_unit_assignments (source, unit_named (source, "Sở Ngoại vụ")));
  g_assert_nonnull (unit_named (plan, "Sở Kế hoạch và Đầu tư"));

  /* The source plan is as it was, and not modified. */
  g_assert_cmpint (kh_plan_get_year (source), ==, 2018);
  g_assert_false (kh_document_get_modified (document));
  g_assert_false (kh_history_get_can_undo (kh_document_get_history (document)));
  after = kh_plan_to_bytes (source);
  g_assert_true (g_bytes_equal (before, after));

  /* The report: the summary, then the items to review, leading to nodes
   * of the new plan. */
  g_assert_nonnull (opened.report);
  g_assert_nonnull (strstr (kh_report_panel_get_summary (opened.report), "2019"));
  g_assert_cmpuint (kh_report_panel_get_n_rows (opened.report), >, 0);
  activated = activate_first_node_row (opened.report);
  g_assert_nonnull (activated);
  g_assert_nonnull (kh_plan_lookup_node (plan, activated));
  screenshot_report (opened.report, "Next Year", "next-year-review");

  opened_clear (&opened);
}

/* Import */

static void
test_import_pasted_plan (void)
{
  g_autoptr(KhImportDialog) dialog = NULL;
  g_autofree char *text = kh_test_read_plan_text ("ha-tinh-2018.txt");
  g_autofree char *activated = NULL;
  g_autofree char *first_row = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(KhPlan) expected = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  Opened opened = { 0 };
  KhPlan *plan;

  dialog = g_object_ref_sink (kh_import_dialog_new (window, open_document, &opened));
  gtk_window_present (GTK_WINDOW (dialog));

  /* Nothing pasted, nothing to import. */
  g_assert_false (gtk_widget_get_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (dialog),
                                                                        "import.paste")));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kh_ui_test_find_widget (GTK_WIDGET (dialog),
                                                                            GTK_TYPE_TEXT_VIEW)));
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  kh_ui_test_wait_for_frame (GTK_WINDOW (dialog));
  g_free (kh_ui_test_screenshot (GTK_WINDOW (dialog), "import-dialog"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.paste", NULL));
  g_assert_cmpuint (opened.calls, ==, 1);
  g_assert_true (kh_ui_test_wait_until (window_gone, dialog, 5000));

  /* The plan's outline as the importer reads the Hà Tĩnh plan. */
  plan = kh_document_get_plan (opened.document);
  g_assert_null (kh_document_get_file (opened.document));
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 4);
  {
    g_autoptr(KhNode) second = g_list_model_get_item (kh_plan_get_roots (plan), 1);
    g_autoptr(KhNode) fourth = g_list_model_get_item (kh_plan_get_roots (plan), 3);
    g_autoptr(GPtrArray) appendix = kh_plan_get_appendix_nodes (plan);

    g_assert_cmpuint (kh_node_get_n_children (second), ==, 6);
    g_assert_cmpuint (kh_node_get_n_children (fourth), ==, 12);
    g_assert_cmpuint (appendix->len, ==, 7);
  }

  /* One report row per note, in line order, "Line N: …". */
  expected = kh_import_text (text, strlen (text), &notes, NULL);
  g_assert_nonnull (expected);
  g_assert_cmpuint (notes->len, >, 0);
  g_assert_cmpuint (kh_report_panel_get_n_rows (opened.report), ==, notes->len);
  for (guint i = 0; i < notes->len; i++)
    {
      KhImportNote *note = g_ptr_array_index (notes, i);
      g_autofree char *row = kh_report_panel_get_row_text (opened.report, i);
      g_autofree char *want = g_strdup_printf ("Line %u: %s", note->line, note->message);

      g_assert_cmpstr (row, ==, note->line > 0 ? want : note->message);
      g_assert_cmpstr (kh_report_panel_get_row_node_id (opened.report, i), ==, note->node_id);
    }
  first_row = kh_report_panel_get_row_text (opened.report, 0);
  g_assert_true (g_str_has_prefix (first_row, "Line "));
  activated = activate_first_node_row (opened.report);
  if (activated != NULL)
    g_assert_nonnull (kh_plan_lookup_node (plan, activated));

  opened_clear (&opened);
}

static void
test_import_file_report (void)
{
  g_autofree char *path = kh_test_data_path ("plans", "thua-thien-hue-2024-ocr.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KhImportDialog) dialog = NULL;
  g_autofree char *activated = NULL;
  Opened opened = { 0 };

  dialog = g_object_ref_sink (kh_import_dialog_new (window, open_document, &opened));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (kh_import_dialog_import_file (dialog, file));
  g_assert_cmpuint (opened.calls, ==, 1);

  /* The scanned plan leaves the importer unsure: rows lead to nodes. */
  g_assert_cmpuint (kh_report_panel_get_n_rows (opened.report), >, 3);
  g_assert_nonnull (strstr (kh_report_panel_get_summary (opened.report), "unsure"));
  activated = activate_first_node_row (opened.report);
  g_assert_nonnull (activated);
  g_assert_nonnull (kh_plan_lookup_node (kh_document_get_plan (opened.document), activated));
  screenshot_report (opened.report, "Import", "import-report");

  opened_clear (&opened);
}

static void
test_import_bad_input (void)
{
  static const char junk[] = "PK\003\004\000\001\002binary\000\377\376 junk";
  static const char legacy[] = "K\xd6 HO\xb8\x43H TH\xc4NG TIN \xae\xe8I NGO\xb9I N\xa8M 2018\n"
                               "I. M\xf4\x43 TI\xaaU, Y\xaa\x55 \x43\xc7U\n";
  g_autoptr(KhImportDialog) dialog = NULL;
  Opened opened = { 0 };
  AdwMessageDialog *message;

  dialog = g_object_ref_sink (kh_import_dialog_new (window, open_document, &opened));
  gtk_window_present (GTK_WINDOW (dialog));

  g_assert_false (kh_import_dialog_import_text (dialog, junk, sizeof junk - 1));
  message = wait_for_message (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Cannot Import This Text");
  g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");
  close_message (message);

  g_assert_false (kh_import_dialog_import_text (dialog, "  \n\t\n", 5));
  close_message (wait_for_message (GTK_WINDOW (dialog)));

  g_assert_false (kh_import_dialog_import_text (dialog, legacy, sizeof legacy - 1));
  message = wait_for_message (GTK_WINDOW (dialog));
  g_test_message ("legacy text: %s", adw_message_dialog_get_body (message));
  close_message (message);

  /* Nothing opened; the dialog stays for another try. */
  g_assert_cmpuint (opened.calls, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *box;
  int status;

  kh_ui_test_init (&argc, &argv);

  window = GTK_WINDOW (adw_window_new ());
  g_object_ref_sink (window);
  gtk_window_set_default_size (window, 900, 600);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  overlay = adw_toast_overlay_new ();
  gtk_widget_set_vexpand (overlay, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay),
                               adw_status_page_new ());
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (window);

  g_test_add_func ("/ui/dialogs/export/writes-file-and-toasts", test_export_writes_and_toasts);
  g_test_add_func ("/ui/dialogs/export/failure-explains-and-leaves-nothing",
                   test_export_failure_explains);
  g_test_add_func ("/ui/dialogs/export/unmarked-plan-exports-all-tasks",
                   test_export_unmarked_plan);
  g_test_add_func ("/ui/dialogs/next-year/replacements-confirmed", test_next_year_assistant);
  g_test_add_func ("/ui/dialogs/import/pasted-plan-and-report", test_import_pasted_plan);
  g_test_add_func ("/ui/dialogs/import/file-report-leads-to-nodes", test_import_file_report);
  g_test_add_func ("/ui/dialogs/import/bad-input-explained", test_import_bad_input);
  status = g_test_run ();

  gtk_window_destroy (window);
  g_object_unref (window);
  return status;
}
