/* test-units-view.c — the Units page: add, edit, merge, delete, default
 * lists, search and duplicates, each through the page's actions and
 * dialogs, with undo and redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-test-plan.h"
#include "kh-units-view.h"
#include "kh-unit-dialog.h"
#include "kh-unit-merge-dialog.h"
#include "kh-unit-list-io.h"
#include "kh-unit-match.h"
#include "kh-edit.h"
#include "kh-text.h"

#include <adwaita.h>
#include <string.h>

static KhApplication *app;
static GtkWindow *window;
static GtkWidget *overlay;
static KhUnitsView *view;
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

static guint
n_units (void)
{
  return g_list_model_get_n_items (kh_plan_get_units (plan ()));
}

static void
open_example (void)
{
  kh_ui_test_close_other_windows (window);
  g_clear_object (&document);
  document = kh_ui_test_open_example ("ha-tinh-2018.kehoach");
  kh_units_view_set_document (view, document);
  kh_ui_test_wait_for_frame (window);
}

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (view), action, parameter));
}

static gboolean
enabled (const char *action)
{
  GtkWidget *button = kh_ui_test_find_actionable (GTK_WIDGET (view), action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

/* The entry row of @dialog whose title is @title. */
static GtkEditable *
entry_row (GtkWindow  *dialog,
           const char *title)
{
  GtkWidget *label = kh_ui_test_find_label (GTK_WIDGET (dialog), title);

  g_assert_nonnull (label);
  return GTK_EDITABLE (gtk_widget_get_ancestor (label, ADW_TYPE_ENTRY_ROW));
}

static gboolean
no_dialog (gpointer data)
{
  return kh_ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Clicks the button of @response, labelled @label, as a user would: the
 * dialog answers and closes. */
static void
respond (GtkWindow  *dialog,
         const char *response,
         const char *label)
{
  GtkWidget *button = gtk_widget_get_ancestor (kh_ui_test_find_label (GTK_WIDGET (dialog), label),
                                               GTK_TYPE_BUTTON);

  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (kh_ui_test_wait_until (no_dialog, NULL, 5000));
}

/* The nodes that name @unit anywhere (task lists or appendix row). */
static GPtrArray *
nodes_naming (KhUnit *unit)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan ());
  GPtrArray *naming = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);

      if (kh_assignment_list_find (kh_node_get_leads (node), unit) >= 0
          || kh_assignment_list_find (kh_node_get_cooperating (node), unit) >= 0
          || (row != NULL && ((row->leads && kh_assignment_list_find (row->leads, unit) >= 0)
                              || (row->cooperating
                                  && kh_assignment_list_find (row->cooperating, unit) >= 0))))
        g_ptr_array_add (naming, node);
    }
  return naming;
}

static gboolean
shown (KhUnit *unit)
{
  GListModel *model = kh_units_view_get_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KhUnit) item = g_list_model_get_item (model, i);

      if (item == unit)
        return TRUE;
    }
  return FALSE;
}

static void
test_lists_units_by_group (void)
{
  GListModel *model;
  g_autoptr(GHashTable) groups_done = g_hash_table_new (g_str_hash, g_str_equal);
  const char *previous = NULL;

  open_example ();
  model = kh_units_view_get_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_units ());

  /* Grouped: a group, once left, never comes back. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (model, i);
      const char *group = kh_unit_get_group (unit);

      if (g_strcmp0 (group, previous) != 0)
        {
          g_assert_false (g_hash_table_contains (groups_done, group));
          if (previous != NULL)
            g_hash_table_add (groups_done, (gpointer) previous);
          previous = group;
        }
    }
  /* The first group is the plan's first unit's. */
  {
    g_autoptr(KhUnit) first = g_list_model_get_item (model, 0);
    g_assert_cmpstr (kh_unit_get_group (first), ==, "Sở, ban, ngành");
  }

  /* The counts column shows kh_count_unit_assignments. */
  {
    KhUnit *unit = kh_test_unit (plan (), "u-stttt");
    g_autofree char *count = g_strdup_printf ("%u", kh_count_unit_assignments (plan (), unit));

    g_assert_cmpuint (kh_count_unit_assignments (plan (), unit), >, 1);
    kh_units_view_select_unit (view, unit);
    kh_ui_test_wait_for_frame (window);
    g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), count));
    g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), kh_unit_get_name (unit)));
  }

  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "22 units"));
  g_assert_true (enabled ("units.add"));
  g_assert_true (enabled ("units.delete"));
}

