/* kh-unit-duties-view.c — one unit's duties.
 *
 * Left, the plan's units, narrowed by a search that ignores diacritics
 * and knows abbreviations (kh_unit_match_candidates); right, what the
 * chosen unit does (kh_unit_duties_collect): a heading for the tasks it
 * leads and one for those it supports, section headings inside each, a
 * row per task with its number, title, scope, timeline and partners, in
 * the plan's language as the copied text is.  Both lists are GtkListViews
 * over flat models, so a unit with hundreds of tasks costs a screenful
 * of rows.  The duties follow the plan's "changed" signal, collected
 * again once per main loop turn, and only while the view is mapped.
 *
 * SHORTCUTS (inside the view):
 *   Ctrl+F         duties.search   focus the unit search
 *   Ctrl+Shift+C   duties.copy     copy the unit's duties as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-duties-view.h"
#include "kh-numbering.h"
#include "kh-unit-duties.h"
#include "kh-unit-match.h"
#include "kh-unit-row.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* One row of the duties list: a part heading, a section heading or a
 * task.  It keeps its own texts: the duties it came from are freed when
 * the list is collected again. */
typedef enum {
  ENTRY_PART,
  ENTRY_SECTION,
  ENTRY_DUTY,
} EntryKind;

#define KH_TYPE_DUTY_ENTRY (kh_duty_entry_get_type ())
G_DECLARE_FINAL_TYPE (KhDutyEntry, kh_duty_entry, KH, DUTY_ENTRY, GObject)

struct _KhDutyEntry
{
  GObject    parent_instance;
  EntryKind  kind;
  char      *number;
  char      *title;
  char      *details;
};

G_DEFINE_FINAL_TYPE (KhDutyEntry, kh_duty_entry, G_TYPE_OBJECT)

static void
kh_duty_entry_finalize (GObject *object)
{
  KhDutyEntry *self = KH_DUTY_ENTRY (object);

  g_free (self->number);
  g_free (self->title);
  g_free (self->details);
  G_OBJECT_CLASS (kh_duty_entry_parent_class)->finalize (object);
}

static void
kh_duty_entry_class_init (KhDutyEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_duty_entry_finalize;
}

static void
kh_duty_entry_init (KhDutyEntry *self)
{
}

static KhDutyEntry *
kh_duty_entry_new (EntryKind   kind,
                   const char *number,
                   const char *title,
                   char       *details)
{
  KhDutyEntry *self = g_object_new (KH_TYPE_DUTY_ENTRY, NULL);

  self->kind = kind;
  self->number = g_strdup (number);
  self->title = g_strdup (title);
  self->details = details;
  return self;
}

struct _KhUnitDutiesView
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *paned;
  GtkSearchEntry     *search_entry;
  GtkListView        *unit_list;
  GtkStack           *stack;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkListView        *duty_list;
  AdwStatusPage      *none_page;

  /* owned */
  KhDocument         *document;
  KhPlan             *plan;
  KhUnit             *unit;
  GListStore         *units;        /* the units offered */
  GtkSingleSelection *unit_selection;
  GListStore         *entries;      /* of KhDutyEntry */
  GPtrArray          *duties;       /* of KhUnitDuty */
  gboolean            dirty;        /* the duties need collecting again */
  guint               refresh_id;
  gboolean            syncing;      /* selecting a unit from code */
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhUnitDutiesView, kh_unit_duties_view, GTK_TYPE_WIDGET)

/* The units */

