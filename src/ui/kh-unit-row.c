/* kh-unit-row.c — a unit as a list shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-row.h"

#include <glib/gi18n.h>

char *
kh_unit_row_detail (KhUnit *unit)
{
  const char *short_name = kh_unit_get_short_name (unit);
  const char *group = kh_unit_get_group (unit);

  g_return_val_if_fail (KH_IS_UNIT (unit), NULL);

  if (short_name[0] != '\0' && group[0] != '\0')
    /* Translators: a unit's short name and group, under its name. */
    return g_strdup_printf (_("%s · %s"), short_name, group);
  return g_strdup (short_name[0] != '\0' ? short_name : group);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  KhUnit *unit = gtk_list_item_get_item (list_item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  g_autofree char *text = kh_unit_row_detail (unit);

  gtk_label_set_label (GTK_LABEL (name), kh_unit_get_name (unit));
  gtk_widget_set_tooltip_text (name, kh_unit_get_name (unit));
  gtk_label_set_label (GTK_LABEL (detail), text);
  gtk_widget_set_visible (detail, text[0] != '\0');
}

GtkListItemFactory *
kh_unit_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  return factory;
}
