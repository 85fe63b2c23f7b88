/* kh-details-view.c — the plan's metadata in a preferences page.
 *
 * Every field edits the plan through kh-edit.h as the user types (text
 * through kh_edit_set_text, so typing in one field is one undo step) and
 * shows the plan from its notify signals, on undo and redo as on edits.
 * A field is rewritten only when what it shows means something else than
 * the plan holds, so that typing never loses the cursor: "7/2/2018" stays
 * as typed while the plan holds 2018-02-07.  A year or a date that is no
 * year or date gets the error style and is not applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-details-view.h"
#include "kh-edit.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

/* Recipients are one value (a list): typing in them is applied once the
 * typing pauses, so that it makes one undo step rather than one a key. */
#define RECIPIENTS_DELAY_MS 600

struct _KhDetailsView
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkWidget     *page;
  GtkWidget     *title_row;
  GtkSpinButton *year_spin;
  AdwComboRow   *language_row;
  AdwComboRow   *numbering_row;
  GtkWidget     *issuer_parent_row;
  GtkWidget     *issuer_name_row;
  GtkWidget     *issuer_short_row;
  GtkWidget     *number_row;
  GtkWidget     *place_row;
  GtkWidget     *date_row;
  GtkPopover    *calendar_popover;
  GtkCalendar   *calendar;
  GtkTextView   *preamble_view;
  GtkWidget     *signature_authority_row;
  GtkWidget     *signature_deputy_row;
  GtkWidget     *signature_title_row;
  GtkWidget     *signature_name_row;
  GtkTextView   *recipients_view;

  /* owned */
  KhDocument    *document;
  KhPlan        *plan;

  /* > 0 while the view shows the plan: changes then are no edits. */
  guint          updating;
  guint          recipients_timeout_id;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KhDetailsView, kh_details_view, GTK_TYPE_WIDGET)

/* The one-line text properties of the plan (kh_plan_text_properties) and
 * their rows; the date and the preamble have their own fields. */
static const struct {
  const char *property;
  goffset     row;
} entry_fields[] = {
  { "title", G_STRUCT_OFFSET (KhDetailsView, title_row) },
  { "issuer-parent", G_STRUCT_OFFSET (KhDetailsView, issuer_parent_row) },
  { "issuer-name", G_STRUCT_OFFSET (KhDetailsView, issuer_name_row) },
  { "issuer-short", G_STRUCT_OFFSET (KhDetailsView, issuer_short_row) },
  { "number", G_STRUCT_OFFSET (KhDetailsView, number_row) },
  { "place", G_STRUCT_OFFSET (KhDetailsView, place_row) },
  { "signature-authority", G_STRUCT_OFFSET (KhDetailsView, signature_authority_row) },
  { "signature-deputy", G_STRUCT_OFFSET (KhDetailsView, signature_deputy_row) },
  { "signature-title", G_STRUCT_OFFSET (KhDetailsView, signature_title_row) },
  { "signature-name", G_STRUCT_OFFSET (KhDetailsView, signature_name_row) },
};

#define ENTRY_ROW(self, i) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), entry_fields[i].row))

static KhHistory *
history_of (KhDetailsView *self)
{
  return kh_document_get_history (self->document);
}

static void
set_error (GtkWidget *widget,
           gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* Dates and years */

static gboolean
parse_number (const char *text,
              guint       max_digits,
              int        *out)
{
  guint n = 0;

  for (; text[n] != '\0'; n++)
    if (!g_ascii_isdigit (text[n]) || n >= max_digits)
      return FALSE;
  if (n == 0)
    return FALSE;
  *out = (int) g_ascii_strtoll (text, NULL, 10);
  return TRUE;
}

char *
kh_details_parse_date (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;
  int day, month, year;

  if (copy[0] == '\0')
    return g_strdup ("");
  g_strdelimit (copy, "-.", '/');
  parts = g_strsplit (copy, "/", -1);
  if (g_strv_length (parts) != 3
      || !parse_number (parts[0], 2, &day)
      || !parse_number (parts[1], 2, &month)
      || strlen (parts[2]) != 4 || !parse_number (parts[2], 4, &year)
      || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* "2018-02-07" → "07/02/2018"; anything else as it is. */
static char *
format_date (const char *iso)
{
  if (strlen (iso) == 10 && iso[4] == '-' && iso[7] == '-')
    return g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
  return g_strdup (iso);
}

static gboolean
parse_year (KhDetailsView *self,
            const char    *text,
            int           *year)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->year_spin);
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return parse_number (copy, 4, year)
      && *year >= gtk_adjustment_get_lower (adjustment)
      && *year <= gtk_adjustment_get_upper (adjustment);
}

/* Multi-line text */

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* One recipient a line, without blank lines and surrounding spaces. */
static GStrv
parse_recipients (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

/* Showing the plan */

static void
show_text (KhDetailsView *self,
           GtkWidget     *row,
           const char    *value)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value) == 0)
    return;
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (row), value);
  self->updating--;
}

