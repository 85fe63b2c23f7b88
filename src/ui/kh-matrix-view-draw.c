/* kh-matrix-view-draw.c — drawing the matrix grid.
 *
 * Only what the adjustments show is drawn: the cells of the visible rows
 * and columns, then the frozen row header, the column header (a band per
 * unit group above the short names, turned a quarter), the totals at the
 * bottom and the corners, every text a layout kept by
 * kh-matrix-view-text.c.  Colours come from the theme's named colours,
 * so the grid follows dark mode: a lead is a filled accent square, a
 * cooperating unit an outlined orange one, each with its letter, so
 * neither colour nor shape alone carries the role.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-matrix-view-private.h"

#include <adwaita.h>

typedef struct {
  GdkRGBA fg;
  GdkRGBA dim;          /* numbers, captions */
  GdkRGBA line;         /* grid lines */
  GdkRGBA strong_line;  /* header edges, group edges */
  GdkRGBA header_bg;    /* opaque: the frozen parts cover the grid */
  GdkRGBA section_bg;   /* opaque too */
  GdkRGBA group_tint;   /* every other group */
  GdkRGBA accent;
  GdkRGBA accent_fg;
  GdkRGBA cursor_tint;
  GdkRGBA cooperate;
  GdkRGBA cooperate_bg;
  GdkRGBA warning;
  gboolean focused;
} Palette;


/* Colours */

static void
mix (GdkRGBA       *out,
     const GdkRGBA *base,
     const GdkRGBA *over,
     double         amount)
{
  out->red = base->red + (over->red - base->red) * amount;
  out->green = base->green + (over->green - base->green) * amount;
  out->blue = base->blue + (over->blue - base->blue) * amount;
  out->alpha = 1;
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    gdk_rgba_parse (out, fallback);
}

static void
palette_init (KhMatrixView *self,
              Palette      *p)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA background;

  gtk_style_context_get_color (context, &p->fg);
  lookup (context, "view_bg_color", dark ? "#1e1e1e" : "#ffffff", &background);
  lookup (context, "accent_bg_color", "#3584e4", &p->accent);
  lookup (context, "accent_fg_color", "#ffffff", &p->accent_fg);
  lookup (context, "warning_color", dark ? "#f8e45c" : "#9c6e03", &p->warning);
  p->dim = p->fg, p->dim.alpha *= 0.65;
  p->line = p->fg, p->line.alpha *= 0.08;
  p->strong_line = p->fg, p->strong_line.alpha *= 0.18;
  p->group_tint = p->fg, p->group_tint.alpha *= 0.03;
  mix (&p->header_bg, &background, &p->fg, dark ? 0.06 : 0.035);
  mix (&p->section_bg, &background, &p->fg, dark ? 0.12 : 0.08);
  p->cursor_tint = p->accent, p->cursor_tint.alpha = dark ? 0.16 : 0.10;
  /* Orange beside blue: told apart by every common colour blindness. */
  gdk_rgba_parse (&p->cooperate, dark ? "#ffa348" : "#c64600");
  p->cooperate_bg = p->cooperate, p->cooperate_bg.alpha = dark ? 0.18 : 0.12;
  p->focused = gtk_widget_has_focus (GTK_WIDGET (self));
}

/* Primitives */

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           const GdkRGBA *color,
           double         x,
           double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* @layout centred vertically in a band from @top, @height high. */
static double
text_top (PangoLayout *layout,
          double       top,
          double       height)
{
  int text_height;

  pango_layout_get_pixel_size (layout, NULL, &text_height);
  return top + floor ((height - text_height) / 2);
}

/* A role's mark: a square with its letter, centred on (@cx, @cy). */
static void
draw_mark (KhMatrixView  *self,
           GtkSnapshot   *snapshot,
           const Palette *p,
           KhRole         role,
           double         cx,
           double         cy)
{
  const double size = KH_MATRIX_MARK_SIZE;
  PangoLayout *letter = _kh_matrix_view_mark_text (self, role);
  GskRoundedRect box;
  int width, height;

  gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2,
                                                              size, size), 4);
  pango_layout_get_pixel_size (letter, &width, &height);
  if (role == KH_ROLE_LEAD)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &box);
      gtk_snapshot_append_color (snapshot, &p->accent, &box.bounds);
      gtk_snapshot_pop (snapshot);
      draw_text (snapshot, letter, &p->accent_fg, cx - width / 2.0, cy - height / 2.0);
    }
  else
    {
      const float widths[4] = { 1.5, 1.5, 1.5, 1.5 };
      const GdkRGBA colors[4] = { p->cooperate, p->cooperate, p->cooperate, p->cooperate };

      gtk_snapshot_push_rounded_clip (snapshot, &box);
      gtk_snapshot_append_color (snapshot, &p->cooperate_bg, &box.bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &box, widths, colors);
      draw_text (snapshot, letter, &p->cooperate, cx - width / 2.0, cy - height / 2.0);
    }
}

