/* test-import.c — the three real plans imported from their text: outline,
 * labels, every task's units and timeline, the appendix rows, the header
 * and signature, the per-unit duties, and that no line of text is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-import-private.h"
#include "kh-numbering.h"
#include "kh-test-util.h"
#include "kh-text.h"
#include "kh-unit-match.h"

#define HA_TINH "ha-tinh-2018.txt"
#define HUE     "thua-thien-hue-2018.txt"
#define OCR     "thua-thien-hue-2024-ocr.txt"

/* Helpers ------------------------------------------------------------------ */

static KhPlan *
import_plan (const char *name, GPtrArray **report, GArray **layout)
{
  g_autofree char *text = kh_test_read_plan_text (name);
  g_autoptr(GError) error = NULL;
  KhPlan *plan = kh_import_text_full (text, strlen (text), report, layout, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The node reached by its labels: "II. 5. 5.2. 5.2.1." (decimal) or
 * "III. 4. đ)" (Decree 30). */
static KhNode *
node_at (KhPlan *plan, const char *path)
{
  g_auto(GStrv) labels = g_strsplit (path, " ", -1);
  GListModel *children = kh_plan_get_roots (plan);
  KhNode *found = NULL;

  for (guint i = 0; labels[i]; i++)
    {
      found = NULL;
      for (guint k = 0; k < g_list_model_get_n_items (children) && found == NULL; k++)
        {
          g_autoptr(KhNode) child = g_list_model_get_item (children, k);
          g_autofree char *label = kh_numbering_label (plan, child);

          if (g_str_equal (label, labels[i]))
            found = child;
        }
      if (found == NULL)
        g_error ("no node “%s” on the way to “%s”", labels[i], path);
      children = kh_node_get_children (found);
    }
  return found;
}

static guint
n_children (KhPlan *plan, const char *path)
{
  return path ? kh_node_get_n_children (node_at (plan, path))
              : g_list_model_get_n_items (kh_plan_get_roots (plan));
}

static char *
leads_of (KhNode *node)
{
  return kh_assignment_list_format (kh_node_get_leads (node), kh_node_get_lead_note (node), "; ");
}

static char *
cooperating_of (KhNode *node)
{
  return kh_assignment_list_format (kh_node_get_cooperating (node),
                                    kh_node_get_cooperate_note (node), "; ");
}

static gboolean
report_has (GPtrArray *report, guint line, const char *fragment)
{
  for (guint i = 0; i < report->len; i++)
    {
      KhImportNote *note = g_ptr_array_index (report, i);

      if (note->line == line && strstr (note->message, fragment))
        return TRUE;
    }
  return FALSE;
}

typedef struct {
  const char     *path;
  const char     *leads;
  const char     *cooperating;
  const char     *when;   /* the timeline's text, NULL: none */
  KhTimelineKind  kind;
  int             year, quarter, month;
} Task;

static void
check_tasks (KhPlan *plan, const Task *tasks, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      KhNode *node = node_at (plan, tasks[i].path);
      g_autofree char *leads = leads_of (node);
      g_autofree char *cooperating = cooperating_of (node);
      const KhTimeline *t = kh_node_get_timeline (node);

      g_test_message ("task %s", tasks[i].path);
      g_assert_cmpstr (leads, ==, tasks[i].leads);
      g_assert_cmpstr (cooperating, ==, tasks[i].cooperating);
      if (tasks[i].when == NULL)
        {
          g_assert_null (t);
          continue;
        }
      g_assert_nonnull (t);
      g_assert_cmpstr (t->text, ==, tasks[i].when);
      g_assert_cmpint (t->kind, ==, tasks[i].kind);
      g_assert_cmpint (t->year, ==, tasks[i].year);
      g_assert_cmpint (t->quarter, ==, tasks[i].quarter);
      g_assert_cmpint (t->month, ==, tasks[i].month);
    }
}

/* Hà Tĩnh 2018: decimal numbering, fields under every task, an appendix -- */

#define STTTT "Sở Thông tin và Truyền thông"
#define OTHERS "các cơ quan, đơn vị liên quan"
#define DAI "Đài Phát thanh - Truyền hình tỉnh"
#define DISTRICTS "UBND các huyện, thành phố, thị xã"

static void
test_ha_tinh_outline (void)
{
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, NULL, NULL);
  static const char * const roots[] = { "I.", "II.", "III.", "IV." };

  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECIMAL);
  g_assert_cmpuint (n_children (plan, NULL), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    g_assert_cmpint (kh_node_get_kind (node_at (plan, roots[i])), ==, KH_NODE_SECTION);
  g_assert_cmpuint (n_children (plan, "I."), ==, 2);
  g_assert_cmpuint (n_children (plan, "II."), ==, 6);
  g_assert_cmpuint (n_children (plan, "II. 1."), ==, 3);
  g_assert_cmpuint (n_children (plan, "II. 2."), ==, 0);
  g_assert_cmpuint (n_children (plan, "II. 3."), ==, 2);
  g_assert_cmpuint (n_children (plan, "II. 4."), ==, 2);
  g_assert_cmpuint (n_children (plan, "II. 5."), ==, 6);
  g_assert_cmpuint (n_children (plan, "II. 5. 5.2."), ==, 4);
  g_assert_cmpuint (n_children (plan, "III."), ==, 0);
  g_assert_cmpuint (n_children (plan, "IV."), ==, 12);
  g_assert_cmpstr (kh_node_get_title (node_at (plan, "II. 5. 5.2. 5.2.1.")), ==,
                   "Tuyên truyền về chủ quyền biên giới, biển, đảo; kết quả tăng dày, tôn tạo hệ thống mốc Quốc giới, các hoạt động hợp tác giữa Hà Tĩnh với các tỉnh của nước CHDCND Lào.");
  g_assert_cmpstr (kh_node_get_title (node_at (plan, "IV.")), ==, "TỔ CHỨC THỰC HIỆN");
  /* Bullets under an item are its text. */
  g_assert_true (g_str_has_prefix (kh_node_get_body (node_at (plan, "I. 1.")), "- Tăng cường hiệu lực"));
  g_assert_nonnull (strstr (kh_node_get_body (node_at (plan, "I. 1.")), "\n- Đẩy mạnh các hoạt động"));
}

