/* test-json.c — .kehoach round trips, examples, locales, versions and
 * unknown members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "kh-bench-plan.h"
#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

/* Helpers ---------------------------------------------------------------- */

static KhPlan *
load_string (const char *json, GError **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  return kh_plan_load_bytes (bytes, error);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static void
assert_same_bytes (GBytes *expected, GBytes *actual)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (g_bytes_equal (expected, actual))
    return;
  a = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  b = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));
  kh_test_assert_same_text (a, b);
  g_assert_cmpuint (g_bytes_get_size (expected), ==, g_bytes_get_size (actual));
  g_assert_not_reached ();
}

/* Saves, loads and saves again: the two documents and the two plans
 * must be the same. */
static KhPlan *
assert_round_trip (KhPlan *plan)
{
  g_autoptr(GBytes) first = kh_plan_to_bytes (plan);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = kh_test_plan_dump (plan);
  g_autofree char *after = NULL;
  KhPlan *loaded;

  loaded = kh_plan_load_bytes (first, &error);
  g_assert_no_error (error);
  second = kh_plan_to_bytes (loaded);
  assert_same_bytes (first, second);
  after = kh_test_plan_dump (loaded);
  kh_test_assert_same_text (before, after);
  return loaded;
}

static void
add_extra (GHashTable *extras, const char *name, const char *json)
{
  g_hash_table_replace (extras, g_strdup (name), g_strdup (json));
}

static KhNode *
add_node (KhPlan *plan, KhNode *parent, const char *id, KhNodeKind kind, const char *title)
{
  g_autoptr(KhNode) node = kh_node_new (id, kind, title);

  g_assert_true (kh_plan_insert_node (plan, parent, G_MAXUINT, node));
  return node;
}

static GPtrArray *
list_of (KhPlan *plan, const char *first_id, const char *first_scope, ...)
{
  GPtrArray *list = kh_assignment_list_new ();
  va_list args;

  va_start (args, first_scope);
  for (const char *id = first_id, *scope = first_scope; id != NULL;
       id = va_arg (args, const char *), scope = id ? va_arg (args, const char *) : NULL)
    g_ptr_array_add (list, kh_assignment_new (kh_plan_lookup_unit (plan, id), scope));
  va_end (args);
  return list;
}

static KhTimeline *
timeline (KhTimelineKind kind, int year, const char *text)
{
  KhTimeline *t = kh_timeline_new (kind);

  t->year = year;
  t->text = g_strdup (text);
  return t;
}

/* One timeline of every kind, every variant of the deadline. */
static GPtrArray *
every_timeline (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_timeline_free);
  KhTimeline *t;

  g_ptr_array_add (all, timeline (KH_TIMELINE_ONGOING, 0, "Thường xuyên"));
  g_ptr_array_add (all, timeline (KH_TIMELINE_ONGOING, 2027, "Thường xuyên trong năm 2027"));
  g_ptr_array_add (all, timeline (KH_TIMELINE_YEAR, 2027, "Trong năm 2027"));
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_HALF, 2027, "6 tháng cuối năm 2027"));
  t->half = 2;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_QUARTER, 2027, "Quý III/2027"));
  t->quarter = 3;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_QUARTER_RANGE, 2027, "Quý II - Quý III/2027"));
  t->quarter = 2, t->quarter_end = 3;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_QUARTER_RANGE, 2027, "Quý IV/2027 - Quý I/2028"));
  t->quarter = 4, t->quarter_end = 1, t->year_end = 2028;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_MONTH, 2027, "Tháng 02/2027"));
  t->month = 2;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_DEADLINE, 2027, "Trước ngày 28/02/2027"));
  t->day = 28, t->month = 2;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_DEADLINE, 2027, "Trước tháng 4/2027"));
  t->month = 4;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_DEADLINE, 2027, "Hoàn thành trong quý III năm 2027"));
  t->quarter = 3, t->mode = KH_DEADLINE_WITHIN;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_DATE, 2027, "Ngày 20/11/2027"));
  t->day = 20, t->month = 11;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_YEAR_RANGE, 2027, "2027-2028"));
  t->year_end = 2028;
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_PERIODIC, 0, "Định kỳ 06 tháng"));
  t->every_months = 6;
  g_ptr_array_add (all, timeline (KH_TIMELINE_PERIODIC, 0, "Giao ban báo chí định kỳ"));
  g_ptr_array_add (all, timeline (KH_TIMELINE_EVENT, 0, "Sau khi Kế hoạch xúc tiến đầu tư của tỉnh ban hành"));
  g_ptr_array_add (all, t = timeline (KH_TIMELINE_TEXT, 0, "Theo tiến độ \"dự án\" \\ 2027"));
  t->extras = g_strdup ("{\"confidence\":0.25,\"source\":\"ocr\"}");
  for (guint i = 0; i < all->len; i++)
    g_assert_null (kh_timeline_check (g_ptr_array_index (all, i)));
  return all;
}

