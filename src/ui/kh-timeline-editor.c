/* kh-timeline-editor.c — edits one timeline (thời gian thực hiện).
 *
 * The field widgets keep their values while hidden, so switching kinds
 * back and forth keeps what the user set; a timeline is built from them
 * (build_from_fields) whenever a field or the kind changes, and only a
 * consistent one (kh_timeline_check) leaves the editor.  The phrase row
 * is applied on Enter, on its apply button and when the focus leaves it:
 * one undo step per phrase, not per keystroke.  It is parsed
 * (kh_timeline_parse), except under "Other (as written)", which keeps
 * the words as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-timeline-editor.h"
#include "kh-enum-types.h"
#include "kh-text.h"

#include <glib/gi18n.h>

/* The kind row lists "None" first, then the kinds in enum order. */
#define KIND_NONE 0

/* What a deadline names: the deadline row "Deadline at". */
typedef enum {
  PRECISION_DAY,
  PRECISION_MONTH,
  PRECISION_QUARTER,
  PRECISION_YEAR,
} Precision;

struct _KhTimelineEditor
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  AdwComboRow         *kind_row;
  AdwComboRow         *mode_row;
  AdwComboRow         *precision_row;
  AdwActionRow        *day_row;
  GtkSpinButton       *day_spin;
  AdwComboRow         *month_row;
  AdwComboRow         *quarter_row;
  AdwComboRow         *quarter_end_row;
  AdwComboRow         *half_row;
  AdwActionRow        *name_year_row;
  GtkSwitch           *name_year_switch;
  AdwActionRow        *year_row;
  GtkSpinButton       *year_spin;
  AdwActionRow        *year_end_row;
  GtkSpinButton       *year_end_spin;
  AdwActionRow        *every_row;
  GtkSpinButton       *every_spin;
  AdwEntryRow         *phrase_row;
  AdwActionRow        *printed_row;

  /* owned */
  KhTimeline          *timeline;      /* shown; NULL for none */
  char                *printed;       /* its rendering, "" for none */
  char                *shown_phrase;  /* what the phrase row was last given */

  KhLanguage           language;
  int                  default_year;
  guint                updating;      /* > 0 while widgets follow the value */
};

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_DEFAULT_YEAR,
  N_PROPS
};

enum {
  TIMELINE_EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KhTimelineEditor, kh_timeline_editor, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
is_verbatim_kind (KhTimelineKind kind)
{
  return kind == KH_TIMELINE_EVENT || kind == KH_TIMELINE_TEXT;
}

static guint
selected_kind_index (KhTimelineEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row);
}

static int
spin_value (GtkSpinButton *spin)
{
  return gtk_spin_button_get_value_as_int (spin);
}

static void
set_spin (GtkSpinButton *spin, int value)
{
  if (spin_value (spin) != value)
    gtk_spin_button_set_value (spin, value);
}

static void
set_combo (AdwComboRow *row, guint position)
{
  if (adw_combo_row_get_selected (row) != position)
    adw_combo_row_set_selected (row, position);
}

static Precision
precision_of (const KhTimeline *t)
{
  if (t->day != 0)
    return PRECISION_DAY;
  if (t->month != 0)
    return PRECISION_MONTH;
  if (t->quarter != 0)
    return PRECISION_QUARTER;
  return PRECISION_YEAR;
}

/* Rows */

