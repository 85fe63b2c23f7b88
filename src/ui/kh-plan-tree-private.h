/* kh-plan-tree-private.h — the parts of KhPlanTree its files share, and
 * what the tests reach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-plan-tree.h"

G_BEGIN_DECLS

/* The widgets of one row, kept on its GtkTreeExpander. */
typedef struct {
  KhPlanTree     *tree;      /* borrowed */
  GtkWidget      *expander;  /* the list item's child */
  GtkWidget      *box;
  GtkWidget      *number;
  GtkWidget      *title;
  GtkWidget      *warning;
  KhNode         *node;      /* borrowed, while bound */
} KhTreeRow;

/* Where a dropped node goes, relative to the row it is dropped on. */
typedef enum {
  KH_TREE_DROP_BEFORE,
  KH_TREE_DROP_AFTER,
  KH_TREE_DROP_INTO,   /* as the last child */
} KhTreeDropPlace;

struct _KhPlanTree
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GMenuModel         *context_menu_model;

  /* owned */
  GtkWidget          *context_menu;   /* GtkPopoverMenu, parented to self */
  KhDocument         *document;
  KhNode             *selected_node;
  GtkTreeListModel   *tree_model;     /* NULL without a document */
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkFilter          *search_filter;
  /* While searching: node id → KH_TREE_SEARCH_* flags, for every node
   * there was when the search text last changed. */
  GHashTable         *search_flags;
  char               *search_text;    /* folded, while searching */
  /* node id → its title and the title folded, kept between searches:
   * folding every title again on each keystroke costs more than all
   * the rest of a search. */
  GHashTable         *folded_titles;
  GHashTable         *bound_rows;     /* set of KhTreeRow with a node */
  guint               sync_source;
  guint               n_row_widgets;  /* rows ever set up (for tests) */
  guint               n_live_rows;    /* rows set up and not torn down */
  gboolean            selecting;      /* selection changes that we make */
};

/* Search flags of a node. */
enum {
  KH_TREE_SEARCH_KNOWN   = 1 << 0,  /* existed at search time */
  KH_TREE_SEARCH_VISIBLE = 1 << 1,  /* matches or has a matching descendant */
  KH_TREE_SEARCH_EXPAND  = 1 << 2,  /* has a matching descendant */
};

/* kh-plan-tree.c */
KhPlan    *_kh_plan_tree_get_plan        (KhPlanTree *self);
KhHistory *_kh_plan_tree_get_history     (KhPlanTree *self);
/* The bound row showing @node, or NULL when it is not on screen. */
KhTreeRow *_kh_plan_tree_row_for_node    (KhPlanTree *self,
                                          KhNode     *node);
/* Selects @node after an edit, scrolls to it and, when @focus, gives its
 * row the keyboard focus. */
void       _kh_plan_tree_reveal_node     (KhPlanTree *self,
                                          KhNode     *node,
                                          gboolean    focus);
/* Position of @node's row in the shown model, expanding its ancestors;
 * GTK_INVALID_LIST_POSITION when the search hides it. */
guint      _kh_plan_tree_expand_to_node  (KhPlanTree *self,
                                          KhNode     *node);
/* How many row widgets the list view ever made, and how many it has now. */
guint      _kh_plan_tree_get_n_row_widgets (KhPlanTree *self);
guint      _kh_plan_tree_get_n_live_rows (KhPlanTree *self);

/* kh-plan-tree-actions.c */
void       _kh_plan_tree_class_init_actions (GtkWidgetClass *widget_class);
void       _kh_plan_tree_init_actions    (KhPlanTree *self);
void       _kh_plan_tree_update_actions  (KhPlanTree *self);
/* Opens the context menu pointing at @at (in @self's coordinates), or
 * at the selected row when @at is NULL. */
void       _kh_plan_tree_popup_menu      (KhPlanTree             *self,
                                          const graphene_point_t *at);

/* kh-plan-tree-search.c */
void       _kh_plan_tree_search_changed  (KhPlanTree *self);
gboolean   _kh_plan_tree_search_visible  (KhPlanTree *self,
                                          KhNode     *node);
/* Enter in the search: the first match gets the selection and the focus. */
void       _kh_plan_tree_search_activate (KhPlanTree *self);

/* kh-plan-tree-dnd.c */
void       _kh_plan_tree_setup_row_dnd   (KhPlanTree *self,
                                          KhTreeRow  *row);
/* Moves @node before, after or into @target through the history, as a
 * drop does; FALSE when it cannot go there (onto itself or below itself)
 * or stays where it is. */
gboolean   _kh_plan_tree_drop_node       (KhPlanTree      *self,
                                          KhNode          *node,
                                          KhNode          *target,
                                          KhTreeDropPlace  place);

G_END_DECLS
