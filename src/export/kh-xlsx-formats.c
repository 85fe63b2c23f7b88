/* kh-xlsx-formats.c — the look the sheets share: formats, page set-up,
 * title lines and row heights.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-xlsx-private.h"

/* Decree 30/2020, Appendix I: top and bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm; libxlsxwriter takes inches. */
#define MM(x) ((x) / 25.4)
#define MARGIN_TOP    MM (20.0)
#define MARGIN_BOTTOM MM (20.0)
#define MARGIN_LEFT   MM (30.0)
#define MARGIN_RIGHT  MM (15.0)
#define PAPER_A4      9

static lxw_format *
new_format (KhXlsxContext *ctx,
            double         size,
            gboolean       bold,
            gboolean       italic,
            gboolean       bordered,
            uint8_t        align)
{
  lxw_format *format = workbook_add_format (ctx->workbook);

  format_set_font_name (format, "Times New Roman");
  format_set_font_size (format, size);
  if (bold)
    format_set_bold (format);
  if (italic)
    format_set_italic (format);
  if (bordered)
    format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, align);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (format);
  return format;
}

void
kh_xlsx_formats_init (KhXlsxContext *ctx)
{
  KhXlsxFormats *f = &ctx->formats;
  const double h = KH_XLSX_HEADING_PT, t = KH_XLSX_TABLE_PT;

  f->heading        = new_format (ctx, h, TRUE, FALSE, FALSE, LXW_ALIGN_CENTER);
  f->heading_left   = new_format (ctx, h, TRUE, FALSE, FALSE, LXW_ALIGN_LEFT);
  f->subheading     = new_format (ctx, h, FALSE, TRUE, FALSE, LXW_ALIGN_CENTER);
  f->legend         = new_format (ctx, t, FALSE, TRUE, FALSE, LXW_ALIGN_LEFT);
  f->header         = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_CENTER);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_CENTER);
  f->header_rotated = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_CENTER);
  format_set_align (f->header_rotated, LXW_ALIGN_VERTICAL_CENTER);
  format_set_rotation (f->header_rotated, 90);
  /* Two cells that look like one: constant-memory mode cannot merge down
   * two columns side by side. */
  f->header_upper   = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_CENTER);
  format_set_bottom (f->header_upper, LXW_BORDER_NONE);
  f->header_lower   = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_CENTER);
  format_set_top (f->header_lower, LXW_BORDER_NONE);
  format_set_align (f->header_lower, LXW_ALIGN_VERTICAL_CENTER);
  f->text           = new_format (ctx, t, FALSE, FALSE, TRUE, LXW_ALIGN_LEFT);
  f->centre         = new_format (ctx, t, FALSE, FALSE, TRUE, LXW_ALIGN_CENTER);
  f->money          = new_format (ctx, t, FALSE, FALSE, TRUE, LXW_ALIGN_RIGHT);
  format_set_num_format (f->money, "#,##0");
  f->bold           = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_LEFT);
  f->bold_centre    = new_format (ctx, t, TRUE, FALSE, TRUE, LXW_ALIGN_CENTER);
  f->bold_italic    = new_format (ctx, t, TRUE, TRUE, TRUE, LXW_ALIGN_LEFT);
}

