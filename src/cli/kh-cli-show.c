/* kh-cli-show.c — `kehoach-cli show`: the numbered outline of a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-cli.h"
#include "kh-numbering.h"
#include "kh-text.h"

/* One line per node: two spaces per depth, label, title. */
static void
print_outline (KhPlan *plan, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      g_autofree char *label = kh_numbering_label (plan, node);
      g_autofree char *title = kh_text_squeeze (kh_node_get_title (node));
      guint depth = kh_node_get_depth (node);

      for (guint d = 1; d < depth; d++)
        fputs ("  ", stdout);
      printf ("%s %s\n", label, title);
    }
}

/* Label, title, leads, cooperating units, timeline: tab-separated, for
 * every node that has an assignment or a timeline. */
static void
print_assignments (KhPlan *plan, GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhTimeline *timeline = kh_node_get_timeline (node);
      g_autofree char *label = NULL;
      g_autofree char *title = NULL;
      g_autofree char *leads = NULL;
      g_autofree char *cooperating = NULL;
      g_autofree char *when = NULL;

      if (kh_node_get_leads (node)->len == 0
          && kh_node_get_cooperating (node)->len == 0
          && timeline == NULL)
        continue;

      label = kh_numbering_label (plan, node);
      title = kh_text_squeeze (kh_node_get_title (node));
      leads = kh_assignment_list_format (kh_node_get_leads (node),
                                         kh_node_get_lead_note (node), "; ");
      cooperating = kh_assignment_list_format (kh_node_get_cooperating (node),
                                               kh_node_get_cooperate_note (node), "; ");
      when = timeline ? kh_timeline_render (timeline, kh_plan_get_language (plan)) : g_strdup ("");
      printf ("%s\t%s\t%s\t%s\t%s\n", label, title, leads, cooperating, when);
    }
}

int
kh_cli_show (int argc, char **argv)
{
  gboolean assignments = FALSE;
  const GOptionEntry entries[] = {
    { "assignments", 'a', 0, G_OPTION_ARG_NONE, &assignments,
      N_("Print each task’s leads, cooperating units and timeline, tab-separated"), NULL },
    { NULL }
  };
  g_autoptr(KhPlan) plan = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  plan = kh_cli_load_plan_argument (&argc, &argv,
                                    _("Print the numbered outline of a plan, one node a line."),
                                    entries);
  if (plan == NULL)
    return 2;

  nodes = kh_plan_collect_nodes (plan);
  if (assignments)
    print_assignments (plan, nodes);
  else
    print_outline (plan, nodes);
  return 0;
}
