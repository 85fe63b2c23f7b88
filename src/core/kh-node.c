/* kh-node.c — one section or item of a plan's tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-enum-types.h"
#include "kh-node-private.h"
#include "kh-text.h"

/* The free-text fields, in file order; one array so that io, edits and
 * search walk them instead of naming each. */
typedef enum {
  TEXT_TITLE,
  TEXT_BODY,
  TEXT_LEAD_NOTE,
  TEXT_COOPERATE_NOTE,
  TEXT_PARTICIPANTS,
  TEXT_QUANTITY,
  TEXT_DURATION,
  TEXT_PRODUCTS,
  TEXT_BUDGET_SOURCE,
  TEXT_NOTES,
  N_TEXTS
} TextField;

static const char * const text_property_names[N_TEXTS + 1] = {
  "title", "body", "lead-note", "cooperate-note", "participants",
  "quantity", "duration", "products", "budget-source", "notes", NULL
};

struct _KhNode
{
  GObject parent_instance;

  char *id;
  KhNodeKind kind;
  char *text[N_TEXTS];
  gint64 budget_amount;
  gboolean in_appendix;
  KhTimeline *timeline;          /* nullable */
  KhAppendixRow *appendix_row;   /* nullable */
  GPtrArray *leads;              /* of KhAssignment */
  GPtrArray *cooperating;        /* of KhAssignment */
  GHashTable *extras;

  KhNode *parent;                /* borrowed: the parent owns us */
  GListStore *children;          /* of KhNode */
};

G_DEFINE_FINAL_TYPE (KhNode, kh_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_BUDGET_AMOUNT,
  PROP_IN_APPENDIX,
  PROP_TIMELINE,
  PROP_APPENDIX_ROW,
  PROP_TEXT_FIRST,
  N_PROPS = PROP_TEXT_FIRST + N_TEXTS
};

enum {
  ASSIGNMENTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
kh_node_dispose (GObject *object)
{
  KhNode *self = KH_NODE (object);

  /* Children outlive nothing of ours but must not point back at us. */
  if (self->children != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KhNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
          child->parent = NULL;
        }
    }
  g_clear_object (&self->children);

  G_OBJECT_CLASS (kh_node_parent_class)->dispose (object);
}

static void
kh_node_finalize (GObject *object)
{
  KhNode *self = KH_NODE (object);

  g_free (self->id);
  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->text[i]);
  g_clear_pointer (&self->timeline, kh_timeline_free);
  g_clear_pointer (&self->appendix_row, kh_appendix_row_free);
  g_ptr_array_unref (self->leads);
  g_ptr_array_unref (self->cooperating);
  g_hash_table_unref (self->extras);

  G_OBJECT_CLASS (kh_node_parent_class)->finalize (object);
}