static void
test_add_unit (void)
{
  guint before;
  GtkWindow *dialog;
  KhUnit *unit;

  open_example ();
  before = n_units ();
  activate ("units.add", NULL);
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_DIALOG);
  g_assert_null (kh_unit_dialog_get_unit (KH_UNIT_DIALOG (dialog)));

  /* No name, no unit. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_editable_set_text (entry_row (dialog, "Name"), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));

  gtk_editable_set_text (entry_row (dialog, "Name"), " Sở Giáo dục và Đào tạo ");
  gtk_editable_set_text (entry_row (dialog, "Short Name"), "Sở GD&ĐT");
  gtk_editable_set_text (entry_row (dialog, "Group"), "Sở, ban, ngành");
  respond (dialog, "apply", "Add");

  g_assert_cmpuint (n_units (), ==, before + 1);
  unit = g_list_model_get_item (kh_plan_get_units (plan ()), before);
  g_object_unref (unit);  /* the plan keeps it */
  g_assert_cmpstr (kh_unit_get_name (unit), ==, "Sở Giáo dục và Đào tạo");
  g_assert_cmpstr (kh_unit_get_short_name (unit), ==, "Sở GD&ĐT");
  g_assert_cmpstr (kh_unit_get_group (unit), ==, "Sở, ban, ngành");
  g_assert_true (kh_units_view_get_selected_unit (view) == unit);
  g_assert_true (shown (unit));
  kh_ui_test_wait_for_frame (window);
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "Sở Giáo dục và Đào tạo"));

  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpuint (n_units (), ==, before);
  g_assert_false (shown (unit));
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpuint (n_units (), ==, before + 1);
  g_assert_true (shown (unit));

  /* Cancel adds nothing. */
  activate ("units.add", NULL);
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_DIALOG);
  gtk_editable_set_text (entry_row (dialog, "Name"), "Sở Tư pháp");
  respond (dialog, "cancel", "Cancel");
  g_assert_cmpuint (n_units (), ==, before + 1);
}

