/* kh-matrix-view-private.h — what the matrix view's files share: the
 * geometry, the text caches and the drawing (kh-matrix-view-draw.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-matrix-view.h"

G_BEGIN_DECLS

/* Sizes in logical pixels.  40 columns of CELL_WIDTH beside the row
 * header fit a 1366-pixel laptop screen. */
#define KH_MATRIX_ROW_HEIGHT      28
#define KH_MATRIX_CELL_WIDTH      24
#define KH_MATRIX_ROW_HEADER_WIDTH 330
#define KH_MATRIX_LABEL_WIDTH     58
#define KH_MATRIX_LEADS_WIDTH     34
#define KH_MATRIX_GROUP_HEIGHT    28
#define KH_MATRIX_NAMES_MIN       56
#define KH_MATRIX_NAMES_MAX       150
#define KH_MATRIX_TOTAL_HEIGHT    24
#define KH_MATRIX_MARK_SIZE       18

/* Where a point of the widget falls. */
typedef enum {
  KH_MATRIX_AREA_NONE,
  KH_MATRIX_AREA_CELL,
  KH_MATRIX_AREA_ROW_HEADER,    /* row set */
  KH_MATRIX_AREA_LEADS,         /* the row header's lead count; row set */
  KH_MATRIX_AREA_COLUMN_HEADER, /* column set */
  KH_MATRIX_AREA_GROUP,         /* the group band; column set */
  KH_MATRIX_AREA_TOTALS,        /* column set */
  KH_MATRIX_AREA_CORNER,
} KhMatrixArea;

/* The captions of the corners. */
typedef enum {
  KH_MATRIX_CORNER_LEGEND_LEAD,
  KH_MATRIX_CORNER_LEGEND_COOPERATE,
  KH_MATRIX_CORNER_TASK,
  KH_MATRIX_CORNER_LEADS,
  KH_MATRIX_CORNER_TOTALS,
  KH_MATRIX_N_CORNERS
} KhMatrixCorner;

/* The texts of one row, made when it first shows. */
typedef struct {
  PangoLayout *label;   /* "1.2." */
  PangoLayout *title;   /* ellipsized to the row header (the width for sections) */
  PangoLayout *leads;   /* how many lead units the task names */
} KhMatrixRowText;

/* The texts of one column. */
typedef struct {
  PangoLayout *name;    /* the short name, drawn turned a quarter */
  PangoLayout *leads;   /* the totals */
  PangoLayout *cooperations;
} KhMatrixColumnText;

struct _KhMatrixView
{
  GtkWidget      parent_instance;

  /* owned */
  KhMatrix      *matrix;
  KhHistory     *history;
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  /* The cursor, and what it stands on so that it can follow its task
   * and unit when rows and columns change (owned references). */
  gboolean       has_cursor;
  guint          cursor_row;
  guint          cursor_column;
  KhNode        *cursor_node;
  KhUnit        *cursor_unit;
  gboolean       scroll_pending;    /* scroll to the cursor once allocated */

  /* Geometry of the last allocation. */
  int            row_header_width;
  int            allocated_width;
  int            names_height;      /* the turned short names; measured */
  gboolean       names_measured;

  /* Text caches; see kh-matrix-view-draw.c. */
  GHashTable    *row_texts;         /* row + 1 → KhMatrixRowText */
  GPtrArray     *column_texts;      /* of KhMatrixColumnText, NULL until shown */
  GPtrArray     *group_texts;       /* of PangoLayout, NULL until shown */
  PangoLayout   *marks[3];          /* by KhRole: NULL, "L", "C" */
  PangoLayout   *corner_texts[KH_MATRIX_N_CORNERS];
  GdkPaintable  *warning_icon;
};

/* kh-matrix-view.c */
guint        _kh_matrix_view_n_rows          (KhMatrixView *self);
guint        _kh_matrix_view_n_columns       (KhMatrixView *self);
gboolean     _kh_matrix_view_is_task_row     (KhMatrixView *self,
                                              guint         row);
/* The nearest task row to @row in @direction (+1 / -1), then the other
 * way; @row itself when it is a task. */
guint        _kh_matrix_view_nearest_task_row (KhMatrixView *self,
                                               guint         row,
                                               int           direction);
void         _kh_matrix_view_scroll_to_cursor (KhMatrixView *self);
int          _kh_matrix_view_header_height (KhMatrixView *self);
int          _kh_matrix_view_footer_height (KhMatrixView *self);
/* The grid's area of the widget (between the headers). */
void         _kh_matrix_view_cells_area    (KhMatrixView    *self,
                                            graphene_rect_t *area);
KhMatrixArea _kh_matrix_view_hit           (KhMatrixView    *self,
                                            double           x,
                                            double           y,
                                            guint           *row,
                                            guint           *column);
/* The rows and columns on screen: [*first, *end). */
void         _kh_matrix_view_visible_rows    (KhMatrixView *self,
                                              guint        *first,
                                              guint        *end);
void         _kh_matrix_view_visible_columns (KhMatrixView *self,
                                              guint        *first,
                                              guint        *end);

/* kh-matrix-view-input.c */
void         _kh_matrix_view_class_init_input (GtkWidgetClass *widget_class);
void         _kh_matrix_view_init_input      (KhMatrixView   *self);
/* What a click at (@x, @y) does: moves the cursor there, and cycles a
 * cell.  FALSE when it falls on nothing. */
gboolean     _kh_matrix_view_click           (KhMatrixView *self,
                                              double        x,
                                              double        y);
/* The action a letter key runs ("matrix.set-lead"), or NULL. */
const char  *_kh_matrix_view_action_for_key  (guint           keyval,
                                              GdkModifierType state);

/* kh-matrix-view-draw.c */
void         _kh_matrix_view_snapshot        (GtkWidget    *widget,
                                              GtkSnapshot  *snapshot);

/* kh-matrix-view-text.c */
void         _kh_matrix_view_init_texts      (KhMatrixView *self);
/* The layouts, made on first use and kept. */
KhMatrixRowText    *_kh_matrix_view_row_text    (KhMatrixView  *self,
                                                 guint          row);
KhMatrixColumnText *_kh_matrix_view_column_text (KhMatrixView  *self,
                                                 guint          column);
PangoLayout  *_kh_matrix_view_group_text     (KhMatrixView   *self,
                                              guint           group);
PangoLayout  *_kh_matrix_view_mark_text      (KhMatrixView   *self,
                                              KhRole          role);
PangoLayout  *_kh_matrix_view_corner_text    (KhMatrixView   *self,
                                              KhMatrixCorner  corner);
/* The height the turned short names need, within the limits above. */
int          _kh_matrix_view_measure_names   (KhMatrixView *self);
/* Forget cached texts: every row's, those of a row, of a column's totals
 * (-1: every column's), of every column (and group); reset forgets every
 * text and measure, for a new font. */
void         _kh_matrix_view_reset_texts     (KhMatrixView *self);
void         _kh_matrix_view_clear_texts     (KhMatrixView *self);
void         _kh_matrix_view_clear_row_text  (KhMatrixView *self,
                                              guint         row);
void         _kh_matrix_view_clear_totals    (KhMatrixView *self,
                                              int           column);
void         _kh_matrix_view_clear_columns   (KhMatrixView *self);
/* Drops the texts of rows far from [@first, @end). */
void         _kh_matrix_view_trim_row_texts  (KhMatrixView *self,
                                              guint         first,
                                              guint         end);
/* The mark a role shows in the interface language: _("L"), _("C"). */
const char  *_kh_matrix_view_role_mark       (KhRole        role);

G_END_DECLS
