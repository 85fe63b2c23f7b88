/* test-bad-files.c — every broken file gives a clear error, never a crash.
 *
 * The corpus is tests/data/bad/, each file with its expected error in
 * tests/data/bad/EXPECTED.txt; the huge inputs are made here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kh-plan-io.h"
#include "kh-test-util.h"

typedef struct {
  char *file;
  int code;
  char *message;
} Expected;

static void
expected_free (Expected *e)
{
  g_free (e->file);
  g_free (e->message);
  g_free (e);
}

static int
code_from_name (const char *name)
{
  static const char * const names[] = {
    [KH_IO_ERROR_NOT_JSON] = "NOT_JSON",
    [KH_IO_ERROR_NOT_A_PLAN] = "NOT_A_PLAN",
    [KH_IO_ERROR_NEWER_VERSION] = "NEWER_VERSION",
    [KH_IO_ERROR_INVALID] = "INVALID",
    [KH_IO_ERROR_TOO_LARGE] = "TOO_LARGE",
    [KH_IO_ERROR_WRITE] = "WRITE",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i], name))
      return (int) i;
  g_error ("EXPECTED.txt: unknown error code %s", name);
}

static GPtrArray *
read_expected (void)
{
  g_autofree char *path = kh_test_data_path ("bad", "EXPECTED.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) expected_free);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expected *e;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      e = g_new0 (Expected, 1);
      e->file = g_strdup (fields[0]);
      e->code = code_from_name (fields[1]);
      e->message = g_strdup (fields[2]);
      g_ptr_array_add (all, e);
    }
  return all;
}

static void
assert_refused (KhPlan *plan, GError *error, int code, const char *message)
{
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, KH_IO_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);
}

/* Each file, loaded from disk, fails as EXPECTED.txt says. */
static void
test_corpus (gconstpointer data)
{
  const Expected *e = data;
  g_autofree char *path = kh_test_data_path ("bad", e->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_plan_load (file, &error);

  assert_refused (plan, error, e->code, e->message);
}

/* No fixture in the folder goes unchecked, and there are enough. */
static void
test_corpus_complete (void)
{
  g_autoptr(GPtrArray) expected = read_expected ();
  g_autofree char *dir_path = kh_test_data_path ("bad", NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  GDir *dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  for (guint i = 0; i < expected->len; i++)
    g_assert_true (g_hash_table_add (listed, ((Expected *) g_ptr_array_index (expected, i))->file));
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "EXPECTED.txt") && !g_hash_table_contains (listed, name))
      g_error ("tests/data/bad/%s is not in EXPECTED.txt", name);
  g_dir_close (dir);
  g_assert_cmpuint (expected->len, >=, 30);
}

static KhPlan *
load_bytes_taken (char *data, gsize length, GError **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (data, length);
  return kh_plan_load_bytes (bytes, error);
}

/* json-glib's parser recurses on each level: this would overflow the
 * stack if it ever reached it. */
static void
test_deep_arrays (void)
{
  const gsize depth = 100000;
  GString *json = g_string_new ("{\"format\": \"kehoach\", \"version\": 1, \"plan\": {\"year\": 2018, \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  gsize length;

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}}");
  length = json->len;
  plan = load_bytes_taken (g_string_free (json, FALSE), length, &error);
  assert_refused (plan, error, KH_IO_ERROR_TOO_LARGE, "nested deeper than 256 levels");
}

