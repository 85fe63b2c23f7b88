/* kh-test-plan.c — a plan built in code, and a text dump of any plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-test-plan.h"
#include "kh-test-util.h"
#include "kh-plan-io.h"

#include <stdlib.h>

static KhNode *
add (KhPlan *plan, KhNode *parent, KhNodeKind kind, const char *title)
{
  g_autofree char *id = kh_plan_new_node_id (plan);
  g_autoptr(KhNode) node = kh_node_new (id, kind, title);

  g_assert_true (kh_plan_insert_node (plan, parent, G_MAXUINT, node));
  return node;
}

static void
assign (KhNode *node, KhPlan *plan, const char *lead, const char *scope,
        const char * const *cooperating, const char *phrase)
{
  g_autoptr(GPtrArray) leads = kh_assignment_list_new ();
  g_autoptr(GPtrArray) coop = kh_assignment_list_new ();

  if (lead != NULL)
    g_ptr_array_add (leads, kh_assignment_new (kh_plan_lookup_unit (plan, lead), scope));
  for (guint i = 0; cooperating && cooperating[i]; i++)
    g_ptr_array_add (coop, kh_assignment_new (kh_plan_lookup_unit (plan, cooperating[i]), NULL));
  kh_node_set_leads (node, leads);
  kh_node_set_cooperating (node, coop);
  if (phrase != NULL)
    {
      g_autoptr(KhTimeline) timeline = kh_timeline_parse (phrase);
      kh_node_set_timeline (node, timeline);
    }
}

KhPlan *
kh_test_plan_new (void)
{
  static const struct { const char *id, *name, *short_name, *group; } units[] = {
    { "u-snv", "Sở Ngoại vụ", "", "Sở, ban, ngành" },
    { "u-stttt", "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở, ban, ngành" },
    { "u-ca", "Công an tỉnh", "", "Sở, ban, ngành" },
    { "u-svh", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "Sở, ban, ngành" },
    { "u-bht", "Báo Hà Tĩnh", "", "Cơ quan báo chí" },
    { "u-dpth", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh", "Cơ quan báo chí" },
  };
  static const char * const recipients[] = { "Bộ TT và TT", "Thường trực Tỉnh ủy", NULL };
  static const char * const snv[] = { "u-snv", NULL };
  static const char * const press[] = { "u-bht", "u-dpth", NULL };
  static const char * const many[] = { "u-snv", "u-ca", "u-svh", NULL };
  KhPlan *plan = kh_plan_new ();
  KhNode *section, *item, *task;
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();

  kh_plan_set_string (plan, "title", "Công tác thông tin đối ngoại tỉnh Hà Tĩnh năm 2018");
  kh_plan_set_year (plan, 2018);
  kh_plan_set_numbering (plan, KH_NUMBERING_DECIMAL);
  kh_plan_set_string (plan, "issuer-name", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
  kh_plan_set_string (plan, "issuer-short", "UBND tỉnh");
  kh_plan_set_string (plan, "number", "44/KH-UBND");
  kh_plan_set_string (plan, "place", "Hà Tĩnh");
  kh_plan_set_string (plan, "date", "2018-02-07");
  kh_plan_set_string (plan, "signature-name", "Đặng Quốc Vinh");
  kh_plan_set_recipients (plan, recipients);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(KhUnit) unit = kh_unit_new (units[i].id, units[i].name,
                                            units[i].short_name, units[i].group);
      g_assert_true (kh_plan_insert_unit (plan, i, unit));
    }

  section = add (plan, NULL, KH_NODE_SECTION, "MỤC TIÊU, YÊU CẦU");
  item = add (plan, section, KH_NODE_ITEM, "Mục tiêu");
  kh_node_set_body (item, "Tăng cường hiệu lực, hiệu quả quản lý nhà nước về thông tin đối ngoại.");
  add (plan, section, KH_NODE_ITEM, "Yêu cầu");

  section = add (plan, NULL, KH_NODE_SECTION, "NỘI DUNG");
  item = add (plan, section, KH_NODE_ITEM, "Xây dựng văn bản chỉ đạo, điều hành");
  task = add (plan, item, KH_NODE_ITEM, "Xây dựng Kế hoạch Thông tin đối ngoại năm 2018.");
  assign (task, plan, "u-stttt", "", snv, "Tháng 02/2018");
  kh_node_set_cooperate_note (task, "các cơ quan, đơn vị liên quan");
  kh_node_set_in_appendix (task, TRUE);
  task = add (plan, item, KH_NODE_ITEM, "Ban hành Quy chế quản lý hoạt động thông tin đối ngoại.");
  assign (task, plan, "u-stttt", NULL, snv, "Quý I/2018");
  kh_node_set_in_appendix (task, TRUE);
  row->title = g_strdup ("Quy chế thông tin đối ngoại");
  row->timeline = kh_timeline_parse ("Quý II/2018");
  row->cooperating = kh_assignment_list_new ();
  g_ptr_array_add (row->cooperating, kh_assignment_new (kh_plan_lookup_unit (plan, "u-ca"), NULL));
  kh_node_set_appendix_row (task, row);
  item = add (plan, section, KH_NODE_ITEM, "Tập huấn bồi dưỡng nghiệp vụ");
  task = add (plan, item, KH_NODE_ITEM, "Hội nghị triển khai các văn bản quản lý nhà nước.");
  assign (task, plan, "u-stttt", NULL, many, "02 ngày, Quý II năm 2018");
  kh_node_set_participants (task, "Cán bộ phụ trách công tác thông tin đối ngoại");
  kh_node_set_quantity (task, "70 người/lớp");
  kh_node_set_duration (task, "02 ngày");
  kh_node_set_budget_amount (task, 50000000);
  kh_node_set_budget_source (task, "Ngân sách tỉnh");
  task = add (plan, item, KH_NODE_ITEM, "Tập huấn kỹ năng phát ngôn.");
  assign (task, plan, "u-snv", "tổng hợp thông tin", press, "Thường xuyên");
  kh_node_set_notes (task, "Theo KH của UBND tỉnh");

  section = add (plan, NULL, KH_NODE_SECTION, "TỔ CHỨC THỰC HIỆN");
  item = add (plan, section, KH_NODE_ITEM, "Sở Thông tin và Truyền thông");
  add (plan, item, KH_NODE_ITEM, "Chủ trì, theo dõi, đôn đốc.");
  add (plan, item, KH_NODE_ITEM, "Tổng hợp, báo cáo UBND tỉnh.");
  add (plan, section, KH_NODE_ITEM, "Các sở, ban, ngành");

  {
    static const char * const order[] = { "n-7", "n-6", NULL };
    kh_plan_set_appendix_order (plan, order);
  }
  return plan;
}

KhNode *
kh_test_node (KhPlan *plan, const char *id)
{
  KhNode *node = kh_plan_lookup_node (plan, id);

  g_assert_nonnull (node);
  return node;
}

KhUnit *
kh_test_unit (KhPlan *plan, const char *id)
{
  KhUnit *unit = kh_plan_lookup_unit (plan, id);

  g_assert_nonnull (unit);
  return unit;
}

/* Dump */