static void
test_ha_tinh_section_ii (void)
{
  static const Task tasks[] = {
    { "II. 1. 1.1.", STTTT, "Văn phòng UBND tỉnh; Sở Ngoại vụ; " OTHERS,
      "Tháng 02/2018", KH_TIMELINE_MONTH, 2018, 0, 2 },
    { "II. 1. 1.2.", STTTT, "Sở Ngoại vụ; " OTHERS, "Quý I/2018", KH_TIMELINE_QUARTER, 2018, 1, 0 },
    { "II. 1. 1.3.", STTTT, "Sở Ngoại vụ; " OTHERS,
      "Thường xuyên trong năm 2018", KH_TIMELINE_ONGOING, 2018, 0, 0 },
    { "II. 2.", "Các sở, ban, ngành, tổ chức chính trị - xã hội cấp tỉnh; " DISTRICTS, STTTT,
      "Hoàn thành trong tháng 2/2018", KH_TIMELINE_DEADLINE, 2018, 0, 2 },
    { "II. 3. 3.1.", STTTT, "Văn phòng UBND tỉnh; Sở Ngoại vụ; " OTHERS,
      "Quý II năm 2018", KH_TIMELINE_QUARTER, 2018, 2, 0 },
    { "II. 3. 3.2.", STTTT, "Văn phòng UBND tỉnh; Sở Ngoại vụ; " OTHERS,
      "Quý III năm 2018", KH_TIMELINE_QUARTER, 2018, 3, 0 },
    { "II. 4. 4.1.", STTTT,
      "Sở Kế hoạch và Đầu tư; Sở Tài chính; Báo Hà Tĩnh; " DAI "; Ban Quản lý khu kinh tế tỉnh; "
      "Sở Ngoại vụ; Sở Văn hóa - Thể thao và Du lịch; Công Thông tin điện tử tỉnh; " DISTRICTS,
      "Trong năm 2018", KH_TIMELINE_YEAR, 2018, 0, 0 },
    { "II. 4. 4.2.", STTTT,
      "Sở Kế hoạch và Đầu tư; Sở Tài chính; UBND huyện Lộc Hà; UBND huyện Cẩm Xuyên",
      "Trong năm 2018", KH_TIMELINE_YEAR, 2018, 0, 0 },
    { "II. 5. 5.1.",
      STTTT ": Tổng hợp thông tin trên báo chí trong nước.; Sở Ngoại vụ: Tổng hợp thông tin trên báo chí nước ngoài.",
      "Hội Nhà báo tỉnh; Công an tỉnh; các đơn vị, địa phương",
      "Thường xuyên trong năm 2018", KH_TIMELINE_ONGOING, 2018, 0, 0 },
    { "II. 5. 5.2. 5.2.1.", "Báo Hà Tĩnh; " DAI "; " DISTRICTS,
      "Sở Ngoại vụ; " STTTT "; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; " OTHERS,
      "Thường xuyên trong năm 2018", KH_TIMELINE_ONGOING, 2018, 0, 0 },
    { "II. 5. 5.2. 5.2.2.", STTTT, "Các cơ quan, đơn vị, địa phương", NULL, 0, 0, 0, 0 },
    /* No timeline in the text: the appendix row's "Thường xuyên" fills it. */
    { "II. 5. 5.2. 5.2.3.", STTTT "; Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
      "Sở Ngoại vụ; các địa phương có biên giới, biển, đảo",
      "Thường xuyên", KH_TIMELINE_ONGOING, 0, 0, 0 },
    /* "Đài Phát thanh và Truyền hình tỉnh" is the unit written with a dash. */
    { "II. 5. 5.2. 5.2.4.", STTTT, DAI "; Sở Ngoại vụ; " OTHERS,
      "Thường xuyên trong năm 2018", KH_TIMELINE_ONGOING, 2018, 0, 0 },
    { "II. 5. 5.3.", "Báo Hà Tĩnh; " DAI, "Văn phòng UBND tỉnh; Sở Ngoại vụ; " STTTT,
      NULL, 0, 0, 0, 0 },
    { "II. 5. 5.4.", STTTT, "Văn phòng UBND tỉnh", "Quý II/2018", KH_TIMELINE_QUARTER, 2018, 2, 0 },
    { "II. 5. 5.5.", "Báo Hà Tĩnh; " DAI, "Sở Kế hoạch và Đầu tư; Sở Công Thương; " OTHERS,
      "Sau khi Kế hoạch xúc tiến đầu tư của tỉnh ban hành", KH_TIMELINE_EVENT, 0, 0, 0 },
    /* No lead in the text: the appendix row's names it. */
    { "II. 5. 5.6.", "Theo KH của UBND tỉnh", "",
      "Ngay sau khi Kế hoạch này ban hành", KH_TIMELINE_EVENT, 0, 0, 0 },
    { "II. 6.",
      STTTT ": Xây dựng phương án truyền thông, quảng bá trên các kênh Thông tin đối ngoại của Đài Truyền hình Việt Nam và các cơ quan báo chí Trung ương.; "
      "Báo Hà Tĩnh: Xây dựng Kế hoạch mở chuyên mục truyền thông, quảng bá trên Báo điện tử.; "
      DAI ": Xây dựng kế hoạch sản xuất các chương trình truyền hình quảng bá Hà Tĩnh phát sóng trên Đài Truyền hình Việt Nam và Đài Truyền hình các tỉnh của nước CHDCND Lào.",
      "Sở Ngoại vụ; Văn phòng UBND tỉnh",
      "Thường xuyên trong năm 2018", KH_TIMELINE_ONGOING, 2018, 0, 0 },
  };
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, NULL, NULL);
  KhNode *training = node_at (plan, "II. 3. 3.1.");

  check_tasks (plan, tasks, G_N_ELEMENTS (tasks));

  g_assert_cmpstr (kh_node_get_participants (training), ==,
                   "Cán bộ phụ trách công tác thông tin đối ngoại của các cơ quan, đơn vị, địa phương trong tỉnh");
  g_assert_cmpstr (kh_node_get_quantity (training), ==, "70 người/lớp");
  g_assert_cmpstr (kh_node_get_duration (training), ==, "02 ngày");
  g_assert_cmpstr (kh_node_get_quantity (node_at (plan, "II. 3. 3.2.")), ==, "100 người/lớp");
  g_assert_true (g_str_has_prefix (kh_node_get_participants (node_at (plan, "II. 3. 3.2.")),
                                   "Người phát ngôn và cán bộ"));
  g_assert_true (g_str_has_prefix (kh_node_get_body (node_at (plan, "II. 5. 5.3.")),
                                   "Thông tin, tuyên truyền về Cộng đồng ASEAN"));
  g_assert_cmpstr (kh_node_get_body (node_at (plan, "II. 5. 5.2. 5.2.2.")), ==,
                   "- Theo kế hoạch hàng năm, giao Sở Thông tin và Truyền thông thực hiện.");
  /* The text before the fields, and the bullet after them. */
  g_assert_true (g_str_has_prefix (kh_node_get_body (node_at (plan, "II. 2.")), "Các sở, ban, ngành"));
  g_assert_true (g_str_has_suffix (kh_node_get_body (node_at (plan, "II. 2.")),
                                   "\n- Các địa phương, đơn vị gửi danh sách về Sở Thông tin và Truyền thông trước ngày 28/02/2018 để tổng hợp báo cáo UBND tỉnh."));
}

