/* test-next-year.c — next year's plan on both example plans: timelines
 * moved, summary counts checked against counts made from the source,
 * metadata, the shipped 2025 unit map applied, the review list, the
 * source untouched; the deep copy (kh_plan_copy).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-next-year.h"
#include "kh-plan-copy.h"
#include "kh-plan-io.h"
#include "kh-text.h"
#include "kh-unit-list-io.h"
#include "kh-unit-map.h"
#include "kh-unit-map-io.h"
#include "kh-unit-match.h"
#include "kh-test-plan.h"
#include "kh-test-util.h"

typedef struct {
  const char *file;
  /* The units the shipped map replaces, found by reading the names. */
  const char * const *replaced;
} Example;

static const char * const ha_tinh_replaced[] = {
  "u-stttt", "u-sngv", "u-skhdt", "u-btg", "u-bht", "u-dpth", "u-ubnd-huyen", NULL
};
static const char * const hue_replaced[] = {
  "u-btg", "u-stttt", "u-sngv", "u-skhdt", "u-btth", "u-dpth", "u-hq", "u-ubnd-huyen", NULL
};

static const Example examples[] = {
  { "ha-tinh-2018.kehoach", ha_tinh_replaced },
  { "thua-thien-hue-2018.kehoach", hue_replaced },
};

/* Helpers ---------------------------------------------------------------- */

static KhUnitMap *
load_shipped_map (gboolean with_directory)
{
  g_autofree char *path = kh_test_source_path ("data", "units", "reorganisation-2025.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KhUnitMap *map = kh_unit_map_load (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  if (with_directory)
    {
      g_autofree char *list_path = kh_test_source_path ("data", "units", "province.json", NULL);
      g_autoptr(GFile) list_file = g_file_new_for_path (list_path);
      g_autoptr(GPtrArray) units = kh_unit_list_load (list_file, &error);

      g_assert_no_error (error);
      kh_unit_map_add_directory (map, units);
    }
  return map;
}

static void
assert_same_bytes (GBytes *a, GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  g_assert_cmpmem (da, la, db, lb);
}

/* "Thường xuyên" and "Sau khi …" hold no number that next year moves. */
static gboolean
is_structured (const KhTimeline *t)
{
  return kh_timeline_check (t) == NULL
         && t->kind != KH_TIMELINE_EVENT && t->kind != KH_TIMELINE_TEXT
         && !(t->kind == KH_TIMELINE_PERIODIC && t->every_months == 0);
}

/* A run of four digits that reads as a year. */
static gboolean
names_a_year (const char *text)
{
  for (const char *p = text ? text : ""; *p; )
    {
      gsize run = strspn (p, "0123456789");

      if (run == 4)
        {
          int value = (int) g_ascii_strtoll (p, NULL, 10);
          if (value >= 1900 && value <= 2200)
            return TRUE;
        }
      p += run > 0 ? run : 1;
    }
  return FALSE;
}

static KhUnit *
find_unit_by_name (KhPlan *plan, const char *name)
{
  GListModel *units = kh_plan_get_units (plan);
  KhUnit *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (kh_unit_get_name (unit), name))
        {
          g_assert_null (found);  /* once */
          found = unit;           /* the plan keeps it */
        }
    }
  return found;
}

static gboolean
in_list (const char * const *ids, const char *id)
{
  return g_strv_contains (ids, id);
}

static guint
count_review (KhNextYearSummary *summary, KhReviewKind kind, const char *node_id)
{
  guint n = 0;

  for (guint i = 0; i < summary->review->len; i++)
    {
      KhReviewItem *item = g_ptr_array_index (summary->review, i);

      if (item->kind == kind && g_strcmp0 (item->node_id, node_id) == 0)
        n++;
    }
  return n;
}

static guint
count_review_kind (KhNextYearSummary *summary, KhReviewKind kind)
{
  guint n = 0;

  for (guint i = 0; i < summary->review->len; i++)
    n += ((KhReviewItem *) g_ptr_array_index (summary->review, i))->kind == kind;
  return n;
}

/* An example moved by @years, with the shipped map or without. */
typedef struct {
  KhPlan            *source;
  KhPlan            *next;
  KhNextYearSummary *summary;
  GPtrArray         *nodes;  /* the source's, in tree order */
  int                year;   /* the source's */
} Made;

static void
made_free (Made *m)
{
  g_ptr_array_unref (m->nodes);
  kh_next_year_summary_free (m->summary);
  g_object_unref (m->next);
  g_object_unref (m->source);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Made, made_free)

