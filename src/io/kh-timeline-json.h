/* kh-timeline-json.h — a timeline as a JSON object of the .kehoach format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include "kh-timeline.h"

G_BEGIN_DECLS

/* Adds one object to @builder (which must be where a value can go):
 * "kind", then the members the kind uses in a fixed order, "text", then
 * the unknown members that were read, sorted by name (src/io/FORMAT.md).
 * A timeline whose values do not hold together is written as text, so
 * that the file always loads again. */
void         kh_timeline_write_json (const KhTimeline *self,
                                     JsonBuilder      *builder);

/* Reads the object at @node, whose place in the file is @path
 * ("nodes[2].timeline").  Errors are KH_IO_ERROR_INVALID, translated and
 * naming the member ("nodes[2].timeline.quarter: expected an integer from
 * 1 to 4").  Members the kind does not use are ignored; unknown members
 * are kept in ->extras. */
KhTimeline  *kh_timeline_read_json  (JsonNode         *node,
                                     const char       *path,
                                     GError          **error);

G_END_DECLS