static void
select_shown_unit (KhUnitDutiesView *self)
{
  guint position;

  self->syncing = TRUE;
  if (self->unit != NULL && g_list_store_find (self->units, self->unit, &position))
    gtk_single_selection_set_selected (self->unit_selection, position);
  else
    gtk_single_selection_set_selected (self->unit_selection, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
}

static void
refill_units (KhUnitDutiesView *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) shown = NULL;
  GListModel *units;

  if (self->plan == NULL)
    {
      g_list_store_remove_all (self->units);
      return;
    }
  units = kh_plan_get_units (self->plan);
  if (*typed == '\0')
    {
      shown = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        g_ptr_array_add (shown, g_list_model_get_item (units, i));
    }
  else
    shown = kh_unit_match_candidates (units, typed, g_list_model_get_n_items (units));
  self->syncing = TRUE;
  g_list_store_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                       shown->pdata, shown->len);
  self->syncing = FALSE;
  select_shown_unit (self);
}

static void
search_changed (KhUnitDutiesView *self)
{
  refill_units (self);
}

/* Enter picks the best match. */
static void
search_activated (KhUnitDutiesView *self)
{
  g_autoptr(KhUnit) best = g_list_model_get_item (G_LIST_MODEL (self->units), 0);

  if (best != NULL)
    kh_unit_duties_view_set_unit (self, best);
}

static void
stop_search (KhUnitDutiesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
unit_selected (KhUnitDutiesView *self)
{
  KhUnit *unit = gtk_single_selection_get_selected_item (self->unit_selection);

  if (!self->syncing && unit != NULL)
    kh_unit_duties_view_set_unit (self, unit);
}

/* The duties */

static char *
section_heading (KhUnitDutiesView *self,
                 KhNode           *section)
{
  g_autofree char *label = kh_numbering_label (self->plan, section);

  return g_strdup_printf ("%s %s", label, kh_node_get_title (section));
}

static char *
duty_details (const KhUnitDuty *duty)
{
  GString *text = g_string_new (NULL);

  if (*duty->scope != '\0')
    g_string_append_printf (text, _("Scope: %s"), duty->scope);
  if (*duty->timeline != '\0')
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Timeline: %s"), duty->timeline);
    }
  if (*duty->partners != '\0')
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, duty->role == KH_ROLE_LEAD ? _("With: %s") : _("Led by: %s"),
                              duty->partners);
    }
  return g_string_free (text, FALSE);
}

static char *
part_heading (KhRole role,
              guint  count)
{
  if (role == KH_ROLE_LEAD)
    return g_strdup_printf (ngettext ("Leads %u task", "Leads %u tasks", count), count);
  return g_strdup_printf (ngettext ("Supports %u task", "Supports %u tasks", count), count);
}

