/* test-model.c — the plain plan model: metadata, the tree and its ids,
 * units, tasks, the appendix and unknown members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan.h"
#include "kh-test-plan.h"

/* Connected swapped: the count comes first, the signal's arguments are
 * ignored. */
static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_plan_defaults (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  const char * const *props = kh_plan_text_properties ();

  for (guint i = 0; props[i]; i++)
    g_assert_cmpstr (kh_plan_get_string (plan, props[i]), ==, "");
  g_assert_cmpuint (g_strv_length ((char **) props), ==, 12);
  g_assert_cmpint (kh_plan_get_year (plan), ==, 0);
  g_assert_cmpint (kh_plan_get_language (plan), ==, KH_LANGUAGE_VI);
  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECREE30);
  g_assert_nonnull (kh_plan_get_recipients (plan));
  g_assert_null (kh_plan_get_recipients (plan)[0]);
  g_assert_null (kh_plan_get_appendix_order (plan)[0]);
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 0);
  g_assert_true (kh_plan_get_children (plan, NULL) == kh_plan_get_roots (plan));
}

static void
test_plan_metadata (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  static const char * const recipients[] = { "Như trên", "Lưu: VT", NULL };
  guint notified = 0, changed = 0;

  g_signal_connect_swapped (plan, "notify::number", G_CALLBACK (count_signal), &notified);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_signal), &changed);

  kh_plan_set_string (plan, "number", "44/KH-UBND");
  kh_plan_set_string (plan, "number", "44/KH-UBND");
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "44/KH-UBND");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  kh_plan_set_string (plan, "number", NULL);
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "");

  kh_plan_set_string (plan, "title", "Kế hoạch");
  kh_plan_set_string (plan, "date", "2018-02-07");
  kh_plan_set_string (plan, "issuer-short", "UBND tỉnh");
  g_assert_cmpstr (kh_plan_get_title (plan), ==, "Kế hoạch");
  g_assert_cmpstr (kh_plan_get_date (plan), ==, "2018-02-07");
  g_assert_cmpstr (kh_plan_get_issuer_short (plan), ==, "UBND tỉnh");

  kh_plan_set_year (plan, 2018);
  kh_plan_set_language (plan, KH_LANGUAGE_EN);
  kh_plan_set_recipients (plan, recipients);
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  g_assert_cmpint (kh_plan_get_language (plan), ==, KH_LANGUAGE_EN);
  g_assert_cmpstrv (kh_plan_get_recipients (plan), recipients);
  kh_plan_set_recipients (plan, NULL);
  g_assert_null (kh_plan_get_recipients (plan)[0]);
}

static void
on_structure_changed (KhPlan *plan, KhNode *parent, GString *log)
{
  g_string_append_printf (log, "%s ", parent ? kh_node_get_id (parent) : "root");
}

