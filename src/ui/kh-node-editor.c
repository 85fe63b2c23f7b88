/* kh-node-editor.c — the editor of one section or task.
 *
 * Text fields commit on every change through kh_edit_set_text, which
 * joins consecutive typing into one undo step.  Values that need a whole
 * word before they mean anything — the budget, a lead's scope, a typed
 * timeline phrase — commit on Enter, on their apply button and when the
 * focus leaves them.
 *
 * The widgets follow the node's "notify" and "assignments-changed", for
 * the user's edits as for undo and redo.  A widget whose text already
 * equals the model is left alone, so the cursor stays where the user
 * types; while the editor sets a widget itself, `updating` keeps the
 * widget's handler from turning that into an edit.
 *
 * SHORTCUTS: none of its own (the unit entries take Up, Down, Enter and
 * Escape, see kh-unit-entry.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-node-editor-private.h"
#include "kh-amount.h"
#include "kh-edit.h"
#include "kh-numbering.h"

#include <glib/gi18n.h>

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhNodeEditor, kh_node_editor, GTK_TYPE_WIDGET)

/* The one-line text fields: the node's string property each edits. */
static const struct {
  const char *property;
  gsize       offset;
} text_rows[] = {
  { "title",          G_STRUCT_OFFSET (KhNodeEditor, title_row) },
  { "lead-note",      G_STRUCT_OFFSET (KhNodeEditor, lead_note_row) },
  { "cooperate-note", G_STRUCT_OFFSET (KhNodeEditor, cooperate_note_row) },
  { "participants",   G_STRUCT_OFFSET (KhNodeEditor, participants_row) },
  { "quantity",       G_STRUCT_OFFSET (KhNodeEditor, quantity_row) },
  { "duration",       G_STRUCT_OFFSET (KhNodeEditor, duration_row) },
  { "products",       G_STRUCT_OFFSET (KhNodeEditor, products_row) },
  { "notes",          G_STRUCT_OFFSET (KhNodeEditor, notes_row) },
  { "budget-source",  G_STRUCT_OFFSET (KhNodeEditor, budget_source_row) },
};

#define TEXT_ROW(self, i) G_STRUCT_MEMBER (AdwEntryRow *, (self), text_rows[i].offset)

KhHistory *
_kh_node_editor_get_history (KhNodeEditor *self)
{
  return kh_document_get_history (self->document);
}

static KhPlan *
plan_of (KhNodeEditor *self)
{
  return self->document != NULL ? kh_document_get_plan (self->document) : NULL;
}

/* Sets @editable's text unless it already reads so. */
static void
set_editable_text (KhNodeEditor *self,
                   GtkEditable  *editable,
                   const char   *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) == 0)
    return;
  self->updating++;
  gtk_editable_set_text (editable, text);
  self->updating--;
}

/* Showing the node */

static void
sync_text_row (KhNodeEditor *self,
               guint         i)
{
  g_autofree char *value = NULL;

  g_object_get (self->node, text_rows[i].property, &value, NULL);
  set_editable_text (self, GTK_EDITABLE (TEXT_ROW (self, i)), value);
}

static void
sync_body (KhNodeEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, kh_node_get_body (self->node)) == 0)
    return;
  self->updating++;
  gtk_text_buffer_set_text (buffer, kh_node_get_body (self->node), -1);
  self->updating--;
}

static void
set_budget_error (KhNodeEditor *self,
                  gboolean      error)
{
  GtkWidget *row = GTK_WIDGET (self->budget_row);

  if (error)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, _("Type the amount in đồng with digits only, such as 1.500.000"));
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, NULL);
    }
}

/* Shows the node's amount, unless the text already means it (as the user
 * typed it, with or without separators). */
static void
sync_budget (KhNodeEditor *self)
{
  gint64 amount = kh_node_get_budget_amount (self->node);
  g_autofree char *text = kh_amount_format (amount, kh_plan_get_language (plan_of (self)));
  gint64 shown;

  if (kh_amount_parse (gtk_editable_get_text (GTK_EDITABLE (self->budget_row)), &shown)
      && shown == amount)
    return;
  set_editable_text (self, GTK_EDITABLE (self->budget_row), text);
  set_budget_error (self, FALSE);
}

static void
sync_kind (KhNodeEditor *self)
{
  self->updating++;
  adw_combo_row_set_selected (self->kind_row, kh_node_get_kind (self->node));
  self->updating--;
}

