/* kh-plan-view.c — the Plan page: tree on the left, editor on the right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-view.h"

#include <adwaita.h>

/* The tree's share of the page's width when it is first shown. */
#define TREE_FRACTION 0.4

struct _KhPlanView
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkPaned     *paned;
  KhPlanTree   *tree;
  KhNodeEditor *editor;

  gboolean    position_set;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhPlanView, kh_plan_view, GTK_TYPE_WIDGET)

GtkWidget *
kh_plan_view_new (void)
{
  return g_object_new (KH_TYPE_PLAN_VIEW, NULL);
}

KhDocument *
kh_plan_view_get_document (KhPlanView *self)
{
  g_return_val_if_fail (KH_IS_PLAN_VIEW (self), NULL);
  return kh_plan_tree_get_document (self->tree);
}

void
kh_plan_view_set_document (KhPlanView *self,
                           KhDocument *document)
{
  g_return_if_fail (KH_IS_PLAN_VIEW (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (kh_plan_tree_get_document (self->tree) == document)
    return;
  /* The tree first: it selects nothing, which empties the editor. */
  kh_plan_tree_set_document (self->tree, document);
  kh_node_editor_set_document (self->editor, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KhNode *
kh_plan_view_get_selected_node (KhPlanView *self)
{
  g_return_val_if_fail (KH_IS_PLAN_VIEW (self), NULL);
  return kh_plan_tree_get_selected_node (self->tree);
}

void
kh_plan_view_select_node (KhPlanView *self,
                          KhNode     *node)
{
  g_return_if_fail (KH_IS_PLAN_VIEW (self));
  kh_plan_tree_select_node (self->tree, node);
}

KhPlanTree *
kh_plan_view_get_tree (KhPlanView *self)
{
  g_return_val_if_fail (KH_IS_PLAN_VIEW (self), NULL);
  return self->tree;
}

KhNodeEditor *
kh_plan_view_get_editor (KhPlanView *self)
{
  g_return_val_if_fail (KH_IS_PLAN_VIEW (self), NULL);
  return self->editor;
}

static void
on_selected_node_changed (KhPlanView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

static void
kh_plan_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  KhPlanView *self = KH_PLAN_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->paned), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The paned's first position is a share of the width, which is known
 * only now. */
static void
kh_plan_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KhPlanView *self = KH_PLAN_VIEW (widget);

  if (!self->position_set && width > 0)
    {
      gtk_paned_set_position (self->paned, (int) (width * TREE_FRACTION));
      self->position_set = TRUE;
    }
  gtk_widget_allocate (GTK_WIDGET (self->paned), width, height, baseline, NULL);
}

static gboolean
kh_plan_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KH_PLAN_VIEW (widget)->tree));
}

static void
kh_plan_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KH_TYPE_PLAN_VIEW);
  G_OBJECT_CLASS (kh_plan_view_parent_class)->dispose (object);
}

static void
kh_plan_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KhPlanView *self = KH_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, kh_plan_view_get_document (self));
      break;
    case PROP_SELECTED_NODE:
      g_value_set_object (value, kh_plan_view_get_selected_node (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KhPlanView *self = KH_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_plan_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_NODE:
      kh_plan_view_select_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_view_class_init (KhPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_plan_view_dispose;
  object_class->get_property = kh_plan_view_get_property;
  object_class->set_property = kh_plan_view_set_property;
  widget_class->measure = kh_plan_view_measure;
  widget_class->size_allocate = kh_plan_view_size_allocate;
  widget_class->grab_focus = kh_plan_view_grab_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, KH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_PLAN_TREE);
  g_type_ensure (KH_TYPE_NODE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KhPlanView, paned);
  gtk_widget_class_bind_template_child (widget_class, KhPlanView, tree);
  gtk_widget_class_bind_template_child (widget_class, KhPlanView, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_node_changed);
  gtk_widget_class_set_css_name (widget_class, "planview");
}

static void
kh_plan_view_init (KhPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_bind_property (self->tree, "selected-node", self->editor, "node",
                          G_BINDING_SYNC_CREATE);
}
