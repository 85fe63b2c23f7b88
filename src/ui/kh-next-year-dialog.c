/* kh-next-year-dialog.c — New Plan for Next Year.
 *
 * Two pages: the year, then one row per unit of the plan that the shipped
 * map of the 2025 reorganisation replaces — the successor proposed first,
 * the map's other successors and alternatives after it, and "Keep
 * Unchanged"; nothing is replaced unless its row is checked.  "Create"
 * runs kh_next_year on the open plan, which it only reads.
 *
 * SHORTCUTS: Escape closes the assistant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-next-year-dialog.h"
#include "kh-next-year.h"
#include "kh-unit-map-io.h"
#include "kh-text.h"
#include "kh-unit-match.h"

#include <glib/gi18n.h>

/* One row of the replacement page. */
typedef struct {
  KhUnit         *unit;      /* owned: the plan's unit */
  GStrv           choices;   /* the successors offered; the dropdown's last item keeps the unit */
  GtkCheckButton *check;     /* borrowed: the row's */
  GtkDropDown    *dropdown;  /* borrowed: the row's */
} Proposal;

struct _KhNextYearDialog
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *cancel_button;
  GtkWidget           *back_button;
  GtkWidget           *next_button;
  GtkWidget           *create_button;
  GtkStack            *stack;
  GtkSpinButton       *year_spin;
  AdwActionRow        *timelines_row;
  AdwPreferencesGroup *year_group;
  AdwPreferencesGroup *units_group;

  /* owned */
  KhDocument          *document;
  KhUnitMap           *map;        /* NULL when the shipped map cannot be read */
  GPtrArray           *proposals;  /* of Proposal */

  KhOpenDocumentFunc   open_func;
  gpointer             user_data;
};

G_DEFINE_FINAL_TYPE (KhNextYearDialog, kh_next_year_dialog, ADW_TYPE_WINDOW)

static void
proposal_free (Proposal *proposal)
{
  g_clear_object (&proposal->unit);
  g_strfreev (proposal->choices);
  g_free (proposal);
}

static KhPlan *
source_plan (KhNextYearDialog *self)
{
  return kh_document_get_plan (self->document);
}

int
kh_next_year_dialog_get_year (KhNextYearDialog *self)
{
  g_return_val_if_fail (KH_IS_NEXT_YEAR_DIALOG (self), 0);
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

void
kh_next_year_dialog_set_year (KhNextYearDialog *self,
                              int               year)
{
  g_return_if_fail (KH_IS_NEXT_YEAR_DIALOG (self));
  gtk_spin_button_set_value (self->year_spin, year);
}

guint
kh_next_year_dialog_get_n_proposals (KhNextYearDialog *self)
{
  g_return_val_if_fail (KH_IS_NEXT_YEAR_DIALOG (self), 0);
  return self->proposals->len;
}

KhUnit *
kh_next_year_dialog_get_proposal_unit (KhNextYearDialog *self,
                                       guint             index)
{
  g_return_val_if_fail (KH_IS_NEXT_YEAR_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->proposals->len, NULL);
  return ((Proposal *) g_ptr_array_index (self->proposals, index))->unit;
}

GPtrArray *
kh_next_year_dialog_get_replacements (KhNextYearDialog *self)
{
  GPtrArray *replacements;

  g_return_val_if_fail (KH_IS_NEXT_YEAR_DIALOG (self), NULL);

  replacements = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_unit_replacement_free);
  for (guint i = 0; i < self->proposals->len; i++)
    {
      Proposal *proposal = g_ptr_array_index (self->proposals, i);
      guint chosen = gtk_drop_down_get_selected (proposal->dropdown);
      KhUnitReplacement *replacement;
      KhUnit *successor;

      if (!gtk_check_button_get_active (proposal->check)
          || chosen >= g_strv_length (proposal->choices))
        continue;
      replacement = kh_unit_replacement_new (kh_unit_get_id (proposal->unit),
                                             proposal->choices[chosen]);
      successor = kh_unit_map_find_in_directory (self->map, proposal->choices[chosen]);
      if (successor != NULL)
        replacement->successor = g_object_ref (successor);
      g_ptr_array_add (replacements, replacement);
    }
  return replacements;
}