static void
test_tree_insert_remove (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhNode) a = kh_node_new ("a", KH_NODE_SECTION, "A");
  g_autoptr(KhNode) b = kh_node_new ("b", KH_NODE_SECTION, "B");
  g_autoptr(KhNode) a1 = kh_node_new ("a1", KH_NODE_ITEM, "A1");
  g_autoptr(KhNode) a2 = kh_node_new ("a2", KH_NODE_ITEM, "A2");
  g_autoptr(KhNode) dup = kh_node_new ("a1", KH_NODE_ITEM, "again");
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (plan, "structure-changed", G_CALLBACK (on_structure_changed), log);

  g_assert_true (kh_plan_insert_node (plan, NULL, 0, b));
  g_assert_true (kh_plan_insert_node (plan, NULL, 0, a));
  g_assert_true (kh_plan_insert_node (plan, a, G_MAXUINT, a2));
  g_assert_true (kh_plan_insert_node (plan, a, 0, a1));
  g_assert_cmpstr (log->str, ==, "root root a a ");

  g_assert_false (kh_plan_insert_node (plan, b, 0, dup));
  g_assert_cmpuint (kh_node_get_n_children (b), ==, 0);

  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 4);
  g_assert_true (kh_plan_lookup_node (plan, "a2") == a2);
  g_assert_null (kh_plan_lookup_node (plan, "zz"));
  g_assert_null (kh_plan_lookup_node (plan, NULL));
  g_assert_cmpuint (kh_plan_get_node_position (plan, a), ==, 0);
  g_assert_cmpuint (kh_plan_get_node_position (plan, b), ==, 1);
  g_assert_cmpuint (kh_plan_get_node_position (plan, a2), ==, 1);
  g_assert_true (kh_node_get_parent (a1) == a);
  g_assert_null (kh_node_get_parent (a));
  g_assert_cmpuint (kh_node_get_depth (a), ==, 1);
  g_assert_cmpuint (kh_node_get_depth (a2), ==, 2);
  g_assert_true (kh_plan_get_children (plan, a) == kh_node_get_children (a));

  {
    g_autoptr(GPtrArray) all = kh_plan_collect_nodes (plan);
    const char *order[] = { "a", "a1", "a2", "b" };

    g_assert_cmpuint (all->len, ==, 4);
    for (guint i = 0; i < all->len; i++)
      g_assert_cmpstr (kh_node_get_id (g_ptr_array_index (all, i)), ==, order[i]);
  }

  /* Removing a node takes its subtree's ids along; the node keeps it. */
  g_string_truncate (log, 0);
  kh_plan_remove_node (plan, a);
  g_assert_cmpstr (log->str, ==, "root ");
  g_assert_null (kh_plan_lookup_node (plan, "a"));
  g_assert_null (kh_plan_lookup_node (plan, "a1"));
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 1);
  g_assert_null (kh_node_get_parent (a));
  g_assert_true (kh_node_get_parent (a1) == a);
  g_assert_cmpuint (kh_node_get_n_children (a), ==, 2);

  /* The duplicate id is free now; the subtree cannot come back while it
   * is used, and can after. */
  g_assert_true (kh_plan_insert_node (plan, b, 0, dup));
  g_assert_false (kh_plan_insert_node (plan, NULL, 0, a));
  kh_plan_remove_node (plan, dup);
  g_assert_true (kh_plan_insert_node (plan, NULL, 1, a));
  g_assert_true (kh_plan_lookup_node (plan, "a1") == a1);
  g_assert_cmpuint (kh_plan_get_node_position (plan, a), ==, 1);

  g_signal_handlers_disconnect_by_data (plan, log);
}

static void
test_tree_node_ids (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhNode) taken = kh_node_new ("n-2", KH_NODE_ITEM, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (kh_plan_insert_node (plan, NULL, 0, taken));
  first = kh_plan_new_node_id (plan);
  second = kh_plan_new_node_id (plan);
  g_assert_cmpstr (first, ==, "n-1");
  g_assert_cmpstr (second, ==, "n-3");
}

