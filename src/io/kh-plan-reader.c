/* kh-plan-reader.c — a parsed .kehoach document into a new KhPlan.
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

#include "kh-json-writer-private.h"
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
  const KhJsonDoc *doc;
  guint            object;
  const Place     *place;
  guint            seen;
  guint            hint;    /* where the next member lookup starts */
} Obj;

typedef struct
{
  KhPlan    *plan;
  KhJsonDoc *doc;
  guint      appendix_order;  /* checked once every node is known */
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
is (const KhJsonDoc *doc, guint value, KhJsonType type)
{
  return kh_json_doc_type (doc, value) == type;
}

static gboolean
as_object (const KhJsonDoc *doc, guint value, const Place *place, Obj *out, GError **error)
{
  if (!is (doc, value, KH_JSON_OBJECT))
    return fail_invalid (error, place, _("expected an object"));
  out->doc = doc;
  out->object = value;
  out->place = place;
  out->seen = 0;
  out->hint = 0;
  return TRUE;
}

static gboolean
as_array (const KhJsonDoc *doc, guint value, const Place *place, GError **error)
{
  if (!is (doc, value, KH_JSON_ARRAY))
    return fail_invalid (error, place, _("expected an array"));
  return TRUE;
}

/* The member @name of @o, or KH_JSON_NONE. */
static guint
member (Obj *o, const char *name)
{
  guint value = kh_json_doc_member (o->doc, o->object, name, &o->hint);

  if (value != KH_JSON_NONE)
    o->seen++;
  return value;
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
  guint value = member (o, name);
  Place at = MEMBER_PLACE (o, name);

  if (value == KH_JSON_NONE)
    return !required || fail_missing (error, o, name);
  if (!is (o->doc, value, KH_JSON_STRING))
    return fail_invalid (error, &at, _("expected a string"));
  *out = kh_json_doc_string (o->doc, value);
  return TRUE;
}

static gboolean
read_int (Obj *o, const char *name, gboolean required, gint64 *out, GError **error)
{
  guint value = member (o, name);
  Place at = MEMBER_PLACE (o, name);

  if (value == KH_JSON_NONE)
    return !required || fail_missing (error, o, name);
  if (!is (o->doc, value, KH_JSON_INT))
    return fail_invalid (error, &at, _("expected an integer"));
  *out = kh_json_doc_int (o->doc, value);
  return TRUE;
}

static gboolean
read_strv (Obj *o, const char *name, GStrv *out, GError **error)
{
  guint value = member (o, name);
  Place at = MEMBER_PLACE (o, name);
  g_autoptr(GStrvBuilder) strv = NULL;
  guint n, element;

  if (value == KH_JSON_NONE)
    return TRUE;
  if (!as_array (o->doc, value, &at, error))
    return FALSE;

  strv = g_strv_builder_new ();
  n = kh_json_doc_n_items (o->doc, value);
  element = kh_json_doc_first (o->doc, value);
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (o->doc, element))
    {
      Place element_at = { &at, NULL, i };

      if (!is (o->doc, element, KH_JSON_STRING))
        return fail_invalid (error, &element_at, _("expected a string"));
      g_strv_builder_add (strv, kh_json_doc_string (o->doc, element));
    }
  *out = g_strv_builder_end (strv);
  return TRUE;
}

/* Unknown members -------------------------------------------------------- */

/* The members of @o not in @known, as a new object in *@unknown (left
 * NULL when there are none).  A name written twice is refused: which of
 * the two was meant cannot be told. */
static gboolean
unknown_members (Obj *o, const char * const *known, JsonObject **unknown, GError **error)
{
  guint n = kh_json_doc_n_items (o->doc, o->object);
  guint first = kh_json_doc_first (o->doc, o->object);
  guint key = first;

  if (n <= o->seen)
    return TRUE;

  for (guint i = 0; i < n; i++, key = kh_json_doc_next (o->doc, key + 1))
    {
      const char *name = kh_json_doc_string (o->doc, key);

      for (guint k = first; k != key; k = kh_json_doc_next (o->doc, k + 1))
        if (strcmp (kh_json_doc_string (o->doc, k), name) == 0)
          return fail_invalid (error, o->place, _("the member “%s” is written twice"), name);
      if (kh_member_is_known (known, name))
        continue;
      if (*unknown == NULL)
        *unknown = json_object_new ();
      json_object_set_member (*unknown, name, kh_json_doc_to_node (o->doc, key + 1));
    }
  return TRUE;
}

