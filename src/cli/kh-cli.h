/* kh-cli.h — the subcommands of kehoach-cli.
 *
 * Each takes the arguments after its own name (argv[0] is the subcommand)
 * and returns the process exit status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "kh-plan.h"

G_BEGIN_DECLS

int     kh_cli_show  (int argc, char **argv);
int     kh_cli_check (int argc, char **argv);
int     kh_cli_export (int argc, char **argv);
int     kh_cli_next_year (int argc, char **argv);
int     kh_cli_import (int argc, char **argv);

/* Shared by the subcommands: load @path or print why not (exit status 2). */
KhPlan *kh_cli_load_plan   (const char *path);
/* Print a translated error on stderr, prefixed with the program name. */
void    kh_cli_print_error (const char *format, ...) G_GNUC_PRINTF (1, 2);
/* Parse @argv with @entries; prints the error and returns FALSE on failure. */
gboolean kh_cli_parse_options (int *argc, char ***argv, const char *parameter,
                               const char *summary, const GOptionEntry *entries);
/* Parse @argv with @entries, then load the one plan file it must name;
 * prints why not and returns NULL (exit status 2). */
KhPlan *kh_cli_load_plan_argument (int *argc, char ***argv, const char *summary,
                                   const GOptionEntry *entries);

G_END_DECLS