/* A plan with every member set, unknown members at every level, both
 * kinds of appendix rows, every timeline kind and text that needs escapes. */
static KhPlan *
full_plan (void)
{
  static const char * const recipients[] = { "Như trên;", "Bộ TT&TT;", "Lưu: VT, \"KGVX\".", NULL };
  static const char * const order[] = { "n-task-2", "n-task-1", NULL };
  KhPlan *plan = kh_plan_new ();
  g_autoptr(GPtrArray) timelines = every_timeline ();
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(KhAppendixRow) title_row = kh_appendix_row_new ();
  g_autoptr(GPtrArray) leads = NULL;
  g_autoptr(GPtrArray) cooperating = NULL;
  KhNode *section, *task;

  kh_plan_set_string (plan, "title", "Công tác thông tin đối ngoại năm 2027");
  kh_plan_set_year (plan, 2027);
  kh_plan_set_language (plan, KH_LANGUAGE_EN);
  kh_plan_set_numbering (plan, KH_NUMBERING_DECIMAL);
  kh_plan_set_string (plan, "issuer-parent", "UBND TỈNH HÀ TĨNH");
  kh_plan_set_string (plan, "issuer-name", "SỞ NGOẠI VỤ");
  kh_plan_set_string (plan, "issuer-short", "Sở Ngoại vụ");
  kh_plan_set_string (plan, "number", "12/KH-SNgV");
  kh_plan_set_string (plan, "place", "Hà Tĩnh");
  kh_plan_set_string (plan, "date", "2027-01-15");
  kh_plan_set_string (plan, "preamble", "Căn cứ …;\nThực hiện …,\tSở Ngoại vụ ban hành Kế hoạch:");
  kh_plan_set_string (plan, "signature-authority", "TM. ỦY BAN NHÂN DÂN");
  kh_plan_set_string (plan, "signature-deputy", "KT. GIÁM ĐỐC");
  kh_plan_set_string (plan, "signature-title", "PHÓ GIÁM ĐỐC");
  kh_plan_set_string (plan, "signature-name", "Nguyễn Văn A");
  kh_plan_set_recipients (plan, recipients);
  add_extra (kh_plan_get_extras (plan), "zz-review", "{\"by\":\"Trần B\",\"rounds\":[1,2,3]}");
  add_extra (kh_plan_get_extras (plan), "a-flag", "true");
  add_extra (kh_plan_get_extras (plan), "issuer", "{\"seal\":\"đỏ\"}");
  add_extra (kh_plan_get_extras (plan), "signature", "{\"digital\":null}");
  add_extra (kh_plan_get_document_extras (plan), "generator", "\"Kehoach 9.0\"");
  add_extra (kh_plan_get_document_extras (plan), "checksum", "-12");

  {
    g_autoptr(KhUnit) a = kh_unit_new ("u-a", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "Sở, ban, ngành");
    g_autoptr(KhUnit) b = kh_unit_new ("u-b", "Báo Hà Tĩnh", "", "Cơ quan báo chí");
    g_autoptr(KhUnit) c = kh_unit_new ("u-c", "UBND xã \"Cẩm Xuyên\"", "", "");

    add_extra (kh_unit_get_extras (a), "phone", "\"0239 3855 555\"");
    g_assert_true (kh_plan_insert_unit (plan, 0, a));
    g_assert_true (kh_plan_insert_unit (plan, 1, b));
    g_assert_true (kh_plan_insert_unit (plan, 2, c));
  }

  section = add_node (plan, NULL, "n-1", KH_NODE_SECTION, "NỘI DUNG");
  kh_node_set_body (section, "Đoạn một.\nĐoạn hai: \001 \U0001F600");
  add_extra (kh_node_get_extras (section), "collapsed", "true");

  task = add_node (plan, section, "n-task-1", KH_NODE_ITEM, "Tổ chức hội nghị");
  kh_node_set_body (task, "- ý một\n- ý hai");
  leads = list_of (plan, "u-a", "tổng hợp", "u-b", "", NULL);
  kh_node_set_leads (task, leads);
  cooperating = list_of (plan, "u-c", NULL, "u-b", NULL, NULL);
  kh_node_set_cooperating (task, cooperating);
  kh_node_set_lead_note (task, "Theo KH của UBND tỉnh");
  kh_node_set_cooperate_note (task, "các cơ quan, đơn vị liên quan");
  kh_node_set_timeline (task, g_ptr_array_index (timelines, timelines->len - 1));
  kh_node_set_participants (task, "Lãnh đạo các sở");
  kh_node_set_quantity (task, "70 người/lớp");
  kh_node_set_duration (task, "02 ngày");
  kh_node_set_products (task, "Báo cáo");
  kh_node_set_budget_amount (task, G_GINT64_CONSTANT (9007199254740993));
  kh_node_set_budget_source (task, "Ngân sách tỉnh");
  kh_node_set_notes (task, "Ghi chú");
  kh_node_set_in_appendix (task, TRUE);
  row->title = g_strdup ("Hội nghị");
  row->leads = list_of (plan, "u-b", "", NULL);
  row->lead_note = g_strdup ("");
  row->cooperating = kh_assignment_list_new ();
  row->cooperate_note = g_strdup ("các xã");
  row->timeline = kh_timeline_copy (g_ptr_array_index (timelines, 4));
  kh_node_set_appendix_row (task, row);
  add_extra (kh_node_get_extras (task), "progress", "{\"done\":40,\"note\":\"x\"}");
  add_extra (kh_node_get_extras (task), "budget", "{\"currency\":\"VND\"}");
  add_extra (kh_node_get_extras (task), "lead", "{\"u-a\":{\"contact\":\"Ông C\"}}");
  add_extra (kh_node_get_extras (task), "cooperate", "{\"u-b\":{\"since\":2026}}");
  add_extra (kh_node_get_extras (task), "appendix", "{\"merged\":false,\"lead\":{\"u-b\":{\"row\":3}}}");

  task = add_node (plan, section, "n-task-2", KH_NODE_ITEM, "Xuất bản ấn phẩm");
  kh_node_set_in_appendix (task, TRUE);
  title_row->title = g_strdup ("Ấn phẩm");
  kh_node_set_appendix_row (task, title_row);

  /* One task per timeline kind, under an item, under the section. */
  task = add_node (plan, section, "n-kinds", KH_NODE_ITEM, "Mọi loại thời gian");
  for (guint i = 0; i < timelines->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("n-kind-%u", i);
      KhNode *leaf = add_node (plan, task, id, KH_NODE_ITEM, "Việc");

      kh_node_set_timeline (leaf, g_ptr_array_index (timelines, i));
    }
  add_node (plan, NULL, "n-empty", KH_NODE_SECTION, "");
  kh_plan_set_appendix_order (plan, order);
  return plan;
}