static void
refresh_duties (KhUnitDutiesView *self)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_leads = 0;
  KhRole part = KH_ROLE_NONE;
  KhNode *section = NULL;

  self->dirty = FALSE;
  g_clear_pointer (&self->duties, g_ptr_array_unref);
  if (self->plan != NULL && self->unit != NULL)
    self->duties = kh_unit_duties_collect (self->plan, self->unit, kh_plan_get_language (self->plan));
  else
    self->duties = g_ptr_array_new ();

  for (guint i = 0; i < self->duties->len; i++)
    n_leads += ((KhUnitDuty *) g_ptr_array_index (self->duties, i))->role == KH_ROLE_LEAD;
  for (guint i = 0; i < self->duties->len; i++)
    {
      KhUnitDuty *duty = g_ptr_array_index (self->duties, i);

      if (duty->role != part)
        {
          g_autofree char *heading =
            part_heading (duty->role, duty->role == KH_ROLE_LEAD ? n_leads : self->duties->len - n_leads);

          part = duty->role;
          section = NULL;
          g_ptr_array_add (entries, kh_duty_entry_new (ENTRY_PART, NULL, heading, NULL));
        }
      if (duty->section != section && duty->section != NULL)
        {
          g_autofree char *heading = section_heading (self, duty->section);
          g_ptr_array_add (entries, kh_duty_entry_new (ENTRY_SECTION, NULL, heading, NULL));
        }
      section = duty->section;
      g_ptr_array_add (entries, kh_duty_entry_new (ENTRY_DUTY, duty->label, duty->title,
                                                   duty_details (duty)));
    }
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);

  if (self->unit == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      g_autofree char *subtitle = kh_unit_row_detail (self->unit);

      gtk_label_set_text (self->title_label, kh_unit_get_name (self->unit));
      gtk_label_set_text (self->subtitle_label, subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
      adw_status_page_set_description (self->none_page, kh_unit_get_name (self->unit));
      gtk_stack_set_visible_child_name (self->stack, self->duties->len > 0 ? "duties" : "none");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duties.copy", self->unit != NULL);
}

static gboolean
refresh_idle (gpointer data)
{
  KhUnitDutiesView *self = data;

  self->refresh_id = 0;
  if (self->dirty)
    refresh_duties (self);
  return G_SOURCE_REMOVE;
}

/* Collects again once the current change is over, if anyone looks. */
static void
queue_refresh (KhUnitDutiesView *self)
{
  self->dirty = TRUE;
  if (self->refresh_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
plan_changed (KhUnitDutiesView *self)
{
  if (self->unit != NULL)
    queue_refresh (self);
}

static void
units_changed (KhUnitDutiesView *self)
{
  if (self->unit != NULL
      && kh_plan_lookup_unit (self->plan, kh_unit_get_id (self->unit)) != self->unit)
    kh_unit_duties_view_set_unit (self, NULL);
  refill_units (self);
}

static void
setup_duty_row (GtkListItemFactory *factory,
                GtkListItem        *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_yalign (GTK_LABEL (number), 0);
  gtk_label_set_width_chars (GTK_LABEL (number), 5);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (title), FALSE);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (row), number);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_add_css_class (row, "kh-duty");
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
}

static void
bind_duty_row (GtkListItemFactory *factory,
               GtkListItem        *item)
{
  KhDutyEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *number = gtk_widget_get_first_child (row);
  GtkWidget *texts = gtk_widget_get_next_sibling (number);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *details = gtk_widget_get_next_sibling (title);

  gtk_widget_set_visible (number, entry->kind == ENTRY_DUTY);
  gtk_label_set_text (GTK_LABEL (number), entry->number ? entry->number : "");
  gtk_label_set_text (GTK_LABEL (title), entry->title);
  gtk_label_set_text (GTK_LABEL (details), entry->details ? entry->details : "");
  gtk_widget_set_visible (details, entry->details != NULL && *entry->details != '\0');
  if (entry->kind == ENTRY_PART)
    gtk_widget_add_css_class (row, "kh-duty-part");
  else
    gtk_widget_remove_css_class (row, "kh-duty-part");
  if (entry->kind == ENTRY_SECTION)
    gtk_widget_add_css_class (row, "kh-duty-section");
  else
    gtk_widget_remove_css_class (row, "kh-duty-section");
}

/* Actions */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhUnitDutiesView *self = KH_UNIT_DUTIES_VIEW (widget);
  g_autofree char *text = NULL;
  GtkWidget *overlay;

  if (self->plan == NULL || self->unit == NULL)
    return;
  text = kh_unit_duties_format_text (self->plan, self->unit, kh_plan_get_language (self->plan));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Copied")));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (KH_UNIT_DUTIES_VIEW (widget)->search_entry));
}

/* Public */

KhDocument *
kh_unit_duties_view_get_document (KhUnitDutiesView *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DUTIES_VIEW (self), NULL);
  return self->document;
}