static void
test_rename_unit (void)
{
  KhUnit *unit;
  GtkWindow *dialog;
  g_autofree char *dump = NULL;

  open_example ();
  unit = kh_test_unit (plan (), "u-sngv");
  dump = kh_test_plan_dump (plan ());
  kh_units_view_select_unit (view, unit);
  g_assert_true (kh_units_view_get_selected_unit (view) == unit);

  activate ("units.edit", NULL);
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_DIALOG);
  g_assert_true (kh_unit_dialog_get_unit (KH_UNIT_DIALOG (dialog)) == unit);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (dialog, "Name")), ==, "Sở Ngoại vụ");
  g_assert_cmpstr (gtk_editable_get_text (entry_row (dialog, "Short Name")), ==, "Sở NgV");
  gtk_editable_set_text (entry_row (dialog, "Name"), "Sở Ngoại vụ tỉnh Hà Tĩnh");
  gtk_editable_set_text (entry_row (dialog, "Short Name"), "SNgV");
  gtk_editable_set_text (entry_row (dialog, "Group"), "Cơ quan chuyên môn");
  respond (dialog, "apply", "Save");

  g_assert_cmpstr (kh_unit_get_name (unit), ==, "Sở Ngoại vụ tỉnh Hà Tĩnh");
  g_assert_cmpstr (kh_unit_get_short_name (unit), ==, "SNgV");
  g_assert_cmpstr (kh_unit_get_group (unit), ==, "Cơ quan chuyên môn");
  kh_ui_test_wait_for_frame (window);
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "Sở Ngoại vụ tỉnh Hà Tĩnh"));
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "Cơ quan chuyên môn"));
  g_assert_true (kh_units_view_get_selected_unit (view) == unit);

  /* One step takes back all three fields, and the row follows. */
  g_assert_true (kh_history_undo (history ()));
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    g_assert_cmpstr (undone, ==, dump);
  }
  kh_ui_test_wait_for_frame (window);
  g_assert_null (kh_ui_test_find_label (GTK_WIDGET (view), "Sở Ngoại vụ tỉnh Hà Tĩnh"));
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "Sở Ngoại vụ"));
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (kh_unit_get_name (unit), ==, "Sở Ngoại vụ tỉnh Hà Tĩnh");

  /* F2 edits too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "units.edit", NULL));
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_DIALOG);
  respond (dialog, "cancel", "Cancel");
}

static void
test_merge_units (void)
{
  KhUnit *from, *into;
  GtkWindow *dialog;
  g_autoptr(GPtrArray) had_from = NULL;
  g_autoptr(GPtrArray) now_naming = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *count_text = NULL;
  GListModel *candidates;
  guint count;

  open_example ();
  from = kh_test_unit (plan (), "u-stttt");
  into = kh_test_unit (plan (), "u-svhttdl");
  count = kh_count_unit_assignments (plan (), from);
  had_from = nodes_naming (from);
  g_assert_cmpuint (had_from->len, ==, count);
  g_assert_cmpuint (count, >, 1);
  dump = kh_test_plan_dump (plan ());

  kh_units_view_select_unit (view, from);
  activate ("units.merge", NULL);
  dialog = kh_ui_test_wait_for_window (KH_TYPE_UNIT_MERGE_DIALOG);
  g_assert_true (kh_unit_merge_dialog_get_from (KH_UNIT_MERGE_DIALOG (dialog)) == from);

  /* The body says how many tasks move. */
  count_text = g_strdup_printf ("The assignments of %u tasks move from “%s”", count,
                                kh_unit_get_name (from));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            count_text));

  /* Nothing chosen yet: no merge; every other unit is offered. */
  candidates = kh_unit_merge_dialog_get_candidates (KH_UNIT_MERGE_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, n_units () - 1);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"));

  /* Typed without diacritics, the search finds the target and picks it. */
  gtk_editable_set_text (GTK_EDITABLE (kh_ui_test_find_widget (GTK_WIDGET (dialog),
                                                               GTK_TYPE_SEARCH_ENTRY)),
                         "van hoa the thao");
  g_assert_cmpuint (g_list_model_get_n_items (candidates), >=, 1);
  {
    g_autoptr(KhUnit) best = g_list_model_get_item (candidates, 0);
    g_assert_true (best == into);
  }
  g_assert_true (kh_unit_merge_dialog_get_target (KH_UNIT_MERGE_DIALOG (dialog)) == into);
  respond (dialog, "merge", "Merge");

  g_assert_null (kh_plan_lookup_unit (plan (), "u-stttt"));
  g_assert_false (shown (from));
  g_assert_true (kh_units_view_get_selected_unit (view) == into);
  now_naming = nodes_naming (into);
  for (guint i = 0; i < had_from->len; i++)
    g_assert_true (g_ptr_array_find (now_naming, g_ptr_array_index (had_from, i), NULL));
  {
    g_autoptr(GPtrArray) left = nodes_naming (from);
    g_assert_cmpuint (left->len, ==, 0);
  }

  /* One undo step restores the plan exactly. */
  g_assert_true (kh_history_undo (history ()));
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    g_assert_cmpstr (undone, ==, dump);
  }
  g_assert_true (shown (from));
  g_assert_cmpuint (kh_count_unit_assignments (plan (), from), ==, count);
  g_assert_true (kh_history_redo (history ()));
  g_assert_null (kh_plan_lookup_unit (plan (), "u-stttt"));
}