static void
draw_outline (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              const GdkRGBA         *color,
              float                  width)
{
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };
  GskRoundedRect box;

  gsk_rounded_rect_init_from_rect (&box, rect, 3);
  gtk_snapshot_append_border (snapshot, &box, widths, colors);
}

static GdkPaintable *
warning_icon (KhMatrixView *self)
{
  if (self->warning_icon == NULL)
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

      self->warning_icon = GDK_PAINTABLE (gtk_icon_theme_lookup_icon (
        theme, "dialog-warning-symbolic", NULL, 16, gtk_widget_get_scale_factor (GTK_WIDGET (self)),
        gtk_widget_get_direction (GTK_WIDGET (self)), 0));
    }
  return self->warning_icon;
}

/* The parts */

typedef struct {
  graphene_rect_t cells;          /* the grid's part of the widget */
  double          x0, y0;         /* where column 0, row 0 would be */
  guint           first_row, end_row;
  guint           first_column, end_column;
  int             width, height;
} Frame;

static double
column_x (const Frame *f, guint column)
{
  return f->x0 + column * (double) KH_MATRIX_CELL_WIDTH;
}

static double
row_y (const Frame *f, guint row)
{
  return f->y0 + row * (double) KH_MATRIX_ROW_HEIGHT;
}

static gboolean
is_section (KhMatrixView *self, guint row)
{
  return kh_matrix_get_row_kind (self->matrix, row) == KH_MATRIX_ROW_SECTION;
}

/* Every other group shaded, from @top down @height, and its edges. */
static void
draw_group_shading (KhMatrixView  *self,
                    GtkSnapshot   *snapshot,
                    const Palette *p,
                    const Frame   *f,
                    double         top,
                    double         height)
{
  guint first_group = kh_matrix_get_column_group (self->matrix, f->first_column);
  guint last_group = kh_matrix_get_column_group (self->matrix, f->end_column - 1);

  for (guint g = first_group; g <= last_group; g++)
    {
      guint first, n;

      kh_matrix_get_group_span (self->matrix, g, &first, &n);
      if (g % 2 == 1)
        fill (snapshot, &p->group_tint, column_x (f, first), top, n * KH_MATRIX_CELL_WIDTH, height);
      if (g > 0)
        fill (snapshot, &p->strong_line, column_x (f, first), top, 1, height);
    }
}

static void
draw_cells (KhMatrixView  *self,
            GtkSnapshot   *snapshot,
            const Palette *p,
            const Frame   *f)
{
  double bottom = MIN (row_y (f, f->end_row), f->cells.origin.y + f->cells.size.height);
  double right = MIN (column_x (f, f->end_column), f->width);
  double left = f->cells.origin.x, top = f->cells.origin.y;

  gtk_snapshot_push_clip (snapshot, &f->cells);

  draw_group_shading (self, snapshot, p, f, top, bottom - top);
  if (self->has_cursor)
    {
      fill (snapshot, &p->cursor_tint, column_x (f, self->cursor_column), top,
            KH_MATRIX_CELL_WIDTH, bottom - top);
      fill (snapshot, &p->cursor_tint, left, row_y (f, self->cursor_row),
            right - left, KH_MATRIX_ROW_HEIGHT);
    }

  /* Lines first, one rectangle each, then the marks over them. */
  for (guint c = f->first_column + 1; c <= f->end_column; c++)
    fill (snapshot, &p->line, column_x (f, c), top, 1, bottom - top);
  for (guint r = f->first_row; r < f->end_row; r++)
    {
      double y = row_y (f, r);

      if (is_section (self, r))
        fill (snapshot, &p->section_bg, left, y, right - left, KH_MATRIX_ROW_HEIGHT);
      fill (snapshot, &p->line, left, y + KH_MATRIX_ROW_HEIGHT - 1, right - left, 1);
    }

  for (guint r = f->first_row; r < f->end_row; r++)
    {
      double cy = row_y (f, r) + KH_MATRIX_ROW_HEIGHT / 2.0;

      if (is_section (self, r))
        continue;
      for (guint c = f->first_column; c < f->end_column; c++)
        {
          KhRole role = kh_matrix_get_role (self->matrix, r, c);

          if (role != KH_ROLE_NONE)
            draw_mark (self, snapshot, p, role, column_x (f, c) + KH_MATRIX_CELL_WIDTH / 2.0 + 0.5, cy);
        }
    }

  if (self->has_cursor && !is_section (self, self->cursor_row))
    draw_outline (snapshot,
                  &GRAPHENE_RECT_INIT (column_x (f, self->cursor_column) + 1,
                                       row_y (f, self->cursor_row) + 1,
                                       KH_MATRIX_CELL_WIDTH - 1, KH_MATRIX_ROW_HEIGHT - 2),
                  p->focused ? &p->accent : &p->dim, p->focused ? 2 : 1);

  gtk_snapshot_pop (snapshot);
}

