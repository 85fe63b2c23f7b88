/* kh-units-view.c — the plan's unit list.
 *
 * A GtkColumnView over the plan's units, filtered by the search (ignoring
 * diacritics and case) and sorted by group, the groups in the order the
 * plan first names them, the units of a group in the plan's order; the
 * column headers sort by name or short name instead.  Only the rows on
 * screen have widgets: their cells are kept in a table and refreshed when
 * the plan says units or assignments changed, on edits, undo and redo
 * alike; the cells are made in kh-units-view-cells.c.  The dialogs and
 * actions, which change the plan through kh-edit.h, live in
 * kh-units-view-actions.c.
 *
 * SHORTCUTS (while the view has the focus):
 *   Ctrl+F   units.search   focus the search
 *   F2       units.edit     edit the selected unit
 *   Delete   units.delete   delete the selected unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-units-view-private.h"
#include "kh-text.h"
#include "kh-unit-match.h"

#include <glib/gi18n.h>

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhUnitsView, kh_units_view, GTK_TYPE_WIDGET)

/* Sorting and filtering */

static void
ensure_ranks (KhUnitsView *self)
{
  if (!self->ranks_dirty)
    return;
  self->ranks_dirty = FALSE;
  g_hash_table_remove_all (self->group_rank);
  g_hash_table_remove_all (self->unit_rank);
  for (guint i = 0; self->units != NULL && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (self->units, i);
      const char *group = kh_unit_get_group (unit);

      g_hash_table_insert (self->unit_rank, unit, GUINT_TO_POINTER (i + 1));
      if (!g_hash_table_contains (self->group_rank, group))
        g_hash_table_insert (self->group_rank, g_strdup (group), GUINT_TO_POINTER (i + 1));
    }
}

static guint
rank_of (GHashTable    *ranks,
         gconstpointer  key)
{
  gpointer rank = g_hash_table_lookup (ranks, key);

  return rank != NULL ? GPOINTER_TO_UINT (rank) : G_MAXUINT;
}

static int
compare_by_group (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  KhUnitsView *self = data;
  guint rank_a, rank_b;

  ensure_ranks (self);
  rank_a = rank_of (self->group_rank, kh_unit_get_group ((KhUnit *) a));
  rank_b = rank_of (self->group_rank, kh_unit_get_group ((KhUnit *) b));
  if (rank_a == rank_b)
    {
      rank_a = rank_of (self->unit_rank, a);
      rank_b = rank_of (self->unit_rank, b);
    }
  return rank_a < rank_b ? -1 : rank_a > rank_b ? 1 : 0;
}

static gboolean
matches_search (gpointer item,
                gpointer data)
{
  KhUnitsView *self = data;
  KhUnit *unit = item;

  return self->search_text == NULL
      || kh_text_fold_contains (kh_unit_get_name (unit), self->search_text)
      || kh_text_fold_contains (kh_unit_get_short_name (unit), self->search_text)
      || kh_text_fold_contains (kh_unit_get_group (unit), self->search_text);
}

/* The state of the page and the actions */

static void
update_summary (KhUnitsView *self)
{
  guint total = self->units ? g_list_model_get_n_items (self->units) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  g_autofree char *text = NULL;

  if (self->search_text == NULL)
    text = g_strdup_printf (ngettext ("%u unit", "%u units", total), total);
  else
    text = g_strdup_printf (ngettext ("%u of %u unit", "%u of %u units", total), shown, total);
  gtk_label_set_label (self->summary_label, text);

  if (self->document == NULL || total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
update_actions (KhUnitsView *self)
{
  gboolean open = self->document != NULL;
  gboolean selected = kh_units_view_get_selected_unit (self) != NULL;
  guint total = self->units ? g_list_model_get_n_items (self->units) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.load-default", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.merge", selected && total > 1);
}

/* Following the plan */

static void
update_duplicates (KhUnitsView *self)
{
  g_autoptr(GPtrArray) groups = NULL;
  guint n_units = 0;

  g_hash_table_remove_all (self->duplicates);
  if (self->units != NULL)
    groups = kh_unit_duplicates (self->units);

  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (groups, g);

      n_units += group->len;
      for (guint i = 0; i < group->len; i++)
        {
          KhUnit *unit = g_ptr_array_index (group, i);
          g_autoptr(GString) tooltip = g_string_new (_("Probably the same unit as:"));

          for (guint j = 0; j < group->len; j++)
            if (j != i)
              g_string_append_printf (tooltip, "\n%s",
                                      kh_unit_get_name (g_ptr_array_index (group, j)));
          g_hash_table_insert (self->duplicates, g_object_ref (unit),
                               g_string_free (g_steal_pointer (&tooltip), FALSE));
        }
    }

  if (n_units > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u unit may be listed twice",
                                                         "%u units may be listed twice",
                                                         n_units),
                                               n_units);
      gtk_label_set_label (self->duplicates_label, text);
    }
  gtk_widget_set_visible (self->duplicates_box, n_units > 0);
}

