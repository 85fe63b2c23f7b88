/* kh-units-view-cells.c — the cells of the Units page's column view:
 * made for the rows on screen, kept in a table while bound, and filled
 * from the unit (the name with its duplicate warning, the short name, the
 * group, the number of assignments).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-units-view-private.h"
#include "kh-edit.h"

static guint
count_of (KhUnitsView *self,
          KhUnit      *unit)
{
  gpointer cached = g_hash_table_lookup (self->counts, unit);
  guint count;

  if (cached != NULL)
    return GPOINTER_TO_UINT (cached) - 1;
  count = kh_count_unit_assignments (self->plan, unit);
  g_hash_table_insert (self->counts, g_object_ref (unit), GUINT_TO_POINTER (count + 1));
  return count;
}

static void
refresh_cell (KhUnitsView *self,
              GtkListItem *list_item,
              Column       column)
{
  KhUnit *unit = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (unit == NULL || self->plan == NULL)
    return;

  switch (column)
    {
    case COLUMN_NAME:
      {
        GtkWidget *icon = gtk_widget_get_first_child (child);
        GtkWidget *label = gtk_widget_get_next_sibling (icon);
        const char *twins = g_hash_table_lookup (self->duplicates, unit);

        gtk_label_set_label (GTK_LABEL (label), kh_unit_get_name (unit));
        gtk_widget_set_tooltip_text (label, kh_unit_get_name (unit));
        gtk_widget_set_visible (icon, twins != NULL);
        gtk_widget_set_tooltip_text (icon, twins);
      }
      break;
    case COLUMN_SHORT:
      gtk_label_set_label (GTK_LABEL (child), kh_unit_get_short_name (unit));
      break;
    case COLUMN_GROUP:
      gtk_label_set_label (GTK_LABEL (child), kh_unit_get_group (unit));
      break;
    case COLUMN_COUNT:
      {
        guint count = count_of (self, unit);
        g_autofree char *text = g_strdup_printf ("%u", count);

        gtk_label_set_label (GTK_LABEL (child), text);
        if (count == 0)
          gtk_widget_add_css_class (child, "dim-label");
        else
          gtk_widget_remove_css_class (child, "dim-label");
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

void
_kh_units_view_refresh_cells (KhUnitsView *self,
                              int          column)
{
  GHashTableIter iter;
  gpointer list_item, cell_column;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &list_item, &cell_column))
    if (column < 0 || GPOINTER_TO_INT (cell_column) == column)
      refresh_cell (self, list_item, GPOINTER_TO_INT (cell_column));
}

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_name_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 KhUnitsView              *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = new_cell_label ();

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

static void
setup_text_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 KhUnitsView              *self)
{
  GtkWidget *label = new_cell_label ();

  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (list_item, label);
}

static void
setup_count_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  KhUnitsView              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (KhUnitsView *self,
           GtkListItem *list_item,
           Column       column)
{
  g_hash_table_insert (self->cells, list_item, GINT_TO_POINTER (column));
  refresh_cell (self, list_item, column);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             KhUnitsView              *self)
{
  g_hash_table_remove (self->cells, list_item);
}

static void
bind_name_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                KhUnitsView              *self)
{
  bind_cell (self, list_item, COLUMN_NAME);
}

static void
bind_short_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 KhUnitsView              *self)
{
  bind_cell (self, list_item, COLUMN_SHORT);
}

static void
bind_group_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 KhUnitsView              *self)
{
  bind_cell (self, list_item, COLUMN_GROUP);
}

static void
bind_count_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 KhUnitsView              *self)
{
  bind_cell (self, list_item, COLUMN_COUNT);
}

void
_kh_units_view_bind_cell_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_name_cell);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cell);
  gtk_widget_class_bind_template_callback (widget_class, setup_count_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_short_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_group_cell);
  gtk_widget_class_bind_template_callback (widget_class, bind_count_cell);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cell);
}
