/* kh-cli-check.c — `kehoach-cli check`: the validation findings of a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-cli.h"
#include "kh-numbering.h"
#include "kh-validation.h"

/* One line per finding: the node's label ("-" for the plan's units),
 * severity, message; tab-separated.  Exit status 0 without warnings, 1
 * with any, 2 when the file cannot be read. */
int
kh_cli_check (int argc, char **argv)
{
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *summary = NULL;
  gboolean warned = FALSE;

  plan = kh_cli_load_plan_argument (&argc, &argv,
                                    _("Print what looks wrong in a plan, one finding a line: "
                                      "label, severity, message.  Exits with 0 when "
                                      "there is no warning, 1 when there is one, 2 when "
                                      "the file cannot be read."),
                                    NULL);
  if (plan == NULL)
    return 2;

  findings = kh_validate_plan (plan);
  for (guint i = 0; i < findings->len; i++)
    {
      KhFinding *finding = g_ptr_array_index (findings, i);
      KhNode *node = kh_finding_get_node (finding);
      g_autofree char *label = node ? kh_numbering_label (plan, node) : g_strdup ("-");

      warned |= kh_finding_get_severity (finding) == KH_SEVERITY_WARNING;
      printf ("%s\t%s\t%s\n", label,
              kh_severity_to_label (kh_finding_get_severity (finding)),
              kh_finding_get_message (finding));
    }

  /* The count goes to stderr so that stdout stays one finding a line. */
  summary = kh_findings_summary (findings);
  if (summary[0] != '\0')
    fprintf (stderr, "%s\n", summary);
  return warned ? 1 : 0;
}