static Made *
made (const Example *example, int years, gboolean with_map)
{
  Made *m = g_new0 (Made, 1);
  g_autoptr(KhUnitMap) map = with_map ? load_shipped_map (TRUE) : NULL;
  g_autoptr(GPtrArray) proposals = NULL;

  m->source = kh_test_load_example (example->file);
  m->year = kh_plan_get_year (m->source);
  m->nodes = kh_plan_collect_nodes (m->source);
  if (map != NULL)
    proposals = kh_unit_map_propose (map, m->source);
  m->next = kh_next_year (m->source, m->year + years, proposals, &m->summary);
  return m;
}

/* Timelines ------------------------------------------------------------ */

typedef struct {
  guint moved;     /* structured with a year */
  guint rewritten; /* text naming a year */
  gboolean flag;   /* this node's timelines need review */
} Expected;

static void
check_timeline (const KhTimeline *before,
                const KhTimeline *after,
                int               source_year,
                int               years,
                Expected         *expected)
{
  if (before == NULL)
    {
      g_assert_null (after);
      return;
    }
  g_assert_nonnull (after);
  g_assert_cmpint (after->kind, ==, before->kind);

  if (is_structured (before))
    {
      g_assert_cmpint (after->year, ==, before->year ? before->year + years : 0);
      g_assert_cmpint (after->year_end, ==, before->year_end ? before->year_end + years : 0);
      g_assert_cmpint (after->half, ==, before->half);
      g_assert_cmpint (after->quarter, ==, before->quarter);
      g_assert_cmpint (after->quarter_end, ==, before->quarter_end);
      g_assert_cmpint (after->month, ==, before->month);
      g_assert_cmpint (after->day, ==, before->day);
      g_assert_cmpint (after->every_months, ==, before->every_months);
      g_assert_cmpint (after->mode, ==, before->mode);
      if (before->year != 0)
        {
          expected->moved++;
          /* The phrase follows the numbers. */
          if (after->text != NULL && after->text[0] != '\0')
            {
              g_assert_true (kh_text_has_year (after->text, after->year));
              g_assert_false (kh_text_has_year (after->text, source_year));
            }
        }
      else
        g_assert_cmpstr (after->text, ==, before->text);
      return;
    }

  /* Text: the plan's year replaced where it stands, flagged when it
   * names any year. */
  g_assert_false (kh_text_has_year (after->text, source_year));
  if (kh_text_has_year (before->text, source_year))
    g_assert_true (kh_text_has_year (after->text, source_year + years));
  if (names_a_year (before->text))
    {
      expected->rewritten++;
      expected->flag = TRUE;
    }
  else
    g_assert_cmpstr (after->text, ==, before->text);
}

static void
test_timelines_moved (gconstpointer data, int years)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, years, FALSE);
  guint moved = 0, rewritten = 0, flagged_nodes = 0;

  g_assert_cmpint (kh_plan_get_year (m->next), ==, m->year + years);
  g_assert_cmpuint (kh_plan_count_nodes (m->next), ==, m->nodes->len);

  for (guint i = 0; i < m->nodes->len; i++)
    {
      KhNode *before = g_ptr_array_index (m->nodes, i);
      KhNode *after = kh_plan_lookup_node (m->next, kh_node_get_id (before));
      const KhAppendixRow *row_before = kh_node_get_appendix_row (before);
      const KhAppendixRow *row_after = kh_node_get_appendix_row (after);
      Expected expected = { 0, 0, FALSE };

      g_assert_nonnull (after);
      check_timeline (kh_node_get_timeline (before), kh_node_get_timeline (after),
                      m->year, years, &expected);
      g_assert_true ((row_before == NULL) == (row_after == NULL));
      if (row_before != NULL)
        check_timeline (row_before->timeline, row_after->timeline, m->year, years, &expected);

      moved += expected.moved;
      rewritten += expected.rewritten;
      flagged_nodes += expected.flag;
      g_assert_cmpuint (count_review (m->summary, KH_REVIEW_TEXT_TIMELINE, kh_node_get_id (before)),
                        ==, expected.flag ? 1 : 0);
    }

  g_test_message ("%s +%d: %u moved, %u text rewritten", example->file, years, moved, rewritten);
  g_assert_cmpuint (moved, >, 0);
  g_assert_cmpuint (m->summary->timelines_moved, ==, moved);
  g_assert_cmpuint (m->summary->text_timelines_rewritten, ==, rewritten);
  g_assert_cmpuint (count_review_kind (m->summary, KH_REVIEW_TEXT_TIMELINE), ==, flagged_nodes);
}

static void
test_timelines_moved_by_one (gconstpointer data)
{
  test_timelines_moved (data, 1);
}

