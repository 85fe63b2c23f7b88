/* kh-timeline-json.c — timelines in .kehoach files (FORMAT.md, "Timelines").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-plan-io.h"
#include "kh-timeline-json.h"

/* The integer members, in the order they are written. */
static const struct {
  const char *name;
  KhTimelineUses flag;
  gsize offset;
  int min, max;  /* for the message when the value is out of range */
} int_members[] = {
  { "year",         KH_TIMELINE_USES_YEAR,         G_STRUCT_OFFSET (KhTimeline, year),         1900, 2200 },
  { "year_end",     KH_TIMELINE_USES_YEAR_END,     G_STRUCT_OFFSET (KhTimeline, year_end),     1900, 2200 },
  { "half",         KH_TIMELINE_USES_HALF,         G_STRUCT_OFFSET (KhTimeline, half),         1, 2 },
  { "quarter",      KH_TIMELINE_USES_QUARTER,      G_STRUCT_OFFSET (KhTimeline, quarter),      1, 4 },
  { "quarter_end",  KH_TIMELINE_USES_QUARTER_END,  G_STRUCT_OFFSET (KhTimeline, quarter_end),  1, 4 },
  { "month",        KH_TIMELINE_USES_MONTH,        G_STRUCT_OFFSET (KhTimeline, month),        1, 12 },
  { "day",          KH_TIMELINE_USES_DAY,          G_STRUCT_OFFSET (KhTimeline, day),          1, 31 },
  { "every_months", KH_TIMELINE_USES_EVERY_MONTHS, G_STRUCT_OFFSET (KhTimeline, every_months), 1, 120 },
};

#define INT_MEMBER(t, i) G_STRUCT_MEMBER (int, (t), int_members[i].offset)

static const char * const mode_codes[] = {
  [KH_DEADLINE_BEFORE] = "before",
  [KH_DEADLINE_WITHIN] = "within",
};

static gboolean
is_known_member (const char *name)
{
  if (g_str_equal (name, "kind") || g_str_equal (name, "mode") || g_str_equal (name, "text"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (int_members); i++)
    if (g_str_equal (name, int_members[i].name))
      return TRUE;
  return FALSE;
}

/* Writing ---------------------------------------------------------------- */

static void
write_extras (const char *extras, JsonBuilder *builder)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *object;

  if (extras == NULL || (node = json_from_string (extras, NULL)) == NULL
      || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  object = json_node_get_object (node);
  names = g_list_sort (json_object_get_members (object), (GCompareFunc) strcmp);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (is_known_member (name))
        continue;
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (object, name)));
    }
}

void
kh_timeline_write_json (const KhTimeline *self,
                        JsonBuilder      *builder)
{
  const char *text;
  KhTimelineKind kind;
  KhTimelineUses uses;

  g_return_if_fail (self != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  text = self->text ? self->text : "";
  kind = kh_timeline_check (self) == NULL ? self->kind : KH_TIMELINE_TEXT;
  uses = kh_timeline_kind_uses (kind);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kh_timeline_kind_to_string (kind));

  if (uses & KH_TIMELINE_USES_MODE)
    {
      json_builder_set_member_name (builder, "mode");
      json_builder_add_string_value (builder, mode_codes[self->mode]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (int_members); i++)
    if ((uses & int_members[i].flag) && INT_MEMBER (self, i) != 0)
      {
        json_builder_set_member_name (builder, int_members[i].name);
        json_builder_add_int_value (builder, INT_MEMBER (self, i));
      }

  if (*text != '\0' || uses == 0)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
    }
  write_extras (self->extras, builder);
  json_builder_end_object (builder);
}

/* Reading ---------------------------------------------------------------- */

static gboolean
fail (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError **error, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
read_kind (JsonObject *object, const char *path, KhTimelineKind *kind, GError **error)
{
  JsonNode *node = json_object_get_member (object, "kind");
  const char *code;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, _("%s.kind: expected a timeline kind such as “year” or “quarter”"), path);
  code = json_node_get_string (node);
  if (!kh_timeline_kind_from_string (code, kind))
    return fail (error, _("%s.kind: unknown timeline kind “%s”"), path, code);
  return TRUE;
}

