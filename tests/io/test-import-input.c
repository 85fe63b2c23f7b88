/* test-import-input.c — the importer on what it has not seen: bad input
 * (empty, binary, invalid UTF-8, legacy encodings, 50 MB, no structure),
 * its pieces one by one, and a plan written unlike the three real ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-numbering.h"
#include "kh-test-util.h"
#include "kh-text.h"

static void
assert_refused (const char *text, gsize len, KhImportError code, const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = kh_import_text (text, len, &report, &error);

  g_assert_null (plan);
  g_assert_null (report);
  g_assert_error (error, KH_IMPORT_ERROR, (int) code);
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
}

static char *
read_fixture (const char *name, gsize *len)
{
  g_autofree char *path = kh_test_data_path ("import", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

/* Bad input ------------------------------------------------------------------ */

static void
test_empty (void)
{
  assert_refused ("", 0, KH_IMPORT_ERROR_EMPTY, NULL);
  assert_refused (" \n\t\r\n  \n", 8, KH_IMPORT_ERROR_EMPTY, NULL);
  assert_refused ("\357\273\277\n", 4, KH_IMPORT_ERROR_EMPTY, NULL);
}

static void
test_binary (void)
{
  static const char nul[] = "KẾ HOẠCH\nabc\0def\n";
  guchar noise[512];

  assert_refused (nul, sizeof nul - 1, KH_IMPORT_ERROR_BINARY, NULL);
  assert_refused ("%PDF-1.7\n%\342\343\317\323\n", 15, KH_IMPORT_ERROR_BINARY, "PDF");
  assert_refused ("PK\003\004\024\000\006\000", 8, KH_IMPORT_ERROR_BINARY, ".docx");
  assert_refused ("\320\317\021\340\241\261\032\341", 8, KH_IMPORT_ERROR_BINARY, ".doc");
  /* Control characters throughout, no NUL. */
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) (1 + (i * 7) % 30);
  assert_refused ((const char *) noise, sizeof noise, KH_IMPORT_ERROR_BINARY, NULL);
}

static void
test_invalid_utf8 (void)
{
  static const char text[] = "KẾ HOẠCH\nI. MỤC TIÊU\nabc \303\050 def\n";

  assert_refused (text, sizeof text - 1, KH_IMPORT_ERROR_INVALID_UTF8, "3");
}

static void
test_legacy (gconstpointer data)
{
  const char *name = data;
  gsize len;
  g_autofree char *text = read_fixture (name, &len);

  assert_refused (text, len, KH_IMPORT_ERROR_LEGACY_ENCODING,
                  g_str_has_prefix (name, "tcvn3") ? "TCVN3 (ABC)" : "VNI");
}

static void
test_too_large (void)
{
  gsize len = KH_IMPORT_MAX_BYTES + 1;
  g_autofree char *text = g_malloc (len);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  int fd;

  /* Plain text that would import: it is its size that is refused. */
  for (gsize i = 0; i < len; i++)
    text[i] = "- Đơn vị chủ trì: Sở Ngoại vụ.\n"[i % 33];
  assert_refused (text, len, KH_IMPORT_ERROR_TOO_LARGE, "50 MB");

  /* From a file, before reading it. */
  fd = g_file_open_tmp ("kehoach-import-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  g_assert_true (ftruncate (fd, (off_t) len) == 0);
  close (fd);
  file = g_file_new_for_path (path);
  plan = kh_import_file (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_TOO_LARGE);
  g_unlink (path);
}

static void
test_unreadable_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/kehoach/plan.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_import_file (file, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_READ);
}

