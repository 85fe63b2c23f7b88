/* test-node-editor.c — the Plan view's editor of one node: typing, units
 * through the completing entry, timelines, budget, findings, and undo and
 * redo of each, on the Hà Tĩnh example.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-amount.h"
#include "kh-edit.h"
#include "kh-node-editor-private.h"
#include "kh-numbering.h"
#include "kh-unit-match.h"
#include "kh-validation.h"

#include <adwaita.h>
#include <string.h>

static KhApplication *app;
static GtkWindow *window;
static KhNodeEditor *editor;
static KhDocument *document;

/* The history's clock: typing joins one step while it stands still. */
static gint64 now;

static gint64
test_clock (gpointer user_data)
{
  return now;
}

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

/* Loads the example afresh. */
static KhPlan *
load_example_plan (void)
{
  kh_node_editor_set_document (editor, NULL);
  g_clear_object (&document);
  document = kh_ui_test_open_example ("ha-tinh-2018.kehoach");
  kh_history_set_clock (history (), test_clock, NULL);
  kh_node_editor_set_document (editor, document);
  return plan ();
}

/* Shows @node, whose number must be @label. */
static KhNode *
show_node (const char *label,
                 KhNode     *node)
{
  g_autofree char *shown = kh_numbering_label (plan (), node);

  g_assert_cmpstr (shown, ==, label);
  kh_node_editor_set_node (editor, node);
  kh_ui_test_wait_for_frame (window);
  return node;
}

/* Task 1.2 of a fresh example (II.1.2 in its decimal numbering): one
 * lead, one cooperating unit, "Quý I/2018". */
static KhNode *
open_task_1_2 (void)
{
  return show_node ("1.2.", kh_ui_test_node_at (load_example_plan (), 1, 0, 1, -1));
}

static const char *
text_of (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
type_text (gpointer    editable,
           const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = (int) strlen (text_of (editable));

      gtk_editable_insert_text (GTK_EDITABLE (editable), p,
                                (int) (g_utf8_next_char (p) - p), &position);
    }
}

/* Enter in a unit entry, as its text would send it. */
static void
press_enter (KhUnitEntry *entry)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
}

static gboolean
has_unit (GPtrArray *list, const char *id)
{
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (list, i);

      if (g_str_equal (kh_unit_get_id (assignment->unit), id))
        return TRUE;
    }
  return FALSE;
}

static KhUnit *
candidate (KhUnitEntry *entry, guint position)
{
  g_autoptr(GObject) item = g_list_model_get_item (kh_unit_entry_get_candidates (entry), position);

  return KH_IS_UNIT (item) ? KH_UNIT (item) : NULL;
}

/* The lead rows shown, their titles joined by "|". */
static char *
shown_leads (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < editor->lead_rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (editor->lead_rows, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                              adw_preferences_row_get_title (row));
    }
  return g_string_free (out, FALSE);
}

/* The model's leads, as shown_leads writes them. */
static char *
model_leads (KhNode *node)
{
  GPtrArray *leads = kh_node_get_leads (node);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < leads->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (leads, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", kh_unit_get_name (assignment->unit));
    }
  return g_string_free (out, FALSE);
}

static void
assert_leads_shown (KhNode *node)
{
  g_autofree char *shown = shown_leads ();
  g_autofree char *model = model_leads (node);

  g_assert_cmpstr (shown, ==, model);
}

/* Every cooperating unit has its chip, and no other chip is there. */
static void
assert_cooperating_shown (KhNode *node)
{
  GPtrArray *cooperating = kh_node_get_cooperating (node);
  guint n_chips = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (editor->cooperating_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n_chips++;
  g_assert_cmpuint (n_chips, ==, cooperating->len);
  for (guint i = 0; i < cooperating->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (cooperating, i);

      g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (editor->cooperating_box),
                                               kh_unit_get_name (assignment->unit)));
    }
  g_assert_true (gtk_widget_get_visible (editor->cooperating_row) == (cooperating->len > 0));
}