static void
draw_row_header (KhMatrixView  *self,
                 GtkSnapshot   *snapshot,
                 const Palette *p,
                 const Frame   *f)
{
  double right = f->cells.origin.x;
  double leads_x = right - KH_MATRIX_LEADS_WIDTH;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, f->cells.origin.y, f->width,
                                                         f->cells.size.height));
  fill (snapshot, &p->header_bg, 0, f->cells.origin.y, right, f->cells.size.height);
  for (guint r = f->first_row; r < f->end_row; r++)
    {
      KhMatrixRowText *text = _kh_matrix_view_row_text (self, r);
      double y = row_y (f, r);

      if (is_section (self, r))
        {
          /* The heading spans the grid too, over the band drawn there. */
          fill (snapshot, &p->section_bg, 0, y, right, KH_MATRIX_ROW_HEIGHT);
          draw_text (snapshot, text->title, &p->fg, 10, text_top (text->title, y, KH_MATRIX_ROW_HEIGHT));
          fill (snapshot, &p->line, 0, y + KH_MATRIX_ROW_HEIGHT - 1, right, 1);
          continue;
        }
      if (self->has_cursor && r == self->cursor_row)
        {
          fill (snapshot, &p->cursor_tint, 0, y, right, KH_MATRIX_ROW_HEIGHT);
          fill (snapshot, &p->accent, 0, y, 3, KH_MATRIX_ROW_HEIGHT);
        }
      draw_text (snapshot, text->label, &p->dim, 10, text_top (text->label, y, KH_MATRIX_ROW_HEIGHT));
      draw_text (snapshot, text->title, &p->fg, KH_MATRIX_LABEL_WIDTH,
                 text_top (text->title, y, KH_MATRIX_ROW_HEIGHT));
      if (kh_matrix_row_has_no_lead (self->matrix, r))
        {
          GdkPaintable *icon = warning_icon (self);
          GdkRGBA colors[4] = { p->warning, p->fg, p->warning, p->fg };

          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot,
                                  &GRAPHENE_POINT_INIT (leads_x + (KH_MATRIX_LEADS_WIDTH - 16) / 2,
                                                        y + (KH_MATRIX_ROW_HEIGHT - 16) / 2));
          gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                                    16, 16, colors, G_N_ELEMENTS (colors));
          gtk_snapshot_restore (snapshot);
        }
      else
        {
          int width;

          pango_layout_get_pixel_size (text->leads, &width, NULL);
          draw_text (snapshot, text->leads, &p->dim, leads_x + (KH_MATRIX_LEADS_WIDTH - width) / 2,
                     text_top (text->leads, y, KH_MATRIX_ROW_HEIGHT));
        }
      fill (snapshot, &p->line, 0, y + KH_MATRIX_ROW_HEIGHT - 1, right, 1);
    }
  fill (snapshot, &p->line, leads_x, f->cells.origin.y, 1, f->cells.size.height);
  fill (snapshot, &p->strong_line, right - 1, f->cells.origin.y, 1, f->cells.size.height);
  gtk_snapshot_pop (snapshot);
}