static void
test_delete_assigned_unit (void)
{
  KhUnit *unit;
  GtkWindow *dialog;
  g_autofree char *dump = NULL;
  g_autofree char *count_text = NULL;
  guint count, before;

  open_example ();
  before = n_units ();
  unit = kh_test_unit (plan (), "u-sngv");
  g_object_ref (unit);
  count = kh_count_unit_assignments (plan (), unit);
  g_assert_cmpuint (count, >, 1);
  dump = kh_test_plan_dump (plan ());
  kh_units_view_select_unit (view, unit);

  /* Asked first, with the count; Cancel keeps it. */
  activate ("units.delete", NULL);
  dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  count_text = g_strdup_printf ("is assigned to %u tasks", count);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            count_text));
  respond (dialog, "cancel", "Cancel");
  g_assert_cmpuint (n_units (), ==, before);
  g_assert_cmpuint (kh_count_unit_assignments (plan (), unit), ==, count);

  /* Delete removes it and takes it off every task. */
  activate ("units.delete", NULL);
  dialog = kh_ui_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  respond (dialog, "delete", "Delete");
  g_assert_cmpuint (n_units (), ==, before - 1);
  g_assert_null (kh_plan_lookup_unit (plan (), "u-sngv"));
  g_assert_false (shown (unit));
  {
    g_autoptr(GPtrArray) left = nodes_naming (unit);
    g_assert_cmpuint (left->len, ==, 0);
  }

  g_assert_true (kh_history_undo (history ()));
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    g_assert_cmpstr (undone, ==, dump);
  }
  g_assert_true (shown (unit));
  g_object_unref (unit);

  /* A unit no task names goes at once (it can be undone). */
  unit = kh_edit_add_unit (history (), "Sở Tư pháp", "Sở TP", "Sở, ban, ngành");
  kh_units_view_select_unit (view, unit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "units.delete", NULL));
  g_assert_null (kh_ui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (n_units (), ==, before);
}

static void
test_load_default_list (void)
{
  g_autoptr(GFile) file = kh_unit_list_default_file ("province");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *dump = NULL;
  guint before;

  open_example ();
  list = kh_unit_list_load (file, &error);
  g_assert_no_error (error);
  missing = kh_unit_list_missing (plan (), list);
  g_assert_cmpuint (missing->len, >, 1);
  g_assert_cmpuint (missing->len, <, list->len);
  before = n_units ();
  dump = kh_test_plan_dump (plan ());

  activate ("units.load-default", g_variant_new_string ("province"));
  g_assert_cmpuint (n_units (), ==, before + missing->len);
  toast = g_strdup_printf ("%u units added", missing->len);
  kh_ui_test_wait_for_frame (window);
  g_assert_nonnull (kh_ui_test_find_label (overlay, toast));

  /* No unit twice. */
  for (guint i = 0; i < n_units (); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (kh_plan_get_units (plan ()), i);

      g_assert_true (g_hash_table_add (names, kh_text_fold (kh_unit_get_name (unit))));
    }
  {
    g_autoptr(GPtrArray) twins = kh_unit_duplicates (kh_plan_get_units (plan ()));
    g_assert_cmpuint (twins->len, ==, 0);
  }

  /* Loading again adds nothing. */
  g_assert_cmpint (kh_units_view_load_default_list (view, "province", &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_units (), ==, before + missing->len);

  /* The whole list is one undo step. */
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpuint (n_units (), ==, before);
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    g_assert_cmpstr (undone, ==, dump);
  }
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpuint (n_units (), ==, before + missing->len);
  g_assert_cmpuint (g_list_model_get_n_items (kh_units_view_get_model (view)), ==,
                    before + missing->len);

  /* The commune list reads too. */
  g_assert_cmpint (kh_units_view_load_default_list (view, "commune", &error), >, 0);
  g_assert_no_error (error);
}

static gboolean
model_has (gpointer n)
{
  return g_list_model_get_n_items (kh_units_view_get_model (view)) == GPOINTER_TO_UINT (n);
}

static void
search (const char *text)
{
  GtkWidget *entry = kh_ui_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
}

