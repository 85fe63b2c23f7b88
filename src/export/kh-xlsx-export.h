/* kh-xlsx-export.h — the plan's appendix, assignment matrix and per-unit
 * lists as an .xlsx workbook (DESIGN §7), written with libxlsxwriter.
 *
 * The options are a plain struct so that the export dialog, the CLI and
 * the tests fill the same thing; kh_export_options_init gives what the
 * dialog shows first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_EXPORT_ERROR (kh_export_error_quark ())
GQuark kh_export_error_quark (void);

typedef enum {
  KH_EXPORT_ERROR_OPTIONS,         /* no sheet chosen */
  KH_EXPORT_ERROR_NOT_LOCAL,       /* the target is not a local file */
  KH_EXPORT_ERROR_NO_FOLDER,       /* the target's folder does not exist */
  KH_EXPORT_ERROR_IS_FOLDER,       /* the target is a folder */
  KH_EXPORT_ERROR_READ_ONLY,       /* the folder or the file cannot be written */
  KH_EXPORT_ERROR_BUSY,            /* the file is open in another program */
  KH_EXPORT_ERROR_NO_SPACE,        /* the disk is full */
  KH_EXPORT_ERROR_WRITE,           /* any other failure while writing */
} KhExportError;

typedef enum {
  KH_EXPORT_SHEET_APPENDIX = 1 << 0,  /* Phụ lục */
  KH_EXPORT_SHEET_MATRIX   = 1 << 1,  /* Ma trận phân công */
  KH_EXPORT_SHEET_UNITS    = 1 << 2,  /* Theo đơn vị */
} KhExportSheets;

#define KH_EXPORT_SHEETS_ALL \
  (KH_EXPORT_SHEET_APPENDIX | KH_EXPORT_SHEET_MATRIX | KH_EXPORT_SHEET_UNITS)

/* Optional columns of the appendix, after the five that are always there. */
typedef enum {
  KH_EXPORT_COLUMN_PRODUCTS = 1 << 0,  /* Sản phẩm */
  KH_EXPORT_COLUMN_BUDGET   = 1 << 1,  /* Kinh phí (and Nguồn kinh phí when a row has one) */
  KH_EXPORT_COLUMN_NOTES    = 1 << 2,  /* Ghi chú */
} KhExportColumns;

typedef enum {
  KH_EXPORT_LANGUAGE_PLAN,  /* the plan's document language */
  KH_EXPORT_LANGUAGE_VI,
  KH_EXPORT_LANGUAGE_EN,
} KhExportLanguage;

/* Section rows (I, II, … with the section's title) between the tasks. */
typedef enum {
  KH_EXPORT_SECTION_ROWS_AUTO,    /* only when the tasks come from more than one section */
  KH_EXPORT_SECTION_ROWS_ALWAYS,
  KH_EXPORT_SECTION_ROWS_NEVER,
} KhExportSectionRows;

typedef struct {
  KhExportSheets      sheets;
  /* FALSE: the appendix-marked tasks in the appendix order; TRUE: every
   * task of the plan in tree order. */
  gboolean            all_tasks;
  KhExportColumns     columns;
  /* Tasks numbered 1, 2, … through the whole table instead of restarting
   * at each section row. */
  gboolean            continuous_numbering;
  /* Several units in one cell: one a line instead of joined by "; ". */
  gboolean            units_on_new_lines;
  KhExportLanguage    language;
  KhExportSectionRows section_rows;
  /* The appendix's number: 1 prints "PHỤ LỤC I"; 0 prints "PHỤ LỤC". */
  guint               appendix_number;
} KhExportOptions;

/* All three sheets, appendix-marked tasks, no optional column, numbering
 * per section, units joined by "; ", the plan's language, appendix I. */
void     kh_export_options_init (KhExportOptions *options);

/* Writes the workbook to @file (a local file; ".xlsx" is not added).
 * The file is written to a temporary file beside it and renamed over
 * @file only when complete: on failure the folder holds what it held
 * before.  @plan is only read.  Errors are translated and name the file. */
gboolean kh_export_xlsx         (KhPlan                *plan,
                                 const KhExportOptions *options,
                                 GFile                 *file,
                                 GError               **error);

G_END_DECLS
