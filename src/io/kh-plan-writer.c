/* kh-plan-writer.c — a KhPlan as a .kehoach document (FORMAT.md).
 *
 * Pretty, two-space indent, members in FORMAT.md order, then the unknown
 * members that were read, sorted by name: the same plan always gives the
 * same bytes.  Only integers and strings are written, so the locale has
 * nothing to change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-timeline-json.h"

static void
add_string (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
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
write_extras (JsonBuilder *builder, GHashTable *extras, const char * const *known)
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
      json_builder_set_member_name (builder, names[i]);
      json_builder_add_value (builder, value);
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
write_unknown (JsonBuilder *builder, JsonObject *unknown, const char * const *known)
{
  g_autoptr(GList) names = NULL;

  if (unknown == NULL)
    return;

  names = g_list_sort (json_object_get_members (unknown), (GCompareFunc) strcmp);
  for (GList *l = names; l != NULL; l = l->next)
    if (!kh_member_is_known (known, l->data))
      {
        json_builder_set_member_name (builder, l->data);
        json_builder_add_value (builder, json_node_copy (json_object_get_member (unknown, l->data)));
      }
}

/* Plan and units --------------------------------------------------------- */

static void
write_text_object (JsonBuilder *builder, KhPlan *plan, const char *name,
                   const KhPlanTextMember *members, const char * const *known)
{
  g_autoptr(JsonObject) unknown = nested_extras (kh_plan_get_extras (plan), name);

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (const KhPlanTextMember *m = members; m->name != NULL; m++)
    add_string (builder, m->name, kh_plan_get_string (plan, m->property));
  write_unknown (builder, unknown, known);
  json_builder_end_object (builder);
}

static void
write_strv (JsonBuilder *builder, const char *name, const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (; strv != NULL && *strv != NULL; strv++)
    json_builder_add_string_value (builder, *strv);
  json_builder_end_array (builder);
}

/* The appendix order, without ids of nodes since removed. */
static void
write_appendix_order (JsonBuilder *builder, KhPlan *plan)
{
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);

  json_builder_set_member_name (builder, "appendix_order");
  json_builder_begin_array (builder);
  for (const char * const *id = kh_plan_get_appendix_order (plan); *id != NULL; id++)
    if (kh_plan_lookup_node (plan, *id) != NULL && g_hash_table_add (written, (gpointer) *id))
      json_builder_add_string_value (builder, *id);
  json_builder_end_array (builder);
}

static void
write_plan (JsonBuilder *builder, KhPlan *plan)
{
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_string (builder, "title", kh_plan_get_title (plan));
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, kh_plan_get_year (plan));
  add_string (builder, "language", kh_language_to_string (kh_plan_get_language (plan)));
  add_string (builder, "numbering", kh_numbering_to_string (kh_plan_get_numbering (plan)));
  write_text_object (builder, plan, "issuer", kh_issuer_members, kh_issuer_member_names);
  add_string (builder, "number", kh_plan_get_string (plan, "number"));
  add_string (builder, "place", kh_plan_get_string (plan, "place"));
  add_string (builder, "date", kh_plan_get_string (plan, "date"));
  add_string (builder, "preamble", kh_plan_get_string (plan, "preamble"));
  write_text_object (builder, plan, "signature", kh_signature_members, kh_signature_member_names);
  write_strv (builder, "recipients", kh_plan_get_recipients (plan));
  write_appendix_order (builder, plan);
  write_extras (builder, kh_plan_get_extras (plan), kh_plan_member_names);
  json_builder_end_object (builder);
}