/* Pages */

static void
show_page (KhNextYearDialog *self,
           const char       *name)
{
  gboolean first = g_str_equal (name, "year");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (self->cancel_button, first);
  gtk_widget_set_visible (self->back_button, !first);
  gtk_widget_set_visible (self->next_button, first);
  gtk_widget_set_visible (self->create_button, !first);
  adw_window_title_set_subtitle (self->window_title,
                                 first ? _("Step 1 of 2: Year") : _("Step 2 of 2: Units"));
  gtk_window_set_default_widget (GTK_WINDOW (self), first ? self->next_button
                                                          : self->create_button);
}

static void
next_page (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  KhNextYearDialog *self = KH_NEXT_YEAR_DIALOG (widget);

  /* A year typed but not yet confirmed counts. */
  gtk_spin_button_update (self->year_spin);
  show_page (self, "units");
}

static void
previous_page (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  show_page (KH_NEXT_YEAR_DIALOG (widget), "year");
}

static void
year_changed (KhNextYearDialog *self)
{
  int from, to, years;
  g_autofree char *text = NULL;

  /* The template sets the spin button's range before there is a plan. */
  if (self->document == NULL)
    return;
  from = kh_plan_get_year (source_plan (self));
  to = kh_next_year_dialog_get_year (self);
  years = ABS (to - from);
  if (to == from)
    /* Translators: %d is the plan's year. */
    text = g_strdup_printf (_("Kept in %d"), to);
  else if (to > from)
    /* Translators: the timelines of next year's plan; %1$d is a number
     * of years, %2$d the new plan's year. */
    text = g_strdup_printf (ngettext ("Moved forward by %1$d year, into %2$d",
                                      "Moved forward by %1$d years, into %2$d", years),
                            years, to);
  else
    text = g_strdup_printf (ngettext ("Moved back by %1$d year, into %2$d",
                                      "Moved back by %1$d years, into %2$d", years),
                            years, to);
  adw_action_row_set_subtitle (self->timelines_row, text);
}

/* The replacement rows */

static void
check_toggled (GtkCheckButton *check,
               Proposal       *proposal)
{
  guint keep = g_strv_length (proposal->choices);

  /* Confirming a row that keeps its unit means its proposed successor. */
  if (gtk_check_button_get_active (check)
      && gtk_drop_down_get_selected (proposal->dropdown) == keep)
    gtk_drop_down_set_selected (proposal->dropdown, 0);
}

static void
choice_changed (GtkDropDown *dropdown,
                GParamSpec  *pspec,
                Proposal    *proposal)
{
  guint keep = g_strv_length (proposal->choices);

  gtk_check_button_set_active (proposal->check, gtk_drop_down_get_selected (dropdown) != keep);
}

/* The successors the map offers for @unit, its proposed one first,
 * without repeats or the unit itself. */
static GStrv
choices_for (const KhUnitMapEntry *entry,
             KhUnit               *unit,
             const char           *proposed)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  const char * const *lists[] = {
    (const char * const []) { proposed, NULL },
    entry != NULL ? (const char * const *) entry->to : NULL,
    entry != NULL ? (const char * const *) entry->alternatives : NULL,
  };

  g_ptr_array_add (keys, kh_unit_match_key (kh_unit_get_name (unit)));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        char *key = kh_unit_match_key (lists[l][i]);

        if (g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
          {
            g_free (key);
            continue;
          }
        g_ptr_array_add (keys, key);
        g_strv_builder_add (builder, lists[l][i]);
      }
  return g_strv_builder_end (builder);
}

