/* kh-next-year.c — next year's plan made from this year's.
 *
 * The source is copied (kh_plan_copy) and only the copy is changed: unit
 * replacements are resolved once, then every node is visited in tree
 * order for its units, its timelines and the years left in its texts, so
 * that the review list reads like the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-next-year.h"
#include "kh-numbering.h"
#include "kh-plan-copy.h"
#include "kh-text.h"
#include "kh-unit-match.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2200

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
  g_clear_object (&self->successor);
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

/* One resolved replacement: @from's assignments go to @into. */
typedef struct {
  KhUnit *from;  /* owned */
  KhUnit *into;  /* owned */
} Swap;

static void
swap_clear (Swap *swap)
{
  g_clear_object (&swap->from);
  g_clear_object (&swap->into);
}

typedef struct {
  KhPlan            *plan;
  int                source_year;
  int                years;
  GArray            *swaps;  /* of Swap */
  KhNextYearSummary *summary;
} NextYear;

static void
add_review (NextYear     *ny,
            KhReviewKind  kind,
            KhNode       *node,
            char         *message)  /* transfer full */
{
  KhReviewItem *item = g_new0 (KhReviewItem, 1);

  item->kind = kind;
  item->node_id = node ? g_strdup (kh_node_get_id (node)) : NULL;
  item->message = message;
  g_ptr_array_add (ny->summary->review, item);
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

/* Units ------------------------------------------------------------------ */

static int
find_swap (GArray *swaps, KhUnit *from)
{
  for (guint i = 0; i < swaps->len; i++)
    if (g_array_index (swaps, Swap, i).from == from)
      return (int) i;
  return -1;
}

/* The unit that takes @from's place: the plan's own unit of that name,
 * else a new one just after @from.  NULL when that is @from itself. */
static KhUnit *
successor_unit (KhPlan                  *plan,
                const KhUnitReplacement *replacement,
                KhUnit                  *from)
{
  KhUnit *found = kh_unit_match (kh_plan_get_units (plan), replacement->to_name);
  KhUnit *like = replacement->successor;
  g_autofree char *id = NULL;
  g_autoptr(KhUnit) unit = NULL;
  const char *group;

  if (found != NULL)
    return found == from ? NULL : found;  /* the plan keeps it alive */

  if (like != NULL && kh_plan_lookup_unit (plan, kh_unit_get_id (like)) == NULL)
    id = g_strdup (kh_unit_get_id (like));
  else
    id = kh_plan_new_unit_id (plan, replacement->to_name);
  group = like != NULL && kh_unit_get_group (like)[0] != '\0'
          ? kh_unit_get_group (like) : kh_unit_get_group (from);
  unit = kh_unit_new (id, replacement->to_name,
                      like != NULL ? kh_unit_get_short_name (like) : NULL, group);
  kh_plan_insert_unit (plan, kh_plan_get_unit_position (plan, from) + 1, unit);
  return unit;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *squeezed = kh_text_squeeze (text);

  return squeezed[0] == '\0';
}

/* The replacements as Swaps, each unit replaced once, chains followed to
 * their end; a cycle (A → B, B → A) leaves its units as they are. */
static GArray *
resolve_swaps (KhPlan *plan, GPtrArray *replacements)
{
  g_autoptr(GArray) swaps = g_array_new (FALSE, TRUE, sizeof (Swap));
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Swap));

  g_array_set_clear_func (swaps, (GDestroyNotify) swap_clear);
  g_array_set_clear_func (out, (GDestroyNotify) swap_clear);

  for (guint i = 0; replacements != NULL && i < replacements->len; i++)
    {
      const KhUnitReplacement *replacement = g_ptr_array_index (replacements, i);
      KhUnit *from = kh_plan_lookup_unit (plan, replacement->from_id);
      KhUnit *into;
      Swap swap;

      if (from == NULL || is_blank (replacement->to_name) || find_swap (swaps, from) >= 0)
        continue;
      into = successor_unit (plan, replacement, from);
      if (into == NULL)
        continue;
      swap.from = g_object_ref (from);
      swap.into = g_object_ref (into);
      g_array_append_val (swaps, swap);
    }

  for (guint i = 0; i < swaps->len; i++)
    {
      Swap *swap = &g_array_index (swaps, Swap, i);
      KhUnit *into = swap->into;
      Swap resolved;
      int next;

      for (guint steps = 0; (next = find_swap (swaps, into)) >= 0 && steps <= swaps->len; steps++)
        into = g_array_index (swaps, Swap, next).into;
      if (next >= 0)
        continue;
      resolved.from = g_object_ref (swap->from);
      resolved.into = g_object_ref (into);
      g_array_append_val (out, resolved);
    }
  return out;
}