static void
update_visible_rows (KhTimelineEditor *self)
{
  guint index = selected_kind_index (self);
  KhTimelineKind kind = index == KIND_NONE ? KH_TIMELINE_TEXT : (KhTimelineKind) (index - 1);
  gboolean none = index == KIND_NONE;
  gboolean deadline = !none && kind == KH_TIMELINE_DEADLINE;
  Precision precision = adw_combo_row_get_selected (self->precision_row);
  KhTimelineUses uses = none ? 0 : kh_timeline_kind_uses (kind);
  gboolean year_optional = !none && (kind == KH_TIMELINE_ONGOING || kind == KH_TIMELINE_HALF);

  gtk_widget_set_visible (GTK_WIDGET (self->mode_row), deadline);
  gtk_widget_set_visible (GTK_WIDGET (self->precision_row), deadline);
  gtk_widget_set_visible (GTK_WIDGET (self->day_row),
                          kind == KH_TIMELINE_DATE || (deadline && precision == PRECISION_DAY));
  gtk_widget_set_visible (GTK_WIDGET (self->month_row),
                          (!none && (kind == KH_TIMELINE_MONTH || kind == KH_TIMELINE_DATE))
                          || (deadline && precision <= PRECISION_MONTH));
  gtk_widget_set_visible (GTK_WIDGET (self->quarter_row),
                          (!deadline && (uses & KH_TIMELINE_USES_QUARTER))
                          || (deadline && precision == PRECISION_QUARTER));
  gtk_widget_set_visible (GTK_WIDGET (self->quarter_end_row), uses & KH_TIMELINE_USES_QUARTER_END);
  gtk_widget_set_visible (GTK_WIDGET (self->half_row), uses & KH_TIMELINE_USES_HALF);
  gtk_widget_set_visible (GTK_WIDGET (self->name_year_row), year_optional);
  gtk_widget_set_visible (GTK_WIDGET (self->year_row), uses & KH_TIMELINE_USES_YEAR);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_row),
                            !year_optional || gtk_switch_get_active (self->name_year_switch));
  gtk_widget_set_visible (GTK_WIDGET (self->year_end_row), uses & KH_TIMELINE_USES_YEAR_END);
  gtk_widget_set_visible (GTK_WIDGET (self->every_row), uses & KH_TIMELINE_USES_EVERY_MONTHS);
}

static GtkWidget *
row_for_member (KhTimelineEditor *self,
                const char       *member)
{
  static const struct { const char *member; gsize offset; } rows[] = {
    { "year",         G_STRUCT_OFFSET (KhTimelineEditor, year_row) },
    { "year_end",     G_STRUCT_OFFSET (KhTimelineEditor, year_end_row) },
    { "half",         G_STRUCT_OFFSET (KhTimelineEditor, half_row) },
    { "quarter",      G_STRUCT_OFFSET (KhTimelineEditor, quarter_row) },
    { "quarter_end",  G_STRUCT_OFFSET (KhTimelineEditor, quarter_end_row) },
    { "month",        G_STRUCT_OFFSET (KhTimelineEditor, month_row) },
    { "day",          G_STRUCT_OFFSET (KhTimelineEditor, day_row) },
    { "every_months", G_STRUCT_OFFSET (KhTimelineEditor, every_row) },
    { "mode",         G_STRUCT_OFFSET (KhTimelineEditor, mode_row) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (rows[i].member, member) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, rows[i].offset);
  return GTK_WIDGET (self->kind_row);
}

/* Marks the row of @member (NULL: none) as wrong. */
static void
show_fault (KhTimelineEditor *self,
            const char       *member)
{
  const char *members[] = { "year", "year_end", "half", "quarter", "quarter_end",
                            "month", "day", "every_months", "mode" };
  GtkWidget *faulty = member != NULL ? row_for_member (self, member) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      GtkWidget *row = row_for_member (self, members[i]);

      if (row == faulty)
        {
          gtk_widget_add_css_class (row, "error");
          gtk_widget_set_tooltip_text (row, _("This value does not make a real timeline"));
        }
      else if (gtk_widget_has_css_class (row, "error"))
        {
          gtk_widget_remove_css_class (row, "error");
          gtk_widget_set_tooltip_text (row, NULL);
        }
    }
}

/* The phrase row and the printed phrase follow the shown value. */
static void
update_phrases (KhTimelineEditor *self)
{
  const char *phrase;

  g_free (self->printed);
  self->printed = self->timeline != NULL
                  ? kh_timeline_render (self->timeline, self->language)
                  : g_strdup ("");
  adw_action_row_set_subtitle (self->printed_row,
                               *self->printed != '\0' ? self->printed : _("No timeline"));

  phrase = self->printed;
  if (self->timeline != NULL && self->timeline->text != NULL && *self->timeline->text != '\0')
    phrase = self->timeline->text;

  /* Leave alone what the user is typing and has not applied yet. */
  if (self->shown_phrase == NULL
      || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->phrase_row)), self->shown_phrase) == 0)
    {
      self->updating++;
      gtk_editable_set_text (GTK_EDITABLE (self->phrase_row), phrase);
      self->updating--;
    }
  g_free (self->shown_phrase);
  self->shown_phrase = g_strdup (phrase);
}

/* Field widgets show @t's members; those it does not have keep theirs,
 * except the year, which starts from the plan's. */
