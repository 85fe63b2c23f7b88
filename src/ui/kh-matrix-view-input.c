/* kh-matrix-view-input.c — what keys, clicks and pointers do in the
 * matrix grid: the cursor's moves, the edits through the history, the
 * tooltips and what a screen reader hears of the cursor cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-matrix-view-private.h"
#include "kh-numbering.h"

#include <glib/gi18n.h>

/* The cursor */

static const char *
role_name (KhRole role)
{
  switch (role)
    {
    case KH_ROLE_LEAD:
      return _("lead");
    case KH_ROLE_COOPERATE:
      return _("cooperating");
    case KH_ROLE_NONE:
    default:
      return _("not assigned");
    }
}

char *
kh_matrix_view_describe_cursor (KhMatrixView *self)
{
  g_autofree char *label = NULL;
  KhNode *node;
  KhUnit *unit;

  g_return_val_if_fail (KH_IS_MATRIX_VIEW (self), NULL);

  if (!self->has_cursor)
    return NULL;
  node = kh_matrix_get_row_node (self->matrix, self->cursor_row);
  label = kh_numbering_label (kh_matrix_get_plan (self->matrix), node);
  if (!_kh_matrix_view_is_task_row (self, self->cursor_row))
    /* TRANSLATORS: a section row of the assignment matrix: "Section II. Title" */
    return g_strdup_printf (_("Section %s %s"), label, kh_node_get_title (node));
  unit = kh_matrix_get_column_unit (self->matrix, self->cursor_column);
  /* TRANSLATORS: the matrix cell under the cursor: "Task 1.2. Title, Sở Ngoại vụ: lead" */
  return g_strdup_printf (_("Task %s %s, %s: %s"), label, kh_node_get_title (node),
                          kh_unit_get_name (unit),
                          role_name (kh_matrix_get_role (self->matrix, self->cursor_row,
                                                         self->cursor_column)));
}

static guint
rows_per_page (KhMatrixView *self)
{
  graphene_rect_t area;

  _kh_matrix_view_cells_area (self, &area);
  return MAX (1, (int) (area.size.height / KH_MATRIX_ROW_HEIGHT) - 1);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhMatrixView *self = KH_MATRIX_VIEW (widget);
  const char *move = action_name + strlen ("matrix.move-");
  guint row = self->cursor_row, column = self->cursor_column;
  guint last_row, page;
  int direction = 1;

  if (!self->has_cursor)
    return;
  last_row = _kh_matrix_view_n_rows (self) - 1;
  page = rows_per_page (self);
  if (g_str_equal (move, "left"))
    column = column > 0 ? column - 1 : 0;
  else if (g_str_equal (move, "right"))
    column = MIN (column + 1, _kh_matrix_view_n_columns (self) - 1);
  else if (g_str_equal (move, "row-start"))
    column = 0;
  else if (g_str_equal (move, "row-end"))
    column = _kh_matrix_view_n_columns (self) - 1;
  else if (g_str_equal (move, "first"))
    row = 0;
  else if (g_str_equal (move, "last"))
    row = last_row, direction = -1;
  else if (g_str_equal (move, "page-up"))
    row = row > page ? row - page : 0, direction = -1;
  else if (g_str_equal (move, "page-down"))
    row = MIN (row + page, last_row);
  else if (g_str_equal (move, "up"))
    {
      /* The task above, past its section heading; stay on the first. */
      direction = -1;
      while (row > 0 && !_kh_matrix_view_is_task_row (self, --row))
        ;
      if (!_kh_matrix_view_is_task_row (self, row))
        row = self->cursor_row, direction = 1;
    }
  else if (g_str_equal (move, "down"))
    {
      while (row < last_row && !_kh_matrix_view_is_task_row (self, ++row))
        ;
      if (!_kh_matrix_view_is_task_row (self, row))
        row = self->cursor_row, direction = -1;
    }
  kh_matrix_view_set_cursor (self, _kh_matrix_view_nearest_task_row (self, row, direction), column);
}

/* Editing */

static gboolean
can_edit_cursor (KhMatrixView *self)
{
  if (!self->has_cursor || self->history == NULL || !_kh_matrix_view_is_task_row (self, self->cursor_row))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  return TRUE;
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhMatrixView *self = KH_MATRIX_VIEW (widget);

  if (!can_edit_cursor (self))
    return;
  if (g_str_equal (action_name, "matrix.cycle"))
    kh_matrix_cycle (self->matrix, self->history, self->cursor_row, self->cursor_column);
  else
    kh_matrix_set_role (self->matrix, self->history, self->cursor_row, self->cursor_column,
                        g_str_equal (action_name, "matrix.set-lead") ? KH_ROLE_LEAD
                        : g_str_equal (action_name, "matrix.set-cooperating") ? KH_ROLE_COOPERATE
                        : KH_ROLE_NONE);
}