static void
test_tree_node_changed (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autoptr(KhNode) removed = g_object_ref (kh_test_node (plan, "n-11"));
  guint changed = 0;

  g_signal_connect_swapped (plan, "node-changed", G_CALLBACK (count_signal), &changed);
  kh_node_set_title (kh_test_node (plan, "n-12"), "Sở TT&TT");
  g_assert_cmpuint (changed, ==, 1);
  kh_plan_remove_node (plan, removed);
  /* A node out of the plan no longer speaks through it. */
  kh_node_set_title (kh_test_node (plan, "n-2"), "x");
  g_assert_cmpuint (changed, ==, 2);
  {
    KhNode *child = g_list_model_get_item (kh_node_get_children (removed), 0);
    kh_node_set_title (child, "y");
    g_object_unref (child);
  }
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_tree_freed_with_plan (void)
{
  KhPlan *plan = kh_test_plan_new ();
  GWeakRef ref;

  g_weak_ref_init (&ref, kh_test_node (plan, "n-10"));
  g_assert_finalize_object (plan);
  {
    g_autoptr(KhNode) gone = g_weak_ref_get (&ref);
    g_assert_null (gone);
  }
  g_weak_ref_clear (&ref);
}

static void
test_units (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhUnit) a = kh_unit_new ("u-a", "Sở Ngoại vụ", NULL, "Sở, ban, ngành");
  g_autoptr(KhUnit) b = kh_unit_new ("u-b", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh", NULL);
  g_autoptr(KhUnit) clash = kh_unit_new ("u-a", "Khác", NULL, NULL);
  guint changed = 0;

  g_signal_connect_swapped (plan, "units-changed", G_CALLBACK (count_signal), &changed);
  g_assert_true (kh_plan_insert_unit (plan, 0, b));
  g_assert_true (kh_plan_insert_unit (plan, 0, a));
  g_assert_false (kh_plan_insert_unit (plan, 0, clash));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (kh_plan_lookup_unit (plan, "u-b") == b);
  g_assert_cmpuint (kh_plan_get_unit_position (plan, b), ==, 1);
  g_assert_cmpuint (kh_plan_get_unit_position (plan, clash), ==, G_MAXUINT);

  g_assert_cmpstr (kh_unit_get_short_name (a), ==, "");
  g_assert_cmpstr (kh_unit_get_display_short (a), ==, "Sở Ngoại vụ");
  g_assert_cmpstr (kh_unit_get_display_short (b), ==, "Đài PT-TH tỉnh");

  kh_unit_set_name (a, "Sở Ngoại vụ tỉnh");
  g_assert_cmpuint (changed, ==, 3);

  kh_plan_remove_unit (plan, a);
  g_assert_null (kh_plan_lookup_unit (plan, "u-a"));
  g_assert_cmpuint (changed, ==, 4);
  kh_unit_set_name (a, "not heard");
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_unit_ids (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autofree char *id1 = kh_plan_new_unit_id (plan, "Sở Thông tin và Truyền thông");
  g_autofree char *id3 = NULL;
  g_autofree char *empty = kh_plan_new_unit_id (plan, "  &  ");
  g_autoptr(KhUnit) unit = kh_unit_new (id1, "Sở Thông tin và Truyền thông", NULL, NULL);
  g_autoptr(KhUnit) unit2 = NULL;
  g_autofree char *id2 = NULL;

  g_assert_cmpstr (id1, ==, "u-so-thong-tin-va-truyen-thong");
  g_assert_cmpstr (empty, ==, "u-unit");
  kh_plan_insert_unit (plan, 0, unit);
  id2 = kh_plan_new_unit_id (plan, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
  g_assert_cmpstr (id2, ==, "u-so-thong-tin-va-truyen-thong-2");
  unit2 = kh_unit_new (id2, "x", NULL, NULL);
  kh_plan_insert_unit (plan, 1, unit2);
  id3 = kh_plan_new_unit_id (plan, "Sở Thông tin và Truyền thông");
  g_assert_cmpstr (id3, ==, "u-so-thong-tin-va-truyen-thong-3");
}

static void
test_node_defaults (void)
{
  g_autoptr(KhNode) node = kh_node_new ("n-1", KH_NODE_ITEM, NULL);
  const char * const *props = kh_node_text_properties ();

  g_assert_cmpstr (kh_node_get_id (node), ==, "n-1");
  for (guint i = 0; props[i]; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (node, props[i], &value, NULL);
      g_assert_cmpstr (value, ==, "");
    }
  g_assert_cmpuint (g_strv_length ((char **) props), ==, 10);
  g_assert_cmpint (kh_node_get_budget_amount (node), ==, 0);
  g_assert_false (kh_node_get_in_appendix (node));
  g_assert_null (kh_node_get_timeline (node));
  g_assert_null (kh_node_get_appendix_row (node));
  g_assert_cmpuint (kh_node_get_leads (node)->len, ==, 0);
  g_assert_cmpuint (kh_node_get_cooperating (node)->len, ==, 0);
  g_assert_false (kh_node_is_task (node));

  kh_node_set_notes (node, NULL);
  g_assert_cmpstr (kh_node_get_notes (node), ==, "");
}

static void
test_node_is_task (void)
{
  g_autoptr(KhUnit) unit = kh_unit_new ("u", "Sở Ngoại vụ", NULL, NULL);
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  g_autoptr(KhTimeline) timeline = kh_timeline_parse ("Quý I/2018");
  g_autoptr(KhNode) lead = kh_node_new ("a", KH_NODE_ITEM, "x");
  g_autoptr(KhNode) coop = kh_node_new ("b", KH_NODE_ITEM, "x");
  g_autoptr(KhNode) note = kh_node_new ("c", KH_NODE_ITEM, "x");
  g_autoptr(KhNode) when = kh_node_new ("d", KH_NODE_ITEM, "x");
  g_autoptr(KhNode) section = kh_node_new ("e", KH_NODE_SECTION, "x");
  g_autoptr(KhNode) plain = kh_node_new ("f", KH_NODE_ITEM, "x");

  g_ptr_array_add (list, kh_assignment_new (unit, NULL));
  kh_node_set_leads (lead, list);
  kh_node_set_cooperating (coop, list);
  kh_node_set_cooperate_note (note, "các cơ quan, đơn vị liên quan");
  kh_node_set_timeline (when, timeline);
  kh_node_set_leads (section, list);
  kh_node_set_body (plain, "Nội dung dài");
  kh_node_set_participants (plain, "Cán bộ");

  g_assert_true (kh_node_is_task (lead));
  g_assert_true (kh_node_is_task (coop));
  g_assert_true (kh_node_is_task (note));
  g_assert_true (kh_node_is_task (when));
  g_assert_false (kh_node_is_task (section));
  g_assert_false (kh_node_is_task (plain));

  g_assert_cmpint (kh_node_get_role (lead, unit), ==, KH_ROLE_LEAD);
  g_assert_cmpint (kh_node_get_role (coop, unit), ==, KH_ROLE_COOPERATE);
  g_assert_cmpint (kh_node_get_role (note, unit), ==, KH_ROLE_NONE);
  /* Both (which validation reports): the lead wins. */
  kh_node_set_cooperating (lead, list);
  g_assert_cmpint (kh_node_get_role (lead, unit), ==, KH_ROLE_LEAD);
}

static void
on_assignments_changed (KhNode *node, guint *count)
{
  (*count)++;
}

static void
test_node_lists_copied (void)
{
  g_autoptr(KhUnit) unit = kh_unit_new ("u", "Sở Ngoại vụ", NULL, NULL);
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  g_autoptr(KhNode) node = kh_node_new ("a", KH_NODE_ITEM, "x");
  guint changed = 0;

  g_signal_connect (node, "assignments-changed", G_CALLBACK (on_assignments_changed), &changed);
  g_ptr_array_add (list, kh_assignment_new (unit, "tổng hợp"));
  kh_node_set_leads (node, list);
  kh_node_set_leads (node, list);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (kh_node_get_leads (node) != list);
  g_assert_true (kh_assignment_list_equal (kh_node_get_leads (node), list));
  g_ptr_array_set_size (list, 0);
  g_assert_cmpuint (kh_node_get_leads (node)->len, ==, 1);
  kh_node_set_leads (node, NULL);
  g_assert_cmpuint (kh_node_get_leads (node)->len, ==, 0);
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_node_appendix_getters (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  KhNode *plain = kh_test_node (plan, "n-6");
  KhNode *rowed = kh_test_node (plan, "n-7");
  const KhAppendixRow *row = kh_node_get_appendix_row (rowed);

  /* Without a row, the task's own values. */
  g_assert_cmpstr (kh_node_get_appendix_title (plain), ==, kh_node_get_title (plain));
  g_assert_true (kh_node_get_appendix_leads (plain) == kh_node_get_leads (plain));
  g_assert_true (kh_node_get_appendix_cooperating (plain) == kh_node_get_cooperating (plain));
  g_assert_cmpstr (kh_node_get_appendix_cooperate_note (plain), ==, "các cơ quan, đơn vị liên quan");
  g_assert_cmpstr (kh_node_get_appendix_lead_note (plain), ==, "");
  g_assert_true (kh_node_get_appendix_timeline (plain) == kh_node_get_timeline (plain));

  /* With one, its members where set, the task's where NULL. */
  g_assert_nonnull (row);
  g_assert_cmpstr (kh_node_get_appendix_title (rowed), ==, "Quy chế thông tin đối ngoại");
  g_assert_true (kh_node_get_appendix_cooperating (rowed) == row->cooperating);
  g_assert_true (kh_node_get_appendix_leads (rowed) == kh_node_get_leads (rowed));
  g_assert_cmpint (kh_node_get_appendix_timeline (rowed)->quarter, ==, 2);
  g_assert_cmpint (kh_node_get_timeline (rowed)->quarter, ==, 1);
  g_assert_cmpstr (kh_node_get_appendix_lead_note (rowed), ==, "");

  /* Rows compare by content and are copied in. */
  {
    g_autoptr(KhAppendixRow) copy = kh_appendix_row_copy (row);

    g_assert_true (kh_appendix_row_equal (copy, row));
    g_free (copy->lead_note);
    copy->lead_note = g_strdup ("");
    g_assert_false (kh_appendix_row_equal (copy, row));
    g_assert_false (kh_appendix_row_equal (copy, NULL));
    g_assert_true (kh_appendix_row_equal (NULL, NULL));
    kh_node_set_appendix_row (rowed, copy);
    g_assert_true (kh_node_get_appendix_row (rowed) != copy);
    g_assert_cmpstr (kh_node_get_appendix_lead_note (rowed), ==, "");
  }
}

static void
test_appendix_order (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  static const char * const order[] = { "n-9", "missing", "n-3", "n-9", "n-7", NULL };
  guint changed = 0;

  {
    /* Sample order: n-7, n-6. */
    g_autoptr(GPtrArray) nodes = kh_plan_get_appendix_nodes (plan);
    g_assert_cmpuint (nodes->len, ==, 2);
    g_assert_cmpstr (kh_node_get_id (g_ptr_array_index (nodes, 0)), ==, "n-7");
    g_assert_cmpstr (kh_node_get_id (g_ptr_array_index (nodes, 1)), ==, "n-6");
  }

  kh_node_set_in_appendix (kh_test_node (plan, "n-9"), TRUE);
  kh_node_set_in_appendix (kh_test_node (plan, "n-10"), TRUE);
  kh_node_set_in_appendix (kh_test_node (plan, "n-2"), TRUE);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_signal), &changed);
  kh_plan_set_appendix_order (plan, order);
  kh_plan_set_appendix_order (plan, order);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstrv (kh_plan_get_appendix_order (plan), order);

  {
    /* Listed and marked first (unknown ids, unmarked nodes and repeats
     * skipped), then the other marked nodes in tree order. */
    g_autoptr(GPtrArray) nodes = kh_plan_get_appendix_nodes (plan);
    const char *expected[] = { "n-9", "n-7", "n-2", "n-6", "n-10" };

    g_assert_cmpuint (nodes->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < nodes->len; i++)
      g_assert_cmpstr (kh_node_get_id (g_ptr_array_index (nodes, i)), ==, expected[i]);
  }

  kh_plan_set_appendix_order (plan, NULL);
  g_assert_null (kh_plan_get_appendix_order (plan)[0]);
}

static void
test_extras (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  KhNode *node = kh_test_node (plan, "n-6");
  KhUnit *unit = kh_plan_lookup_unit (plan, "u-ca");

  g_assert_cmpuint (g_hash_table_size (kh_plan_get_extras (plan)), ==, 0);
  g_hash_table_insert (kh_plan_get_extras (plan), g_strdup ("color"), g_strdup ("\"red\""));
  g_hash_table_insert (kh_plan_get_document_extras (plan), g_strdup ("generator"), g_strdup ("{\"v\":2}"));
  g_hash_table_insert (kh_node_get_extras (node), g_strdup ("priority"), g_strdup ("3"));
  g_hash_table_insert (kh_unit_get_extras (unit), g_strdup ("phone"), g_strdup ("\"0239\""));

  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_extras (plan), "color"), ==, "\"red\"");
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_document_extras (plan), "generator"), ==, "{\"v\":2}");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (node), "priority"), ==, "3");
  g_assert_cmpstr (g_hash_table_lookup (kh_unit_get_extras (unit), "phone"), ==, "\"0239\"");
  g_assert_true (kh_plan_get_extras (plan) != kh_plan_get_document_extras (plan));
}