static void
add_proposal_row (KhNextYearDialog        *self,
                  const KhUnitReplacement *proposed)
{
  KhUnit *unit = kh_plan_lookup_unit (source_plan (self), proposed->from_id);
  const KhUnitMapEntry *entry;
  Proposal *proposal;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GtkWidget *row, *box, *text, *label, *successor;

  if (unit == NULL)
    return;
  entry = kh_unit_map_lookup (self->map, unit);

  proposal = g_new0 (Proposal, 1);
  proposal->unit = g_object_ref (unit);
  proposal->choices = choices_for (entry, unit, proposed->to_name);
  for (guint i = 0; proposal->choices[i] != NULL; i++)
    g_ptr_array_add (items, proposal->choices[i]);
  g_ptr_array_add (items, (gpointer) _("Keep Unchanged"));
  g_ptr_array_add (items, NULL);

  /* A row of its own rather than an AdwActionRow: the map's note and the
   * successor's name are both long, and side by side neither is read. */
  row = adw_preferences_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kh_unit_get_name (unit));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (text, TRUE);

  proposal->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (proposal->check), GTK_ALIGN_START);
  gtk_check_button_set_active (proposal->check, TRUE);
  /* Translators: the tooltip of the check box of a unit replacement. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (proposal->check), _("Replace This Unit"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (proposal->check));

  label = gtk_label_new (kh_unit_get_name (unit));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (proposal->check));
  gtk_box_append (GTK_BOX (text), label);
  if (entry != NULL)
    {
      label = gtk_label_new (entry->note);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (text), label);
    }

  successor = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_top (successor, 6);
  /* Translators: before the successor chosen for a unit that no longer
   * exists. */
  label = gtk_label_new_with_mnemonic (_("_Replaced by"));
  proposal->dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *) items->pdata));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (proposal->dropdown));
  gtk_box_append (GTK_BOX (successor), label);
  gtk_box_append (GTK_BOX (successor), GTK_WIDGET (proposal->dropdown));
  gtk_box_append (GTK_BOX (text), successor);

  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect (proposal->check, "toggled", G_CALLBACK (check_toggled), proposal);
  g_signal_connect (proposal->dropdown, "notify::selected", G_CALLBACK (choice_changed), proposal);

  g_ptr_array_add (self->proposals, proposal);
  adw_preferences_group_add (self->units_group, row);
}

static void
add_proposals (KhNextYearDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) proposed = NULL;
  g_autofree char *description = NULL;

  self->map = kh_unit_map_load_default (&error);
  if (self->map == NULL)
    {
      /* Translators: %s is why the shipped unit map could not be read. */
      description = g_strdup_printf (_("The map of the 2025 reorganisation could not be read, "
                                       "so every unit stays as it is: %s"),
                                     error->message);
      adw_preferences_group_set_description (self->units_group, description);
      return;
    }

  proposed = kh_unit_map_propose (self->map, source_plan (self));
  for (guint i = 0; i < proposed->len; i++)
    add_proposal_row (self, g_ptr_array_index (proposed, i));

  if (self->proposals->len == 0)
    description = g_strdup (_("No unit of this plan was merged or renamed in the 2025 "
                              "reorganisation: every unit stays as it is."));
  else
    description = g_strdup_printf (ngettext ("%u unit of this plan was merged or renamed in the "
                                             "2025 reorganisation. A checked row moves the "
                                             "unit’s assignments to the successor chosen.",
                                             "%u units of this plan were merged or renamed in "
                                             "the 2025 reorganisation. A checked row moves the "
                                             "unit’s assignments to the successor chosen.",
                                             self->proposals->len),
                                   self->proposals->len);
  adw_preferences_group_set_description (self->units_group, description);
}

/* Creating the plan */

static KhReportPanel *
review_panel_new (const KhNextYearSummary *summary)
{
  KhReportPanel *panel = kh_report_panel_new (_("Review the New Plan"));
  g_autoptr(GPtrArray) no_review = g_ptr_array_new ();
  KhNextYearSummary counts = *summary;
  g_autofree char *text = NULL;

  /* The counts as kh_next_year_summary_format words them; the items
   * below them are the panel's rows. */
  counts.review = no_review;
  text = kh_next_year_summary_format (&counts);
  g_strchomp (text);
  kh_report_panel_set_summary (panel, text);

  for (guint i = 0; i < summary->review->len; i++)
    {
      KhReviewItem *item = g_ptr_array_index (summary->review, i);

      kh_report_panel_add_row (panel, NULL, item->message, item->node_id, TRUE);
    }
  return panel;
}

