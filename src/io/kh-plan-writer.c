/* kh-plan-writer.c — a KhPlan as a .kehoach document (FORMAT.md).
 *
 * Laid out as json-glib's pretty JsonGenerator (indent 2) lays it out,
 * through KhJsonWriter; members in FORMAT.md order, then the unknown
 * members that were read, sorted by name: the same plan always gives the
 * same bytes.  Numbers go through g_ascii_* only, so the locale has
 * nothing to change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kh-json-writer-private.h"
#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-timeline-json.h"

typedef struct
{
  KhJsonWriter *json;
  /* kh_timeline_write_json() builds a node: one builder serves them all. */
  JsonBuilder  *timelines;
} Writer;

static void
add_string (Writer *w, const char *name, const char *value)
{
  kh_json_writer_member (w->json, name);
  kh_json_writer_string (w->json, value != NULL ? value : "");
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Unknown members ------------------------------------------------------- */

/* The members of @extras (name → JSON text) that are not in @known,
 * sorted by name. */
static void
write_extras (Writer *w, GHashTable *extras, const char * const *known)
{
  g_autofree const char **names = NULL;
  guint n;

  if (g_hash_table_size (extras) == 0)
    return;

  names = (const char **) g_hash_table_get_keys_as_array (extras, &n);
  qsort (names, n, sizeof *names, compare_names);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *value;

      if (kh_member_is_known (known, names[i]))
        continue;  /* kept inside that member: see nested_extras() */
      /* Text that is no JSON cannot come from a file: nothing to keep. */
      if ((value = json_from_string (g_hash_table_lookup (extras, names[i]), NULL)) == NULL)
        continue;
      kh_json_writer_member (w->json, names[i]);
      kh_json_writer_node (w->json, value);
      json_node_unref (value);
    }
}

/* The unknown members found inside the known member @name, or NULL. */
static JsonObject *
nested_extras (GHashTable *extras, const char *name)
{
  g_autoptr(JsonNode) node = NULL;
  const char *text;

  if (g_hash_table_size (extras) == 0
      || (text = g_hash_table_lookup (extras, name)) == NULL
      || (node = json_from_string (text, NULL)) == NULL
      || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}

/* The object member @name of @object, or NULL. */
static JsonObject *
object_member (JsonObject *object, const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL
      || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

/* The members of @unknown that are not in @known, sorted by name. */
static void
write_unknown (Writer *w, JsonObject *unknown, const char * const *known)
{
  g_autoptr(GList) names = NULL;

  if (unknown == NULL)
    return;

  names = g_list_sort (json_object_get_members (unknown), (GCompareFunc) strcmp);
  for (GList *l = names; l != NULL; l = l->next)
    if (!kh_member_is_known (known, l->data))
      {
        kh_json_writer_member (w->json, l->data);
        kh_json_writer_node (w->json, json_object_get_member (unknown, l->data));
      }
}

/* Plan and units --------------------------------------------------------- */

static void
write_text_object (Writer *w, KhPlan *plan, const char *name,
                   const KhPlanTextMember *members, const char * const *known)
{
  g_autoptr(JsonObject) unknown = nested_extras (kh_plan_get_extras (plan), name);

  kh_json_writer_member (w->json, name);
  kh_json_writer_begin_object (w->json);
  for (const KhPlanTextMember *m = members; m->name != NULL; m++)
    add_string (w, m->name, kh_plan_get_string (plan, m->property));
  write_unknown (w, unknown, known);
  kh_json_writer_end_object (w->json);
}

static void
write_strv (Writer *w, const char *name, const char * const *strv)
{
  kh_json_writer_member (w->json, name);
  kh_json_writer_begin_array (w->json);
  for (; strv != NULL && *strv != NULL; strv++)
    kh_json_writer_string (w->json, *strv);
  kh_json_writer_end_array (w->json);
}

/* The appendix order, without ids of nodes since removed. */
static void
write_appendix_order (Writer *w, KhPlan *plan)
{
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);

  kh_json_writer_member (w->json, "appendix_order");
  kh_json_writer_begin_array (w->json);
  for (const char * const *id = kh_plan_get_appendix_order (plan); *id != NULL; id++)
    if (kh_plan_lookup_node (plan, *id) != NULL && g_hash_table_add (written, (gpointer) *id))
      kh_json_writer_string (w->json, *id);
  kh_json_writer_end_array (w->json);
}

static void
write_plan (Writer *w, KhPlan *plan)
{
  kh_json_writer_member (w->json, "plan");
  kh_json_writer_begin_object (w->json);
  add_string (w, "title", kh_plan_get_title (plan));
  kh_json_writer_member (w->json, "year");
  kh_json_writer_int (w->json, kh_plan_get_year (plan));
  add_string (w, "language", kh_language_to_string (kh_plan_get_language (plan)));
  add_string (w, "numbering", kh_numbering_to_string (kh_plan_get_numbering (plan)));
  write_text_object (w, plan, "issuer", kh_issuer_members, kh_issuer_member_names);
  add_string (w, "number", kh_plan_get_string (plan, "number"));
  add_string (w, "place", kh_plan_get_string (plan, "place"));
  add_string (w, "date", kh_plan_get_string (plan, "date"));
  add_string (w, "preamble", kh_plan_get_string (plan, "preamble"));
  write_text_object (w, plan, "signature", kh_signature_members, kh_signature_member_names);
  write_strv (w, "recipients", kh_plan_get_recipients (plan));
  write_appendix_order (w, plan);
  write_extras (w, kh_plan_get_extras (plan), kh_plan_member_names);
  kh_json_writer_end_object (w->json);
}

static void
write_units (Writer *w, KhPlan *plan)
{
  GListModel *units = kh_plan_get_units (plan);
  guint n = g_list_model_get_n_items (units);

  kh_json_writer_member (w->json, "units");
  kh_json_writer_begin_array (w->json);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      kh_json_writer_begin_object (w->json);
      add_string (w, "id", kh_unit_get_id (unit));
      add_string (w, "name", kh_unit_get_name (unit));
      add_string (w, "short", kh_unit_get_short_name (unit));
      add_string (w, "group", kh_unit_get_group (unit));
      write_extras (w, kh_unit_get_extras (unit), kh_unit_member_names);
      kh_json_writer_end_object (w->json);
    }
  kh_json_writer_end_array (w->json);
}

