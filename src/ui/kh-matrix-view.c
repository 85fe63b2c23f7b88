/* kh-matrix-view.c — the assignment matrix as one scrollable grid.
 *
 * No widget per cell: the grid draws what the adjustments show
 * (kh-matrix-view-draw.c) and works out from the matrix's counts where
 * everything is.  The matrix's signals say precisely what changed, so a
 * cell edit only redraws; rows or columns changing re-allocate to resize
 * the scroll range.  The cursor follows its task and unit across those
 * changes, as it would if the rows were widgets.  Keys, clicks and
 * tooltips are in kh-matrix-view-input.c, the texts in
 * kh-matrix-view-text.c.
 *
 * SHORTCUTS (while the grid has the focus; bound in kh-matrix-view-input.c):
 *   Arrows              matrix.move-*            move the cursor (skipping
 *                                                section rows)
 *   Home / End          matrix.move-row-start/-end   first / last unit
 *   Ctrl+Home / End     matrix.move-first/-last  first / last task
 *   Page Up / Down      matrix.move-page-up/-down
 *   Space, Enter        matrix.cycle             none → lead → cooperating → none
 *   L (or the lead mark shown, "C" in Vietnamese)        matrix.set-lead
 *   C (or the cooperating mark shown, "P" in Vietnamese) matrix.set-cooperating
 *   Delete, BackSpace   matrix.clear
 * The letters go through a key controller, not bindings: the marks shown
 * win over the English letters when they clash ("C" leads in Vietnamese).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-matrix-view-private.h"

#include <glib/gi18n.h>

enum {
  PROP_0,
  PROP_MATRIX,
  PROP_HISTORY,
  PROP_CURSOR_NODE,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static void kh_matrix_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KhMatrixView, kh_matrix_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      kh_matrix_view_scrollable_init))

guint
_kh_matrix_view_n_rows (KhMatrixView *self)
{
  return self->matrix != NULL ? kh_matrix_get_n_rows (self->matrix) : 0;
}

guint
_kh_matrix_view_n_columns (KhMatrixView *self)
{
  return self->matrix != NULL ? kh_matrix_get_n_columns (self->matrix) : 0;
}

gboolean
_kh_matrix_view_is_task_row (KhMatrixView *self,
                             guint         row)
{
  return row < _kh_matrix_view_n_rows (self)
      && kh_matrix_get_row_kind (self->matrix, row) == KH_MATRIX_ROW_TASK;
}

/* Geometry */

int
_kh_matrix_view_header_height (KhMatrixView *self)
{
  if (!self->names_measured)
    {
      self->names_height = _kh_matrix_view_measure_names (self);
      self->names_measured = TRUE;
    }
  return KH_MATRIX_GROUP_HEIGHT + self->names_height;
}

int
_kh_matrix_view_footer_height (KhMatrixView *self)
{
  return 2 * KH_MATRIX_TOTAL_HEIGHT;
}

static double
adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

static void
cells_area_for_size (KhMatrixView    *self,
                     int              width,
                     int              height,
                     graphene_rect_t *area)
{
  int top = _kh_matrix_view_header_height (self);

  graphene_rect_init (area, self->row_header_width, top,
                      MAX (0, width - self->row_header_width),
                      MAX (0, height - top - _kh_matrix_view_footer_height (self)));
}

void
_kh_matrix_view_cells_area (KhMatrixView    *self,
                            graphene_rect_t *area)
{
  cells_area_for_size (self, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), area);
}

void
_kh_matrix_view_visible_rows (KhMatrixView *self,
                              guint        *first,
                              guint        *end)
{
  graphene_rect_t area;
  double top = adjustment_value (self->vadjustment);

  _kh_matrix_view_cells_area (self, &area);
  *first = MIN (_kh_matrix_view_n_rows (self), (guint) (top / KH_MATRIX_ROW_HEIGHT));
  *end = MIN (_kh_matrix_view_n_rows (self),
              (guint) ((top + area.size.height) / KH_MATRIX_ROW_HEIGHT) + 1);
}