static void
create_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhNextYearDialog *self = KH_NEXT_YEAR_DIALOG (widget);
  g_autoptr(GPtrArray) replacements = kh_next_year_dialog_get_replacements (self);
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(KhDocument) document = NULL;
  g_autoptr(KhReportPanel) panel = NULL;

  gtk_spin_button_update (self->year_spin);
  plan = kh_next_year (source_plan (self), kh_next_year_dialog_get_year (self),
                       replacements, &summary);
  g_return_if_fail (plan != NULL);

  document = kh_document_new (plan, NULL);
  panel = g_object_ref_sink (review_panel_new (summary));

  /* The callee may close windows; the dialog goes when it returns. */
  g_object_ref (self);
  if (self->open_func != NULL)
    self->open_func (document, panel, self->user_data);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* Construction */

KhNextYearDialog *
kh_next_year_dialog_new (GtkWindow          *parent,
                         KhDocument         *document,
                         KhOpenDocumentFunc  open_func,
                         gpointer            user_data)
{
  KhNextYearDialog *self;
  KhPlan *plan;
  const char *title;
  g_autofree char *description = NULL;

  g_return_val_if_fail (KH_IS_DOCUMENT (document), NULL);

  self = g_object_new (KH_TYPE_NEXT_YEAR_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->open_func = open_func;
  self->user_data = user_data;

  plan = source_plan (self);
  title = kh_plan_get_title (plan);
  if (title[0] != '\0' && kh_text_has_year (title, kh_plan_get_year (plan)))
    /* Translators: %s is the plan's title. */
    description = g_strdup_printf (_("Next year’s plan starts as a copy of “%s”."), title);
  else
    /* Translators: %1$s is the plan's title, %2$d its year. */
    description = g_strdup_printf (_("Next year’s plan starts as a copy of “%1$s” (%2$d)."),
                                   title[0] != '\0' ? title : _("Untitled Plan"),
                                   kh_plan_get_year (plan));
  adw_preferences_group_set_description (self->year_group, description);
  kh_next_year_dialog_set_year (self, CLAMP (kh_plan_get_year (plan) + 1, 1900, 2200));
  year_changed (self);
  add_proposals (self);
  show_page (self, "year");
  return self;
}

void
kh_next_year_dialog_present (GtkWindow          *parent,
                             KhDocument         *document,
                             KhOpenDocumentFunc  open_func,
                             gpointer            user_data)
{
  gtk_window_present (GTK_WINDOW (kh_next_year_dialog_new (parent, document,
                                                           open_func, user_data)));
}

static void
kh_next_year_dialog_dispose (GObject *object)
{
  KhNextYearDialog *self = KH_NEXT_YEAR_DIALOG (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (kh_next_year_dialog_parent_class)->dispose (object);
}

static void
kh_next_year_dialog_finalize (GObject *object)
{
  KhNextYearDialog *self = KH_NEXT_YEAR_DIALOG (object);

  /* The rows' handlers point at the proposals: freed once the rows are. */
  g_ptr_array_unref (self->proposals);
  g_clear_pointer (&self->map, kh_unit_map_free);
  G_OBJECT_CLASS (kh_next_year_dialog_parent_class)->finalize (object);
}

static void
kh_next_year_dialog_class_init (KhNextYearDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_next_year_dialog_dispose;
  object_class->finalize = kh_next_year_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-next-year-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, timelines_row);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, year_group);
  gtk_widget_class_bind_template_child (widget_class, KhNextYearDialog, units_group);
  gtk_widget_class_bind_template_callback (widget_class, year_changed);

  gtk_widget_class_install_action (widget_class, "assistant.next", NULL, next_page);
  gtk_widget_class_install_action (widget_class, "assistant.back", NULL, previous_page);
  gtk_widget_class_install_action (widget_class, "assistant.create", NULL, create_plan);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kh_next_year_dialog_init (KhNextYearDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) proposal_free);
}