/* Two leads that became one unit keep both their scopes. */
static void
merge_scope (KhAssignment *into, const char *scope)
{
  char *merged;

  if (scope == NULL || scope[0] == '\0' || into->scope == NULL || into->scope[0] == '\0'
      || g_str_equal (into->scope, scope))
    return;
  merged = g_strconcat (into->scope, "; ", scope, NULL);
  g_free (into->scope);
  into->scope = merged;
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
      int at = kh_assignment_list_find (out, unit);

      if (a->unit == from)
        (*moved)++;
      if (at < 0)
        g_ptr_array_add (out, kh_assignment_new (unit, a->scope));
      else
        merge_scope (g_ptr_array_index (out, at), a->scope);
    }
  return out;
}

static void
set_list (GPtrArray **list, GPtrArray *value)
{
  g_ptr_array_unref (*list);
  *list = value;
}

/* Replaces @from by @into in a task's lists, either of which may be absent
 * (NULL: an appendix row's "as the task"); a lead is never also
 * cooperating.  Returns the number of assignments that changed unit. */
static guint
replace_unit (GPtrArray **leads,
              GPtrArray **cooperating,
              KhUnit     *from,
              KhUnit     *into)
{
  guint moved = 0;

  if (*leads != NULL && kh_assignment_list_find (*leads, from) >= 0)
    set_list (leads, replace_in_list (*leads, from, into, &moved));
  if (*cooperating != NULL && kh_assignment_list_find (*cooperating, from) >= 0)
    set_list (cooperating, replace_in_list (*cooperating, from, into, &moved));

  if (moved > 0 && *leads != NULL && *cooperating != NULL)
    {
      GPtrArray *kept = kh_assignment_list_new ();

      for (guint i = 0; i < (*cooperating)->len; i++)
        {
          KhAssignment *a = g_ptr_array_index (*cooperating, i);

          if (kh_assignment_list_find (*leads, a->unit) < 0)
            g_ptr_array_add (kept, kh_assignment_copy (a));
        }
      set_list (cooperating, kept);
    }
  return moved;
}

/* TRUE when @text is nothing but @unit's name or short name: the
 * heading of that unit's duties ("Sở Ngoại vụ:"). */
static gboolean
is_unit_heading (const char *text, KhUnit *unit)
{
  g_autofree char *trimmed = kh_text_squeeze (text);
  g_auto(GStrv) keys = NULL;
  const char *names[] = { kh_unit_get_name (unit), kh_unit_get_short_name (unit) };
  gsize length = strlen (trimmed);

  while (length > 0 && strchr (".:;,", trimmed[length - 1]) != NULL)
    trimmed[--length] = '\0';
  if (length == 0)
    return FALSE;
  keys = kh_unit_match_keys (trimmed);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(GStrv) unit_keys = NULL;

      if (names[i][0] == '\0')
        continue;
      unit_keys = kh_unit_match_keys (names[i]);
      for (guint k = 0; keys[k] != NULL; k++)
        if (g_strv_contains ((const char * const *) unit_keys, keys[k]))
          return TRUE;
    }
  return FALSE;
}

/* The node's assignments (and its appendix row's) moved to the
 * successors, a heading that is a replaced unit's name renamed; one
 * review item lists what was replaced. */
static void
replace_node_units (NextYear *ny, KhNode *node)
{
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  g_autoptr(GPtrArray) leads = kh_assignment_list_copy (kh_node_get_leads (node));
  g_autoptr(GPtrArray) cooperating = kh_assignment_list_copy (kh_node_get_cooperating (node));
  g_autoptr(KhAppendixRow) row_copy = row ? kh_appendix_row_copy (row) : NULL;
  g_autoptr(GString) replaced = g_string_new (NULL);
  guint total = 0, row_total = 0;

  for (guint i = 0; i < ny->swaps->len; i++)
    {
      Swap *swap = &g_array_index (ny->swaps, Swap, i);
      guint moved = replace_unit (&leads, &cooperating, swap->from, swap->into);
      gboolean heading = is_unit_heading (kh_node_get_title (node), swap->from);

      if (row_copy != NULL)
        row_total += replace_unit (&row_copy->leads, &row_copy->cooperating, swap->from, swap->into);
      if (heading)
        kh_node_set_title (node, kh_unit_get_name (swap->into));
      if (moved == 0 && !heading)
        continue;
      total += moved;
      if (replaced->len > 0)
        g_string_append (replaced, ", ");
      /* TRANSLATORS: an old unit's name and the one that replaced it */
      g_string_append_printf (replaced, _("“%s” → “%s”"),
                              kh_unit_get_name (swap->from), kh_unit_get_name (swap->into));
    }

  if (total > 0)
    {
      kh_node_set_leads (node, leads);
      kh_node_set_cooperating (node, cooperating);
      ny->summary->assignments_moved += total;
    }
  if (row_total > 0)
    kh_node_set_appendix_row (node, row_copy);
  if (replaced->len > 0)
    {
      g_autofree char *name = node_name (ny->plan, node);

      add_review (ny, KH_REVIEW_UNIT_REPLACED, node,
                  /* TRANSLATORS: %s: a task's number and title, then "“old” → “new”", … */
                  g_strdup_printf (_("%s: units replaced: %s"), name, replaced->str));
    }
}