static gboolean
refresh_counts_idle (gpointer data)
{
  KhUnitsView *self = data;

  self->refresh_counts_id = 0;
  _kh_units_view_refresh_cells (self, COLUMN_COUNT);
  return G_SOURCE_REMOVE;
}

/* Assignments changed: counts are recomputed for the rows on screen once
 * the burst of changes (a merge touches many tasks) is over. */
static void
invalidate_counts (KhUnitsView *self)
{
  g_hash_table_remove_all (self->counts);
  if (self->refresh_counts_id == 0)
    self->refresh_counts_id = g_idle_add (refresh_counts_idle, self);
}

static void
node_changed (KhUnitsView *self,
              KhNode      *node,
              const char  *property)
{
  if (g_str_equal (property, "assignments") || g_str_equal (property, "appendix-row"))
    invalidate_counts (self);
}

static void
structure_changed (KhUnitsView *self,
                   KhNode      *parent)
{
  invalidate_counts (self);
}

/* Connected before the filter model, so that the sort keys are stale
 * before the sorter sees a new unit. */
static void
units_items_changed (KhUnitsView *self)
{
  self->ranks_dirty = TRUE;
}

/* A unit was added, removed or renamed (names and groups decide the
 * order, the search and the duplicates). */
static void
units_changed (KhUnitsView *self)
{
  self->ranks_dirty = TRUE;
  if (self->search_text != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_duplicates (self);
  _kh_units_view_refresh_cells (self, -1);
  update_summary (self);
  update_actions (self);
}

static void
shown_items_changed (KhUnitsView *self)
{
  update_summary (self);
  update_actions (self);
}

static void
selection_changed (KhUnitsView *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_UNIT]);
}

/* The search */