static void
test_ha_tinh_appendix (void)
{
  static const char * const rows[] = {
    "II. 4. 4.1.", "II. 4. 4.2.", "II. 5. 5.4.", "II. 6.", "II. 5. 5.2. 5.2.3.",
    "II. 5. 5.5.", "II. 5. 5.6.",
  };
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, NULL, NULL);
  g_autoptr(GPtrArray) appendix = kh_plan_get_appendix_nodes (plan);
  g_autoptr(GPtrArray) all = kh_plan_collect_nodes (plan);
  const KhAppendixRow *row;
  guint marked = 0;

  g_assert_cmpuint (appendix->len, ==, G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_test_message ("appendix row %u", i + 1);
      g_assert_true (g_ptr_array_index (appendix, i) == node_at (plan, rows[i]));
    }
  for (guint i = 0; i < all->len; i++)
    marked += kh_node_get_in_appendix (g_ptr_array_index (all, i));
  g_assert_cmpuint (marked, ==, G_N_ELEMENTS (rows));

  /* What the table says differently from the task. */
  row = kh_node_get_appendix_row (node_at (plan, "II. 4. 4.1."));
  g_assert_nonnull (row);
  g_assert_cmpstr (row->title, ==, "Xây dựng hệ thống cơ sở dữ liệu về thông tin đối ngoại");
  g_assert_cmpint (row->timeline->kind, ==, KH_TIMELINE_TEXT);
  g_assert_cmpstr (row->timeline->text, ==, "Báo cáo tỉnh phương án thực hiện trước tháng 4/2018");
  g_assert_nonnull (row->cooperating);
  {
    g_autofree char *cooperating = kh_assignment_list_format (row->cooperating, row->cooperate_note, "; ");

    g_assert_cmpstr (cooperating, ==,
                     "Sở Ngoại vụ; Sở Kế hoạch và Đầu tư; Sở Tài chính; Sở Văn hóa - Thể thao và Du lịch; " DISTRICTS);
  }
  row = kh_node_get_appendix_row (node_at (plan, "II. 5. 5.4."));
  g_assert_null (row->title);
  g_assert_cmpint (row->timeline->quarter, ==, 3);
  row = kh_node_get_appendix_row (node_at (plan, "II. 6."));
  g_assert_true (g_str_has_prefix (row->title, "Xây dựng phương án truyền thông, quảng bá"));
  row = kh_node_get_appendix_row (node_at (plan, "II. 5. 5.5."));
  g_assert_cmpstr (row->lead_note, ==, "Theo KH của UBND tỉnh");
  g_assert_cmpuint (row->leads->len, ==, 0);
  /* The task names no lead: the row's fills it, only the title differs. */
  row = kh_node_get_appendix_row (node_at (plan, "II. 5. 5.6."));
  g_assert_true (g_str_has_prefix (row->title, "Tổ chức và tham gia các hoạt động hội thảo quốc tế"));
  g_assert_null (row->leads);
  g_assert_null (row->timeline);
  /* Tasks the table does not name have no row. */
  g_assert_null (kh_node_get_appendix_row (node_at (plan, "II. 5. 5.3.")));
}

