/* kh-node-editor-units.c — the lead units (with their scopes) and the
 * cooperating units of the node editor.
 *
 * A lead is a row with the unit's name as title and its scope as text;
 * the scope is applied on Enter, on the apply button and when the focus
 * leaves the row.  Cooperating units are chips.  Both lists follow the
 * node's "assignments-changed": rows that still show the same unit at the
 * same place stay, so a scope being typed keeps its cursor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-node-editor-private.h"
#include "kh-edit.h"

#include <glib/gi18n.h>

/* Data kept on a lead row. */
typedef struct {
  KhNodeEditor *editor;       /* borrowed: the editor outlives its rows */
  KhUnit       *unit;         /* owned */
  char         *model_scope;  /* the scope the model had when last shown */
} LeadRow;

static void
lead_row_free (gpointer data)
{
  LeadRow *lead = data;

  g_clear_object (&lead->unit);
  g_free (lead->model_scope);
  g_free (lead);
}

static LeadRow *
lead_of (AdwEntryRow *row)
{
  return g_object_get_data (G_OBJECT (row), "kh-lead");
}

static GPtrArray *
empty_list (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());
  return empty;
}

static GPtrArray *
node_leads (KhNodeEditor *self)
{
  return self->node != NULL ? kh_node_get_leads (self->node) : empty_list ();
}

static GPtrArray *
node_cooperating (KhNodeEditor *self)
{
  return self->node != NULL ? kh_node_get_cooperating (self->node) : empty_list ();
}


/* Leads */

static void
commit_scope (AdwEntryRow *row)
{
  LeadRow *lead = lead_of (row);
  KhNodeEditor *self = lead->editor;
  const char *scope = gtk_editable_get_text (GTK_EDITABLE (row));

  if (!_kh_node_editor_can_edit (self) || g_strcmp0 (scope, lead->model_scope) == 0)
    return;
  /* A lead removed meanwhile must not come back through its scope. */
  if (kh_assignment_list_find (kh_node_get_leads (self->node), lead->unit) < 0)
    return;
  kh_edit_assign (_kh_node_editor_get_history (self), self->node, lead->unit,
                  KH_ROLE_LEAD, scope);
}

static void
on_remove_lead (GtkButton   *button,
                AdwEntryRow *row)
{
  LeadRow *lead = lead_of (row);

  if (_kh_node_editor_can_edit (lead->editor))
    kh_edit_unassign (_kh_node_editor_get_history (lead->editor), lead->editor->node, lead->unit);
}

/* Shows @assignment in @row: the unit's name, and the scope when the
 * model's changed since the row last showed it. */
static void
lead_row_update (AdwEntryRow  *row,
                 KhAssignment *assignment)
{
  LeadRow *lead = lead_of (row);
  const char *scope = assignment->scope != NULL ? assignment->scope : "";

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                 kh_unit_get_name (assignment->unit)) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kh_unit_get_name (assignment->unit));

  if (g_strcmp0 (lead->model_scope, scope) != 0)
    {
      g_free (lead->model_scope);
      lead->model_scope = g_strdup (scope);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), scope) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), scope);
    }
}

static AdwEntryRow *
lead_row_new (KhNodeEditor *self,
              KhAssignment *assignment)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  LeadRow *lead = g_new0 (LeadRow, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *tooltip = NULL;

  lead->editor = self;
  lead->unit = g_object_ref (assignment->unit);
  g_object_set_data_full (G_OBJECT (row), "kh-lead", lead, lead_row_free);

  /* Unit names hold "&" ("Sở TT&TT"): no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), _("The scope of this lead unit: what it does in the task (optional)"));
  gtk_widget_add_css_class (GTK_WIDGET (row), "kh-lead-row");

  /* Translators: tooltip of the button that removes a lead unit; %s is its name. */
  tooltip = g_strdup_printf (_("Remove “%s”"), kh_unit_get_name (assignment->unit));
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_lead), row);
  adw_entry_row_add_suffix (row, remove);

  g_signal_connect (row, "apply", G_CALLBACK (commit_scope), NULL);
  g_signal_connect (row, "entry-activated", G_CALLBACK (commit_scope), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (commit_scope), row);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);

  lead_row_update (row, assignment);
  return row;
}

