/* kh-unit-map.h — which unit replaces which (the 2025 reorganisation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef struct {
  char  *from;          /* the unit that no longer exists */
  char **aliases;       /* other ways it is written (short forms) */
  char **to;            /* its successor first, NULL-terminated, never empty */
  char **alternatives;  /* other successors a user may pick */
  char  *note;          /* why, as shipped in the map */
} KhUnitMapEntry;

typedef struct {
  char      *name;
  GPtrArray *entries;   /* of KhUnitMapEntry */
} KhUnitMap;

KhUnitMap *kh_unit_map_new  (const char *name);
void       kh_unit_map_free (KhUnitMap  *self);
/* Takes ownership of @entry. */
void       kh_unit_map_add  (KhUnitMap  *self, KhUnitMapEntry *entry);
void       kh_unit_map_entry_free (KhUnitMapEntry *entry);

/* The entry that replaces @unit (matched by name, short name or an alias,
 * ignoring case, diacritics and punctuation), or NULL. */
const KhUnitMapEntry *kh_unit_map_lookup (const KhUnitMap *self, KhUnit *unit);

/* One proposal per unit of @plan that the map replaces, in the plan's
 * unit order: a GPtrArray of KhUnitReplacement (kh-next-year.h) with the
 * map's first successor, ready to be confirmed or changed by the user. */
GPtrArray *kh_unit_map_propose (const KhUnitMap *self, KhPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitMap, kh_unit_map_free)

G_END_DECLS