static void
test_timelines_moved_by_nine (gconstpointer data)
{
  test_timelines_moved (data, 9);
}

/* Metadata --------------------------------------------------------------- */

static void
test_metadata (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, 1, FALSE);
  const char *preamble = kh_plan_get_string (m->source, "preamble");

  g_assert_true (kh_text_has_year (kh_plan_get_title (m->source), m->year));
  g_assert_true (kh_text_has_year (kh_plan_get_title (m->next), m->year + 1));
  g_assert_false (kh_text_has_year (kh_plan_get_title (m->next), m->year));
  g_assert_false (kh_text_has_year (kh_plan_get_string (m->next, "preamble"), m->year));
  if (kh_text_has_year (preamble, m->year))
    {
      g_assert_true (kh_text_has_year (kh_plan_get_string (m->next, "preamble"), m->year + 1));
      g_assert_cmpuint (count_review (m->summary, KH_REVIEW_PREAMBLE, NULL), ==, 1);
    }

  g_assert_true (m->summary->cleared_number
                 == (kh_plan_get_number (m->source)[0] || kh_plan_get_date (m->source)[0]
                     || kh_plan_get_string (m->source, "signature-name")[0]));
  g_assert_cmpstr (kh_plan_get_number (m->next), ==, "");
  g_assert_cmpstr (kh_plan_get_date (m->next), ==, "");
  g_assert_cmpstr (kh_plan_get_string (m->next, "signature-name"), ==, "");
  /* The office signs again: only the person changes. */
  g_assert_cmpstr (kh_plan_get_string (m->next, "signature-title"), ==,
                   kh_plan_get_string (m->source, "signature-title"));
  g_assert_cmpstr (kh_plan_get_string (m->next, "issuer-name"), ==,
                   kh_plan_get_string (m->source, "issuer-name"));
  g_assert_cmpint (kh_plan_get_language (m->next), ==, kh_plan_get_language (m->source));
  g_assert_true (g_strv_equal (kh_plan_get_recipients (m->next), kh_plan_get_recipients (m->source)));
  g_assert_true (g_strv_equal (kh_plan_get_appendix_order (m->next), kh_plan_get_appendix_order (m->source)));
}

/* The review list ------------------------------------------------------- */

static gboolean
node_names_year (KhNode *node, int year)
{
  const char * const *props = kh_node_text_properties ();
  const KhAppendixRow *row = kh_node_get_appendix_row (node);

  for (guint i = 0; props[i] != NULL; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (node, props[i], &value, NULL);
      if (kh_text_has_year (value, year))
        return TRUE;
    }
  return row != NULL && kh_text_has_year (row->title, year);
}

