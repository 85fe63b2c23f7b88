/* test-unit-match.c — typed names matched to units: every way the three
 * real plans (tests/data/plans) write a unit, short forms, abbreviations,
 * OCR'd text; completion; the default unit lists and adding them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-match.h"
#include "kh-unit-list-io.h"
#include "kh-plan-io.h"
#include "kh-test-util.h"
#include "kh-test-plan.h"

typedef struct {
  const char *typed;
  const char *id;   /* NULL: must match nothing */
} Case;

static GListModel *
load_list (const char *name)
{
  g_autofree char *basename = g_strconcat (name, ".json", NULL);
  g_autofree char *path = kh_test_source_path ("data", "units", basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = kh_unit_list_load (file, &error);
  GListStore *store = g_list_store_new (KH_TYPE_UNIT);

  g_assert_no_error (error);
  g_list_store_splice (store, 0, 0, units->pdata, units->len);
  return G_LIST_MODEL (store);
}

/* Every case of @cases: kh_unit_match (or the tolerant one) finds the unit
 * with the id given, or nothing. */
static void
check_cases (GListModel *units, const Case *cases, gsize n, gboolean tolerant)
{
  for (gsize i = 0; i < n; i++)
    {
      KhUnit *unit = tolerant ? kh_unit_match_tolerant (units, cases[i].typed)
                              : kh_unit_match (units, cases[i].typed);

      g_test_message ("“%s” → %s", cases[i].typed, unit ? kh_unit_get_id (unit) : "(none)");
      g_assert_cmpstr (unit ? kh_unit_get_id (unit) : NULL, ==, cases[i].id);
    }
}

static void
test_keys (void)
{
  static const struct { const char *text, *key; } cases[] = {
    { "Sở Văn hóa - Thể thao và Du lịch", "so van hoa the thao du lich" },
    { "Sở Văn hóa, Thể thao và Du lịch", "so van hoa the thao du lich" },
    { "Sở VH,TT&DL", "so van hoa the thao du lich" },
    { "Sở VHTTDL", "so van hoa the thao du lich" },
    { "Đài Phát thanh - Truyền hình tỉnh", "dai phat thanh truyen hinh tinh" },
    { "Đài Phát thanh và Truyền hình tỉnh", "dai phat thanh truyen hinh tinh" },
    { "Đài PT-TH tỉnh", "dai phat thanh truyen hinh tinh" },
    { "ĐÀI PTTH TỈNH", "dai phat thanh truyen hinh tinh" },
    { "Sở TT&TT", "so thong tin truyen thong" },
    { "Sở TTTT", "so thong tin truyen thong" },
    { "Bộ TT và TT", "bo thong tin truyen thong" },
    { "Sở KH&ĐT", "so ke hoach dau tu" },
    { "UBND tỉnh", "uy ban nhan dan tinh" },
    { "Thường trực HĐND tỉnh", "thuong truc hoi dong nhan dan tinh" },
    { "Bộ CH BĐBP tỉnh", "bo chi huy bo doi bien phong tinh" },
    { "Sở NgV", "so ngoai vu" },
    { "  ", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = kh_unit_match_key (cases[i].text);
      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_keys_ambiguous (void)
{
  g_auto(GStrv) keys = kh_unit_match_keys ("BCH Quân sự tỉnh");

  /* "BCH" is a command (Bộ/Ban Chỉ huy) or a party committee (Ban Chấp hành). */
  g_assert_cmpuint (g_strv_length (keys), ==, 3);
  g_assert_cmpstr (keys[0], ==, "bo chi huy quan su tinh");
  g_assert_true (g_strv_contains ((const char * const *) keys, "ban chi huy quan su tinh"));
  g_assert_true (g_strv_contains ((const char * const *) keys, "ban chap hanh quan su tinh"));
}

/* Every unit name, variant and short form that tests/data/plans/
 * ha-tinh-2018.txt writes, against the units of its example plan. */
static void
test_ha_tinh (void)
{
  static const Case cases[] = {
    /* As the task lines write them */
    { "Sở Thông tin và Truyền thông", "u-stttt" },
    { "Văn phòng UBND tỉnh", "u-vpubnd" },
    { "Sở Ngoại vụ", "u-sngv" },
    { "Sở Kế hoạch và Đầu tư", "u-skhdt" },
    { "Sở Tài chính", "u-stc" },
    { "Báo Hà Tĩnh", "u-bht" },
    { "Đài Phát thanh - Truyền hình tỉnh", "u-dpth" },
    { "Đài Phát thanh và Truyền hình tỉnh", "u-dpth" },
    { "Ban Quản lý khu kinh tế tỉnh", "u-bqlkkt" },
    { "Ban quản lý Khu kinh tế tỉnh", "u-bqlkkt" },
    { "Sở Văn hóa - Thể thao và Du lịch", "u-svhttdl" },
    { "Sở Văn hóa, Thể thao và Du lịch", "u-svhttdl" },
    { "Công Thông tin điện tử tỉnh", "u-cttdt" },       /* "Cổng" mistyped */
    { "UBND các huyện, thành phố, thị xã", "u-ubnd-huyen" },
    { "Hội Nhà báo tỉnh", "u-hnb" },
    { "Công an tỉnh", "u-ca" },
    { "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "u-bdbp" },
    { "Bộ Chỉ huy Bộ đội biên phòng tỉnh", "u-bdbp" },
    { "Sở Công Thương", "u-sct" },
    { "Sở Nội vụ", "u-snv" },
    { "Các cơ quan báo chí trong tỉnh", "u-cqbc" },
    { "Bộ Chỉ huy Quân sự tỉnh", "u-bchqs" },
    { "Ban Tuyên giáo Tỉnh ủy", "u-btg" },
    { "Các sở, ban, ngành, tổ chức chính trị - xã hội cấp tỉnh", "u-sbn" },
    /* One district of "UBND các huyện Lộc Hà, Cẩm Xuyên", split by import */
    { "UBND huyện Lộc Hà", "u-ubnd-locha" },
    { "Cẩm Xuyên", NULL },
    /* "Các Sở: Ngoại vụ, Kế hoạch và Đầu tư, Tài chính, Văn hóa - TT&DL" */
    { "Ngoại vụ", "u-sngv" },
    { "Kế hoạch và Đầu tư", "u-skhdt" },
    { "Tài chính", "u-stc" },
    { "Văn hóa - TT&DL", "u-svhttdl" },
    { "Thông tin và Truyền thông", "u-stttt" },
    /* Short forms and abbreviations */
    { "Sở TT&TT", "u-stttt" },
    { "Sở TTTT", "u-stttt" },
    { "Sở KH&ĐT", "u-skhdt" },
    { "Sở VHTTDL", "u-svhttdl" },
    { "Sở VH,TT&DL", "u-svhttdl" },
    { "Đài PT-TH tỉnh", "u-dpth" },
    { "Đài PTTH tỉnh", "u-dpth" },
    { "Sở NgV", "u-sngv" },
    { "BCH BĐBP tỉnh", "u-bdbp" },
    { "Bộ CHQS tỉnh", "u-bchqs" },
    { "CA tỉnh", "u-ca" },
    { "Cổng TTĐT tỉnh", "u-cttdt" },
    { "BQL KKT tỉnh", "u-bqlkkt" },
    { "BTG Tỉnh ủy", "u-btg" },
    { "Văn phòng Ủy ban nhân dân tỉnh", "u-vpubnd" },
    { "VP UBND tỉnh", "u-vpubnd" },
    { "UBND cấp huyện", "u-ubnd-huyen" },
    { "sở thông tin và truyền thông", "u-stttt" },
    { "SO THONG TIN VA TRUYEN THONG", "u-stttt" },
    /* Without the "tỉnh" a provincial plan takes for granted */
    { "Công an", "u-ca" },
    { "Hội Nhà báo", "u-hnb" },
    /* Not units of the plan, or not one unit: nothing */
    { "Các sở, ban, ngành, đoàn thể cấp tỉnh", NULL },
    { "Bộ Thông tin và Truyền thông", NULL },
    { "Thường trực Tỉnh ủy", NULL },
    { "các cơ quan, đơn vị liên quan", NULL },
    { "Theo KH của UBND tỉnh", NULL },
    { "", NULL },
  };
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");

  check_cases (kh_plan_get_units (plan), cases, G_N_ELEMENTS (cases), FALSE);
  check_cases (kh_plan_get_units (plan), cases, G_N_ELEMENTS (cases), TRUE);
}

/* The same for tests/data/plans/thua-thien-hue-2018.txt. */
static void
test_thua_thien_hue (void)
{
  static const Case cases[] = {
    { "Ban Tuyên giáo Tỉnh ủy", "u-btg" },
    { "Sở Thông tin và Truyền thông", "u-stttt" },
    { "Văn phòng UBND tỉnh", "u-vpubnd" },
    { "Văn phòng Ủy ban Nhân dân tỉnh", "u-vpubnd" },
    { "Sở Ngoại vụ", "u-sngv" },
    { "Sở Văn hóa và Thể thao", "u-svhtt" },
    { "Sở Du lịch", "u-sdl" },
    { "Báo Thừa Thiên Huế", "u-btth" },
    { "Đài Phát thanh và Truyền hình tỉnh", "u-dpth" },
    /* "các Tạp chí: Sông Hương, Huế Xưa và Nay, Nghiên cứu và Phát triển" */
    { "Tạp chí: Sông Hương", "u-tcsh" },
    { "Tạp chí Sông Hương", "u-tcsh" },
    { "Huế Xưa và Nay", "u-tchxn" },
    { "Nghiên cứu và Phát triển", "u-tcnc" },
    { "Cổng thông tin điện tử tỉnh", "u-cttdt" },
    { "Công thông tin điện tử tỉnh", "u-cttdt" },
    { "Bộ Chỉ huy Bộ Đội biên phòng tỉnh", "u-bdbp" },
    { "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "u-bdbp" },
    { "Công an tỉnh", "u-ca" },
    { "Sở Kế hoạch và Đầu tư", "u-skhdt" },
    { "Sở Tài chính", "u-stc" },
    { "Liên hiệp các tổ chức hữu nghị tỉnh", "u-lhhn" },
    { "Trung tâm Bảo tồn Di tích Cố đô Huế", "u-ttbtdt" },
    { "Trung tâm Festival Huế", "u-ttfestival" },
    { "Ủy ban nhân dân các huyện, thị xã và thành phố Huế", "u-ubnd-huyen" },
    { "Ủy ban nhân dân cấp huyện", "u-ubnd-huyen" },
    { "Cục Hải quan", "u-hq" },
    { "Sở Nội vụ", "u-snv" },
    { "Hội nhà báo tỉnh", "u-hnb" },
    { "Mặt trận Tổ quốc", "u-mttq" },
    { "Hội thân nhân người Việt Nam ở nước ngoài", "u-hoi-thannhan" },
    { "Sở VH&TT", "u-svhtt" },
    /* A heading that describes the unit after a dash: import's to cut */
    { "Ban Tuyên giáo Tỉnh ủy – Cơ quan thường trực Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh", NULL },
    /* A ministry and a department with the same field are not the same */
    { "Bộ Thông tin Truyền thông", NULL },
    { "Sở Văn hóa, Thể thao và Du lịch", NULL },
  };
  g_autoptr(KhPlan) plan = kh_test_load_example ("thua-thien-hue-2018.kehoach");

  check_cases (kh_plan_get_units (plan), cases, G_N_ELEMENTS (cases), FALSE);
}

/* tests/data/plans/thua-thien-hue-2024-ocr.txt lost its diacritics and
 * misread letters.  Against Thừa Thiên Huế's units, and the province list
 * for Sở Tư pháp, which the 2018 plan does not have.  What cannot match
 * is listed with NULL: a word cut short ("Céc s, ban nganh" for "Các sở,
 * ban, ngành", no such unit there anyway), an abbreviation misread in
 * two letters ("Cuc TTBN"), and bodies that are not the plan's units. */
static void
test_ocr (void)
{
  static const Case cases[] = {
    { "S& Thong tin va Truyén thong", "u-stttt" },
    { "S& Théng tin va Truyén thong", "u-stttt" },
    { "So thong tin va Truyén thong", "u-stttt" },
    { "S¢ Thong tin va Truyén thong", "u-stttt" },
    { "S& Vin héa va Thé thao", "u-svhtt" },
    { "S& Du lich", "u-sdl" },
    { "S& Ké hoach va Pau tu", "u-skhdt" },
    { "S& Ngoai vu", "u-sngv" },
    { "S6 Ngoai vu", "u-sngv" },
    { "Cong an tinh", "u-ca" },
    { "Ban Tuyén giao Tinh uy", "u-btg" },
    { "Ban Tuyén gido Tinh ty", "u-btg" },
    { "Uy ban nhan dan cac huyén, thi x4, thanh pho", "u-ubnd-huyen" },
    { "Uy ban nhan dan cac huyén, thi x4, thanh phé Hué", "u-ubnd-huyen" },
    { "Uy ban nhan dan c4c huyén, thi xa, thanh pho", "u-ubnd-huyen" },
    { "Cong TTOT tinh", "u-cttdt" },
    { "Bo Thong tin va Truyén théng", NULL },
    { "Cuc TTBN", NULL },
    { "Céc s, ban nganh", NULL },
    { "Uy ban nhan dan tinh", NULL },
    { "Pon vi thuc hién", NULL },
  };
  static const Case province_cases[] = {
    { "S& Tu phap", "u-stp" },
    { "S& Vin héa va Thé thao", NULL },   /* only Văn hóa, Thể thao và Du lịch there */
    { "cac s0, ban nganh", "u-sbn" },
  };
  g_autoptr(KhPlan) plan = kh_test_load_example ("thua-thien-hue-2018.kehoach");
  g_autoptr(GListModel) province = load_list ("province");

  check_cases (kh_plan_get_units (plan), cases, G_N_ELEMENTS (cases), TRUE);
  check_cases (province, province_cases, G_N_ELEMENTS (province_cases), TRUE);
  /* The plain matcher wants the text as written. */
  g_assert_null (kh_unit_match (kh_plan_get_units (plan), "S& Ngoai vu"));
}

/* The 2025 lists know the new and merged bodies by their short forms. */
static void
test_province_list (void)
{
  static const Case cases[] = {
    { "Sở KH&CN", "u-skhcn" },
    { "Sở Khoa học - Công nghệ", "u-skhcn" },
    { "Sở NN&MT", "u-snnmt" },
    { "Sở GD&ĐT", "u-sgddt" },
    { "Báo và Phát thanh, Truyền hình tỉnh", "u-bpth" },
    { "Báo và PT-TH tỉnh", "u-bpth" },
    { "Ban TG&DV Tỉnh ủy", "u-btgdv" },
    { "Ban Tuyên giáo và Dân vận Tỉnh ủy", "u-btgdv" },
    { "UBMTTQ tỉnh", "u-mttq" },
    { "Ủy ban MTTQ Việt Nam tỉnh", "u-mttq" },
    { "Hội LHPN tỉnh", "u-hlhpn" },
    { "UBND các xã, phường", "u-ubnd-xa" },
    { "Sở Thông tin và Truyền thông", NULL },  /* merged in 2025 */
  };
  g_autoptr(GListModel) province = load_list ("province");

  check_cases (province, cases, G_N_ELEMENTS (cases), FALSE);
}

static void
test_candidates (void)
{
  static const struct { const char *typed; const char *ids; } cases[] = {
    /* a word's start, in the plan's order */
    { "ngoai", "u-sngv" },
    /* the name's start comes before a word's start ("Ủy ban", "sở, ban") */
    { "ban", "u-bqlkkt u-btg u-vpubnd u-sbn u-ubnd-huyen u-ubnd-locha u-ubnd-camxuyen" },
    { "so t", "u-stttt u-stc" },
    /* the key of an abbreviation */
    { "TT&TT", "u-stttt" },
    { "PT-TH", "u-dpth" },
    /* initials of consecutive words */
    { "stttt", "u-stttt" },
    { "ptth", "u-dpth" },
    /* inside a word */
    { "uyen thong", "u-stttt" },
    { "", "" },
    { "zzz", "" },
  };
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  GListModel *units = kh_plan_get_units (plan);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = kh_unit_match_candidates (units, cases[i].typed, 10);
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint k = 0; k < found->len; k++)
        g_string_append_printf (ids, "%s%s", k ? " " : "", kh_unit_get_id (g_ptr_array_index (found, k)));
      g_test_message ("“%s” → %s", cases[i].typed, ids->str);
      g_assert_cmpstr (ids->str, ==, cases[i].ids);
    }
}

static void
test_candidates_order (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  GListModel *units = kh_plan_get_units (plan);
  g_autoptr(GPtrArray) departments = kh_unit_match_candidates (units, "sở", 100);
  g_autoptr(GPtrArray) two = kh_unit_match_candidates (units, "sở", 2);
  g_autoptr(GPtrArray) exact = kh_unit_match_candidates (units, "Đài PT-TH tỉnh", 3);

  /* Every "Sở …" first, in the plan's order, then "Các sở, …". */
  g_assert_cmpuint (departments->len, ==, 8);
  g_assert_cmpstr (kh_unit_get_id (g_ptr_array_index (departments, 0)), ==, "u-stttt");
  g_assert_cmpstr (kh_unit_get_id (g_ptr_array_index (departments, 6)), ==, "u-snv");
  g_assert_cmpstr (kh_unit_get_id (g_ptr_array_index (departments, 7)), ==, "u-sbn");
  g_assert_cmpuint (two->len, ==, 2);
  /* The exact match is first. */
  g_assert_cmpstr (kh_unit_get_id (g_ptr_array_index (exact, 0)), ==, "u-dpth");
}

static void
test_same (void)
{
  g_autoptr(KhUnit) a = kh_unit_new ("u-1", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "");
  g_autoptr(KhUnit) b = kh_unit_new ("u-2", "Sở Văn hóa - Thể thao và Du lịch", "", "");
  g_autoptr(KhUnit) c = kh_unit_new ("u-3", "Sở Văn hóa và Thể thao", "Sở VHTTDL", "");
  g_autoptr(KhUnit) d = kh_unit_new ("u-4", "Sở Văn hóa và Thể thao", "Sở VH&TT", "");
  g_autoptr(KhUnit) e = kh_unit_new ("u-5", "Sở Du lịch", "", "");

  g_assert_true (kh_unit_same (a, b));
  g_assert_true (kh_unit_same (a, c));   /* the same short name */
  g_assert_true (kh_unit_same (c, d));   /* the same name */
  g_assert_false (kh_unit_same (a, d));
  g_assert_false (kh_unit_same (b, e));
  g_assert_false (kh_unit_same (b, d));  /* no short name is no match */
}

static void
test_list_load (void)
{
  const char *names[] = { "province", "commune" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = kh_unit_list_default_file (names[i]);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GPtrArray) units = NULL;

      /* Not running from the build tree: find the file in the source. */
      if (bytes == NULL)
        {
          g_autofree char *basename = g_strconcat (names[i], ".json", NULL);
          g_autofree char *path = kh_test_source_path ("data", "units", basename, NULL);
          g_autoptr(GFile) source = g_file_new_for_path (path);

          bytes = g_file_load_bytes (source, NULL, NULL, &error);
          g_assert_no_error (error);
        }
      units = kh_unit_list_load_bytes (bytes, &name, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (units->len, >=, 15);
      g_assert_true (g_str_has_suffix (name, "(sau sắp xếp năm 2025)"));

      /* No two units of a default list are the same unit. */
      for (guint a = 0; a < units->len; a++)
        for (guint b = a + 1; b < units->len; b++)
          if (kh_unit_same (g_ptr_array_index (units, a), g_ptr_array_index (units, b)))
            g_error ("%s: %s and %s look alike", names[i],
                     kh_unit_get_id (g_ptr_array_index (units, a)),
                     kh_unit_get_id (g_ptr_array_index (units, b)));
    }
}

static void
test_list_errors (void)
{
  static const struct {
    const char *json;
    KhIoError code;
    const char *message;
  } cases[] = {
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [", KH_IO_ERROR_NOT_JSON, NULL },
    { "\xff\xfe{}", KH_IO_ERROR_NOT_JSON, "The file is not UTF-8 text" },
    { "[1, 2]", KH_IO_ERROR_NOT_A_PLAN, NULL },
    { "{\"format\": \"kehoach\", \"version\": 1, \"units\": []}", KH_IO_ERROR_NOT_A_PLAN, NULL },
    { "{\"format\": \"kehoach-units\", \"version\": 2, \"units\": []}", KH_IO_ERROR_NEWER_VERSION, NULL },
    { "{\"format\": \"kehoach-units\", \"version\": \"1\", \"units\": []}", KH_IO_ERROR_INVALID,
      "version: expected an integer" },
    { "{\"format\": \"kehoach-units\", \"version\": 1}", KH_IO_ERROR_INVALID,
      "units: expected an array" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"name\": 3, \"units\": []}", KH_IO_ERROR_INVALID,
      "name: expected a string" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [{\"id\": \"u-a\", \"name\": \"A\"}, 7]}",
      KH_IO_ERROR_INVALID, "units[1]: expected an object" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [{\"id\": \"u-a\", \"name\": \"A\"}, {\"id\": \"u-b\"}]}",
      KH_IO_ERROR_INVALID, "units[1].name: expected a string" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [{\"id\": \"\", \"name\": \"A\"}]}",
      KH_IO_ERROR_INVALID, "units[0].id: must not be empty" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [{\"id\": \"u-a\", \"name\": \"A\", \"short\": false}]}",
      KH_IO_ERROR_INVALID, "units[0].short: expected a string" },
    { "{\"format\": \"kehoach-units\", \"version\": 1, \"units\": [{\"id\": \"u-a\", \"name\": \"A\"}, {\"id\": \"u-a\", \"name\": \"B\"}]}",
      KH_IO_ERROR_INVALID, "units[1].id: “u-a” is used by another unit" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) units = kh_unit_list_load_bytes (bytes, NULL, &error);
      g_autofree char *escaped = g_strescape (cases[i].json, NULL);

      g_test_message ("%s → %s", escaped, error ? error->message : "(no error)");
      g_assert_null (units);
      g_assert_error (error, KH_IO_ERROR, (int) cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* A missing file is GIO's error, as for plans. */
  {
    g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/units.json");
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) units = kh_unit_list_load (file, &error);

    g_assert_null (units);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

static void
test_list_add_to_plan (void)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("thua-thien-hue-2018.kehoach");
  g_autoptr(GListModel) province = load_list ("province");
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) missing = NULL;
  guint before = g_list_model_get_n_items (kh_plan_get_units (plan));
  guint added;
  KhUnit *customs;

  for (guint i = 0; i < g_list_model_get_n_items (province); i++)
    g_ptr_array_add (list, g_list_model_get_item (province, i));

  missing = kh_unit_list_missing (plan, list);
  for (guint i = 0; i < missing->len; i++)
    {
      KhUnit *unit = g_ptr_array_index (missing, i);
      /* What the plan has already is not offered again. */
      g_assert_null (kh_unit_match (kh_plan_get_units (plan), kh_unit_get_name (unit)));
    }
  /* The plan's Sở Ngoại vụ, Công an tỉnh, … are not missing. */
  g_assert_cmpuint (missing->len, <, list->len);

  added = kh_unit_list_add_to_plan (plan, list);
  g_assert_cmpuint (added, ==, missing->len);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (plan)), ==, before + added);

  /* "u-hq" is the plan's Cục Hải quan: the new Chi cục gets a fresh id. */
  customs = kh_unit_match (kh_plan_get_units (plan), "Chi cục Hải quan khu vực");
  g_assert_nonnull (customs);
  g_assert_cmpstr (kh_unit_get_id (customs), !=, "u-hq");
  g_assert_cmpstr (kh_unit_get_name (kh_plan_lookup_unit (plan, "u-hq")), ==, "Cục Hải quan tỉnh");
  /* Unchanged ids where they were free. */
  g_assert_nonnull (kh_plan_lookup_unit (plan, "u-skhcn"));

  /* Twice adds nothing. */
  g_assert_cmpuint (kh_unit_list_add_to_plan (plan, list), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-match/key", test_keys);
  g_test_add_func ("/unit-match/key/ambiguous", test_keys_ambiguous);
  g_test_add_func ("/unit-match/plan/ha-tinh-2018", test_ha_tinh);
  g_test_add_func ("/unit-match/plan/thua-thien-hue-2018", test_thua_thien_hue);
  g_test_add_func ("/unit-match/plan/thua-thien-hue-2024-ocr", test_ocr);
  g_test_add_func ("/unit-match/province-list", test_province_list);
  g_test_add_func ("/unit-match/candidates", test_candidates);
  g_test_add_func ("/unit-match/candidates/order", test_candidates_order);
  g_test_add_func ("/unit-match/same", test_same);
  g_test_add_func ("/unit-list/load", test_list_load);
  g_test_add_func ("/unit-list/errors", test_list_errors);
  g_test_add_func ("/unit-list/add-to-plan", test_list_add_to_plan);

  return g_test_run ();
}
