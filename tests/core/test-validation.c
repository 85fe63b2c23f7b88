/* test-validation.c — each check of kh-validation fires on a plan made to
 * trip it and stays quiet on a clean one; messages name the node and are
 * translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "kh-validation.h"
#include "kh-test-plan.h"

/* A clean plan for 2018: section I with item 1 led by u-a, u-b
 * cooperating, in Quý II/2018; every unit assigned.  Tests then break one
 * thing.  Ids: units "u-a", "u-b"; nodes "n-s", "n-t". */
static KhPlan *
clean_plan (void)
{
  KhPlan *plan = kh_plan_new ();
  g_autoptr(KhUnit) a = kh_unit_new ("u-a", "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở, ban, ngành");
  g_autoptr(KhUnit) b = kh_unit_new ("u-b", "Sở Ngoại vụ", "Sở NgV", "Sở, ban, ngành");
  g_autoptr(KhNode) section = kh_node_new ("n-s", KH_NODE_SECTION, "NỘI DUNG");
  g_autoptr(KhNode) task = kh_node_new ("n-t", KH_NODE_ITEM,
                                        "Ban hành Quy chế quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh.");
  g_autoptr(GPtrArray) leads = kh_assignment_list_new ();
  g_autoptr(GPtrArray) cooperating = kh_assignment_list_new ();
  g_autoptr(KhTimeline) timeline = kh_timeline_parse ("Quý II/2018");

  kh_plan_set_year (plan, 2018);
  g_assert_true (kh_plan_insert_unit (plan, 0, a));
  g_assert_true (kh_plan_insert_unit (plan, 1, b));
  g_assert_true (kh_plan_insert_node (plan, NULL, 0, section));
  g_assert_true (kh_plan_insert_node (plan, section, 0, task));
  g_ptr_array_add (leads, kh_assignment_new (a, ""));
  g_ptr_array_add (cooperating, kh_assignment_new (b, NULL));
  kh_node_set_leads (task, leads);
  kh_node_set_cooperating (task, cooperating);
  kh_node_set_timeline (task, timeline);
  return plan;
}

static KhNode *
task_of (KhPlan *plan)
{
  return kh_plan_lookup_node (plan, "n-t");
}

/* The one finding of @plan, which must have exactly one. */
static KhFinding *
only_finding (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("finding: %s", kh_finding_get_message (g_ptr_array_index (findings, i)));
  g_assert_cmpuint (findings->len, ==, 1);
  return g_ptr_array_index (findings, 0);
}

static void
test_clean (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(GPtrArray) findings = kh_validate_plan (plan);
  g_autofree char *summary = kh_findings_summary (findings);

  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_cmpstr (summary, ==, "");
}

static void
test_no_lead (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(GPtrArray) none = kh_assignment_list_new ();
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  kh_node_set_leads (task_of (plan), none);
  findings = kh_validate_plan (plan);
  /* u-a now leads nothing: a note besides the warning. */
  g_assert_cmpuint (findings->len, ==, 2);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_NO_LEAD);
  g_assert_cmpint (kh_finding_get_severity (finding), ==, KH_SEVERITY_WARNING);
  g_assert_true (kh_finding_get_node (finding) == task_of (plan));
  g_assert_null (kh_finding_get_unit (finding));
  /* Label, then the title cut at a word within 40 characters. */
  g_assert_cmpstr (kh_finding_get_message (finding), ==,
                   "1. Ban hành Quy chế quản lý hoạt động thông…: no lead unit");
}

static void
test_no_lead_note (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(GPtrArray) none = kh_assignment_list_new ();
  g_autoptr(GPtrArray) findings = NULL;

  /* A lead written as text is a lead. */
  kh_node_set_leads (task_of (plan), none);
  kh_node_set_lead_note (task_of (plan), "Theo KH của UBND tỉnh");
  findings = kh_validate_plan (plan);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (kh_finding_get_code (only_finding (findings)), ==, KH_FINDING_UNIT_UNASSIGNED);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* An item that carries nothing is no task: it needs no lead. */
  {
    g_autoptr(KhNode) item = kh_node_new ("n-x", KH_NODE_ITEM, "Mục tiêu");
    g_assert_true (kh_plan_insert_node (plan, NULL, 0, item));
    findings = kh_validate_node (plan, item);
    g_assert_cmpuint (findings->len, ==, 0);
  }
}