/* The source unit of @ids that a text of @node (in the new plan) still names. */
static gboolean
node_names_old_unit (KhNode *node, KhPlan *source, const char * const *ids)
{
  const char * const *props = kh_node_text_properties ();
  const KhAppendixRow *row = kh_node_get_appendix_row (node);

  for (guint u = 0; ids[u] != NULL; u++)
    {
      KhUnit *unit = kh_plan_lookup_unit (source, ids[u]);
      const char *names[] = { kh_unit_get_name (unit), kh_unit_get_short_name (unit) };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          if (names[n][0] == '\0')
            continue;
          if (row != NULL && kh_text_fold_contains (row->title, names[n]))
            return TRUE;
          for (guint i = 0; props[i] != NULL; i++)
            {
              g_autofree char *value = NULL;

              g_object_get (node, props[i], &value, NULL);
              if (kh_text_fold_contains (value, names[n]))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static void
test_review (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, 1, TRUE);
  g_autofree char *text = kh_next_year_summary_format (m->summary);
  guint leftover = 0, plan_leftover = 0;
  int last_position = -1;

  for (guint i = 0; i < m->nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (m->nodes, i);
      KhNode *after = kh_plan_lookup_node (m->next, kh_node_get_id (node));
      gboolean names = node_names_year (node, m->year)
                       || node_names_old_unit (after, m->source, example->replaced);

      leftover += names;
      g_assert_cmpuint (count_review (m->summary, KH_REVIEW_LEFTOVER_YEAR, kh_node_get_id (node)),
                        ==, names ? 1 : 0);
    }
  g_assert_cmpuint (leftover, >, 0);

  /* The plan's own first, then the nodes in tree order. */
  for (guint i = 0; i < m->summary->review->len; i++)
    {
      KhReviewItem *item = g_ptr_array_index (m->summary->review, i);
      int position = -1;

      g_assert_nonnull (item->message);
      g_assert_nonnull (strstr (text, item->message));
      if (item->node_id == NULL)
        {
          g_assert_cmpint (last_position, ==, -1);
          plan_leftover += item->kind == KH_REVIEW_LEFTOVER_YEAR;
          continue;
        }
      for (guint j = 0; j < m->nodes->len; j++)
        if (g_str_equal (kh_node_get_id (g_ptr_array_index (m->nodes, j)), item->node_id))
          position = (int) j;
      g_assert_cmpint (position, >=, last_position);
      last_position = position;
      g_assert_nonnull (kh_plan_lookup_node (m->next, item->node_id));
    }

  /* The example's closing paragraph is a member this build keeps verbatim. */
  g_assert_cmpuint (plan_leftover, >, 0);
  g_assert_cmpuint (count_review_kind (m->summary, KH_REVIEW_LEFTOVER_YEAR), ==, leftover + plan_leftover);
}

/* Units ------------------------------------------------------------------ */

static void
test_units_proposed (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(KhPlan) source = kh_test_load_example (example->file);
  g_autoptr(KhUnitMap) map = load_shipped_map (FALSE);
  g_autoptr(GPtrArray) proposals = kh_unit_map_propose (map, source);
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < proposals->len; i++)
    {
      KhUnitReplacement *r = g_ptr_array_index (proposals, i);

      g_test_message ("%s → %s", r->from_id, r->to_name);
      g_assert_true (in_list (example->replaced, r->from_id));
      g_assert_null (r->successor);
      g_strv_builder_add (builder, r->from_id);
    }
  ids = g_strv_builder_end (builder);
  g_assert_cmpuint (g_strv_length (ids), ==, g_strv_length ((GStrv) example->replaced));
}

static void
test_units_applied (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, 1, TRUE);
  g_autoptr(KhUnitMap) map = load_shipped_map (FALSE);
  g_autoptr(GPtrArray) left = kh_unit_map_propose (map, m->next);
  KhUnit *skhcn = find_unit_by_name (m->next, "Sở Khoa học và Công nghệ");
  guint moved = 0, stttt_tasks = 0, replaced_nodes = 0, headings = 0;

  g_assert_cmpuint (m->summary->units_replaced, ==, g_strv_length ((GStrv) example->replaced));
  for (guint i = 0; example->replaced[i] != NULL; i++)
    g_assert_null (kh_plan_lookup_unit (m->next, example->replaced[i]));
  /* Nothing of the old organisation is left to replace. */
  g_assert_cmpuint (left->len, ==, 0);

  g_assert_nonnull (skhcn);
  /* Taken from the default unit list: its id, short name and group. */
  g_assert_cmpstr (kh_unit_get_id (skhcn), ==, "u-skhcn");
  g_assert_cmpstr (kh_unit_get_short_name (skhcn), ==, "Sở KH&CN");
  g_assert_cmpstr (kh_unit_get_group (skhcn), ==, "Sở, ban, ngành");

  for (guint i = 0; i < m->nodes->len; i++)
    {
      KhNode *before = g_ptr_array_index (m->nodes, i);
      KhNode *after = kh_plan_lookup_node (m->next, kh_node_get_id (before));
      GPtrArray *lists[] = { kh_node_get_leads (before), kh_node_get_cooperating (before) };
      GPtrArray *leads = kh_node_get_leads (after);
      GPtrArray *cooperating = kh_node_get_cooperating (after);
      g_autoptr(GHashTable) replaced_here = g_hash_table_new (g_str_hash, g_str_equal);
      KhUnit *stttt = kh_plan_lookup_unit (m->source, "u-stttt");

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint j = 0; j < lists[l]->len; j++)
          {
            KhAssignment *a = g_ptr_array_index (lists[l], j);

            if (in_list (example->replaced, kh_unit_get_id (a->unit)))
              {
                moved++;
                g_hash_table_add (replaced_here, (gpointer) kh_unit_get_id (a->unit));
              }
          }
      /* The heading of a replaced unit's duties takes the new name. */
      for (guint u = 0; example->replaced[u] != NULL; u++)
        {
          KhUnit *old = kh_plan_lookup_unit (m->source, example->replaced[u]);
          g_autofree char *title = g_strdup (kh_node_get_title (before));
          g_autofree char *title_key = kh_unit_match_key (g_strchomp (g_strdelimit (title, ".:", ' ')));
          g_autofree char *name_key = kh_unit_match_key (kh_unit_get_name (old));

          if (g_str_equal (title_key, name_key))
            {
              g_test_message ("heading “%s” → “%s”", title, kh_node_get_title (after));
              g_assert_cmpstr (kh_node_get_title (after), !=, kh_node_get_title (before));
              g_hash_table_add (replaced_here, (gpointer) "heading");
              headings++;
            }
        }
      replaced_nodes += g_hash_table_size (replaced_here) > 0;
      g_assert_cmpuint (count_review (m->summary, KH_REVIEW_UNIT_REPLACED, kh_node_get_id (before)),
                        ==, g_hash_table_size (replaced_here) > 0 ? 1 : 0);
      if (g_str_equal (kh_node_get_title (before), "Sở Thông tin và Truyền thông"))
        g_assert_cmpstr (kh_node_get_title (after), ==, "Sở Khoa học và Công nghệ");

      /* Sở TT&TT's tasks are Sở KH&CN's, in the same role (a lead wins). */
      if (kh_node_get_role (before, stttt) == KH_ROLE_LEAD)
        g_assert_cmpint (kh_node_get_role (after, skhcn), ==, KH_ROLE_LEAD);
      else if (kh_node_get_role (before, stttt) == KH_ROLE_COOPERATE)
        g_assert_cmpint (kh_node_get_role (after, skhcn), !=, KH_ROLE_NONE);
      else
        g_assert_cmpint (kh_node_get_role (after, skhcn), ==, KH_ROLE_NONE);
      stttt_tasks += kh_node_get_role (before, stttt) != KH_ROLE_NONE;

      /* Every unit once, never both leading and cooperating, all in the plan. */
      for (guint j = 0; j < leads->len; j++)
        {
          KhAssignment *a = g_ptr_array_index (leads, j);

          g_assert_cmpint (kh_assignment_list_find (leads, a->unit), ==, (int) j);
          g_assert_cmpint (kh_assignment_list_find (cooperating, a->unit), <, 0);
          g_assert_true (kh_plan_lookup_unit (m->next, kh_unit_get_id (a->unit)) == a->unit);
        }
      for (guint j = 0; j < cooperating->len; j++)
        {
          KhAssignment *a = g_ptr_array_index (cooperating, j);

          g_assert_cmpint (kh_assignment_list_find (cooperating, a->unit), ==, (int) j);
          g_assert_true (kh_plan_lookup_unit (m->next, kh_unit_get_id (a->unit)) == a->unit);
        }
    }

  g_test_message ("%s: %u tasks of Sở TT&TT, %u assignments moved", example->file, stttt_tasks, moved);
  g_assert_cmpuint (stttt_tasks, >, 0);
  g_assert_cmpuint (m->summary->assignments_moved, ==, moved);
  g_assert_cmpuint (count_review_kind (m->summary, KH_REVIEW_UNIT_REPLACED), ==, replaced_nodes);
  /* "Sở Thông tin và Truyền thông", "Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư",
   * in Huế also "Ủy ban nhân dân các huyện, thị xã và thành phố Huế". */
  g_assert_cmpuint (headings, ==, g_str_has_prefix (example->file, "ha-tinh") ? 3 : 4);
}