static void
show_buffer (KhDetailsView *self,
             GtkTextView   *view,
             const char    *value)
{
  g_autofree char *shown = buffer_text (view);

  if (g_strcmp0 (shown, value) == 0)
    return;
  self->updating++;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), value, -1);
  self->updating--;
}

static void
show_year (KhDetailsView *self)
{
  int year = self->plan ? kh_plan_get_year (self->plan) : 0;
  int shown;
  g_autofree char *text = NULL;

  set_error (GTK_WIDGET (self->year_spin), FALSE);
  if (parse_year (self, gtk_editable_get_text (GTK_EDITABLE (self->year_spin)), &shown)
      && shown == year)
    return;

  text = g_strdup_printf ("%d", year);
  self->updating++;
  gtk_spin_button_set_value (self->year_spin, year);
  /* The adjustment may hold the year already while the text does not. */
  gtk_editable_set_text (GTK_EDITABLE (self->year_spin), text);
  self->updating--;
}

static void
show_date (KhDetailsView *self)
{
  const char *iso = self->plan ? kh_plan_get_date (self->plan) : "";
  g_autofree char *typed = kh_details_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *text = NULL;

  set_error (self->date_row, FALSE);
  if (g_strcmp0 (typed, iso) == 0)
    return;
  text = format_date (iso);
  show_text (self, self->date_row, text);
}

static void
show_recipients (KhDetailsView *self)
{
  static const char * const none[] = { NULL };
  const char * const *recipients = self->plan ? kh_plan_get_recipients (self->plan) : none;
  g_autofree char *shown = buffer_text (self->recipients_view);
  g_auto(GStrv) shown_list = parse_recipients (shown);
  g_autofree char *text = NULL;

  /* The plan changed under a pause in typing (undo): the plan wins. */
  g_clear_handle_id (&self->recipients_timeout_id, g_source_remove);
  if (g_strv_equal ((const char * const *) shown_list, recipients))
    return;
  text = g_strjoinv ("\n", (char **) recipients);
  show_buffer (self, self->recipients_view, text);
}

