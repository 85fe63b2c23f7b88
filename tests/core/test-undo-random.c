/* test-undo-random.c — the property test of the edit layer: from a fixed
 * seed, thousands of random edits of every kind (with undos, redos, saves
 * and groups among them) to the Hà Tĩnh 2018 example, then undo
 * everything: the saved bytes are those we started from; redo everything:
 * they are those we reached.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-plan-io.h"
#include "kh-test-plan.h"

#define N_EDITS   12000
#define MAX_DEPTH 10      /* the file format allows 64; deeper is no new case */

typedef struct {
  KhPlan *plan;
  KhHistory *history;
  GRand *rand;
  gint64 now;
  guint group_depth;
  GBytes *saved;          /* the plan at the last save point */
} Fuzz;

static const char * const words[] = {
  "Sở", "Ngoại vụ", "thông tin", "đối ngoại", "năm 2018", "Kế hoạch", "UBND", "tỉnh",
  "triển khai", "tuyên truyền", "", "x", "Đài PT-TH", "Quý II", "các cơ quan, đơn vị liên quan",
  "a\nb", "“ngoặc”", "ư", "=SUM(A1)",
};

static const char * const phrases[] = {
  "Tháng 02/2018", "Quý I/2018", "Thường xuyên", "Trong năm 2018", "Quý II - Quý III/2018",
  "Trước ngày 28/02/2018", "Ngày 20/11/2018", "2022-2023", "Định kỳ 06 tháng",
  "Sau khi Kế hoạch này ban hành", "Theo KH của UBND tỉnh", "6 tháng đầu năm 2018",
};

static gint64
fuzz_clock (gpointer user_data)
{
  return ((Fuzz *) user_data)->now;
}

static guint
pick (Fuzz *z, guint n)
{
  return n ? (guint) g_rand_int_range (z->rand, 0, (gint32) n) : 0;
}

static gboolean
chance (Fuzz *z, double p)
{
  return g_rand_double (z->rand) < p;
}

static char *
random_text (Fuzz *z)
{
  GString *out = g_string_new (NULL);
  guint n = pick (z, 4);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", words[pick (z, G_N_ELEMENTS (words))]);
  return g_string_free (out, FALSE);
}

static KhNode *
random_node (Fuzz *z)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (z->plan);

  return nodes->len ? g_ptr_array_index (nodes, pick (z, nodes->len)) : NULL;
}

/* A random node or NULL (the roots), as a parent. */
static KhNode *
random_parent (Fuzz *z)
{
  return chance (z, 0.2) ? NULL : random_node (z);
}

static KhUnit *
random_unit (Fuzz *z)
{
  GListModel *units = kh_plan_get_units (z->plan);
  guint n = g_list_model_get_n_items (units);
  KhUnit *unit;

  if (n == 0)
    return NULL;
  /* The plan holds a reference: hand out a borrowed one. */
  unit = g_list_model_get_item (units, pick (z, n));
  g_object_unref (unit);
  return unit;
}

static GPtrArray *
random_list (Fuzz *z, gboolean scopes)
{
  GPtrArray *list = kh_assignment_list_new ();
  guint n = pick (z, 4);

  for (guint i = 0; i < n; i++)
    {
      KhUnit *unit = random_unit (z);
      g_autofree char *scope = scopes && chance (z, 0.3) ? random_text (z) : NULL;

      if (unit != NULL && kh_assignment_list_find (list, unit) < 0)
        g_ptr_array_add (list, kh_assignment_new (unit, scope));
    }
  return list;
}

static KhTimeline *
random_timeline (Fuzz *z)
{
  if (chance (z, 0.15))
    return NULL;
  return kh_timeline_parse (phrases[pick (z, G_N_ELEMENTS (phrases))]);
}

static KhAppendixRow *
random_row (Fuzz *z)
{
  KhAppendixRow *row;

  if (chance (z, 0.2))
    return NULL;
  row = kh_appendix_row_new ();
  if (chance (z, 0.5))
    row->title = random_text (z);
  if (chance (z, 0.4))
    row->leads = random_list (z, TRUE);
  if (chance (z, 0.3))
    row->lead_note = random_text (z);
  if (chance (z, 0.4))
    row->cooperating = random_list (z, FALSE);
  if (chance (z, 0.3))
    row->cooperate_note = random_text (z);
  if (chance (z, 0.4))
    row->timeline = random_timeline (z);
  return row;
}