/* Timelines and years -------------------------------------------------- */

/* @timeline moved (a new copy, or NULL when there is none), counted; sets
 * *@flagged when it needs a look. */
static KhTimeline *
move_timeline (NextYear         *ny,
               const KhTimeline *timeline,
               gboolean         *flagged)
{
  gboolean needs_review = FALSE;
  KhTimeline *moved;

  if (timeline == NULL)
    return NULL;
  moved = kh_timeline_shift (timeline, ny->years, ny->source_year, &needs_review);
  if (needs_review)
    {
      ny->summary->text_timelines_rewritten++;
      *flagged = TRUE;
    }
  else if (!kh_timeline_equal (timeline, moved))
    ny->summary->timelines_moved++;
  return moved;
}

static void
move_node_timelines (NextYear *ny, KhNode *node)
{
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  gboolean flagged = FALSE;
  g_autoptr(KhTimeline) moved = move_timeline (ny, kh_node_get_timeline (node), &flagged);

  if (moved != NULL)
    kh_node_set_timeline (node, moved);

  if (row != NULL && row->timeline != NULL)
    {
      g_autoptr(KhAppendixRow) copy = kh_appendix_row_copy (row);

      kh_timeline_free (copy->timeline);
      copy->timeline = move_timeline (ny, row->timeline, &flagged);
      kh_node_set_appendix_row (node, copy);
    }

  if (flagged)
    {
      g_autofree char *name = node_name (ny->plan, node);

      add_review (ny, KH_REVIEW_TEXT_TIMELINE, node,
                  /* TRANSLATORS: %s: a task's number and title */
                  g_strdup_printf (_("%s: the timeline is free text; check the year that was changed in it"), name));
    }
}

/* TRUE when one of @texts names @unit by its name or short name. */
static gboolean
texts_name_unit (GPtrArray *texts, KhUnit *unit)
{
  const char *short_name = kh_unit_get_short_name (unit);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (kh_text_fold_contains (text, kh_unit_get_name (unit))
          || (short_name[0] != '\0' && kh_text_fold_contains (text, short_name)))
        return TRUE;
    }
  return FALSE;
}

/* Free text is only pointed out, never rewritten: "năm 2018" in a body
 * may be history that must stay, a unit named in a sentence may be
 * its old name on purpose. */
static void
flag_leftovers (NextYear *ny, KhNode *node)
{
  const char * const *props = kh_node_text_properties ();
  const KhAppendixRow *row = kh_node_get_appendix_row (node);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) found = g_string_new (NULL);
  g_autofree char *name = NULL;

  for (guint i = 0; props[i] != NULL; i++)
    {
      char *value = NULL;

      g_object_get (node, props[i], &value, NULL);
      g_ptr_array_add (texts, value);
    }
  if (row != NULL && row->title != NULL)
    g_ptr_array_add (texts, g_strdup (row->title));

  for (guint i = 0; ny->years != 0 && i < texts->len && found->len == 0; i++)
    if (kh_text_has_year (g_ptr_array_index (texts, i), ny->source_year))
      g_string_append_printf (found, "%d", ny->source_year);
  for (guint i = 0; i < ny->swaps->len; i++)
    {
      KhUnit *from = g_array_index (ny->swaps, Swap, i).from;

      if (!texts_name_unit (texts, from))
        continue;
      if (found->len > 0)
        g_string_append (found, ", ");
      g_string_append_printf (found, "“%s”", kh_unit_get_name (from));
    }
  if (found->len == 0)
    return;

  name = node_name (ny->plan, node);
  add_review (ny, KH_REVIEW_LEFTOVER_YEAR, node,
              /* TRANSLATORS: first %s: a task's number and title; then last year
                 and/or the names of replaced units, comma-separated */
              g_strdup_printf (_("%s: the text still names %s"), name, found->str));
}

/* The plan's own texts: title and preamble get the new year, number, date
 * and signer are cleared, what else names the old year is pointed out. */