static void
test_no_structure (void)
{
  static const char text[] =
    "Kính gửi các đồng chí,\n"
    "Xin thông báo lịch họp giao ban tuần tới\n"
    "vào sáng thứ Hai tại phòng họp số 2.\n\n"
    "Trân trọng cảm ơn.\n";
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_import_text (text, sizeof text - 1, &report, &error);
  g_autoptr(KhNode) node = NULL;
  KhImportNote *note;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 1);
  node = g_list_model_get_item (kh_plan_get_roots (plan), 0);
  g_assert_cmpstr (kh_node_get_title (node), ==, "Kính gửi các đồng chí,");
  /* Every word is there; the broken sentence is one paragraph. */
  g_assert_cmpstr (kh_node_get_body (node), ==,
                   "Kính gửi các đồng chí,\n"
                   "Xin thông báo lịch họp giao ban tuần tới vào sáng thứ Hai tại phòng họp số 2.\n"
                   "Trân trọng cảm ơn.");
  g_assert_cmpuint (report->len, >=, 1);
  note = g_ptr_array_index (report, 0);
  g_assert_cmpint (note->severity, ==, KH_IMPORT_NOTE_WARNING);
  g_assert_cmpstr (note->node_id, ==, kh_node_get_id (node));
  g_assert_cmpint (kh_plan_get_year (plan), >=, 2024);
}