static void
sync_heading (KhNodeEditor *self)
{
  g_autofree char *label = kh_numbering_label (plan_of (self), self->node);
  g_autofree char *title = NULL;

  if (kh_node_get_kind (self->node) == KH_NODE_SECTION)
    /* Translators: the heading of the editor; %s is the number ("II."). */
    title = g_strdup_printf (_("Section %s"), label);
  else
    /* Translators: the heading of the editor; %s is the number ("1.2."). */
    title = g_strdup_printf (_("Item %s"), label);
  adw_preferences_group_set_title (self->general_group, title);
}

/* Sections show only what they hold; items show every field. */
static void
sync_visibility (KhNodeEditor *self)
{
  gboolean item = kh_node_get_kind (self->node) == KH_NODE_ITEM || kh_node_is_task (self->node);
  gboolean details = item;
  gboolean budget = item || kh_node_get_budget_amount (self->node) != 0
                    || *kh_node_get_budget_source (self->node) != '\0';

  for (guint i = 0; i < G_N_ELEMENTS (text_rows) && !details; i++)
    {
      GtkWidget *row = GTK_WIDGET (TEXT_ROW (self, i));

      if (gtk_widget_is_ancestor (row, GTK_WIDGET (self->details_group))
          && *gtk_editable_get_text (GTK_EDITABLE (row)) != '\0')
        details = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->leads_group), item);
  gtk_widget_set_visible (GTK_WIDGET (self->cooperating_group), item);
  gtk_widget_set_visible (GTK_WIDGET (self->timeline_editor), item);
  gtk_widget_set_visible (GTK_WIDGET (self->details_group), details);
  gtk_widget_set_visible (GTK_WIDGET (self->budget_group), budget);
}

static void
sync_all (KhNodeEditor *self)
{
  KhPlan *plan = plan_of (self);

  if (self->node == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      _kh_node_editor_sync_assignments (self);
      _kh_node_editor_refresh_findings (self);
      return;
    }

  sync_kind (self);
  sync_heading (self);
  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    sync_text_row (self, i);
  sync_body (self);
  sync_budget (self);
  self->updating++;
  gtk_switch_set_active (self->appendix_switch, kh_node_get_in_appendix (self->node));
  self->updating--;
  kh_timeline_editor_set_language (self->timeline_editor, kh_plan_get_language (plan));
  kh_timeline_editor_set_default_year (self->timeline_editor, kh_plan_get_year (plan));
  kh_timeline_editor_set_timeline (self->timeline_editor, kh_node_get_timeline (self->node));
  _kh_node_editor_sync_assignments (self);
  sync_visibility (self);
  _kh_node_editor_refresh_findings (self);
  gtk_stack_set_visible_child_name (self->stack, "node");
}

/* The model's signals */

static void
on_node_notify (KhNode       *node,
                GParamSpec   *pspec,
                KhNodeEditor *self)
{
  const char *name = pspec->name;

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    if (g_str_equal (name, text_rows[i].property))
      {
        sync_text_row (self, i);
        sync_visibility (self);
        return;
      }

  if (g_str_equal (name, "kind"))
    {
      sync_kind (self);
      sync_heading (self);
    }
  else if (g_str_equal (name, "body"))
    sync_body (self);
  else if (g_str_equal (name, "budget-amount"))
    sync_budget (self);
  else if (g_str_equal (name, "in-appendix"))
    {
      self->updating++;
      gtk_switch_set_active (self->appendix_switch, kh_node_get_in_appendix (node));
      self->updating--;
    }
  else if (g_str_equal (name, "timeline"))
    kh_timeline_editor_set_timeline (self->timeline_editor, kh_node_get_timeline (node));
  sync_visibility (self);
}

static void
on_assignments_changed (KhNodeEditor *self)
{
  _kh_node_editor_sync_assignments (self);
  sync_visibility (self);
}

static void
on_plan_changed (KhNodeEditor *self)
{
  _kh_node_editor_refresh_findings (self);
}

static void
on_units_changed (KhNodeEditor *self)
{
  if (self->node != NULL)
    _kh_node_editor_sync_assignments (self);
}

/* The node may have left the plan (deleted, or its insertion undone),
 * and its number may have changed. */
static void
on_structure_changed (KhNodeEditor *self)
{
  KhPlan *plan = plan_of (self);

  if (self->node == NULL)
    return;
  if (kh_plan_lookup_node (plan, kh_node_get_id (self->node)) != self->node)
    {
      kh_node_editor_set_node (self, NULL);
      return;
    }
  sync_heading (self);
}

