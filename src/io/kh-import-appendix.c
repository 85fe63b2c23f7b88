/* kh-import-appendix.c — the appendix table (tab-separated rows after a
 * "DANH MỤC" / "PHỤ LỤC" heading), matched to the tasks it names.
 *
 * The table shortens and rewords titles ("Tuyên truyền hoạt động xúc tiến
 * thương mại" becomes "Tổ chức các hoạt động xúc tiến thương mại"), and
 * may name a lead's scope rather than the task.  A row goes to the task
 * whose title or scope shares the most of its words, rare words counting
 * more; what the row says differently becomes the task's appendix row.
 * Rows that match no task are kept as tasks of an appendix section.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

typedef enum {
  COL_NUMBER,
  COL_TITLE,
  COL_LEAD,
  COL_COOPERATE,
  COL_TIMELINE,
  COL_PRODUCTS,
  COL_BUDGET,
  COL_NOTES,
  N_COLUMNS
} Column;

typedef struct {
  guint  line;
  GStrv  cells;
  KhNode *node;   /* the task it names */
} Row;

struct _KhImportAppendix {
  GArray   *rows;                /* of Row */
  int       columns[N_COLUMNS];  /* cell index, -1 when the table has none */
  gboolean  columns_known;
  GString  *text;                /* its other text */
  guint     text_line;
};

static void
row_clear (gpointer data)
{
  g_strfreev (((Row *) data)->cells);
}

static KhImportAppendix *
appendix_of (KhImportContext *ctx)
{
  if (ctx->appendix == NULL)
    {
      ctx->appendix = g_new0 (KhImportAppendix, 1);
      ctx->appendix->rows = g_array_new (FALSE, TRUE, sizeof (Row));
      g_array_set_clear_func (ctx->appendix->rows, row_clear);
      ctx->appendix->text = g_string_new (NULL);
    }
  return ctx->appendix;
}

void
kh_import_appendix_free (KhImportAppendix *appendix)
{
  if (appendix == NULL)
    return;
  g_array_unref (appendix->rows);
  g_string_free (appendix->text, TRUE);
  g_free (appendix);
}

/* Columns ------------------------------------------------------------------ */

static Column
column_of (const char *cell)
{
  g_autofree char *folded = kh_text_fold (cell);

  if (g_str_equal (folded, "stt") || g_str_equal (folded, "tt") || g_str_equal (folded, "so tt"))
    return COL_NUMBER;
  if (strstr (folded, "chu tri"))
    return COL_LEAD;
  if (strstr (folded, "phoi hop"))
    return COL_COOPERATE;
  if (strstr (folded, "thoi gian") || strstr (folded, "tien do") || strstr (folded, "thoi han"))
    return COL_TIMELINE;
  if (strstr (folded, "san pham") || strstr (folded, "ket qua"))
    return COL_PRODUCTS;
  if (strstr (folded, "kinh phi"))
    return COL_BUDGET;
  if (strstr (folded, "ghi chu"))
    return COL_NOTES;
  if (strstr (folded, "nhiem vu") || strstr (folded, "noi dung") || strstr (folded, "ten ")
      || strstr (folded, "de an") || strstr (folded, "hoat dong"))
    return COL_TITLE;
  return N_COLUMNS;
}

/* A header row: most of its cells name a column. */
static gboolean
read_header (KhImportAppendix *a, GStrv cells)
{
  int columns[N_COLUMNS];
  guint named = 0, filled = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;
  for (guint i = 0; cells[i]; i++)
    {
      Column column;

      if (*cells[i] == '\0')
        continue;
      filled++;
      column = column_of (cells[i]);
      if (column != N_COLUMNS && columns[column] < 0)
        {
          columns[column] = (int) i;
          named++;
        }
    }
  if (named < 2 || named * 2 < filled || columns[COL_TITLE] < 0)
    return FALSE;
  memcpy (a->columns, columns, sizeof columns);
  a->columns_known = TRUE;
  return TRUE;
}

/* Without a header: STT, title, lead, cooperating, timeline. */
static void
default_columns (KhImportAppendix *a, GStrv cells)
{
  gint64 number;
  int shift = g_ascii_string_to_signed (cells[0], 10, 0, 9999, &number, NULL) ? 0 : -1;

  for (guint c = 0; c < N_COLUMNS; c++)
    a->columns[c] = -1;
  for (int c = COL_NUMBER; c <= COL_TIMELINE; c++)
    a->columns[c] = c + shift >= 0 ? c + shift : -1;
  a->columns_known = TRUE;
}

