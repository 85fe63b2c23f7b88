/* kh-command.h — the undoable steps that KhHistory records (internal).
 *
 * A command is applied once when it is recorded, then undone and redone
 * by the history.  It holds references to the objects it changes, not
 * ids: undo runs in strict reverse order, so every object a command names
 * is back where the command left it when the command is undone.
 *
 * Only kh-history.c and kh-edit.c use this header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef struct _KhCommand KhCommand;

/* The constructors return NULL when the command would change nothing. */

/* A property of a KhPlan, KhNode or KhUnit set to the value that follows
 * @typing, of the property's type as g_object_set takes it (a gint64 for
 * "budget-amount"; strings and boxed values are copied).  @typing marks a
 * step that later keystrokes in the same field may join. */
KhCommand  *kh_command_new_set_property (GObject    *target,
                                         const char *property,
                                         const char *label,
                                         gboolean    typing,
                                         ...);
KhCommand  *kh_command_new_set_property_valist (GObject    *target,
                                                const char *property,
                                                const char *label,
                                                gboolean    typing,
                                                va_list     args);
/* A node's lead and cooperating lists replaced by copies of these. */
KhCommand  *kh_command_new_set_assignments (KhNode    *node,
                                            GPtrArray *leads,
                                            GPtrArray *cooperating,
                                            const char *label);
KhCommand  *kh_command_new_set_appendix_order (KhPlan             *plan,
                                               const char * const *ids,
                                               const char         *label);
KhCommand  *kh_command_new_insert_node  (KhNode     *parent,
                                         guint       position,
                                         KhNode     *node,
                                         const char *label);
KhCommand  *kh_command_new_remove_node  (KhPlan     *plan,
                                         KhNode     *node,
                                         const char *label);
/* @position: the place among the new parent's children without @node. */
KhCommand  *kh_command_new_move_node    (KhPlan     *plan,
                                         KhNode     *node,
                                         KhNode     *new_parent,
                                         guint       position,
                                         const char *label);
KhCommand  *kh_command_new_insert_unit  (guint       position,
                                         KhUnit     *unit,
                                         const char *label);
KhCommand  *kh_command_new_remove_unit  (KhPlan     *plan,
                                         KhUnit     *unit,
                                         const char *label);
/* An empty group; kh_command_group_add appends an applied command. */
KhCommand  *kh_command_new_group        (void);
void        kh_command_group_add        (KhCommand  *group,
                                         KhCommand  *command);
guint       kh_command_group_size       (KhCommand  *group);
void        kh_command_set_label        (KhCommand  *self,
                                         const char *label);

/* Applies the command forward (@undo FALSE) or backward.  Only the first
 * forward application can fail (an id already used): nothing changed. */
gboolean    kh_command_apply            (KhCommand  *self,
                                         KhPlan     *plan,
                                         gboolean    undo);
void        kh_command_free             (KhCommand  *self);
const char *kh_command_get_label        (KhCommand  *self);

/* Typing: @self and @next set the same string property of the same
 * object.  kh_command_absorb makes @self end where @next ends. */
gboolean    kh_command_can_absorb       (KhCommand  *self,
                                         KhCommand  *next);
void        kh_command_absorb           (KhCommand  *self,
                                         KhCommand  *next);

/* Set by the history: when the command was recorded or last absorbed
 * typing, and its place in the order of recording. */
gint64      kh_command_get_time         (KhCommand  *self);
void        kh_command_set_time         (KhCommand  *self,
                                         gint64      time);
guint64     kh_command_get_serial       (KhCommand  *self);
void        kh_command_set_serial       (KhCommand  *self,
                                         guint64     serial);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhCommand, kh_command_free)

G_END_DECLS
