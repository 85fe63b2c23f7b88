/* test-timeline.c — parsing, rendering, shifting and storing timelines.
 *
 * Every timeline phrase of the three plans in tests/data/plans is a case
 * here; /timeline/parse/plans-complete fails when a plan's "Thời gian …:"
 * line or DANH MỤC cell has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-plan-io.h"
#include "kh-test-util.h"
#include "kh-timeline.h"
#include "kh-timeline-json.h"

#define HT  "ha-tinh-2018.txt"
#define TTH "thua-thien-hue-2018.txt"
#define OCR "thua-thien-hue-2024-ocr.txt"

#define ONGOING   KH_TIMELINE_ONGOING
#define YEAR      KH_TIMELINE_YEAR
#define HALF      KH_TIMELINE_HALF
#define QUARTER   KH_TIMELINE_QUARTER
#define QRANGE    KH_TIMELINE_QUARTER_RANGE
#define MONTH     KH_TIMELINE_MONTH
#define DEADLINE  KH_TIMELINE_DEADLINE
#define DATE      KH_TIMELINE_DATE
#define YRANGE    KH_TIMELINE_YEAR_RANGE
#define PERIODIC  KH_TIMELINE_PERIODIC
#define EVENT     KH_TIMELINE_EVENT
#define TEXT      KH_TIMELINE_TEXT
#define WITHIN    .mode = KH_DEADLINE_WITHIN

typedef struct {
  const char *name;    /* /timeline/parse/NAME */
  const char *plan;    /* the fixture the phrase is copied from, or NULL */
  const char *phrase;
  KhTimelineKind kind;
  int year, year_end, half, quarter, quarter_end, month, day, every_months;
  KhDeadlineMode mode;
  const char *text;    /* expected ->text when not the phrase itself */
} ParseCase;