void
_kh_matrix_view_visible_columns (KhMatrixView *self,
                                 guint        *first,
                                 guint        *end)
{
  graphene_rect_t area;
  double left = adjustment_value (self->hadjustment);

  _kh_matrix_view_cells_area (self, &area);
  *first = MIN (_kh_matrix_view_n_columns (self), (guint) (left / KH_MATRIX_CELL_WIDTH));
  *end = MIN (_kh_matrix_view_n_columns (self),
              (guint) ((left + area.size.width) / KH_MATRIX_CELL_WIDTH) + 1);
}

KhMatrixArea
_kh_matrix_view_hit (KhMatrixView *self,
                     double        x,
                     double        y,
                     guint        *row,
                     guint        *column)
{
  graphene_rect_t area;
  double content_x, content_y;
  gboolean in_columns, in_rows;

  _kh_matrix_view_cells_area (self, &area);
  content_x = x - area.origin.x + adjustment_value (self->hadjustment);
  content_y = y - area.origin.y + adjustment_value (self->vadjustment);
  in_columns = x >= area.origin.x && content_x >= 0
            && content_x < _kh_matrix_view_n_columns (self) * KH_MATRIX_CELL_WIDTH;
  in_rows = y >= area.origin.y && y < area.origin.y + area.size.height && content_y >= 0
         && content_y < _kh_matrix_view_n_rows (self) * KH_MATRIX_ROW_HEIGHT;
  *row = in_rows ? (guint) (content_y / KH_MATRIX_ROW_HEIGHT) : 0;
  *column = in_columns ? (guint) (content_x / KH_MATRIX_CELL_WIDTH) : 0;

  if (x < area.origin.x)
    {
      if (!in_rows)
        return y < area.origin.y ? KH_MATRIX_AREA_CORNER : KH_MATRIX_AREA_NONE;
      return x >= area.origin.x - KH_MATRIX_LEADS_WIDTH ? KH_MATRIX_AREA_LEADS
                                                        : KH_MATRIX_AREA_ROW_HEADER;
    }
  if (!in_columns)
    return KH_MATRIX_AREA_NONE;
  if (y < KH_MATRIX_GROUP_HEIGHT)
    return KH_MATRIX_AREA_GROUP;
  if (y < area.origin.y)
    return KH_MATRIX_AREA_COLUMN_HEADER;
  if (y >= area.origin.y + area.size.height)
    return KH_MATRIX_AREA_TOTALS;
  return in_rows ? KH_MATRIX_AREA_CELL : KH_MATRIX_AREA_NONE;
}

/* Scrolling */

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page,
                      double         step)
{
  if (adjustment == NULL)
    return;
  page = MAX (page, 0);
  gtk_adjustment_configure (adjustment,
                            CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, upper - page)),
                            0, MAX (upper, page), step, MAX (step, page * 0.9), page);
}

/* Scrolls the cursor into @area, the grid's part of the widget. */
static void
scroll_to_cursor_in (KhMatrixView          *self,
                     const graphene_rect_t *area_)
{
  graphene_rect_t area = *area_;
  double top, left;

  if (!self->has_cursor)
    return;
  if (area.size.height <= 0 || area.size.width <= 0
      || self->hadjustment == NULL || self->vadjustment == NULL)
    {
      self->scroll_pending = TRUE;
      return;
    }
  self->scroll_pending = FALSE;

  /* Show the section heading above a task as well when there is room. */
  top = self->cursor_row * KH_MATRIX_ROW_HEIGHT;
  if (self->cursor_row > 0 && !_kh_matrix_view_is_task_row (self, self->cursor_row - 1))
    top -= KH_MATRIX_ROW_HEIGHT;
  if (top < gtk_adjustment_get_value (self->vadjustment))
    gtk_adjustment_set_value (self->vadjustment, top);
  else if ((self->cursor_row + 1) * KH_MATRIX_ROW_HEIGHT
           > gtk_adjustment_get_value (self->vadjustment) + area.size.height)
    gtk_adjustment_set_value (self->vadjustment,
                              (self->cursor_row + 1) * KH_MATRIX_ROW_HEIGHT - area.size.height);

  left = self->cursor_column * KH_MATRIX_CELL_WIDTH;
  if (left < gtk_adjustment_get_value (self->hadjustment))
    gtk_adjustment_set_value (self->hadjustment, left);
  else if (left + KH_MATRIX_CELL_WIDTH
           > gtk_adjustment_get_value (self->hadjustment) + area.size.width)
    gtk_adjustment_set_value (self->hadjustment,
                              left + KH_MATRIX_CELL_WIDTH - area.size.width);
}

