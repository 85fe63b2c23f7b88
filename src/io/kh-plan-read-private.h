/* kh-plan-read-private.h — typed values of a KhJsonDoc, with their place.
 *
 * What the plan reader needs to read a value and, when it is not what the
 * format wants, to say where and why (kh-plan-read-values.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-json-doc-private.h"
#include "kh-plan-io.h"

G_BEGIN_DECLS

/* Where a value is, as a chain up to the document: a message can name it
 * ("nodes[1].children[3].lead[0]") without a path built for every value. */
typedef struct _KhReadPlace KhReadPlace;
struct _KhReadPlace
{
  const KhReadPlace *up;
  const char        *member;  /* NULL for an array element */
  guint              index;
};

/* An object being read, with the number of its known members met so far:
 * when that is its size, it has no unknown members to look for. */
typedef struct
{
  const KhJsonDoc   *doc;
  guint              object;
  const KhReadPlace *place;
  guint              seen;
  guint              hint;    /* where the next member lookup starts */
} KhReadObject;


#define KH_READ_MEMBER_PLACE(o, name) { (o)->place, (name), 0 }

/* "nodes[1].children[3].lead[0]" */
char     *kh_read_place_string (const KhReadPlace *place);
/* Sets a KH_IO_ERROR "PLACE: MESSAGE"; returns FALSE. */
gboolean  kh_read_fail         (GError            **error,
                                KhIoError           code,
                                const KhReadPlace  *place,
                                const char         *format,
                                ...) G_GNUC_PRINTF (4, 5);
#define kh_read_invalid(error, place, ...) kh_read_fail (error, KH_IO_ERROR_INVALID, place, __VA_ARGS__)

gboolean  kh_read_is           (const KhJsonDoc *doc, guint value, KhJsonType type);
/* Starts reading the object at @value; an error unless it is one. */
gboolean  kh_read_object       (const KhJsonDoc *doc, guint value, const KhReadPlace *place,
                                KhReadObject *out, GError **error);
gboolean  kh_read_array        (const KhJsonDoc *doc, guint value, const KhReadPlace *place,
                                GError **error);
/* The member @name of @o, or KH_JSON_NONE; counts it as known. */
guint     kh_read_member       (KhReadObject *o, const char *name);
gboolean  kh_read_missing      (GError **error, KhReadObject *o, const char *name);
/* Set *@out to the member @name, untouched when it is absent (an error if
 * @required); an error when it has another type. */
gboolean  kh_read_string       (KhReadObject *o, const char *name, gboolean required,
                                const char **out, GError **error);
gboolean  kh_read_int          (KhReadObject *o, const char *name, gboolean required,
                                gint64 *out, GError **error);
gboolean  kh_read_strv         (KhReadObject *o, const char *name, GStrv *out, GError **error);

typedef gboolean (*KhReadEachFunc) (guint               element,
                                    const KhReadPlace  *place,
                                    gpointer            user_data,
                                    GError            **error);
/* @func on each element of the array at @value, with its place, until
 * one fails; an error unless @value is an array. */
gboolean  kh_read_each         (const KhJsonDoc *doc, guint value, const KhReadPlace *place,
                                KhReadEachFunc func, gpointer user_data, GError **error);

/* The members of @o not in @known, as a new object in *@unknown (left
 * NULL when there are none).  A name written twice is refused: which of
 * the two was meant cannot be told. */
gboolean  kh_read_unknown      (KhReadObject *o, const char * const *known,
                                JsonObject **unknown, GError **error);
/* Keeps the unknown members of @o in @extras, name → JSON text. */
gboolean  kh_read_keep_unknown (KhReadObject *o, const char * const *known,
                                GHashTable *extras, GError **error);
/* Keeps @unknown, found inside the known member @name, in @extras. */
void      kh_read_keep_nested  (GHashTable *extras, const char *name, JsonObject *unknown);

G_END_DECLS
