/* bench-export.c — how fast the xlsx export runs, against libxlsxwriter
 * writing the same cells with no layout, and how much memory the CLI takes.
 *
 * Run with `meson test -C BUILDDIR --benchmark export --verbose`.  For the
 * generated plan of 5,000 tasks and 300 units, all three sheets of every
 * task: the median of 5 exports (wall time), the median of 5 baselines,
 * their ratio, and the peak resident memory (VmHWM, from wait4) of
 * `kehoach-cli export` on the plan saved to a file.  Exits 1 when a target
 * of issue 4 is missed.
 *
 * Usage: bench-export KEHOACH-CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "kh-bench-plan.h"
#include "kh-bench-util.h"
#include "kh-export-model.h"
#include "kh-numbering.h"
#include "kh-plan-io.h"
#include "kh-text.h"
#include "kh-xlsx-export.h"

#define N_TASKS       5000
#define N_UNITS       300
#define N_RUNS        5
#define TARGET_RATIO  1.5
#define TARGET_MB     100.0

/* A cell of the baseline: text, or a number when text is NULL; a row
 * ends with a cell of column -1. */
typedef struct {
  int     column;
  char   *text;
  double  number;
} Cell;

typedef struct {
  GArray *cells;   /* of Cell, the rows one after the other */
} Sheet;

static void
add (Sheet *sheet, int column, const char *text, double number)
{
  Cell cell = { column, g_strdup (text), number };

  g_array_append_val (sheet->cells, cell);
}

static void
end_row (Sheet *sheet)
{
  add (sheet, -1, NULL, 0);
}

static void
clear_cell (gpointer data)
{
  g_free (((Cell *) data)->text);
}

static Sheet *
sheet_new (void)
{
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  g_array_set_clear_func (sheet->cells, clear_cell);
  return sheet;
}

/* The cells the export writes, worked out beforehand so that the baseline
 * times libxlsxwriter alone. */
static void
collect_cells (KhPlan *plan, const KhExportOptions *options, Sheet **sheets)
{
  g_autoptr(KhExportModel) model = kh_export_model_new (plan, options);
  guint n_units = model->units->len;
  g_autofree guint8 *roles = g_new0 (guint8, n_units);

  for (guint s = 0; s < 3; s++)
    sheets[s] = sheet_new ();

  /* The appendix: STT, title, leads, cooperating units, timeline. */
  for (guint i = 0; i < model->rows->len; i++)
    {
      KhExportRow *row = g_ptr_array_index (model->rows, i);
      g_autofree char *title = kh_text_squeeze (kh_node_get_appendix_title (row->node));
      g_autofree char *leads = kh_export_model_row_leads (model, row);
      g_autofree char *cooperating = kh_export_model_row_cooperating (model, row);
      g_autofree char *timeline = kh_export_model_row_timeline (model, row);

      if (row->section_label != NULL)
        {
          add (sheets[0], 0, row->section_label, 0);
          add (sheets[0], 1, kh_node_get_title (row->section), 0);
          end_row (sheets[0]);
        }
      add (sheets[0], 0, NULL, row->number);
      add (sheets[0], 1, title, 0);
      add (sheets[0], 2, leads, 0);
      add (sheets[0], 3, cooperating, 0);
      add (sheets[0], 4, timeline, 0);
      end_row (sheets[0]);
    }

  /* The matrix: every cell, marks and blanks, as the export writes them. */
  for (guint u = 0; u < n_units; u++)
    add (sheets[1], 2 + u, kh_unit_get_display_short (g_ptr_array_index (model->units, u)), 0);
  end_row (sheets[1]);
  for (guint i = 0; i < model->rows->len; i++)
    {
      KhExportRow *row = g_ptr_array_index (model->rows, i);
      g_autofree char *title = kh_text_squeeze (kh_node_get_appendix_title (row->node));

      add (sheets[1], 0, row->ref, 0);
      add (sheets[1], 1, title, 0);
      kh_export_model_row_roles (model, row, roles);
      for (guint u = 0; u < n_units; u++)
        add (sheets[1], 2 + u, roles[u] == KH_ROLE_LEAD ? "C" : roles[u] == KH_ROLE_COOPERATE ? "P" : "", 0);
      end_row (sheets[1]);
    }

  /* By unit: a heading, then each duty with its timeline. */
  for (guint u = 0; u < n_units; u++)
    {
      KhUnit *unit = g_ptr_array_index (model->units, u);
      gboolean heading = FALSE;

      for (guint i = 0; i < model->rows->len; i++)
        {
          KhExportRow *row = g_ptr_array_index (model->rows, i);
          g_autofree char *title = NULL;
          g_autofree char *timeline = NULL;

          kh_export_model_row_roles (model, row, roles);
          if (roles[u] == KH_ROLE_NONE)
            continue;
          if (!heading)
            {
              add (sheets[2], 0, kh_unit_get_name (unit), 0);
              end_row (sheets[2]);
              heading = TRUE;
            }
          title = kh_text_squeeze (kh_node_get_appendix_title (row->node));
          timeline = kh_export_model_row_timeline (model, row);
          add (sheets[2], 0, row->ref, 0);
          add (sheets[2], 1, title, 0);
          add (sheets[2], 3, timeline, 0);
          end_row (sheets[2]);
        }
    }
}

