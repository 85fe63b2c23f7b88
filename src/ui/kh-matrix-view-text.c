/* kh-matrix-view-text.c — the texts of the matrix grid, laid out once.
 *
 * A row's number, title and lead count, a column's short name and
 * totals, a group's name: PangoLayouts made when the row or column first
 * shows and kept until the matrix says it changed (kh-matrix-view.c
 * clears them), so that a frame lays out only what scrolled in.  Rows far
 * from the screen drop theirs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-matrix-view-private.h"
#include "kh-numbering.h"

#include <glib/gi18n.h>

const char *
_kh_matrix_view_role_mark (KhRole role)
{
  switch (role)
    {
    case KH_ROLE_LEAD:
      /* TRANSLATORS: the mark of a lead unit in a matrix cell: one letter
       * (Vietnamese: "C", chủ trì) */
      return C_("matrix mark", "L");
    case KH_ROLE_COOPERATE:
      /* TRANSLATORS: the mark of a cooperating unit in a matrix cell: one
       * letter (Vietnamese: "P", phối hợp) */
      return C_("matrix mark", "C");
    case KH_ROLE_NONE:
    default:
      return "";
    }
}

static PangoLayout *
make_layout (KhMatrixView *self,
             const char   *text,
             double        scale,
             gboolean      bold,
             int           width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static void
row_text_free (gpointer data)
{
  KhMatrixRowText *text = data;

  g_clear_object (&text->label);
  g_clear_object (&text->title);
  g_clear_object (&text->leads);
  g_free (text);
}

static void
column_text_free (gpointer data)
{
  KhMatrixColumnText *text = data;

  if (text == NULL)
    return;
  g_clear_object (&text->name);
  g_clear_object (&text->leads);
  g_clear_object (&text->cooperations);
  g_free (text);
}

void
_kh_matrix_view_init_texts (KhMatrixView *self)
{
  self->row_texts = g_hash_table_new_full (NULL, NULL, NULL, row_text_free);
  self->column_texts = g_ptr_array_new_with_free_func (column_text_free);
  self->group_texts = g_ptr_array_new_with_free_func (g_object_unref);
}

void
_kh_matrix_view_clear_texts (KhMatrixView *self)
{
  g_hash_table_remove_all (self->row_texts);
}

void
_kh_matrix_view_reset_texts (KhMatrixView *self)
{
  _kh_matrix_view_clear_texts (self);
  _kh_matrix_view_clear_columns (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->marks); i++)
    g_clear_object (&self->marks[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->corner_texts); i++)
    g_clear_object (&self->corner_texts[i]);
  g_clear_object (&self->warning_icon);
  self->names_measured = FALSE;
}

void
_kh_matrix_view_clear_row_text (KhMatrixView *self,
                                guint         row)
{
  g_hash_table_remove (self->row_texts, GUINT_TO_POINTER (row + 1));
}

void
_kh_matrix_view_clear_totals (KhMatrixView *self,
                              int           column)
{
  for (guint i = 0; i < self->column_texts->len; i++)
    {
      KhMatrixColumnText *text = g_ptr_array_index (self->column_texts, i);

      if (text != NULL && (column < 0 || (guint) column == i))
        {
          g_clear_object (&text->leads);
          g_clear_object (&text->cooperations);
        }
    }
}

void
_kh_matrix_view_clear_columns (KhMatrixView *self)
{
  g_ptr_array_set_size (self->column_texts, 0);
  g_ptr_array_set_size (self->group_texts, 0);
}

KhMatrixRowText *
_kh_matrix_view_row_text (KhMatrixView *self,
                          guint         row)
{
  KhMatrixRowText *text = g_hash_table_lookup (self->row_texts, GUINT_TO_POINTER (row + 1));
  KhNode *node;
  g_autofree char *label = NULL;

  if (text != NULL)
    return text;
  node = kh_matrix_get_row_node (self->matrix, row);
  label = kh_numbering_label (kh_matrix_get_plan (self->matrix), node);
  text = g_new0 (KhMatrixRowText, 1);
  if (kh_matrix_get_row_kind (self->matrix, row) == KH_MATRIX_ROW_SECTION)
    {
      /* A heading across the whole width. */
      g_autofree char *heading = g_strdup_printf ("%s %s", label, kh_node_get_title (node));
      text->title = make_layout (self, heading, 1.0, TRUE,
                                 gtk_widget_get_width (GTK_WIDGET (self)) - 24);
    }
  else
    {
      g_autofree char *leads = g_strdup_printf ("%u", kh_node_get_leads (node)->len);

      text->label = make_layout (self, label, 0.9, FALSE, KH_MATRIX_LABEL_WIDTH - 10);
      text->title = make_layout (self, kh_node_get_title (node), 1.0, FALSE,
                                 self->row_header_width - KH_MATRIX_LABEL_WIDTH
                                 - KH_MATRIX_LEADS_WIDTH - 12);
      text->leads = make_layout (self, leads, 0.85, FALSE, 0);
    }
  g_hash_table_insert (self->row_texts, GUINT_TO_POINTER (row + 1), text);
  return text;
}