/* The first widget under @root (depth first) that @test accepts. */
static GtkWidget *
find_descendant (GtkWidget     *root,
                 gboolean     (*test) (GtkWidget *widget, const char *key),
                 const char    *key)
{
  if (test (root, key))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, test, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_icon_button (GtkWidget *widget, const char *icon_name)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
}

/* Titles are the English ones. */
static gboolean
is_row_titled (GtkWidget *widget, const char *title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

#define find_icon_button(root, icon_name) find_descendant ((root), is_icon_button, (icon_name))
#define find_row(root, title) find_descendant ((root), is_row_titled, (title))

static AdwComboRow *
timeline_combo (const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (editor->timeline_editor), title);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

/* The kind row lists "None" first. */
static KhTimelineKind
shown_kind (void)
{
  guint selected = adw_combo_row_get_selected (timeline_combo ("Kind"));

  g_assert_cmpuint (selected, >, 0);
  return (KhTimelineKind) (selected - 1);
}

static void
select_kind (KhTimelineKind kind)
{
  adw_combo_row_set_selected (timeline_combo ("Kind"), (guint) kind + 1);
}

/* The phrase shown as printed is the model's, rendered. */
static void
assert_printed (KhNode *node, const char *expected)
{
  const KhTimeline *t = kh_node_get_timeline (node);
  g_autofree char *rendered = t != NULL ? kh_timeline_render (t, kh_plan_get_language (plan ()))
                                        : g_strdup ("");

  g_assert_cmpstr (rendered, ==, expected);
  g_assert_cmpstr (kh_timeline_editor_get_printed (editor->timeline_editor), ==, expected);
  if (*expected != '\0')
    g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (editor->timeline_editor), expected));
}

/* Scrolls the editor's page so that @widget is at its top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = kh_ui_test_find_widget (GTK_WIDGET (editor->page), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  kh_ui_test_wait_for_frame (window);
  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 24);
}

/* Tests */

static void
test_empty_state (void)
{
  GtkWidget *status;

  open_task_1_2 ();
  kh_node_editor_set_node (editor, NULL);
  kh_ui_test_wait_for_frame (window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor->stack), ==, "empty");
  status = gtk_stack_get_visible_child (editor->stack);
  g_assert_true (ADW_IS_STATUS_PAGE (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "Select a section or task");
}

