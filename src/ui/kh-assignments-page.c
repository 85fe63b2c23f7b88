/* kh-assignments-page.c — the Assignments page.
 *
 * A switcher between the matrix (kh-matrix-view.c) and the duties of one
 * unit (kh-unit-duties-view.c); on the matrix side, filters that set the
 * KhMatrix's properties (a section, a unit group, tasks without a lead,
 * units with no assignment) and a summary of what shows.  The page owns
 * the KhMatrix it makes over the document's plan; edits in the grid go
 * through the document's history.  The matrix cursor's task is the
 * page's "selected-node", for the window to share with the plan tree.
 *
 * SHORTCUTS: those of the matrix (kh-matrix-view.c) and the duties view
 * (kh-unit-duties-view.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-assignments-page.h"
#include "kh-numbering.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _KhAssignmentsPage
{
  GtkWidget         parent_instance;

  /* template widgets */
  GtkWidget        *box;
  GtkStack         *stack;
  GtkWidget        *filters;
  GtkDropDown      *section_dropdown;
  GtkDropDown      *group_dropdown;
  GtkToggleButton  *without_lead_button;
  GtkToggleButton  *hide_unassigned_button;
  GtkLabel         *summary_label;
  KhMatrixView     *matrix_view;
  AdwStatusPage    *empty_page;
  KhUnitDutiesView *duties_view;

  /* owned */
  KhDocument       *document;
  KhPlan           *plan;
  KhMatrix         *matrix;
  GBinding         *bindings[2];
  GPtrArray        *sections;       /* of KhNode: the section choices after "All" */
  GPtrArray        *groups;         /* of char *: the group choices after "All" */
  KhNode           *selected_node;
  guint             filters_id;     /* rebuilding the choices */
  gboolean          syncing;        /* setting widgets from the matrix */
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhAssignmentsPage, kh_assignments_page, GTK_TYPE_WIDGET)

/* Filters */

static void
sync_filter_choices (KhAssignmentsPage *self)
{
  guint section = 0, group = 0;

  if (self->matrix != NULL)
    {
      const char *name = kh_matrix_get_group (self->matrix);
      guint position;

      if (g_ptr_array_find (self->sections, kh_matrix_get_section (self->matrix), &position))
        section = position + 1;
      if (name != NULL
          && g_ptr_array_find_with_equal_func (self->groups, name, g_str_equal, &position))
        group = position + 1;
    }
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->section_dropdown, section);
  gtk_drop_down_set_selected (self->group_dropdown, group);
  self->syncing = FALSE;
}

/* The sections and groups to choose from, as the plan has them now. */
static void
rebuild_filter_choices (KhAssignmentsPage *self)
{
  g_autoptr(GtkStringList) sections = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);

  g_clear_handle_id (&self->filters_id, g_source_remove);
  g_ptr_array_set_size (self->sections, 0);
  g_ptr_array_set_size (self->groups, 0);
  gtk_string_list_append (sections, _("All Sections"));
  gtk_string_list_append (groups, _("All Unit Groups"));
  if (self->plan != NULL)
    {
      g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (self->plan);
      GListModel *units = kh_plan_get_units (self->plan);

      for (guint i = 0; i < nodes->len; i++)
        {
          KhNode *node = g_ptr_array_index (nodes, i);
          g_autofree char *label = NULL;
          g_autofree char *text = NULL;

          if (kh_node_get_kind (node) != KH_NODE_SECTION)
            continue;
          label = kh_numbering_label (self->plan, node);
          text = g_strdup_printf ("%s %s", label, kh_node_get_title (node));
          g_ptr_array_add (self->sections, g_object_ref (node));
          gtk_string_list_append (sections, text);
        }
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);
          const char *group = kh_unit_get_group (unit);

          if (g_ptr_array_find_with_equal_func (self->groups, group, g_str_equal, NULL))
            continue;
          g_ptr_array_add (self->groups, g_strdup (group));
          gtk_string_list_append (groups, *group != '\0' ? group : _("No Group"));
        }
    }
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->section_dropdown, G_LIST_MODEL (sections));
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  self->syncing = FALSE;
  sync_filter_choices (self);
}

