/* test-numbering.c — labels computed from the tree (DESIGN §4): both
 * schemes at every depth, the legal-drafting letters, Roman numerals, and
 * labels that follow the tree when it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-edit.h"
#include "kh-numbering.h"
#include "kh-test-plan.h"

static void
test_letters (void)
{
  static const char * const expected[] = {
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *letter = kh_numbering_letter (i);
      g_assert_cmpstr (letter, ==, expected[i]);
    }
}

static void
test_letters_past_y (void)
{
  static const struct { guint index; const char *letters; } cases[] = {
    { 23, "y" }, { 24, "aa" }, { 25, "ab" }, { 28, "ađ" }, { 44, "aư" },
    { 47, "ay" }, { 48, "ba" }, { 24 + 24 * 24 - 1, "yy" }, { 24 + 24 * 24, "aaa" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *letters = kh_numbering_letter (cases[i].index);
      g_assert_cmpstr (letters, ==, cases[i].letters);
    }
}

static void
test_roman (void)
{
  static const struct { guint n; const char *roman; } cases[] = {
    { 0, "" }, { 1, "I" }, { 2, "II" }, { 3, "III" }, { 4, "IV" }, { 5, "V" },
    { 6, "VI" }, { 9, "IX" }, { 10, "X" }, { 14, "XIV" }, { 19, "XIX" },
    { 40, "XL" }, { 49, "XLIX" }, { 90, "XC" }, { 400, "CD" }, { 1994, "MCMXCIV" },
    { 2018, "MMXVIII" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *roman = kh_numbering_roman (cases[i].n);
      g_assert_cmpstr (roman, ==, cases[i].roman);
    }
}

static void
assert_format (KhNumbering scheme, const guint *path, guint depth, const char *expected)
{
  g_autofree char *label = kh_numbering_format (scheme, path, depth);

  g_assert_cmpstr (label, ==, expected);
}

static void
test_format_decree30 (void)
{
  const guint path[] = { 1, 2, 4, 0, 0, 0, 0 };
  const guint first[] = { 0, 0, 0, 0, 0, 0, 0 };

  assert_format (KH_NUMBERING_DECREE30, path, 1, "II.");
  assert_format (KH_NUMBERING_DECREE30, path, 2, "3.");
  assert_format (KH_NUMBERING_DECREE30, path, 3, "đ)");
  assert_format (KH_NUMBERING_DECREE30, path, 4, "-");
  assert_format (KH_NUMBERING_DECREE30, path, 5, "+");
  assert_format (KH_NUMBERING_DECREE30, path, 6, "+");
  assert_format (KH_NUMBERING_DECREE30, path, 7, "+");
  assert_format (KH_NUMBERING_DECREE30, first, 1, "I.");
  assert_format (KH_NUMBERING_DECREE30, first, 2, "1.");
  assert_format (KH_NUMBERING_DECREE30, first, 3, "a)");
}

static void
test_format_decimal (void)
{
  const guint path[] = { 3, 1, 11, 2, 5, 0, 0 };

  assert_format (KH_NUMBERING_DECIMAL, path, 1, "IV.");
  assert_format (KH_NUMBERING_DECIMAL, path, 2, "2.");
  assert_format (KH_NUMBERING_DECIMAL, path, 3, "2.12.");
  assert_format (KH_NUMBERING_DECIMAL, path, 4, "2.12.3.");
  assert_format (KH_NUMBERING_DECIMAL, path, 5, "-");
  assert_format (KH_NUMBERING_DECIMAL, path, 6, "+");
  assert_format (KH_NUMBERING_DECIMAL, path, 7, "+");
}

static void
test_format_letter_past_y (void)
{
  const guint path[] = { 0, 0, 24 };

  assert_format (KH_NUMBERING_DECREE30, path, 3, "aa)");
}

/* "n-1 I. / n-2 1. / …" for every node in tree order. */
static char *
outline (KhPlan *plan)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *label = kh_numbering_label (plan, node);

      g_string_append_printf (out, "%s%s %s", i ? " / " : "", kh_node_get_id (node), label);
    }
  return g_string_free (out, FALSE);
}

static void
assert_outline (KhPlan *plan, const char *expected)
{
  g_autofree char *got = outline (plan);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_labels_in_plan (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();

  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-4 II. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 2. / n-9 2.1. / n-10 2.2. / "
                  "n-11 III. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2.");
  kh_plan_set_numbering (plan, KH_NUMBERING_DECREE30);
  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-4 II. / n-5 1. / n-6 a) / n-7 b) / n-8 2. / n-9 a) / n-10 b) / "
                  "n-11 III. / n-12 1. / n-13 a) / n-14 b) / n-15 2.");
}

static void
test_labels_follow_moves (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autoptr(KhHistory) history = kh_history_new (plan);
  const char *before = "n-1 I. / n-2 1. / n-3 2. / "
                       "n-4 II. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 2. / n-9 2.1. / n-10 2.2. / "
                       "n-11 III. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2.";

  /* Section III moves up: it becomes II, and its items follow. */
  g_assert_true (kh_edit_move_up (history, kh_plan_lookup_node (plan, "n-11")));
  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-11 II. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2. / "
                  "n-4 III. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 2. / n-9 2.1. / n-10 2.2.");
  kh_history_undo (history);
  assert_outline (plan, before);

  /* An item indented under its previous sibling goes one level down, and
   * its own children with it; the siblings after it renumber. */
  g_assert_true (kh_edit_indent (history, kh_plan_lookup_node (plan, "n-8")));
  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-4 II. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 1.3. / n-9 1.3.1. / n-10 1.3.2. / "
                  "n-11 III. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2.");
  g_assert_true (kh_edit_indent (history, kh_plan_lookup_node (plan, "n-10")));
  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-4 II. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 1.3. / n-9 1.3.1. / n-10 - / "
                  "n-11 III. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2.");
  kh_plan_set_numbering (plan, KH_NUMBERING_DECREE30);
  assert_outline (plan,
                  "n-1 I. / n-2 1. / n-3 2. / "
                  "n-4 II. / n-5 1. / n-6 a) / n-7 b) / n-8 c) / n-9 - / n-10 + / "
                  "n-11 III. / n-12 1. / n-13 a) / n-14 b) / n-15 2.");
  kh_plan_set_numbering (plan, KH_NUMBERING_DECIMAL);

  /* Removing a node renumbers the ones after it. */
  kh_edit_remove_node (history, kh_plan_lookup_node (plan, "n-2"));
  assert_outline (plan,
                  "n-1 I. / n-3 1. / "
                  "n-4 II. / n-5 1. / n-6 1.1. / n-7 1.2. / n-8 1.3. / n-9 1.3.1. / n-10 - / "
                  "n-11 III. / n-12 1. / n-13 1.1. / n-14 1.2. / n-15 2.");

  while (kh_history_undo (history))
    ;
  assert_outline (plan, before);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/numbering/letter/sequence", test_letters);
  g_test_add_func ("/numbering/letter/past-y", test_letters_past_y);
  g_test_add_func ("/numbering/roman", test_roman);
  g_test_add_func ("/numbering/format/decree30", test_format_decree30);
  g_test_add_func ("/numbering/format/decimal", test_format_decimal);
  g_test_add_func ("/numbering/format/letter-past-y", test_format_letter_past_y);
  g_test_add_func ("/numbering/label/schemes", test_labels_in_plan);
  g_test_add_func ("/numbering/label/follow-moves", test_labels_follow_moves);

  return g_test_run ();
}
