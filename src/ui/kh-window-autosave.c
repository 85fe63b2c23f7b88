/* kh-window-autosave.c — snapshots of the window's plan while it has
 * unsaved changes, and the offer to recover those a previous run left.
 *
 * A snapshot is written a few seconds after the last change (debounced,
 * but never later than AUTOSAVE_MAX_WAIT after the first change it
 * misses, so that long typing is covered too), in a worker thread
 * (kh-autosave.c).  Saving, undoing back to the saved state, discarding
 * or closing cleanly removes it.  The user's own file is never touched.
 *
 * KEHOACH_AUTOSAVE_DELAY_MS sets the delay (the tests make it short).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-window-private.h"

#include <glib/gi18n.h>

#define AUTOSAVE_DELAY_MS  5000
#define AUTOSAVE_MAX_WAIT  (30 * G_TIME_SPAN_SECOND)

static guint
autosave_delay_ms (void)
{
  const char *text = g_getenv ("KEHOACH_AUTOSAVE_DELAY_MS");
  guint64 value;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return (guint) value;
  return AUTOSAVE_DELAY_MS;
}

static gboolean
is_modified (KhWindow *self)
{
  return self->document != NULL && kh_document_get_modified (self->document);
}

static void
written (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(KhWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (kh_autosave_write_finish (KH_AUTOSAVE (source), result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  /* Saving by hand still works: tell, and keep going. */
  kh_window_add_toast (self, adw_toast_new (_("Could not autosave the plan")));
  g_warning ("autosave: %s", error->message);
}

/* The autosave of this window, made at its first use; NULL when the
 * folder cannot be written (said once in a toast). */
static KhAutosave *
ensure_autosave (KhWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->autosave == NULL)
    {
      self->autosave = kh_autosave_new (&error);
      if (self->autosave == NULL)
        {
          kh_window_add_toast (self, adw_toast_new (_("Unsaved changes cannot be kept "
                                                      "for recovery")));
          g_warning ("autosave: %s", error->message);
        }
    }
  return self->autosave;
}