void
kh_unit_duties_view_set_document (KhUnitDutiesView *self,
                                  KhDocument       *document)
{
  g_return_if_fail (KH_IS_UNIT_DUTIES_VIEW (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  g_set_object (&self->document, document);
  g_clear_object (&self->unit);
  if (document != NULL)
    {
      self->plan = g_object_ref (kh_document_get_plan (document));
      g_signal_connect_swapped (self->plan, "changed", G_CALLBACK (plan_changed), self);
      g_signal_connect_swapped (self->plan, "units-changed", G_CALLBACK (units_changed), self);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refill_units (self);
  refresh_duties (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

KhUnit *
kh_unit_duties_view_get_unit (KhUnitDutiesView *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DUTIES_VIEW (self), NULL);
  return self->unit;
}

void
kh_unit_duties_view_set_unit (KhUnitDutiesView *self,
                              KhUnit           *unit)
{
  g_return_if_fail (KH_IS_UNIT_DUTIES_VIEW (self));
  g_return_if_fail (unit == NULL || KH_IS_UNIT (unit));

  if (!g_set_object (&self->unit, unit))
    return;
  select_shown_unit (self);
  refresh_duties (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

GListModel *
kh_unit_duties_view_get_units (KhUnitDutiesView *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DUTIES_VIEW (self), NULL);
  return G_LIST_MODEL (self->units);
}

GPtrArray *
kh_unit_duties_view_get_duties (KhUnitDutiesView *self)
{
  g_return_val_if_fail (KH_IS_UNIT_DUTIES_VIEW (self), NULL);
  if (self->dirty)
    refresh_duties (self);
  return self->duties;
}

/* GtkWidget */

static void
kh_unit_duties_view_map (GtkWidget *widget)
{
  KhUnitDutiesView *self = KH_UNIT_DUTIES_VIEW (widget);

  GTK_WIDGET_CLASS (kh_unit_duties_view_parent_class)->map (widget);
  if (self->dirty)
    refresh_duties (self);
}

static void
kh_unit_duties_view_dispose (GObject *object)
{
  KhUnitDutiesView *self = KH_UNIT_DUTIES_VIEW (object);

  kh_unit_duties_view_set_document (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_UNIT_DUTIES_VIEW);
  g_clear_object (&self->units);
  g_clear_object (&self->unit_selection);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->duties, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_unit_duties_view_parent_class)->dispose (object);
}

static void
kh_unit_duties_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KhUnitDutiesView *self = KH_UNIT_DUTIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_unit_duties_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KhUnitDutiesView *self = KH_UNIT_DUTIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_unit_duties_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_UNIT:
      kh_unit_duties_view_set_unit (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_unit_duties_view_class_init (KhUnitDutiesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_unit_duties_view_dispose;
  object_class->get_property = kh_unit_duties_view_get_property;
  object_class->set_property = kh_unit_duties_view_set_property;
  widget_class->map = kh_unit_duties_view_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, KH_TYPE_UNIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-unit-duties-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, paned);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, unit_list);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, stack);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, duty_list);
  gtk_widget_class_bind_template_child (widget_class, KhUnitDutiesView, none_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_activated);
  gtk_widget_class_bind_template_callback (widget_class, stop_search);

  gtk_widget_class_install_action (widget_class, "duties.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "duties.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "duties.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "duties.copy", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_unit_duties_view_init (KhUnitDutiesView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->units = g_list_store_new (KH_TYPE_UNIT);
  self->unit_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->units)));
  gtk_single_selection_set_autoselect (self->unit_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->unit_selection, TRUE);
  gtk_single_selection_set_selected (self->unit_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->unit_selection, "notify::selected",
                            G_CALLBACK (unit_selected), self);
  factory = kh_unit_row_factory_new ();
  gtk_list_view_set_factory (self->unit_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->unit_list, GTK_SELECTION_MODEL (self->unit_selection));

  self->entries = g_list_store_new (KH_TYPE_DUTY_ENTRY);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_duty_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_duty_row), NULL);
  gtk_list_view_set_factory (self->duty_list, factory);
  g_object_unref (factory);
  {
    GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->entries)));
    gtk_list_view_set_model (self->duty_list, GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }

  self->duties = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duties.copy", FALSE);
}

GtkWidget *
kh_unit_duties_view_new (void)
{
  return g_object_new (KH_TYPE_UNIT_DUTIES_VIEW, NULL);
}
