/* kh-export-dialog.c — Export to Excel.
 *
 * The options map one to one onto KhExportOptions; the chosen file goes
 * to kh_export_xlsx, which writes beside it and renames, so a failure
 * leaves nothing behind.  The result is told on the parent window (a
 * toast with "Open"), where the user goes back to work.
 *
 * SHORTCUTS: Escape closes the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-export-dialog.h"
#include "kh-environment.h"
#include "kh-export-model.h"
#include "kh-text.h"

#include <glib/gi18n.h>
#include <string.h>

/* A file name longer than this is hard to read in a file chooser. */
#define MAX_NAME_CHARS 100

struct _KhExportDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  GtkCheckButton  *appendix_check;
  GtkCheckButton  *matrix_check;
  GtkCheckButton  *units_check;
  AdwActionRow    *appendix_tasks_row;
  AdwActionRow    *all_tasks_row;
  GtkCheckButton  *appendix_tasks_check;
  GtkCheckButton  *all_tasks_check;
  GtkToggleButton *products_toggle;
  GtkToggleButton *budget_toggle;
  GtkToggleButton *notes_toggle;
  AdwComboRow     *numbering_row;
  AdwComboRow     *separator_row;
  AdwComboRow     *language_row;

  /* owned */
  KhDocument      *document;
  GSettings       *settings;  /* NULL without a schema that has the export keys */
  GtkNativeDialog *chooser;   /* while "Export…" asks for a file */
};

G_DEFINE_FINAL_TYPE (KhExportDialog, kh_export_dialog, ADW_TYPE_WINDOW)

/* Settings words, in the order of the flags' bits. */
static const char * const sheet_words[] = { "appendix", "matrix", "units", NULL };
static const char * const column_words[] = { "products", "budget", "notes", NULL };

/* The items of the language row, in the order of KhExportLanguage. */
static const KhExportLanguage languages[] = {
  KH_EXPORT_LANGUAGE_PLAN, KH_EXPORT_LANGUAGE_VI, KH_EXPORT_LANGUAGE_EN,
};

/* Options */

void
kh_export_dialog_get_options (KhExportDialog  *self,
                              KhExportOptions *options)
{
  guint language = adw_combo_row_get_selected (self->language_row);

  g_return_if_fail (KH_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  kh_export_options_init (options);
  options->sheets = 0;
  if (gtk_check_button_get_active (self->appendix_check))
    options->sheets |= KH_EXPORT_SHEET_APPENDIX;
  if (gtk_check_button_get_active (self->matrix_check))
    options->sheets |= KH_EXPORT_SHEET_MATRIX;
  if (gtk_check_button_get_active (self->units_check))
    options->sheets |= KH_EXPORT_SHEET_UNITS;
  options->all_tasks = gtk_check_button_get_active (self->all_tasks_check);
  options->columns = 0;
  if (gtk_toggle_button_get_active (self->products_toggle))
    options->columns |= KH_EXPORT_COLUMN_PRODUCTS;
  if (gtk_toggle_button_get_active (self->budget_toggle))
    options->columns |= KH_EXPORT_COLUMN_BUDGET;
  if (gtk_toggle_button_get_active (self->notes_toggle))
    options->columns |= KH_EXPORT_COLUMN_NOTES;
  options->continuous_numbering = adw_combo_row_get_selected (self->numbering_row) == 1;
  options->units_on_new_lines = adw_combo_row_get_selected (self->separator_row) == 1;
  options->language = language < G_N_ELEMENTS (languages) ? languages[language]
                                                          : KH_EXPORT_LANGUAGE_PLAN;
}

void
kh_export_dialog_set_options (KhExportDialog        *self,
                              const KhExportOptions *options)
{
  g_return_if_fail (KH_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  gtk_check_button_set_active (self->appendix_check, options->sheets & KH_EXPORT_SHEET_APPENDIX);
  gtk_check_button_set_active (self->matrix_check, options->sheets & KH_EXPORT_SHEET_MATRIX);
  gtk_check_button_set_active (self->units_check, options->sheets & KH_EXPORT_SHEET_UNITS);
  gtk_check_button_set_active (options->all_tasks ? self->all_tasks_check
                                                  : self->appendix_tasks_check, TRUE);
  gtk_toggle_button_set_active (self->products_toggle, options->columns & KH_EXPORT_COLUMN_PRODUCTS);
  gtk_toggle_button_set_active (self->budget_toggle, options->columns & KH_EXPORT_COLUMN_BUDGET);
  gtk_toggle_button_set_active (self->notes_toggle, options->columns & KH_EXPORT_COLUMN_NOTES);
  adw_combo_row_set_selected (self->numbering_row, options->continuous_numbering ? 1 : 0);
  adw_combo_row_set_selected (self->separator_row, options->units_on_new_lines ? 1 : 0);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (languages[i] == options->language)
      adw_combo_row_set_selected (self->language_row, i);
}

static guint
flags_from_words (const char * const *words,
                  const char * const *known)
{
  guint flags = 0;

  for (guint i = 0; words[i] != NULL; i++)
    for (guint bit = 0; known[bit] != NULL; bit++)
      if (g_str_equal (words[i], known[bit]))
        flags |= 1u << bit;
  return flags;
}

static GStrv
words_from_flags (guint               flags,
                  const char * const *known)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint bit = 0; known[bit] != NULL; bit++)
    if (flags & (1u << bit))
      g_strv_builder_add (builder, known[bit]);
  return g_strv_builder_end (builder);
}

