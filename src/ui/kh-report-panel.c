/* kh-report-panel.c — a summary and the places to check of a new plan.
 *
 * An import of a long document can report thousands of notes: the rows
 * are a GtkListView over a GListStore, not a widget per note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-report-panel.h"

#include <glib/gi18n.h>

/* One row: a plain record in a GObject for the list store. */
#define KH_TYPE_REPORT_ROW (kh_report_row_get_type ())
G_DECLARE_FINAL_TYPE (KhReportRow, kh_report_row, KH, REPORT_ROW, GObject)

struct _KhReportRow
{
  GObject   parent_instance;
  char     *place;
  char     *message;
  char     *node_id;
  gboolean  warning;
};

G_DEFINE_FINAL_TYPE (KhReportRow, kh_report_row, G_TYPE_OBJECT)

static void
kh_report_row_finalize (GObject *object)
{
  KhReportRow *self = KH_REPORT_ROW (object);

  g_free (self->place);
  g_free (self->message);
  g_free (self->node_id);
  G_OBJECT_CLASS (kh_report_row_parent_class)->finalize (object);
}

static void
kh_report_row_class_init (KhReportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_report_row_finalize;
}

static void
kh_report_row_init (KhReportRow *self)
{
}

struct _KhReportPanel
{
  GtkWidget   parent_instance;

  /* template widgets */
  GtkWidget  *box;
  GtkLabel   *title_label;
  GtkLabel   *summary_label;
  GtkStack   *stack;
  GtkListView *list_view;

  /* owned */
  GListStore *rows;
};

G_DEFINE_FINAL_TYPE (KhReportPanel, kh_report_panel, GTK_TYPE_WIDGET)

enum {
  SIGNAL_NODE_ACTIVATED,
  SIGNAL_CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

KhReportPanel *
kh_report_panel_new (const char *title)
{
  KhReportPanel *self = g_object_new (KH_TYPE_REPORT_PANEL, NULL);

  gtk_label_set_label (self->title_label, title);
  return self;
}

void
kh_report_panel_set_summary (KhReportPanel *self,
                             const char    *summary)
{
  g_return_if_fail (KH_IS_REPORT_PANEL (self));

  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL && summary[0] != '\0');
}

const char *
kh_report_panel_get_summary (KhReportPanel *self)
{
  g_return_val_if_fail (KH_IS_REPORT_PANEL (self), NULL);
  return gtk_label_get_label (self->summary_label);
}

void
kh_report_panel_add_row (KhReportPanel *self,
                         const char    *place,
                         const char    *message,
                         const char    *node_id,
                         gboolean       warning)
{
  g_autoptr(KhReportRow) row = NULL;

  g_return_if_fail (KH_IS_REPORT_PANEL (self));
  g_return_if_fail (message != NULL);

  row = g_object_new (KH_TYPE_REPORT_ROW, NULL);
  row->place = g_strdup (place);
  row->message = g_strdup (message);
  row->node_id = g_strdup (node_id);
  row->warning = warning;
  g_list_store_append (self->rows, row);
  gtk_stack_set_visible_child_name (self->stack, "rows");
}

guint
kh_report_panel_get_n_rows (KhReportPanel *self)
{
  g_return_val_if_fail (KH_IS_REPORT_PANEL (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/* Borrowed: the store keeps the row. */
static KhReportRow *
row_at (KhReportPanel *self,
        guint          index)
{
  g_autoptr(KhReportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), index);

  return row;
}

static char *
row_text (KhReportRow *row)
{
  if (row->place == NULL)
    return g_strdup (row->message);
  /* Translators: where a report's note applies, then the note:
   * "Line 12: …". */
  return g_strdup_printf (_("%s: %s"), row->place, row->message);
}

char *
kh_report_panel_get_row_text (KhReportPanel *self,
                              guint          index)
{
  KhReportRow *row;

  g_return_val_if_fail (KH_IS_REPORT_PANEL (self), NULL);
  row = row_at (self, index);
  g_return_val_if_fail (row != NULL, NULL);
  return row_text (row);
}

const char *
kh_report_panel_get_row_node_id (KhReportPanel *self,
                                 guint          index)
{
  KhReportRow *row;

  g_return_val_if_fail (KH_IS_REPORT_PANEL (self), NULL);
  row = row_at (self, index);
  g_return_val_if_fail (row != NULL, NULL);
  return row->node_id;
}

static void
row_activated (KhReportPanel *self,
               guint          position)
{
  KhReportRow *row = row_at (self, position);

  if (row != NULL && row->node_id != NULL)
    g_signal_emit (self, signals[SIGNAL_NODE_ACTIVATED], 0, row->node_id);
}

static void
close_clicked (KhReportPanel *self)
{
  g_signal_emit (self, signals[SIGNAL_CLOSE], 0);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *place = gtk_label_new (NULL);
  GtkWidget *message = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (place), 0.0);
  gtk_widget_add_css_class (place, "caption-heading");
  gtk_widget_add_css_class (place, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (message), 0.0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  /* Wrapped labels need a natural width to wrap at, or the panel grows to
   * the longest message. */
  gtk_label_set_width_chars (GTK_LABEL (message), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 40);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (text), place);
  gtk_box_append (GTK_BOX (text), message);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  KhReportRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *place = gtk_widget_get_first_child (gtk_widget_get_next_sibling (icon));
  GtkWidget *message = gtk_widget_get_next_sibling (place);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), row->warning ? "dialog-warning-symbolic"
                                                               : "dialog-information-symbolic");
  if (row->warning)
    gtk_widget_add_css_class (icon, "warning");
  else
    gtk_widget_remove_css_class (icon, "warning");
  gtk_label_set_label (GTK_LABEL (place), row->place != NULL ? row->place : "");
  gtk_widget_set_visible (place, row->place != NULL);
  gtk_label_set_label (GTK_LABEL (message), row->message);
  gtk_list_item_set_activatable (list_item, row->node_id != NULL);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item),
                               row->node_id != NULL ? _("Select in the plan") : NULL);
}

static void
kh_report_panel_dispose (GObject *object)
{
  KhReportPanel *self = KH_REPORT_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_REPORT_PANEL);
  g_clear_object (&self->rows);
  G_OBJECT_CLASS (kh_report_panel_parent_class)->dispose (object);
}

static void
kh_report_panel_class_init (KhReportPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_report_panel_dispose;

  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-report-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KhReportPanel, box);
  gtk_widget_class_bind_template_child (widget_class, KhReportPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, KhReportPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KhReportPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KhReportPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reportpanel");
}

static void
kh_report_panel_init (KhReportPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (KH_TYPE_REPORT_ROW);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}
