/* kh-unit.h — an agency (đơn vị) that tasks are assigned to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KH_TYPE_UNIT (kh_unit_get_type ())
G_DECLARE_FINAL_TYPE (KhUnit, kh_unit, KH, UNIT, GObject)

/* Properties: "id", "name", "short-name", "group" (all strings, never NULL). */
KhUnit     *kh_unit_new            (const char *id,
                                    const char *name,
                                    const char *short_name,
                                    const char *group);
const char *kh_unit_get_id         (KhUnit     *self);
const char *kh_unit_get_name       (KhUnit     *self);
const char *kh_unit_get_short_name (KhUnit     *self);
const char *kh_unit_get_group      (KhUnit     *self);
/* The short name where there is one, else the name. */
const char *kh_unit_get_display_short (KhUnit *self);

/* Plain setters: they notify but record no undo step.  The UI goes through
 * kh-edit.h; io and tests use these directly. */
void        kh_unit_set_name       (KhUnit     *self, const char *name);
void        kh_unit_set_short_name (KhUnit     *self, const char *short_name);
void        kh_unit_set_group      (KhUnit     *self, const char *group);

/* Members of the file that this build does not know, kept so that a newer
 * build's data survives an older build's save: name → JSON text. */
GHashTable *kh_unit_get_extras     (KhUnit     *self);

G_END_DECLS