/* Keeps the unknown members of @o in @extras, name → JSON text. */
static gboolean
keep_unknown (Obj *o, const char * const *known, GHashTable *extras, GError **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!unknown_members (o, known, &unknown, error))
    return FALSE;
  if (unknown == NULL)
    return TRUE;
  json_object_iter_init (&iter, unknown);
  while (json_object_iter_next (&iter, &name, &value))
    g_hash_table_replace (extras, g_strdup (name), kh_json_to_compact_text (value));
  return TRUE;
}

/* Keeps @unknown, found inside the known member @name, in @extras. */
static void
keep_nested (GHashTable *extras, const char *name, JsonObject *unknown)
{
  g_autoptr(JsonNode) node = NULL;

  if (unknown == NULL)
    return;
  node = json_node_init_object (json_node_alloc (), unknown);
  g_hash_table_replace (extras, g_strdup (name), kh_json_to_compact_text (node));
}

/* Plan metadata ---------------------------------------------------------- */

static gboolean
read_text_object (KhPlan *plan, Obj *p, const char *name,
                  const KhPlanTextMember *members, const char * const *known,
                  GError **error)
{
  guint value = member (p, name);
  Place at = MEMBER_PLACE (p, name);
  g_autoptr(JsonObject) unknown = NULL;
  Obj o;

  if (value == KH_JSON_NONE)
    return TRUE;
  if (!as_object (p->doc, value, &at, &o, error))
    return FALSE;

  for (const KhPlanTextMember *m = members; m->name != NULL; m++)
    {
      const char *text = NULL;

      if (!read_string (&o, m->name, FALSE, &text, error))
        return FALSE;
      kh_plan_set_string (plan, m->property, text);
    }
  if (!unknown_members (&o, known, &unknown, error))
    return FALSE;
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
read_plan (Reader *r, guint value, GError **error)
{
  static const Place at = { NULL, "plan", 0 };
  static const char * const texts[] = { "title", "number", "place", "date", "preamble" };
  KhPlan *plan = r->plan;
  const char *language = NULL, *numbering = NULL;
  g_auto(GStrv) recipients = NULL;
  gint64 year = 0;
  guint order;
  Obj p;

  if (!as_object (r->doc, value, &at, &p, error))
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
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      /* TRANSLATORS: %s is the number found in the file */
      return fail_invalid (error, &year_at, _("expected a year from 1900 to 2200, not %s"), number);
    }
  kh_plan_set_year (plan, (int) year);

  if (!read_string (&p, "language", FALSE, &language, error))
    return FALSE;
  if (language != NULL)
    {
      KhLanguage code;
      Place language_at = MEMBER_PLACE (&p, "language");

      if (!kh_language_from_string (language, &code))
        return fail_invalid (error, &language_at, _("unknown language “%s”; expected “vi” or “en”"), language);
      kh_plan_set_language (plan, code);
    }

  if (!read_string (&p, "numbering", FALSE, &numbering, error))
    return FALSE;
  if (numbering != NULL)
    {
      KhNumbering code;
      Place numbering_at = MEMBER_PLACE (&p, "numbering");

      if (!kh_numbering_from_string (numbering, &code))
        return fail_invalid (error, &numbering_at,
                             _("unknown numbering “%s”; expected “decree30” or “decimal”"), numbering);
      kh_plan_set_numbering (plan, code);
    }

  if (!read_text_object (plan, &p, "issuer", kh_issuer_members, kh_issuer_member_names, error)
      || !read_text_object (plan, &p, "signature", kh_signature_members, kh_signature_member_names, error)
      || !read_strv (&p, "recipients", &recipients, error))
    return FALSE;
  if (recipients != NULL)
    kh_plan_set_recipients (plan, (const char * const *) recipients);

  /* Its ids can only be checked once the tree is read. */
  if ((order = member (&p, "appendix_order")) != KH_JSON_NONE)
    {
      Place order_at = MEMBER_PLACE (&p, "appendix_order");

      if (!as_array (r->doc, order, &order_at, error))
        return FALSE;
      r->appendix_order = order;
    }

  return keep_unknown (&p, kh_plan_member_names, kh_plan_get_extras (plan), error);
}