/* Round trips ------------------------------------------------------------ */

static void
test_round_trip_full (void)
{
  g_autoptr(KhPlan) plan = full_plan ();
  g_autoptr(KhPlan) loaded = assert_round_trip (plan);
  g_autoptr(GPtrArray) timelines = every_timeline ();
  KhNode *task = kh_plan_lookup_node (loaded, "n-task-1");
  const KhAppendixRow *row = kh_node_get_appendix_row (task);

  /* Spot checks on the loaded plan itself. */
  g_assert_cmpint (kh_plan_get_language (loaded), ==, KH_LANGUAGE_EN);
  g_assert_cmpstr (kh_plan_get_string (loaded, "preamble"), ==,
                   "Căn cứ …;\nThực hiện …,\tSở Ngoại vụ ban hành Kế hoạch:");
  g_assert_cmpint (kh_node_get_budget_amount (task), ==, G_GINT64_CONSTANT (9007199254740993));
  g_assert_cmpuint (kh_node_get_leads (task)->len, ==, 2);
  g_assert_cmpstr (((KhAssignment *) g_ptr_array_index (kh_node_get_leads (task), 0))->scope, ==, "tổng hợp");
  g_assert_nonnull (row);
  g_assert_nonnull (row->cooperating);
  g_assert_cmpuint (row->cooperating->len, ==, 0);
  g_assert_cmpstr (row->lead_note, ==, "");
  g_assert_null (kh_node_get_appendix_row (kh_plan_lookup_node (loaded, "n-task-2"))->leads);
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_extras (loaded), "issuer"), ==, "{\"seal\":\"đỏ\"}");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (task), "appendix"), ==,
                   "{\"merged\":false,\"lead\":{\"u-b\":{\"row\":3}}}");

  for (guint i = 0; i < timelines->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("n-kind-%u", i);

      g_assert_true (kh_timeline_equal (kh_node_get_timeline (kh_plan_lookup_node (loaded, id)),
                                        g_ptr_array_index (timelines, i)));
    }
  g_assert_null (kh_node_get_timeline (kh_plan_lookup_node (loaded, "n-task-2")));
}

