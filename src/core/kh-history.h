/* kh-history.h — the undo and redo stacks of one open plan.
 *
 * Every change a user makes goes through the functions of kh-edit.h,
 * which apply it to the plan and record it here.  Views learn what
 * changed from the plan's own signals, on undo and redo as on the edit
 * itself; the history only notifies its properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

/* Consecutive typing into one field joins the previous step when it comes
 * within this many microseconds of the last keystroke. */
#define KH_HISTORY_TYPING_INTERVAL (1500 * G_TIME_SPAN_MILLISECOND)

/* Monotonic time in microseconds; replaceable for tests. */
typedef gint64 (*KhHistoryClock) (gpointer user_data);

#define KH_TYPE_HISTORY (kh_history_get_type ())
G_DECLARE_FINAL_TYPE (KhHistory, kh_history, KH, HISTORY, GObject)

/* Properties (read-only, all notify):
 *   "plan" (KhPlan, construct-only),
 *   "can-undo", "can-redo" (boolean),
 *   "modified" (boolean): the plan differs from the last saved point,
 *   "undo-label", "redo-label" (string, translated): "Undo Typing",
 *       "Redo Move"; plain "Undo" / "Redo" when there is nothing to do. */
KhHistory  *kh_history_new            (KhPlan     *plan);
KhPlan     *kh_history_get_plan       (KhHistory  *self);

gboolean    kh_history_get_can_undo   (KhHistory  *self);
gboolean    kh_history_get_can_redo   (KhHistory  *self);
gboolean    kh_history_get_modified   (KhHistory  *self);
const char *kh_history_get_undo_label (KhHistory  *self);
const char *kh_history_get_redo_label (KhHistory  *self);

/* FALSE when there was nothing to undo / redo. */
gboolean    kh_history_undo           (KhHistory  *self);
gboolean    kh_history_redo           (KhHistory  *self);

/* The plan as it is now is what is on disk (after a save or a load). */
void        kh_history_mark_saved     (KhHistory  *self);
/* The plan as it is now is not what is on disk (a recovered autosave):
 * modified until the next kh_history_mark_saved, whatever is undone. */
void        kh_history_mark_unsaved   (KhHistory  *self);
/* Forgets every step; the plan counts as saved. */
void        kh_history_clear          (KhHistory  *self);

/* Edits between begin and end undo as one step named @label (translated,
 * "Merge Units").  Groups nest; the outermost label wins.  An empty group
 * records nothing. */
void        kh_history_begin_group    (KhHistory  *self);
void        kh_history_end_group      (KhHistory  *self,
                                       const char *label);

/* At most @max_steps steps are kept, the oldest forgotten first; 0 (the
 * default) keeps every step. */
void        kh_history_set_limit      (KhHistory  *self,
                                       guint       max_steps);
/* @clock NULL restores g_get_monotonic_time. */
void        kh_history_set_clock      (KhHistory      *self,
                                       KhHistoryClock  clock,
                                       gpointer        user_data);

G_END_DECLS