static gboolean
autosave_now (gpointer user_data)
{
  KhWindow *self = user_data;

  self->autosave_source = 0;
  self->unsaved_since = 0;
  if (!is_modified (self) || ensure_autosave (self) == NULL)
    return G_SOURCE_REMOVE;

  /* What an editor holds back belongs in the snapshot too. */
  _kh_window_commit_edits (self);
  kh_autosave_write_async (self->autosave, kh_document_get_plan (self->document),
                           kh_document_get_file (self->document),
                           kh_document_get_display_name (self->document),
                           self->autosave_cancellable, written, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
schedule (KhWindow *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 delay = (gint64) autosave_delay_ms () * G_TIME_SPAN_MILLISECOND;

  if (self->unsaved_since == 0)
    self->unsaved_since = now;
  /* Debounced, within a bound. */
  delay = MIN (delay, MAX (0, self->unsaved_since + AUTOSAVE_MAX_WAIT - now));
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add ((guint) (delay / G_TIME_SPAN_MILLISECOND),
                                         autosave_now, self);
  g_source_set_name_by_id (self->autosave_source, "[kehoach] autosave");
}

static void
on_plan_changed (KhWindow *self)
{
  /* A change makes the plan modified only once the history has it:
   * whether a snapshot is due is decided when the timer fires. */
  schedule (self);
}

static void
on_modified_changed (KhWindow *self)
{
  /* Undone back to what is on disk: nothing to recover any more. */
  if (!is_modified (self))
    _kh_window_autosave_discard (self);
  else
    schedule (self);
}

void
_kh_window_autosave_discard (KhWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->unsaved_since = 0;
  if (self->autosave != NULL)
    kh_autosave_discard (self->autosave);
}

void
_kh_window_autosave_follow (KhWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->unsaved_since = 0;
  /* A new document gets its own autosave at its first change. */
  g_clear_object (&self->autosave);
  if (self->autosave_cancellable == NULL)
    self->autosave_cancellable = g_cancellable_new ();
  if (self->document == NULL)
    return;

  /* kh_window_set_document disconnects these with its own. */
  g_signal_connect_object (kh_document_get_plan (self->document), "changed",
                           G_CALLBACK (on_plan_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::modified",
                           G_CALLBACK (on_modified_changed), self, G_CONNECT_SWAPPED);
}

void
_kh_window_autosave_dispose (KhWindow *self)
{
  /* Going away without a clean close (the application quits at once): the
   * latest changes stay for the next start to offer. */
  if (self->autosave_source != 0 && is_modified (self) && self->autosave != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!kh_autosave_write (self->autosave, kh_document_get_plan (self->document),
                              kh_document_get_file (self->document),
                              kh_document_get_display_name (self->document), &error))
        g_warning ("autosave: %s", error->message);
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_cancellable_cancel (self->autosave_cancellable);
  g_clear_object (&self->autosave_cancellable);
  g_clear_object (&self->autosave);
}

/* Recovery ---------------------------------------------------------------- */

gboolean
kh_window_recover (KhWindow    *self,
                   KhAutosave  *autosave,
                   GError     **error)
{
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(KhDocument) document = NULL;

  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (KH_IS_AUTOSAVE (autosave), FALSE);

  plan = kh_autosave_load (autosave, error);
  if (plan == NULL)
    return FALSE;
  document = kh_document_new (plan, kh_autosave_get_file (autosave));
  /* What is recovered is not what is on disk, until it is saved. */
  kh_history_mark_unsaved (kh_document_get_history (document));
  kh_window_set_document (self, document);
  /* The same snapshot goes on: a crash now loses nothing either. */
  g_set_object (&self->autosave, autosave);
  return TRUE;
}

typedef struct {
  KhWindow  *window;   /* weak */
  GPtrArray *orphans;  /* the ones still to ask about, oldest first */
} Offer;

static void
offer_free (Offer *offer)
{
  g_clear_weak_pointer (&offer->window);
  g_ptr_array_unref (offer->orphans);
  g_free (offer);
}

static void ask_next (Offer *offer);

static void
recovery_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  Offer *offer = user_data;
  g_autoptr(KhAutosave) autosave = g_object_ref (g_ptr_array_index (offer->orphans, 0));

  g_ptr_array_remove_index (offer->orphans, 0);

  if (g_str_equal (response, "discard"))
    kh_autosave_discard (autosave);
  else if (g_str_equal (response, "recover") && offer->window != NULL)
    {
      KhWindow *target = offer->window;
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (target));
      g_autoptr(GError) error = NULL;

      if (!kh_window_is_blank (target) && application != NULL)
        target = kh_window_new (KH_APPLICATION (application));
      gtk_window_present (GTK_WINDOW (target));
      if (!kh_window_recover (target, autosave, &error))
        _kh_window_show_error (target, _("Could not recover the plan"), error->message);
    }
  /* "later": the snapshot stays for the next start. */

  ask_next (offer);
}

static void
ask_next (Offer *offer)
{
  KhAutosave *autosave;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (offer->orphans->len == 0 || offer->window == NULL)
    {
      offer_free (offer);
      return;
    }

  autosave = g_ptr_array_index (offer->orphans, 0);
  local = kh_autosave_get_time (autosave) != NULL
          ? g_date_time_to_local (kh_autosave_get_time (autosave)) : NULL;
  /* Translators: when a plan was autosaved, in strftime format. */
  when = local != NULL ? g_date_time_format (local, _("%d/%m/%Y at %H:%M")) : g_strdup ("?");
  if (kh_autosave_get_file (autosave) != NULL)
    {
      g_autofree char *folder = _kh_window_folder_name (kh_autosave_get_file (autosave));
      /* Translators: a plan's name, its folder, and when it was autosaved. */
      body = g_strdup_printf (_("Kehoach closed before the changes to “%s” in %s were saved. "
                                "The plan as it was on %s can be recovered."),
                              kh_autosave_get_display_name (autosave), folder, when);
    }
  else
    /* Translators: a plan's name and when it was autosaved. */
    body = g_strdup_printf (_("Kehoach closed before “%s” was saved. The plan as it was "
                              "on %s can be recovered."),
                            kh_autosave_get_display_name (autosave), when);

  /* Escape keeps it for later. */
  dialog = _kh_window_question (offer->window, _("Recover Unsaved Plan?"), body,
                                "later", NULL,
                                "discard", _("_Discard"),
                                "recover", _("_Recover"));
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
kh_window_offer_recovery (KhWindow *self)
{
  g_autoptr(GPtrArray) orphans = NULL;
  Offer *offer;

  g_return_if_fail (KH_IS_WINDOW (self));

  orphans = kh_autosave_find_orphans ();
  if (orphans->len == 0)
    return;

  offer = g_new0 (Offer, 1);
  g_set_weak_pointer (&offer->window, self);
  offer->orphans = g_steal_pointer (&orphans);
  ask_next (offer);
}
