/* kh-test-util.c — helpers shared by the test programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kh-test-util.h"

#include <glib/gstdio.h>

static char *
build_path_va (const char *root, const char *first, va_list args)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, (gpointer) root);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

char *
kh_test_data_path (const char *first, ...)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "data", NULL);
  va_list args;
  char *path;

  va_start (args, first);
  path = build_path_va (root, first, args);
  va_end (args);
  return path;
}

char *
kh_test_source_path (const char *first, ...)
{
  const char *root = g_getenv ("KEHOACH_SOURCE_ROOT");
  va_list args;
  char *path;

  g_assert_nonnull (root);
  va_start (args, first);
  path = build_path_va (root, first, args);
  va_end (args);
  return path;
}

char *
kh_test_read_plan_text (const char *name)
{
  g_autofree char *path = kh_test_data_path ("plans", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

void
kh_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          kh_test_remove_tree (child);
        }
    }
  g_clear_pointer (&dir, g_dir_close);
  if (g_remove (path) != 0)
    g_rmdir (path);
}

void
kh_test_assert_same_text (const char *expected,
                          const char *actual)
{
  g_auto(GStrv) a = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) b = g_strsplit (actual, "\n", -1);

  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    if (a[i] == NULL || b[i] == NULL || !g_str_equal (a[i], b[i]))
      {
        g_test_message ("line %u differs:\n  expected: %s\n  actual:   %s", i + 1,
                        a[i] ? a[i] : "(end)", b[i] ? b[i] : "(end)");
        g_assert_cmpstr (expected, ==, actual);
      }
}