static void
test_shows_node (void)
{
  KhNode *node = open_task_1_2 ();
  g_autofree char *shot = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor->stack), ==, "node");
  g_assert_cmpstr (text_of (editor->title_row), ==, kh_node_get_title (node));
  g_assert_cmpstr (text_of (editor->cooperate_note_row), ==, "các cơ quan, đơn vị liên quan");
  g_assert_cmpstr (adw_preferences_group_get_title (editor->general_group), ==, "Item 1.2.");
  g_assert_cmpuint (adw_combo_row_get_selected (editor->kind_row), ==, KH_NODE_ITEM);
  g_assert_true (gtk_switch_get_active (editor->appendix_switch) == kh_node_get_in_appendix (node));
  assert_leads_shown (node);
  assert_cooperating_shown (node);
  g_assert_cmpstr (kh_timeline_editor_get_printed (editor->timeline_editor), ==, "Quý I/2018");
  g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (editor), "Quý I/2018"));
  /* A task with its lead has nothing to warn about. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->findings_group)));

  shot = kh_ui_test_screenshot (window, "node-editor");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

static void
test_several_leads_with_scopes (void)
{
  KhNode *node = show_node ("5.1.", kh_ui_test_node_at (load_example_plan (), 1, 4, 0, -1));
  GPtrArray *leads = kh_node_get_leads (node);
  g_autofree char *shot = NULL;

  g_assert_cmpuint (leads->len, ==, 2);
  assert_leads_shown (node);
  for (guint i = 0; i < leads->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (leads, i);

      g_assert_cmpstr (assignment->scope, !=, "");
      g_assert_cmpstr (text_of (g_ptr_array_index (editor->lead_rows, i)), ==, assignment->scope);
    }

  scroll_to (GTK_WIDGET (editor->leads_group));
  shot = kh_ui_test_screenshot (window, "node-editor-leads");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

static void
test_title_typing_is_one_undo_step (void)
{
  KhNode *node = open_task_1_2 ();
  g_autofree char *original = g_strdup (kh_node_get_title (node));
  g_autofree char *typed = g_strconcat (original, " (sửa đổi năm 2018)", NULL);

  type_text (editor->title_row, " (sửa đổi năm 2018)");
  g_assert_cmpstr (kh_node_get_title (node), ==, typed);
  g_assert_cmpstr (kh_history_get_undo_label (history ()), ==, "Undo Typing");

  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (kh_node_get_title (node), ==, original);
  g_assert_cmpstr (text_of (editor->title_row), ==, original);
  g_assert_false (kh_history_get_can_undo (history ()));

  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (kh_node_get_title (node), ==, typed);
  g_assert_cmpstr (text_of (editor->title_row), ==, typed);
}

static void
test_body_and_fields (void)
{
  KhNode *node = open_task_1_2 ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor->body_view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Dòng một.\nDòng hai.", -1);
  g_assert_cmpstr (kh_node_get_body (node), ==, "Dòng một.\nDòng hai.");

  now += KH_HISTORY_TYPING_INTERVAL * 2;
  type_text (editor->participants_row, "Lãnh đạo các sở");
  g_assert_cmpstr (kh_node_get_participants (node), ==, "Lãnh đạo các sở");

  /* Kind and appendix, each one step. */
  adw_combo_row_set_selected (editor->kind_row, KH_NODE_SECTION);
  g_assert_cmpint (kh_node_get_kind (node), ==, KH_NODE_SECTION);
  g_assert_cmpstr (adw_preferences_group_get_title (editor->general_group), ==, "Section 1.2.");
  gtk_switch_set_active (editor->appendix_switch, !kh_node_get_in_appendix (node));
  g_assert_true (gtk_switch_get_active (editor->appendix_switch) == kh_node_get_in_appendix (node));

  g_assert_true (kh_history_undo (history ()));
  g_assert_true (gtk_switch_get_active (editor->appendix_switch) == kh_node_get_in_appendix (node));
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_node_get_kind (node), ==, KH_NODE_ITEM);
  g_assert_cmpuint (adw_combo_row_get_selected (editor->kind_row), ==, KH_NODE_ITEM);
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (text_of (editor->participants_row), ==, "");
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (kh_node_get_body (node), ==, "");
  {
    GtkTextIter start;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (kh_node_get_body (node), ==, "Dòng một.\nDòng hai.");
}