static void
test_search_ignores_diacritics (void)
{
  GListModel *model;
  KhUnit *unit;

  open_example ();
  model = kh_units_view_get_model (view);
  unit = kh_test_unit (plan (), "u-sngv");

  search ("so ngoai vu");
  g_assert_true (kh_ui_test_wait_until (model_has, GUINT_TO_POINTER (1), 2000));
  {
    g_autoptr(KhUnit) found = g_list_model_get_item (model, 0);
    g_assert_true (found == unit);
  }
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (view), "1 of 22 units"));

  /* Groups and short names match too, in any case. */
  search ("CƠ QUAN BÁO CHÍ");
  g_assert_true (kh_ui_test_wait_until (model_has, GUINT_TO_POINTER (4), 2000));
  search ("Đài PT-TH");
  g_assert_true (kh_ui_test_wait_until (model_has, GUINT_TO_POINTER (1), 2000));

  /* A rename that leaves the search hides the unit; undo brings it back. */
  search ("so ngoai vu");
  g_assert_true (kh_ui_test_wait_until (model_has, GUINT_TO_POINTER (1), 2000));
  kh_edit_rename_unit (history (), unit, "Sở Đối ngoại", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  kh_history_undo (history ());
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Nothing found: a status page says so. */
  search ("khong co don vi nay");
  g_assert_true (kh_ui_test_wait_until (model_has, GUINT_TO_POINTER (0), 2000));
  kh_ui_test_wait_for_frame (window);
  g_assert_true (gtk_widget_is_visible (kh_ui_test_find_label (GTK_WIDGET (view),
                                                               "No Matching Units")));

  /* Selecting a hidden unit clears the search. */
  kh_units_view_select_unit (view, unit);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_units ());
  g_assert_true (kh_units_view_get_selected_unit (view) == unit);
}

static void
test_marks_duplicates (void)
{
  GtkWidget *label;
  KhUnit *twin;

  open_example ();
  g_assert_null (kh_ui_test_find_label (GTK_WIDGET (view), "2 units may be listed twice"));

  twin = kh_edit_add_unit (history (), "So Thong tin va Truyen thong", "", "Sở, ban, ngành");
  kh_units_view_select_unit (view, twin);
  kh_ui_test_wait_for_frame (window);
  label = kh_ui_test_find_label (GTK_WIDGET (view), "2 units may be listed twice");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));

  kh_history_undo (history ());
  kh_ui_test_wait_for_frame (window);
  g_assert_false (gtk_widget_is_visible (label));
}

static void
test_no_document (void)
{
  open_example ();
  kh_units_view_set_document (view, NULL);
  g_assert_false (gtk_widget_is_sensitive (kh_ui_test_find_actionable (GTK_WIDGET (view),
                                                                       "units.add")));
  g_assert_null (kh_units_view_get_selected_unit (view));
  g_assert_cmpuint (g_list_model_get_n_items (kh_units_view_get_model (view)), ==, 0);
  kh_units_view_set_document (view, document);
  g_assert_cmpuint (g_list_model_get_n_items (kh_units_view_get_model (view)), ==, n_units ());
  g_assert_true (enabled ("units.add"));
}

static void
test_screenshot (void)
{
  g_autofree char *shot = NULL;

  open_example ();
  kh_units_view_select_unit (view, kh_test_unit (plan (), "u-sngv"));
  g_assert_true (enabled ("units.add"));
  g_assert_true (enabled ("units.merge"));
  shot = kh_ui_test_screenshot (window, "units-view");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);
  app = kh_ui_test_application_new ();
  view = KH_UNITS_VIEW (kh_units_view_new ());
  window = kh_ui_test_page_window (app, GTK_WIDGET (view), "Hà Tĩnh 2018", "Units", 1000, 700);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_TOAST_OVERLAY);

  g_test_add_func ("/ui/units-view/lists-units-by-group", test_lists_units_by_group);
  g_test_add_func ("/ui/units-view/add", test_add_unit);
  g_test_add_func ("/ui/units-view/rename", test_rename_unit);
  g_test_add_func ("/ui/units-view/merge", test_merge_units);
  g_test_add_func ("/ui/units-view/delete-assigned", test_delete_assigned_unit);
  g_test_add_func ("/ui/units-view/load-default-list", test_load_default_list);
  g_test_add_func ("/ui/units-view/search-ignores-diacritics", test_search_ignores_diacritics);
  g_test_add_func ("/ui/units-view/marks-duplicates", test_marks_duplicates);
  g_test_add_func ("/ui/units-view/no-document", test_no_document);
  g_test_add_func ("/ui/units-view/screenshot", test_screenshot);

  status = g_test_run ();

  kh_ui_test_close_other_windows (window);
  gtk_window_destroy (window);
  g_clear_object (&document);
  g_object_unref (app);
  return status;
}
