/* kh-xlsx-appendix.c — the appendix sheet (Phụ lục), laid out as Decree
 * 30/2020 lays out an appendix: heading, title in capitals, the italic
 * "(Kèm theo …)" line, then the table of tasks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-numbering.h"
#include "kh-text.h"
#include "kh-xlsx-private.h"

/* What fits between the Decree 30 margins of an A4 landscape page, in
 * column width units. */
#define PAGE_WIDTH 136.0

typedef enum {
  COL_NO,
  COL_TASK,
  COL_LEAD,
  COL_COOPERATE,
  COL_TIMELINE,
  COL_PRODUCTS,
  COL_BUDGET,
  COL_SOURCE,
  COL_NOTES,
  N_COLS
} Column;

static const struct {
  KhExportTextId heading;
  double         weight;    /* share of the page width */
} columns[N_COLS] = {
  [COL_NO]        = { KH_EXPORT_TEXT_NO,             0.0 },
  [COL_TASK]      = { KH_EXPORT_TEXT_TASK,           5.0 },
  [COL_LEAD]      = { KH_EXPORT_TEXT_LEAD,           3.0 },
  [COL_COOPERATE] = { KH_EXPORT_TEXT_COOPERATE,      3.6 },
  [COL_TIMELINE]  = { KH_EXPORT_TEXT_TIMELINE,       2.0 },
  [COL_PRODUCTS]  = { KH_EXPORT_TEXT_PRODUCTS,       2.4 },
  [COL_BUDGET]    = { KH_EXPORT_TEXT_BUDGET,         1.8 },
  [COL_SOURCE]    = { KH_EXPORT_TEXT_FUNDING_SOURCE, 1.8 },
  [COL_NOTES]     = { KH_EXPORT_TEXT_NOTES,          1.8 },
};

#define NO_WIDTH 6.0

typedef struct {
  Column    shown[N_COLS];   /* the columns in sheet order */
  guint     n_shown;
  double    widths[N_COLS];  /* by sheet column */
  double    table_width;
} Layout;

static gboolean
any_funding_source (KhExportModel *model)
{
  for (guint i = 0; i < model->rows->len; i++)
    {
      KhExportRow *row = g_ptr_array_index (model->rows, i);

      if (kh_node_get_budget_source (row->node)[0] != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
plan_layout (KhXlsxContext *ctx, Layout *layout)
{
  KhExportColumns optional = ctx->options->columns;
  double weights = 0;

  layout->n_shown = 0;
  for (Column c = 0; c < N_COLS; c++)
    {
      if ((c == COL_PRODUCTS && !(optional & KH_EXPORT_COLUMN_PRODUCTS))
          || ((c == COL_BUDGET || c == COL_SOURCE) && !(optional & KH_EXPORT_COLUMN_BUDGET))
          || (c == COL_SOURCE && !any_funding_source (ctx->model))
          || (c == COL_NOTES && !(optional & KH_EXPORT_COLUMN_NOTES)))
        continue;
      layout->shown[layout->n_shown++] = c;
      weights += columns[c].weight;
    }

  /* Optional columns take their room from the others, so the table keeps
   * to one page wide at full size. */
  for (guint i = 0; i < layout->n_shown; i++)
    {
      Column c = layout->shown[i];

      layout->widths[i] = c == COL_NO ? NO_WIDTH
                                      : (PAGE_WIDTH - NO_WIDTH) * columns[c].weight / weights;
    }
}

static void
write_header (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row, const Layout *layout)
{
  double height = 0;

  for (guint i = 0; i < layout->n_shown; i++)
    height = MAX (height, kh_xlsx_text_height (kh_export_text (ctx->model->language,
                                                               columns[layout->shown[i]].heading),
                                               layout->widths[i], KH_XLSX_TABLE_PT, TRUE));
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row, height + 4.0, NULL));
  for (guint i = 0; i < layout->n_shown; i++)
    kh_xlsx_check (ctx, worksheet_write_string (sheet, row, i,
                                                kh_export_text (ctx->model->language,
                                                                columns[layout->shown[i]].heading),
                                                ctx->formats.header));
}

static void
write_section_row (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row,
                   const Layout *layout, KhExportRow *task)
{
  g_autofree char *title = kh_export_text_upper (kh_node_get_title (task->section));

  /* The row is as tall as the merged title needs; set before writing. */
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row,
                                         kh_xlsx_text_height (title,
                                                              layout->table_width - NO_WIDTH,
                                                              KH_XLSX_TABLE_PT, TRUE),
                                         NULL));
  kh_xlsx_check (ctx, worksheet_write_string (sheet, row, 0, task->section_label,
                                              ctx->formats.bold_centre));
  if (layout->n_shown > 2)
    kh_xlsx_check (ctx, worksheet_merge_range (sheet, row, 1, row, layout->n_shown - 1,
                                               title, ctx->formats.bold));
  else
    kh_xlsx_check (ctx, worksheet_write_string (sheet, row, 1, title, ctx->formats.bold));
}