static void
test_ha_tinh_metadata (void)
{
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, NULL, NULL);
  const char * const *recipients = kh_plan_get_recipients (plan);

  g_assert_cmpstr (kh_plan_get_title (plan), ==, "Công tác thông tin đối ngoại tỉnh Hà Tĩnh năm 2018");
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  /* From "(Kèm theo Kế hoạch số 44/KH-UBND ngày 07/02/2018 của UBND tỉnh)". */
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "44/KH-UBND");
  g_assert_cmpstr (kh_plan_get_date (plan), ==, "2018-02-07");
  g_assert_cmpstr (kh_plan_get_issuer_short (plan), ==, "UBND tỉnh");
  /* The agency's line comes last in this text (a Word text box). */
  g_assert_cmpstr (kh_plan_get_string (plan, "issuer-name"), ==, "ỦY BAN NHÂN DÂN TỈNH");
  g_assert_true (g_str_has_prefix (kh_plan_get_string (plan, "preamble"), "Thực hiện Nghị định số 72/NĐ-CP"));
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-authority"), ==, "TM. ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-deputy"), ==, "KT. CHỦ TỊCH");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-title"), ==, "PHÓ CHỦ TỊCH");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-name"), ==, "Đặng Quốc Vinh");
  g_assert_cmpuint (g_strv_length ((GStrv) recipients), ==, 10);
  g_assert_cmpstr (recipients[0], ==, "Bộ TT và TT;");
  g_assert_cmpstr (recipients[9], ==, "Lưu: VT, KGVX₁ (15)");
  /* The closing paragraph is kept at the end of the last section. */
  g_assert_true (g_str_has_prefix (kh_node_get_body (node_at (plan, "IV.")), "Trên đây là Kế hoạch Thông tin đối ngoại năm 2018"));
}

