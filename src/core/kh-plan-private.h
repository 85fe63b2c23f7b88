/* kh-plan-private.h — KhPlan's insides, shared by kh-plan.c (the object,
 * its metadata and signals), kh-plan-units.c (the unit list) and
 * kh-plan-nodes.c (the tree).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef enum {
  META_TITLE,
  META_ISSUER_PARENT,
  META_ISSUER_NAME,
  META_ISSUER_SHORT,
  META_NUMBER,
  META_PLACE,
  META_DATE,
  META_PREAMBLE,
  META_SIGNATURE_AUTHORITY,
  META_SIGNATURE_DEPUTY,
  META_SIGNATURE_TITLE,
  META_SIGNATURE_NAME,
  N_METAS
} MetaField;

struct _KhPlan
{
  GObject parent_instance;

  char *meta[N_METAS];
  int year;
  KhLanguage language;
  KhNumbering numbering;
  char **recipients;
  char **appendix_order;

  GListStore *units;        /* of KhUnit */
  GHashTable *units_by_id;  /* id → KhUnit, borrowed */
  GListStore *roots;        /* of KhNode */
  GHashTable *nodes_by_id;  /* id → KhNode, borrowed */
  guint next_node_id;

  GHashTable *extras;
  GHashTable *document_extras;
};

/* kh-plan.c: the signals */
void _kh_plan_emit_changed           (KhPlan     *self);
void _kh_plan_emit_units_changed     (KhPlan     *self);
void _kh_plan_emit_structure_changed (KhPlan     *self,
                                      KhNode     *parent);
void _kh_plan_emit_node_changed      (KhPlan     *self,
                                      KhNode     *node,
                                      const char *property);

/* kh-plan-nodes.c: forgets the ids of @node's subtree and stops
 * following its nodes. */
void _kh_plan_unregister_subtree     (KhPlan     *self,
                                      KhNode     *node);

G_END_DECLS