/* The text of a cell of @task; NULL for the cells that hold numbers. */
static char *
cell_text (KhExportModel *model, Column column, KhExportRow *task)
{
  switch (column)
    {
    case COL_NO:
    case COL_BUDGET:
      return NULL;
    case COL_TASK:
      return kh_text_squeeze (kh_node_get_appendix_title (task->node));
    case COL_LEAD:
      return kh_export_model_row_leads (model, task);
    case COL_COOPERATE:
      return kh_export_model_row_cooperating (model, task);
    case COL_TIMELINE:
      return kh_export_model_row_timeline (model, task);
    case COL_PRODUCTS:
      return g_strdup (kh_node_get_products (task->node));
    case COL_SOURCE:
      return g_strdup (kh_node_get_budget_source (task->node));
    case COL_NOTES:
      return g_strdup (kh_node_get_notes (task->node));
    case N_COLS:
    default:
      g_assert_not_reached ();
    }
}

static void
write_task_row (KhXlsxContext *ctx, lxw_worksheet *sheet, lxw_row_t row,
                const Layout *layout, KhExportRow *task)
{
  KhXlsxFormats *f = &ctx->formats;
  char *texts[N_COLS] = { NULL };
  double height = 0;

  for (guint i = 0; i < layout->n_shown; i++)
    {
      texts[i] = cell_text (ctx->model, layout->shown[i], task);
      if (texts[i] != NULL)
        height = MAX (height, kh_xlsx_text_height (texts[i], layout->widths[i],
                                                   KH_XLSX_TABLE_PT, FALSE));
    }
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row, height, NULL));

  for (guint i = 0; i < layout->n_shown; i++)
    {
      Column column = layout->shown[i];
      gint64 budget = kh_node_get_budget_amount (task->node);

      if (column == COL_NO)
        kh_xlsx_check (ctx, worksheet_write_number (sheet, row, i, task->number, f->centre));
      else if (column == COL_BUDGET && budget != 0)
        kh_xlsx_check (ctx, worksheet_write_number (sheet, row, i, (double) budget, f->money));
      else
        kh_xlsx_write_text (ctx, sheet, row, i, texts[i],
                            column == COL_TIMELINE ? f->centre
                            : column == COL_BUDGET ? f->money : f->text);
      g_free (texts[i]);
    }
}

void
kh_xlsx_write_appendix (KhXlsxContext *ctx)
{
  KhExportModel *model = ctx->model;
  g_autofree char *heading = NULL;
  g_autofree char *title = NULL;
  lxw_worksheet *sheet;
  lxw_row_t header_row;
  lxw_row_t row;
  Layout layout;

  sheet = kh_xlsx_add_sheet (ctx, KH_EXPORT_TEXT_SHEET_APPENDIX);
  if (sheet == NULL)
    return;

  plan_layout (ctx, &layout);
  layout.table_width = kh_xlsx_set_widths (ctx, sheet, layout.widths, layout.n_shown);

  if (ctx->options->appendix_number > 0)
    {
      g_autofree char *roman = kh_numbering_roman (ctx->options->appendix_number);

      heading = g_strconcat (kh_export_text (model->language, KH_EXPORT_TEXT_APPENDIX),
                             " ", roman, NULL);
    }
  else
    heading = g_strdup (kh_export_text (model->language, KH_EXPORT_TEXT_APPENDIX));
  title = kh_export_text_appendix_title (model->plan, model->language);
  header_row = kh_xlsx_title_block (ctx, sheet, layout.n_shown - 1, layout.table_width,
                                    heading, title);

  write_header (ctx, sheet, header_row, &layout);
  row = header_row + 1;
  for (guint i = 0; i < model->rows->len; i++)
    {
      KhExportRow *task = g_ptr_array_index (model->rows, i);

      if (task->section_label != NULL)
        write_section_row (ctx, sheet, row++, &layout, task);
      write_task_row (ctx, sheet, row++, &layout, task);
    }

  /* On screen the header stays in view; on paper it heads every page,
   * and the table is scaled to one page wide (as many pages long as it
   * takes). */
  worksheet_freeze_panes (sheet, header_row + 1, 0);
  kh_xlsx_check (ctx, worksheet_repeat_rows (sheet, header_row, header_row));
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_activate (sheet);
}
