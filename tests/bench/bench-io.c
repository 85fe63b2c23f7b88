/* bench-io.c — how fast plans load and save, against json-glib alone.
 *
 * Run with `meson benchmark -C BUILDDIR io`.  Prints medians over several
 * runs: load time and its ratio to json_parser_load_from_data on the same
 * bytes, save time (to bytes) and its ratio to json_generator_to_data on
 * the same document, and the memory the loaded plan takes, measured in a
 * fresh process.  Times are CPU times.  Exits 1 when a target of issue 3
 * is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <unistd.h>

#include "kh-bench-plan.h"
#include "kh-bench-util.h"
#include "kh-plan-io.h"

#define TARGET_RATIO  1.5
#define TARGET_MEMORY 5.0

/* In a fresh process: what loading @path adds to the resident set and to
 * the bytes in use on the heap, once the parser's garbage is returned. */
static int
measure_memory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KhPlan) plan = NULL;
  char *data;
  gsize length, rss_before, rss_after;
  struct mallinfo2 heap_before, heap_after;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  bytes = g_bytes_new_take (data, length);
  /* Types and quarks come into being on first use: not the plan's. */
  {
    static const char small[] = "{\"format\": \"kehoach\", \"version\": 1, \"plan\": {\"year\": 2027},"
      "\"units\": [{\"id\": \"u\", \"name\": \"U\"}], \"nodes\": [{\"id\": \"n\", \"kind\": \"item\","
      "\"title\": \"T\", \"lead\": [{\"unit\": \"u\"}], \"timeline\": {\"kind\": \"year\", \"year\": 2027}}]}";
    g_autoptr(GBytes) small_bytes = g_bytes_new_static (small, sizeof small - 1);
    g_autoptr(KhPlan) warm = kh_plan_load_bytes (small_bytes, NULL);

    g_assert (warm != NULL);
  }

  malloc_trim (0);
  rss_before = kh_bench_rss_bytes ();
  heap_before = mallinfo2 ();
  plan = kh_plan_load_bytes (bytes, &error);
  if (plan == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  malloc_trim (0);
  rss_after = kh_bench_rss_bytes ();
  heap_after = mallinfo2 ();
  printf ("%" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT "\n",
          rss_after - rss_before, heap_after.uordblks - heap_before.uordblks);
  return 0;
}

int
main (int argc, char **argv)
{
  static int n_tasks = 5000, n_units = 300, n_runs = 7;
  static char *memory_of = NULL;
  static const GOptionEntry entries[] = {
    { "tasks", 0, 0, G_OPTION_ARG_INT, &n_tasks, "Tasks in the plan", "N" },
    { "units", 0, 0, G_OPTION_ARG_INT, &n_units, "Units in the plan", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs to take the median of", "N" },
    { "memory-of", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &memory_of, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) reference = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree double *load = NULL, *parse = NULL, *save = NULL, *generate = NULL;
  g_autofree char *path = NULL;
  g_autofree char *child_out = NULL;
  const char *data;
  gsize length, rss = 0, heap = 0;
  double load_ms, parse_ms, save_ms, generate_ms;
  int status = 0, fd;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  if (memory_of != NULL)
    return measure_memory (memory_of);
  n_runs = MAX (n_runs, 1);

  plan = kh_bench_generate_plan (n_tasks, n_units, 20270101);
  bytes = kh_plan_to_bytes (plan);
  data = g_bytes_get_data (bytes, &length);

  reference = json_parser_new ();
  g_assert (json_parser_load_from_data (reference, data, length, NULL));
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (reference));

  load = g_new (double, n_runs);
  parse = g_new (double, n_runs);
  save = g_new (double, n_runs);
  generate = g_new (double, n_runs);
  for (int i = 0; i < n_runs; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(KhPlan) loaded = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autofree char *generated = NULL;
      double start;

      /* CPU time of this thread: the machine may be busy with other work,
       * and both sides of each ratio run here, single-threaded. */
      start = kh_bench_cpu_ms ();
      loaded = kh_plan_load_bytes (bytes, &error);
      load[i] = kh_bench_cpu_ms () - start;
      g_assert_no_error (error);

      start = kh_bench_cpu_ms ();
      ok = json_parser_load_from_data (parser, data, length, NULL);
      parse[i] = kh_bench_cpu_ms () - start;
      g_assert (ok);

      start = kh_bench_cpu_ms ();
      saved = kh_plan_to_bytes (loaded);
      save[i] = kh_bench_cpu_ms () - start;
      g_assert (g_bytes_equal (saved, bytes));

      start = kh_bench_cpu_ms ();
      generated = json_generator_to_data (generator, NULL);
      generate[i] = kh_bench_cpu_ms () - start;
    }
  load_ms = kh_bench_median (load, n_runs);
  parse_ms = kh_bench_median (parse, n_runs);
  save_ms = kh_bench_median (save, n_runs);
  generate_ms = kh_bench_median (generate, n_runs);

  fd = g_file_open_tmp ("kh-bench-XXXXXX.kehoach", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert (g_file_set_contents (path, data, length, NULL));
  {
    const char *child_argv[] = { argv[0], "--memory-of", path, NULL };
    int wait_status;

    if (g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                      &child_out, NULL, &wait_status, &error)
        && g_spawn_check_wait_status (wait_status, NULL))
      sscanf (child_out, "%" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT, &rss, &heap);
  }
  g_unlink (path);

  printf ("plan: %d tasks in %u nodes, %d units; file %.2f MB\n",
          n_tasks, kh_plan_count_nodes (plan), n_units, length / 1e6);
  printf ("medians over %d runs:\n", n_runs);
  printf ("  load   %8.1f ms   json_parser_load_from_data alone %8.1f ms   ratio %.2f (target <= %.1f)\n",
          load_ms, parse_ms, load_ms / parse_ms, TARGET_RATIO);
  printf ("  save   %8.1f ms   json_generator_to_data alone     %8.1f ms   ratio %.2f (target <= %.1f)\n",
          save_ms, generate_ms, save_ms / generate_ms, TARGET_RATIO);
  printf ("  memory of the loaded plan: resident %.2f MB = %.2f x file, heap in use %.2f MB = %.2f x file (target <= %.0f x)\n",
          rss / 1e6, (double) rss / length, heap / 1e6, (double) heap / length, TARGET_MEMORY);

  if (load_ms / parse_ms > TARGET_RATIO || save_ms / generate_ms > TARGET_RATIO
      || rss == 0 || (double) rss / length > TARGET_MEMORY)
    {
      printf ("a target is missed\n");
      status = 1;
    }
  return status;
}