/* Nodes ------------------------------------------------------------------ */

/* @unknown maps a unit id to the unknown members of its entry. */
static void
write_assignments (Writer *w, const char *name, GPtrArray *list,
                   gboolean lead, JsonObject *unknown)
{
  kh_json_writer_member (w->json, name);
  kh_json_writer_begin_array (w->json);
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (list, i);
      const char *id = kh_unit_get_id (assignment->unit);

      kh_json_writer_begin_object (w->json);
      add_string (w, "unit", id);
      if (lead)
        add_string (w, "scope", assignment->scope);
      write_unknown (w, object_member (unknown, id),
                     lead ? kh_lead_member_names : kh_cooperate_member_names);
      kh_json_writer_end_object (w->json);
    }
  kh_json_writer_end_array (w->json);
}

static void
write_timeline (Writer *w, const KhTimeline *timeline)
{
  g_autoptr(JsonNode) node = NULL;

  kh_json_writer_member (w->json, "timeline");
  kh_timeline_write_json (timeline, w->timelines);
  node = json_builder_get_root (w->timelines);
  json_builder_reset (w->timelines);
  kh_json_writer_node (w->json, node);
}

static void
write_appendix (Writer *w, const KhAppendixRow *row, JsonObject *unknown)
{
  kh_json_writer_member (w->json, "appendix");
  kh_json_writer_begin_object (w->json);
  if (row->title != NULL)
    add_string (w, "title", row->title);
  if (row->leads != NULL)
    write_assignments (w, "lead", row->leads, TRUE, object_member (unknown, "lead"));
  if (row->lead_note != NULL)
    add_string (w, "lead_note", row->lead_note);
  if (row->cooperating != NULL)
    write_assignments (w, "cooperate", row->cooperating, FALSE, object_member (unknown, "cooperate"));
  if (row->cooperate_note != NULL)
    add_string (w, "cooperate_note", row->cooperate_note);
  if (row->timeline != NULL)
    write_timeline (w, row->timeline);
  write_unknown (w, unknown, kh_appendix_member_names);
  kh_json_writer_end_object (w->json);
}

