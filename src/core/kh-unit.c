/* kh-unit.c — an agency (đơn vị) that tasks are assigned to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-unit.h"
#include "kh-text.h"

struct _KhUnit
{
  GObject parent_instance;

  char *id;
  char *name;
  char *short_name;
  char *group;
  GHashTable *extras;
};

G_DEFINE_FINAL_TYPE (KhUnit, kh_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kh_unit_finalize (GObject *object)
{
  KhUnit *self = KH_UNIT (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->group);
  g_hash_table_unref (self->extras);

  G_OBJECT_CLASS (kh_unit_parent_class)->finalize (object);
}

static char **
field_for (KhUnit *self, guint prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_SHORT_NAME: return &self->short_name;
    case PROP_GROUP: return &self->group;
    default: return NULL;
    }
}

static void
kh_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  char **field = field_for (KH_UNIT (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_set_string (value, *field);
}

static void
set_field (KhUnit *self, guint prop_id, const char *value)
{
  char **field = field_for (self, prop_id);

  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  g_free (*field);
  *field = kh_text_dup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
kh_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  if (field_for (KH_UNIT (object), prop_id) == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  set_field (KH_UNIT (object), prop_id, g_value_get_string (value));
}

static void
kh_unit_class_init (KhUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_unit_finalize;
  object_class->get_property = kh_unit_get_property;
  object_class->set_property = kh_unit_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_unit_init (KhUnit *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->short_name = g_strdup ("");
  self->group = g_strdup ("");
  self->extras = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KhUnit *
kh_unit_new (const char *id,
             const char *name,
             const char *short_name,
             const char *group)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (KH_TYPE_UNIT,
                       "id", id,
                       "name", name ? name : "",
                       "short-name", short_name ? short_name : "",
                       "group", group ? group : "",
                       NULL);
}

const char *
kh_unit_get_id (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->id;
}

const char *
kh_unit_get_name (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->name;
}

const char *
kh_unit_get_short_name (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->short_name;
}

const char *
kh_unit_get_group (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->group;
}

const char *
kh_unit_get_display_short (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->short_name[0] ? self->short_name : self->name;
}

void
kh_unit_set_name (KhUnit *self, const char *name)
{
  g_return_if_fail (KH_IS_UNIT (self));
  set_field (self, PROP_NAME, name);
}

void
kh_unit_set_short_name (KhUnit *self, const char *short_name)
{
  g_return_if_fail (KH_IS_UNIT (self));
  set_field (self, PROP_SHORT_NAME, short_name);
}

void
kh_unit_set_group (KhUnit *self, const char *group)
{
  g_return_if_fail (KH_IS_UNIT (self));
  set_field (self, PROP_GROUP, group);
}

GHashTable *
kh_unit_get_extras (KhUnit *self)
{
  g_return_val_if_fail (KH_IS_UNIT (self), NULL);
  return self->extras;
}
