/* kh-types.h — enumerations shared by the whole plan model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  KH_NODE_SECTION,  /* Phần / Mục: I, II, … */
  KH_NODE_ITEM,     /* Khoản / điểm: 1, 1.1, a), -, + */
} KhNodeKind;

typedef enum {
  KH_ROLE_NONE,
  KH_ROLE_LEAD,       /* chủ trì */
  KH_ROLE_COOPERATE,  /* phối hợp */
} KhRole;

/* The language a plan is written in; decides exported headings and the
 * rendering of timelines, independently of the interface language. */
typedef enum {
  KH_LANGUAGE_VI,
  KH_LANGUAGE_EN,
} KhLanguage;

typedef enum {
  KH_NUMBERING_DECREE30,  /* I. / 1. / a) / - / + */
  KH_NUMBERING_DECIMAL,   /* I. / 1. / 1.1. / 1.1.1. / - / + */
} KhNumbering;

/* GTypes for these enums are generated into kh-enum-types.h. */

/* File-format codes ("vi", "decree30", "section", …) and back.  The
 * from_string functions return FALSE for an unknown code. */
const char *kh_language_to_string  (KhLanguage   language);
gboolean    kh_language_from_string (const char *code, KhLanguage *out);
const char *kh_numbering_to_string (KhNumbering  numbering);
gboolean    kh_numbering_from_string (const char *code, KhNumbering *out);
const char *kh_node_kind_to_string (KhNodeKind   kind);
gboolean    kh_node_kind_from_string (const char *code, KhNodeKind *out);

G_END_DECLS
