/* test-save.c — saving is atomic: a failed save leaves the old file whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "kh-plan-io.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

#define OLD_CONTENT "{ \"the old file\": true }\n"

typedef struct {
  char *dir;      /* a child process of a trap works in its parent's */
  gboolean own_dir;
  char *path;     /* dir/plan.kehoach */
  GFile *file;
  KhPlan *plan;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *inherited = g_test_subprocess () ? g_getenv ("KH_SAVE_TEST_DIR") : NULL;

  if (inherited != NULL)
    f->dir = g_strdup (inherited);
  else
    {
      f->own_dir = TRUE;
      f->dir = g_dir_make_tmp ("kh-save-XXXXXX", &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (f->dir, 0777), ==, 0);
    }
  f->path = g_build_filename (f->dir, "plan.kehoach", NULL);
  f->file = g_file_new_for_path (f->path);
  f->plan = kh_test_plan_new ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->own_dir)
    {
      g_chmod (f->dir, 0700);
      kh_test_remove_tree (f->dir);
    }
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
  g_object_unref (f->plan);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Runs the test again in a child process, in this fixture's folder. */
static void
trap_in_fixture (Fixture *f)
{
  g_setenv ("KH_SAVE_TEST_DIR", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("KH_SAVE_TEST_DIR");
  g_test_trap_assert_passed ();
}

/* The names in @dir, sorted, joined by spaces: no temporary file may stay. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_contents (const char *path, const char *expected, gsize length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize actual = 0;

  g_file_get_contents (path, &data, &actual, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (data, actual, expected, length);
}

static void
assert_saved (Fixture *f, const char *path)
{
  g_autoptr(GBytes) bytes = kh_plan_to_bytes (f->plan);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  assert_contents (path, data, length);
}

static void
write_old_file (Fixture *f, int mode)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, OLD_CONTENT, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (f->path, mode), ==, 0);
}

static void
test_new_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_true (kh_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
  assert_saved (f, f->path);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.kehoach");
}

static void
test_backup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *names = NULL;
  GStatBuf st;

  write_old_file (f, 0640);
  g_assert_true (kh_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
  assert_saved (f, f->path);
  assert_contents (backup, OLD_CONTENT, strlen (OLD_CONTENT));
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* A second save keeps only the version just before it. */
  kh_plan_set_string (f->plan, "number", "45/KH-UBND");
  g_assert_true (kh_plan_save (f->plan, f->file, &error));
  g_assert_no_error (error);
  assert_saved (f, f->path);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, (goffset) strlen (OLD_CONTENT));
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.kehoach plan.kehoach~");
}

static void
test_symlink (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *link = g_build_filename (f->dir, "link.kehoach", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);

  write_old_file (f, 0644);
  g_assert_cmpint (symlink ("plan.kehoach", link), ==, 0);
  g_assert_true (kh_plan_save (f->plan, link_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_saved (f, f->path);
}

static void
test_into_directory (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  g_assert_false (kh_plan_save (f->plan, f->file, &error));
  g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  names = list_dir (f->path);
  g_assert_cmpstr (names, ==, "");
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "plan.kehoach", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *names = NULL;

  g_assert_false (kh_plan_save (f->plan, file, &error));
  g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "folder does not exist"));
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "");
}

/* Permissions do not stop root: the child drops to nobody first. */
static gboolean
become_unprivileged (void)
{
  if (geteuid () != 0)
    return TRUE;
  return setgid (65534) == 0 && setuid (65534) == 0;
}

static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autofree char *names = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "writable", NULL);
  g_autofree char *locked = g_build_filename (sub, "locked.kehoach", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(GFile) locked_file = g_file_new_for_path (locked);
      g_autoptr(GError) error = NULL;

      if (!become_unprivileged ())
        {
          g_test_skip ("cannot drop root privileges to test permissions");
          return;
        }
      /* A writable file in a read-only folder: no temporary file. */
      g_assert_false (kh_plan_save (f->plan, f->file, &error));
      g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "permission"));
      g_clear_error (&error);
      /* A read-only file in a writable folder. */
      g_assert_false (kh_plan_save (f->plan, locked_file, &error));
      g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "permission"));
      return;
    }

  write_old_file (f, 0666);
  g_assert_cmpint (g_mkdir (sub, 0777), ==, 0);
  g_assert_cmpint (g_chmod (sub, 0777), ==, 0);
  g_assert_true (g_file_set_contents (locked, OLD_CONTENT, -1, NULL));
  g_assert_cmpint (g_chmod (locked, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  trap_in_fixture (f);

  assert_contents (f->path, OLD_CONTENT, strlen (OLD_CONTENT));
  assert_contents (locked, OLD_CONTENT, strlen (OLD_CONTENT));
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.kehoach writable");
  g_clear_pointer (&names, g_free);
  names = list_dir (sub);
  g_assert_cmpstr (names, ==, "locked.kehoach");
}

/* The disk fills up halfway: a file size limit makes write() fail after
 * the first bytes, as a full disk would. */
static void
test_write_fails (Fixture *f, gconstpointer data)
{
  g_autofree char *names = NULL;

  if (g_test_subprocess ())
    {
      struct rlimit limit = { 1024, 1024 };
      g_autoptr(GError) error = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (kh_plan_save (f->plan, f->file, &error));
      g_assert_error (error, KH_IO_ERROR, KH_IO_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, f->path));
      return;
    }

  write_old_file (f, 0644);
  trap_in_fixture (f);
  assert_contents (f->path, OLD_CONTENT, strlen (OLD_CONTENT));
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.kehoach");
}

/* A plan that failed to save is still the plan it was. */
static void
test_plan_untouched (Fixture *f, gconstpointer data)
{
  g_autofree char *before = kh_test_plan_dump (f->plan);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  g_assert_false (kh_plan_save (f->plan, f->file, &error));
  after = kh_test_plan_dump (f->plan);
  g_assert_cmpstr (before, ==, after);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/io/save/new-file", test_new_file);
  ADD ("/io/save/backup", test_backup);
  ADD ("/io/save/through-symlink", test_symlink);
  ADD ("/io/save/fails/into-directory", test_into_directory);
  ADD ("/io/save/fails/missing-folder", test_missing_folder);
  ADD ("/io/save/fails/read-only", test_read_only);
  ADD ("/io/save/fails/disk-full", test_write_fails);
  ADD ("/io/save/fails/plan-untouched", test_plan_untouched);
#undef ADD

  return g_test_run ();
}