static const ParseCase parse_cases[] = {
  /* Hà Tĩnh 2018: "Thời gian …:" lines */
  { "month-padded", HT, "Tháng 02/2018", MONTH, .year = 2018, .month = 2 },
  { "quarter-roman", HT, "Quý I/2018", QUARTER, .year = 2018, .quarter = 1 },
  { "ongoing-in-year", HT, "Thường xuyên trong năm 2018", ONGOING, .year = 2018 },
  { "deadline-within-month", HT, "Hoàn thành trong tháng 2/2018", DEADLINE, .year = 2018, .month = 2, WITHIN },
  { "duration-quarter-2", HT, "02 ngày, Quý II năm 2018", QUARTER, .year = 2018, .quarter = 2 },
  { "duration-quarter-3", HT, "02 ngày, Quý III năm 2018", QUARTER, .year = 2018, .quarter = 3 },
  { "year-during", HT, "Trong năm 2018", YEAR, .year = 2018 },
  { "quarter-roman-2", HT, "Quý II/2018", QUARTER, .year = 2018, .quarter = 2 },
  { "event-after", HT, "Sau khi Kế hoạch xúc tiến đầu tư của tỉnh ban hành", EVENT },
  { "event-right-after", HT, "Ngay sau khi Kế hoạch này ban hành", EVENT },
  /* Hà Tĩnh 2018: DANH MỤC, column THỜI GIAN THỰC HIỆN */
  { "table-report-april", HT, "Báo cáo tỉnh phương án thực hiện trước tháng 4/2018", TEXT },
  { "table-report-june", HT, "Báo cáo tỉnh phương án thực hiện trước tháng 6/2018", TEXT },
  { "table-quarter-3", HT, "Quý III/2018", QUARTER, .year = 2018, .quarter = 3 },
  { "table-ongoing", HT, "Thường xuyên", ONGOING },
  /* Hà Tĩnh 2018: timelines inside the text */
  { "deadline-day", HT, "trước ngày 28/02/2018", DEADLINE, .year = 2018, .month = 2, .day = 28 },
  { "deadline-in-sentence", HT, "Các địa phương, đơn vị gửi danh sách về Sở Thông tin và Truyền thông "
    "trước ngày 28/02/2018 để tổng hợp báo cáo UBND tỉnh.", TEXT,
    .text = "Các địa phương, đơn vị gửi danh sách về Sở Thông tin và Truyền thông "
    "trước ngày 28/02/2018 để tổng hợp báo cáo UBND tỉnh" },
  { "year-range-period", HT, "giai đoạn 2013 - 2020", YRANGE, .year = 2013, .year_end = 2020 },
  { "periodic-months", HT, "định kỳ 06 tháng", PERIODIC, .every_months = 6 },
  { "year-bare", HT, "năm 2018", YEAR, .year = 2018 },
  { "date-slashes", HT, "ngày 07/9/2015", DATE, .year = 2015, .month = 9, .day = 7 },
  { "date-padded", HT, "ngày 25/04/2017", DATE, .year = 2017, .month = 4, .day = 25 },
  { "date-range-text", HT, "26/02/1973 - 26/02/2018", TEXT },
  { "yearly-plan-text", HT, "Theo kế hoạch hàng năm, giao Sở Thông tin và Truyền thông thực hiện", TEXT },
  /* Thừa Thiên Huế 2018 */
  { "deadline-day-2", TTH, "trước ngày 20/11/2018", DEADLINE, .year = 2018, .month = 11, .day = 20 },
  { "deadline-and-more", TTH, "trước ngày 20/11/2018 và đột xuất khi có yêu cầu", TEXT },
  { "year-range-tight", TTH, "giai đoạn 2013-2020", YRANGE, .year = 2013, .year_end = 2020 },
  { "year-range-2011", TTH, "giai đoạn 2011-2020", YRANGE, .year = 2011, .year_end = 2020 },
  { "year-range-en-dash", TTH, "giai đoạn 2017 – 2020", YRANGE, .year = 2017, .year_end = 2020 },
  { "year-range-2015", TTH, "giai đoạn 2015 - 2020", YRANGE, .year = 2015, .year_end = 2020 },
  { "periodic-and-ad-hoc", TTH, "định kỳ và đột xuất", PERIODIC },
  { "date-words", TTH, "ngày 28 tháng 02 năm 2013", DATE, .year = 2013, .month = 2, .day = 28 },
  { "date-2017", TTH, "ngày 16/11/2017", DATE, .year = 2017, .month = 11, .day = 16 },
  /* Thừa Thiên Huế 2024, OCR'd */
  { "ocr-within-quarter", OCR, "Hoan thanh trong quy III nam 2024", DEADLINE, .year = 2024, .quarter = 3, WITHIN },
  { "ocr-ongoing-lower", OCR, "trién khai thyc hién thudong xuyén", ONGOING },
  { "ocr-ongoing-thyuc", OCR, "Trién khai thyuc hién thuong xuyén", ONGOING },
  { "ocr-ongoing-thuc", OCR, "Trién khai thuc hién thuong xuyén", ONGOING },
  { "ocr-ongoing-thue", OCR, "Trién khai thue hién thuong xuyén", ONGOING },
  { "ocr-periodic-meeting", OCR, "Giao ban bao chi dinh ky", PERIODIC },
  { "ocr-quarter-arabic", OCR, "Quy 3/2024", QUARTER, .year = 2024, .quarter = 3 },
  { "ocr-date-nim", OCR, "ngay 27 thang 6 nim 2024", DATE, .year = 2024, .month = 6, .day = 27 },
  { "ocr-date-ndm", OCR, "ngay 15 thang 4 ndm 2024", DATE, .year = 2024, .month = 4, .day = 15 },
  { "ocr-date-slashes", OCR, "ngay 15/4/2024", DATE, .year = 2024, .month = 4, .day = 15 },
  { "ocr-yearly", OCR, "dinh ky hing nam", PERIODIC, .every_months = 12 },
  { "ocr-no-year-deadline", OCR, "trudc ngay 25 thang 12", TEXT },
  { "ocr-monthly-meeting", OCR, "Hoi nghi giao ban bao chi hang thang", TEXT },
  { "ocr-yearly-or-ad-hoc", OCR, "Dinh ky hing nam (trudc ngay 10 thang 12) hodc dot Xuét (khi c6 yéu cau)",
    PERIODIC },
  /* DESIGN §5 and the brief of the parser */
  { "quarter-range", NULL, "Quý II - Quý III/2018", QRANGE, .year = 2018, .quarter = 2, .quarter_end = 3 },
  { "quarter-range-years", NULL, "Quý IV/2018 - Quý I/2019", QRANGE,
    .year = 2018, .year_end = 2019, .quarter = 4, .quarter_end = 1 },
  { "quarter-words", NULL, "Quý II năm 2018", QUARTER, .year = 2018, .quarter = 2 },
  { "quarter-old-spelling", NULL, "Quí IV/2018", QUARTER, .year = 2018, .quarter = 4 },
  { "quarter-ocr-roman", NULL, "Quý Ill/2018", QUARTER, .year = 2018, .quarter = 3 },
  { "deadline-month", NULL, "Trước tháng 4/2018", DEADLINE, .year = 2018, .month = 4 },
  { "deadline-quarter", NULL, "Hoàn thành trước quý II/2018", DEADLINE, .year = 2018, .quarter = 2 },
  { "deadline-year", NULL, "Hoàn thành trong năm 2018", DEADLINE, .year = 2018, WITHIN },
  { "ongoing-implemented", NULL, "Triển khai thực hiện thường xuyên", ONGOING },
  { "ongoing-capitals", NULL, "THƯỜNG XUYÊN", ONGOING },
  { "half-first", NULL, "6 tháng đầu năm 2018", HALF, .year = 2018, .half = 1 },
  { "half-last-no-year", NULL, "6 tháng cuối năm", HALF, .half = 2 },
  { "date", NULL, "Ngày 20/11/2018", DATE, .year = 2018, .month = 11, .day = 20 },
  { "year-range", NULL, "2022-2023", YRANGE, .year = 2022, .year_end = 2023 },
  { "year-range-words", NULL, "Từ năm 2022 đến năm 2023", YRANGE, .year = 2022, .year_end = 2023 },
  { "periodic-capital", NULL, "Định kỳ 06 tháng", PERIODIC, .every_months = 6 },
  { "periodic-per-time", NULL, "6 tháng/lần", PERIODIC, .every_months = 6 },
  { "periodic-quarterly", NULL, "Hằng quý", PERIODIC, .every_months = 3 },
  { "periodic-meeting", NULL, "Giao ban báo chí định kỳ", PERIODIC },
  { "event-on-request", NULL, "Khi có yêu cầu", EVENT },
  { "full-stop-dropped", NULL, "Quý I/2018.", QUARTER, .year = 2018, .quarter = 1, .text = "Quý I/2018" },
  { "bullet-and-spaces", NULL, "  -  Năm\n 2018 ", YEAR, .year = 2018, .text = "- Năm 2018" },
  /* values out of range are text, never a crash */
  { "invalid-day", NULL, "Ngày 31/02/2018", TEXT },
  { "invalid-leap-day", NULL, "Trước ngày 29/02/2018", TEXT },
  { "leap-day", NULL, "Trước ngày 29/02/2024", DEADLINE, .year = 2024, .month = 2, .day = 29 },
  { "invalid-quarter", NULL, "Quý 5/2018", TEXT },
  { "invalid-month", NULL, "Tháng 13/2018", TEXT },
  { "invalid-year", NULL, "Năm 1800", TEXT },
  { "invalid-huge-number", NULL, "Tháng 99999999999999999999/2018", TEXT },
  { "invalid-backwards-range", NULL, "2023-2022", TEXT },
  { "invalid-backwards-quarters", NULL, "Quý III - Quý II/2018", TEXT },
  { "invalid-within-range", NULL, "Hoàn thành trong quý II - quý III/2018", TEXT },
  { "text", NULL, "Theo KH của UBND tỉnh", TEXT },
};

