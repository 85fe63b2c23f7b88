/* kh-plan.c — a plan: its metadata, its unit list and its tree of nodes.
 * Here the object, its properties and signals, the metadata and the
 * appendix order; the units are in kh-plan-units.c, the tree in
 * kh-plan-nodes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-enum-types.h"
#include "kh-plan-private.h"
#include "kh-text.h"

#include <string.h>

static const char * const meta_property_names[N_METAS + 1] = {
  "title", "issuer-parent", "issuer-name", "issuer-short", "number", "place",
  "date", "preamble", "signature-authority", "signature-deputy",
  "signature-title", "signature-name", NULL
};

G_DEFINE_FINAL_TYPE (KhPlan, kh_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_LANGUAGE,
  PROP_NUMBERING,
  PROP_RECIPIENTS,
  PROP_META_FIRST,
  N_PROPS = PROP_META_FIRST + N_METAS
};

enum {
  NODE_CHANGED,
  STRUCTURE_CHANGED,
  UNITS_CHANGED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_kh_plan_emit_changed (KhPlan *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_kh_plan_emit_units_changed (KhPlan *self)
{
  g_signal_emit (self, signals[UNITS_CHANGED], 0);
}

void
_kh_plan_emit_structure_changed (KhPlan *self,
                                 KhNode *parent)
{
  g_signal_emit (self, signals[STRUCTURE_CHANGED], 0, parent);
}

void
_kh_plan_emit_node_changed (KhPlan     *self,
                            KhNode     *node,
                            const char *property)
{
  g_signal_emit (self, signals[NODE_CHANGED], 0, node, property);
}

/* GObject */

static void
kh_plan_dispose (GObject *object)
{
  KhPlan *self = KH_PLAN (object);

  if (self->roots != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->roots));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KhNode) root = g_list_model_get_item (G_LIST_MODEL (self->roots), i);
          _kh_plan_unregister_subtree (self, root);
        }
    }
  if (self->units != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->units));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KhUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);
          g_signal_handlers_disconnect_by_data (unit, self);
        }
    }
  g_clear_object (&self->roots);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (kh_plan_parent_class)->dispose (object);
}

static void
kh_plan_finalize (GObject *object)
{
  KhPlan *self = KH_PLAN (object);

  for (guint i = 0; i < N_METAS; i++)
    g_free (self->meta[i]);
  g_strfreev (self->recipients);
  g_strfreev (self->appendix_order);
  g_hash_table_unref (self->units_by_id);
  g_hash_table_unref (self->nodes_by_id);
  g_hash_table_unref (self->extras);
  g_hash_table_unref (self->document_extras);

  G_OBJECT_CLASS (kh_plan_parent_class)->finalize (object);
}

static void
kh_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KhPlan *self = KH_PLAN (object);

  if (prop_id >= PROP_META_FIRST && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->meta[prop_id - PROP_META_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_NUMBERING:
      g_value_set_enum (value, self->numbering);
      break;
    case PROP_RECIPIENTS:
      g_value_set_boxed (value, self->recipients);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_meta (KhPlan *self, MetaField field, const char *value)
{
  if (g_strcmp0 (self->meta[field], value ? value : "") == 0)
    return;
  g_free (self->meta[field]);
  self->meta[field] = kh_text_dup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_META_FIRST + field]);
}

