/* test-history.c — the undo and redo stacks: labels, typing that joins
 * one step, groups, the modified flag against the saved point, the limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-test-plan.h"

typedef struct {
  KhPlan *plan;
  KhHistory *history;
  gint64 now;         /* the history's clock, in microseconds */
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->plan = kh_test_plan_new ();
  f->history = kh_history_new (f->plan);
  f->now = 1000 * G_TIME_SPAN_SECOND;
  kh_history_set_clock (f->history, fake_clock, f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->history);
  g_assert_finalize_object (f->plan);
}

static KhNode *
node (Fixture *f, const char *id)
{
  return kh_test_node (f->plan, id);
}
static void
type (Fixture *f, const char *id, const char *property, const char *text, gint64 after_ms)
{
  f->now += after_ms * G_TIME_SPAN_MILLISECOND;
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (node (f, id)), property, text));
}

static guint
count_undo_steps (KhHistory *history)
{
  guint n = 0;

  while (kh_history_undo (history))
    n++;
  for (guint i = 0; i < n; i++)
    g_assert_true (kh_history_redo (history));
  return n;
}

static void
test_initial (Fixture *f, gconstpointer data)
{
  g_assert_false (kh_history_get_can_undo (f->history));
  g_assert_false (kh_history_get_can_redo (f->history));
  g_assert_false (kh_history_get_modified (f->history));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo");
  g_assert_cmpstr (kh_history_get_redo_label (f->history), ==, "Redo");
  g_assert_false (kh_history_undo (f->history));
  g_assert_false (kh_history_redo (f->history));
  g_assert_true (kh_history_get_plan (f->history) == f->plan);
}

static void
test_labels (Fixture *f, gconstpointer data)
{
  g_autofree char *undo_label = NULL;
  gboolean can_redo = FALSE;

  g_assert_true (kh_edit_move_down (f->history, node (f, "n-2")));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Move Down");
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (f->plan), "title", "Kế hoạch"));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Typing");

  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Move Down");
  g_assert_cmpstr (kh_history_get_redo_label (f->history), ==, "Redo Typing");
  g_object_get (f->history, "undo-label", &undo_label, "can-redo", &can_redo, NULL);
  g_assert_cmpstr (undo_label, ==, "Undo Move Down");
  g_assert_true (can_redo);
}

static void
on_notify (GObject *object, GParamSpec *pspec, GPtrArray *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names notified since the last call, sorted, space-separated. */
static char *
take_notified (GPtrArray *names)
{
  char *joined;

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (" ", (char **) names->pdata);
  g_ptr_array_set_size (names, 0);
  return joined;
}

static void
assert_notified (GPtrArray *names, const char *expected)
{
  g_autofree char *got = take_notified (names);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_notify (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (f->history, "notify", G_CALLBACK (on_notify), names);

  kh_edit_set_year (f->history, 2019);
  assert_notified (names, "can-undo modified undo-label");
  kh_edit_set_year (f->history, 2019);  /* no change, no step */
  assert_notified (names, "");
  kh_history_undo (f->history);
  assert_notified (names, "can-redo can-undo modified redo-label undo-label");
  kh_history_redo (f->history);
  assert_notified (names, "can-redo can-undo modified redo-label undo-label");
  kh_history_mark_saved (f->history);
  assert_notified (names, "modified");

  g_signal_handlers_disconnect_by_data (f->history, names);
}

static void
test_typing_joins (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "M", 0);
  type (f, "n-2", "title", "Mụ", 400);
  type (f, "n-2", "title", "Mục", 1400);
  type (f, "n-2", "title", "Mục t", 1500);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);

  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpstr (kh_node_get_title (node (f, "n-2")), ==, "Mục tiêu");
  g_assert_true (kh_history_redo (f->history));
  g_assert_cmpstr (kh_node_get_title (node (f, "n-2")), ==, "Mục t");
}

static void
test_typing_pause (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  type (f, "n-2", "title", "AB", 1501);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
  kh_history_undo (f->history);
  g_assert_cmpstr (kh_node_get_title (node (f, "n-2")), ==, "A");
}

