/* kh-units-view-actions.c — what the Units page does to the plan: the
 * add, edit, merge and delete dialogs, the default lists, and the
 * actions and keys that open them.  Every change goes through kh-edit.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-units-view-private.h"
#include "kh-edit.h"
#include "kh-unit-dialog.h"
#include "kh-unit-list-io.h"
#include "kh-unit-match.h"
#include "kh-unit-merge-dialog.h"

#include <glib/gi18n.h>

static KhHistory *
history_of (KhUnitsView *self)
{
  return kh_document_get_history (self->document);
}

static gboolean
unit_in_plan (KhUnitsView *self,
              KhUnit      *unit)
{
  return self->plan != NULL && unit != NULL
      && kh_plan_lookup_unit (self->plan, kh_unit_get_id (unit)) == unit;
}

static void
show_toast (KhUnitsView *self,
            const char  *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (overlay == NULL)
    return;
  /* The page's news replaces its older news rather than queue behind it. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, adw_toast_new (markup));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), self->toast);
}
/* Dialogs */

void
_kh_units_view_close_dialog (KhUnitsView *self)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
}

static void
present_dialog (KhUnitsView *self,
                GtkWindow   *dialog)
{
  _kh_units_view_close_dialog (self);
  self->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  gtk_window_present (dialog);
}

static GtkWindow *
parent_window (KhUnitsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
unit_dialog_response (KhUnitDialog *dialog,
                      const char   *response,
                      KhUnitsView  *self)
{
  KhUnit *unit = kh_unit_dialog_get_unit (dialog);
  g_autofree char *name = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *group = NULL;

  if (!g_str_equal (response, "apply") || self->document == NULL)
    return;

  name = kh_unit_dialog_dup_name (dialog);
  short_name = kh_unit_dialog_dup_short (dialog);
  group = kh_unit_dialog_dup_group (dialog);
  if (unit == NULL)
    unit = kh_edit_add_unit (history_of (self), name, short_name, group);
  else if (unit_in_plan (self, unit))
    kh_edit_rename_unit (history_of (self), unit, name, short_name, group);
  if (unit_in_plan (self, unit))
    kh_units_view_select_unit (self, unit);
}

void
_kh_units_view_open_unit_dialog (KhUnitsView *self,
                                 KhUnit      *unit)
{
  KhUnitDialog *dialog = kh_unit_dialog_new (parent_window (self), self->plan, unit);

  g_signal_connect_object (dialog, "response", G_CALLBACK (unit_dialog_response), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
merge_dialog_response (KhUnitMergeDialog *dialog,
                       const char        *response,
                       KhUnitsView       *self)
{
  KhUnit *from = kh_unit_merge_dialog_get_from (dialog);
  KhUnit *into = kh_unit_merge_dialog_get_target (dialog);
  g_autofree char *from_name = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "merge") || !unit_in_plan (self, from) || !unit_in_plan (self, into))
    return;

  from_name = g_strdup (kh_unit_get_display_short (from));
  kh_edit_merge_units (history_of (self), from, into);
  kh_units_view_select_unit (self, into);
  text = g_strdup_printf (_("“%s” merged into “%s”"), from_name,
                          kh_unit_get_display_short (into));
  show_toast (self, text);
}

static void
delete_dialog_response (AdwMessageDialog *dialog,
                        const char       *response,
                        KhUnitsView      *self)
{
  KhUnit *unit = g_object_get_data (G_OBJECT (dialog), "kh-unit");

  if (g_str_equal (response, "delete") && unit_in_plan (self, unit))
    kh_edit_delete_unit (history_of (self), unit, TRUE, NULL);
}

/* Asks first when tasks still name @unit (the edit says so). */
static void
delete_unit (KhUnitsView *self,
             KhUnit      *unit)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (kh_edit_delete_unit (history_of (self), unit, FALSE, &error))
    return;
  if (!g_error_matches (error, KH_EDIT_ERROR, KH_EDIT_ERROR_UNIT_ASSIGNED))
    {
      show_toast (self, error->message);
      return;
    }

  dialog = adw_message_dialog_new (parent_window (self), _("Delete Unit?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s %s", error->message,
                                  _("Deleting it takes it off those tasks."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "kh-unit", g_object_ref (unit), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_dialog_response), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

/* Default lists */

int
kh_units_view_load_default_list (KhUnitsView *self,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *text = NULL;
  KhHistory *history;

  g_return_val_if_fail (KH_IS_UNITS_VIEW (self), -1);
  g_return_val_if_fail (self->document != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  file = kh_unit_list_default_file (name);
  list = kh_unit_list_load (file, error);
  if (list == NULL)
    return -1;

  history = history_of (self);
  missing = kh_unit_list_missing (self->plan, list);
  kh_history_begin_group (history);
  for (guint i = 0; i < missing->len; i++)
    {
      g_autoptr(KhUnit) unit = kh_unit_list_copy_for_plan (self->plan,
                                                           g_ptr_array_index (missing, i));

      kh_edit_insert_unit (history, g_list_model_get_n_items (self->units), unit);
    }
  kh_history_end_group (history, _("Load Default Units"));

  if (missing->len == 0)
    text = g_strdup (_("The plan already has every unit of this list"));
  else
    text = g_strdup_printf (ngettext ("%u unit added", "%u units added", missing->len),
                            missing->len);
  show_toast (self, text);
  return (int) missing->len;
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _kh_units_view_open_unit_dialog (KH_UNITS_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhUnitsView *self = KH_UNITS_VIEW (widget);

  _kh_units_view_open_unit_dialog (self, kh_units_view_get_selected_unit (self));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KhUnitsView *self = KH_UNITS_VIEW (widget);
  KhUnitMergeDialog *dialog;

  dialog = kh_unit_merge_dialog_new (parent_window (self), self->plan,
                                     kh_units_view_get_selected_unit (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_dialog_response), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KhUnitsView *self = KH_UNITS_VIEW (widget);

  delete_unit (self, kh_units_view_get_selected_unit (self));
}

static void
load_default_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KhUnitsView *self = KH_UNITS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (kh_units_view_load_default_list (self, g_variant_get_string (parameter, NULL), &error) < 0)
    show_toast (self, error->message);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (KH_UNITS_VIEW (widget)->search_entry));
}

void
_kh_units_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "units.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "units.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "units.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "units.load-default", "s", load_default_action);
  gtk_widget_class_install_action (widget_class, "units.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "units.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "units.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "units.delete", NULL);
}