static void
test_utf16_crlf (void)
{
  static const char utf8[] = "KẾ HOẠCH\r\nThông tin năm 2026\r\n\r\nI. NỘI DUNG\r\n1. Một việc.\r\n- Thời gian: Quý I/2026\r\n";
  gsize len = 0;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_autofree char *with_bom = g_malloc (len + 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(KhNode) section = NULL;
  g_autoptr(KhNode) item = NULL;

  memcpy (with_bom, "\377\376", 2);
  memcpy (with_bom + 2, utf16, len);
  plan = kh_import_text (with_bom, len + 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kh_plan_get_title (plan), ==, "Thông tin năm 2026");
  section = g_list_model_get_item (kh_plan_get_roots (plan), 0);
  g_assert_cmpstr (kh_node_get_title (section), ==, "NỘI DUNG");
  item = g_list_model_get_item (kh_node_get_children (section), 0);
  g_assert_cmpstr (kh_node_get_title (item), ==, "Một việc.");
  g_assert_cmpint (kh_node_get_timeline (item)->quarter, ==, 1);
}

/* Pieces --------------------------------------------------------------------- */

static void
test_markers (void)
{
  static const struct {
    const char *text;
    KhMarkKind kind;
    guint level, value;
    const char *content;
  } cases[] = {
    { "I. MỤC TIÊU", KH_MARK_ROMAN, 1, 1, "MỤC TIÊU" },
    { "XIV. KINH PHÍ", KH_MARK_ROMAN, 1, 14, "KINH PHÍ" },
    { "PHẦN II. NỘI DUNG", KH_MARK_ROMAN, 1, 2, "NỘI DUNG" },
    { "3. Tập huấn", KH_MARK_NUMBER, 1, 3, "Tập huấn" },
    { "1.1. Xây dựng", KH_MARK_NUMBER, 2, 1, "Xây dựng" },
    { "5.2.1. Tuyên truyền", KH_MARK_NUMBER, 3, 1, "Tuyên truyền" },
    { "2.10 Không có dấu chấm cuối", KH_MARK_NUMBER, 2, 10, "Không có dấu chấm cuối" },
    { "4) Ngoặc", KH_MARK_NUMBER, 1, 4, "Ngoặc" },
    { "a) Phổ biến", KH_MARK_LETTER, 1, 1, "Phổ biến" },
    { "đ) Cung cấp", KH_MARK_LETTER, 1, 7, "Cung cấp" },
    { "ê) Chủ trì", KH_MARK_LETTER, 1, 9, "Chủ trì" },
    { "f) Phối hợp", KH_MARK_LETTER, 1, 10, "Phối hợp" },
    { "¢) Thoi gian", KH_MARK_LETTER, 1, 5, "Thoi gian" },
    { "- Đơn vị", KH_MARK_BULLET, 1, 0, "Đơn vị" },
    { "+ Sở Ngoại vụ: x", KH_MARK_BULLET, 1, 0, "Sở Ngoại vụ: x" },
    { "• Điểm", KH_MARK_BULLET, 1, 0, "Điểm" },
    { "_ Cue TTBN", KH_MARK_BULLET, 1, 0, "Cue TTBN" },
    /* Not markers. */
    { "1.000 người tham dự", KH_MARK_NONE, 0, 0, NULL },
    { "2018 là năm bản lề", KH_MARK_NONE, 0, 0, NULL },
    { "15/4/2024 ban hành", KH_MARK_NONE, 0, 0, NULL },
    { "v.v. và các việc khác", KH_MARK_NONE, 0, 0, NULL },
    { "-5 độ", KH_MARK_NONE, 0, 0, NULL },
    { "Inbox", KH_MARK_NONE, 0, 0, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KhMark mark;
      gsize content;
      gboolean found = kh_import_mark_parse (cases[i].text, &mark, &content);

      g_test_message ("marker of “%s”", cases[i].text);
      g_assert_cmpint (found, ==, cases[i].kind != KH_MARK_NONE);
      g_assert_cmpint (mark.kind, ==, cases[i].kind);
      if (!found)
        continue;
      g_assert_cmpuint (mark.level, ==, cases[i].level);
      g_assert_cmpuint (mark.value, ==, cases[i].value);
      g_assert_cmpstr (cases[i].text + content, ==, cases[i].content);
    }
}

static void
test_markup (void)
{
  g_autofree char *heading = kh_import_strip_markup ("#### **I. MỤC ĐÍCH, YÊU CẦU**  ");
  g_autofree char *link = kh_import_strip_markup ("Cổng ([www.x.gov.vn](http://www.x.gov.vn)) và [trang](http://y.vn)");
  g_autofree char *emphasis = kh_import_strip_markup ("*Căn cứ* _Luật_ số 1\\. snake_case a * b");
  g_autofree char *list = kh_import_strip_markup ("* mục danh sách");

  g_assert_cmpstr (heading, ==, "I. MỤC ĐÍCH, YÊU CẦU");
  g_assert_cmpstr (link, ==, "Cổng (www.x.gov.vn) và trang (http://y.vn)");
  g_assert_cmpstr (emphasis, ==, "Căn cứ Luật số 1. snake_case a * b");
  g_assert_cmpstr (list, ==, "- mục danh sách");
}

static void
test_fields (void)
{
  static const struct {
    const char *text;
    KhImportField field;
    const char *value;
  } cases[] = {
    { "Đơn vị chủ trì: Sở Ngoại vụ", KH_FIELD_LEAD, "Sở Ngoại vụ" },
    { "Cơ quan phối hợp: Công an xã", KH_FIELD_COOPERATE, "Công an xã" },
    { "Pon vi thuc hién: S& Thong tin", KH_FIELD_EXECUTOR, "S& Thong tin" },
    { "DBon vi thuc hién: X", KH_FIELD_EXECUTOR, "X" },
    { "Pon vj thyc hién: X", KH_FIELD_EXECUTOR, "X" },
    { "Thot gian thuc hién: Quy 3/2024", KH_FIELD_TIMELINE, "Quy 3/2024" },
    { "Thời gian ban hành: Tháng 02/2018", KH_FIELD_TIMELINE, "Tháng 02/2018" },
    { "Thời hạn hoàn thành:Quý II", KH_FIELD_TIMELINE, "Quý II" },
    { "Thành phần mời dự tập huấn: Cán bộ", KH_FIELD_PARTICIPANTS, "Cán bộ" },
    { "Số lượng dự kiến: 70 người/lớp", KH_FIELD_QUANTITY, "70 người/lớp" },
    { "Nội dung: Thông tin", KH_FIELD_CONTENT, "Thông tin" },
    { "Kinh phí: 150 triệu đồng", KH_FIELD_BUDGET, "150 triệu đồng" },
    { "Sản phẩm: Bản tin", KH_FIELD_PRODUCTS, "Bản tin" },
    { "Ghi chú: x", KH_FIELD_NOTES, "x" },
    /* Not fields. */
    { "Phối hợp với Sở Ngoại vụ: cung cấp thông tin", KH_FIELD_NONE, NULL },
    { "Lưu: VT, KGVX.", KH_FIELD_NONE, NULL },
    { "Thời gian qua, tỉnh đã làm được nhiều việc", KH_FIELD_NONE, NULL },
    { "Nội dung chính của kế hoạch gồm các phần sau đây và nhiều việc khác: a", KH_FIELD_NONE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize value;
      KhImportField field = kh_import_field_parse (cases[i].text, &value);

      g_test_message ("field of “%s”", cases[i].text);
      g_assert_cmpint (field, ==, cases[i].field);
      if (field != KH_FIELD_NONE)
        g_assert_cmpstr (cases[i].text + value, ==, cases[i].value);
    }
}

static char *
parse_units (KhImportContext *ctx, const char *text)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *note = NULL;
  GString *out = g_string_new (NULL);

  kh_import_units_parse (ctx, text, 1, &units, &note);
  for (guint i = 0; i < units->len; i++)
    g_string_append_printf (out, "[%s]", kh_unit_get_name (g_ptr_array_index (units, i)));
  if (*note)
    g_string_append_printf (out, " + %s", note);
  return g_string_free (out, FALSE);
}

static void
test_unit_lists (void)
{
  static const struct {
    const char *text;
    const char *units;
  } cases[] = {
    { "Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông và các cơ quan liên quan.",
      "[Sở Kế hoạch và Đầu tư][Sở Thông tin và Truyền thông] + các cơ quan liên quan" },
    { "Các Sở: Ngoại vụ, Tài chính, Kế hoạch và Đầu tư; UBND các huyện, thị xã",
      "[Sở Ngoại vụ][Sở Tài chính][Sở Kế hoạch và Đầu tư][UBND các huyện, thị xã]" },
    /* A name with a comma in it: the plan knows it (see below) … */
    { "Các Sở: Ngoại vụ, Văn hóa, Thể thao và Du lịch",
      "[Sở Ngoại vụ][Sở Văn hóa, Thể thao và Du lịch]" },
    /* … or it is no list of names sharing a head. */
    { "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",
      "[Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh]" },
    { "UBND các huyện Lộc Hà, Cẩm Xuyên", "[UBND huyện Lộc Hà][UBND huyện Cẩm Xuyên]" },
    { "Văn phòng UBND tỉnh và Sở Ngoại vụ", "[Văn phòng UBND tỉnh][Sở Ngoại vụ]" },
    { "Đài Phát thanh và Truyền hình tỉnh; Hội Nhà báo tỉnh; các đơn vị, địa phương",
      "[Đài Phát thanh và Truyền hình tỉnh][Hội Nhà báo tỉnh] + các đơn vị, địa phương" },
    { "Sở Ngoại vụ và các địa phương có biên giới, biển, đảo.",
      "[Sở Ngoại vụ] + các địa phương có biên giới, biển, đảo" },
    { "Các cơ quan báo chí trong tỉnh", "[Các cơ quan báo chí trong tỉnh]" },
    { "Theo KH của UBND tỉnh", " + Theo KH của UBND tỉnh" },
    { "S& Ngoai vu, Cong an tinh va céc sd, ban nganh lién quan",
      "[Sở Ngoại vụ][Cong an tinh] + céc sd, ban nganh lién quan" },
  };
  KhImportContext ctx;

  kh_import_context_init (&ctx);
  ctx.scanned = TRUE;  /* OCR'd names below */
  kh_import_unit_lookup (&ctx, "Sở Văn hóa, Thể thao và Du lịch", 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = parse_units (&ctx, cases[i].text);

      g_test_message ("units of “%s”", cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].units);
    }
  /* One unit list: a unit named again (as a scan writes it) is the same. */
  {
    g_autofree char *again = parse_units (&ctx, "Sở Ngoại vụ; Sở Thông tin và Truyền thông");
    g_autofree char *ocr = parse_units (&ctx, "S¢ Thong tin va Truyén thong");

    g_assert_cmpstr (again, ==, "[Sở Ngoại vụ][Sở Thông tin và Truyền thông]");
    g_assert_cmpstr (ocr, ==, "[Sở Thông tin và Truyền thông]");
    g_assert_cmpstr (kh_unit_get_group (kh_import_unit_lookup (&ctx, "Báo Hà Tĩnh", 1)), ==, "Cơ quan báo chí");
    g_assert_cmpstr (kh_unit_get_group (kh_import_unit_lookup (&ctx, "Công an tỉnh", 1)), ==, "Lực lượng vũ trang");
    g_assert_cmpstr (kh_unit_get_group (kh_import_unit_lookup (&ctx, "Hội Nông dân tỉnh", 1)), ==, "Đoàn thể, hội");
    g_assert_cmpstr (kh_unit_get_group (kh_import_unit_lookup (&ctx, "UBND xã Thạch Kim", 1)), ==, "UBND cấp huyện/xã");
  }
  kh_import_context_clear (&ctx);
}

static void
test_legacy_detection (void)
{
  gsize len;
  g_autofree char *ocr = kh_test_read_plan_text ("thua-thien-hue-2024-ocr.txt");
  g_autofree char *tcvn3 = read_fixture ("tcvn3.txt", &len);
  g_autofree char *vni = read_fixture ("vni.txt", &len);

  /* A scan's stray "¢" and "’cﬁa" are no legacy encoding. */
  g_assert_cmpint (kh_import_legacy_encoding (ocr), ==, KH_LEGACY_NONE);
  g_assert_cmpint (kh_import_legacy_encoding ("Đây là tiếng Việt có dấu: quân, luôn, tiên, hoà, thuỷ."), ==, KH_LEGACY_NONE);
  g_assert_cmpint (kh_import_legacy_encoding (tcvn3), ==, KH_LEGACY_TCVN3);
  g_assert_cmpint (kh_import_legacy_encoding (vni), ==, KH_LEGACY_VNI);

  /* A scan has lost its diacritics; its unit names match give or take OCR. */
  {
    g_autofree char *ha_tinh = kh_test_read_plan_text ("ha-tinh-2018.txt");

    g_assert_true (kh_import_looks_scanned (ocr));
    g_assert_false (kh_import_looks_scanned (ha_tinh));
  }
}

/* A text naming a thousand units imports in reasonable time: past a limit
 * names are matched only as written (matching all against all is slow). */
static void
test_many_units (void)
{
  GString *text = g_string_new ("I. NỘI DUNG\n");
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (text, "%u. Nhiệm vụ %u\n- Đơn vị chủ trì: Sở Ngành %u; Sở Ngành %u; Sở Ngành %u\n",
                            i + 1, i + 1, 2 * i, 2 * i + 1, i);
  plan = kh_import_text (text->str, text->len, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (plan)), ==, 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  g_string_free (text, TRUE);
}

/* A plan unlike the three real ones ------------------------------------------ */

static KhNode *
child (KhNode *parent, guint position)
{
  g_autoptr(KhNode) node = g_list_model_get_item (kh_node_get_children (parent), position);

  g_assert_nonnull (node);
  return node;  /* held by its parent */
}

static char *
units_of (GPtrArray *list, const char *note)
{
  return kh_assignment_list_format (list, note, "; ");
}

static void
test_unseen_commune (void)
{
  gsize len;
  g_autofree char *text = read_fixture ("unseen-commune.md", &len);
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_import_text (text, len, &report, &error);
  GListModel *roots;
  g_autoptr(KhNode) tasks = NULL;
  g_autoptr(KhNode) duties = NULL;
  g_autoptr(KhNode) appendix = NULL;
  KhNode *network, *records, *loudspeakers, *bulletin;
  g_autofree char *leads = NULL;
  g_autofree char *cooperating = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  /* The Decree 30 header as Word writes it, one column under the other. */
  g_assert_cmpstr (kh_plan_get_string (plan, "issuer-parent"), ==, "ĐẢNG ỦY - HĐND - UBND XÃ");
  g_assert_cmpstr (kh_plan_get_string (plan, "issuer-name"), ==, "ỦY BAN NHÂN DÂN XÃ THẠCH HÀ");
  g_assert_cmpstr (kh_plan_get_issuer_short (plan), ==, "UBND xã");
  g_assert_cmpstr (kh_plan_get_number (plan), ==, "15/KH-UBND");
  g_assert_cmpstr (kh_plan_get_string (plan, "place"), ==, "Thạch Hà");
  g_assert_cmpstr (kh_plan_get_date (plan), ==, "2026-01-10");
  g_assert_cmpstr (kh_plan_get_title (plan), ==, "Chuyển đổi số và thông tin cơ sở trên địa bàn xã năm 2026");
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2026);
  g_assert_cmpstr (kh_plan_get_string (plan, "preamble"), ==,
                   "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n"
                   "Căn cứ Kế hoạch số 120/KH-UBND ngày 20/12/2025 của UBND tỉnh về chuyển đổi số năm 2026;\n"
                   "Ủy ban nhân dân xã ban hành Kế hoạch chuyển đổi số và thông tin cơ sở năm 2026 như sau:");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-authority"), ==, "TM. ỦY BAN NHÂN DÂN");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-title"), ==, "CHỦ TỊCH");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-name"), ==, "Nguyễn Văn An");
  g_assert_cmpuint (g_strv_length ((GStrv) kh_plan_get_recipients (plan)), ==, 4);

  roots = kh_plan_get_roots (plan);
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 4);  /* I, II, III, the appendix */
  tasks = g_list_model_get_item (roots, 1);
  network = child (child (tasks, 0), 0);
  leads = units_of (kh_node_get_leads (network), kh_node_get_lead_note (network));
  cooperating = units_of (kh_node_get_cooperating (network), kh_node_get_cooperate_note (network));
  g_assert_cmpstr (leads, ==, "Văn phòng HĐND và UBND xã");
  g_assert_cmpstr (cooperating, ==, "Phòng Kinh tế; Phòng Văn hóa - Xã hội; Công an xã");
  g_assert_cmpint (kh_node_get_budget_amount (network), ==, 150000000);
  g_assert_cmpstr (kh_node_get_products (network), ==, "Mạng nội bộ mới");
  g_assert_cmpint (kh_node_get_timeline (network)->quarter, ==, 2);

  records = child (child (tasks, 0), 1);
  g_free (leads), leads = units_of (kh_node_get_leads (records), kh_node_get_lead_note (records));
  g_free (cooperating), cooperating = units_of (kh_node_get_cooperating (records), kh_node_get_cooperate_note (records));
  g_assert_cmpstr (leads, ==, "Phòng Văn hóa - Xã hội");
  g_assert_cmpstr (cooperating, ==, "Văn phòng HĐND và UBND xã; các thôn, tổ dân phố");
  g_assert_cmpint (kh_node_get_timeline (records)->kind, ==, KH_TIMELINE_HALF);

  /* Bullets with fields of their own under "+" are tasks. */
  g_assert_cmpuint (kh_node_get_n_children (child (tasks, 1)), ==, 2);
  loudspeakers = child (child (tasks, 1), 0);
  bulletin = child (child (tasks, 1), 1);
  g_assert_cmpint (kh_node_get_timeline (loudspeakers)->kind, ==, KH_TIMELINE_ONGOING);
  g_assert_cmpint (kh_node_get_timeline (bulletin)->every_months, ==, 3);
  g_assert_cmpstr (kh_node_get_notes (bulletin), ==, "Mỗi số 500 bản");

  duties = g_list_model_get_item (roots, 2);
  g_free (leads), leads = units_of (kh_node_get_leads (child (child (duties, 0), 1)), NULL);
  g_assert_cmpstr (leads, ==, "Công an xã");
  g_free (leads), leads = units_of (kh_node_get_leads (child (duties, 1)), NULL);
  g_assert_cmpstr (leads, ==, "Công an xã");

  /* The appendix table: one row names a task, one names none. */
  rows = kh_plan_get_appendix_nodes (plan);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (g_ptr_array_index (rows, 0) == records);
  g_assert_cmpstr (kh_node_get_appendix_row (records)->title, ==, "Số hóa hồ sơ hộ tịch");
  g_assert_cmpint (kh_node_get_appendix_row (records)->timeline->quarter, ==, 3);
  appendix = g_list_model_get_item (roots, 3);
  g_assert_true (g_ptr_array_index (rows, 1) == child (appendix, 0));
  g_assert_cmpstr (kh_node_get_title (child (appendix, 0)), ==, "Lắp đặt camera giám sát tại các thôn");

  /* The report, in line order, points at nodes. */
  for (guint i = 1; i < report->len; i++)
    g_assert_cmpuint (((KhImportNote *) g_ptr_array_index (report, i - 1))->line, <=,
                      ((KhImportNote *) g_ptr_array_index (report, i))->line);
  g_assert_cmpstr (((KhImportNote *) g_ptr_array_index (report, report->len - 1))->node_id, ==,
                   kh_node_get_id (child (appendix, 0)));
}