static void
write_budget (Writer *w, KhNode *node, JsonObject *unknown)
{
  kh_json_writer_member (w->json, "budget");
  kh_json_writer_begin_object (w->json);
  kh_json_writer_member (w->json, "amount");
  kh_json_writer_int (w->json, kh_node_get_budget_amount (node));
  add_string (w, "source", kh_node_get_budget_source (node));
  write_unknown (w, unknown, kh_budget_member_names);
  kh_json_writer_end_object (w->json);
}

static void write_nodes (Writer *w, const char *name, GListModel *nodes);

static void
write_node (Writer *w, KhNode *node)
{
  GHashTable *extras = kh_node_get_extras (node);

  kh_json_writer_begin_object (w->json);
  for (guint i = 0; i < kh_n_node_members; i++)
    {
      const KhNodeMember *m = &kh_node_members[i];
      g_autoptr(JsonObject) unknown = NULL;
      const KhAppendixRow *row;

      switch (m->type)
        {
        case KH_MEMBER_ID:
          add_string (w, m->name, kh_node_get_id (node));
          break;
        case KH_MEMBER_KIND:
          add_string (w, m->name, kh_node_kind_to_string (kh_node_get_kind (node)));
          break;
        case KH_MEMBER_TEXT:
          add_string (w, m->name, m->get_text (node));
          break;
        case KH_MEMBER_LEAD:
          unknown = nested_extras (extras, m->name);
          write_assignments (w, m->name, kh_node_get_leads (node), TRUE, unknown);
          break;
        case KH_MEMBER_COOPERATE:
          unknown = nested_extras (extras, m->name);
          write_assignments (w, m->name, kh_node_get_cooperating (node), FALSE, unknown);
          break;
        case KH_MEMBER_TIMELINE:
          if (kh_node_get_timeline (node) != NULL)
            write_timeline (w, kh_node_get_timeline (node));
          break;
        case KH_MEMBER_BUDGET:
          unknown = nested_extras (extras, m->name);
          write_budget (w, node, unknown);
          break;
        case KH_MEMBER_IN_APPENDIX:
          kh_json_writer_member (w->json, m->name);
          kh_json_writer_boolean (w->json, kh_node_get_in_appendix (node));
          break;
        case KH_MEMBER_APPENDIX:
          if ((row = kh_node_get_appendix_row (node)) != NULL)
            {
              unknown = nested_extras (extras, m->name);
              write_appendix (w, row, unknown);
            }
          break;
        case KH_MEMBER_CHILDREN:
          write_nodes (w, m->name, kh_node_get_children (node));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  write_extras (w, extras, kh_node_member_names);
  kh_json_writer_end_object (w->json);
}

static void
write_nodes (Writer *w, const char *name, GListModel *nodes)
{
  guint n = g_list_model_get_n_items (nodes);

  kh_json_writer_member (w->json, name);
  kh_json_writer_begin_array (w->json);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) node = g_list_model_get_item (nodes, i);
      write_node (w, node);
    }
  kh_json_writer_end_array (w->json);
}

/* The document ----------------------------------------------------------- */

GBytes *
kh_plan_to_bytes (KhPlan *plan)
{
  g_autoptr(JsonBuilder) timelines = NULL;
  KhJsonWriter json;
  Writer writer, *w = &writer;
  GString *out;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  /* About what the file takes: most of it is indentation and names. */
  out = g_string_sized_new (4096 + 1600 * (gsize) kh_plan_count_nodes (plan));
  timelines = json_builder_new ();
  kh_json_writer_init (&json, out, TRUE);
  writer.json = &json;
  writer.timelines = timelines;

  kh_json_writer_begin_object (w->json);
  add_string (w, "format", KH_FORMAT_NAME);
  kh_json_writer_member (w->json, "version");
  kh_json_writer_int (w->json, KH_FORMAT_VERSION);
  write_plan (w, plan);
  write_units (w, plan);
  write_nodes (w, "nodes", kh_plan_get_roots (plan));
  write_extras (w, kh_plan_get_document_extras (plan), kh_document_member_names);
  kh_json_writer_end_object (w->json);
  kh_json_writer_clear (&json);

  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
