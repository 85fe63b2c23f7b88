/* kh-unit-map.h — which unit replaces which (the 2025 reorganisation).
 *
 * The map is read by kh_unit_map_load (src/io/kh-unit-map-io.h) from the
 * format described in data/units/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef struct {
  char  *from;          /* the unit that no longer exists */
  char **aliases;       /* other ways it is written (short forms), may be NULL */
  char **to;            /* its successor first, NULL-terminated, never empty */
  char **alternatives;  /* other successors a user may pick, may be NULL */
  char  *note;          /* why, as shipped in the map, never NULL */
} KhUnitMapEntry;

typedef struct {
  char      *name;
  GPtrArray *entries;   /* of KhUnitMapEntry */
  /* Units the successors are taken from (the default unit lists), of
   * KhUnit, or NULL: a successor the plan lacks is added with the short
   * name and group it has there. */
  GPtrArray *directory;
} KhUnitMap;

KhUnitMap *kh_unit_map_new  (const char *name);
void       kh_unit_map_free (KhUnitMap  *self);
/* Takes ownership of @entry. */
void       kh_unit_map_add  (KhUnitMap  *self, KhUnitMapEntry *entry);
void       kh_unit_map_entry_free (KhUnitMapEntry *entry);
/* Adds the units of @units (a GPtrArray of KhUnit, e.g. from
 * kh_unit_list_load) to the map's directory. */
void       kh_unit_map_add_directory (KhUnitMap *self, GPtrArray *units);

/* The entry that replaces @unit, or NULL: the unit's name or short name
 * names the same unit as the entry's "from" or one of its aliases (as
 * kh_unit_match_key compares them: no case, diacritics or punctuation,
 * abbreviations expanded). */
const KhUnitMapEntry *kh_unit_map_lookup (const KhUnitMap *self, KhUnit *unit);

/* One proposal per unit of @plan that the map replaces, in the plan's
 * unit order: a GPtrArray of KhUnitReplacement (kh-next-year.h) with the
 * map's main successor (to[0]; the others and the alternatives are for
 * the user to pick), ready to be confirmed or changed by the user.  A unit
 * whose successor is itself is left out. */
GPtrArray *kh_unit_map_propose (const KhUnitMap *self, KhPlan *plan);

/* The directory's unit called @name (same key), or NULL. */
KhUnit    *kh_unit_map_find_in_directory (const KhUnitMap *self, const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitMap, kh_unit_map_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhUnitMapEntry, kh_unit_map_entry_free)

G_END_DECLS
