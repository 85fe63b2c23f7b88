/* test-details-view.c — the Plan details page: every field edits the plan
 * through the history, typing makes one undo step, bad years and dates
 * are refused, undo and redo show in the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-test-util.h"
#include "kh-test-plan.h"
#include "kh-details-view.h"
#include "kh-edit.h"

#include <adwaita.h>
#include <string.h>

static KhApplication *app;
static GtkWindow *window;
static KhDetailsView *view;
static KhDocument *document;

static KhPlan *
plan (void)
{
  return kh_document_get_plan (document);
}

static KhHistory *
history (void)
{
  return kh_document_get_history (document);
}

static void
open_example (void)
{
  g_clear_object (&document);
  document = kh_ui_test_open_example ("ha-tinh-2018.kehoach");
  kh_details_view_set_document (view, document);
  kh_ui_test_wait_for_frame (window);
}

/* The row of the page whose title is @title. */
static GtkWidget *
row (const char *title,
     GType       type)
{
  GtkWidget *label = kh_ui_test_find_label (GTK_WIDGET (view), title);
  GtkWidget *found;

  g_assert_nonnull (label);
  found = gtk_widget_get_ancestor (label, type);
  g_assert_nonnull (found);
  return found;
}

static GtkEditable *
entry (const char *title)
{
  return GTK_EDITABLE (row (title, ADW_TYPE_ENTRY_ROW));
}

static GtkSpinButton *
year_spin (void)
{
  return GTK_SPIN_BUTTON (kh_ui_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON));
}

/* The text view under the group titled @title. */
static GtkTextBuffer *
text_buffer (const char *title)
{
  GtkWidget *group = row (title, ADW_TYPE_PREFERENCES_GROUP);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (kh_ui_test_find_widget (group,
                                                                          GTK_TYPE_TEXT_VIEW)));
}

static void
undo_all (void)
{
  while (kh_history_undo (history ()))
    ;
}

static void
test_every_text_field (void)
{
  static const struct { const char *title; const char *property; } fields[] = {
    { "Title", "title" },
    { "Parent Agency", "issuer-parent" },
    { "Issuing Agency", "issuer-name" },
    { "Short Form of the Agency", "issuer-short" },
    { "Number and Symbol", "number" },
    { "Place", "place" },
    { "On Behalf Of (TM.)", "signature-authority" },
    { "Signing For (KT.)", "signature-deputy" },
    { "Title of the Signer", "signature-title" },
    { "Name of the Signer", "signature-name" },
  };
  const char * const *texts = kh_plan_text_properties ();
  g_autofree char *dump = NULL;

  open_example ();
  dump = kh_test_plan_dump (plan ());

  /* Each field shows its property and edits it. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkEditable *field = entry (fields[i].title);
      g_autofree char *value = g_strdup_printf ("Giá trị %u", i);

      g_assert_cmpstr (gtk_editable_get_text (field), ==,
                       kh_plan_get_string (plan (), fields[i].property));
      gtk_editable_set_text (field, value);
      g_assert_cmpstr (kh_plan_get_string (plan (), fields[i].property), ==, value);
    }
  /* With the date and the preamble, every text property has a field. */
  g_assert_cmpuint (g_strv_length ((char **) texts), ==, G_N_ELEMENTS (fields) + 2);

  /* Undo shows in the fields. */
  undo_all ();
  {
    g_autofree char *undone = kh_test_plan_dump (plan ());
    g_assert_cmpstr (undone, ==, dump);
  }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (gtk_editable_get_text (entry (fields[i].title)), ==,
                     kh_plan_get_string (plan (), fields[i].property));
}

static void
test_typing_is_one_step (void)
{
  GtkEditable *title;
  const char *original;
  int position;

  open_example ();
  title = entry ("Title");
  original = kh_plan_get_title (plan ());
  g_assert_cmpstr (gtk_editable_get_text (title), ==, original);

  /* Keystrokes, the cursor in the middle: the plan follows, the cursor
   * stays where the user types. */
  gtk_editable_set_text (title, "Kế hoạch");
  gtk_editable_set_position (title, 2);
  position = 2;
  gtk_editable_insert_text (title, "X", -1, &position);
  gtk_editable_set_position (title, position);
  g_assert_cmpstr (kh_plan_get_title (plan ()), ==, "KếX hoạch");
  g_assert_cmpint (gtk_editable_get_position (title), ==, 3);
  position = 3;
  gtk_editable_insert_text (title, "Y", -1, &position);
  g_assert_cmpstr (kh_plan_get_title (plan ()), ==, "KếXY hoạch");

  /* One undo step takes the whole typing back, and the field shows it. */
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (kh_plan_get_title (plan ()), ==,
                   "Công tác thông tin đối ngoại tỉnh Hà Tĩnh năm 2018");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, kh_plan_get_title (plan ()));
  g_assert_false (kh_history_get_can_undo (history ()));
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "KếXY hoạch");
}

