/* kh-xlsx-export.c — writing the workbook safely: the target is checked
 * first with messages a user can act on, the workbook goes to a temporary
 * file beside it, and only a complete file replaces the target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kh-xlsx-private.h"

G_DEFINE_QUARK (kh-export-error-quark, kh_export_error)

/* Below this much free space a failed write is taken for a full disk. */
#define LOW_SPACE (256 * 1024)

void
kh_export_options_init (KhExportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (KhExportOptions) {
    .sheets = KH_EXPORT_SHEETS_ALL,
    .all_tasks = FALSE,
    .columns = 0,
    .continuous_numbering = FALSE,
    .units_on_new_lines = FALSE,
    .language = KH_EXPORT_LANGUAGE_PLAN,
    .section_rows = KH_EXPORT_SECTION_ROWS_AUTO,
    .appendix_number = 1,
  };
}

static gboolean
disk_is_full (const char *folder, int saved_errno)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    return TRUE;
  dir = g_file_new_for_path (folder);
  info = g_file_query_filesystem_info (dir, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);
  return info != NULL
         && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE)
         && g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) < LOW_SPACE;
}

/* The error for a failed system call on the target or its temporary file. */
static void
set_errno_error (GError    **error,
                 const char *display,
                 const char *folder,
                 int         saved_errno)
{
  if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_READ_ONLY,
                 /* TRANSLATORS: %s: a file name */
                 _("Cannot write “%s”: the folder is read-only"), display);
  else if (disk_is_full (folder, saved_errno))
    g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_NO_SPACE,
                 /* TRANSLATORS: %s: a file name */
                 _("Cannot write “%s”: the disk is full"), display);
  else
    g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_WRITE,
                 /* TRANSLATORS: %s: a file name, then the system's reason */
                 _("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
}

/* TRUE when a spreadsheet program has @path open: LibreOffice and Excel
 * leave a lock file beside it. */
static gboolean
is_open_elsewhere (const char *folder, const char *base)
{
  g_autofree char *libreoffice = g_strconcat (".~lock.", base, "#", NULL);
  g_autofree char *excel = g_strconcat ("~$", base, NULL);
  g_autofree char *lo_path = g_build_filename (folder, libreoffice, NULL);
  g_autofree char *excel_path = g_build_filename (folder, excel, NULL);

  return g_file_test (lo_path, G_FILE_TEST_EXISTS) || g_file_test (excel_path, G_FILE_TEST_EXISTS);
}

/* What can be known before writing anything. */
static gboolean
check_target (const char *path,
              const char *folder,
              const char *display,
              GError    **error)
{
  g_autofree char *folder_display = g_filename_display_name (folder);
  g_autofree char *base = g_path_get_basename (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_IS_FOLDER,
                   /* TRANSLATORS: %s: a file name */
                   _("Cannot write “%s”: it is a folder"), display);
      return FALSE;
    }
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_NO_FOLDER,
                   /* TRANSLATORS: %s: a file name, then a folder name */
                   _("Cannot write “%s”: the folder “%s” does not exist"),
                   display, folder_display);
      return FALSE;
    }
  if (g_access (folder, W_OK | X_OK) != 0)
    {
      set_errno_error (error, display, folder, errno);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_READ_ONLY,
                   /* TRANSLATORS: %s: a file name */
                   _("Cannot write “%s”: the file is read-only"), display);
      return FALSE;
    }
  if (is_open_elsewhere (folder, base))
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_BUSY,
                   /* TRANSLATORS: %s: a file name */
                   _("Cannot write “%s”: it is open in another program; close it there and try again"),
                   display);
      return FALSE;
    }
  return TRUE;
}

/* An empty temporary file beside @path, with the permissions of the file
 * it will replace (or the usual ones for a new file). */