static void
test_round_trip_test_plan (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autoptr(KhPlan) loaded = assert_round_trip (plan);

  g_assert_cmpuint (kh_plan_count_nodes (loaded), ==, kh_plan_count_nodes (plan));
}

static void
test_round_trip_large (void)
{
  g_autoptr(KhPlan) plan = kh_bench_generate_plan (900, 60, 7);
  g_autoptr(KhPlan) loaded = assert_round_trip (plan);

  g_assert_cmpuint (kh_plan_count_nodes (loaded), ==, 900 + 1);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (loaded)), ==, 60);
}

/* A tree exactly as deep as allowed loads; one level more is refused. */
static void
test_round_trip_deepest (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autoptr(KhPlan) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhNode) extra = kh_node_new ("n-too-deep", KH_NODE_ITEM, "quá sâu");
  KhNode *parent = NULL;

  kh_plan_set_year (plan, 2027);
  for (guint depth = 1; depth <= KH_MAX_NODE_DEPTH; depth++)
    {
      g_autofree char *id = g_strdup_printf ("n-%u", depth);
      parent = add_node (plan, parent, id, KH_NODE_ITEM, "Mục");
    }
  loaded = assert_round_trip (plan);
  g_assert_cmpuint (kh_node_get_depth (kh_plan_lookup_node (loaded, "n-64")), ==, 64);

  g_assert_true (kh_plan_insert_node (plan, parent, 0, extra));
  bytes = kh_plan_to_bytes (plan);
  g_clear_object (&loaded);
  loaded = kh_plan_load_bytes (bytes, &error);
  g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE);
  g_assert_null (loaded);
  g_assert_true (g_str_has_prefix (error->message, "nodes[0]"));
  g_assert_nonnull (strstr (error->message, "].children[0]: "));
}

/* The layout --------------------------------------------------------------- */

static void
test_layout (void)
{
  g_autoptr(KhPlan) plan = kh_test_plan_new ();
  g_autoptr(GBytes) bytes = kh_plan_to_bytes (plan);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_str_has_prefix (data, "{\n  \"format\" : \"kehoach\",\n  \"version\" : 1,\n  \"plan\" : {\n"));
  g_assert_cmpint (data[length - 1], ==, '\n');
  g_assert_cmpint (data[length - 2], ==, '}');
  g_assert_true (g_utf8_validate_len (data, length, NULL));
  /* Vietnamese stays readable text, not \u escapes. */
  g_assert_nonnull (strstr (data, "\"MỤC TIÊU, YÊU CẦU\""));
}

/* Each text member of the file maps to one of kh_node_text_properties(). */
static void
test_members_table (void)
{
  const char * const *properties = kh_node_text_properties ();
  guint n_texts = 0;

  for (guint i = 0; i < kh_n_node_members; i++)
    {
      const KhNodeMember *m = &kh_node_members[i];
      g_autofree char *property = NULL;

      g_assert_cmpstr (kh_node_member_names[i], ==, m->name);
      if (m->type != KH_MEMBER_TEXT)
        continue;
      property = g_strdelimit (g_strdup (m->name), "_", '-');
      g_assert_true (g_strv_contains (properties, property));
      n_texts++;
    }
  g_assert_null (kh_node_member_names[kh_n_node_members]);
  /* budget-source is the one written inside "budget". */
  g_assert_cmpuint (n_texts + 1, ==, g_strv_length ((char **) properties));
}