static void
test_ha_tinh_duties (void)
{
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, &report, NULL);
  static const Task tasks[] = {
    { "IV. 1. 1.1.", STTTT, "", NULL, 0, 0, 0, 0 },
    { "IV. 1. 1.2.", "Ban Tuyên giáo Tỉnh ủy", STTTT, NULL, 0, 0, 0, 0 },
    { "IV. 1. 1.3.", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Ban Quản lý khu kinh tế tỉnh", STTTT, NULL, 0, 0, 0, 0 },
    { "IV. 2. 2.3.", "Sở Ngoại vụ", STTTT, NULL, 0, 0, 0, 0 },
    { "IV. 3. 3.1.", "Sở Kế hoạch và Đầu tư", OTHERS, NULL, 0, 0, 0, 0 },
    { "IV. 4. 4.1.", "Sở Văn hóa - Thể thao và Du lịch", "các ngành liên quan", NULL, 0, 0, 0, 0 },
    { "IV. 5. 5.2.", "Sở Công Thương", "Sở Nội vụ; Sở Ngoại vụ; Sở Kế hoạch và Đầu tư", NULL, 0, 0, 0, 0 },
    /* A unit whose duty is a paragraph: the item itself is the task. */
    { "IV. 6.", "Sở Tài chính", "", NULL, 0, 0, 0, 0 },
    { "IV. 7. 7.2.", "Sở Ngoại vụ; " STTTT, "Công an tỉnh", NULL, 0, 0, 0, 0 },
    { "IV. 8. 8.1.", "Các cơ quan báo chí trong tỉnh", "", NULL, 0, 0, 0, 0 },
    { "IV. 10. 10.1.", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", NULL, 0, 0, 0, 0 },
    { "IV. 12. 12.1.", "Các sở, ban, ngành, đoàn thể cấp tỉnh; " DISTRICTS, "", NULL, 0, 0, 0, 0 },
  };

  g_assert_cmpuint (n_children (plan, "IV. 1."), ==, 5);
  g_assert_cmpuint (n_children (plan, "IV. 4."), ==, 2);
  g_assert_cmpuint (n_children (plan, "IV. 6."), ==, 0);
  check_tasks (plan, tasks, G_N_ELEMENTS (tasks));
  g_assert_true (report_has (report, 199, "TỔ CHỨC THỰC HIỆN"));
}

/* Thừa Thiên Huế 2018: Decree 30 numbering, Markdown, duties per unit ---- */

static void
test_hue_outline (void)
{
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = import_plan (HUE, &report, NULL);

  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECREE30);
  g_assert_cmpuint (n_children (plan, NULL), ==, 4);
  g_assert_cmpuint (n_children (plan, "I."), ==, 4);
  g_assert_cmpuint (n_children (plan, "II."), ==, 4);
  g_assert_cmpuint (n_children (plan, "II. 1."), ==, 5);
  g_assert_cmpuint (n_children (plan, "II. 2."), ==, 5);
  g_assert_cmpuint (n_children (plan, "II. 3."), ==, 3);
  g_assert_cmpuint (n_children (plan, "II. 4."), ==, 2);
  g_assert_cmpuint (n_children (plan, "III."), ==, 14);
  g_assert_cmpuint (n_children (plan, "III. 2."), ==, 10);
  g_assert_cmpuint (n_children (plan, "III. 4."), ==, 9);
  g_assert_cmpuint (n_children (plan, "III. 12."), ==, 7);
  g_assert_cmpuint (n_children (plan, "IV."), ==, 3);

  /* Labels are computed: "d) d) e) ê) g)" in the text are "d) đ) e) g) h)". */
  g_assert_true (g_str_has_prefix (kh_node_get_title (node_at (plan, "III. 4. đ)")),
                                   "Chủ trì, phối hợp với các sở, ban, ngành trong tỉnh"));
  g_assert_true (g_str_has_prefix (kh_node_get_title (node_at (plan, "III. 4. g)")),
                                   "Chủ trì tham mưu cho UBND tỉnh"));
  g_assert_true (g_str_has_prefix (kh_node_get_title (node_at (plan, "III. 2. e)")),
                                   "Phối hợp với Công an tỉnh, Cục Hải quan"));
  g_assert_true (report_has (report, 108, "“d)”"));

  /* Markdown and bold are gone; a sentence broken by an empty line is whole. */
  g_assert_cmpstr (kh_node_get_title (node_at (plan, "II.")), ==, "MỘT SỐ NHIỆM VỤ");
  g_assert_nonnull (strstr (kh_node_get_title (node_at (plan, "II. 1. b)")), "phản đòn vì hòa bình, độc lập"));
  g_assert_nonnull (strstr (kh_node_get_title (node_at (plan, "III. 1. b)")), "theo dõi, kiểm tra"));
  g_assert_cmpstr (kh_node_get_title (node_at (plan, "II. 2. d)")), ==,
                   "Tiếp tục nâng cấp phiên bản tiếng Anh và tiếng Pháp của Cổng thông tin điện tử tỉnh (www.thuathienhue.gov.vn) và phiên bản tiếng Anh của Trang thông tin điện tử Sở Ngoại vụ.");
  /* A second paragraph of a duty is its text. */
  g_assert_true (g_str_has_prefix (kh_node_get_body (node_at (plan, "III. 7. a)")),
                                   "Báo Thừa Thiên Huế, Đài phát thanh và Truyền hình tỉnh tiếp tục"));

  g_assert_cmpstr (kh_plan_get_title (plan), ==,
                   "Hoạt động thông tin đối ngoại trên địa bàn tỉnh Thừa Thiên Huế năm 2018");
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2018);
  g_assert_true (g_str_has_prefix (kh_plan_get_string (plan, "preamble"), "Thực hiện Quyết định số 368/QĐ-TTg"));
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-authority"), ==, "TM. ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-deputy"), ==, "KT. CHỦ TỊCH");
  g_assert_cmpuint (g_strv_length ((GStrv) kh_plan_get_recipients (plan)), ==, 6);
}

static void
test_hue_duties (void)
{
  static const Task tasks[] = {
    { "III. 1. a)", "các cơ quan liên quan", "Ban Tuyên giáo Tỉnh ủy", NULL, 0, 0, 0, 0 },
    { "III. 2. a)", STTTT, "Sở Ngoại vụ; các cơ quan liên quan", NULL, 0, 0, 0, 0 },
    { "III. 2. d)", STTTT, "", NULL, 0, 0, 0, 0 },
    { "III. 2. e)", "Công an tỉnh; Cục Hải quan; Sở Ngoại vụ; Sở Nội vụ", STTTT, NULL, 0, 0, 0, 0 },
    { "III. 3. a)", "Sở Ngoại vụ", "Văn phòng UBND tỉnh", NULL, 0, 0, 0, 0 },
    { "III. 5. a)", "Sở Văn hóa và Thể thao", STTTT "; các cơ quan liên quan", NULL, 0, 0, 0, 0 },
    /* A duty that names one of the item's units is that unit's. */
    { "III. 7. c)", "Đài Phát thanh và Truyền hình tỉnh", "", NULL, 0, 0, 0, 0 },
    { "III. 9. c)", "Công an tỉnh", STTTT, NULL, 0, 0, 0, 0 },
    { "III. 11.", "Sở Tài chính", "", NULL, 0, 0, 0, 0 },
    { "III. 14. b)", STTTT "; Sở Ngoại vụ", "Ủy ban nhân dân các huyện, thị xã và thành phố Huế", NULL, 0, 0, 0, 0 },
  };
  g_autoptr(KhPlan) plan = import_plan (HUE, NULL, NULL);
  GListModel *units = kh_plan_get_units (plan);

  check_tasks (plan, tasks, G_N_ELEMENTS (tasks));
  /* "Báo …, Đài …, các Tạp chí: A, B, C; Cổng …" is six units. */
  g_assert_cmpuint (kh_node_get_leads (node_at (plan, "III. 7. a)"))->len, ==, 6);
  g_assert_nonnull (kh_unit_match (units, "Tạp chí Huế Xưa và Nay"));
  g_assert_nonnull (kh_unit_match (units, "Tạp chí Nghiên cứu và Phát triển"));
  g_assert_nonnull (kh_unit_match (units, "Cổng thông tin điện tử của tỉnh"));
  g_assert_cmpuint (kh_node_get_leads (node_at (plan, "III. 13. b)"))->len, ==, 2);
}