static void
test_units_none (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, 1, FALSE);

  g_assert_cmpuint (m->summary->units_replaced, ==, 0);
  g_assert_cmpuint (m->summary->assignments_moved, ==, 0);
  g_assert_cmpuint (count_review_kind (m->summary, KH_REVIEW_UNIT_REPLACED), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (m->next)), ==,
                    g_list_model_get_n_items (kh_plan_get_units (m->source)));
}

/* Built plans for the cases the examples do not have. */
static KhPlan *
plan_with_units (const char * const *names)
{
  KhPlan *plan = kh_plan_new ();

  kh_plan_set_year (plan, 2024);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("u-%u", i);
      g_autoptr(KhUnit) unit = kh_unit_new (id, names[i], NULL, "Nhóm");

      g_assert_true (kh_plan_insert_unit (plan, i, unit));
    }
  return plan;
}

static KhNode *
add_task (KhPlan *plan, const char *id, const char * const *leads, const char * const *scopes,
          const char * const *cooperating)
{
  g_autoptr(KhNode) node = kh_node_new (id, KH_NODE_ITEM, "Nhiệm vụ");
  g_autoptr(GPtrArray) lead_list = kh_assignment_list_new ();
  g_autoptr(GPtrArray) coop_list = kh_assignment_list_new ();

  for (guint i = 0; leads && leads[i]; i++)
    g_ptr_array_add (lead_list, kh_assignment_new (kh_plan_lookup_unit (plan, leads[i]),
                                                   scopes ? scopes[i] : NULL));
  for (guint i = 0; cooperating && cooperating[i]; i++)
    g_ptr_array_add (coop_list, kh_assignment_new (kh_plan_lookup_unit (plan, cooperating[i]), NULL));
  kh_node_set_leads (node, lead_list);
  kh_node_set_cooperating (node, coop_list);
  g_assert_true (kh_plan_insert_node (plan, NULL, G_MAXUINT, node));
  return node;
}