static void
write_units (JsonBuilder *builder, KhPlan *plan)
{
  GListModel *units = kh_plan_get_units (plan);
  guint n = g_list_model_get_n_items (units);

  json_builder_set_member_name (builder, "units");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhUnit) unit = g_list_model_get_item (units, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", kh_unit_get_id (unit));
      add_string (builder, "name", kh_unit_get_name (unit));
      add_string (builder, "short", kh_unit_get_short_name (unit));
      add_string (builder, "group", kh_unit_get_group (unit));
      write_extras (builder, kh_unit_get_extras (unit), kh_unit_member_names);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Nodes ------------------------------------------------------------------ */

/* @unknown maps a unit id to the unknown members of its entry. */
static void
write_assignments (JsonBuilder *builder, const char *name, GPtrArray *list,
                   gboolean lead, JsonObject *unknown)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < list->len; i++)
    {
      KhAssignment *assignment = g_ptr_array_index (list, i);
      const char *id = kh_unit_get_id (assignment->unit);

      json_builder_begin_object (builder);
      add_string (builder, "unit", id);
      if (lead)
        add_string (builder, "scope", assignment->scope);
      write_unknown (builder, object_member (unknown, id),
                     lead ? kh_lead_member_names : kh_cooperate_member_names);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_timeline (JsonBuilder *builder, const KhTimeline *timeline)
{
  json_builder_set_member_name (builder, "timeline");
  kh_timeline_write_json (timeline, builder);
}

static void
write_appendix (JsonBuilder *builder, const KhAppendixRow *row, JsonObject *unknown)
{
  json_builder_set_member_name (builder, "appendix");
  json_builder_begin_object (builder);
  if (row->title != NULL)
    add_string (builder, "title", row->title);
  if (row->leads != NULL)
    write_assignments (builder, "lead", row->leads, TRUE, object_member (unknown, "lead"));
  if (row->lead_note != NULL)
    add_string (builder, "lead_note", row->lead_note);
  if (row->cooperating != NULL)
    write_assignments (builder, "cooperate", row->cooperating, FALSE, object_member (unknown, "cooperate"));
  if (row->cooperate_note != NULL)
    add_string (builder, "cooperate_note", row->cooperate_note);
  if (row->timeline != NULL)
    write_timeline (builder, row->timeline);
  write_unknown (builder, unknown, kh_appendix_member_names);
  json_builder_end_object (builder);
}

static void
write_budget (JsonBuilder *builder, KhNode *node, JsonObject *unknown)
{
  json_builder_set_member_name (builder, "budget");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "amount");
  json_builder_add_int_value (builder, kh_node_get_budget_amount (node));
  add_string (builder, "source", kh_node_get_budget_source (node));
  write_unknown (builder, unknown, kh_budget_member_names);
  json_builder_end_object (builder);
}

static void write_nodes (JsonBuilder *builder, const char *name, GListModel *nodes);

static void
write_node (JsonBuilder *builder, KhNode *node)
{
  GHashTable *extras = kh_node_get_extras (node);

  json_builder_begin_object (builder);
  for (guint i = 0; i < kh_n_node_members; i++)
    {
      const KhNodeMember *m = &kh_node_members[i];
      g_autoptr(JsonObject) unknown = NULL;
      const KhAppendixRow *row;

      switch (m->type)
        {
        case KH_MEMBER_ID:
          add_string (builder, m->name, kh_node_get_id (node));
          break;
        case KH_MEMBER_KIND:
          add_string (builder, m->name, kh_node_kind_to_string (kh_node_get_kind (node)));
          break;
        case KH_MEMBER_TEXT:
          add_string (builder, m->name, m->get_text (node));
          break;
        case KH_MEMBER_LEAD:
          unknown = nested_extras (extras, m->name);
          write_assignments (builder, m->name, kh_node_get_leads (node), TRUE, unknown);
          break;
        case KH_MEMBER_COOPERATE:
          unknown = nested_extras (extras, m->name);
          write_assignments (builder, m->name, kh_node_get_cooperating (node), FALSE, unknown);
          break;
        case KH_MEMBER_TIMELINE:
          if (kh_node_get_timeline (node) != NULL)
            write_timeline (builder, kh_node_get_timeline (node));
          break;
        case KH_MEMBER_BUDGET:
          unknown = nested_extras (extras, m->name);
          write_budget (builder, node, unknown);
          break;
        case KH_MEMBER_IN_APPENDIX:
          json_builder_set_member_name (builder, m->name);
          json_builder_add_boolean_value (builder, kh_node_get_in_appendix (node));
          break;
        case KH_MEMBER_APPENDIX:
          if ((row = kh_node_get_appendix_row (node)) != NULL)
            {
              unknown = nested_extras (extras, m->name);
              write_appendix (builder, row, unknown);
            }
          break;
        case KH_MEMBER_CHILDREN:
          write_nodes (builder, m->name, kh_node_get_children (node));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  write_extras (builder, extras, kh_node_member_names);
  json_builder_end_object (builder);
}

static void
write_nodes (JsonBuilder *builder, const char *name, GListModel *nodes)
{
  guint n = g_list_model_get_n_items (nodes);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KhNode) node = g_list_model_get_item (nodes, i);
      write_node (builder, node);
    }
  json_builder_end_array (builder);
}

/* The document ----------------------------------------------------------- */

GBytes *
kh_plan_to_bytes (KhPlan *plan)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  add_string (builder, "format", KH_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KH_FORMAT_VERSION);
  write_plan (builder, plan);
  write_units (builder, plan);
  write_nodes (builder, "nodes", kh_plan_get_roots (plan));
  write_extras (builder, kh_plan_get_document_extras (plan), kh_document_member_names);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json_generator_set_root (generator, root);

  out = g_string_sized_new (64 * 1024);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}
