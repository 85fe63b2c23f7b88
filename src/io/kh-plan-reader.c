/* kh-plan-reader.c — a .kehoach file (JSON) into a new KhPlan.
 *
 * Every failure is a translated KH_IO_ERROR naming the place in the file.
 * The plan is built apart and only handed out whole, so a file that fails
 * to load changes nothing that is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-plan-format-private.h"
#include "kh-plan-io.h"
#include "kh-timeline-json.h"

/* Where a value is, as a chain up to the document: a message can name it
 * ("nodes[1].children[3].lead[0]") without a path built for every value. */
typedef struct _Place Place;
struct _Place
{
  const Place *up;
  const char  *member;  /* NULL for an array element */
  guint        index;
};

/* An object being read, with the number of its known members met so far:
 * when that is its size, it has no unknown members to look for. */
typedef struct
{
  JsonObject  *object;
  const Place *place;
  guint        seen;
} Obj;

typedef struct
{
  KhPlan    *plan;
  JsonArray *appendix_order;  /* checked once every node is known */
} Reader;

/* Places and errors ------------------------------------------------------ */

static void
append_place (GString *out, const Place *place)
{
  if (place == NULL)
    return;
  append_place (out, place->up);
  if (place->member != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, place->member);
    }
  else
    g_string_append_printf (out, "[%u]", place->index);
}

static char *
place_to_string (const Place *place)
{
  GString *out = g_string_new (NULL);

  append_place (out, place);
  return g_string_free (out, FALSE);
}