static GPtrArray *
replacements (const char *first_from, ...)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_unit_replacement_free);
  va_list args;

  va_start (args, first_from);
  for (const char *from = first_from; from != NULL; from = va_arg (args, const char *))
    g_ptr_array_add (out, kh_unit_replacement_new (from, va_arg (args, const char *)));
  va_end (args);
  return out;
}

static void
test_units_merge (void)
{
  static const char * const names[] = { "Báo Hà Tĩnh", "Đài Phát thanh và Truyền hình tỉnh",
                                        "Sở Ngoại vụ", NULL };
  static const char * const both[] = { "u-0", "u-1", NULL };
  static const char * const scopes[] = { "báo in", "phát sóng", NULL };
  static const char * const snv[] = { "u-2", NULL };
  g_autoptr(KhPlan) plan = plan_with_units (names);
  g_autoptr(GPtrArray) swaps = replacements ("u-0", "Báo và Phát thanh, Truyền hình tỉnh",
                                             "u-1", "Báo và Phát thanh, Truyền hình tỉnh", NULL);
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(KhPlan) next = NULL;
  KhNode *task;
  KhAssignment *lead;

  add_task (plan, "n-1", both, scopes, snv);
  add_task (plan, "n-2", snv, NULL, both);
  next = kh_next_year (plan, 2025, swaps, &summary);

  g_assert_cmpuint (summary->units_replaced, ==, 2);
  g_assert_cmpuint (summary->assignments_moved, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (next)), ==, 2);

  /* Two leads that became one keep both scopes. */
  task = kh_plan_lookup_node (next, "n-1");
  g_assert_cmpuint (kh_node_get_leads (task)->len, ==, 1);
  lead = g_ptr_array_index (kh_node_get_leads (task), 0);
  g_assert_cmpstr (kh_unit_get_name (lead->unit), ==, "Báo và Phát thanh, Truyền hình tỉnh");
  g_assert_cmpstr (lead->scope, ==, "báo in; phát sóng");
  g_assert_cmpuint (kh_node_get_cooperating (task)->len, ==, 1);

  task = kh_plan_lookup_node (next, "n-2");
  g_assert_cmpuint (kh_node_get_cooperating (task)->len, ==, 1);
  g_assert_cmpuint (count_review (summary, KH_REVIEW_UNIT_REPLACED, "n-2"), ==, 1);
}

static void
test_units_lead_wins (void)
{
  static const char * const names[] = { "Sở Kế hoạch và Đầu tư", "Sở Tài chính", NULL };
  static const char * const skhdt[] = { "u-0", NULL };
  static const char * const stc[] = { "u-1", NULL };
  g_autoptr(KhPlan) plan = plan_with_units (names);
  /* Matched to the plan's own unit whatever the spelling. */
  g_autoptr(GPtrArray) swaps = replacements ("u-0", "so tai chinh", NULL);
  g_autoptr(KhPlan) next = NULL;
  KhNode *task;

  add_task (plan, "n-1", stc, NULL, skhdt);
  add_task (plan, "n-2", skhdt, NULL, stc);
  next = kh_next_year (plan, 2025, swaps, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (kh_plan_get_units (next)), ==, 1);
  for (guint i = 0; i < 2; i++)
    {
      task = kh_plan_lookup_node (next, i == 0 ? "n-1" : "n-2");
      g_assert_cmpuint (kh_node_get_leads (task)->len, ==, 1);
      g_assert_cmpuint (kh_node_get_cooperating (task)->len, ==, 0);
      g_assert_cmpint (kh_node_get_role (task, kh_plan_lookup_unit (next, "u-1")), ==, KH_ROLE_LEAD);
    }
}

