/* kh-plan-tree-search.c — the tree's search: titles that contain the
 * typed text, ignoring diacritics and case, with their ancestors.
 *
 * When the text changes, one pass over the plan's nodes marks the matches
 * and their ancestors (search_flags); a custom filter on the tree's rows
 * then keeps the marked ones, and the ancestors are expanded so that the
 * matches show.  Nodes made after that pass (added while searching) stay
 * visible: hiding what the user just added would be a surprise.  Typing
 * on narrows the filter, deleting widens it: GTK then looks again only at
 * the rows that may change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-tree-private.h"
#include "kh-text.h"

#include <string.h>

static guint
search_flags_of (KhPlanTree *self,
                 KhNode     *node)
{
  gpointer flags;

  if (!g_hash_table_lookup_extended (self->search_flags, kh_node_get_id (node), NULL, &flags))
    return KH_TREE_SEARCH_KNOWN | KH_TREE_SEARCH_VISIBLE;
  return GPOINTER_TO_UINT (flags);
}

gboolean
_kh_plan_tree_search_visible (KhPlanTree *self,
                              KhNode     *node)
{
  if (self->search_flags == NULL)
    return TRUE;
  return (search_flags_of (self, node) & KH_TREE_SEARCH_VISIBLE) != 0;
}

static gboolean
row_visible (gpointer item,
             gpointer user_data)
{
  KhPlanTree *self = user_data;
  g_autoptr(KhNode) node = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (item));

  return _kh_plan_tree_search_visible (self, node);
}

static void
set_flag (GHashTable *flags,
          KhNode     *node,
          guint       flag)
{
  guint old = GPOINTER_TO_UINT (g_hash_table_lookup (flags, kh_node_get_id (node)));

  /* The table keeps its own key and frees this copy. */
  g_hash_table_insert (flags, g_strdup (kh_node_get_id (node)), GUINT_TO_POINTER (old | flag));
}

typedef struct {
  char *title;
  char *folded;
} FoldedTitle;

static void
folded_title_free (gpointer data)
{
  FoldedTitle *entry = data;

  g_free (entry->title);
  g_free (entry->folded);
  g_free (entry);
}

/* kh_text_fold of @node's title, from the cache while the title is the
 * same. */
static const char *
folded_title (KhPlanTree *self,
              KhNode     *node)
{
  const char *title = kh_node_get_title (node);
  FoldedTitle *entry;

  if (self->folded_titles == NULL)
    self->folded_titles = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                 g_free, folded_title_free);
  entry = g_hash_table_lookup (self->folded_titles, kh_node_get_id (node));
  if (entry == NULL)
    {
      entry = g_new0 (FoldedTitle, 1);
      g_hash_table_insert (self->folded_titles, g_strdup (kh_node_get_id (node)), entry);
    }
  if (entry->title == NULL || strcmp (entry->title, title) != 0)
    {
      g_free (entry->title);
      g_free (entry->folded);
      entry->title = g_strdup (title);
      entry->folded = kh_text_fold (title);
    }
  return entry->folded;
}

/* node id → flags for every node of the plan, for the folded @text.  The
 * ids are copies: nodes may go away (deleted, then dropped from the
 * history) while the table lives. */
static GHashTable *
compute_flags (KhPlanTree *self,
               const char *text)
{
  g_autoptr(GPtrArray) nodes = kh_plan_collect_nodes (_kh_plan_tree_get_plan (self));
  GHashTable *flags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_insert (flags, g_strdup (kh_node_get_id (g_ptr_array_index (nodes, i))),
                         GUINT_TO_POINTER (KH_TREE_SEARCH_KNOWN));

  for (guint i = 0; i < nodes->len; i++)
    {
      KhNode *node = g_ptr_array_index (nodes, i);

      /* Both sides folded already: what kh_text_fold_contains does. */
      if (strstr (folded_title (self, node), text) == NULL)
        continue;
      set_flag (flags, node, KH_TREE_SEARCH_VISIBLE);
      /* Up to the first ancestor already marked: each is walked once. */
      for (KhNode *up = kh_node_get_parent (node); up != NULL; up = kh_node_get_parent (up))
        {
          guint old = GPOINTER_TO_UINT (g_hash_table_lookup (flags, kh_node_get_id (up)));

          if (old & KH_TREE_SEARCH_EXPAND)
            break;
          set_flag (flags, up, KH_TREE_SEARCH_VISIBLE | KH_TREE_SEARCH_EXPAND);
        }
    }
  return flags;
}

/* Expands every row with a match below it, top down: the rows it reveals
 * come next in the model and are looked at in turn. */
static void
expand_to_matches (KhPlanTree *self)
{
  GListModel *rows = G_LIST_MODEL (self->tree_model);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(KhNode) node = gtk_tree_list_row_get_item (row);

      if (search_flags_of (self, node) & KH_TREE_SEARCH_EXPAND)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

void
_kh_plan_tree_search_changed (KhPlanTree *self)
{
  KhPlan *plan = _kh_plan_tree_get_plan (self);
  g_autofree char *folded = kh_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_autofree char *before = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_clear_pointer (&self->search_flags, g_hash_table_unref);
  if (plan == NULL || folded[0] == '\0')
    {
      /* No filter at all: the shown rows are the tree's, one for one. */
      gtk_filter_list_model_set_filter (self->filter_model, NULL);
      return;
    }

  self->search_flags = compute_flags (self, folded);
  self->search_text = g_strdup (folded);
  if (self->search_filter == NULL)
    self->search_filter = GTK_FILTER (gtk_custom_filter_new (row_visible, self, NULL));

  /* A longer text matches fewer titles (and so fewer ancestors), a
   * shorter one more; nodes added since stay visible either way. */
  if (before != NULL && strstr (folded, before) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (before != NULL && strstr (before, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, self->search_filter);
  else
    gtk_filter_changed (self->search_filter, change);
  expand_to_matches (self);
}

void
_kh_plan_tree_search_activate (KhPlanTree *self)
{
  GListModel *rows = G_LIST_MODEL (self->filter_model);

  if (self->search_text == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(KhNode) node = gtk_tree_list_row_get_item (row);

      /* Ancestors are shown too: skip to a title that matches. */
      if (strstr (folded_title (self, node), self->search_text) != NULL)
        {
          _kh_plan_tree_reveal_node (self, node, TRUE);
          return;
        }
    }
}