static void
test_parse_case (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(KhTimeline) t = kh_timeline_parse (c->phrase);

  g_assert_nonnull (t);
  g_assert_cmpstr (kh_timeline_kind_to_string (t->kind), ==, kh_timeline_kind_to_string (c->kind));
  g_assert_cmpint (t->year, ==, c->year);
  g_assert_cmpint (t->year_end, ==, c->year_end);
  g_assert_cmpint (t->half, ==, c->half);
  g_assert_cmpint (t->quarter, ==, c->quarter);
  g_assert_cmpint (t->quarter_end, ==, c->quarter_end);
  g_assert_cmpint (t->month, ==, c->month);
  g_assert_cmpint (t->day, ==, c->day);
  g_assert_cmpint (t->every_months, ==, c->every_months);
  g_assert_cmpint (t->mode, ==, c->mode);
  g_assert_cmpstr (t->text, ==, c->text ? c->text : c->phrase);
  g_assert_null (kh_timeline_check (t));
}

/* The cases are honest: each one is copied from its plan. */
static void
test_parse_cases_in_plans (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *plan = NULL;

      if (parse_cases[i].plan == NULL)
        continue;
      plan = kh_test_read_plan_text (parse_cases[i].plan);
      if (strstr (plan, parse_cases[i].phrase) == NULL)
        g_error ("“%s” is not in %s", parse_cases[i].phrase, parse_cases[i].plan);
    }
}

static const ParseCase *
find_case (const char *plan, const char *phrase)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    if (g_strcmp0 (parse_cases[i].plan, plan) == 0
        && g_str_equal (parse_cases[i].text ? parse_cases[i].text : parse_cases[i].phrase, phrase))
      return &parse_cases[i];
  return NULL;
}

/* Every "Thời gian …: X" line (OCR'd too) and every DANH MỤC cell. */
static void
test_parse_plans_complete (void)
{
  const char *plans[] = { HT, TTH, OCR };
  g_autoptr(GRegex) label = g_regex_new ("^[^\\w\\n]*th\\S+ gian[^:\\n]{0,30}:[ \\t]*(.+?)\\.?[ \\t]*$",
                                         G_REGEX_CASELESS | G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) row = g_regex_new ("^\\d+\\t(?:[^\\t\\n]*\\t){3}([^\\t\\n]+?)[ \\t]*$",
                                       G_REGEX_MULTILINE, 0, NULL);
  guint found = 0;

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      g_autofree char *text = kh_test_read_plan_text (plans[p]);
      GRegex *regexes[] = { label, row };

      for (guint r = 0; r < G_N_ELEMENTS (regexes); r++)
        {
          g_autoptr(GMatchInfo) match = NULL;

          g_regex_match (regexes[r], text, 0, &match);
          for (; g_match_info_matches (match); g_match_info_next (match, NULL))
            {
              g_autofree char *phrase = g_match_info_fetch (match, 1);
              g_autoptr(KhTimeline) t = kh_timeline_parse (phrase);
              const ParseCase *c = find_case (plans[p], t->text);

              if (c == NULL)
                g_error ("%s: no case for the timeline “%s”", plans[p], phrase);
              g_assert_cmpint (t->kind, ==, c->kind);
              found++;
            }
        }
    }
  g_test_message ("%u timelines in the plans", found);
  g_assert_cmpuint (found, >=, 31);  /* 15 + 5 in Hà Tĩnh, 11 in the OCR plan */
}

static void
test_parse_empty (void)
{
  g_assert_null (kh_timeline_parse (NULL));
  g_assert_null (kh_timeline_parse (""));
  g_assert_null (kh_timeline_parse (" \n\t "));
  g_assert_null (kh_timeline_parse ("Qu\xff II/2018"));
}