static void
update_fields (KhTimelineEditor *self)
{
  const KhTimeline *t = self->timeline;
  int year = t != NULL && t->year != 0 ? t->year : self->default_year;

  self->updating++;
  set_combo (self->kind_row, t != NULL ? (guint) t->kind + 1 : KIND_NONE);
  if (year != 0)
    set_spin (self->year_spin, year);
  if (t != NULL)
    {
      if (t->kind == KH_TIMELINE_ONGOING || t->kind == KH_TIMELINE_HALF)
        gtk_switch_set_active (self->name_year_switch, t->year != 0);
      if (t->year_end != 0)
        set_spin (self->year_end_spin, t->year_end);
      else
        set_spin (self->year_end_spin, year);
      if (t->half != 0)
        set_combo (self->half_row, t->half - 1);
      if (t->quarter != 0)
        set_combo (self->quarter_row, t->quarter - 1);
      if (t->quarter_end != 0)
        set_combo (self->quarter_end_row, t->quarter_end - 1);
      if (t->month != 0)
        set_combo (self->month_row, t->month - 1);
      if (t->day != 0)
        set_spin (self->day_spin, t->day);
      if (t->every_months != 0)
        set_spin (self->every_spin, t->every_months);
      if (t->kind == KH_TIMELINE_DEADLINE)
        {
          set_combo (self->mode_row, t->mode);
          set_combo (self->precision_row, precision_of (t));
        }
    }
  update_visible_rows (self);
  self->updating--;
}

/* Building a value */

static KhTimeline *
build_from_fields (KhTimelineEditor *self,
                   KhTimelineKind    kind)
{
  KhTimeline *t;
  int year = spin_value (self->year_spin);
  int year_end = spin_value (self->year_end_spin);
  gboolean name_year = gtk_switch_get_active (self->name_year_switch);

  if (is_verbatim_kind (kind))
    {
      g_autofree char *phrase = kh_text_squeeze (gtk_editable_get_text (GTK_EDITABLE (self->phrase_row)));
      g_autofree char *shown = kh_text_squeeze (self->shown_phrase);

      /* What the user typed, or else what was printed so far. */
      t = kh_timeline_new (kind);
      if (*phrase != '\0' && g_strcmp0 (phrase, shown) != 0)
        t->text = g_steal_pointer (&phrase);
      else
        t->text = g_strdup (*self->printed != '\0' ? self->printed : phrase);
      return t;
    }

  t = kh_timeline_new (kind);
  switch (kind)
    {
    case KH_TIMELINE_ONGOING:
      t->year = name_year ? year : 0;
      break;
    case KH_TIMELINE_YEAR:
      t->year = year;
      break;
    case KH_TIMELINE_HALF:
      t->half = (int) adw_combo_row_get_selected (self->half_row) + 1;
      t->year = name_year ? year : 0;
      break;
    case KH_TIMELINE_QUARTER:
      t->quarter = (int) adw_combo_row_get_selected (self->quarter_row) + 1;
      t->year = year;
      break;
    case KH_TIMELINE_QUARTER_RANGE:
      t->quarter = (int) adw_combo_row_get_selected (self->quarter_row) + 1;
      t->quarter_end = (int) adw_combo_row_get_selected (self->quarter_end_row) + 1;
      t->year = year;
      t->year_end = year_end != year ? year_end : 0;
      break;
    case KH_TIMELINE_MONTH:
      t->month = (int) adw_combo_row_get_selected (self->month_row) + 1;
      t->year = year;
      break;
    case KH_TIMELINE_DEADLINE:
      t->mode = adw_combo_row_get_selected (self->mode_row) == 1
                ? KH_DEADLINE_WITHIN : KH_DEADLINE_BEFORE;
      t->year = year;
      switch ((Precision) adw_combo_row_get_selected (self->precision_row))
        {
        case PRECISION_DAY:
          t->day = spin_value (self->day_spin);
          t->month = (int) adw_combo_row_get_selected (self->month_row) + 1;
          break;
        case PRECISION_MONTH:
          t->month = (int) adw_combo_row_get_selected (self->month_row) + 1;
          break;
        case PRECISION_QUARTER:
          t->quarter = (int) adw_combo_row_get_selected (self->quarter_row) + 1;
          break;
        case PRECISION_YEAR:
        default:
          break;
        }
      break;
    case KH_TIMELINE_DATE:
      t->day = spin_value (self->day_spin);
      t->month = (int) adw_combo_row_get_selected (self->month_row) + 1;
      t->year = year;
      break;
    case KH_TIMELINE_YEAR_RANGE:
      t->year = year;
      t->year_end = year_end;
      break;
    case KH_TIMELINE_PERIODIC:
      t->every_months = spin_value (self->every_spin);
      break;
    case KH_TIMELINE_EVENT:
    case KH_TIMELINE_TEXT:
    default:
      g_assert_not_reached ();
    }
  return t;
}

