/* kh-unit-entry.c — an entry for naming a unit of the plan, with completion.
 *
 * The candidates show in a GtkPopover that never takes the focus (as
 * GtkEntryCompletion's does), so typing goes on in the entry while the
 * list follows; the keys that steer the list are caught in the capture
 * phase before the text sees them.
 *
 * SHORTCUTS (while the entry has the focus)
 *   Down / Up   next / previous candidate
 *   Enter       choose the highlighted candidate (or create the unit)
 *   Escape      close the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit-entry.h"
#include "kh-edit.h"
#include "kh-text.h"
#include "kh-unit-match.h"

#include <glib/gi18n.h>

/* More would not fit a popover; the user types on to narrow them. */
#define MAX_CANDIDATES 12

struct _KhUnitEntry
{
  GtkWidget           parent_instance;

  /* children */
  GtkWidget          *text;
  GtkWidget          *popover;
  GtkWidget          *list_view;

  /* owned */
  KhDocument         *document;
  GListStore         *items;
  GtkSingleSelection *selection;

  /* > 0 while the widget changes its own text */
  guint               updating;
  guint               hide_idle;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

enum {
  UNIT_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkEditable *
kh_unit_entry_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (KH_UNIT_ENTRY (editable)->text);
}

static void
kh_unit_entry_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = kh_unit_entry_get_delegate;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (KhUnitEntry, kh_unit_entry, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE,
                                                      kh_unit_entry_editable_init))

/* The list */

typedef struct {
  GtkWidget *icon;
  GtkWidget *title;
  GtkWidget *subtitle;
} RowWidgets;

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  RowWidgets *row = g_new0 (RowWidgets, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  row->icon = gtk_image_new_from_icon_name ("list-add-symbolic");
  row->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (row->title), PANGO_ELLIPSIZE_END);
  row->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (row->subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->subtitle, "dim-label");
  gtk_widget_add_css_class (row->subtitle, "caption");

  gtk_box_append (GTK_BOX (labels), row->title);
  gtk_box_append (GTK_BOX (labels), row->subtitle);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), row->icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_add_css_class (box, "kh-unit-candidate");

  g_object_set_data_full (G_OBJECT (box), "kh-row", row, g_free);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  RowWidgets *row = g_object_get_data (G_OBJECT (box), "kh-row");
  GObject *item = gtk_list_item_get_item (list_item);

  if (KH_IS_UNIT (item))
    {
      KhUnit *unit = KH_UNIT (item);
      const char *short_name = kh_unit_get_short_name (unit);
      const char *group = kh_unit_get_group (unit);
      g_autofree char *subtitle = NULL;

      if (*short_name != '\0' && *group != '\0')
        subtitle = g_strdup_printf ("%s · %s", short_name, group);
      else
        subtitle = g_strdup (*short_name != '\0' ? short_name : group);

      gtk_widget_set_visible (row->icon, FALSE);
      gtk_label_set_label (GTK_LABEL (row->title), kh_unit_get_name (unit));
      gtk_label_set_label (GTK_LABEL (row->subtitle), subtitle);
      gtk_widget_set_visible (row->subtitle, *subtitle != '\0');
    }
  else
    {
      const char *name = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
      /* Translators: the last item of the completion list of a unit
       * entry; %s is the name the user typed. */
      g_autofree char *title = g_strdup_printf (_("Create unit “%s”"), name);

      gtk_widget_set_visible (row->icon, TRUE);
      gtk_label_set_label (GTK_LABEL (row->title), title);
      gtk_label_set_label (GTK_LABEL (row->subtitle), _("Add it to the plan’s units"));
      gtk_widget_set_visible (row->subtitle, TRUE);
    }
}

static void
hide_list (KhUnitEntry *self)
{
  g_clear_handle_id (&self->hide_idle, g_source_remove);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static gboolean
hide_list_idle (gpointer data)
{
  KhUnitEntry *self = data;

  self->hide_idle = 0;
  hide_list (self);
  return G_SOURCE_REMOVE;
}

/* TRUE when the entry lies in the visible part of its scrolled window
 * (or window).  GTK 4.8 on X11 cannot place a popover whose anchor lies
 * off the monitor, so the list shows only below an entry in sight. */
static gboolean
anchor_visible (KhUnitEntry *self)
{
  GtkWidget *clip = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  graphene_rect_t area;

  if (clip == NULL)
    clip = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self)));
  if (clip == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), clip, &bounds))
    return FALSE;
  graphene_rect_init (&area, 0, 0, gtk_widget_get_width (clip), gtk_widget_get_height (clip));
  return graphene_rect_contains_rect (&area, &bounds);
}