/* Thừa Thiên Huế 2024: an OCR'd scan ------------------------------------- */

static void
test_ocr (void)
{
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = import_plan (OCR, &report, NULL);
  GListModel *units = kh_plan_get_units (plan);
  const KhTimeline *t;
  guint n_communications = 0;
  g_autofree char *leads = NULL;

  g_assert_cmpint (kh_plan_get_numbering (plan), ==, KH_NUMBERING_DECREE30);
  g_assert_cmpuint (n_children (plan, NULL), ==, 4);
  g_assert_cmpuint (n_children (plan, "I."), ==, 2);
  g_assert_cmpuint (n_children (plan, "II."), ==, 2);
  g_assert_cmpuint (n_children (plan, "III."), ==, 5);
  g_assert_cmpuint (n_children (plan, "III. 1."), ==, 2);
  g_assert_cmpuint (n_children (plan, "III. 2."), ==, 1);
  g_assert_cmpuint (n_children (plan, "III. 3."), ==, 4);
  g_assert_cmpuint (n_children (plan, "III. 4."), ==, 2);
  g_assert_cmpuint (n_children (plan, "III. 5."), ==, 3);
  g_assert_cmpuint (n_children (plan, "IV."), ==, 2);
  /* A heading broken over two lines is one title. */
  g_assert_cmpstr (kh_node_get_title (node_at (plan, "III. 1.")), ==,
                   "Cong tac quan triét, tuyén truyén, pho bién thong tin va trién khai thwe hién Nghi quyet");
  /* A paragraph broken by a page number ("2") is whole. */
  g_assert_nonnull (strstr (kh_node_get_body (node_at (plan, "II. 1.")), "d6i ngoai Nhan dan. Phat huy"));

  /* The header, both columns on each line. */
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "267/KH-UBND");
  g_assert_cmpstr (kh_plan_get_date (plan), ==, "2024-06-27");
  g_assert_cmpstr (kh_plan_get_string (plan, "place"), ==, "Thira Thién Hué");
  g_assert_cmpstr (kh_plan_get_string (plan, "issuer-name"), ==, "UY BAN NHAN DAN TINH THUA THIEN HUE");
  g_assert_cmpstr (kh_plan_get_issuer_short (plan), ==, "UBND tỉnh");
  /* "đến năm 2030" in the title is no plan year: the date's is. */
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2024);
  g_assert_true (g_str_has_prefix (kh_plan_get_title (plan), "Trién khai thuc hién Nghi quyét so 47/NQ-CP"));
  g_assert_true (g_str_has_suffix (kh_plan_get_title (plan), "57-KL/TW ngay 15/6/2023 cia B¢ Chinh tri"));
  g_assert_true (g_str_has_prefix (kh_plan_get_string (plan, "preamble"), "Thuc hién Két luan sé 57-KL/TW"));
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-authority"), ==, "TM. UY BAN NHAN DAN");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-deputy"), ==, "KT. CHU TICH");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-title"), ==, "PHO CHU TICH");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-name"), ==, "Nguyén Thanh Binh");
  g_assert_cmpuint (g_strv_length ((GStrv) kh_plan_get_recipients (plan)), ==, 8);
  g_assert_cmpstr (kh_plan_get_recipients (plan)[1], ==, "TVTU, TT.HDND tinh;");

  /* "Pon vi thuc hién: X chủ trì, phối hợp với Y" */
  leads = leads_of (node_at (plan, "III. 1. b)"));
  g_assert_cmpstr (leads, ==, "Sở Thong tin va Truyén thong");
  t = kh_node_get_timeline (node_at (plan, "III. 1. a)"));
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_DEADLINE);
  g_assert_cmpint (t->mode, ==, KH_DEADLINE_WITHIN);
  g_assert_cmpint (t->quarter, ==, 3);
  g_assert_cmpint (t->year, ==, 2024);
  g_assert_cmpint (kh_node_get_timeline (node_at (plan, "III. 1. b)"))->kind, ==, KH_TIMELINE_ONGOING);
  t = kh_node_get_timeline (node_at (plan, "III. 5. c)"));
  g_assert_cmpint (t->kind, ==, KH_TIMELINE_QUARTER);
  g_assert_cmpint (t->quarter, ==, 3);
  g_assert_cmpint (kh_node_get_timeline (node_at (plan, "III. 4. b)"))->kind, ==, KH_TIMELINE_PERIODIC);
  /* "b) Pon vi thuc hién:" and "¢) Thoi gian …" are fields of a). */
  g_assert_cmpuint (kh_node_get_cooperating (node_at (plan, "III. 2. a)"))->len, >=, 1);
  g_assert_nonnull (kh_node_get_timeline (node_at (plan, "III. 2. a)")));
  g_assert_true (report_has (report, 126, "“b)”"));
  g_assert_true (report_has (report, 129, "“¢)”"));
  {
    g_autofree char *cooperating = cooperating_of (node_at (plan, "III. 2. a)"));

    g_assert_true (g_str_has_prefix (cooperating, "Sở Tu phap; "));
  }

  /* Each way OCR wrote the department is one unit. */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      n_communications += kh_text_fold_contains (kh_unit_get_name (unit), "thong tin va truyen thong");
    }
  g_assert_cmpuint (n_communications, ==, 1);
  leads = (g_free (leads), leads_of (node_at (plan, "IV. 1.")));
  g_assert_cmpstr (leads, ==, "Sở Thong tin va Truyén thong");
}