static void
on_plan_language (KhNodeEditor *self)
{
  kh_timeline_editor_set_language (self->timeline_editor, kh_plan_get_language (plan_of (self)));
}

static void
on_plan_year (KhNodeEditor *self)
{
  kh_timeline_editor_set_default_year (self->timeline_editor, kh_plan_get_year (plan_of (self)));
}

/* The user's edits */

/* FALSE while the editor updates its widgets, and when the node shown
 * has just left the plan (what waited for Enter goes with it). */
gboolean
_kh_node_editor_can_edit (KhNodeEditor *self)
{
  return self->updating == 0 && self->node != NULL && self->document != NULL
         && kh_plan_lookup_node (plan_of (self), kh_node_get_id (self->node)) == self->node;
}


static void
on_text_row_changed (GtkEditable  *editable,
                     KhNodeEditor *self)
{
  const char *property = g_object_get_data (G_OBJECT (editable), "kh-property");

  if (!_kh_node_editor_can_edit (self))
    return;
  kh_edit_set_text (_kh_node_editor_get_history (self), G_OBJECT (self->node), property,
                    gtk_editable_get_text (editable));
}

static void
on_body_changed (GtkTextBuffer *buffer,
                 KhNodeEditor  *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (!_kh_node_editor_can_edit (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  kh_edit_set_text (_kh_node_editor_get_history (self), G_OBJECT (self->node), "body", text);
}

static void
on_kind_selected (KhNodeEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (!_kh_node_editor_can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;
  kh_edit_set_node_kind (_kh_node_editor_get_history (self), self->node, (KhNodeKind) selected);
}

static void
on_appendix_active (KhNodeEditor *self)
{
  if (!_kh_node_editor_can_edit (self))
    return;
  kh_edit_set_in_appendix (_kh_node_editor_get_history (self), self->node,
                           gtk_switch_get_active (self->appendix_switch));
}

static void
on_timeline_edited (KhTimelineEditor *editor,
                    KhTimeline       *timeline,
                    KhNodeEditor     *self)
{
  if (!_kh_node_editor_can_edit (self))
    return;
  kh_edit_set_timeline (_kh_node_editor_get_history (self), self->node, timeline);
}

/* While typing, the amount is only checked: it is applied on Enter. */
static void
on_budget_changed (KhNodeEditor *self)
{
  gint64 amount;

  if (self->updating > 0)
    return;
  set_budget_error (self, !kh_amount_parse (gtk_editable_get_text (GTK_EDITABLE (self->budget_row)),
                                            &amount));
}

/* Applies a valid amount and shows it with separators; a wrong one stays
 * as typed, marked, for the user to correct. */
static void
commit_budget (KhNodeEditor *self)
{
  g_autofree char *text = NULL;
  gint64 amount;

  if (!_kh_node_editor_can_edit (self))
    return;
  if (!kh_amount_parse (gtk_editable_get_text (GTK_EDITABLE (self->budget_row)), &amount))
    {
      set_budget_error (self, TRUE);
      return;
    }
  set_budget_error (self, FALSE);
  kh_edit_set_budget_amount (_kh_node_editor_get_history (self), self->node, amount);
  text = kh_amount_format (amount, kh_plan_get_language (plan_of (self)));
  set_editable_text (self, GTK_EDITABLE (self->budget_row), text);
}

void
kh_node_editor_commit (KhNodeEditor *self)
{
  g_return_if_fail (KH_IS_NODE_EDITOR (self));

  if (!_kh_node_editor_can_edit (self))
    return;
  commit_budget (self);
  _kh_node_editor_commit_scopes (self);
  kh_timeline_editor_commit (self->timeline_editor);
}

/* Another node starts at its top.  AdwPreferencesPage 1.2 has no API for
 * it: its scrolled window is its child. */
static void
scroll_to_top (KhNodeEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      }
}

/* Public */

GtkWidget *
kh_node_editor_new (void)
{
  return g_object_new (KH_TYPE_NODE_EDITOR, NULL);
}

KhDocument *
kh_node_editor_get_document (KhNodeEditor *self)
{
  g_return_val_if_fail (KH_IS_NODE_EDITOR (self), NULL);
  return self->document;
}

void
kh_node_editor_set_document (KhNodeEditor *self,
                             KhDocument   *document)
{
  g_return_if_fail (KH_IS_NODE_EDITOR (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  kh_node_editor_set_node (self, NULL);
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->plan_signals, plan_of (self));
  kh_unit_entry_set_document (self->lead_entry, document);
  kh_unit_entry_set_document (self->cooperate_entry, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KhNode *
kh_node_editor_get_node (KhNodeEditor *self)
{
  g_return_val_if_fail (KH_IS_NODE_EDITOR (self), NULL);
  return self->node;
}

void
kh_node_editor_set_node (KhNodeEditor *self,
                         KhNode       *node)
{
  g_return_if_fail (KH_IS_NODE_EDITOR (self));
  g_return_if_fail (node == NULL || KH_IS_NODE (node));
  g_return_if_fail (node == NULL || self->document != NULL);

  if (self->node == node)
    return;

  /* What waits for Enter belongs to the node shown until now. */
  kh_node_editor_commit (self);
  g_set_object (&self->node, node);
  g_signal_group_set_target (self->node_signals, node);
  sync_all (self);
  scroll_to_top (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
}

/* GObject */

static void
kh_node_editor_dispose (GObject *object)
{
  KhNodeEditor *self = KH_NODE_EDITOR (object);

  if (self->node_signals != NULL)
    g_signal_group_set_target (self->node_signals, NULL);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  /* No edit may come from the widgets while they go. */
  self->updating++;
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_NODE_EDITOR);
  g_clear_object (&self->node_signals);
  g_clear_object (&self->plan_signals);
  g_clear_pointer (&self->lead_rows, g_ptr_array_unref);
  g_clear_object (&self->node);
  g_clear_object (&self->document);
  g_clear_pointer (&self->findings_shown, g_free);

  G_OBJECT_CLASS (kh_node_editor_parent_class)->dispose (object);
}

static void
kh_node_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KhNodeEditor *self = KH_NODE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_node_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KhNodeEditor *self = KH_NODE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_node_editor_set_document (self, g_value_get_object (value));
      break;
    case PROP_NODE:
      kh_node_editor_set_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_node_editor_class_init (KhNodeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_node_editor_dispose;
  object_class->get_property = kh_node_editor_get_property;
  object_class->set_property = kh_node_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, KH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_TIMELINE_EDITOR);
  g_type_ensure (KH_TYPE_UNIT_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-node-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, page);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, findings_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, findings_icon);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, findings_list);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, general_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, appendix_switch);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, leads_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, lead_add_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, lead_entry);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, lead_note_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, cooperating_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, cooperating_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, cooperating_box);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, cooperate_entry);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, cooperate_note_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, timeline_editor);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, participants_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, products_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, budget_group);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, budget_row);
  gtk_widget_class_bind_template_child (widget_class, KhNodeEditor, budget_source_row);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_edited);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nodeeditor");
}

