/* kh-outline-view.c — a plan's tree, read-only.
 *
 * A GtkListView over a GtkTreeListModel of the plan's roots; each row is
 * "label  title" with the label computed from the tree (kh-numbering.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-outline-view.h"
#include "kh-numbering.h"

#include <adwaita.h>

struct _KhOutlineView
{
  GtkWidget          parent_instance;

  /* children */
  GtkWidget         *scrolled;
  GtkListView       *list_view;

  /* owned */
  KhPlan            *plan;
  GtkTreeListModel  *tree_model;
};

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhOutlineView, kh_outline_view, GTK_TYPE_WIDGET)

/* The widgets of one row, kept on the row's expander. */
typedef struct {
  GtkWidget *box;
  GtkWidget *number;
  GtkWidget *title;
  GBinding  *title_binding;
} RowWidgets;

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  KhNode *node = item;

  if (kh_node_get_n_children (node) == 0)
    return NULL;
  return g_object_ref (kh_node_get_children (node));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  RowWidgets *row = g_new0 (RowWidgets, 1);

  row->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (row->box, "outline-row");

  row->number = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->number), 0.0);
  gtk_widget_set_valign (row->number, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (row->number, "outline-number");
  gtk_widget_add_css_class (row->number, "numeric");

  row->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (row->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_set_valign (row->title, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (row->title, "outline-title");

  gtk_box_append (GTK_BOX (row->box), row->number);
  gtk_box_append (GTK_BOX (row->box), row->title);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), row->box);
  g_object_set_data_full (G_OBJECT (expander), "kh-row", row, g_free);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  KhOutlineView *self = user_data;
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkTreeListRow *list_row = gtk_list_item_get_item (list_item);
  RowWidgets *row = g_object_get_data (G_OBJECT (expander), "kh-row");
  g_autoptr(KhNode) node = gtk_tree_list_row_get_item (list_row);
  g_autofree char *number = kh_numbering_label (self->plan, node);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), list_row);
  gtk_label_set_label (GTK_LABEL (row->number), number);
  row->title_binding = g_object_bind_property (node, "title", row->title, "label",
                                               G_BINDING_SYNC_CREATE);
  if (kh_node_get_kind (node) == KH_NODE_SECTION)
    gtk_widget_add_css_class (row->box, "section");
  else
    gtk_widget_remove_css_class (row->box, "section");
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  RowWidgets *row = g_object_get_data (G_OBJECT (expander), "kh-row");

  g_clear_pointer (&row->title_binding, g_binding_unbind);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

GtkWidget *
kh_outline_view_new (void)
{
  return g_object_new (KH_TYPE_OUTLINE_VIEW, NULL);
}

KhPlan *
kh_outline_view_get_plan (KhOutlineView *self)
{
  g_return_val_if_fail (KH_IS_OUTLINE_VIEW (self), NULL);
  return self->plan;
}

GListModel *
kh_outline_view_get_model (KhOutlineView *self)
{
  g_return_val_if_fail (KH_IS_OUTLINE_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree_model);
}

void
kh_outline_view_set_plan (KhOutlineView *self,
                          KhPlan        *plan)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (KH_IS_OUTLINE_VIEW (self));
  g_return_if_fail (plan == NULL || KH_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  g_clear_object (&self->tree_model);
  if (plan != NULL)
    self->tree_model = gtk_tree_list_model_new (g_object_ref (kh_plan_get_roots (plan)),
                                                FALSE, TRUE, create_children, NULL, NULL);
  /* Read-only for now: nothing to select rows for. */
  selection = gtk_no_selection_new (self->tree_model != NULL
                                    ? g_object_ref (G_LIST_MODEL (self->tree_model))
                                    : NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
kh_outline_view_dispose (GObject *object)
{
  KhOutlineView *self = KH_OUTLINE_VIEW (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kh_outline_view_parent_class)->dispose (object);
}

static void
kh_outline_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhOutlineView *self = KH_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_outline_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KhOutlineView *self = KH_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      kh_outline_view_set_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_outline_view_class_init (KhOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_outline_view_dispose;
  object_class->get_property = kh_outline_view_get_property;
  object_class->set_property = kh_outline_view_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "outlineview");
}

static void
kh_outline_view_init (KhOutlineView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "outline");

  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 960);
  adw_clamp_scrollable_set_tightening_threshold (ADW_CLAMP_SCROLLABLE (clamp), 720);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list_view));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}