static void
show_numbering_example (KhDetailsView *self)
{
  /* The labels of the first levels, as kh-numbering.c gives them. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->numbering_row),
                               adw_combo_row_get_selected (self->numbering_row)
                               == KH_NUMBERING_DECIMAL
                               ? "I.  1.  1.1.  1.1.1.  -  +"
                               : "I.  1.  a)  -  +");
}

static void
show_combo (KhDetailsView *self,
            AdwComboRow   *row,
            guint          selected)
{
  if (adw_combo_row_get_selected (row) == selected)
    return;
  self->updating++;
  adw_combo_row_set_selected (row, selected);
  self->updating--;
}

static void
show_property (KhDetailsView *self,
               const char    *property)
{
  KhPlan *plan = self->plan;

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    if (g_str_equal (property, entry_fields[i].property))
      {
        show_text (self, ENTRY_ROW (self, i), plan ? kh_plan_get_string (plan, property) : "");
        return;
      }

  if (g_str_equal (property, "date"))
    show_date (self);
  else if (g_str_equal (property, "preamble"))
    show_buffer (self, self->preamble_view, plan ? kh_plan_get_string (plan, property) : "");
  else if (g_str_equal (property, "year"))
    show_year (self);
  else if (g_str_equal (property, "language"))
    show_combo (self, self->language_row, plan ? kh_plan_get_language (plan) : KH_LANGUAGE_VI);
  else if (g_str_equal (property, "numbering"))
    {
      show_combo (self, self->numbering_row,
                  plan ? kh_plan_get_numbering (plan) : KH_NUMBERING_DECREE30);
      show_numbering_example (self);
    }
  else if (g_str_equal (property, "recipients"))
    show_recipients (self);
}

static void
show_all (KhDetailsView *self)
{
  static const char * const others[] = { "year", "language", "numbering", "recipients" };
  const char * const *texts = kh_plan_text_properties ();

  for (guint i = 0; texts[i] != NULL; i++)
    show_property (self, texts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    show_property (self, others[i]);
}

static void
plan_notify (KhDetailsView *self,
             GParamSpec    *pspec)
{
  show_property (self, pspec->name);
}

/* Editing */

static void
entry_changed (GtkEditable   *row,
               KhDetailsView *self)
{
  const char *property = g_object_get_data (G_OBJECT (row), "kh-property");

  if (self->updating == 0 && self->document != NULL)
    kh_edit_set_text (history_of (self), G_OBJECT (self->plan), property,
                      gtk_editable_get_text (row));
}

/* An empty field clears the date only once the user is done with it
 * (Enter, or the focus leaves): replacing the text passes through empty,
 * and typing a new date must not clear the old one on the way. */
static void
apply_date (KhDetailsView *self,
            gboolean       done)
{
  g_autofree char *iso = NULL;

  if (self->updating > 0 || self->document == NULL)
    return;
  iso = kh_details_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  set_error (self->date_row, iso == NULL);
  if (iso != NULL && (iso[0] != '\0' || done))
    kh_edit_set_text (history_of (self), G_OBJECT (self->plan), "date", iso);
}

static void
date_changed (KhDetailsView *self)
{
  apply_date (self, FALSE);
}

static void
date_done (KhDetailsView *self)
{
  apply_date (self, TRUE);
}

static void
year_text_changed (KhDetailsView *self)
{
  int year;
  gboolean valid;

  if (self->updating > 0 || self->document == NULL)
    return;
  valid = parse_year (self, gtk_editable_get_text (GTK_EDITABLE (self->year_spin)), &year);
  set_error (GTK_WIDGET (self->year_spin), !valid);
  if (valid)
    kh_edit_set_year (history_of (self), year);
}

static void
year_value_changed (KhDetailsView *self)
{
  if (self->updating > 0 || self->document == NULL)
    return;
  set_error (GTK_WIDGET (self->year_spin), FALSE);
  kh_edit_set_year (history_of (self), gtk_spin_button_get_value_as_int (self->year_spin));
}

static void
language_selected (KhDetailsView *self)
{
  if (self->updating == 0 && self->document != NULL)
    kh_edit_set_language (history_of (self), adw_combo_row_get_selected (self->language_row));
}

static void
numbering_selected (KhDetailsView *self)
{
  show_numbering_example (self);
  if (self->updating == 0 && self->document != NULL)
    kh_edit_set_numbering (history_of (self), adw_combo_row_get_selected (self->numbering_row));
}

static void
preamble_changed (KhDetailsView *self)
{
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->document == NULL)
    return;
  text = buffer_text (self->preamble_view);
  kh_edit_set_text (history_of (self), G_OBJECT (self->plan), "preamble", text);
}

static void
apply_recipients (KhDetailsView *self)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) recipients = NULL;

  g_clear_handle_id (&self->recipients_timeout_id, g_source_remove);
  if (self->document == NULL)
    return;
  text = buffer_text (self->recipients_view);
  recipients = parse_recipients (text);
  kh_edit_set_recipients (history_of (self), (const char * const *) recipients);
}

static gboolean
recipients_timeout (gpointer data)
{
  KhDetailsView *self = data;

  self->recipients_timeout_id = 0;
  apply_recipients (self);
  return G_SOURCE_REMOVE;
}

static void
recipients_changed (KhDetailsView *self)
{
  if (self->updating > 0 || self->document == NULL)
    return;
  g_clear_handle_id (&self->recipients_timeout_id, g_source_remove);
  self->recipients_timeout_id = g_timeout_add (RECIPIENTS_DELAY_MS, recipients_timeout, self);
}

static void
recipients_focus_left (KhDetailsView *self)
{
  if (self->recipients_timeout_id != 0)
    apply_recipients (self);
}

/* The calendar */

