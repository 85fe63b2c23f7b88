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
#include "kh-plan-read-private.h"
#include "kh-plan-io.h"
#include "kh-timeline-json.h"

typedef struct
{
  KhPlan    *plan;
  KhJsonDoc *doc;
  GStrv      appendix_order;  /* checked once every node is known */
} Reader;

/* Plan metadata ---------------------------------------------------------- */

static gboolean
read_text_object (KhPlan *plan, KhReadObject *p, const char *name,
                  const KhPlanTextMember *members, const char * const *known,
                  GError **error)
{
  guint value = kh_read_member (p, name);
  KhReadPlace at = KH_READ_MEMBER_PLACE (p, name);
  g_autoptr(JsonObject) unknown = NULL;
  KhReadObject o;

  if (value == KH_JSON_NONE)
    return TRUE;
  if (!kh_read_object (p->doc, value, &at, &o, error))
    return FALSE;

  for (const KhPlanTextMember *m = members; m->name != NULL; m++)
    {
      const char *text = NULL;

      if (!kh_read_string (&o, m->name, FALSE, &text, error))
        return FALSE;
      kh_plan_set_string (plan, m->property, text);
    }
  if (!kh_read_unknown (&o, known, &unknown, error))
    return FALSE;
  kh_read_keep_nested (kh_plan_get_extras (plan), name, unknown);
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
  static const KhReadPlace at = { NULL, "plan", 0 };
  static const char * const texts[] = { "title", "number", "place", "date", "preamble" };
  KhPlan *plan = r->plan;
  const char *language = NULL, *numbering = NULL;
  g_auto(GStrv) recipients = NULL;
  gint64 year = 0;
  KhReadObject p;

  if (!kh_read_object (r->doc, value, &at, &p, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = NULL;

      if (!kh_read_string (&p, texts[i], FALSE, &text, error))
        return FALSE;
      if (g_str_equal (texts[i], "date") && text != NULL && !valid_date (text))
        {
          KhReadPlace date_at = KH_READ_MEMBER_PLACE (&p, "date");
          return kh_read_invalid (error, &date_at, _("expected a date written YYYY-MM-DD, not “%s”"), text);
        }
      kh_plan_set_string (plan, texts[i], text);
    }

  if (!kh_read_int (&p, "year", TRUE, &year, error))
    return FALSE;
  if (year < 1900 || year > 2200)
    {
      KhReadPlace year_at = KH_READ_MEMBER_PLACE (&p, "year");
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, year);

      /* TRANSLATORS: %s is the number found in the file */
      return kh_read_invalid (error, &year_at, _("expected a year from 1900 to 2200, not %s"), number);
    }
  kh_plan_set_year (plan, (int) year);

  if (!kh_read_string (&p, "language", FALSE, &language, error))
    return FALSE;
  if (language != NULL)
    {
      KhLanguage code;
      KhReadPlace language_at = KH_READ_MEMBER_PLACE (&p, "language");

      if (!kh_language_from_string (language, &code))
        return kh_read_invalid (error, &language_at, _("unknown language “%s”; expected “vi” or “en”"), language);
      kh_plan_set_language (plan, code);
    }

  if (!kh_read_string (&p, "numbering", FALSE, &numbering, error))
    return FALSE;
  if (numbering != NULL)
    {
      KhNumbering code;
      KhReadPlace numbering_at = KH_READ_MEMBER_PLACE (&p, "numbering");

      if (!kh_numbering_from_string (numbering, &code))
        return kh_read_invalid (error, &numbering_at,
                             _("unknown numbering “%s”; expected “decree30” or “decimal”"), numbering);
      kh_plan_set_numbering (plan, code);
    }

  if (!read_text_object (plan, &p, "issuer", kh_issuer_members, kh_issuer_member_names, error)
      || !read_text_object (plan, &p, "signature", kh_signature_members, kh_signature_member_names, error)
      || !kh_read_strv (&p, "recipients", &recipients, error))
    return FALSE;
  if (recipients != NULL)
    kh_plan_set_recipients (plan, (const char * const *) recipients);

  /* Its ids can only be checked once the tree is read. */
  if (!kh_read_strv (&p, "appendix_order", &r->appendix_order, error))
    return FALSE;

  return kh_read_keep_unknown (&p, kh_plan_member_names, kh_plan_get_extras (plan), error);
}

