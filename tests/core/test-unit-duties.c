/* test-unit-duties.c — what one unit has to do: the tasks it leads, then
 * those it supports, and the clipboard text in the document language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-edit.h"
#include "kh-numbering.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"
#include "kh-unit-duties.h"

static char **
lines_of (const char *text)
{
  g_assert_true (g_str_has_suffix (text, "\n"));
  return g_strsplit (text, "\n", -1);
}

static void
test_collect_order (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  KhUnit *snv = kh_plan_lookup_unit (plan, "u-snv");
  g_autoptr(GPtrArray) duties = kh_unit_duties_collect (plan, snv, KH_LANGUAGE_VI);
  static const char * const ids[] = { "n-10", "n-6", "n-7", "n-9" };
  KhUnitDuty *duty;

  g_assert_cmpuint (duties->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < duties->len; i++)
    {
      duty = g_ptr_array_index (duties, i);
      g_assert_cmpstr (kh_node_get_id (duty->node), ==, ids[i]);
      g_assert_cmpint (duty->role, ==, i == 0 ? KH_ROLE_LEAD : KH_ROLE_COOPERATE);
      g_assert_true (duty->section == kh_plan_lookup_node (plan, "n-4"));
    }

  duty = g_ptr_array_index (duties, 0);
  g_assert_cmpstr (duty->label, ==, "2.2.");
  g_assert_cmpstr (duty->title, ==, "Tập huấn kỹ năng phát ngôn.");
  g_assert_cmpstr (duty->scope, ==, "tổng hợp thông tin");
  g_assert_cmpstr (duty->timeline, ==, "Thường xuyên");
  g_assert_cmpstr (duty->partners, ==, "Báo Hà Tĩnh và Đài Phát thanh - Truyền hình tỉnh");

  duty = g_ptr_array_index (duties, 3);
  g_assert_cmpstr (duty->label, ==, "2.1.");
  g_assert_cmpstr (duty->scope, ==, "");
  g_assert_cmpstr (duty->timeline, ==, "Quý II/2018");
  g_assert_cmpstr (duty->partners, ==, "Sở Thông tin và Truyền thông");

  /* The timeline follows the language asked for. */
  g_clear_pointer (&duties, g_ptr_array_unref);
  duties = kh_unit_duties_collect (plan, snv, KH_LANGUAGE_EN);
  duty = g_ptr_array_index (duties, 3);
  g_assert_cmpstr (duty->timeline, ==, "Q2 2018");
}

static void
test_collect_follows_edits (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autoptr(KhHistory) history = kh_history_new (plan);
  KhUnit *ca = kh_plan_lookup_unit (plan, "u-ca");
  KhNode *task = kh_plan_lookup_node (plan, "n-9");
  g_autoptr(GPtrArray) duties = NULL;
  KhUnitDuty *duty;

  /* Both lead and cooperating: it leads. */
  g_assert_true (kh_edit_set_leads (history, task, kh_node_get_cooperating (task)));
  duties = kh_unit_duties_collect (plan, ca, KH_LANGUAGE_VI);
  g_assert_cmpuint (duties->len, ==, 1);
  duty = g_ptr_array_index (duties, 0);
  g_assert_cmpint (duty->role, ==, KH_ROLE_LEAD);
  /* The other leads and the cooperating units, each once. */
  g_assert_cmpstr (duty->partners, ==, "Sở Ngoại vụ và Sở Văn hóa, Thể thao và Du lịch");
}

static void
test_text_vi (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autofree char *text = kh_unit_duties_format_text (plan, kh_plan_lookup_unit (plan, "u-snv"),
                                                      KH_LANGUAGE_VI);

  g_assert_cmpstr (text, ==,
                   "Sở Ngoại vụ\n"
                   "a) Chủ trì, phối hợp với Báo Hà Tĩnh và Đài Phát thanh - Truyền hình tỉnh "
                   "tập huấn kỹ năng phát ngôn: tổng hợp thông tin. Thời gian thực hiện: Thường xuyên.\n"
                   "b) Phối hợp với Sở Thông tin và Truyền thông xây dựng Kế hoạch Thông tin đối ngoại "
                   "năm 2018. Thời gian thực hiện: Tháng 02/2018.\n"
                   "c) Phối hợp với Sở Thông tin và Truyền thông ban hành Quy chế quản lý hoạt động "
                   "thông tin đối ngoại. Thời gian thực hiện: Quý I/2018.\n"
                   "d) Phối hợp với Sở Thông tin và Truyền thông hội nghị triển khai các văn bản quản lý "
                   "nhà nước. Thời gian thực hiện: Quý II/2018.\n");
}