/* Unknown members ---------------------------------------------------------- */

/* The fixture has unknown members at every level, in no particular order;
 * saving puts the known members first in FORMAT.md order, the unknown ones
 * after them sorted by name: the canonical file. */
static void
test_unknown_members (void)
{
  g_autofree char *input_path = kh_test_data_path ("io", "unknown-members-input.kehoach", NULL);
  g_autofree char *canonical_path = kh_test_data_path ("io", "unknown-members.kehoach", NULL);
  g_autoptr(GBytes) input = read_bytes (input_path);
  g_autoptr(GBytes) canonical = read_bytes (canonical_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_plan_load_bytes (input, &error);
  g_autoptr(KhPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  KhNode *node;
  KhUnit *unit;

  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_document_extras (plan), "x-generator"), ==, "\"Kehoach 2.0\"");
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_extras (plan), "x-status"), ==, "{\"state\":\"draft\",\"by\":[1,2]}");
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_extras (plan), "issuer"), ==, "{\"x-code\":\"000.00.40.H27\"}");
  g_assert_cmpstr (g_hash_table_lookup (kh_plan_get_extras (plan), "signature"), ==, "{\"x-signed\":true}");
  unit = kh_plan_lookup_unit (plan, "u-stttt");
  g_assert_cmpstr (g_hash_table_lookup (kh_unit_get_extras (unit), "x-email"), ==, "\"stttt@hatinh.gov.vn\"");
  node = kh_plan_lookup_node (plan, "n-2");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (node), "x-color"), ==, "\"red\"");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (node), "budget"), ==, "{\"x-currency\":\"VND\"}");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (node), "lead"), ==, "{\"u-stttt\":{\"x-phone\":\"113\"}}");
  g_assert_cmpstr (g_hash_table_lookup (kh_node_get_extras (node), "cooperate"), ==, "{\"u-snv\":{\"x-weight\":2}}");
  g_assert_nonnull (kh_node_get_timeline (node));
  g_assert_cmpstr (kh_node_get_timeline (node)->extras, ==, "{\"x-source\":\"ocr\"}");

  saved = kh_plan_to_bytes (plan);
  assert_same_bytes (canonical, saved);

  again = kh_plan_load_bytes (saved, &error);
  g_assert_no_error (error);
  saved_again = kh_plan_to_bytes (again);
  assert_same_bytes (canonical, saved_again);
}

/* Examples ------------------------------------------------------------------ */

static guint
count_tasks (KhPlan *plan)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  guint n = 0;

  for (guint i = 0; i < nodes->len; i++)
    n += kh_node_is_task (g_ptr_array_index (nodes, i));
  return n;
}

/* The example loads, and load + save gives back the file byte for byte:
 * the shipped examples are canonical. */
static KhPlan *
check_example (const char *name)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", name, NULL);
  g_autoptr(GBytes) file = read_bytes (path);
  g_autoptr(GBytes) saved = NULL;
  KhPlan *plan = kh_test_load_example (name);

  saved = kh_plan_to_bytes (plan);
  assert_same_bytes (file, saved);
  return plan;
}

static void
test_example_ha_tinh (void)
{
  g_autoptr(KhPlan) plan = check_example ("ha-tinh-2018.kehoach");
  g_autoptr(GPtrArray) appendix = kh_plan_get_appendix_nodes (plan);
  KhNode *node;
  GPtrArray *leads;

  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECIMAL);
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "44/KH-UBND");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-name"), ==, "Đặng Quốc Vinh");
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (plan)), ==, 22);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 4);
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 41);
  g_assert_cmpuint (count_tasks (plan), ==, 30);
  g_assert_cmpuint (appendix->len, ==, 7);

  node = kh_plan_lookup_node (plan, "n-ii-5-1");
  g_assert_nonnull (node);
  leads = kh_node_get_leads (node);
  g_assert_cmpuint (leads->len, ==, 2);
  g_assert_cmpstr (kh_unit_get_id (((KhAssignment *) g_ptr_array_index (leads, 1))->unit), ==, "u-sngv");
  g_assert_cmpstr (((KhAssignment *) g_ptr_array_index (leads, 0))->scope, ==,
                   "Tổng hợp thông tin trên báo chí trong nước.");
  node = kh_plan_lookup_node (plan, "n-ii-3-1");
  g_assert_cmpint (kh_node_get_timeline (node)->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (kh_node_get_timeline (node)->quarter, ==, 2);
  g_assert_cmpstr (kh_node_get_quantity (node), ==, "70 người/lớp");
  node = kh_plan_lookup_node (plan, "n-ii-5-5");
  g_assert_cmpint (kh_node_get_timeline (node)->kind, ==, KH_TIMELINE_EVENT);
  node = kh_plan_lookup_node (plan, "n-ii-5-6");
  g_assert_cmpstr (kh_node_get_appendix_row (node)->lead_note, ==, "Theo KH của UBND tỉnh");
}

