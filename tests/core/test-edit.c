/* test-edit.c — every edit does, undoes and redoes, and the model's signals
 * tell views what changed each way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-test-plan.h"

/* A fixture with the sample plan, its history and a log of the plan's
 * signals ("structure(n-4) items(n-4:1,0,1) node(n-6,title) units"). */
typedef struct {
  KhPlan *plan;
  KhHistory *history;
  GString *log;
  GPtrArray *watched;  /* of GListModel, whose items-changed we log */
} Fixture;

static const char *
id_or_root (KhNode *node)
{
  return node ? kh_node_get_id (node) : "root";
}

static void
on_structure_changed (KhPlan *plan, KhNode *parent, Fixture *f)
{
  g_string_append_printf (f->log, "structure(%s) ", id_or_root (parent));
}

static void
on_node_changed (KhPlan *plan, KhNode *node, const char *property, Fixture *f)
{
  g_string_append_printf (f->log, "node(%s,%s) ", kh_node_get_id (node), property);
}

static void
on_units_changed (KhPlan *plan, Fixture *f)
{
  g_string_append (f->log, "units ");
}

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Fixture *f)
{
  g_string_append_printf (f->log, "items(%s:%u,%u,%u) ",
                          (const char *) g_object_get_data (G_OBJECT (model), "name"),
                          position, removed, added);
}

/* Logs items-changed of the children of @parent ("root": the roots). */
static void
watch (Fixture *f, const char *parent_id)
{
  KhNode *parent = g_str_equal (parent_id, "root") ? NULL : kh_plan_lookup_node (f->plan, parent_id);
  GListModel *model = kh_plan_get_children (f->plan, parent);

  g_object_set_data_full (G_OBJECT (model), "name", g_strdup (parent_id), g_free);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), f);
  g_ptr_array_add (f->watched, g_object_ref (model));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = kh_test_plan_new ();
  f->history = kh_history_new (f->plan);
  f->log = g_string_new (NULL);
  f->watched = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (f->plan, "structure-changed", G_CALLBACK (on_structure_changed), f);
  g_signal_connect (f->plan, "node-changed", G_CALLBACK (on_node_changed), f);
  g_signal_connect (f->plan, "units-changed", G_CALLBACK (on_units_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < f->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (f->watched, i), f);
  g_ptr_array_unref (f->watched);
  g_signal_handlers_disconnect_by_data (f->plan, f);
  g_clear_object (&f->history);
  g_assert_finalize_object (f->plan);
  g_string_free (f->log, TRUE);
}

static KhNode *
node (Fixture *f, const char *id)
{
  return kh_test_node (f->plan, id);
}

static KhUnit *
unit (Fixture *f, const char *id)
{
  return kh_test_unit (f->plan, id);
}

static void
assert_log (Fixture *f, const char *expected)
{
  g_assert_cmpstr (f->log->str, ==, expected);
  g_string_truncate (f->log, 0);
}

static void
assert_dump (Fixture *f, const char *expected)
{
  g_autofree char *dump = kh_test_plan_dump (f->plan);

  g_assert_cmpstr (dump, ==, expected);
}

/* Undo must give back @before exactly, redo the state before the undo;
 * each way the log must read @undo_log / @redo_log (NULL: not checked). */
static void
assert_undoable (Fixture *f, const char *before, const char *undo_log, const char *redo_log)
{
  g_autofree char *after = kh_test_plan_dump (f->plan);

  g_assert_cmpstr (after, !=, before);
  g_string_truncate (f->log, 0);
  g_assert_true (kh_history_undo (f->history));
  assert_dump (f, before);
  if (undo_log)
    assert_log (f, undo_log);
  g_string_truncate (f->log, 0);
  g_assert_true (kh_history_redo (f->history));
  assert_dump (f, after);
  if (redo_log)
    assert_log (f, redo_log);
  g_string_truncate (f->log, 0);
}

/* The labels of the children of @parent_id, "1.1. 1.2." */
static char *
labels_of (Fixture *f, const char *parent_id)
{
  GListModel *model = kh_plan_get_children (f->plan, parent_id ? node (f, parent_id) : NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (model, i);
      g_string_append_printf (out, "%s%s", out->len ? " " : "", kh_node_get_id (child));
    }
  return g_string_free (out, FALSE);
}

static void
assert_children (Fixture *f, const char *parent_id, const char *ids)
{
  g_autofree char *got = labels_of (f, parent_id);

  g_assert_cmpstr (got, ==, ids);
}

/* Fields */