static void
test_text_en (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autofree char *text = kh_unit_duties_format_text (plan, kh_plan_lookup_unit (plan, "u-stttt"),
                                                      KH_LANGUAGE_EN);

  g_assert_cmpstr (text, ==,
                   "Sở Thông tin và Truyền thông\n"
                   "a) Lead “Xây dựng Kế hoạch Thông tin đối ngoại năm 2018”, with Sở Ngoại vụ and "
                   "các cơ quan, đơn vị liên quan. Timeline: February 2018.\n"
                   "b) Lead “Ban hành Quy chế quản lý hoạt động thông tin đối ngoại”, with Sở Ngoại vụ. "
                   "Timeline: Q1 2018.\n"
                   "c) Lead “Hội nghị triển khai các văn bản quản lý nhà nước”, with Sở Ngoại vụ, "
                   "Công an tỉnh and Sở Văn hóa, Thể thao và Du lịch. Timeline: Q2 2018.\n");
}

static void
test_text_no_duties (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autofree char *vi = kh_unit_duties_format_text (plan, kh_plan_lookup_unit (plan, "u-ca"),
                                                    KH_LANGUAGE_VI);
  g_autoptr(KhUnit) idle = kh_unit_new ("u-stp", "Sở Tư pháp", "", "");
  g_autofree char *none_vi = NULL;
  g_autofree char *none_en = NULL;

  g_assert_cmpstr (vi, ==,
                   "Công an tỉnh\n"
                   "a) Phối hợp với Sở Thông tin và Truyền thông hội nghị triển khai các văn bản quản "
                   "lý nhà nước. Thời gian thực hiện: Quý II/2018.\n");

  g_assert_true (kh_plan_insert_unit (plan, 0, idle));
  none_vi = kh_unit_duties_format_text (plan, idle, KH_LANGUAGE_VI);
  none_en = kh_unit_duties_format_text (plan, idle, KH_LANGUAGE_EN);
  g_assert_cmpstr (none_vi, ==, "Sở Tư pháp\nKhông có nhiệm vụ được giao.\n");
  g_assert_cmpstr (none_en, ==, "Sở Tư pháp\nNo tasks assigned.\n");
}

/* Names and abbreviations keep their capitals; ordinary words lose it. */
static void
test_text_title_case (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhUnit) unit = kh_unit_new ("u-a", "Sở Ngoại vụ", "", "");
  static const struct { const char *title, *continued; } cases[] = {
    { "Tổ chức Hội nghị.", "tổ chức Hội nghị" },
    { "UBND tỉnh ban hành kế hoạch", "UBND tỉnh ban hành kế hoạch" },
    { "Hà Tĩnh đón đoàn", "Hà Tĩnh đón đoàn" },
    { "Ê-kíp", "Ê-kíp" },
    { "Đón đoàn;", "đón đoàn" },
    /* A title that names the role already is the whole line. */
    { "Chủ trì, phối hợp với Sở Nội vụ tổ chức", NULL },
    /* One written from the other side is quoted. */
    { "Phối hợp với Sở Nội vụ tổ chức", "thực hiện nhiệm vụ “Phối hợp với Sở Nội vụ tổ chức”" },
  };

  g_assert_true (kh_plan_insert_unit (plan, 0, unit));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("n-%u", i);
      g_autoptr(KhNode) node = kh_node_new (id, KH_NODE_ITEM, cases[i].title);
      g_autoptr(GPtrArray) leads = kh_assignment_list_new ();

      g_ptr_array_add (leads, kh_assignment_new (unit, NULL));
      kh_node_set_leads (node, leads);
      g_assert_true (kh_plan_insert_node (plan, NULL, i, node));
    }
  {
    g_autofree char *text = kh_unit_duties_format_text (plan, unit, KH_LANGUAGE_VI);
    g_auto(GStrv) lines = lines_of (text);

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *letter = kh_numbering_letter (i);
        g_autofree char *line = cases[i].continued
                                ? g_strdup_printf ("%s) Chủ trì %s.", letter, cases[i].continued)
                                : g_strdup_printf ("%s) %s.", letter, cases[i].title);

        g_assert_cmpstr (lines[i + 1], ==, line);
      }
  }
}

/* The examples: one unit of each, in both languages. */

