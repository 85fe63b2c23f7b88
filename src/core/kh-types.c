/* kh-types.c — file-format codes of the model's enumerations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "kh-types.h"

typedef struct {
  int value;
  const char *code;
} CodeEntry;

static const char *
code_for (const CodeEntry *table, gsize n, int value)
{
  for (gsize i = 0; i < n; i++)
    if (table[i].value == value)
      return table[i].code;
  g_return_val_if_reached (table[0].code);
}

static gboolean
value_for (const CodeEntry *table, gsize n, const char *code, int *out)
{
  for (gsize i = 0; code != NULL && i < n; i++)
    if (g_str_equal (table[i].code, code))
      {
        *out = table[i].value;
        return TRUE;
      }
  return FALSE;
}

static const CodeEntry languages[] = {
  { KH_LANGUAGE_VI, "vi" },
  { KH_LANGUAGE_EN, "en" },
};

static const CodeEntry numberings[] = {
  { KH_NUMBERING_DECREE30, "decree30" },
  { KH_NUMBERING_DECIMAL, "decimal" },
};

static const CodeEntry node_kinds[] = {
  { KH_NODE_SECTION, "section" },
  { KH_NODE_ITEM, "item" },
};

#define DEFINE_CODES(name, Type, table)                                   \
  const char *                                                            \
  name##_to_string (Type value)                                           \
  {                                                                       \
    return code_for (table, G_N_ELEMENTS (table), (int) value);           \
  }                                                                       \
  gboolean                                                                \
  name##_from_string (const char *code, Type *out)                        \
  {                                                                       \
    int v;                                                                \
    if (!value_for (table, G_N_ELEMENTS (table), code, &v))               \
      return FALSE;                                                       \
    *out = (Type) v;                                                      \
    return TRUE;                                                          \
  }

DEFINE_CODES (kh_language, KhLanguage, languages)
DEFINE_CODES (kh_numbering, KhNumbering, numberings)
DEFINE_CODES (kh_node_kind, KhNodeKind, node_kinds)