static void
dump_list (GString *out, const char *indent, const char *name, GPtrArray *list)
{
  if (list == NULL)
    {
      g_string_append_printf (out, "%s%s: (none)\n", indent, name);
      return;
    }
  g_string_append_printf (out, "%s%s:", indent, name);
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);
      g_string_append_printf (out, " [%s|%s]", kh_unit_get_id (a->unit), a->scope);
    }
  g_string_append_c (out, '\n');
}

static void
dump_timeline (GString *out, const char *indent, const char *name, const KhTimeline *t)
{
  if (t == NULL)
    {
      g_string_append_printf (out, "%s%s: (none)\n", indent, name);
      return;
    }
  g_string_append_printf (out, "%s%s: %s y=%d-%d h=%d q=%d-%d m=%d d=%d every=%d mode=%d text=%s extras=%s\n",
                          indent, name, kh_timeline_kind_to_string (t->kind),
                          t->year, t->year_end, t->half, t->quarter, t->quarter_end,
                          t->month, t->day, t->every_months, t->mode,
                          t->text ? t->text : "(null)", t->extras ? t->extras : "(null)");
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
dump_extras (GString *out, const char *indent, GHashTable *extras)
{
  g_autofree const char **keys = (const char **) g_hash_table_get_keys_as_array (extras, NULL);
  guint n = g_hash_table_size (extras);

  qsort (keys, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%sextra %s=%s\n", indent, keys[i],
                            (const char *) g_hash_table_lookup (extras, keys[i]));
}

static void
dump_node (GString *out, KhNode *node, guint depth)
{
  g_autofree char *indent = g_strnfill (depth * 2, ' ');
  const char * const *texts = kh_node_text_properties ();
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  GListModel *children = kh_node_get_children (node);

  g_string_append_printf (out, "%snode %s %s budget=%" G_GINT64_FORMAT " appendix=%d\n",
                          indent, kh_node_get_id (node),
                          kh_node_kind_to_string (kh_node_get_kind (node)),
                          kh_node_get_budget_amount (node), kh_node_get_in_appendix (node));
  for (guint i = 0; texts[i]; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (node, texts[i], &value, NULL);
      g_string_append_printf (out, "%s %s=%s\n", indent, texts[i], value);
    }
  dump_list (out, indent, " leads", kh_node_get_leads (node));
  dump_list (out, indent, " cooperating", kh_node_get_cooperating (node));
  dump_timeline (out, indent, " timeline", kh_node_get_timeline (node));
  if (row == NULL)
    g_string_append_printf (out, "%s row: (none)\n", indent);
  else
    {
      g_string_append_printf (out, "%s row title=%s lead-note=%s cooperate-note=%s\n", indent,
                              row->title ? row->title : "(null)",
                              row->lead_note ? row->lead_note : "(null)",
                              row->cooperate_note ? row->cooperate_note : "(null)");
      dump_list (out, indent, " row leads", row->leads);
      dump_list (out, indent, " row cooperating", row->cooperating);
      dump_timeline (out, indent, " row timeline", row->timeline);
    }
  dump_extras (out, indent, kh_node_get_extras (node));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KhNode) child = g_list_model_get_item (children, i);
      dump_node (out, child, depth + 1);
    }
}

