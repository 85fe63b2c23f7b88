/* test-autosave.c — snapshots of unsaved plans: writing, discarding, and
 * finding those of processes that are gone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-autosave.h"
#include "kh-plan-io.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

/* Each test gets its own KEHOACH_DATA_DIR. */
typedef struct {
  char *data_dir;
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->data_dir = g_dir_make_tmp ("kehoach-autosave-XXXXXX", NULL);
  g_assert_nonnull (f->data_dir);
  g_setenv ("KEHOACH_DATA_DIR", f->data_dir, TRUE);
  f->folder = kh_autosave_get_folder ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kh_test_remove_tree (f->data_dir);
  g_free (f->data_dir);
  g_free (f->folder);
}

static char *
snapshot_path (Fixture *f, KhAutosave *autosave, const char *suffix)
{
  g_autofree char *name = g_strconcat (kh_autosave_get_id (autosave), suffix, NULL);

  return g_build_filename (f->folder, name, NULL);
}

static void
write_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kh_autosave_write_finish (KH_AUTOSAVE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
write_and_wait (KhAutosave *autosave, KhPlan *plan, GFile *file, const char *name)
{
  gboolean done = FALSE;

  kh_autosave_write_async (autosave, plan, file, name, NULL, write_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_folder_follows_data_dir (Fixture *f, gconstpointer data)
{
  g_autofree char *expected = g_build_filename (f->data_dir, "autosave", NULL);

  g_assert_cmpstr (f->folder, ==, expected);

  g_unsetenv ("KEHOACH_DATA_DIR");
  {
    g_autofree char *folder = kh_autosave_get_folder ();
    g_autofree char *user = g_build_filename (g_get_user_data_dir (), "kehoach", "autosave", NULL);

    g_assert_cmpstr (folder, ==, user);
  }
  g_setenv ("KEHOACH_DATA_DIR", f->data_dir, TRUE);
}

static void
test_write_then_discard (Fixture *f, gconstpointer data)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  g_autoptr(GError) error = NULL;
  g_autoptr(KhAutosave) autosave = kh_autosave_new (&error);
  g_autoptr(GFile) original = g_file_new_for_path ("/nowhere/plan.kehoach");
  g_autofree char *snapshot = NULL;
  g_autofree char *sidecar = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) expected = kh_plan_to_bytes (plan);
  gsize length;

  g_assert_no_error (error);
  snapshot = snapshot_path (f, autosave, ".kehoach");
  sidecar = snapshot_path (f, autosave, ".json");
  g_assert_false (kh_autosave_has_snapshot (autosave));
  g_assert_false (g_file_test (snapshot, G_FILE_TEST_EXISTS));

  write_and_wait (autosave, plan, original, "plan.kehoach");
  g_assert_true (kh_autosave_has_snapshot (autosave));
  g_assert_true (g_file_get_contents (snapshot, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_assert_true (g_file_test (sidecar, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (kh_autosave_get_time (autosave));

  kh_autosave_discard (autosave);
  g_assert_false (kh_autosave_has_snapshot (autosave));
  g_assert_false (g_file_test (snapshot, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
}

/* A write requested before a discard never brings the snapshot back. */
static void
test_discard_wins_over_queued_write (Fixture *f, gconstpointer data)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  g_autoptr(KhAutosave) autosave = kh_autosave_new (NULL);
  g_autofree char *snapshot = snapshot_path (f, autosave, ".kehoach");
  gboolean done = FALSE;

  kh_autosave_write_async (autosave, plan, NULL, "x", NULL, write_done, &done);
  kh_autosave_discard (autosave);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (g_file_test (snapshot, G_FILE_TEST_EXISTS));
  g_assert_false (kh_autosave_has_snapshot (autosave));
}

/* The live autosaves of this process are no orphans; a clean end leaves
 * no file behind. */
static void
test_live_is_no_orphan (Fixture *f, gconstpointer data)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  g_autoptr(GPtrArray) orphans = NULL;
  KhAutosave *autosave = kh_autosave_new (NULL);
  g_autoptr(GDir) dir = NULL;

  write_and_wait (autosave, plan, NULL, "Untitled Plan");
  orphans = kh_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  kh_autosave_discard (autosave);
  g_object_unref (autosave);
  dir = g_dir_open (f->folder, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

/* A process killed with a snapshot on disk leaves an orphan that the
 * next start finds, with what the sidecar says, and claims. */
static void
test_killed_process_leaves_orphan (Fixture *f, gconstpointer data)
{
  g_autoptr(KhPlan) plan = kh_test_load_example ("ha-tinh-2018.kehoach");
  g_autoptr(GFile) original = g_file_new_for_path ("/somewhere/ha-tinh-2018.kehoach");
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(KhPlan) recovered = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autoptr(GError) error = NULL;
  KhAutosave *orphan;
  int status;
  pid_t pid;

  kh_plan_set_string (plan, "title", "Changed, not saved");
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      KhAutosave *autosave = kh_autosave_new (NULL);

      if (autosave == NULL
          || !kh_autosave_write (autosave, plan, original, "ha-tinh-2018.kehoach", NULL))
        _exit (1);
      /* Gone without cleaning up, as a crash would. */
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  /* A snapshotless leftover (killed before its first write) goes. */
  {
    g_autofree char *lock = g_build_filename (f->folder, "leftover.lock", NULL);
    g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  }

  orphans = kh_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (kh_autosave_get_display_name (orphan), ==, "ha-tinh-2018.kehoach");
  g_assert_nonnull (kh_autosave_get_file (orphan));
  g_assert_true (g_file_equal (kh_autosave_get_file (orphan), original));
  g_assert_nonnull (kh_autosave_get_time (orphan));
  g_assert_true (kh_autosave_has_snapshot (orphan));
  {
    g_autofree char *leftover = g_build_filename (f->folder, "leftover.lock", NULL);
    g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  }

  recovered = kh_autosave_load (orphan, &error);
  g_assert_no_error (error);
  expected = kh_plan_to_bytes (plan);
  actual = kh_plan_to_bytes (recovered);
  g_assert_true (g_bytes_equal (expected, actual));

  /* Claimed: while it is held, no one else is offered it. */
  again = kh_autosave_find_orphans ();
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Let go without a decision: offered again next time. */
  g_clear_pointer (&orphans, g_ptr_array_unref);
  again = kh_autosave_find_orphans ();
  g_assert_cmpuint (again->len, ==, 1);

  /* Discarded: gone for good. */
  kh_autosave_discard (g_ptr_array_index (again, 0));
  g_clear_pointer (&again, g_ptr_array_unref);
  again = kh_autosave_find_orphans ();
  g_assert_cmpuint (again->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/autosave/folder-follows-data-dir", Fixture, NULL,
              fixture_set_up, test_folder_follows_data_dir, fixture_tear_down);
  g_test_add ("/autosave/write-then-discard", Fixture, NULL,
              fixture_set_up, test_write_then_discard, fixture_tear_down);
  g_test_add ("/autosave/discard-wins-over-queued-write", Fixture, NULL,
              fixture_set_up, test_discard_wins_over_queued_write, fixture_tear_down);
  g_test_add ("/autosave/live-is-no-orphan", Fixture, NULL,
              fixture_set_up, test_live_is_no_orphan, fixture_tear_down);
  g_test_add ("/autosave/killed-process-leaves-orphan", Fixture, NULL,
              fixture_set_up, test_killed_process_leaves_orphan, fixture_tear_down);

  return g_test_run ();
}