static const char *
cell (Row *row, KhImportAppendix *a, Column column)
{
  int index = a->columns[column];

  if (index < 0 || (guint) index >= g_strv_length (row->cells))
    return "";
  return row->cells[index];
}

void
kh_import_appendix_row (KhImportContext *ctx,
                        KhImportLine    *line)
{
  KhImportAppendix *a = appendix_of (ctx);
  g_auto(GStrv) cells = g_strsplit (line->text, "\t", -1);
  Row row = { line->number, NULL, NULL };
  guint filled = 0;

  for (guint i = 0; cells[i]; i++)
    {
      g_strstrip (cells[i]);
      if (*cells[i])
        filled++;
    }
  if (!a->columns_known && read_header (a, cells))
    {
      kh_import_mark_layout (ctx, line->number);
      return;
    }
  if (!a->columns_known)
    default_columns (a, cells);

  /* "I | NỘI DUNG": a row that groups the tasks under it. */
  if (filled <= 2 && *cells[0] && strspn (cells[0], "IVX") == strlen (cells[0]))
    {
      kh_import_appendix_text (ctx, line);
      return;
    }
  row.cells = g_steal_pointer (&cells);
  g_array_append_val (a->rows, row);
}

void
kh_import_appendix_text (KhImportContext *ctx,
                         KhImportLine    *line)
{
  KhImportAppendix *a = appendix_of (ctx);
  g_autofree char *text = g_strdelimit (g_strdup (line->text), "\t", ' ');
  g_autofree char *squeezed = kh_text_squeeze (text);

  if (a->text->len == 0)
    a->text_line = line->number;
  else
    g_string_append_c (a->text, '\n');
  g_string_append (a->text, squeezed);
}

/* Matching ----------------------------------------------------------------- */

typedef struct {
  KhNode     *node;
  GPtrArray  *texts;  /* of GHashTable: folded word → TRUE, one per title or scope */
} Candidate;

static GHashTable *
word_set (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < words->len; i++)
    g_hash_table_add (set, g_strdup (g_array_index (words, KhImportWord, i).folded));
  return set;
}

static void
candidate_clear (gpointer data)
{
  g_ptr_array_unref (((Candidate *) data)->texts);
}

static GArray *
collect_candidates (KhPlan *plan)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (plan);
  GArray *candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  g_array_set_clear_func (candidates, candidate_clear);
  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);
      GPtrArray *leads = kh_node_get_leads (node);
      Candidate c = { node, g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref) };

      if (kh_node_get_kind (node) != KH_NODE_ITEM)
        {
          g_ptr_array_unref (c.texts);
          continue;
        }
      g_ptr_array_add (c.texts, word_set (kh_node_get_title (node)));
      for (guint k = 0; k < leads->len; k++)
        {
          KhAssignment *lead = g_ptr_array_index (leads, k);

          if (*lead->scope)
            g_ptr_array_add (c.texts, word_set (lead->scope));
        }
      g_array_append_val (candidates, c);
    }
  return candidates;
}

/* For each word, the candidates (indices) whose texts have it: a GArray
 * of guint, each candidate once. */
static GHashTable *
word_postings (GArray *candidates)
{
  GHashTable *postings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      for (guint k = 0; k < c->texts->len; k++)
        {
          g_hash_table_iter_init (&iter, g_ptr_array_index (c->texts, k));
          while (g_hash_table_iter_next (&iter, &key, NULL))
            {
              GArray *list = g_hash_table_lookup (postings, key);

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (postings, key, list);
                }
              if (list->len == 0 || g_array_index (list, guint, list->len - 1) != i)
                g_array_append_val (list, i);
            }
        }
    }
  return postings;
}

/* Inverse document frequency of each word over the candidates. */
static GHashTable *
word_weights (GHashTable *postings, guint n_candidates)
{
  GHashTable *weights = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  double n = n_candidates + 1;

  /* Stored as weight × 1000 in the pointer. */
  g_hash_table_iter_init (&iter, postings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (weights, key,
                         GUINT_TO_POINTER ((guint) (1000.0 * log (n / ((GArray *) value)->len) + 1000.0)));
  return weights;
}

static double
weight (GHashTable *weights, const char *word)
{
  guint w = GPOINTER_TO_UINT (g_hash_table_lookup (weights, word));

  /* A word no task has is rare: weigh it like a word of one task. */
  return w ? w / 1000.0 : 1.0 + log ((double) g_hash_table_size (weights) + 1.0);
}

/* Weighted Dice coefficient of two word sets. */
static double
similarity (GHashTable *a, GHashTable *b, GHashTable *weights)
{
  GHashTableIter iter;
  gpointer key;
  double total_a = 0, total_b = 0, common = 0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      double w = weight (weights, key);

      total_a += w;
      if (g_hash_table_contains (b, key))
        common += w;
    }
  g_hash_table_iter_init (&iter, b);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    total_b += weight (weights, key);
  return total_a + total_b > 0 ? 2 * common / (total_a + total_b) : 0;
}