static void
test_set_text (Fixture *f, gconstpointer data)
{
  g_autofree char *before = kh_test_plan_dump (f->plan);
  const char * const *props = kh_node_text_properties ();

  for (guint i = 0; props[i]; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *expected = g_strdup_printf ("node(n-6,%s) ", props[i]);
      g_autofree char *state = kh_test_plan_dump (f->plan);

      g_assert_true (kh_edit_set_text (f->history, G_OBJECT (node (f, "n-6")), props[i], "Văn bản mới"));
      g_object_get (node (f, "n-6"), props[i], &value, NULL);
      g_assert_cmpstr (value, ==, "Văn bản mới");
      assert_log (f, expected);
      assert_undoable (f, state, expected, expected);
      /* The same value again is no step. */
      g_assert_false (kh_edit_set_text (f->history, G_OBJECT (node (f, "n-6")), props[i], "Văn bản mới"));
    }
  g_assert_false (kh_edit_set_text (f->history, G_OBJECT (node (f, "n-1")), "body", NULL));

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, before);
}

static void
test_set_text_plan_and_unit (Fixture *f, gconstpointer data)
{
  const char * const *props = kh_plan_text_properties ();
  g_autofree char *before = kh_test_plan_dump (f->plan);

  for (guint i = 0; props[i]; i++)
    {
      g_autofree char *state = kh_test_plan_dump (f->plan);

      g_assert_true (kh_edit_set_text (f->history, G_OBJECT (f->plan), props[i], "x"));
      g_assert_cmpstr (kh_plan_get_string (f->plan, props[i]), ==, "x");
      assert_undoable (f, state, "", "");
    }
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (unit (f, "u-ca")), "short-name", "CA tỉnh"));
  assert_log (f, "units ");
  g_assert_cmpstr (kh_unit_get_short_name (unit (f, "u-ca")), ==, "CA tỉnh");
  {
    g_autofree char *state = kh_test_plan_dump (f->plan);
    g_assert_true (kh_history_undo (f->history));
    g_assert_true (kh_history_redo (f->history));
    assert_dump (f, state);
  }
  while (kh_history_undo (f->history))
    ;
  assert_dump (f, before);
}

static void
test_set_metadata (Fixture *f, gconstpointer data)
{
  static const char * const recipients[] = { "Như trên", "Lưu: VT", NULL };
  static const char * const order[] = { "n-6", NULL };
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;
  g_autofree char *s4 = NULL;

  g_assert_true (kh_edit_set_year (f->history, 2019));
  g_assert_cmpint (kh_plan_get_year (f->plan), ==, 2019);
  assert_undoable (f, s0, NULL, NULL);
  s1 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_language (f->history, KH_LANGUAGE_EN));
  g_assert_cmpint (kh_plan_get_language (f->plan), ==, KH_LANGUAGE_EN);
  assert_undoable (f, s1, NULL, NULL);
  s2 = kh_test_plan_dump (f->plan);

  /* Every label depends on the scheme. */
  g_string_truncate (f->log, 0);
  g_assert_true (kh_edit_set_numbering (f->history, KH_NUMBERING_DECREE30));
  assert_log (f, "structure(root) ");
  assert_undoable (f, s2, "structure(root) ", "structure(root) ");
  s3 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_recipients (f->history, recipients));
  g_assert_cmpstrv (kh_plan_get_recipients (f->plan), recipients);
  assert_undoable (f, s3, NULL, NULL);
  g_assert_true (kh_edit_set_recipients (f->history, NULL));
  g_assert_cmpuint (g_strv_length ((char **) kh_plan_get_recipients (f->plan)), ==, 0);
  g_assert_false (kh_edit_set_recipients (f->history, NULL));
  s4 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_appendix_order (f->history, order));
  g_assert_cmpstrv (kh_plan_get_appendix_order (f->plan), order);
  assert_undoable (f, s4, NULL, NULL);
  g_assert_false (kh_edit_set_appendix_order (f->history, order));

  g_assert_false (kh_edit_set_year (f->history, 2019));
  g_assert_false (kh_edit_set_language (f->history, KH_LANGUAGE_EN));
}