static void
test_year (void)
{
  GtkSpinButton *spin;

  open_example ();
  spin = year_spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2018");

  gtk_editable_set_text (GTK_EDITABLE (spin), "2019");
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2019);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));

  /* Not a year: shown as an error, not applied. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "1850");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2019);
  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2019);

  /* Undo puts back the plan's year, and the field shows it. */
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2018);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2018");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2019");

  /* The arrows edit too. */
  gtk_spin_button_spin (spin, GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2020);
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_plan_get_year (plan ()), ==, 2019);
}

static void
test_language_and_numbering (void)
{
  AdwComboRow *language, *numbering;

  open_example ();
  language = ADW_COMBO_ROW (row ("Document Language", ADW_TYPE_COMBO_ROW));
  numbering = ADW_COMBO_ROW (row ("Numbering", ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (language), ==, KH_LANGUAGE_VI);
  g_assert_cmpuint (adw_combo_row_get_selected (numbering), ==, KH_NUMBERING_DECIMAL);

  adw_combo_row_set_selected (language, KH_LANGUAGE_EN);
  g_assert_cmpint (kh_plan_get_language (plan ()), ==, KH_LANGUAGE_EN);
  adw_combo_row_set_selected (numbering, KH_NUMBERING_DECREE30);
  g_assert_cmpint (kh_plan_get_numbering (plan ()), ==, KH_NUMBERING_DECREE30);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (numbering)), ==,
                   "I.  1.  a)  -  +");

  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpuint (adw_combo_row_get_selected (numbering), ==, KH_NUMBERING_DECIMAL);
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpint (kh_plan_get_language (plan ()), ==, KH_LANGUAGE_VI);
  g_assert_cmpuint (adw_combo_row_get_selected (language), ==, KH_LANGUAGE_VI);
  g_assert_true (kh_history_redo (history ()));
  g_assert_cmpuint (adw_combo_row_get_selected (language), ==, KH_LANGUAGE_EN);
}

static void
test_date (void)
{
  GtkEditable *date;

  open_example ();
  date = entry ("Date (DD/MM/YYYY)");
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "07/02/2018");

  gtk_editable_set_text (date, "15/03/2019");
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2019-03-15");

  /* Short forms are understood and stay as typed. */
  gtk_editable_set_text (date, "7/2/2018");
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2018-02-07");
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "7/2/2018");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));

  /* A day that does not exist, or no date: error style, plan unchanged. */
  gtk_editable_set_text (date, "31/02/2019");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2018-02-07");
  gtk_editable_set_text (date, "mai");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2018-02-07");

  /* Empty clears the date, once the user is done (Enter). */
  gtk_editable_set_text (date, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2018-02-07");
  g_signal_emit_by_name (date, "entry-activated");
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "");

  /* The typing was one step; undo shows the plan's date again. */
  gtk_editable_set_text (date, "mai");
  g_assert_true (kh_history_undo (history ()));
  g_assert_cmpstr (kh_plan_get_date (plan ()), ==, "2018-02-07");
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "07/02/2018");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  g_assert_false (kh_history_get_can_undo (history ()));
}

