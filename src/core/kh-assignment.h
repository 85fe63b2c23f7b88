/* kh-assignment.h — one unit in a task's lead or cooperating list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-unit.h"

G_BEGIN_DECLS

typedef struct {
  KhUnit *unit;   /* owned reference */
  char   *scope;  /* what this lead does, "" when the whole task; unused for cooperating units */
} KhAssignment;

#define KH_TYPE_ASSIGNMENT (kh_assignment_get_type ())
GType          kh_assignment_get_type (void) G_GNUC_CONST;
KhAssignment  *kh_assignment_new      (KhUnit             *unit,
                                       const char         *scope);
KhAssignment  *kh_assignment_copy     (const KhAssignment *self);
void           kh_assignment_free     (KhAssignment       *self);

/* Lists of assignments are GPtrArrays that own their KhAssignments. */
GPtrArray     *kh_assignment_list_new  (void);
GPtrArray     *kh_assignment_list_copy (GPtrArray *list);
gboolean       kh_assignment_list_equal (GPtrArray *a, GPtrArray *b);
/* Index of @unit in @list, or -1. */
int            kh_assignment_list_find (GPtrArray *list, KhUnit *unit);

/* The list as plans write it: full unit names joined by @separator, a
 * lead's scope after ": ", then @note (free text) as the last part when it
 * is not empty.  "Sở Ngoại vụ: tổng hợp thông tin; Công an tỉnh". */
char          *kh_assignment_list_format (GPtrArray  *list,
                                          const char *note,
                                          const char *separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhAssignment, kh_assignment_free)

G_END_DECLS