KhMatrixColumnText *
_kh_matrix_view_column_text (KhMatrixView *self,
                             guint         column)
{
  KhMatrixColumnText *text;

  if (self->column_texts->len < kh_matrix_get_n_columns (self->matrix))
    g_ptr_array_set_size (self->column_texts, kh_matrix_get_n_columns (self->matrix));
  text = g_ptr_array_index (self->column_texts, column);
  if (text == NULL)
    {
      KhUnit *unit = kh_matrix_get_column_unit (self->matrix, column);

      text = g_new0 (KhMatrixColumnText, 1);
      text->name = make_layout (self, kh_unit_get_display_short (unit), 0.9, FALSE,
                                KH_MATRIX_NAMES_MAX - 12);
      g_ptr_array_index (self->column_texts, column) = text;
    }
  if (text->leads == NULL)
    {
      g_autofree char *leads = g_strdup_printf ("%u", kh_matrix_get_n_leads (self->matrix, column));
      g_autofree char *cooperations =
        g_strdup_printf ("%u", kh_matrix_get_n_cooperations (self->matrix, column));

      text->leads = make_layout (self, leads, 0.8, FALSE, 0);
      text->cooperations = make_layout (self, cooperations, 0.8, FALSE, 0);
    }
  return text;
}

PangoLayout *
_kh_matrix_view_group_text (KhMatrixView *self,
                            guint         group)
{
  PangoLayout *layout;

  if (self->group_texts->len < kh_matrix_get_n_groups (self->matrix))
    g_ptr_array_set_size (self->group_texts, kh_matrix_get_n_groups (self->matrix));
  layout = g_ptr_array_index (self->group_texts, group);
  if (layout == NULL)
    {
      const char *name = kh_matrix_get_group_name (self->matrix, group);

      layout = make_layout (self, *name != '\0' ? name : _("No group"), 0.85, TRUE, 1);
      g_ptr_array_index (self->group_texts, group) = layout;
    }
  return layout;
}

PangoLayout *
_kh_matrix_view_mark_text (KhMatrixView *self,
                           KhRole        role)
{
  if (self->marks[role] == NULL)
    self->marks[role] = make_layout (self, _kh_matrix_view_role_mark (role), 0.85, TRUE, 0);
  return self->marks[role];
}

PangoLayout *
_kh_matrix_view_corner_text (KhMatrixView   *self,
                             KhMatrixCorner  which)
{
  static const char *texts[] = {
    [KH_MATRIX_CORNER_LEGEND_LEAD] = N_("Lead"),
    [KH_MATRIX_CORNER_LEGEND_COOPERATE] = N_("Cooperating"),
    [KH_MATRIX_CORNER_TASK] = N_("Task"),
    [KH_MATRIX_CORNER_LEADS] = N_("Leads"),
    [KH_MATRIX_CORNER_TOTALS] = N_("Tasks per unit"),
  };

  if (self->corner_texts[which] == NULL)
    self->corner_texts[which] = make_layout (self, _(texts[which]), 0.85,
                                             which == KH_MATRIX_CORNER_TOTALS, 0);
  return self->corner_texts[which];
}

int
_kh_matrix_view_measure_names (KhMatrixView *self)
{
  int widest = 0;

  if (self->matrix == NULL)
    return KH_MATRIX_NAMES_MIN;
  for (guint i = 0; i < kh_matrix_get_n_columns (self->matrix); i++)
    {
      int width;

      pango_layout_get_pixel_size (_kh_matrix_view_column_text (self, i)->name, &width, NULL);
      widest = MAX (widest, width);
    }
  return CLAMP (widest + 16, KH_MATRIX_NAMES_MIN, KH_MATRIX_NAMES_MAX);
}

/* Drops the texts of rows far from the screen, so that scrolling through
 * a long plan keeps only a few screens of them. */
void
_kh_matrix_view_trim_row_texts (KhMatrixView *self,
                                guint         first,
                                guint         end)
{
  guint keep = end - first;
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (self->row_texts) <= 4 * keep + 64)
    return;
  g_hash_table_iter_init (&iter, self->row_texts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint row = GPOINTER_TO_UINT (key) - 1;

      if (row + keep < first || row > end + keep)
        g_hash_table_iter_remove (&iter);
    }
}
