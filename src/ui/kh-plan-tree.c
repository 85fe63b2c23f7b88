/* kh-plan-tree.c — the plan's tree: model, rows and selection.
 *
 * The rows come from a GtkTreeListModel over the plan's roots, filtered
 * by the search (kh-plan-tree-search.c), in a GtkListView: only the rows
 * on screen have widgets.  Labels, titles and warnings of those rows
 * follow the plan's signals; nothing is rebuilt on an edit.  Actions and
 * keys live in kh-plan-tree-actions.c, drag and drop in
 * kh-plan-tree-dnd.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-tree-private.h"
#include "kh-numbering.h"
#include "kh-validation.h"

#include <glib/gi18n.h>

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhPlanTree, kh_plan_tree, GTK_TYPE_WIDGET)

KhPlan *
_kh_plan_tree_get_plan (KhPlanTree *self)
{
  return self->document != NULL ? kh_document_get_plan (self->document) : NULL;
}

KhHistory *
_kh_plan_tree_get_history (KhPlanTree *self)
{
  return self->document != NULL ? kh_document_get_history (self->document) : NULL;
}

guint
_kh_plan_tree_get_n_row_widgets (KhPlanTree *self)
{
  return self->n_row_widgets;
}

guint
_kh_plan_tree_get_n_live_rows (KhPlanTree *self)
{
  return self->n_live_rows;
}

/* Rows */

/* Every node may get children later, and GtkTreeListModel asks only once
 * per row whether it has any: so every row gets its children's model, and
 * rows without children hide their expander (the "leaf" style). */
static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  return g_object_ref (kh_node_get_children (KH_NODE (item)));
}

static char *
findings_tooltip (GPtrArray *findings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      KhFinding *finding = g_ptr_array_index (findings, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, kh_finding_get_message (finding));
    }
  return g_string_free (text, FALSE);
}

static void
refresh_row (KhPlanTree *self,
             KhTreeRow  *row)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  KhNode *node = row->node;
  g_autofree char *label = kh_numbering_label (plan, node);
  g_autoptr(GPtrArray) findings = kh_validate_node (plan, node);
  const char *title = kh_node_get_title (node);

  gtk_label_set_label (GTK_LABEL (row->number), label);
  if (title[0] != '\0')
    {
      gtk_label_set_label (GTK_LABEL (row->title), title);
      gtk_widget_remove_css_class (row->title, "untitled");
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (row->title), _("Untitled"));
      gtk_widget_add_css_class (row->title, "untitled");
    }

  if (kh_node_get_kind (node) == KH_NODE_SECTION)
    gtk_widget_add_css_class (row->box, "section");
  else
    gtk_widget_remove_css_class (row->box, "section");

  if (kh_node_get_n_children (node) == 0)
    gtk_widget_add_css_class (row->expander, "leaf");
  else
    gtk_widget_remove_css_class (row->expander, "leaf");

  gtk_widget_set_visible (row->warning, findings->len > 0);
  if (findings->len > 0)
    {
      g_autofree char *tooltip = findings_tooltip (findings);
      gtk_widget_set_tooltip_text (row->warning, tooltip);
    }
}

static void
refresh_all_rows (KhPlanTree *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    refresh_row (self, row);
}

KhTreeRow *
_kh_plan_tree_row_for_node (KhPlanTree *self,
                            KhNode     *node)
{
  GHashTableIter iter;
  gpointer key;

  /* Only the rows on screen are bound: a few dozen. */
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      KhTreeRow *row = key;

      if (row->node == node)
        return row;
    }
  return NULL;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           KhPlanTree               *self)
{
  KhTreeRow *row = g_new0 (KhTreeRow, 1);

  row->tree = self;
  row->expander = gtk_tree_expander_new ();

  row->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (row->box, "plan-tree-row");

  row->number = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->number), 0.0);
  gtk_widget_add_css_class (row->number, "plan-tree-number");
  gtk_widget_add_css_class (row->number, "numeric");

  row->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->title), 0.0);
  gtk_label_set_single_line_mode (GTK_LABEL (row->title), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (row->title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_add_css_class (row->title, "plan-tree-title");

  row->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (row->warning, "warning");
  gtk_widget_set_visible (row->warning, FALSE);

  gtk_box_append (GTK_BOX (row->box), row->number);
  gtk_box_append (GTK_BOX (row->box), row->title);
  gtk_box_append (GTK_BOX (row->box), row->warning);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (row->expander), row->box);
  g_object_set_data_full (G_OBJECT (row->expander), "kh-tree-row", row, g_free);
  gtk_list_item_set_child (list_item, row->expander);

  _kh_plan_tree_setup_row_dnd (self, row);
  self->n_row_widgets++;
  self->n_live_rows++;
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          KhPlanTree               *self)
{
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  KhTreeRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)),
                                      "kh-tree-row");
  g_autoptr(KhNode) node = gtk_tree_list_row_get_item (list_row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row->expander), list_row);
  /* The tree holds the node as long as the row shows it. */
  row->node = node;
  g_hash_table_add (self->bound_rows, row);
  refresh_row (self, row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            KhPlanTree               *self)
{
  KhTreeRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)),
                                      "kh-tree-row");

  g_hash_table_remove (self->bound_rows, row);
  row->node = NULL;
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row->expander), NULL);
}