static gboolean
rebuild_filters_idle (gpointer data)
{
  KhAssignmentsPage *self = data;

  self->filters_id = 0;
  rebuild_filter_choices (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild_filters (KhAssignmentsPage *self)
{
  if (self->filters_id == 0)
    self->filters_id = g_idle_add (rebuild_filters_idle, self);
}

static void
node_changed (KhAssignmentsPage *self,
              KhNode            *node,
              const char        *property)
{
  if (g_str_equal (property, "kind")
      || (g_str_equal (property, "title") && kh_node_get_kind (node) == KH_NODE_SECTION))
    queue_rebuild_filters (self);
}

static void
section_chosen (KhAssignmentsPage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->section_dropdown);

  if (self->syncing || self->matrix == NULL || chosen == GTK_INVALID_LIST_POSITION)
    return;
  kh_matrix_set_section (self->matrix,
                         chosen > 0 ? g_ptr_array_index (self->sections, chosen - 1) : NULL);
}

static void
group_chosen (KhAssignmentsPage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->group_dropdown);

  if (self->syncing || self->matrix == NULL || chosen == GTK_INVALID_LIST_POSITION)
    return;
  kh_matrix_set_group (self->matrix,
                       chosen > 0 ? g_ptr_array_index (self->groups, chosen - 1) : NULL);
}

/* Long section titles: ellipsized on the button, wider in the list. */
static void
setup_choice (GtkListItemFactory *factory,
              GtkListItem        *item,
              gpointer            max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gtk_list_item_set_child (item, label);
}

static void
bind_choice (GtkListItemFactory *factory,
             GtkListItem        *item)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
set_choice_factories (GtkDropDown *dropdown)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_choice),
                        GINT_TO_POINTER (i == 0 ? 24 : 60));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
      if (i == 0)
        gtk_drop_down_set_factory (dropdown, factory);
      else
        gtk_drop_down_set_list_factory (dropdown, factory);
    }
}

/* What shows */

static gboolean
filtered (KhAssignmentsPage *self)
{
  return kh_matrix_get_section (self->matrix) != NULL || kh_matrix_get_group (self->matrix) != NULL
      || kh_matrix_get_without_lead (self->matrix) || kh_matrix_get_hide_unassigned (self->matrix);
}

static void
update_summary (KhAssignmentsPage *self)
{
  guint rows, tasks = 0, units, without_lead;
  g_autofree char *tasks_text = NULL;
  g_autofree char *units_text = NULL;
  g_autofree char *summary = NULL;

  if (self->matrix == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }
  rows = kh_matrix_get_n_rows (self->matrix);
  for (guint i = 0; i < rows; i++)
    tasks += kh_matrix_get_row_kind (self->matrix, i) == KH_MATRIX_ROW_TASK;
  units = kh_matrix_get_n_columns (self->matrix);
  without_lead = kh_matrix_get_n_without_lead (self->matrix);
  tasks_text = g_strdup_printf (ngettext ("%u task", "%u tasks", tasks), tasks);
  units_text = g_strdup_printf (ngettext ("%u unit", "%u units", units), units);
  if (without_lead > 0)
    {
      g_autofree char *lead_text =
        g_strdup_printf (ngettext ("%u without a lead", "%u without a lead", without_lead),
                         without_lead);
      summary = g_strdup_printf ("%s · %s · %s", tasks_text, units_text, lead_text);
    }
  else
    summary = g_strdup_printf ("%s · %s", tasks_text, units_text);
  gtk_label_set_text (self->summary_label, summary);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), rows == 0 || units == 0);
  if (rows == 0 || units == 0)
    {
      if (filtered (self))
        {
          adw_status_page_set_title (self->empty_page, _("Nothing Matches the Filters"));
          adw_status_page_set_description (self->empty_page,
                                           _("Show all sections and unit groups, or turn the other filters off."));
        }
      else if (rows == 0)
        {
          adw_status_page_set_title (self->empty_page, _("No Tasks Yet"));
          adw_status_page_set_description (self->empty_page,
                                           _("Items with a lead, cooperating units or a timeline show here."));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No Units Yet"));
          adw_status_page_set_description (self->empty_page,
                                           _("Add the plan’s units on the Units page."));
        }
    }
}

