/* kh-next-year.c — next year's plan made from this year's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-next-year.h"
#include "kh-numbering.h"
#include "kh-plan-copy.h"
#include "kh-text.h"

KhUnitReplacement *
kh_unit_replacement_new (const char *from_id,
                         const char *to_name)
{
  KhUnitReplacement *self = g_new0 (KhUnitReplacement, 1);

  self->from_id = g_strdup (from_id);
  self->to_name = g_strdup (to_name);
  return self;
}

void
kh_unit_replacement_free (KhUnitReplacement *self)
{
  if (self == NULL)
    return;
  g_free (self->from_id);
  g_free (self->to_name);
  g_free (self);
}

static void
review_item_free (KhReviewItem *item)
{
  g_free (item->node_id);
  g_free (item->message);
  g_free (item);
}

void
kh_next_year_summary_free (KhNextYearSummary *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->review);
  g_free (self);
}

static void
add_review (KhNextYearSummary *summary,
            KhReviewKind       kind,
            KhNode            *node,
            char              *message)  /* transfer full */
{
  KhReviewItem *item = g_new0 (KhReviewItem, 1);

  item->kind = kind;
  item->node_id = node ? g_strdup (kh_node_get_id (node)) : NULL;
  item->message = message;
  g_ptr_array_add (summary->review, item);
}

/* "1.2. Ban hành Quy chế…": how a review item names its node. */
static char *
node_name (KhPlan *plan, KhNode *node)
{
  g_autofree char *label = kh_numbering_label (plan, node);
  g_autofree char *title = kh_text_squeeze (kh_node_get_title (node));

  if (g_utf8_strlen (title, -1) > 60)
    {
      char *cut = g_utf8_offset_to_pointer (title, 60);
      *cut = '\0';
      return g_strdup_printf ("%s %s…", label, title);
    }
  return g_strdup_printf ("%s %s", label, title);
}

/* Moves @timeline by @years; returns the moved copy or NULL when there is
 * none, counting and flagging as it goes. */
static KhTimeline *
move_timeline (const KhTimeline  *timeline,
               int                years,
               int                source_year,
               KhNextYearSummary *summary,
               gboolean          *flagged)
{
  gboolean needs_review = FALSE;
  KhTimeline *moved;

  if (timeline == NULL)
    return NULL;
  moved = kh_timeline_shift (timeline, years, source_year, &needs_review);
  if (needs_review)
    {
      summary->text_timelines_rewritten++;
      *flagged = TRUE;
    }
  else if (!kh_timeline_equal (timeline, moved))
    summary->timelines_moved++;
  return moved;
}

static void
move_node_timelines (KhPlan            *plan,
                     KhNode            *node,
                     int                years,
                     int                source_year,
                     KhNextYearSummary *summary)
{
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  gboolean flagged = FALSE;
  g_autoptr(KhTimeline) moved = NULL;

  moved = move_timeline (kh_node_get_timeline (node), years, source_year, summary, &flagged);
  if (moved != NULL)
    kh_node_set_timeline (node, moved);

  if (row != NULL && row->timeline != NULL)
    {
      g_autoptr(KhAppendixRow) copy = kh_appendix_row_copy (row);
      KhTimeline *row_moved = move_timeline (row->timeline, years, source_year, summary, &flagged);

      kh_timeline_free (copy->timeline);
      copy->timeline = row_moved;
      kh_node_set_appendix_row (node, copy);
    }

  if (flagged)
    {
      g_autofree char *name = node_name (plan, node);
      /* TRANSLATORS: %s: a task's number and title */
      add_review (summary, KH_REVIEW_TEXT_TIMELINE, node,
                  g_strdup_printf (_("%s: the timeline is free text; check the year that was changed in it"), name));
    }
}

static void
flag_leftover_year (KhPlan            *plan,
                    KhNode            *node,
                    int                source_year,
                    KhNextYearSummary *summary)
{
  g_autofree char *name = NULL;

  if (!kh_text_has_year (kh_node_get_title (node), source_year)
      && !kh_text_has_year (kh_node_get_body (node), source_year))
    return;

  name = node_name (plan, node);
  /* TRANSLATORS: first %s: a task's number and title; %d: last year */
  add_review (summary, KH_REVIEW_LEFTOVER_YEAR, node,
              g_strdup_printf (_("%s: the text still names %d"), name, source_year));
}

