/* kh-autosave.c — snapshots of unsaved plans, for recovery after a crash.
 *
 * Writes happen in a worker thread, one at a time (write_lock), so that
 * flushing to the disk never stalls the window.  Every request and every
 * discard takes a new generation number; a write that finds a newer one
 * when its turn comes was superseded and does nothing.  So a discard,
 * which waits for the write in progress, cannot be undone by a write
 * that was still queued.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "kh-autosave.h"
#include "kh-plan-io.h"

#define SNAPSHOT_SUFFIX ".kehoach"
#define SIDECAR_SUFFIX  ".json"
#define LOCK_SUFFIX     ".lock"

struct _KhAutosave
{
  GObject    parent_instance;

  char      *folder;
  char      *id;
  int        lock_fd;        /* flock'ed while this process holds the id */

  GMutex     write_lock;     /* held while files are written or removed */
  int        generation;     /* atomic: the latest request */
  int        has_snapshot;   /* atomic */

  /* Main thread only. */
  GFile     *file;
  char      *display_name;
  GDateTime *time;
};

G_DEFINE_FINAL_TYPE (KhAutosave, kh_autosave, G_TYPE_OBJECT)

typedef struct {
  int     generation;
  GBytes *snapshot;
  char   *sidecar;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_bytes_unref (data->snapshot);
  g_free (data->sidecar);
  g_free (data);
}

char *
kh_autosave_get_folder (void)
{
  const char *override = g_getenv ("KEHOACH_DATA_DIR");

  if (override != NULL && override[0] != '\0')
    return g_build_filename (override, "autosave", NULL);
  return g_build_filename (g_get_user_data_dir (), "kehoach", "autosave", NULL);
}

static char *
path_of (KhAutosave *self,
         const char *suffix)
{
  g_autofree char *name = g_strconcat (self->id, suffix, NULL);

  return g_build_filename (self->folder, name, NULL);
}

/* Opens and locks <id>.lock; -1 when another process holds it. */
static int
take_lock (const char  *folder,
           const char  *id,
           GError     **error)
{
  g_autofree char *name = g_strconcat (id, LOCK_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  int errsv;

  if (fd < 0)
    {
      errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the autosave lock “%s”: %s"), path, g_strerror (errsv));
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("The autosave “%s” is in use"), id);
      close (fd);
      return -1;
    }
  return fd;
}

static KhAutosave *
autosave_new (const char *folder,
              const char *id,
              int         lock_fd)
{
  KhAutosave *self = g_object_new (KH_TYPE_AUTOSAVE, NULL);

  self->folder = g_strdup (folder);
  self->id = g_strdup (id);
  self->lock_fd = lock_fd;
  return self;
}

KhAutosave *
kh_autosave_new (GError **error)
{
  g_autofree char *folder = kh_autosave_get_folder ();
  g_autofree char *id = g_uuid_string_random ();
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the autosave folder “%s”: %s"), folder,
                   g_strerror (errsv));
      return NULL;
    }
  fd = take_lock (folder, id, error);
  if (fd < 0)
    return NULL;
  return autosave_new (folder, id, fd);
}

const char *
kh_autosave_get_id (KhAutosave *self)
{
  g_return_val_if_fail (KH_IS_AUTOSAVE (self), NULL);
  return self->id;
}

GFile *
kh_autosave_get_file (KhAutosave *self)
{
  g_return_val_if_fail (KH_IS_AUTOSAVE (self), NULL);
  return self->file;
}

const char *
kh_autosave_get_display_name (KhAutosave *self)
{
  g_return_val_if_fail (KH_IS_AUTOSAVE (self), NULL);
  return self->display_name != NULL ? self->display_name : _("Untitled Plan");
}

GDateTime *
kh_autosave_get_time (KhAutosave *self)
{
  g_return_val_if_fail (KH_IS_AUTOSAVE (self), NULL);
  return self->time;
}

gboolean
kh_autosave_has_snapshot (KhAutosave *self)
{
  g_return_val_if_fail (KH_IS_AUTOSAVE (self), FALSE);
  return g_atomic_int_get (&self->has_snapshot);
}

