/* kh-plan-format-private.h — the members of a .kehoach file, shared by
 * the reader and the writer so that both walk one list (FORMAT.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include "kh-json-doc-private.h"
#include "kh-plan.h"

G_BEGIN_DECLS

/* Limits of what a plan file can hold (FORMAT.md, "Limits"). */
#define KH_MAX_FILE_SIZE   (64 * 1024 * 1024)
#define KH_MAX_STRING_SIZE (1024 * 1024)
#define KH_MAX_NODE_DEPTH  64
/* Every JSON level a 64-deep tree needs, with room for unknown members. */
#define KH_MAX_JSON_DEPTH  256

typedef enum {
  KH_MEMBER_ID,
  KH_MEMBER_KIND,
  KH_MEMBER_TEXT,
  KH_MEMBER_LEAD,
  KH_MEMBER_COOPERATE,
  KH_MEMBER_TIMELINE,
  KH_MEMBER_BUDGET,
  KH_MEMBER_IN_APPENDIX,
  KH_MEMBER_APPENDIX,
  KH_MEMBER_CHILDREN,
} KhMemberType;

typedef struct {
  const char   *name;
  KhMemberType  type;
  /* KH_MEMBER_TEXT only */
  const char *(*get_text) (KhNode *node);
  void        (*set_text) (KhNode *node, const char *text);
} KhNodeMember;

/* A string member of an object of the plan and the KhPlan property it holds. */
typedef struct {
  const char *name;
  const char *property;
} KhPlanTextMember;

/* A node's members in file order. */
extern const KhNodeMember kh_node_members[];
extern const guint kh_n_node_members;

/* "parent", "name", "short" / "authority", …: NULL-terminated. */
extern const KhPlanTextMember kh_issuer_members[];
extern const KhPlanTextMember kh_signature_members[];

/* The known member names of each object, NULL-terminated.  A member not
 * listed is unknown: it is kept and written back. */
extern const char * const kh_document_member_names[];
extern const char * const kh_plan_member_names[];
extern const char * const kh_issuer_member_names[];
extern const char * const kh_signature_member_names[];
extern const char * const kh_unit_member_names[];
extern const char * const kh_node_member_names[];
extern const char * const kh_lead_member_names[];
extern const char * const kh_cooperate_member_names[];
extern const char * const kh_budget_member_names[];
extern const char * const kh_appendix_member_names[];

gboolean kh_member_is_known (const char * const *names,
                             const char         *name);

/* The bytes of a plan file into @doc, within the limits above; errors
 * are those of kh_plan_load_bytes() (kh-plan-load.c). */
gboolean kh_plan_parse_json (KhJsonDoc          *doc,
                             const char         *data,
                             gsize               length,
                             GError            **error);
/* The plan in @doc (kh-plan-reader.c); may migrate @doc in place. */
KhPlan  *kh_plan_read_json  (KhJsonDoc          *doc,
                             GError            **error);

/* Turns a document of an older @version into one of KH_FORMAT_VERSION,
 * in place (kh-plan-migrate.c). */
gboolean kh_plan_migrate    (JsonObject         *document,
                             gint64              version,
                             GError            **error);

/* Unknown members found inside a known member (say "budget") are kept in
 * the extras of the object holding it, under that member's name, as one
 * JSON object: known names can never be unknown members themselves.  For
 * "lead" and "cooperate" that object maps a unit id to the unknown
 * members of its entry. */

G_END_DECLS