/* The application's settings when they have the export keys: an older
 * installed schema must not abort the dialog. */
static GSettings *
export_settings_new (void)
{
  g_autoptr(GSettings) settings = kh_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return NULL;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, "export-sheets")
      || !g_settings_schema_has_key (schema, "export-all-tasks")
      || !g_settings_schema_has_key (schema, "export-columns")
      || !g_settings_schema_has_key (schema, "export-continuous-numbering")
      || !g_settings_schema_has_key (schema, "export-units-on-new-lines"))
    return NULL;
  return g_steal_pointer (&settings);
}

static void
load_options (KhExportDialog *self)
{
  KhExportOptions options;
  g_auto(GStrv) sheets = NULL;
  g_auto(GStrv) columns = NULL;

  kh_export_options_init (&options);
  if (self->settings != NULL)
    {
      sheets = g_settings_get_strv (self->settings, "export-sheets");
      columns = g_settings_get_strv (self->settings, "export-columns");
      options.sheets = flags_from_words ((const char * const *) sheets, sheet_words);
      options.columns = flags_from_words ((const char * const *) columns, column_words);
      options.all_tasks = g_settings_get_boolean (self->settings, "export-all-tasks");
      options.continuous_numbering = g_settings_get_boolean (self->settings,
                                                             "export-continuous-numbering");
      options.units_on_new_lines = g_settings_get_boolean (self->settings,
                                                           "export-units-on-new-lines");
      /* A workbook without sheets is not a choice to come back to. */
      if (options.sheets == 0)
        options.sheets = KH_EXPORT_SHEETS_ALL;
    }
  kh_export_dialog_set_options (self, &options);
}

static void
save_options (KhExportDialog        *self,
              const KhExportOptions *options)
{
  g_auto(GStrv) sheets = NULL;
  g_auto(GStrv) columns = NULL;

  if (self->settings == NULL)
    return;
  sheets = words_from_flags (options->sheets, sheet_words);
  columns = words_from_flags (options->columns, column_words);
  g_settings_set_strv (self->settings, "export-sheets", (const char * const *) sheets);
  g_settings_set_strv (self->settings, "export-columns", (const char * const *) columns);
  g_settings_set_boolean (self->settings, "export-all-tasks", options->all_tasks);
  g_settings_set_boolean (self->settings, "export-continuous-numbering",
                          options->continuous_numbering);
  g_settings_set_boolean (self->settings, "export-units-on-new-lines",
                          options->units_on_new_lines);
}

static void
update_export_enabled (KhExportDialog *self)
{
  KhExportOptions options;

  kh_export_dialog_get_options (self, &options);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", options.sheets != 0);
}

/* The task rows say how many tasks each choice exports; returns how many
 * are marked for the appendix. */
static guint
show_task_counts (KhExportDialog *self)
{
  KhPlan *plan = kh_document_get_plan (self->document);
  KhExportOptions options;
  g_autoptr(KhExportModel) marked = NULL;
  g_autoptr(KhExportModel) all = NULL;
  g_autofree char *marked_text = NULL;
  g_autofree char *all_text = NULL;

  kh_export_options_init (&options);
  options.all_tasks = FALSE;
  marked = kh_export_model_new (plan, &options);
  options.all_tasks = TRUE;
  all = kh_export_model_new (plan, &options);

  marked_text = g_strdup_printf (ngettext ("%u task, in the appendix’s order",
                                           "%u tasks, in the appendix’s order",
                                           marked->rows->len),
                                 marked->rows->len);
  all_text = g_strdup_printf (ngettext ("%u task, in the plan’s order",
                                        "%u tasks, in the plan’s order",
                                        all->rows->len),
                              all->rows->len);
  adw_action_row_set_subtitle (self->appendix_tasks_row, marked_text);
  adw_action_row_set_subtitle (self->all_tasks_row, all_text);
  return marked->rows->len;
}

static void
fill_languages (KhExportDialog *self)
{
  KhPlan *plan = kh_document_get_plan (self->document);
  /* Each language in its own name, as in the preferences: not translated. */
  const char *plan_language = kh_plan_get_language (plan) == KH_LANGUAGE_EN ? "English"
                                                                            : "Tiếng Việt";
  g_autofree char *first = NULL;
  g_autoptr(GtkStringList) model = NULL;

  /* Translators: %s is a language, in its own name. */
  first = g_strdup_printf (_("As in the Plan (%s)"), plan_language);
  model = gtk_string_list_new ((const char * const []) { first, "Tiếng Việt", "English", NULL });
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (model));
}