static void
test_parse_date (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "07/02/2018", "2018-02-07" },
    { "7/2/2018", "2018-02-07" },
    { " 07-02-2018 ", "2018-02-07" },
    { "07.02.2018", "2018-02-07" },
    { "29/02/2024", "2024-02-29" },
    { "", "" },
    { "   ", "" },
    { "29/02/2023", NULL },
    { "31/04/2018", NULL },
    { "2018-02-07", NULL },
    { "7/2/18", NULL },
    { "007/2/2018", NULL },
    { "7/2/2018/1", NULL },
    { "a/b/cdef", NULL },
    { "+7/2/2018", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = kh_details_parse_date (cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static gboolean
recipients_are (gpointer expected)
{
  return g_strv_equal (kh_plan_get_recipients (plan ()), expected);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_recipients_and_preamble (void)
{
  static const char * const typed[] = { "Bộ Ngoại giao;", "Lưu: VT.", NULL };
  GtkTextBuffer *recipients, *preamble;
  g_auto(GStrv) original = NULL;
  g_autofree char *shown = NULL;

  open_example ();
  original = g_strdupv ((char **) kh_plan_get_recipients (plan ()));
  recipients = text_buffer ("Recipients");
  shown = buffer_text (recipients);
  g_assert_true (g_str_has_prefix (shown, "Bộ TT và TT;\nCục TTĐN, Bộ TT&TT;\n"));

  /* One a line; blank lines and spaces around do not count. */
  gtk_text_buffer_set_text (recipients, "  Bộ Ngoại giao;\n\nLưu: VT.  \n", -1);
  g_assert_true (kh_ui_test_wait_until (recipients_are, (gpointer) typed, 5000));
  g_assert_true (kh_history_undo (history ()));
  g_assert_true (recipients_are (original));
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (recipients);
  g_assert_true (g_str_has_prefix (shown, "Bộ TT và TT;\n"));

  preamble = text_buffer ("Preamble");
  gtk_text_buffer_set_text (preamble, "Căn cứ Luật Tổ chức chính quyền địa phương;", -1);
  g_assert_cmpstr (kh_plan_get_string (plan (), "preamble"), ==,
                   "Căn cứ Luật Tổ chức chính quyền địa phương;");
  g_assert_true (kh_history_undo (history ()));
  g_clear_pointer (&shown, g_free);
  shown = buffer_text (preamble);
  g_assert_cmpstr (shown, ==, kh_plan_get_string (plan (), "preamble"));
  g_assert_true (g_str_has_prefix (shown, "Thực hiện Nghị định số 72/NĐ-CP"));
}

static void
test_no_document (void)
{
  open_example ();
  kh_details_view_set_document (view, NULL);
  g_assert_null (kh_details_view_get_document (view));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry ("Title"))));
  g_assert_cmpstr (gtk_editable_get_text (entry ("Title")), ==, "");
  kh_details_view_set_document (view, document);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (entry ("Title"))));
  g_assert_cmpstr (gtk_editable_get_text (entry ("Title")), ==, kh_plan_get_title (plan ()));
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

static void
test_screenshot (void)
{
  g_autofree char *shot = NULL;

  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;

  open_example ();
  shot = kh_ui_test_screenshot (window, "details-view");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));

  /* The lower half: preamble, signature, recipients, once the text views
   * have laid out all their lines (they do so in idle steps). */
  kh_ui_test_wait_until (never, NULL, 500);
  scrolled = GTK_SCROLLED_WINDOW (kh_ui_test_find_widget (GTK_WIDGET (view),
                                                          GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_clear_pointer (&shot, g_free);
  shot = kh_ui_test_screenshot (window, "details-view-end");
  g_assert_true (g_file_test (shot, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_ui_test_init (&argc, &argv);
  app = kh_ui_test_application_new ();
  view = KH_DETAILS_VIEW (kh_details_view_new ());
  window = kh_ui_test_page_window (app, GTK_WIDGET (view), "Hà Tĩnh 2018", "Plan Details",
                                   1000, 700);

  g_test_add_func ("/ui/details-view/every-text-field", test_every_text_field);
  g_test_add_func ("/ui/details-view/typing-is-one-step", test_typing_is_one_step);
  g_test_add_func ("/ui/details-view/year", test_year);
  g_test_add_func ("/ui/details-view/language-and-numbering", test_language_and_numbering);
  g_test_add_func ("/ui/details-view/date", test_date);
  g_test_add_func ("/ui/details-view/parse-date", test_parse_date);
  g_test_add_func ("/ui/details-view/recipients-and-preamble", test_recipients_and_preamble);
  g_test_add_func ("/ui/details-view/no-document", test_no_document);
  g_test_add_func ("/ui/details-view/screenshot", test_screenshot);

  status = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&document);
  g_object_unref (app);
  return status;
}