/* Random bytes of timeline-ish text: never a crash, always consistent. */
static void
test_parse_garbage (void)
{
  static const char * const pieces[] = {
    "Quý", "II", "/", "2018", "-", "tháng", "ngày", "29", "02", "năm", " ", "trước",
    "hoàn thành", "thường xuyên", "định kỳ", "6", "đầu", "cuối", "–", ",", ".", "sau khi",
    "99999999999", "0", "IV", "trong", "giai đoạn", "lần", "hằng", "\xe2\x80", "đ",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20180207);

  for (int i = 0; i < 20000; i++)
    {
      g_autoptr(GString) phrase = g_string_new (NULL);
      g_autoptr(KhTimeline) t = NULL;
      int n = g_rand_int_range (rand, 1, 9);

      for (int j = 0; j < n; j++)
        {
          g_string_append (phrase, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          if (g_rand_boolean (rand))
            g_string_append_c (phrase, ' ');
        }
      t = kh_timeline_parse (phrase->str);
      if (t != NULL)
        {
          g_autofree char *vi = kh_timeline_render (t, KH_LANGUAGE_VI);
          g_autofree char *en = kh_timeline_render (t, KH_LANGUAGE_EN);

          g_assert_null (kh_timeline_check (t));
          g_assert_true (g_utf8_validate (vi, -1, NULL));
          g_assert_true (g_utf8_validate (en, -1, NULL));
        }
    }
}

/* Rendering -------------------------------------------------------------- */

typedef struct {
  KhTimeline t;
  const char *vi;
  const char *en;
} RenderCase;

#define T(...) { __VA_ARGS__ }

static const RenderCase render_cases[] = {
  { T (.kind = ONGOING), "Thường xuyên", "Ongoing" },
  { T (.kind = ONGOING, .year = 2018), "Thường xuyên trong năm 2018", "Throughout 2018" },
  { T (.kind = YEAR, .year = 2018), "Trong năm 2018", "During 2018" },
  { T (.kind = HALF, .half = 1, .year = 2018), "6 tháng đầu năm 2018", "First half of 2018" },
  { T (.kind = HALF, .half = 2), "6 tháng cuối năm", "Second half of the year" },
  { T (.kind = QUARTER, .quarter = 2, .year = 2027), "Quý II/2027", "Q2 2027" },
  { T (.kind = QRANGE, .quarter = 2, .quarter_end = 3, .year = 2018), "Quý II - Quý III/2018", "Q2–Q3 2018" },
  { T (.kind = QRANGE, .quarter = 4, .quarter_end = 1, .year = 2018, .year_end = 2019),
    "Quý IV/2018 - Quý I/2019", "Q4 2018 – Q1 2019" },
  { T (.kind = MONTH, .month = 2, .year = 2018), "Tháng 02/2018", "February 2018" },
  { T (.kind = MONTH, .month = 12, .year = 2018), "Tháng 12/2018", "December 2018" },
  { T (.kind = DEADLINE, .day = 28, .month = 2, .year = 2018), "Trước ngày 28/02/2018", "By 28 February 2018" },
  { T (.kind = DEADLINE, .day = 30, .month = 6, .year = 2027), "Trước ngày 30/6/2027", "By 30 June 2027" },
  { T (.kind = DEADLINE, .month = 4, .year = 2018), "Trước tháng 4/2018", "Before April 2018" },
  { T (.kind = DEADLINE, .quarter = 2, .year = 2018), "Trước quý II/2018", "Before Q2 2018" },
  { T (.kind = DEADLINE, .year = 2019), "Trước năm 2019", "Before 2019" },
  { T (.kind = DEADLINE, WITHIN, .quarter = 3, .year = 2024), "Hoàn thành trong quý III/2024", "Within Q3 2024" },
  { T (.kind = DEADLINE, WITHIN, .month = 2, .year = 2018), "Hoàn thành trong tháng 02/2018", "Within February 2018" },
  { T (.kind = DEADLINE, WITHIN, .year = 2018), "Hoàn thành trong năm 2018", "Within 2018" },
  { T (.kind = DATE, .day = 20, .month = 11, .year = 2018), "Ngày 20/11/2018", "20 November 2018" },
  { T (.kind = DATE, .day = 7, .month = 1, .year = 2019), "Ngày 07/01/2019", "7 January 2019" },
  { T (.kind = YRANGE, .year = 2022, .year_end = 2023), "2022-2023", "2022–2023" },
  { T (.kind = PERIODIC, .every_months = 6), "Định kỳ 06 tháng", "Every 6 months" },
  { T (.kind = PERIODIC, .every_months = 1), "Hằng tháng", "Monthly" },
  { T (.kind = PERIODIC, .every_months = 3), "Hằng quý", "Quarterly" },
  { T (.kind = PERIODIC, .every_months = 12), "Hằng năm", "Annually" },
  { T (.kind = PERIODIC, .text = (char *) "Giao ban báo chí định kỳ"),
    "Giao ban báo chí định kỳ", "Giao ban báo chí định kỳ" },
  { T (.kind = EVENT, .text = (char *) "Sau khi Kế hoạch … ban hành"),
    "Sau khi Kế hoạch … ban hành", "Sau khi Kế hoạch … ban hành" },
  { T (.kind = TEXT, .text = (char *) "Theo KH của UBND tỉnh"), "Theo KH của UBND tỉnh", "Theo KH của UBND tỉnh" },
  /* inconsistent values print the text rather than index a table wrongly */
  { T (.kind = QUARTER, .quarter = 7, .year = 2018, .text = (char *) "Quý 7"), "Quý 7", "Quý 7" },
  { T (.kind = MONTH, .month = -1, .year = 2018), "", "" },
};

static void
test_render (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (render_cases); i++)
    {
      const RenderCase *c = &render_cases[i];
      g_autofree char *vi = kh_timeline_render (&c->t, KH_LANGUAGE_VI);
      g_autofree char *en = kh_timeline_render (&c->t, KH_LANGUAGE_EN);

      g_assert_cmpstr (vi, ==, c->vi);
      g_assert_cmpstr (en, ==, c->en);
    }
}

