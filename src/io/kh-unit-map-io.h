/* kh-unit-map-io.h — reading a unit replacement map (data/units/README.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-unit-map.h"

G_BEGIN_DECLS

#define KH_UNIT_MAP_FORMAT_NAME    "kehoach-unit-map"
#define KH_UNIT_MAP_FORMAT_VERSION 1
/* The map that ships with Kehoach, for kh_unit_list_default_file. */
#define KH_UNIT_MAP_DEFAULT_NAME   "reorganisation-2025"

/* Reads a map ({"format": "kehoach-unit-map", "version": 1, "name": …,
 * "replacements": [{"from", "aliases", "to", "alternatives", "note"}]}).
 * Errors are KH_IO_ERROR, translated and naming the place
 * ("replacements[3].to: expected a list of unit names"); a map of a newer
 * version is refused (KH_IO_ERROR_NEWER_VERSION). */
KhUnitMap *kh_unit_map_load       (GFile   *file,
                                   GError **error);
KhUnitMap *kh_unit_map_load_bytes (GBytes  *bytes,
                                   GError **error);

/* The map that ships with Kehoach (kh_unit_list_default_file), with the
 * default unit lists as its directory. */
KhUnitMap *kh_unit_map_load_default (GError **error);
/* Adds the default unit lists ("province", "commune") to @self's
 * directory, so that a successor a plan lacks comes with its short name
 * and group; a list that cannot be read only costs those. */
void       kh_unit_map_add_default_directory (KhUnitMap *self);

G_END_DECLS