static void
kh_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KhNode *self = KH_NODE (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->text[prop_id - PROP_TEXT_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_BUDGET_AMOUNT:
      g_value_set_int64 (value, self->budget_amount);
      break;
    case PROP_IN_APPENDIX:
      g_value_set_boolean (value, self->in_appendix);
      break;
    case PROP_TIMELINE:
      g_value_set_boxed (value, self->timeline);
      break;
    case PROP_APPENDIX_ROW:
      g_value_set_boxed (value, self->appendix_row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text (KhNode *self, TextField field, const char *value)
{
  if (g_strcmp0 (self->text[field], value ? value : "") == 0)
    return;
  g_free (self->text[field]);
  self->text[field] = kh_text_dup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_FIRST + field]);
}

static void
kh_node_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KhNode *self = KH_NODE (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
    {
      set_text (self, prop_id - PROP_TEXT_FIRST, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = kh_text_dup (g_value_get_string (value));
      break;
    case PROP_KIND:
      kh_node_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_BUDGET_AMOUNT:
      kh_node_set_budget_amount (self, g_value_get_int64 (value));
      break;
    case PROP_IN_APPENDIX:
      kh_node_set_in_appendix (self, g_value_get_boolean (value));
      break;
    case PROP_TIMELINE:
      kh_node_set_timeline (self, g_value_get_boxed (value));
      break;
    case PROP_APPENDIX_ROW:
      kh_node_set_appendix_row (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_node_class_init (KhNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kh_node_dispose;
  object_class->finalize = kh_node_finalize;
  object_class->get_property = kh_node_get_property;
  object_class->set_property = kh_node_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KH_TYPE_NODE_KIND, KH_NODE_ITEM, flags);
  properties[PROP_BUDGET_AMOUNT] =
    g_param_spec_int64 ("budget-amount", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_IN_APPENDIX] =
    g_param_spec_boolean ("in-appendix", NULL, NULL, FALSE, flags);
  properties[PROP_TIMELINE] =
    g_param_spec_boxed ("timeline", NULL, NULL, KH_TYPE_TIMELINE, flags);
  properties[PROP_APPENDIX_ROW] =
    g_param_spec_boxed ("appendix-row", NULL, NULL, KH_TYPE_APPENDIX_ROW, flags);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_TEXT_FIRST + i] =
      g_param_spec_string (text_property_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ASSIGNMENTS_CHANGED] =
    g_signal_new ("assignments-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
kh_node_init (KhNode *self)
{
  self->id = g_strdup ("");
  self->kind = KH_NODE_ITEM;
  for (guint i = 0; i < N_TEXTS; i++)
    self->text[i] = g_strdup ("");
  self->leads = kh_assignment_list_new ();
  self->cooperating = kh_assignment_list_new ();
  self->extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->children = g_list_store_new (KH_TYPE_NODE);
}

KhNode *
kh_node_new (const char *id,
             KhNodeKind  kind,
             const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (KH_TYPE_NODE,
                       "id", id,
                       "kind", kind,
                       "title", title ? title : "",
                       NULL);
}

const char * const *
kh_node_text_properties (void)
{
  return text_property_names;
}

/* Getters */

const char *
kh_node_get_id (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->id;
}

KhNodeKind
kh_node_get_kind (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), KH_NODE_ITEM);
  return self->kind;
}

#define DEFINE_TEXT_ACCESSORS(name, FIELD)                      \
  const char *                                                  \
  kh_node_get_##name (KhNode *self)                             \
  {                                                             \
    g_return_val_if_fail (KH_IS_NODE (self), NULL);             \
    return self->text[FIELD];                                   \
  }                                                             \
  void                                                          \
  kh_node_set_##name (KhNode *self, const char *value)          \
  {                                                             \
    g_return_if_fail (KH_IS_NODE (self));                       \
    set_text (self, FIELD, value);                              \
  }

DEFINE_TEXT_ACCESSORS (title, TEXT_TITLE)
DEFINE_TEXT_ACCESSORS (body, TEXT_BODY)
DEFINE_TEXT_ACCESSORS (lead_note, TEXT_LEAD_NOTE)
DEFINE_TEXT_ACCESSORS (cooperate_note, TEXT_COOPERATE_NOTE)
DEFINE_TEXT_ACCESSORS (participants, TEXT_PARTICIPANTS)
DEFINE_TEXT_ACCESSORS (quantity, TEXT_QUANTITY)
DEFINE_TEXT_ACCESSORS (duration, TEXT_DURATION)
DEFINE_TEXT_ACCESSORS (products, TEXT_PRODUCTS)
DEFINE_TEXT_ACCESSORS (budget_source, TEXT_BUDGET_SOURCE)
DEFINE_TEXT_ACCESSORS (notes, TEXT_NOTES)

gint64
kh_node_get_budget_amount (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), 0);
  return self->budget_amount;
}

gboolean
kh_node_get_in_appendix (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), FALSE);
  return self->in_appendix;
}

const KhTimeline *
kh_node_get_timeline (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->timeline;
}

const KhAppendixRow *
kh_node_get_appendix_row (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->appendix_row;
}

GPtrArray *
kh_node_get_leads (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->leads;
}

GPtrArray *
kh_node_get_cooperating (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->cooperating;
}

KhRole
kh_node_get_role (KhNode *self,
                  KhUnit *unit)
{
  g_return_val_if_fail (KH_IS_NODE (self), KH_ROLE_NONE);

  if (kh_assignment_list_find (self->leads, unit) >= 0)
    return KH_ROLE_LEAD;
  if (kh_assignment_list_find (self->cooperating, unit) >= 0)
    return KH_ROLE_COOPERATE;
  return KH_ROLE_NONE;
}

gboolean
kh_node_is_task (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), FALSE);

  return self->kind == KH_NODE_ITEM
      && (self->leads->len > 0
          || self->cooperating->len > 0
          || self->text[TEXT_LEAD_NOTE][0] != '\0'
          || self->text[TEXT_COOPERATE_NOTE][0] != '\0'
          || self->timeline != NULL);
}

/* Tree */

KhNode *
kh_node_get_parent (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->parent;
}