void
_kh_matrix_view_scroll_to_cursor (KhMatrixView *self)
{
  graphene_rect_t area;

  _kh_matrix_view_cells_area (self, &area);
  scroll_to_cursor_in (self, &area);
}

static void
set_adjustment (KhMatrixView   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment,
                guint           prop_id)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), prop_id == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

static gboolean
kh_matrix_view_get_border (GtkScrollable *scrollable,
                           GtkBorder     *border)
{
  KhMatrixView *self = KH_MATRIX_VIEW (scrollable);

  /* The scrolled window shows its edge shadows inside the headers. */
  border->top = _kh_matrix_view_header_height (self);
  border->bottom = _kh_matrix_view_footer_height (self);
  border->left = self->row_header_width;
  border->right = 0;
  return TRUE;
}

static void
kh_matrix_view_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = kh_matrix_view_get_border;
}

/* The cursor */

static void
update_accessible_label (KhMatrixView *self)
{
  g_autofree char *text = kh_matrix_view_describe_cursor (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : _("Assignment matrix"),
                                  -1);
}

/* Records what the cursor stands on, after it moved or the matrix changed
 * under it. */
static void
cursor_changed (KhMatrixView *self)
{
  KhNode *node = NULL;
  KhUnit *unit = NULL;

  self->has_cursor = _kh_matrix_view_n_rows (self) > 0 && _kh_matrix_view_n_columns (self) > 0;
  if (self->has_cursor)
    {
      node = kh_matrix_get_row_node (self->matrix, self->cursor_row);
      unit = kh_matrix_get_column_unit (self->matrix, self->cursor_column);
    }
  g_set_object (&self->cursor_unit, unit);
  if (g_set_object (&self->cursor_node, node))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_NODE]);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The nearest task row to @row in @direction (+1 / -1), then the other
 * way; @row itself when it is a task. */
guint
_kh_matrix_view_nearest_task_row (KhMatrixView *self,
                                  guint         row,
                                  int           direction)
{
  guint count = _kh_matrix_view_n_rows (self);

  row = MIN (row, count - 1);
  for (int pass = 0; pass < 2; pass++, direction = -direction)
    for (gint64 r = row; r >= 0 && r < count; r += direction)
      if (_kh_matrix_view_is_task_row (self, r))
        return r;
  return row;
}

void
kh_matrix_view_set_cursor (KhMatrixView *self,
                           guint         row,
                           guint         column)
{
  g_return_if_fail (KH_IS_MATRIX_VIEW (self));

  if (_kh_matrix_view_n_rows (self) == 0 || _kh_matrix_view_n_columns (self) == 0)
    return;
  self->cursor_row = MIN (row, _kh_matrix_view_n_rows (self) - 1);
  self->cursor_column = MIN (column, _kh_matrix_view_n_columns (self) - 1);
  cursor_changed (self);
  _kh_matrix_view_scroll_to_cursor (self);
}

gboolean
kh_matrix_view_get_cursor (KhMatrixView *self,
                           guint        *row,
                           guint        *column)
{
  g_return_val_if_fail (KH_IS_MATRIX_VIEW (self), FALSE);

  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
  return self->has_cursor;
}

KhNode *
kh_matrix_view_get_cursor_node (KhMatrixView *self)
{
  g_return_val_if_fail (KH_IS_MATRIX_VIEW (self), NULL);
  return self->cursor_node;
}

/* Following the matrix */

