/* fuzz-load.c — libFuzzer harness for the .kehoach reader.
 *
 * Any bytes must give a plan or a KH_IO_ERROR, never a crash, a leak or a
 * GLib critical; a plan that loads must save to bytes that load again and
 * save to the same bytes (the output is stable).
 *
 * Build with -Dfuzzing=true and clang (see README, "Fuzzing").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "kh-plan-io.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) input = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) plan = kh_plan_load_bytes (input, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KhPlan) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (plan == NULL)
    {
      if (error == NULL || error->domain != KH_IO_ERROR)
        abort ();
      return 0;
    }

  saved = kh_plan_to_bytes (plan);
  again = kh_plan_load_bytes (saved, &error);
  if (again == NULL)
    {
      g_printerr ("saved plan does not load back: %s\n", error->message);
      abort ();
    }
  saved_again = kh_plan_to_bytes (again);
  if (!g_bytes_equal (saved, saved_again))
    {
      g_printerr ("saving a loaded plan again gives other bytes\n");
      abort ();
    }
  return 0;
}