/* Nothing is lost ---------------------------------------------------------- */

static void
add_words (GHashTable *bag, const char *text)
{
  g_autofree char *key = kh_unit_match_key (text ? text : "");
  g_auto(GStrv) words = g_strsplit (key, " ", -1);

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_hash_table_add (bag, g_strdup (words[i]));
}

static void
add_assignments (GHashTable *bag, GPtrArray *list)
{
  for (guint i = 0; list && i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);

      add_words (bag, kh_unit_get_name (a->unit));
      add_words (bag, a->scope);
    }
}

/* Every word the plan keeps, in unit-matching keys (folded, abbreviations
 * written out) so that "TT&DL" and "Thể thao và Du lịch" count alike. */
static GHashTable *
plan_words (KhPlan *plan)
{
  GHashTable *bag = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  const char * const *recipients = kh_plan_get_recipients (plan);

  for (const char * const *p = kh_plan_text_properties (); *p; p++)
    add_words (bag, kh_plan_get_string (plan, *p));
  for (guint i = 0; recipients[i]; i++)
    add_words (bag, recipients[i]);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);

      for (const char * const *p = kh_node_text_properties (); *p; p++)
        {
          g_autofree char *value = NULL;

          g_object_get (node, *p, &value, NULL);
          add_words (bag, value);
        }
      add_assignments (bag, kh_node_get_leads (node));
      add_assignments (bag, kh_node_get_cooperating (node));
      if (kh_node_get_timeline (node))
        add_words (bag, kh_node_get_timeline (node)->text);
      if (row != NULL)
        {
          add_words (bag, row->title);
          add_words (bag, row->lead_note);
          add_words (bag, row->cooperate_note);
          add_assignments (bag, row->leads);
          add_assignments (bag, row->cooperating);
          if (row->timeline)
            add_words (bag, row->timeline->text);
        }
    }
  return bag;
}

static gboolean
is_layout (GArray *layout, guint line)
{
  for (guint i = 0; i < layout->len; i++)
    if (g_array_index (layout, guint, i) == line)
      return TRUE;
  return FALSE;
}

/* A word OCR spelt another way in a name the importer took for a unit it
 * already had ("thanh phd" for "thanh pho"): one letter from a kept word. */
static gboolean
near_kept_word (GHashTable *bag, const char *word)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, bag);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (kh_import_word_near (word, key))
      return TRUE;
  return FALSE;
}

static void
test_nothing_lost (gconstpointer data)
{
  const char *name = data;
  g_autofree char *text = kh_test_read_plan_text (name);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GArray) layout = NULL;
  g_autoptr(KhPlan) plan = import_plan (name, NULL, &layout);
  g_autoptr(GHashTable) bag = plan_words (plan);
  guint checked = 0, lost = 0, words_checked = 0, near = 0;

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *markup_free = kh_import_strip_markup (lines[i]);
      g_autofree char *clean = kh_import_strip_motto (markup_free);
      g_auto(GStrv) cells = g_strsplit (clean, "\t", -1);

      if (*clean == '\0' || is_layout (layout, i + 1))
        continue;
      checked++;
      for (guint c = 0; cells[c]; c++)
        {
          KhMark mark;
          gsize content = 0;
          const char *rest;
          g_autofree char *key = NULL;
          g_auto(GStrv) words = NULL;
          guint total = 0, found = 0;

          /* The marker and a field's label are structure, not content;
           * so is a table's row number (STT), computed again on export. */
          if (cells[1] != NULL && strspn (cells[c], "0123456789 ") == strlen (cells[c]))
            continue;
          kh_import_mark_parse (cells[c], &mark, &content);
          rest = cells[c] + content;
          rest += kh_import_label_end (rest);
          key = kh_unit_match_key (rest);
          words = g_strsplit (key, " ", -1);
          for (guint w = 0; words[w]; w++)
            {
              if (*words[w] == '\0')
                continue;
              total++;
              if (g_hash_table_contains (bag, words[w]))
                found++;
              else if (near_kept_word (bag, words[w]))
                {
                  found++;
                  near++;
                  g_test_message ("%s:%u: “%s” is kept as spelt elsewhere", name, i + 1, words[w]);
                }
              else
                g_test_message ("%s:%u: “%s” is lost", name, i + 1, words[w]);
            }
          if (total > 0 && found * 100 < total * 99)
            lost++;
          words_checked += total;
        }
    }
  g_test_message ("%s: %u lines checked, %u read as layout", name, checked, layout->len);
  g_assert_cmpuint (lost, ==, 0);
  g_assert_cmpuint (checked, >, 100);
  g_assert_cmpuint (near * 100, <, words_checked);
}