static void
test_set_node_fields (Fixture *f, gconstpointer data)
{
  KhNode *task = node (f, "n-9");
  g_autoptr(KhTimeline) timeline = kh_timeline_parse ("Quý III/2018");
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *s3 = NULL;
  g_autofree char *s4 = NULL;

  g_assert_true (kh_edit_set_node_kind (f->history, task, KH_NODE_SECTION));
  g_assert_cmpint (kh_node_get_kind (task), ==, KH_NODE_SECTION);
  assert_log (f, "node(n-9,kind) ");
  assert_undoable (f, s0, "node(n-9,kind) ", "node(n-9,kind) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Make Section");
  s1 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_budget_amount (f->history, task, 120000000));
  g_assert_cmpint (kh_node_get_budget_amount (task), ==, 120000000);
  assert_undoable (f, s1, "node(n-9,budget-amount) ", "node(n-9,budget-amount) ");
  s2 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_in_appendix (f->history, task, TRUE));
  g_assert_true (kh_node_get_in_appendix (task));
  assert_undoable (f, s2, "node(n-9,in-appendix) ", "node(n-9,in-appendix) ");
  g_assert_false (kh_edit_set_in_appendix (f->history, task, TRUE));
  s3 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_set_timeline (f->history, task, timeline));
  g_assert_true (kh_timeline_equal (kh_node_get_timeline (task), timeline));
  assert_undoable (f, s3, "node(n-9,timeline) ", "node(n-9,timeline) ");
  g_assert_false (kh_edit_set_timeline (f->history, task, timeline));
  g_assert_true (kh_edit_set_timeline (f->history, task, NULL));
  g_assert_null (kh_node_get_timeline (task));
  g_assert_true (kh_history_undo (f->history));
  s4 = kh_test_plan_dump (f->plan);

  row->title = g_strdup ("Hội nghị triển khai");
  row->leads = kh_assignment_list_new ();
  g_ptr_array_add (row->leads, kh_assignment_new (unit (f, "u-snv"), NULL));
  g_assert_true (kh_edit_set_appendix_row (f->history, task, row));
  g_assert_true (kh_appendix_row_equal (kh_node_get_appendix_row (task), row));
  g_assert_cmpstr (kh_node_get_appendix_title (task), ==, "Hội nghị triển khai");
  assert_undoable (f, s4, "node(n-9,appendix-row) ", "node(n-9,appendix-row) ");
  g_assert_false (kh_edit_set_appendix_row (f->history, task, row));

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_outside_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(KhNode) stray = kh_node_new ("n-99", KH_NODE_ITEM, "Ngoài kế hoạch");
  g_autoptr(KhPlan) other = kh_plan_new ();

  /* Editing what is not in the history's plan is a programming error. */
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*target_in_plan*");
  g_assert_false (kh_edit_set_text (f->history, G_OBJECT (stray), "title", "x"));
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*target_in_plan*");
  g_assert_false (kh_edit_set_text (f->history, G_OBJECT (other), "title", "x"));
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*node_in_plan*");
  g_assert_false (kh_edit_move_up (f->history, stray));
  g_test_assert_expected_messages ();
  g_assert_false (kh_history_get_can_undo (f->history));
}

static void
edit_from_handler (KhPlan *plan, KhNode *node, const char *property, Fixture *f)
{
  kh_edit_set_text (f->history, G_OBJECT (plan), "place", "x");
}

static void
test_edit_during_edit (Fixture *f, gconstpointer data)
{
  g_signal_connect (f->plan, "node-changed", G_CALLBACK (edit_from_handler), f);
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*should not be reached*");
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (node (f, "n-2")), "title", "x"));
  g_test_assert_expected_messages ();
  g_signal_handlers_disconnect_by_func (f->plan, edit_from_handler, f);
  /* Only the outer edit was recorded. */
  g_assert_true (kh_history_undo (f->history));
  g_assert_false (kh_history_undo (f->history));
}

/* Assignments */

static char *
roles (KhNode *task)
{
  g_autofree char *leads = kh_assignment_list_format (kh_node_get_leads (task), NULL, "; ");
  g_autofree char *coop = kh_assignment_list_format (kh_node_get_cooperating (task), NULL, "; ");

  return g_strdup_printf ("%s / %s", leads, coop);
}

