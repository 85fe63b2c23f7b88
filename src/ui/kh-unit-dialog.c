/* kh-unit-dialog.c — adding a unit or editing one.
 *
 * Three entry rows in a boxed list; the group row offers the groups the
 * plan already uses, so that units land in one group rather than in
 * three spellings of it.  The caller applies the values through
 * kh-edit.h on "apply".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-dialog.h"

#include <glib/gi18n.h>

struct _KhUnitDialog
{
  AdwMessageDialog  parent_instance;

  /* children */
  GtkWidget        *name_row;
  GtkWidget        *short_row;
  GtkWidget        *group_row;

  /* owned */
  KhUnit           *unit;
};

G_DEFINE_FINAL_TYPE (KhUnitDialog, kh_unit_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
dup_stripped (GtkWidget *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

char *
kh_unit_dialog_dup_name (KhUnitDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DIALOG (self), NULL);
  return dup_stripped (self->name_row);
}

char *
kh_unit_dialog_dup_short (KhUnitDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DIALOG (self), NULL);
  return dup_stripped (self->short_row);
}

char *
kh_unit_dialog_dup_group (KhUnitDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DIALOG (self), NULL);
  return dup_stripped (self->group_row);
}

KhUnit *
kh_unit_dialog_get_unit (KhUnitDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DIALOG (self), NULL);
  return self->unit;
}

static void
name_changed (KhUnitDialog *self)
{
  g_autofree char *name = kh_unit_dialog_dup_name (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply", name[0] != '\0');
}

static void
set_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KhUnitDialog *self = KH_UNIT_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->group_row), g_variant_get_string (parameter, NULL));
  gtk_editable_set_position (GTK_EDITABLE (self->group_row), -1);
}

/* The groups the plan's units use, each once, in the plan's order. */
static GMenuModel *
groups_menu (KhPlan *plan)
{
  GListModel *units = kh_plan_get_units (plan);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
      const char *group = kh_unit_get_group (unit);
      g_autoptr(GMenuItem) item = NULL;

      if (group[0] == '\0' || !g_hash_table_add (seen, (gpointer) group))
        continue;
      item = g_menu_item_new (group, NULL);
      g_menu_item_set_action_and_target_value (item, "unit.set-group",
                                               g_variant_new_string (group));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GtkWidget *
add_row (GtkWidget  *list,
         const char *title,
         const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

KhUnitDialog *
kh_unit_dialog_new (GtkWindow *parent,
                    KhPlan    *plan,
                    KhUnit    *unit)
{
  KhUnitDialog *self;
  g_autoptr(GMenuModel) groups = NULL;
  GtkWidget *list;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (unit == NULL || KH_IS_UNIT (unit), NULL);

  self = g_object_new (KH_TYPE_UNIT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", unit ? _("Edit Unit") : _("Add Unit"),
                       "body", _("Tasks name a unit by its name; exports use the short "
                                 "name where there is one."),
                       NULL);
  self->unit = unit ? g_object_ref (unit) : NULL;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->name_row = add_row (list, _("_Name"), unit ? kh_unit_get_name (unit) : "");
  self->short_row = add_row (list, _("_Short Name"), unit ? kh_unit_get_short_name (unit) : "");
  self->group_row = add_row (list, _("_Group"), unit ? kh_unit_get_group (unit) : "");

  groups = groups_menu (plan);
  if (g_menu_model_get_n_items (groups) > 0)
    {
      GtkWidget *button = gtk_menu_button_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), groups);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Groups in This Plan"));
      gtk_widget_add_css_class (button, "flat");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->group_row), button);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "apply", unit ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (name_changed), self);
  name_changed (self);
  gtk_widget_grab_focus (self->name_row);
  return self;
}

static void
kh_unit_dialog_dispose (GObject *object)
{
  KhUnitDialog *self = KH_UNIT_DIALOG (object);

  g_clear_object (&self->unit);

  G_OBJECT_CLASS (kh_unit_dialog_parent_class)->dispose (object);
}

static void
kh_unit_dialog_class_init (KhUnitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_unit_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "unit.set-group", "s", set_group_action);
}

static void
kh_unit_dialog_init (KhUnitDialog *self)
{
}