lxw_worksheet *
kh_xlsx_add_sheet (KhXlsxContext  *ctx,
                   KhExportTextId  name)
{
  lxw_worksheet *sheet;

  sheet = workbook_add_worksheet (ctx->workbook, kh_export_text (ctx->model->language, name));
  if (sheet == NULL)
    {
      kh_xlsx_check (ctx, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return NULL;
    }

  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_set_landscape (sheet);
  worksheet_set_margins (sheet, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
  /* The page number, centred, in the document's font. */
  kh_xlsx_check (ctx, worksheet_set_footer (sheet, "&C&\"Times New Roman,Regular\"&12&P"));
  return sheet;
}

double
kh_xlsx_set_widths (KhXlsxContext *ctx,
                    lxw_worksheet *sheet,
                    const double  *widths,
                    guint          n_columns)
{
  double total = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      kh_xlsx_check (ctx, worksheet_set_column (sheet, i, i, widths[i], NULL));
      total += widths[i];
    }
  return total;
}

/* The width of @c in em of Times New Roman, roughly: enough to tell how
 * a cell's text wraps. */
static double
glyph_em (gunichar c)
{
  if (c == ' ')
    return 0.25;
  if (g_unichar_isdigit (c))
    return 0.5;
  if (g_unichar_isupper (c))
    return c == 'M' || c == 'W' ? 0.86 : 0.64;
  if (g_unichar_islower (c))
    return c == 'm' || c == 'w' ? 0.75 : (c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'r') ? 0.3 : 0.44;
  return 0.4;
}

/* Lines @paragraph takes in @avail pixels, wrapping at spaces as
 * spreadsheet programs do (a word longer than a line is broken). */
static guint
count_lines (const char *paragraph, double avail, double px_per_em)
{
  guint lines = 1;
  double line = 0, word = 0;

  for (const char *p = paragraph; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\0')
        {
          if (line > 0 && line + word > avail)
            {
              lines++;
              line = 0;
            }
          while (word > avail)
            {
              lines++;
              word -= avail;
            }
          line += word;
          word = 0;
          if (c == '\0')
            break;
          line += glyph_em (c) * px_per_em;
        }
      else
        word += glyph_em (c) * px_per_em;
    }
  return lines;
}

double
kh_xlsx_text_width (const char *text,
                    double      size,
                    gboolean    bold)
{
  double px_per_em = size * 96.0 / 72.0 * (bold ? 1.06 : 1.0);
  double px = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    px += glyph_em (g_utf8_get_char (p)) * px_per_em;
  return (px + 6.0) / 7.0;
}

double
kh_xlsx_text_height (const char *text,
                     double      width,
                     double      size,
                     gboolean    bold)
{
  /* A width unit is a "0" of the default font, 7 px, plus 5 px of
   * padding per column; 96 px to the inch.  Bold letters are wider. */
  double avail = width * 7.0 + 5.0 - 6.0;
  double px_per_em = size * 96.0 / 72.0 * (bold ? 1.06 : 1.0);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  guint lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += count_lines (paragraphs[i], avail, px_per_em);
  /* Vietnamese stacks two marks on a letter: a line needs 1.3 em. */
  return MAX (1, lines) * size * 1.3 + 2.0;
}

void
kh_xlsx_write_text (KhXlsxContext *ctx,
                    lxw_worksheet *sheet,
                    lxw_row_t      row,
                    lxw_col_t      col,
                    const char    *text,
                    lxw_format    *format)
{
  if (text != NULL && text[0] != '\0')
    kh_xlsx_check (ctx, worksheet_write_string (sheet, row, col, text, format));
  else
    kh_xlsx_check (ctx, worksheet_write_blank (sheet, row, col, format));
}

void
kh_xlsx_merged_row (KhXlsxContext *ctx,
                    lxw_worksheet *sheet,
                    lxw_row_t      row,
                    lxw_col_t      first,
                    lxw_col_t      last,
                    const char    *text,
                    lxw_format    *format,
                    double         width,
                    double         size,
                    gboolean       bold)
{
  double height = kh_xlsx_text_height (text, width, size, bold);

  kh_xlsx_check (ctx, worksheet_set_row (sheet, row, height, NULL));
  if (last > first)
    kh_xlsx_check (ctx, worksheet_merge_range (sheet, row, first, row, last, text, format));
  else
    kh_xlsx_check (ctx, worksheet_write_string (sheet, row, first, text, format));
}

lxw_row_t
kh_xlsx_title_block (KhXlsxContext *ctx,
                     lxw_worksheet *sheet,
                     lxw_col_t      last_col,
                     double         width,
                     const char    *heading,
                     const char    *title)
{
  KhXlsxFormats *f = &ctx->formats;
  g_autofree char *attached = kh_export_text_attached_line (ctx->model->plan,
                                                            ctx->model->language);
  lxw_row_t row = 0;

  if (heading != NULL)
    kh_xlsx_merged_row (ctx, sheet, row++, 0, last_col, heading, f->heading,
                        width, KH_XLSX_HEADING_PT, TRUE);
  kh_xlsx_merged_row (ctx, sheet, row++, 0, last_col, title, f->heading,
                      width, KH_XLSX_HEADING_PT, TRUE);
  if (attached != NULL)
    kh_xlsx_merged_row (ctx, sheet, row++, 0, last_col, attached, f->subheading,
                        width, KH_XLSX_HEADING_PT, FALSE);
  /* A blank line between the titles and the table. */
  kh_xlsx_check (ctx, worksheet_set_row (sheet, row++, 9.0, NULL));
  return row;
}
