/* kh-bench-plan.c — a large synthetic plan for benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-bench-plan.h"

static const char * const words[] = {
  "tăng cường", "công tác", "thông tin", "đối ngoại", "quảng bá", "hình ảnh",
  "tỉnh", "hợp tác", "quốc tế", "báo chí", "tuyên truyền", "biển, đảo",
  "biên giới", "đầu tư", "du lịch", "văn hóa", "người Việt Nam ở nước ngoài",
  "xây dựng", "kế hoạch", "tổ chức", "hội nghị", "tập huấn", "phóng viên",
  "nước ngoài", "cơ sở dữ liệu", "trang thông tin điện tử", "sản phẩm",
  "ấn phẩm", "song ngữ", "Việt - Lào", "kinh tế - xã hội", "triển lãm",
};

static const char * const groups[] = {
  "Sở, ban, ngành", "Cơ quan báo chí", "UBND cấp xã", "Đoàn thể",
};

static char *
phrase (GRand *rand, guint n_words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        {
          /* Capitalise the first letter (ASCII or not). */
          gunichar c = g_unichar_toupper (g_utf8_get_char (word));
          g_string_append_unichar (out, c);
          g_string_append (out, g_utf8_next_char (word));
        }
      else
        {
          g_string_append_c (out, ' ');
          g_string_append (out, word);
        }
    }
  return g_string_free (out, FALSE);
}

static KhTimeline *
make_timeline (GRand *rand, int year)
{
  KhTimeline *t;

  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0:
      t = kh_timeline_new (KH_TIMELINE_QUARTER);
      t->quarter = g_rand_int_range (rand, 1, 5);
      break;
    case 1:
      t = kh_timeline_new (KH_TIMELINE_MONTH);
      t->month = g_rand_int_range (rand, 1, 13);
      break;
    case 2:
      t = kh_timeline_new (KH_TIMELINE_DEADLINE);
      t->day = g_rand_int_range (rand, 1, 29);
      t->month = g_rand_int_range (rand, 1, 13);
      break;
    case 3:
      t = kh_timeline_new (KH_TIMELINE_HALF);
      t->half = g_rand_int_range (rand, 1, 3);
      break;
    case 4:
      t = kh_timeline_new (KH_TIMELINE_QUARTER_RANGE);
      t->quarter = g_rand_int_range (rand, 1, 4);
      t->quarter_end = t->quarter + 1;
      break;
    case 5:
      t = kh_timeline_new (KH_TIMELINE_ONGOING);
      break;
    default:
      t = kh_timeline_new (KH_TIMELINE_YEAR);
      break;
    }
  t->year = year;
  t->text = kh_timeline_render (t, KH_LANGUAGE_VI);
  return t;
}

static KhUnit *
random_unit (KhPlan *plan, GRand *rand, guint n_units)
{
  char id[32];

  g_snprintf (id, sizeof id, "u-%u", (guint) g_rand_int_range (rand, 0, (gint32) n_units));
  return kh_plan_lookup_unit (plan, id);
}

static void
assign (KhPlan *plan, KhNode *task, GRand *rand, guint n_units)
{
  g_autoptr(GPtrArray) leads = kh_assignment_list_new ();
  g_autoptr(GPtrArray) cooperating = kh_assignment_list_new ();
  g_autofree char *scope = NULL;
  KhUnit *lead = random_unit (plan, rand, n_units);

  if (g_rand_int_range (rand, 0, 4) == 0)
    scope = phrase (rand, 3);
  g_ptr_array_add (leads, kh_assignment_new (lead, scope));
  while (cooperating->len < 4 && cooperating->len + 1 < n_units)
    {
      KhUnit *unit = random_unit (plan, rand, n_units);

      if (unit != lead && kh_assignment_list_find (cooperating, unit) < 0)
        g_ptr_array_add (cooperating, kh_assignment_new (unit, NULL));
    }
  kh_node_set_leads (task, leads);
  kh_node_set_cooperating (task, cooperating);
}