/* Shows @t (owned, nullable) and hands it out as the user's edit. */
static void
emit_edit (KhTimelineEditor *self,
           KhTimeline       *t)
{
  g_autoptr(KhTimeline) edited = t;

  if (kh_timeline_equal (edited, self->timeline))
    return;
  g_clear_pointer (&self->timeline, kh_timeline_free);
  self->timeline = edited != NULL ? kh_timeline_copy (edited) : NULL;
  update_phrases (self);
  update_fields (self);
  g_signal_emit (self, signals[TIMELINE_EDITED], 0, edited);
}

/* A field changed: the value of the chosen kind from the fields, when it
 * holds together. */
static void
fields_changed (KhTimelineEditor *self)
{
  guint index = selected_kind_index (self);
  g_autoptr(KhTimeline) t = NULL;
  const char *fault;

  update_visible_rows (self);
  if (self->updating > 0)
    return;
  if (index == KIND_NONE)
    {
      show_fault (self, NULL);
      emit_edit (self, NULL);
      return;
    }

  t = build_from_fields (self, (KhTimelineKind) (index - 1));
  fault = kh_timeline_check (t);
  show_fault (self, fault);
  if (fault == NULL)
    emit_edit (self, g_steal_pointer (&t));
}

/* A new kind starts from values that fit it, so that picking a kind
 * never shows an error by itself. */
static void
kind_changed (KhTimelineEditor *self)
{
  guint index = selected_kind_index (self);

  if (self->updating == 0 && index != KIND_NONE)
    {
      KhTimelineKind kind = (KhTimelineKind) (index - 1);
      int year = spin_value (self->year_spin);

      self->updating++;
      if (kind == KH_TIMELINE_YEAR_RANGE && spin_value (self->year_end_spin) <= year)
        set_spin (self->year_end_spin, year + 1);
      if (kind == KH_TIMELINE_QUARTER_RANGE)
        {
          guint quarter = adw_combo_row_get_selected (self->quarter_row);

          if (quarter == 3)
            set_combo (self->quarter_row, quarter = 2);
          if (adw_combo_row_get_selected (self->quarter_end_row) <= quarter)
            set_combo (self->quarter_end_row, quarter + 1);
          set_spin (self->year_end_spin, year);
        }
      if ((kind == KH_TIMELINE_ONGOING || kind == KH_TIMELINE_HALF)
          && (self->timeline == NULL || self->timeline->year != 0))
        gtk_switch_set_active (self->name_year_switch, TRUE);
      self->updating--;
    }
  fields_changed (self);
}

void
kh_timeline_editor_commit (KhTimelineEditor *self)
{
  g_autofree char *phrase = NULL;
  g_autofree char *shown = NULL;

  g_return_if_fail (KH_IS_TIMELINE_EDITOR (self));

  phrase = kh_text_squeeze (gtk_editable_get_text (GTK_EDITABLE (self->phrase_row)));
  shown = kh_text_squeeze (self->shown_phrase);
  if (g_strcmp0 (phrase, shown) == 0)
    return;
  /* Now the phrase row shows what it was given: update_phrases may set it. */
  g_free (self->shown_phrase);
  self->shown_phrase = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phrase_row)));
  show_fault (self, NULL);
  /* "Other (as written)" keeps the words; any other kind understands them. */
  if (selected_kind_index (self) == (guint) KH_TIMELINE_TEXT + 1 && *phrase != '\0')
    emit_edit (self, kh_timeline_new_text (phrase));
  else
    emit_edit (self, kh_timeline_parse (phrase));
}

static void
on_phrase_focus_leave (KhTimelineEditor *self)
{
  kh_timeline_editor_commit (self);
}

/* Public */

GtkWidget *
kh_timeline_editor_new (void)
{
  return g_object_new (KH_TYPE_TIMELINE_EDITOR, NULL);
}