static void
test_assign_lead_and_cooperating (void)
{
  KhNode *node = open_task_1_2 ();
  KhUnit *second;
  guint n_candidates;

  /* Sở Ngoại vụ cooperates; typed without diacritics it becomes a lead. */
  g_assert_true (has_unit (kh_node_get_cooperating (node), "u-sngv"));
  gtk_widget_grab_focus (GTK_WIDGET (editor->lead_entry));
  gtk_editable_set_text (GTK_EDITABLE (editor->lead_entry), "so ngoai vu");
  g_assert_nonnull (candidate (editor->lead_entry, 0));
  g_assert_cmpstr (kh_unit_get_id (candidate (editor->lead_entry, 0)), ==, "u-sngv");
  g_assert_cmpuint (kh_unit_entry_get_selected (editor->lead_entry), ==, 0);
  press_enter (editor->lead_entry);

  g_assert_true (has_unit (kh_node_get_leads (node), "u-sngv"));
  g_assert_false (has_unit (kh_node_get_cooperating (node), "u-sngv"));
  g_assert_cmpstr (text_of (editor->lead_entry), ==, "");
  assert_leads_shown (node);
  assert_cooperating_shown (node);

  /* Công an tỉnh cooperates. */
  gtk_widget_grab_focus (GTK_WIDGET (editor->cooperate_entry));
  gtk_editable_set_text (GTK_EDITABLE (editor->cooperate_entry), "cong an");
  g_assert_cmpstr (kh_unit_get_id (candidate (editor->cooperate_entry, 0)), ==, "u-ca");
  press_enter (editor->cooperate_entry);
  g_assert_true (has_unit (kh_node_get_cooperating (node), "u-ca"));
  assert_cooperating_shown (node);

  /* Down picks the second candidate. */
  scroll_to (GTK_WIDGET (editor->cooperating_group));
  kh_ui_test_wait_for_frame (window);
  gtk_widget_grab_focus (GTK_WIDGET (editor->cooperate_entry));
  gtk_editable_set_text (GTK_EDITABLE (editor->cooperate_entry), "bao");
  /* The list shows below the entry the user types in. */
  kh_ui_test_wait_for_frame (window);
  g_assert_true (gtk_widget_get_visible (kh_ui_test_find_widget (GTK_WIDGET (editor->cooperate_entry),
                                                                 GTK_TYPE_POPOVER)));
  n_candidates = g_list_model_get_n_items (kh_unit_entry_get_candidates (editor->cooperate_entry));
  g_assert_cmpuint (n_candidates, >=, 2);
  second = candidate (editor->cooperate_entry, 1);
  g_assert_nonnull (second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor->cooperate_entry),
                                             "unit-entry.select-next", NULL));
  g_assert_cmpuint (kh_unit_entry_get_selected (editor->cooperate_entry), ==, 1);
  press_enter (editor->cooperate_entry);
  g_assert_cmpint (kh_node_get_role (node, second), !=, KH_ROLE_NONE);
  g_assert_false (gtk_widget_get_visible (kh_ui_test_find_widget (GTK_WIDGET (editor->cooperate_entry),
                                                                  GTK_TYPE_POPOVER)));
  g_assert_cmpstr (text_of (editor->cooperate_entry), ==, "");
  assert_cooperating_shown (node);

  /* Undo and redo each, the editor following. */
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_node_get_role (node, second), ==, KH_ROLE_NONE);
  assert_cooperating_shown (node);
  g_assert_true (kh_history_undo (history ()));
  g_assert_false (has_unit (kh_node_get_cooperating (node), "u-ca"));
  assert_cooperating_shown (node);
  g_assert_true (kh_history_undo (history ()));
  g_assert_false (has_unit (kh_node_get_leads (node), "u-sngv"));
  g_assert_true (has_unit (kh_node_get_cooperating (node), "u-sngv"));
  assert_leads_shown (node);
  assert_cooperating_shown (node);
  g_assert_false (kh_history_get_can_undo (history ()));

  g_assert_true (kh_history_redo (history ()));
  g_assert_true (kh_history_redo (history ()));
  g_assert_true (kh_history_redo (history ()));
  g_assert_true (has_unit (kh_node_get_leads (node), "u-sngv"));
  g_assert_true (has_unit (kh_node_get_cooperating (node), "u-ca"));
  assert_leads_shown (node);
  assert_cooperating_shown (node);
}