/* What Kehoach prints in Vietnamese, it reads back to the same values. */
static void
test_render_parses_back (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (render_cases); i++)
    {
      const KhTimeline *t = &render_cases[i].t;
      g_autoptr(KhTimeline) back = NULL;

      if (t->text != NULL || kh_timeline_check (t) != NULL)
        continue;
      back = kh_timeline_parse (render_cases[i].vi);
      g_free (back->text);
      back->text = NULL;
      g_assert_true (kh_timeline_equal (back, t));
    }
}

/* Shifting --------------------------------------------------------------- */

typedef struct {
  const char *phrase;
  int plan_year;
  const char *moved[3];  /* ->text after +1, -1, +9 years */
  gboolean review;
} ShiftCase;

static const int shifts[] = { 1, -1, 9 };

static const ShiftCase shift_cases[] = {
  { "Thường xuyên", 2018, { "Thường xuyên", "Thường xuyên", "Thường xuyên" } },
  { "Thường xuyên trong năm 2018", 2018,
    { "Thường xuyên trong năm 2019", "Thường xuyên trong năm 2017", "Thường xuyên trong năm 2027" } },
  { "Trong năm 2018", 2018, { "Trong năm 2019", "Trong năm 2017", "Trong năm 2027" } },
  { "6 tháng đầu năm 2018", 2018, { "6 tháng đầu năm 2019", "6 tháng đầu năm 2017", "6 tháng đầu năm 2027" } },
  { "6 tháng cuối năm", 2018, { "6 tháng cuối năm", "6 tháng cuối năm", "6 tháng cuối năm" } },
  { "02 ngày, Quý II năm 2018", 2018,
    { "02 ngày, Quý II năm 2019", "02 ngày, Quý II năm 2017", "02 ngày, Quý II năm 2027" } },
  { "Quý II - Quý III/2018", 2018,
    { "Quý II - Quý III/2019", "Quý II - Quý III/2017", "Quý II - Quý III/2027" } },
  { "Quý IV/2018 - Quý I/2019", 2018,
    { "Quý IV/2019 - Quý I/2020", "Quý IV/2017 - Quý I/2018", "Quý IV/2027 - Quý I/2028" } },
  { "Tháng 02/2018", 2018, { "Tháng 02/2019", "Tháng 02/2017", "Tháng 02/2027" } },
  { "Trước ngày 28/02/2018", 2018, { "Trước ngày 28/02/2019", "Trước ngày 28/02/2017", "Trước ngày 28/02/2027" } },
  { "Hoan thanh trong quy III nam 2024", 2024,
    { "Hoan thanh trong quy III nam 2025", "Hoan thanh trong quy III nam 2023", "Hoan thanh trong quy III nam 2033" } },
  { "Ngày 20/11/2018", 2018, { "Ngày 20/11/2019", "Ngày 20/11/2017", "Ngày 20/11/2027" } },
  { "2022-2023", 2022, { "2023-2024", "2021-2022", "2031-2032" } },
  { "Định kỳ 06 tháng", 2018, { "Định kỳ 06 tháng", "Định kỳ 06 tháng", "Định kỳ 06 tháng" } },
  { "Giao ban báo chí định kỳ", 2018,
    { "Giao ban báo chí định kỳ", "Giao ban báo chí định kỳ", "Giao ban báo chí định kỳ" } },
  { "Định kỳ năm 2018 và đột xuất", 2018,
    { "Định kỳ năm 2019 và đột xuất", "Định kỳ năm 2017 và đột xuất", "Định kỳ năm 2027 và đột xuất" }, TRUE },
  { "Ngay sau khi Kế hoạch này ban hành", 2018,
    { "Ngay sau khi Kế hoạch này ban hành", "Ngay sau khi Kế hoạch này ban hành",
      "Ngay sau khi Kế hoạch này ban hành" } },
  { "Sau khi Kế hoạch năm 2018 ban hành", 2018,
    { "Sau khi Kế hoạch năm 2019 ban hành", "Sau khi Kế hoạch năm 2017 ban hành",
      "Sau khi Kế hoạch năm 2027 ban hành" }, TRUE },
  { "Báo cáo tỉnh phương án thực hiện trước tháng 4/2018", 2018,
    { "Báo cáo tỉnh phương án thực hiện trước tháng 4/2019", "Báo cáo tỉnh phương án thực hiện trước tháng 4/2017",
      "Báo cáo tỉnh phương án thực hiện trước tháng 4/2027" }, TRUE },
  /* another year in a text: nothing moves, but someone must look */
  { "Theo chương trình giai đoạn 2013 - 2020 của tỉnh", 2018,
    { "Theo chương trình giai đoạn 2013 - 2020 của tỉnh", "Theo chương trình giai đoạn 2013 - 2020 của tỉnh",
      "Theo chương trình giai đoạn 2013 - 2020 của tỉnh" }, TRUE },
  /* a year inside a longer number is no year */
  { "Theo Kế hoạch số 20180/KH", 2018,
    { "Theo Kế hoạch số 20180/KH", "Theo Kế hoạch số 20180/KH", "Theo Kế hoạch số 20180/KH" } },
};

