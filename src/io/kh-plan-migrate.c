/* kh-plan-migrate.c — older .kehoach documents brought up to date.
 *
 * Each migration rewrites the parsed document of one version into the next,
 * before it is read; what it does not understand it leaves for the reader
 * to report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-timeline-json.h"

typedef gboolean (*MigrateFunc) (JsonObject *document, GError **error);

/* Version 0, the pre-release draft: a node's "timeline" was the phrase as
 * written, and "lead" and "cooperate" listed unit ids as strings. */

static JsonNode *
timeline_from_phrase (const char *phrase)
{
  g_autoptr(KhTimeline) timeline = kh_timeline_parse (phrase);
  g_autoptr(JsonBuilder) builder = NULL;

  if (timeline == NULL)
    return NULL;
  builder = json_builder_new ();
  kh_timeline_write_json (timeline, builder);
  return json_builder_get_root (builder);
}

static void
wrap_unit_ids (JsonObject *task, const char *name)
{
  JsonNode *node = json_object_get_member (task, name);
  JsonArray *ids, *entries;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  ids = json_node_get_array (node);
  n = json_array_get_length (ids);
  entries = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (ids, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        {
          JsonObject *entry = json_object_new ();

          json_object_set_string_member (entry, "unit", json_node_get_string (element));
          json_array_add_object_element (entries, entry);
        }
      else
        json_array_add_element (entries, json_node_copy (element));
    }
  json_object_set_array_member (task, name, entries);
}

/* A node, or the "appendix" object of one. */
static void
migrate_task_0 (JsonObject *task)
{
  JsonNode *timeline = json_object_get_member (task, "timeline");

  if (timeline != NULL && JSON_NODE_HOLDS_VALUE (timeline)
      && json_node_get_value_type (timeline) == G_TYPE_STRING)
    {
      JsonNode *structured = timeline_from_phrase (json_node_get_string (timeline));

      if (structured != NULL)
        json_object_set_member (task, "timeline", structured);
      else
        json_object_remove_member (task, "timeline");
    }
  wrap_unit_ids (task, "lead");
  wrap_unit_ids (task, "cooperate");
}

static void
migrate_nodes_0 (JsonNode *nodes, guint depth)
{
  JsonArray *array;
  guint n;

  if (nodes == NULL || !JSON_NODE_HOLDS_ARRAY (nodes) || depth > KH_MAX_NODE_DEPTH)
    return;

  array = json_node_get_array (nodes);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *task;
      JsonNode *appendix;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      task = json_node_get_object (element);
      migrate_task_0 (task);
      appendix = json_object_get_member (task, "appendix");
      if (appendix != NULL && JSON_NODE_HOLDS_OBJECT (appendix))
        migrate_task_0 (json_node_get_object (appendix));
      migrate_nodes_0 (json_object_get_member (task, "children"), depth + 1);
    }
}

static gboolean
migrate_0_to_1 (JsonObject  *document,
                GError     **error)
{
  migrate_nodes_0 (json_object_get_member (document, "nodes"), 1);
  return TRUE;
}

/* migrations[v] turns version v into version v + 1: a new format version
 * adds one entry here. */
static const MigrateFunc migrations[] = {
  migrate_0_to_1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == KH_FORMAT_VERSION);

gboolean
kh_plan_migrate (JsonObject  *document,
                 gint64       version,
                 GError     **error)
{
  g_return_val_if_fail (version >= 0 && version <= KH_FORMAT_VERSION, FALSE);

  for (; version < KH_FORMAT_VERSION; version++)
    if (!migrations[version] (document, error))
      return FALSE;
  return TRUE;
}