static gboolean
read_appendix_order (Reader *r, GError **error)
{
  static const Place plan_at = { NULL, "plan", 0 };
  static const Place at = { &plan_at, "appendix_order", 0 };
  g_autoptr(GHashTable) listed = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  guint n, element;

  if (r->appendix_order == KH_JSON_NONE)
    return TRUE;

  n = kh_json_doc_n_items (r->doc, r->appendix_order);
  element = kh_json_doc_first (r->doc, r->appendix_order);
  listed = g_hash_table_new (g_str_hash, g_str_equal);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (r->doc, element))
    {
      Place element_at = { &at, NULL, i };
      const char *id;

      if (!is (r->doc, element, KH_JSON_STRING))
        return fail_invalid (error, &element_at, _("expected a node id"));
      id = kh_json_doc_string (r->doc, element);
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
read_unit (Reader *r, guint value, const Place *at, GError **error)
{
  const char *id = NULL, *name = NULL, *short_name = NULL, *group = NULL;
  g_autoptr(KhUnit) unit = NULL;
  Obj u;

  if (!as_object (r->doc, value, at, &u, error)
      || !read_id (&u, &id, error)
      || !read_string (&u, "name", TRUE, &name, error)
      || !read_string (&u, "short", FALSE, &short_name, error)
      || !read_string (&u, "group", FALSE, &group, error))
    return FALSE;

  unit = kh_unit_new (id, name, short_name, group);
  if (!keep_unknown (&u, kh_unit_member_names, kh_unit_get_extras (unit), error))
    return FALSE;
  if (!kh_plan_insert_unit (r->plan, G_MAXUINT, unit))
    {
      KhUnit *other = kh_plan_lookup_unit (r->plan, id);
      Place id_at = MEMBER_PLACE (&u, "id");

      return fail_invalid (error, &id_at, _("“%s” is already the id of units[%u]"),
                           id, kh_plan_get_unit_position (r->plan, other));
    }
  return TRUE;
}

static gboolean
read_units (Reader *r, guint value, const Place *at, GError **error)
{
  guint n, element;

  if (!as_array (r->doc, value, at, error))
    return FALSE;

  n = kh_json_doc_n_items (r->doc, value);
  element = kh_json_doc_first (r->doc, value);
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (r->doc, element))
    {
      Place element_at = { at, NULL, i };

      if (!read_unit (r, element, &element_at, error))
        return FALSE;
    }
  return TRUE;
}

/* Nodes ------------------------------------------------------------------ */

/* A lead or cooperating list.  The unknown members of its entries go into
 * *@unknown, by unit id. */