static void
update_metadata (NextYear *ny, int target_year)
{
  static const char * const cleared[] = { "number", "date", "signature-name" };
  static const char * const replaced[] = { "title", "preamble" };
  const char * const *props = kh_plan_text_properties ();
  const char * const *recipients = kh_plan_get_recipients (ny->plan);
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GList) extras = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (replaced); i++)
    {
      guint n = 0;
      g_autofree char *text = kh_text_replace_year (kh_plan_get_string (ny->plan, replaced[i]),
                                                    ny->source_year, target_year, &n);

      kh_plan_set_string (ny->plan, replaced[i], text);
      if (n > 0 && ny->years != 0 && g_str_equal (replaced[i], "preamble"))
        add_review (ny, KH_REVIEW_PREAMBLE, NULL,
                    /* TRANSLATORS: %d, %d: last year and the new one */
                    g_strdup_printf (_("Preamble: %d was changed to %d; check the documents it cites"),
                                     ny->source_year, target_year));
    }
  for (guint i = 0; i < G_N_ELEMENTS (cleared); i++)
    {
      ny->summary->cleared_number |= kh_plan_get_string (ny->plan, cleared[i])[0] != '\0';
      kh_plan_set_string (ny->plan, cleared[i], "");
    }

  if (ny->years == 0)
    return;
  for (guint i = 0; props[i] != NULL; i++)
    if (!g_strv_contains (replaced, props[i]) && !g_strv_contains (cleared, props[i])
        && kh_text_has_year (kh_plan_get_string (ny->plan, props[i]), ny->source_year))
      add_review (ny, KH_REVIEW_LEFTOVER_YEAR, NULL,
                  /* TRANSLATORS: %s: a member of the plan's details ("place"); %d: last year */
                  g_strdup_printf (_("Plan details: “%s” still names %d"), props[i], ny->source_year));
  for (guint i = 0; recipients[i] != NULL; i++)
    if (kh_text_has_year (recipients[i], ny->source_year))
      add_review (ny, KH_REVIEW_LEFTOVER_YEAR, NULL,
                  /* TRANSLATORS: %s: one line of the recipients (Nơi nhận); %d: last year */
                  g_strdup_printf (_("Recipients: “%s” still names %d"), recipients[i], ny->source_year));

  /* Members this build does not know are kept verbatim, never rewritten. */
  g_hash_table_iter_init (&iter, kh_plan_get_extras (ny->plan));
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (kh_text_has_year (value, ny->source_year))
      extras = g_list_insert_sorted (extras, key, (GCompareFunc) strcmp);
  for (GList *l = extras; l != NULL; l = l->next)
    add_review (ny, KH_REVIEW_LEFTOVER_YEAR, NULL,
                /* TRANSLATORS: %s: a member name of the file ("closing"); %d: last year */
                g_strdup_printf (_("The plan's member “%s”, kept as it was in the file, still names %d"),
                                 (const char *) l->data, ny->source_year));
}

KhPlan *
kh_next_year (KhPlan             *source,
              int                 target_year,
              GPtrArray          *replacements,
              KhNextYearSummary **summary_out)
{
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GArray) swaps = NULL;
  NextYear ny;
  KhPlan *plan;

  g_return_val_if_fail (KH_IS_PLAN (source), NULL);
  g_return_val_if_fail (target_year >= YEAR_MIN && target_year <= YEAR_MAX, NULL);
  g_return_val_if_fail (kh_plan_get_year (source) >= YEAR_MIN
                        && kh_plan_get_year (source) <= YEAR_MAX, NULL);

  summary = g_new0 (KhNextYearSummary, 1);
  summary->source_year = kh_plan_get_year (source);
  summary->target_year = target_year;
  summary->review = g_ptr_array_new_with_free_func ((GDestroyNotify) review_item_free);

  plan = kh_plan_copy (source);
  kh_plan_set_year (plan, target_year);
  swaps = resolve_swaps (plan, replacements);
  summary->units_replaced = swaps->len;

  ny.plan = plan;
  ny.source_year = summary->source_year;
  ny.years = target_year - summary->source_year;
  ny.swaps = swaps;
  ny.summary = summary;

  update_metadata (&ny, target_year);
  nodes = kh_plan_collect_nodes (plan);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);

      replace_node_units (&ny, node);
      move_node_timelines (&ny, node);
      flag_leftovers (&ny, node);
    }
  for (guint i = 0; i < swaps->len; i++)
    kh_plan_remove_unit (plan, g_array_index (swaps, Swap, i).from);

  if (summary_out != NULL)
    *summary_out = g_steal_pointer (&summary);
  return plan;
}

char *
kh_next_year_summary_format (const KhNextYearSummary *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

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