static gboolean
fail_at (GError      **error,
         KhIoError     code,
         const Place  *place,
         const char   *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (GError      **error,
         KhIoError     code,
         const Place  *place,
         const char   *format,
         ...)
{
  g_autofree char *what = NULL;
  g_autofree char *where = place_to_string (place);
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (*where == '\0')
    g_set_error_literal (error, KH_IO_ERROR, code, what);
  else
    /* TRANSLATORS: a place in the file ("nodes[2].lead[0]"), then what is wrong there */
    g_set_error (error, KH_IO_ERROR, code, _("%s: %s"), where, what);
  return FALSE;
}

#define fail_invalid(error, place, ...) fail_at (error, KH_IO_ERROR_INVALID, place, __VA_ARGS__)

/* Typed access ----------------------------------------------------------- */

static gboolean
holds (JsonNode *node, GType type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
as_object (JsonNode *node, const Place *place, Obj *out, GError **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_invalid (error, place, _("expected an object"));
  out->object = json_node_get_object (node);
  out->place = place;
  out->seen = 0;
  return TRUE;
}

static gboolean
as_array (JsonNode *node, const Place *place, JsonArray **out, GError **error)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_invalid (error, place, _("expected an array"));
  *out = json_node_get_array (node);
  return TRUE;
}

/* The member @name of @o, or NULL. */
static JsonNode *
member (Obj *o, const char *name)
{
  JsonNode *node = json_object_get_member (o->object, name);

  if (node != NULL)
    o->seen++;
  return node;
}

static gboolean
fail_missing (GError **error, Obj *o, const char *name)
{
  return fail_invalid (error, o->place, _("the member “%s” is missing"), name);
}

#define MEMBER_PLACE(o, name) { (o)->place, (name), 0 }

/* Sets *@out to the string member @name, untouched when absent. */
static gboolean
read_string (Obj *o, const char *name, gboolean required, const char **out, GError **error)
{
  JsonNode *node = member (o, name);
  Place at = MEMBER_PLACE (o, name);

  if (node == NULL)
    return !required || fail_missing (error, o, name);
  if (!holds (node, G_TYPE_STRING))
    return fail_invalid (error, &at, _("expected a string"));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_int (Obj *o, const char *name, gboolean required, gint64 *out, GError **error)
{
  JsonNode *node = member (o, name);
  Place at = MEMBER_PLACE (o, name);

  if (node == NULL)
    return !required || fail_missing (error, o, name);
  if (!holds (node, G_TYPE_INT64))
    return fail_invalid (error, &at, _("expected an integer"));
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
read_strv (Obj *o, const char *name, GStrv *out, GError **error)
{
  JsonNode *node = member (o, name);
  Place at = MEMBER_PLACE (o, name);
  g_autoptr(GStrvBuilder) strv = NULL;
  JsonArray *array;
  guint n;

  if (node == NULL)
    return TRUE;
  if (!as_array (node, &at, &array, error))
    return FALSE;

  strv = g_strv_builder_new ();
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Place element_at = { &at, NULL, i };

      if (!holds (element, G_TYPE_STRING))
        return fail_invalid (error, &element_at, _("expected a string"));
      g_strv_builder_add (strv, json_node_get_string (element));
    }
  *out = g_strv_builder_end (strv);
  return TRUE;
}

/* Unknown members -------------------------------------------------------- */

/* The members of @o not in @known, as a new object, or NULL. */
static JsonObject *
unknown_members (Obj *o, const char * const *known)
{
  JsonObject *unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (json_object_get_size (o->object) <= o->seen)
    return NULL;

  json_object_iter_init (&iter, o->object);
  while (json_object_iter_next (&iter, &name, &value))
    if (!kh_member_is_known (known, name))
      {
        if (unknown == NULL)
          unknown = json_object_new ();
        json_object_set_member (unknown, name, json_node_copy (value));
      }
  return unknown;
}

/* Keeps the unknown members of @o in @extras, name → JSON text. */
static void
keep_unknown (Obj *o, const char * const *known, GHashTable *extras)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (json_object_get_size (o->object) <= o->seen)
    return;

  json_object_iter_init (&iter, o->object);
  while (json_object_iter_next (&iter, &name, &value))
    if (!kh_member_is_known (known, name))
      g_hash_table_replace (extras, g_strdup (name), json_to_string (value, FALSE));
}

/* Keeps @unknown, found inside the known member @name, in @extras. */
static void
keep_nested (GHashTable *extras, const char *name, JsonObject *unknown)
{
  g_autoptr(JsonNode) node = NULL;

  if (unknown == NULL)
    return;
  node = json_node_init_object (json_node_alloc (), unknown);
  g_hash_table_replace (extras, g_strdup (name), json_to_string (node, FALSE));
}

/* Plan metadata ---------------------------------------------------------- */

static gboolean
read_text_object (KhPlan *plan, Obj *p, const char *name,
                  const KhPlanTextMember *members, const char * const *known,
                  GError **error)
{
  JsonNode *node = member (p, name);
  Place at = MEMBER_PLACE (p, name);
  g_autoptr(JsonObject) unknown = NULL;
  Obj o;

  if (node == NULL)
    return TRUE;
  if (!as_object (node, &at, &o, error))
    return FALSE;

  for (const KhPlanTextMember *m = members; m->name != NULL; m++)
    {
      const char *text = NULL;

      if (!read_string (&o, m->name, FALSE, &text, error))
        return FALSE;
      kh_plan_set_string (plan, m->property, text);
    }
  unknown = unknown_members (&o, known);
  keep_nested (kh_plan_get_extras (plan), name, unknown);
  return TRUE;
}

static gboolean
valid_date (const char *date)
{
  guint64 year, month, day;

  if (*date == '\0')
    return TRUE;
  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;
  year = g_ascii_strtoull (date, NULL, 10);
  month = g_ascii_strtoull (date + 5, NULL, 10);
  day = g_ascii_strtoull (date + 8, NULL, 10);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1
      && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
read_plan (Reader *r, JsonNode *node, GError **error)
{
  static const Place at = { NULL, "plan", 0 };
  static const char * const texts[] = { "title", "number", "place", "date", "preamble" };
  KhPlan *plan = r->plan;
  const char *language = NULL, *numbering = NULL;
  g_auto(GStrv) recipients = NULL;
  gint64 year = 0;
  JsonNode *order;
  Obj p;

  if (!as_object (node, &at, &p, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = NULL;

      if (!read_string (&p, texts[i], FALSE, &text, error))
        return FALSE;
      if (g_str_equal (texts[i], "date") && text != NULL && !valid_date (text))
        {
          Place date_at = MEMBER_PLACE (&p, "date");
          return fail_invalid (error, &date_at, _("expected a date written YYYY-MM-DD, not “%s”"), text);
        }
      kh_plan_set_string (plan, texts[i], text);
    }

  if (!read_int (&p, "year", TRUE, &year, error))
    return FALSE;
  if (year < 1900 || year > 2200)
    {
      Place year_at = MEMBER_PLACE (&p, "year");
      return fail_invalid (error, &year_at, _("expected a year from 1900 to 2200, not %" G_GINT64_FORMAT), year);
    }
  kh_plan_set_year (plan, (int) year);

  if (!read_string (&p, "language", FALSE, &language, error))
    return FALSE;
  if (language != NULL)
    {
      KhLanguage value;
      Place language_at = MEMBER_PLACE (&p, "language");

      if (!kh_language_from_string (language, &value))
        return fail_invalid (error, &language_at, _("unknown language “%s”; expected “vi” or “en”"), language);
      kh_plan_set_language (plan, value);
    }

  if (!read_string (&p, "numbering", FALSE, &numbering, error))
    return FALSE;
  if (numbering != NULL)
    {
      KhNumbering value;
      Place numbering_at = MEMBER_PLACE (&p, "numbering");

      if (!kh_numbering_from_string (numbering, &value))
        return fail_invalid (error, &numbering_at,
                             _("unknown numbering “%s”; expected “decree30” or “decimal”"), numbering);
      kh_plan_set_numbering (plan, value);
    }

  if (!read_text_object (plan, &p, "issuer", kh_issuer_members, kh_issuer_member_names, error)
      || !read_text_object (plan, &p, "signature", kh_signature_members, kh_signature_member_names, error)
      || !read_strv (&p, "recipients", &recipients, error))
    return FALSE;
  if (recipients != NULL)
    kh_plan_set_recipients (plan, (const char * const *) recipients);

  /* Its ids can only be checked once the tree is read. */
  if ((order = member (&p, "appendix_order")) != NULL)
    {
      Place order_at = MEMBER_PLACE (&p, "appendix_order");

      if (!as_array (order, &order_at, &r->appendix_order, error))
        return FALSE;
    }

  keep_unknown (&p, kh_plan_member_names, kh_plan_get_extras (plan));
  return TRUE;
}

static gboolean
read_appendix_order (Reader *r, GError **error)
{
  static const Place plan_at = { NULL, "plan", 0 };
  static const Place at = { &plan_at, "appendix_order", 0 };
  g_autoptr(GHashTable) listed = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  guint n;

  if (r->appendix_order == NULL)
    return TRUE;

  n = json_array_get_length (r->appendix_order);
  listed = g_hash_table_new (g_str_hash, g_str_equal);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (r->appendix_order, i);
      Place element_at = { &at, NULL, i };
      const char *id;

      if (!holds (element, G_TYPE_STRING))
        return fail_invalid (error, &element_at, _("expected a node id"));
      id = json_node_get_string (element);
      if (kh_plan_lookup_node (r->plan, id) == NULL)
        return fail_invalid (error, &element_at, _("unknown node “%s”"), id);
      if (!g_hash_table_add (listed, (gpointer) id))
        return fail_invalid (error, &element_at, _("the node “%s” is listed twice"), id);
      g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_add (ids, NULL);
  kh_plan_set_appendix_order (r->plan, (const char * const *) ids->pdata);
  return TRUE;
}

/* Units ------------------------------------------------------------------ */

static gboolean
read_id (Obj *o, const char **id, GError **error)
{
  Place at = MEMBER_PLACE (o, "id");

  if (!read_string (o, "id", TRUE, id, error))
    return FALSE;
  if (**id == '\0')
    return fail_invalid (error, &at, _("an id cannot be empty"));
  return TRUE;
}

static gboolean
read_unit (Reader *r, JsonNode *node, const Place *at, GError **error)
{
  const char *id = NULL, *name = NULL, *short_name = NULL, *group = NULL;
  g_autoptr(KhUnit) unit = NULL;
  Obj u;

  if (!as_object (node, at, &u, error)
      || !read_id (&u, &id, error)
      || !read_string (&u, "name", TRUE, &name, error)
      || !read_string (&u, "short", FALSE, &short_name, error)
      || !read_string (&u, "group", FALSE, &group, error))
    return FALSE;

  unit = kh_unit_new (id, name, short_name, group);
  keep_unknown (&u, kh_unit_member_names, kh_unit_get_extras (unit));
  if (!kh_plan_insert_unit (r->plan, G_MAXUINT, unit))
    {
      KhUnit *other = kh_plan_lookup_unit (r->plan, id);
      Place id_at = MEMBER_PLACE (&u, "id");

      return fail_invalid (error, &id_at, _("“%s” is already the id of units[%u]"),
                           id, kh_plan_get_unit_position (r->plan, other));
    }
  return TRUE;
}

/* Nodes ------------------------------------------------------------------ */

/* A lead or cooperating list.  The unknown members of its entries go into
 * *@unknown, by unit id. */
static gboolean
read_assignments (Reader *r, JsonNode *node, const Place *at, gboolean lead,
                  GPtrArray **out, JsonObject **unknown, GError **error)
{
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  JsonArray *array;
  guint n;

  if (!as_array (node, at, &array, error))
    return FALSE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      Place entry_at = { at, NULL, i };
      const char *id = NULL, *scope = NULL;
      JsonObject *entry_unknown;
      KhUnit *unit;
      Obj e;

      if (!as_object (json_array_get_element (array, i), &entry_at, &e, error)
          || !read_string (&e, "unit", TRUE, &id, error))
        return FALSE;
      if ((unit = kh_plan_lookup_unit (r->plan, id)) == NULL)
        return fail_invalid (error, &entry_at, _("unknown unit “%s”"), id);
      if (lead && !read_string (&e, "scope", FALSE, &scope, error))
        return FALSE;
      g_ptr_array_add (list, kh_assignment_new (unit, scope));

      entry_unknown = unknown_members (&e, lead ? kh_lead_member_names : kh_cooperate_member_names);
      if (entry_unknown != NULL)
        {
          if (*unknown == NULL)
            *unknown = json_object_new ();
          json_object_set_object_member (*unknown, id, entry_unknown);
        }
    }
  *out = g_steal_pointer (&list);
  return TRUE;
}

static gboolean
read_timeline (JsonNode *node, const Place *at, KhTimeline **out, GError **error)
{
  g_autofree char *path = place_to_string (at);

  *out = kh_timeline_read_json (node, path, error);
  return *out != NULL;
}

/* Keeps the unknown members of a list's entries (see read_assignments). */
static void
keep_entries (JsonObject **unknown, const char *name, JsonObject *entries)
{
  if (entries == NULL)
    return;
  if (*unknown == NULL)
    *unknown = json_object_new ();
  json_object_set_object_member (*unknown, name, entries);
}

static gboolean
read_appendix (Reader *r, JsonNode *node, const Place *at, KhNode *task, GError **error)
{
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(JsonObject) lead_unknown = NULL;
  g_autoptr(JsonObject) cooperate_unknown = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  const char *title = NULL, *lead_note = NULL, *cooperate_note = NULL;
  JsonNode *value;
  Obj a;

  if (!as_object (node, at, &a, error)
      || !read_string (&a, "title", FALSE, &title, error)
      || !read_string (&a, "lead_note", FALSE, &lead_note, error)
      || !read_string (&a, "cooperate_note", FALSE, &cooperate_note, error))
    return FALSE;
  row->title = g_strdup (title);
  row->lead_note = g_strdup (lead_note);
  row->cooperate_note = g_strdup (cooperate_note);

  if ((value = member (&a, "lead")) != NULL)
    {
      Place lead_at = MEMBER_PLACE (&a, "lead");

      if (!read_assignments (r, value, &lead_at, TRUE, &row->leads, &lead_unknown, error))
        return FALSE;
    }
  if ((value = member (&a, "cooperate")) != NULL)
    {
      Place cooperate_at = MEMBER_PLACE (&a, "cooperate");

      if (!read_assignments (r, value, &cooperate_at, FALSE, &row->cooperating, &cooperate_unknown, error))
        return FALSE;
    }
  if ((value = member (&a, "timeline")) != NULL)
    {
      Place timeline_at = MEMBER_PLACE (&a, "timeline");

      if (!read_timeline (value, &timeline_at, &row->timeline, error))
        return FALSE;
    }

  unknown = unknown_members (&a, kh_appendix_member_names);
  keep_entries (&unknown, "lead", g_steal_pointer (&lead_unknown));
  keep_entries (&unknown, "cooperate", g_steal_pointer (&cooperate_unknown));
  keep_nested (kh_node_get_extras (task), "appendix", unknown);
  kh_node_set_appendix_row (task, row);
  return TRUE;
}

static gboolean
read_budget (JsonNode *node, const Place *at, KhNode *task, GError **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  const char *source = NULL;
  gint64 amount = 0;
  Obj b;

  if (!as_object (node, at, &b, error)
      || !read_int (&b, "amount", FALSE, &amount, error)
      || !read_string (&b, "source", FALSE, &source, error))
    return FALSE;
  if (amount < 0)
    {
      Place amount_at = MEMBER_PLACE (&b, "amount");
      return fail_invalid (error, &amount_at, _("a budget cannot be negative"));
    }
  kh_node_set_budget_amount (task, amount);
  kh_node_set_budget_source (task, source);
  unknown = unknown_members (&b, kh_budget_member_names);
  keep_nested (kh_node_get_extras (task), "budget", unknown);
  return TRUE;
}

/* The place of a node already read, for "already the id of …". */
static char *
node_place (KhPlan *plan, KhNode *node)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (KhNode *n = node; n != NULL; n = kh_node_get_parent (n))
    g_ptr_array_insert (chain, 0, n);
  for (guint i = 0; i < chain->len; i++)
    g_string_append_printf (out, i == 0 ? "nodes[%u]" : ".children[%u]",
                            kh_plan_get_node_position (plan, g_ptr_array_index (chain, i)));
  return g_string_free (out, FALSE);
}

static gboolean read_nodes (Reader *r, JsonNode *node, const Place *at,
                            KhNode *parent, guint depth, GError **error);

/* Reads the members of @task but its id, kind and children. */
static gboolean
read_node_members (Reader *r, Obj *o, KhNode *task, JsonNode **children, GError **error)
{
  g_autoptr(JsonObject) lead_unknown = NULL;
  g_autoptr(JsonObject) cooperate_unknown = NULL;
  GHashTable *extras = kh_node_get_extras (task);

  for (guint i = 0; i < kh_n_node_members; i++)
    {
      const KhNodeMember *m = &kh_node_members[i];
      Place at = MEMBER_PLACE (o, m->name);
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(KhTimeline) timeline = NULL;
      JsonNode *value;

      if (m->type == KH_MEMBER_ID || m->type == KH_MEMBER_KIND)
        continue;  /* read first, to make the node */
      if ((value = member (o, m->name)) == NULL)
        {
          if (m->set_text == kh_node_set_title)
            return fail_missing (error, o, m->name);
          continue;
        }

      switch (m->type)
        {
        case KH_MEMBER_TEXT:
          if (!holds (value, G_TYPE_STRING))
            return fail_invalid (error, &at, _("expected a string"));
          m->set_text (task, json_node_get_string (value));
          break;
        case KH_MEMBER_LEAD:
          if (!read_assignments (r, value, &at, TRUE, &list, &lead_unknown, error))
            return FALSE;
          kh_node_set_leads (task, list);
          break;
        case KH_MEMBER_COOPERATE:
          if (!read_assignments (r, value, &at, FALSE, &list, &cooperate_unknown, error))
            return FALSE;
          kh_node_set_cooperating (task, list);
          break;
        case KH_MEMBER_TIMELINE:
          if (!read_timeline (value, &at, &timeline, error))
            return FALSE;
          kh_node_set_timeline (task, timeline);
          break;
        case KH_MEMBER_BUDGET:
          if (!read_budget (value, &at, task, error))
            return FALSE;
          break;
        case KH_MEMBER_IN_APPENDIX:
          if (!holds (value, G_TYPE_BOOLEAN))
            return fail_invalid (error, &at, _("expected true or false"));
          kh_node_set_in_appendix (task, json_node_get_boolean (value));
          break;
        case KH_MEMBER_APPENDIX:
          if (!read_appendix (r, value, &at, task, error))
            return FALSE;
          break;
        case KH_MEMBER_CHILDREN:
          *children = value;
          break;
        case KH_MEMBER_ID:
        case KH_MEMBER_KIND:
        default:
          g_assert_not_reached ();
        }
    }

  keep_nested (extras, "lead", lead_unknown);
  keep_nested (extras, "cooperate", cooperate_unknown);
  keep_unknown (o, kh_node_member_names, extras);
  return TRUE;
}

static gboolean
read_node (Reader *r, JsonNode *node, const Place *at, KhNode *parent, guint depth, GError **error)
{
  const char *id = NULL, *kind_code = NULL;
  g_autoptr(KhNode) task = NULL;
  JsonNode *children = NULL;
  KhNodeKind kind;
  KhNode *other;
  Obj o;

  if (depth > KH_MAX_NODE_DEPTH)
    return fail_at (error, KH_IO_ERROR_TOO_LARGE, at,
                    _("nodes are nested deeper than %d levels"), KH_MAX_NODE_DEPTH);

  if (!as_object (node, at, &o, error)
      || !read_id (&o, &id, error)
      || !read_string (&o, "kind", TRUE, &kind_code, error))
    return FALSE;
  if (!kh_node_kind_from_string (kind_code, &kind))
    {
      Place kind_at = MEMBER_PLACE (&o, "kind");
      return fail_invalid (error, &kind_at, _("unknown node kind “%s”; expected “section” or “item”"), kind_code);
    }
  if ((other = kh_plan_lookup_node (r->plan, id)) != NULL)
    {
      g_autofree char *other_at = node_place (r->plan, other);
      Place id_at = MEMBER_PLACE (&o, "id");

      return fail_invalid (error, &id_at, _("“%s” is already the id of %s"), id, other_at);
    }

  /* Filled in before it joins the plan: no signal for each member. */
  task = kh_node_new (id, kind, NULL);
  if (!read_node_members (r, &o, task, &children, error))
    return FALSE;
  kh_plan_insert_node (r->plan, parent, G_MAXUINT, task);

  if (children != NULL)
    {
      Place children_at = MEMBER_PLACE (&o, "children");
      return read_nodes (r, children, &children_at, task, depth + 1, error);
    }
  return TRUE;
}

static gboolean
read_nodes (Reader *r, JsonNode *node, const Place *at, KhNode *parent, guint depth, GError **error)
{
  JsonArray *array;
  guint n;

  if (!as_array (node, at, &array, error))
    return FALSE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      Place element_at = { at, NULL, i };

      if (!read_node (r, json_array_get_element (array, i), &element_at, parent, depth, error))
        return FALSE;
    }
  return TRUE;
}