static void
test_example_thua_thien_hue (void)
{
  g_autoptr(KhPlan) plan = check_example ("thua-thien-hue-2018.kehoach");

  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECREE30);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (plan)), ==, 25);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 4);
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 99);
  g_assert_cmpuint (count_tasks (plan), ==, 57);
}

/* Locales ---------------------------------------------------------------- */

static char *locale_dir;

/* Builds vi_VN.UTF-8 into a temporary folder, once; NULL if impossible. */
static const char *
vietnamese_locale_dir (void)
{
  static gboolean tried;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  g_autofree char *localedef = NULL;
  int status;

  if (tried)
    return locale_dir;
  tried = TRUE;

  if ((localedef = g_find_program_in_path ("localedef")) == NULL)
    return NULL;
  locale_dir = g_dir_make_tmp ("kh-locale-XXXXXX", &error);
  g_assert_no_error (error);
  target = g_build_filename (locale_dir, "vi_VN.UTF-8", NULL);
  {
    const char *argv[] = { localedef, "-i", "vi_VN", "-f", "UTF-8", target, NULL };

    /* localedef warns (exit 1) about things that do not matter here. */
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_file_test (target, G_FILE_TEST_IS_DIR))
    g_clear_pointer (&locale_dir, g_free);
  return locale_dir;
}

static void
test_locale (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KhPlan) plan = full_plan ();
      g_autoptr(KhPlan) large = kh_bench_generate_plan (200, 20, 3);
      g_autoptr(GBytes) plan_c = NULL, large_c = NULL, plan_vi = NULL, large_vi = NULL;
      g_autoptr(KhPlan) loaded_vi = NULL;
      g_autoptr(GBytes) reloaded_vi = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
      plan_c = kh_plan_to_bytes (plan);
      large_c = kh_plan_to_bytes (large);

      g_assert_nonnull (setlocale (LC_ALL, "vi_VN.UTF-8"));
      /* Proof that the locale is in force: a decimal comma. */
      g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
      plan_vi = kh_plan_to_bytes (plan);
      large_vi = kh_plan_to_bytes (large);
      assert_same_bytes (plan_c, plan_vi);
      assert_same_bytes (large_c, large_vi);
      /* The double in a timeline's unknown members keeps its point. */
      g_assert_nonnull (strstr (g_bytes_get_data (plan_vi, NULL), "\"confidence\" : 0.25"));

      loaded_vi = kh_plan_load_bytes (plan_c, &error);
      g_assert_no_error (error);
      reloaded_vi = kh_plan_to_bytes (loaded_vi);
      assert_same_bytes (plan_c, reloaded_vi);
      return;
    }

  if (vietnamese_locale_dir () == NULL)
    {
      g_test_skip ("localedef is missing or cannot build vi_VN.UTF-8");
      return;
    }
  /* Only the child sets the locale; it inherits where to find it. */
  g_setenv ("LOCPATH", locale_dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LOCPATH");
  g_test_trap_assert_passed ();
}

/* Versions --------------------------------------------------------------- */