static void
apply_search (KhUnitsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = kh_text_fold (text);
  const char *search = folded[0] != '\0' ? text : NULL;

  if (g_strcmp0 (search, self->search_text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (search);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
search_changed (KhUnitsView *self)
{
  apply_search (self);
}

static void
stop_search (KhUnitsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self);
}

/* Selection */

KhUnit *
kh_units_view_get_selected_unit (KhUnitsView *self)
{
  g_return_val_if_fail (KH_IS_UNITS_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

static guint
shown_position (KhUnitsView *self,
                KhUnit      *unit)
{
  GListModel *shown = G_LIST_MODEL (self->sort_model);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(KhUnit) item = g_list_model_get_item (shown, i);

      if (item == unit)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
scroll_to (KhUnitsView *self,
           guint        position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to: its list view can. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

void
kh_units_view_select_unit (KhUnitsView *self,
                           KhUnit      *unit)
{
  guint position;

  g_return_if_fail (KH_IS_UNITS_VIEW (self));
  g_return_if_fail (unit == NULL || KH_IS_UNIT (unit));

  position = unit ? shown_position (self, unit) : GTK_INVALID_LIST_POSITION;
  if (unit != NULL && position == GTK_INVALID_LIST_POSITION && self->search_text != NULL)
    {
      stop_search (self);
      position = shown_position (self, unit);
    }
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

GListModel *
kh_units_view_get_model (KhUnitsView *self)
{
  g_return_val_if_fail (KH_IS_UNITS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

static void
row_activated (KhUnitsView *self,
               guint        position)
{
  g_autoptr(KhUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (unit != NULL)
    _kh_units_view_open_unit_dialog (self, unit);
}

/* The document */

KhDocument *
kh_units_view_get_document (KhUnitsView *self)
{
  g_return_val_if_fail (KH_IS_UNITS_VIEW (self), NULL);
  return self->document;
}

static void
disconnect_plan (KhUnitsView *self)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_data (self->units, self);
  g_clear_object (&self->units);
  g_clear_object (&self->plan);
}

void
kh_units_view_set_document (KhUnitsView *self,
                            KhDocument  *document)
{
  g_return_if_fail (KH_IS_UNITS_VIEW (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  _kh_units_view_close_dialog (self);
  disconnect_plan (self);
  g_set_object (&self->document, document);
  g_hash_table_remove_all (self->counts);
  self->ranks_dirty = TRUE;

  if (document != NULL)
    {
      self->plan = g_object_ref (kh_document_get_plan (document));
      self->units = g_object_ref (kh_plan_get_units (self->plan));
      g_signal_connect_swapped (self->units, "items-changed",
                                G_CALLBACK (units_items_changed), self);
      g_signal_connect_swapped (self->plan, "units-changed", G_CALLBACK (units_changed), self);
      g_signal_connect_swapped (self->plan, "node-changed", G_CALLBACK (node_changed), self);
      g_signal_connect_swapped (self->plan, "structure-changed",
                                G_CALLBACK (structure_changed), self);
    }
  gtk_filter_list_model_set_model (self->filter_model, self->units);
  update_duplicates (self);
  _kh_units_view_refresh_cells (self, -1);
  update_summary (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkWidget *
kh_units_view_new (void)
{
  return g_object_new (KH_TYPE_UNITS_VIEW, NULL);
}

static void
kh_units_view_dispose (GObject *object)
{
  KhUnitsView *self = KH_UNITS_VIEW (object);

  _kh_units_view_close_dialog (self);
  g_clear_weak_pointer (&self->toast);
  g_clear_handle_id (&self->refresh_counts_id, g_source_remove);
  disconnect_plan (self);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_UNITS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->group_sorter);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (kh_units_view_parent_class)->dispose (object);
}

static void
kh_units_view_finalize (GObject *object)
{
  KhUnitsView *self = KH_UNITS_VIEW (object);

  g_hash_table_unref (self->group_rank);
  g_hash_table_unref (self->unit_rank);
  g_hash_table_unref (self->cells);
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->duplicates);
  g_free (self->search_text);

  G_OBJECT_CLASS (kh_units_view_parent_class)->finalize (object);
}

static void
kh_units_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KhUnitsView *self = KH_UNITS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTED_UNIT:
      g_value_set_object (value, kh_units_view_get_selected_unit (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_units_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KhUnitsView *self = KH_UNITS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_units_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_units_view_class_init (KhUnitsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_units_view_dispose;
  object_class->finalize = kh_units_view_finalize;
  object_class->get_property = kh_units_view_get_property;
  object_class->set_property = kh_units_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_UNIT] =
    g_param_spec_object ("selected-unit", NULL, NULL, KH_TYPE_UNIT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-units-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, box);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, stack);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, name_column);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, short_column);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, group_column);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, duplicates_box);
  gtk_widget_class_bind_template_child (widget_class, KhUnitsView, duplicates_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, stop_search);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  _kh_units_view_bind_cell_callbacks (widget_class);
  _kh_units_view_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "unitsview");
}

static void
kh_units_view_init (KhUnitsView *self)
{
  GtkExpression *expression;
  GtkSorter *sorter;

  self->group_rank = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unit_rank = g_hash_table_new (NULL, NULL);
  self->cells = g_hash_table_new (NULL, NULL);
  self->counts = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->duplicates = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_property_expression_new (KH_TYPE_UNIT, NULL, "name");
  gtk_column_view_column_set_sorter (self->name_column,
                                     sorter = GTK_SORTER (gtk_string_sorter_new (expression)));
  g_object_unref (sorter);
  expression = gtk_property_expression_new (KH_TYPE_UNIT, NULL, "short-name");
  gtk_column_view_column_set_sorter (self->short_column,
                                     sorter = GTK_SORTER (gtk_string_sorter_new (expression)));
  g_object_unref (sorter);
  self->group_sorter = gtk_custom_sorter_new (compare_by_group, self, NULL);
  gtk_column_view_column_set_sorter (self->group_column, GTK_SORTER (self->group_sorter));

  /* The headers decide first; the groups' order breaks their ties. */
  self->sorter = gtk_multi_sorter_new ();
  gtk_multi_sorter_append (self->sorter,
                           g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_multi_sorter_append (self->sorter, g_object_ref (GTK_SORTER (self->group_sorter)));

  self->filter = gtk_custom_filter_new (matches_search, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (shown_items_changed), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed), self);
  update_summary (self);
  update_actions (self);
}
