/* kh-edit.h — every change a user makes to a plan, as an undoable step.
 *
 * The UI, import and next-year call these instead of the model's plain
 * setters: each applies its change to the history's plan and records it
 * as one step (or one group of steps) that kh_history_undo takes back.
 * The functions returning gboolean return TRUE when the plan changed; a
 * change to the value already there records nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-history.h"

G_BEGIN_DECLS

#define KH_EDIT_ERROR (kh_edit_error_quark ())
GQuark kh_edit_error_quark (void);

typedef enum {
  KH_EDIT_ERROR_UNIT_ASSIGNED,  /* deleting a unit that tasks still name */
} KhEditError;

/* Fields.  @target is the history's KhPlan, or a KhNode or KhUnit of it;
 * @property one of its string properties ("title", "notes", "name", …).
 * Consecutive calls for the same field join into one "Typing" step. */
gboolean kh_edit_set_text            (KhHistory          *history,
                                      GObject            *target,
                                      const char         *property,
                                      const char         *value);
gboolean kh_edit_set_year            (KhHistory          *history,
                                      int                 year);
gboolean kh_edit_set_language        (KhHistory          *history,
                                      KhLanguage          language);
gboolean kh_edit_set_numbering       (KhHistory          *history,
                                      KhNumbering         numbering);
gboolean kh_edit_set_recipients      (KhHistory          *history,
                                      const char * const *recipients);
gboolean kh_edit_set_appendix_order  (KhHistory          *history,
                                      const char * const *ids);
gboolean kh_edit_set_node_kind       (KhHistory          *history,
                                      KhNode             *node,
                                      KhNodeKind          kind);
gboolean kh_edit_set_budget_amount   (KhHistory          *history,
                                      KhNode             *node,
                                      gint64              amount);
gboolean kh_edit_set_in_appendix     (KhHistory          *history,
                                      KhNode             *node,
                                      gboolean            in_appendix);
/* @timeline and @row are copied; NULL clears. */
gboolean kh_edit_set_timeline        (KhHistory          *history,
                                      KhNode             *node,
                                      const KhTimeline   *timeline);
gboolean kh_edit_set_appendix_row    (KhHistory          *history,
                                      KhNode             *node,
                                      const KhAppendixRow *row);

/* Assignments.  The set functions copy the list as given; kh_edit_assign
 * keeps a unit in one role only: making it lead takes it out of the
 * cooperating units and the other way round.  A lead that is already
 * there keeps its place and takes the new @scope.  KH_ROLE_NONE
 * unassigns. */
gboolean kh_edit_set_leads           (KhHistory          *history,
                                      KhNode             *node,
                                      GPtrArray          *leads);
gboolean kh_edit_set_cooperating     (KhHistory          *history,
                                      KhNode             *node,
                                      GPtrArray          *cooperating);
gboolean kh_edit_assign              (KhHistory          *history,
                                      KhNode             *node,
                                      KhUnit             *unit,
                                      KhRole              role,
                                      const char         *scope);
gboolean kh_edit_unassign            (KhHistory          *history,
                                      KhNode             *node,
                                      KhUnit             *unit);

/* The tree.  @parent NULL means the roots. */

/* Inserts @node (not in a plan yet) with its subtree; FALSE when an id in
 * it is already used. */
gboolean kh_edit_insert_node         (KhHistory          *history,
                                      KhNode             *parent,
                                      guint               position,
                                      KhNode             *node);
/* A new node with a fresh id, right after @after (a child of @parent) or,
 * when @after is NULL, as the last child of @parent.  Borrowed: the plan
 * owns it. */
KhNode  *kh_edit_add_node            (KhHistory          *history,
                                      KhNode             *parent,
                                      KhNode             *after,
                                      KhNodeKind          kind,
                                      const char         *title);
/* Removes @node and its subtree; undo puts them back where they were,
 * with the same ids. */
void     kh_edit_remove_node         (KhHistory          *history,
                                      KhNode             *node);
/* Moves @node (with its subtree) to @position among the children of
 * @new_parent, counted without @node.  FALSE when it stays where it is or
 * when @new_parent is @node or lies below it. */
gboolean kh_edit_move_node           (KhHistory          *history,
                                      KhNode             *node,
                                      KhNode             *new_parent,
                                      guint               position);
/* Swap with the previous / next sibling; FALSE at the edge. */
gboolean kh_edit_move_up             (KhHistory          *history,
                                      KhNode             *node);
gboolean kh_edit_move_down           (KhHistory          *history,
                                      KhNode             *node);
/* Becomes the last child of its previous sibling; FALSE for a first child. */
gboolean kh_edit_indent              (KhHistory          *history,
                                      KhNode             *node);
/* Becomes the next sibling of its parent; its own following siblings stay
 * where they are.  FALSE for a root. */
gboolean kh_edit_outdent             (KhHistory          *history,
                                      KhNode             *node);

/* Units (kh-edit-units.c). */

/* Appends a unit with a fresh id derived from @name.  Borrowed. */
KhUnit  *kh_edit_add_unit            (KhHistory          *history,
                                      const char         *name,
                                      const char         *short_name,
                                      const char         *group);
/* Inserts @unit (not in a plan yet); FALSE when its id is already used. */
gboolean kh_edit_insert_unit         (KhHistory          *history,
                                      guint               position,
                                      KhUnit             *unit);
/* NULL leaves that field as it is. */
gboolean kh_edit_rename_unit         (KhHistory          *history,
                                      KhUnit             *unit,
                                      const char         *name,
                                      const char         *short_name,
                                      const char         *group);
/* Every assignment of @from goes to @into, in the tasks and in their
 * appendix rows; where @into already has a role in that list the stronger
 * one (lead) stays and no unit appears twice.  Then @from leaves the unit
 * list.  One step.  Returns how many lead and cooperating entries of the
 * tasks named @from. */
guint    kh_edit_merge_units         (KhHistory          *history,
                                      KhUnit             *from,
                                      KhUnit             *into);
/* Removes @unit.  When tasks still name it and @confirmed is FALSE, does
 * nothing and fails with KH_EDIT_ERROR_UNIT_ASSIGNED (a message the UI
 * can show to ask); when @confirmed, unassigns it everywhere first, all in
 * one step. */
gboolean kh_edit_delete_unit         (KhHistory          *history,
                                      KhUnit             *unit,
                                      gboolean            confirmed,
                                      GError            **error);
/* How many nodes name @unit as lead or cooperating unit, in the task or in
 * its appendix row. */
guint    kh_count_unit_assignments   (KhPlan             *plan,
                                      KhUnit             *unit);

G_END_DECLS