static void
test_units_chain_and_skips (void)
{
  static const char * const names[] = { "Đơn vị A", "Đơn vị B", "Đơn vị C", "Đơn vị D", NULL };
  static const char * const a[] = { "u-0", NULL };
  static const char * const b[] = { "u-1", NULL };
  static const char * const d[] = { "u-3", NULL };
  g_autoptr(KhPlan) plan = plan_with_units (names);
  /* B → C listed after A → B: A still ends at C.  D → itself, an
   * unknown id, an empty name and a second replacement of A are skipped. */
  g_autoptr(GPtrArray) swaps = replacements ("u-0", "Đơn vị B", "u-1", "Đơn vị C",
                                             "u-3", "đơn vị d", "u-x", "Đơn vị E",
                                             "u-2", " ", "u-0", "Đơn vị E", NULL);
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(KhPlan) next = NULL;
  GListModel *units;

  add_task (plan, "n-1", a, NULL, d);
  add_task (plan, "n-2", b, NULL, NULL);
  next = kh_next_year (plan, 2025, swaps, &summary);

  g_assert_cmpuint (summary->units_replaced, ==, 2);
  units = kh_plan_get_units (next);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 2);
  g_assert_nonnull (kh_plan_lookup_unit (next, "u-2"));
  g_assert_nonnull (kh_plan_lookup_unit (next, "u-3"));
  g_assert_cmpint (kh_node_get_role (kh_plan_lookup_node (next, "n-1"),
                                     kh_plan_lookup_unit (next, "u-2")), ==, KH_ROLE_LEAD);
  g_assert_cmpint (kh_node_get_role (kh_plan_lookup_node (next, "n-2"),
                                     kh_plan_lookup_unit (next, "u-2")), ==, KH_ROLE_LEAD);
}

static void
test_units_appendix_row (void)
{
  static const char * const names[] = { "Sở Thông tin và Truyền thông", "Công an tỉnh", NULL };
  static const char * const ca[] = { "u-1", NULL };
  g_autoptr(KhPlan) plan = plan_with_units (names);
  g_autoptr(GPtrArray) swaps = replacements ("u-0", "Sở Văn hóa, Thể thao và Du lịch", NULL);
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(KhPlan) next = NULL;
  KhNode *task = add_task (plan, "n-1", ca, NULL, NULL);
  const KhAppendixRow *moved;
  KhUnit *svh;

  row->leads = kh_assignment_list_new ();
  g_ptr_array_add (row->leads, kh_assignment_new (kh_plan_lookup_unit (plan, "u-0"), NULL));
  kh_node_set_appendix_row (task, row);
  next = kh_next_year (plan, 2025, swaps, NULL);

  svh = find_unit_by_name (next, "Sở Văn hóa, Thể thao và Du lịch");
  g_assert_nonnull (svh);
  /* A new unit without a directory: in the replaced unit's group and place. */
  g_assert_cmpstr (kh_unit_get_group (svh), ==, "Nhóm");
  g_assert_cmpuint (kh_plan_get_unit_position (next, svh), ==, 0);
  moved = kh_node_get_appendix_row (kh_plan_lookup_node (next, "n-1"));
  g_assert_nonnull (moved->leads);
  g_assert_null (moved->cooperating);
  g_assert_true (((KhAssignment *) g_ptr_array_index (moved->leads, 0))->unit == svh);
}

/* The source and the copy ----------------------------------------------- */

static void
test_source_untouched (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(KhPlan) fresh = kh_test_load_example (example->file);
  g_autoptr(Made) m = made (example, 1, TRUE);
  g_autoptr(GBytes) before = kh_plan_to_bytes (fresh);
  g_autoptr(GBytes) after = kh_plan_to_bytes (m->source);
  g_autofree char *dump_before = kh_test_plan_dump (fresh);
  g_autofree char *dump_after = kh_test_plan_dump (m->source);
  g_autoptr(GBytes) next_bytes = kh_plan_to_bytes (m->next);
  g_autoptr(GError) error = NULL;
  g_autoptr(KhPlan) reloaded = kh_plan_load_bytes (next_bytes, &error);

  assert_same_bytes (before, after);
  g_assert_cmpstr (dump_before, ==, dump_after);
  /* The new plan is a plan that loads. */
  g_assert_no_error (error);
  g_assert_cmpint (kh_plan_get_year (reloaded), ==, m->year + 1);
}

static void
test_copy_same_bytes (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(KhPlan) source = example ? kh_test_load_example (example->file) : kh_test_plan_new ();
  g_autoptr(KhPlan) copy = kh_plan_copy (source);
  g_autoptr(GBytes) a = kh_plan_to_bytes (source);
  g_autoptr(GBytes) b = kh_plan_to_bytes (copy);
  g_autofree char *dump_a = kh_test_plan_dump (source);
  g_autofree char *dump_b = kh_test_plan_dump (copy);

  assert_same_bytes (a, b);
  g_assert_cmpstr (dump_a, ==, dump_b);
}