/* @list with @from replaced by @into, each unit listed once. */
static GPtrArray *
replace_in_list (GPtrArray *list,
                 KhUnit    *from,
                 KhUnit    *into,
                 guint     *moved)
{
  GPtrArray *out = kh_assignment_list_new ();

  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);
      KhUnit *unit = a->unit == from ? into : a->unit;

      if (a->unit == from)
        (*moved)++;
      if (kh_assignment_list_find (out, unit) < 0)
        g_ptr_array_add (out, kh_assignment_new (unit, a->scope));
    }
  return out;
}

static void
replace_optional_list (GPtrArray **list, KhUnit *from, KhUnit *into, guint *moved)
{
  GPtrArray *replaced;

  if (*list == NULL || kh_assignment_list_find (*list, from) < 0)
    return;
  replaced = replace_in_list (*list, from, into, moved);
  g_ptr_array_unref (*list);
  *list = replaced;
}

static GPtrArray *
without_units_of (GPtrArray *list, GPtrArray *leads)
{
  GPtrArray *out = kh_assignment_list_new ();

  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *a = g_ptr_array_index (list, i);

      if (kh_assignment_list_find (leads, a->unit) < 0)
        g_ptr_array_add (out, kh_assignment_copy (a));
    }
  return out;
}

/* Replaces @from by @into in both lists of one task, a lead never also
 * cooperating; returns the number of assignments that changed unit. */
static guint
replace_in_lists (GPtrArray **leads, GPtrArray **cooperating, KhUnit *from, KhUnit *into)
{
  guint moved = 0;
  GPtrArray *new_leads, *replaced, *new_cooperating;

  if (kh_assignment_list_find (*leads, from) < 0 && kh_assignment_list_find (*cooperating, from) < 0)
    return 0;

  new_leads = replace_in_list (*leads, from, into, &moved);
  replaced = replace_in_list (*cooperating, from, into, &moved);
  new_cooperating = without_units_of (replaced, new_leads);
  g_ptr_array_unref (replaced);

  g_ptr_array_unref (*leads);
  g_ptr_array_unref (*cooperating);
  *leads = new_leads;
  *cooperating = new_cooperating;
  return moved;
}

static KhUnit *
find_or_add_unit (KhPlan *plan, const char *name, KhUnit *like)
{
  GListModel *units = kh_plan_get_units (plan);
  guint n = g_list_model_get_n_items (units);
  g_autofree char *id = NULL;
  g_autoptr(KhUnit) unit = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) candidate = g_list_model_get_item (units, i);

      if (kh_text_fold_equal (kh_unit_get_name (candidate), name))
        return candidate;  /* the plan keeps it alive */
    }

  id = kh_plan_new_unit_id (plan, name);
  unit = kh_unit_new (id, name, NULL, kh_unit_get_group (like));
  kh_plan_insert_unit (plan, kh_plan_get_unit_position (plan, like) + 1, unit);
  return unit;
}

static void
apply_replacement (KhPlan                  *plan,
                   GPtrArray               *nodes,
                   const KhUnitReplacement *replacement,
                   KhNextYearSummary       *summary)
{
  KhUnit *from = kh_plan_lookup_unit (plan, replacement->from_id);
  g_autoptr(KhUnit) from_ref = NULL;
  KhUnit *into;

  if (from == NULL || replacement->to_name == NULL || replacement->to_name[0] == '\0'
      || kh_text_fold_equal (kh_unit_get_name (from), replacement->to_name))
    return;

  from_ref = g_object_ref (from);
  into = find_or_add_unit (plan, replacement->to_name, from);
  summary->units_replaced++;

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);
      g_autoptr(GPtrArray) leads = kh_assignment_list_copy (kh_node_get_leads (node));
      g_autoptr(GPtrArray) cooperating = kh_assignment_list_copy (kh_node_get_cooperating (node));
      guint moved = replace_in_lists (&leads, &cooperating, from, into);

      if (moved > 0)
        {
          g_autofree char *name = node_name (plan, node);

          kh_node_set_leads (node, leads);
          kh_node_set_cooperating (node, cooperating);
          summary->assignments_moved += moved;
          /* TRANSLATORS: first %s: a task's number and title; then two unit names */
          add_review (summary, KH_REVIEW_UNIT_REPLACED, node,
                      g_strdup_printf (_("%s: “%s” was replaced by “%s”"),
                                       name, kh_unit_get_name (from), kh_unit_get_name (into)));
        }

      if (row != NULL && (row->leads != NULL || row->cooperating != NULL))
        {
          g_autoptr(KhAppendixRow) copy = kh_appendix_row_copy (row);
          guint row_moved = 0;

          /* A row's own lists stand alone: NULL still means "as the task". */
          replace_optional_list (&copy->leads, from, into, &row_moved);
          replace_optional_list (&copy->cooperating, from, into, &row_moved);
          if (row_moved > 0)
            kh_node_set_appendix_row (node, copy);
        }
    }

  kh_plan_remove_unit (plan, from);
}