/* Selection */

static void
cursor_node_changed (KhAssignmentsPage *self)
{
  KhNode *node = kh_matrix_view_get_cursor_node (self->matrix_view);

  if (self->syncing || node == NULL)
    return;
  if (g_set_object (&self->selected_node, node))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

static void
page_shown (KhAssignmentsPage *self)
{
  gboolean matrix = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "matrix") == 0;
  guint column;

  gtk_widget_set_visible (self->filters, matrix);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), matrix);
  /* By unit starts with the unit under the matrix's cursor. */
  if (!matrix && kh_unit_duties_view_get_unit (self->duties_view) == NULL
      && kh_matrix_view_get_cursor (self->matrix_view, NULL, &column))
    kh_unit_duties_view_set_unit (self->duties_view,
                                  kh_matrix_get_column_unit (self->matrix, column));
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhAssignmentsPage *self = KH_ASSIGNMENTS_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

/* Public */

KhDocument *
kh_assignments_page_get_document (KhAssignmentsPage *self)
{
  g_return_val_if_fail (KH_IS_ASSIGNMENTS_PAGE (self), NULL);
  return self->document;
}

static void
disconnect_document (KhAssignmentsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->bindings); i++)
    if (self->bindings[i] != NULL)
      {
        g_binding_unbind (self->bindings[i]);
        g_clear_object (&self->bindings[i]);
      }
  if (self->matrix != NULL)
    g_signal_handlers_disconnect_by_data (self->matrix, self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  kh_matrix_view_set_matrix (self->matrix_view, NULL, NULL);
  kh_unit_duties_view_set_document (self->duties_view, NULL);
  g_clear_object (&self->matrix);
  g_clear_object (&self->plan);
}