static void
test_assignment_format (void)
{
  g_autoptr(KhUnit) snv = kh_unit_new ("u-snv", "Sở Ngoại vụ", "SNV", NULL);
  g_autoptr(KhUnit) ca = kh_unit_new ("u-ca", "Công an tỉnh", NULL, NULL);
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  g_autoptr(GPtrArray) copy = NULL;
  g_autofree char *both = NULL;
  g_autofree char *with_note = NULL;
  g_autofree char *only_note = NULL;
  g_autofree char *nothing = NULL;
  g_autofree char *comma = NULL;

  g_ptr_array_add (list, kh_assignment_new (snv, "tổng hợp thông tin"));
  g_ptr_array_add (list, kh_assignment_new (ca, NULL));

  both = kh_assignment_list_format (list, NULL, "; ");
  g_assert_cmpstr (both, ==, "Sở Ngoại vụ: tổng hợp thông tin; Công an tỉnh");
  with_note = kh_assignment_list_format (list, "các cơ quan, đơn vị liên quan", "; ");
  g_assert_cmpstr (with_note, ==, "Sở Ngoại vụ: tổng hợp thông tin; Công an tỉnh; "
                                  "các cơ quan, đơn vị liên quan");
  comma = kh_assignment_list_format (list, "", ", ");
  g_assert_cmpstr (comma, ==, "Sở Ngoại vụ: tổng hợp thông tin, Công an tỉnh");
  only_note = kh_assignment_list_format (NULL, "UBND các huyện", "; ");
  g_assert_cmpstr (only_note, ==, "UBND các huyện");
  nothing = kh_assignment_list_format (NULL, NULL, "; ");
  g_assert_cmpstr (nothing, ==, "");

  copy = kh_assignment_list_copy (list);
  g_assert_true (kh_assignment_list_equal (copy, list));
  g_assert_true (g_ptr_array_index (copy, 0) != g_ptr_array_index (list, 0));
  g_assert_cmpint (kh_assignment_list_find (copy, ca), ==, 1);
  g_assert_cmpint (kh_assignment_list_find (NULL, ca), ==, -1);
  g_free (((KhAssignment *) g_ptr_array_index (copy, 1))->scope);
  ((KhAssignment *) g_ptr_array_index (copy, 1))->scope = g_strdup ("x");
  g_assert_false (kh_assignment_list_equal (copy, list));
}

