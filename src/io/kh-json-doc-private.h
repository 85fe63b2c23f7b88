/* kh-json-doc-private.h — a JSON document read into one flat array.
 *
 * Plans are read from this index rather than from a JsonParser tree:
 * json-glib allocates a node, and for objects a hash table, per value,
 * and freeing that tree took longer than reading the plan out of it
 * (GLib 2.74's slice allocator also keeps its memory afterwards).  Here
 * the text is copied once, every string is decoded in place, and each
 * value is one KhJsonToken: two allocations for the whole document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  KH_JSON_OBJECT,
  KH_JSON_ARRAY,
  KH_JSON_STRING,
  KH_JSON_INT,
  KH_JSON_DOUBLE,
  KH_JSON_BOOLEAN,
  KH_JSON_NULL,
} KhJsonType;

typedef enum {
  KH_JSON_FAULT_NONE,
  KH_JSON_FAULT_SYNTAX,       /* not JSON */
  KH_JSON_FAULT_ESCAPE,       /* a \u escape JSON allows but a text cannot hold */
  KH_JSON_FAULT_TOO_DEEP,     /* nested deeper than the limit */
  KH_JSON_FAULT_TOO_LONG,     /* a string longer than the limit */
} KhJsonFault;

/* Index 0 is the document's value; no value is at KH_JSON_NONE. */
#define KH_JSON_NONE 0

typedef struct
{
  char   *text;     /* the document, its strings decoded in place */
  GArray *tokens;   /* of KhJsonToken, in document order */
} KhJsonDoc;

/* Reads @length bytes of UTF-8.  On failure returns FALSE with the fault
 * and the byte offset where it was found. */
gboolean    kh_json_doc_parse       (KhJsonDoc   *doc,
                                     const char  *data,
                                     gsize        length,
                                     guint        max_depth,
                                     gsize        max_string,
                                     KhJsonFault *fault,
                                     gsize       *offset);
void        kh_json_doc_clear       (KhJsonDoc   *doc);

KhJsonType  kh_json_doc_type        (const KhJsonDoc *doc, guint value);
/* Members of an object, elements of an array. */
guint       kh_json_doc_n_items     (const KhJsonDoc *doc, guint value);
/* The value of the member @name of @object (the first, if the name is
 * repeated), or KH_JSON_NONE.  The search starts at *@hint, where the
 * previous one ended (0: at the first member), so that members looked
 * up in the order they are written are found at once; @hint may be NULL. */
guint       kh_json_doc_member      (const KhJsonDoc *doc, guint object, const char *name,
                                     guint *hint);
/* Iteration: the first element of an array, the first member name of an
 * object (its value is at name + 1); the value after @value (and after
 * everything inside it). */
guint       kh_json_doc_first       (const KhJsonDoc *doc, guint container);
guint       kh_json_doc_next        (const KhJsonDoc *doc, guint value);

/* A string value or a member name, NUL-terminated, owned by @doc. */
const char *kh_json_doc_string      (const KhJsonDoc *doc, guint value);
gint64      kh_json_doc_int         (const KhJsonDoc *doc, guint value);
gboolean    kh_json_doc_boolean     (const KhJsonDoc *doc, guint value);
/* The value as a json-glib node, for code that works on those. */
JsonNode   *kh_json_doc_to_node     (const KhJsonDoc *doc, guint value);

G_END_DECLS
