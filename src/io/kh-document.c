/* kh-document.c — an open plan: the plan, its undo history and its file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-document.h"
#include "kh-plan-io.h"

struct _KhDocument
{
  GObject parent_instance;

  KhPlan *plan;
  KhHistory *history;
  GFile *file;
  char *display_name;
};

G_DEFINE_FINAL_TYPE (KhDocument, kh_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_HISTORY,
  PROP_FILE,
  PROP_DISPLAY_NAME,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_history_modified (KhDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
set_file (KhDocument *self, GFile *file)
{
  g_autofree char *name = NULL;

  if (file != NULL && self->file != NULL && g_file_equal (file, self->file))
    return;
  g_set_object (&self->file, file);

  if (file != NULL)
    {
      g_autoptr(GFileInfo) info =
        g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, NULL, NULL);

      name = info ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (file);
    }
  g_free (self->display_name);
  self->display_name = name ? g_steal_pointer (&name) : g_strdup (_("Untitled Plan"));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

static void
kh_document_constructed (GObject *object)
{
  KhDocument *self = KH_DOCUMENT (object);

  G_OBJECT_CLASS (kh_document_parent_class)->constructed (object);

  if (self->plan == NULL)
    self->plan = kh_plan_new ();
  self->history = kh_history_new (self->plan);
  g_signal_connect_object (self->history, "notify::modified",
                           G_CALLBACK (on_history_modified), self, G_CONNECT_SWAPPED);
  if (self->display_name == NULL)
    self->display_name = g_strdup (_("Untitled Plan"));
}

static void
kh_document_dispose (GObject *object)
{
  KhDocument *self = KH_DOCUMENT (object);

  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (kh_document_parent_class)->dispose (object);
}

static void
kh_document_finalize (GObject *object)
{
  g_free (KH_DOCUMENT (object)->display_name);

  G_OBJECT_CLASS (kh_document_parent_class)->finalize (object);
}

static void
kh_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KhDocument *self = KH_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, kh_document_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KhDocument *self = KH_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_FILE:
      set_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_document_class_init (KhDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kh_document_constructed;
  object_class->dispose = kh_document_dispose;
  object_class->finalize = kh_document_finalize;
  object_class->get_property = kh_document_get_property;
  object_class->set_property = kh_document_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, KH_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_document_init (KhDocument *self)
{
}

KhDocument *
kh_document_new (KhPlan *plan,
                 GFile  *file)
{
  return g_object_new (KH_TYPE_DOCUMENT, "plan", plan, "file", file, NULL);
}

KhDocument *
kh_document_load (GFile   *file,
                  GError **error)
{
  g_autoptr(KhPlan) plan = kh_plan_load (file, error);

  if (plan == NULL)
    return NULL;
  return kh_document_new (plan, file);
}

KhPlan *
kh_document_get_plan (KhDocument *self)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), NULL);
  return self->plan;
}

KhHistory *
kh_document_get_history (KhDocument *self)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), NULL);
  return self->history;
}

GFile *
kh_document_get_file (KhDocument *self)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
kh_document_get_display_name (KhDocument *self)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), NULL);
  return self->display_name;
}

gboolean
kh_document_get_modified (KhDocument *self)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), FALSE);
  return kh_history_get_modified (self->history);
}

gboolean
kh_document_save (KhDocument  *self,
                  GFile       *file,
                  GError     **error)
{
  g_return_val_if_fail (KH_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  if (!kh_plan_save (self->plan, file, error))
    return FALSE;

  set_file (self, file);
  kh_history_mark_saved (self->history);
  return TRUE;
}