static gboolean
read_assignments (Reader *r, guint value, const Place *at, gboolean lead,
                  GPtrArray **out, JsonObject **unknown, GError **error)
{
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  guint n, element;

  if (!as_array (r->doc, value, at, error))
    return FALSE;

  n = kh_json_doc_n_items (r->doc, value);
  element = kh_json_doc_first (r->doc, value);
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (r->doc, element))
    {
      Place entry_at = { at, NULL, i };
      const char *id = NULL, *scope = NULL;
      JsonObject *entry_unknown = NULL;
      KhUnit *unit;
      Obj e;

      if (!as_object (r->doc, element, &entry_at, &e, error)
          || !read_string (&e, "unit", TRUE, &id, error))
        return FALSE;
      if ((unit = kh_plan_lookup_unit (r->plan, id)) == NULL)
        return fail_invalid (error, &entry_at, _("unknown unit “%s”"), id);
      if (lead && !read_string (&e, "scope", FALSE, &scope, error))
        return FALSE;
      g_ptr_array_add (list, kh_assignment_new (unit, scope));

      if (!unknown_members (&e, lead ? kh_lead_member_names : kh_cooperate_member_names,
                            &entry_unknown, error))
        return FALSE;
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
read_timeline (Reader *r, guint value, const Place *at, KhTimeline **out, GError **error)
{
  g_autoptr(JsonNode) node = kh_json_doc_to_node (r->doc, value);
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
read_appendix (Reader *r, guint value, const Place *at, KhNode *task, GError **error)
{
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(JsonObject) lead_unknown = NULL;
  g_autoptr(JsonObject) cooperate_unknown = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  const char *title = NULL, *lead_note = NULL, *cooperate_note = NULL;
  guint list;
  Obj a;

  if (!as_object (r->doc, value, at, &a, error)
      || !read_string (&a, "title", FALSE, &title, error))
    return FALSE;
  if ((list = member (&a, "lead")) != KH_JSON_NONE)
    {
      Place lead_at = MEMBER_PLACE (&a, "lead");

      if (!read_assignments (r, list, &lead_at, TRUE, &row->leads, &lead_unknown, error))
        return FALSE;
    }
  if (!read_string (&a, "lead_note", FALSE, &lead_note, error))
    return FALSE;
  if ((list = member (&a, "cooperate")) != KH_JSON_NONE)
    {
      Place cooperate_at = MEMBER_PLACE (&a, "cooperate");

      if (!read_assignments (r, list, &cooperate_at, FALSE, &row->cooperating, &cooperate_unknown, error))
        return FALSE;
    }
  if (!read_string (&a, "cooperate_note", FALSE, &cooperate_note, error))
    return FALSE;
  if ((list = member (&a, "timeline")) != KH_JSON_NONE)
    {
      Place timeline_at = MEMBER_PLACE (&a, "timeline");

      if (!read_timeline (r, list, &timeline_at, &row->timeline, error))
        return FALSE;
    }
  row->title = g_strdup (title);
  row->lead_note = g_strdup (lead_note);
  row->cooperate_note = g_strdup (cooperate_note);

  if (!unknown_members (&a, kh_appendix_member_names, &unknown, error))
    return FALSE;
  keep_entries (&unknown, "lead", g_steal_pointer (&lead_unknown));
  keep_entries (&unknown, "cooperate", g_steal_pointer (&cooperate_unknown));
  keep_nested (kh_node_get_extras (task), "appendix", unknown);
  kh_node_set_appendix_row (task, row);
  return TRUE;
}

static gboolean
read_budget (Reader *r, guint value, const Place *at, KhNode *task, GError **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  const char *source = NULL;
  gint64 amount = 0;
  Obj b;

  if (!as_object (r->doc, value, at, &b, error)
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
  if (!unknown_members (&b, kh_budget_member_names, &unknown, error))
    return FALSE;
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

static gboolean read_nodes (Reader *r, guint value, const Place *at,
                            KhNode *parent, guint depth, GError **error);

/* Reads the members of @task but its id, kind and children. */
static gboolean
read_node_members (Reader *r, Obj *o, KhNode *task, guint *children, GError **error)
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
      guint value;

      if (m->type == KH_MEMBER_ID || m->type == KH_MEMBER_KIND)
        continue;  /* read first, to make the node */
      if ((value = member (o, m->name)) == KH_JSON_NONE)
        {
          if (m->set_text == kh_node_set_title)
            return fail_missing (error, o, m->name);
          continue;
        }

      switch (m->type)
        {
        case KH_MEMBER_TEXT:
          if (!is (r->doc, value, KH_JSON_STRING))
            return fail_invalid (error, &at, _("expected a string"));
          m->set_text (task, kh_json_doc_string (r->doc, value));
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
          if (!read_timeline (r, value, &at, &timeline, error))
            return FALSE;
          kh_node_set_timeline (task, timeline);
          break;
        case KH_MEMBER_BUDGET:
          if (!read_budget (r, value, &at, task, error))
            return FALSE;
          break;
        case KH_MEMBER_IN_APPENDIX:
          if (!is (r->doc, value, KH_JSON_BOOLEAN))
            return fail_invalid (error, &at, _("expected true or false"));
          kh_node_set_in_appendix (task, kh_json_doc_boolean (r->doc, value));
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
  return keep_unknown (o, kh_node_member_names, extras, error);
}

static gboolean
read_node (Reader *r, guint value, const Place *at, KhNode *parent, guint depth, GError **error)
{
  const char *id = NULL, *kind_code = NULL;
  g_autoptr(KhNode) task = NULL;
  guint children = KH_JSON_NONE;
  KhNodeKind kind;
  KhNode *other;
  Obj o;

  if (depth > KH_MAX_NODE_DEPTH)
    return fail_at (error, KH_IO_ERROR_TOO_LARGE, at,
                    _("nodes are nested deeper than %d levels"), KH_MAX_NODE_DEPTH);

  if (!as_object (r->doc, value, at, &o, error)
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

  if (children != KH_JSON_NONE)
    {
      Place children_at = MEMBER_PLACE (&o, "children");
      return read_nodes (r, children, &children_at, task, depth + 1, error);
    }
  return TRUE;
}

static gboolean
read_nodes (Reader *r, guint value, const Place *at, KhNode *parent, guint depth, GError **error)
{
  guint n, element;

  if (!as_array (r->doc, value, at, error))
    return FALSE;

  n = kh_json_doc_n_items (r->doc, value);
  element = kh_json_doc_first (r->doc, value);
  for (guint i = 0; i < n; i++, element = kh_json_doc_next (r->doc, element))
    {
      Place element_at = { at, NULL, i };

      if (!read_node (r, element, &element_at, parent, depth, error))
        return FALSE;
    }
  return TRUE;
}

/* The document ----------------------------------------------------------- */

/* Refuses a newer document; brings an older one up to date, in @doc. */
static gboolean
read_version (KhJsonDoc *doc, Obj *d, GError **error)
{
  Place at = MEMBER_PLACE (d, "version");
  g_autoptr(JsonNode) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;
  gint64 version = 0;

  if (!read_int (d, "version", TRUE, &version, error))
    return FALSE;
  /* Through a string: xgettext cannot see into G_GINT64_FORMAT. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version > KH_FORMAT_VERSION)
    {
      g_set_error (error, KH_IO_ERROR, KH_IO_ERROR_NEWER_VERSION,
                   /* TRANSLATORS: %s is a number */
                   _("This plan was saved by a newer version of Kehoach (format version %s); "
                     "update Kehoach to open it"), number);
      return FALSE;
    }
  if (version < 0)
    return fail_invalid (error, &at, _("unknown format version %s"), number);
  if (version == KH_FORMAT_VERSION)
    return TRUE;

  /* Migrations work on json-glib nodes; old files are few and small. */
  document = kh_json_doc_to_node (doc, 0);
  if (!kh_plan_migrate (json_node_get_object (document), version, error))
    return FALSE;
  text = kh_json_to_compact_text (document);
  kh_json_doc_clear (doc);
  if (!kh_plan_parse_json (doc, text, strlen (text), error))
    return FALSE;
  d->seen = d->hint = 0;
  member (d, "format");  /* checked above; no migration changes it */
  return read_int (d, "version", TRUE, &version, error);
}

KhPlan *
kh_plan_read_json (KhJsonDoc  *doc,
                   GError    **error)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  Reader r = { plan, doc, KH_JSON_NONE };
  const char *format = NULL;
  guint value;
  Obj d = { doc, 0, NULL, 0, 0 };

  if (is (doc, 0, KH_JSON_OBJECT))
    {
      value = member (&d, "format");
      if (value != KH_JSON_NONE && is (doc, value, KH_JSON_STRING))
        format = kh_json_doc_string (doc, value);
    }
  if (g_strcmp0 (format, KH_FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_A_PLAN,
                           _("This file is not a Kehoach plan (its “format” is not “kehoach”)"));
      return NULL;
    }

  if (!read_version (doc, &d, error))
    return NULL;

  if ((value = member (&d, "plan")) == KH_JSON_NONE)
    {
      fail_missing (error, &d, "plan");
      return NULL;
    }
  if (!read_plan (&r, value, error))
    return NULL;
  if ((value = member (&d, "units")) != KH_JSON_NONE)
    {
      Place at = { NULL, "units", 0 };

      if (!read_units (&r, value, &at, error))
        return NULL;
    }
  if ((value = member (&d, "nodes")) != KH_JSON_NONE)
    {
      Place at = { NULL, "nodes", 0 };

      if (!read_nodes (&r, value, &at, NULL, 1, error))
        return NULL;
    }
  if (!read_appendix_order (&r, error)
      || !keep_unknown (&d, kh_document_member_names, kh_plan_get_document_extras (plan), error))
    return NULL;
  return g_steal_pointer (&plan);
}