static gboolean
read_appendix_order (Reader *r, GError **error)
{
  static const KhReadPlace plan_at = { NULL, "plan", 0 };
  static const KhReadPlace at = { &plan_at, "appendix_order", 0 };
  g_autoptr(GHashTable) listed = NULL;

  if (r->appendix_order == NULL)
    return TRUE;

  listed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; r->appendix_order[i] != NULL; i++)
    {
      const char *id = r->appendix_order[i];
      KhReadPlace element_at = { &at, NULL, i };

      if (kh_plan_lookup_node (r->plan, id) == NULL)
        return kh_read_invalid (error, &element_at, _("unknown node “%s”"), id);
      if (!g_hash_table_add (listed, (gpointer) id))
        return kh_read_invalid (error, &element_at, _("the node “%s” is listed twice"), id);
    }
  kh_plan_set_appendix_order (r->plan, (const char * const *) r->appendix_order);
  return TRUE;
}

/* Units ------------------------------------------------------------------ */

static gboolean
read_id (KhReadObject *o, const char **id, GError **error)
{
  KhReadPlace at = KH_READ_MEMBER_PLACE (o, "id");

  if (!kh_read_string (o, "id", TRUE, id, error))
    return FALSE;
  if (**id == '\0')
    return kh_read_invalid (error, &at, _("an id cannot be empty"));
  return TRUE;
}

static gboolean
read_unit (guint value, const KhReadPlace *at, gpointer data, GError **error)
{
  Reader *r = data;
  const char *id = NULL, *name = NULL, *short_name = NULL, *group = NULL;
  g_autoptr(KhUnit) unit = NULL;
  KhReadObject u;

  if (!kh_read_object (r->doc, value, at, &u, error)
      || !read_id (&u, &id, error)
      || !kh_read_string (&u, "name", TRUE, &name, error)
      || !kh_read_string (&u, "short", FALSE, &short_name, error)
      || !kh_read_string (&u, "group", FALSE, &group, error))
    return FALSE;

  unit = kh_unit_new (id, name, short_name, group);
  if (!kh_read_keep_unknown (&u, kh_unit_member_names, kh_unit_get_extras (unit), error))
    return FALSE;
  if (!kh_plan_insert_unit (r->plan, G_MAXUINT, unit))
    {
      KhUnit *other = kh_plan_lookup_unit (r->plan, id);
      KhReadPlace id_at = KH_READ_MEMBER_PLACE (&u, "id");

      return kh_read_invalid (error, &id_at, _("“%s” is already the id of units[%u]"),
                           id, kh_plan_get_unit_position (r->plan, other));
    }
  return TRUE;
}

/* Nodes ------------------------------------------------------------------ */

typedef struct
{
  Reader      *r;
  gboolean     lead;
  GPtrArray   *list;
  JsonObject **unknown;
} ListRead;

static gboolean
read_assignment (guint element, const KhReadPlace *at, gpointer data, GError **error)
{
  ListRead *read = data;
  const char *id = NULL, *scope = NULL;
  JsonObject *entry_unknown = NULL;
  KhUnit *unit;
  KhReadObject e;

  if (!kh_read_object (read->r->doc, element, at, &e, error)
      || !kh_read_string (&e, "unit", TRUE, &id, error))
    return FALSE;
  if ((unit = kh_plan_lookup_unit (read->r->plan, id)) == NULL)
    return kh_read_invalid (error, at, _("unknown unit “%s”"), id);
  if (read->lead && !kh_read_string (&e, "scope", FALSE, &scope, error))
    return FALSE;
  g_ptr_array_add (read->list, kh_assignment_new (unit, scope));

  if (!kh_read_unknown (&e, read->lead ? kh_lead_member_names : kh_cooperate_member_names,
                        &entry_unknown, error))
    return FALSE;
  if (entry_unknown != NULL)
    {
      if (*read->unknown == NULL)
        *read->unknown = json_object_new ();
      json_object_set_object_member (*read->unknown, id, entry_unknown);
    }
  return TRUE;
}