char *
kh_test_plan_dump (KhPlan *plan)
{
  GString *out = g_string_new (NULL);
  const char * const *texts = kh_plan_text_properties ();
  GListModel *units = kh_plan_get_units (plan);
  GListModel *roots = kh_plan_get_roots (plan);
  g_autofree char *recipients = g_strjoinv ("|", (char **) kh_plan_get_recipients (plan));
  g_autofree char *order = g_strjoinv ("|", (char **) kh_plan_get_appendix_order (plan));

  for (guint i = 0; texts[i]; i++)
    g_string_append_printf (out, "%s=%s\n", texts[i], kh_plan_get_string (plan, texts[i]));
  g_string_append_printf (out, "year=%d language=%s numbering=%s\n", kh_plan_get_year (plan),
                          kh_language_to_string (kh_plan_get_language (plan)),
                          kh_numbering_to_string (kh_plan_get_numbering (plan)));
  g_string_append_printf (out, "recipients=%s\nappendix-order=%s\n", recipients, order);
  dump_extras (out, "", kh_plan_get_extras (plan));
  dump_extras (out, "document ", kh_plan_get_document_extras (plan));

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      g_string_append_printf (out, "unit %s name=%s short=%s group=%s\n",
                              kh_unit_get_id (unit), kh_unit_get_name (unit),
                              kh_unit_get_short_name (unit), kh_unit_get_group (unit));
      dump_extras (out, " ", kh_unit_get_extras (unit));
    }
  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      g_autoptr(KhNode) root = g_list_model_get_item (roots, i);
      dump_node (out, root, 0);
    }
  return g_string_free (out, FALSE);
}

KhPlan *
kh_test_load_example (const char *name)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KhPlan *plan = kh_plan_load (file, &error);

  g_assert_no_error (error);
  return plan;
}