static gboolean
read_int (JsonObject *object, const char *path, const char *name, int *out, GError **error)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 value;

  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, _("%s.%s: expected an integer"), path, name);

  value = json_node_get_int (node);
  *out = value >= G_MININT && value <= G_MAXINT ? (int) value : -1;  /* -1: out of range */
  return TRUE;
}

static gboolean
read_members (JsonObject *object, const char *path, KhTimeline *t, GError **error)
{
  KhTimelineUses uses = kh_timeline_kind_uses (t->kind);
  JsonNode *node;

  for (guint i = 0; i < G_N_ELEMENTS (int_members); i++)
    if ((uses & int_members[i].flag)
        && !read_int (object, path, int_members[i].name, &INT_MEMBER (t, i), error))
      return FALSE;

  if ((uses & KH_TIMELINE_USES_MODE) && (node = json_object_get_member (object, "mode")))
    {
      const char *code = json_node_get_value_type (node) == G_TYPE_STRING
                         ? json_node_get_string (node) : "";

      if (g_str_equal (code, "before"))
        t->mode = KH_DEADLINE_BEFORE;
      else if (g_str_equal (code, "within"))
        t->mode = KH_DEADLINE_WITHIN;
      else
        return fail (error, _("%s.mode: expected “before” or “within”"), path);
    }

  if ((node = json_object_get_member (object, "text")))
    {
      if (json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (error, _("%s.text: expected a string"), path);
      t->text = g_strdup (json_node_get_string (node));
    }
  return TRUE;
}

/* Says what is wrong with the member kh_timeline_check() blames. */
static gboolean
fail_check (const KhTimeline *t, const char *path, const char *fault, GError **error)
{
  if (g_str_equal (fault, "year_end"))
    return fail (error, _("%s.year_end: expected a year after “year”, up to 2200"), path);
  if (g_str_equal (fault, "quarter_end") && t->year_end == 0)
    return fail (error, _("%s.quarter_end: expected a quarter after “quarter”, up to 4"), path);
  if (g_str_equal (fault, "quarter") && t->month != 0)
    return fail (error, _("%s.quarter: a deadline names a month or a quarter, not both"), path);
  if (g_str_equal (fault, "day") && t->day >= 1 && t->day <= 31)
    {
      if (t->month == 0 || t->mode != KH_DEADLINE_BEFORE)
        return fail (error, _("%s.day: only a date or a deadline “before” a month can name a day"), path);
      return fail (error, _("%s.day: %d/%d/%d is not a date"), path, t->day, t->month, t->year);
    }
  if (g_str_equal (fault, "mode"))
    return fail (error, _("%s.mode: expected “before” or “within”"), path);

  for (guint i = 0; i < G_N_ELEMENTS (int_members); i++)
    if (g_str_equal (fault, int_members[i].name))
      return fail (error, _("%s.%s: expected an integer from %d to %d"),
                   path, fault, int_members[i].min, int_members[i].max);
  return fail (error, _("%s.%s: invalid value"), path, fault);
}

static char *
collect_extras (JsonObject *object)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) names = json_object_get_members (object);
  JsonObject *extras = NULL;

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (is_known_member (name))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, name, json_node_copy (json_object_get_member (object, name)));
    }
  if (extras == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extras);
  json_object_unref (extras);
  return json_to_string (node, FALSE);
}

KhTimeline *
kh_timeline_read_json (JsonNode    *node,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(KhTimeline) t = NULL;
  JsonObject *object;
  KhTimelineKind kind;
  const char *fault;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, _("%s: expected an object"), path);
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_kind (object, path, &kind, error))
    return NULL;
  t = kh_timeline_new (kind);
  if (!read_members (object, path, t, error))
    return NULL;
  if ((fault = kh_timeline_check (t)) != NULL)
    {
      fail_check (t, path, fault, error);
      return NULL;
    }

  if (t->text == NULL)
    t->text = g_strdup ("");
  t->extras = collect_extras (object);
  return g_steal_pointer (&t);
}