static guint
height (KhNode *node)
{
  GListModel *children = kh_node_get_children (node);
  guint h = 0;

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      h = MAX (h, height (child));
    }
  return h + 1;
}

static gboolean
fits_under (KhNode *parent, KhNode *node)
{
  return (parent ? kh_node_get_depth (parent) : 0) + height (node) <= MAX_DEPTH;
}

/* The edits.  Each may do nothing (a no-op edit records no step). */

static void
edit_text (Fuzz *z)
{
  GObject *target;
  const char *property;
  const char * const *props;
  g_autofree char *value = NULL;
  g_autofree char *current = NULL;
  guint which = pick (z, 10);

  if (which < 7)
    {
      target = G_OBJECT (random_node (z));
      props = kh_node_text_properties ();
    }
  else if (which < 9)
    {
      static const char * const unit_props[] = { "name", "short-name", "group", NULL };
      target = G_OBJECT (random_unit (z));
      props = unit_props;
    }
  else
    {
      target = G_OBJECT (z->plan);
      props = kh_plan_text_properties ();
    }
  if (target == NULL)
    return;
  property = props[pick (z, g_strv_length ((char **) props))];

  /* Mostly a keystroke more, as typing goes; sometimes a new value. */
  g_object_get (target, property, &current, NULL);
  if (chance (z, 0.7))
    value = g_strconcat (current, words[pick (z, G_N_ELEMENTS (words))], NULL);
  else
    value = random_text (z);
  kh_edit_set_text (z->history, target, property, value);
}

static void
edit_metadata (Fuzz *z)
{
  switch (pick (z, 5))
    {
    case 0:
      kh_edit_set_year (z->history, 2015 + (int) pick (z, 8));
      break;
    case 1:
      kh_edit_set_language (z->history, pick (z, 2) ? KH_LANGUAGE_EN : KH_LANGUAGE_VI);
      break;
    case 2:
      kh_edit_set_numbering (z->history, pick (z, 2) ? KH_NUMBERING_DECIMAL : KH_NUMBERING_DECREE30);
      break;
    case 3:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) recipients = NULL;

        for (guint i = pick (z, 4); i > 0; i--)
          {
            g_autofree char *text = random_text (z);
            g_strv_builder_add (builder, text);
          }
        recipients = g_strv_builder_end (builder);
        kh_edit_set_recipients (z->history, (const char * const *) recipients);
      }
      break;
    default:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) ids = NULL;

        for (guint i = pick (z, 5); i > 0; i--)
          {
            KhNode *node = random_node (z);
            g_strv_builder_add (builder, node && chance (z, 0.9) ? kh_node_get_id (node) : "n-gone");
          }
        ids = g_strv_builder_end (builder);
        kh_edit_set_appendix_order (z->history, (const char * const *) ids);
      }
    }
}

static void
edit_node_field (Fuzz *z)
{
  KhNode *node = random_node (z);

  if (node == NULL)
    return;
  switch (pick (z, 5))
    {
    case 0:
      kh_edit_set_node_kind (z->history, node, pick (z, 2) ? KH_NODE_SECTION : KH_NODE_ITEM);
      break;
    case 1:
      kh_edit_set_budget_amount (z->history, node, chance (z, 0.3) ? 0 : (gint64) pick (z, 1000) * 1000000);
      break;
    case 2:
      kh_edit_set_in_appendix (z->history, node, pick (z, 2));
      break;
    case 3:
      {
        g_autoptr(KhTimeline) timeline = random_timeline (z);
        kh_edit_set_timeline (z->history, node, timeline);
      }
      break;
    default:
      {
        g_autoptr(KhAppendixRow) row = random_row (z);
        kh_edit_set_appendix_row (z->history, node, row);
      }
    }
}

static void
edit_assignments (Fuzz *z)
{
  KhNode *node = random_node (z);
  KhUnit *unit = random_unit (z);

  if (node == NULL)
    return;
  switch (pick (z, 4))
    {
    case 0:
      {
        g_autoptr(GPtrArray) leads = random_list (z, TRUE);
        kh_edit_set_leads (z->history, node, leads);
      }
      break;
    case 1:
      {
        g_autoptr(GPtrArray) cooperating = random_list (z, FALSE);
        kh_edit_set_cooperating (z->history, node, cooperating);
      }
      break;
    case 2:
      if (unit != NULL)
        {
          KhRole role = pick (z, 3);
          g_autofree char *scope = chance (z, 0.3) ? random_text (z) : NULL;

          kh_edit_assign (z->history, node, unit, role, scope);
          g_assert_false (kh_node_get_role (node, unit) == KH_ROLE_LEAD
                          && kh_assignment_list_find (kh_node_get_cooperating (node), unit) >= 0);
        }
      break;
    default:
      if (unit != NULL)
        kh_edit_unassign (z->history, node, unit);
    }
}