static void
show_list (KhUnitEntry *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* Only for the user typing here: a list for text set from elsewhere,
   * maybe scrolled out of sight, would float on its own. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !gtk_widget_is_focus (self->text)
      || !anchor_visible (self))
    return;
  /* As wide as the entry, like GtkEntryCompletion's list. */
  gtk_widget_set_size_request (self->list_view, MAX (width, 240), -1);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* Fills the list with what fits the text now. */
static void
update_candidates (KhUnitEntry *self)
{
  g_autofree char *typed = kh_text_squeeze (gtk_editable_get_text (GTK_EDITABLE (self->text)));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  if (self->document != NULL && *typed != '\0')
    {
      GListModel *units = kh_plan_get_units (kh_document_get_plan (self->document));
      g_autoptr(GPtrArray) candidates = kh_unit_match_candidates (units, typed, MAX_CANDIDATES);

      for (guint i = 0; i < candidates->len; i++)
        g_ptr_array_add (items, g_object_ref (g_ptr_array_index (candidates, i)));
      if (kh_unit_match (units, typed) == NULL)
        g_ptr_array_add (items, gtk_string_object_new (typed));
    }

  g_list_store_splice (self->items, 0, n_old, items->pdata, items->len);
  if (items->len > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      show_list (self);
    }
  else
    hide_list (self);
}

static void
clear_text (KhUnitEntry *self)
{
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->text), "");
  self->updating--;
  g_list_store_remove_all (self->items);
  hide_list (self);
}

/* Picks the item at @position: emits "unit-chosen" for a unit, or adds
 * the typed unit first, in one undo step with what the handlers do. */
static void
choose (KhUnitEntry *self,
        guint        position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  g_autoptr(KhUnitEntry) hold = g_object_ref (self);

  if (item == NULL || self->document == NULL)
    return;

  clear_text (self);
  if (KH_IS_UNIT (item))
    g_signal_emit (self, signals[UNIT_CHOSEN], 0, item);
  else
    {
      KhHistory *history = kh_document_get_history (self->document);
      const char *name = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
      KhUnit *unit;

      kh_history_begin_group (history);
      unit = kh_edit_add_unit (history, name, NULL, NULL);
      if (unit != NULL)
        g_signal_emit (self, signals[UNIT_CHOSEN], 0, unit);
      /* Translators: the name of an undo step ("Undo Add Unit"). */
      kh_history_end_group (history, _("Add Unit"));
    }
}

static void
move_selection (KhUnitEntry *self,
                int          step)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (!gtk_widget_get_visible (self->popover) || n == 0)
    {
      /* Down on a closed list opens it, as in a combo box. */
      update_candidates (self);
      return;
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = step > 0 ? 0 : n - 1;
  else
    selected = (selected + n + step) % n;
  gtk_single_selection_set_selected (self->selection, selected);
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", selected);
}

/* Signal handlers */

static void
on_text_changed (KhUnitEntry *self)
{
  if (self->updating == 0)
    update_candidates (self);
}

static void
on_text_activate (KhUnitEntry *self)
{
  guint selected;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0)
    update_candidates (self);
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  choose (self, selected);
}

static void
on_list_activate (KhUnitEntry *self,
                  guint        position)
{
  choose (self, position);
  gtk_widget_grab_focus (self->text);
}