/* A lead or cooperating list.  The unknown members of its entries go into
 * *@unknown, by unit id. */
static gboolean
read_assignments (Reader *r, guint value, const KhReadPlace *at, gboolean lead,
                  GPtrArray **out, JsonObject **unknown, GError **error)
{
  g_autoptr(GPtrArray) list = kh_assignment_list_new ();
  ListRead read = { r, lead, list, unknown };

  if (!kh_read_each (r->doc, value, at, read_assignment, &read, error))
    return FALSE;
  *out = g_steal_pointer (&list);
  return TRUE;
}

static gboolean
read_timeline (Reader *r, guint value, const KhReadPlace *at, KhTimeline **out, GError **error)
{
  g_autoptr(JsonNode) node = kh_json_doc_to_node (r->doc, value);
  g_autofree char *path = kh_read_place_string (at);

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

/* The list in the member @name of @o, when there is one. */
static gboolean
read_list_member (Reader *r, KhReadObject *o, const char *name, gboolean lead,
                  GPtrArray **out, JsonObject **unknown, GError **error)
{
  guint value = kh_read_member (o, name);
  KhReadPlace at = KH_READ_MEMBER_PLACE (o, name);

  return value == KH_JSON_NONE || read_assignments (r, value, &at, lead, out, unknown, error);
}

static gboolean
read_appendix (Reader *r, guint value, const KhReadPlace *at, KhNode *task, GError **error)
{
  g_autoptr(KhAppendixRow) row = kh_appendix_row_new ();
  g_autoptr(JsonObject) lead_unknown = NULL;
  g_autoptr(JsonObject) cooperate_unknown = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  const char *title = NULL, *lead_note = NULL, *cooperate_note = NULL;
  guint timeline;
  KhReadObject a;

  if (!kh_read_object (r->doc, value, at, &a, error)
      || !kh_read_string (&a, "title", FALSE, &title, error)
      || !read_list_member (r, &a, "lead", TRUE, &row->leads, &lead_unknown, error)
      || !kh_read_string (&a, "lead_note", FALSE, &lead_note, error)
      || !read_list_member (r, &a, "cooperate", FALSE, &row->cooperating, &cooperate_unknown, error)
      || !kh_read_string (&a, "cooperate_note", FALSE, &cooperate_note, error))
    return FALSE;
  if ((timeline = kh_read_member (&a, "timeline")) != KH_JSON_NONE)
    {
      KhReadPlace timeline_at = KH_READ_MEMBER_PLACE (&a, "timeline");

      if (!read_timeline (r, timeline, &timeline_at, &row->timeline, error))
        return FALSE;
    }
  row->title = g_strdup (title);
  row->lead_note = g_strdup (lead_note);
  row->cooperate_note = g_strdup (cooperate_note);

  if (!kh_read_unknown (&a, kh_appendix_member_names, &unknown, error))
    return FALSE;
  keep_entries (&unknown, "lead", g_steal_pointer (&lead_unknown));
  keep_entries (&unknown, "cooperate", g_steal_pointer (&cooperate_unknown));
  kh_read_keep_nested (kh_node_get_extras (task), "appendix", unknown);
  kh_node_set_appendix_row (task, row);
  return TRUE;
}

static gboolean
read_budget (Reader *r, guint value, const KhReadPlace *at, KhNode *task, GError **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  const char *source = NULL;
  gint64 amount = 0;
  KhReadObject b;

  if (!kh_read_object (r->doc, value, at, &b, error)
      || !kh_read_int (&b, "amount", FALSE, &amount, error)
      || !kh_read_string (&b, "source", FALSE, &source, error))
    return FALSE;
  if (amount < 0)
    {
      KhReadPlace amount_at = KH_READ_MEMBER_PLACE (&b, "amount");
      return kh_read_invalid (error, &amount_at, _("a budget cannot be negative"));
    }
  kh_node_set_budget_amount (task, amount);
  kh_node_set_budget_source (task, source);
  if (!kh_read_unknown (&b, kh_budget_member_names, &unknown, error))
    return FALSE;
  kh_read_keep_nested (kh_node_get_extras (task), "budget", unknown);
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

static gboolean read_nodes (Reader *r, guint value, const KhReadPlace *at,
                            KhNode *parent, guint depth, GError **error);

/* Reads the members of @task but its id, kind and children. */
static gboolean
read_node_members (Reader *r, KhReadObject *o, KhNode *task, guint *children, GError **error)
{
  g_autoptr(JsonObject) lead_unknown = NULL;
  g_autoptr(JsonObject) cooperate_unknown = NULL;
  GHashTable *extras = kh_node_get_extras (task);

  for (guint i = 0; i < kh_n_node_members; i++)
    {
      const KhNodeMember *m = &kh_node_members[i];
      KhReadPlace at = KH_READ_MEMBER_PLACE (o, m->name);
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(KhTimeline) timeline = NULL;
      guint value;

      if (m->type == KH_MEMBER_ID || m->type == KH_MEMBER_KIND)
        continue;  /* read first, to make the node */
      if ((value = kh_read_member (o, m->name)) == KH_JSON_NONE)
        {
          if (m->set_text == kh_node_set_title)
            return kh_read_missing (error, o, m->name);
          continue;
        }

      switch (m->type)
        {
        case KH_MEMBER_TEXT:
          if (!kh_read_is (r->doc, value, KH_JSON_STRING))
            return kh_read_invalid (error, &at, _("expected a string"));
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
          if (!kh_read_is (r->doc, value, KH_JSON_BOOLEAN))
            return kh_read_invalid (error, &at, _("expected true or false"));
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

  kh_read_keep_nested (extras, "lead", lead_unknown);
  kh_read_keep_nested (extras, "cooperate", cooperate_unknown);
  return kh_read_keep_unknown (o, kh_node_member_names, extras, error);
}

static gboolean
read_node (Reader *r, guint value, const KhReadPlace *at, KhNode *parent, guint depth, GError **error)
{
  const char *id = NULL, *kind_code = NULL;
  g_autoptr(KhNode) task = NULL;
  guint children = KH_JSON_NONE;
  KhNodeKind kind;
  KhNode *other;
  KhReadObject o;

  if (depth > KH_MAX_NODE_DEPTH)
    return kh_read_fail (error, KH_IO_ERROR_TOO_LARGE, at,
                    _("nodes are nested deeper than %d levels"), KH_MAX_NODE_DEPTH);

  if (!kh_read_object (r->doc, value, at, &o, error)
      || !read_id (&o, &id, error)
      || !kh_read_string (&o, "kind", TRUE, &kind_code, error))
    return FALSE;
  if (!kh_node_kind_from_string (kind_code, &kind))
    {
      KhReadPlace kind_at = KH_READ_MEMBER_PLACE (&o, "kind");
      return kh_read_invalid (error, &kind_at, _("unknown node kind “%s”; expected “section” or “item”"), kind_code);
    }
  if ((other = kh_plan_lookup_node (r->plan, id)) != NULL)
    {
      g_autofree char *other_at = node_place (r->plan, other);
      KhReadPlace id_at = KH_READ_MEMBER_PLACE (&o, "id");

      return kh_read_invalid (error, &id_at, _("“%s” is already the id of %s"), id, other_at);
    }

  /* Filled in before it joins the plan: no signal for each member. */
  task = kh_node_new (id, kind, NULL);
  if (!read_node_members (r, &o, task, &children, error))
    return FALSE;
  kh_plan_insert_node (r->plan, parent, G_MAXUINT, task);

  if (children != KH_JSON_NONE)
    {
      KhReadPlace children_at = KH_READ_MEMBER_PLACE (&o, "children");
      return read_nodes (r, children, &children_at, task, depth + 1, error);
    }
  return TRUE;
}

typedef struct
{
  Reader *r;
  KhNode *parent;
  guint   depth;
} NodesRead;

static gboolean
read_node_element (guint element, const KhReadPlace *at, gpointer data, GError **error)
{
  NodesRead *read = data;

  return read_node (read->r, element, at, read->parent, read->depth, error);
}

static gboolean
read_nodes (Reader *r, guint value, const KhReadPlace *at, KhNode *parent, guint depth, GError **error)
{
  NodesRead read = { r, parent, depth };

  return kh_read_each (r->doc, value, at, read_node_element, &read, error);
}

/* The document ----------------------------------------------------------- */

/* Refuses a newer document; brings an older one up to date, in @doc. */
static gboolean
read_version (KhJsonDoc *doc, KhReadObject *d, GError **error)
{
  KhReadPlace at = KH_READ_MEMBER_PLACE (d, "version");
  g_autoptr(JsonNode) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *number = NULL;
  gint64 version = 0;

  if (!kh_read_int (d, "version", TRUE, &version, error))
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
    return kh_read_invalid (error, &at, _("unknown format version %s"), number);
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
  kh_read_member (d, "format");  /* checked above; no migration changes it */
  return kh_read_int (d, "version", TRUE, &version, error);
}

static gboolean
read_document (Reader *r, GError **error)
{
  KhJsonDoc *doc = r->doc;
  const char *format = NULL;
  guint value;
  KhReadObject d = { doc, 0, NULL, 0, 0 };

  if (kh_read_is (doc, 0, KH_JSON_OBJECT))
    {
      value = kh_read_member (&d, "format");
      if (value != KH_JSON_NONE && kh_read_is (doc, value, KH_JSON_STRING))
        format = kh_json_doc_string (doc, value);
    }
  if (g_strcmp0 (format, KH_FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, KH_IO_ERROR, KH_IO_ERROR_NOT_A_PLAN,
                           _("This file is not a Kehoach plan (its “format” is not “kehoach”)"));
      return FALSE;
    }

  if (!read_version (doc, &d, error))
    return FALSE;

  if ((value = kh_read_member (&d, "plan")) == KH_JSON_NONE)
    {
      kh_read_missing (error, &d, "plan");
      return FALSE;
    }
  if (!read_plan (r, value, error))
    return FALSE;
  if ((value = kh_read_member (&d, "units")) != KH_JSON_NONE)
    {
      KhReadPlace at = { NULL, "units", 0 };

      if (!kh_read_each (doc, value, &at, read_unit, r, error))
        return FALSE;
    }
  if ((value = kh_read_member (&d, "nodes")) != KH_JSON_NONE)
    {
      KhReadPlace at = { NULL, "nodes", 0 };

      if (!read_nodes (r, value, &at, NULL, 1, error))
        return FALSE;
    }
  return read_appendix_order (r, error)
      && kh_read_keep_unknown (&d, kh_document_member_names, kh_plan_get_document_extras (r->plan), error);
}

KhPlan *
kh_plan_read_json (KhJsonDoc  *doc,
                   GError    **error)
{
  g_autoptr(KhPlan) plan = kh_plan_new ();
  Reader r = { plan, doc, NULL };
  gboolean ok = read_document (&r, error);

  g_strfreev (r.appendix_order);
  return ok ? g_steal_pointer (&plan) : NULL;
}
