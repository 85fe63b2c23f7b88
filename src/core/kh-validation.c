/* kh-validation.c — what looks wrong in a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-validation.h"
#include "kh-enum-types.h"
#include "kh-numbering.h"
#include "kh-text.h"
#include "kh-unit-match.h"

/* How much of a title names a node in a message. */
#define SUBJECT_TITLE_CHARS 40

struct _KhFinding
{
  GObject parent_instance;

  KhSeverity severity;
  KhFindingCode code;
  KhNode *node;   /* owned, nullable */
  KhUnit *unit;   /* owned, nullable */
  char *message;
};

G_DEFINE_FINAL_TYPE (KhFinding, kh_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_NODE,
  PROP_UNIT,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kh_finding_finalize (GObject *object)
{
  KhFinding *self = KH_FINDING (object);

  g_clear_object (&self->node);
  g_clear_object (&self->unit);
  g_free (self->message);

  G_OBJECT_CLASS (kh_finding_parent_class)->finalize (object);
}

static void
kh_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KhFinding *self = KH_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_enum (value, self->code);
      break;
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_finding_class_init (KhFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kh_finding_finalize;
  object_class->get_property = kh_finding_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, KH_TYPE_SEVERITY, KH_SEVERITY_WARNING, flags);
  properties[PROP_CODE] =
    g_param_spec_enum ("code", NULL, NULL, KH_TYPE_FINDING_CODE, KH_FINDING_NO_LEAD, flags);
  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, KH_TYPE_NODE, flags);
  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, KH_TYPE_UNIT, flags);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_finding_init (KhFinding *self)
{
}

/* Takes @message. */
static void
add_finding (GPtrArray     *findings,
             KhSeverity     severity,
             KhFindingCode  code,
             KhNode        *node,
             KhUnit        *unit,
             char          *message)
{
  KhFinding *self = g_object_new (KH_TYPE_FINDING, NULL);

  self->severity = severity;
  self->code = code;
  self->node = node ? g_object_ref (node) : NULL;
  self->unit = unit ? g_object_ref (unit) : NULL;
  self->message = message;
  g_ptr_array_add (findings, self);
}

KhSeverity
kh_finding_get_severity (KhFinding *self)
{
  g_return_val_if_fail (KH_IS_FINDING (self), KH_SEVERITY_WARNING);
  return self->severity;
}

KhFindingCode
kh_finding_get_code (KhFinding *self)
{
  g_return_val_if_fail (KH_IS_FINDING (self), KH_FINDING_NO_LEAD);
  return self->code;
}

KhNode *
kh_finding_get_node (KhFinding *self)
{
  g_return_val_if_fail (KH_IS_FINDING (self), NULL);
  return self->node;
}

KhUnit *
kh_finding_get_unit (KhFinding *self)
{
  g_return_val_if_fail (KH_IS_FINDING (self), NULL);
  return self->unit;
}

const char *
kh_finding_get_message (KhFinding *self)
{
  g_return_val_if_fail (KH_IS_FINDING (self), "");
  return self->message;
}

/* Naming things */

/* The first words of @title, up to SUBJECT_TITLE_CHARS characters, with
 * "…" where it was cut and no closing punctuation. */
