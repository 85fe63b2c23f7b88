/* kh-xlsx-matrix.c — the assignment matrix: tasks down, units across
 * (grouped, names turned 90°), C/P marks, totals per unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-text.h"
#include "kh-xlsx-private.h"

#define REF_WIDTH   7.0
#define TASK_WIDTH 48.0
#define UNIT_WIDTH  4.3
/* Up to this many units the matrix is scaled to one page wide; beyond it
 * the letters would be too small to read, so it runs over several pages
 * with the task columns repeated. */
#define FIT_UNITS  40

/* Points a rotated header needs for the longest unit name. */
static double
names_height (KhExportModel *model)
{
  double longest = 4;

  for (guint i = 0; i < model->units->len; i++)
    longest = MAX (longest, kh_xlsx_text_width (kh_unit_get_display_short (g_ptr_array_index (model->units, i)),
                                                KH_XLSX_TABLE_PT, TRUE));
  /* Column units to points (7 px each, 0.75 pt a pixel), turned 90°. */
  return MIN (300.0, longest * 7.0 * 0.75 + 6.0);
}

/* TRUE when a word of @name is wider than the group's columns: its name
 * is then turned 90° like the units' rather than broken inside words. */
static gboolean
too_narrow (const char *name, guint n_units)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (kh_xlsx_text_width (words[i], KH_XLSX_TABLE_PT, TRUE) > n_units * UNIT_WIDTH)
      return TRUE;
  return FALSE;
}

static void
write_headers (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row)
{
  KhExportModel *model = ctx->model;
  KhXlsxFormats *f = &ctx->formats;
  KhLanguage lang = model->language;
  double height = KH_XLSX_TABLE_PT * 1.3 + 2.0;

  /* Row 1: the groups, each merged over its units, as tall as the
   * longest name needs (across, or turned). */
  for (guint g = 0; g < model->groups->len; g++)
    {
      KhExportGroup *group = &g_array_index (model->groups, KhExportGroup, g);

      if (too_narrow (group->name, group->n_units))
        height = MAX (height, kh_xlsx_text_width (group->name, KH_XLSX_TABLE_PT, TRUE)
                              * 7.0 * 0.75 + 6.0);
      else
        height = MAX (height, kh_xlsx_text_height (group->name, group->n_units * UNIT_WIDTH,
                                                   KH_XLSX_TABLE_PT, TRUE));
    }
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row, MIN (height, 150.0), NULL));
  for (guint g = 0; g < model->groups->len; g++)
    {
      KhExportGroup *group = &g_array_index (model->groups, KhExportGroup, g);
      lxw_format *format = too_narrow (group->name, group->n_units) ? f->header_rotated : f->header;
      lxw_col_t first = 2 + group->first;
      lxw_col_t last = first + group->n_units - 1;

      if (last > first)
        kh_xlsx_check (ctx, worksheet_merge_range (sheet, row, first, row, last,
                                                   group->name, format));
      else
        kh_xlsx_check (ctx, worksheet_write_string (sheet, row, first, group->name, format));
    }
  /* STT and the task's title span both header rows. */
  kh_xlsx_check (ctx, worksheet_write_blank (sheet, row, 0, f->header_upper));
  kh_xlsx_check (ctx, worksheet_write_blank (sheet, row, 1, f->header_upper));

  /* Row 2: the units' short names. */
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row + 1, names_height (model), NULL));
  kh_xlsx_check (ctx, worksheet_write_string (sheet, row + 1, 0,
                                              kh_export_text (lang, KH_EXPORT_TEXT_NO),
                                              f->header_lower));
  kh_xlsx_check (ctx, worksheet_write_string (sheet, row + 1, 1,
                                              kh_export_text (lang, KH_EXPORT_TEXT_TASK),
                                              f->header_lower));
  for (guint i = 0; i < model->units->len; i++)
    kh_xlsx_check (ctx, worksheet_write_string (sheet, row + 1, 2 + i,
                                                kh_unit_get_display_short (g_ptr_array_index (model->units, i)),
                                                f->header_rotated));
}

static void
write_total (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row,
             KhExportTextId label, const guint *counts)
{
  KhXlsxFormats *f = &ctx->formats;

  kh_xlsx_check (ctx, worksheet_merge_range (sheet, row, 0, row, 1,
                                             kh_export_text (ctx->model->language, label),
                                             f->bold));
  for (guint i = 0; i < ctx->model->units->len; i++)
    kh_xlsx_check (ctx, worksheet_write_number (sheet, row, 2 + i, counts[i], f->bold_centre));
}