static void
assert_example_lines (KhPlan *plan, KhUnit *unit, KhLanguage language,
                      const char *lead_prefix, const char *support_prefix)
{
  g_autoptr(GPtrArray) duties = kh_unit_duties_collect (plan, unit, language);
  g_autofree char *text = kh_unit_duties_format_text (plan, unit, language);
  g_auto(GStrv) lines = lines_of (text);
  guint n_leads = 0;

  g_assert_cmpstr (lines[0], ==, kh_unit_get_name (unit));
  g_assert_cmpuint (g_strv_length (lines), ==, duties->len + 2);  /* heading, duties, "" */
  g_assert_cmpstr (lines[duties->len + 1], ==, "");
  for (guint i = 0; i < duties->len; i++)
    {
      KhUnitDuty *duty = g_ptr_array_index (duties, i);
      g_autofree char *letter = kh_numbering_letter (i);
      g_autofree char *start = g_strdup_printf ("%s) %s", letter,
                                                duty->role == KH_ROLE_LEAD ? lead_prefix : support_prefix);

      g_assert_true (g_str_has_prefix (lines[i + 1], start));
      g_assert_true (g_str_has_suffix (lines[i + 1], "."));
      if (duty->timeline[0] != '\0')
        g_assert_nonnull (strstr (lines[i + 1], duty->timeline));
      if (duty->role == KH_ROLE_LEAD)
        {
          g_assert_cmpuint (i, ==, n_leads);  /* leads come first */
          n_leads++;
        }
      else if (duty->partners[0] != '\0' && strstr (lines[i + 1], duty->partners) == NULL)
        {
          /* A title that names its partners itself stands for them. */
          g_autofree char *start_of_title = g_utf8_substring (duty->title, 0, 20);

          g_assert_nonnull (strstr (lines[i + 1], start_of_title));
        }
    }
  g_assert_cmpuint (n_leads, >, 0);
  g_assert_cmpuint (n_leads, <, duties->len);
}

static void
test_example_ha_tinh (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  KhUnit *unit = kh_plan_lookup_unit (plan, "u-sngv");

  g_assert_nonnull (unit);
  assert_example_lines (plan, unit, KH_LANGUAGE_VI, "Chủ trì", "Phối hợp");
  assert_example_lines (plan, unit, KH_LANGUAGE_EN, "Lead “", "Support ");
}

static void
test_example_thua_thien_hue (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("thua-thien-hue-2018.kehoach");
  GListModel *units = kh_plan_get_units (plan);
  g_autoptr(KhUnit) unit = NULL;

  /* Sở Thông tin và Truyền thông, as in III.2 of the plan. */
  for (guint i = 0; i < g_list_model_get_n_items (units) && unit == NULL; i++)
    {
      g_autoptr(KhUnit) u = g_list_model_get_item (units, i);

      if (g_str_equal (kh_unit_get_name (u), "Sở Thông tin và Truyền thông"))
        unit = g_steal_pointer (&u);
    }
  g_assert_nonnull (unit);
  assert_example_lines (plan, unit, KH_LANGUAGE_VI, "Chủ trì", "Phối hợp");
  assert_example_lines (plan, unit, KH_LANGUAGE_EN, "Lead “", "Support ");

  /* Where the tasks are the plan's own paragraphs, the text gives them
   * back word for word. */
  {
    g_autofree char *plan_text = kh_test_read_plan_text ("thua-thien-hue-2018.txt");
    g_autofree char *text = kh_unit_duties_format_text (plan, unit, KH_LANGUAGE_VI);
    g_auto(GStrv) lines = lines_of (text);
    static const char * const expected[] = {
      "a) Chủ trì, phối hợp với Sở Ngoại vụ và các cơ quan liên quan tham mưu Ủy ban nhân dân "
      "tỉnh chỉ đạo hoạt động thông tin đối ngoại theo quy định.",
      "b) Chủ trì, phối hợp với các sở, ngành liên quan tổng hợp, xây dựng dự toán kinh phí phục "
      "vụ công tác thông tin đối ngoại năm 2018, báo cáo Ủy ban nhân dân tỉnh xem xét.",
    };
    guint verbatim = 0;

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (lines[i + 1], ==, expected[i]);
    for (guint i = 1; lines[i] && lines[i][0]; i++)
      {
        const char *paragraph = strstr (lines[i], ") ") + 2;

        if (strstr (plan_text, paragraph) != NULL)
          verbatim++;
      }
    g_test_message ("%u lines as in the plan", verbatim);
    g_assert_cmpuint (verbatim, >=, 6);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-duties/collect/leads-then-support-in-tree-order", test_collect_order);
  g_test_add_func ("/unit-duties/collect/lead-wins-partners-once", test_collect_follows_edits);
  g_test_add_func ("/unit-duties/text/vi", test_text_vi);
  g_test_add_func ("/unit-duties/text/en", test_text_en);
  g_test_add_func ("/unit-duties/text/no-duties-and-support-only", test_text_no_duties);
  g_test_add_func ("/unit-duties/text/title-continues-the-sentence", test_text_title_case);
  g_test_add_func ("/unit-duties/example/ha-tinh", test_example_ha_tinh);
  g_test_add_func ("/unit-duties/example/thua-thien-hue", test_example_thua_thien_hue);

  return g_test_run ();
}