static void
test_shift (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (shift_cases); i++)
    for (guint s = 0; s < G_N_ELEMENTS (shifts); s++)
      {
        const ShiftCase *c = &shift_cases[i];
        g_autoptr(KhTimeline) t = kh_timeline_parse (c->phrase);
        g_autoptr(KhTimeline) moved = NULL;
        gboolean review = !c->review;

        moved = kh_timeline_shift (t, shifts[s], c->plan_year, &review);
        g_assert_cmpstr (moved->text, ==, c->moved[s]);
        g_assert_cmpint (review, ==, c->review);
        g_assert_cmpint (moved->kind, ==, t->kind);
        g_assert_cmpint (moved->year, ==, t->year ? t->year + shifts[s] : 0);
        g_assert_cmpint (moved->year_end, ==, t->year_end ? t->year_end + shifts[s] : 0);
        g_assert_cmpint (moved->quarter, ==, t->quarter);
        g_assert_cmpint (moved->month, ==, t->month);
        g_assert_cmpint (moved->day, ==, t->day);
        g_assert_null (kh_timeline_check (moved));
      }
}

static void
test_shift_leap_day (void)
{
  g_autoptr(KhTimeline) t = kh_timeline_parse ("Trước ngày 29/02/2024");
  g_autoptr(KhTimeline) later = NULL;
  g_autoptr(KhTimeline) leap = NULL;
  gboolean review = FALSE;

  later = kh_timeline_shift (t, 1, 2024, &review);
  g_assert_cmpint (later->day, ==, 28);
  g_assert_cmpstr (later->text, ==, "Trước ngày 28/02/2025");
  g_assert_true (review);

  leap = kh_timeline_shift (t, 4, 2024, &review);
  g_assert_cmpint (leap->day, ==, 29);
  g_assert_cmpstr (leap->text, ==, "Trước ngày 29/02/2028");
  g_assert_false (review);
}

/* OCR may hide the year from the text: the text is then written anew. */
static void
test_shift_unreadable_text (void)
{
  KhTimeline t = { .kind = KH_TIMELINE_QUARTER, .quarter = 2, .year = 2018,
                   .text = (char *) "Quy II/2O18" };
  g_autoptr(KhTimeline) moved = kh_timeline_shift (&t, 1, 2018, NULL);

  g_assert_cmpstr (moved->text, ==, "Quý II/2019");
}

static void
test_shift_out_of_range (void)
{
  g_autoptr(KhTimeline) t = kh_timeline_parse ("Năm 2200");
  g_autoptr(KhTimeline) moved = NULL;
  gboolean review = FALSE;

  moved = kh_timeline_shift (t, 1, 2200, &review);
  g_assert_cmpint (moved->kind, ==, KH_TIMELINE_TEXT);
  g_assert_cmpint (moved->year, ==, 0);
  g_assert_cmpstr (moved->text, ==, "Năm 2201");
  g_assert_true (review);
}

/* JSON -------------------------------------------------------------------- */

static char *
to_json (const KhTimeline *t)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  kh_timeline_write_json (t, builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static KhTimeline *
from_json (const char *json, GError **error)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return kh_timeline_read_json (node, "nodes[2].timeline", error);
}

