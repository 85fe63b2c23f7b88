/* kh-cli.c — kehoach-cli: headless plan work, core only, no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kh-cli.h"
#include "kh-i18n.h"
#include "kh-plan-io.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "show", kh_cli_show, N_("Print the numbered outline of a plan") },
  { "check", kh_cli_check, N_("Print what looks wrong in a plan") },
  { "export", kh_cli_export, N_("Export the appendix as an Excel workbook") },
  { "next-year", kh_cli_next_year, N_("Make next year’s plan from a plan") },
  { "import", kh_cli_import, N_("Build a plan from the text of a plan document") },
};

void
kh_cli_print_error (const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "kehoach-cli: %s\n", message);
}

KhPlan *
kh_cli_load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  KhPlan *plan = kh_plan_load (file, &error);

  if (plan == NULL)
    /* TRANSLATORS: %s: a file name, then the reason */
    kh_cli_print_error (_("Cannot open “%s”: %s"), path, error->message);
  return plan;
}

gboolean
kh_cli_parse_options (int                 *argc,
                      char              ***argv,
                      const char          *parameter,
                      const char          *summary,
                      const GOptionEntry  *entries)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      kh_cli_print_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

KhPlan *
kh_cli_load_plan_argument (int                *argc,
                           char             ***argv,
                           const char         *summary,
                           const GOptionEntry *entries)
{
  if (!kh_cli_parse_options (argc, argv, _("FILE"), summary, entries))
    return NULL;
  if (*argc != 2)
    {
      kh_cli_print_error (_("Give exactly one plan file"));
      return NULL;
    }
  return kh_cli_load_plan ((*argv)[1]);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  kehoach-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] FILE"), _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “kehoach-cli COMMAND --help” for the options of a command."));
}

int
main (int argc, char **argv)
{
  kh_i18n_init ();

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("kehoach-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *name = g_strconcat ("kehoach-cli ", commands[i].name, NULL);

        /* A command's --help then reads "kehoach-cli import [OPTION…]". */
        g_set_prgname (name);
        return commands[i].run (argc - 1, argv + 1);
      }

  /* TRANSLATORS: %s: what the user typed as a command */
  kh_cli_print_error (_("Unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return 2;
}
