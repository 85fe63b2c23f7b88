/* kh-plan-save.c — saving a plan without ever losing the file on disk.
 *
 * The document goes to a temporary file in the same folder, is flushed to
 * the disk, and only then renamed over the old file, which stays as
 * FILE~ (a hard link, so there is no moment without FILE).  Whatever
 * fails before the rename leaves the old file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kh-plan-io.h"

static gboolean
fail_errno (GError **error, GFile *file, int errsv)
{
  g_autofree char *name = g_file_get_parse_name (file);

  switch (errsv)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("There is not enough disk space to save “%s”"), name);
      break;
    case EFBIG:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” would be larger than this disk allows for one file"), name);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("You do not have permission to save “%s”"), name);
      break;
    case EROFS:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” cannot be saved: the disk is read-only"), name);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” cannot be saved: its folder does not exist"), name);
      break;
    case EISDIR:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” cannot be saved: it is a folder"), name);
      break;
    default:
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   /* TRANSLATORS: a file name, then the system's reason */
                   _("“%s” could not be saved: %s"), name, g_strerror (errsv));
      break;
    }
  return FALSE;
}

static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* @path~ as a second name of @path; a copy where links are not allowed. */
static gboolean
keep_backup (const char *path, GError **error, GFile *file)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) copy_error = NULL;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return fail_errno (error, file, errno);
  if (link (path, backup) == 0)
    return TRUE;
  if (errno != EPERM && errno != EXDEV && errno != EMLINK && errno != ENOSYS
#ifdef ENOTSUP
      && errno != ENOTSUP
#endif
      )
    return fail_errno (error, file, errno);

  from = g_file_new_for_path (path);
  to = g_file_new_for_path (backup);
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_ALL_METADATA,
                    NULL, NULL, NULL, &copy_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” could not be saved: %s"), name, copy_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);

  /* The rename is what has to reach the disk; nothing to do if it can't. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
save_local (GFile *file, const char *path, GBytes *bytes, GError **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  const char *data;
  gsize length;
  struct stat st;
  gboolean exists;
  int fd, errsv;

  /* Save through a symbolic link to the file it names. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);

  exists = g_stat (target, &st) == 0;
  if (!exists && errno != ENOENT)
    return fail_errno (error, file, errno);
  if (exists && S_ISDIR (st.st_mode))
    return fail_errno (error, file, EISDIR);
  if (exists && access (target, W_OK) != 0)
    return fail_errno (error, file, errno);

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temp = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail_errno (error, file, errno);

  data = g_bytes_get_data (bytes, &length);
  if ((exists && fchmod (fd, st.st_mode & 07777) != 0)
      || !write_all (fd, data, length)
      || fsync (fd) != 0)
    {
      errsv = errno;
      close (fd);
      g_unlink (temp);
      return fail_errno (error, file, errsv);
    }
  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (temp);
      return fail_errno (error, file, errsv);
    }

  if (exists && !keep_backup (target, error, file))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, target) != 0)
    {
      errsv = errno;
      g_unlink (temp);
      return fail_errno (error, file, errsv);
    }
  sync_folder (folder);
  return TRUE;
}

/* Not a local file: GIO's own temporary file and rename. */
static gboolean
save_remote (GFile *file, GBytes *bytes, GError **error)
{
  g_autoptr(GError) gio_error = NULL;

  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, TRUE, G_FILE_CREATE_NONE, NULL, NULL, &gio_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE,
                   _("“%s” could not be saved: %s"), name, gio_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
kh_plan_save (KhPlan   *plan,
              GFile    *file,
              GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *path;

  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = kh_plan_to_bytes (plan);
  path = g_file_peek_path (file);
  if (path != NULL)
    return save_local (file, path, bytes, error);
  return save_remote (file, bytes, error);
}