static void
test_scope_and_remove (void)
{
  KhNode *node = open_task_1_2 ();
  AdwEntryRow *row;
  GtkWidget *remove;
  KhAssignment *lead;

  g_assert_cmpuint (editor->lead_rows->len, ==, 1);
  row = g_ptr_array_index (editor->lead_rows, 0);

  /* A scope applies on Enter, as one step. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Chủ trì soạn thảo");
  lead = g_ptr_array_index (kh_node_get_leads (node), 0);
  g_assert_cmpstr (lead->scope, ==, "");
  g_signal_emit_by_name (row, "apply");
  lead = g_ptr_array_index (kh_node_get_leads (node), 0);
  g_assert_cmpstr (lead->scope, ==, "Chủ trì soạn thảo");
  /* The same row still shows it: a scope being typed keeps its row. */
  g_assert_true (g_ptr_array_index (editor->lead_rows, 0) == row);

  /* Without a lead the task gets a finding, shown in place. */
  remove = find_icon_button (GTK_WIDGET (row), "user-trash-symbolic");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (kh_node_get_leads (node)->len, ==, 0);
  g_assert_cmpuint (editor->lead_rows->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->findings_group)));
  {
    g_autoptr(GPtrArray) findings = kh_validate_node (plan (), node);

    g_assert_cmpuint (findings->len, >, 0);
    g_assert_nonnull (kh_ui_test_find_label (GTK_WIDGET (editor->findings_list),
                                             kh_finding_get_message (g_ptr_array_index (findings, 0))));
  }
  scroll_to (GTK_WIDGET (editor->findings_group));
  g_free (kh_ui_test_screenshot (window, "node-editor-findings"));

  g_assert_true (kh_history_undo (history ()));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->findings_group)));
  assert_leads_shown (node);
  g_assert_true (kh_history_undo (history ()));
  row = g_ptr_array_index (editor->lead_rows, 0);
  g_assert_cmpstr (text_of (row), ==, "");

  /* Removing a cooperating unit through its chip. */
  remove = find_icon_button (GTK_WIDGET (editor->cooperating_box), "window-close-symbolic");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  assert_cooperating_shown (node);
  g_assert_true (kh_history_undo (history ()));
  assert_cooperating_shown (node);
}

static void
test_create_unit (void)
{
  KhNode *node = open_task_1_2 ();
  GListModel *units = kh_plan_get_units (plan ());
  guint n_units = g_list_model_get_n_items (units);
  const char *name = "Hội Cựu chiến binh tỉnh";
  GListModel *candidates;
  guint n;
  g_autoptr(GObject) last = NULL;
  KhUnit *created;

  g_assert_null (kh_unit_match (units, name));
  gtk_editable_set_text (GTK_EDITABLE (editor->cooperate_entry), name);
  candidates = kh_unit_entry_get_candidates (editor->cooperate_entry);
  n = g_list_model_get_n_items (candidates);
  g_assert_cmpuint (n, >=, 1);
  last = g_list_model_get_item (candidates, n - 1);
  g_assert_true (GTK_IS_STRING_OBJECT (last));
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (last)), ==, name);

  /* Up from the first item wraps to "Create unit". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor->cooperate_entry),
                                             "unit-entry.select-previous", NULL));
  g_assert_cmpuint (kh_unit_entry_get_selected (editor->cooperate_entry), ==, n - 1);
  press_enter (editor->cooperate_entry);

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units + 1);
  created = g_list_model_get_item (units, n_units);
  g_object_unref (created);  /* the plan keeps it */
  g_assert_cmpstr (kh_unit_get_name (created), ==, name);
  g_assert_cmpint (kh_node_get_role (node, created), ==, KH_ROLE_COOPERATE);
  assert_cooperating_shown (node);

  /* One step takes both back. */
  g_assert_cmpstr (kh_history_get_undo_label (history ()), ==, "Undo Add Unit");
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units);
  assert_cooperating_shown (node);
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units + 1);
  assert_cooperating_shown (node);

  /* A typed name that a unit has offers no creation. */
  gtk_widget_grab_focus (GTK_WIDGET (editor->lead_entry));
  gtk_editable_set_text (GTK_EDITABLE (editor->lead_entry), "Cong an tinh");
  candidates = kh_unit_entry_get_candidates (editor->lead_entry);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (candidates, i);

      g_assert_true (KH_IS_UNIT (item));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor->lead_entry),
                                             "unit-entry.dismiss", NULL));
  gtk_widget_grab_focus (GTK_WIDGET (editor->lead_entry));
  gtk_editable_set_text (GTK_EDITABLE (editor->lead_entry), "");
}