static void
test_lead_and_cooperate (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(GPtrArray) cooperating = kh_assignment_list_copy (kh_node_get_cooperating (task_of (plan)));
  KhUnit *a = kh_plan_lookup_unit (plan, "u-a");
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  g_ptr_array_add (cooperating, kh_assignment_new (a, NULL));
  kh_node_set_cooperating (task_of (plan), cooperating);
  findings = kh_validate_plan (plan);
  finding = only_finding (findings);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_LEAD_AND_COOPERATE);
  g_assert_true (kh_finding_get_unit (finding) == a);
  g_assert_true (kh_finding_get_node (finding) == task_of (plan));
  g_assert_cmpstr (kh_finding_get_message (finding), ==,
                   "1. Ban hành Quy chế quản lý hoạt động thông…: "
                   "“Sở Thông tin và Truyền thông” both leads and cooperates");
}

static void
test_timeline_outside_year (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(KhTimeline) next_year = kh_timeline_parse ("Quý II/2019");
  g_autoptr(KhTimeline) ongoing = kh_timeline_parse ("Thường xuyên");
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  kh_node_set_timeline (task_of (plan), next_year);
  findings = kh_validate_plan (plan);
  finding = only_finding (findings);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_TIMELINE_OUTSIDE_YEAR);
  g_assert_true (g_str_has_suffix (kh_finding_get_message (finding),
                                   ": the timeline “Quý II/2019” is outside 2018"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* No year named: nothing to say. */
  kh_node_set_timeline (task_of (plan), ongoing);
  findings = kh_validate_plan (plan);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The appendix prints its own timeline: it is checked too. */
  row->timeline = kh_timeline_copy (next_year);
  kh_node_set_appendix_row (task_of (plan), row);
  findings = kh_validate_plan (plan);
  g_assert_cmpint (kh_finding_get_code (only_finding (findings)), ==, KH_FINDING_TIMELINE_OUTSIDE_YEAR);
}

static void
test_empty_title (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  kh_node_set_title (kh_plan_lookup_node (plan, "n-s"), "  \n ");
  findings = kh_validate_plan (plan);
  finding = only_finding (findings);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_EMPTY_TITLE);
  g_assert_cmpstr (kh_finding_get_message (finding), ==, "I: the title is empty");
}

static void
test_unit_unassigned (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  g_autoptr(KhUnit) c = kh_unit_new ("u-c", "Công an tỉnh", "CA tỉnh", "Lực lượng vũ trang");
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  g_assert_true (kh_plan_insert_unit (plan, 2, c));
  findings = kh_validate_plan (plan);
  finding = only_finding (findings);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_UNIT_UNASSIGNED);
  g_assert_cmpint (kh_finding_get_severity (finding), ==, KH_SEVERITY_INFO);
  g_assert_true (kh_finding_get_unit (finding) == c);
  g_assert_null (kh_finding_get_node (finding));
  g_assert_cmpstr (kh_finding_get_message (finding), ==, "“Công an tỉnh” is not assigned to any task");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Named in the appendix row only: that is an assignment too. */
  row->cooperating = kh_assignment_list_new ();
  g_ptr_array_add (row->cooperating, kh_assignment_new (c, NULL));
  kh_node_set_appendix_row (task_of (plan), row);
  findings = kh_validate_plan (plan);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_duplicate_units (void)
{
  g_autoptr(KhPlan) plan = clean_plan ();
  /* The same department under its short form, and one sharing a short name. */
  g_autoptr(KhUnit) again = kh_unit_new ("u-a2", "Sở TT&TT", "", "");
  g_autoptr(KhUnit) twice = kh_unit_new ("u-a3", "Sở Thông tin - Truyền thông", "", "");
  g_autoptr(KhUnit) b2 = kh_unit_new ("u-b2", "Sở Ngoại vụ tỉnh", "Sở NgV", "");
  g_autoptr(GPtrArray) findings = NULL;
  KhFinding *finding;

  g_assert_true (kh_plan_insert_unit (plan, 2, again));
  g_assert_true (kh_plan_insert_unit (plan, 3, twice));
  g_assert_true (kh_plan_insert_unit (plan, 4, b2));
  findings = kh_validate_plan (plan);
  /* Two groups, then the three unassigned units. */
  g_assert_cmpuint (findings->len, ==, 5);

  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_DUPLICATE_UNIT);
  g_assert_cmpint (kh_finding_get_severity (finding), ==, KH_SEVERITY_WARNING);
  g_assert_true (kh_finding_get_unit (finding) == kh_plan_lookup_unit (plan, "u-a"));
  g_assert_cmpstr (kh_finding_get_message (finding), ==,
                   "“Sở Thông tin và Truyền thông” looks like 2 other units: "
                   "“Sở TT&TT”, “Sở Thông tin - Truyền thông”");

  finding = g_ptr_array_index (findings, 1);
  g_assert_cmpint (kh_finding_get_code (finding), ==, KH_FINDING_DUPLICATE_UNIT);
  g_assert_cmpstr (kh_finding_get_message (finding), ==,
                   "“Sở Ngoại vụ” looks like 1 other unit: “Sở Ngoại vụ tỉnh”");

  for (guint i = 2; i < findings->len; i++)
    g_assert_cmpint (kh_finding_get_code (g_ptr_array_index (findings, i)), ==,
                     KH_FINDING_UNIT_UNASSIGNED);
}