GListModel *
kh_node_get_children (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return G_LIST_MODEL (self->children);
}

guint
kh_node_get_n_children (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->children));
}

void
kh_node_append_child (KhNode *self,
                      KhNode *child)
{
  g_return_if_fail (KH_IS_NODE (self));
  g_return_if_fail (KH_IS_NODE (child));
  g_return_if_fail (child->parent == NULL);

  child->parent = self;
  g_list_store_append (self->children, child);
}

guint
kh_node_get_depth (KhNode *self)
{
  guint depth = 0;

  g_return_val_if_fail (KH_IS_NODE (self), 0);

  for (KhNode *n = self; n != NULL; n = n->parent)
    depth++;
  return depth;
}

void
_kh_node_set_parent (KhNode *self,
                     KhNode *parent)
{
  self->parent = parent;
}

GListStore *
_kh_node_get_children_store (KhNode *self)
{
  return self->children;
}

/* Setters */

void
kh_node_set_kind (KhNode     *self,
                  KhNodeKind  kind)
{
  g_return_if_fail (KH_IS_NODE (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
kh_node_set_budget_amount (KhNode *self,
                           gint64  amount)
{
  g_return_if_fail (KH_IS_NODE (self));
  g_return_if_fail (amount >= 0);

  if (self->budget_amount == amount)
    return;
  self->budget_amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET_AMOUNT]);
}

void
kh_node_set_in_appendix (KhNode   *self,
                         gboolean  in_appendix)
{
  g_return_if_fail (KH_IS_NODE (self));

  in_appendix = !!in_appendix;
  if (self->in_appendix == in_appendix)
    return;
  self->in_appendix = in_appendix;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_APPENDIX]);
}

void
kh_node_set_timeline (KhNode           *self,
                      const KhTimeline *timeline)
{
  g_return_if_fail (KH_IS_NODE (self));

  if (self->timeline == NULL && timeline == NULL)
    return;
  if (self->timeline != NULL && timeline != NULL && kh_timeline_equal (self->timeline, timeline))
    return;
  g_clear_pointer (&self->timeline, kh_timeline_free);
  self->timeline = timeline ? kh_timeline_copy (timeline) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

void
kh_node_set_appendix_row (KhNode              *self,
                          const KhAppendixRow *row)
{
  g_return_if_fail (KH_IS_NODE (self));

  if (kh_appendix_row_equal (self->appendix_row, row))
    return;
  g_clear_pointer (&self->appendix_row, kh_appendix_row_free);
  self->appendix_row = row ? kh_appendix_row_copy (row) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPENDIX_ROW]);
}

static void
replace_list (KhNode *self, GPtrArray **list, GPtrArray *value)
{
  if (kh_assignment_list_equal (*list, value))
    return;
  g_ptr_array_unref (*list);
  *list = kh_assignment_list_copy (value);
  g_signal_emit (self, signals[ASSIGNMENTS_CHANGED], 0);
}

void
kh_node_set_leads (KhNode    *self,
                   GPtrArray *leads)
{
  g_return_if_fail (KH_IS_NODE (self));
  replace_list (self, &self->leads, leads);
}

void
kh_node_set_cooperating (KhNode    *self,
                         GPtrArray *cooperating)
{
  g_return_if_fail (KH_IS_NODE (self));
  replace_list (self, &self->cooperating, cooperating);
}

/* What the appendix prints */

const char *
kh_node_get_appendix_title (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->title)
    return self->appendix_row->title;
  return self->text[TEXT_TITLE];
}

GPtrArray *
kh_node_get_appendix_leads (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->leads)
    return self->appendix_row->leads;
  return self->leads;
}

const char *
kh_node_get_appendix_lead_note (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->lead_note)
    return self->appendix_row->lead_note;
  return self->text[TEXT_LEAD_NOTE];
}

GPtrArray *
kh_node_get_appendix_cooperating (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->cooperating)
    return self->appendix_row->cooperating;
  return self->cooperating;
}

const char *
kh_node_get_appendix_cooperate_note (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->cooperate_note)
    return self->appendix_row->cooperate_note;
  return self->text[TEXT_COOPERATE_NOTE];
}

const KhTimeline *
kh_node_get_appendix_timeline (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);

  if (self->appendix_row && self->appendix_row->timeline)
    return self->appendix_row->timeline;
  return self->timeline;
}

GHashTable *
kh_node_get_extras (KhNode *self)
{
  g_return_val_if_fail (KH_IS_NODE (self), NULL);
  return self->extras;
}