typedef struct {
  double score;
  guint  row;
  guint  candidate;
} Pair;

static int
compare_pairs (gconstpointer a, gconstpointer b)
{
  const Pair *pa = a, *pb = b;

  if (pa->score != pb->score)
    return pa->score > pb->score ? -1 : 1;
  return pa->row != pb->row ? (pa->row < pb->row ? -1 : 1) : (pa->candidate < pb->candidate ? -1 : 1);
}

#define MATCH_THRESHOLD 0.45

/* The candidates worth scoring against @words: those sharing a word with
 * it that few candidates have (a long plan must not compare every row with
 * every task); all of them when the plan is short. */
static GArray *
worth_scoring (GHashTable *words, GHashTable *postings, guint n_candidates)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  if (n_candidates <= 500)
    {
      for (guint c = 0; c < n_candidates; c++)
        g_array_append_val (chosen, c);
      return chosen;
    }
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GArray *list = g_hash_table_lookup (postings, key);

      for (guint i = 0; list && list->len <= 64 && i < list->len; i++)
        if (g_hash_table_add (seen, GUINT_TO_POINTER (g_array_index (list, guint, i) + 1)))
          g_array_append_val (chosen, g_array_index (list, guint, i));
    }
  return chosen;
}

static void
match_rows (KhImportAppendix *a, GArray *candidates)
{
  g_autoptr(GHashTable) postings = word_postings (candidates);
  g_autoptr(GHashTable) weights = word_weights (postings, candidates->len);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree gboolean *taken = g_new0 (gboolean, candidates->len + 1);

  for (guint r = 0; r < a->rows->len; r++)
    {
      Row *row = &g_array_index (a->rows, Row, r);
      g_autoptr(GHashTable) words = word_set (cell (row, a, COL_TITLE));
      g_autoptr(GArray) chosen = worth_scoring (words, postings, candidates->len);

      for (guint i = 0; i < chosen->len; i++)
        {
          guint c = g_array_index (chosen, guint, i);
          Candidate *candidate = &g_array_index (candidates, Candidate, c);
          Pair pair = { 0, r, c };

          for (guint k = 0; k < candidate->texts->len; k++)
            pair.score = MAX (pair.score, similarity (words, g_ptr_array_index (candidate->texts, k), weights));
          if (pair.score >= MATCH_THRESHOLD)
            g_array_append_val (pairs, pair);
        }
    }
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *pair = &g_array_index (pairs, Pair, i);
      Row *row = &g_array_index (a->rows, Row, pair->row);

      if (row->node != NULL || taken[pair->candidate])
        continue;
      row->node = g_array_index (candidates, Candidate, pair->candidate).node;
      taken[pair->candidate] = TRUE;
    }
}

/* The row against its task -------------------------------------------------- */

static gboolean
same_units (GPtrArray *assignments, GPtrArray *units)
{
  if (assignments->len != units->len)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    if (kh_assignment_list_find (assignments, g_ptr_array_index (units, i)) < 0)
      return FALSE;
  return TRUE;
}

static GPtrArray *
assignments_of (GPtrArray *units)
{
  GPtrArray *list = kh_assignment_list_new ();

  for (guint i = 0; i < units->len; i++)
    g_ptr_array_add (list, kh_assignment_new (g_ptr_array_index (units, i), ""));
  return list;
}

/* Fills @node's empty lead or cooperating list from @text, or records in
 * @override what the table says differently; TRUE when it did. */