static void
assert_roles (KhNode *task, const char *expected)
{
  g_autofree char *got = roles (task);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_assign (Fixture *f, gconstpointer data)
{
  KhNode *task = node (f, "n-9");   /* lead Sở TT&TT; cooperating NV, CA, VH */
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  assert_roles (task, "Sở Thông tin và Truyền thông / Sở Ngoại vụ; Công an tỉnh; "
                      "Sở Văn hóa, Thể thao và Du lịch");

  /* A cooperating unit made lead leaves the cooperating units. */
  g_assert_true (kh_edit_assign (f->history, task, unit (f, "u-ca"), KH_ROLE_LEAD, "bảo đảm an ninh"));
  assert_roles (task, "Sở Thông tin và Truyền thông; Công an tỉnh: bảo đảm an ninh / "
                      "Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch");
  assert_log (f, "node(n-9,assignments) node(n-9,assignments) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Assign Unit");
  assert_undoable (f, s0, NULL, NULL);
  g_assert_cmpint (kh_node_get_role (task, unit (f, "u-ca")), ==, KH_ROLE_LEAD);

  /* A lead again: keeps its place, takes the new scope. */
  g_assert_true (kh_edit_assign (f->history, task, unit (f, "u-stttt"), KH_ROLE_LEAD, "chủ trì chung"));
  assert_roles (task, "Sở Thông tin và Truyền thông: chủ trì chung; Công an tỉnh: bảo đảm an ninh / "
                      "Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch");
  g_assert_false (kh_edit_assign (f->history, task, unit (f, "u-stttt"), KH_ROLE_LEAD, "chủ trì chung"));

  /* A lead made cooperating leaves the leads; no scope comes along. */
  g_assert_true (kh_edit_assign (f->history, task, unit (f, "u-stttt"), KH_ROLE_COOPERATE, "x"));
  assert_roles (task, "Công an tỉnh: bảo đảm an ninh / "
                      "Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông");
  g_assert_false (kh_edit_assign (f->history, task, unit (f, "u-snv"), KH_ROLE_COOPERATE, NULL));

  /* A new unit. */
  g_assert_true (kh_edit_assign (f->history, task, unit (f, "u-bht"), KH_ROLE_COOPERATE, NULL));
  g_assert_cmpint (kh_node_get_role (task, unit (f, "u-bht")), ==, KH_ROLE_COOPERATE);

  /* No unit both leads and cooperates, whatever the order of edits. */
  for (guint i = 0; i < 6; i++)
    {
      KhUnit *u = unit (f, i % 2 ? "u-snv" : "u-bht");
      GPtrArray *leads, *coop;

      kh_edit_assign (f->history, task, u, i % 3 ? KH_ROLE_LEAD : KH_ROLE_COOPERATE, NULL);
      leads = kh_node_get_leads (task);
      coop = kh_node_get_cooperating (task);
      for (guint k = 0; k < leads->len; k++)
        g_assert_cmpint (kh_assignment_list_find (coop, ((KhAssignment *) g_ptr_array_index (leads, k))->unit), <, 0);
    }

  /* KH_ROLE_NONE unassigns. */
  g_assert_true (kh_edit_assign (f->history, task, unit (f, "u-bht"), KH_ROLE_NONE, NULL));
  g_assert_cmpint (kh_node_get_role (task, unit (f, "u-bht")), ==, KH_ROLE_NONE);

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_unassign (Fixture *f, gconstpointer data)
{
  KhNode *task = node (f, "n-9");
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  g_assert_true (kh_edit_unassign (f->history, task, unit (f, "u-ca")));
  assert_roles (task, "Sở Thông tin và Truyền thông / Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Unassign Unit");
  assert_undoable (f, s0, NULL, NULL);
  g_assert_false (kh_edit_unassign (f->history, task, unit (f, "u-bht")));
  g_assert_true (kh_edit_unassign (f->history, task, unit (f, "u-stttt")));
  assert_roles (task, " / Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch");
}

static void
test_set_lists (Fixture *f, gconstpointer data)
{
  KhNode *task = node (f, "n-6");
  g_autoptr(GPtrArray) leads = kh_assignment_list_new ();
  g_autoptr(GPtrArray) coop = kh_assignment_list_new ();
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  g_autofree char *s1 = NULL;

  g_ptr_array_add (leads, kh_assignment_new (unit (f, "u-snv"), "tổng hợp"));
  g_ptr_array_add (leads, kh_assignment_new (unit (f, "u-ca"), NULL));
  g_assert_true (kh_edit_set_leads (f->history, task, leads));
  g_assert_true (kh_assignment_list_equal (kh_node_get_leads (task), leads));
  assert_log (f, "node(n-6,assignments) ");
  assert_undoable (f, s0, "node(n-6,assignments) ", "node(n-6,assignments) ");
  g_assert_false (kh_edit_set_leads (f->history, task, leads));
  s1 = kh_test_plan_dump (f->plan);

  g_ptr_array_add (coop, kh_assignment_new (unit (f, "u-dpth"), NULL));
  g_assert_true (kh_edit_set_cooperating (f->history, task, coop));
  g_assert_true (kh_assignment_list_equal (kh_node_get_cooperating (task), coop));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Change Cooperating Units");
  assert_undoable (f, s1, NULL, NULL);
}

/* The tree */

static void
test_add_node (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  KhNode *added;
  KhNode *child;

  watch (f, "n-1");
  added = kh_edit_add_node (f->history, node (f, "n-1"), node (f, "n-2"), KH_NODE_ITEM, "Phạm vi");
  g_assert_nonnull (added);
  g_assert_cmpstr (kh_node_get_id (added), ==, "n-16");
  g_assert_true (kh_plan_lookup_node (f->plan, "n-16") == added);
  assert_children (f, "n-1", "n-2 n-16 n-3");
  assert_log (f, "items(n-1:1,0,1) structure(n-1) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Add Item");
  assert_undoable (f, s0, "items(n-1:1,1,0) structure(n-1) ", "items(n-1:1,0,1) structure(n-1) ");
  g_assert_true (kh_plan_lookup_node (f->plan, "n-16") == added);

  /* As the last child, then as a root. */
  child = kh_edit_add_node (f->history, added, NULL, KH_NODE_ITEM, NULL);
  g_assert_true (kh_node_get_parent (child) == added);
  g_assert_cmpstr (kh_node_get_title (child), ==, "");
  assert_log (f, "structure(n-16) ");
  watch (f, "root");
  added = kh_edit_add_node (f->history, NULL, NULL, KH_NODE_SECTION, "KINH PHÍ");
  assert_children (f, NULL, "n-1 n-4 n-11 n-18");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Add Section");
  assert_log (f, "items(root:3,0,1) structure(root) ");

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_insert_node (Fixture *f, gconstpointer data)
{
  g_autoptr(KhPlan) scratch = kh_plan_new ();
  g_autoptr(KhNode) subtree = kh_node_new ("x-1", KH_NODE_SECTION, "Phần mới");
  g_autoptr(KhNode) child = kh_node_new ("x-2", KH_NODE_ITEM, "Mục con");
  g_autoptr(KhNode) clash = kh_node_new ("n-3", KH_NODE_ITEM, "Trùng");
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  /* A subtree built elsewhere, as import builds one. */
  g_assert_true (kh_plan_insert_node (scratch, NULL, 0, subtree));
  g_assert_true (kh_plan_insert_node (scratch, subtree, 0, child));
  kh_plan_remove_node (scratch, subtree);

  g_assert_true (kh_edit_insert_node (f->history, NULL, 1, subtree));
  assert_children (f, NULL, "n-1 x-1 n-4 n-11");
  g_assert_true (kh_plan_lookup_node (f->plan, "x-2") == child);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Insert");
  assert_undoable (f, s0, NULL, NULL);

  /* An id already in the plan: refused, nothing recorded. */
  g_assert_false (kh_edit_insert_node (f->history, NULL, 0, clash));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Insert");
}

static void
test_remove_node (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  KhNode *item = node (f, "n-8");

  watch (f, "n-4");
  kh_edit_remove_node (f->history, item);
  assert_children (f, "n-4", "n-5");
  g_assert_null (kh_plan_lookup_node (f->plan, "n-8"));
  g_assert_null (kh_plan_lookup_node (f->plan, "n-10"));
  assert_log (f, "items(n-4:1,1,0) structure(n-4) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Delete");

  /* Back at the same place, with the same objects and ids. */
  g_assert_true (kh_history_undo (f->history));
  assert_log (f, "items(n-4:1,0,1) structure(n-4) ");
  assert_dump (f, s0);
  g_assert_true (kh_plan_lookup_node (f->plan, "n-8") == item);
  g_assert_nonnull (kh_plan_lookup_node (f->plan, "n-10"));
  g_assert_true (kh_history_redo (f->history));
  assert_log (f, "items(n-4:1,1,0) structure(n-4) ");

  /* Fresh ids never reuse a removed node's. */
  {
    KhNode *added = kh_edit_add_node (f->history, NULL, NULL, KH_NODE_ITEM, "x");
    g_assert_cmpstr (kh_node_get_id (added), ==, "n-16");
  }
}

static void
test_move_node (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  watch (f, "n-5");
  watch (f, "n-8");
  g_assert_true (kh_edit_move_node (f->history, node (f, "n-6"), node (f, "n-8"), 1));
  assert_children (f, "n-5", "n-7");
  assert_children (f, "n-8", "n-9 n-6 n-10");
  assert_log (f, "items(n-5:0,1,0) structure(n-5) items(n-8:1,0,1) structure(n-8) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Move");
  assert_undoable (f, s0,
                   "items(n-8:1,1,0) structure(n-8) items(n-5:0,0,1) structure(n-5) ",
                   "items(n-5:0,1,0) structure(n-5) items(n-8:1,0,1) structure(n-8) ");
  g_assert_true (kh_node_get_parent (node (f, "n-6")) == node (f, "n-8"));

  /* Within one parent the position counts without the node. */
  g_assert_true (kh_edit_move_node (f->history, node (f, "n-9"), node (f, "n-8"), 2));
  assert_children (f, "n-8", "n-6 n-10 n-9");
  g_assert_true (kh_edit_move_node (f->history, node (f, "n-9"), node (f, "n-8"), 0));
  assert_children (f, "n-8", "n-9 n-6 n-10");
  g_assert_false (kh_edit_move_node (f->history, node (f, "n-9"), node (f, "n-8"), 0));
  /* A position past the end is the end. */
  g_assert_true (kh_edit_move_node (f->history, node (f, "n-9"), node (f, "n-8"), 99));
  assert_children (f, "n-8", "n-6 n-10 n-9");

  /* Never into itself or below itself. */
  g_assert_false (kh_edit_move_node (f->history, node (f, "n-4"), node (f, "n-4"), 0));
  g_assert_false (kh_edit_move_node (f->history, node (f, "n-4"), node (f, "n-8"), 0));

  /* A whole section to the end of the roots, with its subtree. */
  g_assert_true (kh_edit_move_node (f->history, node (f, "n-4"), NULL, 99));
  assert_children (f, NULL, "n-1 n-11 n-4");
  g_assert_cmpuint (kh_node_get_depth (node (f, "n-10")), ==, 3);

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_move_up_down (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  g_assert_false (kh_edit_move_up (f->history, node (f, "n-1")));
  g_assert_false (kh_edit_move_down (f->history, node (f, "n-11")));
  g_assert_false (kh_edit_move_up (f->history, node (f, "n-6")));
  g_assert_false (kh_edit_move_down (f->history, node (f, "n-7")));
  g_assert_false (kh_history_get_can_undo (f->history));

  watch (f, "root");
  g_assert_true (kh_edit_move_down (f->history, node (f, "n-1")));
  assert_children (f, NULL, "n-4 n-1 n-11");
  assert_log (f, "items(root:0,1,0) structure(root) items(root:1,0,1) structure(root) ");
  g_assert_true (kh_edit_move_down (f->history, node (f, "n-1")));
  assert_children (f, NULL, "n-4 n-11 n-1");
  g_assert_true (kh_edit_move_up (f->history, node (f, "n-11")));
  assert_children (f, NULL, "n-11 n-4 n-1");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Move Up");

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_indent_outdent (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);

  /* A first child has no previous sibling to go under; a root no parent. */
  g_assert_false (kh_edit_indent (f->history, node (f, "n-2")));
  g_assert_false (kh_edit_outdent (f->history, node (f, "n-1")));

  watch (f, "n-4");
  watch (f, "n-5");
  g_assert_true (kh_edit_indent (f->history, node (f, "n-8")));
  assert_children (f, "n-4", "n-5");
  assert_children (f, "n-5", "n-6 n-7 n-8");
  assert_log (f, "items(n-4:1,1,0) structure(n-4) items(n-5:2,0,1) structure(n-5) ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Indent");
  assert_undoable (f, s0, NULL, NULL);

  /* Outdent moves only the node: its following siblings stay. */
  g_assert_true (kh_edit_outdent (f->history, node (f, "n-6")));
  assert_children (f, "n-5", "n-7 n-8");
  assert_children (f, "n-4", "n-5 n-6");
  g_assert_true (kh_edit_outdent (f->history, node (f, "n-7")));
  assert_children (f, "n-4", "n-5 n-7 n-6");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Outdent");
  g_assert_true (kh_edit_outdent (f->history, node (f, "n-4")) == FALSE);
  g_assert_true (kh_edit_outdent (f->history, node (f, "n-5")));
  assert_children (f, NULL, "n-1 n-4 n-5 n-11");

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

/* Units */

static void
test_add_unit (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  g_autoptr(KhUnit) taken = kh_unit_new ("u-ca", "Khác", NULL, NULL);
  g_autoptr(KhUnit) fresh = kh_unit_new ("u-stc", "Sở Tài chính", NULL, NULL);
  KhUnit *added;

  added = kh_edit_add_unit (f->history, "Sở Tư pháp", "", "Sở, ban, ngành");
  g_assert_nonnull (added);
  g_assert_cmpstr (kh_unit_get_id (added), ==, "u-so-tu-phap");
  g_assert_cmpuint (kh_plan_get_unit_position (f->plan, added), ==, 6);
  assert_log (f, "units ");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Add Unit");
  assert_undoable (f, s0, "units ", "units ");

  added = kh_edit_add_unit (f->history, "Sở Tư pháp", NULL, NULL);
  g_assert_cmpstr (kh_unit_get_id (added), ==, "u-so-tu-phap-2");

  g_assert_false (kh_edit_insert_unit (f->history, 0, taken));
  g_assert_true (kh_edit_insert_unit (f->history, 0, fresh));
  g_assert_cmpuint (kh_plan_get_unit_position (f->plan, fresh), ==, 0);

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_rename_unit (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  KhUnit *u = unit (f, "u-svh");

  g_assert_true (kh_edit_rename_unit (f->history, u, "Sở Văn hóa và Thể thao", "Sở VH&TT", NULL));
  g_assert_cmpstr (kh_unit_get_name (u), ==, "Sở Văn hóa và Thể thao");
  g_assert_cmpstr (kh_unit_get_short_name (u), ==, "Sở VH&TT");
  g_assert_cmpstr (kh_unit_get_group (u), ==, "Sở, ban, ngành");
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Rename Unit");
  /* The tasks name the unit object: they read the new name. */
  assert_roles (node (f, "n-9"), "Sở Thông tin và Truyền thông / Sở Ngoại vụ; Công an tỉnh; "
                                 "Sở Văn hóa và Thể thao");
  assert_undoable (f, s0, "units units ", "units units ");
  g_assert_false (kh_edit_rename_unit (f->history, u, "Sở Văn hóa và Thể thao", NULL, NULL));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Rename Unit");
}

static void
test_merge_units (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  KhUnit *snv = unit (f, "u-snv");
  KhUnit *ca = unit (f, "u-ca");
  guint moved;

  /* n-6: lead STTTT, coop SNV.  n-7: lead STTTT, coop SNV, row coop CA.
   * n-9: lead STTTT, coop SNV CA SVH.  n-10: lead SNV (scope), coop BHT DPTH. */
  moved = kh_edit_merge_units (f->history, ca, snv);
  g_assert_cmpuint (moved, ==, 1);
  g_assert_null (kh_plan_lookup_unit (f->plan, "u-ca"));
  /* Already cooperating: no duplicate. */
  assert_roles (node (f, "n-9"), "Sở Thông tin và Truyền thông / Sở Ngoại vụ; "
                                 "Sở Văn hóa, Thể thao và Du lịch");
  /* The appendix row follows. */
  g_assert_true (((KhAssignment *) g_ptr_array_index (kh_node_get_appendix_row (node (f, "n-7"))->cooperating, 0))->unit == snv);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Merge Units");
  assert_undoable (f, s0, NULL, NULL);
  g_assert_true (kh_history_undo (f->history));
  g_assert_true (kh_plan_lookup_unit (f->plan, "u-ca") == ca);

  /* The stronger role wins: SNV cooperates in n-9 and leads in n-10;
   * merged into STTTT (lead in n-6, n-7, n-9), and into BHT. */
  moved = kh_edit_merge_units (f->history, snv, unit (f, "u-bht"));
  g_assert_cmpuint (moved, ==, 4);
  assert_roles (node (f, "n-10"), "Báo Hà Tĩnh: tổng hợp thông tin / Đài Phát thanh - Truyền hình tỉnh");
  assert_roles (node (f, "n-9"), "Sở Thông tin và Truyền thông / Báo Hà Tĩnh; Công an tỉnh; "
                                 "Sở Văn hóa, Thể thao và Du lịch");
  g_assert_true (kh_history_undo (f->history));

  moved = kh_edit_merge_units (f->history, snv, unit (f, "u-stttt"));
  g_assert_cmpuint (moved, ==, 4);
  assert_roles (node (f, "n-6"), "Sở Thông tin và Truyền thông / ");
  assert_roles (node (f, "n-9"), "Sở Thông tin và Truyền thông / Công an tỉnh; "
                                 "Sở Văn hóa, Thể thao và Du lịch");
  assert_roles (node (f, "n-10"), "Sở Thông tin và Truyền thông: tổng hợp thông tin / "
                                  "Báo Hà Tĩnh; Đài Phát thanh - Truyền hình tỉnh");

  /* A unit into itself is nothing. */
  g_assert_cmpuint (kh_edit_merge_units (f->history, ca, ca), ==, 0);

  while (kh_history_undo (f->history))
    ;
  assert_dump (f, s0);
}

static void
test_merge_cooperating_into_lead (Fixture *f, gconstpointer data)
{
  /* n-10 leads SNV, cooperates BHT: merging SNV into BHT makes BHT lead
   * and takes it out of the cooperating units. */
  KhNode *task = node (f, "n-10");
  g_autoptr(GPtrArray) coop = kh_assignment_list_new ();

  g_ptr_array_add (coop, kh_assignment_new (unit (f, "u-snv"), NULL));
  g_ptr_array_add (coop, kh_assignment_new (unit (f, "u-dpth"), NULL));
  kh_edit_set_cooperating (f->history, task, coop);
  kh_edit_set_leads (f->history, task, NULL);
  kh_edit_assign (f->history, task, unit (f, "u-bht"), KH_ROLE_LEAD, NULL);
  assert_roles (task, "Báo Hà Tĩnh / Sở Ngoại vụ; Đài Phát thanh - Truyền hình tỉnh");

  g_assert_cmpuint (kh_edit_merge_units (f->history, unit (f, "u-bht"), unit (f, "u-snv")), ==, 1);
  assert_roles (task, "Sở Ngoại vụ / Đài Phát thanh - Truyền hình tỉnh");
}

static void
test_count_assignments (Fixture *f, gconstpointer data)
{
  g_assert_cmpuint (kh_count_unit_assignments (f->plan, unit (f, "u-stttt")), ==, 3);
  g_assert_cmpuint (kh_count_unit_assignments (f->plan, unit (f, "u-snv")), ==, 4);
  /* n-9, and n-7 through its appendix row only. */
  g_assert_cmpuint (kh_count_unit_assignments (f->plan, unit (f, "u-ca")), ==, 2);
  g_assert_cmpuint (kh_count_unit_assignments (f->plan, unit (f, "u-bht")), ==, 1);
  kh_edit_remove_node (f->history, node (f, "n-8"));
  g_assert_cmpuint (kh_count_unit_assignments (f->plan, unit (f, "u-bht")), ==, 0);
}

static void
test_delete_unit (Fixture *f, gconstpointer data)
{
  g_autofree char *s0 = kh_test_plan_dump (f->plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhUnit) unused = NULL;
  KhUnit *ca = unit (f, "u-ca");

  /* Assigned, not confirmed: nothing happens, the error says how often. */
  g_assert_false (kh_edit_delete_unit (f->history, ca, FALSE, &error));
  g_assert_error (error, KH_EDIT_ERROR, KH_EDIT_ERROR_UNIT_ASSIGNED);
  g_assert_cmpstr (error->message, ==, "“Công an tỉnh” is assigned to 2 tasks.");
  g_assert_false (kh_history_get_can_undo (f->history));
  assert_dump (f, s0);
  g_clear_error (&error);

  kh_edit_unassign (f->history, node (f, "n-9"), ca);
  g_assert_false (kh_edit_delete_unit (f->history, ca, FALSE, &error));
  g_assert_cmpstr (error->message, ==, "“Công an tỉnh” is assigned to 1 task.");
  g_clear_error (&error);
  g_assert_true (kh_history_undo (f->history));

  /* Confirmed: unassigned everywhere and removed, in one step. */
  g_assert_true (kh_edit_delete_unit (f->history, ca, TRUE, &error));
  g_assert_no_error (error);
  g_assert_null (kh_plan_lookup_unit (f->plan, "u-ca"));
  g_assert_cmpint (kh_node_get_role (node (f, "n-9"), ca), ==, KH_ROLE_NONE);
  g_assert_cmpuint (kh_node_get_appendix_row (node (f, "n-7"))->cooperating->len, ==, 0);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Delete Unit");
  assert_undoable (f, s0, NULL, NULL);
  g_assert_true (kh_history_undo (f->history));
  assert_dump (f, s0);

  /* Not assigned: no confirmation needed. */
  unused = g_object_ref (kh_edit_add_unit (f->history, "Sở Tư pháp", NULL, NULL));
  g_assert_true (kh_edit_delete_unit (f->history, unused, FALSE, NULL));
  g_assert_null (kh_plan_lookup_unit (f->plan, kh_unit_get_id (unused)));
}

#define ADD(path, func) \
  g_test_add ("/edit/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("field/text-node", test_set_text);
  ADD ("field/text-plan-unit", test_set_text_plan_and_unit);
  ADD ("field/metadata", test_set_metadata);
  ADD ("field/node", test_set_node_fields);
  ADD ("field/outside-plan", test_outside_plan);
  ADD ("field/edit-during-edit", test_edit_during_edit);
  ADD ("assign/roles", test_assign);
  ADD ("assign/unassign", test_unassign);
  ADD ("assign/set-lists", test_set_lists);
  ADD ("tree/add", test_add_node);
  ADD ("tree/insert", test_insert_node);
  ADD ("tree/remove", test_remove_node);
  ADD ("tree/move", test_move_node);
  ADD ("tree/move-up-down", test_move_up_down);
  ADD ("tree/indent-outdent", test_indent_outdent);
  ADD ("unit/add", test_add_unit);
  ADD ("unit/rename", test_rename_unit);
  ADD ("unit/merge", test_merge_units);
  ADD ("unit/merge-cooperating-into-lead", test_merge_cooperating_into_lead);
  ADD ("unit/count", test_count_assignments);
  ADD ("unit/delete", test_delete_unit);

  return g_test_run ();
}
