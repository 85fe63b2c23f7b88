/* fuzz-import.c — libFuzzer harness for the text importer.
 *
 * Any bytes must give a plan or a KH_IMPORT_ERROR, never a crash, a leak
 * or a GLib critical; and every plan imported must save and load back
 * (the importer never builds a plan the file format refuses).
 *
 * Build with -Dfuzzing=true and clang (see README, "Fuzzing").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "kh-import.h"
#include "kh-plan-io.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = kh_import_text ((const char *) data, size, &report, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KhPlan) loaded = NULL;

  if (plan == NULL)
    {
      if (error == NULL || error->domain != KH_IMPORT_ERROR || report != NULL)
        abort ();
      return 0;
    }
  if (report == NULL)
    abort ();

  bytes = kh_plan_to_bytes (plan);
  loaded = kh_plan_load_bytes (bytes, &error);
  if (loaded == NULL)
    {
      g_printerr ("imported plan does not load back: %s\n", error->message);
      abort ();
    }
  return 0;
}
