/* kh-unit-merge-dialog.c — choosing the unit that another one merges into.
 *
 * A search entry over a short list of the plan's other units: empty, it
 * lists them all in the plan's order; typed, it lists
 * kh_unit_match_candidates (diacritics and case ignored, short forms and
 * initials known) and picks the best one, so that typing "ngoai vu" and
 * pressing Enter is enough.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-merge-dialog.h"
#include "kh-edit.h"
#include "kh-unit-match.h"
#include "kh-unit-row.h"

#include <glib/gi18n.h>

/* Enough for any plan's unit list; a longer list wants a sharper search. */
#define MAX_CANDIDATES 200

struct _KhUnitMergeDialog
{
  AdwMessageDialog    parent_instance;

  /* children */
  GtkWidget          *search_entry;
  GtkWidget          *list_view;

  /* owned */
  KhPlan             *plan;
  KhUnit             *from;
  GListStore         *candidates;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (KhUnitMergeDialog, kh_unit_merge_dialog, ADW_TYPE_MESSAGE_DIALOG)

KhUnit *
kh_unit_merge_dialog_get_from (KhUnitMergeDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_MERGE_DIALOG (self), NULL);
  return self->from;
}

KhUnit *
kh_unit_merge_dialog_get_target (KhUnitMergeDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_MERGE_DIALOG (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

GListModel *
kh_unit_merge_dialog_get_candidates (KhUnitMergeDialog *self)
{
  g_return_val_if_fail (KH_IS_UNIT_MERGE_DIALOG (self), NULL);
  return G_LIST_MODEL (self->candidates);
}

static void
selection_changed (KhUnitMergeDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "merge",
                                           kh_unit_merge_dialog_get_target (self) != NULL);
}

static void
search_changed (KhUnitMergeDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GListModel *units = kh_plan_get_units (self->plan);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  if (typed[0] == '\0')
    {
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        g_ptr_array_add (found, g_list_model_get_item (units, i));
    }
  else
    {
      g_clear_pointer (&found, g_ptr_array_unref);
      found = kh_unit_match_candidates (units, typed, MAX_CANDIDATES);
    }
  g_ptr_array_remove (found, self->from);

  g_list_store_splice (self->candidates, 0, g_list_model_get_n_items (G_LIST_MODEL (self->candidates)),
                       found->pdata, found->len);
  /* Typed: the best candidate is the likely target; nothing typed: the
   * user picks. */
  gtk_single_selection_set_selected (self->selection,
                                     typed[0] != '\0' && found->len > 0
                                     ? 0 : GTK_INVALID_LIST_POSITION);
  selection_changed (self);
}

static void
respond_merge (KhUnitMergeDialog *self)
{
  if (kh_unit_merge_dialog_get_target (self) != NULL)
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "merge");
}

static void
row_activated (KhUnitMergeDialog *self,
               guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  respond_merge (self);
}

static char *
body_text (KhPlan *plan,
           KhUnit *from)
{
  guint count = kh_count_unit_assignments (plan, from);

  if (count == 0)
    return g_strdup_printf (_("No task is assigned to “%s”. Merging only removes it from "
                              "the unit list."),
                            kh_unit_get_name (from));
  return g_strdup_printf (ngettext ("The assignments of %1$u task move from “%2$s” to the "
                                    "unit you choose, and “%2$s” leaves the unit list.",
                                    "The assignments of %1$u tasks move from “%2$s” to the "
                                    "unit you choose, and “%2$s” leaves the unit list.",
                                    count),
                          count, kh_unit_get_name (from));
}

KhUnitMergeDialog *
kh_unit_merge_dialog_new (GtkWindow *parent,
                          KhPlan    *plan,
                          KhUnit    *from)
{
  KhUnitMergeDialog *self;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkListItemFactory *factory;
  GtkWidget *box, *scrolled;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_UNIT (from), NULL);

  heading = g_strdup_printf (_("Merge “%s”"), kh_unit_get_display_short (from));
  body = body_text (plan, from);
  self = g_object_new (KH_TYPE_UNIT_MERGE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->plan = g_object_ref (plan);
  self->from = g_object_ref (from);
  self->candidates = g_list_store_new (KH_TYPE_UNIT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->candidates)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search the unit to merge into"),
                NULL);

  factory = kh_unit_row_factory_new ();
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                       factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), FALSE);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_widget_add_css_class (scrolled, "card");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), self->search_entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "merge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  g_signal_connect_swapped (self->search_entry, "changed", G_CALLBACK (search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (respond_merge), self);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed), self);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (row_activated), self);
  search_changed (self);
  gtk_widget_grab_focus (self->search_entry);
  return self;
}

static void
kh_unit_merge_dialog_dispose (GObject *object)
{
  KhUnitMergeDialog *self = KH_UNIT_MERGE_DIALOG (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->candidates);
  g_clear_object (&self->from);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kh_unit_merge_dialog_parent_class)->dispose (object);
}

static void
kh_unit_merge_dialog_class_init (KhUnitMergeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kh_unit_merge_dialog_dispose;
}

static void
kh_unit_merge_dialog_init (KhUnitMergeDialog *self)
{
}
