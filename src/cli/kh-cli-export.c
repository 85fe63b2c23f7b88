/* kh-cli-export.c — `kehoach-cli export`: the xlsx appendix, headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-cli.h"
#include "kh-xlsx-export.h"

typedef struct {
  const char *name;
  guint       flag;
} Choice;

static const Choice sheet_choices[] = {
  { "appendix", KH_EXPORT_SHEET_APPENDIX },
  { "matrix", KH_EXPORT_SHEET_MATRIX },
  { "units", KH_EXPORT_SHEET_UNITS },
  { NULL, 0 },
};

static const Choice column_choices[] = {
  { "products", KH_EXPORT_COLUMN_PRODUCTS },
  { "budget", KH_EXPORT_COLUMN_BUDGET },
  { "notes", KH_EXPORT_COLUMN_NOTES },
  { NULL, 0 },
};

static const Choice language_choices[] = {
  { "vi", KH_EXPORT_LANGUAGE_VI },
  { "en", KH_EXPORT_LANGUAGE_EN },
  { NULL, 0 },
};

static const Choice section_row_choices[] = {
  { "auto", KH_EXPORT_SECTION_ROWS_AUTO },
  { "always", KH_EXPORT_SECTION_ROWS_ALWAYS },
  { "never", KH_EXPORT_SECTION_ROWS_NEVER },
  { NULL, 0 },
};

static char *
choice_names (const Choice *choices)
{
  GString *out = g_string_new (NULL);

  for (const Choice *c = choices; c->name != NULL; c++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", c->name);
  return g_string_free (out, FALSE);
}

/* One name of @choices; prints the error and returns FALSE otherwise. */
static gboolean
parse_choice (const char   *option,
              const char   *value,
              const Choice *choices,
              guint        *out)
{
  g_autofree char *names = NULL;
  g_autofree char *name = g_strstrip (g_ascii_strdown (value, -1));

  for (const Choice *c = choices; c->name != NULL; c++)
    if (g_str_equal (name, c->name))
      {
        *out = c->flag;
        return TRUE;
      }
  names = choice_names (choices);
  /* TRANSLATORS: %s: an option (--sheets), what was given, the valid values */
  kh_cli_print_error (_("%s: unknown value “%s” (choose from %s)"), option, value, names);
  return FALSE;
}

/* "appendix,matrix" → the flags of @choices. */
static gboolean
parse_list (const char   *option,
            const char   *value,
            const Choice *choices,
            guint        *out)
{
  g_auto(GStrv) names = g_strsplit (value, ",", -1);

  *out = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint flag;

      if (g_strstrip (names[i])[0] == '\0')
        continue;
      if (!parse_choice (option, names[i], choices, &flag))
        return FALSE;
      *out |= flag;
    }
  return TRUE;
}

int
kh_cli_export (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *sheets = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *language = NULL;
  g_autofree char *section_rows = NULL;
  gboolean all_tasks = FALSE;
  gboolean continuous = FALSE;
  gboolean newlines = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The workbook to write"), N_("OUT.xlsx") },
    { "sheets", 0, 0, G_OPTION_ARG_STRING, &sheets,
      N_("Sheets to write, comma-separated: appendix, matrix, units (default: all)"),
      N_("LIST") },
    { "all-tasks", 0, 0, G_OPTION_ARG_NONE, &all_tasks,
      N_("Every task of the plan, not only those marked for the appendix"), NULL },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &columns,
      N_("Optional appendix columns, comma-separated: products, budget, notes"), N_("LIST") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("Language of the headings: vi or en (default: the plan’s)"), N_("LANG") },
    { "continuous", 0, 0, G_OPTION_ARG_NONE, &continuous,
      N_("Number the tasks through the whole table instead of per section"), NULL },
    { "newlines", 0, 0, G_OPTION_ARG_NONE, &newlines,
      N_("Put each unit of a cell on its own line instead of joining them with “; ”"), NULL },
    { "section-rows", 0, 0, G_OPTION_ARG_STRING, &section_rows,
      N_("Section rows in the appendix: auto (when the tasks span several sections), always or never"),
      N_("WHEN") },
    { NULL }
  };
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KhExportOptions options;
  guint value;

  if (!kh_cli_parse_options (&argc, &argv, _("FILE"),
                             _("Export a plan’s appendix, assignment matrix and per-unit "
                               "lists as an Excel workbook."),
                             entries))
    return 2;
  if (argc != 2)
    {
      kh_cli_print_error (_("Give exactly one plan file"));
      return 2;
    }
  if (output == NULL)
    {
      kh_cli_print_error (_("Give the workbook to write with --output"));
      return 2;
    }

  kh_export_options_init (&options);
  options.all_tasks = all_tasks;
  options.continuous_numbering = continuous;
  options.units_on_new_lines = newlines;
  if (sheets != NULL)
    {
      if (!parse_list ("--sheets", sheets, sheet_choices, &value))
        return 2;
      if (value == 0)
        {
          kh_cli_print_error (_("--sheets: name at least one sheet"));
          return 2;
        }
      options.sheets = value;
    }
  if (columns != NULL)
    {
      if (!parse_list ("--columns", columns, column_choices, &value))
        return 2;
      options.columns = value;
    }
  if (language != NULL)
    {
      if (!parse_choice ("--lang", language, language_choices, &value))
        return 2;
      options.language = value;
    }
  if (section_rows != NULL)
    {
      if (!parse_choice ("--section-rows", section_rows, section_row_choices, &value))
        return 2;
      options.section_rows = value;
    }

  plan = kh_cli_load_plan (argv[1]);
  if (plan == NULL)
    return 2;

  if (!options.all_tasks)
    {
      g_autoptr(GPtrArray) marked = kh_plan_get_appendix_nodes (plan);

      if (marked->len == 0)
        kh_cli_print_error (_("No task is marked for the appendix: the tables are empty "
                              "(--all-tasks exports every task)"));
    }

  file = g_file_new_for_commandline_arg (output);
  if (!kh_export_xlsx (plan, &options, file, &error))
    {
      kh_cli_print_error ("%s", error->message);
      return 2;
    }
  return 0;
}