static void
test_typing_other_field (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  type (f, "n-2", "body", "B", 10);
  type (f, "n-3", "body", "C", 10);
  type (f, "n-3", "body", "CD", 10);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 3);

  /* A unit and the plan join by the same rule. */
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (f->plan), "place", "H"));
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (f->plan), "place", "Hà"));
  g_assert_true (kh_edit_set_text (f->history, G_OBJECT (kh_plan_lookup_unit (f->plan, "u-ca")),
                                   "name", "Công an"));
  g_assert_cmpuint (count_undo_steps (f->history), ==, 5);
}

static void
test_typing_after_other_edit (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  g_assert_true (kh_edit_set_in_appendix (f->history, node (f, "n-2"), TRUE));
  type (f, "n-2", "title", "AB", 10);
  g_assert_cmpuint (count_undo_steps (f->history), ==, 3);
}

static void
test_typing_after_undo (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  type (f, "n-3", "title", "B", 10);
  g_assert_true (kh_history_undo (f->history));
  type (f, "n-2", "title", "AC", 10);
  g_assert_false (kh_history_get_can_redo (f->history));
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);

  /* Right after an undo, typing starts a step of its own. */
  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpstr (kh_node_get_title (node (f, "n-2")), ==, "A");
}

static void
test_typing_after_save (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  kh_history_mark_saved (f->history);
  type (f, "n-2", "title", "AB", 10);
  g_assert_true (kh_history_get_modified (f->history));
  g_assert_true (kh_history_undo (f->history));
  g_assert_cmpstr (kh_node_get_title (node (f, "n-2")), ==, "A");
  g_assert_false (kh_history_get_modified (f->history));
}

static void
test_typing_in_group (Fixture *f, gconstpointer data)
{
  type (f, "n-2", "title", "A", 0);
  kh_history_begin_group (f->history);
  type (f, "n-2", "title", "AB", 10);
  type (f, "n-2", "title", "ABC", 10);
  kh_history_end_group (f->history, "Paste");
  g_assert_cmpuint (count_undo_steps (f->history), ==, 2);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Paste");
}