static void
test_timeline (void)
{
  KhNode *node = open_task_1_2 ();
  g_autoptr(KhTimeline) original = kh_timeline_copy (kh_node_get_timeline (node));
  const KhTimeline *t;
  GtkWidget *phrase;
  GtkWidget *day_row;
  g_autofree char *shot = NULL;

  g_assert_cmpint (original->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_QUARTER);
  assert_printed (node, "Quý I/2018");

  /* Month, back to quarter, then the third quarter. */
  select_kind (KH_TIMELINE_MONTH);
  t = kh_node_get_timeline (node);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_MONTH);
  g_assert_cmpint (t->year, ==, 2018);
  g_assert_null (kh_timeline_check (t));

  select_kind (KH_TIMELINE_QUARTER);
  t = kh_node_get_timeline (node);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (t->quarter, ==, 1);

  adw_combo_row_set_selected (timeline_combo ("Quarter"), 2);
  t = kh_node_get_timeline (node);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (t->quarter, ==, 3);
  g_assert_cmpint (t->year, ==, 2018);
  assert_printed (node, "Quý III/2018");
  scroll_to (GTK_WIDGET (editor->timeline_editor));
  shot = kh_ui_test_screenshot (window, "node-editor-timeline");

  /* A typed phrase is understood. */
  phrase = find_row (GTK_WIDGET (editor->timeline_editor), "Phrase");
  g_assert_nonnull (phrase);
  gtk_editable_set_text (GTK_EDITABLE (phrase), "truoc ngay 30/6/2018");
  g_signal_emit_by_name (phrase, "apply");
  t = kh_node_get_timeline (node);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_DEADLINE);
  g_assert_cmpint (t->mode, ==, KH_DEADLINE_BEFORE);
  g_assert_cmpint (t->day, ==, 30);
  g_assert_cmpint (t->month, ==, 6);
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_DEADLINE);
  assert_printed (node, "Trước ngày 30/6/2018");

  /* Under "Other (as written)" the words stay as typed. */
  select_kind (KH_TIMELINE_TEXT);
  g_assert_cmpint (kh_node_get_timeline (node)->kind, ==, KH_TIMELINE_TEXT);
  assert_printed (node, "Trước ngày 30/6/2018");
  gtk_editable_set_text (GTK_EDITABLE (phrase), "Quý III/2018 hoặc sớm hơn");
  g_signal_emit_by_name (phrase, "apply");
  t = kh_node_get_timeline (node);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_TEXT);
  assert_printed (node, "Quý III/2018 hoặc sớm hơn");
  g_assert_true (kh_history_undo (history ()));
  g_assert_true (kh_history_undo (history ()));
  assert_printed (node, "Trước ngày 30/6/2018");

  /* A date that does not exist is refused in place. */
  select_kind (KH_TIMELINE_DATE);
  g_assert_cmpint (kh_node_get_timeline (node)->kind, ==, KH_TIMELINE_DATE);
  adw_combo_row_set_selected (timeline_combo ("Month"), 1);
  day_row = find_row (GTK_WIDGET (editor->timeline_editor), "Day");
  g_assert_true (gtk_widget_has_css_class (day_row, "error"));
  g_assert_cmpint (kh_node_get_timeline (node)->month, ==, 6);

  /* None clears it. */
  adw_combo_row_set_selected (timeline_combo ("Kind"), 0);
  g_assert_null (kh_node_get_timeline (node));
  assert_printed (node, "");

  /* Undo walks back through each, the editor following. */
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_DATE);
  g_assert_false (gtk_widget_has_css_class (day_row, "error"));
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_DEADLINE);
  assert_printed (node, "Trước ngày 30/6/2018");
  g_assert_true (kh_history_undo (history ()));
  assert_printed (node, "Quý III/2018");
  g_assert_cmpuint (adw_combo_row_get_selected (timeline_combo ("Quarter")), ==, 2);
  g_assert_true (kh_history_undo (history ()));
  assert_printed (node, "Quý I/2018");
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_MONTH);
  g_assert_true (kh_history_undo (history ()));
  g_assert_true (kh_timeline_equal (kh_node_get_timeline (node), original));
  g_assert_cmpint (shown_kind (), ==, KH_TIMELINE_QUARTER);
  assert_printed (node, "Quý I/2018");
  g_assert_false (kh_history_get_can_undo (history ()));

  g_assert_true (kh_history_redo (history ()));
  g_assert_true (kh_history_redo (history ()));
  g_assert_true (kh_history_redo (history ()));
  assert_printed (node, "Quý III/2018");

  /* In an English plan the same value reads in English. */
  kh_edit_set_language (history (), KH_LANGUAGE_EN);
  assert_printed (node, "Q3 2018");
}