static void
calendar_shown (KhDetailsView *self)
{
  g_autofree char *iso = kh_details_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  /* kh_details_parse_date gives "YYYY-MM-DD" or "". */
  if (iso != NULL && iso[0] != '\0')
    {
      year = (int) g_ascii_strtoll (iso, NULL, 10);
      month = (int) g_ascii_strtoll (iso + 5, NULL, 10);
      day = (int) g_ascii_strtoll (iso + 8, NULL, 10);
      date = g_date_time_new_local (year, month, day, 0, 0, 0);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->updating++;
  gtk_calendar_select_day (self->calendar, date);
  self->updating--;
}

static void
calendar_day_selected (KhDetailsView *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (self->updating > 0)
    return;
  date = gtk_calendar_get_date (self->calendar);
  text = g_strdup_printf ("%02d/%02d/%04d", g_date_time_get_day_of_month (date),
                          g_date_time_get_month (date), g_date_time_get_year (date));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  gtk_popover_popdown (self->calendar_popover);
}

/* The document */

KhDocument *
kh_details_view_get_document (KhDetailsView *self)
{
  g_return_val_if_fail (KH_IS_DETAILS_VIEW (self), NULL);
  return self->document;
}

static void
disconnect_plan (KhDetailsView *self)
{
  /* Typing not yet applied belongs to the plan it was typed for. */
  if (self->recipients_timeout_id != 0)
    apply_recipients (self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
}

void
kh_details_view_set_document (KhDetailsView *self,
                              KhDocument    *document)
{
  g_return_if_fail (KH_IS_DETAILS_VIEW (self));
  g_return_if_fail (document == NULL || KH_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  disconnect_plan (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->plan = g_object_ref (kh_document_get_plan (document));
      g_signal_connect_swapped (self->plan, "notify", G_CALLBACK (plan_notify), self);
    }
  show_all (self);
  gtk_widget_set_sensitive (self->page, document != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkWidget *
kh_details_view_new (void)
{
  return g_object_new (KH_TYPE_DETAILS_VIEW, NULL);
}

static void
kh_details_view_dispose (GObject *object)
{
  KhDetailsView *self = KH_DETAILS_VIEW (object);

  disconnect_plan (self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_DETAILS_VIEW);

  G_OBJECT_CLASS (kh_details_view_parent_class)->dispose (object);
}

static void
kh_details_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhDetailsView *self = KH_DETAILS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_details_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KhDetailsView *self = KH_DETAILS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kh_details_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_details_view_class_init (KhDetailsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_details_view_dispose;
  object_class->get_property = kh_details_view_get_property;
  object_class->set_property = kh_details_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KH_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-details-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, page);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, title_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, language_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, numbering_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, issuer_parent_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, issuer_name_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, issuer_short_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, number_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, place_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, date_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, calendar);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, preamble_view);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, signature_authority_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, signature_deputy_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, signature_title_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, signature_name_row);
  gtk_widget_class_bind_template_child (widget_class, KhDetailsView, recipients_view);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailsview");
}

static void
kh_details_view_init (KhDetailsView *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      GtkWidget *row = ENTRY_ROW (self, i);

      g_object_set_data (G_OBJECT (row), "kh-property", (gpointer) entry_fields[i].property);
      g_signal_connect (row, "changed", G_CALLBACK (entry_changed), self);
    }
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (date_changed), self);
  g_signal_connect_swapped (self->year_spin, "changed", G_CALLBACK (year_text_changed), self);
  g_signal_connect_swapped (self->year_spin, "value-changed",
                            G_CALLBACK (year_value_changed), self);
  g_signal_connect_swapped (self->language_row, "notify::selected",
                            G_CALLBACK (language_selected), self);
  g_signal_connect_swapped (self->numbering_row, "notify::selected",
                            G_CALLBACK (numbering_selected), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->preamble_view), "changed",
                            G_CALLBACK (preamble_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->recipients_view), "changed",
                            G_CALLBACK (recipients_changed), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (recipients_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self->recipients_view), focus);
  g_signal_connect_swapped (self->date_row, "entry-activated", G_CALLBACK (date_done), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (date_done), self);
  gtk_widget_add_controller (self->date_row, focus);

  show_all (self);
  gtk_widget_set_sensitive (self->page, FALSE);
}