void
kh_xlsx_write_matrix (KhXlsxContext *ctx)
{
  KhExportModel *model = ctx->model;
  KhXlsxFormats *f = &ctx->formats;
  guint n_units = model->units->len;
  g_autofree guint8 *roles = g_new0 (guint8, MAX (n_units, 1));
  g_autofree guint *leads = g_new0 (guint, MAX (n_units, 1));
  g_autofree guint *cooperations = g_new0 (guint, MAX (n_units, 1));
  const char *mark_lead = kh_export_text (model->language, KH_EXPORT_TEXT_MARK_LEAD);
  const char *mark_cooperate = kh_export_text (model->language, KH_EXPORT_TEXT_MARK_COOPERATE);
  const char *title = kh_export_text (model->language, KH_EXPORT_TEXT_MATRIX_TITLE);
  gboolean fit = n_units <= FIT_UNITS;
  lxw_col_t title_last;
  double title_width;
  lxw_worksheet *sheet;
  lxw_row_t header_row;
  lxw_row_t row;

  sheet = kh_xlsx_add_sheet (ctx, KH_EXPORT_TEXT_SHEET_MATRIX);
  if (sheet == NULL)
    return;

  kh_xlsx_check (ctx, worksheet_set_column (sheet, 0, 0, REF_WIDTH, NULL));
  kh_xlsx_check (ctx, worksheet_set_column (sheet, 1, 1, TASK_WIDTH, NULL));
  if (n_units > 0)
    kh_xlsx_check (ctx, worksheet_set_column (sheet, 2, 1 + n_units, UNIT_WIDTH, NULL));

  /* The title is centred over the table while it fits a page, and over
   * the first page's width otherwise. */
  title_last = 1 + (fit ? n_units : MIN (n_units, FIT_UNITS / 2));
  title_width = REF_WIDTH + TASK_WIDTH + (title_last - 1) * UNIT_WIDTH;
  header_row = kh_xlsx_title_block (ctx, sheet, title_last, title_width, NULL, title);
  /* The legend sits in the blank row under the titles. */
  kh_xlsx_check (ctx, worksheet_write_string (sheet, header_row - 1, 1,
                                              kh_export_text (model->language,
                                                              KH_EXPORT_TEXT_MATRIX_LEGEND),
                                              f->legend));
  kh_xlsx_check (ctx, worksheet_set_row (sheet, header_row - 1, KH_XLSX_TABLE_PT * 1.4, NULL));

  write_headers (ctx, sheet, header_row);
  row = header_row + 2;
  for (guint r = 0; r < model->rows->len; r++, row++)
    {
      KhExportRow *task = g_ptr_array_index (model->rows, r);
      g_autofree char *name = kh_text_squeeze (kh_node_get_appendix_title (task->node));

      kh_xlsx_check (ctx, worksheet_set_row (sheet, row,
                                             kh_xlsx_text_height (name, TASK_WIDTH,
                                                                  KH_XLSX_TABLE_PT, FALSE),
                                             NULL));
      kh_xlsx_check (ctx, worksheet_write_string (sheet, row, 0, task->ref, f->centre));
      kh_xlsx_check (ctx, worksheet_write_string (sheet, row, 1, name, f->text));
      kh_export_model_row_roles (model, task, roles);
      for (guint i = 0; i < n_units; i++)
        {
          leads[i] += roles[i] == KH_ROLE_LEAD;
          cooperations[i] += roles[i] == KH_ROLE_COOPERATE;
          /* Empty cells are written too, for their borders. */
          kh_xlsx_write_text (ctx, sheet, row, 2 + i,
                              roles[i] == KH_ROLE_LEAD ? mark_lead
                              : roles[i] == KH_ROLE_COOPERATE ? mark_cooperate : NULL,
                              f->centre);
        }
    }
  write_total (ctx, sheet, row++, KH_EXPORT_TEXT_TOTAL_LEAD, leads);
  write_total (ctx, sheet, row++, KH_EXPORT_TEXT_TOTAL_COOPERATE, cooperations);

  worksheet_freeze_panes (sheet, header_row + 2, 2);
  kh_xlsx_check (ctx, worksheet_repeat_rows (sheet, header_row, header_row + 1));
  kh_xlsx_check (ctx, worksheet_repeat_columns (sheet, 0, 1));
  if (fit)
    worksheet_fit_to_pages (sheet, 1, 0);
}