static void
test_copy_independent (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(KhPlan) source = kh_test_load_example (example->file);
  g_autoptr(GBytes) before = kh_plan_to_bytes (source);
  g_autoptr(KhPlan) copy = kh_plan_copy (source);
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (copy);
  g_autoptr(KhUnit) first = g_list_model_get_item (kh_plan_get_units (copy), 0);
  g_autoptr(GPtrArray) empty = kh_assignment_list_new ();
  g_autoptr(GBytes) after = NULL;
  static const char * const recipients[] = { "Lưu: VT", NULL };

  kh_plan_set_string (copy, "title", "Khác");
  kh_plan_set_year (copy, 2030);
  kh_plan_set_recipients (copy, recipients);
  g_hash_table_insert (kh_plan_get_extras (copy), g_strdup ("closing"), g_strdup ("\"\""));
  kh_unit_set_name (first, "Đơn vị khác");
  g_hash_table_insert (kh_unit_get_extras (first), g_strdup ("x"), g_strdup ("1"));
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      const KhAppendixRow *row = kh_node_get_appendix_row (node);

      kh_node_set_title (node, "Đổi");
      kh_node_set_leads (node, empty);
      kh_node_set_timeline (node, NULL);
      g_hash_table_insert (kh_node_get_extras (node), g_strdup ("x"), g_strdup ("1"));
      if (row != NULL && row->leads != NULL && row->leads->len > 0)
        /* The row's units are the copy's, not the source's. */
        g_assert_true (kh_plan_lookup_unit (copy, kh_unit_get_id (((KhAssignment *) g_ptr_array_index (row->leads, 0))->unit))
                       == ((KhAssignment *) g_ptr_array_index (row->leads, 0))->unit);
    }
  kh_plan_remove_node (copy, g_ptr_array_index (nodes, 0));

  after = kh_plan_to_bytes (source);
  assert_same_bytes (before, after);
}

/* The same year: a copy with the reorganisation applied, nothing to review
 * about years. */
static void
test_same_year (gconstpointer data)
{
  const Example *example = data;
  g_autoptr(Made) m = made (example, 0, FALSE);

  g_assert_cmpuint (m->summary->timelines_moved, ==, 0);
  g_assert_cmpuint (m->summary->text_timelines_rewritten, ==, 0);
  g_assert_cmpuint (m->summary->review->len, ==, 0);
  g_assert_cmpstr (kh_plan_get_title (m->next), ==, kh_plan_get_title (m->source));
  g_assert_cmpstr (kh_plan_get_string (m->next, "preamble"), ==, kh_plan_get_string (m->source, "preamble"));
}

static void
test_summary_format (void)
{
  g_autoptr(KhPlan) source = kh_test_plan_new ();
  g_autoptr(KhNextYearSummary) summary = NULL;
  g_autoptr(KhPlan) next = kh_next_year (source, 2019, NULL, &summary);
  g_autofree char *text = kh_next_year_summary_format (summary);
  g_autofree char *counts = g_strdup_printf ("%u timelines moved by whole years.\n",
                                             summary->timelines_moved);

  g_assert_true (g_str_has_prefix (text, "Plan for 2019 made from the plan for 2018.\n"));
  g_assert_nonnull (strstr (text, counts));
  g_assert_nonnull (strstr (text, "0 units replaced, 0 assignments moved.\n"));
  g_assert_nonnull (strstr (text, "Number, date and signer were cleared.\n"));
  g_assert_true (g_str_has_suffix (text, "\n"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      const char *name = examples[i].file;
      struct { const char *path; GTestDataFunc func; } cases[] = {
        { "/next-year/timelines/moved-by-one", test_timelines_moved_by_one },
        { "/next-year/timelines/moved-by-nine", test_timelines_moved_by_nine },
        { "/next-year/metadata", test_metadata },
        { "/next-year/same-year", test_same_year },
        { "/next-year/review", test_review },
        { "/next-year/units/proposed", test_units_proposed },
        { "/next-year/units/applied", test_units_applied },
        { "/next-year/units/none", test_units_none },
        { "/next-year/source-untouched", test_source_untouched },
        { "/plan-copy/same-bytes", test_copy_same_bytes },
        { "/plan-copy/independent", test_copy_independent },
      };

      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        {
          g_autofree char *path = g_strdup_printf ("%s/%.*s", cases[j].path,
                                                   (int) (strchr (name, '.') - name), name);
          g_test_add_data_func (path, &examples[i], cases[j].func);
        }
    }
  g_test_add_data_func ("/plan-copy/same-bytes/built", NULL, test_copy_same_bytes);
  g_test_add_func ("/next-year/units/merge-into-one", test_units_merge);
  g_test_add_func ("/next-year/units/lead-wins", test_units_lead_wins);
  g_test_add_func ("/next-year/units/chain-and-skips", test_units_chain_and_skips);
  g_test_add_func ("/next-year/units/appendix-row", test_units_appendix_row);
  g_test_add_func ("/next-year/summary/format", test_summary_format);

  return g_test_run ();
}