static void
sync_leads (KhNodeEditor *self)
{
  GPtrArray *leads = node_leads (self);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (self->lead_add_row));
  guint kept;

  /* Rows showing the same unit at the same place stay. */
  for (kept = 0; kept < leads->len && kept < self->lead_rows->len; kept++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->lead_rows, kept);
      KhAssignment *assignment = g_ptr_array_index (leads, kept);

      if (lead_of (row)->unit != assignment->unit)
        break;
      lead_row_update (row, assignment);
    }

  while (self->lead_rows->len > kept)
    {
      AdwEntryRow *row = g_ptr_array_steal_index (self->lead_rows, self->lead_rows->len - 1);

      adw_preferences_group_remove (self->leads_group, GTK_WIDGET (row));
    }

  for (guint i = kept; i < leads->len; i++)
    {
      AdwEntryRow *row = lead_row_new (self, g_ptr_array_index (leads, i));

      /* Before the "add" row, which the group's list holds first. */
      gtk_list_box_insert (list, GTK_WIDGET (row), (int) i);
      g_ptr_array_add (self->lead_rows, row);
    }
}

void
_kh_node_editor_commit_scopes (KhNodeEditor *self)
{
  for (guint i = 0; i < self->lead_rows->len; i++)
    commit_scope (g_ptr_array_index (self->lead_rows, i));
}

/* Cooperating units */

static void
on_remove_cooperating (GtkButton    *button,
                       KhNodeEditor *self)
{
  KhUnit *unit = g_object_get_data (G_OBJECT (button), "kh-unit");

  if (_kh_node_editor_can_edit (self))
    kh_edit_unassign (_kh_node_editor_get_history (self), self->node, unit);
}

static GtkWidget *
chip_new (KhNodeEditor *self,
          KhUnit       *unit)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (kh_unit_get_name (unit));
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), kh_unit_get_name (unit));

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_tooltip_text (label, kh_unit_get_name (unit));
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  g_object_set_data_full (G_OBJECT (remove), "kh-unit", g_object_ref (unit), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_cooperating), self);

  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  gtk_widget_add_css_class (chip, "kh-chip");
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  return chip;
}

/* A handful of chips: rebuilt whole. */
static void
sync_cooperating (KhNodeEditor *self)
{
  GPtrArray *cooperating = node_cooperating (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cooperating_box))))
    gtk_flow_box_remove (self->cooperating_box, child);
  for (guint i = 0; i < cooperating->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (cooperating, i);

      gtk_flow_box_append (self->cooperating_box, chip_new (self, assignment->unit));
    }
  gtk_widget_set_visible (self->cooperating_row, cooperating->len > 0);
}

void
_kh_node_editor_sync_assignments (KhNodeEditor *self)
{
  self->updating++;
  sync_leads (self);
  sync_cooperating (self);
  self->updating--;
}

/* Adding */

static void
on_lead_chosen (KhUnitEntry  *entry,
                KhUnit       *unit,
                KhNodeEditor *self)
{
  /* Already a lead: keep its scope. */
  if (!_kh_node_editor_can_edit (self) || kh_node_get_role (self->node, unit) == KH_ROLE_LEAD)
    return;
  kh_edit_assign (_kh_node_editor_get_history (self), self->node, unit, KH_ROLE_LEAD, "");
}

static void
on_cooperating_chosen (KhUnitEntry  *entry,
                       KhUnit       *unit,
                       KhNodeEditor *self)
{
  if (!_kh_node_editor_can_edit (self) || kh_node_get_role (self->node, unit) == KH_ROLE_COOPERATE)
    return;
  kh_edit_assign (_kh_node_editor_get_history (self), self->node, unit, KH_ROLE_COOPERATE, NULL);
}

void
_kh_node_editor_init_units (KhNodeEditor *self)
{
  g_signal_connect (self->lead_entry, "unit-chosen", G_CALLBACK (on_lead_chosen), self);
  g_signal_connect (self->cooperate_entry, "unit-chosen",
                    G_CALLBACK (on_cooperating_chosen), self);
}
