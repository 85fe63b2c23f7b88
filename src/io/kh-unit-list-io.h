/* kh-unit-list-io.h — reading the default unit lists (data/units/NAME.json).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-unit.h"

G_BEGIN_DECLS

#define KH_UNIT_LIST_FORMAT_NAME    "kehoach-units"
#define KH_UNIT_LIST_FORMAT_VERSION 1

/* Reads a unit list ({"format": "kehoach-units", "version": 1, "name": …,
 * "units": [{"id", "name", "short", "group"}]}, data/units/README.md).
 * Returns a GPtrArray of KhUnit, owning them.  Errors are KH_IO_ERROR,
 * translated and naming the place ("units[3].name: expected a string").
 * @name (nullable) receives the list's name. */
GPtrArray *kh_unit_list_load       (GFile       *file,
                                    GError     **error);
GPtrArray *kh_unit_list_load_bytes (GBytes      *bytes,
                                    char       **name,
                                    GError     **error);

/* The shipped list called @name ("province", "commune"): in the source
 * tree when running uninstalled, else in the installed data folder. */
GFile     *kh_unit_list_default_file (const char *name);

G_END_DECLS