/* Layout (motto, page numbers, the appendix heading and table header) is all
 * that is not kept, and it is little. */
static void
test_layout_lines (void)
{
  static const guint ha_tinh[] = { 316, 317, 318, 319, 321 };
  static const guint ocr[] = { 57 };
  g_autoptr(GArray) layout = NULL;
  g_autoptr(KhPlan) plan = import_plan (HA_TINH, NULL, &layout);
  g_autoptr(KhPlan) hue = NULL;
  g_autoptr(KhPlan) scan = NULL;

  g_assert_cmpuint (layout->len, ==, G_N_ELEMENTS (ha_tinh));
  for (guint i = 0; i < G_N_ELEMENTS (ha_tinh); i++)
    g_assert_cmpuint (g_array_index (layout, guint, i), ==, ha_tinh[i]);
  g_clear_pointer (&layout, g_array_unref);
  hue = import_plan (HUE, NULL, &layout);
  g_assert_cmpuint (layout->len, ==, 0);
  g_clear_pointer (&layout, g_array_unref);
  scan = import_plan (OCR, NULL, &layout);
  g_assert_cmpuint (layout->len, ==, G_N_ELEMENTS (ocr));
  for (guint i = 0; i < G_N_ELEMENTS (ocr); i++)
    g_assert_cmpuint (g_array_index (layout, guint, i), ==, ocr[i]);
}

/* The same plan as a PDF gives it ---------------------------------------- */

/* @text as a PDF's text comes: every paragraph broken into lines of at
 * most @width characters, no empty lines, no Markdown. */
static char *
wrap_like_pdf (const char *text, glong width)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *clean = kh_import_strip_markup (lines[i]);
      g_auto(GStrv) words = NULL;
      glong used = 0;

      if (*clean == '\0')
        continue;
      if (strchr (lines[i], '\t'))
        {
          g_string_append_printf (out, "%s\n", lines[i]);
          continue;
        }
      words = g_strsplit (clean, " ", -1);
      for (guint w = 0; words[w]; w++)
        {
          glong n = g_utf8_strlen (words[w], -1);

          if (used > 0 && used + 1 + n > width)
            {
              g_string_append_c (out, '\n');
              used = 0;
            }
          else if (used > 0)
            {
              g_string_append_c (out, ' ');
              used++;
            }
          g_string_append (out, words[w]);
          used += n;
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
describe (KhPlan *plan)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  GString *out = g_string_new (NULL);

  for (const char * const *p = kh_plan_text_properties (); *p; p++)
    g_string_append_printf (out, "%s=%s\n", *p, kh_plan_get_string (plan, *p));
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *label = kh_numbering_label (plan, node);
      g_autofree char *leads = leads_of (node);
      g_autofree char *cooperating = cooperating_of (node);
      const KhTimeline *t = kh_node_get_timeline (node);

      g_string_append_printf (out, "%s %s | %s | %s | %s | %d\n", label, kh_node_get_title (node),
                              leads, cooperating, t ? t->text : "", kh_node_get_in_appendix (node));
    }
  return g_string_free (out, FALSE);
}

static void
test_pdf_text (gconstpointer data)
{
  const char *name = data;
  g_autofree char *text = kh_test_read_plan_text (name);
  g_autofree char *wrapped = wrap_like_pdf (text, 85);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = import_plan (name, NULL, NULL);
  g_autoptr(KhPlan) from_pdf = kh_import_text (wrapped, strlen (wrapped), NULL, &error);
  g_autofree char *want = describe (plan);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = describe (from_pdf);
  g_assert_cmpstr (got, ==, want);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/ha-tinh/outline", test_ha_tinh_outline);
  g_test_add_func ("/import/ha-tinh/section-ii-tasks", test_ha_tinh_section_ii);
  g_test_add_func ("/import/ha-tinh/appendix-rows-matched", test_ha_tinh_appendix);
  g_test_add_func ("/import/ha-tinh/header-and-signature", test_ha_tinh_metadata);
  g_test_add_func ("/import/ha-tinh/duties-per-unit", test_ha_tinh_duties);
  g_test_add_func ("/import/hue-2018/outline-and-labels", test_hue_outline);
  g_test_add_func ("/import/hue-2018/duties-per-unit", test_hue_duties);
  g_test_add_func ("/import/ocr-2024/outline-header-fields", test_ocr);
  g_test_add_data_func ("/import/nothing-lost/ha-tinh", HA_TINH, test_nothing_lost);
  g_test_add_data_func ("/import/nothing-lost/hue-2018", HUE, test_nothing_lost);
  g_test_add_data_func ("/import/nothing-lost/ocr-2024", OCR, test_nothing_lost);
  g_test_add_func ("/import/nothing-lost/only-layout-left-out", test_layout_lines);
  g_test_add_data_func ("/import/pdf-text/ha-tinh-same-plan", HA_TINH, test_pdf_text);
  g_test_add_data_func ("/import/pdf-text/hue-2018-same-plan", HUE, test_pdf_text);

  return g_test_run ();
}
