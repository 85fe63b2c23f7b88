/* kh-plan-format.c — the members of a .kehoach file (FORMAT.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kh-plan-format-private.h"

#define TEXT(name, field) { name, KH_MEMBER_TEXT, kh_node_get_##field, kh_node_set_##field }

/* The text members follow kh_node_text_properties(), in its order, with
 * the lists, the timeline and the budget between them as in FORMAT.md
 * (budget-source is read and written inside "budget"). */
const KhNodeMember kh_node_members[] = {
  { "id", KH_MEMBER_ID, NULL, NULL },
  { "kind", KH_MEMBER_KIND, NULL, NULL },
  TEXT ("title", title),
  TEXT ("body", body),
  { "lead", KH_MEMBER_LEAD, NULL, NULL },
  TEXT ("lead_note", lead_note),
  { "cooperate", KH_MEMBER_COOPERATE, NULL, NULL },
  TEXT ("cooperate_note", cooperate_note),
  { "timeline", KH_MEMBER_TIMELINE, NULL, NULL },
  TEXT ("participants", participants),
  TEXT ("quantity", quantity),
  TEXT ("duration", duration),
  TEXT ("products", products),
  { "budget", KH_MEMBER_BUDGET, NULL, NULL },
  TEXT ("notes", notes),
  { "in_appendix", KH_MEMBER_IN_APPENDIX, NULL, NULL },
  { "appendix", KH_MEMBER_APPENDIX, NULL, NULL },
  { "children", KH_MEMBER_CHILDREN, NULL, NULL },
};
const guint kh_n_node_members = G_N_ELEMENTS (kh_node_members);

const KhPlanTextMember kh_issuer_members[] = {
  { "parent", "issuer-parent" },
  { "name", "issuer-name" },
  { "short", "issuer-short" },
  { NULL, NULL }
};

const KhPlanTextMember kh_signature_members[] = {
  { "authority", "signature-authority" },
  { "deputy", "signature-deputy" },
  { "title", "signature-title" },
  { "name", "signature-name" },
  { NULL, NULL }
};

const char * const kh_document_member_names[] = {
  "format", "version", "plan", "units", "nodes", NULL
};
const char * const kh_plan_member_names[] = {
  "title", "year", "language", "numbering", "issuer", "number", "place",
  "date", "preamble", "signature", "recipients", "appendix_order", NULL
};
const char * const kh_issuer_member_names[] = { "parent", "name", "short", NULL };
const char * const kh_signature_member_names[] = { "authority", "deputy", "title", "name", NULL };
const char * const kh_unit_member_names[] = { "id", "name", "short", "group", NULL };
const char * const kh_node_member_names[] = {
  "id", "kind", "title", "body", "lead", "lead_note", "cooperate",
  "cooperate_note", "timeline", "participants", "quantity", "duration",
  "products", "budget", "notes", "in_appendix", "appendix", "children", NULL
};
const char * const kh_lead_member_names[] = { "unit", "scope", NULL };
const char * const kh_cooperate_member_names[] = { "unit", NULL };
const char * const kh_budget_member_names[] = { "amount", "source", NULL };
const char * const kh_appendix_member_names[] = {
  "title", "lead", "lead_note", "cooperate", "cooperate_note", "timeline", NULL
};

gboolean
kh_member_is_known (const char * const *names,
                    const char         *name)
{
  for (; *names != NULL; names++)
    if (strcmp (*names, name) == 0)
      return TRUE;
  return FALSE;
}