/* The first character of @mark, upper-cased. */
static gunichar
mark_key (const char *mark)
{
  return g_unichar_toupper (g_utf8_get_char (mark));
}

const char *
_kh_matrix_view_action_for_key (guint           keyval,
                                GdkModifierType state)
{
  gunichar key = g_unichar_toupper (gdk_keyval_to_unicode (keyval));

  if (key == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return NULL;
  /* The marks shown first, then the English letters. */
  if (key == mark_key (_kh_matrix_view_role_mark (KH_ROLE_LEAD)))
    return "matrix.set-lead";
  if (key == mark_key (_kh_matrix_view_role_mark (KH_ROLE_COOPERATE)))
    return "matrix.set-cooperating";
  if (key == 'L')
    return "matrix.set-lead";
  if (key == 'C')
    return "matrix.set-cooperating";
  return NULL;
}

static gboolean
key_pressed (KhMatrixView          *self,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkEventControllerKey *controller)
{
  const char *action = _kh_matrix_view_action_for_key (keyval, state);

  if (action == NULL)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

gboolean
_kh_matrix_view_click (KhMatrixView *self,
                       double        x,
                       double        y)
{
  guint row, column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!self->has_cursor)
    return FALSE;
  switch (_kh_matrix_view_hit (self, x, y, &row, &column))
    {
    case KH_MATRIX_AREA_CELL:
      kh_matrix_view_set_cursor (self, row, column);
      gtk_widget_activate_action (GTK_WIDGET (self), "matrix.cycle", NULL);
      return TRUE;
    case KH_MATRIX_AREA_ROW_HEADER:
    case KH_MATRIX_AREA_LEADS:
      kh_matrix_view_set_cursor (self, row, self->cursor_column);
      return TRUE;
    case KH_MATRIX_AREA_COLUMN_HEADER:
    case KH_MATRIX_AREA_GROUP:
    case KH_MATRIX_AREA_TOTALS:
      kh_matrix_view_set_cursor (self, self->cursor_row, column);
      return TRUE;
    case KH_MATRIX_AREA_NONE:
    case KH_MATRIX_AREA_CORNER:
    default:
      return FALSE;
    }
}

static void
click_pressed (KhMatrixView *self,
               int           n_press,
               double        x,
               double        y,
               GtkGesture   *gesture)
{
  if (_kh_matrix_view_click (self, x, y))
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Tooltips */

static char *
unit_summary (KhMatrixView *self,
              guint         column)
{
  KhUnit *unit = kh_matrix_get_column_unit (self->matrix, column);
  guint leads = kh_matrix_get_n_leads (self->matrix, column);
  guint cooperations = kh_matrix_get_n_cooperations (self->matrix, column);
  g_autofree char *lead_text = NULL;
  g_autofree char *cooperate_text = NULL;

  lead_text = g_strdup_printf (ngettext ("Leads %u task", "Leads %u tasks", leads), leads);
  cooperate_text = g_strdup_printf (ngettext ("cooperates on %u", "cooperates on %u",
                                              cooperations), cooperations);
  /* TRANSLATORS: a unit's tooltip: its name, its group, then "Leads 3 tasks, cooperates on 5" */
  return g_strdup_printf (_("%s\n%s\n%s, %s"), kh_unit_get_name (unit),
                          *kh_unit_get_group (unit) != '\0' ? kh_unit_get_group (unit)
                                                            : _("No group"),
                          lead_text, cooperate_text);
}

static gboolean
query_tooltip (KhMatrixView *self,
               int           x,
               int           y,
               gboolean      keyboard,
               GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;
  guint row, column;
  KhMatrixArea area;

  if (!self->has_cursor)
    return FALSE;
  area = keyboard ? KH_MATRIX_AREA_CELL : _kh_matrix_view_hit (self, x, y, &row, &column);
  if (keyboard)
    row = self->cursor_row, column = self->cursor_column;

  switch (area)
    {
    case KH_MATRIX_AREA_CELL:
      {
        guint saved_row = self->cursor_row, saved_column = self->cursor_column;

        /* The cursor's description, for the cell under the pointer. */
        self->cursor_row = row, self->cursor_column = column;
        text = kh_matrix_view_describe_cursor (self);
        self->cursor_row = saved_row, self->cursor_column = saved_column;
      }
      break;
    case KH_MATRIX_AREA_ROW_HEADER:
      {
        KhNode *node = kh_matrix_get_row_node (self->matrix, row);
        g_autofree char *label = kh_numbering_label (kh_matrix_get_plan (self->matrix), node);
        text = g_strdup_printf ("%s %s", label, kh_node_get_title (node));
      }
      break;
    case KH_MATRIX_AREA_LEADS:
      if (!_kh_matrix_view_is_task_row (self, row))
        return FALSE;
      if (kh_matrix_row_has_no_lead (self->matrix, row))
        text = g_strdup (_("No lead unit"));
      else
        {
          guint leads = kh_node_get_leads (kh_matrix_get_row_node (self->matrix, row))->len;
          text = g_strdup_printf (ngettext ("%u lead unit", "%u lead units", leads), leads);
        }
      break;
    case KH_MATRIX_AREA_COLUMN_HEADER:
    case KH_MATRIX_AREA_TOTALS:
      text = unit_summary (self, column);
      break;
    case KH_MATRIX_AREA_GROUP:
      {
        const char *group = kh_matrix_get_group_name (self->matrix,
                                                      kh_matrix_get_column_group (self->matrix,
                                                                                  column));
        text = g_strdup (*group != '\0' ? group : _("No group"));
      }
      break;
    case KH_MATRIX_AREA_NONE:
    case KH_MATRIX_AREA_CORNER:
    default:
      return FALSE;
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  modifiers,
             const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, NULL);
}

void
_kh_matrix_view_class_init_input (GtkWidgetClass *widget_class)
{
  static const char * const moves[] = {
    "left", "right", "up", "down", "page-up", "page-down",
    "row-start", "row-end", "first", "last",
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_autofree char *name = g_strconcat ("matrix.move-", moves[i], NULL);
      gtk_widget_class_install_action (widget_class, name, NULL, move_action);
    }
  gtk_widget_class_install_action (widget_class, "matrix.cycle", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "matrix.set-lead", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "matrix.set-cooperating", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "matrix.clear", NULL, edit_action);

  add_binding (widget_class, GDK_KEY_Left, 0, "matrix.move-left");
  add_binding (widget_class, GDK_KEY_KP_Left, 0, "matrix.move-left");
  add_binding (widget_class, GDK_KEY_Right, 0, "matrix.move-right");
  add_binding (widget_class, GDK_KEY_KP_Right, 0, "matrix.move-right");
  add_binding (widget_class, GDK_KEY_Up, 0, "matrix.move-up");
  add_binding (widget_class, GDK_KEY_KP_Up, 0, "matrix.move-up");
  add_binding (widget_class, GDK_KEY_Down, 0, "matrix.move-down");
  add_binding (widget_class, GDK_KEY_KP_Down, 0, "matrix.move-down");
  add_binding (widget_class, GDK_KEY_Page_Up, 0, "matrix.move-page-up");
  add_binding (widget_class, GDK_KEY_KP_Page_Up, 0, "matrix.move-page-up");
  add_binding (widget_class, GDK_KEY_Page_Down, 0, "matrix.move-page-down");
  add_binding (widget_class, GDK_KEY_KP_Page_Down, 0, "matrix.move-page-down");
  add_binding (widget_class, GDK_KEY_Home, 0, "matrix.move-row-start");
  add_binding (widget_class, GDK_KEY_KP_Home, 0, "matrix.move-row-start");
  add_binding (widget_class, GDK_KEY_End, 0, "matrix.move-row-end");
  add_binding (widget_class, GDK_KEY_KP_End, 0, "matrix.move-row-end");
  add_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "matrix.move-first");
  add_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "matrix.move-last");
  add_binding (widget_class, GDK_KEY_space, 0, "matrix.cycle");
  add_binding (widget_class, GDK_KEY_Return, 0, "matrix.cycle");
  add_binding (widget_class, GDK_KEY_KP_Enter, 0, "matrix.cycle");
  add_binding (widget_class, GDK_KEY_Delete, 0, "matrix.clear");
  add_binding (widget_class, GDK_KEY_KP_Delete, 0, "matrix.clear");
  add_binding (widget_class, GDK_KEY_BackSpace, 0, "matrix.clear");
}

void
_kh_matrix_view_init_input (KhMatrixView *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip), NULL);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
