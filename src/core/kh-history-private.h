/* kh-history-private.h — how kh-edit.c records its steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-command.h"
#include "kh-history.h"

G_BEGIN_DECLS

/* Applies @command (owned; NULL is a no-op) and records it in the open
 * group or as a new step; typing may join the previous step instead.
 * FALSE when nothing changed: @command was NULL or could not apply. */
gboolean _kh_history_push (KhHistory *self,
                           KhCommand *command);

G_END_DECLS