/* The appendix before the recipients and the signature; a duration alone. */
static void
test_appendix_first (void)
{
  static const char text[] =
    "KẾ HOẠCH\nTuyên truyền năm 2025\n\n"
    "I. NHIỆM VỤ\n1. Tổ chức hội nghị\n- Cơ quan chủ trì: Sở Nội vụ\n"
    "- Thời gian: 02 ngày\n- Thời gian thực hiện: Quý I/2025\n\n"
    "PHỤ LỤC\nSTT\tNội dung\tChủ trì\n1\tTổ chức hội nghị\tSở Nội vụ\n\n"
    "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_import_text (text, sizeof text - 1, NULL, &error);
  g_autoptr(KhNode) section = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  KhNode *task;

  g_assert_no_error (error);
  section = g_list_model_get_item (kh_plan_get_roots (plan), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_roots (plan)), ==, 1);
  task = child (section, 0);
  g_assert_cmpstr (kh_node_get_duration (task), ==, "02 ngày");
  g_assert_cmpint (kh_node_get_timeline (task)->quarter, ==, 1);
  rows = kh_plan_get_appendix_nodes (plan);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_ptr_array_index (rows, 0) == task);
  g_assert_null (kh_node_get_appendix_row (task));
  g_assert_cmpstr (kh_plan_get_recipients (plan)[0], ==, "Lưu: VT.");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-deputy"), ==, "KT. GIÁM ĐỐC");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-title"), ==, "PHÓ GIÁM ĐỐC");
  g_assert_cmpstr (kh_plan_get_string (plan, "signature-name"), ==, "Trần Văn Bình");
  g_assert_cmpint (kh_plan_get_year (plan), ==, 2025);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/input/empty", test_empty);
  g_test_add_func ("/import/input/binary", test_binary);
  g_test_add_func ("/import/input/invalid-utf8", test_invalid_utf8);
  g_test_add_data_func ("/import/input/tcvn3", "tcvn3.txt", test_legacy);
  g_test_add_data_func ("/import/input/tcvn3-8bit", "tcvn3-8bit.txt", test_legacy);
  g_test_add_data_func ("/import/input/vni", "vni.txt", test_legacy);
  g_test_add_data_func ("/import/input/vni-8bit", "vni-8bit.txt", test_legacy);
  g_test_add_func ("/import/input/legacy-by-frequency", test_legacy_detection);
  g_test_add_func ("/import/input/too-large", test_too_large);
  g_test_add_func ("/import/input/many-units", test_many_units);
  g_test_add_func ("/import/input/unreadable-file", test_unreadable_file);
  g_test_add_func ("/import/input/no-structure", test_no_structure);
  g_test_add_func ("/import/input/utf16-crlf", test_utf16_crlf);
  g_test_add_func ("/import/pieces/markers", test_markers);
  g_test_add_func ("/import/pieces/markup", test_markup);
  g_test_add_func ("/import/pieces/field-labels", test_fields);
  g_test_add_func ("/import/pieces/unit-lists", test_unit_lists);
  g_test_add_func ("/import/unseen/commune-markdown", test_unseen_commune);
  g_test_add_func ("/import/unseen/appendix-before-signature", test_appendix_first);

  return g_test_run ();
}
