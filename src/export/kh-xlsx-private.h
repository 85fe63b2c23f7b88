/* kh-xlsx-private.h — what the sheet writers of the xlsx export share.
 *
 * The workbook is written in libxlsxwriter's constant-memory mode, so
 * every sheet writes its rows strictly top to bottom: memory stays flat
 * however large the plan (a 5,000 × 300 matrix is 1.5 million cells).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <xlsxwriter.h>

#include "kh-export-model.h"
#include "kh-export-text.h"

G_BEGIN_DECLS

/* Times New Roman sizes: headings above the table, the table itself. */
#define KH_XLSX_HEADING_PT 13.0
#define KH_XLSX_TABLE_PT   12.0

/* Made once per workbook (libxlsxwriter owns them). */
typedef struct {
  lxw_format *heading;         /* 13 bold, centred: PHỤ LỤC I and the title */
  lxw_format *heading_left;    /* the same, left: titles too wide to centre */
  lxw_format *subheading;      /* 13 italic, centred: (Kèm theo …) */
  lxw_format *legend;          /* 12 italic, left */
  lxw_format *header;          /* 12 bold, centred, bordered, wrapped */
  lxw_format *header_rotated;  /* the same, turned 90° (unit names) */
  lxw_format *header_upper;    /* a header over two rows: its upper half (no bottom border) */
  lxw_format *header_lower;    /* … and its lower half, which holds the text */
  lxw_format *text;            /* 12, top, wrapped, bordered */
  lxw_format *centre;          /* the same, centred (STT, marks) */
  lxw_format *money;           /* the same, right, #,##0 */
  lxw_format *bold;            /* section and unit rows */
  lxw_format *bold_centre;
  lxw_format *bold_italic;     /* "Nhiệm vụ chủ trì" in the by-unit sheet */
} KhXlsxFormats;

typedef struct {
  KhExportModel         *model;
  const KhExportOptions *options;
  lxw_workbook          *workbook;
  KhXlsxFormats          formats;
  lxw_error              status;   /* the first libxlsxwriter failure */
} KhXlsxContext;

/* Keeps the first failure of a libxlsxwriter call; later calls go on
 * harmlessly and the export reports that one. */
static inline void
kh_xlsx_check (KhXlsxContext *ctx, lxw_error error)
{
  if (error != LXW_NO_ERROR && ctx->status == LXW_NO_ERROR)
    ctx->status = error;
}

void           kh_xlsx_formats_init (KhXlsxContext *ctx);

/* A new sheet named in the document language, A4 landscape, Decree 30
 * margins, page number in the footer; NULL (and ctx->status set) if the
 * workbook refuses it. */
lxw_worksheet *kh_xlsx_add_sheet    (KhXlsxContext  *ctx,
                                     KhExportTextId  name);

/* Sets the widths of columns from @widths (in characters) and returns
 * their sum. */
double         kh_xlsx_set_widths   (KhXlsxContext  *ctx,
                                     lxw_worksheet  *sheet,
                                     const double   *widths,
                                     guint           n_columns);

/* The width of @text on one line, in column width units (characters of
 * the default font), in Times New Roman of @size. */
double         kh_xlsx_text_width   (const char     *text,
                                     double          size,
                                     gboolean        bold);

/* The height in points a row needs to show @text wrapped in a column
 * @width characters wide, in Times New Roman of @size.  Rows get explicit
 * heights because spreadsheet programs do not fit rows when they open a
 * file (LibreOffice) or never fit merged cells (Excel). */
double         kh_xlsx_text_height  (const char     *text,
                                     double          width,
                                     double          size,
                                     gboolean        bold);

/* @text as a string, never a formula (a title "=1+1" stays text), or a
 * blank cell with @format's borders when @text is NULL or empty. */
void           kh_xlsx_write_text   (KhXlsxContext  *ctx,
                                     lxw_worksheet  *sheet,
                                     lxw_row_t       row,
                                     lxw_col_t       col,
                                     const char     *text,
                                     lxw_format     *format);

/* @text in a row merged over columns @first…@last, tall enough for it. */
void           kh_xlsx_merged_row   (KhXlsxContext  *ctx,
                                     lxw_worksheet  *sheet,
                                     lxw_row_t       row,
                                     lxw_col_t       first,
                                     lxw_col_t       last,
                                     const char     *text,
                                     lxw_format     *format,
                                     double          width,
                                     double          size,
                                     gboolean        bold);

/* The title lines above a table: @heading (bold, maybe NULL), @title (bold
 * capitals), then the italic "(Kèm theo …)" line when the plan has a
 * number or a date, then a blank row.  Returns the next free row. */
lxw_row_t      kh_xlsx_title_block  (KhXlsxContext  *ctx,
                                     lxw_worksheet  *sheet,
                                     lxw_col_t       last_col,
                                     double          width,
                                     const char     *heading,
                                     const char     *title);

void           kh_xlsx_write_appendix (KhXlsxContext *ctx);
void           kh_xlsx_write_matrix   (KhXlsxContext *ctx);
void           kh_xlsx_write_units    (KhXlsxContext *ctx);

G_END_DECLS
