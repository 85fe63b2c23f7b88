/* kh-json-writer-private.h — JSON text laid out as json-glib lays it out.
 *
 * Writes straight into a GString what JsonGenerator writes with pretty
 * printing and a two-space indent, byte for byte (tests compare the two),
 * without a JsonNode tree to build and free first: that tree cost more
 * than the generating itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  GString *out;
  GArray  *open;    /* of Container: the objects and arrays being written */
  gboolean pretty;  /* FALSE: compact, as json_to_string (node, FALSE) */
} KhJsonWriter;

void kh_json_writer_init         (KhJsonWriter *self,
                                  GString      *out,
                                  gboolean      pretty);
void kh_json_writer_clear        (KhJsonWriter *self);

void kh_json_writer_begin_object (KhJsonWriter *self);
void kh_json_writer_end_object   (KhJsonWriter *self);
void kh_json_writer_begin_array  (KhJsonWriter *self);
void kh_json_writer_end_array    (KhJsonWriter *self);
/* In an object: the name of the value written next. */
void kh_json_writer_member       (KhJsonWriter *self,
                                  const char   *name);

void kh_json_writer_string       (KhJsonWriter *self,
                                  const char   *value);
void kh_json_writer_int          (KhJsonWriter *self,
                                  gint64        value);
void kh_json_writer_boolean      (KhJsonWriter *self,
                                  gboolean      value);
/* Any JSON value.  Unlike JsonGenerator, a double such as 1e22 is
 * written "1e+22", not "1e+22.0", which no parser reads back, and U+001F
 * in a string is escaped as JSON requires. */
void kh_json_writer_node         (KhJsonWriter *self,
                                  JsonNode     *node);

/* @node as compact JSON text. */
char *kh_json_to_compact_text    (JsonNode     *node);

G_END_DECLS
