/* test-xlsx.c — kh_export_xlsx as the window calls it: its errors, that
 * a failure leaves the folder as it was, that the plan is only read, and
 * the document text of the title lines.
 *
 * (The workbook's contents are read back by an independent reader in
 * test-export.py.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "kh-export-text.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"
#include "kh-xlsx-export.h"

#define OLD_CONTENT "the old workbook"

typedef struct {
  char    *dir;
  char    *path;     /* dir/plan.xlsx */
  GFile   *file;
  KhPlan  *plan;
  KhExportOptions options;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *inherited = g_test_subprocess () ? g_getenv ("KH_XLSX_TEST_DIR") : NULL;

  f->dir = inherited != NULL ? g_strdup (inherited) : g_dir_make_tmp ("kh-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.xlsx", NULL);
  f->file = g_file_new_for_path (f->path);
  f->plan = kh_test_plan_new ();
  kh_export_options_init (&f->options);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (!g_test_subprocess ())
    kh_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
  g_object_unref (f->plan);
}

static void
write_old_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, OLD_CONTENT, -1, &error);
  g_assert_no_error (error);
}

static void
assert_old_file (Fixture *f)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (f->path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, OLD_CONTENT);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_options_defaults (void)
{
  KhExportOptions options;

  memset (&options, 0xff, sizeof options);
  kh_export_options_init (&options);
  g_assert_cmpint (options.sheets, ==, KH_EXPORT_SHEETS_ALL);
  g_assert_false (options.all_tasks);
  g_assert_cmpint (options.columns, ==, 0);
  g_assert_false (options.continuous_numbering);
  g_assert_false (options.units_on_new_lines);
  g_assert_cmpint (options.language, ==, KH_EXPORT_LANGUAGE_PLAN);
  g_assert_cmpint (options.section_rows, ==, KH_EXPORT_SECTION_ROWS_AUTO);
  g_assert_cmpuint (options.appendix_number, ==, 1);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

static void
test_writes_and_keeps_plan (Fixture *f, gconstpointer data)
{
  g_autofree char *before = kh_test_plan_dump (f->plan);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  gulong handler;
  guint changes = 0;

  handler = g_signal_connect_swapped (f->plan, "changed", G_CALLBACK (count_change), &changes);

  write_old_file (f);
  f->options.all_tasks = TRUE;
  f->options.columns = KH_EXPORT_COLUMN_BUDGET | KH_EXPORT_COLUMN_NOTES;
  g_assert_true (kh_export_xlsx (f->plan, &f->options, f->file, &error));
  g_assert_no_error (error);

  after = kh_test_plan_dump (f->plan);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (changes, ==, 0);
  g_signal_handler_disconnect (f->plan, handler);
  /* The workbook replaced the old file; no temporary file is left. */
  g_assert_cmpuint (count_files (f->dir), ==, 1);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_file_get_contents (f->path, &contents, &length, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (length, >, 2000);
    g_assert_true (memcmp (contents, "PK", 2) == 0);  /* a zip container */
  }
}

static void
test_error_is_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GError) error = NULL;

  g_assert_false (kh_export_xlsx (f->plan, &f->options, folder, &error));
  g_assert_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_IS_FOLDER);
  g_assert_nonnull (strstr (error->message, f->dir));
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_error_no_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing", "plan.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (kh_export_xlsx (f->plan, &f->options, file, &error));
  g_assert_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_NO_FOLDER);
  g_assert_nonnull (strstr (error->message, "plan.xlsx"));
}

static void
test_error_no_sheet (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->options.sheets = 0;
  g_assert_false (kh_export_xlsx (f->plan, &f->options, f->file, &error));
  g_assert_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_OPTIONS);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_error_open_elsewhere (Fixture *f, gconstpointer data)
{
  g_autofree char *lock = g_build_filename (f->dir, ".~lock.plan.xlsx#", NULL);
  g_autoptr(GError) error = NULL;

  write_old_file (f);
  g_file_set_contents (lock, "", 0, &error);
  g_assert_no_error (error);
  g_assert_false (kh_export_xlsx (f->plan, &f->options, f->file, &error));
  g_assert_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_BUSY);
  assert_old_file (f);
  g_assert_cmpuint (count_files (f->dir), ==, 2);
}