static void
edit_tree (Fuzz *z)
{
  guint n = kh_plan_count_nodes (z->plan);
  KhNode *node = random_node (z);
  /* Keep the tree between about 20 and 300 nodes. */
  guint op = n < 20 ? pick (z, 2) : n > 300 ? 2 + pick (z, 2) : pick (z, 10);

  switch (op)
    {
    case 0:
      {
        KhNode *after = chance (z, 0.5) ? node : NULL;
        KhNode *parent = after ? kh_node_get_parent (after) : random_parent (z);
        g_autofree char *title = random_text (z);

        if (parent == NULL || kh_node_get_depth (parent) < MAX_DEPTH)
          kh_edit_add_node (z->history, parent, after, pick (z, 2), title);
      }
      break;
    case 1:
      {
        /* A small subtree built aside, as import builds one. */
        g_autoptr(KhPlan) scratch = kh_plan_new ();
        g_autofree char *id = kh_plan_new_node_id (z->plan);
        g_autoptr(KhNode) top = kh_node_new (id, KH_NODE_SECTION, "Phần chèn");
        KhNode *parent = random_parent (z);

        kh_plan_insert_node (scratch, NULL, 0, top);
        for (guint i = pick (z, 3); i > 0; i--)
          {
            g_autofree char *child_id = kh_plan_new_node_id (z->plan);
            g_autoptr(KhNode) child = kh_node_new (child_id, KH_NODE_ITEM, "Mục chèn");

            kh_plan_insert_node (scratch, top, 0, child);
          }
        kh_plan_remove_node (scratch, top);
        if (fits_under (parent, top))
          g_assert_true (kh_edit_insert_node (z->history, parent, pick (z, 5), top));
        /* An id the plan already has is refused. */
        if (node != NULL && chance (z, 0.1))
          {
            g_autoptr(KhNode) clash = kh_node_new (kh_node_get_id (node), KH_NODE_ITEM, "");
            g_assert_false (kh_edit_insert_node (z->history, NULL, 0, clash));
          }
      }
      break;
    case 2:
    case 3:
      /* Mostly leaves, now and then a whole branch. */
      if (node != NULL && (height (node) == 1 || chance (z, 0.05)))
        kh_edit_remove_node (z->history, node);
      break;
    case 4:
    case 5:
      if (node != NULL)
        {
          KhNode *parent = random_parent (z);

          if (fits_under (parent, node))
            kh_edit_move_node (z->history, node, parent, pick (z, 6));
        }
      break;
    case 6:
      if (node != NULL)
        kh_edit_move_up (z->history, node);
      break;
    case 7:
      if (node != NULL)
        kh_edit_move_down (z->history, node);
      break;
    case 8:
      if (node != NULL && kh_node_get_depth (node) + height (node) <= MAX_DEPTH)
        kh_edit_indent (z->history, node);
      break;
    default:
      if (node != NULL)
        kh_edit_outdent (z->history, node);
    }
}

static void
edit_units (Fuzz *z)
{
  guint n = g_list_model_get_n_items (kh_plan_get_units (z->plan));
  /* Keep between about 4 and 40 units; as many added as taken away. */
  guint op = n < 4 ? 0 : n > 40 ? 2 + pick (z, 2) : pick (z, 6) % 5;
  KhUnit *unit = random_unit (z);

  switch (op)
    {
    case 0:
      {
        g_autofree char *name = random_text (z);
        kh_edit_add_unit (z->history, name, chance (z, 0.5) ? "Viết tắt" : NULL, "Sở, ban, ngành");
      }
      break;
    case 1:
      {
        g_autofree char *name = chance (z, 0.7) ? random_text (z) : NULL;
        g_autofree char *short_name = chance (z, 0.5) ? random_text (z) : NULL;
        kh_edit_rename_unit (z->history, unit, name, short_name, chance (z, 0.2) ? "Cơ quan báo chí" : NULL);
      }
      break;
    case 2:
      kh_edit_merge_units (z->history, unit, random_unit (z));
      if (kh_plan_lookup_unit (z->plan, kh_unit_get_id (unit)) != unit)
        g_assert_cmpuint (kh_count_unit_assignments (z->plan, unit), ==, 0);
      break;
    default:
      {
        g_autoptr(GError) error = NULL;
        gboolean confirmed = chance (z, 0.5);
        guint count = kh_count_unit_assignments (z->plan, unit);
        gboolean deleted = kh_edit_delete_unit (z->history, unit, confirmed, &error);

        g_assert_true (deleted == (confirmed || count == 0));
        if (!deleted)
          g_assert_error (error, KH_EDIT_ERROR, KH_EDIT_ERROR_UNIT_ASSIGNED);
        else
          g_assert_cmpuint (kh_count_unit_assignments (z->plan, unit), ==, 0);
      }
    }
}