void
kh_timeline_editor_set_timeline (KhTimelineEditor *self,
                                 const KhTimeline *timeline)
{
  g_return_if_fail (KH_IS_TIMELINE_EDITOR (self));

  if (self->printed != NULL && kh_timeline_equal (timeline, self->timeline))
    return;
  g_clear_pointer (&self->timeline, kh_timeline_free);
  self->timeline = timeline != NULL ? kh_timeline_copy (timeline) : NULL;
  show_fault (self, NULL);
  update_phrases (self);
  update_fields (self);
}

const KhTimeline *
kh_timeline_editor_get_timeline (KhTimelineEditor *self)
{
  g_return_val_if_fail (KH_IS_TIMELINE_EDITOR (self), NULL);
  return self->timeline;
}

void
kh_timeline_editor_set_language (KhTimelineEditor *self,
                                 KhLanguage        language)
{
  g_return_if_fail (KH_IS_TIMELINE_EDITOR (self));

  if (self->language == language)
    return;
  self->language = language;
  update_phrases (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

void
kh_timeline_editor_set_default_year (KhTimelineEditor *self,
                                     int               year)
{
  g_return_if_fail (KH_IS_TIMELINE_EDITOR (self));

  if (self->default_year == year)
    return;
  self->default_year = year;
  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_YEAR]);
}

const char *
kh_timeline_editor_get_printed (KhTimelineEditor *self)
{
  g_return_val_if_fail (KH_IS_TIMELINE_EDITOR (self), "");
  return self->printed;
}

/* GObject */

static void
kh_timeline_editor_finalize (GObject *object)
{
  KhTimelineEditor *self = KH_TIMELINE_EDITOR (object);

  g_clear_pointer (&self->timeline, kh_timeline_free);
  g_free (self->printed);
  g_free (self->shown_phrase);

  G_OBJECT_CLASS (kh_timeline_editor_parent_class)->finalize (object);
}

static void
kh_timeline_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KhTimelineEditor *self = KH_TIMELINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_DEFAULT_YEAR:
      g_value_set_int (value, self->default_year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_timeline_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KhTimelineEditor *self = KH_TIMELINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      kh_timeline_editor_set_language (self, g_value_get_enum (value));
      break;
    case PROP_DEFAULT_YEAR:
      kh_timeline_editor_set_default_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_timeline_editor_class_init (KhTimelineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kh_timeline_editor_finalize;
  object_class->get_property = kh_timeline_editor_get_property;
  object_class->set_property = kh_timeline_editor_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KH_TYPE_LANGUAGE, KH_LANGUAGE_VI,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFAULT_YEAR] =
    g_param_spec_int ("default-year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TIMELINE_EDITED] =
    g_signal_new ("timeline-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  KH_TYPE_TIMELINE | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-timeline-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, mode_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, precision_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, day_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, day_spin);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, month_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, quarter_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, quarter_end_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, half_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, name_year_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, name_year_switch);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, year_end_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, year_end_spin);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, every_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, every_spin);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, phrase_row);
  gtk_widget_class_bind_template_child (widget_class, KhTimelineEditor, printed_row);
}

static void
kh_timeline_editor_init (KhTimelineEditor *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    AdwComboRow *combos[] = { self->mode_row, self->precision_row, self->month_row,
                              self->quarter_row, self->quarter_end_row, self->half_row };
    GtkSpinButton *spins[] = { self->day_spin, self->year_spin, self->year_end_spin,
                               self->every_spin };

    for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
      g_signal_connect_swapped (combos[i], "notify::selected", G_CALLBACK (fields_changed), self);
    for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
      g_signal_connect_swapped (spins[i], "value-changed", G_CALLBACK (fields_changed), self);
  }
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed), self);
  g_signal_connect_swapped (self->name_year_switch, "notify::active",
                            G_CALLBACK (fields_changed), self);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->phrase_row), FALSE);
  g_signal_connect_swapped (self->phrase_row, "apply",
                            G_CALLBACK (kh_timeline_editor_commit), self);
  g_signal_connect_swapped (self->phrase_row, "entry-activated",
                            G_CALLBACK (kh_timeline_editor_commit), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_phrase_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->phrase_row), focus);

  self->language = KH_LANGUAGE_VI;
  update_phrases (self);
  update_fields (self);
}