static const struct {
  const char *phrase;
  const char *json;
} json_cases[] = {
  { "Thường xuyên", "{\"kind\":\"ongoing\",\"text\":\"Thường xuyên\"}" },
  { "Thường xuyên trong năm 2018",
    "{\"kind\":\"ongoing\",\"year\":2018,\"text\":\"Thường xuyên trong năm 2018\"}" },
  { "Trong năm 2018", "{\"kind\":\"year\",\"year\":2018,\"text\":\"Trong năm 2018\"}" },
  { "6 tháng đầu năm 2018", "{\"kind\":\"half\",\"year\":2018,\"half\":1,\"text\":\"6 tháng đầu năm 2018\"}" },
  { "Quý II/2018", "{\"kind\":\"quarter\",\"year\":2018,\"quarter\":2,\"text\":\"Quý II/2018\"}" },
  { "Quý IV/2018 - Quý I/2019", "{\"kind\":\"quarter-range\",\"year\":2018,\"year_end\":2019,"
    "\"quarter\":4,\"quarter_end\":1,\"text\":\"Quý IV/2018 - Quý I/2019\"}" },
  { "Tháng 02/2018", "{\"kind\":\"month\",\"year\":2018,\"month\":2,\"text\":\"Tháng 02/2018\"}" },
  { "Trước ngày 28/02/2018", "{\"kind\":\"deadline\",\"mode\":\"before\",\"year\":2018,\"month\":2,"
    "\"day\":28,\"text\":\"Trước ngày 28/02/2018\"}" },
  { "Hoàn thành trong quý III năm 2024", "{\"kind\":\"deadline\",\"mode\":\"within\",\"year\":2024,"
    "\"quarter\":3,\"text\":\"Hoàn thành trong quý III năm 2024\"}" },
  { "Ngày 20/11/2018", "{\"kind\":\"date\",\"year\":2018,\"month\":11,\"day\":20,\"text\":\"Ngày 20/11/2018\"}" },
  { "2022-2023", "{\"kind\":\"year-range\",\"year\":2022,\"year_end\":2023,\"text\":\"2022-2023\"}" },
  { "Định kỳ 06 tháng", "{\"kind\":\"periodic\",\"every_months\":6,\"text\":\"Định kỳ 06 tháng\"}" },
  { "Giao ban báo chí định kỳ", "{\"kind\":\"periodic\",\"text\":\"Giao ban báo chí định kỳ\"}" },
  { "Sau khi Kế hoạch này ban hành", "{\"kind\":\"event\",\"text\":\"Sau khi Kế hoạch này ban hành\"}" },
  { "Theo KH của UBND tỉnh", "{\"kind\":\"text\",\"text\":\"Theo KH của UBND tỉnh\"}" },
};

static void
test_json_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (json_cases); i++)
    {
      g_autoptr(KhTimeline) t = kh_timeline_parse (json_cases[i].phrase);
      g_autoptr(KhTimeline) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *json = to_json (t);

      g_assert_cmpstr (json, ==, json_cases[i].json);
      back = from_json (json, &error);
      g_assert_no_error (error);
      g_assert_true (kh_timeline_equal (back, t));
    }
}

static void
test_json_unknown_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KhTimeline) t = from_json ("{\"zeta\":[1,2],\"kind\":\"year\",\"year\":2018,"
                                       "\"quarter\":9,\"alpha\":{\"x\":true}}", &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (t->quarter, ==, 0);  /* known, but not for a year: ignored */
  json = to_json (t);
  g_assert_cmpstr (json, ==, "{\"kind\":\"year\",\"year\":2018,\"alpha\":{\"x\":true},\"zeta\":[1,2]}");
}

/* A timeline that does not hold together still gives a file that loads. */
static void
test_json_write_inconsistent (void)
{
  KhTimeline t = { .kind = KH_TIMELINE_DATE, .day = 31, .month = 2, .year = 2018,
                   .text = (char *) "31/02/2018" };
  g_autofree char *json = to_json (&t);

  g_assert_cmpstr (json, ==, "{\"kind\":\"text\",\"text\":\"31/02/2018\"}");
}

static const struct {
  const char *json;
  const char *message;
} bad_json_cases[] = {
  { "[]", "nodes[2].timeline: expected an object" },
  { "{}", "nodes[2].timeline.kind: expected a timeline kind such as “year” or “quarter”" },
  { "{\"kind\":2}", "nodes[2].timeline.kind: expected a timeline kind such as “year” or “quarter”" },
  { "{\"kind\":\"someday\"}", "nodes[2].timeline.kind: unknown timeline kind “someday”" },
  { "{\"kind\":\"quarter\",\"year\":2018,\"quarter\":5}",
    "nodes[2].timeline.quarter: expected an integer from 1 to 4" },
  { "{\"kind\":\"quarter\",\"year\":2018,\"quarter\":\"II\"}", "nodes[2].timeline.quarter: expected an integer" },
  { "{\"kind\":\"quarter\",\"year\":2018,\"quarter\":2.5}", "nodes[2].timeline.quarter: expected an integer" },
  { "{\"kind\":\"quarter\",\"quarter\":2}", "nodes[2].timeline.year: expected an integer from 1900 to 2200" },
  { "{\"kind\":\"year\",\"year\":1800}", "nodes[2].timeline.year: expected an integer from 1900 to 2200" },
  { "{\"kind\":\"year\",\"year\":9223372036854775807}",
    "nodes[2].timeline.year: expected an integer from 1900 to 2200" },
  { "{\"kind\":\"month\",\"year\":2018,\"month\":13}", "nodes[2].timeline.month: expected an integer from 1 to 12" },
  { "{\"kind\":\"date\",\"year\":2018,\"month\":2,\"day\":30}", "nodes[2].timeline.day: 30/2/2018 is not a date" },
  { "{\"kind\":\"date\",\"year\":2018,\"month\":2,\"day\":-4}", "nodes[2].timeline.day: expected an integer from 1 to 31" },
  { "{\"kind\":\"deadline\",\"mode\":\"after\",\"year\":2018,\"month\":4}",
    "nodes[2].timeline.mode: expected “before” or “within”" },
  { "{\"kind\":\"deadline\",\"year\":2018,\"month\":4,\"quarter\":2}",
    "nodes[2].timeline.quarter: a deadline names a month or a quarter, not both" },
  { "{\"kind\":\"deadline\",\"year\":2018,\"day\":3}",
    "nodes[2].timeline.day: only a date or a deadline “before” a month can name a day" },
  { "{\"kind\":\"year-range\",\"year\":2020,\"year_end\":2013}",
    "nodes[2].timeline.year_end: expected a year after “year”, up to 2200" },
  { "{\"kind\":\"quarter-range\",\"year\":2018,\"quarter\":3,\"quarter_end\":2}",
    "nodes[2].timeline.quarter_end: expected a quarter after “quarter”, up to 4" },
  { "{\"kind\":\"half\",\"half\":3}", "nodes[2].timeline.half: expected an integer from 1 to 2" },
  { "{\"kind\":\"periodic\",\"every_months\":-6}",
    "nodes[2].timeline.every_months: expected an integer from 1 to 120" },
  { "{\"kind\":\"text\",\"text\":5}", "nodes[2].timeline.text: expected a string" },
};