/* A write that fails half-way (the file size limit stands in for a full
 * disk): the old file is whole and no temporary file is left. */
static void
test_error_write_fails (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      struct rlimit limit = { 4096, 4096 };
      g_autoptr(GError) error = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (kh_export_xlsx (f->plan, &f->options, f->file, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == KH_EXPORT_ERROR);
      g_assert_true (error->code == KH_EXPORT_ERROR_WRITE || error->code == KH_EXPORT_ERROR_NO_SPACE);
      g_assert_nonnull (strstr (error->message, "plan.xlsx"));
      return;
    }

  write_old_file (f);
  g_setenv ("KH_XLSX_TEST_DIR", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("KH_XLSX_TEST_DIR");
  g_test_trap_assert_passed ();
  assert_old_file (f);
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
test_text_attached_line (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  g_autofree char *none = NULL;
  char *line;

  kh_plan_set_string (plan, "issuer-short", "UBND tỉnh");
  none = kh_export_text_attached_line (plan, KH_LANGUAGE_VI);
  g_assert_null (none);

  kh_plan_set_string (plan, "number", "44/KH-UBND");
  line = kh_export_text_attached_line (plan, KH_LANGUAGE_VI);
  g_assert_cmpstr (line, ==, "(Kèm theo Kế hoạch số 44/KH-UBND của UBND tỉnh)");
  g_free (line);

  kh_plan_set_string (plan, "date", "2018-02-07");
  line = kh_export_text_attached_line (plan, KH_LANGUAGE_VI);
  g_assert_cmpstr (line, ==, "(Kèm theo Kế hoạch số 44/KH-UBND ngày 07/02/2018 của UBND tỉnh)");
  g_free (line);
  line = kh_export_text_attached_line (plan, KH_LANGUAGE_EN);
  g_assert_cmpstr (line, ==, "(Attached to Plan No. 44/KH-UBND dated 7 February 2018 of UBND tỉnh)");
  g_free (line);

  /* Decree 30 pads only days below 10 and the months 1 and 2. */
  kh_plan_set_string (plan, "number", "");
  kh_plan_set_string (plan, "date", "2027-11-05");
  line = kh_export_text_attached_line (plan, KH_LANGUAGE_VI);
  g_assert_cmpstr (line, ==, "(Kèm theo Kế hoạch ngày 05/11/2027 của UBND tỉnh)");
  g_free (line);
}

static void
test_text_title (void)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  char *title;

  kh_plan_set_string (plan, "title", "Công tác thông tin   đối ngoại\nnăm 2027");
  title = kh_export_text_appendix_title (plan, KH_LANGUAGE_VI);
  g_assert_cmpstr (title, ==, "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2027");
  g_free (title);
  g_assert_cmpstr (kh_export_text (KH_LANGUAGE_EN, KH_EXPORT_TEXT_LEAD), ==, "Lead agency");
  g_assert_cmpstr (kh_export_text (KH_LANGUAGE_VI, KH_EXPORT_TEXT_COOPERATE), ==, "Đơn vị phối hợp");
  /* Sheet names: at most 31 characters, none of []:*?/\ */
  for (KhExportTextId id = KH_EXPORT_TEXT_SHEET_APPENDIX; id <= KH_EXPORT_TEXT_SHEET_UNITS; id++)
    for (KhLanguage lang = KH_LANGUAGE_VI; lang <= KH_LANGUAGE_EN; lang++)
      {
        const char *name = kh_export_text (lang, id);

        g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
        g_assert_null (strpbrk (name, "[]:*?/\\"));
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/export/xlsx/options-defaults", test_options_defaults);
  ADD ("/export/xlsx/writes-and-keeps-plan", test_writes_and_keeps_plan);
  ADD ("/export/xlsx/error/is-folder", test_error_is_folder);
  ADD ("/export/xlsx/error/no-folder", test_error_no_folder);
  ADD ("/export/xlsx/error/no-sheet", test_error_no_sheet);
  ADD ("/export/xlsx/error/open-elsewhere", test_error_open_elsewhere);
  ADD ("/export/xlsx/error/write-fails-keeps-target", test_error_write_fails);
  g_test_add_func ("/export/text/attached-line", test_text_attached_line);
  g_test_add_func ("/export/text/title-and-sheet-names", test_text_title);
#undef ADD

  return g_test_run ();
}