/* The file name */

static gboolean
is_unsafe_in_name (gunichar c)
{
  return g_unichar_iscntrl (c) || strchr ("/\\:*?\"<>|", c) != NULL;
}

char *
kh_export_dialog_suggest_name (KhPlan *plan)
{
  const char *title;
  int year;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *squeezed = NULL;
  g_autofree char *shortened = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  title = kh_plan_get_title (plan);
  year = kh_plan_get_year (plan);
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe_in_name (c))
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }
  squeezed = kh_text_squeeze (name->str);
  /* A leading dot would hide the file. */
  while (squeezed[0] == '.')
    memmove (squeezed, squeezed + 1, strlen (squeezed));

  g_string_truncate (name, 0);
  if (squeezed[0] == '\0')
    /* Translators: the file name of an export whose plan has no title;
     * %d is the plan's year. */
    g_string_printf (name, _("Appendix %d"), year);
  else if (!kh_text_has_year (squeezed, year))
    g_string_printf (name, "%s %d", squeezed, year);
  else
    g_string_assign (name, squeezed);

  shortened = g_utf8_substring (name->str, 0, MIN ((glong) MAX_NAME_CHARS,
                                                   g_utf8_strlen (name->str, -1)));
  g_strchomp (shortened);
  return g_strconcat (shortened, ".xlsx", NULL);
}

/* Exporting */

static void
launched (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(AdwToastOverlay) overlay = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  /* Translators: %s is why no program could open the exported file. */
  text = g_strdup_printf (_("Could not open the workbook: %s"), error->message);
  markup = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (overlay, adw_toast_new (markup));
}

static void
open_clicked (AdwToast        *toast,
              AdwToastOverlay *overlay)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "kh-uri");
  g_autoptr(GdkAppLaunchContext) context = NULL;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (overlay)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launched, g_object_ref (overlay));
}

/* The parent window's toast overlay, wherever the window keeps it. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (widget == NULL)
    return NULL;
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
announce_export (KhExportDialog *self,
                 GFile          *file)
{
  AdwToastOverlay *overlay;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = NULL;
  AdwToast *toast;

  overlay = find_toast_overlay (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))));
  if (overlay == NULL)
    return;

  /* Translators: %s is the name of the exported file. */
  title = g_strdup_printf (_("Exported to “%s”"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kh-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_clicked), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
show_error (KhExportDialog *self,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kh_export_dialog_export_to (KhExportDialog *self,
                            GFile          *file)
{
  KhExportOptions options;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KH_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  kh_export_dialog_get_options (self, &options);
  save_options (self, &options);
  if (!kh_export_xlsx (kh_document_get_plan (self->document), &options, file, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  announce_export (self, file);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  KhExportDialog  *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    return;

  /* A name typed without its extension still makes a workbook Calc and
   * Excel recognise. */
  name = g_file_get_basename (chosen);
  if (strchr (name, '.') == NULL)
    {
      g_autofree char *with_suffix = g_strconcat (name, ".xlsx", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (chosen);

      file = g_file_get_child (parent, with_suffix);
    }
  else
    file = g_object_ref (chosen);

  kh_export_dialog_export_to (self, file);
}

static void
choose_file (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhExportDialog *self = KH_EXPORT_DIALOG (widget);
  GFile *plan_file = kh_document_get_file (self->document);
  g_autofree char *name = kh_export_dialog_suggest_name (kh_document_get_plan (self->document));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export to Excel"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Excel Workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (plan_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (plan_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* Construction */

KhExportDialog *
kh_export_dialog_new (GtkWindow  *parent,
                      KhDocument *document)
{
  KhExportDialog *self;
  guint n_marked;

  g_return_val_if_fail (KH_IS_DOCUMENT (document), NULL);

  self = g_object_new (KH_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);
  fill_languages (self);
  n_marked = show_task_counts (self);
  load_options (self);
  /* A plan with nothing marked yet still exports something. */
  if (n_marked == 0)
    gtk_check_button_set_active (self->all_tasks_check, TRUE);
  update_export_enabled (self);
  return self;
}

void
kh_export_dialog_present (GtkWindow  *parent,
                          KhDocument *document)
{
  gtk_window_present (GTK_WINDOW (kh_export_dialog_new (parent, document)));
}

static void
kh_export_dialog_dispose (GObject *object)
{
  KhExportDialog *self = KH_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (kh_export_dialog_parent_class)->dispose (object);
}

static void
kh_export_dialog_class_init (KhExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/kh-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, appendix_check);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, matrix_check);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, units_check);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, appendix_tasks_row);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, all_tasks_row);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, appendix_tasks_check);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, all_tasks_check);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, products_toggle);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, budget_toggle);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, notes_toggle);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, numbering_row);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, KhExportDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, update_export_enabled);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kh_export_dialog_init (KhExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = export_settings_new ();
}