static void
draw_column_header (KhMatrixView  *self,
                    GtkSnapshot   *snapshot,
                    const Palette *p,
                    const Frame   *f)
{
  double left = f->cells.origin.x, header = f->cells.origin.y;
  guint first_group, last_group;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (left, 0, f->width - left, header));
  fill (snapshot, &p->header_bg, left, 0, f->width - left, header);
  if (f->first_column < f->end_column)
    {
      draw_group_shading (self, snapshot, p, f, 0, header);
      if (self->has_cursor)
        fill (snapshot, &p->cursor_tint, column_x (f, self->cursor_column), KH_MATRIX_GROUP_HEIGHT,
              KH_MATRIX_CELL_WIDTH, header - KH_MATRIX_GROUP_HEIGHT);

      /* Group names stay in sight while their group does. */
      first_group = kh_matrix_get_column_group (self->matrix, f->first_column);
      last_group = kh_matrix_get_column_group (self->matrix, f->end_column - 1);
      for (guint g = first_group; g <= last_group; g++)
        {
          PangoLayout *name = _kh_matrix_view_group_text (self, g);
          guint first, n;
          double x, end;

          kh_matrix_get_group_span (self->matrix, g, &first, &n);
          x = MAX (column_x (f, first), left) + 6;
          end = MIN (column_x (f, first + n), f->width) - 4;
          /* A bare "…" says nothing: the tooltip names narrow groups. */
          if (end - x < 40)
            continue;
          pango_layout_set_width (name, (int) (end - x) * PANGO_SCALE);
          draw_text (snapshot, name, &p->fg, x, text_top (name, 0, KH_MATRIX_GROUP_HEIGHT));
        }

      /* Short names read upwards from the bottom of the header. */
      for (guint c = f->first_column; c < f->end_column; c++)
        {
          PangoLayout *name = _kh_matrix_view_column_text (self, c)->name;
          int height;

          pango_layout_get_pixel_size (name, NULL, &height);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot,
                                  &GRAPHENE_POINT_INIT (column_x (f, c) + (KH_MATRIX_CELL_WIDTH - height) / 2.0,
                                                        header - 8));
          gtk_snapshot_rotate (snapshot, -90);
          gtk_snapshot_append_layout (snapshot, name, &p->fg);
          gtk_snapshot_restore (snapshot);
          fill (snapshot, &p->line, column_x (f, c + 1), KH_MATRIX_GROUP_HEIGHT, 1,
                header - KH_MATRIX_GROUP_HEIGHT);
        }
    }
  fill (snapshot, &p->line, left, KH_MATRIX_GROUP_HEIGHT - 1, f->width - left, 1);
  fill (snapshot, &p->strong_line, left, header - 1, f->width - left, 1);
  gtk_snapshot_pop (snapshot);
}

static void
draw_totals (KhMatrixView  *self,
             GtkSnapshot   *snapshot,
             const Palette *p,
             const Frame   *f)
{
  double left = f->cells.origin.x;
  double top = f->cells.origin.y + f->cells.size.height;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (left, top, f->width - left, f->height - top));
  fill (snapshot, &p->header_bg, left, top, f->width - left, f->height - top);
  if (f->first_column < f->end_column)
    draw_group_shading (self, snapshot, p, f, top, f->height - top);
  for (guint c = f->first_column; c < f->end_column; c++)
    {
      KhMatrixColumnText *text = _kh_matrix_view_column_text (self, c);
      PangoLayout *layouts[2] = { text->leads, text->cooperations };

      for (guint i = 0; i < 2; i++)
        {
          int width;
          double y = top + i * KH_MATRIX_TOTAL_HEIGHT;

          pango_layout_get_pixel_size (layouts[i], &width, NULL);
          draw_text (snapshot, layouts[i],
                     g_str_equal (pango_layout_get_text (layouts[i]), "0") ? &p->dim : &p->fg,
                     column_x (f, c) + (KH_MATRIX_CELL_WIDTH - width) / 2.0,
                     text_top (layouts[i], y, KH_MATRIX_TOTAL_HEIGHT));
        }
      fill (snapshot, &p->line, column_x (f, c + 1), top, 1, f->height - top);
    }
  fill (snapshot, &p->line, left, top + KH_MATRIX_TOTAL_HEIGHT, f->width - left, 1);
  fill (snapshot, &p->strong_line, left, top, f->width - left, 1);
  gtk_snapshot_pop (snapshot);
}

/* Top left: the legend and the row header's captions; bottom left: what
 * the totals count. */