/* The clean plan with three things wrong: an unassigned unit, a task's
 * timeline in 2019 and a section without a title. */
static KhPlan *
plan_with_three_findings (void)
{
  KhPlan *plan = clean_plan ();
  g_autoptr(KhUnit) c = kh_unit_new ("u-c", "Công an tỉnh", "", "");
  g_autoptr(KhTimeline) next_year = kh_timeline_parse ("Năm 2019");

  g_assert_true (kh_plan_insert_unit (plan, 2, c));
  kh_node_set_timeline (task_of (plan), next_year);
  kh_node_set_title (kh_plan_lookup_node (plan, "n-s"), "");
  return plan;
}

static void
test_node_only (void)
{
  g_autoptr(KhPlan) plan = plan_with_three_findings ();
  /* Unit findings are the plan's, the section's its own. */
  g_autoptr(GPtrArray) findings = kh_validate_node (plan, task_of (plan));

  g_assert_cmpint (kh_finding_get_code (only_finding (findings)), ==,
                   KH_FINDING_TIMELINE_OUTSIDE_YEAR);
}

static void
test_summary (void)
{
  g_autoptr(KhPlan) plan = plan_with_three_findings ();
  g_autoptr(GPtrArray) findings = kh_validate_plan (plan);
  g_autofree char *summary = kh_findings_summary (findings);

  g_assert_cmpstr (summary, ==, "2 warnings, 1 note");
  g_assert_cmpstr (kh_severity_to_label (KH_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (kh_severity_to_label (KH_SEVERITY_INFO), ==, "note");
}

/* Messages go through the catalogue: under LANGUAGE=vi a message is what
 * the Vietnamese format gives (the English one until vi.po has it). */
static void
test_translated (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KhPlan) plan = clean_plan ();
      g_autoptr(GPtrArray) none = kh_assignment_list_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) parts = NULL;
      const char *format;

      g_setenv ("LANGUAGE", "vi", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      format = g_dgettext (GETTEXT_PACKAGE, "%s: no lead unit");
      if (g_str_equal (format, "%s: no lead unit"))
        g_test_message ("no Vietnamese translation in %s yet", BUILD_LOCALEDIR);
      kh_node_set_leads (task_of (plan), none);
      findings = kh_validate_node (plan, task_of (plan));
      /* The format filled in by hand: it is not a literal. */
      parts = g_strsplit (format, "%s", 2);
      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      expected = g_strjoinv ("1. Ban hành Quy chế quản lý hoạt động thông…", parts);
      g_assert_cmpstr (kh_finding_get_message (only_finding (findings)), ==, expected);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The shipped examples validate without crashing, and their findings
 * are of the kinds a real plan has: no empty titles, no duplicates. */
static void
test_examples (void)
{
  const char *names[] = { "ha-tinh-2018.kehoach", "thua-thien-hue-2018.kehoach" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(KhPlan) plan = kh_test_load_example (names[i]);
      g_autoptr(GPtrArray) findings = kh_validate_plan (plan);

      for (guint k = 0; k < findings->len; k++)
        {
          KhFinding *finding = g_ptr_array_index (findings, k);

          g_test_message ("%s: %s", names[i], kh_finding_get_message (finding));
          g_assert_cmpint (kh_finding_get_code (finding), !=, KH_FINDING_EMPTY_TITLE);
          g_assert_cmpint (kh_finding_get_code (finding), !=, KH_FINDING_DUPLICATE_UNIT);
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/clean", test_clean);
  g_test_add_func ("/validation/no-lead", test_no_lead);
  g_test_add_func ("/validation/no-lead/note-or-no-task", test_no_lead_note);
  g_test_add_func ("/validation/lead-and-cooperate", test_lead_and_cooperate);
  g_test_add_func ("/validation/timeline-outside-year", test_timeline_outside_year);
  g_test_add_func ("/validation/empty-title", test_empty_title);
  g_test_add_func ("/validation/unit-unassigned", test_unit_unassigned);
  g_test_add_func ("/validation/duplicate-units", test_duplicate_units);
  g_test_add_func ("/validation/node-only", test_node_only);
  g_test_add_func ("/validation/summary", test_summary);
  g_test_add_func ("/validation/translated", test_translated);
  g_test_add_func ("/validation/examples", test_examples);

  return g_test_run ();
}