static void
teardown_row (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              KhPlanTree               *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  self->n_live_rows--;
  if (child != NULL)
    g_hash_table_remove (self->bound_rows, g_object_get_data (G_OBJECT (child), "kh-tree-row"));
}

/* Selection */

static void
set_selected_node (KhPlanTree *self,
                   KhNode     *node)
{
  if (!g_set_object (&self->selected_node, node))
    return;
  _kh_plan_tree_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

static gboolean
in_plan (KhPlanTree *self,
         KhNode     *node)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);

  return plan != NULL && kh_plan_lookup_node (plan, kh_node_get_id (node)) == node;
}

guint
_kh_plan_tree_expand_to_node (KhPlanTree *self,
                              KhNode     *node)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position;
  guint n;

  if (self->tree_model == NULL || !in_plan (self, node))
    return GTK_INVALID_LIST_POSITION;
  if (!_kh_plan_tree_search_visible (self, node))
    return GTK_INVALID_LIST_POSITION;

  for (KhNode *up = node; up != NULL; up = kh_node_get_parent (up))
    g_ptr_array_insert (chain, 0, up);

  /* Down from the root, expanding each ancestor on the way. */
  for (guint i = 0; i < chain->len; i++)
    {
      KhNode *step = g_ptr_array_index (chain, i);
      guint index = kh_plan_get_node_position (plan, step);
      GtkTreeListRow *next;

      next = row != NULL ? gtk_tree_list_row_get_child_row (row, index)
                         : gtk_tree_list_model_get_child_row (self->tree_model, index);
      g_clear_object (&row);
      row = next;
      g_return_val_if_fail (row != NULL, GTK_INVALID_LIST_POSITION);
      if (i + 1 < chain->len)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  position = gtk_tree_list_row_get_position (row);
  if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    return position;

  /* Filtered: the row sits at or before its place in the whole tree. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  for (guint i = MIN (position + 1, n); i-- > 0;)
    {
      g_autoptr(GtkTreeListRow) shown = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if (shown == row)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_position (KhPlanTree *self,
                 guint       position)
{
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;
}

void
kh_plan_tree_select_node (KhPlanTree *self,
                          KhNode     *node)
{
  guint position;

  g_return_if_fail (KH_IS_PLAN_TREE (self));
  g_return_if_fail (node == NULL || KH_IS_NODE (node));

  position = node != NULL ? _kh_plan_tree_expand_to_node (self, node)
                          : GTK_INVALID_LIST_POSITION;
  select_position (self, position);
  set_selected_node (self, position != GTK_INVALID_LIST_POSITION ? node : NULL);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                "u", position);
}

void
_kh_plan_tree_reveal_node (KhPlanTree *self,
                           KhNode     *node,
                           gboolean    focus)
{
  KhTreeRow *row;

  kh_plan_tree_select_node (self, node);
  /* Scrolling to the row gave it a widget. */
  row = node != NULL ? _kh_plan_tree_row_for_node (self, node) : NULL;
  if (focus && row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (row->expander));
  else if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* After the rows changed under it (a move removes and inserts the node's
 * row, undo may take it away): keep the node selected if it is still
 * there, else select nothing. */
static gboolean
sync_selection (gpointer data)
{
  KhPlanTree *self = data;
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  self->sync_source = 0;
  if (row != NULL)
    {
      g_autoptr(KhNode) node = gtk_tree_list_row_get_item (row);
      set_selected_node (self, node);
    }
  else if (self->selected_node != NULL && in_plan (self, self->selected_node))
    kh_plan_tree_select_node (self, self->selected_node);
  else
    set_selected_node (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_selection_changed (KhPlanTree *self)
{
  GtkTreeListRow *row;

  if (self->selecting)
    return;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row != NULL)
    {
      g_autoptr(KhNode) node = gtk_tree_list_row_get_item (row);
      set_selected_node (self, node);
    }
  else if (self->sync_source == 0)
    self->sync_source = g_idle_add (sync_selection, self);
}

/* The plan's signals */

static void
on_structure_changed (KhPlanTree *self,
                      KhNode     *parent,
                      KhPlan     *plan)
{
  refresh_all_rows (self);
  _kh_plan_tree_update_actions (self);
}

static void
on_node_changed (KhPlanTree *self,
                 KhNode     *node,
                 const char *property,
                 KhPlan     *plan)
{
  KhTreeRow *row = _kh_plan_tree_row_for_node (self, node);

  if (row != NULL)
    refresh_row (self, row);
}

static void
on_year_changed (KhPlanTree *self)
{
  refresh_all_rows (self);
}

/* Public API */

GtkWidget *
kh_plan_tree_new (void)
{
  return g_object_new (KH_TYPE_PLAN_TREE, NULL);
}

KhDocument *
kh_plan_tree_get_document (KhPlanTree *self)
{
  g_return_val_if_fail (KH_IS_PLAN_TREE (self), NULL);
  return self->document;
}

KhNode *
kh_plan_tree_get_selected_node (KhPlanTree *self)
{
  g_return_val_if_fail (KH_IS_PLAN_TREE (self), NULL);
  return self->selected_node;
}

GListModel *
kh_plan_tree_get_model (KhPlanTree *self)
{
  g_return_val_if_fail (KH_IS_PLAN_TREE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

void
kh_plan_tree_set_document (KhPlanTree *self,
                           KhDocument *document)
{
  KhPlan *plan;

  g_return_if_fail (KH_IS_PLAN_TREE (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  plan = _kh_plan_tree_get_plan (self);
  if (plan != NULL)
    g_signal_handlers_disconnect_by_data (plan, self);

  g_set_object (&self->document, document);
  g_clear_handle_id (&self->sync_source, g_source_remove);
  g_clear_object (&self->selected_node);
  g_clear_pointer (&self->search_flags, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->folded_titles, g_hash_table_unref);
  gtk_filter_list_model_set_filter (self->filter_model, NULL);

  g_clear_object (&self->tree_model);
  plan = _kh_plan_tree_get_plan (self);
  if (plan != NULL)
    {
      self->tree_model = gtk_tree_list_model_new (g_object_ref (kh_plan_get_roots (plan)),
                                                  FALSE, FALSE, create_children, NULL, NULL);
      g_signal_connect_object (plan, "structure-changed",
                               G_CALLBACK (on_structure_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "node-changed",
                               G_CALLBACK (on_node_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::year",
                               G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
    }
  self->selecting = TRUE;
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->tree_model));
  self->selecting = FALSE;

  /* A search typed before keeps filtering the new plan. */
  _kh_plan_tree_search_changed (self);
  _kh_plan_tree_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* GtkWidget */

static void
kh_plan_tree_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* By hand rather than by a layout manager: the context menu, a popover,
 * must be presented with each allocation. */
static void
kh_plan_tree_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

/* Focus goes to the list, on the selected row when it has one. */
static gboolean
kh_plan_tree_grab_focus (GtkWidget *widget)
{
  KhPlanTree *self = KH_PLAN_TREE (widget);
  KhTreeRow *row = self->selected_node != NULL
                   ? _kh_plan_tree_row_for_node (self, self->selected_node) : NULL;

  if (row != NULL && gtk_widget_grab_focus (gtk_widget_get_parent (row->expander)))
    return TRUE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* GObject */

static void
on_search_changed (KhPlanTree *self)
{
  _kh_plan_tree_search_changed (self);
}

static void
on_stop_search (KhPlanTree *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
kh_plan_tree_dispose (GObject *object)
{
  KhPlanTree *self = KH_PLAN_TREE (object);

  kh_plan_tree_set_document (self, NULL);
  g_clear_handle_id (&self->sync_source, g_source_remove);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_PLAN_TREE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->selected_node);

  G_OBJECT_CLASS (kh_plan_tree_parent_class)->dispose (object);
}

static void
kh_plan_tree_finalize (GObject *object)
{
  KhPlanTree *self = KH_PLAN_TREE (object);

  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->search_flags, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->folded_titles, g_hash_table_unref);

  G_OBJECT_CLASS (kh_plan_tree_parent_class)->finalize (object);
}

static void
kh_plan_tree_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KhPlanTree *self = KH_PLAN_TREE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTED_NODE:
      g_value_set_object (value, self->selected_node);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_tree_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KhPlanTree *self = KH_PLAN_TREE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_plan_tree_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_NODE:
      kh_plan_tree_select_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_tree_class_init (KhPlanTreeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_plan_tree_dispose;
  object_class->finalize = kh_plan_tree_finalize;
  object_class->get_property = kh_plan_tree_get_property;
  object_class->set_property = kh_plan_tree_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, KH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-plan-tree.ui");
  gtk_widget_class_bind_template_child (widget_class, KhPlanTree, box);
  gtk_widget_class_bind_template_child (widget_class, KhPlanTree, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KhPlanTree, list_view);
  gtk_widget_class_bind_template_child (widget_class, KhPlanTree, context_menu_model);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, _kh_plan_tree_search_activate);

  _kh_plan_tree_class_init_actions (widget_class);

  widget_class->measure = kh_plan_tree_measure;
  widget_class->size_allocate = kh_plan_tree_size_allocate;
  widget_class->grab_focus = kh_plan_tree_grab_focus;
  gtk_widget_class_set_css_name (widget_class, "plantree");
}

static void
kh_plan_tree_init (KhPlanTree *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_rows = g_hash_table_new (NULL, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  _kh_plan_tree_init_actions (self);
}