/* The document ----------------------------------------------------------- */

static gboolean
read_units (Reader *r, JsonNode *node, const Place *at, GError **error)
{
  JsonArray *array;
  guint n;

  if (!as_array (node, at, &array, error))
    return FALSE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      Place element_at = { at, NULL, i };

      if (!read_unit (r, json_array_get_element (array, i), &element_at, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_version (Obj *d, GError **error)
{
  Place at = MEMBER_PLACE (d, "version");
  gint64 version = 0;

  if (!read_int (d, "version", TRUE, &version, error))
    return FALSE;
  if (version > KH_FORMAT_VERSION)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NEWER_VERSION,
                   _("This plan was saved by a newer version of Kehoach (format version %" G_GINT64_FORMAT "); "
                     "update Kehoach to open it"), version);
      return FALSE;
    }
  if (version < 0)
    return fail_invalid (error, &at, _("unknown format version %" G_GINT64_FORMAT), version);
  return kh_plan_migrate (d->object, version, error);
}

static KhPlan *
read_document (JsonNode *root, GError **error)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  Reader r = { plan, NULL };
  const char *format = NULL;
  JsonNode *node;
  Obj d = { NULL, NULL, 0 };

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      d.object = json_node_get_object (root);
      node = member (&d, "format");
      if (node != NULL && holds (node, G_TYPE_STRING))
        format = json_node_get_string (node);
    }
  if (g_strcmp0 (format, KH_FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_A_PLAN,
                           _("This file is not a Kehoach plan (its “format” is not “kehoach”)"));
      return NULL;
    }

  if (!read_version (&d, error))
    return NULL;

  if ((node = member (&d, "plan")) == NULL)
    {
      fail_missing (error, &d, "plan");
      return NULL;
    }
  if (!read_plan (&r, node, error))
    return NULL;
  if ((node = member (&d, "units")) != NULL)
    {
      Place at = { NULL, "units", 0 };

      if (!read_units (&r, node, &at, error))
        return NULL;
    }
  if ((node = member (&d, "nodes")) != NULL)
    {
      Place at = { NULL, "nodes", 0 };

      if (!read_nodes (&r, node, &at, NULL, 1, error))
        return NULL;
    }
  if (!read_appendix_order (&r, error))
    return NULL;

  keep_unknown (&d, kh_document_member_names, kh_plan_get_document_extras (plan));
  return g_steal_pointer (&plan);
}