void
kh_assignments_page_set_document (KhAssignmentsPage *self,
                                  KhDocument        *document)
{
  g_return_if_fail (KH_IS_ASSIGNMENTS_PAGE (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  disconnect_document (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->plan = g_object_ref (kh_document_get_plan (document));
      self->matrix = kh_matrix_new (self->plan, KH_MATRIX_TASKS);
      g_signal_connect_swapped (self->plan, "structure-changed",
                                G_CALLBACK (queue_rebuild_filters), self);
      g_signal_connect_swapped (self->plan, "units-changed",
                                G_CALLBACK (queue_rebuild_filters), self);
      g_signal_connect_swapped (self->plan, "node-changed", G_CALLBACK (node_changed), self);
      g_signal_connect_swapped (self->matrix, "rows-changed", G_CALLBACK (update_summary), self);
      g_signal_connect_swapped (self->matrix, "columns-changed", G_CALLBACK (update_summary), self);
      g_signal_connect_swapped (self->matrix, "cell-changed", G_CALLBACK (update_summary), self);
      g_signal_connect_swapped (self->matrix, "notify::section",
                                G_CALLBACK (sync_filter_choices), self);
      g_signal_connect_swapped (self->matrix, "notify::group",
                                G_CALLBACK (sync_filter_choices), self);
      self->bindings[0] = g_object_ref (g_object_bind_property (self->matrix, "without-lead",
                                                                self->without_lead_button, "active",
                                                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
      self->bindings[1] = g_object_ref (g_object_bind_property (self->matrix, "hide-unassigned",
                                                                self->hide_unassigned_button, "active",
                                                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
      kh_matrix_view_set_matrix (self->matrix_view, self->matrix,
                                 kh_document_get_history (document));
      kh_unit_duties_view_set_document (self->duties_view, document);
    }
  gtk_widget_set_sensitive (self->filters, document != NULL);
  rebuild_filter_choices (self);
  update_summary (self);
  if (self->selected_node != NULL)
    kh_assignments_page_select_node (self, self->selected_node);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KhNode *
kh_assignments_page_get_selected_node (KhAssignmentsPage *self)
{
  g_return_val_if_fail (KH_IS_ASSIGNMENTS_PAGE (self), NULL);
  return self->selected_node;
}

void
kh_assignments_page_select_node (KhAssignmentsPage *self,
                                 KhNode            *node)
{
  int row;
  guint column = 0;

  g_return_if_fail (KH_IS_ASSIGNMENTS_PAGE (self));
  g_return_if_fail (node == NULL || KH_IS_NODE (node));

  if (self->matrix != NULL && node != NULL
      && (row = kh_matrix_find_row (self->matrix, node)) >= 0)
    {
      kh_matrix_view_get_cursor (self->matrix_view, NULL, &column);
      self->syncing = TRUE;
      kh_matrix_view_set_cursor (self->matrix_view, row, column);
      self->syncing = FALSE;
    }
  if (g_set_object (&self->selected_node, node))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

KhMatrix *
kh_assignments_page_get_matrix (KhAssignmentsPage *self)
{
  g_return_val_if_fail (KH_IS_ASSIGNMENTS_PAGE (self), NULL);
  return self->matrix;
}

KhMatrixView *
kh_assignments_page_get_matrix_view (KhAssignmentsPage *self)
{
  g_return_val_if_fail (KH_IS_ASSIGNMENTS_PAGE (self), NULL);
  return self->matrix_view;
}

KhUnitDutiesView *
kh_assignments_page_get_duties_view (KhAssignmentsPage *self)
{
  g_return_val_if_fail (KH_IS_ASSIGNMENTS_PAGE (self), NULL);
  return self->duties_view;
}

/* GObject */

static void
kh_assignments_page_dispose (GObject *object)
{
  KhAssignmentsPage *self = KH_ASSIGNMENTS_PAGE (object);

  disconnect_document (self);
  g_clear_object (&self->document);
  g_clear_object (&self->selected_node);
  g_clear_handle_id (&self->filters_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_ASSIGNMENTS_PAGE);

  G_OBJECT_CLASS (kh_assignments_page_parent_class)->dispose (object);
}

static void
kh_assignments_page_finalize (GObject *object)
{
  KhAssignmentsPage *self = KH_ASSIGNMENTS_PAGE (object);

  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->groups);

  G_OBJECT_CLASS (kh_assignments_page_parent_class)->finalize (object);
}

static void
kh_assignments_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KhAssignmentsPage *self = KH_ASSIGNMENTS_PAGE (object);

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
kh_assignments_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KhAssignmentsPage *self = KH_ASSIGNMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_assignments_page_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_NODE:
      kh_assignments_page_select_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_assignments_page_class_init (KhAssignmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_assignments_page_dispose;
  object_class->finalize = kh_assignments_page_finalize;
  object_class->get_property = kh_assignments_page_get_property;
  object_class->set_property = kh_assignments_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, KH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_MATRIX_VIEW);
  g_type_ensure (KH_TYPE_UNIT_DUTIES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-assignments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, box);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, filters);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, section_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, without_lead_button);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, hide_unassigned_button);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KhAssignmentsPage, duties_view);
  gtk_widget_class_bind_template_callback (widget_class, section_chosen);
  gtk_widget_class_bind_template_callback (widget_class, group_chosen);
  gtk_widget_class_bind_template_callback (widget_class, page_shown);
  gtk_widget_class_bind_template_callback (widget_class, cursor_node_changed);

  gtk_widget_class_install_action (widget_class, "assignments.show", "s", show_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_assignments_page_init (KhAssignmentsPage *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  set_choice_factories (self->section_dropdown);
  set_choice_factories (self->group_dropdown);
  gtk_widget_set_sensitive (self->filters, FALSE);
  rebuild_filter_choices (self);
  update_summary (self);
  page_shown (self);
}

GtkWidget *
kh_assignments_page_new (void)
{
  return g_object_new (KH_TYPE_ASSIGNMENTS_PAGE, NULL);
}