static char *
sidecar_text (GFile      *file,
              const char *display_name,
              GDateTime  *time)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;
  g_autofree char *stamp = g_date_time_format_iso8601 (time);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  if (uri != NULL)
    json_builder_add_string_value (builder, uri);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "display-name");
  json_builder_add_string_value (builder, display_name);
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, stamp);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Writes @data unless a newer request came since; in any thread. */
static gboolean
write_files (KhAutosave  *self,
             WriteData   *data,
             GError     **error)
{
  g_autofree char *snapshot_path = path_of (self, SNAPSHOT_SUFFIX);
  g_autofree char *sidecar_path = path_of (self, SIDECAR_SUFFIX);
  gsize size;
  const char *contents = g_bytes_get_data (data->snapshot, &size);
  gboolean ok = TRUE;

  g_mutex_lock (&self->write_lock);
  /* A newer write or a discard came after this one: leave it to them. */
  if (g_atomic_int_get (&self->generation) == data->generation)
    {
      /* The snapshot first: a sidecar never points at nothing. */
      ok = g_file_set_contents_full (snapshot_path, contents, size,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0600, error)
           && g_file_set_contents_full (sidecar_path, data->sidecar, -1,
                                        G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
      if (ok)
        g_atomic_int_set (&self->has_snapshot, TRUE);
    }
  g_mutex_unlock (&self->write_lock);
  return ok;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_files (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Takes what a write needs from the main thread, as a new request. */
static WriteData *
prepare_write (KhAutosave *self,
               KhPlan     *plan,
               GFile      *file,
               const char *display_name)
{
  WriteData *data = g_new0 (WriteData, 1);

  g_set_object (&self->file, file);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
  g_clear_pointer (&self->time, g_date_time_unref);
  self->time = g_date_time_new_now_utc ();

  data->generation = g_atomic_int_add (&self->generation, 1) + 1;
  /* The plan belongs to the main thread: serialise it here. */
  data->snapshot = kh_plan_to_bytes (plan);
  data->sidecar = sidecar_text (file, kh_autosave_get_display_name (self), self->time);
  return data;
}

gboolean
kh_autosave_write (KhAutosave  *self,
                   KhPlan      *plan,
                   GFile       *file,
                   const char  *display_name,
                   GError     **error)
{
  WriteData *data;
  gboolean ok;

  g_return_val_if_fail (KH_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);

  data = prepare_write (self, plan, file, display_name);
  ok = write_files (self, data, error);
  write_data_free (data);
  return ok;
}

void
kh_autosave_write_async (KhAutosave          *self,
                         KhPlan              *plan,
                         GFile               *file,
                         const char          *display_name,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KH_IS_AUTOSAVE (self));
  g_return_if_fail (KH_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kh_autosave_write_async);
  g_task_set_task_data (task, prepare_write (self, plan, file, display_name),
                        (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
kh_autosave_write_finish (KhAutosave    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
remove_files (KhAutosave *self)
{
  g_autofree char *snapshot_path = path_of (self, SNAPSHOT_SUFFIX);
  g_autofree char *sidecar_path = path_of (self, SIDECAR_SUFFIX);

  g_unlink (sidecar_path);
  g_unlink (snapshot_path);
  g_atomic_int_set (&self->has_snapshot, FALSE);
}

void
kh_autosave_discard (KhAutosave *self)
{
  g_return_if_fail (KH_IS_AUTOSAVE (self));

  g_atomic_int_inc (&self->generation);
  g_mutex_lock (&self->write_lock);
  remove_files (self);
  g_mutex_unlock (&self->write_lock);
}

/* Fills in what <id>.json says; a missing or broken sidecar leaves the
 * defaults (no file, "Untitled Plan", the snapshot's time). */
static void
read_sidecar (KhAutosave *self)
{
  g_autofree char *sidecar_path = path_of (self, SIDECAR_SUFFIX);
  g_autofree char *snapshot_path = path_of (self, SNAPSHOT_SUFFIX);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object = NULL;

  if (json_parser_load_from_file (parser, sidecar_path, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    object = json_node_get_object (json_parser_get_root (parser));

  if (object != NULL)
    {
      const char *uri = json_object_get_string_member_with_default (object, "file", NULL);
      const char *name = json_object_get_string_member_with_default (object, "display-name", NULL);
      const char *stamp = json_object_get_string_member_with_default (object, "time", NULL);

      if (uri != NULL && uri[0] != '\0')
        self->file = g_file_new_for_uri (uri);
      self->display_name = g_strdup (name);
      if (stamp != NULL)
        self->time = g_date_time_new_from_iso8601 (stamp, NULL);
    }

  if (self->time == NULL)
    {
      GStatBuf st;

      if (g_stat (snapshot_path, &st) == 0)
        self->time = g_date_time_new_from_unix_utc (st.st_mtime);
    }
}

static int
compare_by_time (gconstpointer a,
                 gconstpointer b)
{
  GDateTime *ta = kh_autosave_get_time (*(KhAutosave **) a);
  GDateTime *tb = kh_autosave_get_time (*(KhAutosave **) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return g_date_time_compare (ta, tb);
}

/* The id a file of the folder belongs to, or NULL for other files. */
static char *
id_of (const char *name)
{
  static const char * const suffixes[] = { SNAPSHOT_SUFFIX, SIDECAR_SUFFIX, LOCK_SUFFIX };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (name, suffixes[i]) && strlen (name) > strlen (suffixes[i]))
      return g_strndup (name, strlen (name) - strlen (suffixes[i]));
  return NULL;
}

GPtrArray *
kh_autosave_find_orphans (void)
{
  g_autofree char *folder = kh_autosave_get_folder ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *orphans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GHashTableIter iter;
  const char *name;
  char *id;

  if (dir == NULL)
    return orphans;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      id = id_of (name);
      if (id != NULL)
        g_hash_table_add (ids, id);
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr(KhAutosave) autosave = NULL;
      g_autofree char *snapshot_path = NULL;
      int fd = take_lock (folder, id, NULL);

      /* Locked: its process is alive. */
      if (fd < 0)
        continue;
      autosave = autosave_new (folder, id, fd);
      snapshot_path = path_of (autosave, SNAPSHOT_SUFFIX);
      if (!g_file_test (snapshot_path, G_FILE_TEST_IS_REGULAR))
        {
          /* Killed before its first snapshot, or a sidecar left alone:
           * nothing to recover.  Finalizing removes the lock file. */
          remove_files (autosave);
          continue;
        }
      g_atomic_int_set (&autosave->has_snapshot, TRUE);
      read_sidecar (autosave);
      g_ptr_array_add (orphans, g_steal_pointer (&autosave));
    }

  g_ptr_array_sort (orphans, compare_by_time);
  return orphans;
}

KhPlan *
kh_autosave_load (KhAutosave  *self,
                  GError     **error)
{
  g_autofree char *snapshot_path = NULL;
  g_autoptr(GFile) snapshot = NULL;

  g_return_val_if_fail (KH_IS_AUTOSAVE (self), NULL);

  snapshot_path = path_of (self, SNAPSHOT_SUFFIX);
  snapshot = g_file_new_for_path (snapshot_path);
  return kh_plan_load (snapshot, error);
}

static void
kh_autosave_finalize (GObject *object)
{
  KhAutosave *self = KH_AUTOSAVE (object);

  if (self->lock_fd >= 0)
    {
      /* Without a snapshot there is nothing to come back for; with one
       * (not discarded: the process did not close it cleanly) the lock
       * goes and the next start offers it. */
      if (!g_atomic_int_get (&self->has_snapshot))
        {
          g_autofree char *lock_path = path_of (self, LOCK_SUFFIX);
          g_unlink (lock_path);
        }
      close (self->lock_fd);
    }
  g_mutex_clear (&self->write_lock);
  g_clear_object (&self->file);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_free (self->display_name);
  g_free (self->folder);
  g_free (self->id);

  G_OBJECT_CLASS (kh_autosave_parent_class)->finalize (object);
}

static void
kh_autosave_class_init (KhAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_autosave_finalize;
}

static void
kh_autosave_init (KhAutosave *self)
{
  self->lock_fd = -1;
  g_mutex_init (&self->write_lock);
}