static void random_step (Fuzz *z);

static void
random_group (Fuzz *z)
{
  if (z->group_depth > 1)
    return;
  z->group_depth++;
  kh_history_begin_group (z->history);
  for (guint i = 1 + pick (z, 4); i > 0; i--)
    random_step (z);
  kh_history_end_group (z->history, "Random Group");
  z->group_depth--;
}

static void
random_step (Fuzz *z)
{
  guint roll = pick (z, 100);

  /* Up to 2 s between edits: typing joins or splits by the clock. */
  z->now += pick (z, 2000) * G_TIME_SPAN_MILLISECOND;

  if (roll < 30)
    edit_text (z);
  else if (roll < 36)
    edit_metadata (z);
  else if (roll < 50)
    edit_node_field (z);
  else if (roll < 62)
    edit_assignments (z);
  else if (roll < 82)
    edit_tree (z);
  else if (roll < 90)
    edit_units (z);
  else if (roll < 93)
    random_group (z);
  else if (z->group_depth > 0)
    edit_text (z);
  else if (roll < 97)
    kh_history_undo (z->history);
  else if (roll < 99)
    kh_history_redo (z->history);
  else
    {
      kh_history_mark_saved (z->history);
      g_bytes_unref (z->saved);
      z->saved = kh_plan_to_bytes (z->plan);
    }
}

static void
assert_plan (Fuzz *z, GBytes *expected)
{
  g_autoptr(GBytes) bytes = kh_plan_to_bytes (z->plan);

  if (!g_bytes_equal (bytes, expected))
    g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, g_bytes_get_data (expected, NULL));
}

static void
test_undo_all_redo_all (void)
{
  Fuzz z = { 0 };
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) final = NULL;
  guint n_undone = 0, n_redone = 0;

  z.plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  z.history = kh_history_new (z.plan);
  z.rand = g_rand_new_with_seed (20180207);
  z.now = 1;
  kh_history_set_clock (z.history, fuzz_clock, &z);
  original = kh_plan_to_bytes (z.plan);
  z.saved = g_bytes_ref (original);

  for (guint i = 0; i < N_EDITS; i++)
    {
      random_step (&z);
      /* Not modified means: what was saved. */
      if (i % 97 == 0 && !kh_history_get_modified (z.history))
        assert_plan (&z, z.saved);
      if (i % 2000 == 0)
        g_test_message ("step %u: %u nodes, %u units", i, kh_plan_count_nodes (z.plan),
                        g_list_model_get_n_items (kh_plan_get_units (z.plan)));
    }
  final = kh_plan_to_bytes (z.plan);
  g_test_message ("%u nodes, %u units after %d random steps",
                  kh_plan_count_nodes (z.plan),
                  g_list_model_get_n_items (kh_plan_get_units (z.plan)), N_EDITS);

  while (kh_history_undo (z.history))
    n_undone++;
  assert_plan (&z, original);
  g_assert_false (kh_history_get_can_undo (z.history));

  while (kh_history_redo (z.history))
    n_redone++;
  assert_plan (&z, final);
  g_assert_cmpuint (n_undone, ==, n_redone);
  g_assert_cmpuint (n_undone, >, N_EDITS / 3);
  g_test_message ("%u steps undone and redone", n_undone);

  g_clear_object (&z.history);
  g_assert_finalize_object (z.plan);
  g_rand_free (z.rand);
  g_bytes_unref (z.saved);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/random/undo-all-redo-all", test_undo_all_redo_all);

  return g_test_run ();
}