static void
test_assignment_list_equal_empty (void)
{
  g_autoptr(GPtrArray) empty = kh_assignment_list_new ();

  g_assert_true (kh_assignment_list_equal (NULL, empty));
  g_assert_true (kh_assignment_list_equal (empty, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/plan/defaults", test_plan_defaults);
  g_test_add_func ("/model/plan/metadata", test_plan_metadata);
  g_test_add_func ("/model/tree/insert-remove", test_tree_insert_remove);
  g_test_add_func ("/model/tree/new-node-id-skips-used", test_tree_node_ids);
  g_test_add_func ("/model/tree/node-changed-while-in-plan", test_tree_node_changed);
  g_test_add_func ("/model/tree/freed-with-plan", test_tree_freed_with_plan);
  g_test_add_func ("/model/unit/insert-remove", test_units);
  g_test_add_func ("/model/unit/new-id", test_unit_ids);
  g_test_add_func ("/model/node/defaults", test_node_defaults);
  g_test_add_func ("/model/node/is-task", test_node_is_task);
  g_test_add_func ("/model/node/lists-copied", test_node_lists_copied);
  g_test_add_func ("/model/node/appendix-getters", test_node_appendix_getters);
  g_test_add_func ("/model/appendix/order", test_appendix_order);
  g_test_add_func ("/model/extras", test_extras);
  g_test_add_func ("/model/assignment/format", test_assignment_format);
  g_test_add_func ("/model/assignment/equal-empty", test_assignment_list_equal_empty);

  return g_test_run ();
}
