/* kh-cli-next-year.c — `kehoach-cli next-year`: next year's plan from
 * this year's, with the units of the 2025 reorganisation replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-cli.h"
#include "kh-next-year.h"
#include "kh-plan-io.h"
#include "kh-unit-map-io.h"

#define YEAR_UNSET G_MININT

/* The map of --units, the shipped one without it: NULL for "none"
 * (*@failed FALSE) or when it cannot be read (*@failed TRUE, the error
 * printed). */
static KhUnitMap *
load_map (const char *units, gboolean *failed)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KhUnitMap *map;

  *failed = FALSE;
  if (units == NULL)
    map = kh_unit_map_load_default (&error);
  else if (g_str_equal (units, "none"))
    return NULL;
  else
    {
      file = g_file_new_for_commandline_arg (units);
      map = kh_unit_map_load (file, &error);
      if (map != NULL)
        kh_unit_map_add_default_directory (map);
    }

  if (map == NULL)
    {
      if (units != NULL)
        /* TRANSLATORS: %s: a file name, then the reason */
        kh_cli_print_error (_("Cannot read the unit map “%s”: %s"), units, error->message);
      else
        /* TRANSLATORS: %s: the reason (naming the file) */
        kh_cli_print_error (_("Cannot read the unit map that ships with Kehoach: %s"),
                            error->message);
      *failed = TRUE;
    }
  return map;
}

/* TRUE when @a and @b are one file on disk, whatever the names
 * (a symbolic link, "./x", a hard link). */
static gboolean
same_file (GFile *a, GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *id_a, *id_b;

  if (g_file_equal (a, b))
    return TRUE;
  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && g_strcmp0 (id_a, id_b) == 0;
}

int
kh_cli_next_year (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *units = NULL;
  int year = YEAR_UNSET;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The new plan to write"), N_("OUT.kehoach") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year of the new plan (default: the plan’s year + 1)"), N_("YEAR") },
    { "units", 0, 0, G_OPTION_ARG_FILENAME, &units,
      N_("The unit replacement map to apply (default: the 2025 reorganisation); "
         "“none” replaces no unit"), N_("MAP.json") },
    { NULL }
  };
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(KhPlan) next = NULL;
  g_autoptr(KhUnitMap) map = NULL;
  g_autoptr(GPtrArray) replacements = NULL;
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean failed;

  plan = kh_cli_load_plan_argument (&argc, &argv,
                                    _("Make next year’s plan from a plan: every timeline "
                                      "moved, the year in the title and preamble replaced, "
                                      "number, date and signer cleared, units of the 2025 "
                                      "reorganisation replaced.  The plan itself is not "
                                      "changed.  Prints what changed and what needs review."),
                                    entries);
  if (plan == NULL)
    return 2;
  if (output == NULL)
    {
      kh_cli_print_error (_("Give the new plan to write with --output"));
      return 2;
    }

  source = g_file_new_for_commandline_arg (argv[1]);
  target = g_file_new_for_commandline_arg (output);
  if (same_file (source, target))
    {
      kh_cli_print_error (_("The new plan must not overwrite the plan it is made from; "
                            "give another file with --output"));
      return 2;
    }

  if (year == YEAR_UNSET)
    year = kh_plan_get_year (plan) + 1;
  if (year < 1900 || year > 2200)
    {
      /* TRANSLATORS: %d: the year asked for */
      kh_cli_print_error (_("--year: %d is not a year from 1900 to 2200"), year);
      return 2;
    }

  map = load_map (units, &failed);
  if (failed)
    return 2;
  if (map != NULL)
    replacements = kh_unit_map_propose (map, plan);

  next = kh_next_year (plan, year, replacements, &summary);
  if (!kh_plan_save (next, target, &error))
    {
      /* TRANSLATORS: %s: a file name, then the reason */
      kh_cli_print_error (_("Cannot save “%s”: %s"), output, error->message);
      return 2;
    }

  text = kh_next_year_summary_format (summary);
  fputs (text, stdout);
  return 0;
}