/* The same with objects, broken off (a truncated file), read from disk. */
static void
test_deep_objects_file (void)
{
  const gsize depth = 100000;
  GString *json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  int fd;

  for (gsize i = 0; i < depth; i++)
    g_string_append (json, "{\"children\": ");
  fd = g_file_open_tmp ("kh-deep-XXXXXX.kehoach", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  g_string_free (json, TRUE);

  file = g_file_new_for_path (path);
  plan = kh_plan_load (file, &error);
  g_unlink (path);
  assert_refused (plan, error, KH_IO_ERROR_TOO_LARGE, "Line 1: the data is nested deeper than 256 levels");
}

/* A 50 MB title: refused before json-glib copies it. */
static void
test_huge_string (void)
{
  const gsize size = 50 * 1000 * 1000;
  const char *head = "{\"format\": \"kehoach\", \"version\": 1,\n\"plan\": {\"year\": 2018, \"title\": \"";
  const char *tail = "\"}}";
  gsize length = strlen (head) + size + strlen (tail);
  char *data = g_malloc (length);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;

  memcpy (data, head, strlen (head));
  memset (data + strlen (head), 'a', size);
  memcpy (data + strlen (head) + size, tail, strlen (tail));
  plan = load_bytes_taken (data, length, &error);
  assert_refused (plan, error, KH_IO_ERROR_TOO_LARGE, "Line 2: a text is longer than 1 MiB");
}

/* Just under the limit still loads. */
static void
test_long_string_allowed (void)
{
  g_autofree char *title = g_strnfill (1024 * 1024 - 16, 'a');
  char *json = g_strdup_printf ("{\"format\": \"kehoach\", \"version\": 1, \"plan\": {\"year\": 2018, \"title\": \"%s\"}}", title);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = load_bytes_taken (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kh_plan_get_title (plan), ==, title);
}

/* Over 64 MiB: refused from its size, in memory and on disk (a sparse
 * file, so nothing is written). */
static void
test_huge_file (void)
{
  const gsize size = 65 * 1024 * 1024;
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  int fd;

  plan = load_bytes_taken (g_malloc0 (size), size, &error);
  assert_refused (plan, error, KH_IO_ERROR_TOO_LARGE, "larger than 64 MiB");
  g_clear_error (&error);

  fd = g_file_open_tmp ("kh-huge-XXXXXX.kehoach", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  close (fd);
  file = g_file_new_for_path (path);
  plan = kh_plan_load (file, &error);
  g_unlink (path);
  assert_refused (plan, error, KH_IO_ERROR_TOO_LARGE, "larger than 64 MiB");
}

/* Thousands of damaged copies of a real plan (bytes flipped, cut,
 * repeated, deleted) from a fixed seed: each loads or fails with a
 * KH_IO_ERROR, and nothing crashes or leaks (run it under ASan). */
static void
test_mutations (void)
{
  static const char * const tokens[] = { "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "null", "-", "1e999", "\xC3" };
  g_autofree char *path = kh_test_source_path ("data", "examples", "ha-tinh-2018.kehoach", NULL);
  g_autofree char *original = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20180207);
  gsize length;
  guint loaded = 0;

  g_assert_true (g_file_get_contents (path, &original, &length, NULL));
  for (guint round = 0; round < 3000; round++)
    {
      GString *copy = g_string_new_len (original, length);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KhPlan) plan = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint c = 0; c < n_changes && copy->len > 0; c++)
        {
          gsize at = g_rand_int_range (rand, 0, (gint32) copy->len);

          switch (g_rand_int_range (rand, 0, 5))
            {
            case 0:
              copy->str[at] = (char) g_rand_int_range (rand, 1, 256);
              break;
            case 1:
              g_string_truncate (copy, at);
              break;
            case 2:
              g_string_erase (copy, at, MIN ((gsize) g_rand_int_range (rand, 1, 64), copy->len - at));
              break;
            case 3:
              g_string_insert (copy, at, tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]);
              break;
            default:
              {
                gsize n = MIN ((gsize) g_rand_int_range (rand, 1, 200), copy->len - at);
                g_autofree char *piece = g_strndup (copy->str + at, n);
                g_string_insert (copy, g_rand_int_range (rand, 0, (gint32) copy->len), piece);
              }
              break;
            }
        }
      bytes = g_string_free_to_bytes (copy);
      plan = kh_plan_load_bytes (bytes, &error);
      if (plan != NULL)
        {
          g_autoptr(GBytes) saved = kh_plan_to_bytes (plan);
          g_autoptr(KhPlan) again = kh_plan_load_bytes (saved, &error);

          /* What loads saves to a file that loads. */
          g_assert_no_error (error);
          g_assert_nonnull (again);
          loaded++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == KH_IO_ERROR);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
  g_test_message ("%u of 3000 damaged copies still loaded", loaded);
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) expected = NULL;

  g_test_init (&argc, &argv, NULL);

  expected = read_expected ();
  for (guint i = 0; i < expected->len; i++)
    {
      Expected *e = g_ptr_array_index (expected, i);
      g_autofree char *test_path = g_strconcat ("/io/bad-files/corpus/", e->file, NULL);

      g_test_add_data_func (test_path, e, test_corpus);
    }
  g_test_add_func ("/io/bad-files/corpus-complete", test_corpus_complete);
  g_test_add_func ("/io/bad-files/generated/100000-deep-arrays", test_deep_arrays);
  g_test_add_func ("/io/bad-files/generated/100000-deep-objects-file", test_deep_objects_file);
  g_test_add_func ("/io/bad-files/generated/50-MB-string", test_huge_string);
  g_test_add_func ("/io/bad-files/generated/1-MiB-string-allowed", test_long_string_allowed);
  g_test_add_func ("/io/bad-files/generated/65-MiB-file", test_huge_file);
  g_test_add_func ("/io/bad-files/generated/mutations", test_mutations);

  return g_test_run ();
}
