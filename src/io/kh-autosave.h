/* kh-autosave.h — snapshots of unsaved plans, for recovery after a crash.
 *
 * Each open document with unsaved changes gets one autosave: a random id
 * and, in the autosave folder, <id>.kehoach (the plan as it is now),
 * <id>.json (the file it belongs to, its name and the time) and <id>.lock,
 * which the process holding the autosave keeps locked (flock).  A killed
 * process loses its lock, so the next start finds its snapshots and can
 * offer them back.  The user's own file is never written here.
 *
 * The folder is $KEHOACH_DATA_DIR/autosave when that variable is set (the
 * tests), else <user data dir>/kehoach/autosave (XDG_DATA_HOME applies).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_AUTOSAVE (kh_autosave_get_type ())
G_DECLARE_FINAL_TYPE (KhAutosave, kh_autosave, KH, AUTOSAVE, GObject)

/* The folder the snapshots go to (not created). */
char       *kh_autosave_get_folder        (void);

/* A new autosave with a fresh id, its lock taken; nothing is written
 * until kh_autosave_write_async.  NULL when the folder cannot be made. */
KhAutosave *kh_autosave_new               (GError             **error);

const char *kh_autosave_get_id            (KhAutosave          *self);
/* What the snapshot belongs to: the original file (nullable), its display
 * name and when the snapshot was written (nullable: never). */
GFile      *kh_autosave_get_file          (KhAutosave          *self);
const char *kh_autosave_get_display_name  (KhAutosave          *self);
GDateTime  *kh_autosave_get_time          (KhAutosave          *self);
/* Whether a snapshot is on disk. */
gboolean    kh_autosave_has_snapshot      (KhAutosave          *self);

/* Writes @plan (serialised now, written in a thread, atomically) as the
 * snapshot of @file (nullable) called @display_name.  A later write or a
 * discard supersedes a write still waiting. */
void        kh_autosave_write_async       (KhAutosave          *self,
                                           KhPlan              *plan,
                                           GFile               *file,
                                           const char          *display_name,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    kh_autosave_write_finish      (KhAutosave          *self,
                                           GAsyncResult        *result,
                                           GError             **error);

/* The same, at once, in this thread: for a window going away with
 * changes newer than its last snapshot. */
gboolean    kh_autosave_write             (KhAutosave          *self,
                                           KhPlan              *plan,
                                           GFile               *file,
                                           const char          *display_name,
                                           GError             **error);

/* Removes the snapshot (after a save, a discard or a clean close); waits
 * for a write in progress.  The autosave can be written again. */
void        kh_autosave_discard           (KhAutosave          *self);

/* The snapshots left by processes that are gone, oldest first, each
 * claimed (its lock taken) so that no other instance offers it too.
 * Leftovers without a snapshot are removed on the way. */
GPtrArray  *kh_autosave_find_orphans      (void);

/* Reads the snapshot back. */
KhPlan     *kh_autosave_load              (KhAutosave          *self,
                                           GError             **error);

G_END_DECLS