static void
test_budget (void)
{
  KhNode *node = open_task_1_2 ();
  GtkWidget *row = GTK_WIDGET (editor->budget_row);
  gint64 amount = -1;

  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 0);
  g_assert_cmpstr (text_of (row), ==, "");

  /* Refused: marked, explained, not applied, left as typed. */
  gtk_editable_set_text (GTK_EDITABLE (row), "12abc");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (row));
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 0);
  g_assert_cmpstr (text_of (row), ==, "12abc");
  g_assert_false (kh_history_get_can_undo (history ()));

  /* Accepted with the separators people type. */
  gtk_editable_set_text (GTK_EDITABLE (row), "1.500.000");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (row));
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 1500000);
  g_assert_cmpstr (text_of (row), ==, "1.500.000");

  gtk_editable_set_text (GTK_EDITABLE (row), "2 000 000 đ");
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 2000000);
  g_assert_cmpstr (text_of (row), ==, "2.000.000");

  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (text_of (row), ==, "1.500.000");
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 0);
  g_assert_cmpstr (text_of (row), ==, "");
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (text_of (row), ==, "1.500.000");

  /* A value waiting for Enter is applied when another node is shown. */
  gtk_editable_set_text (GTK_EDITABLE (row), "300.000");
  kh_node_editor_set_node (editor, kh_ui_test_node_at (plan (), 1, 0, 0, -1));
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 300000);

  /* The parser on its own. */
  g_assert_true (kh_amount_parse ("1,500,000", &amount));
  g_assert_cmpint (amount, ==, 1500000);
  g_assert_true (kh_amount_parse ("  ", &amount));
  g_assert_cmpint (amount, ==, 0);
  g_assert_true (kh_amount_parse ("25.000 đồng", &amount));
  g_assert_cmpint (amount, ==, 25000);
  g_assert_false (kh_amount_parse ("-5", &amount));
  g_assert_false (kh_amount_parse ("1.5e6", &amount));
  g_assert_false (kh_amount_parse ("99999999999999999999", &amount));
}

static void
test_node_removed (void)
{
  KhNode *node = open_task_1_2 ();

  kh_edit_remove_node (history (), node);
  g_assert_null (kh_node_editor_get_node (editor));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor->stack), ==, "empty");
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *win;
  int status;

  kh_ui_test_init (&argc, &argv);

  app = kh_ui_test_application_new ();
  win = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (win), 640, 800);
  editor = KH_NODE_EDITOR (kh_node_editor_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (win), GTK_WIDGET (editor));
  window = GTK_WINDOW (win);
  gtk_window_present (window);

  g_test_add_func ("/ui/node-editor/empty-state", test_empty_state);
  g_test_add_func ("/ui/node-editor/shows-node", test_shows_node);
  g_test_add_func ("/ui/node-editor/several-leads-with-scopes", test_several_leads_with_scopes);
  g_test_add_func ("/ui/node-editor/title/typing-is-one-undo-step",
                   test_title_typing_is_one_undo_step);
  g_test_add_func ("/ui/node-editor/body-kind-appendix-undo", test_body_and_fields);
  g_test_add_func ("/ui/node-editor/units/assign-lead-and-cooperating",
                   test_assign_lead_and_cooperating);
  g_test_add_func ("/ui/node-editor/units/scope-remove-findings", test_scope_and_remove);
  g_test_add_func ("/ui/node-editor/units/create-unknown", test_create_unit);
  g_test_add_func ("/ui/node-editor/timeline/kinds-and-phrase", test_timeline);
  g_test_add_func ("/ui/node-editor/budget/parse-refuse-undo", test_budget);
  g_test_add_func ("/ui/node-editor/node-removed", test_node_removed);

  status = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&document);
  g_object_unref (app);
  return status;
}