static KhNode *
add_node (KhPlan *plan, KhNode *parent, KhNodeKind kind, guint *next_id, GRand *rand, guint n_units)
{
  g_autofree char *id = g_strdup_printf ("n-%u", (*next_id)++);
  g_autofree char *title = phrase (rand, kind == KH_NODE_SECTION ? 4 : g_rand_int_range (rand, 6, 14));
  g_autoptr(KhNode) node = kh_node_new (id, kind, title);

  if (kind == KH_NODE_ITEM)
    {
      g_autoptr(KhTimeline) timeline = make_timeline (rand, kh_plan_get_year (plan));

      assign (plan, node, rand, n_units);
      kh_node_set_timeline (node, timeline);
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *body = phrase (rand, 25);
          kh_node_set_body (node, body);
        }
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          kh_node_set_budget_amount (node, (gint64) g_rand_int_range (rand, 1, 500) * 1000000);
          kh_node_set_budget_source (node, "Ngân sách tỉnh");
        }
      if (g_rand_int_range (rand, 0, 4) == 0)
        kh_node_set_in_appendix (node, TRUE);
    }
  g_assert (kh_plan_insert_node (plan, parent, G_MAXUINT, node));
  return node;
}

KhPlan *
kh_bench_generate_plan (guint   n_tasks,
                        guint   n_units,
                        guint32 seed)
{
  /* Tasks come in groups of nine: 1 at level 2, 2 at level 3, 6 at level 4. */
  static const guint group_levels[] = { 2, 3, 4, 4, 4, 3, 4, 4, 4 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  KhPlan *plan = kh_plan_new ();
  guint n_groups = (n_tasks + G_N_ELEMENTS (group_levels) - 1) / G_N_ELEMENTS (group_levels);
  guint n_sections = MAX (1, n_tasks / 500);
  KhNode *parents[5] = { NULL, };
  guint next_id = 1;
  static const char * const recipients[] = { "Như trên;", "Lưu: VT.", NULL };

  g_return_val_if_fail (n_units >= 2, plan);

  kh_plan_set_string (plan, "title", "Công tác thông tin đối ngoại năm 2027");
  kh_plan_set_year (plan, 2027);
  kh_plan_set_string (plan, "issuer-name", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  kh_plan_set_string (plan, "issuer-short", "UBND tỉnh");
  kh_plan_set_string (plan, "number", "12/KH-UBND");
  kh_plan_set_string (plan, "place", "Hà Tĩnh");
  kh_plan_set_string (plan, "date", "2027-01-15");
  kh_plan_set_string (plan, "signature-name", "Nguyễn Văn A");
  kh_plan_set_recipients (plan, recipients);

  for (guint i = 0; i < n_units; i++)
    {
      g_autofree char *id = g_strdup_printf ("u-%u", i);
      g_autofree char *words_of_name = phrase (rand, 3);
      g_autofree char *name = g_strdup_printf ("Sở %s %u", words_of_name, i);
      g_autofree char *short_name = g_strdup_printf ("S%u", i);
      g_autoptr(KhUnit) unit = kh_unit_new (id, name, i % 3 == 0 ? short_name : "",
                                            groups[i % G_N_ELEMENTS (groups)]);
      kh_plan_insert_unit (plan, G_MAXUINT, unit);
    }

  for (guint t = 0; t < n_tasks; t++)
    {
      guint group = t / G_N_ELEMENTS (group_levels);
      guint level = group_levels[t % G_N_ELEMENTS (group_levels)];
      guint section = (guint) ((guint64) group * n_sections / n_groups);

      if (parents[1] == NULL || kh_plan_get_node_position (plan, parents[1]) != section)
        parents[1] = add_node (plan, NULL, KH_NODE_SECTION, &next_id, rand, n_units);
      parents[level] = add_node (plan, parents[level - 1], KH_NODE_ITEM, &next_id, rand, n_units);
    }
  return plan;
}