/* Bytes ------------------------------------------------------------------ */

static guint
line_at (const char *data, const char *end)
{
  guint line = 1;

  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* json-glib's parser recurses once per level and copies every string:
 * refuse a deep nesting or a huge string before it sees the bytes. */
static gboolean
check_shape (const char *data, gsize length, GError **error)
{
  const char *p = data, *end = data + length;
  guint depth = 0;

  while (p < end)
    {
      switch (*p++)
        {
        case '"':
          {
            const char *start = p;

            while (p < end && *p != '"')
              p += *p == '\\' && p + 1 < end ? 2 : 1;
            if (p - start > KH_MAX_STRING_SIZE)
              {
                g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                             _("Line %u: a text is longer than %d MiB"),
                             line_at (data, start), KH_MAX_STRING_SIZE / (1024 * 1024));
                return FALSE;
              }
            p++;
          }
          break;
        case '[':
        case '{':
          if (++depth > KH_MAX_JSON_DEPTH)
            {
              g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                           _("Line %u: the data is nested deeper than %d levels"),
                           line_at (data, p), KH_MAX_JSON_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* "<data>:4:1: Parse error: unexpected …" → "line 4, column 1: Parse error: …" */
static void
set_parse_error (GError **error, const GError *json_error)
{
  const char *message = json_error->message;
  const char *rest;
  guint64 line, column;
  char *end;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  line = g_ascii_strtoull (message, &end, 10);
  if (end != message && *end == ':')
    {
      rest = end + 1;
      column = g_ascii_strtoull (rest, &end, 10);
      if (end != rest && *end == ':')
        {
          g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                       _("The file is not valid JSON: line %u, column %u: %s"),
                       (guint) line, (guint) column, g_strchug (end + 1));
          return;
        }
    }
  g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
               _("The file is not valid JSON: %s"), message);
}

KhPlan *
kh_plan_load_bytes (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *data, *invalid;
  gsize length;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > KH_MAX_FILE_SIZE)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any plan can be"),
                   KH_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON,
                   _("Line %u: the file is not UTF-8 text"), line_at (data, invalid));
      return NULL;
    }
  /* Editors on Windows may start a UTF-8 file with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!check_shape (data, length, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      set_parse_error (error, json_error);
      return NULL;
    }
  if ((root = json_parser_get_root (parser)) == NULL)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }
  return read_document (root, error);
}

KhPlan *
kh_plan_load (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Do not read gigabytes only to refuse them. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR
      && g_file_info_get_size (info) > KH_MAX_FILE_SIZE)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any plan can be"),
                   KH_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if ((bytes = g_file_load_bytes (file, NULL, NULL, error)) == NULL)
    return NULL;
  return kh_plan_load_bytes (bytes, error);
}
