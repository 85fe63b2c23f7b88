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

G_END_DECLS
