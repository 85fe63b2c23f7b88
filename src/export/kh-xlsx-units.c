/* kh-xlsx-units.c — the by-unit sheet: for each unit with any task, the
 * tasks it leads, then those it supports, each with its timeline (the
 * text of a plan's "Phân công nhiệm vụ" section, as a table).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-text.h"
#include "kh-xlsx-private.h"

enum { COL_REF, COL_TASK, COL_SCOPE, COL_TIMELINE, N_COLS };

static const double widths[N_COLS] = { 8.0, 68.0, 40.0, 20.0 };

typedef struct {
  guint       row;     /* index in model->rows */
  const char *scope;   /* the lead's scope, or NULL */
} Duty;

typedef struct {
  GArray *leads;       /* of Duty */
  GArray *supports;    /* of Duty */
} UnitDuties;

/* Each unit's duties, in row order; a unit that both leads and
 * cooperates on one task leads it (as in the matrix). */
static UnitDuties *
collect_duties (KhExportModel *model)
{
  UnitDuties *duties = g_new0 (UnitDuties, MAX (model->units->len, 1));

  for (guint i = 0; i < model->units->len; i++)
    {
      duties[i].leads = g_array_new (FALSE, FALSE, sizeof (Duty));
      duties[i].supports = g_array_new (FALSE, FALSE, sizeof (Duty));
    }

  for (guint r = 0; r < model->rows->len; r++)
    {
      KhExportRow *task = g_ptr_array_index (model->rows, r);
      GPtrArray *leads = kh_node_get_appendix_leads (task->node);
      GPtrArray *cooperating = kh_node_get_appendix_cooperating (task->node);

      for (guint i = 0; i < leads->len; i++)
        {
          KhAssignment *a = g_ptr_array_index (leads, i);
          int index = kh_export_model_unit_index (model, a->unit);
          Duty duty = { r, a->scope };

          /* A unit listed twice as lead keeps one line. */
          if (index >= 0 && kh_assignment_list_find (leads, a->unit) == (int) i)
            g_array_append_val (duties[index].leads, duty);
        }
      for (guint i = 0; i < cooperating->len; i++)
        {
          KhAssignment *a = g_ptr_array_index (cooperating, i);
          int index = kh_export_model_unit_index (model, a->unit);
          Duty duty = { r, NULL };

          if (index >= 0 && kh_assignment_list_find (leads, a->unit) < 0
              && kh_assignment_list_find (cooperating, a->unit) == (int) i)
            g_array_append_val (duties[index].supports, duty);
        }
    }
  return duties;
}

static void
free_duties (UnitDuties *duties, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_array_unref (duties[i].leads);
      g_array_unref (duties[i].supports);
    }
  g_free (duties);
}

static lxw_row_t
write_duties (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row,
              KhExportTextId heading, GArray *list, double width)
{
  KhExportModel *model = ctx->model;
  KhXlsxFormats *f = &ctx->formats;

  if (list->len == 0)
    return row;

  kh_xlsx_merged_row (ctx, sheet, row++, 0, N_COLS - 1,
                      kh_export_text (model->language, heading), f->bold_italic,
                      width, KH_XLSX_TABLE_PT, TRUE);
  for (guint i = 0; i < list->len; i++, row++)
    {
      Duty *duty = &g_array_index (list, Duty, i);
      KhExportRow *task = g_ptr_array_index (model->rows, duty->row);
      g_autofree char *title = kh_text_squeeze (kh_node_get_appendix_title (task->node));
      g_autofree char *when = kh_export_model_row_timeline (model, task);
      const char *scope = duty->scope != NULL ? duty->scope : "";
      double height = MAX (kh_xlsx_text_height (title, widths[COL_TASK], KH_XLSX_TABLE_PT, FALSE),
                           MAX (kh_xlsx_text_height (scope, widths[COL_SCOPE], KH_XLSX_TABLE_PT, FALSE),
                                kh_xlsx_text_height (when, widths[COL_TIMELINE], KH_XLSX_TABLE_PT, FALSE)));

      kh_xlsx_check (ctx, worksheet_set_row (sheet, row, height, NULL));
      kh_xlsx_check (ctx, worksheet_write_string (sheet, row, COL_REF, task->ref, f->centre));
      kh_xlsx_check (ctx, worksheet_write_string (sheet, row, COL_TASK, title, f->text));
      kh_xlsx_write_text (ctx, sheet, row, COL_SCOPE, scope, f->text);
      kh_xlsx_write_text (ctx, sheet, row, COL_TIMELINE, when, f->centre);
    }
  return row;
}

void
kh_xlsx_write_units (KhXlsxContext *ctx)
{
  KhExportModel *model = ctx->model;
  KhXlsxFormats *f = &ctx->formats;
  static const KhExportTextId headers[N_COLS] = {
    KH_EXPORT_TEXT_NO, KH_EXPORT_TEXT_TASK, KH_EXPORT_TEXT_SCOPE, KH_EXPORT_TEXT_TIMELINE,
  };
  UnitDuties *duties;
  lxw_worksheet *sheet;
  lxw_row_t header_row;
  lxw_row_t row;
  double width;

  sheet = kh_xlsx_add_sheet (ctx, KH_EXPORT_TEXT_SHEET_UNITS);
  if (sheet == NULL)
    return;

  width = kh_xlsx_set_widths (ctx, sheet, widths, N_COLS);
  header_row = kh_xlsx_title_block (ctx, sheet, N_COLS - 1, width, NULL,
                                    kh_export_text (model->language, KH_EXPORT_TEXT_UNITS_TITLE));
  kh_xlsx_check (ctx, worksheet_set_row (sheet, header_row, KH_XLSX_TABLE_PT * 1.3 + 6.0, NULL));
  for (guint c = 0; c < N_COLS; c++)
    kh_xlsx_check (ctx, worksheet_write_string (sheet, header_row, c,
                                                kh_export_text (model->language, headers[c]),
                                                f->header));

  duties = collect_duties (model);
  row = header_row + 1;
  for (guint i = 0; i < model->units->len; i++)
    {
      if (duties[i].leads->len == 0 && duties[i].supports->len == 0)
        continue;
      kh_xlsx_merged_row (ctx, sheet, row++, 0, N_COLS - 1,
                          kh_unit_get_name (g_ptr_array_index (model->units, i)), f->bold,
                          width, KH_XLSX_TABLE_PT, TRUE);
      row = write_duties (ctx, sheet, row, KH_EXPORT_TEXT_UNIT_LEADS, duties[i].leads, width);
      row = write_duties (ctx, sheet, row, KH_EXPORT_TEXT_UNIT_COOPERATES, duties[i].supports, width);
    }
  free_duties (duties, model->units->len);

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  kh_xlsx_check (ctx, worksheet_repeat_rows (sheet, header_row, header_row));
  worksheet_fit_to_pages (sheet, 1, 0);
}