static gboolean
compare_units (KhImportContext *ctx, KhNode *node, const char *text, gboolean lead,
               guint line, KhAppendixRow *override)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autofree char *note = NULL;
  GPtrArray *current = lead ? kh_node_get_leads (node) : kh_node_get_cooperating (node);
  const char *current_note = lead ? kh_node_get_lead_note (node) : kh_node_get_cooperate_note (node);

  if (*text == '\0')
    return FALSE;
  kh_import_units_parse (ctx, text, line, &units, &note);
  if (current->len == 0 && *current_note == '\0')
    {
      kh_import_add_units (node, lead ? KH_ROLE_LEAD : KH_ROLE_COOPERATE, units, note);
      return FALSE;
    }
  if (same_units (current, units) && kh_text_fold_equal (current_note, note))
    return FALSE;
  if (lead)
    {
      override->leads = assignments_of (units);
      override->lead_note = g_strdup (note);
    }
  else
    {
      override->cooperating = assignments_of (units);
      override->cooperate_note = g_strdup (note);
    }
  return TRUE;
}

static void
apply_row (KhImportContext *ctx, KhImportAppendix *a, Row *row)
{
  KhNode *node = row->node;
  g_autoptr(KhAppendixRow) override = kh_appendix_row_new ();
  g_autofree char *row_title = kh_import_clean_value (cell (row, a, COL_TITLE));
  g_autofree char *node_title = kh_import_clean_value (kh_node_get_title (node));
  const char *when = cell (row, a, COL_TIMELINE);
  gboolean differs = FALSE;

  kh_node_set_in_appendix (node, TRUE);
  if (!kh_text_fold_equal (row_title, node_title))
    {
      override->title = g_strdup (cell (row, a, COL_TITLE));
      differs = TRUE;
    }
  differs |= compare_units (ctx, node, cell (row, a, COL_LEAD), TRUE, row->line, override);
  differs |= compare_units (ctx, node, cell (row, a, COL_COOPERATE), FALSE, row->line, override);
  if (*when)
    {
      g_autoptr(KhTimeline) timeline = kh_timeline_parse (when);

      if (kh_node_get_timeline (node) == NULL)
        kh_node_set_timeline (node, timeline);
      else if (!kh_timeline_equal (timeline, kh_node_get_timeline (node)))
        {
          override->timeline = g_steal_pointer (&timeline);
          differs = TRUE;
        }
    }
  if (*cell (row, a, COL_PRODUCTS) && *kh_node_get_products (node) == '\0')
    kh_node_set_products (node, cell (row, a, COL_PRODUCTS));
  if (*cell (row, a, COL_BUDGET) && *kh_node_get_budget_source (node) == '\0')
    kh_node_set_budget_source (node, cell (row, a, COL_BUDGET));
  if (*cell (row, a, COL_NOTES) && *kh_node_get_notes (node) == '\0')
    kh_node_set_notes (node, cell (row, a, COL_NOTES));
  if (differs)
    kh_node_set_appendix_row (node, override);
}

/* A row that names no task becomes a task of the appendix section. */
static KhNode *
keep_row (KhImportContext *ctx, KhImportAppendix *a, Row *row, KhNode **section)
{
  KhNode *node;

  if (*section == NULL)
    *section = kh_import_add_node (ctx, NULL, KH_NODE_SECTION, "PHỤ LỤC");
  node = kh_import_add_node (ctx, *section, KH_NODE_ITEM, cell (row, a, COL_TITLE));
  row->node = node;
  apply_row (ctx, a, row);
  kh_import_note (ctx, row->line, node, KH_IMPORT_NOTE_WARNING,
                  _("This appendix row names no task of the plan; it was kept as a task of the appendix section"));
  return node;
}

void
kh_import_appendix_finish (KhImportContext *ctx)
{
  KhImportAppendix *a = ctx->appendix;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  KhNode *section = NULL;

  if (a == NULL)
    return;
  candidates = collect_candidates (ctx->plan);
  match_rows (a, candidates);

  for (guint r = 0; r < a->rows->len; r++)
    {
      Row *row = &g_array_index (a->rows, Row, r);

      if (row->node != NULL)
        apply_row (ctx, a, row);
      else
        keep_row (ctx, a, row, &section);
      g_ptr_array_add (order, (gpointer) kh_node_get_id (row->node));
    }
  g_ptr_array_add (order, NULL);
  if (a->rows->len > 0)
    kh_plan_set_appendix_order (ctx->plan, (const char * const *) order->pdata);

  if (a->text->len > 0)
    {
      if (section == NULL)
        section = kh_import_add_node (ctx, NULL, KH_NODE_SECTION, "PHỤ LỤC");
      kh_import_body_append (ctx, section, a->text->str);
      kh_import_note (ctx, a->text_line, section, KH_IMPORT_NOTE_WARNING,
                      _("Text of the appendix that is no table row was kept in the appendix section"));
    }
}