static void
draw_corners (KhMatrixView  *self,
              GtkSnapshot   *snapshot,
              const Palette *p,
              const Frame   *f)
{
  double right = f->cells.origin.x, header = f->cells.origin.y;
  double footer = f->cells.origin.y + f->cells.size.height;
  double x = 10, mid = KH_MATRIX_GROUP_HEIGHT / 2.0;
  PangoLayout *caption;
  int width, height;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, right, f->height));
  fill (snapshot, &p->header_bg, 0, 0, right, header);
  fill (snapshot, &p->header_bg, 0, footer, right, f->height - footer);

  for (KhRole role = KH_ROLE_LEAD; role <= KH_ROLE_COOPERATE; role++)
    {
      caption = _kh_matrix_view_corner_text (self, role == KH_ROLE_LEAD ? KH_MATRIX_CORNER_LEGEND_LEAD
                                                        : KH_MATRIX_CORNER_LEGEND_COOPERATE);
      draw_mark (self, snapshot, p, role, x + KH_MATRIX_MARK_SIZE / 2.0, mid + 1);
      x += KH_MATRIX_MARK_SIZE + 6;
      draw_text (snapshot, caption, &p->fg, x, text_top (caption, 1, KH_MATRIX_GROUP_HEIGHT));
      pango_layout_get_pixel_size (caption, &width, NULL);
      x += width + 16;
    }

  caption = _kh_matrix_view_corner_text (self, KH_MATRIX_CORNER_TASK);
  pango_layout_get_pixel_size (caption, NULL, &height);
  draw_text (snapshot, caption, &p->dim, 10, header - height - 6);
  caption = _kh_matrix_view_corner_text (self, KH_MATRIX_CORNER_LEADS);
  pango_layout_get_pixel_size (caption, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (right - KH_MATRIX_LEADS_WIDTH + (KH_MATRIX_LEADS_WIDTH - height) / 2.0,
                                                header - 8));
  gtk_snapshot_rotate (snapshot, -90);
  gtk_snapshot_append_layout (snapshot, caption, &p->dim);
  gtk_snapshot_restore (snapshot);

  caption = _kh_matrix_view_corner_text (self, KH_MATRIX_CORNER_TOTALS);
  pango_layout_get_pixel_size (caption, &width, NULL);
  draw_text (snapshot, caption, &p->dim, 10, text_top (caption, footer, 2 * KH_MATRIX_TOTAL_HEIGHT));
  for (KhRole role = KH_ROLE_LEAD; role <= KH_ROLE_COOPERATE; role++)
    draw_mark (self, snapshot, p, role, right - 16,
               footer + (role - 0.5) * KH_MATRIX_TOTAL_HEIGHT);

  fill (snapshot, &p->line, right - KH_MATRIX_LEADS_WIDTH, KH_MATRIX_GROUP_HEIGHT,
        1, header - KH_MATRIX_GROUP_HEIGHT);
  fill (snapshot, &p->line, 0, KH_MATRIX_GROUP_HEIGHT - 1, right, 1);
  fill (snapshot, &p->strong_line, 0, header - 1, f->width, 1);
  fill (snapshot, &p->strong_line, 0, footer, f->width, 1);
  fill (snapshot, &p->strong_line, right - 1, 0, 1, f->height);
  gtk_snapshot_pop (snapshot);
}

void
_kh_matrix_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KhMatrixView *self = KH_MATRIX_VIEW (widget);
  Palette p;
  Frame f;

  if (self->matrix == NULL)
    return;
  palette_init (self, &p);
  f.width = gtk_widget_get_width (widget);
  f.height = gtk_widget_get_height (widget);
  _kh_matrix_view_cells_area (self, &f.cells);
  f.x0 = f.cells.origin.x - (self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0);
  f.y0 = f.cells.origin.y - (self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0);
  _kh_matrix_view_visible_rows (self, &f.first_row, &f.end_row);
  _kh_matrix_view_visible_columns (self, &f.first_column, &f.end_column);

  if (f.first_column < f.end_column)
    draw_cells (self, snapshot, &p, &f);
  draw_row_header (self, snapshot, &p, &f);
  draw_column_header (self, snapshot, &p, &f);
  draw_totals (self, snapshot, &p, &f);
  draw_corners (self, snapshot, &p, &f);
  _kh_matrix_view_trim_row_texts (self, f.first_row, f.end_row);
}