static void
test_version_0 (void)
{
  g_autofree char *path = kh_test_data_path ("io", "version-0.kehoach", NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_plan_load_bytes (bytes, &error);
  g_autoptr(KhPlan) again = NULL;
  const KhTimeline *t;
  KhNode *node;
  GPtrArray *list;

  g_assert_no_error (error);
  node = kh_plan_lookup_node (plan, "n-2");
  t = kh_node_get_timeline (node);
  g_assert_nonnull (t);
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (t->quarter, ==, 2);
  g_assert_cmpint (t->year, ==, 2018);
  g_assert_cmpstr (t->text, ==, "Quý II/2018");
  list = kh_node_get_leads (node);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (kh_unit_get_id (((KhAssignment *) g_ptr_array_index (list, 0))->unit), ==, "u-stttt");
  g_assert_cmpstr (((KhAssignment *) g_ptr_array_index (list, 0))->scope, ==, "");
  list = kh_node_get_cooperating (node);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (kh_unit_get_id (((KhAssignment *) g_ptr_array_index (list, 1))->unit), ==, "u-ca");

  /* An empty phrase is no timeline; a phrase no kind fits stays text. */
  g_assert_null (kh_node_get_timeline (kh_plan_lookup_node (plan, "n-3")));
  t = kh_node_get_timeline (kh_plan_lookup_node (plan, "n-4"));
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_EVENT);
  t = kh_node_get_appendix_row (kh_plan_lookup_node (plan, "n-4"))->timeline;
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_MONTH);
  g_assert_cmpuint (kh_node_get_appendix_row (kh_plan_lookup_node (plan, "n-4"))->leads->len, ==, 1);

  /* Saved, it is a version-1 file that reads back the same. */
  again = assert_round_trip (plan);
  {
    g_autoptr(GBytes) saved = kh_plan_to_bytes (plan);
    g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"version\" : 1,"));
  }
}

static void
test_version_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = load_string ("{\"format\": \"kehoach\", \"version\": 7, \"plan\": {\"year\": 2030, \"future\": []}}", &error);

  g_assert_null (plan);
  g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_NEWER_VERSION);
  g_assert_cmpstr (error->message, ==,
                   "This plan was saved by a newer version of Kehoach (format version 7); update Kehoach to open it");
}

/* Loading ---------------------------------------------------------------- */

static void
test_load_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = load_string ("\xEF\xBB\xBF{\"format\": \"kehoach\", \"version\": 1, \"plan\": {\"year\": 2027}}", &error);

  g_assert_no_error (error);
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2027);
  g_assert_cmpuint (kh_plan_count_nodes (plan), ==, 0);
}

static void
test_load_file (void)
{
  g_autofree char *path = kh_test_data_path ("io", "version-0.kehoach", NULL);
  g_autofree char *missing_path = kh_test_data_path ("io", "no-such-plan.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_plan_load (file, &error);
  g_autoptr(KhPlan) none = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  none = kh_plan_load (missing, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* Kehoach's own words, which it has in Vietnamese too. */
  g_assert_cmpstr (error->message, ==,
                   "The file does not exist (it may have been moved or deleted)");
  g_clear_error (&error);

  {
    g_autofree char *folder_path = kh_test_data_path ("io", NULL);
    g_autoptr(GFile) folder = g_file_new_for_path (folder_path);

    none = kh_plan_load (folder, &error);
    g_assert_null (none);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
    g_assert_cmpstr (error->message, ==, "This is a folder, not a file");
  }
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/json/round-trip/full", test_round_trip_full);
  g_test_add_func ("/io/json/round-trip/test-plan", test_round_trip_test_plan);
  g_test_add_func ("/io/json/round-trip/large", test_round_trip_large);
  g_test_add_func ("/io/json/round-trip/deepest-tree", test_round_trip_deepest);
  g_test_add_func ("/io/json/layout", test_layout);
  g_test_add_func ("/io/json/members-table", test_members_table);
  g_test_add_func ("/io/json/unknown-members", test_unknown_members);
  g_test_add_func ("/io/json/example/ha-tinh-2018", test_example_ha_tinh);
  g_test_add_func ("/io/json/example/thua-thien-hue-2018", test_example_thua_thien_hue);
  g_test_add_func ("/io/json/locale/vi-VN", test_locale);
  g_test_add_func ("/io/json/version/0-migrated", test_version_0);
  g_test_add_func ("/io/json/version/newer-refused", test_version_newer);
  g_test_add_func ("/io/json/load/byte-order-mark", test_load_bom);
  g_test_add_func ("/io/json/load/file", test_load_file);

  status = g_test_run ();
  if (locale_dir != NULL)
    {
      kh_test_remove_tree (locale_dir);
      g_free (locale_dir);
    }
  return status;
}