static void
kh_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KhPlan *self = KH_PLAN (object);

  if (prop_id >= PROP_META_FIRST && prop_id < N_PROPS)
    {
      set_meta (self, prop_id - PROP_META_FIRST, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_YEAR:
      kh_plan_set_year (self, g_value_get_int (value));
      break;
    case PROP_LANGUAGE:
      kh_plan_set_language (self, g_value_get_enum (value));
      break;
    case PROP_NUMBERING:
      kh_plan_set_numbering (self, g_value_get_enum (value));
      break;
    case PROP_RECIPIENTS:
      kh_plan_set_recipients (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_notify (GObject    *object,
                GParamSpec *pspec)
{
  _kh_plan_emit_changed (KH_PLAN (object));
}

static void
kh_plan_class_init (KhPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kh_plan_dispose;
  object_class->finalize = kh_plan_finalize;
  object_class->get_property = kh_plan_get_property;
  object_class->set_property = kh_plan_set_property;
  object_class->notify = kh_plan_notify;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KH_TYPE_LANGUAGE, KH_LANGUAGE_VI, flags);
  properties[PROP_NUMBERING] =
    g_param_spec_enum ("numbering", NULL, NULL, KH_TYPE_NUMBERING, KH_NUMBERING_DECREE30, flags);
  properties[PROP_RECIPIENTS] =
    g_param_spec_boxed ("recipients", NULL, NULL, G_TYPE_STRV, flags);
  for (guint i = 0; i < N_METAS; i++)
    properties[PROP_META_FIRST + i] =
      g_param_spec_string (meta_property_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[NODE_CHANGED] =
    g_signal_new ("node-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, KH_TYPE_NODE, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[STRUCTURE_CHANGED] =
    g_signal_new ("structure-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KH_TYPE_NODE);
  signals[UNITS_CHANGED] =
    g_signal_new ("units-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
kh_plan_init (KhPlan *self)
{
  for (guint i = 0; i < N_METAS; i++)
    self->meta[i] = g_strdup ("");
  self->recipients = g_new0 (char *, 1);
  self->appendix_order = g_new0 (char *, 1);
  self->language = KH_LANGUAGE_VI;
  self->numbering = KH_NUMBERING_DECREE30;
  self->units = g_list_store_new (KH_TYPE_UNIT);
  self->units_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->roots = g_list_store_new (KH_TYPE_NODE);
  self->nodes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->next_node_id = 1;
  self->extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->document_extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KhPlan *
kh_plan_new (void)
{
  return g_object_new (KH_TYPE_PLAN, NULL);
}

/* Metadata */

const char * const *
kh_plan_text_properties (void)
{
  return meta_property_names;
}

static int
meta_index (const char *property)
{
  for (int i = 0; i < N_METAS; i++)
    if (g_str_equal (meta_property_names[i], property))
      return i;
  return -1;
}

const char *
kh_plan_get_string (KhPlan     *self,
                    const char *property)
{
  int i;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  i = meta_index (property);
  g_return_val_if_fail (i >= 0, NULL);
  return self->meta[i];
}

void
kh_plan_set_string (KhPlan     *self,
                    const char *property,
                    const char *value)
{
  int i;

  g_return_if_fail (KH_IS_PLAN (self));
  i = meta_index (property);
  g_return_if_fail (i >= 0);
  set_meta (self, i, value);
}

const char *
kh_plan_get_title (KhPlan *self)
{
  return kh_plan_get_string (self, "title");
}

const char *
kh_plan_get_number (KhPlan *self)
{
  return kh_plan_get_string (self, "number");
}

const char *
kh_plan_get_date (KhPlan *self)
{
  return kh_plan_get_string (self, "date");
}

const char *
kh_plan_get_issuer_short (KhPlan *self)
{
  return kh_plan_get_string (self, "issuer-short");
}

int
kh_plan_get_year (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), 0);
  return self->year;
}

KhLanguage
kh_plan_get_language (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), KH_LANGUAGE_VI);
  return self->language;
}

KhNumbering
kh_plan_get_numbering (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), KH_NUMBERING_DECREE30);
  return self->numbering;
}

const char * const *
kh_plan_get_recipients (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return (const char * const *) self->recipients;
}

void
kh_plan_set_year (KhPlan *self,
                  int     year)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (self->year == year)
    return;
  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

void
kh_plan_set_language (KhPlan     *self,
                      KhLanguage  language)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (self->language == language)
    return;
  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

void
kh_plan_set_numbering (KhPlan      *self,
                       KhNumbering  numbering)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (self->numbering == numbering)
    return;
  self->numbering = numbering;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERING]);
  /* Every label depends on the scheme. */
  g_signal_emit (self, signals[STRUCTURE_CHANGED], 0, NULL);
}

static gboolean
strv_equal0 (const char * const *a, const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a ? a : empty, b ? b : empty);
}

void
kh_plan_set_recipients (KhPlan             *self,
                        const char * const *recipients)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (strv_equal0 ((const char * const *) self->recipients, recipients))
    return;
  g_strfreev (self->recipients);
  self->recipients = recipients ? g_strdupv ((char **) recipients) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENTS]);
}

/* The appendix */

GPtrArray *
kh_plan_get_appendix_nodes (KhPlan *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) listed = NULL;
  GPtrArray *out;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  out = g_ptr_array_new ();
  listed = g_hash_table_new (NULL, NULL);
  for (char **id = self->appendix_order; *id; id++)
    {
      KhNode *node = kh_plan_lookup_node (self, *id);

      if (node != NULL && kh_node_get_in_appendix (node)
          && !g_hash_table_contains (listed, node))
        {
          g_hash_table_add (listed, node);
          g_ptr_array_add (out, node);
        }
    }

  all = kh_plan_collect_nodes (self);
  for (guint i = 0; i < all->len; i++)
    {
      KhNode *node = g_ptr_array_index (all, i);

      if (kh_node_get_in_appendix (node) && !g_hash_table_contains (listed, node))
        g_ptr_array_add (out, node);
    }
  return out;
}

const char * const *
kh_plan_get_appendix_order (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return (const char * const *) self->appendix_order;
}

void
kh_plan_set_appendix_order (KhPlan             *self,
                            const char * const *ids)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (strv_equal0 ((const char * const *) self->appendix_order, ids))
    return;
  g_strfreev (self->appendix_order);
  self->appendix_order = ids ? g_strdupv ((char **) ids) : g_new0 (char *, 1);
  _kh_plan_emit_changed (self);
}

GHashTable *
kh_plan_get_extras (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return self->extras;
}

GHashTable *
kh_plan_get_document_extras (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  return self->document_extras;
}