static char *
short_title (const char *title)
{
  g_autofree char *squeezed = kh_text_squeeze (title);
  glong length = g_utf8_strlen (squeezed, -1);
  GString *out;

  if (length <= SUBJECT_TITLE_CHARS)
    out = g_string_new (squeezed);
  else
    {
      const char *cut = g_utf8_offset_to_pointer (squeezed, SUBJECT_TITLE_CHARS);
      /* A word that ends right at the limit stays whole. */
      const char *space = *cut == ' ' ? cut : g_utf8_strrchr (squeezed, cut - squeezed, ' ');

      out = g_string_new_len (squeezed, (space ? space : cut) - squeezed);
    }
  while (out->len > 0 && strchr (".,;: ", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  if (length > SUBJECT_TITLE_CHARS)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* "1.2. Ban hành Quy chế…": the node as messages name it. */
static char *
node_subject (KhPlan *plan, KhNode *node)
{
  g_autofree char *label = kh_numbering_label (plan, node);
  g_autofree char *title = short_title (kh_node_get_title (node));

  /* "1.3" rather than "1.3." before the message's colon. */
  if (title[0] == '\0')
    {
      gsize length = strlen (label);

      if (length > 1 && label[length - 1] == '.')
        label[length - 1] = '\0';
      return g_steal_pointer (&label);
    }
  return g_strconcat (label, " ", title, NULL);
}

/* Checks of one node */

static void
check_timeline (GPtrArray        *findings,
                KhPlan           *plan,
                KhNode           *node,
                const char       *subject,
                const KhTimeline *timeline)
{
  int year = kh_plan_get_year (plan);
  g_autofree char *phrase = NULL;

  if (timeline == NULL || kh_timeline_fits_year (timeline, year))
    return;
  phrase = kh_timeline_render (timeline, kh_plan_get_language (plan));
  add_finding (findings, KH_SEVERITY_WARNING, KH_FINDING_TIMELINE_OUTSIDE_YEAR, node, NULL,
               /* TRANSLATORS: %1$s: a node ("1.2. Ban hành Quy chế…"), %2$s: its
                * timeline ("Quý II/2019"), %3$d: the plan's year */
               g_strdup_printf (_("%1$s: the timeline “%2$s” is outside %3$d"),
                                subject, phrase, year));
}

static void
check_node (GPtrArray *findings, KhPlan *plan, KhNode *node)
{
  g_autofree char *subject = node_subject (plan, node);
  g_autofree char *title = kh_text_squeeze (kh_node_get_title (node));
  GPtrArray *leads = kh_node_get_leads (node);
  GPtrArray *cooperating = kh_node_get_cooperating (node);
  const KhTimeline *timeline = kh_node_get_timeline (node);
  const KhTimeline *appendix_timeline = kh_node_get_appendix_timeline (node);

  if (title[0] == '\0')
    add_finding (findings, KH_SEVERITY_WARNING, KH_FINDING_EMPTY_TITLE, node, NULL,
                 /* TRANSLATORS: %s: a node's label ("1.2.") */
                 g_strdup_printf (_("%s: the title is empty"), subject));

  if (kh_node_is_task (node) && leads->len == 0 && kh_node_get_lead_note (node)[0] == '\0')
    add_finding (findings, KH_SEVERITY_WARNING, KH_FINDING_NO_LEAD, node, NULL,
                 /* TRANSLATORS: %s: a node ("1.2. Ban hành Quy chế…") */
                 g_strdup_printf (_("%s: no lead unit"), subject));

  for (guint i = 0; i < leads->len; i++)
    {
      KhAssignment *lead = g_ptr_array_index (leads, i);

      if (kh_assignment_list_find (cooperating, lead->unit) >= 0)
        add_finding (findings, KH_SEVERITY_WARNING, KH_FINDING_LEAD_AND_COOPERATE, node, lead->unit,
                     /* TRANSLATORS: %1$s: a node ("1.2. Ban hành Quy chế…"), %2$s: a unit */
                     g_strdup_printf (_("%1$s: “%2$s” both leads and cooperates"),
                                      subject, kh_unit_get_name (lead->unit)));
    }

  check_timeline (findings, plan, node, subject, timeline);
  if (appendix_timeline != timeline && !kh_timeline_equal (appendix_timeline, timeline))
    check_timeline (findings, plan, node, subject, appendix_timeline);
}

GPtrArray *
kh_validate_node (KhPlan *plan,
                  KhNode *node)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KH_IS_PLAN (plan), findings);
  g_return_val_if_fail (KH_IS_NODE (node), findings);

  check_node (findings, plan, node);
  return findings;
}

/* Checks of the unit list */

static void
mark_assigned (GHashTable *assigned, GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    g_hash_table_add (assigned, ((KhAssignment *) g_ptr_array_index (list, i))->unit);
}

static void
check_unassigned (GPtrArray *findings, KhPlan *plan, GPtrArray *nodes)
{
  g_autoptr(GHashTable) assigned = g_hash_table_new (NULL, NULL);
  GListModel *units = kh_plan_get_units (plan);

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);

      mark_assigned (assigned, kh_node_get_leads (node));
      mark_assigned (assigned, kh_node_get_cooperating (node));
      mark_assigned (assigned, kh_node_get_appendix_leads (node));
      mark_assigned (assigned, kh_node_get_appendix_cooperating (node));
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      if (!g_hash_table_contains (assigned, unit))
        add_finding (findings, KH_SEVERITY_INFO, KH_FINDING_UNIT_UNASSIGNED, NULL, unit,
                     /* TRANSLATORS: %s: a unit's name */
                     g_strdup_printf (_("“%s” is not assigned to any task"),
                                      kh_unit_get_name (unit)));
    }
}

/* One finding per group of units that look alike, on the first of them. */
static void
check_duplicates (GPtrArray *findings, KhPlan *plan)
{
  g_autoptr(GPtrArray) groups = kh_unit_duplicates (kh_plan_get_units (plan));

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *group = g_ptr_array_index (groups, i);
      KhUnit *unit = g_ptr_array_index (group, 0);
      g_autoptr(GString) others = g_string_new (NULL);
      guint n_others = group->len - 1;

      for (guint k = 1; k < group->len; k++)
        g_string_append_printf (others, "%s“%s”", k > 1 ? ", " : "",
                                kh_unit_get_name (g_ptr_array_index (group, k)));
      add_finding (findings, KH_SEVERITY_WARNING, KH_FINDING_DUPLICATE_UNIT, NULL, unit,
                   /* TRANSLATORS: %1$s: a unit's name, %2$u: how many others,
                    * %3$s: their names, quoted and separated by commas */
                   g_strdup_printf (ngettext ("“%1$s” looks like %2$u other unit: %3$s",
                                              "“%1$s” looks like %2$u other units: %3$s",
                                              n_others),
                                    kh_unit_get_name (unit), n_others, others->str));
    }
}

GPtrArray *
kh_validate_plan (KhPlan *plan)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) nodes = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), findings);

  nodes = kh_plan_collect_nodes (plan);
  for (guint i = 0; i < nodes->len; i++)
    check_node (findings, plan, g_ptr_array_index (nodes, i));
  check_duplicates (findings, plan);
  check_unassigned (findings, plan, nodes);
  return findings;
}

char *
kh_findings_summary (GPtrArray *findings)
{
  guint counts[2] = { 0, 0 };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (findings != NULL, g_strdup (""));

  for (guint i = 0; i < findings->len; i++)
    counts[kh_finding_get_severity (g_ptr_array_index (findings, i))]++;

  if (counts[KH_SEVERITY_WARNING] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                       counts[KH_SEVERITY_WARNING]),
                                             counts[KH_SEVERITY_WARNING]));
  if (counts[KH_SEVERITY_INFO] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes",
                                                       counts[KH_SEVERITY_INFO]),
                                             counts[KH_SEVERITY_INFO]));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: between "2 warnings" and "1 note" */
  return g_strjoinv (C_("list of counts", ", "), (char **) parts->pdata);
}

const char *
kh_severity_to_label (KhSeverity severity)
{
  switch (severity)
    {
    case KH_SEVERITY_INFO:
      /* TRANSLATORS: the severity of a finding that may well be right */
      return _("note");
    case KH_SEVERITY_WARNING:
    default:
      return _("warning");
    }
}