KhPlan *
kh_next_year (KhPlan             *source,
              int                 target_year,
              GPtrArray          *replacements,
              KhNextYearSummary **summary_out)
{
  static const char * const cleared[] = { "number", "date", "signature-name" };
  g_autoptr(KhNextYearSummary) summary = g_new0 (KhNextYearSummary, 1);
  g_autoptr(GPtrArray) nodes = NULL;
  KhPlan *plan;
  int source_year;
  int years;

  g_return_val_if_fail (KH_IS_PLAN (source), NULL);

  source_year = kh_plan_get_year (source);
  years = target_year - source_year;
  summary->source_year = source_year;
  summary->target_year = target_year;
  summary->review = g_ptr_array_new_with_free_func ((GDestroyNotify) review_item_free);

  plan = kh_plan_copy (source);
  kh_plan_set_year (plan, target_year);
  for (guint i = 0; i < 2; i++)
    {
      const char *property = i == 0 ? "title" : "preamble";
      g_autofree char *text = kh_text_replace_year (kh_plan_get_string (plan, property),
                                                    source_year, target_year, NULL);
      kh_plan_set_string (plan, property, text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cleared); i++)
    {
      summary->cleared_number |= kh_plan_get_string (plan, cleared[i])[0] != '\0';
      kh_plan_set_string (plan, cleared[i], "");
    }

  nodes = kh_plan_collect_nodes (plan);
  for (guint i = 0; replacements != NULL && i < replacements->len; i++)
    apply_replacement (plan, nodes, g_ptr_array_index (replacements, i), summary);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);

      move_node_timelines (plan, node, years, source_year, summary);
      if (years != 0)
        flag_leftover_year (plan, node, source_year, summary);
    }

  if (summary_out != NULL)
    *summary_out = g_steal_pointer (&summary);
  return plan;
}

char *
kh_next_year_summary_format (const KhNextYearSummary *self)
{
  GString *out = g_string_new (NULL);

  /* TRANSLATORS: %d, %d: two years */
  g_string_append_printf (out, _("Plan for %d made from the plan for %d."),
                          self->target_year, self->source_year);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, ngettext ("%u timeline moved by whole years.",
                                         "%u timelines moved by whole years.",
                                         self->timelines_moved),
                          self->timelines_moved);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, ngettext ("%u free-text timeline had its year replaced.",
                                         "%u free-text timelines had their year replaced.",
                                         self->text_timelines_rewritten),
                          self->text_timelines_rewritten);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, ngettext ("%u unit replaced",
                                         "%u units replaced",
                                         self->units_replaced),
                          self->units_replaced);
  g_string_append (out, ", ");
  g_string_append_printf (out, ngettext ("%u assignment moved.",
                                         "%u assignments moved.",
                                         self->assignments_moved),
                          self->assignments_moved);
  g_string_append_c (out, '\n');
  if (self->cleared_number)
    {
      g_string_append (out, _("Number, date and signer were cleared."));
      g_string_append_c (out, '\n');
    }
  if (self->review->len > 0)
    {
      g_string_append_printf (out, ngettext ("%u item needs review:",
                                             "%u items need review:",
                                             self->review->len),
                              self->review->len);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < self->review->len; i++)
        {
          KhReviewItem *item = g_ptr_array_index (self->review, i);
          g_string_append_printf (out, "  - %s\n", item->message);
        }
    }
  return g_string_free (out, FALSE);
}
