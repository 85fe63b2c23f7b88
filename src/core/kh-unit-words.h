/* kh-unit-words.h — the words of unit names that matching must know, as
 * data: abbreviations and the heads a list of names leaves out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *forms;     /* how it is written, "|"-separated ("TT&TT|TTTT") */
  const char *meanings;  /* what it stands for, "|"-separated, usual first */
} KhUnitAbbrev;

/* The abbreviations, ending with an entry whose forms are NULL. */
const KhUnitAbbrev *kh_unit_abbrevs (void);

/* Heads that a list of units names once for all ("Các Sở: Ngoại vụ, Tài
 * chính", "các Tạp chí: Sông Hương, …"), NULL-terminated. */
const char * const *kh_unit_implied_heads (void);

/* Words a name is often written with or without: leading ("các") and
 * trailing ("tỉnh"), NULL-terminated. */
const char * const *kh_unit_optional_leading (void);
const char * const *kh_unit_optional_trailing (void);

G_END_DECLS