static void
test_json_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_json_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KhTimeline) t = from_json (bad_json_cases[i].json, &error);

      g_assert_null (t);
      g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad_json_cases[i].message);
    }
}

/* The rest ---------------------------------------------------------------- */

static void
test_fits_year (void)
{
  static const struct { const char *phrase; int year; gboolean fits; } cases[] = {
    { "Thường xuyên", 2018, TRUE },
    { "Thường xuyên trong năm 2018", 2018, TRUE },
    { "Quý II/2019", 2018, FALSE },
    { "Trước ngày 28/02/2018", 2018, TRUE },
    { "Trước ngày 28/02/2018", 2019, FALSE },
    { "Quý IV/2018 - Quý I/2019", 2019, TRUE },
    { "giai đoạn 2013 - 2020", 2018, TRUE },
    { "giai đoạn 2013 - 2020", 2021, FALSE },
    { "6 tháng cuối năm", 2018, TRUE },
    { "Sau khi Kế hoạch năm 2017 ban hành", 2018, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KhTimeline) t = kh_timeline_parse (cases[i].phrase);

      g_assert_cmpint (kh_timeline_fits_year (t, cases[i].year), ==, cases[i].fits);
    }
}

static void
test_kind_codes (void)
{
  for (KhTimelineKind kind = KH_TIMELINE_ONGOING; kind <= KH_TIMELINE_TEXT; kind++)
    {
      KhTimelineKind back = KH_TIMELINE_TEXT;

      g_assert_true (kh_timeline_kind_from_string (kh_timeline_kind_to_string (kind), &back));
      g_assert_cmpint (back, ==, kind);
    }
  g_assert_cmpstr (kh_timeline_kind_to_string (KH_TIMELINE_QUARTER_RANGE), ==, "quarter-range");
  g_assert_false (kh_timeline_kind_from_string ("Quarter", &(KhTimelineKind) { 0 }));
  g_assert_false (kh_timeline_kind_from_string (NULL, &(KhTimelineKind) { 0 }));
}

static void
test_copy_equal (void)
{
  g_autoptr(KhTimeline) t = kh_timeline_parse ("Trước ngày 28/02/2018");
  g_autoptr(KhTimeline) copy = kh_timeline_copy (t);
  g_autoptr(KhTimeline) text = kh_timeline_new_text ("Theo KH");
  g_autoptr(KhTimeline) boxed = g_boxed_copy (KH_TYPE_TIMELINE, text);

  g_assert_true (kh_timeline_equal (t, copy));
  g_assert_true (copy->text != t->text);
  copy->day = 27;
  g_assert_false (kh_timeline_equal (t, copy));
  g_assert_true (kh_timeline_equal (text, boxed));
  g_assert_cmpint (text->kind, ==, KH_TIMELINE_TEXT);
  g_assert_false (kh_timeline_equal (text, NULL));
  g_assert_true (kh_timeline_equal (NULL, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/timeline/parse/", parse_cases[i].name, NULL);

      g_test_add_data_func (path, &parse_cases[i], test_parse_case);
    }
  g_test_add_func ("/timeline/parse/cases-in-plans", test_parse_cases_in_plans);
  g_test_add_func ("/timeline/parse/plans-complete", test_parse_plans_complete);
  g_test_add_func ("/timeline/parse/empty", test_parse_empty);
  g_test_add_func ("/timeline/parse/garbage", test_parse_garbage);
  g_test_add_func ("/timeline/render/every-kind", test_render);
  g_test_add_func ("/timeline/render/parses-back", test_render_parses_back);
  g_test_add_func ("/timeline/shift/every-kind", test_shift);
  g_test_add_func ("/timeline/shift/leap-day", test_shift_leap_day);
  g_test_add_func ("/timeline/shift/unreadable-text", test_shift_unreadable_text);
  g_test_add_func ("/timeline/shift/out-of-range", test_shift_out_of_range);
  g_test_add_func ("/timeline/json/round-trip", test_json_round_trip);
  g_test_add_func ("/timeline/json/unknown-members", test_json_unknown_members);
  g_test_add_func ("/timeline/json/write-inconsistent", test_json_write_inconsistent);
  g_test_add_func ("/timeline/json/invalid", test_json_invalid);
  g_test_add_func ("/timeline/fits-year", test_fits_year);
  g_test_add_func ("/timeline/kind-codes", test_kind_codes);
  g_test_add_func ("/timeline/copy-equal", test_copy_equal);

  return g_test_run ();
}