static void
test_group (Fixture *f, gconstpointer data)
{
  g_autofree char *before = kh_test_plan_dump (f->plan);
  g_autofree char *after = NULL;

  kh_history_begin_group (f->history);
  g_assert_true (kh_edit_set_year (f->history, 2019));
  g_assert_nonnull (kh_edit_add_node (f->history, NULL, NULL, KH_NODE_SECTION, "KINH PHÍ"));
  g_assert_true (kh_edit_indent (f->history, node (f, "n-3")));
  g_assert_true (kh_history_get_modified (f->history));
  g_assert_false (kh_history_get_can_undo (f->history));
  kh_history_end_group (f->history, "Next Year");
  after = kh_test_plan_dump (f->plan);

  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Next Year");
  g_assert_true (kh_history_undo (f->history));
  {
    g_autofree char *undone = kh_test_plan_dump (f->plan);
    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_false (kh_history_get_modified (f->history));
  g_assert_true (kh_history_redo (f->history));
  {
    g_autofree char *redone = kh_test_plan_dump (f->plan);
    g_assert_cmpstr (redone, ==, after);
  }
}

static void
test_group_nested (Fixture *f, gconstpointer data)
{
  kh_history_begin_group (f->history);
  kh_edit_set_year (f->history, 2019);
  kh_history_begin_group (f->history);
  kh_edit_set_year (f->history, 2020);
  kh_history_end_group (f->history, "Inner");
  kh_history_begin_group (f->history);
  kh_history_end_group (f->history, "Empty");
  kh_history_end_group (f->history, "Outer");

  g_assert_cmpuint (count_undo_steps (f->history), ==, 1);
  g_assert_cmpstr (kh_history_get_undo_label (f->history), ==, "Undo Outer");
  kh_history_undo (f->history);
  g_assert_cmpint (kh_plan_get_year (f->plan), ==, 2018);
  kh_history_redo (f->history);
  g_assert_cmpint (kh_plan_get_year (f->plan), ==, 2020);
}

static void
test_group_empty (Fixture *f, gconstpointer data)
{
  kh_history_begin_group (f->history);
  kh_edit_set_year (f->history, 2018);  /* the year it already has */
  kh_history_end_group (f->history, "Nothing");
  g_assert_false (kh_history_get_can_undo (f->history));
  g_assert_false (kh_history_get_modified (f->history));
}

static void
test_modified (Fixture *f, gconstpointer data)
{
  kh_edit_set_year (f->history, 2019);                  /* S1 */
  kh_history_mark_saved (f->history);
  g_assert_false (kh_history_get_modified (f->history));
  kh_edit_set_year (f->history, 2020);                  /* S2 */
  g_assert_true (kh_history_get_modified (f->history));
  kh_history_undo (f->history);                         /* S1 */
  g_assert_false (kh_history_get_modified (f->history));
  kh_history_undo (f->history);                         /* S0 */
  g_assert_true (kh_history_get_modified (f->history));
  kh_history_redo (f->history);                         /* S1 */
  g_assert_false (kh_history_get_modified (f->history));
  kh_history_undo (f->history);                         /* S0 */
  kh_edit_set_year (f->history, 2021);                  /* S3: S1 is gone */
  g_assert_true (kh_history_get_modified (f->history));
  kh_history_undo (f->history);                         /* S0 */
  g_assert_true (kh_history_get_modified (f->history));
}

static void
test_modified_saved_at_start (Fixture *f, gconstpointer data)
{
  kh_edit_set_year (f->history, 2019);
  kh_edit_set_year (f->history, 2020);
  kh_history_undo (f->history);
  kh_history_undo (f->history);
  g_assert_false (kh_history_get_modified (f->history));
}

static void
test_limit (Fixture *f, gconstpointer data)
{
  kh_history_set_limit (f->history, 2);
  kh_edit_set_year (f->history, 2019);
  kh_edit_set_year (f->history, 2020);
  kh_edit_set_year (f->history, 2021);
  g_assert_true (kh_history_undo (f->history));
  g_assert_true (kh_history_undo (f->history));
  g_assert_false (kh_history_undo (f->history));
  g_assert_cmpint (kh_plan_get_year (f->plan), ==, 2019);
  /* The saved state (2018) can no longer be reached. */
  g_assert_true (kh_history_get_modified (f->history));

  kh_history_set_limit (f->history, 1);
  g_assert_true (kh_history_get_can_redo (f->history));
  g_assert_false (kh_history_get_can_undo (f->history));
}

static void
test_clear (Fixture *f, gconstpointer data)
{
  kh_edit_set_year (f->history, 2019);
  kh_edit_set_year (f->history, 2020);
  kh_history_undo (f->history);
  kh_history_clear (f->history);
  g_assert_false (kh_history_get_can_undo (f->history));
  g_assert_false (kh_history_get_can_redo (f->history));
  g_assert_false (kh_history_get_modified (f->history));
  g_assert_cmpint (kh_plan_get_year (f->plan), ==, 2019);
}

static void
test_history_keeps_removed_nodes (Fixture *f, gconstpointer data)
{
  KhNode *section = node (f, "n-11");
  GWeakRef ref;

  g_weak_ref_init (&ref, section);
  kh_edit_remove_node (f->history, section);
  {
    g_autoptr(KhNode) alive = g_weak_ref_get (&ref);
    g_assert_nonnull (alive);
  }
  /* The history is the last owner; dropping it frees the subtree. */
  g_clear_object (&f->history);
  {
    g_autoptr(KhNode) gone = g_weak_ref_get (&ref);
    g_assert_null (gone);
  }
  g_weak_ref_clear (&ref);
}

#define ADD(path, func) \
  g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("initial", test_initial);
  ADD ("labels", test_labels);
  ADD ("notify", test_notify);
  ADD ("typing/joins", test_typing_joins);
  ADD ("typing/pause-splits", test_typing_pause);
  ADD ("typing/other-field-splits", test_typing_other_field);
  ADD ("typing/other-edit-splits", test_typing_after_other_edit);
  ADD ("typing/undo-splits", test_typing_after_undo);
  ADD ("typing/save-splits", test_typing_after_save);
  ADD ("typing/group-keeps-own", test_typing_in_group);
  ADD ("group/one-step", test_group);
  ADD ("group/nested", test_group_nested);
  ADD ("group/empty", test_group_empty);
  ADD ("modified/save-point", test_modified);
  ADD ("modified/back-to-start", test_modified_saved_at_start);
  ADD ("limit", test_limit);
  ADD ("clear", test_clear);
  ADD ("keeps-removed-nodes", test_history_keeps_removed_nodes);

  return g_test_run ();
}