static void
rows_changed (KhMatrixView *self,
              guint         position,
              guint         removed,
              guint         added)
{
  int row;

  _kh_matrix_view_clear_texts (self);
  if (_kh_matrix_view_n_rows (self) > 0)
    {
      /* The cursor's task where it still shows, else the row now in its
       * place. */
      row = self->cursor_node != NULL ? kh_matrix_find_row (self->matrix, self->cursor_node) : -1;
      if (row < 0 && self->cursor_row >= position + removed)
        row = self->cursor_row + added - removed;
      else if (row < 0)
        row = _kh_matrix_view_nearest_task_row (self, MIN (position, _kh_matrix_view_n_rows (self) - 1), 1);
      self->cursor_row = MIN ((guint) row, _kh_matrix_view_n_rows (self) - 1);
    }
  else
    self->cursor_row = 0;
  cursor_changed (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
columns_changed (KhMatrixView *self,
                 guint         position,
                 guint         removed,
                 guint         added)
{
  int column;

  _kh_matrix_view_clear_columns (self);
  self->names_measured = FALSE;
  if (_kh_matrix_view_n_columns (self) > 0)
    {
      column = self->cursor_unit != NULL
               ? kh_matrix_find_column (self->matrix, self->cursor_unit) : -1;
      if (column < 0 && self->cursor_column >= position + removed)
        column = self->cursor_column + added - removed;
      else if (column < 0)
        column = position;
      self->cursor_column = MIN ((guint) column, _kh_matrix_view_n_columns (self) - 1);
    }
  else
    self->cursor_column = 0;
  cursor_changed (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
cell_changed (KhMatrixView *self,
              guint         row,
              guint         column)
{
  _kh_matrix_view_clear_row_text (self, row);
  _kh_matrix_view_clear_totals (self, column);
  if (row == self->cursor_row && column == self->cursor_column)
    update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KhMatrix *
kh_matrix_view_get_matrix (KhMatrixView *self)
{
  g_return_val_if_fail (KH_IS_MATRIX_VIEW (self), NULL);
  return self->matrix;
}

KhHistory *
kh_matrix_view_get_history (KhMatrixView *self)
{
  g_return_val_if_fail (KH_IS_MATRIX_VIEW (self), NULL);
  return self->history;
}

void
kh_matrix_view_set_matrix (KhMatrixView *self,
                           KhMatrix     *matrix,
                           KhHistory    *history)
{
  g_return_if_fail (KH_IS_MATRIX_VIEW (self));
  g_return_if_fail (matrix == NULL || KH_IS_MATRIX (matrix));
  g_return_if_fail (history == NULL || KH_IS_HISTORY (history));

  if (g_set_object (&self->history, history))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  if (self->matrix == matrix)
    return;

  if (self->matrix != NULL)
    g_signal_handlers_disconnect_by_data (self->matrix, self);
  g_set_object (&self->matrix, matrix);
  if (matrix != NULL)
    {
      g_signal_connect_swapped (matrix, "rows-changed", G_CALLBACK (rows_changed), self);
      g_signal_connect_swapped (matrix, "columns-changed", G_CALLBACK (columns_changed), self);
      g_signal_connect_swapped (matrix, "cell-changed", G_CALLBACK (cell_changed), self);
    }
  _kh_matrix_view_clear_texts (self);
  _kh_matrix_view_clear_columns (self);
  self->names_measured = FALSE;
  self->cursor_row = 0;
  self->cursor_column = 0;
  if (_kh_matrix_view_n_rows (self) > 0)
    self->cursor_row = _kh_matrix_view_nearest_task_row (self, 0, 1);
  cursor_changed (self);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
}

/* GtkWidget */

/* The whole grid, as GtkViewport measures its child: the scrolled window
 * decides on its scrollbars from this, and must agree with the
 * adjustments. */
static void
kh_matrix_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  KhMatrixView *self = KH_MATRIX_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->row_header_width + _kh_matrix_view_n_columns (self) * KH_MATRIX_CELL_WIDTH;
  else
    *minimum = *natural = _kh_matrix_view_header_height (self) + _kh_matrix_view_footer_height (self)
                          + _kh_matrix_view_n_rows (self) * KH_MATRIX_ROW_HEIGHT;
}

static void
kh_matrix_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  KhMatrixView *self = KH_MATRIX_VIEW (widget);
  graphene_rect_t area;

  /* Section headings are ellipsized to the width. */
  if (width != self->allocated_width)
    _kh_matrix_view_clear_texts (self);
  self->allocated_width = width;
  cells_area_for_size (self, width, height, &area);
  configure_adjustment (self->hadjustment, _kh_matrix_view_n_columns (self) * KH_MATRIX_CELL_WIDTH,
                        area.size.width, KH_MATRIX_CELL_WIDTH);
  configure_adjustment (self->vadjustment, _kh_matrix_view_n_rows (self) * KH_MATRIX_ROW_HEIGHT,
                        area.size.height, KH_MATRIX_ROW_HEIGHT);
  if (self->scroll_pending)
    scroll_to_cursor_in (self, &area);
}

/* Texts were laid out in the old font. */
static void
kh_matrix_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kh_matrix_view_parent_class)->root (widget);
  _kh_matrix_view_reset_texts (KH_MATRIX_VIEW (widget));
  gtk_widget_queue_resize (widget);
}

static void
kh_matrix_view_system_setting_changed (GtkWidget         *widget,
                                       GtkSystemSetting   setting)
{
  GTK_WIDGET_CLASS (kh_matrix_view_parent_class)->system_setting_changed (widget, setting);
  _kh_matrix_view_reset_texts (KH_MATRIX_VIEW (widget));
  gtk_widget_queue_resize (widget);
}

static void
focus_changed (KhMatrixView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kh_matrix_view_dispose (GObject *object)
{
  KhMatrixView *self = KH_MATRIX_VIEW (object);

  kh_matrix_view_set_matrix (self, NULL, NULL);
  g_clear_object (&self->cursor_node);
  g_clear_object (&self->cursor_unit);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  _kh_matrix_view_reset_texts (self);

  G_OBJECT_CLASS (kh_matrix_view_parent_class)->dispose (object);
}

static void
kh_matrix_view_finalize (GObject *object)
{
  KhMatrixView *self = KH_MATRIX_VIEW (object);

  g_hash_table_unref (self->row_texts);
  g_ptr_array_unref (self->column_texts);
  g_ptr_array_unref (self->group_texts);

  G_OBJECT_CLASS (kh_matrix_view_parent_class)->finalize (object);
}

static void
kh_matrix_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KhMatrixView *self = KH_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      g_value_set_object (value, self->matrix);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_CURSOR_NODE:
      g_value_set_object (value, self->cursor_node);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_matrix_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KhMatrixView *self = KH_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      kh_matrix_view_set_matrix (self, g_value_get_object (value), self->history);
      break;
    case PROP_HISTORY:
      kh_matrix_view_set_matrix (self, self->matrix, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), prop_id);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), prop_id);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_matrix_view_class_init (KhMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_matrix_view_dispose;
  object_class->finalize = kh_matrix_view_finalize;
  object_class->get_property = kh_matrix_view_get_property;
  object_class->set_property = kh_matrix_view_set_property;
  widget_class->measure = kh_matrix_view_measure;
  widget_class->size_allocate = kh_matrix_view_size_allocate;
  widget_class->snapshot = _kh_matrix_view_snapshot;
  widget_class->root = kh_matrix_view_root;
  widget_class->system_setting_changed = kh_matrix_view_system_setting_changed;

  properties[PROP_MATRIX] =
    g_param_spec_object ("matrix", NULL, NULL, KH_TYPE_MATRIX,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, KH_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_NODE] =
    g_param_spec_object ("cursor-node", NULL, NULL, KH_TYPE_NODE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  _kh_matrix_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "khmatrixview");
}

static void
kh_matrix_view_init (KhMatrixView *self)
{
  GtkEventController *controller;

  _kh_matrix_view_init_texts (self);
  self->row_header_width = KH_MATRIX_ROW_HEADER_WIDTH;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  _kh_matrix_view_init_input (self);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_accessible_label (self);
}

GtkWidget *
kh_matrix_view_new (void)
{
  return g_object_new (KH_TYPE_MATRIX_VIEW, NULL);
}
