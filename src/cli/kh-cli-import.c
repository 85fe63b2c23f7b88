/* kh-cli-import.c — `kehoach-cli import`: a plan from a document's text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-cli.h"
#include "kh-import.h"
#include "kh-plan-io.h"

/* "line 12: message" on stderr, one note a line. */
static void
print_report (GPtrArray *report)
{
  for (guint i = 0; i < report->len; i++)
    {
      KhImportNote *note = g_ptr_array_index (report, i);

      g_autofree char *text = note->line > 0
                              /* TRANSLATORS: a line of the import report: line number, message */
                              ? g_strdup_printf (_("line %u: %s"), note->line, note->message)
                              : g_strdup (note->message);

      fprintf (stderr, "%s\n", text);
    }
}

int
kh_cli_import (int argc, char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan to OUT.kehoach"), N_("OUT.kehoach") },
    { NULL }
  };
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (!kh_cli_parse_options (&argc, &argv, _("FILE.txt"),
                             _("Build a plan from the plain text (or Markdown) of an existing plan document, and report on stderr what the importer was unsure of."),
                             entries))
    return 2;
  if (argc != 2 || output == NULL)
    {
      kh_cli_print_error (_("Give one text file and the output file (-o OUT.kehoach)"));
      return 2;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  plan = kh_import_file (input, &report, &error);
  if (plan == NULL)
    {
      /* TRANSLATORS: %s: a file name, then the reason */
      kh_cli_print_error (_("Cannot import “%s”: %s"), argv[1], error->message);
      return 2;
    }
  print_report (report);

  target = g_file_new_for_commandline_arg (output);
  if (!kh_plan_save (plan, target, &error))
    {
      kh_cli_print_error (_("Cannot save “%s”: %s"), output, error->message);
      return 2;
    }
  return 0;
}