/* libxlsxwriter alone: the same cells, one format, no merges, widths,
 * heights or page set-up, in the same constant-memory mode. */
static gboolean
write_baseline (Sheet **sheets, const char *path, const char *folder)
{
  g_autofree char *tmpdir = g_strdup (folder);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = tmpdir };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, "Times New Roman");
  for (guint s = 0; s < 3; s++)
    {
      lxw_worksheet *sheet = workbook_add_worksheet (workbook, NULL);
      lxw_row_t row = 0;

      for (guint i = 0; i < sheets[s]->cells->len; i++)
        {
          Cell *cell = &g_array_index (sheets[s]->cells, Cell, i);

          if (cell->column < 0)
            row++;
          else if (cell->text == NULL)
            worksheet_write_number (sheet, row, cell->column, cell->number, format);
          else if (cell->text[0] == '\0')
            worksheet_write_blank (sheet, row, cell->column, format);
          else
            worksheet_write_string (sheet, row, cell->column, cell->text, format);
        }
    }
  return workbook_close (workbook) == LXW_NO_ERROR;
}

/* Peak resident memory of `kehoach-cli export PLAN -o OUT`, in MB. */
static double
cli_peak_mb (const char *cli, const char *plan, const char *out, double *ms)
{
  struct rusage usage;
  double start = kh_bench_now_ms ();
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      execl (cli, cli, "export", plan, "-o", out, "--all-tasks", (char *) NULL);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid
      || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return -1;
  *ms = kh_bench_now_ms () - start;
  return usage.ru_maxrss / 1024.0;
}

int
main (int argc, char **argv)
{
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *out = NULL;
  g_autofree char *baseline_out = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(GFile) plan_file = NULL;
  double export_ms[N_RUNS], baseline_ms[N_RUNS];
  double export_median, baseline_median, peak_mb, cli_ms = 0;
  Sheet *sheets[3];
  KhExportOptions options;
  GStatBuf st;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-export KEHOACH-CLI\n");
      return 2;
    }

  folder = g_dir_make_tmp ("kh-bench-export-XXXXXX", &error);
  g_assert_no_error (error);
  out = g_build_filename (folder, "plan.xlsx", NULL);
  baseline_out = g_build_filename (folder, "baseline.xlsx", NULL);
  plan_path = g_build_filename (folder, "plan.kehoach", NULL);
  backup = g_strconcat (plan_path, "~", NULL);
  out_file = g_file_new_for_path (out);
  plan_file = g_file_new_for_path (plan_path);

  /* The CLI first, forked while this process is small: a child's peak
   * (ru_maxrss) counts the pages it shared with its parent before exec. */
  plan = kh_bench_generate_plan (N_TASKS, N_UNITS, 1);
  if (!kh_plan_save (plan, plan_file, &error))
    g_error ("%s", error->message);
  g_clear_object (&plan);
  malloc_trim (0);
  peak_mb = cli_peak_mb (argv[1], plan_path, out, &cli_ms);

  plan = kh_bench_generate_plan (N_TASKS, N_UNITS, 1);
  kh_export_options_init (&options);
  options.all_tasks = TRUE;
  collect_cells (plan, &options, sheets);

  /* Alternate the two so that a busy moment of the machine hits both. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = kh_bench_now_ms ();

      if (!kh_export_xlsx (plan, &options, out_file, &error))
        g_error ("%s", error->message);
      export_ms[run] = kh_bench_now_ms () - start;

      start = kh_bench_now_ms ();
      if (!write_baseline (sheets, baseline_out, folder))
        g_error ("the baseline failed");
      baseline_ms[run] = kh_bench_now_ms () - start;
    }
  export_median = kh_bench_median (export_ms, N_RUNS);
  baseline_median = kh_bench_median (baseline_ms, N_RUNS);

  printf ("plan: %d tasks, %d units; all tasks, all three sheets\n", N_TASKS, N_UNITS);
  if (g_stat (out, &st) == 0)
    printf ("workbook: %.1f MB\n", st.st_size / 1e6);
  printf ("medians over %d runs (wall time):\n", N_RUNS);
  printf ("  export %8.1f ms   libxlsxwriter alone %8.1f ms   ratio %.2f (target <= %.1f)\n",
          export_median, baseline_median, export_median / baseline_median, TARGET_RATIO);
  printf ("  kehoach-cli export (load + export): %.0f ms, peak resident %.1f MB (target <= %.0f MB)\n",
          cli_ms, peak_mb, TARGET_MB);

  for (guint s = 0; s < 3; s++)
    {
      g_array_unref (sheets[s]->cells);
      g_free (sheets[s]);
    }
  g_unlink (out);
  g_unlink (baseline_out);
  g_unlink (plan_path);
  g_unlink (backup);
  g_rmdir (folder);

  if (peak_mb < 0 || peak_mb > TARGET_MB || export_median / baseline_median > TARGET_RATIO)
    {
      printf ("a target is missed\n");
      return 1;
    }
  return 0;
}