static void
kh_node_editor_init (KhNodeEditor *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->lead_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      AdwEntryRow *row = TEXT_ROW (self, i);

      g_object_set_data (G_OBJECT (row), "kh-property", (gpointer) text_rows[i].property);
      /* The document's history undoes; the entry's own would fight it. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      g_signal_connect (row, "changed", G_CALLBACK (on_text_row_changed), self);
    }

  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_body_changed), self);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected), self);
  g_signal_connect_swapped (self->appendix_switch, "notify::active",
                            G_CALLBACK (on_appendix_active), self);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->budget_row), FALSE);
  g_signal_connect_swapped (self->budget_row, "changed", G_CALLBACK (on_budget_changed), self);
  g_signal_connect_swapped (self->budget_row, "apply", G_CALLBACK (commit_budget), self);
  g_signal_connect_swapped (self->budget_row, "entry-activated", G_CALLBACK (commit_budget), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (commit_budget), self);
  gtk_widget_add_controller (GTK_WIDGET (self->budget_row), focus);

  self->node_signals = g_signal_group_new (KH_TYPE_NODE);
  g_signal_group_connect (self->node_signals, "notify", G_CALLBACK (on_node_notify), self);
  g_signal_group_connect_swapped (self->node_signals, "assignments-changed",
                                  G_CALLBACK (on_assignments_changed), self);

  self->plan_signals = g_signal_group_new (KH_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed",
                                  G_CALLBACK (on_plan_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "units-changed",
                                  G_CALLBACK (on_units_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "structure-changed",
                                  G_CALLBACK (on_structure_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::numbering",
                                  G_CALLBACK (on_structure_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::language",
                                  G_CALLBACK (on_plan_language), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::year",
                                  G_CALLBACK (on_plan_year), self);

  _kh_node_editor_init_units (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