static gboolean
on_key_pressed (KhUnitEntry     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      /* Nothing typed, no list: the arrows move between rows as usual. */
      if (!gtk_widget_get_visible (self->popover)
          && *gtk_editable_get_text (GTK_EDITABLE (self->text)) == '\0')
        return GDK_EVENT_PROPAGATE;
      move_selection (self, keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down ? 1 : -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      if (!gtk_widget_get_visible (self->popover))
        return GDK_EVENT_PROPAGATE;
      hide_list (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_focus_leave (KhUnitEntry *self)
{
  hide_list (self);
}

static void
action_select (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_selection (KH_UNIT_ENTRY (widget),
                  g_str_equal (action_name, "unit-entry.select-next") ? 1 : -1);
}

static void
action_dismiss (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hide_list (KH_UNIT_ENTRY (widget));
}

static void
action_choose (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  on_text_activate (KH_UNIT_ENTRY (widget));
}

/* Public */

GtkWidget *
kh_unit_entry_new (void)
{
  return g_object_new (KH_TYPE_UNIT_ENTRY, NULL);
}

KhDocument *
kh_unit_entry_get_document (KhUnitEntry *self)
{
  g_return_val_if_fail (KH_IS_UNIT_ENTRY (self), NULL);
  return self->document;
}

void
kh_unit_entry_set_document (KhUnitEntry *self,
                            KhDocument  *document)
{
  g_return_if_fail (KH_IS_UNIT_ENTRY (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  clear_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
kh_unit_entry_set_placeholder_text (KhUnitEntry *self,
                                    const char  *text)
{
  g_return_if_fail (KH_IS_UNIT_ENTRY (self));

  if (g_strcmp0 (gtk_text_get_placeholder_text (GTK_TEXT (self->text)), text) == 0)
    return;
  gtk_text_set_placeholder_text (GTK_TEXT (self->text), text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

GListModel *
kh_unit_entry_get_candidates (KhUnitEntry *self)
{
  g_return_val_if_fail (KH_IS_UNIT_ENTRY (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
kh_unit_entry_get_selected (KhUnitEntry *self)
{
  g_return_val_if_fail (KH_IS_UNIT_ENTRY (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

/* GtkWidget: one text, and the popover that floats below it */

static void
kh_unit_entry_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (KH_UNIT_ENTRY (widget)->text, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
kh_unit_entry_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KhUnitEntry *self = KH_UNIT_ENTRY (widget);

  gtk_widget_size_allocate (self->text,
                            &(GtkAllocation) { 0, 0, width, height }, baseline);
  /* Scrolled out of sight: the list goes (not while allocating). */
  if (gtk_widget_get_visible (self->popover) && !anchor_visible (self))
    {
      if (self->hide_idle == 0)
        self->hide_idle = g_idle_add (hide_list_idle, self);
      return;
    }
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
kh_unit_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (KH_UNIT_ENTRY (widget)->text);
}

/* GObject */

static void
kh_unit_entry_dispose (GObject *object)
{
  KhUnitEntry *self = KH_UNIT_ENTRY (object);

  g_clear_handle_id (&self->hide_idle, g_source_remove);
  if (self->text != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  g_clear_pointer (&self->text, gtk_widget_unparent);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->list_view = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (kh_unit_entry_parent_class)->dispose (object);
}

static void
kh_unit_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KhUnitEntry *self = KH_UNIT_ENTRY (object);

  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, gtk_text_get_placeholder_text (GTK_TEXT (self->text)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_unit_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KhUnitEntry *self = KH_UNIT_ENTRY (object);

  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_unit_entry_set_document (self, g_value_get_object (value));
      break;
    case PROP_PLACEHOLDER_TEXT:
      kh_unit_entry_set_placeholder_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_unit_entry_class_init (KhUnitEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_unit_entry_dispose;
  object_class->get_property = kh_unit_entry_get_property;
  object_class->set_property = kh_unit_entry_set_property;

  widget_class->measure = kh_unit_entry_measure;
  widget_class->size_allocate = kh_unit_entry_size_allocate;
  widget_class->grab_focus = kh_unit_entry_grab_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_editable_install_properties (object_class, N_PROPS);

  signals[UNIT_CHOSEN] =
    g_signal_new ("unit-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KH_TYPE_UNIT);

  gtk_widget_class_install_action (widget_class, "unit-entry.select-next", NULL, action_select);
  gtk_widget_class_install_action (widget_class, "unit-entry.select-previous", NULL, action_select);
  gtk_widget_class_install_action (widget_class, "unit-entry.dismiss", NULL, action_dismiss);
  gtk_widget_class_install_action (widget_class, "unit-entry.choose", NULL, action_choose);

  gtk_widget_class_set_css_name (widget_class, "entry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
kh_unit_entry_init (KhUnitEntry *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *controller;
  GtkWidget *scrolled;

  self->text = gtk_text_new ();
  gtk_widget_set_hexpand (self->text, TRUE);
  gtk_widget_set_parent (self->text, GTK_WIDGET (self));
  gtk_editable_init_delegate (GTK_EDITABLE (self));
  /* The document's history undoes; the text's own would fight it. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->text), FALSE);
  g_signal_connect_swapped (self->text, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect_swapped (self->text, "activate", G_CALLBACK (on_text_activate), self);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list_view = gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                       factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  /* The focus stays in the entry: the list only follows. */
  gtk_widget_set_can_focus (self->list_view, FALSE);
  gtk_widget_add_css_class (self->list_view, "kh-unit-completion");
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_list_activate), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);

  self->popover = gtk_popover_new ();
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->popover, "kh-unit-completion");
  gtk_popover_set_child (GTK_POPOVER (self->popover), scrolled);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}