static char *
create_temporary (const char *path,
                  const char *folder,
                  const char *display,
                  GError    **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  char *tmp = g_build_filename (folder, name, NULL);
  struct stat st;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, display, folder, errno);
      g_free (tmp);
      return NULL;
    }
  if (g_stat (path, &st) == 0)
    (void) fchmod (fd, st.st_mode & 0777);
  close (fd);
  return tmp;
}

static void
set_properties (KhXlsxContext *ctx)
{
  g_autofree char *title = g_strdup (kh_plan_get_title (ctx->model->plan));
  lxw_doc_properties properties = {
    .title = title,
    .comments = (char *) "Kehoach " PACKAGE_VERSION,
  };

  kh_xlsx_check (ctx, workbook_set_properties (ctx->workbook, &properties));
}

/* Writes the workbook to @tmp.  Returns the libxlsxwriter status and the
 * errno of the moment it failed. */
static lxw_error
write_workbook (KhExportModel         *model,
                const KhExportOptions *options,
                const char            *tmp,
                const char            *folder,
                int                   *saved_errno)
{
  g_autofree char *tmpdir = g_strdup (folder);
  lxw_workbook_options workbook_options = {
    .constant_memory = LXW_TRUE,
    .tmpdir = tmpdir,
  };
  KhXlsxContext ctx = { model, options, NULL, { NULL }, LXW_NO_ERROR };
  lxw_error closed;

  errno = 0;
  ctx.workbook = workbook_new_opt (tmp, &workbook_options);
  if (ctx.workbook == NULL)
    {
      *saved_errno = errno;
      return LXW_ERROR_CREATING_XLSX_FILE;
    }

  set_properties (&ctx);
  kh_xlsx_formats_init (&ctx);
  if (options->sheets & KH_EXPORT_SHEET_APPENDIX)
    kh_xlsx_write_appendix (&ctx);
  if (options->sheets & KH_EXPORT_SHEET_MATRIX)
    kh_xlsx_write_matrix (&ctx);
  if (options->sheets & KH_EXPORT_SHEET_UNITS)
    kh_xlsx_write_units (&ctx);
  *saved_errno = errno;

  /* Closing also frees the workbook, so it happens even after a failure. */
  errno = 0;
  closed = workbook_close (ctx.workbook);
  if (ctx.status != LXW_NO_ERROR)
    return ctx.status;
  *saved_errno = errno;
  return closed;
}

gboolean
kh_export_xlsx (KhPlan                *plan,
                const KhExportOptions *options,
                GFile                 *file,
                GError               **error)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *display = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(KhExportModel) model = NULL;
  int saved_errno = 0;
  lxw_error status;

  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_file_get_parse_name (file);
  if ((options->sheets & KH_EXPORT_SHEETS_ALL) == 0)
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_OPTIONS,
                   /* TRANSLATORS: %s: a file name */
                   _("Cannot write “%s”: no sheet was chosen"), display);
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_NOT_LOCAL,
                   /* TRANSLATORS: %s: a file name or address */
                   _("Cannot write “%s”: only files on this computer can be written"),
                   display);
      return FALSE;
    }
  folder = g_path_get_dirname (path);
  if (!check_target (path, folder, display, error))
    return FALSE;

  tmp = create_temporary (path, folder, display, error);
  if (tmp == NULL)
    return FALSE;

  model = kh_export_model_new (plan, options);
  status = write_workbook (model, options, tmp, folder, &saved_errno);
  if (status != LXW_NO_ERROR)
    {
      g_unlink (tmp);
      if (disk_is_full (folder, saved_errno))
        set_errno_error (error, display, folder, ENOSPC);
      else
        g_set_error (error, KH_EXPORT_ERROR, KH_EXPORT_ERROR_WRITE,
                     /* TRANSLATORS: %s: a file name, then the spreadsheet
                      * library's reason (in English) */
                     _("Cannot write “%s”: the spreadsheet could not be made (%s)"),
                     display, lxw_strerror (status));
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int rename_errno = errno;

      g_unlink (tmp);
      set_errno_error (error, display, folder, rename_errno);
      return FALSE;
    }
  return TRUE;
}
